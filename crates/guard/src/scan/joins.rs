//! Pass 5: joins of details that count only together: occupation with city, initials
//! with another detail, a titled initial, a famous namesake with a detail of the client.

use super::{is_name_following_verb, CitySpans, Facet, Raw, Scan, IDENTIFIES, QUASI};
use crate::findings::EvidenceKind;

/// Most bytes from a shared name to an occupation that tells its holders apart.
const OCCUPATION_REACH: usize = 250;
/// Most bytes from an occupation to the city named after it ("delivery driver from
/// Clinton").
const PLACE_REACH: usize = 24;
use crate::index::Role;
use crate::lexicon::{is_clinical_report, is_family_word, is_patient_word, lexicon, title_sex, Sex};
use crate::text::{CAP, LINE_START, SENTENCE_START, UPPER};

impl Scan<'_> {
    /// "Jonnie brought Eric's watch", of a client whose husband is Eric: a given name
    /// that a client named outright has a relative by is, likely, that relative, where
    /// it stands in the same sentence as the client's name (or, as "Eric's", in the
    /// next). It counts as the relative, and as any other client's name only beside
    /// another detail of theirs. Not a word of a longer name ("José María Mancebo"), not
    /// booked or in a record's field ("Eric (3pm)"), not listed with another name
    /// ("Jonnie and Eric both arrived late"), and not in a sentence that names another
    /// client outright.
    pub(super) fn join_relatives_of_the_named(&mut self) {
        let relatives_found = self.raw.iter().any(|r| matches!(r.facet, Facet::Relative(_)));
        if self.relatives_unannounced.is_empty() && !relatives_found {
            return;
        }
        let unannounced = std::mem::take(&mut self.relatives_unannounced);
        let named = self.named_outright();
        if named.is_empty() {
            return;
        }
        self.relatives_over_namesakes(&named, &unannounced);
        if unannounced.is_empty() {
            return;
        }
        let list = self.words.list();
        // Each word's sentence, counted once.
        let mut sentence = Vec::with_capacity(list.len());
        let mut number = 0u32;
        for w in list {
            number += u32::from(w.flags & SENTENCE_START != 0);
            sentence.push(number);
        }
        let sentence_at =
            |byte: usize| sentence[list.partition_point(|w| (w.end as usize) <= byte).min(list.len() - 1)];
        // (sentence, client) of every outright naming, sorted.
        let mut named_in: Vec<(u32, u32, usize)> =
            named.iter().map(|&(c, start, _)| (sentence_at(start), c, start)).collect();
        named_in.sort_unstable();
        let mut names: Vec<(usize, usize)> =
            self.raw.iter().filter(|r| r.facet == Facet::Name).map(|r| (r.start, r.end)).collect();
        names.sort_unstable();
        names.dedup();
        let mut found = Vec::new();
        for &(phrase, span, i) in &unannounced {
            // (A longer name holding the word starts at most a name's length before it.)
            let upto = names.partition_point(|n| n.0 <= span.0);
            let within_longer_name =
                names[..upto].iter().rev().take(16).any(|&(start, end)| span.1 <= end && end - start > span.1 - span.0);
            let listed = i >= 1
                && (matches!(self.key(i - 1), "and" | "or")
                    || self.text[list[i - 1].end as usize..list[i].start as usize].trim() == ",");
            if within_longer_name || listed || self.appointment(i, 1) || self.in_name_field(i) {
                continue;
            }
            let here = sentence[i];
            let possessive = self.text[span.1..].starts_with("'s") || self.text[span.1..].starts_with("\u{2019}s");
            let in_sentence = |k: u32| {
                let from = named_in.partition_point(|n| n.0 < k);
                named_in[from..].iter().take_while(move |n| n.0 == k)
            };
            for &(client, role) in &self.index.phrases[phrase as usize].owners {
                let Role::RelativeGiven(relative, _) = role else { continue };
                let others = in_sentence(here).any(|n| n.1 != client && n.2 != span.0);
                let beside = in_sentence(here).any(|n| n.1 == client && n.2 != span.0)
                    || (possessive && here > 0 && in_sentence(here - 1).any(|n| n.1 == client));
                if beside && !others {
                    found.push((client, relative, span));
                }
            }
        }
        // (One pass over the evidence, the spans read as relatives searched.)
        let mut spans: Vec<((usize, usize), u32)> = found.iter().map(|&(client, _, span)| (span, client)).collect();
        self.cap_other_clients_at(&mut spans);
        for (client, relative, span) in found {
            self.push(client, Facet::Relative(relative), span, EvidenceKind::Relative, QUASI);
        }
    }

    /// "Becca has attended eleven sessions … my notes on Elizabeth and Shannon", of a
    /// client whose daughters are Elizabeth and Shannon: where a client is named
    /// outright, in a text that speaks of family, a given name one of their relatives has
    /// is more likely that relative than another client who has it as their own,
    /// wherever it stands in the text. The other client's name then counts only beside
    /// another detail of theirs.
    fn relatives_over_namesakes(
        &mut self,
        named: &[(u32, usize, usize)],
        unannounced: &[(u32, (usize, usize), usize)],
    ) {
        let named_elsewhere = |client: u32, span: (usize, usize)| {
            let from = named.partition_point(|n| n.0 < client);
            named[from..].iter().take_while(|n| n.0 == client).any(|n| (n.1, n.2) != span)
        };
        let mut relatives: Vec<((usize, usize), u32)> = self
            .raw
            .iter()
            .filter(|r| matches!(r.facet, Facet::Relative(_)))
            .map(|r| ((r.start, r.end), r.client))
            .filter(|&(span, client)| named_elsewhere(client, span))
            .collect();
        // (Not a name the text makes a client of its own: "My client Emily said…",
        // "Emily reports panic attacks".)
        let list = self.words.list();
        let own_client = |start: usize| {
            let i = list.partition_point(|w| (w.start as usize) < start);
            i < list.len()
                && (i > 0 && is_patient_word(self.key(i - 1))
                    || i + 1 < list.len() && is_clinical_report(self.key(i + 1)))
        };
        relatives.retain(|&((start, _), _)| !own_client(start));
        for &(phrase, span, i) in unannounced {
            // (Not a name booked or in a record's field: "Eric (3pm)" is a client.)
            if self.appointment(i, 1) || self.in_name_field(i) || own_client(span.0) {
                continue;
            }
            for &(client, role) in &self.index.phrases[phrase as usize].owners {
                if matches!(role, Role::RelativeGiven(..)) && named_elsewhere(client, span) {
                    relatives.push((span, client));
                }
            }
        }
        // (Not an item in a list of clients: "Catrin Bolzmann, Melissa Holmes and
        // Deborah all finished the programme".)
        let full_names: Vec<(usize, usize)> = self
            .raw
            .iter()
            .filter(|r| r.kind == EvidenceKind::FullName && r.weight >= IDENTIFIES)
            .map(|r| (r.start, r.end))
            .collect();
        relatives.retain(|&(span, _)| !full_names.iter().any(|&name| self.listed_together(name, span)));
        // (In a text that speaks of family: "The session for Ying Xu is at 5pm. Jing
        // can't make Tuesdays" may be the client Jing.)
        if relatives.is_empty() || !self.speaks_of_family() {
            return;
        }
        self.cap_other_clients_at(&mut relatives);
    }

    /// Given `spans` read as (span, client) relatives, caps every other client's given
    /// name or nickname at those spans to a detail's weight: it counts for them only
    /// beside another detail of theirs.
    fn cap_other_clients_at(&mut self, spans: &mut [((usize, usize), u32)]) {
        spans.sort_unstable();
        for r in self.raw.iter_mut() {
            if r.facet != Facet::Name || !matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::Nickname) {
                continue;
            }
            let from = spans.partition_point(|s| s.0 < (r.start, r.end));
            if spans[from..].iter().take_while(|s| s.0 == (r.start, r.end)).any(|s| s.1 != r.client) {
                r.weight = r.weight.min(QUASI);
            }
        }
    }

    /// "Sibling session: sisters Kristin (10) and Rebekah (7)", of a client whose
    /// daughters they are: two given names of one client's relatives, near each other in
    /// a text that speaks of family, describe that client when no other client has
    /// relatives by both names. Each counts as a relative, whatever relation the text
    /// gives them (it may tell the family from another member's place).
    pub(super) fn join_relatives_together(&mut self) {
        /// Most words between the two names.
        const NEAR: usize = 40;
        if self.relatives_met.len() < 2 {
            return;
        }
        // (A copy: the join of reclaimed names reads the names too.)
        let mut met = self.relatives_met.clone();
        // Only names standing alone: no city, and no capitalised word joined to them
        // ("the Alexander Place mural", "Mitchell Avenue", "a carpenter in Shelby").
        let list = self.words.list();
        let joined = |a: usize, b: usize| {
            self.text[list[a].end as usize..list[b].start as usize] == *" "
                && list[b].flags & (CAP | SENTENCE_START) == CAP
        };
        let after_capital =
            |k: usize| k > 0 && list[k].flags & SENTENCE_START == 0 && joined(k - 1, k) && list[k - 1].flags & CAP != 0;
        let before_capital = |k: usize| k + 1 < list.len() && joined(k, k + 1);
        // (Nor the writer's own or staff: "my nieces Kristin and Rebekah", "Kristin and
        // Rebekah from reception".)
        met.retain(|&(phrase, _, k)| {
            let city = self.index.phrases[phrase as usize].city;
            let writers_or_staff = self.writers_person(k)
                || self.writers_person_after(k + 1)
                || self.staff_role_after(k + 1)
                || self.introduced_as_staff(k, 1);
            !city && !after_capital(k) && !before_capital(k) && !writers_or_staff
        });
        if met.len() < 2 || !self.speaks_of_family() {
            return;
        }
        // (client, relative) of each name's relative owners.
        let relatives_by = |phrase: u32| {
            let mut owners: Vec<(u32, u8)> = self.index.phrases[phrase as usize]
                .owners
                .iter()
                .filter_map(|&(c, role)| match role {
                    Role::RelativeGiven(r, _) => Some((c, r)),
                    _ => None,
                })
                .collect();
            owners.sort_unstable();
            owners
        };
        let mut found = Vec::new();
        for (a, &(pa, span_a, wa)) in met.iter().enumerate() {
            let first = relatives_by(pa);
            for &(pb, span_b, wb) in &met[a + 1..] {
                if pa == pb || wb - wa > NEAR {
                    continue;
                }
                // The clients with a relative by each name, other relatives.
                let mut both = relatives_by(pb).into_iter().filter_map(|(c, rb)| {
                    let from = first.partition_point(|f| f.0 < c);
                    first[from..].iter().take_while(|f| f.0 == c).find(|f| f.1 != rb).map(|f| (c, f.1, rb))
                });
                if let (Some((client, ra, rb)), None) = (both.next(), both.next()) {
                    found.push((client, ra, span_a));
                    found.push((client, rb, span_b));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        for (client, relative, span) in found {
            self.push(client, Facet::Relative(relative), span, EvidenceKind::Relative, QUASI);
        }
    }

    /// True if the text speaks of a family: a relation or a word of family life (read
    /// once, for both joins that ask).
    fn speaks_of_family(&self) -> bool {
        *self.of_family.get_or_init(|| (0..self.words.len()).any(|k| is_family_word(self.key(k))))
    }

    /// A name inside another client's fact is the fact's word: "ran for mayor of Troy in
    /// 2006" speaks of the town, not of a client called Troy. So is a city: a student
    /// in Troy is not described by it, and the city counts for nobody's occupation.
    pub(super) fn names_within_facts(&mut self) {
        if !self.raw.iter().any(|r| matches!(r.facet, Facet::Fact(_))) {
            return;
        }
        let facts: Vec<(u32, u8, usize, usize, f32)> = self
            .raw
            .iter()
            .filter_map(|r| match r.facet {
                Facet::Fact(which) => Some((r.client, which, r.start, r.end, r.weight)),
                _ => None,
            })
            .collect();
        let in_anothers_fact =
            |r: &Raw| facts.iter().any(|&(c, _, start, end, _)| c != r.client && start <= r.start && r.end <= end);
        // Clients whose every city found is a word of a fact another client is described
        // by, within it (not at its edge, where a loose match may have reached for it),
        // and lies in none of their own.
        let fact_words = |client: u32, which: u8| {
            let from = self.index.facts.partition_point(|f| f.client < client);
            self.index.facts[from..].iter().take_while(move |f| f.client == client).filter(move |f| f.which == which)
        };
        let only_anothers = |r: &Raw| {
            // (Folded only for a fact that holds the city: most hold none.)
            let mut city = None;
            let theirs = facts.iter().any(|&(c, which, start, end, weight)| {
                c != r.client && weight > 0.0 && start < r.start && r.end < end && {
                    let city: &str = city.get_or_insert_with(|| crate::text::fold(&self.text[r.start..r.end]));
                    fact_words(c, which).any(|f| f.words.iter().any(|w| *w.text == *city))
                }
            });
            let mine = facts.iter().any(|&(c, _, start, end, _)| c == r.client && start <= r.start && r.end <= end);
            theirs && !mine
        };
        let city = |r: &Raw| r.facet == Facet::OccupationCity && r.kind == EvidenceKind::City;
        let mut placeless: Vec<u32> = Vec::new();
        for r in self.raw.iter().filter(|r| city(r) && only_anothers(r)) {
            if !placeless.contains(&r.client) {
                placeless.push(r.client);
            }
        }
        placeless.retain(|&client| !self.raw.iter().any(|r| r.client == client && city(r) && !only_anothers(r)));
        for r in self.raw.iter_mut() {
            let single = matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::FamilyName | EvidenceKind::Nickname);
            if (r.facet == Facet::Name && single && in_anothers_fact(r))
                || (r.facet == Facet::OccupationCity && placeless.contains(&r.client))
            {
                r.weight = 0.0;
            }
        }
    }

    /// The clients the text names outright (a full, given, family or nick name that
    /// identifies alone), as (client, start, end), sorted.
    fn named_outright(&self) -> Vec<(u32, usize, usize)> {
        let mut named: Vec<(u32, usize, usize)> = self
            .raw
            .iter()
            .filter(|r| {
                r.facet == Facet::Name
                    && r.weight >= IDENTIFIES
                    && matches!(
                        r.kind,
                        EvidenceKind::FullName
                            | EvidenceKind::GivenName
                            | EvidenceKind::FamilyName
                            | EvidenceKind::Nickname
                            | EvidenceKind::MisspelledName
                    )
            })
            .map(|r| (r.client, r.start, r.end))
            .collect();
        named.sort_unstable();
        named
    }

    #[inline(never)]
    pub(super) fn join_occupation_city(&mut self, occupations: &[(u32, usize, usize)], cities: &CitySpans) {
        self.join_occupation_name(occupations);
        if cities.is_empty() {
            return;
        }
        let mut who: Vec<(u32, u32)> = Vec::new();
        let mut places: Vec<(usize, usize)> = Vec::new();
        for &(phrase, start, end) in occupations {
            who.clear();
            for &city in cities.keys() {
                if let Some(clients) = self.index.occupation_city.get(&(phrase, city)) {
                    who.extend(clients.iter().map(|&c| (c, city)));
                }
            }
            who.sort_unstable();
            for &(client, city) in &who {
                self.push(client, Facet::OccupationCity, (start, end), EvidenceKind::Occupation, QUASI);
                for &span in &cities[&city] {
                    self.push(client, Facet::OccupationCity, span, EvidenceKind::City, QUASI);
                }
            }
            // "a delivery driver from Clinton", "(the photographer, Clinton)": a word read
            // with an occupation as somebody's city, right after it behind a word of
            // place, or behind a comma and closing a parenthesis, is the place, not a
            // client named Clinton ("a text from Clinton: he lost his job as a delivery
            // driver" is him, and so is "a delivery driver, Clinton, lost his licence").
            let mut joined: Vec<u32> = who.iter().map(|&(_, city)| city).collect();
            joined.sort_unstable();
            joined.dedup();
            for &span in joined.iter().flat_map(|city| &cities[city]) {
                if span.0 <= end || span.0 - end > PLACE_REACH {
                    continue;
                }
                let (before, after) = (self.text[end..span.0].trim(), self.text[span.1..].trim_start());
                let placed = (before == "," && after.starts_with(')'))
                    || ["in", "from", "near", "of"].iter().any(|w| {
                        before.len() >= w.len()
                            && before.is_char_boundary(before.len() - w.len())
                            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
                    });
                if placed {
                    places.push(span);
                }
            }
        }
        if places.is_empty() {
            return;
        }
        places.sort_unstable();
        places.dedup();
        for r in self.raw.iter_mut() {
            let single = matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::FamilyName | EvidenceKind::Nickname);
            if r.facet == Facet::Name && single && places.binary_search(&(r.start, r.end)).is_ok() {
                r.weight = 0.0;
            }
        }
    }

    /// "Dear Mrs. Hubbard" where Teresa and Stephen Hubbard are both clients: a courtesy
    /// title's sex says whose family name it is, where each holder's given name tells
    /// theirs (a census given name nine in ten of whose bearers are one sex). A holder
    /// of the other sex is not the one meant; if one holder is left, the name is theirs.
    pub(super) fn join_title_sex(&mut self) {
        let list = self.words.list();
        let shared_family = |r: &Raw| {
            r.facet == Facet::Name && r.kind == EvidenceKind::FamilyName && r.weight > 0.0 && r.weight < IDENTIFIES
        };
        // (span, the title's sex) of each shared family name after a courtesy title.
        let mut titled: Vec<((usize, usize), Sex)> = self
            .raw
            .iter()
            .filter(|r| shared_family(r))
            .filter_map(|r| {
                let i = list.partition_point(|w| (w.start as usize) < r.start);
                Some(((r.start, r.end), self.title_before(i).and_then(title_sex)?))
            })
            .collect();
        if titled.is_empty() {
            return;
        }
        titled.sort_unstable_by_key(|&(span, _)| span);
        titled.dedup();
        let lx = lexicon();
        let clients = &self.index.clients;
        // A holder's sex as their names tell it: the name they go by if they have one
        // ("Michael 'Michelle' Garner" is Ms Garner), else the given name.
        let sex_of = |client: u32| {
            let info = &clients[client as usize];
            match info.preferred.first() {
                Some(preferred) => lx.given_name_sex(preferred),
                None => info.given.first().and_then(|g| lx.given_name_sex(g)),
            }
        };
        for (span, sex) in titled {
            let fits = |client: u32| sex_of(client).is_none_or(|s| s == sex);
            let holders = || self.raw.iter().filter(|r| shared_family(r) && (r.start, r.end) == span);
            let (all, fitting) =
                holders().fold((0, 0), |(all, fitting), r| (all + 1, fitting + usize::from(fits(r.client))));
            // (None fits: the names tell wrong, not the title.)
            if fitting == all || fitting == 0 {
                continue;
            }
            // ("Mrs Wu, Liam's teacher", "Mrs Wu, the pharmacist", "Mrs Wu (the
            // pharmacist)": somebody the text describes, who may be no client at all; not
            // "Dear Mrs Wu, your next appointment".)
            let after = &self.text[span.1..];
            let described = after.starts_with(" (")
                || after.strip_prefix(", ").is_some_and(|rest| {
                    let word = rest.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').next();
                    word.is_some_and(|w| {
                        matches!(w, "the" | "a" | "an" | "our" | "my" | "his" | "her" | "their")
                            || w.ends_with("'s")
                            || w.ends_with("\u{2019}s")
                    })
                });
            for r in self.raw.iter_mut().filter(|r| shared_family(r) && (r.start, r.end) == span) {
                // (The one left weighs what the name would alone: twice its share.)
                r.weight = if !fits(r.client) {
                    0.0
                } else if fitting == 1 && !described {
                    (2.0 * r.weight).min(1.0)
                } else {
                    r.weight
                };
            }
        }
    }

    /// "Session 9 w/ Dawn … back at the clinic doing physio": a name several clients
    /// share, with the occupation of one of them alone in the same paragraph and within
    /// a few sentences (`OCCUPATION_REACH` bytes), is that one's: the occupation counts
    /// as the detail that tells them apart.
    fn join_occupation_name(&mut self, occupations: &[(u32, usize, usize)]) {
        if occupations.is_empty() {
            return;
        }
        let shared = |r: &Raw| {
            r.facet == Facet::Name
                && r.weight > 0.0
                && r.weight < IDENTIFIES
                && matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::FamilyName | EvidenceKind::Nickname)
        };
        // (name span, client) of every name read as shared.
        let mut named: Vec<((usize, usize), u32)> =
            self.raw.iter().filter(|r| shared(r)).map(|r| ((r.start, r.end), r.client)).collect();
        named.sort_unstable();
        named.dedup();
        let mut found = Vec::new();
        for run in named.chunk_by(|a, b| a.0 == b.0) {
            let (a, b) = run[0].0;
            for &(phrase, start, end) in occupations {
                let (from, to) = (a.min(start), b.max(end));
                if to - from > OCCUPATION_REACH || self.text[from..to].contains('\n') {
                    continue;
                }
                let mut holders =
                    run.iter().filter(|&&(_, c)| self.index.clients[c as usize].occupation_phrases.contains(&phrase));
                if let (Some(&(_, client)), None) = (holders.next(), holders.next()) {
                    found.push((client, start, end));
                }
            }
        }
        for (client, start, end) in found {
            self.push(client, Facet::OccupationCity, (start, end), EvidenceKind::Occupation, QUASI);
        }
    }

    /// For two capitals that are also a common acronym ("DC", "ED", "MA"): whether the
    /// words around read them as a person's initials ("DC: he is a school counselor",
    /// "Client ED (he made the paper…)", "CA, the one who is a chef", "CT is a
    /// corrections officer"), not a place or a department.
    pub(super) fn read_as_person(&self, i: usize) -> bool {
        let n = self.words.list().len();
        let list = self.words.list();
        // "back in CA", "Trip to DC: she…" name places (but "Shoutout to DC, who…").
        let travel =
            |k: usize| matches!(self.key(k), "trip" | "flight" | "flew" | "drove" | "moved" | "moving" | "back");
        if i >= 1
            && (matches!(self.key(i - 1), "in" | "at" | "near" | "visit" | "visiting")
                || (i >= 2 && matches!(self.key(i - 1), "to" | "from") && travel(i - 2)))
        {
            return false;
        }
        // "pt ED", "Re MN: as you know…" (but "Re: DC office").
        if i >= 1
            && (is_patient_word(self.key(i - 1))
                || (self.key(i - 1) == "re" && self.text[list[i - 1].end as usize..list[i].start as usize] == *" "))
        {
            return true;
        }
        let Some(j) = (i + 1 < n).then_some(i + 1) else {
            return false;
        };
        let between = self.text[list[i].end as usize..list[j].start as usize].trim();
        let pronoun = |k: usize| matches!(self.key(k), "he" | "she" | "they" | "who");
        match between {
            // A verb a person does (not "and" or a modal: "Springfield, MA and…", "ED
            // will see you").
            "" => {
                let verb = self.key(j);
                (is_name_following_verb(verb) || verb == "attended")
                    && !matches!(
                        verb,
                        "and" | "will" | "may" | "can" | "could" | "would" | "should" | "might" | "won" | "just"
                    )
            }
            ":" | "(" | "," | "\u{2014}" | "-" => {
                pronoun(j) || (self.key(j) == "the" && j + 2 < n && self.key(j + 1) == "one" && pronoun(j + 2))
            }
            _ => false,
        }
    }

    /// Initials count only beside another attribute of the same client.
    #[inline(never)]
    pub(super) fn join_initials(&mut self, initials: &[([char; 2], (usize, usize))]) {
        for (key, span) in initials {
            let Some(owners) = self.index.initials.get(key) else {
                continue;
            };
            // "Lebanon CC", "Unit 4B": capitals inside an organisation's or an address's
            // name are its letters, nobody's initials.
            let within_a_name = self.raw.iter().any(|r| {
                matches!(r.facet, Facet::Employer | Facet::School | Facet::Address)
                    && r.start <= span.0
                    && span.1 <= r.end
                    && (r.start, r.end) != *span
            });
            if within_a_name {
                continue;
            }
            // (The clients with evidence of weight, sorted once: a common pair of
            // initials has dozens of owners, and the evidence hundreds of pieces.)
            let mut weighed: Vec<u32> = self.raw.iter().filter(|r| r.weight > 0.0).map(|r| r.client).collect();
            weighed.sort_unstable();
            weighed.dedup();
            let present: Vec<u32> = owners.iter().copied().filter(|c| weighed.binary_search(c).is_ok()).collect();
            // Read as initials beside another detail, two capitals that also spell a
            // name ("JO") are not that name.
            if !present.is_empty() {
                for r in self.raw.iter_mut() {
                    if r.facet == Facet::Name && (r.start, r.end) == *span && !present.contains(&r.client) {
                        r.weight = 0.0;
                    }
                }
            }
            for client in present {
                self.push(client, Facet::Initials, *span, EvidenceKind::Initials, QUASI);
            }
        }
    }

    /// "Kevin Love, a surgeon living in Oakland": a client's full name that is also
    /// somebody famous's is the client's when the text gives another detail of theirs;
    /// the famous namesake is no surgeon in Oakland.
    ///
    /// So is one listed with other clients' full names ("the group list: Patricia
    /// Walker, Élise Marty and Michael Scott"), unless words of fame are near.
    pub(super) fn join_famous_namesakes(&mut self) {
        for k in 0..self.famous_namesakes.len() {
            let (client, span, cued) = self.famous_namesakes[k];
            // (Another detail, not the name itself read again: a client whose husband
            // has the same famous name.)
            let detail = self.raw.iter().any(|r| {
                r.client == client && r.facet != Facet::Name && r.weight > 0.0 && (r.end <= span.0 || r.start >= span.1)
            });
            let listed = !cued
                && self.raw.iter().any(|r| {
                    r.client != client
                        && r.kind == EvidenceKind::FullName
                        && r.weight >= IDENTIFIES
                        && self.listed_together((r.start, r.end), span)
                });
            if detail || listed {
                self.push(client, Facet::Name, span, EvidenceKind::FullName, 1.0);
            }
        }
    }

    /// "Hi Rusty, … the voicemail I left on your work line at Northwind Software": the
    /// addressee is the client whose name it is if the text gives another detail of
    /// theirs (an employer, an address, a relative), as a letter to a client does; or
    /// names one of their relatives, where only one client of that name has a relative
    /// so named ("Hi Dawn, … Randy's nightmares"). So is a name read as an
    /// organisation's person ("Tamara from Moran Foods", of Moran Foods' Tamara).
    pub(super) fn join_reclaimed_names(&mut self) {
        let reclaimable = self.reclaimable.take();
        for span in reclaimable {
            let named: Vec<(u32, EvidenceKind)> = self
                .raw
                .iter()
                .filter(|r| r.facet == Facet::Name && (r.start, r.end) == span && r.weight == 0.0)
                .map(|r| (r.client, r.kind))
                .collect();
            // ("Hi Dawn, … Randy's nightmares": a child of one of the Dawns named.)
            let has_relative_named = |client: u32| {
                self.relatives_met.iter().any(|&(phrase, at, _)| {
                    at != span
                        && self.index.phrases[phrase as usize]
                            .owners
                            .iter()
                            .any(|&(c, role)| c == client && matches!(role, Role::RelativeGiven(..)))
                })
            };
            let by_relative: Vec<u32> = named.iter().map(|n| n.0).filter(|&c| has_relative_named(c)).collect();
            for (client, kind) in named {
                let detail = self.raw.iter().any(|r| {
                    r.client == client && !matches!(r.facet, Facet::Name | Facet::Initials) && r.weight >= QUASI
                });
                if detail || by_relative == [client] {
                    self.push(client, Facet::Name, span, kind, 1.0);
                }
            }
        }
    }

    /// "My son Jermaine Chen was admitted to the detox unit last night … Thank you.
    /// Heather", of a client whose mother is Heather: a text its writer signs, or
    /// introduces themself in ("My name is Aurore", "this is Kirstine"), by the given
    /// name of a relative of a client it names, even as the writer's own ("my son
    /// Kurt", "do Cody"), is that relative writing of the client. So is one whose writer
    /// says they are a parent ("my daughter attends Hamilton High School") and gives
    /// another detail of the client. The name counts as the client's, the writer's as
    /// their relative and as no other client's name. One client only may fit.
    pub(super) fn join_relatives_signing(&mut self) {
        if self.relatives_met.is_empty() {
            return;
        }
        let mut parent = None;
        let found = [self.signature(), self.self_introduced()]
            .into_iter()
            .flatten()
            .find_map(|writer| self.relative_writing(writer, &mut parent));
        let Some(WritingRelative { client, relative, at, names }) = found else {
            return;
        };
        for (start, end, kind) in names {
            self.push(client, Facet::Name, (start, end), kind, 1.0);
        }
        self.push(client, Facet::Relative(relative), at, EvidenceKind::Relative, QUASI);
        // (The writer's name stays any client's who has it, and speaks of their own
        // care: "can I bring my friend Tom to my next session? Thanks, Sarah".)
        if !self.speaks_of_own_care() {
            self.cap_other_clients_at(&mut [(at, client)]);
        }
    }

    /// The one client whose relative the writer's name at word `writer` is, who the
    /// text names or (`parent`: the writer says they are a parent, read once) gives
    /// another detail of.
    fn relative_writing(&self, writer: usize, parent: &mut Option<bool>) -> Option<WritingRelative> {
        let &(phrase, at, _) = self.relatives_met.iter().find(|m| m.2 == writer)?;
        let parent = *parent.get_or_insert_with(|| self.writes_as_a_parent());
        let mut fits = self.index.phrases[phrase as usize].owners.iter().filter_map(|&(client, role)| {
            let Role::RelativeGiven(relative, _) = role else { return None };
            let evidence = |r: &&Raw| r.client == client && (r.start, r.end) != at;
            let name = |r: &&Raw| {
                evidence(r)
                    && r.facet == Facet::Name
                    && matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::Nickname | EvidenceKind::FullName)
            };
            let names: Vec<(usize, usize, EvidenceKind)> =
                self.raw.iter().filter(name).map(|r| (r.start, r.end, r.kind)).collect();
            let detail = || {
                self.raw.iter().filter(evidence).any(|r| {
                    !matches!(r.facet, Facet::Name | Facet::Initials | Facet::Relative(_)) && r.weight >= QUASI
                })
            };
            // (A name the text gave no weight, "my son Jermaine", counts only where the
            // writer says they are a parent.)
            let named = self.raw.iter().filter(name).any(|r| r.weight > 0.0);
            ((named || parent) && (!names.is_empty() || detail())).then_some(WritingRelative {
                client,
                relative,
                at,
                names,
            })
        });
        match (fits.next(), fits.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// The word a writer introduces themself by, if one does: "My name is Aurore",
    /// "this is Kirstine", "I'm Natasza", "I am Veronica".
    fn self_introduced(&self) -> Option<usize> {
        let n = self.words.len();
        // (Not "I'm Grace's partner", nor a client introduced: "This is Grace, she's
        // new to group".)
        let list = self.words.list();
        (2..n).find(|&k| {
            self.flags(k) & (CAP | UPPER) == CAP
                && matches!(
                    (self.key(k - 2), self.key(k - 1)),
                    ("name", "is") | ("this", "is") | ("i", "m") | ("i", "am")
                )
                && (k < 3 || self.key(k - 2) != "name" || self.key(k - 3) == "my")
                && !self.text[list[k].end as usize..].starts_with(['\'', '\u{2019}'])
                && !(k + 1 < n && matches!(self.key(k + 1), "she" | "he" | "they"))
        })
    }

    /// True if the writer says they are a parent: "my son", "our daughter", "the mother
    /// of a student", "I am Natalie, mother to Brandy".
    fn writes_as_a_parent(&self) -> bool {
        let n = self.words.len();
        (1..n).any(|k| {
            let parent = matches!(self.key(k), "mother" | "father" | "parent" | "mum" | "mom" | "dad");
            let child = matches!(self.key(k), "son" | "daughter" | "child" | "kid");
            (child && matches!(self.key(k - 1), "my" | "our"))
                || (parent && k + 1 < n && matches!(self.key(k + 1), "of" | "to"))
        })
    }

    /// The word that signs the text, if one does: its last word, capitalised (an
    /// initial after it allowed: "Amy H."), on a line of its own or after the end of a
    /// sentence, a dash, an emoji or a closing word ("Thank you. Heather", "— Danielle",
    /// "🙏 Katrina", "Best, Femi").
    pub(super) fn signature(&self) -> Option<usize> {
        *self.signature.get_or_init(|| self.find_signature())
    }

    fn find_signature(&self) -> Option<usize> {
        let list = self.words.list();
        let mut k = list.len().checked_sub(1)?;
        if self.key(k).chars().count() == 1 && k > 0 && self.flags(k) & CAP != 0 {
            k -= 1;
        }
        if k == 0 || self.flags(k) & (CAP | UPPER) != CAP || self.key(k).chars().count() < 2 {
            return None;
        }
        let before = &self.text[list[k - 1].end as usize..list[k].start as usize];
        let closing = is_closing_word(self.key(k - 1));
        // (An initial's full stop sets nothing apart: "N.R. Nathen".)
        let initial = self.key(k - 1).chars().count() == 1;
        let set_apart = self.flags(k) & LINE_START != 0
            || (before.contains(['.', '!', '\u{2014}', '\u{2013}', '-']) && !initial)
            || (closing && before.starts_with(','))
            || before.chars().any(|c| !c.is_ascii() && !c.is_alphanumeric());
        set_apart.then_some(k)
    }

    /// True if the names at byte spans `a` and `b` are items of one list: only a comma,
    /// "and", "&", "or" or "if you take" between them ("Ginger Allen and Peter Jackson",
    /// "Walker, Marty and Scott").
    pub(super) fn listed_together(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        let (first, second) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        if first.1 > second.0 {
            return false;
        }
        let between = self.text[first.1..second.0].trim();
        matches!(between, "," | "and" | "&" | "or" | ", and" | ", or" | ";")
    }

    /// "Mrs H (the radiographer at Phillips Dental Group)": a courtesy title and one
    /// letter shorten a family name; like initials, it counts only beside another
    /// attribute of a client whose family name has that initial.
    #[inline(never)]
    pub(super) fn join_titled_initial(&mut self) {
        let list = self.words.list();
        for k in 1..list.len() {
            // (One byte: most words are turned away by their length.)
            let (title, w) = (list[k - 1], list[k]);
            if w.end - w.start != 1 || !(2..=4).contains(&(title.end - title.start)) {
                continue;
            }
            let Some(letter) = self.key(k).chars().next().filter(char::is_ascii_alphabetic) else {
                continue;
            };
            let gap = &self.text[title.end as usize..w.start as usize];
            if w.flags & CAP == 0
                || !matches!(self.key(k - 1), "mr" | "mrs" | "ms" | "miss" | "mx")
                || !(gap == " " || gap == ". ")
            {
                continue;
            }
            // Not a given name's initial before the family name ("Mr K. Jones").
            let mut end = w.end as usize;
            if self.text[end..].starts_with('.') {
                end += 1;
            }
            if list.get(k + 1).is_some_and(|n| {
                n.flags & CAP != 0 && n.flags & SENTENCE_START == 0 && self.text[end..n.start as usize] == *" "
            }) {
                continue;
            }
            let mut described: Vec<u32> = self.raw.iter().filter(|r| r.weight > 0.0).map(|r| r.client).collect();
            described.sort_unstable();
            described.dedup();
            for client in described {
                let family = self.index.clients[client as usize].family.first();
                if family.and_then(|f| f.chars().next()) == Some(letter) {
                    self.push(client, Facet::Initials, (title.start as usize, end), EvidenceKind::Initials, QUASI);
                }
            }
        }
    }
}

/// A client's relative who writes the text: the client, which of their relatives, the
/// writer's name's span, and the client's names the text gives.
struct WritingRelative {
    client: u32,
    relative: u8,
    at: (usize, usize),
    names: Vec<(usize, usize, EvidenceKind)>,
}

/// A letter's closing word before the writer's name ("Best, Femi", "Thanks, Rachel").
fn is_closing_word(folded: &str) -> bool {
    matches!(folded, "best" | "thanks" | "regards" | "cheers" | "warmly" | "sincerely")
}

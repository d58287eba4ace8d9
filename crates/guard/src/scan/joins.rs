//! Pass 5: joins of details that count only together: occupation with city, initials
//! with another detail, a titled initial, a famous namesake with a detail of the client.

use super::{is_name_following_verb, CitySpans, Facet, Scan, IDENTIFIES, QUASI};
use crate::findings::EvidenceKind;
use crate::index::Role;
use crate::lexicon::is_patient_word;
use crate::text::{CAP, SENTENCE_START};

impl Scan<'_> {
    /// "Jonnie brought Eric's watch", of a client whose husband is Eric: a given name
    /// that a client named in the text has a relative by is, likely, that relative. It
    /// counts as the relative, and as any other client's name only beside another
    /// detail of theirs. Not a word of a longer name ("José María Mancebo").
    pub(super) fn join_relatives_of_the_named(&mut self) {
        if self.relatives_unannounced.is_empty() {
            return;
        }
        let unannounced = std::mem::take(&mut self.relatives_unannounced);
        let named = self.named_outright();
        if named.is_empty() {
            return;
        }
        let list = self.words.list();
        let mut found = Vec::new();
        for &(phrase, span, i) in &unannounced {
            let within_longer_name = self.raw.iter().any(|r| {
                r.facet == Facet::Name && r.start <= span.0 && span.1 <= r.end && r.end - r.start > span.1 - span.0
            });
            if within_longer_name {
                continue;
            }
            // Not in a sentence that names another client outright: "Catrin Bolzmann,
            // Melissa Holmes and Deborah all finished" lists clients, whoever's sister
            // Deborah is.
            let words = self.sentence_of(i);
            let (from, to) = (list[words.start].start as usize, list[words.end - 1].end as usize);
            let others_named =
                |client: u32| named.iter().any(|n| n.0 != client && from <= n.1 && n.2 <= to && (n.1, n.2) != span);
            for &(client, role) in &self.index.phrases[phrase as usize].owners {
                if let Role::RelativeGiven(relative) = role {
                    if named_elsewhere(&named, client, span) && !others_named(client) {
                        found.push((client, relative, span));
                    }
                }
            }
        }
        for (client, relative, (start, end)) in found {
            for r in self.raw.iter_mut().filter(|r| (r.start, r.end) == (start, end) && r.client != client) {
                if r.facet == Facet::Name && matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::Nickname) {
                    r.weight = r.weight.min(QUASI);
                }
            }
            self.push(client, Facet::Relative(relative), (start, end), EvidenceKind::Relative, QUASI);
        }
    }

    /// A name inside another client's fact is the fact's word: "ran for mayor of Troy in
    /// 2006" speaks of the town, not of a client called Troy.
    pub(super) fn names_within_facts(&mut self) {
        if !self.raw.iter().any(|r| matches!(r.facet, Facet::Fact(_))) {
            return;
        }
        let facts: Vec<(u32, usize, usize)> =
            self.raw.iter().filter(|r| matches!(r.facet, Facet::Fact(_))).map(|r| (r.client, r.start, r.end)).collect();
        for r in self.raw.iter_mut().filter(|r| r.facet == Facet::Name) {
            let single = matches!(r.kind, EvidenceKind::GivenName | EvidenceKind::FamilyName | EvidenceKind::Nickname);
            if single && facts.iter().any(|&(c, start, end)| c != r.client && start <= r.start && r.end <= end) {
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
                    )
            })
            .map(|r| (r.client, r.start, r.end))
            .collect();
        named.sort_unstable();
        named
    }

    #[inline(never)]
    pub(super) fn join_occupation_city(&mut self, occupations: &[(u32, usize, usize)], cities: &CitySpans) {
        if cities.is_empty() {
            return;
        }
        let mut who: Vec<(u32, u32)> = Vec::new();
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
            let present: Vec<u32> =
                owners.iter().copied().filter(|c| self.raw.iter().any(|r| r.client == *c && r.weight > 0.0)).collect();
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
            let detail = self.raw.iter().any(|r| r.client == client && r.facet != Facet::Name && r.weight > 0.0);
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

/// True if `client` is named in `named` (sorted by client) somewhere off `span`.
fn named_elsewhere(named: &[(u32, usize, usize)], client: u32, (start, end): (usize, usize)) -> bool {
    let from = named.partition_point(|n| n.0 < client);
    named[from..].iter().take_while(|n| n.0 == client).any(|n| n.2 <= start || n.1 >= end)
}

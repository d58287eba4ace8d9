//! Pass 2: the caseload's phrases (names, nicknames, relatives, employers, schools,
//! streets) matched leftmost-longest over the words, and each hit weighed in its
//! context: a name as an ordinary word, a famous namesake, a name shared by several
//! clients, an age or an initial beside it.

use std::cell::OnceCell;

use super::{is_name_following_verb, CitySpans, Facet, Neighbour, Neighbours, OtherName, Scan, QUASI};
use crate::findings::EvidenceKind;
use crate::fuzzy::osa_distance_within;
use crate::index::{
    allowed_edits, as_written, fact_word_matches, initial_bit, pair_hash, word_hash, NameHolders, Phrase, Role,
};
use crate::lexicon::{
    canonical_word, is_calendar_word, is_care_word, is_common_acronym, is_fame_cue, is_famous_kind, is_fellowship,
    is_function_word_abroad, is_given_name_title, is_greeting, is_honorific, is_institution_word, is_kinship_title,
    is_named_day, is_office_word, is_patient_word, is_professional_letters, is_professional_title, is_pronoun_abroad,
    is_published_work, is_season, is_set_phrase, is_soft_fame_cue, is_street_word, is_title, is_virtue_name,
    is_work_adjective, is_work_with_adjective, is_writers_person_word, lexicon, month_number, relation,
    title_fits_occupation,
};
use crate::text::{CAP, DIGITS, LINE_START, SENTENCE_START, UPPER};

/// What the context of a one-word name says of it whatever kind of name it is to its
/// owners.
#[derive(Clone, Copy)]
pub(super) enum LoneContext {
    /// Settled for every kind: its weight, `None` where it is no name at all.
    Settled(Option<f32>),
    /// Left to the kind of name. `staff_listed`: it stands in a rota, a roll of the
    /// practice's staff or a staff chat's speakers.
    Open { staff_listed: bool },
}

impl Scan<'_> {
    /// Matches phrases leftmost-longest; returns the occupation phrases seen (phrase,
    /// span) and where each city phrase was, which only count together and are joined
    /// at the end.
    #[inline(never)]
    pub(super) fn phrases(&mut self) -> (Vec<(u32, usize, usize)>, CitySpans) {
        let n = self.words.len();
        let mut occupations = Vec::new();
        let mut cities = CitySpans::default();
        // Each word's hash, as the index keys phrases by: computed once, used as a
        // phrase's first word, as its second, and alone.
        // (Kept in the scratch for its capacity, taken out while phrase hits need `self`.)
        let mut hashes = std::mem::take(self.word_hashes);
        hashes.clear();
        hashes.extend(self.keys.iter().map(|key| word_hash(canonical_word(key))));
        let mut i = 0;
        'words: while i < n {
            if self.claimed[i] || !self.index.phrase_first.may_contain(hashes[i]) {
                i += 1;
                continue;
            }
            // (Folded only when some phrase's hash matches.)
            let words = self.words;
            let first = || canonical_word(words.key(i));
            // Phrases of two words or more, if the next word could continue one.
            if i + 1 < n && !self.claimed[i + 1] && self.flags(i + 1) & SENTENCE_START == 0 {
                for &id in self.index.phrase_start.get(pair_hash(hashes[i], hashes[i + 1])) {
                    let p = &self.index.phrases[id as usize];
                    let len = p.len();
                    if i + len > n || *p.first != *first() {
                        continue;
                    }
                    let fits = (1..len).all(|k| {
                        !self.claimed[i + k]
                            && self.flags(i + k) & SENTENCE_START == 0
                            && canonical_word(self.key(i + k)) == &*p.rest[k - 1]
                    });
                    if fits {
                        for k in i..i + len {
                            self.claimed[k] = true;
                        }
                        self.phrase_hit(i, len, id, p, &mut occupations, &mut cities);
                        i += len;
                        continue 'words;
                    }
                }
            }
            // "Kimberly A. Castillo": a full name with a middle initial between.
            if i + 2 < n && !self.claimed[i + 1] && self.middle_initial(i + 1) {
                for &id in self.index.phrase_start.get(pair_hash(hashes[i], hashes[i + 2])) {
                    let p = &self.index.phrases[id as usize];
                    let len = p.len();
                    if !p.full_name || i + 1 + len > n || *p.first != *first() {
                        continue;
                    }
                    let fits = (1..len).all(|k| {
                        !self.claimed[i + 1 + k]
                            && self.flags(i + 1 + k) & SENTENCE_START == 0
                            && canonical_word(self.key(i + 1 + k)) == &*p.rest[k - 1]
                    });
                    if fits {
                        for k in i..=i + len {
                            self.claimed[k] = true;
                        }
                        self.phrase_hit(i, len + 1, id, p, &mut occupations, &mut cities);
                        i += len + 1;
                        continue 'words;
                    }
                }
            }
            for &id in self.index.phrase_start.get(hashes[i]) {
                let p = &self.index.phrases[id as usize];
                if p.len() == 1 && *p.first == *first() {
                    self.claimed[i] = true;
                    self.phrase_hit(i, 1, id, p, &mut occupations, &mut cities);
                    i += 1;
                    continue 'words;
                }
            }
            i += 1;
        }
        *self.word_hashes = hashes;
        (occupations, cities)
    }

    #[inline(never)]
    pub(super) fn phrase_hit(
        &mut self,
        i: usize,
        len: usize,
        id: u32,
        p: &Phrase,
        occupations: &mut Vec<(u32, usize, usize)>,
        cities: &mut CitySpans,
    ) {
        // "Don't tell the others": a contraction, no name.
        if len == 1 && self.contracted(i) {
            return;
        }
        // "Sports Day", "Inset Day", "Red Nose Day": a day named after an everyday word,
        // no nickname (but "Davvid Day" is a name).
        if len == 1 && self.key(i) == "day" && i >= 1 && self.flags(i - 1) & CAP != 0 && self.flags(i) & CAP != 0 {
            let list = self.words.list();
            let (lx, before) = (lexicon(), self.key(i - 1));
            if self.text[list[i - 1].end as usize..list[i].start as usize] == *" "
                && lx.is_ordinary_word(before)
                && !lx.is_known_given_name(before)
            {
                return;
            }
        }
        let span = self.span(i, i + len);
        let capitalised = self.flags(i) & (CAP | UPPER) != 0;
        // A place or a relative's name in a text written all in lower case (dictation,
        // texts) counts as if capitalised, unless it is also an ordinary word.
        let proper = capitalised || (!p.ordinary_word && self.lower_case());
        // A phrase no client owns (a public figure's name, which claims its words, or a
        // city or trade, whose owners the joins look up) is read only for those joins.
        if !p.owners.is_empty() {
            self.weigh_owners(i, len, id, p, span, capitalised, proper);
        }
        if p.occupation {
            occupations.push((id, span.0, span.1));
        }
        if p.city && proper && !self.names_something_else(i + len) {
            cities.entry(id).or_default().push(span);
        }
    }

    /// Each owner's evidence from a phrase hit at words `i..i + len`.
    #[allow(clippy::too_many_arguments)]
    fn weigh_owners(
        &mut self,
        i: usize,
        len: usize,
        id: u32,
        p: &Phrase,
        span: (usize, usize),
        capitalised: bool,
        proper: bool,
    ) {
        // What stands beside the name where it could be the rest of it (nothing beside a
        // lower-case everyday word), read once an owner's lone name needs it.
        let mut beside: Option<Option<Neighbours>> = None;
        // Written with diacritics ("Aimée"), a name is the clients who spell it so, not
        // every "Aimee" it folds to.
        let spelled = self.spelled_so(span, p);
        let holders = spelled.as_ref().map_or(p.holders, |(_, holders)| *holders);
        // The weight of a lone name depends on the kind of name, not on whose it is.
        let mut lone: [Option<Option<f32>>; 4] = [None; 4];
        // ...and, where nothing tells its owners apart, so does what each of them gets.
        let mut same_for_all: [Option<Option<f32>>; 4] = [None; 4];
        let mut context = None;
        // A relative's given name counts only written as a name, with a relation word
        // near; otherwise its holders need no walk, and the hit is only remembered.
        let has_relatives = p.owners.len() > p.owners_but_relatives.len();
        let relation_near = if has_relatives && proper { self.relation_near(i, len) } else { None };
        let owners = if relation_near.is_some() { &p.owners } else { &p.owners_but_relatives };
        // A word in lower case that is also an ordinary word ("i hope", "with grace")
        // is, but where the text introduces it as a name, no name at all: then none of
        // its owners, often dozens, gets anything, which is decided once here instead
        // of owner by owner below. (Only where every owner would be weighed by that
        // reading: none is told apart by spelling, none holds it as an employer, a
        // school or a street, and some hold it as a name of their own alone.)
        if !capitalised && p.ordinary_word && spelled.is_none() {
            let mut lone_names = false;
            let read_alone = owners.iter().all(|&(_, role)| match role {
                Role::Given | Role::Preferred | Role::DatasetNickname | Role::Family => {
                    lone_names = true;
                    true
                }
                Role::Employer | Role::School | Role::Street => false,
                _ => true,
            });
            if read_alone && lone_names {
                let read = self.lone_name_context(i, len, p);
                if matches!(read, LoneContext::Settled(None)) {
                    return;
                }
                context = Some(read);
            }
        }
        let mut staff = None;
        let stated_age = OnceCell::new();
        // "Brian W.": the family name's initial says whose given name it is.
        let initial = if capitalised { self.family_initial_after(i, len) } else { None };
        let family_initial = |client: u32| self.index.clients[client as usize].family.first()?.chars().next();
        // "R. Collins": the given name's initial says whose family name it is.
        // ("Bastida, C. – review": the initial after, as lists and references write it.)
        let given_initial_at = if capitalised {
            let list = self.words.list();
            self.given_initial_before(i)
                .map(|letter| (letter, (list[i - 1].start as usize, span.1)))
                .or_else(|| self.given_initial_after(i + len).map(|(letter, end)| (letter, (span.0, end))))
        } else {
            None
        };
        let given_initial_letter = given_initial_at.map(|(letter, _)| letter);
        let given_initial = |client: u32| self.index.clients[client as usize].given.first()?.chars().next();
        let sole_given_initial_holder = given_initial_letter.is_some_and(|letter| {
            let mut holders = p
                .owners
                .iter()
                .filter(|&&(c, r)| r == Role::Family && given_initial(c) == Some(letter))
                .map(|&(c, _)| c);
            holders.next().is_some_and(|first| holders.all(|c| c == first))
        });
        // Whether one client alone has this name with that family initial.
        let sole_initial_holder = initial.is_some_and(|letter| {
            let mut holders = p
                .owners
                .iter()
                .filter(|&&(c, r)| matches!(r, Role::Given | Role::Preferred) && family_initial(c) == Some(letter))
                .map(|&(c, _)| c);
            holders.next().is_some_and(|first| holders.all(|c| c == first))
        });
        // A word in lower case that is also an ordinary word ("Robert will come") is no
        // part of a misspelt full name; nor is a name with nothing on either side.
        let lower_case_word = !capitalised && p.ordinary_word;
        for &(client, role) in owners {
            if spelled.as_ref().is_some_and(|(who, _)| role.is_own_name() && who.binary_search(&client).is_err()) {
                continue;
            }
            match role {
                Role::FullName | Role::NicknameFull | Role::DatasetNicknameFull => {
                    if !capitalised && p.ordinary_word {
                        continue;
                    }
                    // A guessed nickname yields to anyone who really has the name.
                    if role == Role::DatasetNicknameFull && p.full_name {
                        continue;
                    }
                    let kind = if role == Role::FullName { EvidenceKind::FullName } else { EvidenceKind::Nickname };
                    // Somebody famous, unless the talk is of clients; but a famous name
                    // among words of public life is the famous one ("quoting Taylor
                    // Swift lyrics in session").
                    // So is one whose book, album or film the text speaks of ("Emily
                    // Henry's new book").
                    // An age after the name ("Kevin Love, 26, teaching assistant") makes
                    // it a case described, whatever else the sentence speaks of.
                    // (Not where the sentence tells of the client's own life: "Tom Hughes,
                    // the Yorkshire cricketer, is struggling with the retirement".)
                    let public_life = self.public_life_sentence(i) && !self.tells_own_life(i, len, client);
                    // "the article where Taylor Swift talks about therapy": the press speaks
                    // of the famous, and of clients too ("wrote an article about his
                    // divorce"), so it tells only for a public figure's name.
                    // So does another public figure beside it ("Kevin Love and Michael
                    // Phelps did more for men's therapy than any campaign").
                    // ("Could you see David Burns while I'm away": booked to be seen.)
                    // (Read only where it could make the name somebody famous's.)
                    let clinical_read = OnceCell::new();
                    let clinical = || {
                        *clinical_read.get_or_init(|| {
                            let clinical =
                                if p.public_figure { self.clinical_of_the_named(i) } else { self.clinical_sentence(i) };
                            clinical || self.appointment(i, len)
                        })
                    };
                    let press = p.public_figure
                        && (self.cue_near(i, is_fame_cue)
                            || (!clinical() && self.cue_near(i, is_soft_fame_cue))
                            || self.shown_or_toured(i)
                            || self.played(i, len)
                            || self.beside_public_figure(i, len));
                    let cued = (p.public_figure && (public_life || press)) || self.possessive_work(i + len);
                    let famous = (cued || (((p.public_figure && !p.famous_by_cue) || public_life) && !clinical()))
                        && (!self.age_after(i + len) || (public_life && !clinical()))
                        && !self.at_a_time(i, len);
                    let own = self.writers_person(i);
                    let disowned = (famous || own) && self.disowns_fame(i + len);
                    let famous = famous && !disowned;
                    // "My old supervisor Kathy Mills", "Derek Mills (my brother-in-law)".
                    // ("our Will Smith. not that one": the practice's, set apart from the
                    // famous one, not the writer's own.)
                    let writers = (own && !disowned)
                        || self.writers_person_after(i + len)
                        || *staff.get_or_insert_with(|| self.introduced_as_staff(i, len));
                    // ("the Andrew Young School of Policy Studies", "at the Maya Patel
                    // Centre"; not "Re: Maya Patel School letter", a client's.)
                    let institution = self.names_a_place_or_institution(i + len)
                        && self.key(i + len) != "house"
                        && ((i >= 1 && matches!(self.key(i - 1), "the" | "at"))
                            || (i + len + 1 < self.words.len() && matches!(self.key(i + len + 1), "of" | "for")));
                    // ("Listening to John Butler Trio": a band named after its leader.)
                    let band = i + len < self.words.len()
                        && self.flags(i + len) & CAP != 0
                        && matches!(
                            self.key(i + len),
                            "trio" | "quartet" | "quintet" | "band" | "orchestra" | "ensemble"
                        );
                    // ("James Brown died on Christmas Day 2006", "JOHNSON, Steven.
                    // Peacefully, …": no caseload holds the dead.)
                    let dead = self.named_as_dead(i, len) || (p.public_figure && self.said_to_have_died(i, len));
                    // "Judge Rebecca Hill is sitting on the family list", "PC Daniel Thomas
                    // (youth diversion)": an official or a colleague named by their
                    // professional title, outside talk of care, is a detail of the client
                    // who shares the name, not the client ("Dr Andrea Iverson, surgeon …").
                    // (Not the client's own title: "Dr Priya Shah rang to move Thursday",
                    // of a GP; nor in talk of care: "PC Daniel Thomas has been signed off
                    // with PTSD".)
                    let official = self.title_before(i).is_some_and(|title| {
                        is_professional_title(title)
                            && !self.index.clients[client as usize]
                                .occupation
                                .iter()
                                .any(|w| title_fits_occupation(title, w))
                    }) && !self.care_talk(i)
                        && !self.appointment(i, len);
                    let double_barrelled = self.double_barrelled(i, len);
                    // ("the Revd Ruth Walton-Price … Ruth is a keen cyclist": her name
                    // throughout, not Ruth Walton's; in talk of care each mention is read
                    // on its own.)
                    if double_barrelled && !self.care_talk(i) {
                        let mut others = self.someone_else.borrow_mut();
                        others.extend((i..i + len).map(|k| OtherName { first: k, len: 1, cap: 0.0, likely: true }));
                    }
                    let weight = if famous || writers || double_barrelled || institution || band || dead {
                        0.0
                    } else if official {
                        QUASI
                    } else {
                        1.0
                    };
                    if famous && !writers && role == Role::FullName {
                        self.famous_namesakes.push((client, span, cued));
                    }
                    self.push(client, Facet::Name, span, kind, weight);
                }
                Role::Given | Role::Preferred | Role::DatasetNickname | Role::Family => {
                    // (The kind of name decides the evidence's kind and which lone weight
                    // it shares.)
                    let (slot, kind) = match role {
                        Role::Given => (0, EvidenceKind::GivenName),
                        Role::Preferred => (1, EvidenceKind::Nickname),
                        Role::DatasetNickname => (2, EvidenceKind::Nickname),
                        _ => (3, EvidenceKind::FamilyName),
                    };
                    if let Some(weight) = same_for_all[slot] {
                        if let Some(weight) = weight {
                            self.push(client, Facet::Name, span, kind, weight);
                        }
                        continue;
                    }
                    if let (Some(letter), Role::Given | Role::Preferred) = (initial, role) {
                        let weight = if family_initial(client) != Some(letter) {
                            0.0
                        } else if sole_initial_holder {
                            1.0
                        } else {
                            0.5
                        };
                        self.push(client, Facet::Name, span, kind, weight);
                        continue;
                    }
                    if let (Some(letter), Role::Family) = (given_initial_letter, role) {
                        let weight = if given_initial(client) != Some(letter) {
                            0.0
                        } else if sole_given_initial_holder {
                            1.0
                        } else {
                            QUASI
                        };
                        let whole = given_initial_at.map_or(span, |(_, whole)| whole);
                        self.push(client, Facet::Name, whole, EvidenceKind::Initials, weight);
                        continue;
                    }
                    let neighbours = beside
                        .get_or_insert_with(|| {
                            (!lower_case_word).then(|| self.name_neighbours(i, len)).filter(|n| !n.is_empty())
                        })
                        .as_ref();
                    let neighbour = match neighbours {
                        Some(neighbours) => self.name_neighbour(neighbours, i, len, client, role, true),
                        None => Neighbour::None,
                    };
                    let weight = match neighbour {
                        Neighbour::None => {
                            let context = *context.get_or_insert_with(|| self.lone_name_context(i, len, p));
                            *lone[slot]
                                .get_or_insert_with(|| self.single_name_weight((i, len), context, role, p, &holders))
                        }
                        // "Grace Adeyemi" when no client is: someone else, and likely so is
                        // every "Grace" of the text ("Present: Grace Adeyemi … Grace
                        // agreed"); not where a third name follows ("Neil Patrick
                        // Schultz").
                        Neighbour::OtherPerson => {
                            if neighbours.is_some_and(|neighbours| self.two_word_name(neighbours)) {
                                let other = OtherName { first: i, len, cap: QUASI, likely: true };
                                self.someone_else.borrow_mut().push(other);
                            }
                            Some(0.0)
                        }
                        // ("Dr. Michael Hayes covers the weekend": a professional whose
                        // name is near a client's is a colleague, as in the misspellings
                        // pass; but a detail, beside another of the client's: "Dr Andrea
                        // Iverson, surgeon … co-hosts the Small Town Gardener podcast".)
                        Neighbour::RestOfName(_)
                            if self.title_before(i).is_some_and(is_professional_title)
                                && !self.cue_near(i, is_care_word)
                                && !self.appointment(i, len) =>
                        {
                            Some(QUASI)
                        }
                        Neighbour::RestOfName(whole) => {
                            self.push_misspelt_full_name(client, whole);
                            continue;
                        }
                    };
                    let weight = weight.map(|weight| self.by_age(weight, (i + len, &stated_age), client, role, p));
                    // With nothing beside the name, no initial and no age read to tell
                    // them apart, every owner of this kind of name weighs the same.
                    if neighbours.is_none() && stated_age.get().is_none_or(Option::is_none) {
                        same_for_all[slot] = Some(weight);
                    }
                    if let Some(weight) = weight {
                        self.push(client, Facet::Name, span, kind, weight);
                    }
                }
                Role::RelativeFull(r) => {
                    if proper {
                        self.push(client, Facet::Relative(r), span, EvidenceKind::Relative, QUASI);
                    }
                }
                // (Walked only with a relation word near, the name written as a name.)
                Role::RelativeGiven(r, recorded) => {
                    let fits = relation_near.is_some_and(|seen| recorded.is_none_or(|rec| seen.compatible(rec)));
                    if fits {
                        self.push(client, Facet::Relative(r), span, EvidenceKind::Relative, QUASI);
                    } else if self.relatives_met.last() != Some(&(id, span, i)) {
                        self.relatives_met.push((id, span, i));
                    }
                }
                Role::Employer => self.push(client, Facet::Employer, span, EvidenceKind::Employer, QUASI),
                Role::School => self.push(client, Facet::School, span, EvidenceKind::School, QUASI),
                Role::Street => {
                    let end = self.address_end(client, i + len);
                    self.push(client, Facet::Address, (span.0, end), EvidenceKind::Address, 1.0);
                    self.address_spans.push((span.0, end));
                }
                Role::Occupation | Role::City => {}
            }
        }
        // Some client's relative has this given name, met with no relation word near.
        if has_relatives && proper && relation_near.is_none() {
            self.relatives_met.push((id, span, i));
            self.relatives_unannounced.push((id, span, i));
        }
    }

    /// The one capital letter right after a given name at words `i..i + len`, as notes
    /// shorten a client's family name ("Brian W. (retail)", "Hope J. may call"): the
    /// family name's initial, folded. Not a middle initial ("Nathan R. Robinson"), and
    /// not "I".
    pub(super) fn family_initial_after(&self, i: usize, len: usize) -> Option<char> {
        let list = self.words.list();
        let k = i + len;
        let w = *list.get(k)?;
        let key = self.key(k);
        let letter = key.chars().next().filter(|c| c.is_alphabetic() && key.len() == c.len_utf8())?;
        if w.flags & CAP == 0 || self.text[list[k - 1].end as usize..w.start as usize] != *" " {
            return None;
        }
        let after = &self.text[w.end as usize..];
        // ("Hope C's wife": the possessive of the initialled name.)
        let possessive = |s: &str| {
            s.strip_prefix(['\'', '\u{2019}'])
                .and_then(|s| s.strip_prefix('s'))
                .is_some_and(|s| !s.starts_with(char::is_alphanumeric))
        };
        let ends = |s: &str| s.is_empty() || s.starts_with([',', ')', ':', ';', '\n', '|', ' ']) || possessive(s);
        let dotted = after.starts_with('.');
        if !(dotted || (letter != 'i' && ends(after))) {
            return None;
        }
        let middle = list.get(k + 1).is_some_and(|n| {
            n.flags & CAP != 0
                && n.flags & SENTENCE_START == 0
                && self.key(k + 1).len() > 1
                && self.text[w.end as usize..n.start as usize].trim_start_matches('.') == " "
        });
        (!middle).then_some(letter)
    }

    /// The one capital letter right before a family name at word `i`, as schedules and
    /// notes shorten a client's given name ("R. Collins", "09:00 J Okafor"): the given
    /// name's initial, folded. Not one of two initials ("N. R. Collins"), not after a
    /// professional title ("Dr. R. Collins" is a colleague), and not "A" or "I" without
    /// a full stop.
    pub(super) fn given_initial_before(&self, i: usize) -> Option<char> {
        let list = self.words.list();
        let k = i.checked_sub(1)?;
        let w = list[k];
        let key = self.key(k);
        let letter = key.chars().next().filter(|c| c.is_alphabetic() && key.len() == c.len_utf8())?;
        let gap = &self.text[w.end as usize..list[i].start as usize];
        let dotted = gap == ". ";
        if w.flags & CAP == 0
            || list[i].flags & SENTENCE_START != 0
            || !(dotted || (gap == " " && !matches!(letter, 'a' | 'i')))
        {
            return None;
        }
        if let Some(j) = k.checked_sub(1) {
            let between = &self.text[list[j].end as usize..w.start as usize];
            let one_letter = self.key(j).chars().count() == 1 && list[j].flags & CAP != 0;
            if (between.trim() == "." || between == " ") && (one_letter || is_professional_title(self.key(j))) {
                return None;
            }
        }
        Some(letter)
    }

    /// "Bastida, C.": a family name with the given name's initial after a comma, as
    /// lists and references write it: the initial, folded, and where its full stop ends.
    /// Not one of two initials ("Bastida, C. J.").
    fn given_initial_after(&self, j: usize) -> Option<(char, usize)> {
        let list = self.words.list();
        let w = *list.get(j)?;
        let key = self.key(j);
        let letter = key.chars().next().filter(|c| c.is_alphabetic() && key.len() == c.len_utf8())?;
        if w.flags & CAP == 0 || self.text[list[j - 1].end as usize..w.start as usize] != *", " {
            return None;
        }
        let rest = self.text[w.end as usize..].strip_prefix('.')?;
        let another = rest.strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
            && rest[1..].chars().nth(1) == Some('.');
        (!another).then_some((letter, w.end as usize + 1))
    }

    /// What the context of a given, preferred, nickname or family name standing alone
    /// at words `i..i + len` makes of it, whatever kind of name it is to its owners
    /// (read once per hit, not per kind).
    fn lone_name_context(&self, i: usize, len: usize, p: &Phrase) -> LoneContext {
        let flags = self.flags(i);
        let after = |words: &[&str]| i > 0 && words.contains(&self.key(i - 1));
        // In lower case, a name that is also a word is the word ("i hope", "with
        // grace"); one that is no word is still the name ("tell yvonne sorry", "my
        // client nathan"), but for two-letter ones ("et al", "special ed").
        // "Les escribo sobre Augusto", "Si el cliente no viene": another language's
        // short word opening a sentence in it is that word, not a nickname (but "Ana
        // llegó tarde" is Ana).
        if flags & (CAP | UPPER | SENTENCE_START) == CAP | SENTENCE_START
            && len == 1
            && is_function_word_abroad(self.key(i))
            && self.opens_other_languages_words(i + 1)
        {
            return LoneContext::Settled(None);
        }
        if flags & (CAP | UPPER) == 0
            && (p.ordinary_word
                || self.key(i).len() < 4
                || is_common_acronym(self.key(i))
                || (is_pronoun_abroad(self.key(i)) && self.beside_other_languages_word(i, len))
                || !self.in_prose(i, len)
                || self.among_other_languages_words(i, len))
            && !self.introduced(i)
        {
            return LoneContext::Settled(None);
        }
        // A name inside a street address found before it is the address's: the city
        // after the street ("777 Levine Street, Unit 8, Troy").
        let (start, end) = self.span(i, i + len);
        if self.address_spans.iter().any(|&(a, b)| a < start && end <= b) {
            return LoneContext::Settled(Some(0.0));
        }
        // "Ellis, A. (1962).", "Eubanks, Muran & Safran (2018)": an author cited.
        if self.in_reference(i + len - 1) {
            return LoneContext::Settled(Some(0.0));
        }
        // "DOB 29 Jan 2007", "ID:": a common acronym in capitals is no name ("Dob" is).
        if flags & UPPER != 0 && len == 1 && is_common_acronym(self.key(i)) {
            return LoneContext::Settled(None);
        }
        // "the Art therapy group", "Ash Wednesday", "Union Jack": the word, not the person.
        let feast = i + len < self.words.len() && is_named_day(self.key(i), self.key(i + len));
        // (A single space between, in one sentence: "Sage, advice given" is her.)
        let joined = |a: usize, b: usize| {
            self.text[self.words.list()[a].end as usize..self.words.list()[b].start as usize] == *" "
                && self.flags(b) & SENTENCE_START == 0
        };
        let set_phrase = len == 1
            && ((i + 1 < self.words.len() && joined(i, i + 1) && is_set_phrase(self.key(i), self.key(i + 1)))
                || (i >= 1 && joined(i - 1, i) && is_set_phrase(self.key(i - 1), self.key(i))));
        // "emailed the Dean … Dean forwarded it": an office capitalised after "the" mid-
        // sentence is the office's holder, and so is every mention of it after (not
        // "the Dean of his college", "the Grace Assembly": a name of something else).
        let capital_next = i + len < self.words.len() && self.flags(i + len) & CAP != 0;
        if is_office_word(self.key(i))
            && after(&["the"])
            && flags & (CAP | UPPER) == CAP
            && flags & SENTENCE_START == 0
            && !capital_next
            && !(i + len < self.words.len() && self.key(i + len) == "of")
        {
            self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
            return LoneContext::Settled(Some(0.0));
        }
        // "Line 2", "Ward 4": a word numbered is a thing, not a person (not "Joy 10:30",
        // booked at a time).
        // ("Saw Joy 3 times this week" counts.)
        let numbered = len == 1
            && i + 1 < self.words.len()
            && joined(i, i + 1)
            && self.flags(i + 1) & DIGITS != 0
            && !self.text[self.words.list()[i + 1].end as usize..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_alphanumeric())
            && !self.at_a_time(i, len);
        // "Clerk of Court", "Friends of Hope": a word in an institution's name (not "the
        // Risk Assessment of Grace").
        let institution = len == 1
            && i >= 2
            && self.key(i - 1) == "of"
            && joined(i - 1, i)
            && joined(i - 2, i - 1)
            && self.flags(i - 2) & (CAP | SENTENCE_START) == CAP
            && (is_institution_word(self.key(i - 2))
                || is_office_word(self.key(i - 2))
                || is_fellowship(self.key(i - 2)));
        if p.ordinary_word
            && (after(&["the", "a", "an"])
                || feast
                || set_phrase
                || numbered
                || institution
                || self.virtue_defined_elsewhere(i, len)
                || self.word_by_its_company(i, len)
                || self.compound_word(i, len)
                || self.in_title(i, len))
        {
            return LoneContext::Settled(Some(0.0));
        }
        // "clients in Clinton", "a Clinton mayoral candidate", "Clinton 67242": a
        // client's city that is also a name, used as the place.
        if p.city && self.names_the_place(i, len) {
            return LoneContext::Settled(Some(0.0));
        }
        if self.names_a_place_or_institution(i + len) {
            return LoneContext::Settled(Some(0.0));
        }
        // "Grandma Rose", "Uncle Frank": the writer's own family. (But where many write
        // "Aunty" for any older woman, "Aunty Joy's session" and "Auntie Hui told me
        // today in session" are clients.)
        if i > 0
            && self.flags(i - 1) & CAP != 0
            && is_kinship_title(self.key(i - 1))
            && self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize] == *" "
            && !self.clinical_sentence(i)
            && !self.appointment(i, len)
        {
            self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
            return LoneContext::Settled(Some(0.0));
        }
        if month_number(self.key(i)).is_some() && self.temporal(i, len) {
            return LoneContext::Settled(Some(0.0));
        }
        // ("Keith from the clearinghouse called", or the addressee: a client's all the same
        // if the text gives another detail of theirs, "Tamara from Moran Foods … sleeping
        // better", of Moran Foods' Tamara.)
        // The colleague who posted, and likely every other mention of the name; but a
        // booking stands on its own ("#general  Holly 10:02 AM … Holly's 2pm is moved").
        if self.chat_poster(i, len) {
            self.someone_else.borrow_mut().push(OtherName { first: i, len, cap: 0.0, likely: true });
            return LoneContext::Settled(Some(0.0));
        }
        let representing = self.speaks_for_an_organisation(i, len);
        if representing || self.someone_elses(i, len) {
            self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
            if representing || self.greeted(i).is_some() {
                self.reclaimable.borrow_mut().push(self.span(i, i + len));
            }
            return LoneContext::Settled(Some(0.0));
        }
        // A name beside a trade is the tradesperson's, unless the trade is that of a
        // client who has the name ("The plumber, Ray, came to fix our boiler" of Ray the
        // plumber).
        if let Some(trade) = self.stranger_by_trade(i, len) {
            let theirs = p.owners.iter().any(|&(client, _)| {
                self.index.clients[client as usize].occupation.iter().any(|w| *w == self.key(trade))
            });
            if !theirs {
                self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
                return LoneContext::Settled(Some(0.0));
            }
        }
        // A name the writer gives a client to hide theirs counts only beside another
        // detail of a client who has it: a real name slipped in as the "pseudonym"
        // still leaks with the rest of the vignette.
        if self.declared_pseudonym(i, len) {
            self.someone_else.borrow_mut().push(OtherName::sure(i, len, QUASI));
        }
        if self.double_barrelled(i, len) {
            return LoneContext::Settled(Some(0.0));
        }
        // "Her husband's Mercedes": a thing a relative owns; "the late Harold", "Greg,
        // d. January": the dead, whom no caseload holds; "Sir Patrick", "Dame Judi":
        // knighted for public life.
        if self.owned_by_a_relative(i) || self.named_as_dead(i, len) || self.knighted(i) {
            return LoneContext::Settled(Some(0.0));
        }
        // "Constance "Connie" Fairweather": a nickname in quotes between a given and a
        // family name is that person's, unless the two are a client's own.
        if let Some((given, family)) = self.quoted_between_names(i, len) {
            if !self.clients_full_name(self.key(given), self.key(family)) {
                self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
                return LoneContext::Settled(Some(0.0));
            }
        }
        let staff_listed = self.staff_rota() && self.rota_entry(i)
            || self.in_staff_roll(i)
            || self.staff_chat_speaker(i)
            || self.in_roll_of_learners(i);
        LoneContext::Open { staff_listed }
    }

    /// Weight of a given, preferred, nickname or family name standing alone: `None`
    /// where it is no name at all (lower case), zero where the context says it is
    /// somebody else or a month: such a mention is still redacted should the client be
    /// identified by other evidence in the same text. (`context` is the hit's
    /// [`Scan::lone_name_context`].)
    pub(super) fn single_name_weight(
        &self,
        (i, len): (usize, usize),
        context: LoneContext,
        role: Role,
        p: &Phrase,
        holders: &NameHolders,
    ) -> Option<f32> {
        let staff_listed = match context {
            LoneContext::Settled(weight) => return weight,
            LoneContext::Open { staff_listed } => staff_listed,
        };
        let flags = self.flags(i);
        if staff_listed
            && role != Role::Family
            && self.title_before(i).is_none()
            && !self.clinical_sentence(i)
            && !self.appointment(i, len)
        {
            self.someone_else.borrow_mut().push(OtherName::sure(i, len, 0.0));
            return Some(0.0);
        }
        // "Ms. Moreno" uses the word as a family name, whoever has it as a given name
        // ("Pani Ewelina" does not).
        if let Some(title) = self.title_before(i).filter(|&t| role != Role::Family && !is_given_name_title(t)) {
            // ("Nurse Ivy will take the BP readings … Thanks Ivy": a colleague throughout.)
            if is_professional_title(title) && !self.clinical_sentence(i) {
                self.someone_else.borrow_mut().push(OtherName { first: i, len, cap: 0.0, likely: true });
            }
            return Some(0.0);
        }
        let (mut weight, sharing) = match role {
            // "Dr Frost is covering": colleagues, far more often than clients, are
            // named by a professional title, so outside clinical talk it is a detail.
            Role::Family if i > 0 && is_professional_title(self.key(i - 1)) && !self.clinical_sentence(i) => {
                (QUASI, holders.family)
            }
            Role::Family if self.title_before(i).is_some() => (1.0, holders.family),
            // "Pt Hurley": a record's way of naming its patient, unless somebody has the
            // name as a given name ("my client Denis").
            // ("Patient Love and compassion" is no record.)
            Role::Family if i > 0 && is_patient_word(self.key(i - 1)) && holders.recorded == 0 && !p.ordinary_word => {
                (1.0, holders.family)
            }
            // "The Kaczka family made me cry today": a family named by its name.
            Role::Family if !p.ordinary_word && self.names_a_family(i, len) => (1.0, holders.family),
            Role::Family => (QUASI, holders.family),
            // Somebody in the caseload goes by this name: it is theirs, not a guess's.
            Role::DatasetNickname if p.ordinary_word || holders.recorded > 0 => return None,
            Role::DatasetNickname => (QUASI, holders.nickname),
            // "Thanks to Patience and Victor on the raffle": one of a list of people, in a
            // text that speaks of no care, is a detail until the text says more of them.
            Role::Given | Role::Preferred
                if self.listed_among_people(i) && !self.practice_talk() && !self.appointment(i, len) =>
            {
                (QUASI, holders.recorded)
            }
            _ => (1.0, holders.recorded),
        };
        // (A detail stays a detail however many share it: another of one client's
        // tells whose it is, "Dr Schmidt … his brother John Miller".)
        if sharing > 1 && weight > QUASI {
            weight *= 0.5;
        }
        if p.ordinary_word && (flags & UPPER != 0 || (flags & SENTENCE_START != 0 && !self.used_as_name(i, len))) {
            weight = weight.min(0.3);
        }
        Some(weight)
    }

    /// For a name written with letters beyond ASCII ("Aimée", "Nicolás"): the clients
    /// whose own name is written exactly so, and how many hold it by kind, if any.
    pub(super) fn spelled_so(&self, (start, end): (usize, usize), p: &Phrase) -> Option<(Vec<u32>, NameHolders)> {
        let written = &self.text[start..end];
        // ("Theodore" is Theodore's where one client is Theodore and one Théodore, but
        // Théodore's where none is written so.)
        if written.is_ascii() && !p.spelled_apart {
            return None;
        }
        let written = as_written(written);
        let owners: Vec<(u32, Role)> = p
            .owners
            .iter()
            .copied()
            .filter(|&(c, r)| r.is_own_name() && self.index.clients[c as usize].spelled.contains(&written))
            .collect();
        let mut who: Vec<u32> = owners.iter().map(|&(c, _)| c).collect();
        who.sort_unstable();
        who.dedup();
        (!who.is_empty()).then(|| (who, NameHolders::of(&owners)))
    }

    /// True if the words on both sides of words `i..i + len`, in its sentence, are in
    /// lower case and no English, and a third beyond one of them ("ons moet dit anders
    /// doen"): the name is a word of that other language, as they are.
    fn among_other_languages_words(&self, i: usize, len: usize) -> bool {
        // (Three of them, so that a texter's shorthand, "tdy abt", is no language.)
        i >= 1
            && self.other_languages_word(i - 1)
            && self.other_languages_word(i + len)
            && (i >= 2 && self.other_languages_word(i - 2) || self.other_languages_word(i + len + 1))
    }

    /// True if the sentence of the name at words `i..i + len` tells of `client`'s own
    /// life: names their occupation
    /// ("the Yorkshire cricketer" of a cricketer) or holds two words of one of their
    /// distinctive facts, one of them its proper name ("Marcus Reid co-hosts the Honest
    /// Gardener podcast" of the podcast's host).
    fn tells_own_life(&self, i: usize, len: usize, client: u32) -> bool {
        let occupation = &self.index.clients[client as usize].occupation;
        if !occupation.is_empty() && self.sentence_of(i).any(|k| occupation.iter().any(|w| w == self.key(k))) {
            return true;
        }
        let from = self.index.facts.partition_point(|f| f.client < client);
        self.index.facts[from..].iter().take_while(|f| f.client == client).any(|fact| {
            let (mut held, mut proper) = (0, false);
            for k in self.sentence_of(i).filter(|&k| k < i || k >= i + len) {
                if let Some(w) = fact.words.iter().find(|w| fact_word_matches(self.key(k), &w.text)) {
                    held += 1;
                    proper |= w.proper && self.flags(k) & CAP != 0;
                }
            }
            proper && held >= 2
        })
    }

    /// True if a word right beside words `i..i + len` is another language's ("pero
    /// ella no", "y ella se"): a lower-case word of the guard's other languages or of
    /// none it knows.
    fn beside_other_languages_word(&self, i: usize, len: usize) -> bool {
        let abroad = |k: usize| {
            k < self.words.len()
                && self.flags(k) & SENTENCE_START == 0
                && (is_function_word_abroad(self.key(k)) || self.other_languages_word(k))
        };
        (i >= 1 && abroad(i - 1)) || abroad(i + len)
    }

    /// True if words `k` and `k + 1` are in lower case and no English, in one sentence.
    fn opens_other_languages_words(&self, k: usize) -> bool {
        self.other_languages_word(k) && self.other_languages_word(k + 1)
    }

    /// True if word `k` is one in lower case mid-sentence that is neither an English
    /// word nor, but for short ones, anybody's given name: a word of another language,
    /// most likely.
    pub(super) fn other_languages_word(&self, k: usize) -> bool {
        let Some(word) = self.words.list().get(k) else {
            return false;
        };
        let key = self.key(k);
        let lx = lexicon();
        // (Some of them are nicknames too: "el", "les". A word with no vowel is a
        // writer's shorthand, "tdy", "wth", "hs", not a language; nor are the parts of
        // an address or a handle, "n.robinson@proton.me".)
        word.flags & (CAP | UPPER | DIGITS | SENTENCE_START) == 0
            && key.len() >= 2
            && key.chars().any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || !c.is_ascii())
            && !lx.is_ordinary_word(key)
            && (key.len() <= 3 || !lx.is_known_given_name(key))
            && self.in_prose(k, 1)
    }

    /// The capitalised name-like words right before and right after the words
    /// `i..i + len`, if any: where the rest of a name would be. Where there is none, a
    /// capitalised everyday word there can still be the rest of a client's name
    /// misspelt ("Crystal Harden" for Crystal Hardin): not in a street's name ("Henry
    /// Place", "Laurel Lane"), and not another client's exact name (that one is the rest
    /// of theirs).
    pub(super) fn name_neighbours(&self, i: usize, len: usize) -> Neighbours {
        let list = self.words.list();
        let lx = lexicon();
        // An all-capitals word beside a name written otherwise is an acronym ("Mr
        // Kunysz DNA'd", "Omg Brittney"), not the rest of a name; but a professional's
        // letters make the name someone else's ("a Clinton GP", "Jane Doe LCSW").
        let shouted = list[i].flags & UPPER != 0;
        // "DOB May 29": an acronym in capitals has no rest of a name beside it.
        if shouted && len == 1 && is_common_acronym(self.key(i)) {
            return Neighbours { prev: None, next: None, everyday: [None, None], side_initials: 0 };
        }
        // A script without case (Han, kana) beside a Latin name is another language's
        // text, not the rest of a name.
        let uncased = |k: usize| {
            self.text[list[k].start as usize..].chars().next().is_some_and(|c| !c.is_lowercase() && !c.is_uppercase())
        };
        // An everyday word that is some client's name counts as a name where it stands in
        // that role: a family name after, a given name before ("Davvid Day"), but not in
        // capitals ("NATHAN MAY ATTEND").
        let name_in_role = |k: usize| {
            list[k].flags & UPPER == 0
                && self.index.name_word_ids.get(self.key(k)).is_some_and(|&id| {
                    self.index.name_words[id as usize].owners.iter().any(|&(_, role)| {
                        if k > i {
                            role == Role::Family
                        } else {
                            matches!(role, Role::Given | Role::Preferred)
                        }
                    })
                })
        };
        let name_like = |k: usize| {
            let w = list[k];
            let key = self.key(k);
            w.flags & CAP != 0
                && ((w.flags & UPPER != 0 && is_professional_letters(key))
                    || ((w.flags & UPPER == 0 || shouted || key.len() >= 4)
                        && !uncased(k)
                        && (!lx.is_ordinary_word(key)
                            || name_in_role(k)
                            // ("Chaplain Stephen Marsh", "dispatcher Tanya Morrow": a
                            // family name somewhere in the world after a given name;
                            // not "Hope Street", "Teresa Sunday", nor in talk of care:
                            // "I saw Kevin Strong again, his panic is worse".)
                            || (k > i
                                && w.flags & UPPER == 0
                                && lx.is_world_name(key)
                                && !is_street_word(canonical_word(key))
                                && !is_calendar_word(key)
                                && month_number(key).is_none()
                                && !self.care_talk(i)))
                        && !is_title(key)
                        // ("Auntie Hui", "Tannie Tamara", "Ate Mae": an elder's title.)
                        && !is_kinship_title(key)
                        && !is_honorific(key)
                        // ("Hola Calista:" is greeted, not Calista Hola.)
                        && !is_greeting(key)
                        && !is_common_acronym(key)
                        && key.chars().all(char::is_alphabetic)))
        };
        let last = i + len - 1;
        let street = |k: usize| is_street_word(canonical_word(self.key(k)));
        let prev = (i >= 1 && self.text[list[i - 1].end as usize..list[i].start as usize] == *" " && name_like(i - 1))
            .then(|| i - 1);
        // "Dan O'Brien", "Cathal Ó Briain": the family name after its particle. (The
        // space tested is the one after the name, before the particle if there is one.)
        let after = if last + 2 < list.len() && self.after_particle(last + 2) { last + 2 } else { last + 1 };
        let next = (after < list.len()
            && list[after].flags & SENTENCE_START == 0
            && self.text[list[last].end as usize..list[last + 1].start as usize] == *" "
            && name_like(after))
        .then_some(after);
        let everyday = |k: usize, later: usize| {
            let key = self.key(k);
            list[k].flags & CAP != 0
                && !(k < i && street(last))
                && list[later].flags & SENTENCE_START == 0
                && self.text[list[later - 1].end as usize..list[later].start as usize] == *" "
                && key.len() >= 3
                && key.chars().all(char::is_alphabetic)
                && !is_title(key)
                // ("Wife Jessica", "Brother Tom": a relation, not a name misspelt.)
                && relation(key).is_none()
                && !street(k)
                && !self.index.name_word_ids.contains_key(key)
        };
        let everyday = [
            (prev.is_none() && i >= 1 && everyday(i - 1, i)).then(|| i - 1),
            (next.is_none() && last + 1 < list.len() && everyday(last + 1, last + 1)).then_some(last + 1),
        ];
        let side_initials = [prev.or(everyday[0]), next.or(everyday[1])]
            .into_iter()
            .flatten()
            .fold(0, |bits, k| bits | initial_bit(self.key(k)));
        Neighbours { prev, next, everyday, side_initials }
    }

    /// The name is one of exactly two name words: a name-like word on one side of it,
    /// and no capitalised word right beyond that one ("Grace Adeyemi", "Lori Gottlieb";
    /// not "Neil Patrick Schultz").
    fn two_word_name(&self, &Neighbours { prev, next, .. }: &Neighbours) -> bool {
        let list = self.words.list();
        // A capital at word `c` joined by a space to the name word `k` beside it.
        let capital_beside = |c: usize, k: usize| {
            let (a, b) = (c.min(k), c.max(k));
            list[c].flags & CAP != 0 && self.text[list[a].end as usize..list[b].start as usize] == *" "
        };
        match (prev, next) {
            (None, Some(k)) => k + 1 >= list.len() || !capital_beside(k + 1, k),
            (Some(k), None) => k == 0 || !capital_beside(k - 1, k),
            _ => false,
        }
    }

    /// What the name-like neighbours of a name at words `i..i + len` (`exact`ly the
    /// client's, or a misspelling) make of it for one client: the rest of the same
    /// client's name misspelt ("Nathen Robinson"), or someone else's name ("Michael
    /// Phelps", "Cindy Roberts" signing an e-mail).
    pub(super) fn name_neighbour(
        &self,
        neighbours: &Neighbours,
        i: usize,
        len: usize,
        client: u32,
        role: Role,
        exact: bool,
    ) -> Neighbour {
        let &Neighbours { prev, next, everyday, side_initials } = neighbours;
        let sides = [prev.or(everyday[0]), next.or(everyday[1])];
        if sides.iter().all(Option::is_none) {
            return Neighbour::None;
        }
        let last = i + len - 1;
        // A neighbour that begins with none of the client's initials is no part of their
        // name: most owners of a name are told apart without reading their records.
        let initials = self.index.name_initials[client as usize];
        let initials = if role == Role::Family { initials.given_or_preferred } else { initials.family };
        if side_initials & initials == 0 {
            return if prev.is_none() && next.is_none() { Neighbour::None } else { Neighbour::OtherPerson };
        }
        let info = &self.index.clients[client as usize];
        let rest: &[String] = match role {
            Role::Family => &info.given,
            _ => &info.family,
        };
        let alt: &[String] = if role == Role::Family { &info.preferred } else { &[] };
        // The rest of this client's name, or a near miss of it. Beside a misspelt word, a
        // near miss that is somebody's exact name is theirs ("Wilaim Shepherd" is William
        // Shepherd's, not William Sheppard's); beside an exact one it is a misspelling
        // ("Michael Robinson" for Micheal Robinson).
        let close = |k: usize| {
            let key = self.key(k);
            // ("Escobar Lane", "Park Lane" are streets, not Lana Escobar or Lane Parker
            // misspelt; but "Sarrah Court" is Sarah Court.)
            let street = |k: usize| is_street_word(canonical_word(self.key(k)));
            let own_family_after = role != Role::Family && k > i && rest.iter().any(|w| **w == *key);
            if !own_family_after && (street(k) || (k < i && street(last))) {
                return false;
            }
            // ("Dear Steven" is no misspelt Diaz Steven.)
            if is_greeting(key) {
                return false;
            }
            if rest.iter().chain(alt).any(|w| **w == *key) {
                return true;
            }
            let near_allowed = exact || !self.index.name_word_ids.contains_key(key);
            near_allowed
                && rest.iter().chain(alt).any(|w| {
                    let allowed = allowed_edits(w.chars().count(), true);
                    key.chars().next() == w.chars().next() && osa_distance_within(key, w, allowed).is_some()
                })
        };
        for k in sides.into_iter().flatten() {
            if close(k) {
                let (a, b) = (k.min(i), k.max(last));
                return Neighbour::RestOfName(self.span(a, b + 1));
            }
        }
        if prev.is_none() && next.is_none() {
            return Neighbour::None;
        }
        Neighbour::OtherPerson
    }

    /// For a word that is also an ordinary word at the start of a sentence: does what
    /// follows read as a person ("Will signed", "Pat, 43", "Ray:") rather than the word
    /// ("Will you", "Pat yourself", "Mark your calendars")? Months never do.
    /// True if word `i`, starting a sentence or a line where its capital says nothing,
    /// is a virtue the text defines elsewhere ("Patience (a short essay) … Patience is
    /// the most underrated clinical skill"): the word there too, unless plainly a
    /// person's ("Patience, 34"); mid-sentence it is a name ("… when Hope sat for
    /// eleven minutes").
    fn virtue_defined_elsewhere(&self, i: usize, len: usize) -> bool {
        let key = self.key(i);
        len == 1
            && self.flags(i) & (SENTENCE_START | LINE_START) != 0
            && is_virtue_name(key)
            && !(i >= 1 && is_patient_word(self.key(i - 1)))
            && !self.age_after(i + 1)
            && !self.in_name_field(i)
            && !self.appointment(i, len)
            && (0..self.words.len()).any(|k| k != i && self.key(k) == key && self.word_by_its_company(k, 1))
    }

    /// True if two other seasons than word `i`'s head lines of the text, capitalised and
    /// followed by a colon: a programme by season ("Spring: a drop-in … Summer:
    /// painting in the park … Autumn: a choir"), not "Summer: cancelled … Spring term".
    fn seasons_head_lines(&self, i: usize) -> bool {
        let list = self.words.list();
        let mut others = (0..list.len()).filter(|&k| {
            k != i
                && list[k].flags & (LINE_START | CAP) == LINE_START | CAP
                && is_season(self.key(k))
                && self.key(k) != self.key(i)
                && self.text[list[k].end as usize..].starts_with(':')
        });
        others.next().zip(others.next()).is_some()
    }

    pub(super) fn used_as_name(&self, i: usize, len: usize) -> bool {
        let end = self.words.list()[i + len - 1].end as usize;
        let next_char = self.text[end..].chars().find(|c| *c != ' ');
        let j = i + len;
        if self.age_after(j) || self.appointment(i, len) {
            return true;
        }
        // "Patient: Sunny", "Client name: Joy": a record's field for the client's name.
        if self.in_name_field(i) {
            return true;
        }
        // "Spring: … / Summer: … / Autumn: …": a season among the seasons heading lines.
        if is_season(self.key(i)) && self.seasons_head_lines(i) {
            return false;
        }
        // "Joy turns 70 on Friday": an age ("Joy turns to grief" is the word).
        if j + 1 < self.words.len()
            && matches!(self.key(j), "turns" | "turned" | "turning")
            && self.flags(j + 1) & DIGITS != 0
        {
            return true;
        }
        // "Rusty sent me one", "Gabby texted us": sending to someone ("Bill sent to Aviva"
        // is the bill).
        if j + 1 < self.words.len()
            && matches!(self.key(j), "sent" | "sends" | "texted" | "emailed")
            && matches!(self.key(j + 1), "me" | "us" | "him" | "her" | "them" | "you")
        {
            return true;
        }
        // "Faith, trust and pixie dust", "Patience, friends:", "Rose, thorn, bud:" are
        // words; "Hope, however, cancelled", "Summer, my 10am, cancelled", "Jack, a
        // retired welder", "Ant, Roy" are people.
        if next_char == Some(',') {
            let n = self.words.len();
            // The words after the comma up to the next punctuation, three at most.
            let list = self.words.list();
            let phrase = (j..(j + 3).min(n)).take_while(|&k| {
                self.flags(k) & SENTENCE_START == 0
                    && (k == j || !self.text[list[k - 1].end as usize..list[k].start as usize].contains([',', ';']))
            });
            let reach = phrase.clone().last().map_or(end, |k| list[k].end as usize);
            // ("Grace, humor, and a shared calendar": a list goes on past the comma.)
            let listing = phrase.clone().any(|k| matches!(self.key(k), "and" | "or"))
                || self.text[reach..].starts_with(", and ")
                || self.text[reach..].starts_with(", or ");
            let ends_in_call = self.text[end..reach].contains([':', '!']) || self.text[reach..].starts_with([':', '!']);
            return !(j < n && self.flags(j) & (CAP | UPPER | DIGITS) == 0 && (listing || ends_in_call));
        }
        if matches!(
            next_char,
            None | Some(
                ':' | ';'
                    | '.'
                    | '!'
                    | '?'
                    | '\u{2014}'
                    | '\u{2013}'
                    | '-'
                    | '\''
                    | '\u{2019}'
                    | '('
                    | '\n'
                    | '\u{2192}'
                    | '>'
            )
        ) {
            return true;
        }
        if month_number(self.key(i)).is_some() {
            return false;
        }
        // "Summer is nearly here" speaks of the season; "Summer is struggling", of her.
        if is_season(self.key(i))
            && j + 1 < self.words.len()
            && matches!(self.key(j), "is" | "was" | "s")
            && matches!(self.key(j + 1), "here" | "nearly" | "almost" | "coming" | "over" | "upon" | "gone" | "finally")
        {
            return false;
        }
        let past_tense = |k: usize| {
            let word = self.key(k);
            // ("Grace Attended" in a register's capitals, but not "Jared".)
            word.len() > 4
                && word.ends_with("ed")
                && (self.flags(k) & CAP == 0
                    || (lexicon().is_ordinary_word(word) && !lexicon().is_known_given_name(word)))
        };
        // A hyphenated verb is read by its last part: "Will no-showed", "Hope self-referred".
        let hyphenated = |k: usize| {
            k + 1 < self.words.len()
                && self.text[self.words.list()[k].end as usize..self.words.list()[k + 1].start as usize] == *"-"
        };
        // "Will reports be ready?" is a question about reports; "Will will be late" is
        // him.
        // ("Hope used to feel out of reach", "Crystal used to be his drug": the word.)
        let used_to = j + 1 < self.words.len() && self.key(j) == "used" && self.key(j + 1) == "to";
        let passive = j + 1 < self.words.len()
            && self.key(j + 1) == "be"
            && !matches!(self.key(j), "will" | "may" | "can" | "could" | "would" | "should" | "might" | "won");
        // "Grace and her mum", "Will and I" are people; "Sage and onion stuffing",
        // "Patience and a good kettle" are words.
        let and_a_thing = j + 1 < self.words.len()
            && self.key(j) == "and"
            && self.flags(j + 1) & (CAP | UPPER) == 0
            && !matches!(
                self.key(j + 1),
                "he" | "she" | "they" | "his" | "her" | "their" | "i" | "me" | "we" | "my" | "our" | "the"
            )
            // ("Grace and husband attended", "Hope and mum".)
            && !is_writers_person_word(self.key(j + 1));
        j < self.words.len()
            && !and_a_thing
            && ((is_name_following_verb(self.key(j)) && !passive && !used_to)
                || past_tense(j)
                || (hyphenated(j) && past_tense(j + 1)))
    }

    /// Records a misspelt full name of `client` at bytes `span`.
    pub(super) fn push_misspelt_full_name(&mut self, client: u32, span: (usize, usize)) {
        let weight = self.misspelt_full_name_weight(span);
        self.push(client, Facet::Name, span, EvidenceKind::MisspelledName, weight);
    }

    /// The weight of a misspelt full name at bytes `start..end`: none where a full name
    /// would be somebody famous's, before their book or album or among words of public
    /// life with nothing clinical near ("Jenifer Lewis's memoir"), or the writer's own
    /// person ("my old supervisor Kathy Mills").
    pub(super) fn misspelt_full_name_weight(&self, (start, end): (usize, usize)) -> f32 {
        let list = self.words.list();
        let first = list.partition_point(|w| (w.start as usize) < start);
        let after = list.partition_point(|w| (w.end as usize) <= end);
        let famous =
            self.possessive_work(after) || (self.public_life_sentence(first) && !self.clinical_sentence(first));
        let writers = self.writers_person(first) || self.writers_person_after(after);
        if famous || writers {
            0.0
        } else {
            1.0
        }
    }

    /// "Frank (21)": of several clients who share a name, the one of the age the text
    /// gives is the one meant, and the others not. `weight` is the shared name's; the
    /// client alone of that age gets the name's whole weight.
    /// (`stated` holds the age once read: it is the same for every owner of the name.)
    pub(super) fn by_age(
        &self,
        weight: f32,
        (j, stated): (usize, &OnceCell<Option<u32>>),
        client: u32,
        role: Role,
        p: &Phrase,
    ) -> f32 {
        let whole = if matches!(role, Role::Given | Role::Preferred) { 1.0 } else { QUASI };
        if weight <= 0.0 || weight >= whole {
            return weight;
        }
        let Some(age) = *stated.get_or_init(|| self.stated_age(j)) else {
            return weight;
        };
        let of_age = |c: u32| self.index.clients[c as usize].age == Some(age);
        let mut holders = p.owners.iter().filter(|&&(c, r)| r.is_own_name() && of_age(c)).map(|&(c, _)| c);
        let Some(first) = holders.next() else {
            return weight;
        };
        let sole = holders.all(|c| c == first);
        if sole && first == client {
            whole
        } else if sole && self.index.clients[client as usize].age.is_some() {
            // Another is that age and this one is not; one whose age is not known, or
            // several of that age, still share the name.
            0.0
        } else {
            weight
        }
    }

    /// The age given after the name that ends before word `j`, if any.
    pub(super) fn stated_age(&self, j: usize) -> Option<u32> {
        if !self.age_after(j) {
            return None;
        }
        let k = if matches!(self.key(j), "age" | "aged") { j + 1 } else { j };
        // ("Frank, 21 Oak Street" is an address.)
        let list = self.words.list();
        let number_of_something = k + 1 < list.len()
            && list[k + 1].flags & CAP != 0
            && self.text[list[k].end as usize..list[k + 1].start as usize] == *" ";
        if number_of_something {
            return None;
        }
        self.key(k).parse().ok()
    }

    /// True if an age follows the name that ends before word `j`: ", 26," or " (26)",
    /// "(age 69)", or a table's next cell ("Grace | 37 | warehouse associate").
    /// True if the name ending before word `next` names a place or an institution after
    /// someone or something, not the person: "Hope Street", "Rose Road", "Grace
    /// Assembly", "the Andrew Young School of Policy Studies".
    pub(super) fn names_a_place_or_institution(&self, next: usize) -> bool {
        next < self.words.len()
            && self.flags(next) & CAP != 0
            && self.text[self.words.list()[next - 1].end as usize..self.words.list()[next].start as usize] == *" "
            && (is_street_word(canonical_word(self.key(next)))
                || (is_institution_word(self.key(next))
                    // (Not a heading in title case: "Subject: Maya School Refusal Plan".)
                    && !(next + 1 < self.words.len()
                        && self.flags(next + 1) & CAP != 0
                        && self.flags(next + 1) & SENTENCE_START == 0)))
            // ("Nathan Court Report" is a report to a court.)
            && canonical_word(self.key(next)) != "court"
    }

    /// True if the words after a famous name, word `j` on, in its sentence or in an
    /// aside in brackets right after it, say the person is not the famous one: "(the
    /// client, not the actress)", "our Will Smith. not that one", "no relation",
    /// "MICHAEL JORDAN (yes, really)" (not "…, not the real story" or a later sentence's
    /// "Not that one though").
    pub(super) fn disowns_fame(&self, j: usize) -> bool {
        let list = self.words.list();
        let Some(last) = j.checked_sub(1) else { return false };
        let after = &self.text[list[last].end as usize..];
        let aside_end = after
            .strip_prefix(" (")
            .or_else(|| after.strip_prefix('('))
            .and_then(|rest| rest.find(')').map(|k| list[last].end as usize + (after.len() - rest.len()) + k));
        // Inside brackets the name stands in ("(our Will Smith. not that one.)") counts too.
        let inside = self.text[..list[last].end as usize]
            .rfind('(')
            .is_some_and(|open| !self.text[open..list[last].end as usize].contains(')'));
        let inside_end = inside.then(|| after.find(')').map(|k| list[last].end as usize + k)).flatten();
        let end = aside_end.or(inside_end);
        let key = |k: usize| if k < list.len() { self.key(k) } else { "" };
        (j..(j + 16).min(list.len()))
            .take_while(|&k| match end {
                Some(end) => (list[k].end as usize) <= end,
                None => list[k].flags & SENTENCE_START == 0,
            })
            .any(|k| {
                (k < j + 3 && matches!(key(k), "client" | "patient") && matches!(key(k - 1), "the" | "our" | "my"))
                    || (k < j + 3 && (key(k), key(k + 1)) == ("no", "relation"))
                    || ((key(k), key(k + 1)) == ("yes", "really") && k == j && aside_end.is_some())
                    || (key(k) == "not"
                        && (matches!((key(k + 1), key(k + 2)), ("that", "one") | ("the", "one"))
                            || (matches!(key(k + 1), "the" | "that")
                                && (is_famous_kind(key(k + 2)) || is_famous_kind(key(k + 3))))))
            })
    }

    pub(super) fn age_after(&self, j: usize) -> bool {
        let list = self.words.list();
        // "(age 69)", ", aged 69".
        let j = if j + 1 < list.len() && matches!(self.key(j), "age" | "aged") { j + 1 } else { j };
        j < list.len()
            && list[j].flags & DIGITS != 0
            && self.key(j).len() <= 2
            && matches!(
                &self.text[list[j - 1].end as usize..list[j].start as usize],
                ", " | " (" | "," | " | " | "|" | " "
            )
            && (self.text[list[j - 1].end as usize..list[j].start as usize] != *" "
                || matches!(self.key(j - 1), "age" | "aged"))
    }

    /// True if the words from `j` make the name before them the author of a published
    /// work: "'s new book", "'s latest album", "' old show".
    pub(super) fn possessive_work(&self, j: usize) -> bool {
        let list = self.words.list();
        let name_end = list[j - 1].end as usize;
        let rest = &self.text[name_end..];
        if !rest.starts_with(['\'', '\u{2019}']) {
            return false;
        }
        // "Johnson's" splits as "johnson", "s"; "Collins'" has no "s".
        let mut k = j;
        if k < list.len()
            && self.key(k) == "s"
            && matches!(&self.text[name_end..list[k].start as usize], "'" | "\u{2019}")
        {
            k += 1;
        }
        // "Taylor Swift's \"Anti-Hero\"", "Christopher Moore's 'Lamb'": a quoted title
        // after the possessive (a capital after the quote: "Nathan Robinson's \"safe
        // place\"" is his).
        if k < list.len()
            && self.text[list[k - 1].end as usize..list[k].start as usize]
                .trim_start()
                .starts_with(['"', '\u{201c}', '\'', '\u{2018}'])
            && list[k].flags & CAP != 0
        {
            return true;
        }
        let adjective = k < list.len() && is_work_adjective(self.key(k));
        k += usize::from(adjective);
        k < list.len() && (is_published_work(self.key(k)) || (adjective && is_work_with_adjective(self.key(k))))
    }
}

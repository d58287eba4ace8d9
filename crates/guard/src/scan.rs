//! One scan of one text: find every mention of the caseload, read each in its context,
//! and add up the evidence per client.
//!
//! The passes, in order (each claims the words it explains, so later passes see only
//! what is left):
//! 1. shapes: e-mail addresses, phone numbers, dates (looked up in the index);
//! 2. phrases: leftmost-longest over the words, so "Glendale Bowling Lanes" is an
//!    employer and not the city Glendale;
//! 3. initials, then misspellings of name words (capitalised words that are neither
//!    ordinary English nor anybody's known given name);
//! 4. distinctive facts, as bags of content words in a window, so paraphrases count,
//!    found through the pairs of nearby words the index posts them under; a fact's
//!    unique two-word proper name, capitalised and side by side, stands for it;
//! 5. joins: occupation with city, and initials with any other attribute.
//!
//! Weights: a direct identifier weighs 1.0; a quasi-identifier 0.5; each attribute of
//! a client counts once; a client is identified at 1.0. Context lowers or removes a
//! name's weight: an ordinary word at a sentence start ("Will you…"), a month used as a
//! time ("in June"), the writer's own people ("my niece Sarah"), an addressee
//! ("Hi Sarah,"), a public figure's name with no client in the sentence, a name shared
//! by several clients (unless written with the diacritics only some of them have).

use std::cell::RefCell;

use ahash::AHashMap;

use crate::findings::{ClientFinding, Evidence, EvidenceKind, Findings, Warning, WarningKind};
use crate::fuzzy::{each_deletion_hash, osa_distance};
use crate::index::{
    allowed_edits, as_written, fact_stem, fact_word_matches, pair_hash, stem_hash, stem_pair, word_hash, CaseloadIndex,
    Fact, NameHolders, Phrase, Role, FACT_SHARE, FUZZY_MIN_LEN,
};
use crate::lexicon::{
    canonical_word, is_calendar_abbreviation, is_calendar_event, is_calendar_word, is_clinical_cue, is_common_acronym,
    is_fact_stopword, is_fame_cue, is_greeting, is_kinship_title, is_named_day, is_patient_word,
    is_professional_letters, is_professional_title, is_public_life_cue, is_published_work, is_season, is_set_phrase,
    is_staff_role, is_street_word, is_temporal_word, is_title, is_weekday, is_work_adjective, is_work_with_adjective,
    is_writers_person_word, lexicon, month_number, relation, Relation,
};
use crate::recognize;
use crate::text::{Words, CAP, DIGITS, LINE_START, SENTENCE_START, UPPER};

/// Weight at which a client counts as identified.
const IDENTIFIES: f32 = 0.999;
/// Weight of one quasi-identifier: two of the same client identify them.
const QUASI: f32 = 0.5;
/// Words either side of a name searched for a relation word ("her daughter Emily").
const RELATION_REACH: usize = 3;
/// Words either side of a public figure's name searched for a sign it is a client.
const CLINICAL_REACH: usize = 8;
/// Longest run of words a paraphrased distinctive fact may spread over.
const FACT_WINDOW: usize = 16;

/// An attribute of a client: evidence for the same attribute counts once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Facet {
    Name,
    Phone,
    Email,
    Dob,
    Address,
    Employer,
    School,
    OccupationCity,
    Initials,
    Relative(u8),
    Fact(u8),
}

/// Where each city phrase was seen: phrase → byte spans.
type CitySpans = AHashMap<u32, Vec<(usize, usize)>>;

/// The capitalised words right before and right after a name, if any.
/// What stands right before and right after a name: capitalised name-like words, and
/// failing those capitalised everyday words that could be the rest of the name
/// misspelt.
#[derive(Clone, Copy)]
struct Neighbours {
    prev: Option<usize>,
    next: Option<usize>,
    everyday: [Option<usize>; 2],
}

#[derive(Debug, Clone, Copy)]
struct Raw {
    client: u32,
    facet: Facet,
    start: usize,
    end: usize,
    kind: EvidenceKind,
    weight: f32,
}

#[derive(Default)]
struct Scratch {
    words: Words,
    raw: Vec<Raw>,
    claimed: Vec<bool>,
    fact_marks: FactMarks,
    nearest: NearestNames,
}

/// Slots in [`NearestNames`]: a power of two.
const NEAREST_SLOTS: usize = 1024;

/// The nearest name words of capitalised unknown words, remembered across the scans of
/// one thread. They depend only on the word and the index, and the same words come back
/// text after text (a colleague's name, a place, a word in another language), so a
/// repeat costs one hash and one comparison instead of the deletion look-ups and the
/// distances. Direct-mapped: a word evicts whatever shared its slot. Each slot names the
/// index it was computed for, so one thread may scan against several caseloads.
#[derive(Default)]
struct NearestNames {
    slots: Vec<NearestSlot>,
}

#[derive(Default)]
struct NearestSlot {
    /// [`CaseloadIndex::instance`] of the index looked up; 0 for an empty slot.
    index: u64,
    key: String,
    /// The edit distance of `names`.
    distance: u32,
    /// The name words at the least distance within the edits allowed; none if no name
    /// word is near enough.
    names: Vec<u32>,
}

impl NearestNames {
    /// The name words nearest `key` and their distance, looked up in `index` unless
    /// this thread already did.
    fn get(&mut self, index: &CaseloadIndex, key: &str) -> (u32, &[u32]) {
        if self.slots.is_empty() {
            self.slots.resize_with(NEAREST_SLOTS, NearestSlot::default);
        }
        let slot = &mut self.slots[word_hash(key) as usize & (NEAREST_SLOTS - 1)];
        if slot.index != index.instance || slot.key != key {
            // Marked empty until filled, so a look-up that never finished (a panic the
            // thread survives) is not taken for an answer.
            slot.index = 0;
            slot.key.clear();
            slot.key.push_str(key);
            slot.distance = nearest_name_words(index, key, &mut slot.names);
            slot.index = index.instance;
        }
        (slot.distance, &slot.names)
    }
}

/// Fills `best` with the name words within their allowed edits of `key` that begin
/// with its letter, at the least distance found, and returns that distance.
fn nearest_name_words(index: &CaseloadIndex, key: &str, best: &mut Vec<u32>) -> u32 {
    best.clear();
    // Name words already measured: one shares many deletions with the word.
    let mut tried: Vec<u32> = Vec::new();
    let mut best_d = u32::MAX;
    let first = key.chars().next();
    each_deletion_hash(key, |h| {
        for &id in index.deletions.get(h) {
            let name = &*index.name_words[id as usize].key;
            if name.chars().next() != first || tried.contains(&id) {
                continue;
            }
            tried.push(id);
            // Measured against the shorter of the two: "Mit" is no "Misty".
            let allowed = allowed_edits(name.chars().count().min(key.chars().count()), false);
            let dist = osa_distance(key, name);
            if dist > allowed || dist > best_d {
                continue;
            }
            if dist < best_d {
                best.clear();
                best_d = dist;
            }
            best.push(id);
        }
    });
    best_d
}

/// Which posted words of each fact one scan has seen, cleared in O(1) by bumping an
/// epoch: per fact, the epoch it was last touched in, a bit per word seen, their
/// weight, and where the last was.
#[derive(Default)]
struct FactMarks {
    epoch: u32,
    marks: Vec<(u32, u32, f32, u32)>,
    buf: FactBuffers,
}

/// The fact pass's working lists, kept between scans for their capacity.
#[derive(Default)]
struct FactBuffers {
    /// (stem hash, word) of the text's content words whose stem is in a posted pair.
    content: Vec<(u64, usize)>,
    /// (stem hash, word) of every word a fact word could match (its stem is a fact
    /// word's), stopwords included.
    stems: Vec<(u64, usize)>,
    /// `stems` by hash: (hash, first, count), hash 0 for an empty slot.
    stem_slots: Vec<(u64, u32, u32)>,
    touched: Vec<u32>,
    /// A fact's two-word proper name met side by side: (fact, first word, second).
    named: Vec<(u32, usize, usize)>,
    candidates: Vec<(u32, usize)>,
    /// Per client: (epoch, 2 for each other detail of weight the text gives, 1 for
    /// each candidate fact); two or more make the client's facts count.
    client_marks: Vec<(u32, u32)>,
    found: Vec<(FactMatch, u32)>,
    /// Per entry of `found`: beaten by a better-explained overlapping match.
    beaten: Vec<bool>,
    hits: Vec<(usize, u8)>,
    /// Per fact word: (epoch, first, count) of its places in `word_positions`.
    word_cache: Vec<(u32, u32, u32)>,
    word_positions: Vec<usize>,
    /// Byte spans of the names of more than one word found before the facts pass.
    name_spans: Vec<(usize, usize)>,
}

impl FactMarks {
    fn start(&mut self, facts: usize, clients: usize) {
        if self.marks.len() < facts {
            self.marks.resize(facts, (0, 0, 0.0, 0));
        }
        if self.buf.client_marks.len() < clients {
            self.buf.client_marks.resize(clients, (0, 0));
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.marks.iter_mut().for_each(|m| m.0 = 0);
            self.buf.word_cache.iter_mut().for_each(|c| c.0 = 0);
            self.buf.client_marks.iter_mut().for_each(|c| c.0 = 0);
            self.epoch = 1;
        }
    }

    /// Records two words (index, weight) of fact `f` seen, the later at word `at`;
    /// true the first time `f` is touched in this scan.
    fn touch(&mut self, f: u32, words: [(u8, f32); 2], at: usize) -> bool {
        let m = &mut self.marks[f as usize];
        let first = m.0 != self.epoch;
        if first {
            *m = (self.epoch, 0, 0.0, 0);
        }
        for (wi, weight) in words {
            let bit = 1 << (wi % 32);
            if m.1 & bit == 0 {
                m.1 |= bit;
                m.2 += weight;
            }
        }
        m.3 = m.3.max(at as u32);
        first
    }

    /// (distinct posted words seen, their weight, position of the last).
    fn get(&self, f: u32) -> (u32, f32, usize) {
        let m = self.marks[f as usize];
        (m.1.count_ones(), m.2, m.3 as usize)
    }
}

/// True if the line before the one that starts at byte `start` ends a sentence or a
/// paragraph ("…married to Robert.\nHistory:"), not a line hard-wrapped mid-sentence.
fn ends_a_line(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let Some(line) = before.strip_suffix('\n') else {
        return true;
    };
    let line = line.trim_end_matches([' ', '\t', '\r']);
    line.is_empty() || line.ends_with(['.', '!', '?', ':', ';', '|', '\n'])
}

/// True if the word at byte `start` follows an apostrophe ("'18", "’61").
fn after_apostrophe(text: &str, start: usize) -> bool {
    let before = &text[..start];
    before.ends_with('\'') || before.ends_with('\u{2019}')
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl CaseloadIndex {
    /// Scans one text and reports the clients it could identify.
    pub fn scan(&self, text: &str) -> Findings {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => scan_with(self, text, &mut scratch),
            Err(_) => scan_with(self, text, &mut Scratch::default()),
        })
    }
}

fn scan_with(index: &CaseloadIndex, text: &str, scratch: &mut Scratch) -> Findings {
    let Scratch { words, raw, claimed, fact_marks, nearest } = scratch;
    words.split(text);
    claimed.clear();
    claimed.resize(words.len(), false);
    raw.clear();
    let mut scan = Scan {
        index,
        text,
        words,
        claimed,
        fact_marks,
        nearest,
        raw,
        warnings: Vec::new(),
        speaks_of_care: std::cell::OnceCell::new(),
        staff_rota: std::cell::OnceCell::new(),
        someone_else: std::cell::RefCell::new(Vec::new()),
        famous_namesakes: Vec::new(),
    };
    scan.shapes();
    let (occupations, cities) = scan.phrases();
    scan.same_person_throughout();
    let initials = scan.initials();
    scan.misspellings();
    scan.nearest_misspelt_full_names();
    // The occupation-and-city join reads no fact, and the facts pass needs to know who
    // else the text describes.
    scan.join_occupation_city(&occupations, &cities);
    scan.facts(&initials);
    scan.join_initials(&initials);
    scan.join_titled_initial();
    scan.join_famous_namesakes();
    scan.finish()
}

struct Scan<'a> {
    index: &'a CaseloadIndex,
    text: &'a str,
    words: &'a Words,
    claimed: &'a mut Vec<bool>,
    fact_marks: &'a mut FactMarks,
    nearest: &'a mut NearestNames,
    raw: &'a mut Vec<Raw>,
    warnings: Vec<Warning>,
    /// Whether the text speaks to someone of their own care, read once when needed.
    speaks_of_care: std::cell::OnceCell<bool>,
    /// Whether the text is a rota of the practice's staff, read once when needed.
    staff_rota: std::cell::OnceCell<bool>,
    /// Names the text gives someone other than a client ("my daughter Sophia") or a
    /// client in disguise ("I'll call him 'Chase'"), as (first word, words, the most
    /// any mention of the name may weigh): every other mention of them is that person
    /// too ("Sophia's mom", "'Chase' described the pub").
    someone_else: std::cell::RefCell<Vec<(usize, usize, f32)>>,
    /// Clients' full names read as somebody famous's, as (client, span): one of them is
    /// the client after all if the text gives another detail of theirs.
    /// Whether words of fame or a published work were near (then the famous one is
    /// meant even in a list of clients).
    famous_namesakes: Vec<(u32, (usize, usize), bool)>,
}

impl Scan<'_> {
    fn key(&self, i: usize) -> &str {
        self.words.key(i)
    }

    fn flags(&self, i: usize) -> u8 {
        self.words.list()[i].flags
    }

    fn span(&self, from: usize, to: usize) -> (usize, usize) {
        let list = self.words.list();
        (list[from].start as usize, list[to - 1].end as usize)
    }

    fn claim_bytes(&mut self, start: usize, end: usize) {
        let list = self.words.list();
        let first = list.partition_point(|w| (w.end as usize) <= start);
        for (k, w) in list.iter().enumerate().skip(first) {
            if w.start as usize >= end {
                break;
            }
            self.claimed[k] = true;
        }
    }

    fn push(&mut self, client: u32, facet: Facet, (start, end): (usize, usize), kind: EvidenceKind, weight: f32) {
        self.raw.push(Raw { client, facet, start, end, kind, weight });
    }

    // ---- pass 1: shapes ----

    #[inline(never)]
    fn shapes(&mut self) {
        for hit in recognize::emails(self.text) {
            self.claim_bytes(hit.start, hit.end);
            match self.index.emails.get(hit.value.as_str()) {
                Some(owners) => {
                    for &c in owners {
                        self.push(c, Facet::Email, (hit.start, hit.end), EvidenceKind::Email, 1.0);
                    }
                }
                None => {
                    self.warnings.push(Warning { start: hit.start, end: hit.end, kind: WarningKind::UnlinkedEmail })
                }
            }
        }
        // Spelled out ("jo at gmail dot com"), an address counts only if it is someone's:
        // prose has "at" and "dot" too.
        for hit in recognize::spelled_out_emails(self.text, self.words) {
            if let Some(owners) = self.index.emails.get(hit.value.as_str()) {
                self.claim_bytes(hit.start, hit.end);
                for &c in owners {
                    self.push(c, Facet::Email, (hit.start, hit.end), EvidenceKind::Email, 1.0);
                }
            }
        }
        for hit in recognize::phones(self.text, self.words) {
            if self.claimed[hit.words.0] {
                continue;
            }
            self.claim_bytes(hit.start, hit.end);
            match self.index.phones.get(&hit.value) {
                Some(owners) => {
                    for &c in owners {
                        self.push(c, Facet::Phone, (hit.start, hit.end), EvidenceKind::Phone, 1.0);
                    }
                }
                None => {
                    self.warnings.push(Warning { start: hit.start, end: hit.end, kind: WarningKind::UnlinkedPhone })
                }
            }
        }
        // Read aloud ("five oh seven…"), a number counts only if it is someone's.
        for hit in recognize::spoken_phones(self.text, self.words) {
            if let Some(owners) = self.index.phones.get(&hit.value) {
                self.claim_bytes(hit.start, hit.end);
                for &c in owners {
                    self.push(c, Facet::Phone, (hit.start, hit.end), EvidenceKind::Phone, 1.0);
                }
            }
        }
        for hit in recognize::dates(self.text, self.words) {
            if self.claimed[hit.words.0] {
                continue;
            }
            for key in &hit.value {
                for &c in self.index.dobs.get(key).map_or(&[][..], Vec::as_slice) {
                    self.push(c, Facet::Dob, (hit.start, hit.end), EvidenceKind::Dob, 1.0);
                }
            }
            // A date claims its words either way: "June 5, 2024" is never the client June.
            self.claim_bytes(hit.start, hit.end);
        }
    }

    // ---- pass 2: phrases ----

    /// Matches phrases leftmost-longest; returns the occupation phrases seen (phrase,
    /// span) and where each city phrase was, which only count together and are joined
    /// at the end.
    #[inline(never)]
    fn phrases(&mut self) -> (Vec<(u32, usize, usize)>, CitySpans) {
        let n = self.words.len();
        let mut occupations = Vec::new();
        let mut cities = AHashMap::new();
        // Each word's hash, as the index keys phrases by: computed once, used as a
        // phrase's first word, as its second, and alone.
        let hashes: Vec<u64> = (0..n).map(|i| word_hash(canonical_word(self.key(i)))).collect();
        let mut i = 0;
        'words: while i < n {
            if self.claimed[i] {
                i += 1;
                continue;
            }
            let first = canonical_word(self.key(i));
            // Phrases of two words or more, if the next word could continue one.
            if i + 1 < n && !self.claimed[i + 1] && self.flags(i + 1) & SENTENCE_START == 0 {
                for &id in self.index.phrase_start.get(pair_hash(hashes[i], hashes[i + 1])) {
                    let p = &self.index.phrases[id as usize];
                    let len = p.len();
                    if i + len > n || *p.first != *first {
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
                    if !p.full_name || i + 1 + len > n || *p.first != *first {
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
                if p.len() == 1 && *p.first == *first {
                    self.claimed[i] = true;
                    self.phrase_hit(i, 1, id, p, &mut occupations, &mut cities);
                    i += 1;
                    continue 'words;
                }
            }
            i += 1;
        }
        (occupations, cities)
    }

    #[inline(never)]
    fn phrase_hit(
        &mut self,
        i: usize,
        len: usize,
        id: u32,
        p: &Phrase,
        occupations: &mut Vec<(u32, usize, usize)>,
        cities: &mut CitySpans,
    ) {
        let span = self.span(i, i + len);
        let capitalised = self.flags(i) & (CAP | UPPER) != 0;
        let neighbours = self.name_neighbours(i, len);
        // Written with diacritics ("Aimée"), a name is the clients who spell it so, not
        // every "Aimee" it folds to.
        let spelled = self.spelled_so(span, p);
        let holders = spelled.as_ref().map_or(p.holders, |(_, holders)| *holders);
        // The weight of a lone name depends on the kind of name, not on whose it is.
        let mut lone: [Option<Option<f32>>; 4] = [None; 4];
        let mut relation_near = None;
        // "Brian W.": the family name's initial says whose given name it is.
        let initial = if capitalised { self.family_initial_after(i, len) } else { None };
        let family_initial = |client: u32| self.index.clients[client as usize].family.first()?.chars().next();
        // "R. Collins": the given name's initial says whose family name it is.
        let given_initial_before = if capitalised { self.given_initial_before(i) } else { None };
        let given_initial = |client: u32| self.index.clients[client as usize].given.first()?.chars().next();
        let sole_given_initial_holder = given_initial_before.is_some_and(|letter| {
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
        for &(client, role) in &p.owners {
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
                    let public_life = self.public_life_sentence(i);
                    // "the article where Taylor Swift talks about therapy": the press speaks
                    // of the famous, and of clients too ("wrote an article about his
                    // divorce"), so it tells only for a public figure's name.
                    // So does another public figure beside it ("Kevin Love and Michael
                    // Phelps did more for men's therapy than any campaign").
                    let press = p.public_figure
                        && (self.cue_near(i, is_fame_cue)
                            || self.shown_or_toured(i)
                            || self.beside_public_figure(i, len));
                    let cued = (p.public_figure && (public_life || press)) || self.possessive_work(i + len);
                    // ("Could you see David Burns while I'm away": booked to be seen.)
                    let clinical = self.clinical_sentence(i) || self.appointment(i, len);
                    let famous = (!self.age_after(i + len) || (public_life && !clinical))
                        && !self.at_a_time(i, len)
                        && (cued || (((p.public_figure && !p.famous_by_cue) || public_life) && !clinical));
                    // "My old supervisor Kathy Mills", "Derek Mills (my brother-in-law)".
                    let writers = self.writers_person(i) || self.writers_person_after(i + len);
                    let weight = if famous || writers || self.double_barrelled(i, len) { 0.0 } else { 1.0 };
                    if famous && !writers && role == Role::FullName {
                        self.famous_namesakes.push((client, span, cued));
                    }
                    self.push(client, Facet::Name, span, kind, weight);
                }
                Role::Given | Role::Preferred | Role::DatasetNickname | Role::Family => {
                    let kind = match role {
                        Role::Given => EvidenceKind::GivenName,
                        Role::Family => EvidenceKind::FamilyName,
                        _ => EvidenceKind::Nickname,
                    };
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
                    if let (Some(letter), Role::Family) = (given_initial_before, role) {
                        let weight = if given_initial(client) != Some(letter) {
                            0.0
                        } else if sole_given_initial_holder {
                            1.0
                        } else {
                            QUASI
                        };
                        let whole = (self.words.list()[i - 1].start as usize, span.1);
                        self.push(client, Facet::Name, whole, EvidenceKind::Initials, weight);
                        continue;
                    }
                    // A word in lower case that is also an ordinary word ("Robert will
                    // come") is no part of a misspelt full name.
                    let neighbour = if !capitalised && p.ordinary_word {
                        Neighbour::None
                    } else {
                        self.name_neighbour(neighbours, i, len, client, role, true)
                    };
                    let weight = match neighbour {
                        Neighbour::None => {
                            let slot = match role {
                                Role::Given => 0,
                                Role::Preferred => 1,
                                Role::DatasetNickname => 2,
                                _ => 3,
                            };
                            *lone[slot].get_or_insert_with(|| self.single_name_weight(i, len, role, p, &holders))
                        }
                        Neighbour::OtherPerson => Some(0.0),
                        Neighbour::RestOfName(whole) => {
                            self.push_misspelt_full_name(client, whole);
                            continue;
                        }
                    };
                    if let Some(weight) = weight {
                        let weight = self.by_age(weight, i + len, client, role, p);
                        self.push(client, Facet::Name, span, kind, weight);
                    }
                }
                Role::RelativeFull(r) => {
                    if capitalised {
                        self.push(client, Facet::Relative(r), span, EvidenceKind::Relative, QUASI);
                    }
                }
                Role::RelativeGiven(r) => {
                    let recorded = self.index.clients[client as usize].relatives.get(r as usize).and_then(|x| x.1);
                    let near = *relation_near.get_or_insert_with(|| self.relation_near(i, len));
                    let fits = match (near, recorded) {
                        (Some(seen), Some(rec)) => seen.compatible(rec),
                        (Some(_), None) => true,
                        (None, _) => false,
                    };
                    if capitalised && fits {
                        self.push(client, Facet::Relative(r), span, EvidenceKind::Relative, QUASI);
                    }
                }
                Role::Employer => self.push(client, Facet::Employer, span, EvidenceKind::Employer, QUASI),
                Role::School => self.push(client, Facet::School, span, EvidenceKind::School, QUASI),
                Role::Street => {
                    let end = self.address_end(client, i + len);
                    self.push(client, Facet::Address, (span.0, end), EvidenceKind::Address, 1.0);
                }
                Role::Occupation | Role::City => {}
            }
        }
        if p.occupation {
            occupations.push((id, span.0, span.1));
        }
        if p.city && capitalised && !self.names_something_else(i + len) {
            cities.entry(id).or_default().push(span);
        }
    }

    /// The one capital letter right after a given name at words `i..i + len`, as notes
    /// shorten a client's family name ("Brian W. (retail)", "Hope J. may call"): the
    /// family name's initial, folded. Not a middle initial ("Nathan R. Robinson"), and
    /// not "I".
    fn family_initial_after(&self, i: usize, len: usize) -> Option<char> {
        let list = self.words.list();
        let k = i + len;
        let w = *list.get(k)?;
        let key = self.key(k);
        let letter = key.chars().next().filter(|c| c.is_alphabetic() && key.len() == c.len_utf8())?;
        if w.flags & CAP == 0 || self.text[list[k - 1].end as usize..w.start as usize] != *" " {
            return None;
        }
        let after = &self.text[w.end as usize..];
        let ends = |s: &str| s.is_empty() || s.starts_with([',', ')', ':', ';', '\n', '|', ' ']);
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
    fn given_initial_before(&self, i: usize) -> Option<char> {
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

    /// Weight of a given, preferred, nickname or family name standing alone: `None`
    /// where it is no name at all (lower case), zero where the context says it is
    /// somebody else or a month: such a mention is still redacted should the client be
    /// identified by other evidence in the same text.
    fn single_name_weight(&self, i: usize, len: usize, role: Role, p: &Phrase, holders: &NameHolders) -> Option<f32> {
        let flags = self.flags(i);
        let after = |words: &[&str]| i > 0 && words.contains(&self.key(i - 1));
        // In lower case, a name that is also a word is the word ("i hope", "with
        // grace"); one that is no word is still the name ("tell yvonne sorry", "my
        // client nathan"), but for two-letter ones ("et al", "special ed").
        if flags & (CAP | UPPER) == 0
            && (p.ordinary_word || self.key(i).len() < 4 || is_common_acronym(self.key(i)) || !self.in_prose(i, len))
            && !self.introduced(i)
        {
            return None;
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
        if p.ordinary_word
            && (after(&["the", "a", "an"])
                || feast
                || set_phrase
                || self.compound_word(i, len)
                || self.in_title(i, len))
        {
            return Some(0.0);
        }
        // "clients in Clinton", "a Clinton mayoral candidate", "Clinton 67242": a
        // client's city that is also a name, used as the place.
        if p.city && self.names_the_place(i, len) {
            return Some(0.0);
        }
        // "Hope Street", "Rose Road": a place named after someone, not the person.
        let next = i + len;
        if next < self.words.len()
            && self.flags(next) & CAP != 0
            && self.text[self.words.list()[next - 1].end as usize..self.words.list()[next].start as usize] == *" "
            && is_street_word(canonical_word(self.key(next)))
            // ("Nathan Court Report" is a report to a court.)
            && canonical_word(self.key(next)) != "court"
        {
            return Some(0.0);
        }
        // "Grandma Rose", "Uncle Frank": the writer's own family.
        if i > 0
            && self.flags(i - 1) & CAP != 0
            && is_kinship_title(self.key(i - 1))
            && self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize] == *" "
        {
            self.someone_else.borrow_mut().push((i, len, 0.0));
            return Some(0.0);
        }
        if month_number(self.key(i)).is_some() && self.temporal(i, len) {
            return Some(0.0);
        }
        if self.someone_elses(i, len) {
            self.someone_else.borrow_mut().push((i, len, 0.0));
            return Some(0.0);
        }
        // A name the writer gives a client to hide theirs counts only beside another
        // detail of a client who has it: a real name slipped in as the "pseudonym"
        // still leaks with the rest of the vignette.
        if self.declared_pseudonym(i, len) {
            self.someone_else.borrow_mut().push((i, len, QUASI));
        }
        if self.double_barrelled(i, len) {
            return Some(0.0);
        }
        if self.staff_rota()
            && role != Role::Family
            && self.title_before(i).is_none()
            && self.rota_entry(i)
            && !self.clinical_sentence(i)
            && !self.appointment(i, len)
        {
            self.someone_else.borrow_mut().push((i, len, 0.0));
            return Some(0.0);
        }
        // "Ms. Moreno" uses the word as a family name, whoever has it as a given name.
        if role != Role::Family && self.title_before(i).is_some() {
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
            Role::Family => (QUASI, holders.family),
            // Somebody in the caseload goes by this name: it is theirs, not a guess's.
            Role::DatasetNickname if p.ordinary_word || holders.recorded > 0 => return None,
            Role::DatasetNickname => (QUASI, holders.nickname),
            _ => (1.0, holders.recorded),
        };
        if sharing > 1 {
            weight *= 0.5;
        }
        if p.ordinary_word && (flags & UPPER != 0 || (flags & SENTENCE_START != 0 && !self.used_as_name(i, len))) {
            weight = weight.min(0.3);
        }
        Some(weight)
    }

    /// For a name written with letters beyond ASCII ("Aimée", "Nicolás"): the clients
    /// whose own name is written exactly so, and how many hold it by kind, if any.
    fn spelled_so(&self, (start, end): (usize, usize), p: &Phrase) -> Option<(Vec<u32>, NameHolders)> {
        let written = &self.text[start..end];
        if written.is_ascii() {
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

    /// The capitalised name-like words right before and right after the words
    /// `i..i + len`, if any: where the rest of a name would be. Where there is none, a
    /// capitalised everyday word there can still be the rest of a client's name
    /// misspelt ("Crystal Harden" for Crystal Hardin): not in a street's name ("Henry
    /// Place", "Laurel Lane"), and not another client's exact name (that one is the rest
    /// of theirs).
    fn name_neighbours(&self, i: usize, len: usize) -> Neighbours {
        let list = self.words.list();
        let lx = lexicon();
        // An all-capitals word beside a name written otherwise is an acronym ("Mr
        // Kunysz DNA'd", "Omg Brittney"), not the rest of a name; but a professional's
        // letters make the name someone else's ("a Clinton GP", "Jane Doe LCSW").
        let shouted = list[i].flags & UPPER != 0;
        // "DOB May 29": an acronym in capitals has no rest of a name beside it.
        if shouted && len == 1 && is_common_acronym(self.key(i)) {
            return Neighbours { prev: None, next: None, everyday: [None, None] };
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
                        && (!lx.is_ordinary_word(key) || name_in_role(k))
                        && !is_title(key)
                        && !is_common_acronym(key)
                        && key.chars().all(char::is_alphabetic)))
        };
        let last = i + len - 1;
        let street = |k: usize| is_street_word(canonical_word(self.key(k)));
        let prev = (i >= 1 && self.text[list[i - 1].end as usize..list[i].start as usize] == *" " && name_like(i - 1))
            .then(|| i - 1);
        let next = (last + 1 < list.len()
            && list[last + 1].flags & SENTENCE_START == 0
            && self.text[list[last].end as usize..list[last + 1].start as usize] == *" "
            && name_like(last + 1))
        .then_some(last + 1);
        let everyday = |k: usize, later: usize| {
            let key = self.key(k);
            list[k].flags & CAP != 0
                && !(k < i && street(last))
                && list[later].flags & SENTENCE_START == 0
                && self.text[list[later - 1].end as usize..list[later].start as usize] == *" "
                && key.len() >= 3
                && key.chars().all(char::is_alphabetic)
                && !is_title(key)
                && !street(k)
                && !self.index.name_word_ids.contains_key(key)
        };
        let everyday = [
            (prev.is_none() && i >= 1 && everyday(i - 1, i)).then(|| i - 1),
            (next.is_none() && last + 1 < list.len() && everyday(last + 1, last + 1)).then_some(last + 1),
        ];
        Neighbours { prev, next, everyday }
    }

    /// What the name-like neighbours of a name at words `i..i + len` (`exact`ly the
    /// client's, or a misspelling) make of it for one client: the rest of the same
    /// client's name misspelt ("Nathen Robinson"), or someone else's name ("Michael
    /// Phelps", "Cindy Roberts" signing an e-mail).
    fn name_neighbour(
        &self,
        neighbours: Neighbours,
        i: usize,
        len: usize,
        client: u32,
        role: Role,
        exact: bool,
    ) -> Neighbour {
        let Neighbours { prev, next, everyday } = neighbours;
        let sides = [prev.or(everyday[0]), next.or(everyday[1])];
        if sides.iter().all(Option::is_none) {
            return Neighbour::None;
        }
        let last = i + len - 1;
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
            if rest.iter().chain(alt).any(|w| **w == *key) {
                return true;
            }
            let near_allowed = exact || !self.index.name_word_ids.contains_key(key);
            near_allowed
                && rest.iter().chain(alt).any(|w| {
                    let allowed = allowed_edits(w.chars().count(), true);
                    key.chars().next() == w.chars().next() && osa_distance(key, w) <= allowed
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
    fn used_as_name(&self, i: usize, len: usize) -> bool {
        let end = self.words.list()[i + len - 1].end as usize;
        let next_char = self.text[end..].chars().find(|c| *c != ' ');
        let j = i + len;
        if self.age_after(j) || self.appointment(i, len) {
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
            && ((is_name_following_verb(self.key(j)) && !passive)
                || past_tense(j)
                || (hyphenated(j) && past_tense(j + 1)))
    }

    /// True if the words from `j` make the name before them the author of a published
    /// work: "'s new book", "'s latest album", "' old show".
    /// Records a misspelt full name of `client` at bytes `span`.
    fn push_misspelt_full_name(&mut self, client: u32, span: (usize, usize)) {
        let weight = self.misspelt_full_name_weight(span);
        self.push(client, Facet::Name, span, EvidenceKind::MisspelledName, weight);
    }

    /// The weight of a misspelt full name at bytes `start..end`: none where a full name
    /// would be somebody famous's, before their book or album or among words of public
    /// life with nothing clinical near ("Jenifer Lewis's memoir"), or the writer's own
    /// person ("my old supervisor Kathy Mills").
    fn misspelt_full_name_weight(&self, (start, end): (usize, usize)) -> f32 {
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
    fn by_age(&self, weight: f32, j: usize, client: u32, role: Role, p: &Phrase) -> f32 {
        let whole = if matches!(role, Role::Given | Role::Preferred) { 1.0 } else { QUASI };
        if weight <= 0.0 || weight >= whole {
            return weight;
        }
        let Some(age) = self.stated_age(j) else {
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
    fn stated_age(&self, j: usize) -> Option<u32> {
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
    fn age_after(&self, j: usize) -> bool {
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

    fn possessive_work(&self, j: usize) -> bool {
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

    /// The name at words `i..i + len` is given someone other than a client: the
    /// writer's person, the addressee or signer, a relative of someone named.
    fn someone_elses(&self, i: usize, len: usize) -> bool {
        self.writers_person(i)
            || self.writers_person_after(i + len)
            || self.staff_role_after(i + len)
            || self.addressee_or_signer(i, len)
            || self.relative_of_someone(i, len)
    }

    /// True if the text is a rota of the practice's own staff ("On-call rota — March |
    /// 1–7 Grace | 8–14 Mark"): a given name in it, with no title and nothing clinical
    /// near, is a colleague's.
    /// True if word `i` reads as an entry of the rota: in the sentence that names the
    /// rota, or on a short line of its own ("1–7 Grace", "Mon: Will"), not in a sentence
    /// elsewhere in the text ("Also, could someone call Nathan back?").
    fn rota_entry(&self, i: usize) -> bool {
        let start = self.words.list()[i].start as usize;
        let line_start = self.text[..start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = self.text[start..].find('\n').map_or(self.text.len(), |k| start + k);
        let short =
            self.text[line_start..line_end].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
                <= 6;
        let list = self.words.list();
        let first = (0..=i).rev().find(|&k| list[k].flags & SENTENCE_START != 0).unwrap_or(0);
        let sentence = (first..list.len()).take_while(|&k| k <= i || list[k].flags & SENTENCE_START == 0);
        short || sentence.into_iter().any(|k| matches!(self.key(k), "rota" | "rotas"))
    }

    /// True if the name at words `i..i + len` is booked to be seen: "please see Teresa
    /// at 10am", "Damon at 3pm", "Jack 4pm", "seeing Jing": a client on a list of
    /// appointments, not a colleague on a rota.
    fn appointment(&self, i: usize, len: usize) -> bool {
        // (Not "did you see Kevin Love's piece".)
        let end = self.words.list()[i + len - 1].end as usize;
        let seen = i >= 1
            && self.flags(i) & SENTENCE_START == 0
            && matches!(self.key(i - 1), "see" | "seeing" | "saw" | "seen" | "book" | "booked")
            && !self.text[end..].starts_with(['\'', '\u{2019}']);
        seen || self.at_a_time(i, len)
    }

    /// True if a time follows the name at words `i..i + len`: "Damon at 3pm", "Jack 4pm",
    /// "Kevin Love 11am", "Teresa 10:30".
    fn at_a_time(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let j = i + len;
        let time = |k: usize| self.key(k).starts_with(|c: char| c.is_ascii_digit());
        // "4pm", "4 pm", "10:30".
        let clock = |k: usize| {
            let key = self.key(k);
            let digits = key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            (1..=2).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (matches!(&key[digits.len()..], "am" | "pm")
                    || (digits.len() == key.len()
                        && (k + 1 < list.len() && matches!(self.key(k + 1), "am" | "pm")
                            || self.text[list[k].end as usize..].starts_with(':'))))
        };
        // "Robert Smith (Monday 4pm)": a day or a time in brackets after it.
        let bracketed = j < list.len()
            && matches!(self.text[list[j - 1].end as usize..list[j].start as usize].trim(), "(")
            && (j..(j + 3).min(list.len())).any(|k| clock(k) || is_weekday(self.key(k)));
        j + 1 < list.len() && self.key(j) == "at" && time(j + 1)
            || j < list.len() && list[j].flags & DIGITS != 0 && self.text[list[j].end as usize..].starts_with(':')
            || j < list.len() && self.text[list[j - 1].end as usize..list[j].start as usize] == *" " && clock(j)
            || bracketed
    }

    fn staff_rota(&self) -> bool {
        *self.staff_rota.get_or_init(|| {
            // (A search of the bytes first: most texts have no "ota" at all.)
            (self.text.contains("ota") || self.text.contains("OTA"))
                && (0..self.words.len()).any(|k| matches!(self.key(k), "rota" | "rotas"))
        })
    }

    /// True if the words from `j` give the name before them a role in the practice:
    /// "Stacy (reception)", "Chase (locum)", "Rich from IT".
    fn staff_role_after(&self, j: usize) -> bool {
        let list = self.words.list();
        if j >= list.len() {
            return false;
        }
        let gap = &self.text[list[j - 1].end as usize..list[j].start as usize];
        let role = |k: usize| k < list.len() && is_staff_role(self.key(k));
        // "Pat in billing", but not "Grace in it" or "Grace in reception" (clients wait
        // there).
        let role_after_preposition = j + 1 < list.len()
            && matches!(self.key(j), "from" | "in")
            && role(j + 1)
            && (self.key(j) == "from"
                || matches!(self.key(j + 1), "billing" | "admin")
                || (self.key(j + 1) == "it" && list[j + 1].flags & UPPER != 0));
        (gap.trim_end() == " (" || gap == "(") && role(j) || (gap == " " && role_after_preposition)
    }

    /// Once the text has said whose a name is ("my daughter Sophia"), its other
    /// mentions are the same person ("— Leonie (Sophia's mom)"): they weigh nothing.
    fn same_person_throughout(&mut self) {
        let someone_else = self.someone_else.take();
        if someone_else.is_empty() {
            return;
        }
        let list = self.words.list();
        let same_words = |a: usize, b: usize, len: usize| (0..len).all(|k| self.key(a + k) == self.key(b + k));
        let mut capped = Vec::new();
        for (r, raw) in self.raw.iter().enumerate() {
            let lone = matches!(raw.kind, EvidenceKind::GivenName | EvidenceKind::Nickname | EvidenceKind::FamilyName);
            if raw.facet != Facet::Name || !lone || raw.weight == 0.0 {
                continue;
            }
            let first = list.partition_point(|w| (w.start as usize) < raw.start);
            let len = list[first..].iter().take_while(|w| (w.end as usize) <= raw.end).count();
            let cap = someone_else
                .iter()
                .filter(|&&(i, n, _)| n == len && same_words(i, first, len))
                .map(|&(_, _, cap)| cap)
                .reduce(f32::min);
            if let Some(cap) = cap {
                capped.push((r, cap));
            }
        }
        for (r, cap) in capped {
            self.raw[r].weight = self.raw[r].weight.min(cap);
        }
    }

    /// "I'll call him 'Chase'", "Client 7 (pseudonym 'Sam')", "'Ana' (not her real
    /// name)", "referred to here as Tom": a name the writer gives a client in place of
    /// theirs. Not when the writer says it is the name ("I'll call him Eugene, because
    /// that is his name").
    fn declared_pseudonym(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let key = |k: usize| self.key(k);
        // Only spaces and quotes between the word before and the name.
        let quoted_gap = |k: usize| {
            self.text[list[k].end as usize..list[k + 1].start as usize]
                .chars()
                .all(|c| matches!(c, ' ' | '\'' | '"' | '\u{2018}' | '\u{201c}'))
        };
        let named_so = i >= 2
            && quoted_gap(i - 1)
            && ((matches!(key(i - 1), "him" | "her" | "them") && matches!(key(i - 2), "call" | "calling" | "dub"))
                || (key(i - 1) == "as"
                    && (key(i - 2) == "here" && i >= 3 && key(i - 3) == "known"
                        || (i.saturating_sub(4)..i - 1)
                            .any(|k| matches!(key(k), "refer" | "referred" | "referring")))));
        let labelled = i >= 1 && quoted_gap(i - 1) && matches!(key(i - 1), "pseudonym" | "alias");
        let j = i + len;
        let noted_after = j < list.len()
            && self.text[list[j - 1].end as usize..list[j].start as usize].contains(['(', ','])
            && (key(j) == "pseudonym"
                || (key(j) == "a" && j + 1 < list.len() && key(j + 1) == "pseudonym")
                || (matches!(key(j), "name" | "names") && j + 1 < list.len() && key(j + 1) == "changed")
                || (key(j) == "not" && self.real_name_within(j + 1, 4)));
        if !(named_so || labelled || noted_after) {
            return false;
        }
        // "…because that is, in fact, his name": the writer says it is no disguise.
        let sentence = self.sentence_of(i);
        let says_its_name = (j..sentence.end).any(|k| {
            key(k) == "name"
                && k >= 1
                && matches!(key(k - 1), "his" | "her" | "their" | "real" | "actual")
                && !(k.saturating_sub(4)..k).any(|m| m >= j && key(m) == "not")
        });
        named_so && !says_its_name || labelled || noted_after
    }

    /// True if "real name" or "actual name" is among the `n` words from word `from`.
    fn real_name_within(&self, from: usize, n: usize) -> bool {
        let end = (from + n).min(self.words.len().saturating_sub(1));
        (from..end).any(|k| matches!(self.key(k), "real" | "actual") && self.key(k + 1) == "name")
    }

    /// "my niece Sarah", "our neighbour Tom", "a barista named Sarah": the writer's
    /// own people, or people the writer met, not clients.
    fn writers_person(&self, i: usize) -> bool {
        // "my Rose is off school", "our Jack got into the under-12s": a name owned so is
        // the writer's own (a client is "my client Rose" or "my 10am, Rose").
        if i >= 1
            && matches!(self.key(i - 1), "my" | "our")
            && self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize] == *" "
        {
            return true;
        }
        // "a (lovely) barista named Sarah", but not "his doctor called Sarah".
        let article = |k: usize| matches!(self.key(k), "a" | "an" | "my" | "our");
        if i >= 3
            && matches!(self.key(i - 1), "named" | "called")
            && is_writers_person_word(self.key(i - 2))
            && (article(i - 3) || (i >= 4 && article(i - 4)))
        {
            return true;
        }
        // "my niece Sarah", "my niece, Sarah", "my mother-in-law, Julie".
        let in_law = i >= 4 && self.key(i - 1) == "law" && self.key(i - 2) == "in";
        let word_at = if in_law { i - 3 } else { i.saturating_sub(1) };
        if i < 2 || !is_writers_person_word(self.key(word_at)) {
            return false;
        }
        let mine = |k: usize| matches!(self.key(k), "my" | "our");
        word_at >= 1 && (mine(word_at - 1) || (word_at >= 2 && mine(word_at - 2)))
    }

    /// True if the words from `j` say the name before them is the writer's own person:
    /// "Bradley (my son)", "William, my godson, lost a tooth", "Kim (our new intern)".
    fn writers_person_after(&self, j: usize) -> bool {
        let list = self.words.list();
        if j == 0 || j + 1 >= list.len() || !matches!(self.key(j), "my" | "our") {
            return false;
        }
        let gap = &self.text[list[j - 1].end as usize..list[j].start as usize];
        if !matches!(gap, " (" | "(" | ", " | " \u{2014} " | " - ") {
            return false;
        }
        // One word may stand between: "my little brother", "our new intern". The phrase
        // closes there ("Nathan, my son is sick" is a new clause; "Nathan (my colleague's
        // client)" is not the colleague).
        let closes = |k: usize| {
            let after = self.text[list[k].end as usize..].trim_start_matches(' ');
            after.starts_with([')', ','])
        };
        (j + 1..(j + 3).min(list.len())).any(|k| is_writers_person_word(self.key(k)) && closes(k))
    }

    /// "Hi Sarah," at the top of a message, a name alone on its line after a closing.
    fn addressee_or_signer(&self, i: usize, len: usize) -> bool {
        // "Hi Sarah", "Dear Dr Nash": the addressee, a colleague, unless the message
        // speaks to them of their own care ("your appointment"): then it is a client.
        let greeted = |k: usize| self.flags(k) & LINE_START != 0 && is_greeting(self.key(k));
        if (i >= 1 && greeted(i - 1)) || (i >= 2 && greeted(i - 2) && is_title(self.key(i - 1))) {
            return !self.speaks_of_their_care();
        }
        if self.flags(i) & LINE_START == 0 {
            return false;
        }
        let end = self.words.list()[i + len - 1].end as usize;
        let rest_of_line = self.text[end..].split('\n').next().unwrap_or("");
        rest_of_line.chars().all(|c| !c.is_alphanumeric())
    }

    /// Word `i` stands in prose, not inside an address, a handle or a path
    /// ("calendly.com/nathan-jones", "@nathan_jones", "pro-ana").
    fn in_prose(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let (start, end) = (list[i].start as usize, list[i + len - 1].end as usize);
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        let then = self.text[end..].chars().nth(1);
        let joined_before = matches!(before, Some('/' | '@' | '_' | '-' | '.' | '#' | '='));
        let joined_after = matches!(after, Some('/' | '@' | '_' | '-' | '='))
            || (after == Some('.') && then.is_some_and(char::is_alphanumeric));
        !joined_before && !joined_after
    }

    /// A capital letter alone, as a middle initial is written ("A." or "A").
    fn middle_initial(&self, k: usize) -> bool {
        let w = self.words.list()[k];
        w.end - w.start == 1
            && w.flags & CAP != 0
            && self.key(k) != "i"
            && self.flags(k - 1) & CAP != 0
            && k + 1 < self.words.len()
            && self.flags(k + 1) & CAP != 0
    }

    /// "your appointment", "your next session": the text is written to a client.
    /// True if a name that is also a word stands in a title written in capitals: before
    /// a capitalised ordinary word that is no name ("Frank Talk About Burnout", "Summer
    /// Edition"), or inside a quoted title of two words or more ("A Ray of Hope?").
    /// The word after must be no verb or clinical word ("Grace Attended", "Grace Intake
    /// Form") and the talk not clinical; a word before the name makes no title ("Client
    /// Bill cancelled").
    fn in_title(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let lx = lexicon();
        let last = i + len - 1;
        let titled_word = |k: usize| {
            let key = self.key(k);
            list[k].flags & (CAP | UPPER) == CAP
                && key.len() >= 3
                && key.chars().all(char::is_alphabetic)
                && lx.is_ordinary_word(key)
                && !lx.is_known_given_name(key)
                && !is_calendar_word(key)
                && !is_title(key)
                && !is_greeting(key)
                && !is_kinship_title(key)
                && !is_clinical_cue(key)
                && !is_name_following_verb(key)
                && !key.ends_with("ed")
                && self.index.name_word_ids.get(key).is_none()
        };
        let next = last + 1 < list.len()
            && list[last + 1].flags & SENTENCE_START == 0
            && matches!(&self.text[list[last].end as usize..list[last + 1].start as usize], " " | " & ")
            && titled_word(last + 1);
        (next && !self.clinical_sentence(i)) || self.in_quoted_title(list[i].start as usize, list[last].end as usize)
    }

    /// True if bytes `start..end` lie in a quoted title on one line: two words or more
    /// between double quotes, each of five letters or more capitalised ("A Fall from
    /// Grace"). A quoted message ("hi its Hope, can we move?") or a nickname ("Chuck")
    /// is no title.
    fn in_quoted_title(&self, start: usize, end: usize) -> bool {
        let is_quote = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
        // (Quotes may be several bytes long: the quoted text starts after the whole char.)
        let open = self.text[..start].char_indices().rev().find(|&(_, c)| is_quote(c)).map(|(k, c)| k + c.len_utf8());
        let close = self.text[end..].find(is_quote).map(|k| end + k);
        let (Some(open), Some(close)) = (open, close) else {
            return false;
        };
        let quoted = &self.text[open..close];
        let words: Vec<&str> = quoted.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        !quoted.contains('\n')
            && (2..=8).contains(&words.len())
            && words.iter().all(|w| w.chars().count() < 5 || w.starts_with(char::is_uppercase))
    }

    /// True if a name that is also a word is joined by a hyphen to a word in lower case
    /// that is no pronoun, or to a capitalised everyday word that is nobody's name: a
    /// compound ("Rose-tinted", "Jack-o'-lanterns", "Ray-Ban"; "Will-he says" is him,
    /// "Mary-Kate" a name).
    fn compound_word(&self, i: usize, len: usize) -> bool {
        let j = i + len;
        let end = self.words.list()[j - 1].end as usize;
        let lx = lexicon();
        let everyday_capital = |k: usize| {
            self.flags(k) & (CAP | UPPER) == CAP
                && lx.is_ordinary_word(self.key(k))
                && !lx.is_known_given_name(self.key(k))
                && !self.index.name_word_ids.contains_key(self.key(k))
        };
        // "Will-he says" is him: a pronoun after the hyphen is a dash.
        j < self.words.len()
            && self.words.list()[j].start as usize == end + 1
            && self.text[end..].starts_with('-')
            && (self.flags(j) & (CAP | UPPER) == 0 || everyday_capital(j))
            && !matches!(
                self.key(j),
                "he" | "she" | "they" | "his" | "her" | "hers" | "him" | "you" | "we" | "i" | "it" | "me" | "us"
            )
    }

    fn speaks_of_their_care(&self) -> bool {
        *self.speaks_of_care.get_or_init(|| {
            let n = self.words.len();
            let care = |w: &str| {
                matches!(
                    w,
                    "appointment"
                        | "appointments"
                        | "appt"
                        | "appts"
                        | "session"
                        | "sessions"
                        | "therapy"
                        | "counselling"
                        | "counseling"
                        | "treatment"
                        | "assessment"
                )
            };
            (0..n).any(|k| self.key(k) == "your" && (k + 1..(k + 4).min(n)).any(|j| care(self.key(j))))
        })
    }

    /// "her daughter Emily", "a sister named Emily", "Emily, his sister": a relative,
    /// not the client.
    fn relative_of_someone(&self, i: usize, len: usize) -> bool {
        // (One sentence: "Doug. His partner has no idea" is Doug and his partner.)
        let starts = |k: usize| self.flags(k) & SENTENCE_START != 0;
        if i >= 1 && !starts(i) && (relation(self.key(i - 1)).is_some() || self.partner_before(i)) {
            return true;
        }
        // The second of two: "sons Ralph and Cody", "sisters Amy, Jo".
        let list = self.words.list();
        let named_after_relation = |k: usize| k >= 1 && self.flags(k) & CAP != 0 && relation(self.key(k - 1)).is_some();
        if (i >= 2 && self.key(i - 1) == "and" && named_after_relation(i - 2))
            || (i >= 1
                && self.text[list[i - 1].end as usize..list[i].start as usize] == *", "
                && named_after_relation(i - 1))
        {
            return true;
        }
        if i >= 2 && matches!(self.key(i - 1), "named" | "called" | "to") && relation(self.key(i - 2)).is_some() {
            return true;
        }
        let j = i + len;
        j + 1 < self.words.len()
            && !starts(j)
            && matches!(self.key(j), "her" | "his" | "their")
            && relation(self.key(j + 1)).is_some()
    }

    /// "engaged to Jared", "married to Jared", "in a relationship with Jared", "dating
    /// Jared": the words before a name make them someone's partner (but "quiet,
    /// engaged" in a group is taking part).
    fn partner_before(&self, i: usize) -> bool {
        let before = |d: usize| if i >= d { self.key(i - d) } else { "" };
        matches!((before(2), before(1)), ("engaged" | "married", "to") | ("relationship", "with") | (_, "dating"))
    }

    /// The nearest relation word within reach of a name.
    fn relation_near(&self, i: usize, len: usize) -> Option<Relation> {
        let n = self.words.len();
        if self.partner_before(i) {
            return Some(Relation::Partner);
        }
        (1..=RELATION_REACH).find_map(|d| {
            let before = i.checked_sub(d).and_then(|k| relation(self.key(k)));
            before.or_else(|| (i + len - 1 + d < n).then(|| relation(self.key(i + len - 1 + d))).flatten())
        })
    }

    /// "in June", "June 5": a month, not a person.
    fn temporal(&self, i: usize, len: usize) -> bool {
        let number = |k: usize| {
            let key = self.key(k);
            let digits = key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            self.flags(k) & DIGITS != 0
                || (!digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && matches!(&key[digits.len()..], "st" | "nd" | "rd" | "th"))
        };
        // Another month beside it, or with "and" between: "May/June", "May and June".
        let month = |k: usize| month_number(self.key(k)).is_some();
        let n = self.words.len();
        let before = i >= 1 && (is_temporal_word(self.key(i - 1)) || number(i - 1) || month(i - 1));
        // ("June, 45, whose analysis…": an age no day of a month can be.)
        let age = self.stated_age(i + len).is_some_and(|v| v > 31);
        let after = i + len < n && ((number(i + len) && !age) || month(i + len));
        let and_before = i >= 2 && self.key(i - 1) == "and" && month(i - 2);
        // "It's June" (but "it was June, distraught" on the crisis line is her).
        let it_is = i >= 2 && matches!(self.key(i - 1), "s" | "is") && self.key(i - 2) == "it";
        let and_after = i + len + 1 < n && self.key(i + len) == "and" && month(i + len + 1);
        // "June's CPD day", "May's newsletter": a month's events, not her.
        let possessive = i + len + 1 < n
            && self.key(i + len) == "s"
            && matches!(
                &self.text[self.words.list()[i + len - 1].end as usize..self.words.list()[i + len].start as usize],
                "'" | "\u{2019}"
            )
            && is_calendar_event(self.key(i + len + 1));
        before || after || and_before || and_after || it_is || possessive
    }

    /// "Kim Bailey-Osei", "Mary-Kate": the word is part of a hyphenated name, not the
    /// client's own.
    fn double_barrelled(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let hyphen = |a: usize, b: usize| self.text[list[a].end as usize..list[b].start as usize] == *"-";
        // A capitalised name, or word that is no ordinary one: "Robinson-Intake form" is
        // a dash, "Nathan-Lee" a name.
        let lx = lexicon();
        let name_like = |k: usize| {
            let key = self.key(k);
            self.flags(k) & (CAP | UPPER) == CAP
                && (lx.is_known_given_name(key) || !lx.is_ordinary_word(key))
                && !is_common_acronym(key)
        };
        let last = i + len - 1;
        (i >= 1 && hyphen(i - 1, i) && name_like(i - 1))
            || (last + 1 < list.len() && hyphen(last, last + 1) && name_like(last + 1))
    }

    /// True if a word within reach of word `i` is a cue of the kind `cue` tells.
    fn cue_near(&self, i: usize, cue: fn(&str) -> bool) -> bool {
        // (Reach is counted after a two-word name too, within its sentence: "Bobby Lee
        // talking about getting sober on his podcast".)
        let (start, end) = (i.saturating_sub(CLINICAL_REACH), (i + CLINICAL_REACH + 2).min(self.words.len()));
        let within = |k: usize| k < i + CLINICAL_REACH || (i + 1..=k).all(|m| self.flags(m) & SENTENCE_START == 0);
        (start..end).any(|k| cue(self.key(k)) && !self.hashtag(k) && within(k))
    }

    /// True if word `k` is a hashtag ("#therapy"): a label for the feed, not talk.
    fn hashtag(&self, k: usize) -> bool {
        self.text[..self.words.list()[k].start as usize].ends_with('#')
    }

    /// True if the words around word `i`, or its sentence, speak of clients or sessions.
    fn clinical_sentence(&self, i: usize) -> bool {
        self.cue_near(i, is_clinical_cue)
            || self.sentence_of(i).any(|k| is_clinical_cue(self.key(k)) && !self.hashtag(k))
    }

    /// Another public figure's two-word name right before or after the name at words
    /// `i..i + len`, joined by "and", "&" or a comma.
    fn beside_public_figure(&self, i: usize, len: usize) -> bool {
        let (n, list, end) = (self.words.len(), self.words.list(), i + len);
        let comma_or_amp =
            |a: usize, b: usize| matches!(self.text[list[a].end as usize..list[b].start as usize].trim(), "," | "&");
        // (A figure's name that is also a client's is no sign: "Michael Scott and Robert
        // Smith both missed group".)
        let figure = |a: usize| {
            a + 1 < n
                && self.flags(a) & CAP != 0
                && lexicon().is_public_figure(&[self.key(a), self.key(a + 1)].join(" "))
                && !self.clients_full_name(self.key(a), self.key(a + 1))
        };
        // "Kevin Love and Michael Phelps", "Kevin Love, Michael Phelps".
        let after =
            end + 1 < n && ((self.key(end) == "and" && figure(end + 1)) || (comma_or_amp(end - 1, end) && figure(end)));
        // "Michael Phelps and Kevin Love", "Michael Phelps, Kevin Love".
        let before = i >= 2
            && ((i >= 3 && self.key(i - 1) == "and" && figure(i - 3)) || (comma_or_amp(i - 1, i) && figure(i - 2)));
        after || before
    }

    /// True if the name at word `i` is watched ("watching The Last Dance again. Michael
    /// Jordan's…") or on a named tour ("Taylor Swift's Eras Tour"), but not "he keeps
    /// watching the door" after it, or "his tour in Iraq".
    fn shown_or_toured(&self, i: usize) -> bool {
        let (start, end) = (i.saturating_sub(CLINICAL_REACH), (i + CLINICAL_REACH + 2).min(self.words.len()));
        (start..i).any(|k| matches!(self.key(k), "watching" | "watched" | "rewatching"))
            || (start..end).any(|k| self.key(k) == "tour" && self.flags(k) & CAP != 0)
    }

    /// True if some client's given (or preferred) and family names are these words.
    fn clients_full_name(&self, given: &str, family: &str) -> bool {
        let owners = |w: &str| self.index.name_word_ids.get(w).map(|&id| &self.index.name_words[id as usize].owners);
        let (Some(first), Some(last)) = (owners(given), owners(family)) else {
            return false;
        };
        first.iter().any(|&(c, r)| {
            matches!(r, Role::Given | Role::Preferred) && last.iter().any(|&(d, q)| d == c && q == Role::Family)
        })
    }

    /// The words of the sentence word `i` stands in.
    fn sentence_of(&self, i: usize) -> std::ops::Range<usize> {
        let starts = |k: usize| self.flags(k) & SENTENCE_START != 0;
        let first = (0..=i).rev().find(|&k| starts(k)).unwrap_or(0);
        let end = (i + 1..self.words.len()).find(|&k| starts(k)).unwrap_or(self.words.len());
        first..end
    }

    /// True if the words around the name at word `i` speak of books, screens, music or
    /// sport.
    fn public_life_sentence(&self, i: usize) -> bool {
        self.cue_near(i, is_public_life_cue)
    }

    /// Extends a street address over a following city and postcode of the same client.
    fn address_end(&self, client: u32, mut j: usize) -> usize {
        let info = &self.index.clients[client as usize];
        let list = self.words.list();
        let mut end = list[j - 1].end as usize;
        let n = self.words.len();
        if !info.city.is_empty()
            && j + info.city.len() <= n
            && (0..info.city.len()).all(|k| canonical_word(self.key(j + k)) == info.city[k])
        {
            j += info.city.len();
            end = list[j - 1].end as usize;
        }
        if j < n && info.postcode.as_deref() == Some(self.key(j)) {
            end = list[j].end as usize;
        }
        end
    }

    // ---- pass 3: initials and misspellings ----

    /// "N.R.", "N. R.", "NR", "ΜΔ": returns (initials key, byte span) for the join pass.
    #[inline(never)]
    fn initials(&mut self) -> Vec<([char; 2], (usize, usize))> {
        let list = self.words.list();
        let bytes = self.text.as_bytes();
        let n = list.len();
        let mut out = Vec::new();
        let one_cap = |k: usize| {
            let w = list[k];
            let mut cs = self.text[w.start as usize..w.end as usize].chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        };
        let initial = |k: usize| self.key(k).chars().next().unwrap_or(' ');
        for i in 0..n {
            let w = list[i];
            // Two capitals that spell a name ("JO", "AL") may still be initials.
            let two_capitals = w.has(UPPER) && w.end - w.start == 2;
            if self.claimed[i] && !two_capitals {
                continue;
            }
            if one_cap(i) && i + 1 < n && one_cap(i + 1) && !self.claimed[i + 1] {
                let gap = &self.text[w.end as usize..list[i + 1].start as usize];
                let third = i + 2 < n && one_cap(i + 2) && list[i + 2].start - list[i + 1].end <= 2;
                let before = i > 0 && one_cap(i - 1) && w.start - list[i - 1].end <= 2;
                if (gap == "." || gap == ". ") && !third && !before {
                    let mut end = list[i + 1].end as usize;
                    if bytes.get(end) == Some(&b'.') {
                        end += 1;
                    }
                    out.push(([initial(i), initial(i + 1)], (w.start as usize, end)));
                }
            } else if w.has(UPPER) && self.text[w.start as usize..w.end as usize].chars().count() == 2 {
                let k = self.key(i);
                let shouting = (i > 0 && list[i - 1].has(UPPER)) || (i + 1 < n && list[i + 1].has(UPPER));
                let mut cs = k.chars();
                let acronym = is_common_acronym(k) && !self.read_as_person(i);
                if let (Some(a), Some(b), false, false) = (cs.next(), cs.next(), acronym, shouting) {
                    out.push(([a, b], (w.start as usize, w.end as usize)));
                }
            }
        }
        out
    }

    #[inline(never)]
    /// Whether a word could be a misspelling of some caseload name at all: a word of
    /// letters, of a name's length, that is no dictionary word, no calendar abbreviation,
    /// no known name and no exact caseload name.
    fn could_be_misspelt_name(&self, key: &str, a_clients: bool) -> bool {
        let lx = lexicon();
        let chars = key.chars().count();
        (FUZZY_MIN_LEN..=self.index.longest_name + 2).contains(&chars)
            && key.chars().all(char::is_alphabetic)
            && !lx.is_ordinary_word(key)
            && !lx.is_rare_word(key)
            && !is_calendar_abbreviation(key)
            // "Msg", "Pls", "Mgr": no vowel, no name.
            && key.chars().any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
            // A real name of five letters or more ("Marco", "Robertson") is nobody's
            // misspelling; shorter ones are as often typos ("Hoa" for Hao). But the record
            // says the name is a client's ("pt Yvone"): then a name no client has is one
            // misspelt.
            && (a_clients || (!lx.is_known_given_name(key) && !lx.is_real_name(key)))
            && !self.index.name_word_ids.contains_key(key)
    }

    fn misspellings(&mut self) {
        let n = self.words.len();
        let mut hits: Vec<(usize, u32, Role, u32)> = Vec::new();
        // In lower case, a word is tried only in a text written all in lower case, beside
        // a name found there.
        let mut lower_case_text: Option<bool> = None;
        for i in 0..n {
            let w = self.words.list()[i];
            if self.claimed[i] || w.flags & UPPER != 0 {
                continue;
            }
            if w.flags & CAP == 0
                && !(self.lower_case_name_beside(i)
                    && (*lower_case_text.get_or_insert_with(|| self.lower_case()) || self.introduced(i)))
            {
                continue;
            }
            let key = self.words.key(i);
            let a_clients = i > 0 && is_patient_word(self.key(i - 1));
            if !self.could_be_misspelt_name(key, a_clients) {
                continue;
            }
            // The last words of a professional's titled name ("Dr Colm Ó Briain") and
            // authors cited ("(Safran and Muran)") are no one's misspelt names.
            if self.in_titled_name(i) || self.cited(i) {
                continue;
            }
            // The same word found elsewhere in a name is that name ("Esther Perel …
            // Perel's argument"), not a misspelling of another.
            if (0..n).any(|k| k != i && self.claimed[k] && self.words.key(k) == key) {
                continue;
            }
            // Beside the other half of a client's name, a near miss of theirs up to two
            // edits is their name misspelt, short as it may be ("Juuy Lin" for Joy Lin).
            if let Some((client, whole)) = self.misspelt_beside_own_name(i) {
                self.push_misspelt_full_name(client, whole);
                self.claimed[i] = true;
                continue;
            }
            let (distance, best) = self.nearest.get(self.index, key);
            for &id in best {
                for &(client, role) in &self.index.name_words[id as usize].owners {
                    hits.push((i, client, role, distance));
                }
            }
        }
        // Name evidence already found, by client, for the misspelt-full-name check.
        if hits.is_empty() {
            return;
        }
        let mut hit_clients: Vec<u32> = hits.iter().map(|h| h.1).collect();
        hit_clients.sort_unstable();
        hit_clients.dedup();
        let mut names: CitySpans = AHashMap::new();
        for r in self.raw.iter().filter(|r| r.facet == Facet::Name && hit_clients.binary_search(&r.client).is_ok()) {
            names.entry(r.client).or_default().push((r.start, r.end));
        }
        // `hits` is in text order: the hits on one word, and on its neighbours, are runs.
        let on_word = |j: usize| {
            let from = hits.partition_point(|h| h.0 < j);
            &hits[from..from + hits[from..].iter().take_while(|h| h.0 == j).count()]
        };
        let mut neighbours_at: Option<(usize, Neighbours)> = None;
        for &(i, client, role, _) in &hits {
            if self.someone_elses(i, 1) {
                continue;
            }
            let neighbours = match neighbours_at {
                Some((at, found)) if at == i => found,
                _ => self.name_neighbours(i, 1),
            };
            neighbours_at = Some((i, neighbours));
            match self.name_neighbour(neighbours, i, 1, client, role, false) {
                Neighbour::None => {}
                Neighbour::OtherPerson => {
                    self.push(client, Facet::Name, self.span(i, i + 1), EvidenceKind::MisspelledName, 0.0);
                    continue;
                }
                Neighbour::RestOfName(whole) => {
                    self.push_misspelt_full_name(client, whole);
                    continue;
                }
            }
            let span = self.span(i, i + 1);
            // Next to another part of the same client's name: a misspelt full name.
            let partner = names.get(&client).and_then(|spans| {
                spans.iter().copied().find(|&(start, end)| self.adjacent(end, span.0) || self.adjacent(span.1, start))
            });
            let fuzzy_partner = [i.wrapping_sub(1), i + 1]
                .into_iter()
                .any(|j| on_word(j).iter().any(|&(_, c, r, _)| c == client && r != role));
            if let Some((start, end)) = partner {
                let whole = (start.min(span.0), end.max(span.1));
                self.push_misspelt_full_name(client, whole);
                names.entry(client).or_default().push(whole);
                continue;
            }
            // A word in lower case is a misspelling only as part of a full name.
            if self.flags(i) & CAP == 0 {
                continue;
            }
            if fuzzy_partner {
                self.push_misspelt_full_name(client, span);
                continue;
            }
            // Shared as a family name or as a given one, as an exact name is: "Russlel"
            // is Russell Mack's given name whoever has Russell as a family name.
            let family = role == Role::Family;
            let clients_here = on_word(i).iter().filter(|h| (h.2 == Role::Family) == family).count();
            // After a title a word is a family name: a misspelt given name it is not, and
            // a near miss after "Dr" is more likely a colleague's own name.
            let title = self.title_before(i);
            // "Dr. Leonie Marsh": a name-like word after it makes the word after a title
            // a given name, and the name someone else's (the exact passes found any
            // client's own); "Mrs Robinsen Monday" is still the client.
            let before_surname = i + 1 < n
                && self.flags(i + 1) & (CAP | UPPER) == CAP
                && !is_calendar_word(self.key(i + 1))
                && self.key(i + 1) != "i"
                && self.text[self.words.list()[i].end as usize..self.words.list()[i + 1].start as usize] == *" ";
            if title.is_some() && before_surname {
                continue;
            }
            let mut weight = match (role, title) {
                (Role::Family, Some(t)) if !is_professional_title(t) || self.clinical_sentence(i) => 1.0,
                (Role::Family, _) => QUASI,
                (_, Some(_)) => continue,
                _ => 1.0,
            };
            if clients_here > 1 {
                // Written with a letter beyond ASCII ("Aindré"), a near miss is the one
                // client who spells their name with it (André, not Andre).
                match self.accent_shared(i, on_word(i), family) {
                    Some(sole) if sole == client => {}
                    Some(_) => weight = 0.0,
                    None => weight *= 0.5,
                }
            }
            self.push(client, Facet::Name, span, EvidenceKind::MisspelledName, weight);
        }
        for &(i, ..) in &hits {
            self.claimed[i] = true;
        }
    }

    /// A misspelt full name that fits several clients is the nearest's: "Chris Jnes" is
    /// Chris Jones, not Christopher Jones whose nickname Chris is, and "Matthew Brker"
    /// is Matthew Barker, not Matthew Booker. The others' mentions are doubted. Nearness
    /// is the edits from each word of the text to the nearest word of the client's own
    /// names; ties stand.
    fn nearest_misspelt_full_names(&mut self) {
        let list = self.words.list();
        let mut spans: Vec<(usize, usize)> = self
            .raw
            .iter()
            .filter(|r| r.kind == EvidenceKind::MisspelledName && r.weight > 0.0)
            .map(|r| (r.start, r.end))
            .collect();
        spans.sort_unstable();
        // Only spans more than one client holds.
        let shared: Vec<(usize, usize)> =
            spans.chunk_by(|a, b| a == b).filter(|run| run.len() > 1).map(|run| run[0]).collect();
        for (start, end) in shared {
            let words: Vec<usize> =
                (0..list.len()).filter(|&k| list[k].start as usize >= start && list[k].end as usize <= end).collect();
            if words.len() < 2 {
                continue;
            }
            let edits = |client: u32| -> u32 {
                let c = &self.index.clients[client as usize];
                words
                    .iter()
                    .map(|&k| {
                        let key = self.key(k);
                        c.given
                            .iter()
                            .chain(&c.preferred)
                            .chain(&c.family)
                            .map(|w| osa_distance(key, w))
                            .min()
                            .unwrap_or(u32::MAX / 4)
                    })
                    .sum()
            };
            let at =
                |r: &Raw| r.kind == EvidenceKind::MisspelledName && r.weight > 0.0 && (r.start, r.end) == (start, end);
            let ranked: Vec<(usize, u32)> =
                self.raw.iter().enumerate().filter(|(_, r)| at(r)).map(|(k, r)| (k, edits(r.client))).collect();
            let best = ranked.iter().map(|&(_, d)| d).min().unwrap_or(0);
            for (k, d) in ranked {
                if d > best {
                    self.raw[k].weight = 0.0;
                }
            }
        }
    }

    /// True if the words around the name at words `i..i + len` use it as a place: after
    /// "in", "from", "near" or an article, after "to" and a move, or before a postcode.
    fn names_the_place(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        // ("a voicemail from Clinton", "Clinton's place" are his.)
        let end = list[i + len - 1].end as usize;
        if self.text[end..].starts_with(['\'', '\u{2019}']) {
            return false;
        }
        let before = i >= 1
            && self.flags(i) & SENTENCE_START == 0
            && (matches!(self.key(i - 1), "in" | "near" | "around" | "outside" | "across" | "a" | "an" | "the")
                // "Referral from Clinton", "clients from Clinton" (but "a voicemail from
                // Clinton").
                || (i >= 2
                    && self.key(i - 1) == "from"
                    && matches!(
                        self.key(i - 2),
                        "referral" | "referrals" | "referred" | "clients" | "patients" | "people" | "families" | "moved"
                    )));
        // "Moving my clinic to Clinton": "to" after a move (but "I spoke to Clinton").
        let moving = i >= 2
            && self.key(i - 1) == "to"
            && (i.saturating_sub(5)..i - 1).any(|k| {
                matches!(
                    self.key(k),
                    "move"
                        | "moving"
                        | "moved"
                        | "relocate"
                        | "relocating"
                        | "relocated"
                        | "drive"
                        | "driving"
                        | "drove"
                        | "travel"
                        | "travelling"
                        | "traveling"
                        | "commute"
                        | "commuting"
                )
            });
        let j = i + len;
        let postcode = j < list.len() && list[j].flags & DIGITS != 0 && self.key(j).len() == 5;
        before || moving || postcode
    }

    /// True if word `i` ends a name of two or more capitalised words after a
    /// professional title ("Dr Colm Ó Briain", "Prof. Ana de Souza").
    fn in_titled_name(&self, i: usize) -> bool {
        let list = self.words.list();
        let gap = |a: usize, b: usize| &self.text[list[a].end as usize..list[b].start as usize];
        let mut first = i;
        while first >= 1
            && i - first < 3
            && gap(first - 1, first) == " "
            && list[first - 1].flags & CAP != 0
            && !is_professional_title(self.key(first - 1))
        {
            first -= 1;
        }
        first < i
            && first >= 1
            && is_professional_title(self.key(first - 1))
            && matches!(gap(first - 1, first), " " | ". ")
    }

    /// True if word `i` stands in a parenthesis of authors cited: capitalised names,
    /// "and", "&", "et al", commas and a year ("(Safran and Muran)", "(Beck & Emery,
    /// 1985)").
    fn cited(&self, i: usize) -> bool {
        let start = self.words.list()[i].start as usize;
        let (Some(open), Some(close)) = (self.text[..start].rfind('('), self.text[start..].find(')')) else {
            return false;
        };
        let inside = &self.text[open + 1..start + close];
        if inside.contains(['(', '\n']) {
            return false;
        }
        // ("attendees (Chirs and Amy Lee)": a client named there makes it no citation.)
        let list = self.words.list();
        if (0..list.len())
            .any(|k| self.claimed[k] && (list[k].start as usize) > open && (list[k].end as usize) <= start + close)
        {
            return false;
        }
        let parts: Vec<&str> =
            inside.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
        let names = parts.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        names >= 2
            && parts.iter().any(|w| matches!(*w, "and" | "&"))
            && parts.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(*w, "and" | "&" | "et" | "al" | "al.")
                    || w.chars().all(|c| c.is_ascii_digit())
            })
    }

    /// Of the clients a misspelt word `i` is near (`hits`, of the family-name class or
    /// not), the one whose name as written shares a letter beyond ASCII with the word,
    /// if one alone does.
    fn accent_shared(&self, i: usize, hits: &[(usize, u32, Role, u32)], family: bool) -> Option<u32> {
        let written = self.text[self.words.list()[i].start as usize..self.words.list()[i].end as usize].to_lowercase();
        if written.is_ascii() {
            return None;
        }
        let mut sharing = hits.iter().filter(|h| (h.2 == Role::Family) == family).map(|h| h.1).filter(|&c| {
            self.index.clients[c as usize]
                .spelled
                .iter()
                .any(|name| name.chars().any(|ch| !ch.is_ascii() && written.contains(ch)))
        });
        let first = sharing.next()?;
        sharing.all(|c| c == first).then_some(first)
    }

    /// For the capitalised word `i` beside a client's exact given or family name: the
    /// client, and the span of both words, if the word is within two edits of the
    /// other half of that client's name and begins with its letter.
    fn misspelt_beside_own_name(&self, i: usize) -> Option<(u32, (usize, usize))> {
        let list = self.words.list();
        let key = self.key(i);
        // A real name is nobody's misspelling: "Joni Mitchell" is not Joy Mitchell.
        if lexicon().is_census_name(key) {
            return None;
        }
        // The edits from the word to a one-word name, if it begins alike and is near.
        let edits = |names: &[String]| match names {
            [name]
                if name.chars().next() == key.chars().next() && name.chars().count().min(key.chars().count()) >= 3 =>
            {
                Some(osa_distance(key, name)).filter(|&d| d <= 2)
            }
            _ => None,
        };
        // The nearest client whose name the word completes, if one alone is nearest.
        let side = |k: usize, after: bool| {
            let (a, b) = if after { (i, k) } else { (k, i) };
            if self.text[list[a].end as usize..list[b].start as usize] != *" " {
                return None;
            }
            let (start, end) = (list[k].start as usize, list[k].end as usize);
            // Capitalised and exactly some client's name word.
            if self.flags(k) & CAP == 0 {
                return None;
            }
            let id = *self.index.name_word_ids.get(self.key(k))?;
            let mut near: Vec<(u32, u32)> = self.index.name_words[id as usize]
                .owners
                .iter()
                .filter_map(|&(client, role)| {
                    let c = &self.index.clients[client as usize];
                    let d = match role {
                        // The word before a family name is the given name misspelt.
                        Role::Family if after => edits(&c.given).into_iter().chain(edits(&c.preferred)).min(),
                        Role::Given | Role::Preferred if !after => edits(&c.family),
                        _ => None,
                    }?;
                    Some((d, client))
                })
                .collect();
            near.sort_unstable();
            near.dedup();
            match near.as_slice() {
                [(d, client), rest @ ..] if rest.first().is_none_or(|(d2, _)| d2 > d) => {
                    Some((*client, (start.min(list[i].start as usize), end.max(list[i].end as usize))))
                }
                _ => None,
            }
        };
        (i + 1 < list.len())
            .then(|| side(i + 1, true))
            .flatten()
            .or_else(|| (i >= 1).then(|| side(i - 1, false)).flatten())
    }

    /// True if no word of the text is capitalised but perhaps "I": dictated, or typed
    /// in haste.
    fn lower_case(&self) -> bool {
        (0..self.words.len()).all(|k| self.flags(k) & CAP == 0 || self.key(k) == "i")
    }

    /// True if the word at `i` follows a speaker's introduction, as voicemail
    /// transcripts write them in lower case: "this is herb", "it's herb", "my name's
    /// herb", "my name is herb". (Not "i'm": "i'm outside"; and "it's dean from
    /// copyfast" calls for a business.)
    fn introduced(&self, i: usize) -> bool {
        let before = |d: usize| if i >= d { self.key(i - d) } else { "" };
        matches!((before(2), before(1)), ("this" | "name", "is") | ("it" | "name", "s"))
            && (i + 1 >= self.words.len() || self.key(i + 1) != "from")
    }

    /// True if a word next to word `i` is a name written in lower case ("tammy
    /// murry"): a name word that is no ordinary word.
    fn lower_case_name_beside(&self, i: usize) -> bool {
        let lx = lexicon();
        [i.wrapping_sub(1), i + 1].into_iter().filter(|&k| k < self.words.len()).any(|k| {
            let key = self.words.key(k);
            self.claimed[k]
                && self.flags(k) & (CAP | UPPER) == 0
                && self.index.name_word_ids.contains_key(key)
                && !lx.is_ordinary_word(key)
        })
    }

    /// True if a capitalised word at `j` makes a city before it part of another name
    /// ("the Hamilton Symphony", "Dayton Credit Union"), not where someone lives; a
    /// county or a state still is the place.
    fn names_something_else(&self, j: usize) -> bool {
        let list = self.words.list();
        // Not a state's letters ("Brookfield MA"), a day, a month or "I".
        j < list.len()
            && list[j].flags & (CAP | UPPER) == CAP
            && list[j].flags & SENTENCE_START == 0
            && self.text[list[j - 1].end as usize..list[j].start as usize] == *" "
            && !matches!(self.key(j), "county" | "city" | "state" | "area" | "metro" | "i")
            && !is_calendar_word(self.key(j))
    }

    /// The courtesy or professional title right before word `i`, if any; "doctor" and
    /// "professor" only as titles, not after an article or a possessive ("the doctor
    /// Nathan saw").
    fn title_before(&self, i: usize) -> Option<&str> {
        let title = self.key(i.checked_sub(1)?);
        if !is_title(title) {
            return None;
        }
        let spelled_out = matches!(title, "doctor" | "professor");
        let determined =
            i >= 2 && matches!(self.key(i - 2), "the" | "a" | "an" | "her" | "his" | "my" | "their" | "your" | "our");
        (!(spelled_out && determined)).then_some(title)
    }

    /// True if only a space or a comma separates two byte offsets.
    fn adjacent(&self, end: usize, start: usize) -> bool {
        end <= start && start - end <= 2 && self.text[end..start].bytes().all(|b| b == b' ' || b == b',')
    }

    // ---- pass 4: distinctive facts ----

    #[inline(never)]
    fn facts(&mut self, initials: &[([char; 2], (usize, usize))]) {
        self.fact_marks.start(self.index.facts.len(), self.index.clients.len());
        let mut buf = std::mem::take(&mut self.fact_marks.buf);
        self.fact_candidates(&mut buf);
        if !buf.candidates.is_empty() {
            self.verify_facts(&mut buf, initials);
        }
        self.fact_marks.buf = buf;
    }

    /// Candidates: facts with two posted words near each other in the text (every
    /// match holds two) that, with all their unposted words, could weigh enough; each
    /// with the position of the last posted word as its anchor.
    #[inline(never)]
    fn fact_candidates(&mut self, buf: &mut FactBuffers) {
        let marks = &mut *self.fact_marks;
        let FactBuffers { content, stems, touched, named, candidates, .. } = buf;
        content.clear();
        stems.clear();
        for i in 0..self.words.len() {
            let key = self.words.key(i);
            if key.len() < 3 && self.words.list()[i].flags & DIGITS == 0 {
                continue;
            }
            // Fact words are never stopwords, but a stopword can share a fact word's
            // stem ("local", "location"): stems keeps them for verification.
            let mut offer = |h: u64| {
                if self.index.fact_stems.contains(h) {
                    stems.push((h, i));
                    if self.index.posted_stems.contains(h) && !is_fact_stopword(key) {
                        content.push((h, i));
                    }
                }
            };
            offer(stem_hash(fact_stem(key)));
            // "in '18": the year 2018 (or 1918).
            if key.len() == 2
                && self.words.list()[i].flags & DIGITS != 0
                && after_apostrophe(self.text, self.words.list()[i].start as usize)
            {
                for century in ["19", "20"] {
                    offer(stem_hash(&[century, key].concat()));
                }
            }
        }
        touched.clear();
        named.clear();
        for (k, &(a, i)) in content.iter().enumerate() {
            for &(b, j) in content[k + 1..].iter().take_while(|&&(_, j)| j < i + FACT_WINDOW) {
                let postings = self.index.fact_pairs.get(stem_pair(a, b));
                if postings.is_empty() {
                    continue;
                }
                let side_by_side = side_by_side(self.words, i, j);
                for p in postings {
                    let [(wa, _), (wb, _)] = p.words;
                    if marks.touch(p.fact, p.words, j) {
                        touched.push(p.fact);
                    }
                    if p.name && side_by_side && a != b {
                        let words = &self.index.facts[p.fact as usize].words;
                        if fact_word_matches(self.words.key(i), &words[wa as usize].0)
                            && fact_word_matches(self.words.key(j), &words[wb as usize].0)
                        {
                            named.push((p.fact, i, j));
                        }
                    }
                }
            }
        }
        named.sort_unstable();
        candidates.clear();
        candidates.extend(touched.iter().filter_map(|&f| match marks.get(f) {
            (seen, weight, at) if seen >= 2 && weight >= self.index.fact_shortfall[f as usize] => Some((f, at)),
            (_, _, at) if named.binary_search_by_key(&f, |n| n.0).is_ok() => Some((f, at)),
            _ => None,
        }));
    }

    /// Every word of each candidate fact found near its anchor (stems compared as
    /// hashes); the best-explained matches kept.
    ///
    /// A fact weighs half, so it changes what is reported only for a client the text
    /// also describes otherwise: another detail of weight, initials (they count beside
    /// another detail), or a second candidate fact. Those candidates are verified in
    /// full; every other one matters only if it beats one of their matches in the
    /// competition, so it is verified only while such a match is unbeaten, and only as
    /// far as it could weigh more. What is reported is what verifying every candidate
    /// would give.
    #[inline(never)]
    fn verify_facts(&mut self, buf: &mut FactBuffers, initials: &[([char; 2], (usize, usize))]) {
        let FactBuffers {
            stems,
            stem_slots,
            named,
            candidates,
            client_marks,
            found,
            beaten,
            hits,
            word_cache,
            word_positions,
            name_spans,
            ..
        } = buf;
        let (index, words) = (self.index, self.words);
        // Where each fact word is in the text, found once per scan: (scan, first, count)
        // into `word_positions`, stale unless stamped with this scan's epoch.
        let epoch = self.fact_marks.epoch;
        if word_cache.len() < self.index.fact_words {
            word_cache.resize(self.index.fact_words, (0, 0, 0));
        }
        word_positions.clear();
        stems.sort_unstable();
        // The text's stems by hash: an open-addressed table of runs of `stems`.
        let size = (stems.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        stem_slots.clear();
        stem_slots.resize(size, (0, 0, 0));
        for (k, run) in
            stems.chunk_by(|a, b| a.0 == b.0).scan(0, |at, run| Some((std::mem::replace(at, *at + run.len()), run)))
        {
            let h = run[0].0.max(1);
            let mut at = h as usize & mask;
            while stem_slots[at].0 != 0 {
                at = (at + 1) & mask;
            }
            stem_slots[at] = (h, k as u32, run.len() as u32);
        }
        let positions = |h: u64| -> &[(u64, usize)] {
            let h = h.max(1);
            let mut at = h as usize & mask;
            loop {
                let (key, first, len) = stem_slots[at];
                if key == h {
                    return &stems[first as usize..(first + len) as usize];
                }
                if key == 0 {
                    return &[];
                }
                at = (at + 1) & mask;
            }
        };
        let mut mark = |client: u32, add: u32| {
            let m = &mut client_marks[client as usize];
            if m.0 != epoch {
                *m = (epoch, 0);
            }
            m.1 += add;
        };
        for r in self.raw.iter().filter(|r| r.weight > 0.0) {
            mark(r.client, 2);
        }
        for (key, _) in initials {
            for &client in index.initials.get(key).into_iter().flatten() {
                mark(client, 2);
            }
        }
        for &(f, _) in candidates.iter() {
            mark(index.facts[f as usize].client, 1);
        }
        let described = |f: u32| client_marks[index.facts[f as usize].client as usize].1 >= 2;
        name_spans.clear();
        let text = self.text.as_bytes();
        for r in self.raw.iter() {
            if name_spans.last() != Some(&(r.start, r.end)) {
                name_spans.push((r.start, r.end));
            }
        }
        name_spans.retain(|&(start, end)| text[start..end].iter().any(u8::is_ascii_whitespace));

        // The best match of fact `f` near `anchor`: (share of its weight, first word,
        // last word); none if it could not weigh more than `beyond` of its weight.
        let mut verify = |f: u32, anchor: usize, beyond: f32| -> Option<FactMatch> {
            let fact = &index.facts[f as usize];
            let needed = FACT_SHARE * fact.total_weight;
            let (from, to) = (anchor.saturating_sub(2 * FACT_WINDOW), anchor + FACT_WINDOW);
            hits.clear();
            // Where each word is in the text, and what the words anywhere in it weigh.
            let mut anywhere = 0.0;
            for (wi, &fact_stem) in fact.stems.iter().enumerate() {
                let cached = &mut word_cache[fact.ids[wi] as usize];
                if cached.0 != epoch {
                    let first = word_positions.len();
                    for &(_, i) in positions(fact_stem) {
                        if fact_word_matches(words.key(i), &fact.words[wi].0) {
                            word_positions.push(i);
                        }
                    }
                    *cached = (epoch, first as u32, (word_positions.len() - first) as u32);
                }
                if cached.2 > 0 {
                    anywhere += fact.words[wi].1;
                }
            }
            // (Shares summed in another order differ in the last bits: the margin keeps
            // every match that could weigh more.)
            if anywhere / fact.total_weight + 1e-5 <= beyond {
                return None;
            }
            let (mut present, mut reachable) = (0u32, 0.0);
            for wi in 0..fact.stems.len() {
                let (_, first, count) = word_cache[fact.ids[wi] as usize];
                for &i in &word_positions[first as usize..(first + count) as usize] {
                    if (from..to).contains(&i) && !(fact.proper[wi] && in_another_name(words, name_spans, i, fact)) {
                        hits.push((i, wi as u8));
                        if present & (1 << wi) == 0 {
                            present |= 1 << wi;
                            reachable += fact.words[wi].1;
                        }
                    }
                }
            }
            // Its proper name side by side stands for the fact, whatever the weight.
            let first_name = named.partition_point(|n| n.0 < f);
            let names = &named[first_name..first_name + named[first_name..].iter().take_while(|n| n.0 == f).count()];
            if present.count_ones() < 2
                || (reachable < needed && names.is_empty())
                || reachable / fact.total_weight + 1e-5 <= beyond
            {
                return None;
            }
            // The best run of words within one window: most weight; on a tie (the same
            // weight but for rounding), words in the fact's own order, then the first start.
            hits.sort_unstable();
            let mut best: Option<(f32, bool, usize, usize, u32)> = None;
            for (s, &(first, _)) in hits.iter().enumerate() {
                // Each text word stands for one fact word ("Baker" is not both "baker"
                // and "bakery").
                let (mut seen, mut weight, mut last, mut used) = (0u32, 0.0, first, usize::MAX);
                let mut words_used = 0u32;
                let (mut ordered, mut previous) = (true, None);
                // (Within one line: a fact is said in one place, not across a heading.)
                let line_end = (first + 1..(first + FACT_WINDOW).min(words.len()))
                    .find(|&k| {
                        words.list()[k].flags & LINE_START != 0
                            && ends_a_line(self.text, words.list()[k].start as usize)
                    })
                    .unwrap_or(first + FACT_WINDOW);
                for &(i, wi) in hits[s..].iter().take_while(|&&(i, _)| i < line_end) {
                    if seen & (1 << wi) == 0 && i != used {
                        seen |= 1 << wi;
                        weight += fact.words[wi as usize].1;
                        last = i;
                        used = i;
                        words_used |= 1 << (i - first);
                        ordered &= previous.is_none_or(|p| p < wi);
                        previous = Some(wi);
                    }
                }
                let name = names.iter().find(|&&(_, a, b)| first <= a && b < first + FACT_WINDOW);
                let better = |b: &(f32, bool, usize, usize, u32)| {
                    weight > b.0 + 1e-4 || (weight >= b.0 - 1e-4 && ordered && !b.1)
                };
                if seen.count_ones() >= 2 && (weight >= needed || name.is_some()) && best.as_ref().is_none_or(better) {
                    best = Some((weight, ordered, first, name.map_or(last, |&(_, _, b)| last.max(b)), words_used));
                    // Every word present, in order: no later window does better.
                    if seen == present && ordered {
                        break;
                    }
                }
            }
            best.map(|(weight, _, first, last, words)| FactMatch {
                share: weight / fact.total_weight,
                weight,
                words,
                first,
                last,
            })
        };

        // Facts matched over the same words compete: "Ward 2 on the Auburn city
        // council" is the client whose fact says Ward 2, not every councillor in Auburn.
        // (share of the fact's weight matched, fact, first word, last word)
        let beats = |(other, g): (FactMatch, u32), (m, f): (FactMatch, u32)| g != f && other.explains_more(&m);
        found.clear();
        for &(f, anchor) in candidates.iter().filter(|&&(f, _)| described(f)) {
            if let Some(m) = verify(f, anchor, f32::NEG_INFINITY) {
                found.push((m, f));
            }
        }
        beaten.clear();
        beaten.extend(found.iter().map(|&m| found.iter().any(|&other| beats(other, m))));
        if beaten.iter().all(|&b| b) {
            return self.push_facts(found, beaten);
        }
        for &(f, anchor) in candidates.iter().filter(|&&(f, _)| !described(f)) {
            // The weakest match still unbeaten: another fact must weigh more to matter.
            let weakest = found.iter().zip(beaten.iter()).filter(|(_, &b)| !b).map(|(m, _)| m.0.share).reduce(f32::min);
            // (A share is at most 1, but for rounding in the last bits.)
            let Some(weakest) = weakest.filter(|&w| w + 1e-4 < 1.0 + 1e-5) else {
                break;
            };
            if let Some(other) = verify(f, anchor, weakest + 1e-4) {
                for (m, b) in found.iter().zip(beaten.iter_mut()) {
                    *b |= beats((other, f), *m);
                }
            }
        }
        self.push_facts(found, beaten);
    }

    /// Adds the matches no other match beat. Two facts of one client matched over the
    /// same words are one detail, not two ("found a Civil War sword at a garage sale"
    /// told of a client in the Plymouth and the Lancaster paper): the match using more
    /// words is kept, the first fact on a tie.
    fn push_facts(&mut self, found: &[(FactMatch, u32)], beaten: &[bool]) {
        let facts = &self.index.facts;
        let unbeaten = || found.iter().zip(beaten).filter(|(_, &b)| !b).map(|(m, _)| *m);
        let preferred = |(other, f): (FactMatch, u32), (m, g): (FactMatch, u32)| {
            let (used, mine) = (other.words.count_ones(), m.words.count_ones());
            f != g
                && facts[f as usize].client == facts[g as usize].client
                && other.shares_a_word(&m)
                && (used > mine || (used == mine && f < g))
        };
        for (FactMatch { first, last, .. }, f) in unbeaten().filter(|&m| !unbeaten().any(|other| preferred(other, m))) {
            let fact = &self.index.facts[f as usize];
            let span = self.span(first, last + 1);
            self.push(fact.client, Facet::Fact(fact.which), span, EvidenceKind::Distinctive, QUASI);
        }
    }

    // ---- pass 5: joins ----

    #[inline(never)]
    fn join_occupation_city(&mut self, occupations: &[(u32, usize, usize)], cities: &CitySpans) {
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
    fn read_as_person(&self, i: usize) -> bool {
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
    fn join_initials(&mut self, initials: &[([char; 2], (usize, usize))]) {
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
    fn join_famous_namesakes(&mut self) {
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
    fn listed_together(&self, a: (usize, usize), b: (usize, usize)) -> bool {
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
    fn join_titled_initial(&mut self) {
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

    // ---- adding up ----

    #[inline(never)]
    fn finish(mut self) -> Findings {
        self.raw.sort_by_key(|r| (r.client, r.facet, r.start));
        let mut clients = Vec::new();
        for group in self.raw.chunk_by(|a, b| a.client == b.client) {
            let mut score = 0.0;
            for same in group.chunk_by(|a, b| a.facet == b.facet) {
                let top = same.iter().map(|r| r.weight).fold(0.0, f32::max);
                score += top;
            }
            if score < IDENTIFIES {
                continue;
            }
            let client = group[0].client;
            // Doubted mentions (weight zero) ride along: once the client is identified,
            // every mention of them is theirs to redact.
            let mut evidence: Vec<Evidence> =
                group.iter().map(|r| Evidence { start: r.start, end: r.end, kind: r.kind, weight: r.weight }).collect();
            evidence.sort_by_key(|e| (e.start, e.end, e.kind));
            evidence.dedup_by(|a, b| a.start == b.start && a.end == b.end);
            let reason = self.reason(group);
            let direct = group.iter().any(|r| r.weight >= IDENTIFIES);
            clients.push((
                direct,
                ClientFinding {
                    client_id: self.index.clients[client as usize].id.clone(),
                    client_index: client as usize,
                    score,
                    evidence,
                    reason,
                },
            ));
        }
        let clients = drop_partial_descriptions(clients);
        self.warnings.sort_by_key(|w| (w.start, w.end));
        Findings { clients, warnings: self.warnings }
    }

    /// One line: the strongest piece of evidence, or the details that add up.
    fn reason(&self, group: &[Raw]) -> String {
        let mut best: Vec<&Raw> = Vec::new();
        for same in group.chunk_by(|a, b| a.facet == b.facet) {
            if let Some(top) = same.iter().filter(|r| r.weight > 0.0).max_by(|a, b| a.weight.total_cmp(&b.weight)) {
                best.push(top);
            }
        }
        best.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.start.cmp(&b.start)));
        // Built with pushes, not `format!`: a reason is written for every client found.
        let mut out = String::with_capacity(64);
        let quote = |out: &mut String, r: &Raw| {
            out.push_str(r.kind.describe());
            out.push_str(" \u{201c}");
            out.push_str(&self.text[r.start..r.end]);
            out.push('\u{201d}');
        };
        match best.first() {
            Some(top) if top.weight >= IDENTIFIES => {
                quote(&mut out, top);
                let more = best.len() - 1;
                if more > 0 {
                    out.push_str(" (and ");
                    out.push_str(&more.to_string());
                    out.push_str(if more == 1 { " more detail)" } else { " more details)" });
                }
            }
            _ => {
                out.push_str(&best.len().to_string());
                out.push_str(" details of one client together: ");
                for (k, r) in best.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    quote(&mut out, r);
                }
            }
        }
        out
    }
}

/// A text describes one person by several details: a client identified only by
/// quasi-identifiers that are a strict subset of another identified client's (the
/// other also has the sister named Laurie) is not the person described.
fn drop_partial_descriptions(found: Vec<(bool, ClientFinding)>) -> Vec<ClientFinding> {
    let spans = |c: &ClientFinding| -> Vec<(usize, usize)> {
        let mut v: Vec<_> = c.evidence.iter().map(|e| (e.start, e.end)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let all: Vec<Vec<(usize, usize)>> = found.iter().map(|(_, c)| spans(c)).collect();
    found
        .into_iter()
        .enumerate()
        .filter(|(k, (direct, _))| {
            *direct
                || !all.iter().enumerate().any(|(j, other)| {
                    j != *k && other.len() > all[*k].len() && all[*k].iter().all(|s| other.contains(s))
                })
        })
        .map(|(_, (_, c))| c)
        .collect()
}

/// True if word `i` lies in one of `names` (byte spans of names of several words found
/// in the text) with a word that is none of `fact`'s: a fact's proper name counts only
/// where it is no part of another name ("Clinton" of "Clinton State University" is not
/// the "Clinton" of the Clinton Otters).
fn in_another_name(words: &Words, names: &[(usize, usize)], i: usize, fact: &Fact) -> bool {
    let list = words.list();
    let (start, end) = (list[i].start as usize, list[i].end as usize);
    names.iter().filter(|&&(from, to)| from <= start && end <= to).any(|&(from, to)| {
        let first = list.partition_point(|w| (w.start as usize) < from);
        (first..list.len())
            .take_while(|&k| list[k].end as usize <= to)
            .any(|k| k != i && !fact.words.iter().any(|(w, _)| fact_word_matches(words.key(k), w)))
    })
}

/// Text words between two words of a fact's match beyond which it is stretched.
const STRETCH: u32 = 4;

/// Where a fact matched: the share of the fact's weight its words make and their
/// weight, the words it used as bits counted from its first word (a match lies within
/// one window, so 32 bits hold it), and its first and last word.
#[derive(Debug, Clone, Copy)]
struct FactMatch {
    share: f32,
    weight: f32,
    words: u32,
    first: usize,
    last: usize,
}

impl FactMatch {
    /// The words of `other`, as bits counted from this match's first word.
    fn relative(&self, other: &FactMatch) -> u64 {
        let words = u64::from(other.words);
        if other.first >= self.first {
            words.checked_shl((other.first - self.first) as u32).unwrap_or(0)
        } else {
            words.checked_shr((self.first - other.first) as u32).unwrap_or(0)
        }
    }

    /// Over the same words, this match explains more of its fact and more of the text
    /// ("Ward 2 on the Auburn city council" is the councillor of Ward 2, not every
    /// councillor in Auburn). Facts that differ only in words the text does not have
    /// ("breeds Salukis" of the Salukis breeders in Newport and in Oxford) match with
    /// the same weight and both stand: other details tell them apart.
    fn explains_more(&self, other: &FactMatch) -> bool {
        self.first <= other.last
            && other.first <= self.last
            && self.share > other.share + 1e-4
            && self.weight > other.weight + 1e-4
            // A match stretched over a clause of other words ("the Ward 6 councillor in
            // Springfield and …, living in Kingston" for Ward 6 in Kingston) does not
            // beat one whose words stand together.
            && (self.widest_gap() <= STRETCH || other.widest_gap() > STRETCH)
    }

    /// The most text words between two of this match's words.
    fn widest_gap(&self) -> u32 {
        let mut words = self.words >> self.words.trailing_zeros().min(31);
        let mut widest = 0;
        while words != 0 {
            words >>= 1;
            let gap = words.trailing_zeros();
            if words != 0 {
                widest = widest.max(gap);
                words >>= gap;
            }
        }
        widest
    }

    fn shares_a_word(&self, other: &FactMatch) -> bool {
        u64::from(self.words) & self.relative(other) != 0
    }
}

/// What stands beside a one-word name.
enum Neighbour {
    None,
    OtherPerson,
    /// The whole name, misspelt in part: its byte span.
    RestOfName((usize, usize)),
}

/// True if words `i` and `j` read as one proper name: both capitalised, in one
/// sentence, nothing between them but "of" or "the" ("Dover Symphony", "Bank of the
/// West").
fn side_by_side(words: &Words, i: usize, j: usize) -> bool {
    let flags = |k: usize| words.list()[k].flags;
    let capitalised = |k: usize| flags(k) & (CAP | UPPER) != 0;
    j > i
        && j - i <= 3
        && capitalised(i)
        && capitalised(j)
        && (i + 1..=j).all(|k| flags(k) & SENTENCE_START == 0)
        && (i + 1..j).all(|k| matches!(words.key(k), "of" | "the"))
}

/// Verbs that, right after a capitalised word, make it the subject: a person.
fn is_name_following_verb(folded: &str) -> bool {
    matches!(
        folded,
        "is" | "was"
            | "has"
            | "had"
            | "said"
            | "says"
            | "told"
            | "tells"
            | "asked"
            | "asks"
            | "came"
            | "comes"
            | "went"
            | "goes"
            | "did"
            | "does"
            | "got"
            | "gets"
            | "feels"
            | "felt"
            | "wants"
            | "needs"
            | "reports"
            | "states"
            | "denies"
            | "presents"
            | "attends"
            | "cancels"
            | "calls"
            | "rang"
            // "Billy DNA'd": did not attend.
            | "dna"
            | "dnad"
            | "seems"
            | "and"
            | "will"
            | "may"
            | "can"
            | "could"
            | "would"
            | "should"
            | "might"
            | "just"
            | "finally"
            | "still"
            | "never"
            | "always"
            | "hasn"
            | "isn"
            | "wasn"
            | "didn"
            | "doesn"
            | "won"
            | "cried"
            | "made"
            | "brought"
            | "opened"
            | "described"
            | "walked"
            | "talked"
            | "spent"
            | "left"
            | "missed"
            | "shared"
            | "admitted"
            | "disclosed"
            | "met"
            | "saw"
            | "took"
            | "gave"
            | "sat"
            | "spoke"
            | "wrote"
            | "kept"
            | "began"
            | "became"
            | "thinks"
            | "thought"
            | "knows"
            | "knew"
    )
}

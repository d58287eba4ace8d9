//! Pass 3: initials, then misspellings of name words (capitalised words that are
//! neither ordinary English nor anybody's known given name), with the nearest name
//! words of unknown words remembered per thread.

use super::{is_name_following_verb, CitySpans, Facet, Neighbour, Neighbours, Raw, Scan, QUASI};
use crate::findings::EvidenceKind;
use crate::fuzzy::{each_deletion_hash, osa_distance, osa_distance_within, typing_cost, MAX_CHARS};
use crate::index::{allowed_edits, initial_bit, CaseloadIndex, Role, FUZZY_MIN_LEN};
use crate::lexicon::{
    is_calendar_abbreviation, is_calendar_word, is_clinical_cue, is_common_acronym, is_everyday_title, is_greeting,
    is_header_word_abroad, is_patient_word, is_professional_title, is_title, lexicon,
};
use crate::text::{CAP, DIGITS, SENTENCE_START, UPPER};

/// Slots in [`NearestNames`]: a power of two.
const NEAREST_SLOTS: usize = 1024;

/// The nearest name words of capitalised unknown words, remembered across the scans of
/// one thread. They depend only on the word and the index, and the same words come back
/// text after text (a colleague's name, a place, a word in another language), so a
/// repeat costs one hash and one comparison instead of the deletion look-ups and the
/// distances. Direct-mapped: a word evicts whatever shared its slot. Each slot names the
/// index it was computed for, so one thread may scan against several caseloads.
#[derive(Default)]
pub(super) struct NearestNames {
    slots: Vec<NearestSlot>,
}

#[derive(Default)]
pub(super) struct NearestSlot {
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
    /// this thread already did. `hash` is any hash of `key` alone (the scan passes the
    /// word's phrase hash, computed already): it only places the slot.
    pub(super) fn get(&mut self, index: &CaseloadIndex, key: &str, hash: u64) -> (u32, &[u32]) {
        if self.slots.is_empty() {
            self.slots.resize_with(NEAREST_SLOTS, NearestSlot::default);
        }
        let slot = &mut self.slots[hash as usize & (NEAREST_SLOTS - 1)];
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

/// What the lexicon says of a word as a possible misspelt name, remembered per thread:
/// the same capitalised words ("Plan", "Referral", "History") open text after text, and
/// each verdict costs several hashed look-ups. Direct-mapped like [`NearestNames`]; the
/// lexicon is the same for every index, so a slot is the word's alone.
#[derive(Default)]
pub(super) struct LexicalVerdicts {
    /// (word, verdict); an empty word marks an empty slot.
    slots: Vec<(String, LexicalVerdict)>,
}

#[derive(Default, Clone, Copy)]
pub(super) struct LexicalVerdict {
    /// Letters only, with a vowel, and no ordinary or rare word, calendar abbreviation,
    /// professional title or greeting.
    plausible: bool,
    /// A given name or nickname the data set knows, or a real name.
    known_name: bool,
    /// A name from many countries' lists, none of the above.
    world_name: bool,
}

impl LexicalVerdicts {
    /// The verdict on `key`; `hash` is any hash of `key` alone, as for
    /// [`NearestNames::get`].
    pub(super) fn get(&mut self, key: &str, hash: u64) -> LexicalVerdict {
        if self.slots.is_empty() {
            self.slots.resize_with(NEAREST_SLOTS, Default::default);
        }
        let slot = &mut self.slots[hash as usize & (NEAREST_SLOTS - 1)];
        if slot.0 != key {
            let lx = lexicon();
            slot.1 = LexicalVerdict {
                plausible: key.chars().all(char::is_alphabetic)
                    && !lx.is_ordinary_word(key)
                    && !lx.is_rare_word(key)
                    && !is_calendar_abbreviation(key)
                    // A professional's title is nobody's misspelt name ("Dra. Sanz"); a
                    // courtesy title may be ("Sra Mclean" of Sara Mclean).
                    && !is_professional_title(key)
                    // ("Hola", "Kia ora": a greeting.)
                    && !is_greeting(key)
                    // ("Temat:", "Betreff:": an e-mail's header in another language.)
                    && !is_header_word_abroad(key)
                    // "Msg", "Pls", "Mgr": no vowel, no name.
                    && key.chars().any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')),
                known_name: lx.is_known_given_name(key) || lx.is_real_name(key),
                world_name: lx.is_world_name(key),
            };
            slot.0.clear();
            slot.0.push_str(key);
        }
        slot.1
    }
}

/// Fills `best` with the name words within their allowed edits of `key` that begin
/// with its letter, at the least distance found, and returns that distance.
pub(super) fn nearest_name_words(index: &CaseloadIndex, key: &str, best: &mut Vec<u32>) -> u32 {
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
            let Some(dist) = osa_distance_within(key, name, allowed.min(best_d)) else {
                continue;
            };
            if dist < best_d {
                best.clear();
                best_d = dist;
            }
            best.push(id);
        }
    });
    best_d
}

impl Scan<'_> {
    /// "N.R.", "N. R.", "NR", "ΜΔ": returns (initials key, byte span) for the join pass.
    #[inline(never)]
    pub(super) fn initials(&mut self) -> Vec<([char; 2], (usize, usize))> {
        let list = self.words.list();
        let bytes = self.text.as_bytes();
        let n = list.len();
        let mut out = Vec::new();
        let one_cap = |k: usize| {
            let w = list[k];
            if !w.has(CAP) || w.end - w.start > 4 {
                return false;
            }
            let mut cs = self.text[w.start as usize..w.end as usize].chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        };
        let initial = |k: usize| self.key(k).chars().next().unwrap_or(' ');
        for i in 0..n {
            let w = list[i];
            // Both kinds begin with a capital (a word of two capitals does too).
            if !w.has(CAP) {
                continue;
            }
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
    /// no known name and no exact caseload name. `Some(true)` if it is another
    /// country's name, which may be only of a client the text describes otherwise.
    /// `key` is word `i`'s.
    pub(super) fn could_be_misspelt_name(&mut self, key: &str, i: usize) -> Option<bool> {
        let chars = key.chars().count();
        if !(FUZZY_MIN_LEN..=self.index.longest_name + 2).contains(&chars) {
            return None;
        }
        let LexicalVerdict { plausible, known_name, world_name } = self.verdicts.get(key, self.word_hashes[i]);
        if !plausible || self.index.name_word_ids.contains_key(key) {
            return None;
        }
        // A real name of five letters or more ("Marco", "Robertson") is nobody's
        // misspelling; shorter ones are as often typos ("Hoa" for Hao). But the record
        // says the name is a client's ("pt Yvone"): then a name no client has is one
        // misspelt.
        if i > 0 && is_patient_word(self.key(i - 1)) {
            return Some(false);
        }
        if known_name {
            return None;
        }
        // A name some country gives ("Aoife, could you look at dates") is likewise
        // somebody's own, unless the text says otherwise (`Scan::somebodys_own_name`).
        Some(world_name)
    }

    /// Whether another country's name at word `i` is somebody's own rather than a
    /// client's misspelt: not where the sentence speaks of care ("Soffía cancelled her
    /// session", "Natalee reports better sleep"), books them ("Natalee at 10am") or gives
    /// an age (the caller also keeps it for a client the text names otherwise: "Nathan
    /// Robinson ! Nathen"). Random slips of a caseload's names land on other countries'
    /// names as often as not.
    fn somebodys_own_name(&self, i: usize) -> bool {
        !(self.care_talk(i) || self.appointment(i, 1) || self.age_after(i + 1))
    }

    pub(super) fn misspellings(&mut self) {
        let n = self.words.len();
        let mut signer = None;
        let mut hits: Vec<(usize, u32, Role, u32)> = Vec::new();
        // (A citation is in parentheses: most texts have none, and then no word is
        // searched back for one. Looked for once, when a word first gets that far.)
        let mut parenthesised = None;
        let text = self.text.as_bytes();
        // In lower case, a word is tried only in a text written all in lower case, beside
        // a name found there.
        for i in 0..n {
            let w = self.words.list()[i];
            if self.claimed[i] || w.flags & UPPER != 0 {
                continue;
            }
            if w.flags & CAP == 0 && !(self.lower_case_name_beside(i) && (self.lower_case() || self.introduced(i))) {
                continue;
            }
            let key = self.keys[i];
            let Some(worldly) = self.could_be_misspelt_name(key, i) else {
                continue;
            };
            // (Nor is an acronym's plural: "TAs", "GPs", "OTs"; "RObinsen" may be a slip.)
            if let [head @ .., b's'] = &self.text.as_bytes()[w.start as usize..w.end as usize] {
                if head.len() >= 2 && head.iter().all(u8::is_ascii_uppercase) {
                    continue;
                }
            }
            // A courtesy title before a full name found ("Nombre: Sra. Carmelita Ramis")
            // is that title, not a misspelt "Sara" (but "Sra Mclean" may be Sara Mclean).
            let found = |k: usize| k < n && self.claimed[k] && self.flags(k) & CAP != 0;
            if is_title(key) && found(i + 1) && found(i + 2) {
                continue;
            }
            // The last words of a professional's titled name ("Dr Colm Ó Briain") and
            // authors cited ("(Safran and Muran)", "Muran, J. C. (2011)") are no one's
            // misspelt names.
            if self.in_titled_name(i)
                || (self.title_before(i).is_some_and(is_professional_title)
                    && !self.sentence_of(i).any(|k| is_clinical_cue(self.key(k))))
                || (*parenthesised.get_or_insert_with(|| text.contains(&b'(')) && self.cited(i))
                || self.in_reference(i)
                || self.lives_in(i)
            {
                continue;
            }
            // Nor is the name the text is signed with ("Best, Femi"), the writer's own,
            // a misspelling of a client the text says nothing else of. (Of one it does,
            // it is theirs: "Nathan Robinson ! Nathen", which redaction must take too.)
            // (A client signing a message about their own care is a client: "can I move
            // my session to Thursday? Thanks, Jermain".)
            let signs = *signer.get_or_insert_with(|| self.signature()) == Some(i) && !self.speaks_of_own_care();
            let described = |client: u32| self.raw.iter().any(|r| r.client == client && r.weight > 0.0);
            // After its particle a word is a family name ("Ó Briain" is no Brian), though
            // it may be a client's misspelt ("O'Calaghan").
            let family_only = self.after_particle(i);
            // The same word found elsewhere in a name is that name ("Esther Perel …
            // Perel's argument"), not a misspelling of another.
            // So is a word of a professional's titled name met elsewhere ("Dr Dariusz
            // Kowalczyk joins the team … Dariusz trained in Kraków").
            if (0..n).any(|k| k != i && self.keys[k] == key && (self.claimed[k] || self.in_titled_name(k))) {
                continue;
            }
            // Beside the other half of a client's name, a near miss of theirs up to two
            // edits is their name misspelt, short as it may be ("Juuy Lin" for Joy Lin).
            if let Some((client, whole)) = self.misspelt_beside_own_name(i) {
                self.push_misspelt_full_name(client, whole);
                self.claimed[i] = true;
                continue;
            }
            // Otherwise a courtesy title before a name is that title ("Sra. Silva" is no
            // misspelt Sara).
            if is_title(key)
                && self.words.list().get(i + 1).is_some_and(|w| w.flags & (CAP | SENTENCE_START) == CAP)
                && matches!(
                    self.text[w.end as usize..self.words.list()[i + 1].start as usize].trim_start_matches('.'),
                    " "
                )
            {
                continue;
            }
            // A letter with a diacritic is written on purpose: "Hablé" (Spanish) is no
            // misspelt Hailey, though "Jsoé" is a misspelt José.
            // (A record may strip a name's accents, "Mrs Müler" for Muller: only a
            // sentence's first word, untitled, is read as another language's.)
            let accented = !self.text[w.start as usize..w.end as usize].is_ascii()
                && w.flags & SENTENCE_START != 0
                && self.title_before(i).is_none();
            // (Read only where some client's name is near: the nearest names are
            // remembered, so asking again costs a look-up.)
            let hash = self.word_hashes[i];
            let worldly =
                worldly && !self.nearest.get(self.index, key, hash).1.is_empty() && self.somebodys_own_name(i);
            let (distance, best) = self.nearest.get(self.index, key, hash);
            for &id in best {
                for &(client, role) in &self.index.name_words[id as usize].owners {
                    let plain = || self.index.clients[client as usize].spelled.iter().all(|s| s.is_ascii());
                    if (!family_only || role == Role::Family)
                        && !(accented && plain())
                        && (!(signs || worldly) || described(client))
                    {
                        hits.push((i, client, role, distance));
                    }
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
        let mut names = CitySpans::default();
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
            match self.name_neighbour(&neighbours, i, 1, client, role, false) {
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
            // In a text that mixes in another language ("Terima kasih", "Sige, I'll
            // block the slot", "Oga from Green Realty"), a capitalised word near a given
            // name is as likely that language's word, unless the words around it make it
            // someone.
            if role != Role::Family && title.is_none() && self.code_switching() && !self.someone_by_context(i) {
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
    /// names, and between names as near, the cost of the slips of the fingers that type
    /// the text's words for them ("Laura Wjte" is Laura White, not Laura Ware); ties
    /// stand.
    pub(super) fn nearest_misspelt_full_names(&mut self) {
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
            // Per client, over the words of the text: the least of `cost` from the word to
            // each word of the client's names. Both costs are 0 from a word to itself and
            // never less, so a word spelt as one of the names (most often the name the
            // tied clients share) is settled without a table, and the rest skipped. The
            // tied clients share names, so each cost (by its round) from a word to a name
            // is remembered in `known`.
            let index = self.index;
            let mut known = Vec::new();
            let mut total = |client: u32, round: usize, cost: fn(&str, &str) -> u32| -> u32 {
                let c = &index.clients[client as usize];
                words
                    .iter()
                    .map(|&k| {
                        let key = self.key(k);
                        let mut least = u32::MAX / 4;
                        for w in c.given.iter().chain(&c.preferred).chain(&c.family) {
                            // (A word too long for the stack costs `NOT_TYPED` to type.)
                            if key == w && key.len() <= MAX_CHARS {
                                return 0;
                            }
                            let d = match known.iter().find(|&&(r, at, name, _)| (r, at) == (round, k) && name == w) {
                                Some(&(.., d)) => d,
                                None => {
                                    let d = cost(key, w);
                                    known.push((round, k, w, d));
                                    d
                                }
                            };
                            least = least.min(d);
                        }
                        least
                    })
                    .sum()
            };
            let at =
                |r: &Raw| r.kind == EvidenceKind::MisspelledName && r.weight > 0.0 && (r.start, r.end) == (start, end);
            // Nearest by edits, and of those as near, by the cost of typing.
            let mut ranked: Vec<(usize, u32)> =
                self.raw.iter().enumerate().filter(|(_, r)| at(r)).map(|(k, _)| (k, 0)).collect();
            let mut beaten = Vec::new();
            for (round, cost) in [osa_distance as fn(&str, &str) -> u32, typing_cost].into_iter().enumerate() {
                if ranked.len() < 2 {
                    break;
                }
                for (k, d) in &mut ranked {
                    *d = total(self.raw[*k].client, round, cost);
                }
                let best = ranked.iter().map(|&(_, d)| d).min().unwrap_or(0);
                beaten.extend(ranked.iter().filter(|&&(_, d)| d > best).map(|&(k, _)| k));
                ranked.retain(|&(_, d)| d == best);
            }
            for k in beaten {
                self.raw[k].weight = 0.0;
            }
        }
    }

    /// True if word `i` follows "in" after a word of where someone is ("the nursing home
    /// in Callan", "still in Lyon", "grew up in Tralee"): a place, no misspelt name ("a
    /// shift in Nathen" may be one).
    fn lives_in(&self, i: usize) -> bool {
        i >= 2
            && self.key(i - 1) == "in"
            && matches!(
                self.key(i - 2),
                "home" | "lives" | "live" | "lived" | "living" | "based" | "born" | "moved" | "still" | "up" | "stays"
            )
    }

    /// True if the words around the name at words `i..i + len` use it as a place: after
    /// "in", "from", "near" or an article, after "to" and a move, or before a postcode.
    pub(super) fn names_the_place(&self, i: usize, len: usize) -> bool {
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

    /// True if word `i` is in a name of two or more capitalised words after a
    /// professional title ("Dr Colm Ó Briain", "Prof. Ana de Souza").
    pub(super) fn in_titled_name(&self, i: usize) -> bool {
        let list = self.words.list();
        let gap = |a: usize, b: usize| &self.text[list[a].end as usize..list[b].start as usize];
        // Its first word: "Dr Dariusz Kowalczyk" (not in talk of care: "Dr Natalee
        // Bryne rang about her session" may be a client's name misspelt whole).
        if self.title_before(i).is_some_and(is_professional_title)
            && list.get(i + 1).is_some_and(|w| w.flags & (CAP | SENTENCE_START) == CAP)
            && gap(i, i + 1) == " "
        {
            return !self.care_talk(i);
        }
        // (An initial's full stop may stand in the gap: "Dr. P. Naidoo".)
        let initial = |k: usize| self.key(k).chars().count() == 1;
        let mut first = i;
        while first >= 1
            && i - first < 3
            && (gap(first - 1, first) == " " || (gap(first - 1, first) == ". " && initial(first - 1)))
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
    pub(super) fn cited(&self, i: usize) -> bool {
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
    pub(super) fn accent_shared(&self, i: usize, hits: &[(usize, u32, Role, u32)], family: bool) -> Option<u32> {
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
    pub(super) fn misspelt_beside_own_name(&self, i: usize) -> Option<(u32, (usize, usize))> {
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
                osa_distance_within(key, name, 2)
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
            // (A client none of whose names to compare begins with the word's letter is
            // passed on the dense list of initials, without reading their record.)
            let letter = initial_bit(key);
            let mut near: Vec<(u32, u32)> = self.index.name_words[id as usize]
                .owners
                .iter()
                .filter(|&&(client, role)| {
                    let initials = self.index.name_initials[client as usize];
                    match role {
                        Role::Family if after => initials.given_or_preferred & letter != 0,
                        Role::Given | Role::Preferred if !after => initials.family & letter != 0,
                        _ => false,
                    }
                })
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
    /// True if the words around the one word at `i` make it someone's name: a client
    /// word or a Tagalog article of persons before it ("my client Philip", "si Katrena"), a verb after it ("Judath reached six
    /// months", "Cyautana got through"), an age ("Hwnry, 72"), or a colon or full stop
    /// right after it, as a record's heading ("Magsalea: is terrified", "Brye. Obj 1a").
    fn someone_by_context(&self, i: usize) -> bool {
        let list = self.words.list();
        let after = &self.text[list[i].end as usize..];
        let verb = i + 1 < list.len() && {
            let next = self.key(i + 1);
            list[i + 1].flags & CAP == 0
                && (is_name_following_verb(next) || (next.len() > 3 && next.ends_with("ed")))
                && after.starts_with(' ')
        };
        // ("Pt tdy: Katrena", "Nag-message si Katrena": a client word or the Tagalog
        // article of persons just before.)
        let before =
            |d: usize| i >= d && (is_patient_word(self.key(i - d)) || matches!(self.key(i - d), "si" | "ni" | "kay"));
        before(1)
            || (before(2) && list[i - 1].flags & CAP == 0)
            || verb
            || self.stated_age(i + 1).is_some()
            || after.starts_with([':', '.']) && after[1..].chars().next().is_none_or(char::is_whitespace)
    }

    /// True if the text mixes in words of another language: three or more words in
    /// lower case, a tenth of its words or more, that are neither English nor names.
    pub(super) fn code_switching(&self) -> bool {
        *self.code_switching.get_or_init(|| {
            let n = self.words.len();
            let other = (0..n).filter(|&k| self.other_languages_word(k)).count();
            other >= 3 && other * 10 >= n
        })
    }

    pub(super) fn lower_case(&self) -> bool {
        *self.lower_case.get_or_init(|| (0..self.words.len()).all(|k| self.flags(k) & CAP == 0 || self.key(k) == "i"))
    }

    /// True if the word at `i` follows a speaker's introduction, as voicemail
    /// transcripts write them in lower case: "this is herb", "it's herb", "my name's
    /// herb", "my name is herb". (Not "i'm": "i'm outside"; and "it's dean from
    /// copyfast" calls for a business.)
    pub(super) fn introduced(&self, i: usize) -> bool {
        let before = |d: usize| if i >= d { self.key(i - d) } else { "" };
        matches!((before(2), before(1)), ("this" | "name", "is") | ("it" | "name", "s"))
            && (i + 1 >= self.words.len() || self.key(i + 1) != "from")
    }

    /// True if a word next to word `i` is a name written in lower case ("tammy
    /// murry"): a name word that is no ordinary word.
    pub(super) fn lower_case_name_beside(&self, i: usize) -> bool {
        // (The key is looked up, and the lexicon reached, only for a claimed word in
        // lower case: this is asked of every word in lower case.)
        let lower_case_name = |k: usize| {
            k < self.words.len() && self.claimed[k] && self.flags(k) & (CAP | UPPER) == 0 && {
                let key = self.keys[k];
                self.index.name_word_ids.contains_key(key) && !lexicon().is_ordinary_word(key)
            }
        };
        lower_case_name(i.wrapping_sub(1)) || lower_case_name(i + 1)
    }

    /// True if a capitalised word at `j` makes a city before it part of another name
    /// ("the Hamilton Symphony", "Dayton Credit Union"), not where someone lives; a
    /// county or a state still is the place.
    pub(super) fn names_something_else(&self, j: usize) -> bool {
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
    pub(super) fn title_before(&self, i: usize) -> Option<&str> {
        let title = self.key(i.checked_sub(1)?);
        if !is_title(title) || (is_everyday_title(title) && self.words.list()[i - 1].flags & CAP == 0) {
            return None;
        }
        // Joined to the name by a space, after a full stop or not ("Sr, Hope" is no
        // title); and "Walter Kaczka Sr." is a name's suffix, not a title of what follows.
        let list = self.words.list();
        let gap = self.text[list[i - 1].end as usize..list[i].start as usize].trim_start_matches('.');
        if gap.is_empty()
            || !gap.bytes().all(|b| b == b' ' || b == b'\t')
            || (title == "sr" && i >= 2 && list[i - 2].flags & CAP != 0 && list[i - 2].flags & SENTENCE_START == 0)
        {
            return None;
        }
        let spelled_out = matches!(title, "doctor" | "professor");
        let determined =
            i >= 2 && matches!(self.key(i - 2), "the" | "a" | "an" | "her" | "his" | "my" | "their" | "your" | "our");
        (!(spelled_out && determined)).then_some(title)
    }

    /// True if only a space or a comma separates two byte offsets.
    pub(super) fn adjacent(&self, end: usize, start: usize) -> bool {
        end <= start && start - end <= 2 && self.text[end..start].bytes().all(|b| b == b' ' || b == b',')
    }
}

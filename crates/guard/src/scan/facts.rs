//! Pass 4: distinctive facts, as bags of content words in a window so that paraphrases
//! count, found through the pairs of nearby words the index posts them under and
//! verified only where they could change what is reported.

use super::{Facet, Scan, QUASI};
use crate::findings::EvidenceKind;
use crate::index::{
    fact_stem, fact_word_matches, short_stem_key, stem_hash, stem_pair, stem_start, Fact, PairPosting, PostingInfo,
    FACT_SHARE, HEAVIEST, NO_FAMILY, PROPER,
};
use crate::lexicon::{is_fact_stopword, is_place_kind};
use crate::text::{Words, CAP, DIGITS, LINE_START, SENTENCE_START, UPPER};

/// Longest run of words a paraphrased distinctive fact may spread over.
const FACT_WINDOW: usize = 16;

/// Share of a fact's weight that counts beside another detail of its client.
const CORROBORATING_SHARE: f32 = 0.25;

/// Most clients a detail may fit for a fact to corroborate it.
const FEW: usize = 3;

/// The end of a family's list of members in [`FactMarks`].
const NO_MEMBER: u32 = u32::MAX;

/// Which posted words of each fact one scan has seen, cleared in O(1) by bumping an
/// epoch: per fact (and per family of facts, see [`PairPosting::family`]), the epoch it
/// was last touched in, a bit per word seen, their weight, and where the last was.
#[derive(Default)]
pub(super) struct FactMarks {
    epoch: u32,
    marks: Vec<(u32, u32, f32, u32)>,
    /// The first family's slot: the slots before it are the facts'.
    first_family: u32,
    /// The members of a family touched by postings of their own in this scan, which
    /// follow their family's postings from then on: per family, the epoch of the scan
    /// its last such member was touched in and that member's slot, and per fact's
    /// slot, the slot of the member touched before it in the same family (a list per
    /// family, valid in that epoch).
    family_members: Vec<(u32, u32)>,
    next_member: Vec<u32>,
    /// Boxed, so that a scan takes it out and puts it back by moving a pointer, not
    /// the two dozen lists (always `Some` between scans once one has started).
    buf: Option<Box<FactBuffers>>,
}

/// The fact pass's working lists, kept between scans for their capacity.
#[derive(Default)]
pub(super) struct FactBuffers {
    /// (stem hash, word) of the text's content words whose stem is in a posted pair.
    content: Vec<(u64, usize)>,
    /// (stem hash, word) of every word a fact word could match (its stem is a fact
    /// word's), stopwords included.
    stems: Vec<(u64, usize)>,
    touched: Vec<u32>,
    /// A fact's two-word proper name met side by side: (fact, first word, second).
    named: Vec<(u32, usize, usize)>,
    candidates: Vec<Candidate>,
    /// Per client: (epoch, 2 for each other detail of weight the text gives, 1 for
    /// each candidate fact); two or more make the client's facts count.
    client_marks: Vec<(u32, u32)>,
    found: Vec<(FactMatch, u32)>,
    /// Per entry of `found`: beaten by a better-explained overlapping match.
    beaten: Vec<bool>,
    hits: Vec<(usize, u8)>,
    /// Per fact word: (epoch, first, count) of its places in `word_positions`, stamped
    /// with the scan's epoch only if the text has the word.
    word_cache: Vec<(u32, u32, u32)>,
    word_positions: Vec<usize>,
    /// Byte spans of the names of more than one word found before the facts pass.
    name_spans: Vec<(usize, usize)>,
    /// `corroborating_facts`' lists: per span of details short of identifying, its
    /// first holders (one more than [`FEW`] at most) and how many; clients settled; clients described; a fact's words in the text;
    /// facts found.
    details: Vec<((usize, usize), [u32; FEW + 1], usize)>,
    settled: Vec<u32>,
    described: Vec<u32>,
    fact_hits: Vec<(usize, u8)>,
    corroborating: Vec<(u32, u8, (usize, usize))>,
    /// Per word: another detail stands on it.
    taken: Vec<bool>,
}

/// A candidate fact: its slot (see [`PairPosting::slot`]; its fact is
/// `CaseloadIndex::slot_fact` of it), its client, and the place of the last of its posted
/// words seen (its anchor). (The client is read once here, for every candidate, rather
/// than through the slot each time the verifying asks whether the text describes them.)
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    slot: u32,
    client: u32,
    anchor: u32,
}

impl FactMarks {
    pub(super) fn start(&mut self, facts: usize, families: usize, clients: usize) {
        if self.marks.len() < facts + families {
            self.marks.resize(facts + families, (0, 0, 0.0, 0));
        }
        if self.family_members.len() < families {
            self.family_members.resize(families, (0, NO_MEMBER));
        }
        if self.next_member.len() < facts {
            self.next_member.resize(facts, NO_MEMBER);
        }
        self.first_family = facts as u32;
        let buf = self.buf.get_or_insert_with(Box::default);
        if buf.client_marks.len() < clients {
            buf.client_marks.resize(clients, (0, 0));
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.marks.iter_mut().for_each(|m| m.0 = 0);
            self.family_members.iter_mut().for_each(|e| e.0 = 0);
            buf.word_cache.iter_mut().for_each(|c| c.0 = 0);
            buf.client_marks.iter_mut().for_each(|c| c.0 = 0);
            self.epoch = 1;
        }
    }

    /// Records the two words of each of `postings` seen, the later at word `at`, and
    /// adds the slot of each fact or family touched for the first time in this scan to
    /// `touched`. (One call per list, so that the epoch and the marks' place stay in
    /// registers.) `info` holds the rest of each posting, in the same order.
    pub(super) fn touch(&mut self, postings: &[PairPosting], info: &[PostingInfo], at: usize, touched: &mut Vec<u32>) {
        let FactMarks { epoch, marks, first_family, family_members, next_member, .. } = self;
        let (epoch, first_family, marks) = (*epoch, *first_family, &mut marks[..]);
        for (p, info) in postings.iter().zip(info) {
            // The first touch sets the mark outright (a family's member's, from its
            // family's marks if the family was met before: what the member's own
            // postings of the family's pairs would have made); a later one adds only
            // words not seen (most often none). The weights are added in the same order
            // as one by one.
            let slot = p.slot as usize;
            if marks[slot].0 != epoch {
                marks[slot] = (epoch, p.bits, p.both, at as u32);
                touched.push(p.slot);
                if p.family != NO_FAMILY {
                    let last = &mut family_members[(p.family - first_family) as usize];
                    next_member[slot] = if last.0 == epoch { last.1 } else { NO_MEMBER };
                    *last = (epoch, p.slot);
                    let family = marks[p.family as usize];
                    if family.0 == epoch {
                        marks[slot] = family;
                        see(&mut marks[slot], p, info, at);
                    }
                }
            } else {
                see(&mut marks[slot], p, info, at);
            }
            // A family's posting is its members' who have marks of their own.
            if p.slot >= first_family {
                let (seen_in, mut member) = family_members[(p.slot - first_family) as usize];
                while seen_in == epoch && member != NO_MEMBER {
                    see(&mut marks[member as usize], p, info, at);
                    member = next_member[member as usize];
                }
            }
        }
    }
}

/// Adds to a touched fact's (or family's) mark `m` the words of posting `p` it had not
/// seen, the later at word `at`.
fn see(m: &mut (u32, u32, f32, u32), p: &PairPosting, info: &PostingInfo, at: usize) {
    if m.1 & p.bits != p.bits {
        let ([wa, wb], [ya, yb]) = (info.marks, info.weights);
        let (a, b) = (1 << (wa % 32), 1 << (wb % 32));
        if m.1 & a == 0 {
            m.1 |= a;
            m.2 += ya;
        }
        if m.1 & b == 0 {
            m.1 |= b;
            m.2 += yb;
        }
    }
    m.3 = m.3.max(at as u32);
}

/// True if `b` continues a character of UTF-8 rather than starting one.
fn is_utf8_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// True if the line before the one that starts at byte `start` ends a sentence or a
/// paragraph ("…married to Robert.\nHistory:"), not a line hard-wrapped mid-sentence.
pub(super) fn ends_a_line(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let Some(line) = before.strip_suffix('\n') else {
        return true;
    };
    let line = line.trim_end_matches([' ', '\t', '\r']);
    line.is_empty() || line.ends_with(['.', '!', '?', ':', ';', '|', '\n'])
}

/// True if the word at byte `start` follows an apostrophe ("'18", "’61").
pub(super) fn after_apostrophe(text: &str, start: usize) -> bool {
    let before = &text[..start];
    before.ends_with('\'') || before.ends_with('\u{2019}')
}

impl Scan<'_> {
    #[inline(never)]
    pub(super) fn facts(&mut self, initials: &[([char; 2], (usize, usize))]) {
        self.fact_marks.start(self.index.facts.len(), self.index.family_members.len(), self.index.clients.len());
        let mut buf = self.fact_marks.buf.take().unwrap_or_default();
        self.fact_candidates(&mut buf);
        if !buf.candidates.is_empty() {
            self.verify_facts(&mut buf, initials);
        }
        self.corroborating_facts(&mut buf);
        self.fact_marks.buf = Some(buf);
    }

    /// A fact of a client the text describes by another detail that does not identify
    /// them alone (their employer, a relative) counts on less: a share of its weight
    /// with one of its proper names, in one place ("works at Reynolds & Vincent
    /// Accounting … since appearing on MasterChef", "Whitman Academy … the member for
    /// Ward 4"). Told by themselves, such fragments fit too many people.
    /// `stems` holds (stem hash, word) of the text's words that share a fact word's stem.
    #[inline(never)]
    fn corroborating_facts(&mut self, buf: &mut FactBuffers) {
        let FactBuffers {
            stems,
            details,
            settled,
            described,
            fact_hits: hits,
            corroborating: found,
            candidates,
            taken,
            ..
        } = buf;
        if !self.described_otherwise {
            return;
        }
        let (index, words) = (self.index, self.words);
        // A fact needs a proper name of its own capitalised mid-sentence: most texts have
        // none of a fact's, and then no client is looked at.
        let capital = |i: usize| words.list()[i].flags & (CAP | SENTENCE_START) == CAP;
        if !stems.iter().any(|&(_, i)| capital(i)) {
            return;
        }
        // Clients described by a detail other than a name that few share (a name, or a
        // relative's name many clients' mothers have, says too little of whose fact it
        // is), none yet identified by one detail or matched to a fact.
        details.clear();
        settled.clear();
        // (Each span's holders gathered as met, up to one more than few: a detail of a
        // common relative's name has hundreds, which need not be sorted to be too many.)
        for r in self.raw.iter() {
            if r.weight >= 1.0 || matches!(r.facet, Facet::Fact(_)) {
                settled.push(r.client);
            } else if r.weight >= QUASI && r.facet != Facet::Name {
                let span = (r.start, r.end);
                let at = match details.iter().rposition(|d| d.0 == span) {
                    Some(at) => at,
                    None => {
                        details.push((span, [0; FEW + 1], 0));
                        details.len() - 1
                    }
                };
                let (_, holders, n) = &mut details[at];
                if *n <= FEW && !holders[..*n].contains(&r.client) {
                    holders[*n] = r.client;
                    *n += 1;
                }
            }
        }
        described.clear();
        described.extend(details.iter().filter(|d| d.2 <= FEW).flat_map(|d| d.1[..d.2].iter().copied()));
        if described.is_empty() {
            return;
        }
        described.sort_unstable();
        described.dedup();
        settled.sort_unstable();
        described.retain(|c| settled.binary_search(c).is_err());
        // Words another detail stands on ("Dayton" of Dayton Family Clinic) say no fact
        // (marked once, word by word).
        let list = words.list();
        taken.clear();
        taken.resize(list.len(), false);
        // (The owners of one name found stand in a row with its span: marked once.)
        let mut last_span = None;
        for r in self.raw.iter() {
            if last_span.replace((r.start, r.end)) == Some((r.start, r.end)) {
                continue;
            }
            let first = list.partition_point(|w| (w.end as usize) <= r.start);
            for (k, w) in list.iter().enumerate().skip(first) {
                if w.start as usize >= r.end {
                    break;
                }
                taken[k] = true;
            }
        }
        let free = |i: usize| !taken[i];
        found.clear();
        for &client in described.iter() {
            let from = index.facts.partition_point(|f| f.client < client);
            for f in index.facts[from..].iter().take_while(|f| f.client == client) {
                let written = |h: u64| stems.iter().any(|&(g, i)| g == h && capital(i));
                if !f.words.iter().any(|w| w.proper && written(w.stem)) {
                    continue;
                }
                hits.clear();
                for (wi, w) in f.words.iter().enumerate() {
                    for &(_, i) in stems.iter().filter(|&&(g, _)| g == w.stem) {
                        if free(i) && fact_word_matches(words.key(i), &w.text) {
                            hits.push((i, wi as u8));
                        }
                    }
                }
                hits.sort_unstable();
                hits.dedup();
                let mut best: Option<(f32, usize, usize, u32)> = None;
                for (s, &(first, _)) in hits.iter().enumerate() {
                    let (mut seen, mut weight, mut last, mut proper, mut used) = (0u32, 0.0, first, false, 0u32);
                    // (Words of a place's kind, "city", "council", do not count as the
                    // second: "the Dover city council meeting" is about the town.)
                    let mut telling = 0;
                    // (In one sentence: "He grew up in Dover. Symphony tickets are his
                    // treat" says no "Dover Symphony".)
                    let sentence_end = (first + 1..(first + FACT_WINDOW).min(words.len()))
                        .find(|&k| words.list()[k].flags & SENTENCE_START != 0)
                        .unwrap_or(first + FACT_WINDOW);
                    for &(i, wi) in hits[s..].iter().take_while(|&&(i, _)| i < sentence_end) {
                        if seen & (1 << wi) == 0 {
                            seen |= 1 << wi;
                            let w = &f.words[wi as usize];
                            weight += w.weight;
                            last = i;
                            used |= 1 << (i - first);
                            telling += usize::from(!is_place_kind(&w.text));
                            // The proper name as written, capitalised mid-sentence.
                            proper |= w.proper && words.key(i) == &*w.text && capital(i);
                        }
                    }
                    if proper
                        && telling >= 2
                        && weight >= CORROBORATING_SHARE * f.total_weight
                        && best.is_none_or(|b| weight > b.0)
                    {
                        best = Some((weight, first, last, used));
                    }
                }
                let Some((_, first, last, used)) = best else { continue };
                // Words another client's fact holds every one of, and more of the
                // sentence's, are theirs ("plays viola in the Dover Symphony Orchestra" is
                // the violist's, not a cellist's fact in part). Where two facts hold the
                // same words ("the Honest Gardener podcast" of two hosts), the one whose
                // client the text describes otherwise is the likelier.
                let holds = |g: &Fact, i: usize| g.words.iter().any(|w| fact_word_matches(words.key(i), &w.text));
                let explained_by =
                    |g: &Fact| (0..FACT_WINDOW).filter(|k| used & (1 << k) != 0).all(|k| holds(g, first + k));
                let sentence = self.sentence_of(first);
                let more_of_sentence = |g: &Fact| {
                    sentence.clone().filter(|&i| free(i) && holds(g, i)).count() > used.count_ones() as usize
                };
                if candidates.iter().any(|c| {
                    c.client != client && {
                        let g = &index.facts[index.slot_fact[c.slot as usize] as usize];
                        explained_by(g) && more_of_sentence(g)
                    }
                }) {
                    continue;
                }
                found.push((client, f.which, self.span(first, last + 1)));
            }
        }
        for &(client, which, span) in found.iter() {
            self.push(client, Facet::Fact(which), span, EvidenceKind::Distinctive, QUASI);
        }
    }

    /// Candidates: facts with two posted words near each other in the text (every
    /// match holds two) that, with all their unposted words, could weigh enough; each
    /// with the position of the last posted word as its anchor.
    #[inline(never)]
    pub(super) fn fact_candidates(&mut self, buf: &mut FactBuffers) {
        let marks = &mut *self.fact_marks;
        let FactBuffers { content, stems, touched, named, candidates, .. } = buf;
        content.clear();
        stems.clear();
        for (i, &key) in self.keys.iter().enumerate() {
            // Fact words are never stopwords, but a stopword can share a fact word's
            // stem ("local", "location"): stems keeps them for verification.
            let mut take = |h: u64, posted: bool| {
                stems.push((h, i));
                if posted && !is_fact_stopword(key) {
                    content.push((h, i));
                }
            };
            // (A word of three bytes or more whose first bytes start no fact stem is
            // turned away before its stem is hashed.)
            match stem_start(key) {
                None if self.words.list()[i].flags & DIGITS == 0 => continue,
                Some(start) if !self.index.fact_stem_starts.may_contain(start) => continue,
                Some(start) => {
                    // Most words' stem is their first three or four bytes, found by those
                    // bytes with no hashing (not a number's, which is the whole number,
                    // nor a word's whose fourth byte is inside a character, whose stem
                    // goes on to its end).
                    let bytes = key.as_bytes();
                    let short = match bytes.len() {
                        3 | 4 => true,
                        _ => !bytes[0].is_ascii_digit() && !is_utf8_continuation(bytes[4]),
                    };
                    if short {
                        if let &[(h, posted)] = self.index.fact_short_stems.get(short_stem_key(start)) {
                            take(h, posted);
                        }
                        continue;
                    }
                }
                None => {}
            }
            let mut offer = |h: u64| {
                if let &[posted] = self.index.fact_stems.get(h) {
                    take(h, posted);
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
                let (first, postings) = self.index.fact_pairs.get_at(stem_pair(a, b));
                if postings.is_empty() {
                    continue;
                }
                let info = &self.index.fact_pair_info[first..first + postings.len()];
                // (Asked once per pair, not per posting.)
                let may_name = a != b && side_by_side(self.words, i, j);
                marks.touch(postings, info, j, touched);
                if !may_name {
                    continue;
                }
                for p in info.iter().filter(|p| p.name) {
                    let [wa, wb] = p.words;
                    let words = &self.index.facts[p.fact as usize].words;
                    if fact_word_matches(self.words.key(i), &words[wa as usize].text)
                        && fact_word_matches(self.words.key(j), &words[wb as usize].text)
                    {
                        named.push((p.fact, i, j));
                    }
                }
            }
        }
        named.sort_unstable();
        candidates.clear();
        // (A plain loop: this runs over hundreds of facts a text, and an iterator chain
        // here is inlined one way or another as the code around it changes.)
        // (The marks read as a slice: (epoch, bits of the posted words seen, their
        // weight, the last one's place).)
        // (By slot, see `PairPosting::slot`.)
        let epoch = marks.epoch;
        let (shortfall, marks, named) = (&self.index.fact_shortfall[..], &marks.marks[..], &named[..]);
        let (slot_fact, slot_block) = (&self.index.slot_fact[..], &self.index.slot_block[..]);
        let first_family = slot_fact.len() as u32;
        let candidate = |slot: u32, at: u32| Candidate { slot, client: slot_block[slot as usize].1, anchor: at };
        for &s in touched.iter() {
            let (_, seen, weight, at) = marks[s as usize];
            if s >= first_family {
                // A family's members have its marks but those with marks of their own
                // (read as facts): the first, by shortfall, as far as they meet it.
                let (first, end) = self.index.family_members[(s - first_family) as usize];
                for m in (first..end).take_while(|&m| seen.count_ones() >= 2 && weight >= shortfall[m as usize]) {
                    if marks[m as usize].0 != epoch {
                        candidates.push(candidate(m, at));
                    }
                }
                continue;
            }
            if (seen.count_ones() >= 2 && weight >= shortfall[s as usize])
                || (!named.is_empty() && named.binary_search_by_key(&slot_fact[s as usize], |n| n.0).is_ok())
            {
                candidates.push(candidate(s, at));
            }
        }
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
    pub(super) fn verify_facts(&mut self, buf: &mut FactBuffers, initials: &[([char; 2], (usize, usize))]) {
        let FactBuffers {
            stems,
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
        let (index, words, keys) = (self.index, self.words, &self.keys[..]);
        let epoch = self.fact_marks.epoch;
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
        for c in candidates.iter() {
            mark(c.client, 1);
        }
        let described = |c: &&Candidate| client_marks[c.client as usize].1 >= 2;
        // Only a candidate of a client described otherwise matters by itself, and the
        // others only by beating one of its matches: with none, nothing is found, and
        // the text's stems need no table.
        if !candidates.iter().any(|c| described(&c)) {
            found.clear();
            beaten.clear();
            return;
        }
        // Where each fact word is in the text, found once per scan for every fact word
        // of a stem the text has: (scan, first, count) into `word_positions`, stamped with
        // this scan's epoch only if the word is in the text (else stale: absent).
        if word_cache.len() < self.index.fact_words {
            word_cache.resize(self.index.fact_words, (0, 0, 0));
        }
        word_positions.clear();
        stems.sort_unstable();
        for run in stems.chunk_by(|a, b| a.0 == b.0) {
            for &id in index.fact_stem_words.get(run[0].0) {
                let first = word_positions.len();
                let text = &index.fact_word_text[id as usize].0;
                for &(_, i) in run {
                    if fact_word_matches(keys[i], text) {
                        word_positions.push(i);
                    }
                }
                if word_positions.len() > first {
                    word_cache[id as usize] = (epoch, first as u32, (word_positions.len() - first) as u32);
                }
            }
        }
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
        let mut verify = |f: u32, slot: u32, anchor: usize, beyond: f32| -> Option<FactMatch> {
            // (The fact's packed block: its total weight and words; the record itself is
            // read only to tell a proper name from another name's part.)
            let at = index.slot_block[slot as usize].0 as usize;
            let head = index.fact_blocks[at];
            let (count, heavy) = (head.id as usize, (head.id as usize).min(HEAVIEST));
            let heaviest = &index.fact_blocks[at + 1..at + 1 + heavy];
            let fact_words = &index.fact_blocks[at + 1 + heavy..at + 1 + heavy + count];
            let total_weight = head.weight;
            // A fact that must weigh more than `beyond` cannot where its heaviest words
            // absent from the text weigh enough. (With a margin far above the rounding of
            // either sum, so that only what the test below would turn away is.)
            if beyond.is_finite() {
                let enough = (1.0 + 1e-4 - beyond) * total_weight;
                let mut absent = 0.0;
                for w in heaviest {
                    if word_cache[(w.id & !PROPER) as usize].0 != epoch {
                        absent += w.weight;
                        if absent >= enough {
                            return None;
                        }
                    }
                }
            }
            let needed = FACT_SHARE * total_weight;
            let (from, to) = (anchor.saturating_sub(2 * FACT_WINDOW), anchor + FACT_WINDOW);
            hits.clear();
            // Where each word is in the text, and what the words anywhere in it weigh.
            let mut anywhere = 0.0;
            // (Adding nothing for an absent word leaves the sum as it was, to the bit.)
            for w in fact_words.iter() {
                let in_text = word_cache[(w.id & !PROPER) as usize].0 == epoch;
                anywhere += if in_text { w.weight } else { 0.0 };
            }
            // (Shares summed in another order differ in the last bits: the margin keeps
            // every match that could weigh more.)
            if anywhere / total_weight + 1e-5 <= beyond {
                return None;
            }
            let (mut present, mut reachable) = (0u32, 0.0);
            for (wi, w) in fact_words.iter().enumerate() {
                let (stamp, first, count) = word_cache[(w.id & !PROPER) as usize];
                if stamp != epoch {
                    continue;
                }
                for &i in &word_positions[first as usize..(first + count) as usize] {
                    if (from..to).contains(&i)
                        && !(w.id & PROPER != 0 && in_another_name(words, name_spans, i, &index.facts[f as usize]))
                    {
                        hits.push((i, wi as u8));
                        if present & (1 << wi) == 0 {
                            present |= 1 << wi;
                            reachable += w.weight;
                        }
                    }
                }
            }
            // Its proper name side by side stands for the fact, whatever the weight.
            let first_name = named.partition_point(|n| n.0 < f);
            let names = &named[first_name..first_name + named[first_name..].iter().take_while(|n| n.0 == f).count()];
            if present.count_ones() < 2
                || (reachable < needed && names.is_empty())
                || reachable / total_weight + 1e-5 <= beyond
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
                        weight += fact_words[wi as usize].weight;
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
                share: weight / total_weight,
                weight,
                words,
                first,
                last,
            })
        };

        // Facts matched over the same words compete: "Ward 2 on the Auburn city
        // council" is the client whose fact says Ward 2, not every councillor in Auburn.
        // (share of the fact's weight matched, fact, first word, last word)
        // (Two facts of one client told in one breath, each with words of its own, both
        // stand: "coaches the Brookfield Tigers under-14 soccer team and the Brookfield
        // Falcons under-14 lacrosse side".)
        let clients = &self.index.fact_client;
        let told_apart = |(other, g): (FactMatch, u32), (m, f): (FactMatch, u32)| {
            clients[g as usize] == clients[f as usize] && m.has_words_apart_from(&other)
        };
        let beats = |other: (FactMatch, u32), m: (FactMatch, u32)| {
            other.1 != m.1 && other.0.explains_more(&m.0) && !told_apart(other, m)
        };
        found.clear();
        let fact = |c: &Candidate| index.slot_fact[c.slot as usize];
        for c in candidates.iter().filter(described) {
            let f = fact(c);
            if let Some(m) = verify(f, c.slot, c.anchor as usize, f32::NEG_INFINITY) {
                found.push((m, f));
            }
        }
        beaten.clear();
        beaten.extend(found.iter().map(|&m| found.iter().any(|&other| beats(other, m))));
        if beaten.iter().all(|&b| b) {
            return self.push_facts(found, beaten);
        }
        // The weakest match still unbeaten: another fact must weigh more to matter.
        // (It changes only when a match is beaten, so it is computed again only then.)
        let weakest_unbeaten = |found: &[(FactMatch, u32)], beaten: &[bool]| {
            found.iter().zip(beaten).filter(|(_, &b)| !b).map(|(m, _)| m.0.share).reduce(f32::min)
        };
        let mut weakest = weakest_unbeaten(found, beaten);
        for c in candidates.iter().filter(|c| !described(c)) {
            // (A share is at most 1, but for rounding in the last bits.)
            let Some(weakest_share) = weakest.filter(|&w| w + 1e-4 < 1.0 + 1e-5) else {
                break;
            };
            let f = fact(c);
            if let Some(other) = verify(f, c.slot, c.anchor as usize, weakest_share + 1e-4) {
                for (m, b) in found.iter().zip(beaten.iter_mut()) {
                    *b |= beats((other, f), *m);
                }
                weakest = weakest_unbeaten(found, beaten);
            }
        }
        self.push_facts(found, beaten);
    }

    /// Adds the matches no other match beat. Two facts of one client matched over the
    /// same words are one detail, not two ("found a Civil War sword at a garage sale"
    /// told of a client in the Plymouth and the Lancaster paper): the match using more
    /// words is kept, the first fact on a tie.
    pub(super) fn push_facts(&mut self, found: &[(FactMatch, u32)], beaten: &[bool]) {
        let clients = &self.index.fact_client;
        let unbeaten = || found.iter().zip(beaten).filter(|(_, &b)| !b).map(|(m, _)| *m);
        let preferred = |(other, f): (FactMatch, u32), (m, g): (FactMatch, u32)| {
            let (used, mine) = (other.words.count_ones(), m.words.count_ones());
            f != g
                && clients[f as usize] == clients[g as usize]
                && other.shares_a_word(&m)
                && !(m.has_words_apart_from(&other) && other.has_words_apart_from(&m))
                && (used > mine || (used == mine && f < g))
        };
        for (FactMatch { first, last, .. }, f) in unbeaten().filter(|&m| !unbeaten().any(|other| preferred(other, m))) {
            let fact = &self.index.facts[f as usize];
            let span = self.span(first, last + 1);
            self.push(fact.client, Facet::Fact(fact.which), span, EvidenceKind::Distinctive, QUASI);
        }
    }
}

/// True if word `i` lies in one of `names` (byte spans of names of several words found
/// in the text) with a word that is none of `fact`'s: a fact's proper name counts only
/// where it is no part of another name ("Clinton" of "Clinton State University" is not
/// the "Clinton" of the Clinton Otters).
pub(super) fn in_another_name(words: &Words, names: &[(usize, usize)], i: usize, fact: &Fact) -> bool {
    let list = words.list();
    let (start, end) = (list[i].start as usize, list[i].end as usize);
    names.iter().filter(|&&(from, to)| from <= start && end <= to).any(|&(from, to)| {
        let first = list.partition_point(|w| (w.start as usize) < from);
        (first..list.len())
            .take_while(|&k| list[k].end as usize <= to)
            .any(|k| k != i && !fact.words.iter().any(|w| fact_word_matches(words.key(k), &w.text)))
    })
}

/// Text words between two words of a fact's match beyond which it is stretched.
const STRETCH: u32 = 4;

/// Where a fact matched: the share of the fact's weight its words make and their
/// weight, the words it used as bits counted from its first word (a match lies within
/// one window, so 32 bits hold it), and its first and last word.
#[derive(Debug, Clone, Copy)]
pub(super) struct FactMatch {
    share: f32,
    weight: f32,
    words: u32,
    first: usize,
    last: usize,
}

impl FactMatch {
    /// The words of `other`, as bits counted from this match's first word.
    pub(super) fn relative(&self, other: &FactMatch) -> u64 {
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
    pub(super) fn explains_more(&self, other: &FactMatch) -> bool {
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
    pub(super) fn widest_gap(&self) -> u32 {
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

    pub(super) fn shares_a_word(&self, other: &FactMatch) -> bool {
        u64::from(self.words) & self.relative(other) != 0
    }

    /// True if this match uses two words or more that `other` does not.
    pub(super) fn has_words_apart_from(&self, other: &FactMatch) -> bool {
        let base = self.first.min(other.first);
        let at = |m: &FactMatch| u64::from(m.words).checked_shl((m.first - base) as u32).unwrap_or(0);
        (at(self) & !at(other)).count_ones() >= 2
    }
}

/// True if words `i` and `j` read as one proper name: both capitalised, in one
/// sentence, nothing between them but "of" or "the" ("Dover Symphony", "Bank of the
/// West").
pub(super) fn side_by_side(words: &Words, i: usize, j: usize) -> bool {
    let flags = |k: usize| words.list()[k].flags;
    let capitalised = |k: usize| flags(k) & (CAP | UPPER) != 0;
    j > i
        && j - i <= 3
        && capitalised(i)
        && capitalised(j)
        && (i + 1..=j).all(|k| flags(k) & SENTENCE_START == 0)
        && (i + 1..j).all(|k| matches!(words.key(k), "of" | "the"))
}

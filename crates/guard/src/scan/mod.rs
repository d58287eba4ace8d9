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
//!
//! This module holds the scan's state and runs the passes; each pass is a module of
//! its own (`shapes`, `names`, `misspellings`, `facts`, `joins`), `context` holds the
//! readings of a name in its context they share, and `assemble` adds up the evidence.

use std::cell::RefCell;

use crate::findings::{EvidenceKind, Findings, Warning};
use crate::index::CaseloadIndex;
use crate::recognize;
use crate::text::Words;

mod assemble;
mod context;
mod facts;
mod joins;
mod misspellings;
mod names;
mod shapes;

use facts::FactMarks;
use misspellings::{LexicalVerdicts, NearestNames};

/// Weight at which a client counts as identified.
const IDENTIFIES: f32 = 0.999;
/// Weight of one quasi-identifier: two of the same client identify them.
const QUASI: f32 = 0.5;

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

/// A name the text gives someone other than a client, or a client in disguise.
#[derive(Debug, Clone, Copy)]
struct OtherName {
    /// The name's first word and how many words it has.
    first: usize,
    len: usize,
    /// The most any mention of the name may weigh.
    cap: f32,
    /// The reading is only likely: a mention with a title ("Mrs Lewis") or in a
    /// sentence of care ("Grace, my 3pm, cancelled") is still read on its own.
    likely: bool,
}

impl OtherName {
    /// Surely someone else's: every mention weighs at most `cap`.
    fn sure(first: usize, len: usize, cap: f32) -> OtherName {
        OtherName { first, len, cap, likely: false }
    }
}

/// Where each city phrase was seen: phrase → byte spans. (Hashed with fixed keys: a map
/// made per text need not draw a random state, and nothing reads it in hash order but
/// to sort what it finds.)
type CitySpans = std::collections::HashMap<u32, Vec<(usize, usize)>, std::hash::BuildHasherDefault<ahash::AHasher>>;

/// The capitalised words right before and right after a name, if any.
/// What stands right before and right after a name: capitalised name-like words, and
/// failing those capitalised everyday words that could be the rest of the name
/// misspelt.
#[derive(Clone, Copy)]
struct Neighbours {
    prev: Option<usize>,
    next: Option<usize>,
    everyday: [Option<usize>; 2],
    /// The [`crate::index::initial_bit`]s of the sides read (`prev` or else
    /// `everyday[0]`, `next` or else `everyday[1]`): computed once, asked per owner.
    side_initials: u32,
}

impl Neighbours {
    /// Nothing stands on either side that could be part of a name.
    fn is_empty(&self) -> bool {
        self.prev.or(self.everyday[0]).is_none() && self.next.or(self.everyday[1]).is_none()
    }
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
    /// Room for a scan's list of keys, kept for its capacity: empty between scans, so
    /// of any lifetime (see [`reuse`]).
    keys: Vec<&'static str>,
    raw: Vec<Raw>,
    claimed: Vec<bool>,
    word_hashes: Vec<u64>,
    fact_marks: FactMarks,
    nearest: NearestNames,
    verdicts: LexicalVerdicts,
    tally: Tally,
}

/// The lists `finish` tallies the evidence in, kept between scans for their capacity:
/// per client, (scan, pieces of evidence that weigh anything, two for one that
/// identifies alone), stale unless stamped with this scan's `epoch`; (client, facet,
/// weight) of each piece of evidence that weighs anything, of clients with two such;
/// and the clients it identifies.
#[derive(Default)]
struct Tally {
    epoch: u32,
    counts: Vec<(u32, u32)>,
    positive: Vec<(u32, Facet, f32)>,
    identified: Vec<u32>,
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
    let Scratch { words, keys, raw, claimed, word_hashes, fact_marks, nearest, verdicts, tally } = scratch;
    words.split(text);
    let mut scan_keys = reuse(std::mem::take(keys));
    scan_keys.extend(words.keys());
    claimed.clear();
    claimed.resize(words.len(), false);
    raw.clear();
    let mut scan = Scan {
        index,
        text,
        words,
        keys: scan_keys,
        claimed,
        word_hashes,
        fact_marks,
        nearest,
        verdicts,
        tally,
        raw,
        warnings: Vec::new(),
        speaks_of_care: std::cell::OnceCell::new(),
        their_sessions: std::cell::OnceCell::new(),
        staff_rota: std::cell::OnceCell::new(),
        signature: std::cell::OnceCell::new(),
        staff_roll: std::cell::OnceCell::new(),
        staff_chat: std::cell::OnceCell::new(),
        care_cues: std::cell::OnceCell::new(),
        lower_case: std::cell::OnceCell::new(),
        of_family: std::cell::OnceCell::new(),
        code_switching: std::cell::OnceCell::new(),
        someone_else: std::cell::RefCell::new(Vec::new()),
        reclaimable: std::cell::RefCell::new(Vec::new()),
        famous_namesakes: Vec::new(),
        relatives_unannounced: Vec::new(),
        relatives_met: Vec::new(),
        described_otherwise: false,
        address_spans: Vec::new(),
    };
    scan.shapes();
    let (occupations, cities) = scan.phrases();
    scan.same_person_throughout();
    let initials = scan.initials();
    scan.misspellings();
    scan.nearest_misspelt_full_names();
    scan.join_relatives_of_the_named();
    scan.join_relatives_together();
    scan.join_title_sex();
    // The occupation-and-city join reads no fact, and the facts pass needs to know who
    // else the text describes.
    scan.join_occupation_city(&occupations, &cities);
    scan.facts(&initials);
    scan.names_within_facts();
    scan.join_initials(&initials);
    scan.join_titled_initial();
    scan.join_famous_namesakes();
    scan.join_reclaimed_names();
    scan.join_relatives_signing();
    let scan_keys = std::mem::take(&mut scan.keys);
    let findings = scan.finish();
    *keys = reuse(scan_keys);
    findings
}

/// An empty list in the allocation of `list`, for words of another lifetime: a vector
/// collected from its own iterator reuses its buffer, and an empty one has no item to
/// map.
fn reuse<'b>(mut list: Vec<&str>) -> Vec<&'b str> {
    list.clear();
    list.into_iter().map(|_| "").collect()
}

struct Scan<'a> {
    index: &'a CaseloadIndex,
    text: &'a str,
    words: &'a Words,
    /// Per word, its folded key, sliced out once per text: the passes ask for keys
    /// hundreds of times, and a slice of a `str` checks both ends each time.
    keys: Vec<&'a str>,
    claimed: &'a mut Vec<bool>,
    /// Per word, the phrase table's hash of its canonical form (the phrases pass's; the
    /// misspellings pass places its remembered look-ups by it).
    word_hashes: &'a mut Vec<u64>,
    fact_marks: &'a mut FactMarks,
    nearest: &'a mut NearestNames,
    verdicts: &'a mut LexicalVerdicts,
    tally: &'a mut Tally,
    raw: &'a mut Vec<Raw>,
    warnings: Vec<Warning>,
    /// Whether the text speaks to someone of their own care, read once when needed.
    speaks_of_care: std::cell::OnceCell<bool>,
    /// Whether the text speaks to its reader of sessions and names no client, read
    /// once when needed.
    their_sessions: std::cell::OnceCell<bool>,
    /// Whether the text is a rota of the practice's staff, read once when needed.
    staff_rota: std::cell::OnceCell<bool>,
    /// The word that signs the text, if any (`Scan::signature`), found once.
    signature: std::cell::OnceCell<Option<usize>>,
    /// The byte spans of the meeting's rolls of the practice's staff the text holds,
    /// read once when needed.
    staff_roll: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// Whether the text is a chat among the practice's staff, read once when needed.
    staff_chat: std::cell::OnceCell<bool>,
    /// Per word, whether it speaks of care (`Scan::care_talk`), read once when needed.
    care_cues: std::cell::OnceCell<Vec<bool>>,
    /// Whether the text is written all in lower case, read once when needed.
    lower_case: std::cell::OnceCell<bool>,
    /// Whether the text speaks of a family, read once when needed.
    of_family: std::cell::OnceCell<bool>,
    /// Whether the text mixes in another language, read once when needed.
    code_switching: std::cell::OnceCell<bool>,
    /// Names the text gives someone other than a client ("my daughter Sophia") or a
    /// client in disguise ("I'll call him 'Chase'"): every other mention of them is that
    /// person too ("Sophia's mom", "'Chase' described the pub").
    someone_else: std::cell::RefCell<Vec<OtherName>>,
    /// Clients' full names read as somebody famous's, as (client, span): one of them is
    /// the client after all if the text gives another detail of theirs.
    /// Whether words of fame or a published work were near (then the famous one is
    /// meant even in a list of clients).
    famous_namesakes: Vec<(u32, (usize, usize), bool)>,
    /// Byte spans of names read as someone else's that are a client's after all if the
    /// text gives another detail of that client's: the addressee ("Hi Rusty,"), an
    /// organisation's person ("Keith from the clearinghouse called").
    reclaimable: std::cell::RefCell<Vec<(usize, usize)>>,
    /// Given names some client has a relative by, met with no relation word near, as
    /// (phrase, span, word): that relative, if the text names the client too.
    relatives_unannounced: Vec<(u32, (usize, usize), usize)>,
    /// Given names of clients' relatives met capitalised but not counted, as (phrase,
    /// span, word): two of one client's may still describe them.
    relatives_met: Vec<(u32, (usize, usize), usize)>,
    /// Whether a detail other than a name that does not identify alone (an employer, a
    /// relative) has been found: then a fact may corroborate it.
    described_otherwise: bool,
    /// Byte spans of the street addresses found.
    address_spans: Vec<(usize, usize)>,
}

impl Scan<'_> {
    fn key(&self, i: usize) -> &str {
        self.keys[i]
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
        self.described_otherwise |= facet != Facet::Name && (QUASI..1.0).contains(&weight);
    }
}

/// What stands beside a one-word name.
enum Neighbour {
    None,
    OtherPerson,
    /// The whole name, misspelt in part: its byte span.
    RestOfName((usize, usize)),
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
            | "wanted"
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
            // (Not "walks": "Dawn walks before clinic" are walks at dawn.)
            | "arrives"
            | "arrived"
            | "announces"
            | "announced"
            | "used"
    )
}

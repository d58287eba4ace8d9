//! The caseload index: every way a caseload could be written in a text, arranged for
//! one pass over the text's words. Built once per caseload, immutable, `Send + Sync`.
//!
//! - a *phrase table* keyed by a phrase's first two folded words (one-word phrases by
//!   their word): names (full, given, preferred, data-set nicknames, family),
//!   relatives, employers, schools, streets, occupations and cities, each phrase once
//!   with every (client, role) that owns it; city and occupation owners are kept apart,
//!   as (occupation, city) pairs, since they only count together;
//! - a *deletion neighbourhood* of name words (every string reachable by deleting up to
//!   two letters), hashed, so a misspelt word finds the names within two edits by
//!   hashing rather than by comparing against every name;
//! - hash maps from normalised phone numbers, e-mail addresses and dates of birth;
//! - client initials;
//! - the content words of distinctive facts, by stem, with their rarity as weight,
//!   each fact posted under the pairs of its rarest stems (every match holds one such
//!   pair) and under its two-word proper names that no other fact has.

use ahash::{AHashMap, AHashSet};

use crate::caseload::{Caseload, Client};
use crate::fuzzy::each_deletion_hash;
use crate::lexicon::{
    canonical_word, is_fact_stopword, is_street_word, lexicon, occupation_synonyms, relation, Relation,
};
use crate::recognize::{parse_iso_date, phone_key, DateKey};
use crate::table::{KeyFilter, MultiMap};
use crate::text::words;

/// The first letters of a client's family names and of their given and preferred
/// names, one bit per letter of the folded key (a to z, and one bit for any other).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NameInitials {
    pub family: u32,
    pub given_or_preferred: u32,
}

impl NameInitials {
    fn of(client: &ClientInfo) -> NameInitials {
        let letters = |names: &[String]| names.iter().fold(0, |bits, name| bits | initial_bit(name));
        NameInitials {
            family: letters(&client.family),
            given_or_preferred: letters(&client.given) | letters(&client.preferred),
        }
    }
}

/// The bit of [`NameInitials`] for a folded word's first letter.
pub(crate) fn initial_bit(word: &str) -> u32 {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii_lowercase() => 1 << (b - b'a'),
        Some(_) => 1 << 31,
        None => 0,
    }
}

/// What a phrase is to the client who owns it. (With a tag byte of its own, a role is
/// told by one load: a scan matches the role of every owner of every name it meets.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Role {
    /// Given and family name together ("Nathan Robinson", "Robinson Nathan").
    FullName,
    /// The recorded preferred name with the family name ("Chuck Benson").
    NicknameFull,
    /// A nickname from the data set with the family name ("Bob Smith" for Robert).
    DatasetNicknameFull,
    /// The given name alone.
    Given,
    /// The recorded preferred name alone.
    Preferred,
    /// A nickname of the given name from the nickname data set, not recorded.
    DatasetNickname,
    /// The family name alone.
    Family,
    /// A relative's full name; the index into `Client::relatives`.
    RelativeFull(u8),
    /// A relative's given name; the index into `Client::relatives`, and the relation
    /// recorded (kept here, where a scan reads it for every owner of a given name,
    /// rather than fetched from each owner's record).
    RelativeGiven(u8, Option<Relation>),
    Employer,
    School,
    /// House number and street.
    Street,
    Occupation,
    City,
}

impl Role {
    /// Roles that name the client themself.
    pub(crate) fn is_own_name(self) -> bool {
        matches!(
            self,
            Role::FullName
                | Role::NicknameFull
                | Role::DatasetNicknameFull
                | Role::Given
                | Role::Preferred
                | Role::DatasetNickname
                | Role::Family
        )
    }
}

/// One phrase: its words, and who owns it in which role.
#[derive(Debug)]
pub(crate) struct Phrase {
    pub first: Box<str>,
    pub rest: Box<[Box<str>]>,
    pub owners: Vec<(u32, Role)>,
    /// `owners` less those who have the phrase as a relative's given name: such a name
    /// counts only with a relation word near, so most hits of a common given name need
    /// not walk its (often many) holders as someone's relative.
    pub owners_but_relatives: Vec<(u32, Role)>,
    /// The phrase is a public figure's name.
    pub public_figure: bool,
    /// ...one many private people share, the famous one only with words of fame near.
    pub famous_by_cue: bool,
    /// The phrase is one ordinary English word ("Hope", "Will").
    pub ordinary_word: bool,
    /// How many clients hold the phrase as a one-word name, by kind of name.
    pub holders: NameHolders,
    /// Some client lives in the city of this name. City and occupation owners are not
    /// in `owners` (a common city or job has hundreds): they count only together, and
    /// [`CaseloadIndex::occupation_city`] holds who has which pair.
    pub city: bool,
    /// Some client has this occupation.
    pub occupation: bool,
    /// Some client has this phrase as their full name, or preferred and family name.
    pub full_name: bool,
    /// Some client has it as their own name written with other letters ("Théodore"
    /// for "theodore"): how the text writes it may tell them apart.
    pub spelled_apart: bool,
}

/// How many distinct clients hold a phrase as a given or preferred name, as a family
/// name, and as a nickname from the data set only.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct NameHolders {
    pub recorded: usize,
    pub family: usize,
    pub nickname: usize,
}

impl NameHolders {
    pub(crate) fn of(owners: &[(u32, Role)]) -> NameHolders {
        let count = |f: fn(Role) -> bool| {
            let mut v: Vec<u32> = owners.iter().filter(|(_, r)| f(*r)).map(|(c, _)| *c).collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        NameHolders {
            recorded: count(|r| matches!(r, Role::Given | Role::Preferred)),
            family: count(|r| r == Role::Family),
            nickname: count(|r| r == Role::DatasetNickname),
        }
    }
}

impl Phrase {
    pub(crate) fn len(&self) -> usize {
        self.rest.len() + 1
    }
}

/// A client as the scanner reports them.
#[derive(Debug)]
pub(crate) struct ClientInfo {
    pub id: String,
    /// Folded words of the given name, the preferred name and the family name.
    pub given: Vec<String>,
    pub preferred: Vec<String>,
    pub family: Vec<String>,
    /// The given, preferred, family and full names as written, in lower case with
    /// diacritics kept ("aimée", "aimée dubois"), set apart from names they fold to.
    pub spelled: Vec<String>,
    pub city: Vec<String>,
    /// The phrase of the city, once the index is built.
    pub city_phrase: Option<u32>,
    pub postcode: Option<String>,
    /// Age in whole years on the caseload's reference date, from the date of birth.
    pub age: Option<u32>,
    /// Folded words of the occupation ("delivery", "driver").
    pub occupation: Vec<String>,
    /// The phrases of the occupation and its other names, once the index is built.
    pub occupation_phrases: Vec<u32>,
}

/// A name word that misspellings are measured against.
#[derive(Debug)]
pub(crate) struct NameWord {
    pub key: Box<str>,
    pub owners: Vec<(u32, Role)>,
}

/// A distinctive fact as a bag of weighted content words.
#[derive(Debug)]
pub(crate) struct Fact {
    pub client: u32,
    /// Index into the client's `distinctive` list.
    pub which: u8,
    /// The content words, each with all a scan reads of it in one place.
    pub words: Vec<FactWord>,
    pub total_weight: f32,
}

/// One content word of a distinctive fact.
#[derive(Debug)]
pub(crate) struct FactWord {
    /// The word, folded.
    pub text: Box<str>,
    /// [`stem_hash`] of its stem, for a cheap first comparison.
    pub stem: u64,
    /// What it weighs: rarer words more ("a pet's name says more than 'mural'").
    pub weight: f32,
    /// Its number among the distinct words of all facts, so a scan looks up where a
    /// word common to many facts ("symphony") is in the text once.
    pub id: u32,
    /// Capitalised in the fact: part of a proper noun ("Birch Place").
    pub proper: bool,
}

/// An index of one caseload, built once and shared by every scan.
///
/// ```
/// use sanctum_guard::{Caseload, CaseloadIndex};
/// let caseload = Caseload::from_json("inline", r#"{"clients": [
///     {"id": "c1", "given_name": "Nathan", "family_name": "Robinson"}]}"#).unwrap();
/// let index = CaseloadIndex::new(&caseload);
/// let findings = index.scan("Tough session with Nathan Robinson today.");
/// assert_eq!(findings.clients[0].client_id, "c1");
/// ```
#[derive(Debug)]
pub struct CaseloadIndex {
    /// A number no other index built by this process has: what a scan's memory of
    /// earlier look-ups is keyed by.
    pub(crate) instance: u64,
    pub(crate) clients: Vec<ClientInfo>,
    /// Per client, the first letters of their names: a word can be the rest of a
    /// client's name, or a near miss of it, only if it begins with one of them, and a
    /// scan asks this of every owner of a name without fetching their records.
    pub(crate) name_initials: Vec<NameInitials>,
    /// Phrase ids by [`word_pair_hash`] of their first two words, or by [`word_hash`]
    /// of a one-word phrase's word; longest first.
    pub(crate) phrase_start: MultiMap<u32>,
    /// The [`word_hash`]es of the phrases' first words: a word of the text no phrase
    /// starts with (most words) is passed without the look-ups of `phrase_start`.
    pub(crate) phrase_first: KeyFilter,
    pub(crate) phrases: Vec<Phrase>,
    pub(crate) name_words: Vec<NameWord>,
    pub(crate) name_word_ids: AHashMap<Box<str>, u32>,
    pub(crate) deletions: MultiMap<u32>,
    /// Letters in the longest name word: a longer word is no misspelling of a name.
    pub(crate) longest_name: usize,
    pub(crate) phones: AHashMap<u64, Vec<u32>>,
    pub(crate) emails: AHashMap<Box<str>, Vec<u32>>,
    pub(crate) dobs: AHashMap<DateKey, Vec<u32>>,
    pub(crate) initials: AHashMap<[char; 2], Vec<u32>>,
    pub(crate) facts: Vec<Fact>,
    /// Each fact posted under every pair of its rarest words' stems ([`stem_pair`]):
    /// enough of its words that every match holds two, so a text need only look up
    /// the pairs of its own words near each other.
    pub(crate) fact_pairs: MultiMap<PairPosting>,
    /// The rest of each posting of [`CaseloadIndex::fact_pairs`], in its order.
    pub(crate) fact_pair_info: Vec<PostingInfo>,
    /// The stems of every fact word (a text word with another stem matches none), each
    /// with whether it is the stem of a word in [`CaseloadIndex::fact_pairs`] (a text
    /// word with another stem is in no posted pair, so the scanner pairs only words
    /// with these). One table, so that a text word is looked up once for both.
    pub(crate) fact_stems: MultiMap<bool>,
    /// The first bytes of every fact stem of three bytes or more ([`stem_start`]): a
    /// text word that starts with none of them shares no fact word's stem, which is
    /// told without hashing it (most words).
    pub(crate) fact_stem_starts: KeyFilter,
    /// The fact stems of three or four bytes by [`short_stem_key`] of their bytes, each
    /// with its hash and whether it is posted: a text word whose stem is its first
    /// three or four bytes (most are) finds its stem's hash here with no hashing.
    pub(crate) fact_short_stems: MultiMap<(u64, bool)>,
    /// Per fact, the weight of posted words a text must hold before the fact is worth
    /// verifying: what a match needs less all the unposted words could add.
    /// In slot order (see [`PairPosting::slot`]).
    pub(crate) fact_shortfall: Vec<f32>,
    /// Per slot of the scan's marks, its fact. (The slots after the facts' are the
    /// families', see [`PairPosting::family`].)
    pub(crate) slot_fact: Vec<u32>,
    /// Per family of facts, the slots of its members: a range, by their shortfall.
    pub(crate) family_members: Vec<(u32, u32)>,
    /// Per fact, its client: the facts pass asks this of every candidate, and a dense
    /// list stays in the cache where the facts themselves do not.
    pub(crate) fact_client: Vec<u32>,
    /// Distinct words over all facts (the range of [`Fact::ids`]).
    pub(crate) fact_words: usize,
    /// What verifying a candidate reads of each fact, packed: per slot (see
    /// [`PairPosting::slot`]), where its fact's block of [`CaseloadIndex::fact_blocks`]
    /// starts, and its fact's client (candidates met together lie together here).
    pub(crate) slot_block: Vec<(u32, u32)>,
    /// Per fact (laid out in slot order, so that facts met together lie together), its
    /// total weight and how many words, then its [`HEAVIEST`] heaviest words (fewer if
    /// it has fewer), heaviest first, then each word in order: each word's weight and id
    /// (its top bit set for a proper name). A candidate's words lie in one or two cache
    /// lines, not the fact's record and its words' scattered across the heap.
    pub(crate) fact_blocks: Vec<PackedWord>,
    /// Per fact word id: the word and its stem's hash.
    pub(crate) fact_word_text: Vec<(Box<str>, u64)>,
    /// Per fact stem's hash, the fact words ([`CaseloadIndex::fact_word_text`]) of that
    /// stem: verifying finds where each is in the text from the text's stems.
    pub(crate) fact_stem_words: MultiMap<u32>,
    /// (occupation phrase, city phrase) -> the clients with both, in client order.
    pub(crate) occupation_city: AHashMap<(u32, u32), Vec<u32>>,
}

/// One entry of [`CaseloadIndex::fact_blocks`]: a fact's total weight and number of
/// words, or one of its words' weight and id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PackedWord {
    pub weight: f32,
    pub id: u32,
}

/// How many of a fact's heaviest words [`CaseloadIndex::fact_blocks`] holds apart, ahead
/// of the rest: a fact whose heaviest words are absent from a text often cannot weigh
/// enough there, which they tell without reading every word.
pub(crate) const HEAVIEST: usize = 5;

/// The top bit of a [`PackedWord`]'s id: the word is part of a proper name.
pub(crate) const PROPER: u32 = 1 << 31;

/// A fact posted under a pair of its words, as the scan reads it for every posting of
/// a pair it meets: the fact's slot, and the two words' bits and weight together.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PairPosting {
    /// The fact's place in the scan's per-fact marks ([`CaseloadIndex::slot_fact`]):
    /// facts posted under the same long lists sit side by side there, so a list's
    /// walk touches few cache lines of the marks.
    pub slot: u32,
    /// The two words' bits (`1 << index`) and their weight together, as a scan marks
    /// them the first time it meets the fact (computed here once, not per scan).
    pub bits: u32,
    pub both: f32,
    /// The slot of the fact's family, or [`NO_FAMILY`]. A family (see `FactFamilies`)
    /// stands for facts posted under the same common words, so that a template's
    /// common pairs are posted once for the family, not once per fact; a member met
    /// by a posting of its own starts from its family's marks and follows them.
    pub family: u32,
}

/// [`PairPosting::family`] of a fact in no family, and of a family's own posting.
pub(crate) const NO_FAMILY: u32 = u32::MAX;

/// The rest of a [`PairPosting`], read only when a fact met before gains a word or a
/// pair may be a proper name ([`CaseloadIndex::fact_pair_info`]): the fact, and each
/// word's index and weight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PostingInfo {
    /// The fact, or for a family's posting the number of facts plus the family's.
    pub fact: u32,
    pub words: [u8; 2],
    /// The two words' places among the bits of the fact's marks: their indices, but
    /// for a family's member, whose family's words come first, in its family's order.
    pub marks: [u8; 2],
    pub weights: [f32; 2],
    /// The two words are a proper name in the fact ("Kingston Rockets", "Sideways
    /// Runner") that no other fact has: met side by side in a text, they are the fact
    /// however the rest is paraphrased.
    pub name: bool,
}

impl PostingInfo {
    fn new(fact: usize, words: [(usize, f32); 2], name: bool) -> PostingInfo {
        let [(a, ya), (b, yb)] = words;
        let words = [a as u8, b as u8];
        PostingInfo { fact: fact as u32, words, marks: words, weights: [ya, yb], name }
    }

    /// The posting as the scan reads it, with the fact in `slot` and its family's.
    fn hot(&self, slot: u32, family: u32) -> PairPosting {
        let ([a, b], [ya, yb]) = (self.marks, self.weights);
        // (Added to 0.0 one by one, as a scan would: the same sum to the last bit.)
        let both = if a != b { ya + yb } else { ya };
        PairPosting { slot, bits: 1 << (a % 32) | 1 << (b % 32), both, family }
    }
}

/// Least share of the facts whose posted words hold a stem for it to be a family's
/// word, as one fact in so many: a template's common words ("painted", "giant",
/// "mural"; "coaches", "soccer"), not a city's name.
const FAMILY_STEM_RARITY: usize = 50;

/// Facts posted under the same common stems, of the same weights and in the same
/// order of rarity, and differing in their other words ("painted the giant mural on
/// Walnut Court", "… on Birch Court"): every pair of those stems is posted once for
/// the family, and a text that meets only them gives every member the same marks, so
/// the members whose shortfall those marks meet are read off a list sorted by it.
/// (Only facts whose posted words' stems are distinct: then a stem is one word.)
struct FactFamilies {
    /// Per family, its common stems with their weights' bits, in order of rarity.
    stems: Vec<Vec<(u64, u32)>>,
    /// Per family, its facts.
    members: Vec<Vec<u32>>,
    /// Per fact, its family if any.
    of_fact: Vec<Option<u32>>,
    /// Per fact, per word, its place among the bits of the fact's marks.
    mark: Vec<Vec<u8>>,
}

impl FactFamilies {
    fn of(facts: &[Fact], posted_words: &[Vec<usize>]) -> FactFamilies {
        let common = (facts.len() / FAMILY_STEM_RARITY).max(2) as u32;
        let mut stem_facts: AHashMap<u64, u32> = AHashMap::new();
        for (f, posted) in facts.iter().zip(posted_words) {
            for &w in posted {
                *stem_facts.entry(f.words[w].stem).or_default() += 1;
            }
        }
        let common_stems = |fi: usize| -> Vec<(u64, u32)> {
            let (f, posted) = (&facts[fi], &posted_words[fi]);
            let mut stems: Vec<u64> = posted.iter().map(|&w| f.words[w].stem).collect();
            stems.sort_unstable();
            if stems.windows(2).any(|w| w[0] == w[1]) {
                return Vec::new();
            }
            posted
                .iter()
                .map(|&w| &f.words[w])
                .filter(|w| stem_facts[&w.stem] >= common)
                .map(|w| (w.stem, w.weight.to_bits()))
                .collect()
        };
        let mut by_stems: AHashMap<Vec<(u64, u32)>, Vec<u32>> = AHashMap::new();
        for fi in 0..facts.len() {
            let stems = common_stems(fi);
            if stems.len() >= 2 {
                by_stems.entry(stems).or_default().push(fi as u32);
            }
        }
        // (In the order of their first facts, the same from build to build.)
        let mut families: Vec<_> = by_stems.into_iter().filter(|(_, m)| m.len() >= 2).collect();
        families.sort_by_key(|(_, members)| members[0]);
        let mut of_fact = vec![None; facts.len()];
        let mut mark: Vec<Vec<u8>> = facts.iter().map(|f| (0..f.words.len() as u8).collect()).collect();
        for (k, (stems, members)) in families.iter().enumerate() {
            for &fi in members {
                of_fact[fi as usize] = Some(k as u32);
                let f = &facts[fi as usize];
                let mut next = stems.len() as u8;
                for (wi, w) in f.words.iter().enumerate() {
                    let family_word = posted_words[fi as usize].contains(&wi) && stem_facts[&w.stem] >= common;
                    mark[fi as usize][wi] = match stems.iter().position(|s| s.0 == w.stem) {
                        Some(at) if family_word => at as u8,
                        _ => {
                            next += 1;
                            next - 1
                        }
                    };
                }
            }
        }
        let (stems, members) = families.into_iter().unzip();
        FactFamilies { stems, members, of_fact, mark }
    }

    /// True if `p` is a posting of a family's member under a pair of its family's
    /// words (posted once for the family instead).
    fn holds_pair(&self, p: &PostingInfo) -> bool {
        let family = self.of_fact[p.fact as usize].map(|k| self.stems[k as usize].len());
        family.is_some_and(|n| p.words.iter().all(|&w| (self.mark[p.fact as usize][w as usize] as usize) < n))
    }
}

/// A name as written, for telling "Aimée" from "Aimee": lower case, diacritics kept,
/// words separated by one space.
pub(crate) fn as_written(name: &str) -> String {
    // (A typographic apostrophe is the same letter as a straight one: "O’Brien".)
    name.split_whitespace()
        .map(|w| w.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Consecutive content words of a fact that are both capitalised there: the parts of
/// its proper names ("Kingston Rockets", "Milford Symphony Orchestra").
fn proper_pairs(f: &Fact) -> impl Iterator<Item = (usize, usize)> + '_ {
    (1..f.words.len()).filter(|&b| f.words[b - 1].proper && f.words[b].proper).map(|b| (b - 1, b))
}

/// The caseload's reference day, or today's (UTC) when it names none.
fn reference_day(caseload: &Caseload) -> DateKey {
    caseload.reference_date.as_deref().and_then(parse_iso_date).unwrap_or_else(|| {
        use chrono::Datelike;
        let today = chrono::Utc::now().date_naive();
        today.year().unsigned_abs() * 10_000 + today.month() * 100 + today.day()
    })
}

/// A hash of one folded word, for the phrase table (FxHash's step, then a finaliser).
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut h = 0u64;
    let mut chunks = word.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h = (h.rotate_left(5) ^ tail_le(chunks.remainder())).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    let mut x = h ^ (word.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 29)
}

/// The last bytes of a word, fewer than eight, as a little-endian number padded with
/// zeros: read in two overlapping loads (a copy into a zeroed array of eight calls
/// `memcpy`, which costs more than the hash around it).
fn tail_le(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!(n < 8);
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
        let hi = u64::from(u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]));
        // `hi` holds bytes n-4..n; its top n-4 are bytes 4..n.
        lo | (hi >> (8 * (8 - n))) << 32
    } else if n > 0 {
        // Bytes 0, n/2 and n-1 cover every byte of one to three.
        u64::from(rest[0]) | u64::from(rest[n / 2]) << (8 * (n / 2)) | u64::from(rest[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// A hash of two folded words in order, for the phrase table.
pub(crate) fn word_pair_hash(first: &str, second: &str) -> u64 {
    pair_hash(word_hash(first), word_hash(second))
}

/// [`word_pair_hash`] from the two words' [`word_hash`]es.
pub(crate) fn pair_hash(first: u64, second: u64) -> u64 {
    let x = first.rotate_left(17) ^ second.wrapping_mul(0x94d0_49bb_1331_11eb);
    (x ^ (x >> 32)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ 0x2545_f491_4f6c_dd1d
}

/// The key of an unordered pair of stem hashes.
pub(crate) fn stem_pair(a: u64, b: u64) -> u64 {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    lo.rotate_left(29) ^ hi.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Most content words a fact is matched on.
const FACT_MAX_WORDS: usize = 32;
// The scanner keeps a fact's words seen as bits of a `u32`.
const _: () = assert!(FACT_MAX_WORDS <= 32);
/// Share of a fact's weight its matched words must carry.
pub(crate) const FACT_SHARE: f32 = 0.5;

/// Shortest name word that misspellings are looked for against.
pub(crate) const FUZZY_MIN_LEN: usize = 3;

/// Edits a misspelling of a name word of `len` letters may have: one for short names,
/// two from five letters on. Beside the rest of the same name, one more is allowed.
pub(crate) fn allowed_edits(len: usize, beside_rest_of_name: bool) -> u32 {
    let base = if len >= 5 { 2 } else { 1 };
    if beside_rest_of_name && len >= 4 {
        2
    } else {
        base
    }
}

impl CaseloadIndex {
    /// Indexes a caseload. The caseload is not kept; the index holds what it needs.
    pub fn new(caseload: &Caseload) -> CaseloadIndex {
        let mut b = Builder { as_of: reference_day(caseload), ..Builder::default() };
        for (i, c) in caseload.clients.iter().enumerate() {
            b.add_client(i as u32, c);
        }
        // Public figures' names claim their words even when no client shares them, so
        // "Michael" in "Michael Phelps" is never read as a client's given name.
        for name in lexicon().public_figure_names() {
            b.claim_only(words(name));
        }
        b.finish()
    }

    /// Number of clients indexed.
    pub fn len(&self) -> usize {
        self.clients.len()
    }

    /// True if the caseload had no clients.
    pub fn is_empty(&self) -> bool {
        self.clients.is_empty()
    }

    /// Number of distinct phrases (names, employers, streets, …) the index matches.
    pub fn phrase_count(&self) -> usize {
        self.phrases.len()
    }
}

/// Stem under which a fact's content word is posted: the word itself when short or a
/// number, else its first four letters ("cello" and "cellist" meet under "cell").
pub(crate) fn fact_stem(word: &str) -> &str {
    if word.len() <= 4 || word.bytes().all(|b| b.is_ascii_digit()) {
        return word;
    }
    let mut end = 4;
    while !word.is_char_boundary(end) {
        end += 1;
    }
    &word[..end]
}

/// True if `short` is the last two digits of the year `year` ("18" of "2018"), as
/// "in '18" writes it. The scanner offers a two-digit word as a year only after an
/// apostrophe.
pub(crate) fn is_short_year_of(short: &str, year: &str) -> bool {
    short.len() == 2
        && year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.ends_with(short)
        && short.bytes().all(|b| b.is_ascii_digit())
}

/// The first four bytes of a word of four bytes or more, or the three of a word of
/// three, as a number; none for a shorter word. A word's stem starts with the word's
/// ([`fact_stem`] keeps four bytes at least of a word that has them).
pub(crate) fn stem_start(word: &str) -> Option<u64> {
    match word.as_bytes() {
        [a, b, c] => Some(u64::from(u32::from_le_bytes([*a, *b, *c, 0]))),
        [a, b, c, d, ..] => Some(u64::from(u32::from_le_bytes([*a, *b, *c, *d]))),
        _ => None,
    }
}

/// The key of a stem of three or four bytes in [`CaseloadIndex::fact_short_stems`]: its
/// [`stem_start`] mixed, since the table indexes its slots by a key's low bits.
pub(crate) fn short_stem_key(start: u64) -> u64 {
    let x = start.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// A hash of a fact stem: equal stems hash equal, so unequal hashes rule a match out.
/// (The phrase table's word hash: a stem is most often four bytes, which it reads in
/// one load, with no hasher state to set up.)
pub(crate) fn stem_hash(stem: &str) -> u64 {
    word_hash(stem)
}

/// True if a text word can stand for a fact word: equal, or sharing a prefix of at
/// least four letters that leaves at most two letters of the shorter one unmatched,
/// the rest of each an ending of the same stem ("cello" ~ "cellist", "mayor" ~
/// "mayoral", "breeds" ~ "breeder"; not "studio" ~ "student", "court" ~ "course").
pub(crate) fn fact_word_matches(text_word: &str, fact_word: &str) -> bool {
    if text_word == fact_word || is_short_year_of(text_word, fact_word) {
        return true;
    }
    // In bytes, ending on a character boundary of both ("играет" ~ "играют").
    let mut common = text_word.bytes().zip(fact_word.bytes()).take_while(|(a, b)| a == b).count();
    while !(text_word.is_char_boundary(common) && fact_word.is_char_boundary(common)) {
        common -= 1;
    }
    let shorter = text_word.len().min(fact_word.len());
    // (A doubled last letter of the stem belongs to the ending: "drum-m-er".)
    let ending = |word: &str| {
        let rest = &word[common..];
        let doubled = rest.as_bytes().first() == word.as_bytes().get(common.wrapping_sub(1));
        is_stem_ending(if doubled { &rest[1..] } else { rest })
    };
    common >= 4 && shorter - common <= 2 && ending(text_word) && ending(fact_word)
}

/// What may follow a shared stem in words of one family: inflections, the common
/// derivations, and a final vowel ("cell-o", "cell-ist", "timpani-st").
fn is_stem_ending(rest: &str) -> bool {
    matches!(
        rest,
        "" | "a"
            | "e"
            | "i"
            | "o"
            | "y"
            | "s"
            | "es"
            | "ed"
            | "d"
            | "er"
            | "ers"
            | "or"
            | "ors"
            | "ing"
            | "ist"
            | "ists"
            | "st"
            | "sts"
            | "r"
            | "rs"
            | "ng"
            | "ism"
            | "ian"
            | "ians"
            | "al"
            | "ial"
            | "ic"
            | "ics"
            | "ical"
            | "ies"
            | "ry"
            | "lor"
            | "lors"
            | "man"
            | "men"
            | "ship"
            | "ment"
            | "ments"
            | "ion"
            | "ions"
            | "ation"
            | "ition"
            | "ant"
            | "ants"
            | "ent"
            | "ents"
            | "ive"
            | "ly"
            | "ally"
    )
}

#[derive(Default)]
struct Builder {
    /// The day ages are counted at, as a date key.
    as_of: DateKey,
    clients: Vec<ClientInfo>,
    phrase_ids: AHashMap<Vec<String>, u32>,
    phrases: Vec<Phrase>,
    name_words: Vec<NameWord>,
    name_word_ids: AHashMap<Box<str>, u32>,
    phones: AHashMap<u64, Vec<u32>>,
    emails: AHashMap<Box<str>, Vec<u32>>,
    dobs: AHashMap<DateKey, Vec<u32>>,
    initials: AHashMap<[char; 2], Vec<u32>>,
    facts: Vec<Fact>,
}

/// The ways people write an employer's or a school's name: as recorded (without a
/// leading "the"), with "&" and "and" either way or left out ("Ramos & Sons Plumbing",
/// "Ramos and Sons Plumbing"), short of its last word when what is left still has two
/// words and one of them names it ("Jackson Elementary", "Troy General", "St Luke's"
/// for "St Luke's Hospital"), and with its generic tail as initials ("Georgetown PD",
/// "Clayton USD"). A short form alone weighs what the full name does: a
/// quasi-identifier, which needs a second detail of the same client.
fn organisation_forms(name: &str) -> Vec<Vec<String>> {
    fn add(forms: &mut Vec<Vec<String>>, mut w: Vec<String>) {
        if w.first().is_some_and(|f| f == "the") && w.len() > 1 {
            w.remove(0);
        }
        if !w.is_empty() && !forms.contains(&w) {
            forms.push(w);
        }
    }
    let mut forms: Vec<Vec<String>> = Vec::new();
    let recorded = words(name);
    add(&mut forms, words(&name.replace('&', " and ")));
    add(&mut forms, recorded.iter().filter(|w| *w != "and").cloned().collect());
    add(&mut forms, recorded);
    // A word that names this organisation rather than saying what kind it is.
    let naming = |w: &String| w.chars().all(char::is_alphabetic) && !is_generic_organisation_word(w);
    for k in 0..forms.len() {
        let form = forms[k].clone();
        let short = &form[..form.len() - 1];
        // Not "Bank of" nor "University of the", nor a street ("Main Street" of "Main
        // Street Bakery").
        let dangling = short.last().is_some_and(|w| matches!(w.as_str(), "and" | "of" | "the" | "at" | "for" | "in"));
        let street = short.last().is_some_and(|w| is_street_word(canonical_word(w)));
        if short.len() >= 2 && short.iter().any(naming) && !dangling && !street {
            add(&mut forms, short.to_vec());
        }
        let tail = form.iter().rev().take_while(|w| is_generic_organisation_word(w)).count().min(3);
        let head = &form[..form.len() - tail];
        if tail >= 2 && head.iter().any(naming) {
            let initials: String = form[form.len() - tail..].iter().filter_map(|w| w.chars().next()).collect();
            add(&mut forms, [head.to_vec(), vec![initials]].concat());
        }
    }
    forms
}

/// Words that say what kind of organisation a name is, not which one.
fn is_generic_organisation_word(w: &str) -> bool {
    matches!(
        w,
        "school"
            | "elementary"
            | "middle"
            | "high"
            | "unified"
            | "district"
            | "college"
            | "community"
            | "university"
            | "state"
            | "academy"
            | "institute"
            | "hospital"
            | "general"
            | "medical"
            | "health"
            | "clinic"
            | "center"
            | "centre"
            | "care"
            | "police"
            | "fire"
            | "department"
            | "public"
            | "library"
            | "city"
            | "county"
            | "national"
            | "regional"
            | "memorial"
            | "company"
            | "group"
            | "services"
            | "inc"
            | "llc"
            | "llp"
            | "ltd"
            | "of"
            | "and"
    )
}

fn canonical(words: Vec<String>) -> Vec<String> {
    words.into_iter().map(|w| canonical_word(&w).to_owned()).collect()
}

impl Builder {
    fn phrase(&mut self, words: Vec<String>, client: u32, role: Role) {
        if words.is_empty() {
            return;
        }
        let words = canonical(words);
        // A one-letter or one-ideograph name alone is noise, not a name.
        if words.len() == 1 && role.is_own_name() && words[0].chars().count() < 2 {
            return;
        }
        let id = match self.phrase_ids.get(&words) {
            Some(&id) => id,
            None => {
                let id = self.phrases.len() as u32;
                let lx = lexicon();
                self.phrases.push(Phrase {
                    first: Box::from(""),
                    rest: words[1..].iter().map(|w| Box::from(w.as_str())).collect(),
                    owners: Vec::new(),
                    owners_but_relatives: Vec::new(),
                    public_figure: lx.is_public_figure(&words.join(" ")),
                    famous_by_cue: lx.is_famous_by_cue(&words.join(" ")),
                    ordinary_word: words.len() == 1 && lx.is_ordinary_word(&words[0]),
                    holders: NameHolders::default(),
                    city: false,
                    occupation: false,
                    full_name: false,
                    spelled_apart: false,
                });
                self.phrase_ids.insert(words, id);
                id
            }
        };
        let owners = &mut self.phrases[id as usize].owners;
        if !owners.contains(&(client, role)) {
            owners.push((client, role));
        }
    }

    /// A phrase no client owns but that, matched, keeps its words from other readings.
    fn claim_only(&mut self, words: Vec<String>) {
        let words = canonical(words);
        if words.len() < 2 || self.phrase_ids.contains_key(&words) {
            return;
        }
        self.phrase_ids.insert(words.clone(), self.phrases.len() as u32);
        self.phrases.push(Phrase {
            first: Box::from(""),
            rest: words[1..].iter().map(|w| Box::from(w.as_str())).collect(),
            owners: Vec::new(),
            owners_but_relatives: Vec::new(),
            public_figure: true,
            famous_by_cue: false,
            ordinary_word: false,
            holders: NameHolders::default(),
            city: false,
            occupation: false,
            full_name: false,
            spelled_apart: false,
        });
    }

    fn name_word(&mut self, word: &str, client: u32, role: Role) {
        if word.chars().count() < FUZZY_MIN_LEN || !word.chars().all(char::is_alphabetic) {
            return;
        }
        let id = *self.name_word_ids.entry(Box::from(word)).or_insert_with(|| {
            self.name_words.push(NameWord { key: Box::from(word), owners: Vec::new() });
            (self.name_words.len() - 1) as u32
        });
        let owners = &mut self.name_words[id as usize].owners;
        if !owners.contains(&(client, role)) {
            owners.push((client, role));
        }
    }

    fn add_client(&mut self, ci: u32, c: &Client) {
        let given = words(&c.given_name);
        let family = words(&c.family_name);
        let preferred = c.preferred_name.as_deref().map(words).unwrap_or_default();

        self.phrase([given.clone(), family.clone()].concat(), ci, Role::FullName);
        self.phrase([family.clone(), given.clone()].concat(), ci, Role::FullName);
        if let Some(full) = &c.full_name {
            self.phrase(words(full), ci, Role::FullName);
        }
        self.phrase(given.clone(), ci, Role::Given);
        self.phrase(family.clone(), ci, Role::Family);
        if !preferred.is_empty() {
            self.phrase([preferred.clone(), family.clone()].concat(), ci, Role::NicknameFull);
            self.phrase(preferred.clone(), ci, Role::Preferred);
        }
        if let Some(first) = given.first() {
            let nicks: Vec<String> = lexicon()
                .nicknames_of(first)
                .iter()
                .filter(|n| n.len() >= 2 && !preferred.iter().any(|p| p == &***n))
                .map(|n| n.to_string())
                .collect();
            for nick in nicks {
                self.phrase([vec![nick.clone()], family.clone()].concat(), ci, Role::DatasetNicknameFull);
                self.phrase(vec![nick], ci, Role::DatasetNickname);
            }
        }
        // A name of several words is also written as one ("al-Rashid" as "Alrashid",
        // "van der Berg" as "Vanderberg", "Mary Anne" as "Maryanne").
        let joined = |name: &[String]| (name.len() > 1).then(|| vec![name.concat()]);
        if let Some(family_joined) = joined(&family) {
            self.phrase([given.clone(), family_joined.clone()].concat(), ci, Role::FullName);
            self.phrase(family_joined.clone(), ci, Role::Family);
            self.name_word(&family_joined[0], ci, Role::Family);
        }
        if let Some(given_joined) = joined(&given) {
            self.phrase([given_joined.clone(), family.clone()].concat(), ci, Role::FullName);
            self.phrase(given_joined.clone(), ci, Role::Given);
            self.name_word(&given_joined[0], ci, Role::Given);
        }
        for w in &given {
            self.name_word(w, ci, Role::Given);
        }
        for w in &family {
            self.name_word(w, ci, Role::Family);
        }
        for w in &preferred {
            self.name_word(w, ci, Role::Preferred);
        }

        // The relation recorded for each relative.
        let mut relatives = Vec::new();
        // Given-name phrases wait for the relations: a name recorded twice changes its.
        let mut given_phrases = Vec::new();
        for (ri, r) in c.relatives.iter().enumerate().take(u8::MAX as usize) {
            let name = words(&r.name);
            let rel = relation(&crate::text::fold(r.relation.trim()));
            // The given name is the first word, except in family-name-first scripts where
            // the name is one run of ideographs: then the last.
            let given_part = if name.len() > 1 && name.iter().all(|w| w.chars().count() == 1) {
                name[name.len() - 1..].to_vec()
            } else {
                name[..name.len().min(1)].to_vec()
            };
            // A name recorded twice (as wife and as daughter, or the same relative
            // twice) is one mention in a text, and one detail: only the first is
            // looked for.
            let first = c.relatives[..ri].iter().position(|earlier| words(&earlier.name) == name);
            relatives.push(rel);
            if let Some(first) = first {
                // Recorded with two relations, any relation word fits the name.
                if relatives[first] != rel {
                    relatives[first] = None;
                }
                continue;
            }
            self.phrase(name.clone(), ci, Role::RelativeFull(ri as u8));
            given_phrases.push((given_part.clone(), ri));
            // A given name of two words ("Li Na Simpson", "Mary Anne Cole") is also all
            // but the family name; one of two ideographs ("王秀梅") all but the first.
            let ideographs = name.len() > 1 && name.iter().all(|w| w.chars().count() == 1);
            if ideographs && name.len() > 2 {
                given_phrases.push((name[1..].to_vec(), ri));
            } else if name.len() > 2 && given_part.len() == 1 && given_part[0] == name[0] {
                given_phrases.push((name[..name.len() - 1].to_vec(), ri));
            }
        }
        for (phrase, ri) in given_phrases {
            self.phrase(phrase, ci, Role::RelativeGiven(ri as u8, relatives[ri]));
        }

        for form in c.employer.as_deref().map(organisation_forms).unwrap_or_default() {
            self.phrase(form, ci, Role::Employer);
        }
        for form in c.school.as_deref().map(organisation_forms).unwrap_or_default() {
            self.phrase(form, ci, Role::School);
        }
        let mut occupation = Vec::new();
        if let Some(o) = &c.occupation {
            let w = words(o);
            occupation.clone_from(&w);
            for form in occupation_synonyms(&w).into_iter().chain([w]) {
                if let Some(plural) = plural_phrase(&form) {
                    self.phrase(plural, ci, Role::Occupation);
                }
                self.phrase(form, ci, Role::Occupation);
            }
        }
        let mut city = Vec::new();
        let mut postcode = None;
        if let Some(a) = &c.address {
            if let Some(street) = &a.street {
                let w = words(street);
                // Only a numbered street is an address; a bare street name is a place.
                if w.first().is_some_and(|f| f.bytes().all(|b| b.is_ascii_digit())) && w.len() >= 2 {
                    self.phrase(w, ci, Role::Street);
                }
            }
            if let Some(cty) = &a.city {
                city = canonical(words(cty));
                self.phrase(city.clone(), ci, Role::City);
            }
            postcode = a.postcode.as_ref().map(|p| p.trim().to_lowercase());
        }

        if let Some(k) = c.phone.as_deref().and_then(phone_key) {
            self.phones.entry(k).or_default().push(ci);
        }
        if let Some(e) = &c.email {
            let e = e.trim().to_ascii_lowercase();
            if !e.is_empty() {
                self.emails.entry(e.into_boxed_str()).or_default().push(ci);
            }
        }
        let dob = c.date_of_birth.as_deref().and_then(parse_iso_date);
        if let Some(d) = dob {
            self.dobs.entry(d).or_default().push(ci);
        }
        // Whole years: a birthday later in the year than the reference day is to come.
        let age = dob.filter(|&d| d <= self.as_of).map(|d| (self.as_of - d) / 10_000);
        let first_letter = |w: &[String]| w.first().and_then(|w| w.chars().next()).filter(|c| c.is_alphabetic());
        if let (Some(g), Some(f)) = (first_letter(&given), first_letter(&family)) {
            self.initials.entry([g, f]).or_default().push(ci);
        }

        for (fi, fact) in c.distinctive.iter().enumerate().take(u8::MAX as usize) {
            let mut split = crate::text::Words::default();
            split.split(fact);
            let mut words = Vec::new();
            for k in 0..split.len() {
                let w = split.key(k);
                if words.len() < FACT_MAX_WORDS
                    && !is_fact_stopword(w)
                    && (w.len() >= 3 || w.bytes().all(|b| b.is_ascii_digit()))
                {
                    words.push(FactWord {
                        text: Box::from(w),
                        stem: stem_hash(fact_stem(w)),
                        weight: 0.0,
                        id: 0,
                        // The fact's first word is capitalised as a sentence, not as a name.
                        proper: k > 0 && split.list()[k].has(crate::text::CAP),
                    });
                }
            }
            if words.len() >= 2 {
                self.facts.push(Fact { client: ci, which: fi as u8, words, total_weight: 0.0 });
            }
        }

        let city_phrase = self.phrase_ids.get(&city).copied();
        let preferred_name = c.preferred_name.as_deref().unwrap_or_default();
        let spelled = [
            c.given_name.clone(),
            preferred_name.to_owned(),
            c.family_name.clone(),
            format!("{} {}", c.given_name, c.family_name),
            format!("{} {}", preferred_name, c.family_name),
        ]
        .iter()
        .map(|name| as_written(name))
        .filter(|name| !name.is_empty())
        .collect();
        self.clients.push(ClientInfo {
            id: c.id.clone(),
            given,
            preferred,
            family,
            spelled,
            city,
            city_phrase,
            postcode,
            age,
            occupation,
            occupation_phrases: Vec::new(),
        });
    }

    fn finish(mut self) -> CaseloadIndex {
        let mut occupation_city: AHashMap<(u32, u32), Vec<u32>> = AHashMap::new();
        for (id, p) in self.phrases.iter_mut().enumerate() {
            p.holders = NameHolders::of(&p.owners);
            p.full_name = p.owners.iter().any(|(_, r)| matches!(r, Role::FullName | Role::NicknameFull));
            p.city = p.owners.iter().any(|(_, r)| *r == Role::City);
            p.occupation = p.owners.iter().any(|(_, r)| *r == Role::Occupation);
            for &(client, role) in &p.owners {
                if role == Role::Occupation {
                    self.clients[client as usize].occupation_phrases.push(id as u32);
                }
                if let (Role::Occupation, Some(city)) = (role, self.clients[client as usize].city_phrase) {
                    occupation_city.entry((id as u32, city)).or_default().push(client);
                }
            }
            p.owners.retain(|(_, r)| !matches!(r, Role::City | Role::Occupation));
            p.owners_but_relatives =
                p.owners.iter().copied().filter(|(_, r)| !matches!(r, Role::RelativeGiven(..))).collect();
        }
        // Phrases of two or more words by their first two, one-word phrases by their
        // word: a common given name starts hundreds of full names, and only those whose
        // second word follows it in the text need a look. Longest phrases first, so the
        // scanner takes the first that fits; then by id so the order does not depend on
        // hashing.
        let mut starts: Vec<(u64, (std::cmp::Reverse<usize>, u32))> = Vec::new();
        for (words, &id) in &self.phrase_ids {
            let p = &mut self.phrases[id as usize];
            p.first = Box::from(words[0].as_str());
            let folded = words.join(" ");
            p.spelled_apart = p.owners.iter().any(|&(c, role)| {
                matches!(role, Role::FullName | Role::NicknameFull | Role::Given | Role::Preferred | Role::Family)
                    && !self.clients[c as usize].spelled.contains(&folded)
            });
            let key = match words.get(1) {
                Some(second) => word_pair_hash(&words[0], second),
                None => word_hash(&words[0]),
            };
            starts.push((key, (std::cmp::Reverse(words.len()), id)));
        }
        starts.sort_unstable();
        let phrase_start = MultiMap::new(starts.into_iter().map(|(key, (_, id))| (key, id)).collect());
        let firsts: Vec<u64> = self.phrase_ids.keys().map(|words| word_hash(&words[0])).collect();
        let phrase_first = KeyFilter::new(&firsts);

        let mut deletion_pairs: Vec<(u64, u32)> = Vec::new();
        for (id, nw) in self.name_words.iter().enumerate() {
            each_deletion_hash(&nw.key, |h| deletion_pairs.push((h, id as u32)));
        }
        deletion_pairs.sort_unstable();
        deletion_pairs.dedup();
        let deletions = MultiMap::new(deletion_pairs);

        let mut fact_word_ids: AHashMap<Box<str>, u32> = AHashMap::new();
        for w in self.facts.iter_mut().flat_map(|f| f.words.iter_mut()) {
            let next = fact_word_ids.len() as u32;
            w.id = *fact_word_ids.entry(w.text.clone()).or_insert(next);
        }
        let fact_words = fact_word_ids.len();
        // Rarer fact words weigh more: a pet's name says more than "mural".
        let mut df: AHashMap<&str, u32> = AHashMap::new();
        for f in &self.facts {
            let uniq: AHashSet<&str> = f.words.iter().map(|w| fact_stem(&w.text)).collect();
            for s in uniq {
                *df.entry(s).or_default() += 1;
            }
        }
        let n = self.facts.len().max(1) as f32;
        let weights: Vec<Vec<f32>> = self
            .facts
            .iter()
            .map(|f| f.words.iter().map(|w| (1.0 + n / df[fact_stem(&w.text)] as f32).ln()).collect())
            .collect();
        // Proper names of two words in facts, and how many facts have each.
        let mut proper_pair_facts: AHashMap<(u64, u64), u32> = AHashMap::new();
        for f in &self.facts {
            let mut seen: Vec<(u64, u64)> = proper_pairs(f).map(|(a, b)| (f.words[a].stem, f.words[b].stem)).collect();
            seen.sort_unstable();
            seen.dedup();
            for key in seen {
                *proper_pair_facts.entry(key).or_default() += 1;
            }
        }
        // Post each fact under its rarest words until no match can hold fewer than two
        // of them: the rarest posted word and every unposted one together weigh less
        // than a match needs (or every word is posted). The scanner then looks only at
        // facts with two posted words near each other in the text, and "mural" or
        // "team" alone never pull in thousands of facts.
        let mut fact_pairs: AHashMap<u64, Vec<PostingInfo>> = AHashMap::new();
        let mut posted_stems: AHashSet<u64> = AHashSet::new();
        let mut fact_shortfall = Vec::with_capacity(self.facts.len());
        let mut posted_words: Vec<Vec<usize>> = Vec::with_capacity(self.facts.len());
        for (fi, (f, ws)) in self.facts.iter_mut().zip(weights).enumerate() {
            for (w, new) in f.words.iter_mut().zip(ws) {
                w.weight = new;
            }
            f.total_weight = f.words.iter().map(|w| w.weight).sum();
            let mut by_rarity: Vec<usize> = (0..f.words.len()).collect();
            // Rarest first; among equally rare words, proper nouns, then longer words.
            by_rarity.sort_by(|&a, &b| {
                let (a_, b_) = (&f.words[a], &f.words[b]);
                b_.weight
                    .total_cmp(&a_.weight)
                    .then(b_.proper.cmp(&a_.proper))
                    .then(b_.text.len().cmp(&a_.text.len()))
                    .then(a.cmp(&b))
            });
            let heaviest = by_rarity.first().map_or(0.0, |&wi| f.words[wi].weight);
            let mut unposted = f.total_weight;
            let mut posted: Vec<usize> = Vec::new();
            for (rank, wi) in by_rarity.into_iter().enumerate() {
                if rank >= 2 && heaviest + unposted < FACT_SHARE * f.total_weight {
                    break;
                }
                unposted -= f.words[wi].weight;
                posted.push(wi);
            }
            for (k, &a) in posted.iter().enumerate() {
                for &b in &posted[k + 1..] {
                    let words = [(a, f.words[a].weight), (b, f.words[b].weight)];
                    posted_stems.extend([f.words[a].stem, f.words[b].stem]);
                    let postings = fact_pairs.entry(stem_pair(f.words[a].stem, f.words[b].stem)).or_default();
                    if postings.last().is_none_or(|p| p.fact != fi as u32 || p.words[0] != a as u8) {
                        postings.push(PostingInfo::new(fi, words, false));
                    }
                }
            }
            fact_shortfall.push(FACT_SHARE * f.total_weight - unposted.max(0.0));
            posted_words.push(posted);
        }
        for (fi, f) in self.facts.iter().enumerate() {
            for (a, b) in proper_pairs(f) {
                if proper_pair_facts[&(f.words[a].stem, f.words[b].stem)] != 1 {
                    continue;
                }
                posted_stems.extend([f.words[a].stem, f.words[b].stem]);
                let postings = fact_pairs.entry(stem_pair(f.words[a].stem, f.words[b].stem)).or_default();
                match postings.iter_mut().find(|p| p.fact == fi as u32 && p.words[0] == a as u8) {
                    Some(p) => p.name = true,
                    None => postings.push(PostingInfo::new(fi, [(a, f.words[a].weight), (b, f.words[b].weight)], true)),
                }
            }
        }

        // The marks' slots: facts ordered by the posting lists they are in, longest
        // list first, so that the facts of one long list (a template's common words)
        // lie together.
        let mut lists: Vec<Vec<(std::cmp::Reverse<usize>, u64)>> = vec![Vec::new(); self.facts.len()];
        for (&key, postings) in &fact_pairs {
            for p in postings {
                lists[p.fact as usize].push((std::cmp::Reverse(postings.len()), key));
            }
        }
        for l in &mut lists {
            l.sort_unstable();
            l.dedup();
        }
        let mut by_lists: Vec<u32> = (0..self.facts.len() as u32).collect();
        by_lists.sort_by(|&a, &b| lists[a as usize].cmp(&lists[b as usize]).then(a.cmp(&b)));
        // A family's members lie together, by their shortfall (see `FactFamilies`).
        let families = FactFamilies::of(&self.facts, &posted_words);
        let mut slot_fact: Vec<u32> = Vec::with_capacity(self.facts.len());
        let mut family_members = vec![(0u32, 0u32); families.members.len()];
        for f in by_lists {
            match families.of_fact[f as usize] {
                None => slot_fact.push(f),
                Some(k) if family_members[k as usize].1 == 0 => {
                    let mut members = families.members[k as usize].clone();
                    members.sort_by(|&a, &b| {
                        fact_shortfall[a as usize].total_cmp(&fact_shortfall[b as usize]).then(a.cmp(&b))
                    });
                    let first = slot_fact.len() as u32;
                    slot_fact.extend(members);
                    family_members[k as usize] = (first, slot_fact.len() as u32);
                }
                Some(_) => {}
            }
        }
        let first_family_slot = self.facts.len() as u32;
        // (A family's postings name it by the number of facts plus its own.)
        let mut fact_slot: Vec<u32> = (0..first_family_slot + families.members.len() as u32).collect();
        for (slot, &f) in slot_fact.iter().enumerate() {
            fact_slot[f as usize] = slot as u32;
        }
        let family_slot = |f: usize| families.of_fact[f].map_or(NO_FAMILY, |k| first_family_slot + k);
        for postings in fact_pairs.values_mut() {
            // A member's pair of its family's words is posted once, for the family; its
            // proper names stay its own.
            postings.retain(|p| p.name || !families.holds_pair(p));
            for p in postings.iter_mut() {
                p.marks = p.words.map(|w| families.mark[p.fact as usize][w as usize]);
            }
        }
        for (k, stems) in families.stems.iter().enumerate() {
            for (i, &(a, ya)) in stems.iter().enumerate() {
                for (j, &(b, yb)) in stems.iter().enumerate().skip(i + 1) {
                    let family = first_family_slot as usize + k;
                    let posting = PostingInfo::new(family, [(i, f32::from_bits(ya)), (j, f32::from_bits(yb))], false);
                    fact_pairs.entry(stem_pair(a, b)).or_default().push(posting);
                }
            }
        }
        let fact_shortfall = slot_fact.iter().map(|&f| fact_shortfall[f as usize]).collect();
        let mut slot_block = Vec::with_capacity(self.facts.len());
        let mut fact_blocks = Vec::new();
        for &f in &slot_fact {
            let fact = &self.facts[f as usize];
            slot_block.push((fact_blocks.len() as u32, fact.client));
            fact_blocks.push(PackedWord { weight: fact.total_weight, id: fact.words.len() as u32 });
            let packed = |w: &FactWord| PackedWord { weight: w.weight, id: w.id | if w.proper { PROPER } else { 0 } };
            let mut heaviest: Vec<&FactWord> = fact.words.iter().collect();
            heaviest.sort_by(|a, b| b.weight.total_cmp(&a.weight));
            fact_blocks.extend(heaviest.into_iter().take(HEAVIEST).map(packed));
            fact_blocks.extend(fact.words.iter().map(packed));
        }
        let mut fact_word_text: Vec<(Box<str>, u64)> = vec![(Box::from(""), 0); fact_words];
        for w in self.facts.iter().flat_map(|f| f.words.iter()) {
            fact_word_text[w.id as usize] = (w.text.clone(), w.stem);
        }
        let fact_stem_words =
            MultiMap::new(fact_word_text.iter().enumerate().map(|(id, w)| (w.1, id as u32)).collect());

        let (fact_pairs, fact_pair_info) = MultiMap::new(
            fact_pairs
                .into_iter()
                .flat_map(|(key, postings)| postings.into_iter().map(move |p| (key, p)))
                .map(|(key, p)| {
                    let family = if p.fact < first_family_slot { family_slot(p.fact as usize) } else { NO_FAMILY };
                    (key, (p.hot(fact_slot[p.fact as usize], family), p))
                })
                .collect(),
        )
        .unzip();

        let longest_name = self.name_words.iter().map(|w| w.key.chars().count()).max().unwrap_or(0);
        let fact_stems: AHashSet<u64> = self.facts.iter().flat_map(|f| f.words.iter().map(|w| w.stem)).collect();
        let fact_short_stems: AHashSet<(u64, u64)> = self
            .facts
            .iter()
            .flat_map(|f| f.words.iter())
            .filter_map(|w| {
                let stem = fact_stem(&w.text);
                let start = stem_start(stem).filter(|_| matches!(stem.len(), 3 | 4))?;
                Some((short_stem_key(start), w.stem))
            })
            .collect();
        let fact_short_stems =
            MultiMap::new(fact_short_stems.into_iter().map(|(key, h)| (key, (h, posted_stems.contains(&h)))).collect());
        let fact_stems = MultiMap::new(fact_stems.into_iter().map(|h| (h, posted_stems.contains(&h))).collect());
        let fact_stem_starts: Vec<u64> = self
            .facts
            .iter()
            .flat_map(|f| f.words.iter().filter_map(|w| stem_start(fact_stem(&w.text))))
            .collect::<AHashSet<u64>>()
            .into_iter()
            .collect();
        let fact_stem_starts = KeyFilter::new(&fact_stem_starts);
        let fact_client = self.facts.iter().map(|f| f.client).collect();
        static BUILT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        CaseloadIndex {
            instance: BUILT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            name_initials: self.clients.iter().map(NameInitials::of).collect(),
            clients: self.clients,
            phrase_start,
            phrase_first,
            phrases: self.phrases,
            name_words: self.name_words,
            name_word_ids: self.name_word_ids,
            longest_name,
            deletions,
            phones: self.phones,
            emails: self.emails,
            dobs: self.dobs,
            initials: self.initials,
            facts: self.facts,
            fact_pairs,
            fact_pair_info,
            fact_stems,
            fact_stem_starts,
            fact_short_stems,
            fact_shortfall,
            slot_fact,
            family_members,
            fact_client,
            fact_words,
            slot_block,
            fact_blocks,
            fact_stem_words,
            fact_word_text,
            occupation_city,
        }
    }
}

/// The plural of a one- or more-word occupation ("nurse" -> "nurses", "midwife" ->
/// "midwives"), so "three nurses in Hudson" meets "nurse".
fn plural_phrase(words: &[String]) -> Option<Vec<String>> {
    let last = words.last()?;
    let plural = if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = last.strip_suffix("fe") {
        format!("{stem}ves")
    } else if last.ends_with('y') && !last.ends_with("ey") && !last.ends_with("ay") {
        format!("{}ies", &last[..last.len() - 1])
    } else if last.ends_with('s') || last.ends_with("ch") || last.ends_with("sh") || last.ends_with('x') {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    let mut out = words.to_vec();
    *out.last_mut()? = plural;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_le_is_the_zero_padded_bytes() {
        let bytes = *b"abcdefg";
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_le(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn index_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<CaseloadIndex>();
    }

    #[test]
    fn fact_words_match_by_shared_stem() {
        assert!(fact_word_matches("cellist", "cello"));
        assert!(fact_word_matches("mayoral", "mayor"));
        assert!(fact_word_matches("drummer", "drums"));
        assert!(!fact_word_matches("bread", "breeds"));
        assert!(!fact_word_matches("mural", "murder"));
        assert!(fact_word_matches("timpanist", "timpani"));
        assert!(fact_word_matches("councillor", "council"));
        assert!(fact_word_matches("breeder", "breeds"));
        // A shared start is no shared stem when what follows is no ending of one.
        assert!(!fact_word_matches("student", "studio"));
        assert!(!fact_word_matches("course", "court"));
        // The stem's own last letter: managed ~ manager, teaches ~ teacher.
        assert!(fact_word_matches("manager", "managed"));
        assert!(fact_word_matches("teacher", "teaches"));
        assert!(fact_word_matches("cyclist", "cycling"));
        // Words of other scripts are compared by whole letters (the last ones here
        // share their first byte), and their endings are not known.
        assert!(!fact_word_matches("гитара", "гитаре"));
        assert!(fact_word_matches("гитаре", "гитаре"));
    }

    #[test]
    fn plurals() {
        let p = |w: &str| plural_phrase(&[w.to_owned()]).unwrap().join(" ");
        assert_eq!(p("nurse"), "nurses");
        assert_eq!(p("midwife"), "midwives");
        assert_eq!(p("policeman"), "policemen");
        assert_eq!(p("secretary"), "secretaries");
        assert_eq!(p("attorney"), "attorneys");
        assert_eq!(p("coach"), "coaches");
    }
}

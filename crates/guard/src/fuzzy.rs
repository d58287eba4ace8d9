//! Misspellings: the deletion neighbourhoods of name words, hashed, the
//! optimal-string-alignment distance that confirms a candidate, and the cost of typing
//! one word for another that tells apart candidates at the same distance.
//!
//! Two words within two edits share a string reachable from each by deleting at most
//! two characters; if they begin with the same letter, as a misspelling of a name must,
//! they share one that keeps that letter (an optimal edit script need not touch it),
//! so the first letter is never deleted. Rather than build every such string, both the
//! index and the scanner
//! hash them: a polynomial hash over the characters lets the hash of a word with one
//! or two characters left out be computed from prefix hashes in a few multiplications,
//! without copying a byte. A hash collision can only add a candidate, and every
//! candidate is confirmed by its true distance, so collisions never change a result.

/// Most characters a word may have for its deletions to be hashed on the stack; longer
/// words are no misspelling of a name (names are shorter) and are skipped by callers.
pub(crate) const MAX_CHARS: usize = 48;

const P: u64 = 0x100_0000_01b3;

fn mix(h: u64, len: usize) -> u64 {
    let mut x = h ^ ((len as u64) << 56) ^ 0x9e37_79b9_7f4a_7c15;
    x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 29)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 32)
}

/// Calls `f` with the hash of `word` itself and of every string made from it by
/// deleting one or two characters other than the first (a string may come more than
/// once: "anna" less either "n"). Returns false, calling nothing, for a word over
/// [`MAX_CHARS`].
pub(crate) fn each_deletion_hash(word: &str, mut f: impl FnMut(u64)) -> bool {
    let mut chars = [0u64; MAX_CHARS];
    let mut n = 0;
    for c in word.chars() {
        if n == MAX_CHARS {
            return false;
        }
        chars[n] = u64::from(c) + 1;
        n += 1;
    }
    // pre[k]: hash of the first k characters; pow[k] = P^k.
    let mut pre = [0u64; MAX_CHARS + 1];
    let mut pow = [1u64; MAX_CHARS + 1];
    for k in 0..n {
        pre[k + 1] = pre[k].wrapping_mul(P).wrapping_add(chars[k]);
        pow[k + 1] = pow[k].wrapping_mul(P);
    }
    // Hash of characters a..b.
    let part = |a: usize, b: usize| pre[b].wrapping_sub(pre[a].wrapping_mul(pow[b - a]));
    f(mix(pre[n], n));
    for a in 1..n {
        let head = pre[a];
        f(mix(head.wrapping_mul(pow[n - 1 - a]).wrapping_add(part(a + 1, n)), n - 1));
        for b in a + 1..n {
            let h = head
                .wrapping_mul(pow[n - 2 - a])
                .wrapping_add(part(a + 1, b).wrapping_mul(pow[n - 1 - b]))
                .wrapping_add(part(b + 1, n));
            f(mix(h, n - 2));
        }
    }
    true
}

/// The hash of one whole string, as [`each_deletion_hash`] hashes it.
#[cfg(test)]
pub(crate) fn whole_hash(word: &str) -> u64 {
    let mut h = 0u64;
    let mut n = 0;
    for c in word.chars() {
        h = h.wrapping_mul(P).wrapping_add(u64::from(c) + 1);
        n += 1;
    }
    mix(h, n)
}

/// Optimal-string-alignment distance: edits with adjacent transpositions counting one.
pub(crate) fn osa_distance(a: &str, b: &str) -> u32 {
    let mut ab = [' '; MAX_CHARS];
    let mut bb = [' '; MAX_CHARS];
    let (mut na, mut nb) = (0, 0);
    for c in a.chars() {
        if na == MAX_CHARS {
            return osa_distance_long(a, b);
        }
        ab[na] = c;
        na += 1;
    }
    for c in b.chars() {
        if nb == MAX_CHARS {
            return osa_distance_long(a, b);
        }
        bb[nb] = c;
        nb += 1;
    }
    osa(&ab[..na], &bb[..nb])
}

/// [`osa_distance`] if it is at most `max`, else `None`. Every edit changes the length
/// by one at most, so words whose lengths differ by more are turned away without the
/// table.
pub(crate) fn osa_distance_within(a: &str, b: &str, max: u32) -> Option<u32> {
    if a.chars().count().abs_diff(b.chars().count()) > max as usize {
        return None;
    }
    Some(osa_distance(a, b)).filter(|&d| d <= max)
}

/// [`typing_cost`] of a word that is no typing of a name: more than any that is.
pub(crate) const NOT_TYPED: u32 = 1_000;

/// Cost of typing `typed` for `name`, in halves of an edit: 2 for a slip a typist makes
/// often (a letter left out, two letters swapped, a letter doubled or a vowel added,
/// the next key in the keyboard's row, one vowel for another), 3 for any other edit.
/// Where two names are the same number of edits from a word, the one a slip of the
/// fingers makes it from is the likelier: "Wlters" is Walters less a letter rather than
/// Waters with "l" for "a"; "Mara" is Maria less a letter rather than Mark with "a" for
/// "k".
///
/// A misspelling keeps the name's first letter: a word that begins otherwise is no
/// typing of the name, and costs [`NOT_TYPED`].
pub(crate) fn typing_cost(typed: &str, name: &str) -> u32 {
    if typed.chars().next() != name.chars().next() {
        return NOT_TYPED;
    }
    let (mut t, mut n) = ([' '; MAX_CHARS], [' '; MAX_CHARS]);
    let (mut m, mut k) = (0, 0);
    for c in typed.chars() {
        if m == MAX_CHARS {
            return NOT_TYPED;
        }
        t[m] = c;
        m += 1;
    }
    for c in name.chars() {
        if k == MAX_CHARS {
            return NOT_TYPED;
        }
        n[k] = c;
        k += 1;
    }
    // Three rows on the stack, as in `osa`.
    let mut rows = [[0u32; MAX_CHARS + 1]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(k + 1) {
        *cell = 2 * j as u32;
    }
    for i in 1..=m {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur][0] = 2 * i as u32;
        // A letter typed that the name lacks: a vowel, or a letter doubled, is common.
        let doubled = (i > 1 && t[i - 2] == t[i - 1]) || (i < m && t[i] == t[i - 1]);
        let extra = if is_vowel(t[i - 1]) || doubled { 2 } else { 3 };
        for j in 1..=k {
            let swap = if t[i - 1] == n[j - 1] { 0 } else { slip_cost(t[i - 1], n[j - 1]) };
            let mut v = (rows[prev][j] + extra).min(rows[cur][j - 1] + 2).min(rows[prev][j - 1] + swap);
            if i > 1 && j > 1 && t[i - 1] == n[j - 2] && t[i - 2] == n[j - 1] {
                v = v.min(rows[prev2][j - 2] + 2);
            }
            rows[cur][j] = v;
        }
    }
    rows[m % 3][k]
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Row and place in the row of each letter's key on a QWERTY keyboard, by letter.
const KEYS: [(u8, u8); 26] = [
    (1, 0),
    (2, 4),
    (2, 2),
    (1, 2),
    (0, 2),
    (1, 3),
    (1, 4),
    (1, 5),
    (0, 7),
    (1, 6),
    (1, 7),
    (1, 8),
    (2, 6),
    (2, 5),
    (0, 8),
    (0, 9),
    (0, 0),
    (0, 3),
    (1, 1),
    (0, 4),
    (0, 6),
    (2, 3),
    (0, 1),
    (2, 1),
    (0, 5),
    (2, 0),
];

/// Cost of typing `typed` where `meant` was meant (two different letters).
fn slip_cost(typed: char, meant: char) -> u32 {
    let key = |c: char| c.is_ascii_lowercase().then(|| KEYS[(c as u8 - b'a') as usize]);
    let next_key = key(typed).zip(key(meant)).is_some_and(|(a, b)| a.0 == b.0 && a.1.abs_diff(b.1) == 1);
    if next_key || (is_vowel(typed) && is_vowel(meant)) {
        2
    } else {
        3
    }
}

/// The distance over character slices, with three rows on the stack.
fn osa(a: &[char], b: &[char]) -> u32 {
    let mut rows = [[0u32; MAX_CHARS + 1]; 3];
    let w = b.len();
    // The three rows by reference, turned round after each row (no `% 3` per row,
    // and each row's bounds known to the compiler).
    let [r0, r1, r2] = &mut rows;
    let (mut prev2, mut prev, mut cur) = (r2, r0, r1);
    for (j, cell) in prev.iter_mut().enumerate().take(w + 1) {
        *cell = j as u32;
    }
    for i in 1..=a.len() {
        cur[0] = i as u32;
        let ai = a[i - 1];
        for j in 1..=w {
            let cost = u32::from(ai != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
        }
        (prev2, prev, cur) = (prev, cur, prev2);
    }
    prev[w]
}

/// The same distance for words too long for the stack.
fn osa_distance_long(a: &str, b: &str) -> u32 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0u32; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i as u32;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j as u32;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = u32::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use ahash::AHashSet;

    /// Every string one or two deletions away, the first letter kept, built the slow
    /// way.
    fn deletions(word: &str) -> AHashSet<String> {
        let chars: Vec<char> = word.chars().collect();
        let mut out = AHashSet::new();
        out.insert(word.to_owned());
        for a in 1..chars.len() {
            out.insert(chars.iter().enumerate().filter(|&(k, _)| k != a).map(|(_, c)| c).collect());
            for b in a + 1..chars.len() {
                out.insert(chars.iter().enumerate().filter(|&(k, _)| k != a && k != b).map(|(_, c)| c).collect());
            }
        }
        out
    }

    fn hashes(word: &str) -> AHashSet<u64> {
        let mut set = AHashSet::new();
        assert!(each_deletion_hash(word, |h| {
            set.insert(h);
        }));
        set
    }

    #[test]
    fn deletion_hashes_are_the_hashes_of_the_deletions() {
        for word in ["nathan", "anna", "zoë", "o", "", "bartholomew", "张伟"] {
            let slow: AHashSet<u64> = deletions(word).iter().map(|d| whole_hash(d)).collect();
            assert_eq!(hashes(word), slow, "{word}");
        }
        assert_eq!(hashes("nathan").len(), 1 + 5 + 10, "nathan, five one-deletions and ten two-deletions");
    }

    #[test]
    fn words_within_two_edits_with_one_first_letter_share_a_deletion() {
        // Every word of one to six letters over a small alphabet, against every other:
        // the edits are dense, so transpositions, doubled letters and edits beside the
        // first letter all occur.
        let mut all = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..6 {
            frontier = frontier.iter().flat_map(|w| ['a', 'b', 'c'].map(|c| format!("{w}{c}"))).collect();
            all.extend(frontier.iter().cloned());
        }
        all.retain(|w| !w.is_empty());
        let sets: Vec<AHashSet<u64>> = all.iter().map(|w| hashes(w)).collect();
        let mut pairs = 0;
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate().skip(i + 1) {
                if a.as_bytes()[0] != b.as_bytes()[0] || osa_distance(a, b) > 2 {
                    continue;
                }
                pairs += 1;
                assert!(sets[i].intersection(&sets[j]).next().is_some(), "{a} {b}");
            }
        }
        assert!(pairs > 10_000, "{pairs}");
    }

    #[test]
    fn deletion_neighbourhoods_meet_within_two_edits() {
        let (a, b) = (hashes("nathan"), hashes("natahn"));
        assert!(a.contains(&whole_hash("natan")) && !a.contains(&whole_hash("nat")));
        assert!(a.intersection(&b).next().is_some());
        let table = crate::table::MultiMap::new(a.iter().map(|&h| (h, 7u32)).collect());
        assert!(b.iter().any(|&h| table.get(h) == [7]));
        assert!(table.get(whole_hash("xyz")).is_empty());
    }

    #[test]
    fn keys_are_where_a_qwerty_keyboard_has_them() {
        for (r, row) in ["qwertyuiop", "asdfghjkl", "zxcvbnm"].iter().enumerate() {
            for (i, c) in row.chars().enumerate() {
                assert_eq!(KEYS[(c as u8 - b'a') as usize], (r as u8, i as u8), "{c}");
            }
        }
    }

    #[test]
    fn typing_cost_prefers_the_slips_of_fingers() {
        // The same number of edits, but a letter left out is likelier than "l" for "a".
        assert!(typing_cost("wlters", "walters") < typing_cost("wlters", "waters"));
        assert!(typing_cost("mara", "maria") < typing_cost("mara", "mark"));
        // The next key in the row, or one vowel for another, is a common slip.
        assert!(typing_cost("wjte", "white") < typing_cost("wjte", "ware"));
        assert_eq!(typing_cost("jomes", "jones"), 2);
        assert_eq!(typing_cost("jines", "jones"), 2);
        assert_eq!(typing_cost("jpnes", "jones"), 2);
        assert_eq!(typing_cost("jxnes", "jones"), 3);
        assert_eq!(typing_cost("joness", "jones"), 2);
        assert_eq!(typing_cost("jojnes", "jones"), 3);
        assert_eq!(typing_cost("jnoes", "jones"), 2);
        assert_eq!(typing_cost("jones", "jones"), 0);
        assert_eq!(typing_cost("bones", "jones"), NOT_TYPED);
    }

    #[test]
    fn osa_counts_transpositions_once() {
        assert_eq!(osa_distance("nathan", "natahn"), 1);
        assert_eq!(osa_distance("nathan", "nathen"), 1);
        assert_eq!(osa_distance("nathan", "nathhen"), 2);
        assert_eq!(osa_distance("abc", "abc"), 0);
        assert_eq!(osa_distance("", "abc"), 3);
        assert_eq!(osa_distance("ca", "abc"), 3);
        assert_eq!(osa_distance_within("nathan", "nathhen", 2), Some(2));
        assert_eq!(osa_distance_within("nathan", "nathhen", 1), None);
        assert_eq!(osa_distance_within("nat", "nathan", 2), None);
        let long = "a".repeat(60);
        assert_eq!(osa_distance(&long, "aa"), 58);
        for (a, b) in [("kitten", "sitting"), ("abcdef", "badcfe"), ("zoë", "zoe"), ("robinson", "robinsno")] {
            assert_eq!(osa_distance(a, b), osa_distance_long(a, b), "{a} {b}");
        }
        // Every pair of words of up to four letters of three: the rows on the stack
        // agree with the full table.
        let mut words = vec![String::new()];
        for len in 1..=4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == len - 1)
                .flat_map(|w| ['a', 'b', 'c'].map(|c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for a in &words {
            for b in &words {
                assert_eq!(osa_distance(a, b), osa_distance_long(a, b), "{a} {b}");
            }
        }
    }
}

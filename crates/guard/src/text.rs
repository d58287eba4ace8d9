//! Splitting text into words and folding them, with every word keeping its UTF-8 byte
//! offsets into the original text.
//!
//! A *word* is a maximal run of alphanumeric characters (combining marks included), so
//! "Mary's" is two words and "N.R." is two one-letter words: caseload phrases and
//! scanned text are split by the same rule, which makes phrase matching punctuation-
//! and spacing-tolerant for free. A word's *key* is its fold: lower case, diacritics
//! removed, a few letters expanded (ø → o, ß → ss), so "Zoë" and "ZOE" meet.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The word starts with an upper-case letter.
pub(crate) const CAP: u8 = 1;
/// Every letter of the word is upper case and it has at least two.
pub(crate) const UPPER: u8 = 1 << 1;
/// The word is all ASCII digits.
pub(crate) const DIGITS: u8 = 1 << 2;
/// The word begins a sentence (or the text, or follows a colon or a line break).
pub(crate) const SENTENCE_START: u8 = 1 << 3;
/// The word is the first on its line.
pub(crate) const LINE_START: u8 = 1 << 4;

/// One word of a scanned text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// Byte offset of the first byte in the original text.
    pub start: u32,
    /// Byte offset one past the last byte in the original text.
    pub end: u32,
    key_start: u32,
    key_end: u32,
    /// Bit set of [`CAP`], [`UPPER`], [`DIGITS`], [`SENTENCE_START`], [`LINE_START`].
    pub flags: u8,
}

impl Word {
    pub(crate) fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// The words of one text and their folded keys, reusable across texts.
#[derive(Debug, Default)]
pub(crate) struct Words {
    list: Vec<Word>,
    keys: String,
    /// How many words are digits read aloud ("five", "oh"): a phone number read out
    /// has ten, most texts none.
    spoken_digits: usize,
    /// How many words are all digits: a date or a phone number needs one.
    digit_words: usize,
    /// How many bytes are '@': an e-mail address needs one.
    at_signs: usize,
    /// The words "at", by number: an e-mail address spelled out needs one or an '@'.
    at_words: Vec<u32>,
}

/// Classes of a byte as a word of ASCII letters and digits reads them: a bit each, so
/// a word's bytes are told apart by one table read and its classes gathered with an
/// or (0 for every byte that is no part of such a word, every byte beyond ASCII
/// included).
const ASCII_UPPER: u8 = 1;
const ASCII_LOWER: u8 = 1 << 1;
const ASCII_DIGIT: u8 = 1 << 2;

/// [`ASCII_UPPER`], [`ASCII_LOWER`] or [`ASCII_DIGIT`] of each byte.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            ASCII_UPPER
        } else if c.is_ascii_lowercase() {
            ASCII_LOWER
        } else if c.is_ascii_digit() {
            ASCII_DIGIT
        } else {
            0
        };
        b += 1;
    }
    table
};

impl Words {
    /// Splits `text` into words, replacing what this held.
    ///
    /// `keys` begins with a copy of the text: a word of ASCII letters and digits, most
    /// words of most texts, keeps its key where it lies, lowered in place; every other
    /// word's key is folded after the copy.
    pub(crate) fn split(&mut self, text: &str) {
        self.list.clear();
        self.keys.clear();
        self.spoken_digits = 0;
        self.digit_words = 0;
        self.at_signs = 0;
        self.at_words.clear();
        // The copy, then room for the folded keys: folding never makes ASCII longer,
        // and rarely anything else.
        self.keys.reserve(2 * text.len());
        self.keys.push_str(text);
        // (At most a word for every two bytes, but for ideographs: room reserved once.)
        self.list.reserve(text.len() / 2 + 1);
        let bytes = text.as_bytes();
        let mut i = 0;
        // The flags the next word takes from what came before it: the text's start, a
        // line break, a full stop…
        let mut pending = SENTENCE_START | LINE_START;
        while let Some(&b) = bytes.get(i) {
            let class = ASCII_CLASS[usize::from(b)];
            let start = i;
            if class != 0 {
                // A run of ASCII letters and digits, its classes after the first
                // gathered as it is read.
                let (mut len, mut rest) = (1, 0u8);
                for &b in &bytes[i + 1..] {
                    let class = ASCII_CLASS[usize::from(b)];
                    if class == 0 {
                        break;
                    }
                    rest |= class;
                    len += 1;
                }
                let end = i + len;
                // Unless it goes on beyond ASCII or over a line's end, the word is
                // the run, and its key is the copy's own bytes, lowered there. (Most
                // words end at a space or punctuation of ASCII: one test of the byte
                // after.)
                let next = bytes.get(end).copied().unwrap_or(b' ');
                if (next >= 0x80 && !general_punctuation(bytes, end))
                    || (next == b'-' && hyphen_wrap(bytes, end).is_some())
                {
                    let (end, key_start, key_end, flags) = self.fold_word(text, start);
                    self.push_word(start, end, key_start, key_end, flags | pending);
                    i = end;
                } else {
                    let flags = self.ascii_word(bytes, start, end, class, rest);
                    self.push_word(start, end, start, end, flags | pending);
                    i = end;
                }
            } else if b >= 0x80 && !general_punctuation(bytes, i) && starts_word(text, i) {
                let (end, key_start, key_end, flags) = self.fold_word(text, start);
                self.push_word(start, end, key_start, key_end, flags | pending);
                i = end;
            } else {
                match b {
                    b'\n' => pending = SENTENCE_START | LINE_START,
                    // ("@gurli.karlsen", "gmail.com": a dot with a small letter or a
                    // digit right after it ends no sentence.)
                    b'.' if !self.last_is_abbreviation()
                        && !bytes.get(i + 1).is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) =>
                    {
                        pending |= SENTENCE_START
                    }
                    b'!' | b'?' | b':' | b';' => pending |= SENTENCE_START,
                    b'@' => self.at_signs += 1,
                    _ => {}
                }
                i += if b < 0x80 { 1 } else { text[i..].chars().next().map_or(1, char::len_utf8) };
                continue;
            }
            pending = 0;
            // (The space after a word, most often next, says nothing: passed here,
            // not through the tests of the loop.)
            if bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        }
    }

    /// The word of ASCII letters and digits at bytes `start..end`, which is all there
    /// is of it, given the class of its first byte and the or of the others' (`rest`):
    /// its key is the copy's own bytes, lowered in place where it has capitals.
    /// Returns its flags but for the sentence's and the line's.
    #[inline(always)]
    fn ascii_word(&mut self, bytes: &[u8], start: usize, end: usize, first: u8, rest: u8) -> u8 {
        let cap = first == ASCII_UPPER;
        let seen = first | rest;
        // (Most often only the first letter is a capital: lowered alone.)
        if rest & ASCII_UPPER != 0 {
            self.keys[start..end].make_ascii_lowercase();
        } else if cap {
            self.keys[start..start + 1].make_ascii_lowercase();
        }
        // "Hami1ton", "Vern0n", "Schoo1": a scan read a letter as a digit. Not in
        // capitals: "SW1A1AA", "K1A0B1" are postcodes, not words.
        if seen & ASCII_LOWER != 0 && seen & ASCII_DIGIT != 0 {
            read_ocr_letters(&bytes[start..end], &mut self.keys, start);
        }
        let mut flags = 0;
        if cap {
            flags |= CAP;
        }
        // In capitals: without a small letter, and with two capitals or more
        // (counted only here, where the word has no small letter: "I", "DOB").
        if seen & (ASCII_LOWER | ASCII_UPPER) == ASCII_UPPER
            && (cap && rest & ASCII_UPPER != 0
                || bytes[start..end].iter().filter(|b| b.is_ascii_uppercase()).count() >= 2)
        {
            flags |= UPPER;
        }
        if seen == ASCII_DIGIT {
            flags |= DIGITS;
            self.digit_words += 1;
        }
        flags
    }

    /// Pushes the word at bytes `start..end` with its key at `key_start..key_end` of
    /// `keys` and its `flags`, counting it if it is a digit read aloud or an "at".
    /// (Inlined in each of `split`'s paths: one place that pushes would carry every
    /// path's results through the stack.)
    #[inline(always)]
    fn push_word(&mut self, start: usize, end: usize, key_start: usize, key_end: usize, flags: u8) {
        // (As bytes: a `str` slice would check both ends for character boundaries.)
        let key = &self.keys.as_bytes()[key_start..key_end];
        self.spoken_digits += usize::from(spoken_digit_bytes(key).is_some());
        if key == b"at" && end - start == 2 {
            self.at_words.push(self.list.len() as u32);
        }
        self.list.push(Word {
            start: start as u32,
            end: end as u32,
            key_start: key_start as u32,
            key_end: key_end as u32,
            flags,
        });
    }

    /// True if the last word split is one a full stop after does not end a sentence
    /// at: a letter ("N. Robinson") or a title's short form ("Dr."). (Asked at a full
    /// stop, not of every word.)
    fn last_is_abbreviation(&self) -> bool {
        self.list.last().is_some_and(|w| {
            (w.end - w.start == 1 && w.flags & DIGITS == 0)
                || matches!(
                    &self.keys.as_bytes()[w.key_start as usize..w.key_end as usize],
                    b"mr"
                        | b"mrs"
                        | b"ms"
                        | b"mx"
                        | b"dr"
                        | b"st"
                        | b"jr"
                        | b"sr"
                        | b"prof"
                        | b"mt"
                        | b"rev"
                        | b"sgt"
                        | b"cpl"
                        | b"lt"
                        | b"capt"
                        | b"cllr"
                        | b"det"
                        | b"sra"
                        | b"srta"
                        | b"dra"
                        | b"mme"
                        | b"mlle"
                        | b"mevr"
                        | b"dhr"
                )
        })
    }

    /// The word at byte `start` of any script, folded after the copy: where it ends,
    /// where its key starts and ends in `keys`, and its flags but for the sentence's
    /// and the line's. (Out of line: most words are ASCII, and `split` stays small.)
    #[inline(never)]
    fn fold_word(&mut self, text: &str, start: usize) -> (usize, usize, usize, u8) {
        let bytes = text.as_bytes();
        let mut i = start;
        let key_start = self.keys.len();
        let (mut all_upper, mut letters, mut digits_only, mut cap) = (true, 0u32, true, false);
        cap |= bytes[start].is_ascii_uppercase();
        let mut wrapped = false;
        loop {
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    let digit = b.is_ascii_digit();
                    letters += u32::from(!digit);
                    all_upper &= !b.is_ascii_lowercase();
                    digits_only &= digit;
                    self.keys.push(b.to_ascii_lowercase() as char);
                    i += 1;
                } else if b >= 0x80 {
                    let Some(c) = text[i..].chars().next() else {
                        break;
                    };
                    if !(c.is_alphanumeric() || is_combining_mark(c)) || (is_ideograph(c) && i > start) {
                        break;
                    }
                    if c.is_alphabetic() {
                        // A script without case (Han, kana, Arabic…) writes every
                        // name as a capitalised one would be.
                        if i == start && !c.is_lowercase() {
                            cap = true;
                        }
                        letters += 1;
                        all_upper &= !c.is_lowercase();
                    }
                    digits_only = false;
                    fold_char_into(c, &mut self.keys);
                    i += c.len_utf8();
                    if is_ideograph(c) {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "Stan-\nley": a word hyphenated at the end of a line goes on.
            match hyphen_wrap(bytes, i) {
                Some(next) => {
                    i = next;
                    wrapped = true;
                }
                None => break,
            }
        }
        // "Hami1ton", "Vern0n", "Schoo1": a scan read a letter as a digit.
        // (Fewer letters than bytes: digits among them, or letters beyond ASCII; a
        // wrapped word's key is not its bytes one for one.)
        // Not in capitals: "SW1A1AA", "K1A0B1" are postcodes, not words.
        if letters > 0
            && (letters as usize) < i - start
            && !wrapped
            && text[start..i].is_ascii()
            && bytes[start..i].iter().any(u8::is_ascii_lowercase)
        {
            letters += read_ocr_letters(&bytes[start..i], &mut self.keys, key_start);
        }
        let mut flags = 0;
        if cap {
            flags |= CAP;
        }
        if all_upper && letters >= 2 {
            flags |= UPPER;
        }
        if digits_only {
            flags |= DIGITS;
            self.digit_words += 1;
        }
        (i, key_start, self.keys.len(), flags)
    }

    /// The words, in text order.
    pub(crate) fn list(&self) -> &[Word] {
        &self.list
    }

    /// The folded key of word `i`.
    pub(crate) fn key(&self, i: usize) -> &str {
        let w = &self.list[i];
        &self.keys[w.key_start as usize..w.key_end as usize]
    }

    /// The folded keys of the words, in text order.
    pub(crate) fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.list.iter().map(|w| &self.keys[w.key_start as usize..w.key_end as usize])
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// How many words are digits read aloud.
    pub(crate) fn spoken_digits(&self) -> usize {
        self.spoken_digits
    }

    /// How many words are all digits.
    pub(crate) fn digit_words(&self) -> usize {
        self.digit_words
    }

    /// How many bytes are '@'.
    pub(crate) fn at_signs(&self) -> usize {
        self.at_signs
    }

    /// The words "at", by number.
    pub(crate) fn at_words(&self) -> &[u32] {
        &self.at_words
    }
}

/// In the key (from byte `key_start` of `keys`) of an ASCII word of letters and
/// digits (`word`), reads each "1" and "0" a scan made of a letter as that letter: after
/// a letter and before one ("Hami1ton", "Pa11e", "Vern0n"), or alone at the end of a
/// word of three letters or more ("Schoo1"). Only the two digits that look like letters,
/// so "H1N1" reads "hlnl" but "covid19", "Q1" and "user01" keep their digits. Returns how
/// many letters it read. A token that begins with a digit is a number, and is left.
fn read_ocr_letters(word: &[u8], keys: &mut String, key_start: usize) -> u32 {
    // A word, not a number with letters in it ("2O1O").
    if !word[0].is_ascii_alphabetic() {
        return 0;
    }
    let mut read = Vec::new();
    let mut k = 1;
    while k < word.len() {
        let run = word[k..].iter().take_while(|&&b| b == b'0' || b == b'1').count();
        if run == 0 || !word[k - 1].is_ascii_alphabetic() {
            k += run.max(1);
            continue;
        }
        let inside = word.get(k + run).is_some_and(u8::is_ascii_alphabetic);
        let ending =
            run == 1 && k + 1 == word.len() && word[..k].iter().filter(|b| b.is_ascii_alphabetic()).count() >= 3;
        if inside || ending {
            read.extend(k..k + run);
        }
        k += run;
    }
    if read.is_empty() {
        return 0;
    }
    // The word is ASCII, so its key is its bytes lowered, one for one.
    let range = key_start..key_start + word.len();
    let mut key: Vec<u8> = keys.as_bytes()[range.clone()].to_vec();
    for &k in &read {
        key[k] = if word[k] == b'0' { b'o' } else { b'l' };
    }
    keys.replace_range(range, &String::from_utf8_lossy(&key));
    read.len() as u32
}

/// Where a word hyphenated at a line's end goes on ("Stan-\nley", "appoint-\r\n  ment"),
/// if the hyphen at byte `i` is one: after a letter, before a line break, optional
/// spaces and a lower-case letter.
fn hyphen_wrap(bytes: &[u8], i: usize) -> Option<usize> {
    if bytes.get(i) != Some(&b'-') || i == 0 || !bytes[i - 1].is_ascii_alphabetic() {
        return None;
    }
    let mut k = i + 1;
    if bytes.get(k) == Some(&b'\r') {
        k += 1;
    }
    if bytes.get(k) != Some(&b'\n') {
        return None;
    }
    k += 1;
    while bytes.get(k).is_some_and(|&b| b == b' ' || b == b'\t') {
        k += 1;
    }
    if !bytes.get(k).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    // "re Grace-\nshe called": a dash before a word that stands alone is punctuation.
    let rest = bytes[k..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    (!is_function_word(&bytes[k..k + rest])).then_some(k)
}

/// Words that begin a clause or a phrase on their own (pronouns, articles,
/// conjunctions, common verbs and prepositions): after a dash at a line's end they
/// are no word's second half.
fn is_function_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"i" | b"he"
            | b"she"
            | b"it"
            | b"we"
            | b"you"
            | b"they"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"the"
            | b"a"
            | b"an"
            | b"and"
            | b"but"
            | b"or"
            | b"so"
            | b"then"
            | b"is"
            | b"was"
            | b"are"
            | b"were"
            | b"has"
            | b"had"
            | b"have"
            | b"will"
            | b"can"
            | b"not"
            | b"no"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"of"
            | b"with"
            | b"this"
            | b"that"
            | b"just"
            | b"please"
    )
}

/// The digit a spoken word stands for ("oh" and "nought" for 0), if any.
pub(crate) fn spoken_digit(word: &str) -> Option<u8> {
    spoken_digit_bytes(word.as_bytes())
}

/// [`spoken_digit`] of a word's bytes.
#[inline]
fn spoken_digit_bytes(word: &[u8]) -> Option<u8> {
    // Every word is asked as it is split: by length and first letter first, so most
    // are turned away by one comparison.
    let digit = match (word.len(), word.first()?) {
        (1, b'o') => 0,
        (2, b'o') if word == b"oh" => 0,
        (3, b'o') if word == b"one" => 1,
        (3, b't') if word == b"two" => 2,
        (3, b's') if word == b"six" => 6,
        (4, b'z') if word == b"zero" => 0,
        (4, b'f') if word == b"four" => 4,
        (4, b'f') if word == b"five" => 5,
        (4, b'n') if word == b"nine" => 9,
        (5, b't') if word == b"three" => 3,
        (5, b's') if word == b"seven" => 7,
        (5, b'e') if word == b"eight" => 8,
        (6, b'n') if word == b"nought" => 0,
        _ => return None,
    };
    Some(digit)
}

/// Han ideographs, Hiragana and Katakana: each is a word, since these scripts do not
/// separate words with spaces.
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// True if the character at byte `i` is one of U+2000 to U+203F (spaces, dashes,
/// curly quotes, the ellipsis): never part of a word, and told by two bytes without
/// decoding it or asking Unicode's tables, as "don’t" and "– " would be.
fn general_punctuation(bytes: &[u8], i: usize) -> bool {
    bytes.get(i) == Some(&0xE2) && bytes.get(i + 1) == Some(&0x80)
}

fn starts_word(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Appends the fold of one non-ASCII character to `out`.
fn fold_char_into(c: char, out: &mut String) {
    let special = match c {
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    decompose_compatible(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

/// The fold of a whole string: lower case, diacritics removed, non-word characters kept.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char_into(c, &mut out);
        }
    }
    out
}

/// The folded words of `s`, as the scanner would see them.
pub(crate) fn words(s: &str) -> Vec<String> {
    let mut w = Words::default();
    w.split(s);
    (0..w.len()).map(|i| w.key(i).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn general_punctuation_is_no_part_of_a_word() {
        for c in '\u{2000}'..='\u{203F}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert!(super::general_punctuation(bytes, 0), "{c:?}");
            assert!(!(c.is_alphanumeric() || super::is_combining_mark(c)), "{c:?}");
        }
        assert!(!super::general_punctuation("é".as_bytes(), 0));
    }

    use super::*;

    fn split(text: &str) -> Vec<(String, &str, u8)> {
        let mut w = Words::default();
        w.split(text);
        (0..w.len())
            .map(|i| {
                let x = w.list()[i];
                (w.key(i).to_owned(), &text[x.start as usize..x.end as usize], x.flags)
            })
            .collect()
    }

    #[test]
    fn words_keep_original_offsets_and_fold() {
        let got = split("Zoë met O’Brien-Smith, ØRJAN.");
        let keys: Vec<_> = got.iter().map(|(k, s, _)| (k.as_str(), *s)).collect();
        assert_eq!(
            keys,
            [("zoe", "Zoë"), ("met", "met"), ("o", "O"), ("brien", "Brien"), ("smith", "Smith"), ("orjan", "ØRJAN")]
        );
        assert!(got[5].2 & UPPER != 0);
        assert!(got[0].2 & CAP != 0 && got[0].2 & SENTENCE_START != 0);
        assert!(got[1].2 & (CAP | SENTENCE_START) == 0);
    }

    #[test]
    fn a_word_hyphenated_at_a_lines_end_is_one_word() {
        let keys = |text: &str| split(text).into_iter().map(|(k, s, _)| (k, s.to_owned())).collect::<Vec<_>>();
        let got = keys("Re: Rebecca Stan-\nley and a carpen-\r\n  ter, well-known");
        assert_eq!(got[2], ("stanley".to_owned(), "Stan-\nley".to_owned()));
        assert_eq!(got[5], ("carpenter".to_owned(), "carpen-\r\n  ter".to_owned()));
        // Not before a capital, a digit, a word that stands alone, or mid-line.
        assert_eq!(split("Jan-\nJun").len(), 2);
        assert_eq!(keys("re Grace-\nshe called")[1].0, "grace");
        assert_eq!(split("under-\n12").len(), 2);
        assert_eq!(split("well-known").len(), 2);
    }

    #[test]
    fn a_scans_digits_for_letters_are_read_as_letters() {
        let keys = |text: &str| split(text).into_iter().map(|(k, _, _)| k).collect::<Vec<_>>();
        assert_eq!(
            keys("North Hami1ton High Schoo1, Mount Vern0n, Pa11e"),
            ["north", "hamilton", "high", "school", "mount", "vernon", "palle"]
        );
        // Digits that are digits stay.
        assert_eq!(keys("covid19 Q1 user01 PHQ9 2O1O"), ["covid19", "q1", "user01", "phq9", "2o1o"]);
        // Capitals with digits are codes: a postcode keeps its digits.
        assert_eq!(keys("London SW1A1AA, Ottawa K1A0B1"), ["london", "sw1a1aa", "ottawa", "k1a0b1"]);
    }

    #[test]
    fn keys_read_in_place_and_keys_folded_agree() {
        // Lower-case words keep their keys in the copy of the text, the others are
        // folded after it; a letter read from a digit in one word leaves its
        // neighbours alone, wherever their keys lie.
        let keys = |text: &str| split(text).into_iter().map(|(k, _, _)| k).collect::<Vec<_>>();
        assert_eq!(
            keys("the schoo1 bus, The Schoo1 Bus; ZOË’s café at 10am"),
            ["the", "school", "bus", "the", "school", "bus", "zoe", "s", "cafe", "at", "10am"]
        );
        // A word that goes on beyond ASCII, or over a line's end, is folded whole.
        assert_eq!(keys("naïve Beyoncé stan-\nley"), ["naive", "beyonce", "stanley"]);
    }

    #[test]
    fn sentence_starts_skip_titles_and_initials() {
        let got = split("I saw Dr. Smith. Then N. R. left!\nOk");
        let starts: Vec<_> = got.iter().filter(|(_, _, f)| f & SENTENCE_START != 0).map(|(_, s, _)| *s).collect();
        assert_eq!(starts, ["I", "Then", "Ok"]);
        // A dot inside a handle or an address ends no sentence.
        let got = split("Follow @gurli.karlsen and mail a.b@c.com.Then go");
        let starts: Vec<_> = got.iter().filter(|(_, _, f)| f & SENTENCE_START != 0).map(|(_, s, _)| *s).collect();
        assert_eq!(starts, ["Follow", "Then"]);
    }

    #[test]
    fn ideographs_are_words_of_their_own() {
        let keys: Vec<_> = split("来访者张伟今天").into_iter().map(|(_, s, _)| s).collect();
        assert_eq!(keys, ["来", "访", "者", "张", "伟", "今", "天"]);
    }

    #[test]
    fn digits_are_flagged() {
        let got = split("call 724-474-2865");
        assert!(got[1].2 & DIGITS != 0);
        assert_eq!(got.len(), 4);
    }
}

//! Recognisers for identifiers with a shape rather than a spelling: phone numbers,
//! e-mail addresses and calendar dates. Each finds candidates in the text, normalises
//! them (digits only; lower case; year-month-day), and leaves the look-up to the index,
//! so "(724) 474-2865", "724.474.2865" and "+1 724 474 2865" are one number and
//! "1954-01-22", "01/22/1954" and "22 January 1954" one date.

use crate::lexicon::{foreign_month_number, month_number};
use crate::text::{spoken_digit, Words, DIGITS};

/// A recognised identifier: where it is and its normalised value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit<V> {
    pub start: usize,
    pub end: usize,
    /// First word covered and one past the last (word indices).
    pub words: (usize, usize),
    pub value: V,
}

/// A calendar date packed as `year * 10_000 + month * 100 + day`.
pub(crate) type DateKey = u32;

fn date_key(y: u32, m: u32, d: u32) -> Option<DateKey> {
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    ((1800..=2200).contains(&y) && (1..=dim).contains(&d)).then_some(y * 10_000 + m * 100 + d)
}

/// Parses a strict `YYYY-MM-DD` date.
pub(crate) fn parse_iso_date(s: &str) -> Option<DateKey> {
    let b = s.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { std::str::from_utf8(&b[r]).ok()?.parse().ok() };
    date_key(num(0..4)?, num(5..7)?, num(8..10)?)
}

/// The lookup key of a phone number: its last ten digits for North American numbers
/// (with or without the leading 1), otherwise all its digits; `None` if it has fewer
/// than seven digits or more than fifteen.
pub(crate) fn phone_key(s: &str) -> Option<u64> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if !(7..=15).contains(&n) {
        return None;
    }
    let d = if n == 11 && digits.starts_with('1') { &digits[1..] } else { &digits[..] };
    d.parse().ok()
}

/// Phone numbers: runs of digit words joined by phone punctuation (spaces, dashes,
/// dots, slashes, brackets), 10 digits (11 with a leading 1, or 7–15 after a '+').
pub(crate) fn phones(text: &str, words: &Words) -> Vec<Hit<u64>> {
    let bytes = text.as_bytes();
    let list = words.list();
    let mut out = Vec::new();
    // Every number has a word of digits: most texts have none.
    if words.digit_words() == 0 {
        return out;
    }
    let mut i = 0;
    while i < list.len() {
        if !list[i].has(DIGITS) {
            i += 1;
            continue;
        }
        let mut start = list[i].start as usize;
        let plus = start > 0 && bytes[start - 1] == b'+';
        if start > 0 && matches!(bytes[start - 1], b'(' | b'+') {
            start -= 1;
        }
        let first = &text[list[i].start as usize..list[i].end as usize];
        // A number opens with a country code, an area code, a trunk-prefixed area code
        // ("0161") or is one run of digits; a year before a number ("1954 (724) 474")
        // is not part of it.
        let opening_ok = first.len() <= 3 || first.len() >= 10 || first.starts_with('0');
        // The last group has three digits or more, or two after an area code and
        // another group ("724 474 28 65"; not a series of scores, "14 12 11 09 08").
        let valid = |n: usize, last_group: usize, groups: usize| {
            opening_ok
                && (last_group >= 3 || n == first.len() || (last_group == 2 && groups >= 3 && first.len() == 3))
                && (n == 10
                    || (n == 11 && (first.starts_with('1') || first.starts_with('0')))
                    || (plus && (7..=15).contains(&n)))
        };
        // Extend over digit groups joined by phone punctuation; keep the longest valid
        // number, so "(724) 474-2865 (724) 474-2865" is two numbers, not one too long.
        let mut digits = (list[i].end - list[i].start) as usize;
        let mut best = valid(digits, digits, 1).then_some(i + 1);
        let mut j = i + 1;
        while j < list.len() && list[j].has(DIGITS) && digits < 15 {
            // (Typography turns a hyphen into a dash: "(262) 531–9295".)
            let gap = &text[list[j - 1].end as usize..list[j].start as usize];
            let ok_gap = !gap.is_empty()
                && gap.len() <= 9
                && gap.chars().count() <= 3
                && gap.chars().all(|c| {
                    matches!(c, ' ' | '-' | '.' | '/' | '(' | ')' | '\u{2010}'..='\u{2014}' | '\u{2212}' | '\u{a0}')
                })
                && (list[j - 1].end - list[j - 1].start) <= 4
                // A last group may hold the rest: "724 4742865".
                && ((list[j].end - list[j].start) <= 4 || j == i + 1);
            if !ok_gap {
                break;
            }
            let group = (list[j].end - list[j].start) as usize;
            digits += group;
            j += 1;
            if valid(digits, group, j - i) {
                best = Some(j);
            }
        }
        match best {
            Some(end_word) => {
                let end = list[end_word - 1].end as usize;
                if let Some(value) = phone_key(&text[start..end]) {
                    out.push(Hit { start, end, words: (i, end_word), value });
                }
                i = end_word;
            }
            None => i += 1,
        }
    }
    out
}

/// Phone numbers read aloud, as dictation writes them: "five oh seven two one oh
/// double oh one three", perhaps with digit groups among the words ("507 two one
/// oh…"). Ten digits (eleven with a leading 1), keyed as [`phone_key`] keys them.
/// Prose counts aloud too ("one or two"), so only a number that is someone's should
/// count, and none is ever a warning.
pub(crate) fn spoken_phones(text: &str, words: &Words) -> Vec<Hit<u64>> {
    let list = words.list();
    let mut out = Vec::new();
    // Most texts read no number aloud (the words were counted as they were split).
    if words.spoken_digits() < 4 {
        return out;
    }
    let mut i = 0;
    while i < list.len() {
        // A run of spoken digits, "double"/"triple" and short digit groups, joined by
        // spaces, commas or dashes.
        let (mut digits, mut spoken, mut j, mut repeat) = (String::new(), false, i, 1);
        // The longest number read so far: (one past its last word, its key).
        let mut best: Option<(usize, u64)> = None;
        while j < list.len() && digits.len() <= 11 {
            if j > i {
                let gap = &text[list[j - 1].end as usize..list[j].start as usize];
                if gap.is_empty() || gap.len() > 3 || !gap.bytes().all(|b| matches!(b, b' ' | b',' | b'-')) {
                    break;
                }
            }
            let key = words.key(j);
            if let Some(d) = spoken_digit(key) {
                (0..repeat).for_each(|_| digits.push(char::from(b'0' + d)));
                spoken = true;
                repeat = 1;
            } else if repeat == 1 && matches!(key, "double" | "triple") {
                repeat = if key == "double" { 2 } else { 3 };
            } else if repeat == 1 && list[j].has(DIGITS) && key.len() <= 4 {
                digits.push_str(key);
            } else {
                break;
            }
            j += 1;
            if spoken && repeat == 1 && (digits.len() == 10 || (digits.len() == 11 && digits.starts_with('1'))) {
                best = phone_key(&digits).map(|value| (j, value)).or(best);
            }
        }
        match best {
            Some((end_word, value)) => {
                out.push(Hit {
                    start: list[i].start as usize,
                    end: list[end_word - 1].end as usize,
                    words: (i, end_word),
                    value,
                });
                i = end_word;
            }
            None => i = j.max(i + 1),
        }
    }
    out
}

/// E-mail addresses, found from their '@' and lower-cased.
pub(crate) fn emails(text: &str) -> Vec<Hit<String>> {
    let bytes = text.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let domain = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-');
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'@', bytes) {
        let mut s = at;
        while s > 0 && local(bytes[s - 1]) {
            s -= 1;
        }
        while s < at && bytes[s] == b'.' {
            s += 1;
        }
        let mut e = at + 1;
        while e < bytes.len() && domain(bytes[e]) {
            e += 1;
        }
        while e > at + 1 && matches!(bytes[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let dom = &text[at + 1..e];
        if s < at && dom.contains('.') && !dom.starts_with('.') {
            out.push(Hit { start: s, end: e, words: (0, 0), value: text[s..e].to_ascii_lowercase() });
        }
    }
    out
}

/// E-mail addresses written so that a machine would not take them for one:
/// "jo.smith at gmail dot com", "jo.smith [at] gmail [dot] com", "jo.smith(at)gmail.com",
/// "jo.smith @ gmail.com". Each is rebuilt (lower case, "dot" as '.') for the caller to
/// look up; since ordinary prose has "at" and "dot" too, only an address that belongs
/// to someone should count, and none is ever a warning.
pub(crate) fn spelled_out_emails(text: &str, words: &Words) -> Vec<Hit<String>> {
    let bytes = text.as_bytes();
    let list = words.list();
    let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let label = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    // Spaces and at most one bracket between the parts: "x [at] y", "x(at)y".
    let filler = |c: u8| c == b' ';
    let bracket = |c: u8| matches!(c, b'[' | b']' | b'(' | b')' | b'{' | b'}' | b'<' | b'>');
    let skip_back = |mut k: usize| {
        let mut brackets = 0;
        while k > 0 && (filler(bytes[k - 1]) || (bracket(bytes[k - 1]) && brackets == 0)) {
            brackets += usize::from(bracket(bytes[k - 1]));
            k -= 1;
        }
        k
    };
    let skip_forward = |mut k: usize| {
        let mut brackets = 0;
        while k < bytes.len() && (filler(bytes[k]) || (bracket(bytes[k]) && brackets == 0)) {
            brackets += usize::from(bracket(bytes[k]));
            k += 1;
        }
        k
    };
    let mut out = Vec::new();
    // Most texts have neither an "at" nor an '@' (counted as they were split).
    if words.at_words().is_empty() && words.at_signs() == 0 {
        return out;
    }
    // Where the "at" is: a word "at", or an '@' with a space beside it.
    let mut ats: Vec<(usize, usize)> =
        words.at_words().iter().map(|&k| (list[k as usize].start as usize, list[k as usize].end as usize)).collect();
    ats.extend(
        memchr::memchr_iter(b'@', bytes)
            .filter(|&at| bytes.get(at + 1) == Some(&b' ') || (at > 0 && bytes[at - 1] == b' '))
            .map(|at| (at, at + 1)),
    );
    for (at_start, at_end) in ats {
        let local_end = skip_back(at_start);
        let mut s = local_end;
        while s > 0 && local(bytes[s - 1]) {
            s -= 1;
        }
        while s < local_end && bytes[s] == b'.' {
            s += 1;
        }
        if s == local_end {
            continue;
        }
        // A local part spelled out too: "n dot robinson at …".
        let mut local_parts = vec![(s, local_end)];
        loop {
            let dot_end = skip_back(local_parts[0].0);
            let Some(dot_start) = dot_end.checked_sub(3) else { break };
            if !text.get(dot_start..dot_end).is_some_and(|d| d.eq_ignore_ascii_case("dot"))
                || dot_start == 0
                || !(filler(bytes[dot_start - 1]) || bracket(bytes[dot_start - 1]))
            {
                break;
            }
            let part_end = skip_back(dot_start);
            let mut part_start = part_end;
            while part_start > 0 && local(bytes[part_start - 1]) && bytes[part_start - 1] != b'.' {
                part_start -= 1;
            }
            if part_start == part_end {
                break;
            }
            local_parts.insert(0, (part_start, part_end));
        }
        let s = local_parts[0].0;
        // Then labels joined by '.' or "dot" (each maybe bracketed or spaced).
        let mut labels: Vec<(usize, usize)> = Vec::new();
        let mut e = skip_forward(at_end);
        loop {
            let l = e;
            while e < bytes.len() && label(bytes[e]) {
                e += 1;
            }
            if e == l || (!labels.is_empty() && text[l..e].eq_ignore_ascii_case("dot")) {
                break;
            }
            labels.push((l, e));
            let after = skip_forward(e);
            // (A full stop then a space ends the sentence: "… at gmail dot com. Then".)
            if bytes.get(after) == Some(&b'.') && bytes.get(after + 1).is_some_and(|&c| c != b' ' && c != b'\n') {
                e = skip_forward(after + 1);
            } else if text.get(after..after + 3).is_some_and(|d| d.eq_ignore_ascii_case("dot"))
                && !bytes.get(after + 3).copied().is_some_and(label)
            {
                e = skip_forward(after + 3);
            } else {
                break;
            }
        }
        if labels.len() >= 2 {
            let mut value = String::new();
            for (k, &(l, e)) in local_parts.iter().enumerate() {
                if k > 0 {
                    value.push('.');
                }
                value.push_str(&text[l..e].to_ascii_lowercase());
            }
            for (k, &(l, e)) in labels.iter().enumerate() {
                value.push(if k == 0 { '@' } else { '.' });
                value.push_str(&text[l..e].to_ascii_lowercase());
            }
            out.push(Hit { start: s, end: labels[labels.len() - 1].1, words: (0, 0), value });
        }
    }
    out
}

/// Calendar dates in the common written forms: `1954-01-22`, `01/22/1954`,
/// `22/01/1954`, `22.01.54`, `January 22, 1954`, `Jan 22nd 1954`, `22 January 1954`,
/// `the 22nd of January, 1954`. An ambiguous numeric date yields every reading.
/// `keys` are the words' keys as [`Words::keys`] gives them (the scan's list, read
/// without slicing the keys' string again).
pub(crate) fn dates(text: &str, words: &Words, keys: &[&str]) -> Vec<Hit<Vec<DateKey>>> {
    // Every form has a year or a day and month in digits: a text without a word of
    // digits has none, and most texts are asked nothing more.
    if words.digit_words() == 0 {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let list = words.list();
    let mut out = Vec::new();
    let gap = |a: usize, b: usize| &bytes[list[a].end as usize..list[b].start as usize];
    let num = |k: usize| -> Option<u32> {
        let w = &text[list[k].start as usize..list[k].end as usize];
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..].to_ascii_lowercase();
        if digits.is_empty() || digits.len() > 4 || !matches!(suffix.as_str(), "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok()
    };
    let mut i = 0;
    while i < list.len() {
        // Compact: "19900307", as record systems export it (year 1900 to 2099), after a
        // word of birth ("DOB 19510109", "born 20100406"): eight digits alone are as
        // often a reference number.
        let after_birth_word = || {
            (i.saturating_sub(3)..i).any(|k| matches!(keys[k], "born" | "dob" | "birth" | "birthday" | "bday"))
                || (i >= 3 && keys[i - 3] == "d" && keys[i - 2] == "o" && keys[i - 1] == "b")
        };
        // (Or month, day and year, "06262002", or day, month and year, as others export it.)
        if list[i].has(DIGITS) && list[i].end - list[i].start == 8 && after_birth_word() {
            let w = &text[list[i].start as usize..list[i].end as usize];
            let part = |a: usize, b: usize| w[a..b].parse::<u32>().unwrap_or(0);
            let (first, last) = (part(0, 4), part(4, 8));
            let mut keys = Vec::new();
            if (1900..2100).contains(&first) {
                keys.extend(date_key(first, part(4, 6), part(6, 8)));
            }
            if (1900..2100).contains(&last) {
                keys.extend(date_key(last, part(0, 2), part(2, 4)));
                keys.extend(date_key(last, part(2, 4), part(0, 2)));
            }
            keys.dedup();
            if !keys.is_empty() {
                let (start, end) = (list[i].start as usize, list[i].end as usize);
                out.push(Hit { start, end, words: (i, i + 1), value: keys });
                i += 1;
                continue;
            }
        }
        // Numeric: three digit words joined by one repeated separator.
        if list[i].has(DIGITS) && i + 2 < list.len() && list[i + 1].has(DIGITS) && list[i + 2].has(DIGITS) {
            let (g1, g2) = (gap(i, i + 1), gap(i + 1, i + 2));
            if g1.len() == 1 && g1 == g2 && matches!(g1[0], b'-' | b'/' | b'.') {
                let len = |k: usize| (list[k].end - list[k].start) as usize;
                let (a, b, c) = (num(i), num(i + 1), num(i + 2));
                if let (Some(a), Some(b), Some(c)) = (a, b, c) {
                    let mut keys = Vec::new();
                    if len(i) == 4 {
                        keys.extend(date_key(a, b, c));
                    } else if len(i) <= 2 && len(i + 1) <= 2 && matches!(len(i + 2), 2 | 4) {
                        let years: &[u32] = if len(i + 2) == 4 { &[c] } else { &[1900 + c, 2000 + c] };
                        for &y in years {
                            keys.extend(date_key(y, a, b));
                            keys.extend(date_key(y, b, a));
                        }
                    }
                    if !keys.is_empty() {
                        keys.dedup();
                        let (start, end) = (list[i].start as usize, list[i + 2].end as usize);
                        out.push(Hit { start, end, words: (i, i + 3), value: keys });
                        i += 3;
                        continue;
                    }
                }
            }
        }
        if list[i].has(DIGITS) && i + 2 < list.len() && list[i + 1].has(DIGITS) && !list[i + 2].has(DIGITS) {
            if let Some(hit) = stamped_date(text, words, keys, i) {
                i = hit.words.1;
                out.push(hit);
                continue;
            }
        }
        // Textual: a month name with a day and a year around it ("18 de julio de 1962").
        // (Another language's month only after its day: most words are asked nothing.)
        let month = month_number(keys[i]).or_else(|| {
            let after_day = i >= 1 && (list[i - 1].has(DIGITS) || matches!(keys[i - 1], "de" | "del"));
            if after_day {
                foreign_month_number(keys[i])
            } else {
                None
            }
        });
        if let Some(m) = month {
            // Spaces, a comma, a full stop, a dash, a slash ("11/May/1964"), or the
            // apostrophe of "'61".
            let gap_text = |a: usize, b: usize| &text[list[a].end as usize..list[b].start as usize];
            let short_gap = |a: usize, b: usize| {
                let g = gap_text(a, b);
                g.len() <= 5 && g.chars().all(|c| matches!(c, ' ' | ',' | '.' | '-' | '/' | '\'' | '\u{2019}'))
            };
            // A year of four digits, or of two ("'61", "61"): then both centuries. Two
            // digits bare are a year only where a comma or an apostrophe says so, or
            // (`bare`) after a day and a month; never before a time ("Jan 22 10 am").
            let years_at = |k: usize, bare: bool| -> Vec<u32> {
                if k >= list.len() || !list[k].has(DIGITS) {
                    return Vec::new();
                }
                let marked = gap_text(k - 1, k).contains(['\'', '\u{2019}', ',']);
                let clock = text[list[k].end as usize..].starts_with(':')
                    || (k + 1 < list.len() && matches!(keys[k + 1], "am" | "pm"));
                match (list[k].end - list[k].start, num(k)) {
                    (4, Some(y)) => vec![y],
                    (2, Some(y)) if (marked || bare) && !clock => vec![1900 + y, 2000 + y],
                    _ => Vec::new(),
                }
            };
            let date_keys = |years: Vec<u32>, d: u32| -> Vec<DateKey> {
                years.into_iter().filter_map(|y| date_key(y, u32::from(m), d)).collect()
            };
            // Month D, YYYY
            if i + 2 < list.len() && short_gap(i, i + 1) && short_gap(i + 1, i + 2) {
                if let Some(d) = num(i + 1) {
                    let value = date_keys(years_at(i + 2, false), d);
                    if !value.is_empty() {
                        let (start, end) = (list[i].start as usize, list[i + 2].end as usize);
                        out.push(Hit { start, end, words: (i, i + 3), value });
                        i += 3;
                        continue;
                    }
                }
            }
            // D Month YYYY, D of Month YYYY, D de Month de YYYY
            let of = |k: usize| matches!(keys[k], "of" | "de" | "del");
            let year_at = if i + 2 < list.len() && of(i + 1) && short_gap(i + 1, i + 2) { i + 2 } else { i + 1 };
            if year_at < list.len() && short_gap(i, i + 1) {
                let years = years_at(year_at, true);
                if !years.is_empty() {
                    let day_at = if i >= 2 && of(i - 1) && short_gap(i - 2, i - 1) {
                        Some(i - 2)
                    } else if i >= 1 && short_gap(i - 1, i) {
                        Some(i - 1)
                    } else {
                        None
                    };
                    if let Some(dk) = day_at {
                        let value = num(dk).map_or_else(Vec::new, |d| date_keys(years, d));
                        if !value.is_empty() {
                            let (start, end) = (list[dk].start as usize, list[year_at].end as usize);
                            out.push(Hit { start, end, words: (dk, year_at + 1), value });
                            i = year_at + 1;
                            continue;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    out
}

/// "1972-03-21T00:00:00": an ISO date with the time a system stamps on it (the day and
/// the hour are one word, "21T00"), from word `i`, its minutes and seconds included.
#[inline(never)]
fn stamped_date(text: &str, words: &Words, keys: &[&str], i: usize) -> Option<Hit<Vec<DateKey>>> {
    let list = words.list();
    let len = |k: usize| (list[k].end - list[k].start) as usize;
    let gap = |a: usize, b: usize| &text[list[a].end as usize..list[b].start as usize];
    let day = keys[i + 2].as_bytes();
    let stamped = day.len() >= 4 && day[2] == b't' && day.iter().enumerate().all(|(n, b)| n == 2 || b.is_ascii_digit());
    if len(i) != 4 || len(i + 1) > 2 || !stamped || gap(i, i + 1) != "-" || gap(i + 1, i + 2) != "-" {
        return None;
    }
    let year = keys[i].parse().ok()?;
    let month = keys[i + 1].parse().ok()?;
    let key = date_key(year, month, u32::from(day[0] - b'0') * 10 + u32::from(day[1] - b'0'))?;
    let mut last = i + 2;
    while last + 1 < list.len() && gap(last, last + 1) == ":" && len(last + 1) == 2 {
        last += 1;
    }
    Some(Hit { start: list[i].start as usize, end: list[last].end as usize, words: (i, last + 1), value: vec![key] })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Words {
        let mut w = Words::default();
        w.split(text);
        w
    }

    fn dates_in(text: &str) -> Vec<Hit<Vec<DateKey>>> {
        let w = words(text);
        let keys: Vec<&str> = w.keys().collect();
        dates(text, &w, &keys)
    }

    #[test]
    fn phones_in_common_formats_normalise_alike() {
        let want = Some(7_244_742_865);
        let uk = Some(2_079_460_958);
        for text in [
            "(724) 474-2865",
            "724-474-2865",
            "724.474.2865",
            "+1 724 474 2865",
            "(724)474-2865",
            "7244742865",
            "1-724-474-2865",
            "724/474-2865",
            "020 7946 0958",
            "724 4742865",
            "724-474-28-65",
            "724 474 28 65",
        ] {
            let doc = format!("call me on {text} tomorrow");
            let hits = phones(&doc, &words(&doc));
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!(Some(hits[0].value), if text.starts_with("020") { uk } else { want }, "{text}");
            assert_eq!(&doc[hits[0].start..hits[0].end], text);
        }
    }

    #[test]
    fn spoken_phones_are_read() {
        for text in [
            "the number she gave is seven two four four seven four two eight six five thanks",
            "call seven two four, four seven four, two eight six five",
            "724 four seven four two eight six five",
            "one seven two four four seven four two eight six five",
            "seven two four double four seven two eight six five",
            "her number is seven two four four seven four two eight six five oh and more",
        ] {
            let got: Vec<u64> = spoken_phones(text, &words(text)).into_iter().map(|h| h.value).collect();
            let want = if text.contains("double") { 7_244_472_865 } else { 7_244_742_865 };
            assert_eq!(got, [want], "{text}");
        }
        // Too short, broken by a full stop, or no word read aloud.
        for text in [
            "one or two of them",
            "seven two four four seven",
            "seven two four four seven four two eight six",
            "call 724 474 2865",
            "seven two four four seven. Four two eight six five",
        ] {
            assert!(spoken_phones(text, &words(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn adjacent_numbers_stay_apart() {
        let text = "(724) 474-2865 (724) 474-2865";
        let hits = phones(text, &words(text));
        assert_eq!(hits.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>(), [(0, 14), (15, 29)]);
    }

    #[test]
    fn dates_and_short_numbers_are_not_phones() {
        for text in [
            "born 1954-01-22",
            "on 01/22/1954",
            "room 12, 9am",
            "zip 15451 and 18213",
            "1954 (724) 474",
            "PHQ-9 over five sessions: 14 12 11 09 08.",
        ] {
            assert!(phones(text, &words(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn emails_are_found_and_lowercased() {
        let text = "write to N.Robinson@Proton.me. or <j_t+x@a-b.co.uk>";
        let got: Vec<_> = emails(text).into_iter().map(|h| h.value).collect();
        assert_eq!(got, ["n.robinson@proton.me", "j_t+x@a-b.co.uk"]);
    }

    #[test]
    fn dates_in_common_formats() {
        let want = 19_540_122;
        for text in [
            "1954-01-22",
            "01/22/1954",
            "22/01/1954",
            "22.01.1954",
            "January 22, 1954",
            "Jan 22nd 1954",
            "Jan. 22, 1954",
            "22 January 1954",
            "22nd of January, 1954",
            "1/22/54",
            "22 Jan 54",
            "January 22nd '54",
            "Jan 22, ’54",
            "22/Jan/1954",
            "19540122",
        ] {
            let doc = format!("DOB {text}.");
            let hits = dates_in(&doc);
            assert_eq!(hits.len(), 1, "{text}");
            assert!(hits[0].value.contains(&want), "{text}: {:?}", hits[0].value);
            assert_eq!(&doc[hits[0].start..hits[0].end], text, "{text}");
        }
    }

    #[test]
    fn spelled_out_emails_are_rebuilt() {
        // A sentence's full stop after the address ends it.
        let doc = "Eleven of them from amberg71 at gmail dot com. Boundaries workshop.";
        let hits = spelled_out_emails(doc, &words(doc));
        assert_eq!(hits.iter().map(|h| h.value.as_str()).collect::<Vec<_>>(), ["amberg71@gmail.com"]);
        for text in [
            "write to jo.smith at gmail dot com today",
            "write to jo.smith [at] gmail [dot] com.",
            "write to jo.smith(at)gmail.com",
            "write to Jo.Smith @ Gmail.com, please",
            "write to jo.smith {at} gmail {dot} com",
            "write to jo dot smith at gmail dot com",
            "write to jo [dot] smith [at] gmail [dot] com",
        ] {
            let got: Vec<_> = spelled_out_emails(text, &words(text)).into_iter().map(|h| (h.value, h.start)).collect();
            assert_eq!(got, [("jo.smith@gmail.com".to_owned(), 9)], "{text}");
        }
        // Written plainly, an address is `emails`' to find; without a local part or a
        // dotted domain there is nothing to rebuild.
        for text in ["meet at 5 today", "N.Robinson@proton.me", "at dot com", "back at home dot"] {
            assert!(spelled_out_emails(text, &words(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn eight_digits_are_a_date_only_after_a_word_of_birth() {
        for (doc, found) in
            [("Claim ref 19540122 rejected again.", 0), ("born 19540122, lives alone", 1), ("D.O.B. 19540122", 1)]
        {
            assert_eq!(dates_in(doc).len(), found, "{doc}");
        }
    }

    #[test]
    fn impossible_dates_are_ignored() {
        // A two-digit number after "Jan 22" is a time or a count, not a year.
        for text in ["Jan 22 10 am", "Jan 22 10:30", "Jan 22 54 clients", "1954-02-30", "31/31/1990", "May 40, 2020"] {
            assert!(dates_in(text).is_empty(), "{text}");
        }
    }
}

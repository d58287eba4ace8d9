//! Days, weekdays and ISO dates from Unix seconds (UTC), without a date library.

/// Seconds in a day.
pub(crate) const DAY: i64 = 86_400;
/// Seconds in an hour.
pub(crate) const HOUR: i64 = 3_600;

/// Days since 1970-01-01 of a Unix time.
pub(crate) fn day_of(t: i64) -> i64 {
    t.div_euclid(DAY)
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
pub(crate) fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// `YYYY-MM-DD` of a day number (Howard Hinnant's `civil_from_days`).
pub(crate) fn iso_date(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The first day on or after `day` that falls on `wd` (Monday = 0).
pub(crate) fn next_weekday(day: i64, wd: i64) -> i64 {
    day + (wd - weekday(day)).rem_euclid(7)
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The year, month (1–12) and day of the month of a day number.
fn ymd(day: i64) -> (i64, usize, i64) {
    let iso = iso_date(day);
    let n = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<i64>().ok()).unwrap_or(1);
    (n(0..4), n(5..7).clamp(1, 12) as usize, n(8..10))
}

/// A day as a note says it: "Tuesday 11 March".
pub(crate) fn long_date(day: i64) -> String {
    let (_, m, d) = ymd(day);
    format!("{} {d} {}", WEEKDAYS[weekday(day) as usize], MONTHS[m - 1])
}

/// A day's month and year: "March 2025".
pub(crate) fn month_year(day: i64) -> String {
    let (y, m, _) = ymd(day);
    format!("{} {y}", MONTHS[m - 1])
}

/// The year of a day number.
pub(crate) fn year_of(day: i64) -> i64 {
    ymd(day).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(weekday(0), 3);
        // 2024-02-29 was a Thursday.
        let leap = day_of(1_709_164_800);
        assert_eq!(iso_date(leap), "2024-02-29");
        assert_eq!(weekday(leap), 3);
        assert_eq!(iso_date(next_weekday(leap, 0)), "2024-03-04");
        assert_eq!(next_weekday(leap, 3), leap);
        assert_eq!(long_date(leap), "Thursday 29 February");
        assert_eq!(month_year(leap), "February 2024");
        assert_eq!(year_of(leap), 2024);
    }
}

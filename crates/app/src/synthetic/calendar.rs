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
    }
}

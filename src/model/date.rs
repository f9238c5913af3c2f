//! Proleptic Gregorian calendar dates, enough for schedules: parse, format, add days/months.
//!
//! Written here rather than pulled from a date crate to keep the wasm small; the day-number
//! conversion is Howard Hinnant's `days_from_civil` algorithm.

use serde::{Serialize, Serializer};
use std::fmt;

/// Years outside this window are rejected by the parser; it keeps every later addition
/// (at most 15 years plus a few months) far from integer limits.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Used as "today" only if the device clock cannot be read.
    pub const CLOCK_FALLBACK: Date = Date {
        year: 2026,
        month: 1,
        day: 1,
    };

    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Strict `YYYY-MM-DD`; anything else (time parts, signs, spaces, short fields) is `None`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        let year = i32::try_from(num(0..4)?).ok()?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `n` days since 1970-01-01, if inside the supported years.
    pub fn from_day_number(n: i64) -> Option<Date> {
        let z = n.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    /// Calendar months later; the day is clamped to the last day of the target month
    /// (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: i64) -> Option<Date> {
        let index = i64::from(self.year)
            .checked_mul(12)?
            .checked_add(i64::from(self.month) - 1)?
            .checked_add(months)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn parses_strict_iso_only() {
        assert_eq!(d("2026-02-28").to_string(), "2026-02-28");
        for bad in [
            "2026-2-28",
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "+026-01-01",
            "2026-01-01T00:00",
            " 2026-01-01",
            "",
            "1899-12-31",
            "2201-01-01",
            "２０２６-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some());
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
        for n in [-25_567, 0, 11_016, 20_000, 60_000] {
            assert_eq!(Date::from_day_number(n).unwrap().day_number(), n);
        }
    }

    #[test]
    fn adds_days_and_months() {
        assert_eq!(d("2026-12-20").add_days(21), Some(d("2027-01-10")));
        assert_eq!(d("2026-01-31").add_months(1), Some(d("2026-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2026-11-15").add_months(14), Some(d("2028-01-15")));
        assert_eq!(d("2200-12-01").add_months(1), None);
        assert_eq!(d("2026-01-01").days_until(d("2027-01-01")), 365);
    }
}

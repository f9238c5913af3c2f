//! Month buckets over the horizon. Month `m` (0-based) covers the dates from
//! `start + m months` up to, not including, `start + (m + 1) months`; every event and every
//! recurring cost is booked in the bucket of its date.

use crate::model::date::Date;
use crate::model::money::Money;

pub struct Timeline {
    /// `months + 1` boundaries: the start of each bucket, then the horizon's end.
    bounds: Vec<Date>,
}

impl Timeline {
    pub fn new(start: Date, months: u32) -> Option<Timeline> {
        let bounds = (0..=i64::from(months))
            .map(|m| start.add_months(m))
            .collect::<Option<Vec<_>>>()?;
        Some(Timeline { bounds })
    }

    pub fn months(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    pub fn start(&self) -> Date {
        self.bounds[0]
    }

    /// The first day after the horizon.
    pub fn end(&self) -> Date {
        self.bounds[self.months()]
    }

    /// The bucket holding `d`, or `None` before the start or from the end on.
    pub fn bucket(&self, d: Date) -> Option<usize> {
        if d < self.start() || d >= self.end() {
            return None;
        }
        // Index of the last boundary ≤ d.
        Some(self.bounds.partition_point(|b| *b <= d) - 1)
    }

    /// Days from the start to the end of bucket `m`.
    pub fn days_through(&self, m: usize) -> i64 {
        self.start().days_until(self.bounds[m + 1])
    }
}

/// A base price in each year of the horizon: year `y` is the year-0 price grown by the annual
/// rate `basis_points` y times, rounded half away from zero to a minor unit after each year.
pub fn yearly_prices(base: Money, years: usize, basis_points: u32) -> Option<Vec<Money>> {
    let mut out = Vec::with_capacity(years);
    let mut price = base;
    for _ in 0..years {
        out.push(price);
        price = price.checked_mul_ratio(10_000 + i64::from(basis_points), 10_000)?;
    }
    Some(out)
}

/// Running totals of per-month amounts.
pub fn cumulative(monthly: &[Money]) -> Option<Vec<Money>> {
    let mut total = Money::ZERO;
    monthly
        .iter()
        .map(|m| {
            total = total.checked_add(*m)?;
            Some(total)
        })
        .collect()
}

/// The 1-based month from which `smp` stays at or below `other` to the horizon, if any.
pub fn break_even(smp: &[Money], other: &[Money]) -> Option<u32> {
    let mut first = None;
    for (i, (s, o)) in smp.iter().zip(other).enumerate().rev() {
        if s > o {
            break;
        }
        first = Some(i);
    }
    first.and_then(|i| u32::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn buckets_follow_calendar_months() {
        let t = Timeline::new(d("2026-01-31"), 3).unwrap();
        assert_eq!(t.bucket(d("2026-01-31")), Some(0));
        assert_eq!(t.bucket(d("2026-02-27")), Some(0));
        assert_eq!(t.bucket(d("2026-02-28")), Some(1));
        assert_eq!(t.bucket(d("2026-04-29")), Some(2));
        assert_eq!(t.bucket(d("2026-01-30")), None);
        assert_eq!(t.end(), d("2026-04-30"));
        assert_eq!(t.bucket(d("2026-04-30")), None);
        assert_eq!(t.days_through(0), 28);
    }

    #[test]
    fn inflation_compounds_yearly_with_rounding() {
        let p = yearly_prices(Money::from_minor(10_000), 3, 250).unwrap();
        assert_eq!(
            p,
            vec![
                Money::from_minor(10_000),
                Money::from_minor(10_250),
                Money::from_minor(10_506)
            ]
        );
        let flat = yearly_prices(Money::from_minor(999), 2, 0).unwrap();
        assert_eq!(flat, vec![Money::from_minor(999); 2]);
    }

    #[test]
    fn break_even_needs_to_hold_to_the_end() {
        let m = |v: &[i64]| v.iter().map(|x| Money::from_minor(*x)).collect::<Vec<_>>();
        assert_eq!(break_even(&m(&[10, 10, 10]), &m(&[5, 10, 15])), Some(2));
        assert_eq!(break_even(&m(&[10, 10, 20]), &m(&[5, 10, 15])), None);
        assert_eq!(break_even(&m(&[10, 10, 10]), &m(&[11, 5, 15])), Some(3));
        assert_eq!(break_even(&m(&[1]), &m(&[1])), Some(1));
    }
}

//! Money as integer minor units (cents for USD) with checked arithmetic.
//!
//! Rounding rule used everywhere a ratio is applied: round half away from zero, computed in
//! i128 so the intermediate product cannot overflow. Every operation that could overflow
//! returns `None`; the engine turns that into an error value, never a panic.

use crate::model::bands::Bands;
use serde::{Deserialize, Serialize};

/// An amount in minor units of the plan's currency. Serialized as a plain integer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_minor(minor: i64) -> Money {
        Money(minor)
    }

    /// Whole major units (dollars) to minor units, for a currency with `exponent` decimals.
    pub const fn from_major(major: i64, exponent: u32) -> Option<Money> {
        match major.checked_mul(10i64.pow(exponent)) {
            Some(v) => Some(Money(v)),
            None => None,
        }
    }

    pub const fn minor(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    pub fn checked_mul(self, n: i64) -> Option<Money> {
        self.0.checked_mul(n).map(Money)
    }

    /// `self * num / den`, rounded half away from zero. `None` on overflow or `den == 0`.
    pub fn checked_mul_ratio(self, num: i64, den: i64) -> Option<Money> {
        div_round_half_away(
            i128::from(self.0).checked_mul(i128::from(num))?,
            i128::from(den),
        )
        .and_then(|v| i64::try_from(v).ok())
        .map(Money)
    }

    /// Rounds to the nearest multiple of `step` minor units (half away from zero).
    pub fn round_to(self, step: i64) -> Option<Money> {
        if step <= 0 {
            return None;
        }
        let q = div_round_half_away(i128::from(self.0), i128::from(step))?;
        i64::try_from(q.checked_mul(i128::from(step))?)
            .ok()
            .map(Money)
    }

    /// Splits into `parts` amounts that add up exactly to `self`; the remainder goes to the
    /// first parts so no minor unit is lost or invented.
    pub fn split(self, parts: u32) -> Option<Vec<Money>> {
        if parts == 0 {
            return None;
        }
        let n = i64::from(parts);
        let base = self.0.div_euclid(n);
        let rem = self.0.rem_euclid(n);
        Some((0..n).map(|i| Money(base + i64::from(i < rem))).collect())
    }

    /// Sum of an iterator of amounts, `None` on overflow.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(items: I) -> Option<Money> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }
}

/// Integer division rounding half away from zero.
pub(crate) fn div_round_half_away(num: i128, den: i128) -> Option<i128> {
    if den == 0 {
        return None;
    }
    let q = num.checked_div(den)?;
    let r = num.checked_rem(den)?;
    if r.checked_abs()?.checked_mul(2)? >= den.checked_abs()? {
        if (num < 0) == (den < 0) {
            q.checked_add(1)
        } else {
            q.checked_sub(1)
        }
    } else {
        Some(q)
    }
}

/// A low / typical / high triple of amounts. Invariant kept by the engine: low ≤ typical ≤ high.
pub type PriceRange = Bands<Money>;

impl Bands<Money> {
    pub fn is_ordered(&self) -> bool {
        self.low <= self.typical && self.typical <= self.high
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_rounds_half_away_from_zero() {
        assert_eq!(Money(5).checked_mul_ratio(1, 2), Some(Money(3)));
        assert_eq!(Money(-5).checked_mul_ratio(1, 2), Some(Money(-3)));
        assert_eq!(Money(4).checked_mul_ratio(1, 3), Some(Money(1)));
        assert_eq!(Money(1).checked_mul_ratio(1, 0), None);
        assert_eq!(Money(i64::MAX).checked_mul_ratio(2, 1), None);
    }

    #[test]
    fn round_to_step() {
        assert_eq!(Money(123_450).round_to(1_000), Some(Money(123_000)));
        assert_eq!(Money(123_500).round_to(1_000), Some(Money(124_000)));
        assert_eq!(Money(1).round_to(0), None);
    }

    #[test]
    fn split_keeps_every_minor_unit() {
        let parts = Money(100_001).split(3).unwrap();
        assert_eq!(parts, vec![Money(33_334), Money(33_334), Money(33_333)]);
        assert_eq!(Money::checked_sum(parts), Some(Money(100_001)));
        assert_eq!(Money(5).split(0), None);
    }

    #[test]
    fn overflow_is_none() {
        assert_eq!(Money(i64::MAX).checked_add(Money(1)), None);
        assert_eq!(Money(i64::MIN).checked_sub(Money(1)), None);
        assert_eq!(Money::from_major(i64::MAX, 2), None);
    }
}

//! Linear scales and "nice" tick steps.

/// Maps a domain interval onto a pixel interval; a zero-width domain maps to the range start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !span.is_finite() || !v.is_finite() {
            return self.r0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// A tick step of 1, 2, 2.5 or 5 × 10^k minor units giving about `target` intervals up to
/// `max`, and the axis maximum (a multiple of the step ≥ `max`). An all-zero series still
/// gets a non-empty axis.
pub fn nice_axis(max: i64, target: i64) -> (i64, i64) {
    let max = max.max(1);
    let raw = (max / target.max(1)).max(1);
    let mut magnitude: i64 = 1;
    // Up to `raw`, so no overflow.
    while magnitude <= raw / 10 {
        magnitude *= 10;
    }
    // Only ten times a magnitude over 10^18 overflows: negative, never chosen, which leaves
    // `i64::MAX` as its saturated value would.
    let mut step = i64::MAX;
    for &s in &[
        magnitude,
        magnitude * 2,
        magnitude * 5 / 2,
        magnitude * 5,
        magnitude.wrapping_mul(10),
    ] {
        if s >= raw {
            step = step.min(s);
        }
    }
    // Both positive: plain division rounds as `div_euclid` would. (`max(1)` changes no value
    // but tells the compiler the divisor is neither 0 nor -1: no checks for either.)
    let step = step.max(1);
    let intervals = max / step + i64::from(max % step != 0);
    // Saturated as `saturating_mul` would (both positive), told by a division: no 128-bit
    // multiply to detect the overflow.
    let top = if intervals > i64::MAX / step {
        i64::MAX
    } else {
        step * intervals
    };
    (step, top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_ends_and_middle() {
        let s = Linear {
            d0: 0.0,
            d1: 100.0,
            r0: 200.0,
            r1: 10.0,
        };
        assert_eq!(s.map(0.0), 200.0);
        assert_eq!(s.map(100.0), 10.0);
        assert_eq!(s.map(50.0), 105.0);
        let flat = Linear {
            d0: 5.0,
            d1: 5.0,
            r0: 1.0,
            r1: 9.0,
        };
        assert_eq!(flat.map(5.0), 1.0);
        assert_eq!(flat.map(f64::NAN), 1.0);
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_axis(4_160_000, 5), (1_000_000, 5_000_000));
        assert_eq!(nice_axis(245_000, 5), (50_000, 250_000));
        assert_eq!(nice_axis(390_000, 5), (100_000, 400_000));
        assert_eq!(nice_axis(120_000, 5), (25_000, 125_000));
        assert_eq!(nice_axis(0, 5), (1, 1));
        let (step, top) = nice_axis(i64::MAX, 5);
        assert!(step > 0 && top >= step);
    }
}

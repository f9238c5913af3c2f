//! Prices of a region: the course (as a package or per session) and one touch-up, from a row of
//! the price table or interpolated for a custom area.

use crate::model::assumptions::{PriceEntry, PriceTable};
use crate::model::currency::Currency;
use crate::model::money::{Money, PriceRange};
use crate::model::options::Tier;
use crate::model::region::Region;

/// The priced region for one tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Priced {
    pub area_cm2: u32,
    /// The whole course as the table lists it (a package price).
    pub package: PriceRange,
    /// One session's price: the clinic's, or the package split over the usual session count.
    pub per_session: PriceRange,
    /// One touch-up.
    pub touch_up: PriceRange,
    /// The currency the prices were converted from at a reference rate, if they were.
    pub converted_from: Option<Currency>,
}

/// `None` when the table has no row for a named region, is empty, or the arithmetic overflows.
/// `base_sessions` is the usual session count (a package split into sessions, a touch-up as a
/// share of a per-session course).
pub fn price(table: &PriceTable, region: Region, tier: Tier, base_sessions: u8) -> Option<Priced> {
    match region {
        Region::Named(named) => {
            let e = table.entry(named)?;
            Some(Priced {
                area_cm2: e.area_cm2,
                package: e.for_tier(tier),
                per_session: table.session_price(e, tier, base_sessions)?,
                touch_up: table.touch_up_price(e, tier, base_sessions)?,
                converted_from: e.converted_from(),
            })
        }
        Region::Custom { area_cm2 } => Some(Priced {
            area_cm2,
            package: custom_area_price(table, area_cm2, tier)?,
            per_session: column(table, area_cm2, |e| {
                table.session_price(e, tier, base_sessions)
            })?,
            touch_up: column(table, area_cm2, |e| {
                table.touch_up_price(e, tier, base_sessions)
            })?,
            converted_from: table.entries.iter().find_map(PriceEntry::converted_from),
        }),
    }
}

/// The package price of a custom area: [`interpolate`] over the table's rows for the tier.
pub fn custom_area_price(table: &PriceTable, area_cm2: u32, tier: Tier) -> Option<PriceRange> {
    column(table, area_cm2, |e| Some(e.for_tier(tier)))
}

fn column(
    table: &PriceTable,
    area_cm2: u32,
    f: impl Fn(&PriceEntry) -> Option<PriceRange>,
) -> Option<PriceRange> {
    let points = table
        .entries
        .iter()
        .map(|e| Some((e.area_cm2, f(e)?)))
        .collect::<Option<Vec<_>>>()?;
    interpolate(points, area_cm2, table.step())
}

/// Piecewise-linear interpolation over `(area, prices)` points sorted by area. Each column is
/// made non-decreasing first (a running maximum), so a larger area never costs less even with
/// a clinic's irregular table. Below the smallest point the smallest point's price applies (a
/// minimum job), above the largest the largest one's. The result is rounded to `step` minor
/// units, half away from zero; rounding is monotone, so the order survives.
pub fn interpolate(
    mut points: Vec<(u32, PriceRange)>,
    area_cm2: u32,
    step: i64,
) -> Option<PriceRange> {
    super::order::sort_small_by_key(&mut points, |(area, _)| *area);
    let mut running = points.first()?.1;
    for (_, r) in &mut points {
        running = PriceRange::new(
            running.low.max(r.low),
            running.typical.max(r.typical),
            running.high.max(r.high),
        );
        *r = running;
    }
    let first = points.first()?;
    let last = points.last()?;
    let raw = if area_cm2 <= first.0 {
        first.1
    } else if area_cm2 >= last.0 {
        last.1
    } else {
        let i = points.iter().position(|(a, _)| *a >= area_cm2)?;
        let (a0, p0) = points[i.checked_sub(1)?];
        let (a1, p1) = points[i];
        let (num, den) = (i64::from(area_cm2 - a0), i64::from(a1 - a0));
        let lerp =
            |lo: Money, hi: Money| lo.checked_add(hi.checked_sub(lo)?.checked_mul_ratio(num, den)?);
        PriceRange::new(
            lerp(p0.low, p1.low)?,
            lerp(p0.typical, p1.typical)?,
            lerp(p0.high, p1.high)?,
        )
    };
    let step = step.max(1);
    raw.try_map(|m| m.round_to(step))
}

//! Initial price of a region: a row of the price table, or an interpolation for a custom area.

use crate::model::assumptions::PriceTable;
use crate::model::money::{Money, PriceRange};
use crate::model::options::Tier;
use crate::model::region::Region;

/// The priced region: its area (cm²) and the initial cost range for the tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Priced {
    pub area_cm2: u32,
    pub initial: PriceRange,
}

/// `None` when the table has no row for a named region, is empty, or the arithmetic overflows.
pub fn price(table: &PriceTable, region: Region, tier: Tier) -> Option<Priced> {
    match region {
        Region::Named(named) => {
            let e = table.entry(named)?;
            Some(Priced {
                area_cm2: e.area_cm2,
                initial: e.for_tier(tier),
            })
        }
        Region::Custom { area_cm2 } => Some(Priced {
            area_cm2,
            initial: custom_area_price(table, area_cm2, tier)?,
        }),
    }
}

/// Piecewise-linear interpolation over the table's rows sorted by area. Each column is made
/// non-decreasing first (a running maximum), so a larger custom area never costs less even
/// with a clinic's irregular table. Below the smallest row the smallest row's price applies
/// (a minimum job), above the largest the largest row's. The result is rounded to the table's
/// `custom_area_rounding`, half away from zero; rounding is monotone, so the order survives.
pub fn custom_area_price(table: &PriceTable, area_cm2: u32, tier: Tier) -> Option<PriceRange> {
    let mut points: Vec<(u32, PriceRange)> = table
        .entries
        .iter()
        .map(|e| (e.area_cm2, e.for_tier(tier)))
        .collect();
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
    let step = table.custom_area_rounding.minor().max(1);
    raw.try_map(|m| m.round_to(step))
}

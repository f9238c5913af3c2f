//! The alternatives' defaults sized to the treated area, and when an alternative does not suit
//! the inputs at all.
//!
//! Fibers: a bottle covers less of a larger area, so it lasts fewer days. Hairpiece: small areas
//! compare with a partial unit (topper, frontal or crown piece), large ones with a full hair
//! system. A visitor's own figures replace these defaults field by field.

use crate::model::assumptions::{Assumptions, Fibers, Hairpiece};
use crate::model::notes::NoteCode;
use crate::model::region::{NamedRegion, Region, Zone};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HairpieceKind {
    /// A topper, frontal or crown piece covering part of the head.
    Partial,
    /// A full hair system.
    Full,
}

impl HairpieceKind {
    pub fn label(self) -> &'static str {
        match self {
            HairpieceKind::Partial => "Hairpiece (partial)",
            HairpieceKind::Full => "Hairpiece",
        }
    }
}

/// The treated area of `region` in cm²; `None` for a named region the table lacks.
pub fn area_of(a: &Assumptions, region: Region) -> Option<u32> {
    match region {
        Region::Named(r) => a.prices.entry(r).map(|e| e.area_cm2),
        Region::Custom { area_cm2 } => Some(area_cm2),
    }
}

pub fn hairpiece_kind(a: &Assumptions, area_cm2: u32) -> HairpieceKind {
    if area_cm2 >= a.alternatives.hairpiece_full_unit_area_cm2 {
        HairpieceKind::Full
    } else {
        HairpieceKind::Partial
    }
}

/// Days a bottle of fibers lasts on `area_cm2`: the default days × reference area ÷ area,
/// rounded half up, kept within the bounds. Never increases as the area grows.
pub fn fibers_days(a: &Assumptions, area_cm2: u32) -> u32 {
    let r = &a.alternatives;
    let (lo, hi) = (
        r.fibers_days_bounds.0,
        r.fibers_days_bounds.1.max(r.fibers_days_bounds.0),
    );
    let area = u64::from(area_cm2.max(1));
    let days =
        (u64::from(a.defaults.fibers.days_per_bottle) * u64::from(r.fibers_reference_area_cm2) * 2
            + area)
            / (2 * area);
    u32::try_from(days).unwrap_or(u32::MAX).clamp(lo, hi)
}

/// The fibers and hairpiece defaults for `area_cm2`.
pub fn sized_defaults(a: &Assumptions, area_cm2: u32) -> (Fibers, Hairpiece) {
    let fibers = Fibers {
        days_per_bottle: fibers_days(a, area_cm2),
        ..a.defaults.fibers.clone()
    };
    let hairpiece = match hairpiece_kind(a, area_cm2) {
        HairpieceKind::Partial => a.alternatives.partial_hairpiece.clone(),
        HairpieceKind::Full => a.defaults.hairpiece.clone(),
    };
    (fibers, hairpiece)
}

/// Why the alternative `key` does not suit these inputs, if it does not: fibers need hair to
/// cling to, and a hairpiece is no answer to a scar.
pub fn unsuitable(key: &str, region: Region, extreme_loss: bool) -> Option<NoteCode> {
    match key {
        "fibers" if extreme_loss => Some(NoteCode::FibersNeedHair),
        "hairpiece" if region == Region::Named(NamedRegion::Zone(Zone::Scar)) => {
            Some(NoteCode::HairpieceNotForScar)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fibers_days_fall_as_the_area_grows() {
        let a = Assumptions::default();
        // 45 × 150 / area, rounded, within 10–90.
        assert_eq!(fibers_days(&a, 150), 45);
        assert_eq!(fibers_days(&a, 60), 90); // 112.5 → 90
        assert_eq!(fibers_days(&a, 320), 21); // 21.09
        assert_eq!(fibers_days(&a, 650), 10); // 10.38
        assert_eq!(fibers_days(&a, 800), 10); // 8.4 → 10
        let mut last = u32::MAX;
        for area in 1..=900 {
            let d = fibers_days(&a, area);
            assert!(d <= last, "{area}");
            last = d;
        }
    }
}

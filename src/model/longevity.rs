//! How long the pigment is expected to last: a typical figure from the visitor's expectation
//! and the fading modifiers, and the short and long scenarios around it.

use crate::model::assumptions::FadingRules;
use crate::model::input::{Field, Inputs};
use crate::model::money::div_round_half_away;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Modifier {
    /// `skin`, `sun` or `style`.
    pub factor: &'static str,
    /// The chosen value's key.
    pub value: &'static str,
    /// Percent added to (or, negative, taken from) the expected years.
    pub percent: i32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Longevity {
    pub short_months: u32,
    pub typical_months: u32,
    pub long_months: u32,
    pub modifiers: Vec<Modifier>,
}

/// Modifiers multiply (`years × (1 + skin) × (1 + sun) × (1 + style)`), each rounded to whole
/// months half away from zero; the result is kept within the rules' floor and ceiling. The
/// short and long scenarios are fixed percentages of the typical one, within the same bounds.
pub fn longevity(inputs: &Inputs, rules: &FadingRules) -> Longevity {
    let modifiers = vec![
        Modifier {
            factor: Field::Skin.wire(),
            value: inputs.skin.key(),
            percent: rules.skin(inputs.skin),
        },
        Modifier {
            factor: Field::Sun.wire(),
            value: inputs.sun.key(),
            percent: rules.sun(inputs.sun),
        },
        Modifier {
            factor: Field::Style.wire(),
            value: inputs.style.key(),
            percent: rules.style(inputs.style),
        },
    ];
    let (floor, ceiling) = (
        rules.floor_months,
        rules.ceiling_months.max(rules.floor_months),
    );
    let bound = |m: i128| -> u32 {
        u32::try_from(m.max(0))
            .unwrap_or(u32::MAX)
            .clamp(floor, ceiling)
    };
    let scale = |months: i128, pct: i32| -> i128 {
        // Percentages are bounded by validation of the table; a failed division yields 0 and
        // the floor applies.
        div_round_half_away(months * i128::from(100 + pct), 100).unwrap_or(0)
    };
    let raw = modifiers
        .iter()
        .fold(i128::from(inputs.longevity_months), |m, md| {
            scale(m, md.percent)
        });
    let typical = bound(raw);
    Longevity {
        short_months: bound(scale(i128::from(typical), rules.short_pct - 100)).min(typical),
        typical_months: typical,
        long_months: bound(scale(i128::from(typical), rules.long_pct - 100)).max(typical),
        modifiers,
    }
}

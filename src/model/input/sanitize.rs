//! Keeping what is good in stored or shared input: each bad field goes back to its default.

use super::registry::Field;
use super::validate::validate;
use super::PlanInput;
use crate::model::assumptions::Assumptions;
use crate::model::date::Date;
use crate::model::errors::{ErrorCode, FieldError};

/// `input` with every field that fails validation reset to its default, and the names of the
/// fields reset, in contract order. Shared links and stored settings use it so that one bad
/// value costs that setting, not the whole page. The result validates whenever the defaults do.
pub fn sanitize(mut input: PlanInput, a: &Assumptions, today: Date) -> (PlanInput, Vec<String>) {
    let mut dropped: Vec<Field> = Vec::new();
    let mut valid = false;
    // Every pass either ends the loop or clears at least one set field, so the bound is never
    // hit while fields remain.
    for _ in 0..=Field::ALL.len() {
        let Err(errors) = validate(&input, a, today) else {
            valid = true;
            break;
        };
        let mut progressed = false;
        for f in errors.iter().filter_map(culprit) {
            if input.clear(f) {
                progressed = true;
                note(&mut dropped, f);
            }
        }
        if !progressed {
            break;
        }
    }
    if !valid {
        // An error no set field explains: nothing can be kept with confidence.
        for &f in Field::ALL {
            if input.clear(f) {
                note(&mut dropped, f);
            }
        }
    }
    crate::model::order::sort_small_by_key(&mut dropped, |f| f.rank());
    let names = dropped.iter().map(|f| f.wire().to_string()).collect();
    (input, names)
}

fn note(dropped: &mut Vec<Field>, f: Field) {
    if !dropped.contains(&f) {
        dropped.push(f);
    }
}

/// The field to reset for an error. A custom region without an area names the (unset) area,
/// so the fix is to forget the custom region.
fn culprit(e: &FieldError) -> Option<Field> {
    let f = Field::parse(&e.field)?;
    if e.code == ErrorCode::Required && f == Field::Area {
        Some(Field::Region)
    } else {
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).expect("valid date")
    }

    #[test]
    fn sanitize_drops_only_the_bad_fields() {
        let a = Assumptions::default();
        let input = PlanInput {
            region: Some("norwood-4".into()),
            tier: Some("gold".into()),
            longevity_years: Some(40.0),
            horizon_years: Some(12.0),
            area: Some(50.0),
            ..PlanInput::default()
        };
        let (clean, dropped) = sanitize(input, &a, today());
        assert_eq!(dropped, ["area", "tier", "longevity_years"]);
        assert_eq!(clean.region.as_deref(), Some("norwood-4"));
        assert_eq!(clean.horizon_years, Some(12.0));
        assert!(validate(&clean, &a, today()).is_ok());
    }

    #[test]
    fn sanitize_forgets_a_custom_region_without_its_area() {
        let a = Assumptions::default();
        let input = PlanInput {
            region: Some("custom".into()),
            area: Some(9_000.0),
            skin: Some("oily".into()),
            ..PlanInput::default()
        };
        // First pass drops the out-of-range area; the second finds the area missing.
        let (clean, dropped) = sanitize(input, &a, today());
        assert_eq!(dropped, ["region", "area"]);
        assert_eq!(
            clean,
            PlanInput {
                skin: Some("oily".into()),
                ..PlanInput::default()
            }
        );
    }

    #[test]
    fn sanitize_keeps_valid_input_untouched() {
        let a = Assumptions::default();
        let (inputs, _) = validate(&PlanInput::default(), &a, today()).expect("defaults valid");
        let full = inputs.to_wire();
        assert_eq!(sanitize(full.clone(), &a, today()), (full, vec![]));
    }
}

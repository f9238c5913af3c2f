//! The checks of one field each, driven by its registry entry: range, wholeness and message
//! come from [`Field::spec`], so the validator only says which field goes where.

use super::messages;
use super::registry::{Field, Kind, MAX_AMOUNT_MINOR};
use crate::model::errors::{one_of, ErrorCode, FieldError};
use crate::model::money::Money;

/// Collects every field's problem instead of stopping at the first.
#[derive(Default)]
pub(super) struct Checker {
    pub errors: Vec<FieldError>,
}

impl Checker {
    pub fn fail(&mut self, e: FieldError) {
        self.errors.push(e);
    }

    /// One of the field's words, parsed by `parse`; `default` if unset or not allowed.
    pub fn choice<T: Copy>(
        &mut self,
        f: Field,
        raw: &Option<String>,
        default: T,
        parse: impl Fn(&str) -> Option<T>,
    ) -> T {
        match raw.as_deref() {
            None => default,
            Some(s) => parse(s).unwrap_or_else(|| {
                let allowed = match f.spec().kind {
                    Kind::Choice(words) => one_of(&words()),
                    _ => String::new(),
                };
                self.fail(messages::not_one_of(f, &allowed));
                default
            }),
        }
    }

    /// A finite number inside the field's range.
    pub fn number(&mut self, f: Field, raw: Option<f64>) -> Option<f64> {
        let spec = f.spec();
        let range = match spec.kind {
            Kind::Number { min, max, .. } => (min, max),
            Kind::Whole { min, max } => (f64::from(min), f64::from(max)),
            // Not a numeric field: a registry mistake the tests catch; accept nothing.
            _ => (f64::NAN, f64::NAN),
        };
        self.number_in(f, raw, range, spec.unit)
    }

    /// A finite number inside `[min, max]` given in `unit` (an area in in²).
    pub fn number_in(
        &mut self,
        f: Field,
        raw: Option<f64>,
        (min, max): (f64, f64),
        unit: &str,
    ) -> Option<f64> {
        let v = raw?;
        if !v.is_finite() {
            self.fail(messages::not_a_number(f, ErrorCode::NotANumber));
            return None;
        }
        // `!(in range)` so that a NaN bound rejects everything.
        if !(v >= min && v <= max) {
            self.fail(messages::out_of_range(f, (min, max), unit));
            return None;
        }
        Some(v)
    }

    /// The field's number rounded to its precision first, then checked against its range
    /// (so 20.004 % is 2,000 basis points, in range), in the engine's unit (months,
    /// hundredths).
    pub fn scaled(&mut self, f: Field, raw: Option<f64>) -> Option<u32> {
        let Kind::Number {
            round: Some(round), ..
        } = f.spec().kind
        else {
            return None;
        };
        let v = raw?;
        let r = round.unscaled_f64(round.scaled_f64(v));
        let r = if r.is_finite() { r } else { v };
        let ok = self.number(f, Some(r))?;
        // In range and rounded to a whole multiple: the conversion is exact.
        Some(round.scaled(ok))
    }

    pub fn whole(&mut self, f: Field, raw: Option<f64>) -> Option<u32> {
        let v = self.number(f, raw)?;
        if v.fract() != 0.0 {
            self.fail(messages::not_whole(f));
            return None;
        }
        // In range and whole: the conversion is exact.
        Some(v as u32)
    }

    pub fn amount(&mut self, f: Field, raw: Option<i64>) -> Option<Money> {
        let v = raw?;
        if !(0..=MAX_AMOUNT_MINOR).contains(&v) {
            self.fail(messages::amount_out_of_range(f));
            return None;
        }
        Some(Money::from_minor(v))
    }
}

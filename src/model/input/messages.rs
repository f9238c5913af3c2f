//! Every message about an input field, written once. Each names its field by its one label
//! (from the registry), so the same words appear next to the field, in the error summary and
//! in the JSON API's errors.

use super::registry::{unit_suffix, Field, MAX_AMOUNT_MINOR, START_YEARS};
use crate::model::decimal::shortest;
use crate::model::errors::{ErrorCode, FieldError};
use crate::model::number::NumberError;

fn error(f: Field, code: ErrorCode, message: String) -> FieldError {
    FieldError::new(f.wire(), code, message)
}

pub fn not_text(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::WrongType,
        format!("{} must be text.", f.label()),
    )
}

pub fn not_a_number(f: Field, code: ErrorCode) -> FieldError {
    error(f, code, format!("{} must be a number.", f.label()))
}

pub fn not_minor_units(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::NotWhole,
        format!(
            "{} must be a whole number of minor units (cents).",
            f.label()
        ),
    )
}

pub fn amount_out_of_range(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::OutOfRange,
        format!(
            "{} must be between 0 and 1,000,000 (in minor units: 0 to {MAX_AMOUNT_MINOR}).",
            f.label()
        ),
    )
}

/// `min`/`max` in `unit`, which differs from the registry's for an area given in in².
pub fn out_of_range(f: Field, (min, max): (f64, f64), unit: &str) -> FieldError {
    error(
        f,
        ErrorCode::OutOfRange,
        format!(
            "{} must be between {} and {}{}.",
            f.label(),
            shortest(min),
            shortest(max),
            unit_suffix(unit)
        ),
    )
}

pub fn not_whole(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::NotWhole,
        format!("{} must be a whole number.", f.label()),
    )
}

pub fn not_one_of(f: Field, allowed: &str) -> FieldError {
    error(
        f,
        ErrorCode::UnknownValue,
        format!("{} must be {allowed}.", f.label()),
    )
}

pub fn unknown_region() -> FieldError {
    not_one_of(
        Field::Region,
        "hairline, crown, top, full, scar, diffuse, norwood-2 to norwood-7, ludwig-1 to ludwig-3, or custom",
    )
}

pub fn bad_date(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::BadDate,
        format!(
            "{} must be a date written YYYY-MM-DD between {}-01-01 and {}-12-31.",
            f.label(),
            START_YEARS.0,
            START_YEARS.1
        ),
    )
}

pub fn no_rate(code: &str) -> FieldError {
    error(
        Field::Currency,
        ErrorCode::UnknownValue,
        format!(
            "{} {code} cannot be used: the price table has no rate for it.",
            Field::Currency.label()
        ),
    )
}

pub fn area_required() -> FieldError {
    error(
        Field::Area,
        ErrorCode::Required,
        format!("{} is needed for a custom region.", Field::Area.label()),
    )
}

/// An area or unit given with a named region.
pub fn only_with_custom(f: Field) -> FieldError {
    error(
        f,
        ErrorCode::Inconsistent,
        format!(
            "{} applies only to the custom region; choose \"custom\" or leave it empty.",
            f.label()
        ),
    )
}

/// What the form's number reader found wrong with the visitor's text.
pub fn unreadable(f: Field, e: NumberError) -> FieldError {
    error(
        f,
        ErrorCode::NotANumber,
        format!("{}: {}", f.label(), e.message()),
    )
}

/// A key that is no field; clipped, since it is echoed back.
pub fn unknown_field(key: &str) -> FieldError {
    let shown: String = key.chars().take(40).collect();
    FieldError::new(
        &shown,
        ErrorCode::UnknownField,
        format!("Unknown field \"{shown}\"."),
    )
}

//! Errors as values: every problem names the input field it belongs to.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A value another choice makes necessary is missing (custom region without an area).
    Required,
    /// JSON value of the wrong type (text where a number belongs, ...).
    WrongType,
    /// Not a finite number.
    NotANumber,
    /// A fraction where a whole number is required.
    NotWhole,
    OutOfRange,
    /// Not one of the allowed words.
    UnknownValue,
    BadDate,
    UnknownField,
    /// The document is not a JSON object at all.
    Malformed,
    /// A value that only makes sense with another one (area without a custom region, ...).
    Inconsistent,
    /// The arithmetic would overflow; cannot happen within the validated ranges.
    Overflow,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The input field's wire name, e.g. `longevity_years`; `input` for the whole document.
    pub field: String,
    pub code: ErrorCode,
    /// Plain-language message naming the allowed values or range.
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, code: ErrorCode, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            code,
            message: message.into(),
        }
    }
}

/// `"a, b or c"`.
pub fn one_of(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

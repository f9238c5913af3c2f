//! Reading the wire forms: a JSON document, and each field's text in links and storage.

use super::messages;
use super::registry::Field;
use super::PlanInput;
use crate::model::errors::{ErrorCode, FieldError};
use crate::model::value::Value;

pub(super) fn read_text(f: Field, v: &Value) -> Result<Option<String>, FieldError> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(messages::not_text(f)),
    }
}

pub(super) fn read_number(f: Field, v: &Value) -> Result<Option<f64>, FieldError> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(Some(*n)),
        _ => Err(messages::not_a_number(f, ErrorCode::WrongType)),
    }
}

pub(super) fn read_minor(f: Field, v: &Value) -> Result<Option<i64>, FieldError> {
    match v {
        Value::Null => Ok(None),
        // By value: `2` and `2.0` are one number (the browser's JSON.parse cannot tell them
        // apart).
        Value::Number(_) if v.as_i64().is_some() => Ok(v.as_i64()),
        // A whole number too large for i64 (1e20), or infinite, is out of range, not a fraction.
        Value::Number(n) if n.is_infinite() || n.fract() == 0.0 => {
            Err(messages::amount_out_of_range(f))
        }
        Value::Number(_) => Err(messages::not_minor_units(f)),
        _ => Err(messages::not_a_number(f, ErrorCode::WrongType)),
    }
}

pub(super) fn parse_wire_number(f: Field, raw: &str) -> Result<f64, FieldError> {
    crate::model::decimal::parse(raw)
        .ok_or_else(|| messages::not_a_number(f, ErrorCode::NotANumber))
}

pub(super) fn parse_wire_minor(f: Field, raw: &str) -> Result<i64, FieldError> {
    raw.parse::<i64>().map_err(|e| {
        use std::num::IntErrorKind::{NegOverflow, PosOverflow};
        if matches!(e.kind(), PosOverflow | NegOverflow) {
            messages::amount_out_of_range(f)
        } else {
            messages::not_minor_units(f)
        }
    })
}

impl PlanInput {
    /// Parses the JSON contract. Unknown fields and wrongly typed values are errors naming the
    /// field; every problem is reported, not only the first.
    pub fn from_json(json: &str) -> Result<PlanInput, Vec<FieldError>> {
        PlanInput::from_json_value(&parse_document(json)?)
    }

    pub fn from_json_value(value: &Value) -> Result<PlanInput, Vec<FieldError>> {
        let (input, errors) = PlanInput::from_json_partial(value);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(errors)
        }
    }

    /// Every well-typed field, plus the errors for the others (those stay `None`), so a caller
    /// can validate the rest and report all problems at once.
    pub fn from_json_partial(value: &Value) -> (PlanInput, Vec<FieldError>) {
        let mut input = PlanInput::default();
        let Value::Object(map) = value else {
            let e = FieldError::new(
                "input",
                ErrorCode::Malformed,
                "The input must be a JSON object.",
            );
            return (input, vec![e]);
        };
        let mut errors = Vec::new();
        for (key, v) in map {
            let result = match Field::parse(key) {
                Some(f) => input.set_json(f, v),
                None => Err(messages::unknown_field(key)),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        (input, errors)
    }

    /// Sets a field named by its wire name from its text form (see [`PlanInput::set`]).
    pub fn set_field(&mut self, name: &str, raw: &str) -> Result<(), FieldError> {
        match Field::parse(name) {
            Some(f) => self.set(f, raw),
            None => Err(messages::unknown_field(name)),
        }
    }

    /// Resets a field named by its wire name; `true` if it had a value.
    pub fn clear_field(&mut self, name: &str) -> bool {
        Field::parse(name).is_some_and(|f| self.clear(f))
    }

    /// A field's text form by wire name; `None` if unset or the name is unknown.
    pub fn field_text(&self, name: &str) -> Option<String> {
        Field::parse(name).and_then(|f| self.text_of(f))
    }
}

/// Any JSON document, or the error saying it is not JSON.
pub fn parse_document(json: &str) -> Result<Value, Vec<FieldError>> {
    crate::jsontext::parse(json).map_err(|e| {
        vec![FieldError::new(
            "input",
            ErrorCode::Malformed,
            format!("The input is not valid JSON: {e}."),
        )]
    })
}

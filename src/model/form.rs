//! The form as the visitor typed it: text per field, read the way people write numbers
//! ("1,500", "$1,500"), and written back from an input (money in major units). Pure, so the
//! round trips and the merging of reader and engine errors are tested natively; the widget's
//! reducer (`ui::state`) only keeps the result.

use crate::model::currency::Currency;
use crate::model::errors::FieldError;
use crate::model::export::plain_decimal;
use crate::model::input::registry::Kind;
use crate::model::input::{messages, Field};
use crate::model::money::Money;
use crate::model::number;
use crate::model::value::{Map, Value};
use crate::model::{compute, Assumptions, Date, Plan, PlanInput};

/// The visitor's text for each input field; absent or empty = the default.
/// At most one entry per field, a few dozen: a list searched in order costs less wasm than a
/// map type, and is as quick at this size.
#[derive(Clone, Debug, Default)]
pub struct Form(Vec<(Field, String)>);

impl Form {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, field: Field) -> Option<&String> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, t)| t)
    }

    pub fn insert(&mut self, field: Field, text: String) {
        match self.0.iter_mut().find(|(f, _)| *f == field) {
            Some(entry) => entry.1 = text,
            None => self.0.push((field, text)),
        }
    }

    /// The text of a field; empty when the visitor left it (the default applies).
    pub fn text(&self, field: Field) -> &str {
        self.get(field).map_or("", String::as_str)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn iter(&self) -> impl Iterator<Item = (Field, &String)> {
        self.0.iter().map(|(f, t)| (*f, t))
    }
}

/// The same fields with the same text, in whatever order they were typed.
impl PartialEq for Form {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.iter().all(|(f, t)| other.get(f) == Some(t))
    }
}

/// The first of `errors` that belongs to `field`.
pub fn error_of(errors: &[FieldError], field: Field) -> Option<&FieldError> {
    errors.iter().find(|e| e.field == field.wire())
}

/// The form's input and plan, or every problem with it: the reader's (a field it could not
/// read) first for its field, then the engine's for the others, in contract order.
pub fn evaluate(
    form: &Form,
    a: &Assumptions,
    today: Date,
) -> Result<(PlanInput, Plan), Vec<FieldError>> {
    let (input, mut errors) = input_from_form(form);
    match compute(&input, a, today) {
        Ok(plan) if errors.is_empty() => return Ok((input, plan)),
        Ok(_) => {}
        Err(more) => {
            // A field that could not be read is absent from `input`; the engine may still
            // complain about it (a custom region without its area): keep the reader's message.
            let unread = errors.len();
            for e in more {
                if !errors[..unread].iter().any(|u| u.field == e.field) {
                    errors.push(e);
                }
            }
        }
    }
    // In the order the fields are listed, not the order they were checked.
    let rank = |field: &str| Field::parse(field).map_or(Field::ALL.len(), Field::rank);
    crate::model::order::sort_small_by_key(&mut errors, |e| rank(&e.field));
    Err(errors)
}

/// Reads the form the way a visitor writes numbers ("1,500", "$1,500"); a field that cannot be
/// read gets an error of its own and is left to its default so the rest still validates.
pub fn input_from_form(form: &Form) -> (PlanInput, Vec<FieldError>) {
    let exponent = form_currency(form).exponent();
    let mut map = Map::new();
    let mut errors = Vec::new();
    // The area fields keep their text while another region is chosen; they count only for
    // a custom area.
    let custom = form.get(Field::Region).is_some_and(|r| r == "custom");
    for (field, text) in form.iter() {
        let area = matches!(field, Field::Area | Field::AreaUnit);
        if text.trim().is_empty() || (!custom && area) {
            continue;
        }
        let value = match field.spec().kind {
            Kind::Text | Kind::Choice(_) => Ok(Some(Value::String(text.clone()))),
            Kind::Number { .. } | Kind::Whole { .. } => {
                number::parse_number(text).map(|v| v.filter(|n| n.is_finite()).map(Value::Number))
            }
            Kind::Money => {
                number::parse_amount(text, exponent).map(|v| v.map(|m| Value::Number(m as f64)))
            }
        };
        match value {
            Ok(Some(v)) => {
                map.insert(field.wire().to_string(), v);
            }
            Ok(None) => {}
            Err(e) => errors.push(messages::unreadable(field, e)),
        }
    }
    let (input, more) = PlanInput::from_json_partial(&Value::Object(map));
    errors.extend(more);
    (input, errors)
}

fn form_currency(form: &Form) -> Currency {
    form.get(Field::Currency)
        .and_then(|c| Currency::parse(c))
        .unwrap_or(Currency::Usd)
}

/// The form text for an input: money back in major units ("1500", "29.99").
pub fn form_from_input(input: &PlanInput) -> Form {
    let exponent = input
        .currency
        .as_deref()
        .and_then(Currency::parse)
        .unwrap_or(Currency::Usd)
        .exponent();
    let mut form = Form::new();
    for &field in Field::ALL {
        let Some(text) = input.text_in(field, Some(exponent)) else {
            continue;
        };
        // Each field once: no need to look for it first.
        form.0.push((field, text));
    }
    form
}

/// Minor units as plain decimal text without grouping: 150000 → "1500", 2999 → "29.99".
pub fn major_text(minor: i64, exponent: u32) -> String {
    // A whole amount without its zero decimals; the CSV's writer does the rest.
    match 10i64.checked_pow(exponent) {
        Some(per) if minor % per == 0 => plain_decimal(Money::from_minor(minor / per), 0),
        _ => plain_decimal(Money::from_minor(minor), exponent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::errors::ErrorCode;
    use crate::model::input::validate;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    fn form(entries: &[(Field, &str)]) -> Form {
        let mut form = Form::new();
        for (f, text) in entries {
            form.insert(*f, text.to_string());
        }
        form
    }

    /// Every field set: the defaults in wire form, plus the optional rows.
    fn full_input(currency: &str) -> PlanInput {
        let input = PlanInput {
            currency: Some(currency.into()),
            transplant_cost_minor: Some(900_050),
            medication_per_month_minor: Some(2_999),
            ..PlanInput::default()
        };
        let (inputs, _) = validate(&input, &Assumptions::default(), today()).unwrap();
        inputs.to_wire()
    }

    #[test]
    fn input_form_input_round_trips() {
        let custom = PlanInput {
            region: Some("custom".into()),
            area: Some(150.5),
            area_unit: Some("in2".into()),
            sessions: Some(4.0),
            start_date: Some("2027-01-04".into()),
            longevity_years: Some(6.5),
            hairpiece_unit_life_months: Some(1.5),
            ..PlanInput::default()
        };
        for input in [
            full_input("USD"),
            full_input("EUR"),
            custom,
            PlanInput::default(),
        ] {
            let f = form_from_input(&input);
            assert_eq!(input_from_form(&f), (input.clone(), vec![]), "{f:?}");
            assert_eq!(form_from_input(&input_from_form(&f).0), f);
        }
    }

    #[test]
    fn money_is_shown_in_major_units_and_read_back_from_them() {
        let f = form_from_input(&full_input("USD"));
        assert_eq!(
            f.get(Field::TransplantCostMinor).map(String::as_str),
            Some("9000.50")
        );
        assert_eq!(
            f.get(Field::MedicationPerMonthMinor).map(String::as_str),
            Some("29.99")
        );
        let typed = form(&[
            (Field::TransplantCostMinor, "$9,000.50"),
            (Field::SalesTaxPercent, "7.5%"),
        ]);
        let (input, errors) = input_from_form(&typed);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(input.transplant_cost_minor, Some(900_050));
        assert_eq!(input.sales_tax_percent, Some(7.5));
    }

    #[test]
    fn the_area_counts_only_for_a_custom_region() {
        let f = form(&[
            (Field::Region, "crown"),
            (Field::Area, "abc"),
            (Field::AreaUnit, "in2"),
        ]);
        assert_eq!(
            input_from_form(&f),
            (
                PlanInput {
                    region: Some("crown".into()),
                    ..PlanInput::default()
                },
                vec![]
            )
        );
    }

    #[test]
    fn a_reader_error_replaces_the_engines_for_its_field() {
        // The engine alone would say the custom area is missing; the visitor typed one it
        // could not read, and that is what they need to hear.
        let f = form(&[(Field::Region, "custom"), (Field::Area, "12,34")]);
        let errors = evaluate(&f, &Assumptions::default(), today()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, Field::Area.wire());
        assert_eq!(errors[0].code, ErrorCode::NotANumber);
    }

    #[test]
    fn errors_come_in_contract_order_whoever_found_them() {
        let f = form(&[
            (Field::HorizonYears, "40"),
            (Field::SessionGapWeeks, "x"),
            (Field::Tier, "gold"),
        ]);
        let errors = evaluate(&f, &Assumptions::default(), today()).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["tier", "session_gap_weeks", "horizon_years"]);
        assert!(errors[1]
            .message
            .starts_with(Field::SessionGapWeeks.label()));
    }

    #[test]
    fn a_valid_form_gives_its_input_and_plan() {
        let f = form(&[(Field::HorizonYears, "12"), (Field::Tier, "premium")]);
        let (input, plan) = evaluate(&f, &Assumptions::default(), today()).unwrap();
        assert_eq!(input.horizon_years, Some(12.0));
        assert_eq!(plan.horizon.years, 12);
    }

    #[test]
    fn forms_are_equal_whatever_the_typing_order() {
        let a = form(&[(Field::Tier, "premium"), (Field::Skin, "oily")]);
        let b = form(&[(Field::Skin, "oily"), (Field::Tier, "premium")]);
        assert_eq!(a, b);
        assert_ne!(a, form(&[(Field::Tier, "premium")]));
    }

    #[test]
    fn major_text_has_no_grouping_and_exact_decimals() {
        assert_eq!(major_text(150_000, 2), "1500");
        assert_eq!(major_text(2_999, 2), "29.99");
        assert_eq!(major_text(-5, 2), "-0.05");
        assert_eq!(major_text(7, 0), "7");
    }
}

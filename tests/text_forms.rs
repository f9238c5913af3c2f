//! Properties of the text forms around the engine: what visitors type, share links, stored
//! settings and downloads. None panics on any input, and each form reads back what it wrote.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::grouped;
use proptest::prelude::*;
use smp_calculator::model::input::{sanitize, validate, Field, MAX_AMOUNT_MINOR};
use smp_calculator::model::number::{parse_amount, parse_number};
use smp_calculator::model::{
    compute, export, input::FIELDS, share, stored, Assumptions, Date, PlanInput,
};

fn today() -> Date {
    Date::new(2026, 11, 24).expect("valid date")
}

const WORDS: &[&str] = &[
    "crown",
    "hairline",
    "norwood-4",
    "norwood-7",
    "scar",
    "custom",
    "cm2",
    "in2",
    "budget",
    "standard",
    "premium",
    "dry",
    "normal",
    "oily",
    "low",
    "moderate",
    "high",
    "soft",
    "defined",
    "USD",
    "EUR",
    "GBP",
    "CAD",
    "AUD",
    "NZD",
    "JPY",
    "2027-01-04",
    "2024-02-29",
    "2101-01-01",
];

/// One field's text form: mostly plausible, sometimes junk, sometimes unset.
fn field_value(name: &'static str) -> BoxedStrategy<Option<String>> {
    let wire_type = Field::parse(name).expect("a field").wire_type();
    let value = if wire_type == "text" {
        prop_oneof![
            4 => prop::sample::select(WORDS).prop_map(String::from),
            1 => ".{0,10}",
        ]
        .boxed()
    } else if wire_type == "minor" {
        prop_oneof![
            4 => (0..=MAX_AMOUNT_MINOR).prop_map(|v| v.to_string()),
            1 => any::<i64>().prop_map(|v| v.to_string()),
        ]
        .boxed()
    } else {
        prop_oneof![
            4 => (0u32..40).prop_map(|v| v.to_string()),
            2 => (-5.0f64..900.0).prop_map(|v| v.to_string()),
        ]
        .boxed()
    };
    prop::option::weighted(0.4, value).boxed()
}

/// Any input the wire form can hold, built through `set_field`.
fn any_input() -> impl Strategy<Value = PlanInput> {
    FIELDS
        .iter()
        .map(|name| field_value(name))
        .collect::<Vec<_>>()
        .prop_map(|values| {
            let mut input = PlanInput::default();
            for (name, value) in FIELDS.iter().zip(values) {
                if let Some(v) = value {
                    input
                        .set_field(name, &v)
                        .expect("generated in the field's syntax");
                }
            }
            input
        })
}

fn valid_input() -> impl Strategy<Value = PlanInput> {
    any_input().prop_map(|i| sanitize(i, &Assumptions::default(), today()).0)
}

proptest! {
    #[test]
    fn number_parsers_never_panic(s in any::<String>(), exponent in any::<u32>()) {
        let _ = parse_number(&s);
        let _ = parse_amount(&s, exponent);
    }

    #[test]
    fn number_parsers_never_panic_on_near_numbers(
        s in "[-+0-9.,%eE$€£¥ USDAC]{0,70}",
        exponent in 0u32..25,
    ) {
        if let Ok(Some(v)) = parse_number(&s) {
            prop_assert!(v.is_finite());
        }
        let _ = parse_amount(&s, exponent);
    }

    #[test]
    fn typed_amounts_are_exact(
        minor in 0i64..1_000_000_000_000_000,
        negative in any::<bool>(),
        prefix in prop::sample::select(&["", "$", "US$ ", "€", "£ ", "NZ$", "usd "][..]),
        suffix in prop::sample::select(&["", " USD", "EUR", " €"][..]),
    ) {
        let sign = if negative { "-" } else { "" };
        let text = format!("{sign}{prefix}{}.{:02}{suffix}", grouped(minor / 100), minor % 100);
        let expected = if negative { -minor } else { minor };
        prop_assert_eq!(parse_amount(&text, 2), Ok(Some(expected)));
        prop_assert_eq!(parse_amount(&format!("  {}  ", text), 2), Ok(Some(expected)));
    }

    #[test]
    fn typed_decimals_are_the_nearest_f64(hundredths in 0i64..1_000_000_000_000_000) {
        let text = format!("{}.{:02}", grouped(hundredths / 100), hundredths % 100);
        // Both sides are the correctly rounded value of the same exact quotient.
        prop_assert_eq!(parse_number(&text), Ok(Some(hundredths as f64 / 100.0)));
        prop_assert_eq!(parse_number(&format!("{text}%")), Ok(Some(hundredths as f64 / 100.0)));
    }

    #[test]
    fn sanitize_keeps_every_valid_field_and_validates(input in any_input()) {
        let a = Assumptions::default();
        let (clean, dropped) = sanitize(input.clone(), &a, today());
        prop_assert!(validate(&clean, &a, today()).is_ok());
        for name in FIELDS {
            if dropped.iter().any(|d| d == name) {
                prop_assert!(input.field_text(name).is_some());
                prop_assert_eq!(clean.field_text(name), None);
            } else {
                prop_assert_eq!(clean.field_text(name), input.field_text(name));
            }
        }
    }

    #[test]
    fn links_read_back_exactly(input in any_input()) {
        prop_assert_eq!(share::parse(&share::encode(&input)), Ok((input, vec![])));
    }

    #[test]
    fn valid_links_round_trip_silently(input in valid_input()) {
        let d = share::decode(&share::encode(&input), &Assumptions::default(), today());
        prop_assert_eq!(d, share::Decoded { input, rejected: vec![], notice: None });
    }

    #[test]
    fn any_link_decodes_to_valid_input(
        s in prop_oneof![
            any::<String>(),
            "#?(v=[0-9]&)?([a-z_]{1,12}=[%0-9A-Za-z.\\-]{0,8}&?){0,12}",
        ]
    ) {
        let a = Assumptions::default();
        let d = share::decode(&s, &a, today());
        prop_assert!(validate(&d.input, &a, today()).is_ok());
        // Nothing is dropped silently.
        prop_assert!(d.rejected.is_empty() || d.notice.is_some());
    }

    #[test]
    fn stored_settings_round_trip(input in valid_input()) {
        let r = stored::decode(&stored::encode(&input), &Assumptions::default(), today());
        prop_assert_eq!(r, stored::Restored { input, notice: None, migrated: false });
    }

    #[test]
    fn any_stored_text_restores_valid_input(
        s in prop_oneof![
            any::<String>(),
            r#"\{"version":[0-2],"input":\{("[a-z_]{1,10}":("[a-z0-9-]{0,6}"|-?[0-9]{1,4}|null),?){0,6}\}\}"#,
        ]
    ) {
        let a = Assumptions::default();
        let r = stored::decode(&s, &a, today());
        prop_assert!(validate(&r.input, &a, today()).is_ok());
    }

    #[test]
    fn downloads_are_well_formed(input in valid_input()) {
        let plan = compute(&input, &Assumptions::default(), today()).expect("valid input");
        let rows = export::yearly_rows(&plan);
        let csv = export::csv(&plan);
        prop_assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), 1 + rows.len());
        prop_assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count());
        let ics = export::ics(&plan, "20261124T120000Z");
        prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        prop_assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        let events = plan.sessions.items.len() + plan.touch_ups.typical.items.len() + 1;
        prop_assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), events);
        prop_assert_eq!(ics.matches("\r\nEND:VEVENT\r\n").count(), events);
    }
}

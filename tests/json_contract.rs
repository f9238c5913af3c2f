//! The examples in `docs/json-contract.md` are real: the input computes, the bad input gives
//! exactly the errors shown, and the documented field list matches the code's.
#![cfg(not(target_arch = "wasm32"))] // reads files from the crate directory

use smp_calculator::model::input::FIELDS;
use smp_calculator::model::{compute_json, share, stored, Assumptions, Date, PlanInput};

fn doc() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/json-contract.md"
    ))
    .expect("docs/json-contract.md exists")
}

/// The fenced block following `<!-- example:NAME -->`.
fn example(doc: &str, name: &str) -> String {
    let marker = format!("<!-- example:{name} -->");
    let after = doc.split_once(&marker).expect("marker").1;
    let body = after.split_once("```json\n").expect("fence").1;
    body.split_once("```").expect("closing fence").0.to_string()
}

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

#[test]
fn documented_input_computes() {
    let plan = compute_json(&example(&doc(), "input"), &Assumptions::default(), today())
        .expect("the documented input is valid");
    assert_eq!(plan.region.key, "norwood-4");
    let shown = doc();
    // The plan excerpt shows the real initial cost and totals.
    for figure in [
        plan.initial_cost.typical.minor(),
        plan.smp.total.typical.minor(),
        plan.smp.total.high.minor(),
    ] {
        assert!(
            shown.contains(&figure.to_string()),
            "{figure} missing from the doc"
        );
    }
}

/// The plan excerpt's `"inputs": {…}` echo is shown whole: it must be the real one.
#[test]
fn documented_inputs_echo_is_the_real_one() {
    let d = doc();
    let plan = compute_json(&example(&d, "input"), &Assumptions::default(), today())
        .expect("the documented input is valid");
    let excerpt = d
        .split_once("The plan for the example above")
        .expect("plan excerpt")
        .1;
    let echo = excerpt.split_once("\"inputs\": ").expect("inputs echo").1;
    let echo = &echo[..=echo.find('}').expect("end of the inputs echo")];
    let shown: serde_json::Value = serde_json::from_str(echo).expect("the echo is JSON");
    assert_eq!(serde_json::to_value(&plan.inputs).unwrap(), shown);
}

#[test]
fn documented_errors_are_the_real_ones() {
    let d = doc();
    let errors = compute_json(&example(&d, "bad-input"), &Assumptions::default(), today())
        .expect_err("the documented bad input is invalid");
    let actual = serde_json::to_value(&errors).unwrap();
    let shown: serde_json::Value = serde_json::from_str(&example(&d, "errors")).unwrap();
    assert_eq!(actual, shown);
}

#[test]
fn every_input_field_is_documented() {
    let d = doc();
    for field in FIELDS {
        assert!(
            d.contains(&format!("| `{field}` |")),
            "{field} is not in the input table"
        );
    }
}

/// The `text` block following `<!-- example:NAME -->`.
fn text_example(doc: &str, name: &str) -> String {
    let marker = format!("<!-- example:{name} -->");
    let after = doc.split_once(&marker).expect("marker").1;
    let body = after.split_once("```text\n").expect("fence").1;
    body.split_once("```").expect("closing fence").0.to_string()
}

#[test]
fn documented_link_and_saved_settings_are_the_real_ones() {
    let d = doc();
    let input = PlanInput::from_json(&example(&d, "input")).expect("valid input");
    assert_eq!(share::encode(&input), text_example(&d, "fragment").trim());
    assert_eq!(stored::encode(&input), example(&d, "stored").trim());
    let a = Assumptions::default();
    let link = share::decode(text_example(&d, "fragment").trim(), &a, today());
    assert_eq!((link.input, link.notice), (input.clone(), None));
    assert_eq!(
        stored::decode(&example(&d, "stored"), &a, today()).input,
        input
    );
}

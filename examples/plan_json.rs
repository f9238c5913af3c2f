//! Prints the plan for a JSON input (stdin, default `{}`) as JSON: `cargo run --example plan_json`.
use smp_calculator::model::{compute_json, Assumptions, Date};
use std::io::Read;

fn main() {
    let mut json = String::new();
    let _ = std::io::stdin().read_to_string(&mut json);
    if json.trim().is_empty() {
        json = "{}".into();
    }
    let today = Date::new(2026, 11, 24).expect("valid date");
    let out = compute_json(&json, &Assumptions::default(), today);
    match out {
        Ok(plan) => println!(
            "{}",
            serde_json::to_string_pretty(&plan).unwrap_or_default()
        ),
        Err(errors) => println!(
            "{}",
            serde_json::to_string_pretty(&errors).unwrap_or_default()
        ),
    }
}

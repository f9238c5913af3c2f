//! `docs/assumptions.md` mirrors the assumption table in code. Regenerate the table part with
//! `UPDATE_DOCS=1 cargo test --test assumptions_doc`.
#![cfg(not(target_arch = "wasm32"))] // reads files from the crate directory

use smp_calculator::model::Assumptions;

const BEGIN: &str = "<!-- BEGIN GENERATED: cargo test --test assumptions_doc -->";
const END: &str = "<!-- END GENERATED -->";

fn table() -> String {
    let mut out = String::from("| key | default | source |\n|---|---|---|\n");
    for row in Assumptions::default().rows() {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            row.key, row.value, row.source
        ));
    }
    out
}

#[test]
fn docs_mirror_the_assumption_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/assumptions.md");
    let doc = std::fs::read_to_string(path).expect("docs/assumptions.md exists");
    let (head, rest) = doc.split_once(BEGIN).expect("BEGIN marker");
    let (_, tail) = rest.split_once(END).expect("END marker");
    let expected = format!("{head}{BEGIN}\n{}{END}{tail}", table());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).expect("write docs/assumptions.md");
    }
    assert!(
        doc == expected,
        "docs/assumptions.md is out of date: run UPDATE_DOCS=1 cargo test --test assumptions_doc"
    );
}

#[test]
fn every_row_has_a_source_or_says_estimate() {
    for row in Assumptions::default().rows() {
        assert!(!row.source.trim().is_empty(), "{} has no source", row.key);
        assert!(!row.value.trim().is_empty(), "{} has no value", row.key);
    }
}

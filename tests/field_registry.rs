//! The field registry (src/model/input/registry.rs) is the one place a field is described.
//! These tests hold everything else to it: the wire struct, docs/json-contract.md's input
//! table, the browser tests' field list, and the rest of `src/` (which names fields by
//! `Field`, never by their wire string). Regenerate the derived files with
//! `UPDATE_DOCS=1 cargo test --test field_registry`.
#![cfg(not(target_arch = "wasm32"))] // reads files from the crate directory

mod common;
use common::grouped;
use smp_calculator::model::assumptions::Assumptions;
use smp_calculator::model::input::registry::{Control, DefaultIs, Kind, MAX_AMOUNT_MINOR};
use smp_calculator::model::input::{validate, Field, PlanInput, FIELDS};
use smp_calculator::model::Date;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

/// A value of the right wire type for each field.
fn sample(f: Field) -> &'static str {
    match f.wire_type() {
        "text" => "x",
        "number" => "1.5",
        _ => "7",
    }
}

#[test]
fn every_plan_input_member_has_a_registry_entry_and_no_more() {
    let mut input = PlanInput::default();
    for &f in Field::ALL {
        input.set(f, sample(f)).expect("sample of the wire type");
    }
    // Serialised, the struct names every member it has; all are set, so none is skipped.
    let json = serde_json::to_value(&input).unwrap();
    let members: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut registered: Vec<&str> = Field::ALL.iter().map(|f| f.wire()).collect();
    let mut sorted = members.clone();
    sorted.sort_unstable();
    registered.sort_unstable();
    assert_eq!(sorted, registered, "PlanInput members vs registry entries");
    assert_eq!(FIELDS.len(), Field::ALL.len());
    for (name, f) in FIELDS.iter().zip(Field::ALL) {
        assert_eq!(*name, f.wire());
        assert_eq!(Field::parse(name), Some(*f));
    }
}

#[test]
fn every_entry_is_complete_and_consistent() {
    let mut labels: Vec<&str> = Vec::new();
    for &f in Field::ALL {
        let spec = f.spec();
        assert!(!spec.label.trim().is_empty(), "{f:?} has no label");
        assert!(!labels.contains(&spec.label), "{f:?}: label used twice");
        labels.push(spec.label);
        let wire_type = match spec.kind {
            Kind::Text | Kind::Choice(_) => "text",
            Kind::Number { .. } | Kind::Whole { .. } => "number",
            Kind::Money => "minor",
        };
        assert_eq!(f.wire_type(), wire_type, "{f:?}: kind and wire type differ");
        if let Kind::Number { min, max, .. } = spec.kind {
            assert!(min < max, "{f:?}");
        }
        if let Kind::Whole { min, max } = spec.kind {
            assert!(min < max, "{f:?}");
        }
        if spec.control == Control::NumberBox {
            assert!(
                f.hint().is_some() || spec.assumption.is_some(),
                "{f:?} has no hint"
            );
        }
    }
}

#[test]
fn sourced_defaults_match_the_assumption_table() {
    let rows = Assumptions::default().rows();
    for &f in Field::ALL {
        let spec = f.spec();
        let Some(key) = spec.assumption else {
            assert!(!spec.sourced, "{f:?}: sourced without an assumption row");
            continue;
        };
        let row = rows
            .iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("{f:?}: no assumption row {key}"));
        let estimate = row.source.trim().eq_ignore_ascii_case("estimate");
        assert_eq!(spec.sourced, !estimate, "{f:?}: {}", row.source);
    }
    let a = Assumptions::default();
    let Kind::Whole { min, max } = Field::Sessions.spec().kind else {
        panic!("sessions is a whole number");
    };
    assert_eq!(
        (min, max),
        (u32::from(a.sessions.min), u32::from(a.sessions.max))
    );
}

/// A value outside the field's range (or not allowed), to see its message.
fn bad(f: Field) -> Option<&'static str> {
    match f.spec().kind {
        Kind::Choice(_) => Some("nonsense"),
        Kind::Number { .. } | Kind::Whole { .. } => Some("100000"),
        Kind::Money => Some("-1"),
        Kind::Text => Some("nonsense"),
    }
}

#[test]
fn every_message_names_its_field_by_its_one_label() {
    let a = Assumptions::default();
    for &f in Field::ALL {
        let Some(value) = bad(f) else { continue };
        let mut input = PlanInput::default();
        if matches!(f, Field::Area | Field::AreaUnit) {
            input.region = Some("custom".into());
            input.area = Some(100.0);
        }
        input.set(f, value).unwrap();
        let errors = validate(&input, &a, today()).expect_err("invalid");
        let e = errors
            .iter()
            .find(|e| e.field == f.wire())
            .unwrap_or_else(|| panic!("{f:?}: no error of its own in {errors:?}"));
        assert!(
            e.message.starts_with(f.label()),
            "{f:?}: {:?} does not begin with {:?}",
            e.message,
            f.label()
        );
        for other in Field::ALL.iter().filter(|o| **o != f) {
            let l = other.label();
            let shadowed = f.label().contains(l);
            assert!(
                shadowed || !e.message.contains(l),
                "{f:?}: {:?} also names {other:?}",
                e.message
            );
        }
    }
}

fn number(x: f64) -> String {
    smp_calculator::model::decimal::shortest(x)
}

fn allowed(f: Field) -> String {
    let spec = f.spec();
    let unit = match spec.unit {
        "" => String::new(),
        "%" => "%".into(),
        u => format!(" {u}"),
    };
    let main = match spec.kind {
        Kind::Text => String::new(),
        Kind::Choice(words) => words()
            .iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Number { min, max, round } => format!(
            "{}–{}{unit}{}",
            number(min),
            number(max),
            round.map_or(String::new(), |r| format!(", {}", r.describe()))
        ),
        Kind::Whole { min, max } => format!("{min}–{max}{unit}"),
        Kind::Money => format!("0–{}", grouped(MAX_AMOUNT_MINOR)),
    };
    match (main.is_empty(), spec.note.is_empty()) {
        (true, _) => spec.note.to_string(),
        (false, true) => main,
        (false, false) => format!("{main}; {}", spec.note),
    }
}

fn default(f: Field, wire: &PlanInput) -> String {
    let table = || match (wire.text_of(f), f.wire_type()) {
        (Some(t), "text") => format!("`{t}`"),
        (Some(t), _) => t,
        (None, _) => panic!("{f:?}: the table has no default for it"),
    };
    match f.spec().default {
        DefaultIs::Table => table(),
        DefaultIs::TableAnd(remark) => format!("{} ({remark})", table()),
        DefaultIs::Otherwise(what) => what.to_string(),
    }
}

fn input_table() -> String {
    let (inputs, _) = validate(&PlanInput::default(), &Assumptions::default(), today()).unwrap();
    let wire = inputs.to_wire();
    let mut out = String::from("| field | type | allowed | default |\n|---|---|---|---|\n");
    for &f in Field::ALL {
        let kind = match f.spec().kind {
            Kind::Text | Kind::Choice(_) => "text",
            Kind::Number { .. } => "number",
            Kind::Whole { .. } => "whole number",
            Kind::Money => "integer",
        };
        out.push_str(&format!(
            "| `{}` | {kind} | {} | {} |\n",
            f.wire(),
            allowed(f),
            default(f, &wire)
        ));
    }
    out
}

/// Checks `path` against `expected`, rewriting it under `UPDATE_DOCS=1`.
fn check_generated(path: &Path, expected: &str) {
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, expected).expect("write generated file");
        return;
    }
    assert!(
        actual == expected,
        "{} is out of date: run UPDATE_DOCS=1 cargo test --test field_registry",
        path.display()
    );
}

const BEGIN: &str = "<!-- BEGIN GENERATED: cargo test --test field_registry -->";
const END: &str = "<!-- END GENERATED -->";

#[test]
fn the_contract_input_table_is_the_registry() {
    let path = Path::new(ROOT).join("docs/json-contract.md");
    let doc = std::fs::read_to_string(&path).expect("docs/json-contract.md");
    let (head, rest) = doc.split_once(BEGIN).expect("BEGIN marker");
    let (_, tail) = rest.split_once(END).expect("END marker");
    check_generated(
        &path,
        &format!("{head}{BEGIN}\n{}{END}{tail}", input_table()),
    );
}

#[test]
fn the_browser_tests_field_list_is_the_registry() {
    let mut out = String::from(
        "// Generated from src/model/input/registry.rs by\n\
         // `UPDATE_DOCS=1 cargo test --test field_registry`: do not edit.\n\n\
         /** Every input field: wire name and its one label. */\n\
         export const FIELDS: { name: string; label: string }[] = [\n",
    );
    for &f in Field::ALL {
        out.push_str(&format!(
            "  {{ name: '{}', label: {} }},\n",
            f.wire(),
            serde_json::to_string(f.label()).unwrap()
        ));
    }
    out.push_str(
        "];\n\n/** The text boxes the form always shows, those inside \"Advanced\" flagged. */\n\
         export const NUMBER_FIELDS: { name: string; advanced: boolean }[] = [\n",
    );
    for &f in Field::ALL {
        let spec = f.spec();
        if spec.control == Control::NumberBox
            && spec.section != smp_calculator::model::input::Section::Region
        {
            out.push_str(&format!(
                "  {{ name: '{}', advanced: {} }},\n",
                f.wire(),
                spec.section.is_advanced()
            ));
        }
    }
    out.push_str("];\n");
    check_generated(&Path::new(ROOT).join("tests/e2e/fields.generated.ts"), &out);
}

/// String literals that equal a wire name but are not a field reference.
const NOT_FIELDS: &[(&str, &str)] = &[
    // Intl.NumberFormat option names.
    ("src/ui/format.rs", "style"),
    ("src/ui/format.rs", "currency"),
    ("src/i18n/en_us.rs", "style"),
    ("src/i18n/en_us.rs", "currency"),
    // The timeline's row of sessions, a chart key.
    ("src/chart/timeline.rs", "sessions"),
    ("src/ui/charts/timeline.rs", "sessions"),
    // The scroll region's ARIA role.
    ("src/ui/results/comparison.rs", "region"),
    ("src/ui/results/trust.rs", "region"),
    ("src/ui/charts/cost_chart.rs", "region"),
    // data-testid values of the results.
    ("src/ui/results/summary.rs", "region"),
    ("src/ui/results/summary.rs", "sessions"),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_wire_name_is_spelled_out_in_src_outside_the_registry() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    let mut found = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(ROOT)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "src/model/input/registry.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Unit tests (at the end of a file) write JSON documents by hand, as callers do.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for name in FIELDS {
            let quoted = format!("\"{name}\"");
            if code.contains(&quoted) && !NOT_FIELDS.contains(&(rel.as_str(), name)) {
                found.push(format!("{rel}: {quoted}"));
            }
        }
    }
    assert!(found.is_empty(), "use Field instead of: {found:#?}");
}

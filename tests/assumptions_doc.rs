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

/// The rows "How is this calculated?" can show (`SHOWN` in src/ui/results/trust.rs): the key,
/// and whether the plan's choices complete it.
const SHOWN: [(&str, bool); 17] = [
    ("price", true),
    ("area_cm2", true),
    ("touch_up.share_of_course", false),
    ("sessions.base", false),
    ("sessions.range", false),
    ("sessions.extra_for_skin", false),
    ("default.longevity_years", false),
    ("fading.skin", true),
    ("fading.sun", true),
    ("fading.style", true),
    ("fading.short_scenario", false),
    ("fading.long_scenario", false),
    ("healing.full_heal_days", false),
    ("hairpiece.unit_price", false),
    ("hairpiece.unit_life_months", false),
    ("hairpiece.maintenance_per_month", false),
    ("fibers.bottle_price", false),
];

#[test]
fn the_widget_shows_the_documented_rows() {
    use smp_calculator::model::currency::Currency;
    let shown = |key: &str| {
        SHOWN.iter().any(|&(k, slotted)| {
            key == k || (slotted && key.strip_prefix(k).is_some_and(|r| r.starts_with('.')))
        })
    };
    let default = Assumptions::default();
    for c in Currency::ALL {
        let a = default.in_currency(c).expect("every currency converts");
        let expected: Vec<_> = a.rows().into_iter().filter(|r| shown(&r.key)).collect();
        assert_eq!(a.shown_rows(), expected, "{c:?}");
        // 15 areas with 3 price levels each, 3 skins, 3 suns, 2 styles and 12 single rows.
        assert_eq!(expected.len(), 15 * 4 + 3 + 3 + 2 + 12, "{c:?}");
    }
}

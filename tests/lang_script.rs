//! The language script (embed/lang.js, shipped as lang/lang.js), run with node: what the wasm's
//! hook gets back for texts, engine texts, counts and the downloads, with small catalogues.
//! The real catalogues go through it in tests/catalogues.rs.
#![cfg(all(not(target_arch = "wasm32"), feature = "languages"))]

mod lang_js;

use lang_js::{count, run, t, CSV, ENGINE, ICS, TEXT};
use serde_json::{json, Value};
use smp_calculator::model::{compute, export, Assumptions, Date, PlanInput};

fn french() -> Value {
    json!(["add", "fr", {
        "": ["a", "b", "c", "d", "e"],
        "Your plan": "Votre plan",
        "{n} sessions": {"one": "{n} séance", "other": "{n} séances"},
        "Sessions": "Séances",
        "{field}: must be at least {min}.": "{field} : au moins {min}.",
        "{field}: {problem}": "{field} — {problem}",
        "Colour {tone} and {shade}": "Couleur {shade} et {tone}",
        "constructor": 7
    }])
}

fn strs(results: &[Value]) -> Vec<Option<&str>> {
    results.iter().map(Value::as_str).collect()
}

#[test]
fn texts_and_counts_and_english_for_what_is_missing() {
    let got = run(&[
        french(),
        t("fr", TEXT, "Your plan"),
        t("fr", TEXT, "Missing"),
        t("fr", TEXT, "{n} sessions"),
        t("fr", TEXT, "toString"),
        t("fr", TEXT, "constructor"),
        count("fr", "{n} sessions", 0),
        count("fr", "{n} sessions", 1),
        count("fr", "{n} sessions", 2),
        // `many` (French millions) is not in the entry: `other`.
        count("fr", "{n} sessions", 2_000_000),
        // Missing keys: nothing, the wasm keeps English and English's choice.
        count("fr", "{n} weeks", 1),
    ]);
    assert_eq!(
        strs(&got[1..]),
        [
            Some("Votre plan"),
            None,
            Some("{n} séances"),
            None,
            None,
            Some("{n} séance"),
            Some("{n} séance"),
            Some("{n} séances"),
            Some("{n} séances"),
            None,
        ]
    );
}

#[test]
fn engine_text_is_matched_against_placeholder_keys() {
    let cases = [
        ("Your plan", Some("Votre plan")),
        // The most specific key wins; the captured label is a key and is translated too.
        (
            "Sessions: must be at least 2.",
            Some("Séances : au moins 2."),
        ),
        ("Sessions: too many", Some("Séances — too many")),
        ("Colour dark and ash", Some("Couleur ash et dark")),
        // A count chooses its plural form.
        ("1 sessions", Some("1 séance")),
        ("4 sessions", Some("4 séances")),
        // Nothing fits: nothing (the wasm keeps the text); a hole never matches nothing.
        ("Unknown text", None),
        (" sessions", None),
        (": must be at least 2.", None),
    ];
    let mut calls = vec![french()];
    calls.extend(cases.iter().map(|(text, _)| t("fr", ENGINE, text)));
    let got = run(&calls);
    let want: Vec<Option<&str>> = cases.iter().map(|(_, w)| *w).collect();
    assert_eq!(strs(&got[1..]), want);
}

fn plan() -> smp_calculator::model::Plan {
    let today = Date::new(2026, 11, 24).unwrap();
    compute(&PlanInput::default(), &Assumptions::default(), today).unwrap()
}

fn german() -> Value {
    json!(["add", "de", {
        "Year": "Jahr",
        "SMP low ({code})": "Haarpigmentierung niedrig ({code})",
        "SMP session {number} of {count}": "Sitzung {number} von {count}, Haarpigmentierung",
        "SMP full result": "Endergebnis"
    }])
}

#[test]
fn csv_header_and_ics_summaries_follow_the_language_numbers_do_not() {
    let plan = plan();
    let csv_en = export::csv(&plan);
    let ics_en = export::ics(&plan, "20261124T101010Z");
    let quoted = "Year,\"Fibers, \"\"premium\"\" (USD)\",\"\",Hairpiece (USD)\r\n1,2\r\n";
    let got = run(&[
        german(),
        t("de", CSV, &csv_en),
        t("de", ICS, &ics_en),
        t("de", CSV, quoted),
        // No catalogue in effect: nothing (English as it is).
        json!(["t", "xx", CSV, csv_en]),
    ]);
    let csv_de = got[1].as_str().expect("CSV");
    let ics_de = got[2].as_str().expect("ics");
    let (header, rows) = csv_de.split_once("\r\n").unwrap();
    assert!(header.starts_with("Jahr,Haarpigmentierung niedrig (USD),SMP typical (USD)"));
    assert_eq!(rows, csv_en.split_once("\r\n").unwrap().1);
    // A cell the language lacks is written back as it came, quotes and all.
    assert_eq!(
        got[3],
        "Jahr,\"Fibers, \"\"premium\"\" (USD)\",,Hairpiece (USD)\r\n1,2\r\n"
    );
    assert_eq!(got[4], Value::Null);
    // The comma in the translation is escaped and the long line folded.
    assert!(ics_de.contains("SUMMARY:Sitzung 1 von "), "{ics_de}");
    assert!(ics_de.contains("\\, Haarpigme"), "{ics_de}");
    assert!(ics_de.contains("SUMMARY:Endergebnis\r\n"));
    assert!(ics_de.split("\r\n").all(|l| l.len() <= 75));
    let dates = |s: &str| s.lines().filter(|l| l.starts_with("DTSTART")).count();
    assert_eq!(dates(ics_de), dates(&ics_en));
    // Unfolding and unescaping give back what was translated; the rest is the engine's.
    let summary = ics_de.replace("\r\n ", "");
    assert!(summary.contains("DESCRIPTION:Estimated cost of this session: USD "));
    let untranslated: Vec<&str> = ics_en
        .split("\r\n")
        .filter(|l| {
            !l.starts_with("SUMMARY") && !l.starts_with("DESCRIPTION") && !l.starts_with(' ')
        })
        .collect();
    for line in untranslated {
        assert!(ics_de.contains(line), "{line}");
    }
}

/// The English files through a catalogue with nothing to translate come back byte for byte.
#[test]
fn files_without_translations_are_unchanged() {
    let plan = plan();
    let csv_en = export::csv(&plan);
    let ics_en = export::ics(&plan, "20261124T101010Z");
    let got = run(&[
        json!(["add", "es", {}]),
        t("es", CSV, &csv_en),
        t("es", ICS, &ics_en),
    ]);
    assert_eq!(got[1], csv_en.as_str());
    assert_eq!(got[2], ics_en.as_str());
}

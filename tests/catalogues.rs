//! The text catalogues (lang/<code>.json, #15). Keys are English texts (gettext style):
//! - the literal text arguments of every `tr`, `trf` and `trn` call in `src/` and
//!   `configurator/src/` (a `trn` entry is keyed by its `other` text and holds plural forms);
//! - the engine's English texts shown through `tr_text` (field labels, hints and units, option
//!   and region labels, input messages, notes, reasons, milestones, notices, configuration
//!   warnings, CSV header cells, .ics texts), as templates whose `{name}` placeholders capture
//!   what the engine filled in. [`engine_texts`] produces every one of them from the engine.
//!
//! The tests: English holds exactly the code's keys plus the templates some engine text needs;
//! every language holds every English key and no other, with the same placeholders and its
//! plural categories; every engine text has a key and, through the language script the
//! widget ships (embed/lang.js, run with node), reads in French, Spanish and German without
//! English words left.
//!
//! `UPDATE_CATALOGUES=1 cargo test --test catalogues` rewrites lang/en.json from the code (new
//! code keys added, unused keys dropped, engine texts without a template added as they are)
//! and lists what fr/es/de lack.
// Reads files from the crate directory and runs the language script (embed/lang.js) with node.
#![cfg(all(not(target_arch = "wasm32"), feature = "languages"))]

mod i18n_scan;
mod lang_js;

use i18n_scan::{rel, root, rust_files, scan_file, template_texts};
use serde_json::{json, Map, Value};
use smp_calculator::model::assumptions::Assumptions;
use smp_calculator::model::config;
use smp_calculator::model::errors::{one_of, ErrorCode};
use smp_calculator::model::export;
use smp_calculator::model::input::messages;
use smp_calculator::model::input::registry::{Kind, AREA_IN2};
use smp_calculator::model::input::Field;
use smp_calculator::model::notes::NoteCode;
use smp_calculator::model::number::NumberError;
use smp_calculator::model::options::{Skin, Style, Sun, Tier};
use smp_calculator::model::region::{NamedRegion, Zone};
use smp_calculator::model::schedule::{MilestoneKind, SessionReason};
use smp_calculator::model::share::{self, Unreadable};
use smp_calculator::model::stored;
use smp_calculator::model::{compute_json, Date};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;

/// The languages besides English and the CLDR plural categories their catalogues give for a
/// count (Intl.PluralRules, cardinal, whole numbers): French and Spanish use `many` for
/// millions ("1 000 000 de séances"), German has only `one` and `other`.
const LANGUAGES: [(&str, &[&str]); 3] = [
    ("fr", &["one", "many", "other"]),
    ("es", &["one", "many", "other"]),
    ("de", &["one", "other"]),
];
const ENGLISH_CATEGORIES: &[&str] = &["one", "other"];

fn today() -> Date {
    Date::new(2026, 11, 24).expect("a valid date")
}

// ---------------------------------------------------------------------------------------
// What the code asks for

/// A catalogue key the code names: its English text, and for a count its `one` text.
#[derive(Clone, Debug, PartialEq)]
struct CodeKey {
    one: Option<String>,
    at: String,
}

/// Every key named by a `tr`/`trf`/`trn` call, and every call whose text is not a literal.
fn code_keys() -> (BTreeMap<String, CodeKey>, Vec<String>) {
    let mut keys: BTreeMap<String, CodeKey> = BTreeMap::new();
    let mut problems = Vec::new();
    let files = rust_files("src")
        .into_iter()
        .chain(rust_files("configurator/src"));
    for path in files {
        let name = rel(&path);
        // The text functions themselves pass their argument on, as does `Markup::tpl` the
        // text of a `{t:…}` hole.
        let defining = name.starts_with("src/i18n/") || name == "src/markup.rs";
        let (calls, literals) = scan_file(&path);
        // A template's `{t:…}` holes are `tr` calls written inside it (`draw` is `tpl` with
        // number holes).
        let templates = literals
            .iter()
            .filter(|l| matches!(l.callee.as_deref(), Some("tpl" | "draw")));
        let holes = templates.flat_map(|l| {
            template_texts(&l.text)
                .into_iter()
                .map(|text| i18n_scan::Call {
                    function: "tr".into(),
                    line: l.line,
                    texts: vec![text],
                    problem: None,
                })
        });
        for call in calls.into_iter().chain(holes) {
            let at = format!("{name}:{}", call.line);
            if let Some(problem) = &call.problem {
                if !defining {
                    problems.push(format!("{at}: {problem}"));
                }
                continue;
            }
            let key = match call.texts.as_slice() {
                [_] => CodeKey { one: None, at },
                [one, _] => CodeKey {
                    one: Some(one.clone()),
                    at,
                },
                _ => continue,
            };
            let text = call.texts.last().cloned().unwrap_or_default();
            if let Some(old) = keys.get(&text) {
                if old.one != key.one {
                    problems.push(format!(
                        "{}: \"{text}\" is both a text and a count (or has two `one` forms), also at {}",
                        key.at, old.at
                    ));
                }
                continue;
            }
            keys.insert(text, key);
        }
    }
    (keys, problems)
}

// ---------------------------------------------------------------------------------------
// What the engine shows

/// One English text of the engine.
struct EngineText {
    text: String,
    /// What kind of text it is (for messages).
    from: String,
    /// Written as it is in the engine (a label, a note): its own key, never a template's.
    exact: bool,
}

/// The kinds of text the engine writes as they are, not formatted.
const FIXED: [&str; 13] = [
    "field label",
    "field hint",
    "field unit",
    "number message",
    "option label",
    "region label",
    "note",
    "session reason",
    "milestone",
    "link notice",
    "stored-state notice",
    "comparison label",
    "comparison label in a sentence",
];

/// Every English text the engine hands the UI (or the downloads, or the configurator), each
/// with where it comes from.
fn engine_texts() -> Vec<EngineText> {
    let mut out: Vec<EngineText> = Vec::new();
    let mut add = |text: String, from: &str| {
        if !text.is_empty() && !out.iter().any(|t| t.text == text) {
            // Fixed texts are keys as they are; formatted ones are translated by a template.
            let exact = FIXED.contains(&from);
            out.push(EngineText {
                text,
                from: from.to_string(),
                exact,
            });
        }
    };
    let number_errors = number_errors();
    for &f in Field::ALL {
        let spec = f.spec();
        add(f.label().into(), "field label");
        if let Some(h) = f.hint() {
            let from = if spec.hint.is_some() {
                "field hint"
            } else {
                "range hint"
            };
            add(h, from);
        }
        add(spec.unit.into(), "field unit");
        add(messages::not_text(f).message, "input message");
        add(
            messages::not_a_number(f, ErrorCode::NotANumber).message,
            "input message",
        );
        add(messages::not_whole(f).message, "input message");
        match spec.kind {
            Kind::Money => {
                add(messages::not_minor_units(f).message, "input message");
                add(messages::amount_out_of_range(f).message, "input message");
            }
            Kind::Number { min, max, .. } => {
                add(
                    messages::out_of_range(f, (min, max), spec.unit).message,
                    "input message",
                );
            }
            Kind::Whole { min, max } => add(
                messages::out_of_range(f, (f64::from(min), f64::from(max)), spec.unit).message,
                "input message",
            ),
            Kind::Choice(choices) => add(
                messages::not_one_of(f, &one_of(&choices())).message,
                "input message",
            ),
            Kind::Text => {}
        }
        for e in &number_errors {
            add(messages::unreadable(f, *e).message, "input message");
        }
    }
    add(
        messages::out_of_range(Field::Area, AREA_IN2, "in²").message,
        "input message",
    );
    add(messages::unknown_region().message, "input message");
    add(
        messages::bad_date(Field::StartDate).message,
        "input message",
    );
    add(messages::no_rate("JPY").message, "input message");
    add(messages::area_required().message, "input message");
    for f in [Field::Area, Field::AreaUnit] {
        add(messages::only_with_custom(f).message, "input message");
    }
    add(messages::unknown_field("colour").message, "input message");
    for e in &number_errors {
        add(e.message().into(), "number message");
    }
    for t in Tier::ALL {
        add(t.label().into(), "option label");
    }
    for t in Skin::ALL {
        add(t.label().into(), "option label");
    }
    for t in Sun::ALL {
        add(t.label().into(), "option label");
    }
    for t in Style::ALL {
        add(t.label().into(), "option label");
    }
    for z in Zone::ALL {
        add(z.label().into(), "region label");
    }
    for r in NamedRegion::all() {
        add(r.label(), "stage label");
    }
    for code in note_codes() {
        add(code.text().into(), "note");
    }
    for r in session_reasons() {
        add(r.text().into(), "session reason");
    }
    for m in milestone_kinds() {
        add(m.label().into(), "milestone");
    }
    for why in [
        Unreadable::TooLong,
        Unreadable::TooManyPairs,
        Unreadable::NoVersion,
        Unreadable::OtherVersion,
    ] {
        add(why.message().into(), "link notice");
    }
    let a = Assumptions::default();
    for fragment in ["v=1&tier=gold", "v=1&tier=gold&skin=scaly&sun=none"] {
        let notice = share::decode(fragment, &a, today()).notice;
        add(
            notice.expect("a notice for a bad link"),
            "link count notice",
        );
    }
    add(stored::UNREADABLE.into(), "stored-state notice");
    for doc in [
        r#"{"version":1,"input":{"tier":"gold"}}"#,
        r#"{"version":1,"input":{"tier":"gold","skin":"scaly"}}"#,
    ] {
        let notice = stored::decode(doc, &a, today()).notice;
        add(
            notice.expect("a notice for bad stored inputs"),
            "stored-state count notice",
        );
    }
    for json in ["[]", "{"] {
        for e in compute_json(json, &a, today()).err().unwrap_or_default() {
            add(e.message, "JSON input error");
        }
    }
    for w in config_warnings() {
        add(w, "configuration warning");
    }
    for json in PLANS {
        let plan = compute_json(json, &a, today()).expect("a plan");
        add(plan.region.label.clone(), "plan region label");
        for c in &plan.comparisons {
            add(c.label.into(), "comparison label");
            // The widget lower-cases it mid-sentence ("costs less than hair fibers"), and a
            // translation may need an article there: its own key.
            add(
                c.label.to_ascii_lowercase(),
                "comparison label in a sentence",
            );
        }
        for cell in csv_header(&export::csv(&plan)) {
            add(cell, "CSV header");
        }
        for (name, text) in ics_texts(&export::ics(&plan, "20261124T120000Z")) {
            add(text, &format!(".ics {name}"));
        }
        for s in &plan.sessions.items {
            for m in &s.milestones {
                add(m.label.into(), "milestone");
            }
        }
        for r in &plan.sessions.reasons {
            add(r.text.into(), "session reason");
        }
        for n in &plan.notes {
            add(n.text.into(), "note");
        }
    }
    out
}

/// Plans that between them show every comparison, both hairpiece kinds and a custom region.
const PLANS: [&str; 3] = [
    r#"{"region":"crown","start_date":"2026-12-01","transplant_cost_minor":800000,"medication_per_month_minor":3000}"#,
    r#"{"region":"full","tier":"budget","start_date":"2026-12-01","horizon_years":4}"#,
    r#"{"region":"custom","area":50,"start_date":"2026-12-01"}"#,
];

fn number_errors() -> Vec<NumberError> {
    let mut all = vec![
        NumberError::NotANumber,
        NumberError::TooLong,
        NumberError::Exponent,
        NumberError::Grouping,
        NumberError::MultipleDots,
        NumberError::TooManyDigits,
        NumberError::TooLarge,
        NumberError::UnknownCurrency,
    ];
    all.extend((0..=4).map(NumberError::TooManyDecimals));
    // A new variant fails to compile here until it is listed above.
    for e in &all {
        match e {
            NumberError::NotANumber
            | NumberError::TooLong
            | NumberError::Exponent
            | NumberError::Grouping
            | NumberError::MultipleDots
            | NumberError::TooManyDigits
            | NumberError::TooManyDecimals(_)
            | NumberError::TooLarge
            | NumberError::UnknownCurrency => {}
        }
    }
    all
}

fn note_codes() -> Vec<NoteCode> {
    use NoteCode::*;
    let all = vec![
        ChooseTechnician,
        ExtremeHairLoss,
        FibersNeedHair,
        HairpieceNotForScar,
        PackagePrice,
        PerSessionPrice,
        PricesConverted,
        PricesConvertedFromClinic,
        AlternativesConverted,
        OilySkin,
        NoShavingNeeded,
        ScarCamouflage,
        HighSun,
        SoftStyle,
        FolliclesUnaffected,
        Aftercare,
        SideEffects,
    ];
    for c in &all {
        match c {
            ChooseTechnician
            | ExtremeHairLoss
            | FibersNeedHair
            | HairpieceNotForScar
            | PackagePrice
            | PerSessionPrice
            | PricesConverted
            | PricesConvertedFromClinic
            | AlternativesConverted
            | OilySkin
            | NoShavingNeeded
            | ScarCamouflage
            | HighSun
            | SoftStyle
            | FolliclesUnaffected
            | Aftercare
            | SideEffects => {}
        }
    }
    all
}

fn session_reasons() -> Vec<SessionReason> {
    use SessionReason::*;
    let all = vec![Base, LargeArea, ScarTissue, Skin, SetByVisitor];
    for r in &all {
        match r {
            Base | LargeArea | ScarTissue | Skin | SetByVisitor => {}
        }
    }
    all
}

fn milestone_kinds() -> Vec<MilestoneKind> {
    use MilestoneKind::*;
    let all = vec![NoSweat, SunAvoid, Healed];
    for m in &all {
        match m {
            NoSweat | SunAvoid | Healed => {}
        }
    }
    all
}

/// Configurations that between them draw every warning the parser gives.
fn config_warnings() -> Vec<String> {
    let big = format!(
        "{{\"clinic_name\":\"{}\"}}",
        "x".repeat(config::MAX_CONFIG_BYTES)
    );
    let long_name = "n".repeat(config::MAX_NAME_CHARS + 1);
    let bad = format!(
        r#"{{
        "colour": "red",
        "clinic_name": "{long_name}",
        "locale": "not a tag",
        "booking_url": "javascript:alert(1)",
        "comparisons": ["fibers", "wigs"],
        "currency": "JPY",
        "pricing": "hourly",
        "prices": {{
            "atlantis": {{}},
            "crown": {{"gold": [1, 2, 3], "standard": [3, 2, 1]}},
            "hairline": 7,
            "touch_up": {{"atlantis": {{}}, "crown": {{"budget": [1, 2, 3]}}}}
        }},
        "session_prices": {{"atlantis": {{}}}},
        "defaults": {{"sessions": 3, "tier": "gold", "skin": 7, "longevity_years": 99}}
    }}"#
    );
    let texts: Vec<String> = vec![
        big,
        "[1]".into(),
        "{".into(),
        bad,
        r#"{"clinic_name": 7, "comparisons": "all", "prices": [], "session_prices": 1, "defaults": 1}"#.into(),
        r#"{"prices": {"touch_up": 5}}"#.into(),
        r#"{"defaults": {"region": "custom", "area": 100}}"#.into(),
    ];
    let mut out = Vec::new();
    for text in texts {
        let (_, warnings) = config::parse(Some(&text), &[], today());
        out.extend(warnings);
    }
    out
}

/// The first record of a CSV text, unquoted.
fn csv_header(csv: &str) -> Vec<String> {
    let line = csv.lines().next().unwrap_or("");
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// SUMMARY and DESCRIPTION values of an iCalendar text, unfolded and unescaped.
fn ics_texts(ics: &str) -> Vec<(String, String)> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = Vec::new();
    for line in unfolded.split("\r\n") {
        for name in ["SUMMARY", "DESCRIPTION"] {
            if let Some(value) = line.strip_prefix(&format!("{name}:")) {
                let text = value
                    .replace("\\n", "\n")
                    .replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\\\", "\\");
                out.push((name.to_lowercase(), text));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Templates: the language script's own matching (the most specific key wins)

/// The names of `text`'s `{name}` placeholders.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.insert(rest[open + 1..open + close].to_string());
        rest = &rest[open + close + 1..];
    }
    out
}

/// For each engine text, the key among `keys` that translates it and what its placeholders
/// hold, as the language script chooses (one node run).
fn keys_for(keys: &[&str], texts: &[EngineText]) -> Vec<Option<lang_js::Found>> {
    let texts: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    lang_js::keys_for(keys, &texts)
}

// ---------------------------------------------------------------------------------------
// The catalogues

fn catalogue_path(tag: &str) -> std::path::PathBuf {
    root().join("lang").join(format!("{tag}.json"))
}

fn catalogue(tag: &str) -> Map<String, Value> {
    let path = catalogue_path(tag);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => panic!("{}: not a JSON object", path.display()),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Every text of an entry: the text, or each plural form.
fn entry_texts(v: &Value) -> Vec<&str> {
    match v {
        Value::String(s) => vec![s.as_str()],
        Value::Object(forms) => forms.values().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// What en.json should be: the code's keys, and the engine's texts by the templates English
/// already has (or as they are, when none fits).
/// The keys of `a` that `b` does not have.
fn lacking<'a>(a: &'a Map<String, Value>, b: &Map<String, Value>) -> Vec<&'a String> {
    a.keys().filter(|k| !b.contains_key(*k)).collect()
}

fn expected_english(current: &Map<String, Value>) -> Map<String, Value> {
    let (code, _) = code_keys();
    let mut out = Map::new();
    for (key, k) in &code {
        let value = match &k.one {
            None => Value::String(key.clone()),
            Some(one) => {
                let mut forms = Map::new();
                forms.insert("one".into(), Value::String(one.clone()));
                forms.insert("other".into(), Value::String(key.clone()));
                Value::Object(forms)
            }
        };
        out.insert(key.clone(), value);
    }
    let keys: Vec<&str> = current
        .keys()
        .chain(code.keys())
        .map(String::as_str)
        .collect();
    let texts = engine_texts();
    let found = keys_for(&keys, &texts);
    for (t, found) in texts.into_iter().zip(found) {
        let key = match found {
            Some((k, _)) if !t.exact => k,
            _ => t.text,
        };
        if !out.contains_key(&key) {
            out.insert(key.clone(), Value::String(key));
        }
    }
    out
}

fn write_catalogue(tag: &str, map: &Map<String, Value>) {
    let text = serde_json::to_string_pretty(map).expect("JSON text") + "\n";
    fs::write(catalogue_path(tag), text).expect("writable lang/");
}

fn updating() -> bool {
    std::env::var_os("UPDATE_CATALOGUES").is_some()
}

#[test]
fn text_arguments_are_literals() {
    let (_, problems) = code_keys();
    assert!(
        problems.is_empty(),
        "tr/trf/trn take their English text as a string literal (it is the catalogue key):\n{}",
        problems.join("\n")
    );
}

#[test]
fn english_holds_exactly_the_code_and_engine_keys() {
    let current = catalogue("en");
    let expected = expected_english(&current);
    if updating() {
        write_catalogue("en", &expected);
        for (tag, _) in LANGUAGES {
            let other = catalogue(tag);
            let missing: Vec<&String> = lacking(&expected, &other);
            let extra: Vec<&String> = lacking(&other, &expected);
            println!("lang/{tag}.json lacks {} keys: {missing:#?}", missing.len());
            println!(
                "lang/{tag}.json has {} keys English no longer has: {extra:#?}",
                extra.len()
            );
        }
        return;
    }
    let missing: Vec<&String> = lacking(&expected, &current);
    let unused: Vec<&String> = lacking(&current, &expected);
    let wrong: Vec<&String> = expected
        .iter()
        .filter(|(k, v)| current.get(*k).is_some_and(|c| c != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        missing.is_empty() && unused.is_empty() && wrong.is_empty(),
        "lang/en.json is out of date (run UPDATE_CATALOGUES=1 cargo test --test catalogues):\n\
         missing: {missing:#?}\nunused: {unused:#?}\nother English than the code: {wrong:#?}"
    );
}

#[test]
fn every_engine_text_has_an_english_key() {
    let en = catalogue("en");
    let (code, _) = code_keys();
    let keys: Vec<&str> = en.keys().map(String::as_str).collect();
    let mut exact = 0;
    let mut templated = 0;
    let mut missing = Vec::new();
    let texts = engine_texts();
    for (t, found) in texts.iter().zip(keys_for(&keys, &texts)) {
        match found {
            Some((k, _)) if k == t.text => exact += 1,
            Some(_) if !t.exact => templated += 1,
            _ => missing.push(format!("{}: {}", t.from, t.text)),
        }
    }
    assert!(
        missing.is_empty(),
        "engine texts no key of lang/en.json translates:\n{}",
        missing.join("\n")
    );
    // The generator covers every kind of text (a broken generator would pass vacuously).
    assert!(
        exact > 80 && templated > 200,
        "{exact} exact, {templated} by template"
    );
    assert!(en.len() >= code.len());
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let en = catalogue("en");
    for (tag, _) in LANGUAGES {
        let other = catalogue(tag);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "lang/{tag}.json: missing {missing:#?}\nkeys English does not have: {extra:#?}"
        );
    }
}

#[test]
fn translations_keep_the_placeholders_and_plural_forms() {
    let en = catalogue("en");
    let mut problems = Vec::new();
    for (key, value) in &en {
        let wanted = placeholders(key);
        match value {
            Value::String(s) if *s == *key => {}
            Value::Object(forms) => {
                let cats: Vec<&str> = forms.keys().map(String::as_str).collect();
                if cats != ENGLISH_CATEGORIES {
                    problems.push(format!("en: {key}: categories {cats:?}"));
                }
            }
            _ => problems.push(format!("en: {key}: the value is not the key")),
        }
        for (tag, categories) in LANGUAGES {
            let other = catalogue(tag);
            let Some(v) = other.get(key) else { continue };
            match (value, v) {
                (Value::String(_), Value::String(_)) => {}
                (Value::Object(_), Value::Object(forms)) => {
                    let mut cats: Vec<&str> = forms.keys().map(String::as_str).collect();
                    let mut want = categories.to_vec();
                    cats.sort_unstable();
                    want.sort_unstable();
                    if cats != want {
                        problems.push(format!("{tag}: {key}: categories {cats:?}, want {want:?}"));
                    }
                }
                _ => problems.push(format!(
                    "{tag}: {key}: not the same kind of entry as English"
                )),
            }
            for text in entry_texts(v) {
                if text.trim().is_empty() {
                    problems.push(format!("{tag}: {key}: empty"));
                }
                // A count's `one` form may leave out `{n}` ("une séance"); nothing else may.
                let got = placeholders(text);
                let ok = got == wanted || (value.is_object() && got.is_subset(&wanted));
                if !ok {
                    problems.push(format!(
                        "{tag}: {key}: placeholders {got:?}, want {wanted:?}"
                    ));
                }
            }
        }
        for text in entry_texts(value) {
            if placeholders(text) != wanted && !value.is_object() {
                problems.push(format!("en: {key}: placeholders"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Letters-only words of three letters or more, lower-cased.
fn words(text: &str) -> BTreeSet<String> {
    let mut plain = text.to_string();
    for p in placeholders(text) {
        plain = plain.replace(&format!("{{{p}}}"), " ");
    }
    plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// English words no French, Spanish or German text has: a translation holding one is (partly)
/// English.
const ENGLISH_ONLY: [&str; 30] = [
    "the", "and", "must", "with", "your", "you", "for", "this", "that", "are", "not", "from",
    "only", "were", "have", "has", "can", "about", "over", "each", "what", "which", "when", "than",
    "been", "should", "could", "would", "their", "its",
];

fn english_only(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| ENGLISH_ONLY.contains(&w.as_str()))
        .collect()
}

#[test]
fn translations_are_not_english() {
    let en = catalogue("en");
    for (tag, _) in LANGUAGES {
        let other = catalogue(tag);
        let same: Vec<&String> = other
            .iter()
            .filter(|(k, v)| en.get(*k) == Some(*v) && words(k).len() > 1)
            .map(|(k, _)| k)
            .collect();
        assert!(same.is_empty(), "lang/{tag}.json copies English: {same:#?}");
        let partly: Vec<String> = other
            .iter()
            .flat_map(|(k, v)| {
                entry_texts(v)
                    .into_iter()
                    .filter(|t| !english_only(t).is_empty())
                    .map(move |t| format!("{k:?}: {t:?}"))
            })
            .collect();
        assert!(
            partly.is_empty(),
            "lang/{tag}.json has English words in: {partly:#?}"
        );
    }
}

/// Every key of every catalogue, read by the language script: its text (a count's `other`).
#[test]
fn the_language_script_reads_every_catalogue() {
    for tag in LANGUAGES.map(|(t, _)| t).into_iter().chain(["en"]) {
        let json = catalogue(tag);
        let mut calls = vec![json!(["source", tag])];
        calls.extend(json.keys().map(|k| lang_js::t(tag, lang_js::TEXT, k)));
        let got = lang_js::run(&calls);
        for ((key, value), got) in json.iter().zip(&got[1..]) {
            let want = match value {
                Value::Object(forms) => &forms["other"],
                v => v,
            };
            assert_eq!(got, want, "{tag}: {key}");
        }
    }
}

/// Every engine text, through the language script's `tr_text` matching, reads in the
/// language: no English word of its key's fixed text, or of a captured text that is itself a
/// key (a field's label inside a message), is left unless the translation has that word too
/// ("Normal", "Standard"). Captured data (amounts, names, a JSON parser's detail) stays as it is.
#[test]
fn every_engine_text_is_translated_through_tr_text() {
    let en = catalogue("en");
    let keys: Vec<&str> = en.keys().map(String::as_str).collect();
    let mut problems = Vec::new();
    let texts = engine_texts();
    let found = keys_for(&keys, &texts);
    for (tag, _) in LANGUAGES {
        let json = catalogue(tag);
        let mut calls = vec![json!(["source", tag])];
        calls.extend(
            texts
                .iter()
                .map(|t| lang_js::t(tag, lang_js::ENGINE, &t.text)),
        );
        let translated = lang_js::run(&calls);
        let translated_words = |key: &str| -> BTreeSet<String> {
            json.get(key)
                .map(|v| entry_texts(v).into_iter().flat_map(words).collect())
                .unwrap_or_default()
        };
        for ((t, found), out) in texts.iter().zip(&found).zip(&translated[1..]) {
            let Some((key, caps)) = found else {
                problems.push(format!("{tag}: no key for {:?}", t.text));
                continue;
            };
            let Some(out) = out.as_str() else {
                problems.push(format!("{tag}: {:?} not translated", t.text));
                continue;
            };
            let mut english = words(key);
            let mut allowed = translated_words(key);
            for (_, part) in caps {
                if en.contains_key(part) {
                    english.extend(words(part));
                    allowed.extend(translated_words(part));
                }
            }
            // What the engine filled in (not a key) is data, kept as it is.
            let mut own = out.to_string();
            for (_, part) in caps {
                if !en.contains_key(part) {
                    own = own.replace(part.as_str(), " ");
                }
            }
            let left: Vec<String> = words(out)
                .into_iter()
                .filter(|w| english.contains(w) && !allowed.contains(w))
                .chain(english_only(&own))
                .collect();
            if !left.is_empty() {
                problems.push(format!("{tag}: {:?} -> {out:?} keeps {left:?}", t.text));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "engine texts left in English:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_key_scanner_reads_multiline_calls_and_escapes() {
    let code = r##"
        fn view(n: i64, label: &str) -> String {
            let a = tr("Say \"hi\" \u{2013} now");
            let b = trf(
                "{n} of {total}",
                &[("n", "2"), ("total", "3")],
            );
            let c = i18n::trn(
                i64::from(n.max(1)),
                "{n} week apart",
                "{n} weeks \
                 apart",
                &[],
            );
            let d = tr(r#"Raw "quoted""#);
            let e = tr(label); // not a literal
            let f = self.tr("method, not ours");
            // tr("a comment")
            format!("{a}{b}{c}{d}{e}{f}")
        }
        fn tr(en: &'static str) -> &'static str { en }
        #[cfg(test)]
        mod tests { fn t() { tr("test only"); } }
    "##;
    let (calls, _) = i18n_scan::scan(&i18n_scan::tokens(code));
    let texts: Vec<Vec<String>> = calls.iter().map(|c| c.texts.clone()).collect();
    let expect: Vec<Vec<String>> = vec![
        vec!["Say \"hi\" – now".into()],
        vec!["{n} of {total}".into()],
        vec!["{n} week apart".into(), "{n} weeks apart".into()],
        vec!["Raw \"quoted\"".into()],
        vec![],
    ];
    assert_eq!(texts, expect);
    assert!(calls[..4].iter().all(|c| c.problem.is_none()));
    assert!(calls[4].problem.as_deref().unwrap_or("").contains("label"));
    assert_eq!(calls[2].function, "trn");
}

#[test]
fn the_key_scanner_reads_template_text_holes() {
    let code = r##"
        fn t(m: &mut Markup) {
            m.tpl(r#"<h2 id="{}">{t:Your plan}</h2><p title="{t:Say "hi"}">{}</p>"#, &[a, b]);
            m.tpl("<li>{t: (estimate)}</li>{x}", &[]);
            let not_a_template = rest.strip_prefix("{t:");
        }
        #[cfg(test)]
        mod tests { fn t() { m.tpl("<p>{t:test only}</p>", &[]); } }
    "##;
    let (_, literals) = i18n_scan::scan(&i18n_scan::tokens(code));
    let texts: Vec<String> = literals
        .iter()
        .filter(|l| l.callee.as_deref() == Some("tpl"))
        .flat_map(|l| template_texts(&l.text))
        .collect();
    assert_eq!(texts, ["Your plan", "Say \"hi\"", " (estimate)"]);
}

/// The categories each catalogue must give a count are those the language's rules
/// (Intl.PluralRules, which the language script uses) produce for whole numbers.
#[test]
fn plural_categories_are_the_languages_own() {
    let counts: Vec<i64> = (0..=1_000)
        .chain([1_000_000, 2_000_000, 1_000_001])
        .collect();
    for (tag, wanted) in LANGUAGES.into_iter().chain([("en", ENGLISH_CATEGORIES)]) {
        let calls: Vec<Value> = counts.iter().map(|n| json!(["category", tag, n])).collect();
        let results = lang_js::run(&calls);
        let mut got: Vec<&str> = results.iter().filter_map(Value::as_str).collect();
        got.sort_unstable();
        got.dedup();
        let mut want: Vec<&str> = wanted.to_vec();
        want.sort_unstable();
        assert_eq!(got, want, "{tag}");
    }
}

/// Every count text of every catalogue, through the language script, takes the form the
/// language's rules choose: French and Spanish millions `many`, French 0 `one`, German 0
/// `other`; no "1 sessions".
#[test]
fn counts_take_the_languages_plural_form() {
    let en = catalogue("en");
    let plural: Vec<&String> = en
        .iter()
        .filter(|(_, v)| v.is_object())
        .map(|(k, _)| k)
        .collect();
    assert!(plural.len() >= 5, "{} count texts", plural.len());
    let counts = [0_i64, 1, 2, 5, 21, 1_000_000];
    for (tag, _) in LANGUAGES.into_iter().chain([("en", ENGLISH_CATEGORIES)]) {
        let json = catalogue(tag);
        let mut calls = vec![json!(["source", tag])];
        for key in &plural {
            for n in counts {
                calls.push(json!(["category", tag, n]));
                calls.push(lang_js::count(tag, key, n));
            }
        }
        let results = lang_js::run(&calls);
        let mut results = results[1..].chunks(2);
        for key in &plural {
            let forms = json[key.as_str()].as_object().expect("plural forms");
            for n in counts {
                let [category, got] = results.next().expect("a result") else {
                    unreachable!()
                };
                let category = category.as_str().expect("a category");
                let want = forms.get(category).unwrap_or(&forms["other"]);
                assert_eq!(got, want, "{tag}: {key} for {n} ({category})");
            }
        }
    }
    let one = |tag: &str, n: i64| lang_js::run(&[json!(["category", tag, n])])[0].clone();
    assert_eq!(one("fr", 0), "one");
    assert_eq!(one("fr", 1_000_000), "many");
    assert_eq!(one("es", 1_000_000), "many");
    assert_eq!(one("de", 0), "other");
    assert_eq!(one("de", 1), "one");
}

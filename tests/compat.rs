//! What earlier releases wrote must still read the same: shared links, saved settings and JSON
//! contract documents saved from a release (tests/fixtures/compat/) load to the same inputs,
//! notices and plans, natively and in the browser (where the wasm's own JSON route runs).
//!
//! The fixtures were written once by the release they describe (`COMPAT_WRITE=1 cargo test
//! --test compat`) and are never rewritten to make a change pass: a difference here means a
//! link or a saved setting that a visitor already has would now read differently.

use serde_json::{json, Value};
use smp_calculator::model::{compute_json, config, share, stored, Assumptions, Date};

const LINKS: &str = include_str!("fixtures/compat/share-links.json");
const STORED: &str = include_str!("fixtures/compat/stored.json");
const API: &str = include_str!("fixtures/compat/json-api.json");

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

/// Numbers compared by value: `6` and `6.0` are one JSON number (the browser prints the first,
/// serde_json the second for an `f64`).
fn by_value(v: Value) -> Value {
    match v {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(by_value).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, by_value(v))).collect())
        }
        other => other,
    }
}

fn link_case(fragment: &str) -> Value {
    let d = share::decode(fragment, &Assumptions::default(), today());
    json!({
        "fragment": fragment,
        "input": d.input,
        "rejected": d.rejected,
        "notice": d.notice,
        "encoded_again": share::encode(&d.input),
    })
}

fn stored_case(document: &str) -> Value {
    let r = stored::decode(document, &Assumptions::default(), today());
    json!({
        "document": document,
        "input": r.input,
        "notice": r.notice,
        "migrated": r.migrated,
    })
}

/// What `SmpCalculator.computePlanJson(input, config)` returns (src/embed/mod.rs), as a value.
fn api_case(input: &str, config_text: Option<&str>) -> Value {
    let (cfg, warnings) = match config_text {
        Some(text) => config::parse(Some(text), &[], today()),
        None => (config::ClinicConfig::default(), Vec::new()),
    };
    let mut out = match compute_json(input, &cfg.assumptions, today()) {
        Ok(mut plan) => {
            cfg.filter_plan(&mut plan);
            json!({ "plan": plan })
        }
        Err(errors) => json!({ "errors": errors }),
    };
    if !warnings.is_empty() {
        out["warnings"] = json!(warnings);
    }
    json!({ "input": input, "config": config_text, "output": out })
}

fn cases(fixture: &str) -> Vec<Value> {
    match serde_json::from_str::<Value>(fixture).expect("fixture is JSON") {
        Value::Array(items) => items,
        _ => panic!("fixture is not an array"),
    }
}

fn text(v: &Value, key: &str) -> String {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is text"))
        .to_string()
}

/// A document that is not JSON at all is refused with code `malformed`; the message's detail
/// is the JSON parser's own wording (serde_json natively, the browser's `JSON.parse` in the
/// wasm), which is not part of the contract, so only its opening is compared.
fn parser_wording_dropped(v: Value) -> Value {
    match v {
        Value::Object(mut map) => {
            if map.get("code").and_then(Value::as_str) == Some("malformed") {
                if let Some(Value::String(m)) = map.get_mut("message") {
                    if let Some((head, _)) = m.split_once(':') {
                        *m = head.to_string();
                    }
                }
            }
            Value::Object(
                map.into_iter()
                    .map(|(k, v)| (k, parser_wording_dropped(v)))
                    .collect(),
            )
        }
        Value::Array(items) => {
            Value::Array(items.into_iter().map(parser_wording_dropped).collect())
        }
        other => other,
    }
}

fn check(name: &str, fixture: &str, run: impl Fn(&Value) -> Value) {
    let all = cases(fixture);
    assert!(all.len() >= 5, "{name}: too few cases");
    for (i, saved) in all.iter().enumerate() {
        let now = run(saved);
        assert_eq!(
            parser_wording_dropped(by_value(now)),
            parser_wording_dropped(by_value(saved.clone())),
            "{name} case {i} reads differently now"
        );
    }
}

fn check_links() {
    check("share-links", LINKS, |c| link_case(&text(c, "fragment")));
}

fn check_stored() {
    check("stored", STORED, |c| stored_case(&text(c, "document")));
}

fn check_api() {
    check("json-api", API, |c| {
        api_case(&text(c, "input"), c["config"].as_str())
    });
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::*;

    #[test]
    fn saved_links_still_load_the_same() {
        check_links();
    }

    #[test]
    fn saved_settings_still_load_the_same() {
        check_stored();
    }

    #[test]
    fn saved_json_api_documents_still_compute_the_same() {
        check_api();
    }

    /// Rewrites the fixtures from the current code: only for a release that adds cases, never
    /// to make a change pass.
    #[test]
    fn write_fixtures_when_asked() {
        if std::env::var_os("COMPAT_WRITE").is_none() {
            return;
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/compat");
        std::fs::create_dir_all(dir).unwrap();
        let inputs = input_samples();
        let mut links: Vec<String> = corpus("fragment");
        let mut documents: Vec<String> = corpus("stored");
        for json in &inputs {
            if let Ok(input) = smp_calculator::model::PlanInput::from_json(json) {
                links.push(share::encode(&input));
                documents.push(stored::encode(&input));
            }
        }
        links.extend(
            [
                "",
                "v=1",
                "v=2&tier=budget",
                "v=1&inflation_percent=-0",
                "v=1&longevity_years=1e1&inflation_percent=0.1&sales_tax_percent=8.25",
                "v=1&longevity_years=5.000000000000001",
                "v=1&transplant_cost_minor=99999999999999999999",
                "v=1&horizon_years=12.0&area=1E2&region=custom",
                "smp=frame-2&v=1&tier=budget",
                "v=1&region=crown&region=top",
            ]
            .map(String::from),
        );
        documents.extend(
            [
                "",
                "null",
                "[]",
                "{\"version\":1}",
                "{\"version\":1,\"input\":{\"longevity_years\":1e1,\"inflation_percent\":-0.0}}",
                "{\"version\":1,\"input\":{\"inflation_percent\":0.30000000000000004}}",
                "{\"version\":1.5,\"input\":{}}",
                "{\"version\":1,\"input\":{\"fibers_bottle_price_minor\":1e20}}",
                "{\"version\":1,\"input\":{\"tier\":\"budget\",\"tier\":\"premium\"}}",
                "{\"version\":1,\"input\":{\"region\":\"crown\"}} trailing",
                "{\"version\":1,\"input\":{\"clinic\":\"\\u00e9\\ud83d\\ude00\"}}",
            ]
            .map(String::from),
        );
        let configs = corpus("config");
        let mut api: Vec<Value> = inputs.iter().map(|i| api_case(i, None)).collect();
        for c in &configs {
            api.push(api_case(&inputs[0], Some(c)));
            api.push(api_case("{}", Some(c)));
        }
        let links: Vec<Value> = links.iter().map(|f| link_case(f)).collect();
        let documents: Vec<Value> = documents.iter().map(|d| stored_case(d)).collect();
        for (name, cases) in [
            ("share-links.json", links),
            ("stored.json", documents),
            ("json-api.json", api),
        ] {
            let text = serde_json::to_string_pretty(&cases).unwrap() + "\n";
            std::fs::write(format!("{dir}/{name}"), text).unwrap();
        }
    }

    fn corpus(kind: &str) -> Vec<String> {
        let dir = format!("{}/tests/fuzz-corpus/{kind}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// JSON contract inputs: the documented ones, every field, decimals that need their
    /// shortest exact form, the ends of the ranges, and wrong ones.
    fn input_samples() -> Vec<String> {
        let doc = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/json-contract.md"
        ))
        .unwrap();
        let example = |name: &str| {
            let after = doc
                .split_once(&format!("<!-- example:{name} -->"))
                .unwrap()
                .1;
            let body = after.split_once("```json\n").unwrap().1;
            body.split_once("```").unwrap().0.to_string()
        };
        let mut out = vec![example("input"), example("bad-input"), "{}".to_string()];
        out.extend(
            [
                r#"{"region":"custom","area":120.5,"area_unit":"in2","tier":"premium","longevity_years":15.01,"inflation_percent":3.3,"sales_tax_percent":8.25}"#,
                r#"{"region":"norwood-4","tier":"budget","skin":"dry","sun":"low","style":"defined","sessions":4,"session_gap_weeks":2,"horizon_years":15,"currency":"EUR","inflation_percent":0.1,"sales_tax_percent":30,"fibers_bottle_price_minor":100000000,"fibers_days_per_bottle":365,"fibers_extras_per_month_minor":0}"#,
                r#"{"region":"ludwig-2","start_date":"2026-12-31","longevity_years":2,"horizon_years":4,"inflation_percent":20.004,"transplant_cost_minor":0}"#,
                r#"{"region":"custom","area":5,"currency":"GBP","longevity_years":1e1,"inflation_percent":-0.0}"#,
                r#"{"region":"hairline","longevity_years":4.999999999999999,"inflation_percent":0.30000000000000004,"sales_tax_percent":1e-7}"#,
                r#"{"fibers_bottle_price_minor":1e20,"transplant_cost_minor":-1,"horizon_years":10.5,"sessions":"3"}"#,
                r#"{"fibers_bottle_price_minor":18446744073709551616,"tier":null,"skin":[],"sun":{}}"#,
                r#"[1,2]"#,
                r#""text""#,
                r#"{"region":"crown""#,
                r#"{"region":"crown"} {}"#,
                r#"{"tier":"budget","tier":"premium"}"#,
                r#"{"colour":"red","shade":1}"#,
            ]
            .map(String::from),
        );
        out
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn saved_links_still_load_the_same() {
        check_links();
    }

    #[wasm_bindgen_test]
    fn saved_settings_still_load_the_same() {
        check_stored();
    }

    #[wasm_bindgen_test]
    fn saved_json_api_documents_still_compute_the_same() {
        check_api();
    }
}

//! JSON text through the platform (`smp_calculator::jsontext`): serde_json natively, the
//! browser's JSON.parse / JSON.stringify in the wasm. The same assertions run on both, so the
//! two routes are held to one behaviour: numbers exact both ways, -0 and non-finite values
//! handled, deep nesting refused, output that serde_json reads back to the same value.

use serde::Serialize;
use smp_calculator::jsontext;
use smp_calculator::model::decimal::{parse, shortest};
use smp_calculator::model::value::Value;
use smp_calculator::model::{compute, Assumptions, Date, PlanInput};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// Awkward doubles: shortest forms of 17 digits, ulp neighbours, subnormals, the ends of the
/// range, powers of ten around both layouts' switch points, and a spread of bit patterns.
fn samples() -> Vec<f64> {
    let mut out = vec![
        0.0,
        -0.0,
        0.1,
        0.2,
        0.30000000000000004,
        1.0 / 3.0,
        2.5,
        8.25,
        15.01,
        118.334_333_267_076_59,
        4.999999999999999,
        5.000000000000001,
        9_007_199_254_740_992.0,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        -1.7976931348623157e308,
        1e-7,
        1.5e-7,
        1e-6,
        1e-5,
        1e15,
        1e16,
        1e20,
        1e21,
        1e22,
    ];
    let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2000 {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        let x = f64::from_bits(bits);
        if x.is_finite() {
            out.push(x);
        }
    }
    out
}

#[test]
fn every_double_round_trips_through_its_shortest_text() {
    for x in samples() {
        let text = shortest(x);
        let back = parse(&text).unwrap_or_else(|| panic!("{text} does not read back"));
        assert_eq!(back.to_bits(), x.to_bits(), "{text}");
    }
}

#[test]
fn shortest_text_is_the_same_on_both_platforms_where_values_live() {
    for (x, text) in [
        (0.0, "0"),
        (-0.0, "-0"),
        (5.0, "5"),
        (-2.25, "-2.25"),
        (0.1, "0.1"),
        (0.30000000000000004, "0.30000000000000004"),
        (15.01, "15.01"),
        (0.00001, "0.00001"),
        (1.5e-7, "1.5e-7"),
        (9_007_199_254_740_992.0, "9007199254740992"),
        (1e21, "1e+21"),
        (f64::NAN, "0"),
        (f64::INFINITY, "0"),
    ] {
        assert_eq!(shortest(x), text, "{x}");
    }
}

#[test]
fn number_text_is_json_syntax_only() {
    assert_eq!(parse("12.5"), Some(12.5));
    assert_eq!(parse("-0").map(f64::to_bits), Some((-0.0f64).to_bits()));
    assert_eq!(parse("1E2"), Some(100.0));
    assert_eq!(
        parse("2.2250738585072011e-308"),
        Some(2.225_073_858_507_201e-308)
    );
    for bad in [
        "", " 1", "1 ", "+1", ".5", "5.", "007", "inf", "Infinity", "NaN", "1e400", "-1e400",
        "1,5", "0x10", "\"5\"", "true", "null", "[1]", "1 2",
    ] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
}

#[test]
fn documents_read_to_values() {
    let v =
        jsontext::parse(r#"{"b":[1,2.5,-0,true,null,"é😀\n"],"a":{"x":1e2},"b":7}"#).expect("JSON");
    let Value::Object(map) = &v else {
        panic!("object")
    };
    let keys: Vec<&str> = map.keys().map(String::as_str).collect();
    assert_eq!(keys, ["a", "b"], "key order, one value per key");
    assert_eq!(
        map.get("b"),
        Some(&Value::Number(7.0)),
        "the last duplicate wins"
    );
    let Some(Value::Object(a)) = map.get("a") else {
        panic!("a is an object")
    };
    assert_eq!(a.get("x").and_then(Value::as_i64), Some(100));
    let v = jsontext::parse(r#"[1,2.5,-0,true,null,"é😀\n",9007199254740993]"#).unwrap();
    let Value::Array(items) = v else {
        panic!("array")
    };
    assert_eq!(items[1], Value::Number(2.5));
    assert!(matches!(items[2], Value::Number(z) if z == 0.0 && z.is_sign_negative()));
    assert_eq!(items[3], Value::Bool(true));
    assert_eq!(items[4], Value::Null);
    assert_eq!(items[5], Value::String("é😀\n".into()));
    assert_eq!(
        items[6].as_i64(),
        Some(9007199254740992),
        "past 2^53 as f64"
    );
}

#[test]
fn broken_and_hostile_documents_are_errors() {
    for bad in [
        "",
        "{",
        "{\"a\":1,}",
        "[1] [2]",
        "{'a':1}",
        "NaN",
        "undefined",
        "{\"a\":01}",
    ] {
        let e = jsontext::parse(bad).expect_err(bad);
        assert!(!e.is_empty(), "{bad:?} has a message");
    }
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    assert!(jsontext::parse(&deep).is_err(), "nesting is limited");
    let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(jsontext::parse(&ok).is_ok());
}

#[derive(Serialize)]
struct Sample {
    text: &'static str,
    none: Option<u8>,
    whole: f64,
    minor: i64,
    neg_zero: f64,
    nan: f64,
    list: Vec<u32>,
    unit: Kind,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    LargeArea,
}

#[test]
fn output_reads_back_as_the_same_value() {
    let s = Sample {
        text: "a \"quote\" \\ é 😀 \u{1}",
        none: None,
        whole: 6.0,
        minor: 9_007_199_254_740_991,
        neg_zero: -0.0,
        nan: f64::NAN,
        list: vec![1, 2],
        unit: Kind::LargeArea,
    };
    let text = jsontext::to_string(&s).expect("serialisable");
    let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(back["text"], "a \"quote\" \\ é 😀 \u{1}");
    assert_eq!(
        back["none"],
        serde_json::Value::Null,
        "None is null, not dropped"
    );
    assert_eq!(back["whole"].as_f64(), Some(6.0));
    assert_eq!(back["minor"].as_i64(), Some(9_007_199_254_740_991));
    assert_eq!(back["neg_zero"].as_f64(), Some(0.0));
    assert_eq!(back["nan"], serde_json::Value::Null, "non-finite is null");
    assert_eq!(back["list"], serde_json::json!([1, 2]));
    assert_eq!(back["unit"], "large_area");
    let keys: Vec<&str> = back
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 8);
}

#[test]
fn a_plan_survives_the_trip_exactly() {
    let today = Date::new(2026, 11, 24).unwrap();
    let input = PlanInput::from_json(
        r#"{"region":"custom","area":118.33433326707659,"inflation_percent":0.30000000000000004,"sales_tax_percent":8.25}"#,
    )
    .unwrap();
    let plan = compute(&input, &Assumptions::default(), today).unwrap();
    let text = jsontext::to_string(&plan).expect("plan serialises");
    let ours: serde_json::Value = serde_json::from_str(&text).unwrap();
    let reference = serde_json::to_value(&plan).unwrap();
    assert_eq!(by_value(ours), by_value(reference));
    let echoed = jsontext::to_string(&plan.inputs).unwrap();
    assert_eq!(PlanInput::from_json(&echoed).unwrap(), plan.inputs);
}

fn by_value(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        J::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(J::Null, J::Number),
        J::Array(items) => J::Array(items.into_iter().map(by_value).collect()),
        J::Object(map) => J::Object(map.into_iter().map(|(k, v)| (k, by_value(v))).collect()),
        other => other,
    }
}

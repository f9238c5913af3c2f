//! The shipped language script (embed/lang.js) run under node (tests/lib/lang-run.mjs), for
//! the language tests: translating has one implementation, the one visitors get.
#![allow(dead_code)] // each test crate uses its own part

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

/// The results of `calls` (see tests/lib/lang-run.mjs), in one node run.
pub fn run(calls: &[Value]) -> Vec<Value> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut child = Command::new("node")
        .arg(format!("{root}/tests/lib/lang-run.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node runs (scripts/setup.sh installs it)");
    let input = serde_json::to_vec(calls).expect("JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("node reads its calls");
    let out = child.wait_with_output().expect("node ends");
    assert!(out.status.success(), "tests/lib/lang-run.mjs failed");
    let Value::Array(results) = serde_json::from_slice(&out.stdout).expect("JSON results") else {
        panic!("lang-run: not an array");
    };
    assert_eq!(results.len(), calls.len());
    results
}

/// What the hook (`SmpLang.t`) is asked for: see embed/lang.js and src/i18n/mod.rs.
pub const TEXT: u32 = 1;
pub const ENGINE: u32 = 2;
pub const COUNT: u32 = 3;
pub const CSV: u32 = 4;
pub const ICS: u32 = 5;

pub fn t(tag: &str, kind: u32, text: &str) -> Value {
    json!(["t", tag, kind, text])
}

pub fn count(tag: &str, key: &str, n: i64) -> Value {
    json!(["t", tag, COUNT, key, n])
}

/// The key that translates a text and what its placeholders hold (name, text).
pub type Found = (String, Vec<(String, String)>);

/// For each text, the key among `keys` that translates it (itself, else the most specific
/// template) and what its placeholders hold; `None` when no key fits.
pub fn keys_for(keys: &[&str], texts: &[&str]) -> Vec<Option<Found>> {
    // A catalogue of just those keys, under a tag no real catalogue uses.
    let catalogue: serde_json::Map<String, Value> =
        keys.iter().map(|k| (k.to_string(), json!(k))).collect();
    let mut calls = vec![json!(["add", "en-001", catalogue])];
    calls.extend(texts.iter().map(|t| json!(["match", "en-001", t])));
    run(&calls)
        .into_iter()
        .skip(1)
        .map(|r| serde_json::from_value::<Found>(r).ok())
        .collect()
}

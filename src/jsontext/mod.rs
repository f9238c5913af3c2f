//! JSON text in and out, by the platform: serde_json natively (tests, the `plan_json` example,
//! benches), the browser's `JSON.parse` / `JSON.stringify` in the wasm. The wasm so carries no
//! JSON parser or printer of its own; the engine reads [`crate::model::value::Value`] and
//! writes through serde's `Serialize`, which both sides share.
//!
//! Both sides agree on what a document means; what differs is only wording and spelling: a
//! parse error's detail is the parser's own, and the browser prints a whole `f64` as `6`
//! where serde_json prints `6.0` (one JSON number either way).

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(target_arch = "wasm32")]
use browser as platform;
#[cfg(not(target_arch = "wasm32"))]
use native as platform;

use crate::model::value::Value;

/// Nesting deeper than this is refused (serde_json's own limit), so a hostile document cannot
/// exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// A JSON document, or the parser's message saying why it is not one.
pub fn parse(text: &str) -> Result<Value, String> {
    platform::parse(text)
}

/// `value` as compact JSON text; `None` only if it cannot be JSON (a map with non-text keys,
/// an integer beyond 2^53 in the wasm), which the engine's types never are.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Option<String> {
    platform::to_string(value)
}

/// A finite `f64` as JSON text, the shortest form that reads back exactly: serde_json's
/// (`5.0`, `0.1`, `1e+16`, `1.5e-7`) natively, JavaScript's (`5`, `0.1`, `10000000000000000`,
/// `1.5e-7`) in the wasm. Callers drop a trailing `.0`; from 1e-5 to 1e16 the two then agree.
pub fn number(x: f64) -> String {
    platform::number(x)
}

/// The JSON number `text` (nothing around it), correctly rounded; `None` for anything else.
/// Beyond `f64` (`1e400`) the browser reads infinity where serde_json refuses: callers keep
/// finite values only.
pub fn parse_number(text: &str) -> Option<f64> {
    platform::parse_number(text)
}

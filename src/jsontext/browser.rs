//! The browser's `JSON.parse` / `JSON.stringify`, with serde-wasm-bindgen between JavaScript
//! values and Rust types on the way out. The way in walks the parsed value with js-sys rather
//! than serde: serde's error path would bring Rust's float formatting into the wasm.

use crate::model::value::{Map, Value};
use wasm_bindgen::{JsCast, JsValue};

pub fn parse(text: &str) -> Result<Value, String> {
    let js = js_sys::JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => "not JSON".to_string(),
    })?;
    from_js(&js, 0).ok_or_else(|| "nested too deeply".to_string())
}

/// `None` when nested deeper than [`super::MAX_DEPTH`].
fn from_js(js: &JsValue, depth: usize) -> Option<Value> {
    if depth > super::MAX_DEPTH {
        return None;
    }
    Some(if let Some(n) = js.as_f64() {
        Value::Number(n)
    } else if let Some(s) = js.as_string() {
        Value::String(s)
    } else if let Some(b) = js.as_bool() {
        Value::Bool(b)
    } else if let Some(items) = js.dyn_ref::<js_sys::Array>() {
        let mut out = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            out.push(from_js(&item, depth + 1)?);
        }
        Value::Array(out)
    } else if js.is_object() {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(js.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            map.insert(key, from_js(&pair.get(1), depth + 1)?);
        }
        Value::Object(map)
    } else {
        Value::Null
    })
}

pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Option<String> {
    // JSON's shapes: maps as objects, `None` and `()` as null (not `undefined`, which
    // JSON.stringify would drop), and integers as numbers.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

/// JavaScript's `String(x)`: the same shortest digits as serde_json (both pick the shortest
/// text that reads back, closest to the value) and the same layout from 1e-5 to 1e16, where
/// every field's values lie; outside it JavaScript writes `1e-6` as `0.000001` and `1e16` in
/// full, which read back the same. Only `-0` needs its sign put back.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    let text = js_sys::Number::from(x)
        .to_string_with_radix(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    if x == 0.0 && x.is_sign_negative() {
        return "-0".to_string();
    }
    text
}

pub fn parse_number(text: &str) -> Option<f64> {
    js_sys::JSON::parse(text).ok()?.as_f64()
}

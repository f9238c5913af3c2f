//! JavaScript values built through imports the engine floor has anyway (`new Array`, an
//! indexed set, `Reflect.set`). Each distinct web-sys or js-sys method is an import of its
//! own: a JS shim, an import entry and glue, about 26 B gzip of the shipped widget.

use js_sys::Array;
use wasm_bindgen::JsValue;

/// `[a, b, …]`, as `Array.of` builds it (which is one import per arity).
pub fn array(items: &[&JsValue]) -> Array {
    let out = Array::new();
    for (i, item) in (0u32..).zip(items) {
        out.set(i, JsValue::clone(item));
    }
    out
}

/// `target[key] = value`, for dictionary members (a `CustomEventInit`'s `bubbles`, …) that
/// web-sys sets through one import each. A frozen or non-object target is left as it is.
pub fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn builds_arrays_and_sets_members() {
        let a = array(&[&JsValue::from_str("x"), &JsValue::from_f64(2.0)]);
        assert_eq!(a.length(), 2);
        assert_eq!(a.get(0).as_string().as_deref(), Some("x"));
        assert_eq!(a.get(1).as_f64(), Some(2.0));
        assert_eq!(array(&[]).length(), 0);
        let o = js_sys::Object::new();
        set(&o, "bubbles", &JsValue::TRUE);
        assert_eq!(
            js_sys::Reflect::get(&o, &"bubbles".into()).unwrap(),
            JsValue::TRUE
        );
        set(&JsValue::UNDEFINED, "x", &JsValue::TRUE);
    }
}

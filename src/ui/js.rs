//! JavaScript values built through imports the engine floor has anyway (`Reflect.set`).
//! Each distinct web-sys or js-sys method is an import of its own: a JS shim,
//! an import entry and glue, about 26 B gzip of the shipped widget.

use wasm_bindgen::JsValue;

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
    fn sets_members() {
        let o = js_sys::Object::new();
        set(&o, "bubbles", &JsValue::TRUE);
        assert_eq!(
            js_sys::Reflect::get(&o, &"bubbles".into()).unwrap(),
            JsValue::TRUE
        );
        set(&JsValue::UNDEFINED, "x", &JsValue::TRUE);
    }
}

//! JavaScript calls through imports of their own kind: `Reflect.get`, `Reflect.apply`, and
//! what the engine floor has anyway (`Reflect.set`, `new Array` + indexed set). Each distinct
//! web-sys or js-sys method is an import of its own: a JS shim, an import entry and glue,
//! about 26 B gzip of the shipped widget, where a call by name costs its name's bytes.

use js_sys::{Array, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// `target[key] = value`, for dictionary members (a `CustomEventInit`'s `bubbles`, …) that
/// web-sys sets through one import each. A frozen or non-object target is left as it is.
pub fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// `target[key]`; `None` when it is undefined or reading it throws (a blocked `localStorage`,
/// a target that is no object). A null is returned: calling on it or reading from it fails.
pub fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// `target[key]` as a number; 0 when it is missing or no number (`clientWidth`, …).
pub fn number(target: &JsValue, key: &str) -> f64 {
    get(target, key).and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// `console[level](message)` (`warn`, `error`), by name: an import of its own otherwise.
pub fn console(level: &str, message: &JsValue) {
    if let Some(console) = get(&js_sys::global(), "console") {
        let _ = call(&console, level, &[message]);
    }
}

/// `console.warn` of a message about the widget, after its name (the configuration's and the
/// locale's warnings).
pub fn warn(message: &str) {
    console("warn", &["smp-calculator: ", message].concat().into());
}

/// `el.insertAdjacentHTML(place, html)`.
pub fn insert_html(el: &JsValue, place: &str, html: &str) {
    let _ = call(el, "insertAdjacentHTML", &[&place.into(), &html.into()]);
}

/// `target.method()`, its result unread (`remove`, `preventDefault`, …).
pub fn run(target: &JsValue, method: &str) {
    let _ = call(target, method, &[]);
}

/// `el.querySelector(selector)`.
pub fn find(el: &JsValue, selector: &str) -> Option<web_sys::Element> {
    element(call(el, "querySelector", &[&selector.into()]))
}

/// `el.closest(selector)`.
pub fn closest(el: &JsValue, selector: &str) -> Option<web_sys::Element> {
    element(call(el, "closest", &[&selector.into()]))
}

/// An element found, or none for a null: told by `is_object`, an import the engine floor has
/// (`is_null` would be one of the widget's own).
fn element(found: Result<JsValue, JsValue>) -> Option<web_sys::Element> {
    found
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

/// An element's first element child.
pub fn first_child(el: &JsValue) -> Option<web_sys::Element> {
    get(el, "firstElementChild")
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

/// A node's `textContent`.
pub fn text(node: &JsValue) -> Option<String> {
    get(node, "textContent").and_then(|v| v.as_string())
}

/// Sets a node's `textContent`.
pub fn set_text(node: &JsValue, text: &str) {
    set(node, "textContent", &text.into());
}

/// `target[method](...args)`; `Err` when there is no such method or it throws.
pub fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f = Reflect::get(target, &JsValue::from_str(method))?;
    Reflect::apply::<fn() -> JsValue>(f.unchecked_ref(), target, &array(args))
}

/// Fires a `CustomEvent` of type `kind` made with `init` on `target`.
pub fn dispatch(target: &JsValue, kind: &str, init: &JsValue) {
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, init.unchecked_ref()) {
        let _ = call(target, "dispatchEvent", &[&event]);
    }
}

/// Adds a capturing listener for `kind` events on `target`, for the page's life (mounted
/// apps are never unmounted, so a listener holds what it acts on). Its closure has the
/// type of Yew's own listeners (each closure type costs its glue in the wasm), and it is
/// added by name (gloo's `EventListener` took three imports of its own).
pub fn listen(target: &JsValue, kind: &str, f: impl Fn(&web_sys::Event) + 'static) {
    let f: Closure<dyn Fn(&web_sys::Event)> = Closure::wrap(Box::new(f));
    let _ = call(
        target,
        "addEventListener",
        &[&kind.into(), f.as_ref(), &JsValue::TRUE],
    );
    std::mem::forget(f);
}

/// A `setTimeout` cancelled when dropped (gloo's `Timeout` took two imports of its own). Its
/// closure has the listeners' type, so that no other closure type brings its glue: the timer
/// passes no event, and `f` is given an undefined one.
pub struct Timeout {
    id: JsValue,
    _f: Closure<dyn Fn(&web_sys::Event)>,
}

impl Timeout {
    pub fn new(ms: u32, f: impl Fn(&web_sys::Event) + 'static) -> Self {
        let f: Closure<dyn Fn(&web_sys::Event)> = Closure::wrap(Box::new(f));
        let id = call(&js_sys::global(), "setTimeout", &[f.as_ref(), &ms.into()]);
        Timeout {
            id: id.unwrap_or_default(),
            _f: f,
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        let _ = call(&js_sys::global(), "clearTimeout", &[&self.id]);
    }
}

fn array(items: &[&JsValue]) -> Array {
    let list = Array::new();
    for (i, item) in (0u32..).zip(items) {
        list.set(i, JsValue::clone(item));
    }
    list
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
        assert_eq!(get(&o, "bubbles"), Some(JsValue::TRUE));
        set(&JsValue::UNDEFINED, "x", &JsValue::TRUE);
    }

    #[wasm_bindgen_test]
    fn gets_and_calls_by_name() {
        assert_eq!(get(&JsValue::UNDEFINED, "x"), None);
        assert_eq!(get(&js_sys::Object::new(), "x"), None);
        let list: JsValue = Array::new().into();
        let one = JsValue::from_f64(1.0);
        let two = JsValue::from_f64(2.0);
        call(&list, "push", &[&one, &two]).unwrap();
        let joined = call(&list, "join", &[&"-".into()]).unwrap();
        assert_eq!(joined.as_string().as_deref(), Some("1-2"));
        assert!(call(&list, "nothing", &[]).is_err());
    }

    #[wasm_bindgen_test]
    fn reads_and_writes_nodes_by_name() {
        let el = gloo::utils::document().create_element("div").unwrap();
        assert!(first_child(&el).is_none());
        insert_html(&el, "beforeend", "<p>one</p><p>two</p>");
        let p = first_child(&el).unwrap();
        assert_eq!(text(&p).as_deref(), Some("one"));
        set_text(&p, "three");
        assert_eq!(text(&el).as_deref(), Some("threetwo"));
        run(&p, "remove");
        assert_eq!(text(&el).as_deref(), Some("two"));
        assert_eq!(number(&el, "childElementCount"), 1.0);
        assert_eq!(number(&el, "nothing"), 0.0);
    }
}

//! The JavaScript face of the widget (wasm only). The loader (`embed/loader.js`, appended to
//! wasm-bindgen's glue at build time) calls these; host pages reach them through
//! `window.SmpCalculator` and the `<smp-calculator>` element.

use crate::model::config;
use crate::model::{compute_json, Date};
use crate::ui::{js, App, AppProps};
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn today() -> Date {
    crate::ui::today().unwrap_or(Date::CLOCK_FALLBACK)
}

/// `[[name, value], …]`, the host element's attributes as the loader lists them (no JSON text
/// to print and parse again).
fn attributes(pairs: &js_sys::Array) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for i in 0..pairs.length() {
        let pair: js_sys::Array = pairs.get(i).unchecked_into();
        if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((name, value));
        }
    }
    out
}

/// Renders a calculator into `target` (inside `host`'s shadow root, or `host` itself) with the
/// clinic configuration read from `config_json` (the JSON block's text) and `attributes`,
/// in the language the loader set (`i18n::set_language`). Prints the configuration warnings
/// on the console, as the locale's is (no list handed back to the loader).
#[wasm_bindgen]
pub fn mount(
    target: web_sys::Element,
    host: web_sys::Element,
    config_json: Option<String>,
    attributes: js_sys::Array,
    instance: String,
    storage_key: Option<String>,
) {
    let today = today();
    let (config, warnings) = config::parse(
        config_json.as_deref(),
        &self::attributes(&attributes),
        today,
    );
    let props = AppProps {
        today: Some(today),
        instance: Some(instance),
        config: Rc::new(config),
        host: Some(host),
        storage_key,
    };
    // Mounted apps live as long as the page: their handles are never dropped.
    std::mem::forget(yew::Renderer::<App>::with_root_and_props(target, props).render());
    for w in &warnings {
        js::warn(w);
    }
}

/// `computePlan` for host pages: the input in the JSON contract's form, and optionally a
/// clinic configuration, in; `{"plan": …}` or `{"errors": […]}` (plus any configuration
/// `warnings`) out, as an object in JSON's shapes (maps as objects, `None` as null): what
/// `JSON.parse` of its JSON text gave, without printing and parsing that text.
#[wasm_bindgen(js_name = computePlanJson)]
pub fn compute_plan_json(input_json: &str, config_json: Option<String>) -> JsValue {
    // Without a configuration, `parse` gives the defaults and no warnings.
    let (config, warnings) = config::parse(config_json.as_deref(), &[], today());
    let result = compute_json(input_json, &config.assumptions, today());
    // Set member by member: a struct of the three cost its own serializing code, and the
    // plan's is the `change` event's.
    let answer = js_sys::Object::new();
    let set = |key, value: Result<JsValue, _>| js::set(&answer, key, &value.unwrap_or_default());
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    match result {
        Ok(mut plan) => {
            config.filter_plan(&mut plan);
            set("plan", plan.serialize(&to_js))
        }
        Err(errors) => set("errors", errors.serialize(&to_js)),
    }
    if !warnings.is_empty() {
        set("warnings", warnings.serialize(&to_js));
    }
    answer.into()
}

/// Runs once when the loader initialises the wasm (the binary's `main`). A panic aborts the
/// wasm instance (release builds use `panic = "abort"`), so every widget on the page stops
/// responding: the hook reports it on the console with the widget's name and tells the loader,
/// which replaces each widget with a short message and a reset button (plain JavaScript, which
/// still runs).
pub fn start() {
    // Through Yew, which otherwise installs its own hook when the first widget renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = format!("smp-calculator: {info}");
        let message = JsValue::from_str(&message);
        js::console("error", &message);
        let init = js_sys::Object::new();
        js::set(&init, "detail", &message);
        js::dispatch(&js_sys::global(), "smp-calculator-panic", &init);
    }));
}

//! The configurator page's own wasm (configure.html, docs/embedding.md "Configurator").
//!
//! It links the calculator's model without the widget, so a configuration is checked by the
//! same parser (`smp_calculator::model::config`) a widget applies to it, while neither wasm
//! carries the other's code. The colours (`theme`, [`theme`]) are the configurator's: the
//! widget takes them as `--smp-color-*` custom properties on its element, and frame.html
//! from the `theme` of its fragment; here each text pair is held to WCAG AA.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod theme;
mod view;

use serde_json::{json, Value};
use smp_calculator::model::config;
use smp_calculator::model::Date;

/// `{"config": …, "schema": …, "warnings": […]}` as JSON text for a configuration (JSON text,
/// optionally with `theme`): what the widget's parser makes of it (every price filled in),
/// the colours kept, the choices each field allows, and every warning, each starting with
/// the path of the field it concerns (`prices.crown.premium: …`).
pub fn check(text: &str, today: Date) -> String {
    let mut theme_warnings = Vec::new();
    let mut kept = Vec::new();
    // The widget's parser never sees `theme` (it would call it unknown).
    let for_parser = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(mut map)) => {
            if let Some(t) = map.remove("theme") {
                kept = theme::parse(t, &mut theme_warnings);
            }
            Value::Object(map).to_string()
        }
        _ => text.to_string(),
    };
    let (config, mut warnings) = config::parse(Some(&for_parser), &[], today);
    warnings.extend(theme_warnings);
    let mut out = view::view(&config, &kept);
    out["warnings"] = json!(warnings);
    out.to_string()
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use smp_calculator::model::Date;
    use wasm_bindgen::prelude::*;

    /// [`crate::check`] for configure.js; `today` from the browser's clock.
    #[wasm_bindgen(js_name = checkConfigJson)]
    pub fn check_config_json(text: &str, year: i32, month: u8, day: u8) -> String {
        crate::check(
            text,
            Date::new(year, month, day).unwrap_or(Date::CLOCK_FALLBACK),
        )
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("smp-configurator is the configurator page's wasm: see configurator/Trunk.toml.");
}

//! The JavaScript face of the widget (wasm only): what the loader in `embed/` calls.

use wasm_bindgen::prelude::*;

/// `computePlan` for host pages: input JSON text in, `{"plan": …}` or `{"errors": […]}` out.
#[wasm_bindgen(js_name = computePlanJson)]
pub fn compute_plan_json(input_json: &str) -> String {
    input_json.to_string()
}

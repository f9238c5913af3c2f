//! Yew's hello world plus every entry point of the engine, fed from the page at run time so
//! nothing is folded away: the plan, the JSON contract, the clinic configuration, shared links,
//! stored state and the exports. What this weighs is the floor under any UI written in Yew.

// wasm32 only: natively the model's own tests would come along and need its dev-dependencies.
#[cfg(target_arch = "wasm32")]
#[path = "../../../src/model/mod.rs"]
#[allow(dead_code, unused_imports)]
mod model;

// The JSON text route the engine reads and writes through (the browser's, in the wasm).
#[cfg(target_arch = "wasm32")]
#[path = "../../../src/jsontext/mod.rs"]
#[allow(dead_code)]
mod jsontext;

#[cfg(target_arch = "wasm32")]
mod app {
    use crate::model::{self, config, export, share, stored, Date};
    use wasm_bindgen::prelude::*;

    /// One engine entry point per `kind`, on text from the page.
    #[wasm_bindgen]
    pub fn engine(kind: u8, text: &str, today: u32) -> String {
        let today = Date::from_day_number(i64::from(today)).unwrap_or(Date::CLOCK_FALLBACK);
        let (cfg, warnings) = config::parse(Some(text), &[], today);
        let a = &cfg.assumptions;
        match kind {
            0 => match model::compute_json(text, a, today) {
                Ok(plan) => crate::jsontext::to_string(&plan).unwrap_or_default(),
                Err(e) => crate::jsontext::to_string(&e).unwrap_or_default(),
            },
            1 => share::decode(text, a, today).notice.unwrap_or_default(),
            2 => stored::decode(text, a, today).notice.unwrap_or_default(),
            3 => match model::compute_json(text, a, today) {
                Ok(plan) => export::csv(&plan) + &export::ics(&plan, text),
                Err(_) => String::new(),
            },
            _ => warnings.join("\n"),
        }
    }

    #[yew::function_component]
    pub fn App() -> yew::Html {
        yew::html! { <h1>{ "Hello, Yew" }</h1> }
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::App>::new().render();
}

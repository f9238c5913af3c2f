//! smp-calculator: a scalp-micropigmentation cost and timeline calculator.
//!
//! `model` is the pure calculation engine (no yew / web-sys / js-sys); it is compiled and
//! tested natively. `i18n` looks up visitor-facing text in the visitor's language. `chart` (chart geometry) and `markup` (escaped HTML/SVG text) are pure
//! too. `jsontext` reads and writes JSON text through the platform (serde_json natively, the
//! browser's JSON in the wasm). `ui` is the thin Yew shell, compiled only for wasm32 with the
//! `widget` feature (the default; the configurator crate leaves it out).

pub mod chart;
pub mod i18n;
pub mod jsontext;
pub mod markup;
pub mod model;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;

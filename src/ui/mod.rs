//! The Yew shell: renders what [`crate::model`] computes. No calculation happens here.

mod app;
mod browser;
mod charts;
mod errors;
mod fields;
mod form;
mod format;
mod icons;
mod ids;
mod results;
mod state;
mod toolbar;

pub use app::{App, AppProps};

/// Mounts the calculator on the page's `#smp-calculator` element (or `<body>` if absent).
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("smp-calculator") {
        Some(host) => {
            yew::Renderer::<App>::with_root(host).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

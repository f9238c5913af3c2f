//! The Yew shell: renders a plan computed by [`crate::model`]. No calculation happens here.

mod app;
mod format;

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

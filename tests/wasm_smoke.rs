//! Placeholder browser test: proves `cargo test --target wasm32-unknown-unknown`
//! runs in headless Chromium through wasm-bindgen-test-runner (see scripts/test.sh).
//! The real UI test replaces this body.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn runs_in_a_browser_with_a_dom() {
    let window = gloo::utils::window();
    assert!(window.document().is_some(), "browser window has a document");

    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create a div");
    host.set_id("smp-calculator-smoke");
    gloo::utils::body()
        .append_child(&host)
        .expect("append to <body>");
    assert!(document.get_element_by_id("smp-calculator-smoke").is_some());
    host.remove();
}

//! The Yew component in headless Chromium: mounted on a real DOM, it shows the engine's plan.
#![cfg(target_arch = "wasm32")]

use smp_calculator::model::{compute, Assumptions, Date, PlanInput};
use smp_calculator::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn text(host: &web_sys::Element, test_id: &str) -> String {
    host.query_selector(&format!("[data-testid=\"{test_id}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("no [data-testid={test_id}] in {}", host.inner_html()))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Waits for `selector` to match inside `host`: Yew renders on a later tick, the charts a task
/// after that, and a loaded machine stretches both, so a fixed sleep makes the test flaky.
/// Gives up after five seconds; the assertions that follow then fail with what is there.
async fn until(host: &web_sys::Element, selector: &str) {
    for _ in 0..500 {
        if host.query_selector(selector).ok().flatten().is_some() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

#[wasm_bindgen_test]
async fn mounts_and_shows_the_engines_plan() {
    let today = Date::new(2026, 11, 24).unwrap();
    let expected = compute(&PlanInput::default(), &Assumptions::default(), today).unwrap();

    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&host).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            today: Some(today),
            ..AppProps::default()
        },
    )
    .render();
    until(&host, "[data-testid=sessions-count]").await;

    assert_eq!(
        text(&host, "sessions-count"),
        expected.sessions.count.to_string()
    );
    let major = |minor: i64| (minor / 100).to_string();
    assert_eq!(
        digits(&text(&host, "initial-low")),
        major(expected.initial_cost.low.minor())
    );
    assert_eq!(
        digits(&text(&host, "initial-typical")),
        major(expected.initial_cost.typical.minor())
    );
    assert_eq!(
        digits(&text(&host, "initial-high")),
        major(expected.initial_cost.high.minor())
    );
    assert_eq!(
        digits(&text(&host, "smp-total")),
        major(expected.smp.total.typical.minor())
    );
    assert!(text(&host, "region").contains(&expected.region.label));
    assert!(text(&host, "full-result").contains(&expected.full_result_date.year().to_string()));

    app.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn charts_mark_every_date_and_toggle_to_a_table() {
    let today = Date::new(2026, 11, 24).unwrap();
    let plan = compute(&PlanInput::default(), &Assumptions::default(), today).unwrap();
    let host = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&host).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            today: Some(today),
            instance: Some("charts".into()),
            ..AppProps::default()
        },
    )
    .render();
    // The charts are drawn in the task after the first render (start-up in phases).
    until(&host, "[data-testid=cost-chart]").await;
    until(&host, "[data-testid=timeline-session]").await;

    let count = |selector: &str| {
        host.query_selector_all(selector)
            .map(|l| l.length())
            .unwrap_or(0)
    };
    assert_eq!(
        count("[data-testid=timeline-session]"),
        u32::from(plan.sessions.count)
    );
    let t = &plan.touch_ups;
    let touch_ups = t.short.items.len() + t.typical.items.len() + t.long.items.len();
    assert_eq!(count("[data-testid=timeline-touch-up]") as usize, touch_ups);
    let breaks = plan
        .comparisons
        .iter()
        .filter(|c| c.break_even_month.typical.is_some())
        .count();
    assert_eq!(
        count("[data-testid^=break-even-]:not([data-testid=break-even-list])") as usize,
        breaks
    );
    assert_eq!(count("[data-testid=cost-table]"), 0);

    let toggle: web_sys::HtmlElement = host
        .query_selector("[data-testid=chart-toggle]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    toggle.click();
    until(&host, "[data-testid=cost-table]").await;
    assert_eq!(count("[data-testid=cost-table]"), 1);
    assert_eq!(count("[data-testid=cost-chart]"), 0);
    assert_eq!(
        count("[data-testid=cost-table] tbody tr"),
        plan.horizon.years
    );

    app.destroy();
    host.remove();
}

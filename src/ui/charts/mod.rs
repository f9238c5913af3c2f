//! The result charts, drawn from the geometry in [`crate::chart`].

mod cost_chart;
mod timeline;

pub use cost_chart::{clicked, cost_chart, sync};
pub use timeline::timeline;

use crate::chart::cost::Marker;
use crate::chart::{drawing_width, Frame};
use crate::markup::Markup;
use crate::ui::js;
use yew::prelude::*;

/// The charts' width in drawing units, measured on the first chart box under `root` (the
/// charts share the results' width), so that charts are laid out for the width they are given
/// rather than one drawing scaled down (which shrank their text to 8 px on phones). The box's
/// first child is a ruler twelve text-widths wide (`.smp-chart-ruler`): a drawing unit is a
/// twelfth of the charts' text size, which follows the visitor's font size. Measured after the
/// first render and on each resize.
pub fn measure(root: &web_sys::Element) -> Option<f64> {
    let el = js::find(root, ".smp-chart-box")?;
    let ruler = js::first_child(&el).map_or(0, |r| client_width(&r));
    let w = drawing_width(client_width(&el), ruler);
    (w > 0.0).then_some(w)
}

/// The charts' width guessed before the first render from the width of `host` (the element
/// the widget is mounted in) at the default text size (16 px) and the stylesheet's layout
/// (styles/app.css: 1em around the app, which is at most 76em wide; from a 60rem viewport,
/// the form's 26em column and a 1.5em gap beside the results; the ruler 12 × 0.875em). When
/// the measurement after the first render agrees, start-up renders once; otherwise the
/// measurement lays the charts out again, as it did before this guess.
pub fn first_guess(host: Option<&web_sys::Element>) -> f64 {
    const EM: i32 = 16;
    let viewport = js::number(&js_sys::global(), "innerWidth");
    let app = host.map_or(0, |h| (client_width(h) - 2 * EM).min(76 * EM));
    let column = if viewport >= f64::from(60 * EM) {
        app - 26 * EM - 3 * EM / 2
    } else {
        app
    };
    if column <= 0 {
        // Not laid out: a 360 px phone's column.
        return 320.0;
    }
    drawing_width(column, 12 * EM * 7 / 8)
}

/// An element's `clientWidth`, read by name (an import of its own otherwise).
fn client_width(el: &web_sys::Element) -> i32 {
    js::number(el, "clientWidth") as i32
}

/// A written fragment as a node. Its text is escaped by [`Markup`], so this is the one place
/// where the widget hands the browser markup to parse.
pub fn raw(m: Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(m.finish()))
}

/// A point marker; its shape, not only its colour, tells the series apart. Its class is
/// `class` then `key` (a series' key after its class prefix, or empty).
#[inline(never)]
pub fn marker(m: &mut Markup, shape: Marker, x: f64, y: f64, class: &str, key: &str) {
    let d = match shape {
        Marker::None => return,
        Marker::Circle => "M-3 0 A3 3 0 1 0 3 0 A3 3 0 1 0 -3 0 Z",
        Marker::Square => "M-2.8 -2.8 H2.8 V2.8 H-2.8 Z",
        Marker::Triangle => "M0 -3.6 L3.3 2.4 L-3.3 2.4 Z",
        Marker::Diamond => "M0 -3.6 L3.6 0 L0 3.6 L-3.6 0 Z",
    };
    m.draw(
        r#"<path class="{}{}" transform="translate({1} {1})" d="{}"/>"#,
        &[class, key, d],
        &[x, y],
    );
}

/// Opens `<svg class="smp-chart">` with the frame's viewBox, scaled to its container, with
/// its test id, hidden from assistive technology (the cost chart, an image with a title and
/// a description, writes its own). `</svg>` closes it.
#[inline(never)]
pub fn svg_open(m: &mut Markup, f: Frame, testid: &str) {
    m.draw(
        r#"<svg class="smp-chart" viewBox="0 0 {0} {0}" width="100%" preserveAspectRatio="xMidYMid meet" data-testid="{}" aria-hidden="true" focusable="false">"#,
        &[testid],
        &[f.width, f.height],
    );
}

/// A `<text class="…">` at (x, y), `text-anchor` unless `anchor` is empty, of `lines` one
/// under another, `line` units apart, with `title` (the full text) when the lines had to cut
/// it.
#[inline(never)]
pub fn text_lines(
    m: &mut Markup,
    class: &str,
    [x, y]: [f64; 2],
    anchor: &str,
    lines: &[String],
    line: f64,
    title: Option<&str>,
) {
    m.draw(
        r#"<text class="{}" x="{1}" y="{1}" text-anchor="{?}">"#,
        &[class, anchor],
        &[x, y],
    );
    if let Some(t) = title {
        m.tpl("<title>{}</title>", &[t]);
    }
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            m.draw(r#"<tspan x="{1}" dy="{1}">{}</tspan>"#, &[l], &[x, line]);
        } else {
            m.draw(r#"<tspan x="{1}">{}</tspan>"#, &[l], &[x]);
        }
    }
    m.tpl("</text>", &[]);
}

#[cfg(test)]
mod tests {
    //! The charts' markup for sample plans, at a phone's and a desktop's width: the tags
    //! balance (again checked by `Markup::finish` in debug builds) and the test ids the page
    //! contract names are there.

    use super::*;
    use crate::chart::cost::{CostChart, Options};
    use crate::chart::timeline::{FirstMonths, Timeline};
    use crate::ui::format::Fmt;
    use crate::ui::results::tests::{check, ids, sample_plans};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_charts_and_their_tables_balance() {
        let (fmt, ids) = (Fmt::default(), ids());
        for plan in sample_plans() {
            let compact = |v| fmt.money_compact(v, plan.currency, plan.currency_exponent);
            for width in [320.0, 800.0] {
                for hidden in [vec![], vec!["fibers"]] {
                    let options = Options {
                        width,
                        hidden: &hidden,
                        label: &compact,
                    };
                    let g = CostChart::new(&plan, &options);
                    let mut m = Markup::new();
                    cost_chart::chart(&mut m, &g, &plan, &fmt, &ids, &compact);
                    let html = m.finish();
                    check(&html, &["cost-chart", "series-smp-band"]);
                    for b in &g.break_evens {
                        check(&html, &[&format!("break-even-{}", b.key)]);
                    }
                }
                let mut m = Markup::new();
                timeline::first_months(&mut m, &plan, &FirstMonths::new(&plan, width));
                timeline::chart(&mut m, &plan, &Timeline::new(&plan, width));
                let html = m.finish();
                check(
                    &html,
                    &[
                        "timeline-first-months",
                        "first-months-session",
                        "timeline",
                        "timeline-session",
                    ],
                );
                assert_eq!(
                    html.matches("data-testid=\"first-months-session\"").count(),
                    plan.sessions.items.len()
                );
            }
            let mut m = Markup::new();
            cost_chart::table(&mut m, &plan, &fmt, &ids);
            let html = m.finish();
            check(&html, &["cost-table"]);
            assert_eq!(
                html.matches("<tr>").count(),
                plan.horizon.years as usize + 1
            );
            let mut m = Markup::new();
            timeline::dates(&mut m, &plan, &fmt);
            check(&m.finish(), &[]);
            let mut m = Markup::new();
            timeline::touch_ups(&mut m, &plan, &fmt);
            check(&m.finish(), &[]);
        }
    }

    /// The cost section's buttons keep their markup; `sync` sets what they show after each
    /// render: the toggle's text and pressed state, and which alternatives are shown.
    #[wasm_bindgen_test]
    fn sync_sets_what_the_buttons_show() {
        use crate::model::config::ClinicConfig;
        use crate::model::{Date, PlanInput};
        use crate::ui::state::State;
        use std::rc::Rc;
        let (fmt, _) = Fmt::new(crate::i18n::text_language(), None);
        let today = Date::new(2026, 11, 24).unwrap();
        let config = Rc::new(ClinicConfig::default());
        let mut state = State::new(today, config, PlanInput::default(), None, fmt);
        let plan = state.plan.clone().expect("a plan for the defaults");
        let mut m = Markup::new();
        m.tpl(
            r#"<section class="smp-cost"><button data-testid="chart-toggle">x</button><ul>"#,
            &[],
        );
        cost_chart::legend(&mut m, &plan);
        m.tpl("</ul></section>", &[]);
        let html = m.finish();
        let keys: Vec<&str> = plan.comparisons.iter().map(|c| c.key).collect();
        assert!(keys.len() >= 2, "{keys:?}");
        for key in &keys {
            check(&html, &[&format!("legend-{key}")]);
        }
        let root = gloo::utils::document().create_element("div").unwrap();
        root.set_inner_html(&html);
        let pressed = |id: &str| {
            let b = root
                .query_selector(&format!("[data-testid=\"{id}\"]"))
                .unwrap()
                .unwrap();
            (
                b.get_attribute("aria-pressed").unwrap(),
                b.text_content().unwrap(),
            )
        };
        sync(&root, &state);
        assert_eq!(
            pressed("chart-toggle"),
            ("false".into(), "Show as table".into())
        );
        for key in &keys {
            assert_eq!(pressed(&format!("legend-{key}")).0, "true");
        }
        state.charts.as_table = true;
        state.charts.hidden = vec![keys[0]];
        sync(&root, &state);
        assert_eq!(
            pressed("chart-toggle"),
            ("true".into(), "Show as chart".into())
        );
        assert_eq!(pressed(&format!("legend-{}", keys[0])).0, "false");
        assert_eq!(pressed(&format!("legend-{}", keys[1])).0, "true");
    }
}

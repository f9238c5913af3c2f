//! The result charts, drawn from the geometry in [`crate::chart`].

mod cost_chart;
mod timeline;

pub use cost_chart::{cost_chart, CostView};
pub use timeline::timeline;

use crate::chart::cost::Marker;
use crate::chart::{drawing_width, Frame};
use crate::markup::{Attrs, Markup};
use crate::model::decimal::fixed;
use gloo::events::EventListener;
use yew::prelude::*;

/// Before the first measurement: a 360 px phone's column.
const UNMEASURED_WIDTH: f64 = 320.0;

/// A node to measure (the first chart's box; the charts share the results' width) and its
/// width in the charts' drawing units, read once `drawn` (the node is on the page) and
/// again when the window is resized, so that charts are laid out for the width they are given
/// rather than one drawing scaled down (which shrank their text to 8 px on phones). The node's
/// first child is a ruler twelve text-widths wide (`.smp-chart-ruler`): a drawing unit is a
/// twelfth of the charts' text size, which follows the visitor's font size.
#[hook]
pub fn use_width(drawn: bool) -> (NodeRef, f64) {
    let node = use_node_ref();
    let width = use_state_eq(|| UNMEASURED_WIDTH);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with(drawn, move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let ruler = el.first_element_child().map(|r| r.client_width());
                    let w = drawing_width(el.client_width(), ruler.unwrap_or(0));
                    if w > 0.0 {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    (node, *width)
}

/// A written fragment as a node. Its text is escaped by [`Markup`], so this is the one place
/// where the widget hands the browser markup to parse.
pub fn raw(m: Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(m.finish()))
}

/// A point marker; its shape, not only its colour, tells the series apart.
pub fn marker(m: &mut Markup, shape: Marker, x: f64, y: f64, class: &str) {
    let d = match shape {
        Marker::None => return,
        Marker::Circle => "M-3 0 A3 3 0 1 0 3 0 A3 3 0 1 0 -3 0 Z",
        Marker::Square => "M-2.8 -2.8 H2.8 V2.8 H-2.8 Z",
        Marker::Triangle => "M0 -3.6 L3.3 2.4 L-3.3 2.4 Z",
        Marker::Diamond => "M0 -3.6 L3.6 0 L0 3.6 L-3.6 0 Z",
    };
    let transform = format!("translate({} {})", fixed(x, 1), fixed(y, 1));
    m.leaf(
        "path",
        &[
            ("class", Some(class)),
            ("transform", Some(&transform)),
            ("d", Some(d)),
        ],
    );
}

/// `<svg class="smp-chart">` with the frame's viewBox, scaled to its container, and the
/// chart's own attributes (its test id and how assistive technology should treat it),
/// holding what `body` draws.
pub fn svg_chart(m: &mut Markup, f: Frame, own: &Attrs, body: impl FnOnce(&mut Markup)) {
    let view_box = format!("0 0 {} {}", fixed(f.width, 0), fixed(f.height, 0));
    let mut attrs = vec![
        ("class", Some("smp-chart")),
        ("viewBox", Some(view_box.as_str())),
        ("width", Some("100%")),
        ("preserveAspectRatio", Some("xMidYMid meet")),
    ];
    attrs.extend_from_slice(own);
    m.elem("svg", &attrs, body);
}

/// A straight `<line>` from (x1, y1) to (x2, y2), coordinates already written.
pub fn line(m: &mut Markup, class: &str, [x1, x2, y1, y2]: [&str; 4]) {
    m.leaf(
        "line",
        &[
            ("class", Some(class)),
            ("x1", Some(x1)),
            ("x2", Some(x2)),
            ("y1", Some(y1)),
            ("y2", Some(y2)),
        ],
    );
}

/// A `<text>` (with `attrs`, placed at `x`) of `lines` one under another, `line` units
/// apart, with `title` (the full text) when the lines had to cut it.
pub fn text_lines(
    m: &mut Markup,
    attrs: &Attrs,
    x: &str,
    lines: &[String],
    line: f64,
    title: Option<&str>,
) {
    let dy = fixed(line, 1);
    m.elem("text", attrs, |m| {
        if let Some(t) = title {
            m.el("title", &[], t);
        }
        for (i, l) in lines.iter().enumerate() {
            let at = [("x", Some(x)), ("dy", (i > 0).then_some(dy.as_str()))];
            m.el("tspan", &at, l);
        }
    });
}

//! The result charts, drawn from the geometry in [`crate::chart`].

mod cost_chart;
mod timeline;

pub use cost_chart::CostChart;
pub use timeline::Timeline;

use crate::chart::cost::Marker;
use crate::model::decimal::fixed;
use yew::prelude::*;

/// A point marker; its shape, not only its colour, tells the series apart.
pub fn marker(shape: Marker, x: f64, y: f64, class: &str) -> Html {
    let d = match shape {
        Marker::None => return html! {},
        Marker::Circle => "M-3 0 A3 3 0 1 0 3 0 A3 3 0 1 0 -3 0 Z",
        Marker::Square => "M-2.8 -2.8 H2.8 V2.8 H-2.8 Z",
        Marker::Triangle => "M0 -3.6 L3.3 2.4 L-3.3 2.4 Z",
        Marker::Diamond => "M0 -3.6 L3.6 0 L0 3.6 L-3.6 0 Z",
    };
    html! { <path class={class.to_string()} transform={format!("translate({} {})", fixed(x, 1), fixed(y, 1))} d={d} /> }
}

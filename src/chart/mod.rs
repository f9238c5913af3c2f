//! Chart geometry: scales, ticks, paths and marker positions for the result charts. Pure (no
//! yew or web-sys), so every coordinate is unit-tested natively; `ui::charts` only draws it.
//! Coordinates are f64 pixels in the SVG's viewBox; amounts stay integer minor units until
//! they are placed on an axis.

pub mod cost;
pub mod scale;
pub mod timeline;

use crate::model::decimal::fixed;

/// The drawing area inside a viewBox: margins leave room for axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    pub fn x0(&self) -> f64 {
        self.left
    }
    pub fn x1(&self) -> f64 {
        self.width - self.right
    }
    pub fn y0(&self) -> f64 {
        self.height - self.bottom
    }
    pub fn y1(&self) -> f64 {
        self.top
    }
}

/// `M x y L x y …` with one decimal: short paths, no NaN (non-finite points are skipped).
pub fn polyline(points: &[(f64, f64)]) -> String {
    let mut out = String::with_capacity(points.len() * 14);
    for (x, y) in points
        .iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
    {
        out.push(if out.is_empty() { 'M' } else { 'L' });
        out.push_str(&fixed(*x, 1));
        out.push(' ');
        out.push_str(&fixed(*y, 1));
    }
    out
}

//! The Yew shell: renders what [`crate::model`] computes. No calculation happens here.

mod app;
mod browser;
mod charts;
mod clock;
mod errors;
mod form;
mod format;
mod hooks;
mod icons;
mod ids;
pub(crate) mod js;
mod results;
mod state;
mod toolbar;

pub use app::{App, AppProps};

pub use clock::today;

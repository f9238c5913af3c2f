//! The calculation engine. Pure: no yew, web-sys or js-sys imports, so it builds and is tested
//! natively. Start at [`plan::compute`]; every default lives in [`assumptions`].

pub mod alternatives;
pub mod assumptions;
pub mod bands;
pub mod config;
pub mod currency;
pub mod date;
pub mod decimal;
pub mod errors;
pub mod export;
pub mod form;
pub mod input;
pub mod language;
pub mod longevity;
pub mod money;
pub mod notes;
pub mod number;
pub mod options;
pub mod order;
pub mod plan;
pub mod pricing;
pub mod region;
pub mod schedule;
pub mod share;
pub mod stored;
pub mod timeline;
pub mod value;

pub use assumptions::Assumptions;
pub use date::Date;
pub use errors::FieldError;
pub use input::PlanInput;
pub use plan::{compute, compute_json, Plan};

//! The public input contract: every field optional, validated field by field.
//!
//! [`PlanInput`] is the wire form (JSON, URL state, stored state, form fields all map to it);
//! [`validate()`] turns it into [`Inputs`], the typed values the engine computes with, or the
//! list of every problem found, each naming its field and the allowed range. Every field is
//! described once, in [`registry`]; start there to add or change one.

#[macro_use]
mod wire;
mod check;
mod json;
pub mod messages;
pub mod registry;
mod sanitize;
mod validate;

pub use crate::model::assumptions::{Fibers, Hairpiece};
pub use json::parse_document;
pub use registry::{Field, PlanInput, Section, Spec, WireValue, FIELDS, MAX_AMOUNT_MINOR};
pub use sanitize::sanitize;
pub use validate::{validate, Inputs};

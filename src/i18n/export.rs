//! The engine's CSV and iCalendar files (`model::export`, English) in the visitor's language:
//! the language script (embed/lang.js) translates the CSV header cells and the events'
//! summaries and descriptions; amounts, dates and identifiers stay exactly as the engine wrote
//! them, so the numbers stay machine-readable in every language.

use std::borrow::Cow;

/// `csv` with its header row in the visitor's language; the data rows unchanged.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
pub fn csv(csv: &str) -> Cow<'_, str> {
    super::hook_text(super::kind::CSV, csv)
}

/// `ics` with every SUMMARY and DESCRIPTION in the visitor's language (escaped and folded
/// again by the engine's rules); every other line unchanged.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
pub fn ics(ics: &str) -> Cow<'_, str> {
    super::hook_text(super::kind::ICS, ics)
}

/// English only: the engine's file as it is.
#[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
#[inline(always)]
pub fn csv(csv: &str) -> Cow<'_, str> {
    Cow::Borrowed(csv)
}

/// English only: the engine's file as it is.
#[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
#[inline(always)]
pub fn ics(ics: &str) -> Cow<'_, str> {
    Cow::Borrowed(ics)
}

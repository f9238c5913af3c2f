//! Visitor-facing text. The English text is written where it is used and is its own catalogue
//! key (gettext style): an English visitor downloads no key table and no catalogue, and a
//! translation is looked up only when a catalogue for another language has been installed.
//!
//! Every visitor-facing literal in `src/ui` goes through one of these functions, or is a
//! `{t:…}` hole of a `Markup::tpl` template (src/markup.rs), which `tpl` writes through
//! [`tr`]; the tests collect the literals from the calls (`tr("…")`, `trf("…"`,
//! `trn(n, "…", "…"`) and the templates' `{t:…}` texts to check that every catalogue holds
//! exactly those keys.
//!
//! Placeholders are `{name}`, filled by [`fill`]; a translation may move them.
//!
//! Translating is the language script's (embed/lang.js, served as lang/lang.js beside the
//! script): the loader fetches it, with the visitor's catalogue, only for a visitor in another
//! language, and makes that language the page's ([`set_language`]) before the first render.
//! The wasm only asks it ([`t`]) while such a language is in effect; every widget on a page
//! speaks one language.
//!
//! Without the `languages` feature (default on) the same functions are English only: `tr`
//! returns its text, `tr_text` its input, and there is no hook at all. That build is the size
//! report's yardstick for what languages cost an English visitor. Natively (tests) there is
//! no language script: English too.

pub mod en_us;
pub mod export;
mod pieces;

pub(crate) use pieces::pieces;

use std::borrow::Cow;
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
use std::cell::{Cell, RefCell};

/// The widget's languages; English is built in, the others are `lang/<code>.json`.
pub const LANGUAGES: [&str; 4] = ["en", "fr", "es", "de"];

/// What the hook is asked for (embed/lang.js `t`).
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
mod kind {
    pub const USE: u32 = 0;
    pub const TEXT: u32 = 1;
    pub const ENGINE: u32 = 2;
    pub const COUNT: u32 = 3;
    pub const CSV: u32 = 4;
    pub const ICS: u32 = 5;
}

// The language script (embed/lang.js, served as lang/lang.js) defines `SmpLang` before the
// loader sets a language other than English; it is never called otherwise. An import from a
// global costs the wasm-bindgen module a few lines, where a snippet module would be a file
// every visitor downloads.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_namespace = SmpLang)]
extern "C" {
    fn t(kind: u32, text: &str, n: f64) -> Option<String>;
}

#[cfg(all(target_arch = "wasm32", feature = "languages"))]
thread_local! {
    /// The language in effect; `None`: English.
    static TAG: Cell<Option<&'static str>> = const { Cell::new(None) };
    /// `tr`'s translations so far (English literal -> translation), kept for the page's life
    /// so `tr` can hand out `&'static str`: bounded by the catalogue's keys.
    static TEXTS: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
    /// [`tr`]'s answer. Read from this one place, it costs each of the hundred-odd call sites
    /// fewer bytes, and the same bytes (which compress), than a returned pair would.
    static ANSWER: Cell<&'static str> = const { Cell::new("") };
}

/// The language script's answer for `text`, while a language other than English is in effect.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
#[inline(never)]
fn hook(kind: u32, text: &str, n: f64) -> Option<String> {
    TAG.get()?;
    t(kind, text, n)
}

/// `text` as the language script gives it back, else as it is.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
#[inline(never)]
pub(crate) fn hook_text(kind: u32, text: &str) -> Cow<'_, str> {
    hook(kind, text, 0.0).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The loader's call before it mounts a widget: `lang` (`en`, or a language whose catalogue
/// the language script has loaded) becomes the language of every text from now on. Every
/// widget of a page speaks the language mounted last.
#[cfg(all(target_arch = "wasm32", feature = "widget", feature = "languages"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setLanguage)]
pub fn set_language(lang: String) {
    if TAG.get() != Some(lang.as_str()) {
        TEXTS.with_borrow_mut(Vec::clear);
        let on = lang != "en";
        if on {
            t(kind::USE, &lang, 0.0);
        }
        // Leaked once per change of language.
        TAG.set(on.then(|| &*lang.leak()));
    }
}

/// The language in effect, `en` for English.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
pub fn language() -> &'static str {
    TAG.get().unwrap_or("en")
}

/// English: no other language is in effect.
#[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
pub fn language() -> &'static str {
    "en"
}

/// The language of the widget's text, for its root's `lang` and `dir` and the formatting
/// locale (`model::language::formatting_locale`); the widget's languages are all left to right.
pub fn text_language() -> crate::model::language::Language {
    crate::model::language::Language {
        tag: language(),
        rtl: false,
    }
}

/// The text in the visitor's language, `en` when there is no translation.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
#[inline(always)]
pub fn tr(en: &'static str) -> &'static str {
    answer(en);
    ANSWER.get()
}

/// Puts [`tr`]'s answer in `ANSWER`.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
#[inline(never)]
fn answer(en: &'static str) {
    let text = TAG.get().map_or(en, |_| {
        TEXTS.with_borrow_mut(|texts| {
            if let Some(&(_, known)) = texts.iter().find(|(k, _)| std::ptr::eq(*k, en)) {
                return known;
            }
            let text = t(kind::TEXT, en, 0.0).map_or(en, |s| &*s.leak());
            texts.push((en, text));
            text
        })
    });
    ANSWER.set(text);
}

/// English only: the text itself.
#[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
#[inline(always)]
pub fn tr(en: &'static str) -> &'static str {
    en
}

/// Text that comes from the engine (`src/model`: labels, hints, units, messages, notes,
/// notices), already formatted in English: the language script matches it against the
/// catalogue's keys, whose `{name}` placeholders capture what the engine filled in.
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
pub fn tr_text(text: &str) -> Cow<'_, str> {
    hook_text(kind::ENGINE, text)
}

/// English only: the engine's text as it is.
#[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
#[inline(always)]
pub fn tr_text(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}

/// [`tr`], then the placeholders filled: `trf("{n} of {total}", &[("n", "2"), ("total", "3")])`.
pub fn trf(en: &'static str, args: &[(&str, &str)]) -> String {
    fill(tr(en), None, args)
}

/// A count's text: `one` or `other` in English (`other` is the catalogue key), the form the
/// language's plural rules choose for `n` otherwise (`other` when the catalogue lacks that
/// category); `{n}` and `args` filled.
pub fn trn(n: i64, one: &'static str, other: &'static str, args: &[(&str, &str)]) -> String {
    #[cfg(all(target_arch = "wasm32", feature = "languages"))]
    let chosen = hook(kind::COUNT, other, n as f64);
    #[cfg(not(all(target_arch = "wasm32", feature = "languages")))]
    let chosen: Option<String> = None;
    let text = chosen
        .as_deref()
        .unwrap_or_else(|| english_count(n, one, other));
    fill(text, Some(&n.to_string()), args)
}

/// English's own choice, for texts no catalogue holds.
pub(crate) fn english_count<'a>(n: i64, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// `{name}` replaced by its value, `{n}` by `count` when there is one (before `args`: a
/// separate argument, so that [`trn`] builds no vector of arguments); unknown placeholders
/// are left as written.
pub fn fill(text: &str, count: Option<&str>, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for piece in pieces(text) {
        out.push_str(piece.literal);
        let Some(name) = piece.hole else { continue };
        let mut value = count.filter(|_| name == "n");
        for (k, v) in args {
            if value.is_none() && *k == name {
                value = Some(v);
            }
        }
        match value {
            Some(v) => out.push_str(v),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_placeholders_in_any_order() {
        assert_eq!(
            fill("{b} then {a}", None, &[("a", "1"), ("b", "2")]),
            "2 then 1"
        );
        assert_eq!(fill("{missing} {", None, &[]), "{missing} {");
        assert_eq!(fill("{n}/{n}", Some("1"), &[("n", "2")]), "1/1");
    }

    #[test]
    fn english_plural_picks_one_only_for_one() {
        assert_eq!(trn(1, "{n} session", "{n} sessions", &[]), "1 session");
        assert_eq!(trn(0, "{n} session", "{n} sessions", &[]), "0 sessions");
        assert_eq!(trn(3, "{n} session", "{n} sessions", &[]), "3 sessions");
    }
}

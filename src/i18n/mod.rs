//! Visitor-facing text. The English text is written where it is used and is its own catalogue
//! key (gettext style): an English visitor downloads no key table and no catalogue, and a
//! translation is looked up only when a catalogue for another language has been installed.
//!
//! Every visitor-facing literal in `src/ui` goes through one of these functions; the tests
//! collect the literals from the calls (`tr("…")`, `trf("…"`, `trn(n, "…", "…"`) to check
//! that every catalogue holds exactly those keys.
//!
//! Placeholders are `{name}`, filled by [`fill`]; a translation may move them.
//!
//! One catalogue is in effect per thread (the page: every widget on it speaks one language),
//! set by [`install`] before the first render. Pure forms for tests: [`Catalogue::text`],
//! [`Catalogue::count_text`], [`translate_with`].
//!
//! Without the `languages` feature (default on) the same functions are English only: `tr`
//! returns its text, `tr_text` its input, and there is no catalogue code at all. That build
//! is the size report's yardstick for what languages cost an English visitor.

#[cfg(feature = "languages")]
mod catalogue;
pub mod export;
mod pieces;
#[cfg(feature = "languages")]
mod plural;

#[cfg(feature = "languages")]
pub use catalogue::{placeholders, template_for, Captures, Catalogue, Entry};
pub(crate) use pieces::{pieces, Piece};
#[cfg(feature = "languages")]
pub use plural::{cldr as cldr_plural, PluralRule};

use std::borrow::Cow;
#[cfg(feature = "languages")]
use std::cell::Cell;

/// The widget's languages; English is built in, the others are `lang/<code>.json`.
pub const LANGUAGES: [&str; 4] = ["en", "fr", "es", "de"];

#[cfg(feature = "languages")]
thread_local! {
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
}

/// Makes `catalogue` the language of every text from now on (`None`: English). Installed
/// catalogues live as long as the page (`tr` hands out `&'static str`); installing the
/// language already in effect keeps the first (every widget of a page installs its own).
#[cfg(feature = "languages")]
pub fn install(catalogue: Option<Catalogue>) {
    let chosen = match (current(), catalogue) {
        (Some(now), Some(c)) if now.tag() == c.tag() => Some(now),
        (_, c) => c.map(|c| &*Box::leak(Box::new(c))),
    };
    CURRENT.with(|c| c.set(chosen));
}

/// The loader's call before it mounts a widget: `catalogue` (the text of `lang/<lang>.json`,
/// which passed its integrity check) becomes the page's language; none, or one that does not
/// read, is English.
#[cfg(all(target_arch = "wasm32", feature = "widget", feature = "languages"))]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setLanguage)]
pub fn set_language(lang: String, catalogue: Option<String>) {
    let texts = catalogue
        .and_then(|text| Catalogue::from_value(crate::jsontext::parse(&text).ok()?, &lang));
    install(texts);
}

/// The installed catalogue's language tag, `en` without one.
#[cfg(feature = "languages")]
pub fn language() -> &'static str {
    current().map_or("en", |c| c.tag())
}

/// English: the build has no other language.
#[cfg(not(feature = "languages"))]
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

#[cfg(feature = "languages")]
fn current() -> Option<&'static Catalogue> {
    CURRENT.with(Cell::get)
}

/// The text in the visitor's language, `en` when there is no translation.
#[cfg(feature = "languages")]
#[inline(never)]
pub fn tr(en: &'static str) -> &'static str {
    current().and_then(|c| c.text(en)).unwrap_or(en)
}

/// English only: the text itself.
#[cfg(not(feature = "languages"))]
#[inline(always)]
pub fn tr(en: &'static str) -> &'static str {
    en
}

/// Text that comes from the engine (`src/model`: labels, hints, units, messages, notes,
/// notices), already formatted in English: translated by matching it against the catalogue's
/// keys, whose `{name}` placeholders capture what the engine filled in.
#[cfg(feature = "languages")]
pub fn tr_text(text: &str) -> Cow<'_, str> {
    match current() {
        Some(c) => c.translate(text),
        None => Cow::Borrowed(text),
    }
}

/// English only: the engine's text as it is.
#[cfg(not(feature = "languages"))]
#[inline(always)]
pub fn tr_text(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}

/// [`tr_text`] with a given catalogue, for tests.
#[cfg(feature = "languages")]
pub fn translate_with<'t>(catalogue: &Catalogue, text: &'t str) -> Cow<'t, str> {
    catalogue.translate(text)
}

/// [`tr`], then the placeholders filled: `trf("{n} of {total}", &[("n", "2"), ("total", "3")])`.
pub fn trf(en: &'static str, args: &[(&str, &str)]) -> String {
    fill(tr(en), args)
}

/// A count's text: `one` or `other` in English (`other` is the catalogue key), the form the
/// language's plural rules choose for `n` otherwise (`other` when the catalogue lacks that
/// category); `{n}` and `args` filled.
pub fn trn(n: i64, one: &'static str, other: &'static str, args: &[(&str, &str)]) -> String {
    #[cfg(feature = "languages")]
    let text = match current() {
        Some(c) => c.count_text(n, one, other),
        None => english_count(n, one, other),
    };
    #[cfg(not(feature = "languages"))]
    let text = english_count(n, one, other);
    let count = n.to_string();
    let mut all: Vec<(&str, &str)> = vec![("n", count.as_str())];
    all.extend_from_slice(args);
    fill(text, &all)
}

/// English's own choice, for texts no catalogue holds.
pub(crate) fn english_count<'a>(n: i64, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// `{name}` replaced by its value; unknown placeholders are left as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for piece in pieces(text) {
        match piece {
            Piece::Literal(l) => out.push_str(l),
            Piece::Hole(name) => match args.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

#[cfg(test)]
#[cfg(feature = "languages")]
mod tests {
    use super::*;

    #[test]
    fn fills_named_placeholders_in_any_order() {
        assert_eq!(fill("{b} then {a}", &[("a", "1"), ("b", "2")]), "2 then 1");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
    }

    #[test]
    fn english_plural_picks_one_only_for_one() {
        assert_eq!(trn(1, "{n} session", "{n} sessions", &[]), "1 session");
        assert_eq!(trn(0, "{n} session", "{n} sessions", &[]), "0 sessions");
        assert_eq!(trn(3, "{n} session", "{n} sessions", &[]), "3 sessions");
    }

    // Keys here go through constants so the literal scanners (tests/ui_literals.rs,
    // tests/catalogues.rs) do not take them for the widget's texts.
    const SESSIONS: &str = "{n} sessions";
    const ONE_SESSION: &str = "{n} session";
    const TITLE: &str = "Your plan";

    fn french() -> Catalogue {
        let json = r#"{
            "Your plan": "Votre plan",
            "{n} sessions": {"one": "{n} séance", "other": "{n} séances"},
            "Sessions": "Séances",
            "{field}: must be at least {min}.": "{field} : au moins {min}.",
            "{field}: {problem}": "{field} — {problem}",
            "Colour {tone} and {shade}": "Couleur {shade} et {tone}"
        }"#;
        let value = crate::jsontext::parse(json).unwrap();
        Catalogue::from_json_value(&value, "fr").unwrap()
    }

    #[test]
    fn reads_texts_and_plural_forms() {
        let fr = french();
        assert_eq!(fr.tag(), "fr");
        assert_eq!(fr.len(), 6);
        assert_eq!(fr.text(TITLE), Some("Votre plan"));
        assert_eq!(fr.text("Missing"), None);
        assert_eq!(fr.text(SESSIONS), Some("{n} séances"));
        assert_eq!(fr.count_text(0, ONE_SESSION, SESSIONS), "{n} séance");
        assert_eq!(fr.count_text(1, ONE_SESSION, SESSIONS), "{n} séance");
        assert_eq!(fr.count_text(2, ONE_SESSION, SESSIONS), "{n} séances");
        // `many` (French millions) is not in the entry: `other`.
        assert_eq!(fr.category(2_000_000), "many");
        assert_eq!(
            fr.count_text(2_000_000, ONE_SESSION, SESSIONS),
            "{n} séances"
        );
        // Missing keys stay English, with English's choice.
        assert_eq!(fr.count_text(1, "{n} week", "{n} weeks"), "{n} week");
    }

    #[test]
    fn refuses_what_is_not_a_catalogue() {
        for json in [
            r#"[]"#,
            r#"{"a": 1}"#,
            r#"{"a": {"one": "x"}}"#,
            r#"{"a": {"other": 2}}"#,
        ] {
            let value = crate::jsontext::parse(json).unwrap();
            assert!(Catalogue::from_json_value(&value, "fr").is_err(), "{json}");
        }
    }

    #[test]
    fn injected_plural_rule_decides_the_form() {
        let all_one: PluralRule = |_, _| "one";
        let fr = french().with_plural_rule(all_one);
        assert_eq!(fr.count_text(5, ONE_SESSION, SESSIONS), "{n} séance");
        let unknown: PluralRule = |_, _| "few";
        let fr = french().with_plural_rule(unknown);
        assert_eq!(fr.count_text(5, ONE_SESSION, SESSIONS), "{n} séances");
    }

    #[test]
    fn cldr_rules_of_the_four_languages() {
        assert_eq!(cldr_plural("en", 1), "one");
        assert_eq!(cldr_plural("en", 0), "other");
        assert_eq!(cldr_plural("de-DE", 1), "one");
        assert_eq!(cldr_plural("fr", 0), "one");
        assert_eq!(cldr_plural("fr-CA", 1_000_000), "many");
        assert_eq!(cldr_plural("es", 1_000_000), "many");
        assert_eq!(cldr_plural("es", 2), "other");
    }

    #[test]
    fn engine_text_is_matched_against_placeholder_keys() {
        let fr = french();
        assert_eq!(translate_with(&fr, "Your plan"), "Votre plan");
        // The most specific key wins; the captured label is a key and is translated too.
        assert_eq!(
            translate_with(&fr, "Sessions: must be at least 2."),
            "Séances : au moins 2."
        );
        assert_eq!(
            translate_with(&fr, "Sessions: too many"),
            "Séances — too many"
        );
        assert_eq!(
            translate_with(&fr, "Colour dark and ash"),
            "Couleur ash et dark"
        );
        // A count chooses its plural form.
        assert_eq!(translate_with(&fr, "1 sessions"), "1 séance");
        assert_eq!(translate_with(&fr, "4 sessions"), "4 séances");
        // Nothing fits: unchanged; a hole never matches nothing.
        assert_eq!(translate_with(&fr, "Unknown text"), "Unknown text");
        assert_eq!(translate_with(&fr, " sessions"), " sessions");
        assert_eq!(
            translate_with(&fr, ": must be at least 2."),
            ": must be at least 2."
        );
    }

    #[test]
    fn installed_catalogue_is_used_until_english_is_installed() {
        assert_eq!(language(), "en");
        assert_eq!(tr(TITLE), TITLE);
        install(Some(french()));
        assert_eq!(language(), "fr");
        assert_eq!(tr(TITLE), "Votre plan");
        assert_eq!(trf(TITLE, &[]), "Votre plan");
        assert_eq!(trn(1, ONE_SESSION, SESSIONS, &[]), "1 séance");
        assert_eq!(trn(3, ONE_SESSION, SESSIONS, &[]), "3 séances");
        assert_eq!(tr_text("Sessions"), "Séances");
        // Installing the same language again keeps the first.
        let first = current().map(|c| c as *const Catalogue);
        install(Some(french()));
        assert_eq!(current().map(|c| c as *const Catalogue), first);
        install(None);
        assert_eq!(tr(TITLE), TITLE);
        assert_eq!(tr_text("Sessions"), "Sessions");
    }
}

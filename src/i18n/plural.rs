//! Plural categories: the CLDR cardinal rules of the widget's languages, in the wasm too.
//! Binding `Intl.PluralRules` cost an English visitor more (its imports and glue) than these
//! few lines; `tests/plural_intl.rs` checks in the browser that they agree with it.

/// The CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of the count `n`
/// in the language `tag`.
pub type PluralRule = fn(tag: &str, n: i64) -> &'static str;

/// CLDR 46 cardinal rules for whole numbers in en, de, fr and es (other languages: `one` for
/// 1 only, as English).
pub fn cldr(tag: &str, n: i64) -> &'static str {
    let millions = n != 0 && n % 1_000_000 == 0;
    match tag.get(..2).unwrap_or("") {
        "fr" if n == 0 || n == 1 => "one",
        "fr" | "es" if millions => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

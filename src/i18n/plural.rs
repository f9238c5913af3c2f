//! Plural categories: the browser's `Intl.PluralRules` in the wasm, so the widget carries no
//! plural tables; natively (tests) the CLDR cardinal rules of the widget's languages.

/// The CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of the count `n`
/// in the language `tag`.
pub type PluralRule = fn(tag: &str, n: i64) -> String;

#[cfg(target_arch = "wasm32")]
pub fn platform_rule(tag: &str, n: i64) -> String {
    // The tag is one the loader chose from the widget's languages, which Intl always knows.
    let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(tag));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    String::from(rules.select(n as f64))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn platform_rule(tag: &str, n: i64) -> String {
    cldr(tag, n).to_string()
}

/// CLDR 46 cardinal rules for whole numbers in en, de, fr and es (other languages: `one` for
/// 1 only, as English).
pub fn cldr(tag: &str, n: i64) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    let millions = n != 0 && n % 1_000_000 == 0;
    match primary {
        "fr" if n == 0 || n == 1 => "one",
        "fr" | "es" if millions => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

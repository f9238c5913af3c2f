//! The widget's plural rules (`i18n::cldr_plural`, compiled into the wasm instead of a binding
//! to `Intl.PluralRules`) agree with the browser's `Intl.PluralRules` for every language of
//! the widget, over the counts the widget shows and the edges of each rule.
#![cfg(all(target_arch = "wasm32", feature = "languages"))]

use smp_calculator::i18n::{cldr_plural, LANGUAGES};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn cldr_rules_agree_with_intl_plural_rules() {
    let counts = (0..=1_000).chain([
        1_000_000, 2_000_000, 1_000_001, 10_000_000, 999_999, 21, 101, 1_001,
    ]);
    for tag in LANGUAGES {
        let locales = js_sys::Array::of1(&JsValue::from_str(tag));
        let intl = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        for n in counts.clone() {
            let expected = String::from(intl.select(n as f64));
            assert_eq!(cldr_plural(tag, n), expected, "{tag} {n}");
        }
    }
}

//! Display formatting through the browser's `Intl`, in the page's language.

use crate::model::money::Money;
use crate::model::Date;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn locales() -> Array {
    let lang = gloo::utils::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .filter(|l| !l.is_empty());
    match lang {
        Some(l) => Array::of1(&JsValue::from_str(&l)),
        None => Array::new(),
    }
}

/// Whole-unit currency amount, e.g. `$2,000`.
pub fn money(m: Money, currency: &str, exponent: u32) -> String {
    money_with(m, currency, exponent, "standard")
}

/// Short axis label, e.g. `$10K`.
pub fn money_compact(m: Money, currency: &str, exponent: u32) -> String {
    money_with(m, currency, exponent, "compact")
}

fn money_with(m: Money, currency: &str, exponent: u32, notation: &str) -> String {
    let fmt = Intl::NumberFormat::new(
        &locales(),
        &options(&[
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("notation", notation.into()),
            ("maximumFractionDigits", 0.into()),
        ]),
    );
    // Display only: amounts far below 2^53 minor units convert exactly.
    let major = m.minor() as f64 / 10f64.powi(exponent as i32);
    fmt.format()
        .call1(&fmt, &JsValue::from_f64(major))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{currency} {major:.0}"))
}

/// A long date, e.g. `24 November 2026`.
pub fn date(d: Date) -> String {
    let js = js_sys::Date::new_with_year_month_day(
        d.year() as u32,
        i32::from(d.month()) - 1,
        i32::from(d.day()),
    );
    let fmt = Intl::DateTimeFormat::new(&locales(), &options(&[("dateStyle", "long".into())]));
    fmt.format()
        .call1(&fmt, &js)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| d.to_string())
}

/// Today in the visitor's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        i32::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

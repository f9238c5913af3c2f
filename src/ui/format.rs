//! Display formatting through the browser's `Intl`, in a locale consistent with the language
//! of the widget's text ([`language::formatting_locale`]). Each widget instance makes its
//! [`Fmt`] once and passes it down.

use crate::model::language::{self, Language};
use crate::model::money::Money;
use crate::model::Date;
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Debug, PartialEq)]
pub struct Fmt {
    /// A locale tag the browser accepted, fixed when the widget mounts. A plain string, so a
    /// cached formatter is found without building a JavaScript array per formatted value.
    locale: Rc<str>,
}

impl Default for Fmt {
    fn default() -> Self {
        Fmt {
            locale: Rc::from(crate::i18n::language()),
        }
    }
}

impl Fmt {
    /// Formats for text in `text`, in the clinic's `locale` if `Intl` knows it (an unknown
    /// tag would make every `Intl` call throw), else as [`language::formatting_locale`]
    /// chooses from the page's `lang` and the browser's language. The warning is for a
    /// clinic locale the browser does not know.
    pub fn new(text: Language, clinic: Option<&str>) -> (Fmt, Option<String>) {
        let clinic_known = clinic.and_then(canonical);
        let warning = match (clinic, &clinic_known) {
            (Some(tag), None) => Some(format!(
                "locale: this browser does not know \"{tag}\"; using the widget's language."
            )),
            _ => None,
        };
        let page = gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"));
        let browser = web_sys::window().and_then(|w| w.navigator().language());
        let chosen = language::formatting_locale(
            text,
            clinic_known.as_deref(),
            page.as_deref(),
            browser.as_deref(),
        );
        // A page `lang` such as `en-a` passes the language test but not Intl's.
        let locale = canonical(&chosen).unwrap_or_else(|| text.tag.to_string());
        (
            Fmt {
                locale: Rc::from(locale),
            },
            warning,
        )
    }

    /// The locale tag in effect.
    fn locale(&self) -> &str {
        &self.locale
    }

    /// Whole-unit currency amount, e.g. `$2,000`.
    pub fn money(&self, m: Money, currency: &str, exponent: u32) -> String {
        money_with(self.locale(), m, currency, exponent, "standard")
    }

    /// Short axis label, e.g. `$10K`.
    pub fn money_compact(&self, m: Money, currency: &str, exponent: u32) -> String {
        money_with(self.locale(), m, currency, exponent, "compact")
    }

    /// A long date, e.g. `November 24, 2026`.
    pub fn date(&self, d: Date) -> String {
        date_in(self.locale(), d)
    }
}

/// `Intl.getCanonicalLocales(tag)[0]`, or `None` if the browser rejects the tag. Called
/// through `Function::call1` so that a RangeError comes back as a value.
fn canonical(tag: &str) -> Option<String> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .ok()
        .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("getCanonicalLocales")).ok())
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&JsValue::UNDEFINED, &JsValue::from_str(tag)).ok())
        .and_then(|a| a.dyn_into::<Array>().ok())
        .and_then(|a| a.get(0).as_string())
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn money_with(locale: &str, m: Money, currency: &str, exponent: u32, notation: &str) -> String {
    let options = || {
        options(&[
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("notation", notation.into()),
            ("maximumFractionDigits", 0.into()),
        ])
    };
    // Display only: amounts far below 2^53 minor units convert exactly.
    let major = m.minor() as f64 / 10f64.powi(exponent as i32);
    let key = [currency, "|", notation].concat();
    intl_format(
        "NumberFormat",
        locale,
        &key,
        options,
        &JsValue::from_f64(major),
    )
    .unwrap_or_else(|| [currency, " ", &grouped(major)].concat())
}

fn date_in(locale: &str, d: Date) -> String {
    let js = js_sys::Date::new_with_year_month_day(
        d.year() as u32,
        i32::from(d.month()) - 1,
        i32::from(d.day()),
    );
    let options = || options(&[("dateStyle", "long".into())]);
    intl_format("DateTimeFormat", locale, "long", options, &js).unwrap_or_else(|| d.to_string())
}

/// An `Intl` formatter and its `format` method, or `None` if it could not be built.
type Formatter = Option<(JsValue, Function)>;

thread_local! {
    /// Formatters by constructor, locales and options. Building an `Intl` formatter costs
    /// far more than formatting with one, and a render formats dozens of amounts and dates.
    /// A failure is remembered too: an engine that lacks a currency keeps lacking it.
    /// A short list searched in order: a hash map would cost more wasm than it saves here.
    static FORMATTERS: RefCell<Vec<(String, Formatter)>> =
        const { RefCell::new(Vec::new()) };
}

/// Distinct currencies, locales and notations in use stay few; this bounds a page that
/// cycles through many.
const MAX_FORMATTERS: usize = 64;

/// `new Intl[constructor](locales, options).format(value)` with every step allowed to fail
/// (an engine without that currency or locale data, a missing or patched `Intl`): an
/// exception thrown through an import without `catch` would leave the widget half-updated.
///
/// `options_key` names the options `options` builds; the options object is only built when
/// no cached formatter matches.
fn intl_format(
    constructor: &str,
    locale: &str,
    options_key: &str,
    options: impl FnOnce() -> Object,
    value: &JsValue,
) -> Option<String> {
    let key = [constructor, "|", locale, "|", options_key].concat();
    let cached = FORMATTERS.with(|f| {
        f.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, entry)| entry.clone())
    });
    let entry = match cached {
        Some(entry) => entry,
        None => {
            let entry = new_formatter(constructor, locale, &options());
            FORMATTERS.with(|f| {
                let mut f = f.borrow_mut();
                if f.len() >= MAX_FORMATTERS {
                    f.clear();
                }
                f.push((key, entry.clone()));
            });
            entry
        }
    };
    let (formatter, format) = entry?;
    format.call1(&formatter, value).ok()?.as_string()
}

fn new_formatter(constructor: &str, locale: &str, options: &Object) -> Formatter {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: Function = Reflect::get(&intl, &JsValue::from_str(constructor))
        .ok()?
        .dyn_into()
        .ok()?;
    let locales = if locale.is_empty() {
        Array::new()
    } else {
        super::js::array(&[&locale.into()])
    };
    // A page `lang` that is not a valid tag (`en_US` is common) makes the constructor throw a
    // RangeError; the browser's own locale is then better than no formatting at all.
    let formatter = Reflect::construct(&ctor, &super::js::array(&[&locales, options]))
        .or_else(|_| Reflect::construct(&ctor, &super::js::array(&[&Array::new(), options])))
        .ok()?;
    let format: Function = Reflect::get(&formatter, &JsValue::from_str("format"))
        .ok()?
        .dyn_into()
        .ok()?;
    Some((formatter, format))
}

/// `1234567.4` → `1,234,567`: the fallback when `Intl` cannot format.
fn grouped(major: f64) -> String {
    let digits = crate::model::decimal::fixed(major.abs(), 0);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if major < -0.5 {
        out.insert(0, '-');
    }
    out
}

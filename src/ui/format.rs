//! Display formatting through the browser's `Intl`, in a locale consistent with the language
//! of the widget's text ([`language::formatting_locale`]). Each widget instance makes its
//! [`Fmt`] once and passes it down.

use crate::i18n::en_us;
use crate::model::language::{self, Language};
use crate::model::money::Money;
use crate::model::Date;
use crate::ui::js;
use js_sys::Array;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
pub struct Fmt {
    /// A locale tag the browser accepted, fixed when the widget mounts. A plain string, so a
    /// cached formatter is found without building a JavaScript array per formatted value.
    locale: Rc<str>,
    /// Whether `locale` formats as US English ([`en_us::applies`]): told once.
    us: bool,
}

impl Default for Fmt {
    fn default() -> Self {
        Fmt::of(crate::i18n::language())
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
            // `fill`, not `format!`: the wasm has it already.
            (Some(tag), None) => Some(crate::i18n::fill(
                "locale: this browser does not know \"{tag}\"; using the widget's language.",
                None,
                &[("tag", tag)],
            )),
            _ => None,
        };
        // Read by name (`lang` reflects the attribute, "" when there is none): an import each
        // cost more.
        let read = |target: Option<JsValue>, key| js::get(&target?, key)?.as_string();
        let page = read(js::get(&gloo::utils::document(), "documentElement"), "lang");
        let browser = read(js::get(&js_sys::global(), "navigator"), "language");
        let chosen = language::formatting_locale(
            text,
            clinic_known.as_deref(),
            page.as_deref(),
            browser.as_deref(),
        );
        // A page `lang` such as `en-a` passes the language test but not Intl's.
        let locale = canonical(&chosen);
        (Fmt::of(locale.as_deref().unwrap_or(text.tag)), warning)
    }

    fn of(locale: &str) -> Fmt {
        Fmt {
            locale: Rc::from(locale),
            us: en_us::applies(locale),
        }
    }

    /// The locale tag in effect.
    fn locale(&self) -> &str {
        &self.locale
    }

    /// Whole-unit currency amount, e.g. `$2,000`.
    pub fn money(&self, m: Money, currency: &str, exponent: u32) -> String {
        self.money_with(m, currency, exponent, false)
    }

    /// An amount of `plan`'s currency, as [`Fmt::money`] writes it: one function for the
    /// results' many amounts, so each call passes two arguments instead of five.
    #[inline(never)]
    pub fn amount(&self, plan: &crate::model::Plan, m: Money) -> String {
        self.money(m, plan.currency, plan.currency_exponent)
    }

    /// Short axis label, e.g. `$10K` or `$7.5K`.
    pub fn money_compact(&self, m: Money, currency: &str, exponent: u32) -> String {
        self.money_with(m, currency, exponent, true)
    }

    /// A long date, e.g. `November 24, 2026`.
    pub fn date(&self, d: Date) -> String {
        // The date at midnight UTC, formatted in UTC: the same calendar day in any time zone.
        if self.us {
            return en_us::long_date(d);
        }
        let ms = d.day_number() as f64 * 86_400_000.0;
        intl_format(self.locale(), DATE_OPTIONS, ms).unwrap_or_else(|| d.to_string())
    }

    fn money_with(&self, m: Money, currency: &str, exponent: u32, compact: bool) -> String {
        if self.us && currency == "USD" && exponent == 2 && m.minor().unsigned_abs() < en_us::LIMIT
        {
            return en_us::usd(m.minor(), compact);
        }
        // Display only: amounts far below 2^53 minor units convert exactly. Exponents are
        // `Currency::exponent`'s (2 for every currency): `10^exponent` fits a `u32`, no float
        // power needed.
        let major = m.minor() as f64 / f64::from(10u32.pow(exponent));
        // The currency code and notation are the engine's and ours: ASCII letters only.
        let options = [
            r#"{"style":"currency","currency":""#,
            currency,
            r#"","notation":""#,
            if compact { COMPACT } else { STANDARD },
        ]
        .concat();
        intl_format(self.locale(), &options, major).unwrap_or_else(|| grouped(currency, major))
    }
}

#[wasm_bindgen]
extern "C" {
    /// An `Intl.NumberFormat` or `Intl.DateTimeFormat`. Typed imports, each with `catch`:
    /// generic `Reflect` calls cost more wasm, and an exception thrown through an import
    /// without `catch` (a missing or patched `Intl`, an engine without that currency or
    /// locale data) would leave the widget half-updated.
    type Formatter;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn number_format(locales: Option<&str>, options: &JsValue) -> Result<Formatter, JsValue>;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn date_format(locales: Option<&str>, options: &JsValue) -> Result<Formatter, JsValue>;

    #[wasm_bindgen(catch, method)]
    fn format(this: &Formatter, value: f64) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Intl, js_name = getCanonicalLocales)]
    fn canonical_locales(tag: &str) -> Result<JsValue, JsValue>;
}

/// `Intl.getCanonicalLocales(tag)[0]`, or `None` if the browser rejects the tag.
fn canonical(tag: &str) -> Option<String> {
    canonical_locales(tag)
        .ok()?
        .dyn_into::<Array>()
        .ok()?
        .get(0)
        .as_string()
}

/// The end of `Fmt::money_with`'s options: whole units, and on an axis two fraction digits at
/// most, so that steps of 2,500 read `$2.5K`, `$5K`, `$7.5K` rather than `$3K`, `$5K`, `$8K`.
const STANDARD: &str = r#"standard","maximumFractionDigits":0}"#;
const COMPACT: &str = r#"compact","maximumFractionDigits":2}"#;

const DATE_OPTIONS: &str = r#"{"dateStyle":"long","timeZone":"UTC"}"#;

thread_local! {
    /// Formatters by locale and options, the properties of a JavaScript object (`null` for a
    /// failure). Building an `Intl` formatter costs far more than formatting with one, and a
    /// render formats dozens of amounts and dates. A failure is remembered too: an engine
    /// that lacks a currency keeps lacking it. An object read by name rather than a list
    /// searched here: the wasm keeps no keys, clones and drops of its own.
    static FORMATTERS: Cell<Option<js_sys::Object>> = const { Cell::new(None) };
    /// How many formatters the object holds.
    static CACHED: Cell<usize> = const { Cell::new(0) };
}

/// Distinct currencies, locales and notations in use stay few; this bounds a page that
/// cycles through many.
const MAX_FORMATTERS: usize = 64;

/// `new Intl.NumberFormat(locale, options).format(value)`, or `Intl.DateTimeFormat` for
/// [`DATE_OPTIONS`], with every step allowed to fail. `options` is JSON text, parsed only
/// when no cached formatter matches.
fn intl_format(locale: &str, options: &str, value: f64) -> Option<String> {
    // Unambiguous: a locale tag has no `{`, the options' JSON starts with one.
    let key = [locale, options].concat();
    let mut cache = FORMATTERS.take().unwrap_or_default();
    let entry = match js::get(&cache, &key) {
        Some(entry) => entry,
        None => {
            let entry = new_formatter(locale, options);
            if CACHED.get() >= MAX_FORMATTERS {
                cache = js_sys::Object::new();
                CACHED.set(0);
            }
            CACHED.set(CACHED.get() + 1);
            js::set(&cache, &key, &entry);
            entry
        }
    };
    FORMATTERS.set(Some(cache));
    // A failure's `null` throws in `format`, which is caught: `None`.
    entry
        .unchecked_into::<Formatter>()
        .format(value)
        .ok()?
        .as_string()
}

/// The formatter, `null` when `Intl` has none for these options.
fn new_formatter(locale: &str, options: &str) -> JsValue {
    let make = if options == DATE_OPTIONS {
        Formatter::date_format
    } else {
        Formatter::number_format
    };
    let Ok(options) = js_sys::JSON::parse(options) else {
        return JsValue::NULL;
    };
    let locales = Some(locale).filter(|l| !l.is_empty());
    // A page `lang` that is not a valid tag (`en_US` is common) makes the constructor throw a
    // RangeError; the browser's own locale is then better than no formatting at all.
    make(locales, &options)
        .or_else(|_| make(None, &options))
        .map_or(JsValue::NULL, JsValue::from)
}

/// `USD`, `1234567.4` → `USD 1,234,567`: the fallback when `Intl` cannot format.
fn grouped(currency: &str, major: f64) -> String {
    let mut out = String::from(currency);
    out.push(' ');
    if major < -0.5 {
        out.push('-');
    }
    // `fixed`'s rounding: half away from zero, saturating at `i64::MAX`.
    en_us::group(&mut out, major.abs().round() as i64 as u64);
    out
}

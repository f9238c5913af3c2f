//! US dollars and long dates written as `Intl` writes them in `en-US`, without `Intl`.
//!
//! A renderer process's first `Intl.NumberFormat` or `Intl.DateTimeFormat` costs 25-40 ms of
//! main-thread time on a desktop (V8 lists the locales it has data for, once per process),
//! four times that on a slow phone: more than the rest of the first render's text together.
//! A visitor formatting in US English, the default, never pays it. The output must equal
//! `Intl`'s character for character: the tests below compare the two in the browser.

use crate::model::decimal::{digits, shortest, write_fixed};
use crate::model::Date;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `locale` (canonical, as `Intl.getCanonicalLocales` writes it) formats as US
/// English: `en` is `en-US` in `Intl`'s data.
pub fn applies(locale: &str) -> bool {
    matches!(locale, "en-US" | "en")
}

/// `March 5, 2027`: `{"dateStyle":"long"}`.
pub fn long_date(d: Date) -> String {
    // Months run 1-12: the remainder only keeps the index in bounds without a check.
    let mut out = String::from(MONTHS[(usize::from(d.month()) + 11) % 12]);
    out.push(' ');
    write_fixed(&mut out, d.day().into(), 0);
    out.push_str(", ");
    write_fixed(&mut out, d.year().into(), 0);
    out
}

/// Amounts from $10 billion, in cents: beyond what the tests compare, left to `Intl`.
pub const LIMIT: u64 = 1_000_000_000_000;

/// `cents` (below [`LIMIT`] either way) as `Intl.NumberFormat` writes them in `en-US` in
/// the currency style in `USD`, whole dollars (`maximumFractionDigits` 0): `$1,501` or `-$0`;
/// with `compact`, in the compact notation with at most two fraction digits, `$2.5K`,
/// `$12.75K`, `$1M` (an axis' steps of 2,500 read as such, not as `$3K`, `$5K`, `$8K`).
/// Rounding is half away from zero, `Intl`'s default. (The options are not written out here:
/// their quoted names are fields' names, which only the registry spells.)
pub fn usd(cents: i64, compact: bool) -> String {
    let size = cents.unsigned_abs();
    let mut out = String::from(if cents < 0 { "-$" } else { "$" });
    if !compact {
        group(&mut out, (size + 50) / 100);
        return out;
    }
    // Hundredths of the unit. `Intl` takes the unit from the unrounded amount and moves up
    // one if rounding reached a thousand of it: $999,999 is `$1M`. Below a rounded thousand
    // is below an unrounded one.
    let (mut unit, mut letter, mut hundredths) = (1, None, size);
    for &next in &['K', 'M', 'B'] {
        if hundredths < 100_000 {
            break;
        }
        unit *= 1_000;
        letter = Some(next);
        hundredths = (size + unit / 2) / unit;
    }
    // Below 1,000 units: no separators; no trailing zeros (`2.5`, `3`).
    out.push_str(&shortest(hundredths as f64 / 100.0));
    out.extend(letter);
    out
}

/// `n` with a comma before every third digit from the right: `1,234,567`.
pub fn group(out: &mut String, n: u64) {
    let width = if n >= 1_000 {
        group(out, n / 1_000);
        out.push(',');
        3
    } else {
        1
    };
    digits(out, n % 1_000, width);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_worked_examples() {
        let cases = [
            (0, false, "$0"),
            (150_050, false, "$1,501"),
            (-150_050, false, "-$1,501"),
            (-40, false, "-$0"),
            (123_456_789, false, "$1,234,568"),
            (0, true, "$0"),
            (99_960, true, "$999.6"),
            (99_999, true, "$999.99"),
            (100_000, true, "$1K"),
            (250_000, true, "$2.5K"),
            (750_000, true, "$7.5K"),
            (1_275_000, true, "$12.75K"),
            (1_249_999, true, "$12.5K"),
            (99_999_499, true, "$999.99K"),
            (99_999_500, true, "$1M"),
            (-250_000, true, "-$2.5K"),
            (123_456_789_000, true, "$1.23B"),
        ];
        for (cents, compact, text) in cases {
            assert_eq!(usd(cents, compact), text, "{cents} {compact}");
        }
        let d = Date::new(2027, 3, 5).unwrap();
        assert_eq!(long_date(d), "March 5, 2027");
    }

    #[test]
    fn only_us_english_applies() {
        assert!(applies("en-US") && applies("en"));
        assert!(!applies("en-GB") && !applies("en-us") && !applies("fr"));
    }

    /// Against the browser's own `Intl`, over amounts at every unit's rounding edges and
    /// every day of two years.
    #[cfg(target_arch = "wasm32")]
    mod against_intl {
        use super::super::*;
        use wasm_bindgen::{JsCast, JsValue};
        use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

        wasm_bindgen_test_configure!(run_in_browser);

        /// `Intl`'s formatter for `locale` and `options` (JSON text), as a function of the value.
        fn intl(locale: &str, options: &str) -> impl Fn(f64) -> String {
            let make = js_sys::Function::new_with_args(
                "l, o",
                "o = JSON.parse(o); return new Intl[o.dateStyle ? 'DateTimeFormat' : 'NumberFormat'](l, o).format",
            );
            let format: js_sys::Function = make
                .call2(&JsValue::NULL, &locale.into(), &options.into())
                .unwrap()
                .unchecked_into();
            move |v| {
                format
                    .call1(&JsValue::NULL, &v.into())
                    .unwrap()
                    .as_string()
                    .unwrap()
            }
        }

        #[wasm_bindgen_test]
        fn amounts_match_intl() {
            let mut cents = vec![0i64, 1, 40, 49, 50, 51, 99];
            for power in 2..12 {
                let p = 10i64.pow(power);
                for base in [
                    p,
                    2 * p,
                    5 * p / 2,
                    5 * p,
                    75 * p / 10,
                    9 * p,
                    95 * p / 10,
                    99 * p / 10,
                    999 * p / 100,
                ] {
                    for delta in [-51, -50, -49, -1, 0, 1, 49, 50, 51] {
                        cents.push(base + delta);
                    }
                }
            }
            for step in 0..2_000 {
                cents.push(step * 7_919 + step * step * 13);
            }
            for locale in ["en-US", "en"] {
                for (compact, notation, digits) in [(false, "standard", 0), (true, "compact", 2)] {
                    let options = format!(
                        r#"{{"style":"currency","currency":"USD","notation":"{notation}","maximumFractionDigits":{digits}}}"#
                    );
                    let theirs = intl(locale, &options);
                    for &c in &cents {
                        for c in [c, -c] {
                            if c.unsigned_abs() >= LIMIT {
                                continue;
                            }
                            let ours = usd(c, compact);
                            // The wasm hands `Intl` dollars as a float, as ui::format does.
                            assert_eq!(ours, theirs(c as f64 / 100.0), "{locale} {notation} {c}");
                        }
                    }
                }
            }
        }

        #[wasm_bindgen_test]
        fn dates_match_intl() {
            let options = r#"{"dateStyle":"long","timeZone":"UTC"}"#;
            let ms = |d: Date| d.day_number() as f64 * 86_400_000.0;
            for locale in ["en-US", "en"] {
                let theirs = intl(locale, options);
                let mut days: Vec<Date> = ["1900-01-01", "2000-02-29", "2200-12-31"]
                    .iter()
                    .filter_map(|s| Date::parse_iso(s))
                    .collect();
                let first = Date::new(2027, 1, 1).unwrap();
                days.extend((0..731).filter_map(|n| first.add_days(n)));
                assert_eq!(days.len(), 734);
                for d in days {
                    assert_eq!(long_date(d), theirs(ms(d)), "{locale} {d}");
                }
            }
        }
    }
}

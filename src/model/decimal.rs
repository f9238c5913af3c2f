//! Decimal text for `f64` values, written and read without Rust's float formatting and
//! parsing (`{}`/`{:.1}` on an `f64`, `str::parse::<f64>`). Those bring about 30 KB of code
//! and tables into the wasm; the platform's JSON number reader and writer (`crate::jsontext`:
//! the browser's in the wasm) give the shortest form and exact reading, and fixed-point text
//! is integer arithmetic.

/// `x` rounded to `decimals` places (at most 9), half away from zero: `fixed(2.25, 1)` is
/// `"2.3"`, `fixed(-0.04, 1)` is `"0.0"`. For display and SVG coordinates, whose values are
/// far inside `i64` once scaled: larger magnitudes saturate, NaN reads as zero.
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut out = String::with_capacity(12);
    write_fixed(&mut out, x, decimals);
    out
}

/// [`fixed`] appended to `out`, without a string of its own: chart coordinates are written
/// by the thousand.
pub fn write_fixed(out: &mut String, x: f64, decimals: u32) {
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    // `as` saturates and maps NaN to 0: no undefined or panicking conversion.
    let scaled = (x * scale as f64).round() as i64;
    let magnitude = scaled.unsigned_abs();
    if scaled < 0 {
        out.push('-');
    }
    digits(out, magnitude / scale, 1);
    if decimals > 0 {
        out.push('.');
        digits(out, magnitude % scale, decimals as usize);
    }
}

/// `n` in decimal digits, padded with zeros in front to at least `width` (at most 20).
pub fn digits(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 && buf.len() - i >= width {
            break;
        }
    }
    for &d in &buf[i..] {
        out.push(char::from(d));
    }
}

/// The shortest text that [`parse`] reads back to exactly `x`, without a trailing `.0`:
/// `5`, `4.5`, `0.1`, `-0`; past 1e16 and below 1e-5 the spelling is the platform's
/// (`1e+16` natively, `10000000000000000` in the browser), the value the same. Non-finite
/// values have no decimal form and give `"0"`.
pub fn shortest(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let text = crate::jsontext::number(x);
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// A number in JSON syntax (`-12.5`, `0.75`, `3e2`; not `+1`, `.5`, `5.`, `007`, `inf`),
/// correctly rounded to the nearest `f64`; `None` for anything else or a non-finite result.
pub fn parse(text: &str) -> Option<f64> {
    // JSON parsers also skip surrounding whitespace, which a number field never holds.
    if text.is_empty() || text.trim() != text {
        return None;
    }
    crate::jsontext::parse_number(text).filter(|v| v.is_finite())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{fixed, parse, shortest};
    use proptest::prelude::*;

    #[test]
    fn fixed_places() {
        assert_eq!(fixed(0.0, 1), "0.0");
        assert_eq!(fixed(12.34, 1), "12.3");
        assert_eq!(fixed(2.25, 1), "2.3");
        assert_eq!(fixed(-2.25, 1), "-2.3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(1234.5, 0), "1235");
        assert_eq!(fixed(7.0, 3), "7.000");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(fixed(f64::INFINITY, 0), i64::MAX.to_string());
    }

    #[test]
    fn shortest_forms() {
        assert_eq!(shortest(5.0), "5");
        assert_eq!(shortest(4.5), "4.5");
        assert_eq!(shortest(0.1), "0.1");
        assert_eq!(shortest(-0.25), "-0.25");
        assert_eq!(shortest(f64::NAN), "0");
        assert_eq!(shortest(-0.0), "-0");
        assert_eq!(shortest(1e16), "1e+16");
        assert_eq!(shortest(1.5e-7), "1.5e-7");
    }

    #[test]
    fn parse_accepts_json_numbers_only() {
        assert_eq!(parse("12.5"), Some(12.5));
        assert_eq!(parse("-0.75"), Some(-0.75));
        assert_eq!(parse("3e2"), Some(300.0));
        for bad in [
            "", " 1", "1 ", "+1", ".5", "5.", "007", "inf", "NaN", "1e400", "1,5", "0x10",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    proptest! {
        /// Within the magnitudes it is used for, `fixed` agrees with Rust's own formatting
        /// except where the scaled value is an exact tie, which Rust rounds to even.
        #[test]
        fn fixed_matches_std_away_from_ties(x in -1.0e9f64..1.0e9, d in 0u32..4) {
            let scaled = x * 10f64.powi(d as i32);
            prop_assume!((scaled.fract().abs() - 0.5).abs() > 1e-6);
            let ours = fixed(x, d);
            let std = format!("{x:.*}", d as usize);
            let std = if std.starts_with("-") && std.trim_start_matches(['-', '0', '.']).is_empty() { std[1..].to_string() } else { std };
            prop_assert_eq!(ours, std);
        }

        /// Every finite value survives `shortest` then `parse`, and matches Rust's parser.
        #[test]
        fn shortest_round_trips(x in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
            let text = shortest(x);
            prop_assert_eq!(parse(&text), Some(x));
            prop_assert_eq!(text.parse::<f64>().ok(), Some(x));
        }
    }
}

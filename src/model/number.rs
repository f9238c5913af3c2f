//! What a visitor types into a text field, read as a number: `1,500`, ` 7 `, `12%`, `$1,500.50`.
//!
//! The form uses `type="text" inputmode="decimal"` rather than `type="number"`, so browsers
//! never silently turn "1,500" into an empty value; this module is the single place that decides
//! what counts as a number. It checks only the shape: ranges are the engine's job (it names the
//! allowed range, which is more useful than "invalid").
//!
//! Amounts never pass through `f64`: their digits are read as integers and scaled to minor units.

/// Longer input is rejected before any other work; no real number needs more.
pub const MAX_CHARS: usize = 64;
/// An `f64` holds 15 significant decimal digits exactly; more would be silently rounded.
pub const MAX_DIGITS: usize = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Letters, stray symbols, a lone `.` or `,`, `NaN`, `0x10`, ...
    NotANumber,
    TooLong,
    Exponent,
    /// Commas anywhere but between groups of three digits (`1,50,0`, `0,5`).
    Grouping,
    MultipleDots,
    TooManyDigits,
    /// More decimals than the currency has; holds that currency's number of decimals.
    TooManyDecimals(u32),
    TooLarge,
    /// A currency sign or code the calculator does not know (`¥30`, `30 JPY`).
    UnknownCurrency,
}

impl NumberError {
    /// Short, plain-language text to show next to the field.
    pub fn message(&self) -> &'static str {
        match self {
            NumberError::NotANumber => "Enter a number like 1,500.",
            NumberError::TooLong => "That is too long for a number.",
            NumberError::Exponent => "Exponents like 1e3 are not accepted.",
            NumberError::Grouping => {
                "Use a dot for decimals and commas only between thousands, like 1,500.50."
            }
            NumberError::MultipleDots => "Use only one decimal point.",
            NumberError::TooManyDigits => "Use at most 15 digits.",
            NumberError::TooManyDecimals(0) => "Enter a whole amount, without decimals.",
            NumberError::TooManyDecimals(1) => "Use at most 1 decimal.",
            NumberError::TooManyDecimals(2) => "Use at most 2 decimals.",
            NumberError::TooManyDecimals(3) => "Use at most 3 decimals.",
            NumberError::TooManyDecimals(_) => "Use fewer decimals.",
            NumberError::TooLarge => "Too large.",
            NumberError::UnknownCurrency => {
                "Use $, €, £ or a code like USD, or type just the number."
            }
        }
    }
}

/// A number for a non-money field (years, weeks, %, cm²). Empty or blank is `Ok(None)`.
pub fn parse_number(text: &str) -> Result<Option<f64>, NumberError> {
    let Some(body) = prepare(text)? else {
        return Ok(None);
    };
    let body = match body.strip_suffix('%') {
        Some(rest) => rest.trim_end(),
        None => body,
    };
    let d = parse_decimal(body)?;
    // JSON number syntax: no leading zeros, digits on both sides of the point ("5." and ".5"
    // become "5.0" and "0.50" without changing the value). With at most 15 significant digits
    // the correctly rounded result is finite.
    let mut exact = String::with_capacity(MAX_CHARS + 4);
    if d.negative {
        exact.push('-');
    }
    let int_start = exact.len();
    exact.extend(d.int_digits().skip_while(|c| *c == '0'));
    if exact.len() == int_start {
        exact.push('0');
    }
    exact.push('.');
    exact.push_str(d.frac);
    exact.push('0');
    // `decimal::parse` returns finite values only (and 15 digits never overflow).
    let v = super::decimal::parse(&exact).ok_or(NumberError::TooLarge)?;
    // "-0" is zero; keep the sign out of later messages and comparisons.
    Ok(Some(if v == 0.0 { 0.0 } else { v }))
}

/// An amount in minor units for a currency with `exponent` decimals (2 for cents). Accepts a
/// currency sign or code before or after the number; which currency it names is not checked
/// here (a `$` alone is ambiguous anyway). A `%` is not an amount and is rejected. More
/// decimals than the currency has are an error even when they are zeros: `1.500` is 1,500 in
/// much of Europe, and guessing either way would be wrong for someone.
pub fn parse_amount(text: &str, exponent: u32) -> Result<Option<i64>, NumberError> {
    let Some(body) = prepare(text)? else {
        return Ok(None);
    };
    let (outer_minus, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, body),
    };
    let body = strip_currency_suffix(strip_currency_prefix(body)?)?;
    if body.is_empty() {
        return Err(NumberError::NotANumber);
    }
    let d = parse_decimal(body)?;
    if outer_minus && d.negative {
        return Err(NumberError::NotANumber);
    }
    let decimals = d.frac.len();
    if u32::try_from(decimals).map_or(true, |n| n > exponent) {
        return Err(NumberError::TooManyDecimals(exponent));
    }
    let scale = 10i64.checked_pow(exponent).ok_or(NumberError::TooLarge)?;
    let int = digits_value(d.int_digits())?;
    let frac_scale = u32::try_from(decimals)
        .ok()
        .and_then(|n| exponent.checked_sub(n))
        .and_then(|n| 10i64.checked_pow(n))
        .ok_or(NumberError::TooLarge)?;
    let frac = digits_value(d.frac.chars())?
        .checked_mul(frac_scale)
        .ok_or(NumberError::TooLarge)?;
    let minor = int
        .checked_mul(scale)
        .and_then(|v| v.checked_add(frac))
        .ok_or(NumberError::TooLarge)?;
    Ok(Some(if outer_minus || d.negative {
        -minor
    } else {
        minor
    }))
}

/// Length check, then the trimmed text, or `None` when there is nothing to read.
fn prepare(text: &str) -> Result<Option<&str>, NumberError> {
    // `nth` stops after MAX_CHARS + 1 characters, so hostile megabyte input costs nothing.
    if text.chars().nth(MAX_CHARS).is_some() {
        return Err(NumberError::TooLong);
    }
    let t = text.trim();
    Ok((!t.is_empty()).then_some(t))
}

/// Longest first, so `US$` is not read as `US` + `$`.
const PREFIXES: &[&str] = &[
    "US$", "CA$", "AU$", "NZ$", "A$", "C$", "$", "€", "£", "USD", "CAD", "EUR", "GBP", "AUD", "NZD",
];
const SUFFIXES: &[&str] = &["USD", "CAD", "EUR", "GBP", "AUD", "NZD", "$", "€", "£"];

fn strip_currency_prefix(s: &str) -> Result<&str, NumberError> {
    for p in PREFIXES {
        if let Some(rest) = strip_prefix_ci(s, p) {
            return Ok(rest.trim_start());
        }
    }
    match s.chars().next() {
        Some(c) if is_currency_like(c) => Err(NumberError::UnknownCurrency),
        _ => Ok(s),
    }
}

fn strip_currency_suffix(s: &str) -> Result<&str, NumberError> {
    for p in SUFFIXES {
        if let Some(rest) = strip_suffix_ci(s, p) {
            return Ok(rest.trim_end());
        }
    }
    // "30 JPY": letters after a space are a code we do not know, not a typo in the number.
    if let Some((number, code)) = s.rsplit_once(' ') {
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) && !number.is_empty() {
            return Err(NumberError::UnknownCurrency);
        }
    }
    match s.chars().next_back() {
        Some(c) if is_currency_like(c) => Err(NumberError::UnknownCurrency),
        _ => Ok(s),
    }
}

fn is_currency_like(c: char) -> bool {
    matches!(
        c,
        '¥' | '₹' | '₩' | '₽' | '¢' | '₺' | '₪' | '₱' | '฿' | '₫' | '₦' | '₴'
    )
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p)
        .then(|| s.get(p.len()..))
        .flatten()
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| s.get(..cut)).flatten()
}

/// A checked decimal: sign, integer part (ASCII digits, maybe with thousands commas) and
/// fraction digits.
struct Decimal<'a> {
    negative: bool,
    int: &'a str,
    frac: &'a str,
}

impl<'a> Decimal<'a> {
    fn int_digits(&self) -> impl Iterator<Item = char> + 'a {
        self.int.chars().filter(char::is_ascii_digit)
    }
}

fn parse_decimal(s: &str) -> Result<Decimal<'_>, NumberError> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if body
        .chars()
        .any(|c| !(c.is_ascii_digit() || c == ',' || c == '.'))
    {
        return Err(classify_junk(body));
    }
    let (int, frac) = match body.split_once('.') {
        Some((_, f)) if f.contains('.') => return Err(NumberError::MultipleDots),
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    let d = Decimal {
        negative,
        int,
        frac,
    };
    if d.int_digits().next().is_none() && frac.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if frac.contains(',') || !grouping_ok(int) {
        return Err(NumberError::Grouping);
    }
    let significant = d
        .int_digits()
        .chain(frac.chars())
        .skip_while(|&c| c == '0')
        .count();
    if significant > MAX_DIGITS {
        return Err(NumberError::TooManyDigits);
    }
    Ok(d)
}

/// Plain digits, or commas between a first group of 1–3 digits and further groups of 3.
fn grouping_ok(int: &str) -> bool {
    let mut groups = int.split(',');
    let Some(first) = groups.next() else {
        return true;
    };
    if !int.contains(',') {
        return true;
    }
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// The most helpful error for text that is not digits, commas and dots.
fn classify_junk(body: &str) -> NumberError {
    let lower = body.to_ascii_lowercase();
    let starts_numeric = body.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let exponent_shape = lower
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'e' | '+' | '-'))
        && lower.chars().filter(|&c| c == 'e').count() == 1;
    if starts_numeric && exponent_shape {
        NumberError::Exponent
    } else {
        NumberError::NotANumber
    }
}

/// The integer value of a digit sequence, or `TooLarge`.
fn digits_value(mut digits: impl Iterator<Item = char>) -> Result<i64, NumberError> {
    digits.try_fold(0i64, |acc, c| {
        let d = i64::from(c.to_digit(10).ok_or(NumberError::NotANumber)?);
        acc.checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .ok_or(NumberError::TooLarge)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Result<Option<f64>, NumberError> {
        parse_number(s)
    }

    fn amount(s: &str) -> Result<Option<i64>, NumberError> {
        parse_amount(s, 2)
    }

    #[test]
    fn blank_is_no_value() {
        for s in ["", "   ", "\t\n", "\u{a0}"] {
            assert_eq!(n(s), Ok(None), "{s:?}");
            assert_eq!(amount(s), Ok(None), "{s:?}");
        }
    }

    #[test]
    fn reads_the_forms_visitors_type() {
        assert_eq!(n("1,500"), Ok(Some(1500.0)));
        assert_eq!(n("1500"), Ok(Some(1500.0)));
        assert_eq!(n("2.5"), Ok(Some(2.5)));
        assert_eq!(n(" 7 "), Ok(Some(7.0)));
        assert_eq!(n("12%"), Ok(Some(12.0)));
        assert_eq!(n("2.5 %"), Ok(Some(2.5)));
        assert_eq!(n("1,234,567.25"), Ok(Some(1_234_567.25)));
        assert_eq!(n(".5"), Ok(Some(0.5)));
        assert_eq!(n("5."), Ok(Some(5.0)));
        assert_eq!(n("0.1"), Ok(Some(0.1)));
        assert_eq!(n("007"), Ok(Some(7.0)));
        assert_eq!(n("-3"), Ok(Some(-3.0)));
        assert_eq!(
            n("-0").map(|v| v.map(f64::is_sign_negative)),
            Ok(Some(false))
        );
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        use NumberError::*;
        let cases = [
            ("1e3", Exponent),
            ("1E3", Exponent),
            ("2.5e-1", Exponent),
            ("NaN", NotANumber),
            ("Infinity", NotANumber),
            ("inf", NotANumber),
            ("-inf", NotANumber),
            ("0x10", NotANumber),
            ("1.2.3", MultipleDots),
            ("12abc", NotANumber),
            ("abc", NotANumber),
            (".", NotANumber),
            (",", NotANumber),
            ("-", NotANumber),
            ("%", NotANumber),
            ("--5", NotANumber),
            ("+5", NotANumber),
            ("1 500", NotANumber),
            ("1,50,0", Grouping),
            ("1,5000", Grouping),
            (",500", Grouping),
            ("0,5", Grouping),
            ("1.000,5", Grouping),
            ("１２", NotANumber),
            ("12%%", NotANumber),
            ("1234567890123456", TooManyDigits),
            ("0.1234567890123456", TooManyDigits),
        ];
        for (s, e) in cases {
            assert_eq!(n(s), Err(e), "{s:?}");
        }
        assert_eq!(n(&"1".repeat(65)), Err(TooLong));
        // Leading zeros are not significant, so they do not count towards the 15 digits.
        assert_eq!(n("0.000000000000000000001"), Ok(Some(1e-21)));
        assert_eq!(n("123456789012345"), Ok(Some(123_456_789_012_345.0)));
    }

    #[test]
    fn amounts_are_exact_minor_units() {
        let cases = [
            ("1,500", 150_000),
            ("$1,500", 150_000),
            ("US$ 1,500", 150_000),
            ("1,500 USD", 150_000),
            ("€30", 3_000),
            ("£30", 3_000),
            ("A$30", 3_000),
            ("C$30", 3_000),
            ("NZ$30", 3_000),
            ("CA$30", 3_000),
            ("AU$30", 3_000),
            ("30 EUR", 3_000),
            ("30 €", 3_000),
            ("usd 12.5", 1_250),
            ("0.07", 7),
            ("19.99", 1_999),
            (".5", 50),
            ("-$5", -500),
            ("$-5", -500),
        ];
        for (s, minor) in cases {
            assert_eq!(amount(s), Ok(Some(minor)), "{s:?}");
        }
        // 0.29 is 0.28999… as an f64; the integer path gets it right.
        assert_eq!(amount("0.29"), Ok(Some(29)));
        assert_eq!(parse_amount("1,500", 0), Ok(Some(1_500)));
        assert_eq!(parse_amount("1.5", 3), Ok(Some(1_500)));
    }

    #[test]
    fn amount_errors() {
        use NumberError::*;
        assert_eq!(amount("1.234"), Err(TooManyDecimals(2)));
        assert_eq!(amount("1.500"), Err(TooManyDecimals(2)));
        assert_eq!(parse_amount("1.5", 0), Err(TooManyDecimals(0)));
        assert_eq!(amount("12%"), Err(NotANumber));
        assert_eq!(amount("$"), Err(NotANumber));
        assert_eq!(amount("USD"), Err(NotANumber));
        assert_eq!(amount("¥30"), Err(UnknownCurrency));
        assert_eq!(amount("30 JPY"), Err(UnknownCurrency));
        assert_eq!(amount("-$-5"), Err(NotANumber));
        assert_eq!(amount("$1e3"), Err(Exponent));
        assert_eq!(
            amount("999,999,999,999,999"),
            Ok(Some(99_999_999_999_999_900))
        );
        assert_eq!(parse_amount("999999999999999", 5), Err(TooLarge));
        assert_eq!(parse_amount("1", 19), Err(TooLarge));
        assert_eq!(parse_amount("1", u32::MAX), Err(TooLarge));
        assert_eq!(parse_amount("0", u32::MAX), Err(TooLarge));
    }

    #[test]
    fn messages_are_specific() {
        assert_eq!(
            NumberError::TooManyDecimals(2).message(),
            "Use at most 2 decimals."
        );
        let f = crate::model::input::Field::TransplantCostMinor;
        let e = crate::model::input::messages::unreadable(f, NumberError::Exponent);
        assert_eq!(e.field, f.wire());
        assert_eq!(e.code, crate::model::errors::ErrorCode::NotANumber);
        assert_eq!(
            e.message,
            "Hair transplant (one-off): Exponents like 1e3 are not accepted."
        );
    }
}

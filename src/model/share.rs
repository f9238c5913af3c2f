//! The "Copy link" form of a [`PlanInput`]: a URL fragment such as
//! `v=1&region=crown&tier=standard&longevity_years=6`.
//!
//! Only the fields the visitor set are written, so a link keeps following the defaults for the
//! rest. Reading a link never fails as a whole because of one field: each unreadable or invalid
//! field is dropped and named, and the visitor gets a notice. Links are machine-written, so
//! values are parsed strictly (no thousands separators or currency signs here).
//!
//! When several calculators share a page, a link names the one it was copied from
//! (`v=1&instance=south&…`, the host element's id) and opens only there. A link without a name
//! (every link before names existed, and those copied where one calculator is alone on its
//! page) opens in every instance, as all links used to.

use crate::model::assumptions::Assumptions;
use crate::model::date::Date;
use crate::model::input::{sanitize, PlanInput, FIELDS};

/// The fragment format's version; a link without `v=1` is not read at all, so the format can
/// change later without old links being misread.
pub const VERSION: &str = "1";
/// Real links are a few hundred bytes; anything far larger is not ours.
pub const MAX_FRAGMENT_BYTES: usize = 4096;
/// There are 25 fields; more pairs than this is not a link we wrote.
pub const MAX_PAIRS: usize = 64;
/// Unknown keys are echoed back in `rejected`; keep them short.
const MAX_KEY_CHARS: usize = 40;
/// The key naming the instance a link was copied from; not an input field.
pub const INSTANCE_KEY: &str = "instance";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    /// Every readable, valid field of the link; the rest left to the defaults.
    pub input: PlanInput,
    /// Names of the fields (or unknown keys) that were ignored: the unreadable ones in link
    /// order, then those that failed validation.
    pub rejected: Vec<String>,
    /// Plain-language message for the visitor when anything was ignored.
    pub notice: Option<String>,
}

/// Why a whole fragment was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    TooLong,
    TooManyPairs,
    NoVersion,
    OtherVersion,
}

impl Unreadable {
    pub fn message(self) -> &'static str {
        match self {
            Unreadable::TooLong | Unreadable::TooManyPairs => {
                "This link is too long to read, so its settings were ignored."
            }
            Unreadable::NoVersion => {
                "This link has no version number, so its settings were ignored."
            }
            Unreadable::OtherVersion => {
                "This link comes from a different version of the calculator, so its settings were ignored."
            }
        }
    }
}

/// `v=1` followed by every set field, in [`FIELDS`] order, values percent-encoded.
pub fn encode(input: &PlanInput) -> String {
    encode_for(input, None)
}

/// [`encode`], the link naming `instance` (if any and not empty) right after the version.
pub fn encode_for(input: &PlanInput, instance: Option<&str>) -> String {
    let mut out = String::from("v=");
    out.push_str(VERSION);
    if let Some(id) = instance.filter(|id| !id.is_empty()) {
        out.push('&');
        out.push_str(INSTANCE_KEY);
        out.push('=');
        percent_encode(id, &mut out);
    }
    for name in FIELDS {
        if let Some(value) = input.field_text(name) {
            out.push('&');
            out.push_str(name);
            out.push('=');
            percent_encode(&value, &mut out);
        }
    }
    out
}

/// The link's settings, validated for `a` and `today`, with every bad field dropped.
pub fn decode(fragment: &str, a: &Assumptions, today: Date) -> Decoded {
    let (input, mut rejected) = match parse(fragment) {
        Ok(parsed) => parsed,
        Err(why) => {
            return Decoded {
                notice: Some(why.message().to_string()),
                ..Decoded::default()
            }
        }
    };
    let (input, dropped) = sanitize(input, a, today);
    for name in dropped {
        if !rejected.contains(&name) {
            rejected.push(name);
        }
    }
    let notice = notice_for(rejected.len());
    Decoded {
        input,
        rejected,
        notice,
    }
}

/// The instance a link names, if it names one (its first `instance` value, decoded). A link
/// too long to read names none, so that the instance it lands in explains why it was ignored.
pub fn named_instance(fragment: &str) -> Option<String> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    if body.len() > MAX_FRAGMENT_BYTES {
        return None;
    }
    body.split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == INSTANCE_KEY)
        // A broken escape still names something: no instance id can match it.
        .map(|(_, v)| percent_decode(v).unwrap_or_else(|| "\u{fffd}".into()))
}

/// Whether the link in `fragment` opens in the instance whose host id is `instance` (`None`
/// or empty for one without an id): an unnamed link opens everywhere, a named one only in the
/// instance of that id.
pub fn opens_in(fragment: &str, instance: Option<&str>) -> bool {
    match named_instance(fragment) {
        None => true,
        Some(name) => instance == Some(name.as_str()),
    }
}

/// The fields as written, before validation, and the keys that could not be read (unknown,
/// repeated, badly escaped, or a value of the wrong type). An empty fragment is no settings.
pub fn parse(fragment: &str) -> Result<(PlanInput, Vec<String>), Unreadable> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    if body.len() > MAX_FRAGMENT_BYTES {
        return Err(Unreadable::TooLong);
    }
    if body.is_empty() {
        return Ok((PlanInput::default(), Vec::new()));
    }
    let pairs: Vec<(&str, &str)> = body
        .split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_PAIRS + 1)
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    if pairs.len() > MAX_PAIRS {
        return Err(Unreadable::TooManyPairs);
    }
    let versions: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| *k == "v")
        .map(|(_, v)| *v)
        .collect();
    if versions.is_empty() {
        return Err(Unreadable::NoVersion);
    }
    if versions.iter().any(|v| *v != VERSION) {
        return Err(Unreadable::OtherVersion);
    }

    let mut input = PlanInput::default();
    let mut rejected: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (raw_key, raw_value) in pairs {
        if raw_key == "v" || raw_key == INSTANCE_KEY {
            continue;
        }
        let Some(key) = percent_decode(raw_key) else {
            reject(&mut rejected, &shorten(raw_key));
            continue;
        };
        let Some(name) = FIELDS.iter().copied().find(|f| *f == key) else {
            reject(&mut rejected, &shorten(&key));
            continue;
        };
        if seen.contains(&name) {
            // Two values for one field: neither is more trustworthy than the other.
            input.clear_field(name);
            reject(&mut rejected, name);
            continue;
        }
        seen.push(name);
        let ok = percent_decode(raw_value).is_some_and(|v| input.set_field(name, &v).is_ok());
        if !ok {
            reject(&mut rejected, name);
        }
    }
    Ok((input, rejected))
}

fn reject(rejected: &mut Vec<String>, name: &str) {
    if !rejected.iter().any(|r| r == name) {
        rejected.push(name.to_string());
    }
}

fn shorten(key: &str) -> String {
    key.chars().take(MAX_KEY_CHARS).collect()
}

fn notice_for(rejected: usize) -> Option<String> {
    match rejected {
        0 => None,
        1 => Some("1 setting in this link could not be used and was left at its default.".into()),
        n => Some(format!(
            "{n} settings in this link could not be used and were left at their defaults."
        )),
    }
}

/// RFC 3986 unreserved characters as they are; every other byte of the UTF-8 as `%XX`.
fn percent_encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            push_escape(out, b);
        }
    }
}

/// `b` as `%XX` (upper-case hex), for links and `data:` URLs. By table rather than `write!`:
/// hex formatting would be code of its own.
pub fn push_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(b >> 4)]));
    out.push(char::from(HEX[usize::from(b & 15)]));
}

/// `%XX` escapes to bytes, which must then be UTF-8; `None` for a broken escape. `+` stays a
/// plus sign: the encoder never writes it for a space.
fn percent_decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let (&hi, tail) = tail.split_first()?;
            let (&lo, tail) = tail.split_first()?;
            bytes.push((hex_value(hi)? << 4) | hex_value(lo)?);
            rest = tail;
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).expect("valid date")
    }

    fn read(fragment: &str) -> Decoded {
        decode(fragment, &Assumptions::default(), today())
    }

    fn sample() -> PlanInput {
        PlanInput {
            region: Some("norwood-4".into()),
            tier: Some("premium".into()),
            longevity_years: Some(6.5),
            start_date: Some("2027-01-04".into()),
            inflation_percent: Some(2.5),
            transplant_cost_minor: Some(900_000),
            ..PlanInput::default()
        }
    }

    #[test]
    fn writes_only_set_fields_in_contract_order() {
        assert_eq!(
            encode(&sample()),
            "v=1&region=norwood-4&tier=premium&longevity_years=6.5&start_date=2027-01-04\
             &inflation_percent=2.5&transplant_cost_minor=900000"
        );
        assert_eq!(encode(&PlanInput::default()), "v=1");
    }

    #[test]
    fn valid_links_round_trip_silently() {
        let d = read(&format!("#{}", encode(&sample())));
        assert_eq!(
            d,
            Decoded {
                input: sample(),
                rejected: vec![],
                notice: None
            }
        );
        assert_eq!(read(""), Decoded::default());
        assert_eq!(read("#"), Decoded::default());
    }

    #[test]
    fn escapes_everything_but_unreserved_characters() {
        let input = PlanInput {
            region: Some("a b&c=d%e/ü~".into()),
            ..PlanInput::default()
        };
        let text = encode(&input);
        assert_eq!(text, "v=1&region=a%20b%26c%3Dd%25e%2F%C3%BC~");
        assert_eq!(parse(&text), Ok((input, vec![])));
    }

    #[test]
    fn bad_fields_are_dropped_and_named() {
        let d = read(
            "v=1&region=norwood-9&tier=premium&colour=red&longevity_years=abc\
             &horizon_years=40&skin=%ZZ&sun=%C3%28&style=soft&style=defined",
        );
        assert_eq!(
            d.input,
            PlanInput {
                tier: Some("premium".into()),
                ..PlanInput::default()
            }
        );
        assert_eq!(
            d.rejected,
            [
                "colour",
                "longevity_years",
                "skin",
                "sun",
                "style",
                "region",
                "horizon_years"
            ]
        );
        assert_eq!(
            d.notice.as_deref(),
            Some("7 settings in this link could not be used and were left at their defaults.")
        );
        let one = read("v=1&tier=gold");
        assert_eq!(one.rejected, ["tier"]);
        assert_eq!(
            one.notice.as_deref(),
            Some("1 setting in this link could not be used and was left at its default.")
        );
    }

    #[test]
    fn strict_number_syntax() {
        for bad in ["1,5", "1e400", "NaN", "inf", " 6", ""] {
            let d = read(&format!("v=1&longevity_years={bad}"));
            assert_eq!(d.rejected, ["longevity_years"], "{bad:?}");
            assert_eq!(d.input, PlanInput::default());
        }
        let d = read("v=1&transplant_cost_minor=12.5&medication_per_month_minor=4000");
        assert_eq!(d.rejected, ["transplant_cost_minor"]);
        assert_eq!(d.input.medication_per_month_minor, Some(4000));
    }

    #[test]
    fn needs_version_one() {
        for (fragment, why) in [
            ("region=crown", Unreadable::NoVersion),
            ("v=2&region=crown", Unreadable::OtherVersion),
            ("v=1&v=2&region=crown", Unreadable::OtherVersion),
            ("v=&region=crown", Unreadable::OtherVersion),
        ] {
            let d = read(fragment);
            assert_eq!(d.input, PlanInput::default(), "{fragment}");
            assert!(d.rejected.is_empty());
            assert_eq!(d.notice.as_deref(), Some(why.message()));
        }
    }

    #[test]
    fn links_name_their_instance() {
        let named = encode_for(&sample(), Some("south"));
        assert!(named.starts_with("v=1&instance=south&region=norwood-4&"));
        assert_eq!(encode_for(&sample(), None), encode(&sample()));
        assert_eq!(encode_for(&sample(), Some("")), encode(&sample()));
        // The name is not a setting: the inputs read back exactly, without a notice.
        assert_eq!(read(&named).input, sample());
        assert_eq!(read(&named).notice, None);
        assert_eq!(named_instance(&named).as_deref(), Some("south"));
        assert!(opens_in(&named, Some("south")));
        assert!(!opens_in(&named, Some("north")));
        assert!(!opens_in(&named, None));
        // Ids are any text; they travel escaped.
        let odd = encode_for(&PlanInput::default(), Some("clinic a&b=é"));
        assert_eq!(odd, "v=1&instance=clinic%20a%26b%3D%C3%A9");
        assert!(opens_in(&format!("#{odd}"), Some("clinic a&b=é")));
        assert!(!opens_in("v=1&instance=%ZZ", Some("%ZZ")));
    }

    #[test]
    fn unnamed_links_open_everywhere() {
        // A link copied from the release before instance names.
        let old = "#v=1&region=norwood-4&tier=premium&horizon_years=12";
        for instance in [None, Some("north"), Some("south")] {
            assert!(opens_in(old, instance));
        }
        assert_eq!(read(old).input.tier.as_deref(), Some("premium"));
        assert!(opens_in("", Some("north")));
        let long = format!("v=1&instance=a&region={}", "a".repeat(MAX_FRAGMENT_BYTES));
        assert!(opens_in(&long, Some("b")));
    }

    #[test]
    fn bounds_hostile_fragments() {
        let long = format!("v=1&region={}", "a".repeat(MAX_FRAGMENT_BYTES));
        assert_eq!(parse(&long), Err(Unreadable::TooLong));
        let many = format!("v=1{}", "&tier=budget".repeat(MAX_PAIRS));
        assert_eq!(parse(&many), Err(Unreadable::TooManyPairs));
        // Empty segments are not pairs.
        assert_eq!(
            read("&&v=1&&tier=budget&").input.tier.as_deref(),
            Some("budget")
        );
        let key = "k".repeat(100);
        assert_eq!(read(&format!("v=1&{key}=1")).rejected, ["k".repeat(40)]);
    }
}

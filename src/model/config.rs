//! A clinic's configuration of an embedded widget: its name, currency, locale, price table,
//! which comparisons to show, default inputs and a booking link.
//!
//! The configuration comes from the host page (an inert JSON block and/or attributes), so it is
//! untrusted text. Every field is checked on its own: a bad one is dropped with a warning for
//! the console and the built-in default stays, so one typo never costs the clinic the widget.
//! Text is kept as plain text (the UI renders it as text, never markup) and the booking link
//! must be an absolute `http`/`https` URL.

use crate::model::assumptions::{tier_index, Assumptions, PriceOrigin, PriceTable, PricingBasis};
use crate::model::currency::Currency;
use crate::model::date::Date;
use crate::model::input::{sanitize, validate, Field, PlanInput};
use crate::model::money::{Money, PriceRange};
use crate::model::number;
use crate::model::options::Tier;
use crate::model::plan::Plan;
use crate::model::region::{NamedRegion, Region};
use crate::model::value::{Map, Value};

/// Configuration text larger than this is not read at all.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_URL_CHARS: usize = 2000;
/// No price in a clinic's table may exceed this many whole currency units.
pub const MAX_PRICE_MAJOR: i64 = 1_000_000;

/// Comparisons a clinic can switch off; SMP itself is always shown.
pub const COMPARISONS: [&str; 4] = ["fibers", "hairpiece", "transplant", "medication"];

/// Attribute names on the host element, each the same as a JSON field (`-` for `_`).
pub const ATTRIBUTES: [&str; 5] = [
    "clinic-name",
    Field::Currency.wire(),
    "locale",
    "booking-url",
    "comparisons",
];

#[derive(Clone, Debug, PartialEq)]
pub struct ClinicConfig {
    pub clinic_name: Option<String>,
    /// BCP 47 tag for `Intl` (syntax checked here; the browser has the last word).
    pub locale: Option<String>,
    pub booking_url: Option<String>,
    /// Keys from [`COMPARISONS`] to show, in that order.
    pub comparisons: Vec<&'static str>,
    /// The engine's assumptions with the clinic's currency, prices and default inputs.
    pub assumptions: Assumptions,
}

impl Default for ClinicConfig {
    fn default() -> Self {
        ClinicConfig {
            clinic_name: None,
            locale: None,
            booking_url: None,
            comparisons: COMPARISONS.to_vec(),
            assumptions: Assumptions::default(),
        }
    }
}

impl ClinicConfig {
    pub fn shows(&self, comparison: &str) -> bool {
        self.comparisons.contains(&comparison)
    }

    /// Removes the comparisons the clinic switched off from a computed plan.
    pub fn filter_plan(&self, plan: &mut Plan) {
        plan.comparisons.retain(|c| self.shows(c.key));
    }
}

/// Reads `json` (the text of the configuration block, if any) and then `attributes` (name,
/// value pairs from the host element; they win over the block). Never fails: returns the
/// configuration with every readable field and one warning per field that was ignored.
pub fn parse(
    json: Option<&str>,
    attributes: &[(String, String)],
    today: Date,
) -> (ClinicConfig, Vec<String>) {
    let mut warnings = Vec::new();
    let mut doc = Map::new();
    if let Some(text) = json.filter(|t| !t.trim().is_empty()) {
        if text.len() > MAX_CONFIG_BYTES {
            warnings.push(format!(
                "The configuration is larger than {} KB and was ignored.",
                MAX_CONFIG_BYTES / 1024
            ));
        } else {
            match crate::jsontext::parse(text) {
                Ok(Value::Object(map)) => doc = map,
                Ok(_) => warnings.push("The configuration must be a JSON object; ignored.".into()),
                Err(e) => warnings.push(format!(
                    "The configuration is not valid JSON ({e}); ignored."
                )),
            }
        }
    }
    for (name, value) in attributes {
        let key = name.to_ascii_lowercase();
        if !ATTRIBUTES.contains(&key.as_str()) {
            continue;
        }
        let field = key.replace('-', "_");
        let value = if field == "comparisons" {
            Value::Array(
                value
                    .split(',')
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            )
        } else {
            Value::String(value.clone())
        };
        doc.insert(field, value);
    }
    let config = from_document(doc, today, &mut warnings);
    (config, warnings)
}

fn from_document(mut doc: Map, today: Date, w: &mut Vec<String>) -> ClinicConfig {
    let mut config = ClinicConfig::default();
    let known = [
        "clinic_name",
        Field::Currency.wire(),
        "locale",
        "booking_url",
        "comparisons",
        "prices",
        "pricing",
        "session_prices",
        "defaults",
    ];
    // The document's map is ordered by key, so the warnings come in alphabetical order.
    let unknown = doc.keys().filter(|k| !known.contains(&k.as_str()));
    for k in unknown.take(10) {
        w.push(format!(
            "Unknown configuration field \"{}\" ignored.",
            clip(k, 40)
        ));
    }

    config.clinic_name = doc.remove("clinic_name").and_then(|v| clinic_name(v, w));
    config.locale = doc.remove("locale").and_then(|v| locale(v, w));
    config.booking_url = doc.remove("booking_url").and_then(|v| booking_url(v, w));
    if let Some(v) = doc.remove("comparisons") {
        if let Some(list) = comparisons(v, w) {
            config.comparisons = list;
        }
    }
    if let Some(v) = doc.remove(Field::Currency.wire()) {
        match v.as_str().and_then(Currency::parse) {
            Some(c) => match config.assumptions.in_currency(c) {
                Some(a) => config.assumptions = a,
                None => w.push(format!(
                    "currency: cannot convert the defaults to {}.",
                    c.code()
                )),
            },
            None => w.push(format!(
                "currency: expected one of {}; using {}.",
                Currency::ALL.map(|c| c.code()).join(", "),
                config.assumptions.currency.code()
            )),
        }
    }
    let exponent = config.assumptions.currency.exponent();
    if let Some(v) = doc.remove("prices") {
        prices(v, exponent, &mut config.assumptions.prices, w);
    }
    if let Some(v) = doc.remove("pricing") {
        match v.as_str().map(str::trim) {
            Some("package") => config.assumptions.prices.basis = PricingBasis::Package,
            Some("per_session") => config.assumptions.prices.basis = PricingBasis::PerSession,
            _ => w.push("pricing: expected \"package\" or \"per_session\"; using package.".into()),
        }
    }
    if let Some(v) = doc.remove("session_prices") {
        session_prices(v, exponent, &mut config.assumptions.prices, w);
    }
    if let Some(v) = doc.remove("defaults") {
        defaults(v, &mut config.assumptions, today, w);
    }
    config
}

/// Characters, not bytes, so the cut never splits one.
fn clip(s: &str, chars: usize) -> String {
    s.chars().take(chars).collect()
}

fn clinic_name(v: Value, w: &mut Vec<String>) -> Option<String> {
    let Value::String(s) = v else {
        w.push("clinic_name: expected text; ignored.".into());
        return None;
    };
    // Plain text on one line: control characters (newlines included) become spaces.
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.chars().count() > MAX_NAME_CHARS {
        w.push(format!(
            "clinic_name: longer than {MAX_NAME_CHARS} characters; shortened."
        ));
        return Some(clip(&cleaned, MAX_NAME_CHARS));
    }
    Some(cleaned)
}

/// `en`, `en-GB`, `zh-Hant-TW`, `de-DE-u-nu-latn`: letters and digits in hyphenated parts.
fn locale(v: Value, w: &mut Vec<String>) -> Option<String> {
    let ok = |s: &str| {
        let mut parts = s.split('-');
        let first = parts.next().unwrap_or("");
        s.len() <= 35
            && (2..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_alphabetic())
            && parts
                .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    match v.as_str().map(str::trim) {
        Some(s) if ok(s) => Some(s.to_string()),
        _ => {
            w.push(
                "locale: expected a language tag such as en-GB; using the widget's language."
                    .into(),
            );
            None
        }
    }
}

/// An absolute `http` or `https` URL with a host, no spaces, quotes or control characters.
pub fn safe_url(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.chars().count() > MAX_URL_CHARS {
        return None;
    }
    if s.chars().any(|c| {
        c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    }) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let name = host.split(':').next().unwrap_or("");
    (!name.is_empty()).then(|| s.to_string())
}

fn booking_url(v: Value, w: &mut Vec<String>) -> Option<String> {
    let url = v.as_str().and_then(safe_url);
    if url.is_none() {
        w.push("booking_url: only absolute http:// or https:// links are allowed; no booking link shown.".into());
    }
    url
}

fn comparisons(v: Value, w: &mut Vec<String>) -> Option<Vec<&'static str>> {
    let Value::Array(items) = v else {
        w.push(
            "comparisons: expected a list such as [\"fibers\", \"hairpiece\"]; showing all.".into(),
        );
        return None;
    };
    let mut wanted = Vec::new();
    for item in items.iter().take(20) {
        match item
            .as_str()
            .and_then(|s| COMPARISONS.iter().find(|k| **k == s.trim()))
        {
            Some(k) => wanted.push(*k),
            None => w.push(format!(
                "comparisons: unknown entry {}; expected {}.",
                clip(&item.describe(), 40),
                COMPARISONS.join(", ")
            )),
        }
    }
    Some(
        COMPARISONS
            .into_iter()
            .filter(|k| wanted.contains(k))
            .collect(),
    )
}

/// `{"crown": {"standard": [1200, 1500, 1800]}, "touch_up": {...}}`: amounts in whole (or
/// decimal) units of the configured currency, low ≤ typical ≤ high. Each region-and-tier
/// triple stands or falls alone. `touch_up` is keyed by tier (one price for every region) or
/// by region and then tier (a price per region); regions without one keep the flat price or
/// the share of the course.
fn prices(v: Value, exponent: u32, table: &mut PriceTable, w: &mut Vec<String>) {
    let Value::Object(regions) = v else {
        w.push("prices: expected an object keyed by region; using the default prices.".into());
        return;
    };
    for (key, tiers) in regions.iter().take(64) {
        if key == "touch_up" {
            touch_up(tiers, exponent, table, w);
            continue;
        }
        let key_text = clip(key, 40);
        let Some(entry) =
            NamedRegion::parse(key).and_then(|r| table.entries.iter_mut().find(|e| e.region == r))
        else {
            w.push(format!("prices: unknown region \"{key_text}\" ignored."));
            continue;
        };
        let mut set = false;
        tier_triples(
            &format!("prices.{key_text}"),
            tiers,
            exponent,
            w,
            |tier, range| {
                *entry.slot(tier) = range;
                set = true;
            },
        );
        if set {
            entry.origin = PriceOrigin::Clinic;
        }
    }
}

fn touch_up(v: &Value, exponent: u32, table: &mut PriceTable, w: &mut Vec<String>) {
    let Value::Object(map) = v else {
        w.push("prices.touch_up: expected an object keyed by tier or region; ignored.".into());
        return;
    };
    let by_tier = map.keys().all(|k| Tier::parse(k).is_some());
    if by_tier {
        let flat = &mut table.touch_up.flat;
        tier_triples("prices.touch_up", v, exponent, w, |tier, range| {
            flat[tier_index(tier)] = Some(range);
        });
        return;
    }
    for (key, tiers) in map.iter().take(64) {
        let key_text = clip(key, 40);
        let Some(entry) =
            NamedRegion::parse(key).and_then(|r| table.entries.iter_mut().find(|e| e.region == r))
        else {
            w.push(format!(
                "prices.touch_up: unknown region \"{key_text}\" ignored."
            ));
            continue;
        };
        let slots = &mut entry.touch_up;
        tier_triples(
            &format!("prices.touch_up.{key_text}"),
            tiers,
            exponent,
            w,
            |tier, range| slots[tier_index(tier)] = Some(range),
        );
    }
}

/// `{"crown": {"standard": [400, 500, 600]}}`: the price of one session, used when `pricing`
/// is `per_session`; regions and tiers without one split their package price.
fn session_prices(v: Value, exponent: u32, table: &mut PriceTable, w: &mut Vec<String>) {
    let Value::Object(regions) = v else {
        w.push("session_prices: expected an object keyed by region; ignored.".into());
        return;
    };
    for (key, tiers) in regions.iter().take(64) {
        let key_text = clip(key, 40);
        let Some(entry) =
            NamedRegion::parse(key).and_then(|r| table.entries.iter_mut().find(|e| e.region == r))
        else {
            w.push(format!(
                "session_prices: unknown region \"{key_text}\" ignored."
            ));
            continue;
        };
        let slots = &mut entry.per_session;
        let mut set = false;
        tier_triples(
            &format!("session_prices.{key_text}"),
            tiers,
            exponent,
            w,
            |tier, range| {
                slots[tier_index(tier)] = Some(range);
                set = true;
            },
        );
        if set {
            entry.origin = PriceOrigin::Clinic;
        }
    }
}

/// Reads `{"budget": [l, t, h], ...}` and hands each valid triple to `set`; warns under `path`.
fn tier_triples(
    path: &str,
    v: &Value,
    exponent: u32,
    w: &mut Vec<String>,
    mut set: impl FnMut(Tier, PriceRange),
) {
    let Value::Object(tiers) = v else {
        w.push(format!(
            "{path}: expected an object keyed by tier; ignored."
        ));
        return;
    };
    for (tier_key, triple) in tiers.iter().take(8) {
        let Some(tier) = Tier::parse(tier_key) else {
            w.push(format!(
                "{path}: unknown tier \"{}\" ignored.",
                clip(tier_key, 20)
            ));
            continue;
        };
        match price_range(triple, exponent) {
            Some(range) => set(tier, range),
            None => w.push(format!(
                "{path}.{}: expected [low, typical, high] amounts from 0 to {MAX_PRICE_MAJOR}, in order; default kept.",
                tier.key()
            )),
        }
    }
}

trait TierSlots {
    fn slot(&mut self, tier: Tier) -> &mut PriceRange;
}

impl TierSlots for crate::model::assumptions::PriceEntry {
    fn slot(&mut self, tier: Tier) -> &mut PriceRange {
        match tier {
            Tier::Budget => &mut self.budget,
            Tier::Standard => &mut self.standard,
            Tier::Premium => &mut self.premium,
        }
    }
}

fn price_range(v: &Value, exponent: u32) -> Option<PriceRange> {
    let Value::Array(items) = v else { return None };
    if items.len() != 3 {
        return None;
    }
    let max = MAX_PRICE_MAJOR.checked_mul(10i64.checked_pow(exponent)?)?;
    let mut amounts = [Money::ZERO; 3];
    for (slot, item) in amounts.iter_mut().zip(items) {
        let text = match item {
            Value::Number(n) => crate::model::decimal::shortest(*n),
            Value::String(s) => s.clone(),
            _ => return None,
        };
        let minor = number::parse_amount(&text, exponent).ok()??;
        if !(0..=max).contains(&minor) {
            return None;
        }
        *slot = Money::from_minor(minor);
    }
    let range = PriceRange::new(amounts[0], amounts[1], amounts[2]);
    range.is_ordered().then_some(range)
}

/// Default inputs in the JSON contract's form. Fields the engine has no default slot for
/// (start date, session count, currency, the optional rows) are refused with a warning.
fn defaults(v: Value, a: &mut Assumptions, today: Date, w: &mut Vec<String>) {
    let Value::Object(mut map) = v else {
        w.push("defaults: expected an object of input fields; ignored.".into());
        return;
    };
    for fixed in Field::ALL.iter().filter(|f| !f.spec().presettable) {
        let fixed = fixed.wire();
        if map.remove(fixed).is_some() {
            w.push(format!("defaults.{fixed}: cannot be preset; ignored."));
        }
    }
    let (input, errors) = PlanInput::from_json_partial(&Value::Object(map));
    for e in &errors {
        w.push(format!("defaults.{}: {}", clip(&e.field, 40), e.message));
    }
    let input = PlanInput {
        currency: Some(a.currency.code().to_string()),
        ..input
    };
    let (input, dropped) = sanitize(input, a, today);
    for name in dropped {
        w.push(format!(
            "defaults.{name}: not a valid value; the built-in default is used."
        ));
    }
    let Ok((inputs, _)) = validate(&input, a, today) else {
        return;
    };
    let d = &mut a.defaults;
    match inputs.region {
        Region::Named(r) => d.region = r,
        Region::Custom { .. } => {
            w.push("defaults.region: a custom area cannot be the default.".into())
        }
    }
    d.tier = inputs.tier;
    d.longevity_months = inputs.longevity_months;
    d.skin = inputs.skin;
    d.sun = inputs.sun;
    d.style = inputs.style;
    d.session_gap_weeks = inputs.session_gap_weeks;
    d.horizon_years = inputs.horizon_years;
    d.inflation_basis_points = inputs.inflation_basis_points;
    d.sales_tax_basis_points = inputs.sales_tax_basis_points;
    // The alternatives' defaults are sized to the area: only what the clinic set replaces the
    // reference values (fibers at the reference area, the full hair system).
    let (f, h) = (&inputs.fibers, &inputs.hairpiece);
    if input.fibers_bottle_price_minor.is_some() {
        d.fibers.bottle_price = f.bottle_price;
    }
    if input.fibers_days_per_bottle.is_some() {
        d.fibers.days_per_bottle = f.days_per_bottle;
    }
    if input.fibers_extras_per_month_minor.is_some() {
        d.fibers.extras_per_month = f.extras_per_month;
    }
    if input.hairpiece_unit_price_minor.is_some() {
        d.hairpiece.unit_price = h.unit_price;
    }
    if input.hairpiece_unit_life_months.is_some() {
        d.hairpiece.unit_life_tenth_months = h.unit_life_tenth_months;
    }
    if input.hairpiece_units_in_rotation.is_some() {
        d.hairpiece.units_in_rotation = h.units_in_rotation;
    }
    if input.hairpiece_maintenance_per_month_minor.is_some() {
        d.hairpiece.maintenance_per_month = h.maintenance_per_month;
    }
    if input.hairpiece_supplies_per_month_minor.is_some() {
        d.hairpiece.supplies_per_month = h.supplies_per_month;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compute;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    fn parse_json(json: &str) -> (ClinicConfig, Vec<String>) {
        parse(Some(json), &[], today())
    }

    #[test]
    fn no_configuration_is_the_built_in_one() {
        let (c, w) = parse(None, &[], today());
        assert_eq!(c, ClinicConfig::default());
        assert!(w.is_empty());
    }

    #[test]
    fn unknown_fields_are_named_in_alphabetical_order_at_most_ten() {
        let fields: Vec<String> = (0..14).rev().map(|i| format!("\"x{i:02}\": 1")).collect();
        let (_, w) = parse_json(&format!("{{{}}}", fields.join(",")));
        let named: Vec<&str> = w.iter().filter_map(|m| m.split('"').nth(1)).collect();
        let expected: Vec<String> = (0..10).map(|i| format!("x{i:02}")).collect();
        assert_eq!(named, expected);
    }

    #[test]
    fn a_full_configuration_is_applied() {
        let (c, w) = parse_json(
            r#"{
              "clinic_name": "  Northside\nSMP  ",
              "currency": "GBP",
              "locale": "en-GB",
              "booking_url": "https://northside.example/book?src=calc",
              "comparisons": ["hairpiece"],
              "prices": {"crown": {"standard": [1000, 1250, 1500.50]}, "touch_up": {"standard": [200, 300, 400]}},
              "defaults": {"tier": "premium", "horizon_years": 8, "fibers_bottle_price_minor": 2500}
            }"#,
        );
        assert_eq!(w, Vec::<String>::new());
        assert_eq!(c.clinic_name.as_deref(), Some("Northside SMP"));
        assert_eq!(c.locale.as_deref(), Some("en-GB"));
        assert_eq!(
            c.booking_url.as_deref(),
            Some("https://northside.example/book?src=calc")
        );
        assert_eq!(c.comparisons, vec!["hairpiece"]);
        let a = &c.assumptions;
        assert_eq!(a.currency, Currency::Gbp);
        let crown = a
            .prices
            .entry(NamedRegion::parse("crown").unwrap())
            .unwrap();
        assert_eq!(
            crown.standard,
            PriceRange::new(
                Money::from_minor(100_000),
                Money::from_minor(125_000),
                Money::from_minor(150_050)
            )
        );
        assert_eq!(
            a.prices.touch_up.flat[1].map(|r| r.typical),
            Some(Money::from_minor(30_000))
        );
        assert_eq!(a.defaults.tier, Tier::Premium);
        assert_eq!(a.defaults.horizon_years, 8);
        assert_eq!(a.defaults.fibers.bottle_price, Money::from_minor(2500));

        // The engine uses them: crown at standard costs the clinic's price, in GBP.
        let plan = compute(
            &PlanInput {
                tier: Some("standard".into()),
                ..PlanInput::default()
            },
            a,
            today(),
        )
        .unwrap();
        assert_eq!(plan.currency, "GBP");
        assert_eq!(plan.horizon.years, 8);
    }

    #[test]
    fn attributes_override_the_json_block() {
        let attrs = vec![
            ("clinic-name".to_string(), "From attribute".to_string()),
            ("comparisons".to_string(), "fibers, transplant".to_string()),
            ("onclick".to_string(), "alert(1)".to_string()),
        ];
        let (c, w) = parse(Some(r#"{"clinic_name": "From JSON"}"#), &attrs, today());
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.clinic_name.as_deref(), Some("From attribute"));
        assert_eq!(c.comparisons, vec!["fibers", "transplant"]);
    }

    #[test]
    fn each_bad_field_falls_back_alone_with_a_warning() {
        let (c, w) = parse_json(
            r#"{
              "clinic_name": "<script>alert(1)</script>",
              "currency": "XYZ",
              "locale": "en_GB; drop",
              "booking_url": "javascript:alert(1)",
              "comparisons": ["fibers", "wigs"],
              "prices": {"crown": {"standard": [1500, 1000, 2000], "premium": [1, 2, 3]}, "norwood-9": {}, "top": {"gold": [1, 2, 3]}},
              "defaults": {"tier": "platinum", "horizon_years": 12, "start_date": "2027-01-01"},
              "colour": "red"
            }"#,
        );
        // Text stays text: the UI escapes it; nothing here is markup.
        assert_eq!(c.clinic_name.as_deref(), Some("<script>alert(1)</script>"));
        assert_eq!(c.assumptions.currency, Currency::Usd);
        assert_eq!(c.locale, None);
        assert_eq!(c.booking_url, None);
        assert_eq!(c.comparisons, vec!["fibers"]);
        let d = Assumptions::default();
        let crown = NamedRegion::parse("crown").unwrap();
        assert_eq!(
            c.assumptions.prices.entry(crown).unwrap().standard,
            d.prices.entry(crown).unwrap().standard
        );
        assert_eq!(
            c.assumptions.prices.entry(crown).unwrap().premium.low,
            Money::from_minor(100)
        );
        assert_eq!(c.assumptions.defaults.tier, d.defaults.tier);
        assert_eq!(c.assumptions.defaults.horizon_years, 12);
        let joined = w.join("\n");
        for needle in [
            "colour",
            "currency",
            "locale",
            "booking_url",
            "wigs",
            "prices.crown.standard",
            "norwood-9",
            "gold",
            "defaults.tier",
            "defaults.start_date",
        ] {
            assert!(
                joined.contains(needle),
                "no warning about {needle}: {joined}"
            );
        }
    }

    #[test]
    fn malformed_or_oversized_text_is_ignored_as_a_whole() {
        for text in ["{", "[1,2]", "null", "\"x\""] {
            let (c, w) = parse_json(text);
            assert_eq!(c, ClinicConfig::default());
            assert_eq!(w.len(), 1, "{text}: {w:?}");
        }
        let big = format!("{{\"clinic_name\": \"{}\"}}", "a".repeat(MAX_CONFIG_BYTES));
        let (c, w) = parse_json(&big);
        assert_eq!(c.clinic_name, None);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn only_http_and_https_links_with_a_host() {
        for ok in [
            "https://a.example",
            "http://a.example/x?y=1#z",
            "HTTPS://A.example:8443/p",
        ] {
            assert!(safe_url(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "//a.example",
            "/book",
            "https://",
            "https:///path",
            "https://a.example/\"onmouseover=x",
            "https://a.example/ x",
            "vbscript:x",
            "https://@/",
            "ftp://a.example",
        ] {
            assert!(safe_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn long_names_are_shortened_on_a_character_boundary() {
        let (c, w) = parse_json(&format!("{{\"clinic_name\": \"{}\"}}", "é".repeat(200)));
        assert_eq!(c.clinic_name.unwrap().chars().count(), MAX_NAME_CHARS);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn a_clinic_table_converted_for_the_visitor_says_from_what() {
        use crate::model::notes::NoteCode;
        let (c, _) = parse_json(
            r#"{"currency": "GBP", "prices": {"crown": {"standard": [1000, 1250, 1500]}}}"#,
        );
        let codes = |currency: &str| -> Vec<NoteCode> {
            let input = PlanInput {
                currency: Some(currency.into()),
                ..PlanInput::default()
            };
            let plan = compute(&input, &c.assumptions, today()).unwrap();
            plan.notes.iter().map(|n| n.code).collect()
        };
        // In the clinic's own currency nothing is converted but the alternatives.
        assert!(codes("GBP").contains(&NoteCode::AlternativesConverted));
        // Shown in USD, the clinic's pounds are converted: not "from US prices".
        let usd = codes("USD");
        assert!(usd.contains(&NoteCode::PricesConvertedFromClinic));
        assert!(!usd.contains(&NoteCode::PricesConverted));
    }

    #[test]
    fn hidden_comparisons_leave_the_plan() {
        let (c, _) = parse_json(r#"{"comparisons": ["hairpiece"]}"#);
        let mut plan = compute(&PlanInput::default(), &c.assumptions, today()).unwrap();
        assert!(plan.comparisons.iter().any(|x| x.key == "fibers"));
        c.filter_plan(&mut plan);
        let keys: Vec<_> = plan.comparisons.iter().map(|x| x.key).collect();
        assert_eq!(keys, vec!["hairpiece"]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
    use crate::model::compute;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any text, any attributes: no panic, and whatever survives is safe to use.
        #[test]
        fn never_panics_and_keeps_only_safe_values(
            json in prop_oneof![
                any::<String>(),
                "\\{\"(clinic_name|currency|locale|booking_url|comparisons|prices|defaults)\": .{0,40}\\}",
                "\\{\"prices\": \\{\"(crown|top|norwood-[0-9]|touch_up)\": \\{\"(budget|standard|premium)\": \\[-?[0-9.e]{1,8}, -?[0-9.]{1,8}, [0-9.]{1,12}\\]\\}\\}\\}",
            ],
            attrs in proptest::collection::vec(("(clinic-name|currency|locale|booking-url|comparisons|x)", ".{0,30}"), 0..4),
        ) {
            let today = Date::new(2026, 11, 24).unwrap();
            let (c, _) = parse(Some(&json), &attrs, today);
            if let Some(url) = &c.booking_url {
                let lower = url.to_ascii_lowercase();
                prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            }
            if let Some(name) = &c.clinic_name {
                prop_assert!(name.chars().count() <= MAX_NAME_CHARS);
                prop_assert!(!name.chars().any(char::is_control));
            }
            for e in &c.assumptions.prices.entries {
                for t in [e.budget, e.standard, e.premium] {
                    prop_assert!(t.is_ordered() && t.low >= Money::ZERO);
                }
            }
            prop_assert!(compute(&PlanInput::default(), &c.assumptions, today).is_ok());
        }
    }
}

//! What a clinic configuration amounts to once parsed, written back as JSON for the
//! configurator page (configure.html): every price of the table (the clinic's or the default
//! in its currency), the colours kept ([`theme`]), and the choices each field allows. The page builds its
//! form from this, so fields the parser learns appear there without a second list.

use crate::theme;
use serde_json::{json, Map, Value};
use smp_calculator::model::assumptions::PricingBasis;
use smp_calculator::model::config::{ClinicConfig, COMPARISONS, MAX_NAME_CHARS, MAX_PRICE_MAJOR};
use smp_calculator::model::currency::Currency;
use smp_calculator::model::money::PriceRange;
use smp_calculator::model::options::{Skin, Style, Sun, Tier};

/// `minor` in major units as text: `1400`, `1400.5` → `"1400.50"` for two decimals.
pub fn major_text(minor: i64, exponent: u32) -> String {
    let scale = 10i64.pow(exponent);
    let sign = if minor < 0 { "-" } else { "" };
    let (whole, frac) = (
        minor.unsigned_abs() / scale as u64,
        minor.unsigned_abs() % scale as u64,
    );
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = exponent as usize)
    }
}

fn triple(r: PriceRange, exponent: u32) -> Value {
    json!([r.low, r.typical, r.high].map(|m| major_text(m.minor(), exponent)))
}

fn tiers(ranges: [Option<PriceRange>; 3], exponent: u32) -> Value {
    let mut map = Map::new();
    for (tier, range) in [Tier::Budget, Tier::Standard, Tier::Premium]
        .into_iter()
        .zip(ranges)
    {
        if let Some(range) = range {
            map.insert(tier.key().into(), triple(range, exponent));
        }
    }
    Value::Object(map)
}

/// The effective configuration and its schema (choices, limits, colour defaults). Prices are
/// the ones the engine would use: course prices, and for every region its touch-up and its
/// session price (the clinic's, else derived), so each reads back as the same plan.
pub fn view(config: &ClinicConfig, kept_theme: &[(&'static str, String)]) -> Value {
    let a = &config.assumptions;
    let table = &a.prices;
    let exponent = a.currency.exponent();
    let base = a.sessions.base;
    let all = [Tier::Budget, Tier::Standard, Tier::Premium];
    let (mut prices, mut touch_up, mut sessions) = (Map::new(), Map::new(), Map::new());
    let mut regions = Vec::new();
    for e in &table.entries {
        let key = e.region.to_string();
        prices.insert(
            key.clone(),
            tiers(all.map(|t| Some(e.for_tier(t))), exponent),
        );
        touch_up.insert(
            key.clone(),
            tiers(all.map(|t| table.touch_up_price(e, t, base)), exponent),
        );
        sessions.insert(
            key.clone(),
            tiers(all.map(|t| table.session_price(e, t, base)), exponent),
        );
        regions.push(json!({ "key": key, "label": e.region.label() }));
    }
    prices.insert("touch_up".into(), Value::Object(touch_up));
    let theme: Map<String, Value> = theme::COLOURS
        .iter()
        .filter_map(|(key, property, _)| {
            let kept = kept_theme.iter().find(|(p, _)| p == property)?;
            Some(((*key).to_string(), Value::String(kept.1.clone())))
        })
        .collect();
    let keys = |all: &[&str]| json!(all);
    let mut out = Map::new();
    // Unset text fields are left out: `null` is not a value the parser accepts.
    for (key, value) in [
        ("clinic_name", &config.clinic_name),
        ("locale", &config.locale),
        ("booking_url", &config.booking_url),
    ] {
        if let Some(v) = value {
            out.insert(key.into(), json!(v));
        }
    }
    out.insert("currency".into(), json!(a.currency.code()));
    out.insert("comparisons".into(), json!(config.comparisons));
    out.insert("pricing".into(), json!(table.basis));
    out.insert("prices".into(), Value::Object(prices));
    out.insert("session_prices".into(), Value::Object(sessions));
    out.insert("theme".into(), Value::Object(theme));
    json!({
        "config": out,
        "schema": {
            "currencies": Currency::ALL.map(|c| json!({ "code": c.code(), "exponent": c.exponent() })),
            "regions": regions,
            "tiers": keys(&Tier::ALL.iter().map(|t| t.key()).collect::<Vec<_>>()),
            "pricing": [PricingBasis::Package, PricingBasis::PerSession],
            "comparisons": COMPARISONS,
            "skin": keys(&Skin::ALL.iter().map(|t| t.key()).collect::<Vec<_>>()),
            "sun": keys(&Sun::ALL.iter().map(|t| t.key()).collect::<Vec<_>>()),
            "style": keys(&Style::ALL.iter().map(|t| t.key()).collect::<Vec<_>>()),
            "theme": theme::COLOURS.map(|(key, property, default)| json!({ "key": key, "property": property, "default": default })),
            "theme_pairs": theme::PAIRS,
            "min_contrast": theme::MIN_CONTRAST,
            "max_name_chars": MAX_NAME_CHARS,
            "max_price": MAX_PRICE_MAJOR,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check;
    use serde_json::json;
    use smp_calculator::model::config::parse;
    use smp_calculator::model::Date;

    #[test]
    fn amounts_are_written_in_major_units() {
        assert_eq!(major_text(140_000, 2), "1400");
        assert_eq!(major_text(140_050, 2), "1400.50");
        assert_eq!(major_text(140_005, 2), "1400.05");
        assert_eq!(major_text(1400, 0), "1400");
        assert_eq!(major_text(-5, 2), "-0.05");
    }

    #[test]
    fn the_view_reads_back_as_the_same_prices() {
        let today = Date::new(2026, 11, 24).unwrap();
        let text = r##"{"clinic_name": "North", "currency": "GBP", "comparisons": ["hairpiece"],
                    "pricing": "per_session",
                    "prices": {"crown": {"standard": [1000, 1250.5, 1500]},
                               "touch_up": {"crown": {"standard": [200, 300, 400]}}},
                    "session_prices": {"top": {"premium": [500, 600, 700]}},
                    "theme": {"accent": "#8a1c7c"}}"##;
        let v: Value = serde_json::from_str(&check(text, today)).unwrap();
        assert_eq!(v["warnings"], json!([]));
        let cfg = &v["config"];
        assert_eq!(
            cfg["prices"]["crown"]["standard"],
            json!(["1000", "1250.50", "1500"])
        );
        assert_eq!(
            cfg["prices"]["touch_up"]["crown"]["standard"],
            json!(["200", "300", "400"])
        );
        assert_eq!(
            cfg["session_prices"]["top"]["premium"],
            json!(["500", "600", "700"])
        );
        assert_eq!(cfg["pricing"], json!("per_session"));
        assert_eq!(cfg["theme"], json!({"accent": "#8a1c7c"}));
        let (c, _) = parse(Some(text), &[], today);
        let regions = v["schema"]["regions"].as_array().unwrap();
        assert_eq!(regions.len(), c.assumptions.prices.entries.len());
        // Every region and tier is there, and the whole of it reads back as the same prices.
        let again: Value = serde_json::from_str(&check(&cfg.to_string(), today)).unwrap();
        assert_eq!(again["warnings"], json!([]));
        assert_eq!(again["config"], v["config"]);
    }

    #[test]
    fn the_parsers_warnings_name_their_field() {
        let today = Date::new(2026, 11, 24).unwrap();
        let v: Value = serde_json::from_str(&check(
            r##"{"booking_url": "javascript:alert(1)",
                 "prices": {"crown": {"premium": [3000, 1000, 4000]}},
                 "theme": {"accent_text": "#999999"}}"##,
            today,
        ))
        .unwrap();
        let w: Vec<&str> = v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w.iter().any(|w| w.starts_with("booking_url: ")), "{w:?}");
        assert!(
            w.iter().any(|w| w.starts_with("prices.crown.premium: ")),
            "{w:?}"
        );
        assert!(
            w.iter().any(|w| w.starts_with("theme.accent_text: ")),
            "{w:?}"
        );
        assert!(v["config"].get("booking_url").is_none());
        assert_eq!(v["config"]["theme"], json!({}));
    }
}

//! Property tests of the engine: no input panics, and the plan's invariants hold for every
//! valid input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use smp_calculator::model::input::registry::{Kind, AREA_IN2, START_YEARS};
use smp_calculator::model::input::{Field, WireValue, MAX_AMOUNT_MINOR};
use smp_calculator::model::money::Money;
use smp_calculator::model::{compute, Assumptions, Date, Plan, PlanInput};

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

fn plan(input: &PlanInput) -> Plan {
    compute(input, &Assumptions::default(), today()).expect("valid input computes")
}

const REGIONS: &[&str] = &[
    "hairline",
    "crown",
    "top",
    "full",
    "scar",
    "diffuse",
    "norwood-2",
    "norwood-3",
    "norwood-4",
    "norwood-5",
    "norwood-6",
    "norwood-7",
    "ludwig-1",
    "ludwig-2",
    "ludwig-3",
];

fn date_in(years: std::ops::RangeInclusive<i32>) -> impl Strategy<Value = String> {
    let (from, to) = (
        Date::new(*years.start(), 1, 1).unwrap().day_number(),
        Date::new(*years.end(), 12, 31).unwrap().day_number(),
    );
    (from..=to).prop_map(|n| Date::from_day_number(n).unwrap().to_string())
}

/// A valid value of one field, from its registry entry, or unset.
fn valid_value(f: Field) -> BoxedStrategy<Option<WireValue>> {
    let value = match f.spec().kind {
        Kind::Choice(words) => prop::sample::select(words())
            .prop_map(|w| WireValue::Text(w.to_string()))
            .boxed(),
        Kind::Number { min, max, .. } => (min..=max).prop_map(WireValue::Number).boxed(),
        Kind::Whole { min, max } => (min..=max)
            .prop_map(|n| WireValue::Number(f64::from(n)))
            .boxed(),
        Kind::Money => (0..=MAX_AMOUNT_MINOR).prop_map(WireValue::Minor).boxed(),
        Kind::Text if f == Field::StartDate => date_in(START_YEARS.0..=START_YEARS.1)
            .prop_map(WireValue::Text)
            .boxed(),
        Kind::Text => panic!("{f:?}: no valid-value strategy"),
    };
    prop::option::of(value).boxed()
}

/// Inputs that pass validation, covering every field.
fn valid_input() -> impl Strategy<Value = PlanInput> {
    let region = prop_oneof![
        4 => prop::option::of(prop::sample::select(REGIONS)).prop_map(|r| (r.map(String::from), None, None)),
        1 => (5.0f64..=800.0).prop_map(|a| (Some("custom".to_string()), Some(a), Some("cm2".to_string()))),
        1 => (AREA_IN2.0..=AREA_IN2.1).prop_map(|a| (Some("custom".to_string()), Some(a), Some("in2".to_string()))),
    ];
    let others: Vec<Field> = Field::ALL
        .iter()
        .copied()
        .filter(|f| !matches!(f, Field::Region | Field::Area | Field::AreaUnit))
        .collect();
    let values: Vec<_> = others.iter().map(|&f| valid_value(f)).collect();
    (region, values).prop_map(move |((region, area, area_unit), values)| {
        let mut input = PlanInput {
            region,
            area,
            area_unit,
            ..PlanInput::default()
        };
        for (&f, v) in others.iter().zip(values) {
            if let Some(v) = v {
                assert!(input.put(f, v), "{f:?}: value of another type");
            }
        }
        input
    })
}

/// Anything at all in every field.
fn any_input() -> impl Strategy<Value = PlanInput> {
    let values: Vec<_> = Field::ALL
        .iter()
        .map(|f| match f.wire_type() {
            "text" => wild_text().prop_map(|v| v.map(WireValue::Text)).boxed(),
            "number" => wild_number().prop_map(|v| v.map(WireValue::Number)).boxed(),
            _ => prop::option::of(any::<i64>())
                .prop_map(|v| v.map(WireValue::Minor))
                .boxed(),
        })
        .collect();
    values.prop_map(|values| {
        let mut input = PlanInput::default();
        for (&f, v) in Field::ALL.iter().zip(values) {
            if let Some(v) = v {
                assert!(input.put(f, v), "{f:?}: value of another type");
            }
        }
        input
    })
}

fn wild_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        prop::sample::select(REGIONS).prop_map(String::from),
        Just("custom".to_string()),
        ".*",
        Just("norwood-99".to_string()),
        Just("2026-02-30".to_string()),
    ])
}

fn wild_number() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-0.0),
        -1e3f64..1e3,
    ])
}

fn non_decreasing(v: &[Money]) -> bool {
    v.windows(2).all(|w| w[0] <= w[1])
}

fn touch_up_counts(p: &Plan) -> [usize; 3] {
    [
        p.touch_ups.short.items.len(),
        p.touch_ups.typical.items.len(),
        p.touch_ups.long.items.len(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_input_panics(input in any_input()) {
        match compute(&input, &Assumptions::default(), today()) {
            Ok(plan) => prop_assert!(plan.sessions.count >= 2),
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(!e.field.is_empty() && !e.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn no_json_document_panics(doc in ".{0,200}") {
        let _ = PlanInput::from_json(&doc);
    }

    #[test]
    fn no_json_value_panics(key in prop::sample::select(smp_calculator::model::input::FIELDS), value in prop_oneof![
        any::<i64>().prop_map(|v| v.to_string()),
        any::<u64>().prop_map(|v| v.to_string()),
        any::<f64>().prop_filter("finite", |v| v.is_finite()).prop_map(|v| format!("{v:e}")),
        ".{0,20}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("null".to_string()), Just("true".to_string()), Just("[]".to_string()), Just("{}".to_string()),
    ]) {
        if let Ok(input) = PlanInput::from_json(&format!("{{\"{key}\": {value}}}")) {
            let _ = compute(&input, &Assumptions::default(), today());
        }
    }

    #[test]
    fn low_typical_high_are_ordered_everywhere(input in valid_input()) {
        let p = plan(&input);
        prop_assert!(p.initial_cost.is_ordered());
        prop_assert!(p.smp.total.is_ordered());
        for s in &p.sessions.items {
            prop_assert!(s.cost.is_ordered());
        }
        let band = &p.smp.cumulative;
        for i in 0..band.typical.len() {
            prop_assert!(band.low[i] <= band.typical[i] && band.typical[i] <= band.high[i], "month {}", i + 1);
        }
        let l = &p.longevity;
        prop_assert!(l.short_months <= l.typical_months && l.typical_months <= l.long_months);
    }

    #[test]
    fn cumulative_series_never_decrease(input in valid_input()) {
        let p = plan(&input);
        let months = p.horizon.months as usize;
        for series in [&p.smp.cumulative.low, &p.smp.cumulative.typical, &p.smp.cumulative.high] {
            prop_assert_eq!(series.len(), months);
            prop_assert!(non_decreasing(series));
        }
        for c in &p.comparisons {
            prop_assert_eq!(c.cumulative.len(), months);
            prop_assert!(non_decreasing(&c.cumulative), "{}", c.key);
        }
    }

    #[test]
    fn totals_equal_the_sum_of_their_parts(input in valid_input()) {
        let p = plan(&input);
        let sum = |f: fn(&smp_calculator::model::money::PriceRange) -> Money| {
            Money::checked_sum(p.sessions.items.iter().map(|s| f(&s.cost))).unwrap()
        };
        // Sessions all fall in the first year, so they add up to the quoted course price.
        prop_assert_eq!(sum(|r| r.low), p.initial_cost.low);
        prop_assert_eq!(sum(|r| r.typical), p.initial_cost.typical);
        prop_assert_eq!(sum(|r| r.high), p.initial_cost.high);
        let t = &p.touch_ups;
        for scenario in [&t.long, &t.typical, &t.short] {
            prop_assert_eq!(Money::checked_sum(scenario.items.iter().map(|x| x.cost)).unwrap(), scenario.total);
        }
        // The band is the envelope of the three scenarios (inflation can flip their order).
        let long = p.initial_cost.low.checked_add(t.long.total).unwrap();
        let typical = p.initial_cost.typical.checked_add(t.typical.total).unwrap();
        let short = p.initial_cost.high.checked_add(t.short.total).unwrap();
        prop_assert_eq!(long.min(typical).min(short), p.smp.total.low);
        prop_assert_eq!(typical, p.smp.total.typical);
        prop_assert_eq!(short.max(typical).max(long), p.smp.total.high);
        prop_assert_eq!(p.smp.cumulative.typical.last().copied(), Some(p.smp.total.typical));
        for c in &p.comparisons {
            prop_assert_eq!(c.cumulative.last().copied(), Some(c.total));
        }
        prop_assert_eq!(p.sessions.items.len(), usize::from(p.sessions.count));
    }

    #[test]
    fn a_larger_area_never_costs_less(
        input in valid_input(),
        a in 5u32..=800,
        b in 5u32..=800,
    ) {
        let (small, large) = (a.min(b), a.max(b));
        let with_area = |area: u32| PlanInput {
            region: Some("custom".into()),
            area: Some(f64::from(area)),
            area_unit: Some("cm2".into()),
            ..input.clone()
        };
        let (ps, pl) = (plan(&with_area(small)), plan(&with_area(large)));
        prop_assert!(ps.initial_cost.low <= pl.initial_cost.low);
        prop_assert!(ps.initial_cost.typical <= pl.initial_cost.typical);
        prop_assert!(ps.initial_cost.high <= pl.initial_cost.high);
        // A 4th session for a large area moves the touch-ups later, and one may then fall past
        // the horizon; with the same course the total over the horizon is never lower.
        if ps.sessions.count == pl.sessions.count {
            prop_assert!(ps.smp.total.typical <= pl.smp.total.typical);
        }
    }

    #[test]
    fn longer_longevity_never_brings_more_touch_ups(
        input in valid_input(),
        a in 2.0f64..=15.0,
        b in 2.0f64..=15.0,
    ) {
        let with = |years: f64| PlanInput { longevity_years: Some(years), ..input.clone() };
        let (short, long) = (plan(&with(a.min(b))), plan(&with(a.max(b))));
        let (cs, cl) = (touch_up_counts(&short), touch_up_counts(&long));
        for i in 0..3 {
            prop_assert!(cl[i] <= cs[i], "scenario {i}: {:?} vs {:?}", cl, cs);
        }
        // With inflation a later touch-up may cost more, so the cost claim holds only without it.
        if long.inputs.inflation_percent == Some(0.0) {
            prop_assert!(long.smp.total.typical <= short.smp.total.typical);
        }
    }

    #[test]
    fn a_longer_horizon_never_brings_fewer_touch_ups(input in valid_input(), a in 4u32..=15, b in 4u32..=15) {
        let with = |years: u32| PlanInput { horizon_years: Some(f64::from(years)), ..input.clone() };
        let (near, far) = (plan(&with(a.min(b))), plan(&with(a.max(b))));
        let (cn, cf) = (touch_up_counts(&near), touch_up_counts(&far));
        for i in 0..3 {
            prop_assert!(cn[i] <= cf[i]);
        }
    }

    #[test]
    fn the_echoed_inputs_reproduce_the_plan(input in valid_input()) {
        let p = plan(&input);
        let json = serde_json::to_string(&p.inputs).unwrap();
        let again = PlanInput::from_json(&json).expect("echoed inputs parse");
        prop_assert_eq!(&again, &p.inputs);
        prop_assert_eq!(plan(&again), p);
    }
}

#[test]
fn the_default_table_never_charges_less_for_more_area() {
    let a = Assumptions::default();
    let mut rows = a.prices.entries.clone();
    rows.sort_by_key(|e| e.area_cm2);
    for tier in smp_calculator::model::options::Tier::ALL {
        for w in rows.windows(2) {
            let (x, y) = (w[0].for_tier(*tier), w[1].for_tier(*tier));
            assert!(
                x.low <= y.low && x.typical <= y.typical && x.high <= y.high,
                "{} ({} cm²) vs {} ({} cm²), {:?}",
                w[0].region,
                w[0].area_cm2,
                w[1].region,
                w[1].area_cm2,
                tier
            );
        }
    }
    for e in &a.prices.entries {
        for tier in smp_calculator::model::options::Tier::ALL {
            assert!(e.for_tier(*tier).is_ordered(), "{}", e.region);
        }
    }
}

#[test]
fn standard_zones_sit_in_the_briefs_band_and_span_it() {
    use smp_calculator::model::region::{NamedRegion, Zone};
    let a = Assumptions::default();
    let (band_low, band_high) = (Money::from_minor(150_000), Money::from_minor(350_000));
    let typicals: Vec<Money> = Zone::ALL
        .iter()
        .map(|z| {
            a.prices
                .entry(NamedRegion::Zone(*z))
                .unwrap()
                .standard
                .typical
        })
        .collect();
    for (z, t) in Zone::ALL.iter().zip(&typicals) {
        assert!((band_low..=band_high).contains(t), "{z:?}: {t:?}");
    }
    assert_eq!(typicals.iter().min(), Some(&band_low));
    assert_eq!(typicals.iter().max(), Some(&band_high));
}

// ---- Issue #13: prices that follow the area, per-session pricing, version-1 state ----

fn with_custom_area(input: &PlanInput, area: u32) -> PlanInput {
    PlanInput {
        region: Some("custom".into()),
        area: Some(f64::from(area)),
        area_unit: Some("cm2".into()),
        ..input.clone()
    }
}

fn alternative(p: &Plan, key: &str) -> Vec<Money> {
    p.comparisons
        .iter()
        .find(|c| c.key == key)
        .map(|c| c.cumulative.clone())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    /// Same tier, currency and options: a larger area never has a cheaper touch-up.
    #[test]
    fn touch_up_price_never_falls_as_the_area_grows(
        input in valid_input(),
        a in 5u32..=800,
        b in 5u32..=800,
    ) {
        let (small, large) = (a.min(b), a.max(b));
        let (ps, pl) = (plan(&with_custom_area(&input, small)), plan(&with_custom_area(&input, large)));
        let (s, l) = (ps.touch_up_price, pl.touch_up_price);
        prop_assert!(s.low <= l.low && s.typical <= l.typical && s.high <= l.high,
            "{small} cm²: {s:?}; {large} cm²: {l:?}");
    }

    /// Same options: fibers and the hairpiece never cost less, month by month, on a larger area,
    /// at constant prices. (With inflation a larger area may buy its 6th bottle in December at
    /// last year's price while a smaller one buys it in January at the new price: more product,
    /// bought earlier, can cost less to date. The purchase counts still never fall.)
    #[test]
    fn alternatives_never_cost_less_as_the_area_grows(
        input in valid_input(),
        a in 5u32..=800,
        b in 5u32..=800,
    ) {
        let input = PlanInput { inflation_percent: None, ..input };
        let (small, large) = (a.min(b), a.max(b));
        let (ps, pl) = (plan(&with_custom_area(&input, small)), plan(&with_custom_area(&input, large)));
        for key in ["fibers", "hairpiece"] {
            let (s, l) = (alternative(&ps, key), alternative(&pl, key));
            prop_assert_eq!(s.len(), l.len());
            for (m, (x, y)) in s.iter().zip(&l).enumerate() {
                prop_assert!(x <= y, "{} month {}: {} cm² {:?} > {} cm² {:?}", key, m, small, x, large, y);
            }
        }
    }

    /// Priced per session, the initial cost is exactly sessions × the price of one session.
    #[test]
    fn per_session_total_is_sessions_times_price(
        input in valid_input(),
        price in (0i64..=20_000, 0i64..=5_000, 0i64..=5_000),
        set_price in any::<bool>(),
    ) {
        let (low, typical, high) = (price.0, price.0 + price.1, price.0 + price.1 + price.2);
        let json = if set_price {
            format!(
                r#"{{"pricing":"per_session","session_prices":{{"crown":{{"budget":[{low},{typical},{high}],"standard":[{low},{typical},{high}],"premium":[{low},{typical},{high}]}}}}}}"#
            )
        } else {
            r#"{"pricing":"per_session"}"#.to_string()
        };
        let (config, warnings) = smp_calculator::model::config::parse(Some(&json), &[], today());
        prop_assert!(warnings.is_empty(), "{:?}", warnings);
        let p = compute(&input, &config.assumptions, today()).expect("valid input computes");
        let one = p.pricing.per_session.expect("priced per session");
        let n = i64::from(p.sessions.count);
        prop_assert_eq!(p.initial_cost.low, one.low.checked_mul(n).unwrap());
        prop_assert_eq!(p.initial_cost.typical, one.typical.checked_mul(n).unwrap());
        prop_assert_eq!(p.initial_cost.high, one.high.checked_mul(n).unwrap());
    }

    /// Links and stored settings are still version 1: any input written in that form reads back
    /// whole, and computes.
    #[test]
    fn version_1_links_and_stored_inputs_still_load(input in valid_input()) {
        use smp_calculator::model::{share, stored};
        let a = Assumptions::default();
        let link = share::encode(&input);
        prop_assert!(link.starts_with("v=1"));
        let d = share::decode(&link, &a, today());
        prop_assert!(d.rejected.is_empty());
        prop_assert_eq!(&d.input, &input);
        let doc = stored::encode(&input);
        let prefix = r#"{"version":1,"#;
        prop_assert!(doc.starts_with(prefix), "{}", doc);
        let r = stored::decode(&doc, &a, today());
        prop_assert_eq!(&r.input, &input);
        prop_assert!(compute(&r.input, &a, today()).is_ok());
    }
}

/// Saved version-1 examples (written by the widget before contract version 2): they load
/// without a rejected field and compute.
#[test]
fn saved_version_1_examples_still_load() {
    use smp_calculator::model::{share, stored};
    let a = Assumptions::default();
    let links = [
        "v=1&region=norwood-4&tier=premium&longevity_years=6&skin=oily&sun=high&style=soft&start_date=2027-01-04&horizon_years=10&inflation_percent=2.5&transplant_cost_minor=900000",
        "v=1&region=custom&area=50&area_unit=in2&tier=budget&currency=EUR&hairpiece_unit_life_months=1.5&fibers_days_per_bottle=30",
        "v=1&region=scar&sessions=4&session_gap_weeks=2&sales_tax_percent=8.25&medication_per_month_minor=4000",
    ];
    for link in links {
        let d = share::decode(link, &a, today());
        assert!(d.rejected.is_empty(), "{link}: {:?}", d.rejected);
        assert_eq!(d.notice, None, "{link}");
        assert!(compute(&d.input, &a, today()).is_ok(), "{link}");
    }
    let docs = [
        r#"{"version":1,"input":{"region":"custom","area":150.5,"tier":"budget","inflation_percent":2.5,"medication_per_month_minor":4000}}"#,
        r#"{"version":1,"input":{"region":"norwood-4","tier":"premium","longevity_years":6.0,"skin":"oily","sun":"high","style":"soft","start_date":"2027-01-04","horizon_years":10.0,"inflation_percent":2.5,"transplant_cost_minor":900000}}"#,
        r#"{"inputs":{"region":"ludwig-2","currency":"NZD"}}"#,
    ];
    for doc in docs {
        let r = stored::decode(doc, &a, today());
        assert_eq!(r.notice, None, "{doc}");
        assert_ne!(r.input, PlanInput::default(), "{doc}");
        assert!(compute(&r.input, &a, today()).is_ok(), "{doc}");
    }
}

/// Every local table (and the converted one) keeps "more area never costs less" for every tier,
/// and so does the touch-up of the named regions.
#[test]
fn local_tables_never_charge_less_for_more_area() {
    use smp_calculator::model::currency::Currency;
    use smp_calculator::model::options::Tier;
    for c in Currency::ALL {
        let a = Assumptions::default().in_currency(c).unwrap();
        let mut rows = a.prices.entries.clone();
        rows.sort_by_key(|e| e.area_cm2);
        for tier in Tier::ALL {
            for w in rows.windows(2) {
                let (x, y) = (w[0].for_tier(*tier), w[1].for_tier(*tier));
                assert!(
                    x.low <= y.low && x.typical <= y.typical && x.high <= y.high,
                    "{c:?} {}",
                    w[1].region
                );
                let t = |e| a.prices.touch_up_price(e, *tier, 3).unwrap();
                let (tx, ty) = (t(&w[0]), t(&w[1]));
                assert!(
                    tx.low <= ty.low && tx.typical <= ty.typical && tx.high <= ty.high,
                    "{c:?} {}",
                    w[1].region
                );
            }
        }
    }
}

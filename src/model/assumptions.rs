//! Every default the engine uses, as data, with its source.
//!
//! This is the one place a number's origin is recorded. `docs/assumptions.md` mirrors
//! [`Assumptions::rows`]; a test fails when the two disagree. An embedding clinic replaces any
//! part of [`Assumptions`] (its own price table, its currency, its defaults).

use crate::model::currency::Currency;
use crate::model::money::{Money, PriceRange};
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::{NamedRegion, Zone};

/// Where a figure comes from. Sources are listed in `shared/reference/smp-facts.md`.
pub mod source {
    pub const BRIEF: &str = "product brief";
    pub const PRICE_BAND: &str =
        "brief; nmtalks.com; beverlyhillshr.com (reputable clinics $1,800–3,200)";
    pub const HAIRLINE: &str = "thefrisky.com (hairline only $1,200–1,800)";
    pub const SCAR: &str = "nmtalks.com and clinic pages (scar camouflage $1,200–2,500)";
    pub const FULL: &str =
        "thefrisky.com (full scalp with scar work ~$4,000); jonathangerow.com ($1,200–6,000)";
    pub const NORWOOD: &str =
        "estimate scaled from coastlinesmp.com.au (price rises with Norwood stage)";
    pub const LUDWIG: &str =
        "estimate scaled from coastlinesmp.com.au (Ludwig 1 is the smallest job)";
    pub const TIERS: &str = "estimate (spread of jonathangerow.com's $1,200–6,000 range)";
    pub const TOUCH_UP: &str = "primelineokc.com ($300–500); goldenpulse.ca (about one session)";
    pub const SESSIONS: &str = "brief (results after the 3rd or 4th session); teammicro.com, smphaircreations.com (3 is the norm, 2–4)";
    pub const FOURTH: &str = "teammicro.com (4th session for scarring, alopecia, dry/thick skin); brief (oily skin blurs pigment)";
    pub const GAP: &str = "brief (2 to 4 weeks apart)";
    pub const NO_SWEAT: &str = "newagespa.ca aftercare (no washing/sweating about 4–5 days); brief";
    pub const SUN_AVOID: &str =
        "newagespa.ca aftercare (avoid sun, pools, saunas about 28–30 days)";
    pub const FULL_HEAL: &str = "microtechsmp.com (fully healed in about 2 months)";
    pub const LONGEVITY: &str = "brief (about 4–6 years; 10–15 in some cases)";
    pub const OILY: &str =
        "brief; primelineokc.com (oily scalp blurs and fades pigment); size is an estimate";
    pub const SUN: &str =
        "primelineokc.com, internationalhairlines.com (UV fades pigment); size is an estimate";
    pub const STYLE: &str =
        "robjamessmp.com (softer styles need touch-ups sooner); size is an estimate";
    pub const HAIRPIECE_PRICE: &str = "aurumhairsystem.com, manteiship.com (typical $800–1,500)";
    pub const HAIRPIECE_LIFE: &str = "hairsystemsaustralia.com.au (mono + poly 6–9 months)";
    pub const ROTATION: &str = "bellewigs.com (2 units in rotation)";
    pub const MAINTENANCE: &str =
        "aurumhairsystem.com; wearers' forum reports ($50–200, typical $150–200)";
    pub const ESTIMATE: &str = "estimate";
}

/// Prices of one named region for each tier.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceEntry {
    pub region: NamedRegion,
    /// Treated area in cm²: the project's own estimate, used for custom areas and session rules.
    pub area_cm2: u32,
    pub budget: PriceRange,
    pub standard: PriceRange,
    pub premium: PriceRange,
}

impl PriceEntry {
    pub fn for_tier(&self, tier: Tier) -> PriceRange {
        match tier {
            Tier::Budget => self.budget,
            Tier::Standard => self.standard,
            Tier::Premium => self.premium,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TierPrices {
    pub budget: PriceRange,
    pub standard: PriceRange,
    pub premium: PriceRange,
}

impl TierPrices {
    pub fn for_tier(&self, tier: Tier) -> PriceRange {
        match tier {
            Tier::Budget => self.budget,
            Tier::Standard => self.standard,
            Tier::Premium => self.premium,
        }
    }
}

/// What a clinic charges: the full course of initial sessions per region, and one touch-up.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceTable {
    pub entries: Vec<PriceEntry>,
    pub touch_up: TierPrices,
    /// Custom-area prices are interpolated, then rounded to this many minor units.
    pub custom_area_rounding: Money,
}

impl PriceTable {
    pub fn entry(&self, region: NamedRegion) -> Option<&PriceEntry> {
        self.entries.iter().find(|e| e.region == region)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SessionRules {
    pub base: u8,
    pub min: u8,
    pub max: u8,
    /// Areas at least this large get one more session.
    pub large_area_cm2: u32,
    /// Skin types that hold pigment poorly and get one more session.
    pub extra_for_skin: Vec<Skin>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HealingDays {
    pub no_sweat: u16,
    pub sun_avoid: u16,
    pub full_heal: u16,
}

/// Longevity modifiers, in percent of the expected years (negative = fades sooner).
#[derive(Clone, Debug, PartialEq)]
pub struct FadingRules {
    pub skin_pct: [(Skin, i32); 3],
    pub sun_pct: [(Sun, i32); 3],
    pub style_pct: [(Style, i32); 2],
    /// The short and long scenarios, in percent of the typical longevity.
    pub short_pct: i32,
    pub long_pct: i32,
    /// Bounds of the modelled longevity, in months.
    pub floor_months: u32,
    pub ceiling_months: u32,
}

impl FadingRules {
    pub fn skin(&self, v: Skin) -> i32 {
        lookup(&self.skin_pct, v)
    }
    pub fn sun(&self, v: Sun) -> i32 {
        lookup(&self.sun_pct, v)
    }
    pub fn style(&self, v: Style) -> i32 {
        lookup(&self.style_pct, v)
    }
}

fn lookup<K: PartialEq + Copy>(table: &[(K, i32)], key: K) -> i32 {
    table.iter().find(|(k, _)| *k == key).map_or(0, |(_, v)| *v)
}

/// Fibers costs: the defaults here, and the validated inputs (`Inputs::fibers`).
#[derive(Clone, Debug, PartialEq)]
pub struct Fibers {
    pub bottle_price: Money,
    pub days_per_bottle: u32,
    pub extras_per_month: Money,
}

/// Hairpiece costs: the defaults here, and the validated inputs (`Inputs::hairpiece`).
#[derive(Clone, Debug, PartialEq)]
pub struct Hairpiece {
    pub unit_price: Money,
    /// Unit life in tenths of a month, so 1.5 months is representable.
    pub unit_life_tenth_months: u32,
    pub units_in_rotation: u32,
    pub maintenance_per_month: Money,
    pub supplies_per_month: Money,
}

/// Values used for any input the visitor leaves empty.
#[derive(Clone, Debug, PartialEq)]
pub struct InputDefaults {
    pub region: NamedRegion,
    pub tier: Tier,
    pub longevity_months: u32,
    pub skin: Skin,
    pub sun: Sun,
    pub style: Style,
    pub session_gap_weeks: u32,
    pub horizon_years: u32,
    pub inflation_basis_points: u32,
    pub sales_tax_basis_points: u32,
    pub fibers: Fibers,
    pub hairpiece: Hairpiece,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    /// The currency every amount below is in.
    pub currency: Currency,
    pub prices: PriceTable,
    pub sessions: SessionRules,
    pub healing: HealingDays,
    pub fading: FadingRules,
    pub defaults: InputDefaults,
    /// Areas at least this large (or Norwood 6–7) get the "extreme hair loss" caution.
    pub extreme_loss_area_cm2: u32,
    /// Units of each currency per 1 USD, in millionths: used only to convert these defaults
    /// when the visitor picks another currency.
    pub fx_per_usd_millionths: [(Currency, i64); 6],
}

/// Default standard-tier prices in whole USD (low, typical, high) with area estimates.
/// Sorted by area: a larger area never costs less (a test checks it).
const STANDARD_USD: [(NamedRegion, u32, [i64; 3], &str); 15] = [
    (
        NamedRegion::Norwood(2),
        60,
        [1_000, 1_300, 1_600],
        source::NORWOOD,
    ),
    (
        NamedRegion::Ludwig(1),
        70,
        [1_000, 1_400, 1_700],
        source::LUDWIG,
    ),
    (
        NamedRegion::Zone(Zone::Hairline),
        80,
        [1_200, 1_500, 1_800],
        source::HAIRLINE,
    ),
    (
        NamedRegion::Norwood(3),
        110,
        [1_300, 1_700, 2_200],
        source::NORWOOD,
    ),
    (
        NamedRegion::Zone(Zone::Scar),
        130,
        [1_300, 1_800, 2_500],
        source::SCAR,
    ),
    (
        NamedRegion::Zone(Zone::Crown),
        150,
        [1_500, 2_000, 2_500],
        source::PRICE_BAND,
    ),
    (
        NamedRegion::Ludwig(2),
        180,
        [1_600, 2_100, 2_600],
        source::LUDWIG,
    ),
    (
        NamedRegion::Norwood(4),
        220,
        [1_700, 2_300, 2_800],
        source::NORWOOD,
    ),
    (
        NamedRegion::Zone(Zone::Diffuse),
        250,
        [1_800, 2_400, 3_000],
        source::PRICE_BAND,
    ),
    (
        NamedRegion::Zone(Zone::Top),
        300,
        [2_000, 2_700, 3_200],
        source::PRICE_BAND,
    ),
    (
        NamedRegion::Norwood(5),
        320,
        [2_100, 2_800, 3_300],
        source::NORWOOD,
    ),
    (
        NamedRegion::Ludwig(3),
        350,
        [2_200, 2_900, 3_400],
        source::LUDWIG,
    ),
    (
        NamedRegion::Norwood(6),
        450,
        [2_400, 3_100, 3_800],
        source::NORWOOD,
    ),
    (
        NamedRegion::Norwood(7),
        550,
        [2_600, 3_300, 4_200],
        source::NORWOOD,
    ),
    (
        NamedRegion::Zone(Zone::Full),
        650,
        [2_800, 3_500, 4_500],
        source::FULL,
    ),
];

/// Standard-tier touch-up price in whole USD.
const TOUCH_UP_USD: [i64; 3] = [300, 450, 700];

/// Budget and premium prices in percent of standard, rounded to the nearest $50.
const BUDGET_PCT: i64 = 75;
const PREMIUM_PCT: i64 = 135;
const TIER_ROUNDING_USD: i64 = 50;

fn usd(major: i64) -> Money {
    Money::from_minor(major * 100)
}

fn usd_range([low, typical, high]: [i64; 3]) -> PriceRange {
    PriceRange::new(usd(low), usd(typical), usd(high))
}

fn scaled(range: PriceRange, pct: i64) -> PriceRange {
    let step = TIER_ROUNDING_USD * 100;
    // Constant, small inputs: the conversions cannot fail; `unwrap_or` keeps this panic-free.
    range
        .try_map(|m| m.checked_mul_ratio(pct, 100)?.round_to(step))
        .unwrap_or(range)
}

fn tiers(standard: PriceRange) -> (PriceRange, PriceRange, PriceRange) {
    (
        scaled(standard, BUDGET_PCT),
        standard,
        scaled(standard, PREMIUM_PCT),
    )
}

impl Default for Assumptions {
    fn default() -> Assumptions {
        let entries = STANDARD_USD
            .iter()
            .map(|&(region, area_cm2, prices, _)| {
                let (budget, standard, premium) = tiers(usd_range(prices));
                PriceEntry {
                    region,
                    area_cm2,
                    budget,
                    standard,
                    premium,
                }
            })
            .collect();
        let (tb, ts, tp) = tiers(usd_range(TOUCH_UP_USD));
        Assumptions {
            currency: Currency::Usd,
            prices: PriceTable {
                entries,
                touch_up: TierPrices {
                    budget: tb,
                    standard: ts,
                    premium: tp,
                },
                custom_area_rounding: usd(10),
            },
            sessions: SessionRules {
                base: 3,
                min: 2,
                max: 4,
                large_area_cm2: 450,
                extra_for_skin: vec![Skin::Dry, Skin::Oily],
            },
            healing: HealingDays {
                no_sweat: 5,
                sun_avoid: 30,
                full_heal: 60,
            },
            fading: FadingRules {
                skin_pct: [(Skin::Dry, 0), (Skin::Normal, 0), (Skin::Oily, -20)],
                sun_pct: [(Sun::Low, 10), (Sun::Moderate, 0), (Sun::High, -25)],
                style_pct: [(Style::Soft, -15), (Style::Defined, 0)],
                short_pct: 80,
                long_pct: 200,
                floor_months: 12,
                ceiling_months: 180,
            },
            defaults: InputDefaults {
                region: NamedRegion::Zone(Zone::Crown),
                tier: Tier::Standard,
                longevity_months: 60,
                skin: Skin::Normal,
                sun: Sun::Moderate,
                style: Style::Defined,
                session_gap_weeks: 3,
                horizon_years: 10,
                inflation_basis_points: 0,
                sales_tax_basis_points: 0,
                fibers: Fibers {
                    bottle_price: usd(30),
                    days_per_bottle: 45,
                    extras_per_month: usd(10),
                },
                hairpiece: Hairpiece {
                    unit_price: usd(1_000),
                    unit_life_tenth_months: 60,
                    units_in_rotation: 2,
                    maintenance_per_month: usd(150),
                    supplies_per_month: usd(30),
                },
            },
            extreme_loss_area_cm2: 450,
            fx_per_usd_millionths: [
                (Currency::Usd, 1_000_000),
                (Currency::Cad, 1_370_000),
                (Currency::Eur, 870_000),
                (Currency::Gbp, 760_000),
                (Currency::Aud, 1_530_000),
                (Currency::Nzd, 1_720_000),
            ],
        }
    }
}

impl Assumptions {
    fn fx(&self, c: Currency) -> Option<i64> {
        self.fx_per_usd_millionths
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, v)| *v)
            .filter(|v| *v > 0)
    }

    /// The same assumptions with every amount converted to `target` at the reference rates,
    /// each converted amount rounded to a whole major unit. `None` if a rate is missing or
    /// the arithmetic overflows.
    pub fn in_currency(&self, target: Currency) -> Option<Assumptions> {
        if target == self.currency {
            return Some(self.clone());
        }
        let (from, to) = (self.fx(self.currency)?, self.fx(target)?);
        let whole = target.minor_per_major();
        let conv = |m: Money| m.checked_mul_ratio(to, from)?.round_to(whole);
        let range = |r: PriceRange| r.try_map(conv);
        let tiers = |t: &TierPrices| -> Option<TierPrices> {
            Some(TierPrices {
                budget: range(t.budget)?,
                standard: range(t.standard)?,
                premium: range(t.premium)?,
            })
        };
        let mut out = self.clone();
        out.currency = target;
        for e in &mut out.prices.entries {
            e.budget = range(e.budget)?;
            e.standard = range(e.standard)?;
            e.premium = range(e.premium)?;
        }
        out.prices.touch_up = tiers(&self.prices.touch_up)?;
        out.prices.custom_area_rounding =
            conv(self.prices.custom_area_rounding)?.max(Money::from_minor(1));
        let d = &mut out.defaults;
        d.fibers.bottle_price = conv(d.fibers.bottle_price)?;
        d.fibers.extras_per_month = conv(d.fibers.extras_per_month)?;
        d.hairpiece.unit_price = conv(d.hairpiece.unit_price)?;
        d.hairpiece.maintenance_per_month = conv(d.hairpiece.maintenance_per_month)?;
        d.hairpiece.supplies_per_month = conv(d.hairpiece.supplies_per_month)?;
        Some(out)
    }

    /// The assumption table as rows (key, value, source), mirrored in `docs/assumptions.md`.
    pub fn rows(&self) -> Vec<AssumptionRow> {
        let money = |m: Money| format_plain(m, self.currency);
        let range = |r: PriceRange| {
            format!(
                "{} / {} / {}",
                money(r.low),
                money(r.typical),
                money(r.high)
            )
        };
        let mut rows = Vec::new();
        let mut row = |key: String, value: String, source: &'static str| {
            rows.push(AssumptionRow { key, value, source })
        };
        for e in &self.prices.entries {
            let src = STANDARD_USD
                .iter()
                .find(|s| s.0 == e.region)
                .map_or(source::ESTIMATE, |s| s.3);
            row(
                format!("area_cm2.{}", e.region),
                e.area_cm2.to_string(),
                source::ESTIMATE,
            );
            row(
                format!("price.{}.standard", e.region),
                range(e.standard),
                src,
            );
            row(
                format!("price.{}.budget", e.region),
                range(e.budget),
                source::TIERS,
            );
            row(
                format!("price.{}.premium", e.region),
                range(e.premium),
                source::TIERS,
            );
        }
        let t = &self.prices.touch_up;
        row(
            "touch_up.standard".into(),
            range(t.standard),
            source::TOUCH_UP,
        );
        row("touch_up.budget".into(), range(t.budget), source::TIERS);
        row("touch_up.premium".into(), range(t.premium), source::TIERS);
        row(
            "custom_area_rounding".into(),
            money(self.prices.custom_area_rounding),
            source::ESTIMATE,
        );
        let s = &self.sessions;
        row("sessions.base".into(), s.base.to_string(), source::SESSIONS);
        row(
            "sessions.range".into(),
            format!("{}–{}", s.min, s.max),
            source::SESSIONS,
        );
        row(
            "sessions.large_area_cm2".into(),
            s.large_area_cm2.to_string(),
            source::ESTIMATE,
        );
        row(
            "sessions.extra_for_skin".into(),
            s.extra_for_skin
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(", "),
            source::FOURTH,
        );
        let h = &self.healing;
        row(
            "healing.no_sweat_days".into(),
            h.no_sweat.to_string(),
            source::NO_SWEAT,
        );
        row(
            "healing.sun_avoid_days".into(),
            h.sun_avoid.to_string(),
            source::SUN_AVOID,
        );
        row(
            "healing.full_heal_days".into(),
            h.full_heal.to_string(),
            source::FULL_HEAL,
        );
        let f = &self.fading;
        for (k, v) in f.skin_pct {
            let src = if v == 0 {
                source::ESTIMATE
            } else {
                source::OILY
            };
            row(format!("fading.skin.{}", k.key()), pct(v), src);
        }
        for (k, v) in f.sun_pct {
            let src = if v == 0 {
                source::ESTIMATE
            } else {
                source::SUN
            };
            row(format!("fading.sun.{}", k.key()), pct(v), src);
        }
        for (k, v) in f.style_pct {
            let src = if v == 0 {
                source::ESTIMATE
            } else {
                source::STYLE
            };
            row(format!("fading.style.{}", k.key()), pct(v), src);
        }
        row(
            "fading.short_scenario".into(),
            format!("{}% of typical", f.short_pct),
            source::LONGEVITY,
        );
        row(
            "fading.long_scenario".into(),
            format!("{}% of typical", f.long_pct),
            source::LONGEVITY,
        );
        row(
            "fading.floor_months".into(),
            f.floor_months.to_string(),
            source::ESTIMATE,
        );
        row(
            "fading.ceiling_months".into(),
            f.ceiling_months.to_string(),
            source::LONGEVITY,
        );
        let d = &self.defaults;
        row(
            "default.region".into(),
            d.region.to_string(),
            source::ESTIMATE,
        );
        row("default.tier".into(), d.tier.key().into(), source::ESTIMATE);
        row(
            "default.longevity_years".into(),
            years(d.longevity_months),
            source::LONGEVITY,
        );
        row("default.skin".into(), d.skin.key().into(), source::ESTIMATE);
        row("default.sun".into(), d.sun.key().into(), source::ESTIMATE);
        row(
            "default.style".into(),
            d.style.key().into(),
            source::ESTIMATE,
        );
        row(
            "default.session_gap_weeks".into(),
            d.session_gap_weeks.to_string(),
            source::GAP,
        );
        row(
            "default.horizon_years".into(),
            d.horizon_years.to_string(),
            source::ESTIMATE,
        );
        row(
            "default.inflation_percent".into(),
            percent(d.inflation_basis_points),
            source::ESTIMATE,
        );
        row(
            "default.sales_tax_percent".into(),
            percent(d.sales_tax_basis_points),
            source::ESTIMATE,
        );
        row(
            "fibers.bottle_price".into(),
            money(d.fibers.bottle_price),
            source::ESTIMATE,
        );
        row(
            "fibers.days_per_bottle".into(),
            d.fibers.days_per_bottle.to_string(),
            source::ESTIMATE,
        );
        row(
            "fibers.extras_per_month".into(),
            money(d.fibers.extras_per_month),
            source::ESTIMATE,
        );
        let hp = &d.hairpiece;
        row(
            "hairpiece.unit_price".into(),
            money(hp.unit_price),
            source::HAIRPIECE_PRICE,
        );
        row(
            "hairpiece.unit_life_months".into(),
            tenths(hp.unit_life_tenth_months),
            source::HAIRPIECE_LIFE,
        );
        row(
            "hairpiece.units_in_rotation".into(),
            hp.units_in_rotation.to_string(),
            source::ROTATION,
        );
        row(
            "hairpiece.maintenance_per_month".into(),
            money(hp.maintenance_per_month),
            source::MAINTENANCE,
        );
        row(
            "hairpiece.supplies_per_month".into(),
            money(hp.supplies_per_month),
            source::ESTIMATE,
        );
        row(
            "extreme_loss_area_cm2".into(),
            self.extreme_loss_area_cm2.to_string(),
            source::ESTIMATE,
        );
        for (c, v) in self.fx_per_usd_millionths {
            row(
                format!("fx.{}_per_usd", c.code()),
                format!("{}.{:06}", v / 1_000_000, v % 1_000_000),
                source::ESTIMATE,
            );
        }
        rows
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssumptionRow {
    pub key: String,
    pub value: String,
    pub source: &'static str,
}

fn pct(v: i32) -> String {
    format!("{v:+}%")
}

fn percent(basis_points: u32) -> String {
    format!("{}.{:02}", basis_points / 100, basis_points % 100)
}

fn years(months: u32) -> String {
    tenths(months * 10 / 12)
}

fn tenths(v: u32) -> String {
    if v.is_multiple_of(10) {
        (v / 10).to_string()
    } else {
        format!("{}.{}", v / 10, v % 10)
    }
}

/// `USD 1,500.00`: a locale-free form for documentation and tests; the UI formats with `Intl`.
pub fn format_plain(m: Money, c: Currency) -> String {
    let per = c.minor_per_major();
    let minor = m.minor();
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let major = abs / per.unsigned_abs();
    let frac = abs % per.unsigned_abs();
    let digits = major.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!(
        "{} {sign}{grouped}.{frac:0width$}",
        c.code(),
        width = c.exponent() as usize
    )
}

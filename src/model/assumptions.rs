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
    pub const TOUCH_UP_SHARE: &str =
        "goldenpulse.ca (a touch-up costs about one session's price; 3 sessions is the norm)";
    pub const TOUCH_UP_SPREAD: &str =
        "estimate (the former flat $300 / $450 / $700; primelineokc.com quotes $300–500)";
    pub const TOUCH_UP_MIN: &str = "primelineokc.com (touch-ups about $300–500)";
    pub const TOUCH_UP_MAX: &str =
        "grafto.hair (one full-scalp session $800–1,200); the cap is an estimate";
    pub const PER_SESSION: &str =
        "grafto.hair (clinics also price per session); the split over 3 sessions is an estimate";
    pub const LOCAL_AUD: &str = "coastlinesmp.com.au (NW2 A$500–1,000, NW3 1,000–1,500, NW4 1,500–2,000, NW5 2,000–2,500, NW6–7 2,500–3,000); typical = middle, areas between stages interpolated: estimate";
    pub const LOCAL_GBP: &str = "smpaesthetics.co.uk (NW2–3 £400–850, NW4–5 £850–1,500, NW6–7 £1,500–2,500); typical = middle, areas between stages interpolated: estimate";
    pub const LOCAL_EUR: &str = "hairclubforum.com (small areas €500–800, whole top €1,200–2,500); portal-der-schoenheit.de (Germany €650–5,000 by area); full-scalp low and areas between: estimate";
    pub const LOCAL_CAD: &str = "kelownascalp.com (C$1,000–5,000 + GST/HST) for low and high ends; goldenpulse.ca (C$1,800–4,500) for typical ends; areas between and the full-scalp low: estimate";
    pub const SESSIONS: &str = "brief (results after the 3rd or 4th session); teammicro.com, smphaircreations.com (3 is the norm, 2–4)";
    pub const FOURTH: &str =
        "teammicro.com, smphaircreations.com (4th session for scarring, alopecia, dry/thick skin)";
    pub const GAP: &str = "brief (2 to 4 weeks apart)";
    pub const NO_SWEAT: &str = "newagespa.ca aftercare (no washing/sweating about 4–5 days); brief";
    pub const SUN_AVOID: &str =
        "newagespa.ca aftercare (avoid sun, pools, saunas about 28–30 days)";
    pub const FULL_HEAL: &str = "microtechsmp.com (fully healed in about 2 months)";
    pub const LONGEVITY: &str = "brief (about 4–6 years; 10–15 in some cases)";
    pub const OILY: &str =
        "brief; primelineokc.com (oily scalp blurs and fades pigment); size is an estimate";
    pub const DRY: &str =
        "primelineokc.com, internationalhairlines.com (very dry or flaky scalps fade faster); size is an estimate";
    pub const SUN: &str =
        "primelineokc.com, internationalhairlines.com (UV fades pigment); size is an estimate";
    pub const STYLE: &str =
        "robjamessmp.com (softer styles need touch-ups sooner); size is an estimate";
    pub const HAIRPIECE_PRICE: &str = "aurumhairsystem.com, manteiship.com (typical $800–1,500)";
    pub const HAIRPIECE_LIFE: &str = "hairsystemsaustralia.com.au (mono + poly 6–9 months)";
    pub const ROTATION: &str = "bellewigs.com (2 units in rotation)";
    pub const MAINTENANCE: &str =
        "aurumhairsystem.com; wearers' forum reports ($50–200, typical $150–200)";
    pub const PARTIAL_PRICE: &str = "estimate (toppers and partial pieces cost less than full units: aurumhairsystem.com; stock systems $300–1,500: hairhealthtips.com)";
    pub const PARTIAL_MAINTENANCE: &str =
        "aurumhairsystem.com (upkeep from $50 a month); lower end for a clip-on partial piece: estimate";
    pub const FIBERS_NEED_HAIR: &str =
        "longevitahairtransplant.com (fibers need existing hair to cling to); threshold is an estimate";
    pub const ESTIMATE: &str = "estimate";
}

/// Whether a clinic's course price covers the whole course or each session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PricingBasis {
    /// One price for the course, whatever the session count.
    #[default]
    Package,
    /// A price per session: the session count changes the total.
    PerSession,
}

/// Where a row of the price table comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceOrigin {
    /// The built-in table of the currency (from the sources in the assumption table).
    BuiltIn,
    /// Set by the embedding clinic.
    Clinic,
    /// Converted at a reference rate from the given currency.
    Converted(Currency),
}

/// Slot of a tier in per-tier arrays: budget, standard, premium.
pub fn tier_index(tier: Tier) -> usize {
    match tier {
        Tier::Budget => 0,
        Tier::Standard => 1,
        Tier::Premium => 2,
    }
}

/// How a touch-up is priced when the clinic gives no price: a share of the region's course,
/// kept within bounds, so it follows the area and never falls as the area grows.
#[derive(Clone, Debug, PartialEq)]
pub struct TouchUpRule {
    /// The typical touch-up as a share of the course's typical price, in basis points
    /// (3,333 = one session of three).
    pub share_basis_points: i64,
    /// Low and high in percent of the typical touch-up. The spread is wide (the former flat
    /// $300 / $450 / $700) so that the short scenario's earlier, dearer touch-ups keep the
    /// cost band ordered even at 20 % inflation.
    pub spread_pct: (i64, i64),
    /// (min, max) of the typical touch-up per tier (budget, standard, premium).
    pub bounds: [(Money, Money); 3],
    /// A clinic's one price per tier for every region (used before the share).
    pub flat: [Option<PriceRange>; 3],
}

/// Prices of one named region for each tier.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceEntry {
    pub region: NamedRegion,
    /// Treated area in cm²: the project's own estimate, used for custom areas and session rules.
    pub area_cm2: u32,
    /// The whole course (a package price).
    pub budget: PriceRange,
    pub standard: PriceRange,
    pub premium: PriceRange,
    /// A clinic's price of one session per tier (budget, standard, premium), if it gave one.
    pub per_session: [Option<PriceRange>; 3],
    /// A clinic's touch-up price for this region per tier, if it gave one.
    pub touch_up: [Option<PriceRange>; 3],
    pub origin: PriceOrigin,
}

impl PriceEntry {
    pub fn for_tier(&self, tier: Tier) -> PriceRange {
        match tier {
            Tier::Budget => self.budget,
            Tier::Standard => self.standard,
            Tier::Premium => self.premium,
        }
    }

    /// The currency this row was converted from, if it was.
    pub fn converted_from(&self) -> Option<Currency> {
        match self.origin {
            PriceOrigin::Converted(from) => Some(from),
            _ => None,
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

/// What a clinic charges: the course of initial sessions per region, and one touch-up.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceTable {
    pub entries: Vec<PriceEntry>,
    pub basis: PricingBasis,
    pub touch_up: TouchUpRule,
    /// Custom-area prices are interpolated, then rounded to this many minor units; derived
    /// session and touch-up prices are rounded to it too.
    pub custom_area_rounding: Money,
}

impl PriceTable {
    pub fn entry(&self, region: NamedRegion) -> Option<&PriceEntry> {
        self.entries.iter().find(|e| e.region == region)
    }

    pub fn step(&self) -> i64 {
        self.custom_area_rounding.minor().max(1)
    }

    /// One session of `e`: the clinic's price, else the package split over `base` sessions.
    pub fn session_price(&self, e: &PriceEntry, tier: Tier, base: u8) -> Option<PriceRange> {
        if let Some(r) = e.per_session[tier_index(tier)] {
            return Some(r);
        }
        let step = self.step();
        e.for_tier(tier).try_map(|m| {
            m.checked_mul_ratio(1, i64::from(base.max(1)))?
                .round_to(step)
        })
    }

    /// One touch-up of `e`: the clinic's price for the region, else its flat price, else the
    /// rule's share of the course (the package, or `base` sessions when priced per session),
    /// rounded and kept within the tier's bounds.
    pub fn touch_up_price(&self, e: &PriceEntry, tier: Tier, base: u8) -> Option<PriceRange> {
        let i = tier_index(tier);
        if let Some(r) = e.touch_up[i].or(self.touch_up.flat[i]) {
            return Some(r);
        }
        let course = match self.basis {
            PricingBasis::Package => e.for_tier(tier),
            PricingBasis::PerSession => self
                .session_price(e, tier, base)?
                .try_map(|m| m.checked_mul(i64::from(base)))?,
        };
        let rule = &self.touch_up;
        let (min, max) = rule.bounds[i];
        let step = self.step();
        let typical = course
            .typical
            .checked_mul_ratio(rule.share_basis_points, 10_000)?
            .round_to(step)?
            .clamp(min, max.max(min));
        let pct = |p: i64| typical.checked_mul_ratio(p, 100)?.round_to(step);
        let (low, high) = (pct(rule.spread_pct.0)?, pct(rule.spread_pct.1)?);
        Some(PriceRange::new(
            low.min(typical),
            typical,
            high.max(typical),
        ))
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

/// How the alternatives' defaults follow the treated area.
#[derive(Clone, Debug, PartialEq)]
pub struct AlternativeRules {
    /// `fibers.days_per_bottle` is the default at this area; a bottle lasts proportionally
    /// fewer days on a larger area (rounded, kept within `fibers_days_bounds`).
    pub fibers_reference_area_cm2: u32,
    pub fibers_days_bounds: (u32, u32),
    /// From this area on the hairpiece row is a full hair system (`defaults.hairpiece`);
    /// smaller areas compare with a partial unit (topper, frontal or crown piece).
    pub hairpiece_full_unit_area_cm2: u32,
    pub partial_hairpiece: Hairpiece,
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
    /// How the alternatives follow the treated area.
    pub alternatives: AlternativeRules,
    /// The alternatives' amounts were converted from another currency at a reference rate.
    pub alternatives_converted: bool,
    /// Areas at least this large (or Norwood 6–7) get the "extreme hair loss" caution, and
    /// the fibers comparison is marked unsuitable.
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

/// Touch-up rule for the standard tier: the typical touch-up is a third of the course's typical
/// price (one session of three), at least $300 and at most $1,200, rounded to the custom-area
/// step.
const TOUCH_UP_SHARE_BP: i64 = 3_333;
const TOUCH_UP_BOUNDS_USD: (i64, i64) = (300, 1_200);
/// Low and high touch-up in percent of the typical one: the spread of the former flat
/// $300 / $450 / $700 (67 % and 156 %, rounded down).
const TOUCH_UP_SPREAD_PCT: (i64, i64) = (67, 155);

/// Local standard-tier price tables: (area cm², [low, typical, high] in whole units of the
/// currency), anchored on the sources' figures; every region is priced by its area between
/// them (see [`crate::model::pricing::interpolate`]). Currencies without one are converted.
pub struct LocalTable {
    pub currency: Currency,
    pub anchors: &'static [(u32, [i64; 3])],
    pub source: &'static str,
}

pub const LOCAL_TABLES: [LocalTable; 4] = [
    LocalTable {
        currency: Currency::Aud,
        // Norwood 2, 3, 4, 5 and 6 at their area estimates; Norwood 7 and beyond as Norwood 6.
        anchors: &[
            (60, [500, 750, 1_000]),
            (110, [1_000, 1_250, 1_500]),
            (220, [1_500, 1_750, 2_000]),
            (320, [2_000, 2_250, 2_500]),
            (450, [2_500, 2_750, 3_000]),
        ],
        source: source::LOCAL_AUD,
    },
    LocalTable {
        currency: Currency::Gbp,
        anchors: &[
            (60, [400, 625, 850]),
            (110, [400, 625, 850]),
            (220, [850, 1_175, 1_500]),
            (320, [850, 1_175, 1_500]),
            (450, [1_500, 2_000, 2_500]),
        ],
        source: source::LOCAL_GBP,
    },
    LocalTable {
        currency: Currency::Eur,
        // Smallest job, the whole top (300 cm²), the full scalp.
        anchors: &[
            (60, [500, 650, 800]),
            (300, [1_200, 1_850, 2_500]),
            (650, [2_500, 3_750, 5_000]),
        ],
        source: source::LOCAL_EUR,
    },
    LocalTable {
        currency: Currency::Cad,
        anchors: &[(60, [1_000, 1_800, 2_500]), (650, [3_500, 4_500, 5_000])],
        source: source::LOCAL_CAD,
    },
];

/// Budget and premium prices in percent of standard, rounded to the nearest 50 units.
const BUDGET_PCT: i64 = 75;
const PREMIUM_PCT: i64 = 135;
const TIER_ROUNDING_UNITS: i64 = 50;
/// Custom-area (and derived) prices round to 10 units of the currency.
const CUSTOM_ROUNDING_UNITS: i64 = 10;

fn usd(major: i64) -> Money {
    Money::from_minor(major * 100)
}

fn usd_range([low, typical, high]: [i64; 3]) -> PriceRange {
    PriceRange::new(usd(low), usd(typical), usd(high))
}

fn scaled(range: PriceRange, pct: i64, per_major: i64) -> PriceRange {
    let step = TIER_ROUNDING_UNITS * per_major;
    // Constant, small inputs: the conversions cannot fail; `unwrap_or` keeps this panic-free.
    range
        .try_map(|m| m.checked_mul_ratio(pct, 100)?.round_to(step))
        .unwrap_or(range)
}

fn tiers(standard: PriceRange, per_major: i64) -> (PriceRange, PriceRange, PriceRange) {
    (
        scaled(standard, BUDGET_PCT, per_major),
        standard,
        scaled(standard, PREMIUM_PCT, per_major),
    )
}

/// (min, max) per tier from the standard tier's bounds, scaled like the prices.
fn tier_bounds(min: Money, max: Money, per_major: i64) -> [(Money, Money); 3] {
    let r = PriceRange::new(min, min, max);
    let (b, s, p) = tiers(r, per_major);
    [(b.low, b.high), (s.low, s.high), (p.low, p.high)]
}

fn entry(region: NamedRegion, area_cm2: u32, standard: PriceRange, per_major: i64) -> PriceEntry {
    let (budget, standard, premium) = tiers(standard, per_major);
    PriceEntry {
        region,
        area_cm2,
        budget,
        standard,
        premium,
        per_session: [None; 3],
        touch_up: [None; 3],
        origin: PriceOrigin::BuiltIn,
    }
}

impl Default for Assumptions {
    fn default() -> Assumptions {
        let entries = STANDARD_USD
            .iter()
            .map(|&(region, area_cm2, prices, _)| entry(region, area_cm2, usd_range(prices), 100))
            .collect();
        let (min, max) = TOUCH_UP_BOUNDS_USD;
        Assumptions {
            currency: Currency::Usd,
            prices: PriceTable {
                entries,
                basis: PricingBasis::Package,
                touch_up: TouchUpRule {
                    share_basis_points: TOUCH_UP_SHARE_BP,
                    spread_pct: TOUCH_UP_SPREAD_PCT,
                    bounds: tier_bounds(usd(min), usd(max), 100),
                    flat: [None; 3],
                },
                custom_area_rounding: usd(CUSTOM_ROUNDING_UNITS),
            },
            sessions: SessionRules {
                base: 3,
                min: 2,
                max: 4,
                large_area_cm2: 450,
                extra_for_skin: vec![Skin::Dry],
            },
            healing: HealingDays {
                no_sweat: 5,
                sun_avoid: 30,
                full_heal: 60,
            },
            fading: FadingRules {
                skin_pct: [(Skin::Dry, -10), (Skin::Normal, 0), (Skin::Oily, -20)],
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
            alternatives: AlternativeRules {
                fibers_reference_area_cm2: 150,
                fibers_days_bounds: (10, 90),
                hairpiece_full_unit_area_cm2: 200,
                partial_hairpiece: Hairpiece {
                    unit_price: usd(500),
                    unit_life_tenth_months: 60,
                    units_in_rotation: 2,
                    maintenance_per_month: usd(50),
                    supplies_per_month: usd(15),
                },
            },
            alternatives_converted: false,
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

    /// The same assumptions in `target`. Built-in price rows come from the target's local
    /// table when there is one ([`LOCAL_TABLES`]); every other amount is converted at the
    /// reference rates, rounded to a whole unit (rows so converted are marked as such).
    /// `None` if a rate is missing or the arithmetic overflows.
    pub fn in_currency(&self, target: Currency) -> Option<Assumptions> {
        if target == self.currency {
            return Some(self.clone());
        }
        let (from, to) = (self.fx(self.currency)?, self.fx(target)?);
        let whole = target.minor_per_major();
        let conv = |m: Money| m.checked_mul_ratio(to, from)?.round_to(whole);
        let range = |r: PriceRange| r.try_map(conv);
        let slots = |s: &[Option<PriceRange>; 3]| -> Option<[Option<PriceRange>; 3]> {
            let mut out = [None; 3];
            for (o, v) in out.iter_mut().zip(s) {
                *o = match v {
                    Some(r) => Some(range(*r)?),
                    None => None,
                };
            }
            Some(out)
        };
        let local = LOCAL_TABLES
            .iter()
            .find(|t| t.currency == target)
            .filter(|_| self.currency == Currency::Usd);
        let step = CUSTOM_ROUNDING_UNITS.checked_mul(whole)?;
        let mut out = self.clone();
        out.currency = target;
        for e in &mut out.prices.entries {
            match local {
                Some(t) if e.origin == PriceOrigin::BuiltIn => {
                    let points = t
                        .anchors
                        .iter()
                        .map(|&(area, [l, m, h])| {
                            let unit = |v: i64| Money::from_major(v, target.exponent());
                            Some((area, PriceRange::new(unit(l)?, unit(m)?, unit(h)?)))
                        })
                        .collect::<Option<Vec<_>>>()?;
                    let standard = crate::model::pricing::interpolate(points, e.area_cm2, step)?;
                    let fresh = entry(e.region, e.area_cm2, standard, whole);
                    e.budget = fresh.budget;
                    e.standard = fresh.standard;
                    e.premium = fresh.premium;
                }
                _ => {
                    e.budget = range(e.budget)?;
                    e.standard = range(e.standard)?;
                    e.premium = range(e.premium)?;
                    if let Some(from) = e.converted_from() {
                        // Converted twice: still from the first currency.
                        e.origin = PriceOrigin::Converted(from);
                    } else {
                        e.origin = PriceOrigin::Converted(self.currency);
                    }
                }
            }
            e.per_session = slots(&e.per_session)?;
            e.touch_up = slots(&e.touch_up)?;
        }
        let t = &mut out.prices.touch_up;
        t.flat = slots(&t.flat)?;
        for b in &mut t.bounds {
            *b = (conv(b.0)?.round_to(step)?, conv(b.1)?.round_to(step)?);
        }
        out.prices.custom_area_rounding = Money::from_minor(step);
        let d = &mut out.defaults;
        d.fibers.bottle_price = conv(d.fibers.bottle_price)?;
        d.fibers.extras_per_month = conv(d.fibers.extras_per_month)?;
        for h in [&mut d.hairpiece, &mut out.alternatives.partial_hairpiece] {
            h.unit_price = conv(h.unit_price)?;
            h.maintenance_per_month = conv(h.maintenance_per_month)?;
            h.supplies_per_month = conv(h.supplies_per_month)?;
        }
        out.alternatives_converted = true;
        Some(out)
    }

    /// The assumption table as rows (key, value, source), mirrored in `docs/assumptions.md`.
    pub fn rows(&self) -> Vec<AssumptionRow> {
        self.table::<true>()
    }

    /// The rows of [`Assumptions::rows`] that "How is this calculated?" can show (see
    /// `ui::results::trust`), for any plan, written by the same code: the widget does not
    /// carry the code of the others.
    pub fn shown_rows(&self) -> Vec<AssumptionRow> {
        self.table::<false>()
    }

    /// Every row when `ALL`, else those [`Assumptions::shown_rows`] names; in the same order.
    fn table<const ALL: bool>(&self) -> Vec<AssumptionRow> {
        let money = |m: Money| format_plain(m, self.currency);
        let range = |r: PriceRange| {
            let mut s = money(r.low);
            s.push_str(" / ");
            s.push_str(&money(r.typical));
            s.push_str(" / ");
            s.push_str(&money(r.high));
            s
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
            let region = e.region.to_string();
            row(
                format!("area_cm2.{region}"),
                e.area_cm2.to_string(),
                source::ESTIMATE,
            );
            row(format!("price.{region}.standard"), range(e.standard), src);
            row(
                format!("price.{region}.budget"),
                range(e.budget),
                source::TIERS,
            );
            row(
                format!("price.{region}.premium"),
                range(e.premium),
                source::TIERS,
            );
        }
        let t = &self.prices.touch_up;
        row(
            "touch_up.share_of_course".into(),
            format!(
                "{}.{:02}%",
                t.share_basis_points / 100,
                t.share_basis_points % 100
            ),
            source::TOUCH_UP_SHARE,
        );
        if ALL {
            row(
                "touch_up.low_high_of_typical".into(),
                format!("{}% / {}%", t.spread_pct.0, t.spread_pct.1),
                source::TOUCH_UP_SPREAD,
            );
            for (tier, (min, max)) in Tier::ALL.iter().zip(t.bounds) {
                let standard = *tier == Tier::Standard;
                row(
                    format!("touch_up.min.{}", tier.key()),
                    money(min),
                    if standard {
                        source::TOUCH_UP_MIN
                    } else {
                        source::TIERS
                    },
                );
                row(
                    format!("touch_up.max.{}", tier.key()),
                    money(max),
                    if standard {
                        source::TOUCH_UP_MAX
                    } else {
                        source::TIERS
                    },
                );
            }
            row(
                "pricing.basis".into(),
                match self.prices.basis {
                    PricingBasis::Package => "package".into(),
                    PricingBasis::PerSession => "per_session".into(),
                },
                source::BRIEF,
            );
            row(
                "pricing.per_session_default".into(),
                format!("course ÷ {} sessions", self.sessions.base),
                source::PER_SESSION,
            );
            row(
                "custom_area_rounding".into(),
                money(self.prices.custom_area_rounding),
                source::ESTIMATE,
            );
        }
        let s = &self.sessions;
        row("sessions.base".into(), s.base.to_string(), source::SESSIONS);
        row(
            "sessions.range".into(),
            format!("{}–{}", s.min, s.max),
            source::SESSIONS,
        );
        if ALL {
            row(
                "sessions.large_area_cm2".into(),
                s.large_area_cm2.to_string(),
                source::ESTIMATE,
            );
        }
        let mut skins = String::new();
        for k in &s.extra_for_skin {
            if !skins.is_empty() {
                skins.push_str(", ");
            }
            skins.push_str(k.key());
        }
        row("sessions.extra_for_skin".into(), skins, source::FOURTH);
        let h = &self.healing;
        if ALL {
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
        }
        row(
            "healing.full_heal_days".into(),
            h.full_heal.to_string(),
            source::FULL_HEAL,
        );
        let f = &self.fading;
        for &(k, v) in &f.skin_pct {
            let src = match (k, v) {
                (_, 0) => source::ESTIMATE,
                (Skin::Dry, _) => source::DRY,
                _ => source::OILY,
            };
            row(format!("fading.skin.{}", k.key()), pct(v), src);
        }
        for &(k, v) in &f.sun_pct {
            let src = if v == 0 {
                source::ESTIMATE
            } else {
                source::SUN
            };
            row(format!("fading.sun.{}", k.key()), pct(v), src);
        }
        for &(k, v) in &f.style_pct {
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
        let d = &self.defaults;
        if ALL {
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
            row(
                "default.region".into(),
                d.region.to_string(),
                source::ESTIMATE,
            );
            row("default.tier".into(), d.tier.key().into(), source::ESTIMATE);
        }
        row(
            "default.longevity_years".into(),
            years(d.longevity_months),
            source::LONGEVITY,
        );
        if ALL {
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
        }
        row(
            "fibers.bottle_price".into(),
            money(d.fibers.bottle_price),
            source::ESTIMATE,
        );
        if ALL {
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
        }
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
        if ALL {
            row(
                "hairpiece.units_in_rotation".into(),
                hp.units_in_rotation.to_string(),
                source::ROTATION,
            );
        }
        row(
            "hairpiece.maintenance_per_month".into(),
            money(hp.maintenance_per_month),
            source::MAINTENANCE,
        );
        if ALL {
            row(
                "hairpiece.supplies_per_month".into(),
                money(hp.supplies_per_month),
                source::ESTIMATE,
            );
            let al = &self.alternatives;
            row(
                "fibers.reference_area_cm2".into(),
                al.fibers_reference_area_cm2.to_string(),
                source::ESTIMATE,
            );
            row(
                "fibers.days_per_bottle_bounds".into(),
                format!("{}–{}", al.fibers_days_bounds.0, al.fibers_days_bounds.1),
                source::ESTIMATE,
            );
            row(
                "hairpiece.full_unit_area_cm2".into(),
                al.hairpiece_full_unit_area_cm2.to_string(),
                source::ESTIMATE,
            );
            let ph = &al.partial_hairpiece;
            row(
                "hairpiece.partial.unit_price".into(),
                money(ph.unit_price),
                source::PARTIAL_PRICE,
            );
            row(
                "hairpiece.partial.unit_life_months".into(),
                tenths(ph.unit_life_tenth_months),
                source::ESTIMATE,
            );
            row(
                "hairpiece.partial.units_in_rotation".into(),
                ph.units_in_rotation.to_string(),
                source::ROTATION,
            );
            row(
                "hairpiece.partial.maintenance_per_month".into(),
                money(ph.maintenance_per_month),
                source::PARTIAL_MAINTENANCE,
            );
            row(
                "hairpiece.partial.supplies_per_month".into(),
                money(ph.supplies_per_month),
                source::ESTIMATE,
            );
            row(
                "extreme_loss_area_cm2".into(),
                self.extreme_loss_area_cm2.to_string(),
                source::FIBERS_NEED_HAIR,
            );
            for t in &LOCAL_TABLES {
                for &(area, [l, m, h]) in t.anchors {
                    let unit = |v: i64| {
                        Money::from_major(v, t.currency.exponent())
                            .map_or_else(String::new, |m| format_plain(m, t.currency))
                    };
                    row(
                        format!("local.{}.standard_at_{area}_cm2", t.currency.code()),
                        format!("{} / {} / {}", unit(l), unit(m), unit(h)),
                        t.source,
                    );
                }
            }
            for (c, v) in self.fx_per_usd_millionths {
                row(
                    format!("fx.{}_per_usd", c.code()),
                    format!("{}.{:06}", v / 1_000_000, v % 1_000_000),
                    if c == Currency::Usd {
                        source::ESTIMATE
                    } else if LOCAL_TABLES.iter().any(|t| t.currency == c) {
                        "estimate (converts the alternatives; SMP prices use the local table)"
                    } else {
                        "estimate (converts every default: the widget says \"converted from US prices\")"
                    },
                );
            }
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
    let per = c.minor_per_major().unsigned_abs();
    let minor = m.minor();
    let abs = minor.unsigned_abs();
    let mut out = String::from(c.code());
    out.push(' ');
    if minor < 0 {
        out.push('-');
    }
    // Digit by digit from the highest place: a comma before each group of 3 whole units, the
    // point after the units' place (and a `0` after it for a currency without decimals).
    let (mut place, mut left) = (per, 1u32);
    while abs / place >= 10 {
        place *= 10;
        left += 1;
    }
    loop {
        out.push(char::from(b'0' + (abs / place % 10) as u8));
        left = left.saturating_sub(1);
        if place == per {
            out.push('.');
            if per == 1 {
                out.push('0');
            }
        } else if left > 0 && left.is_multiple_of(3) {
            out.push(',');
        }
        if place == 1 {
            break;
        }
        place /= 10;
    }
    out
}

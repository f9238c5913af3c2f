//! One call from inputs to the whole plan: [`compute`]. Everything a page draws comes from here.

use crate::model::alternatives::{hairpiece_kind, unsuitable};
use crate::model::assumptions::{Assumptions, PricingBasis};
use crate::model::bands::Bands;
use crate::model::date::Date;
use crate::model::errors::{ErrorCode, FieldError};
use crate::model::input::{parse_document, validate, Inputs, PlanInput};
use crate::model::longevity::{longevity, Longevity};
use crate::model::money::{Money, PriceRange};
use crate::model::notes::{is_extreme_loss, notes, Note, NoteCode, NoteContext};
use crate::model::options::Tier;
use crate::model::pricing::price;
use crate::model::region::Region;
use crate::model::schedule::{milestones, session_count, session_dates, Milestone, Reason};
use crate::model::timeline::{break_even, cumulative, yearly_prices, Timeline};
use serde::Serialize;

/// Version of the JSON contract documented in `docs/json-contract.md`.
/// Version 2 added `pricing`, `touch_up_price`, `first_touch_up`, `comparisons[].unsuitable`
/// and `notes[].prominent`; the input fields are unchanged, so version-1 inputs read as they are.
pub const CONTRACT_VERSION: u32 = 2;

/// Days in an average Gregorian month (365.2425 / 12 = 30.436875), in millionths; converts the
/// tenths of a month in a hairpiece's replacement cycle to days.
const DAY_MILLIONTHS_PER_MONTH: i64 = 30_436_875;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub contract_version: u32,
    /// Every input with its default filled in, in wire form.
    pub inputs: PlanInput,
    pub currency: &'static str,
    /// Decimal places of the minor unit every amount is given in.
    pub currency_exponent: u32,
    pub region: RegionInfo,
    pub tier: Tier,
    pub sessions: Sessions,
    /// The day the last session is expected to be fully healed.
    pub full_result_date: Date,
    pub initial_cost: PriceRange,
    /// How the initial cost is priced: a package, or sessions × a price per session.
    pub pricing: Pricing,
    /// One touch-up for this area and tier, tax included, at today's prices.
    pub touch_up_price: PriceRange,
    pub longevity: Longevity,
    pub touch_ups: TouchUps,
    /// First touch-up in the typical scenario, if within the horizon.
    pub next_touch_up: Option<Date>,
    /// First touch-up in the typical scenario, even when it falls after the horizon.
    pub first_touch_up: FirstTouchUp,
    pub horizon: Horizon,
    pub smp: SmpCosts,
    pub comparisons: Vec<Comparison>,
    pub notes: Vec<Note>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pricing {
    pub basis: PricingBasis,
    /// One session's price, tax included (when priced per session; else `null`).
    pub per_session: Option<PriceRange>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FirstTouchUp {
    pub date: Date,
    /// The date is on or after the horizon's end, so its cost is not in the totals.
    pub after_horizon: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegionInfo {
    /// `crown`, `norwood-4`, `custom`, ...
    pub key: String,
    pub label: String,
    pub area_cm2: u32,
    /// Per-region areas are the project's own estimates; a custom area is the visitor's.
    pub area_is_estimate: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sessions {
    pub count: u8,
    pub reasons: Vec<Reason>,
    pub items: Vec<Session>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Session {
    pub number: u8,
    pub date: Date,
    /// This session's share of the initial cost (the course price split evenly).
    pub cost: PriceRange,
    pub milestones: Vec<Milestone>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TouchUps {
    /// Short longevity, paired with the high prices: the costly end of the band.
    pub short: Scenario,
    pub typical: Scenario,
    /// Long longevity, paired with the low prices: the cheap end of the band.
    pub long: Scenario,
}

impl TouchUps {
    /// The one place that pairs longevity scenarios with cost bands: the low (cheap) band has
    /// the long longevity, the high (costly) band the short one.
    fn from_bands(b: Bands<Scenario>) -> TouchUps {
        TouchUps {
            short: b.high,
            typical: b.typical,
            long: b.low,
        }
    }

    /// Touch-up intervals by cost band, paired as [`TouchUps::from_bands`] reads them back.
    fn intervals(life: &Longevity) -> Bands<u32> {
        Bands::new(life.long_months, life.typical_months, life.short_months)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub interval_months: u32,
    pub items: Vec<TouchUp>,
    pub total: Money,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TouchUp {
    pub date: Date,
    pub cost: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Horizon {
    pub years: u32,
    pub months: u32,
    pub start_date: Date,
    /// The first day after the horizon.
    pub end_date: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SmpCosts {
    /// Cumulative cost at the end of each month (index 0 = first month).
    pub cumulative: Band,
    pub total: PriceRange,
}

/// One cumulative series per band.
pub type Band = Bands<Vec<Money>>;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// `fibers`, `hairpiece`, `transplant`, `medication`.
    pub key: &'static str,
    /// The engine's own English label, ASCII (the widget lower-cases it mid-sentence).
    pub label: &'static str,
    pub cumulative: Vec<Money>,
    pub total: Money,
    /// The 1-based month from which SMP stays cheaper or equal, per SMP band line.
    pub break_even_month: BreakEven,
    /// Set when this alternative does not suit the inputs: the note saying why.
    pub unsuitable: Option<NoteCode>,
}

/// Per SMP band line, the first month from which it stays at or below the alternative.
pub type BreakEven = Bands<Option<u32>>;

/// Validates `input` and computes the plan, or returns every field error.
pub fn compute(input: &PlanInput, a: &Assumptions, today: Date) -> Result<Plan, Vec<FieldError>> {
    let (inputs, a) = validate(input, a, today)?;
    build(&inputs, &a).ok_or_else(|| {
        vec![FieldError::new(
            "input",
            ErrorCode::Overflow,
            "These values are too large to calculate with.",
        )]
    })
}

/// The JSON contract end to end: parses `json`, validates and computes. Errors cover every
/// field at once: wrongly typed fields and invalid values alike.
pub fn compute_json(json: &str, a: &Assumptions, today: Date) -> Result<Plan, Vec<FieldError>> {
    let (input, mut errors) = PlanInput::from_json_partial(&parse_document(json)?);
    match compute(&input, a, today) {
        Ok(plan) if errors.is_empty() => Ok(plan),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// The plan for validated inputs; `None` only if checked arithmetic overflows or the price
/// table lacks the region.
pub fn build(inputs: &Inputs, a: &Assumptions) -> Option<Plan> {
    let priced = price(&a.prices, inputs.region, inputs.tier, a.sessions.base)?;
    let (count, reasons) = session_count(inputs, priced.area_cm2, a);
    let dates = session_dates(inputs.start_date, count, inputs.session_gap_weeks)?;
    let last_session = *dates.last()?;
    let full_result_date = milestones(last_session, a)?.last()?.date;

    let months = inputs.horizon_years.checked_mul(12)?;
    let timeline = Timeline::new(inputs.start_date, months)?;
    let years = usize::try_from(inputs.horizon_years).ok()?;
    let bp = inputs.inflation_basis_points;
    let at_year = |base: Money, bucket: usize| -> Option<Money> {
        yearly_prices(base, years, bp)?.get(bucket / 12).copied()
    };

    // Initial course: each session pays an equal share, booked in its month, at that year's prices.
    let tax = inputs.sales_tax_basis_points;
    // Per session, the tax is rounded on one session, so the total is exactly sessions × the
    // price shown.
    let basis = a.prices.basis;
    let per_session = priced.per_session.try_map(|m| taxed(m, tax))?;
    let initial = match basis {
        PricingBasis::Package => priced.package.try_map(|m| taxed(m, tax))?,
        PricingBasis::PerSession => per_session.try_map(|m| m.checked_mul(i64::from(count)))?,
    };
    let pricing = Pricing {
        basis,
        per_session: (basis == PricingBasis::PerSession).then_some(per_session),
    };
    let shares = initial.map(|total| total.split(u32::from(count)));
    let mut smp_monthly: Bands<Vec<Money>> =
        Bands::from_fn(|| vec![Money::ZERO; timeline.months()]);
    let mut items = Vec::with_capacity(dates.len());
    for (i, &date) in dates.iter().enumerate() {
        let bucket = timeline.bucket(date);
        let cost = shares
            .as_ref()
            .zip(smp_monthly.as_mut())
            .try_map(|(share, monthly)| {
                let base = *share.as_ref()?.get(i)?;
                Some(match bucket {
                    Some(b) => {
                        let c = at_year(base, b)?;
                        monthly[b] = monthly[b].checked_add(c)?;
                        c
                    }
                    None => base,
                })
            })?;
        items.push(Session {
            number: u8::try_from(i + 1).ok()?,
            date,
            cost,
            milestones: milestones(date, a)?,
        });
    }

    // Touch-ups, each band's at its own interval and price.
    let life = longevity(inputs, &a.fading);
    let tp = priced.touch_up.try_map(|m| taxed(m, tax))?;
    let scenario = |(interval, base): (u32, Money), monthly: &mut Vec<Money>| -> Option<Scenario> {
        let mut items = Vec::new();
        for k in 1.. {
            let date = last_session.add_months(i64::from(interval).checked_mul(k)?)?;
            let Some(b) = timeline.bucket(date) else {
                break;
            };
            let cost = at_year(base, b)?;
            monthly[b] = monthly[b].checked_add(cost)?;
            items.push(TouchUp { date, cost });
        }
        let total = Money::checked_sum(items.iter().map(|t| t.cost))?;
        Some(Scenario {
            interval_months: interval,
            items,
            total,
        })
    };
    let touch_ups = TouchUps::intervals(&life)
        .zip(tp)
        .zip(smp_monthly.as_mut())
        .try_map(|(run, monthly)| scenario(run, monthly))?;
    let touch_ups = TouchUps::from_bands(touch_ups);
    let next_touch_up = touch_ups.typical.items.first().map(|t| t.date);
    let first_date = last_session.add_months(i64::from(life.typical_months))?;
    let first_touch_up = FirstTouchUp {
        date: first_date,
        after_horizon: timeline.bucket(first_date).is_none(),
    };

    let band = envelope(smp_monthly.try_map(|monthly| cumulative(&monthly))?);
    let total_of = |v: &[Money]| v.last().copied().unwrap_or(Money::ZERO);
    let smp_total = band.as_ref().map(|v| total_of(v));

    let extreme = is_extreme_loss(inputs.region, priced.area_cm2, a.extreme_loss_area_cm2);
    let kind = hairpiece_kind(a, priced.area_cm2);
    let comparisons = comparisons(inputs, &timeline, years)?
        .into_iter()
        .map(|(key, label, monthly)| {
            let label = if key == "hairpiece" {
                kind.label()
            } else {
                label
            };
            let cumulative = cumulative(&monthly)?;
            Some(Comparison {
                key,
                label,
                total: total_of(&cumulative),
                break_even_month: band.as_ref().map(|smp| break_even(smp, &cumulative)),
                cumulative,
                unsuitable: unsuitable(key, inputs.region, extreme),
            })
        })
        .collect::<Option<Vec<_>>>()?;

    let region = match inputs.region {
        Region::Named(r) => RegionInfo {
            key: r.to_string(),
            label: r.label(),
            area_cm2: priced.area_cm2,
            area_is_estimate: true,
        },
        Region::Custom { area_cm2 } => RegionInfo {
            key: "custom".into(),
            label: "Custom area".into(),
            area_cm2,
            area_is_estimate: false,
        },
    };
    Some(Plan {
        contract_version: CONTRACT_VERSION,
        inputs: inputs.to_wire(),
        currency: inputs.currency.code(),
        currency_exponent: inputs.currency.exponent(),
        region,
        tier: inputs.tier,
        sessions: Sessions {
            count,
            reasons,
            items,
        },
        full_result_date,
        initial_cost: initial,
        pricing,
        touch_up_price: tp,
        longevity: life,
        touch_ups,
        next_touch_up,
        first_touch_up,
        horizon: Horizon {
            years: inputs.horizon_years,
            months,
            start_date: timeline.start(),
            end_date: timeline.end(),
        },
        smp: SmpCosts {
            cumulative: band,
            total: smp_total,
        },
        comparisons,
        notes: notes(
            inputs,
            NoteContext {
                extreme_loss: extreme,
                basis,
                prices_converted_from: priced.converted_from,
                alternatives_converted: a.alternatives_converted,
            },
        ),
    })
}

type Monthly = (&'static str, &'static str, Vec<Money>);

/// Month-by-month spending on each alternative, at each year's prices.
fn comparisons(inputs: &Inputs, t: &Timeline, years: usize) -> Option<Vec<Monthly>> {
    let (bp, tax) = (inputs.inflation_basis_points, inputs.sales_tax_basis_points);
    let prices = |base: Money| yearly_prices(taxed(base, tax)?, years, bp);
    let n = t.months();

    // Fibers: a new bottle the day the previous one runs out, the first on day 0.
    let f = &inputs.fibers;
    let (bottle, extras) = (prices(f.bottle_price)?, prices(f.extras_per_month)?);
    let fibers = per_month(n, |m| {
        let bought = purchases(t, m, i64::from(f.days_per_bottle))?;
        bottle[m / 12]
            .checked_mul(bought)?
            .checked_add(extras[m / 12])
    })?;

    // Hairpiece: the units in rotation wear evenly, so all are replaced together every
    // `units × unit life`; a batch is bought on day 0 and on each calendar-month anniversary
    // of the start (a tenth of a month past it as days); maintenance and supplies every month.
    let h = &inputs.hairpiece;
    let cycle_tenths = i64::from(h.unit_life_tenth_months)
        .max(1)
        .checked_mul(i64::from(h.units_in_rotation))?;
    let (unit, upkeep) = (
        prices(h.unit_price)?,
        prices(h.maintenance_per_month.checked_add(h.supplies_per_month)?)?,
    );
    let mut batches = vec![0i64; n];
    for k in 0i64.. {
        let tenths = k.checked_mul(cycle_tenths)?;
        let days = ((tenths % 10) * DAY_MILLIONTHS_PER_MONTH + 5_000_000) / 10_000_000;
        let date = t.start().add_months(tenths / 10)?.add_days(days)?;
        let Some(b) = t.bucket(date) else { break };
        batches[b] = batches[b].checked_add(1)?;
    }
    let hairpiece = per_month(n, |m| {
        unit[m / 12]
            .checked_mul(batches[m].checked_mul(i64::from(h.units_in_rotation))?)?
            .checked_add(upkeep[m / 12])
    })?;

    let mut out = vec![
        ("fibers", "Hair fibers", fibers),
        ("hairpiece", "Hairpiece", hairpiece),
    ];
    if let Some(cost) = inputs.transplant_cost {
        let mut monthly = vec![Money::ZERO; n];
        if let Some(first) = monthly.first_mut() {
            *first = taxed(cost, tax)?;
        }
        out.push(("transplant", "Hair transplant", monthly));
    }
    if let Some(per) = inputs.medication_per_month {
        let p = prices(per)?;
        out.push((
            "medication",
            "Medication",
            per_month(n, |m| Some(p[m / 12]))?,
        ));
    }
    Some(out)
}

/// The price with sales tax added, rounded half away from zero to a minor unit.
fn taxed(m: Money, basis_points: u32) -> Option<Money> {
    m.checked_mul_ratio(10_000 + i64::from(basis_points), 10_000)
}

fn per_month(n: usize, f: impl Fn(usize) -> Option<Money>) -> Option<Vec<Money>> {
    (0..n).map(f).collect()
}

/// Items bought in month `m` when one is bought on day 0 and every `period_days` after.
fn purchases(t: &Timeline, m: usize, period_days: i64) -> Option<i64> {
    let by = |days: i64| -> Option<i64> {
        // ceil(days / period): purchases made on days 0, period, 2·period, … before `days`.
        days.checked_add(period_days.checked_sub(1)?)?
            .checked_div(period_days)
    };
    let before = if m == 0 {
        0
    } else {
        by(t.days_through(m - 1))?
    };
    by(t.days_through(m))?.checked_sub(before)
}

/// The cost band as the envelope of the three scenarios, month by month. With inflation, the
/// typical scenario's later touch-up can cost more than the short scenario's earlier one at
/// the high price, so the scenarios' order can flip; the band must still hold the typical.
fn envelope(mut b: Bands<Vec<Money>>) -> Bands<Vec<Money>> {
    for i in 0..b.typical.len() {
        let t = b.typical[i];
        if let (Some(low), Some(high)) = (b.low.get_mut(i), b.high.get_mut(i)) {
            let (l, h) = (*low, *high);
            *low = l.min(h).min(t);
            *high = h.max(l).max(t);
        }
    }
    b
}

//! `validate`: the wire form checked field by field into the typed values the engine uses.

use super::check::Checker;
use super::messages;
use super::registry::{Field, Kind, AREA_IN2, START_YEARS};
use super::PlanInput;
use crate::model::alternatives;
use crate::model::assumptions::{Assumptions, Fibers, Hairpiece};
use crate::model::currency::Currency;
use crate::model::date::Date;
use crate::model::errors::FieldError;
use crate::model::money::Money;
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::{AreaUnit, NamedRegion, Region, CM2_PER_IN2_X10000};
use std::borrow::Cow;

/// Validated, typed inputs with every default filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub region: Region,
    pub tier: Tier,
    pub longevity_months: u32,
    pub skin: Skin,
    pub sun: Sun,
    pub style: Style,
    pub sessions: Option<u8>,
    pub start_date: Date,
    pub session_gap_weeks: u32,
    pub horizon_years: u32,
    pub currency: Currency,
    pub inflation_basis_points: u32,
    pub sales_tax_basis_points: u32,
    pub fibers: Fibers,
    pub hairpiece: Hairpiece,
    pub transplant_cost: Option<Money>,
    pub medication_per_month: Option<Money>,
}

/// Validates every field; `today` is the default start date. The assumptions come back
/// converted to the chosen currency (borrowed unchanged when it is the table's own).
pub fn validate<'a>(
    input: &PlanInput,
    a: &'a Assumptions,
    today: Date,
) -> Result<(Inputs, Cow<'a, Assumptions>), Vec<FieldError>> {
    let mut c = Checker::default();
    let currency = c.choice(
        Field::Currency,
        &input.currency,
        a.currency,
        Currency::parse,
    );
    let a: Cow<'a, Assumptions> = if currency == a.currency {
        Cow::Borrowed(a)
    } else if let Some(converted) = a.in_currency(currency) {
        Cow::Owned(converted)
    } else {
        c.fail(messages::no_rate(currency.code()));
        Cow::Borrowed(a)
    };
    let d = &a.defaults;

    let region = validate_region(&mut c, input, &a);
    let tier = c.choice(Field::Tier, &input.tier, d.tier, Tier::parse);
    let skin = c.choice(Field::Skin, &input.skin, d.skin, Skin::parse);
    let sun = c.choice(Field::Sun, &input.sun, d.sun, Sun::parse);
    let style = c.choice(Field::Style, &input.style, d.style, Style::parse);

    let longevity_months = c
        .scaled(Field::LongevityYears, input.longevity_years)
        .unwrap_or(d.longevity_months);
    let sessions = c.whole(Field::Sessions, input.sessions).map(|n| n as u8);
    let start_date = match input.start_date.as_deref() {
        None => today,
        Some(s) => match Date::parse_iso(s.trim())
            .filter(|d| (START_YEARS.0..=START_YEARS.1).contains(&d.year()))
        {
            Some(d) => d,
            None => {
                c.fail(messages::bad_date(Field::StartDate));
                today
            }
        },
    };
    let session_gap_weeks = c
        .whole(Field::SessionGapWeeks, input.session_gap_weeks)
        .unwrap_or(d.session_gap_weeks);
    let horizon_years = c
        .whole(Field::HorizonYears, input.horizon_years)
        .unwrap_or(d.horizon_years);
    let inflation_basis_points = c
        .scaled(Field::InflationPercent, input.inflation_percent)
        .unwrap_or(d.inflation_basis_points);
    let sales_tax_basis_points = c
        .scaled(Field::SalesTaxPercent, input.sales_tax_percent)
        .unwrap_or(d.sales_tax_basis_points);

    // The alternatives' defaults follow the treated area (see `alternatives`).
    let area = alternatives::area_of(&a, region.unwrap_or(Region::Named(d.region)));
    let (fd, hd) = alternatives::sized_defaults(&a, area.unwrap_or(0));
    let fibers = Fibers {
        bottle_price: c
            .amount(
                Field::FibersBottlePriceMinor,
                input.fibers_bottle_price_minor,
            )
            .unwrap_or(fd.bottle_price),
        days_per_bottle: c
            .whole(Field::FibersDaysPerBottle, input.fibers_days_per_bottle)
            .unwrap_or(fd.days_per_bottle),
        extras_per_month: c
            .amount(
                Field::FibersExtrasPerMonthMinor,
                input.fibers_extras_per_month_minor,
            )
            .unwrap_or(fd.extras_per_month),
    };
    let hairpiece = Hairpiece {
        unit_price: c
            .amount(
                Field::HairpieceUnitPriceMinor,
                input.hairpiece_unit_price_minor,
            )
            .unwrap_or(hd.unit_price),
        unit_life_tenth_months: c
            .scaled(
                Field::HairpieceUnitLifeMonths,
                input.hairpiece_unit_life_months,
            )
            .unwrap_or(hd.unit_life_tenth_months),
        units_in_rotation: c
            .whole(
                Field::HairpieceUnitsInRotation,
                input.hairpiece_units_in_rotation,
            )
            .unwrap_or(hd.units_in_rotation),
        maintenance_per_month: c
            .amount(
                Field::HairpieceMaintenancePerMonthMinor,
                input.hairpiece_maintenance_per_month_minor,
            )
            .unwrap_or(hd.maintenance_per_month),
        supplies_per_month: c
            .amount(
                Field::HairpieceSuppliesPerMonthMinor,
                input.hairpiece_supplies_per_month_minor,
            )
            .unwrap_or(hd.supplies_per_month),
    };
    let transplant_cost = c.amount(Field::TransplantCostMinor, input.transplant_cost_minor);
    let medication_per_month = c.amount(
        Field::MedicationPerMonthMinor,
        input.medication_per_month_minor,
    );

    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let inputs = Inputs {
        region: region.unwrap_or(Region::Named(d.region)),
        tier,
        longevity_months,
        skin,
        sun,
        style,
        sessions,
        start_date,
        session_gap_weeks,
        horizon_years,
        currency,
        inflation_basis_points,
        sales_tax_basis_points,
        fibers,
        hairpiece,
        transplant_cost,
        medication_per_month,
    };
    Ok((inputs, a))
}

fn validate_region(c: &mut Checker, input: &PlanInput, a: &Assumptions) -> Option<Region> {
    let unit = c.choice(
        Field::AreaUnit,
        &input.area_unit,
        AreaUnit::Cm2,
        AreaUnit::parse,
    );
    let wants_custom = match input.region.as_deref().map(str::trim) {
        None => input.area.is_some(),
        Some(s) if s.eq_ignore_ascii_case("custom") => true,
        Some(s) => {
            let named = NamedRegion::parse(s).filter(|r| a.prices.entry(*r).is_some());
            if named.is_none() {
                c.fail(messages::unknown_region());
            }
            for (field, given) in [
                (Field::Area, input.area.is_some()),
                (Field::AreaUnit, input.area_unit.is_some()),
            ] {
                if given {
                    c.fail(messages::only_with_custom(field));
                }
            }
            return named.map(Region::Named);
        }
    };
    if !wants_custom {
        return None;
    }
    let Some(raw) = input.area else {
        c.fail(messages::area_required());
        return None;
    };
    let v = match unit {
        AreaUnit::Cm2 => c.number(Field::Area, Some(raw))?,
        AreaUnit::In2 => c.number_in(Field::Area, Some(raw), AREA_IN2, "in²")?,
    };
    // Exact integer conversion: area to hundredths, then in² → cm² with the exact factor.
    let hundredths = (v * 100.0).round() as u64;
    let cm2_hundredths = match unit {
        AreaUnit::Cm2 => hundredths,
        AreaUnit::In2 => (hundredths * CM2_PER_IN2_X10000 + 5_000) / 10_000,
    };
    let area_cm2 = u32::try_from((cm2_hundredths + 50) / 100).ok()?;
    Some(Region::Custom { area_cm2 })
}

/// The engine's unit of a number field back in the field's own (months → years).
fn unscaled(f: Field, n: u32) -> f64 {
    match f.spec().kind {
        Kind::Number {
            round: Some(round), ..
        } => round.unscaled(n),
        _ => f64::from(n),
    }
}

impl Inputs {
    /// The wire form of these values: every field filled, custom areas in cm². Validating it
    /// again gives back the same `Inputs`.
    pub fn to_wire(&self) -> PlanInput {
        let (region, area, area_unit) = match self.region {
            Region::Named(r) => (r.to_string(), None, None),
            Region::Custom { area_cm2 } => (
                "custom".to_string(),
                Some(f64::from(area_cm2)),
                Some("cm2".to_string()),
            ),
        };
        PlanInput {
            region: Some(region),
            area,
            area_unit,
            tier: Some(self.tier.key().into()),
            longevity_years: Some(unscaled(Field::LongevityYears, self.longevity_months)),
            skin: Some(self.skin.key().into()),
            sun: Some(self.sun.key().into()),
            style: Some(self.style.key().into()),
            sessions: self.sessions.map(f64::from),
            start_date: Some(self.start_date.to_string()),
            session_gap_weeks: Some(f64::from(self.session_gap_weeks)),
            horizon_years: Some(f64::from(self.horizon_years)),
            currency: Some(self.currency.code().into()),
            inflation_percent: Some(unscaled(
                Field::InflationPercent,
                self.inflation_basis_points,
            )),
            sales_tax_percent: Some(unscaled(
                Field::SalesTaxPercent,
                self.sales_tax_basis_points,
            )),
            fibers_bottle_price_minor: Some(self.fibers.bottle_price.minor()),
            fibers_days_per_bottle: Some(f64::from(self.fibers.days_per_bottle)),
            fibers_extras_per_month_minor: Some(self.fibers.extras_per_month.minor()),
            hairpiece_unit_price_minor: Some(self.hairpiece.unit_price.minor()),
            hairpiece_unit_life_months: Some(unscaled(
                Field::HairpieceUnitLifeMonths,
                self.hairpiece.unit_life_tenth_months,
            )),
            hairpiece_units_in_rotation: Some(f64::from(self.hairpiece.units_in_rotation)),
            hairpiece_maintenance_per_month_minor: Some(
                self.hairpiece.maintenance_per_month.minor(),
            ),
            hairpiece_supplies_per_month_minor: Some(self.hairpiece.supplies_per_month.minor()),
            transplant_cost_minor: self.transplant_cost.map(Money::minor),
            medication_per_month_minor: self.medication_per_month.map(Money::minor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::errors::ErrorCode;
    use crate::model::input::FIELDS;

    #[test]
    fn every_field_round_trips_through_its_text() {
        let mut input = PlanInput::default();
        for (i, name) in FIELDS.iter().enumerate() {
            let raw = match *name {
                "region" | "area_unit" | "tier" | "skin" | "sun" | "style" | "start_date"
                | "currency" => format!("text {i} & ü"),
                n if n.ends_with("_minor") => format!("-{i}00"),
                _ => format!("{}.25", i),
            };
            input.set_field(name, &raw).expect("well-formed value");
            assert_eq!(
                input.field_text(name).as_deref(),
                Some(raw.as_str()),
                "{name}"
            );
        }
        let mut copy = PlanInput::default();
        for name in FIELDS {
            let text = input.field_text(name).expect("set above");
            copy.set_field(name, &text).expect("reads back");
        }
        assert_eq!(copy, input);
        for name in FIELDS {
            assert!(copy.clear_field(name), "{name}");
            assert!(!copy.clear_field(name), "{name} already cleared");
        }
        assert_eq!(copy, PlanInput::default());
    }

    #[test]
    fn set_field_is_strict_about_types() {
        let mut input = PlanInput::default();
        for bad in ["", "NaN", "inf", "1,5", "2 ", "x"] {
            let e = input.set_field("longevity_years", bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::NotANumber, "{bad:?}");
        }
        for bad in ["1.5", "1e3", ""] {
            let e = input.set_field("transplant_cost_minor", bad).unwrap_err();
            assert_eq!(e.code, ErrorCode::NotWhole, "{bad:?}");
        }
        for huge in ["99999999999999999999", "-99999999999999999999"] {
            let e = input.set_field("transplant_cost_minor", huge).unwrap_err();
            assert_eq!(e.code, ErrorCode::OutOfRange, "{huge:?}");
        }
        let e = input.set_field("colour", "red").unwrap_err();
        assert_eq!(e.code, ErrorCode::UnknownField);
        assert_eq!(input, PlanInput::default(), "failed sets change nothing");
        assert!(!input.clear_field("colour"));
        assert_eq!(input.field_text("colour"), None);
    }
}

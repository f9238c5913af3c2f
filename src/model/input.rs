//! The public input contract: every field optional, validated field by field.
//!
//! [`PlanInput`] is the wire form (JSON, URL state, stored state, form fields all map to it);
//! [`validate`] turns it into [`Inputs`], the typed values the engine computes with, or the
//! list of every problem found, each naming its field and the allowed range.

use crate::model::assumptions::Assumptions;
use crate::model::currency::Currency;
use crate::model::date::Date;
use crate::model::errors::{one_of, ErrorCode, FieldError};
use crate::model::money::Money;
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::{AreaUnit, NamedRegion, Region, CM2_PER_IN2_X10000};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;

macro_rules! wire_type {
    (text) => {
        String
    };
    (number) => {
        f64
    };
    (minor) => {
        i64
    };
}

macro_rules! plan_input {
    ($($(#[$doc:meta])* $field:ident : $kind:ident,)+) => {
        /// Visitor (or host page) input. `None` means "use the default".
        #[derive(Clone, Debug, Default, PartialEq, Serialize)]
        pub struct PlanInput {
            $(
                $(#[$doc])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<wire_type!($kind)>,
            )+
        }

        /// Every field name of [`PlanInput`], in contract order.
        pub const FIELDS: &[&str] = &[$(stringify!($field)),+];

        impl PlanInput {
            /// Sets one field from a JSON value; `Ok(false)` if the name is unknown.
            fn set_json(&mut self, key: &str, value: &Value) -> Result<bool, FieldError> {
                match key {
                    $(stringify!($field) => {
                        self.$field = paste_read!($kind, key, value)?;
                        Ok(true)
                    })+
                    _ => Ok(false),
                }
            }

            /// Sets one field from its text form (as [`PlanInput::field_text`] writes it):
            /// text as is, numbers in JSON syntax (finite only), minor units as `i64`.
            pub fn set_field(&mut self, name: &str, raw: &str) -> Result<(), FieldError> {
                match name {
                    $(stringify!($field) => {
                        self.$field = Some(parse_text!($kind, name, raw)?);
                        Ok(())
                    })+
                    _ => Err(unknown_field(name)),
                }
            }

            /// Resets one field to "use the default"; `true` if it had a value.
            pub fn clear_field(&mut self, name: &str) -> bool {
                match name {
                    $(stringify!($field) => self.$field.take().is_some(),)+
                    _ => false,
                }
            }

            /// One field's value as text that [`PlanInput::set_field`] reads back to the same
            /// value (numbers in their shortest exact form); `None` if unset or the name is
            /// unknown.
            pub fn field_text(&self, name: &str) -> Option<String> {
                match name {
                    $(stringify!($field) => self.$field.as_ref().map(|v| text_of!($kind, v)),)+
                    _ => None,
                }
            }
        }
    };
}

macro_rules! text_of {
    (text, $v:expr) => {
        $v.clone()
    };
    (number, $v:expr) => {
        super::decimal::shortest(*$v)
    };
    (minor, $v:expr) => {
        $v.to_string()
    };
}

macro_rules! parse_text {
    (text, $k:expr, $raw:expr) => {
        Ok::<String, FieldError>($raw.to_string())
    };
    (number, $k:expr, $raw:expr) => {
        parse_wire_number($k, $raw)
    };
    (minor, $k:expr, $raw:expr) => {
        parse_wire_minor($k, $raw)
    };
}

macro_rules! paste_read {
    (text, $k:expr, $v:expr) => {
        read_text($k, $v)
    };
    (number, $k:expr, $v:expr) => {
        read_number($k, $v)
    };
    (minor, $k:expr, $v:expr) => {
        read_minor($k, $v)
    };
}

plan_input! {
    /// `hairline`, `crown`, `top`, `full`, `scar`, `diffuse`, `norwood-2`…`norwood-7`,
    /// `ludwig-1`…`ludwig-3`, or `custom` (then `area` is required).
    region: text,
    /// Custom area, in `area_unit`.
    area: number,
    /// `cm2` (default) or `in2`.
    area_unit: text,
    tier: text,
    /// Expected years before a touch-up, 2–15.
    longevity_years: number,
    skin: text,
    sun: text,
    style: text,
    /// Fixes the number of initial sessions (2–4) instead of the rule-based count.
    sessions: number,
    /// `YYYY-MM-DD`; defaults to today.
    start_date: text,
    session_gap_weeks: number,
    horizon_years: number,
    currency: text,
    inflation_percent: number,
    /// Sales tax added to every price, 0–30 %.
    sales_tax_percent: number,
    fibers_bottle_price_minor: minor,
    fibers_days_per_bottle: number,
    fibers_extras_per_month_minor: minor,
    hairpiece_unit_price_minor: minor,
    hairpiece_unit_life_months: number,
    hairpiece_units_in_rotation: number,
    hairpiece_maintenance_per_month_minor: minor,
    hairpiece_supplies_per_month_minor: minor,
    /// Optional comparison row: a one-off hair transplant.
    transplant_cost_minor: minor,
    /// Optional comparison row: medication (finasteride, minoxidil) per month.
    medication_per_month_minor: minor,
}

/// The largest amount accepted in any money field: 1,000,000.00 in the plan's currency.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000;
pub const LONGEVITY_YEARS: (f64, f64) = (2.0, 15.0);
pub const HORIZON_YEARS: (u32, u32) = (4, 15);
pub const GAP_WEEKS: (u32, u32) = (2, 4);
pub const AREA_CM2: (f64, f64) = (5.0, 800.0);
pub const AREA_IN2: (f64, f64) = (1.0, 124.0);
pub const INFLATION_PERCENT: (f64, f64) = (0.0, 20.0);
pub const SALES_TAX_PERCENT: (f64, f64) = (0.0, 30.0);
pub const DAYS_PER_BOTTLE: (u32, u32) = (1, 365);
pub const UNIT_LIFE_MONTHS: (f64, f64) = (0.5, 36.0);
pub const UNITS_IN_ROTATION: (u32, u32) = (1, 10);
pub const START_YEARS: (i32, i32) = (2000, 2100);

fn read_text(key: &str, v: &Value) -> Result<Option<String>, FieldError> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(FieldError::new(
            key,
            ErrorCode::WrongType,
            format!("{key} must be text."),
        )),
    }
}

fn read_number(key: &str, v: &Value) -> Result<Option<f64>, FieldError> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => n.as_f64().map(Some).ok_or_else(|| {
            FieldError::new(
                key,
                ErrorCode::NotANumber,
                format!("{key} must be a number."),
            )
        }),
        _ => Err(FieldError::new(
            key,
            ErrorCode::WrongType,
            format!("{key} must be a number."),
        )),
    }
}

fn read_minor(key: &str, v: &Value) -> Result<Option<i64>, FieldError> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) if n.is_i64() => Ok(n.as_i64()),
        Value::Number(n) if n.is_u64() => Err(FieldError::new(
            key,
            ErrorCode::OutOfRange,
            amount_range_message(key),
        )),
        // A whole number too large for i64 (1e20) is out of range, not a fraction.
        Value::Number(n)
            if n.as_f64()
                .is_some_and(|f| f.is_finite() && f.fract() == 0.0) =>
        {
            Err(FieldError::new(
                key,
                ErrorCode::OutOfRange,
                amount_range_message(key),
            ))
        }
        Value::Number(_) => Err(FieldError::new(
            key,
            ErrorCode::NotWhole,
            format!("{key} must be a whole number of minor units (cents)."),
        )),
        _ => Err(FieldError::new(
            key,
            ErrorCode::WrongType,
            format!("{key} must be a number."),
        )),
    }
}

fn parse_wire_number(key: &str, raw: &str) -> Result<f64, FieldError> {
    super::decimal::parse(raw).ok_or_else(|| {
        FieldError::new(
            key,
            ErrorCode::NotANumber,
            format!("{key} must be a number."),
        )
    })
}

fn parse_wire_minor(key: &str, raw: &str) -> Result<i64, FieldError> {
    raw.parse::<i64>().map_err(|e| {
        use std::num::IntErrorKind::{NegOverflow, PosOverflow};
        if matches!(e.kind(), PosOverflow | NegOverflow) {
            FieldError::new(key, ErrorCode::OutOfRange, amount_range_message(key))
        } else {
            FieldError::new(
                key,
                ErrorCode::NotWhole,
                format!("{key} must be a whole number of minor units (cents)."),
            )
        }
    })
}

fn unknown_field(key: &str) -> FieldError {
    let shown = truncate(key, 40);
    FieldError::new(
        &shown,
        ErrorCode::UnknownField,
        format!("Unknown field \"{shown}\"."),
    )
}

impl PlanInput {
    /// Parses the JSON contract. Unknown fields and wrongly typed values are errors naming the
    /// field; every problem is reported, not only the first.
    pub fn from_json(json: &str) -> Result<PlanInput, Vec<FieldError>> {
        PlanInput::from_json_value(&parse_document(json)?)
    }

    pub fn from_json_value(value: &Value) -> Result<PlanInput, Vec<FieldError>> {
        let (input, errors) = PlanInput::from_json_partial(value);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(errors)
        }
    }

    /// Every well-typed field, plus the errors for the others (those stay `None`), so a caller
    /// can validate the rest and report all problems at once.
    pub fn from_json_partial(value: &Value) -> (PlanInput, Vec<FieldError>) {
        let mut input = PlanInput::default();
        let Value::Object(map) = value else {
            let e = FieldError::new(
                "input",
                ErrorCode::Malformed,
                "The input must be a JSON object.",
            );
            return (input, vec![e]);
        };
        let mut errors = Vec::new();
        for (key, v) in map {
            match input.set_json(key, v) {
                Ok(true) => {}
                Ok(false) => errors.push(unknown_field(key)),
                Err(e) => errors.push(e),
            }
        }
        (input, errors)
    }
}

/// Any JSON document, or the error saying it is not JSON.
pub fn parse_document(json: &str) -> Result<Value, Vec<FieldError>> {
    serde_json::from_str(json).map_err(|e| {
        vec![FieldError::new(
            "input",
            ErrorCode::Malformed,
            format!("The input is not valid JSON: {e}."),
        )]
    })
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

fn amount_range_message(key: &str) -> String {
    format!(
        "{key} must be between 0 and {} minor units.",
        MAX_AMOUNT_MINOR
    )
}

/// Custom fibers costs, or the defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Fibers {
    pub bottle_price: Money,
    pub days_per_bottle: u32,
    pub extras_per_month: Money,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hairpiece {
    pub unit_price: Money,
    pub unit_life_tenth_months: u32,
    pub units_in_rotation: u32,
    pub maintenance_per_month: Money,
    pub supplies_per_month: Money,
}

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

/// Collects every field's problem instead of stopping at the first.
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn fail(&mut self, field: &str, code: ErrorCode, message: String) {
        self.errors.push(FieldError::new(field, code, message));
    }

    fn choice<T: Copy>(
        &mut self,
        field: &str,
        label: &str,
        raw: &Option<String>,
        default: T,
        parse: impl Fn(&str) -> Option<T>,
        allowed: String,
    ) -> T {
        match raw.as_deref() {
            None => default,
            Some(s) => parse(s).unwrap_or_else(|| {
                self.fail(
                    field,
                    ErrorCode::UnknownValue,
                    format!("{label} must be {allowed}."),
                );
                default
            }),
        }
    }

    /// A finite number inside `[min, max]`, or an error naming the range.
    fn number(
        &mut self,
        field: &str,
        label: &str,
        raw: Option<f64>,
        (min, max): (f64, f64),
        unit: &str,
    ) -> Option<f64> {
        let v = raw?;
        if !v.is_finite() {
            self.fail(
                field,
                ErrorCode::NotANumber,
                format!("{label} must be a number."),
            );
            return None;
        }
        if v < min || v > max {
            self.fail(
                field,
                ErrorCode::OutOfRange,
                format!(
                    "{label} must be between {} and {}{unit}.",
                    super::decimal::shortest(min),
                    super::decimal::shortest(max)
                ),
            );
            return None;
        }
        Some(v)
    }

    /// A finite number rounded to `1/scale` first, then checked against `[min, max]`: the
    /// rounded value in units of `1/scale` (so 20.004 % is 2,000 basis points, in range).
    fn rounded(
        &mut self,
        field: &str,
        label: &str,
        raw: Option<f64>,
        (min, max): (f64, f64),
        unit: &str,
        scale: f64,
    ) -> Option<u32> {
        let v = raw?;
        let r = (v * scale).round() / scale;
        let r = if r.is_finite() { r } else { v };
        let ok = self.number(field, label, Some(r), (min, max), unit)?;
        // In range and rounded to a whole multiple: the conversion is exact.
        Some((ok * scale).round() as u32)
    }

    fn whole(
        &mut self,
        field: &str,
        label: &str,
        raw: Option<f64>,
        (min, max): (u32, u32),
        unit: &str,
    ) -> Option<u32> {
        let v = self.number(field, label, raw, (f64::from(min), f64::from(max)), unit)?;
        if v.fract() != 0.0 {
            self.fail(
                field,
                ErrorCode::NotWhole,
                format!("{label} must be a whole number."),
            );
            return None;
        }
        // In range and whole: the conversion is exact.
        Some(v as u32)
    }

    fn amount(&mut self, field: &str, label: &str, raw: Option<i64>) -> Option<Money> {
        let v = raw?;
        if !(0..=MAX_AMOUNT_MINOR).contains(&v) {
            self.fail(
                field,
                ErrorCode::OutOfRange,
                format!("{label} must be between 0 and 1,000,000 (in minor units: 0 to {MAX_AMOUNT_MINOR})."),
            );
            return None;
        }
        Some(Money::from_minor(v))
    }
}

/// Validates every field; `today` is the default start date. The assumptions come back
/// converted to the chosen currency (borrowed unchanged when it is the table's own).
pub fn validate<'a>(
    input: &PlanInput,
    a: &'a Assumptions,
    today: Date,
) -> Result<(Inputs, Cow<'a, Assumptions>), Vec<FieldError>> {
    let mut c = Checker { errors: Vec::new() };
    let currency = c.choice(
        "currency",
        "Currency",
        &input.currency,
        a.currency,
        Currency::parse,
        one_of(&Currency::ALL.map(|c| c.code())),
    );
    let a: Cow<'a, Assumptions> = if currency == a.currency {
        Cow::Borrowed(a)
    } else if let Some(converted) = a.in_currency(currency) {
        Cow::Owned(converted)
    } else {
        c.fail(
            "currency",
            ErrorCode::UnknownValue,
            format!(
                "Prices cannot be shown in {}: the price table has no rate for it.",
                currency.code()
            ),
        );
        Cow::Borrowed(a)
    };
    let d = &a.defaults;

    let region = validate_region(&mut c, input, &a);
    let tier = c.choice(
        "tier",
        "Pricing tier",
        &input.tier,
        d.tier,
        Tier::parse,
        Tier::allowed(),
    );
    let skin = c.choice(
        "skin",
        "Skin type",
        &input.skin,
        d.skin,
        Skin::parse,
        Skin::allowed(),
    );
    let sun = c.choice(
        "sun",
        "Sun exposure",
        &input.sun,
        d.sun,
        Sun::parse,
        Sun::allowed(),
    );
    let style = c.choice(
        "style",
        "Style",
        &input.style,
        d.style,
        Style::parse,
        Style::allowed(),
    );

    let longevity_months = c
        .rounded(
            "longevity_years",
            "Expected years before a touch-up",
            input.longevity_years,
            LONGEVITY_YEARS,
            " years",
            12.0,
        )
        .unwrap_or(d.longevity_months);
    let sessions = c
        .whole(
            "sessions",
            "Number of sessions",
            input.sessions,
            (u32::from(a.sessions.min), u32::from(a.sessions.max)),
            "",
        )
        .map(|n| n as u8);
    let start_date = match input.start_date.as_deref() {
        None => today,
        Some(s) => match Date::parse_iso(s.trim())
            .filter(|d| (START_YEARS.0..=START_YEARS.1).contains(&d.year()))
        {
            Some(d) => d,
            None => {
                c.fail(
                    "start_date",
                    ErrorCode::BadDate,
                    format!(
                        "Start date must be a date written YYYY-MM-DD between {}-01-01 and {}-12-31.",
                        START_YEARS.0, START_YEARS.1
                    ),
                );
                today
            }
        },
    };
    let session_gap_weeks = c
        .whole(
            "session_gap_weeks",
            "Weeks between sessions",
            input.session_gap_weeks,
            GAP_WEEKS,
            " weeks",
        )
        .unwrap_or(d.session_gap_weeks);
    let horizon_years = c
        .whole(
            "horizon_years",
            "Horizon",
            input.horizon_years,
            HORIZON_YEARS,
            " years",
        )
        .unwrap_or(d.horizon_years);
    let inflation_basis_points = c
        .rounded(
            "inflation_percent",
            "Annual price inflation",
            input.inflation_percent,
            INFLATION_PERCENT,
            "%",
            100.0,
        )
        .unwrap_or(d.inflation_basis_points);

    let sales_tax_basis_points = c
        .rounded(
            "sales_tax_percent",
            "Sales tax",
            input.sales_tax_percent,
            SALES_TAX_PERCENT,
            "%",
            100.0,
        )
        .unwrap_or(d.sales_tax_basis_points);

    // The alternatives' defaults follow the treated area (see `alternatives`).
    let area = super::alternatives::area_of(&a, region.unwrap_or(Region::Named(d.region)));
    let (fd, hd) = super::alternatives::sized_defaults(&a, area.unwrap_or(0));
    let fd = &fd;
    let fibers = Fibers {
        bottle_price: c
            .amount(
                "fibers_bottle_price_minor",
                "Price per bottle of fibers",
                input.fibers_bottle_price_minor,
            )
            .unwrap_or(fd.bottle_price),
        days_per_bottle: c
            .whole(
                "fibers_days_per_bottle",
                "Days per bottle",
                input.fibers_days_per_bottle,
                DAYS_PER_BOTTLE,
                " days",
            )
            .unwrap_or(fd.days_per_bottle),
        extras_per_month: c
            .amount(
                "fibers_extras_per_month_minor",
                "Other fiber products per month",
                input.fibers_extras_per_month_minor,
            )
            .unwrap_or(fd.extras_per_month),
    };
    let hd = &hd;
    let hairpiece = Hairpiece {
        unit_price: c
            .amount(
                "hairpiece_unit_price_minor",
                "Hairpiece unit price",
                input.hairpiece_unit_price_minor,
            )
            .unwrap_or(hd.unit_price),
        unit_life_tenth_months: c
            .rounded(
                "hairpiece_unit_life_months",
                "Unit life",
                input.hairpiece_unit_life_months,
                UNIT_LIFE_MONTHS,
                " months",
                10.0,
            )
            .unwrap_or(hd.unit_life_tenth_months),
        units_in_rotation: c
            .whole(
                "hairpiece_units_in_rotation",
                "Units in rotation",
                input.hairpiece_units_in_rotation,
                UNITS_IN_ROTATION,
                "",
            )
            .unwrap_or(hd.units_in_rotation),
        maintenance_per_month: c
            .amount(
                "hairpiece_maintenance_per_month_minor",
                "Maintenance per month",
                input.hairpiece_maintenance_per_month_minor,
            )
            .unwrap_or(hd.maintenance_per_month),
        supplies_per_month: c
            .amount(
                "hairpiece_supplies_per_month_minor",
                "Supplies per month",
                input.hairpiece_supplies_per_month_minor,
            )
            .unwrap_or(hd.supplies_per_month),
    };
    let transplant_cost = c.amount(
        "transplant_cost_minor",
        "Hair transplant cost",
        input.transplant_cost_minor,
    );
    let medication_per_month = c.amount(
        "medication_per_month_minor",
        "Medication per month",
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

/// `input` with every field that fails validation reset to its default, and the names of the
/// fields reset, in [`FIELDS`] order. Shared links and stored settings use it so that one bad
/// value costs that setting, not the whole page. The result validates whenever the defaults do.
pub fn sanitize(mut input: PlanInput, a: &Assumptions, today: Date) -> (PlanInput, Vec<String>) {
    let mut dropped: Vec<String> = Vec::new();
    let mut valid = false;
    // Every pass either ends the loop or clears at least one set field, so the bound is never
    // hit while fields remain.
    for _ in 0..=FIELDS.len() {
        let Err(errors) = validate(&input, a, today) else {
            valid = true;
            break;
        };
        let mut progressed = false;
        for e in &errors {
            let name = culprit(e);
            if input.clear_field(name) {
                progressed = true;
                note(&mut dropped, name);
            }
        }
        if !progressed {
            break;
        }
    }
    if !valid {
        // An error no set field explains: nothing can be kept with confidence.
        for name in FIELDS {
            if input.clear_field(name) {
                note(&mut dropped, name);
            }
        }
    }
    super::order::sort_small_by_key(&mut dropped, |d| FIELDS.iter().position(|f| f == d));
    (input, dropped)
}

fn note(dropped: &mut Vec<String>, name: &str) {
    if !dropped.iter().any(|d| d == name) {
        dropped.push(name.to_string());
    }
}

/// The field to reset for an error. A custom region without an area names the (unset) area,
/// so the fix is to forget the custom region.
fn culprit(e: &FieldError) -> &str {
    if e.code == ErrorCode::Required && e.field == "area" {
        "region"
    } else {
        &e.field
    }
}

fn validate_region(c: &mut Checker, input: &PlanInput, a: &Assumptions) -> Option<Region> {
    let unit = match input.area_unit.as_deref() {
        None => AreaUnit::Cm2,
        Some(s) => AreaUnit::parse(s).unwrap_or_else(|| {
            c.fail(
                "area_unit",
                ErrorCode::UnknownValue,
                "Area unit must be cm2 or in2.".into(),
            );
            AreaUnit::Cm2
        }),
    };
    let wants_custom = match input.region.as_deref().map(str::trim) {
        None => input.area.is_some(),
        Some(s) if s.eq_ignore_ascii_case("custom") => true,
        Some(s) => {
            let named = NamedRegion::parse(s).filter(|r| a.prices.entry(*r).is_some());
            if named.is_none() {
                c.fail(
                    "region",
                    ErrorCode::UnknownValue,
                    "Region must be hairline, crown, top, full, scar, diffuse, norwood-2 to norwood-7, ludwig-1 to ludwig-3, or custom.".into(),
                );
            }
            for (field, given) in [
                ("area", input.area.is_some()),
                ("area_unit", input.area_unit.is_some()),
            ] {
                if given {
                    c.fail(
                        field,
                        ErrorCode::Inconsistent,
                        "An area applies only to the custom region; choose \"custom\" or leave it empty.".into(),
                    );
                }
            }
            return named.map(Region::Named);
        }
    };
    if !wants_custom {
        return None;
    }
    let Some(raw) = input.area else {
        c.fail(
            "area",
            ErrorCode::Required,
            "Enter the area for a custom region.".into(),
        );
        return None;
    };
    let (range, label) = match unit {
        AreaUnit::Cm2 => (AREA_CM2, " cm²"),
        AreaUnit::In2 => (AREA_IN2, " in²"),
    };
    let v = c.number("area", "Area", Some(raw), range, label)?;
    // Exact integer conversion: area to hundredths, then in² → cm² with the exact factor.
    let hundredths = (v * 100.0).round() as u64;
    let cm2_hundredths = match unit {
        AreaUnit::Cm2 => hundredths,
        AreaUnit::In2 => (hundredths * CM2_PER_IN2_X10000 + 5_000) / 10_000,
    };
    let area_cm2 = u32::try_from((cm2_hundredths + 50) / 100).ok()?;
    Some(Region::Custom { area_cm2 })
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
            longevity_years: Some(f64::from(self.longevity_months) / 12.0),
            skin: Some(self.skin.key().into()),
            sun: Some(self.sun.key().into()),
            style: Some(self.style.key().into()),
            sessions: self.sessions.map(f64::from),
            start_date: Some(self.start_date.to_string()),
            session_gap_weeks: Some(f64::from(self.session_gap_weeks)),
            horizon_years: Some(f64::from(self.horizon_years)),
            currency: Some(self.currency.code().into()),
            inflation_percent: Some(f64::from(self.inflation_basis_points) / 100.0),
            sales_tax_percent: Some(f64::from(self.sales_tax_basis_points) / 100.0),
            fibers_bottle_price_minor: Some(self.fibers.bottle_price.minor()),
            fibers_days_per_bottle: Some(f64::from(self.fibers.days_per_bottle)),
            fibers_extras_per_month_minor: Some(self.fibers.extras_per_month.minor()),
            hairpiece_unit_price_minor: Some(self.hairpiece.unit_price.minor()),
            hairpiece_unit_life_months: Some(
                f64::from(self.hairpiece.unit_life_tenth_months) / 10.0,
            ),
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

    fn today() -> Date {
        Date::new(2026, 11, 24).expect("valid date")
    }

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

    #[test]
    fn sanitize_drops_only_the_bad_fields() {
        let a = Assumptions::default();
        let input = PlanInput {
            region: Some("norwood-4".into()),
            tier: Some("gold".into()),
            longevity_years: Some(40.0),
            horizon_years: Some(12.0),
            area: Some(50.0),
            ..PlanInput::default()
        };
        let (clean, dropped) = sanitize(input, &a, today());
        assert_eq!(dropped, ["area", "tier", "longevity_years"]);
        assert_eq!(clean.region.as_deref(), Some("norwood-4"));
        assert_eq!(clean.horizon_years, Some(12.0));
        assert!(validate(&clean, &a, today()).is_ok());
    }

    #[test]
    fn sanitize_forgets_a_custom_region_without_its_area() {
        let a = Assumptions::default();
        let input = PlanInput {
            region: Some("custom".into()),
            area: Some(9_000.0),
            skin: Some("oily".into()),
            ..PlanInput::default()
        };
        // First pass drops the out-of-range area; the second finds the area missing.
        let (clean, dropped) = sanitize(input, &a, today());
        assert_eq!(dropped, ["region", "area"]);
        assert_eq!(
            clean,
            PlanInput {
                skin: Some("oily".into()),
                ..PlanInput::default()
            }
        );
    }

    #[test]
    fn sanitize_keeps_valid_input_untouched() {
        let a = Assumptions::default();
        let (inputs, _) = validate(&PlanInput::default(), &a, today()).expect("defaults valid");
        let full = inputs.to_wire();
        assert_eq!(sanitize(full.clone(), &a, today()), (full, vec![]));
    }
}

//! The numeric text fields of the form: wire name, label, unit and how the visitor's text is read.

/// How a field's text becomes a [`crate::model::PlanInput`] value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A plain number (years, weeks, %, cm²).
    Number,
    /// Money in the chosen currency, stored as minor units.
    Money,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberField {
    /// The [`crate::model::PlanInput`] field it fills.
    pub name: &'static str,
    pub label: &'static str,
    /// Shown after the input ("years", "%", "per month").
    pub unit: &'static str,
    pub kind: Kind,
}

const fn number(name: &'static str, label: &'static str, unit: &'static str) -> NumberField {
    NumberField {
        name,
        label,
        unit,
        kind: Kind::Number,
    }
}

const fn money(name: &'static str, label: &'static str, unit: &'static str) -> NumberField {
    NumberField {
        name,
        label,
        unit,
        kind: Kind::Money,
    }
}

pub const LONGEVITY: NumberField = number(
    "longevity_years",
    "Expected years before a touch-up",
    "years",
);
pub const SESSIONS: NumberField = number("sessions", "Number of sessions", "");
pub const AREA: NumberField = number("area", "Custom area", "");
pub const GAP: NumberField = number("session_gap_weeks", "Weeks between sessions", "weeks");
pub const HORIZON: NumberField = number("horizon_years", "Compare over", "years");
pub const SALES_TAX: NumberField = number("sales_tax_percent", "Sales tax", "%");
pub const INFLATION: NumberField = number("inflation_percent", "Annual price increase", "%");

pub const FIBERS: [NumberField; 3] = [
    money("fibers_bottle_price_minor", "Price per bottle", ""),
    number(
        "fibers_days_per_bottle",
        "Days a bottle lasts (daily use)",
        "days",
    ),
    money(
        "fibers_extras_per_month_minor",
        "Holding spray and extras",
        "per month",
    ),
];

pub const HAIRPIECE: [NumberField; 5] = [
    money("hairpiece_unit_price_minor", "Price per unit", ""),
    number("hairpiece_unit_life_months", "Life of a unit", "months"),
    number("hairpiece_units_in_rotation", "Units in rotation", "units"),
    money(
        "hairpiece_maintenance_per_month_minor",
        "Salon maintenance",
        "per month",
    ),
    money(
        "hairpiece_supplies_per_month_minor",
        "Adhesives and supplies",
        "per month",
    ),
];

pub const EXTRAS: [NumberField; 2] = [
    money("transplant_cost_minor", "Hair transplant (one-off)", ""),
    money(
        "medication_per_month_minor",
        "Medication (finasteride, minoxidil)",
        "per month",
    ),
];

/// Every numeric field (the longevity slider and session count too), for parsing the form.
pub fn all() -> impl Iterator<Item = NumberField> {
    [
        LONGEVITY, SESSIONS, AREA, GAP, HORIZON, SALES_TAX, INFLATION,
    ]
    .into_iter()
    .chain(FIBERS)
    .chain(HAIRPIECE)
    .chain(EXTRAS)
}

/// The visitor-facing name of any input field, for the error summary.
pub fn label(field: &str) -> &'static str {
    if let Some(f) = all().find(|f| f.name == field) {
        return f.label;
    }
    match field {
        "region" => "Area to treat",
        "area_unit" => "Area unit",
        "tier" => "Clinic price level",
        "skin" => "Skin type",
        "sun" => "Sun exposure",
        "style" => "Style",
        "start_date" => "First session",
        "currency" => "Currency",
        _ => "Input",
    }
}

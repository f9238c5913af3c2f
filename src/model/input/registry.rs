//! The field registry: one description per input field, from which the validator, its
//! messages, the form's labels, units and hints, the "Advanced" section, the clinic presets,
//! docs/json-contract.md's input table and the browser tests' field list all come.
//!
//! # How to add a field
//! 1. Add one entry to the `registry!` list below (its place is its contract order: links,
//!    errors and the docs table follow it). The wire type is `text`, `number` (f64) or
//!    `minor` (i64 money); the [`Spec`] gives its one label, kind and range, unit, section,
//!    control and default.
//! 2. Use it in the engine: read it in [`super::validate()`] with the `Checker` method for its
//!    kind (the range and message come from here), give it a member of `Inputs` and write it
//!    back in `Inputs::to_wire`; if its default comes from the assumption table, name the row.
//! 3. Regenerate what is derived:
//!    `UPDATE_DOCS=1 cargo test --test field_registry` (docs/json-contract.md's input table
//!    and tests/e2e/fields.generated.ts). The form picks the field up from its section.
//!
//! Nothing else names a field by its wire string: Rust code uses [`Field`].

use crate::model::currency::Currency;
use crate::model::options::{Skin, Style, Sun, Tier};

/// The largest amount accepted in any money field: 1,000,000.00 in the plan's currency.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000;
/// A custom area given in in² (the registry's range for `area` is in cm², the default unit).
pub const AREA_IN2: (f64, f64) = (1.0, 124.0);
/// Years a start date may fall in.
pub const START_YEARS: (i32, i32) = (2000, 2100);

/// How a field's value is read and what it may be.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Free text with its own reader (region, date).
    Text,
    /// One of a fixed list of words.
    Choice(fn() -> Vec<&'static str>),
    /// A number in `[min, max]`, rounded to `round` (the engine's unit) before the check;
    /// `None`: checked as given.
    Number {
        min: f64,
        max: f64,
        round: Option<Round>,
    },
    /// A whole number in `[min, max]`.
    Whole { min: u32, max: u32 },
    /// Money in minor units, 0 to [`MAX_AMOUNT_MINOR`].
    Money,
}

/// The precision the engine keeps of a number field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Round {
    /// Years kept as whole months.
    Months,
    Tenths,
    Hundredths,
}

impl Round {
    /// Units of the engine per unit of the field (12 months a year, 100 hundredths).
    fn per(self) -> f64 {
        match self {
            Round::Months => 12.0,
            Round::Tenths => 10.0,
            Round::Hundredths => 100.0,
        }
    }

    /// `v` in the engine's unit, rounded to a whole one (any finite or infinite `v`).
    pub fn scaled_f64(self, v: f64) -> f64 {
        (v * self.per()).round()
    }

    /// A whole number of the engine's units back in the field's unit.
    pub fn unscaled_f64(self, n: f64) -> f64 {
        n / self.per()
    }

    /// `v` in the engine's unit. Callers pass validated, in-range values, so the conversion
    /// is exact and never overflows.
    pub fn scaled(self, v: f64) -> u32 {
        self.scaled_f64(v) as u32
    }

    /// The engine's unit back in the field's own.
    pub fn unscaled(self, n: u32) -> f64 {
        self.unscaled_f64(f64::from(n))
    }

    pub fn describe(self) -> &'static str {
        match self {
            Round::Months => "rounded to whole months first",
            Round::Tenths => "rounded to 0.1 first",
            Round::Hundredths => "rounded to 0.01 first",
        }
    }
}

/// Where the form shows a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Region,
    Tier,
    Longevity,
    Schedule,
    /// The collapsed "Advanced" part, outside its groups.
    Advanced,
    Fibers,
    Hairpiece,
    /// Optional comparison rows.
    Extras,
}

impl Section {
    /// Inside the collapsed "Advanced" part of the form.
    pub fn is_advanced(self) -> bool {
        matches!(
            self,
            Section::Advanced | Section::Fibers | Section::Hairpiece | Section::Extras
        )
    }
}

/// The form control a field is entered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// A text box read as a number or an amount.
    NumberBox,
    Slider,
    Radio,
    Select,
    Date,
    /// The region picker (zone cards, stage list, custom).
    Region,
}

/// What an empty field means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultIs {
    /// The assumption table's value for it.
    Table,
    /// The table's value, with a remark.
    TableAnd(&'static str),
    /// No table value; what happens instead.
    Otherwise(&'static str),
}

#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// The field's one name, on screen and in every message.
    pub label: &'static str,
    pub kind: Kind,
    /// After the value ("years", "%", "per month"); also ends range messages.
    pub unit: &'static str,
    pub section: Section,
    pub control: Control,
    pub default: DefaultIs,
    /// The assumption-table row holding the default, when the form shows where it comes from.
    pub assumption: Option<&'static str>,
    /// That default is a published figure (otherwise the form calls it an estimate).
    pub sourced: bool,
    /// The same for a partial hairpiece unit (small areas), whose price and life are estimates.
    pub sourced_for_partial: bool,
    /// A clinic's configuration may preset its default.
    pub presettable: bool,
    /// Hint text where the range says too little.
    pub hint: Option<&'static str>,
    /// What the contract table adds after the allowed values.
    pub note: &'static str,
}

const BASE: Spec = Spec {
    label: "",
    kind: Kind::Text,
    unit: "",
    section: Section::Advanced,
    control: Control::NumberBox,
    default: DefaultIs::Table,
    assumption: None,
    sourced: false,
    sourced_for_partial: false,
    presettable: true,
    hint: None,
    note: "",
};

const fn money(label: &'static str, unit: &'static str, section: Section) -> Spec {
    Spec {
        label,
        kind: Kind::Money,
        unit,
        section,
        ..BASE
    }
}

fn area_units() -> Vec<&'static str> {
    vec!["cm2", "in2"]
}

fn tiers() -> Vec<&'static str> {
    Tier::ALL.iter().map(|t| t.key()).collect()
}

fn skins() -> Vec<&'static str> {
    Skin::ALL.iter().map(|t| t.key()).collect()
}

fn suns() -> Vec<&'static str> {
    Sun::ALL.iter().map(|t| t.key()).collect()
}

fn styles() -> Vec<&'static str> {
    Style::ALL.iter().map(|t| t.key()).collect()
}

fn currencies() -> Vec<&'static str> {
    Currency::ALL.iter().map(|c| c.code()).collect()
}

registry! {
    /// `hairline`, `crown`, `top`, `full`, `scar`, `diffuse`, `norwood-2`…`norwood-7`,
    /// `ludwig-1`…`ludwig-3`, or `custom` (then `area` is required).
    Region region: text = Spec {
        label: "Area to treat",
        section: Section::Region,
        control: Control::Region,
        default: DefaultIs::TableAnd("`custom` if only `area` is given"),
        note: "`hairline`, `crown`, `top`, `full`, `scar`, `diffuse`, `norwood-2`…`norwood-7`, `ludwig-1`…`ludwig-3`, `custom`",
        ..BASE
    };
    /// Custom area, in `area_unit`.
    Area area: number = Spec {
        label: "Custom area",
        kind: Kind::Number { min: 5.0, max: 800.0, round: None },
        unit: "cm²",
        section: Section::Region,
        default: DefaultIs::Otherwise("required for `custom`"),
        presettable: false,
        hint: Some("A full scalp is about 650 cm² (100 in²)."),
        note: "or 1–124 in²; kept as whole cm²; only with `custom`",
        ..BASE
    };
    /// `cm2` (default) or `in2`.
    AreaUnit area_unit: text = Spec {
        label: "Area unit",
        kind: Kind::Choice(area_units),
        section: Section::Region,
        control: Control::Radio,
        default: DefaultIs::Otherwise("`cm2`"),
        presettable: false,
        note: "only with `custom`",
        ..BASE
    };
    Tier tier: text = Spec {
        label: "Clinic price level",
        kind: Kind::Choice(tiers),
        section: Section::Tier,
        control: Control::Radio,
        // What each level stands for (budget and premium scale the standard column).
        hint: Some("Budget: a newer technician or a lower-cost city. Standard: an established clinic at typical published prices. Premium: a sought-after artist or a big-city clinic."),
        ..BASE
    };
    /// Expected years before a touch-up, 2–15.
    LongevityYears longevity_years: number = Spec {
        label: "Expected years before a touch-up",
        kind: Kind::Number { min: 2.0, max: 15.0, round: Some(Round::Months) },
        unit: "years",
        note: "15.01 is 180 months, in range",
        section: Section::Longevity,
        control: Control::Slider,
        ..BASE
    };
    Skin skin: text = Spec {
        label: "Skin type",
        kind: Kind::Choice(skins),
        section: Section::Longevity,
        control: Control::Radio,
        ..BASE
    };
    Sun sun: text = Spec {
        label: "Sun exposure",
        kind: Kind::Choice(suns),
        section: Section::Longevity,
        control: Control::Radio,
        ..BASE
    };
    Style style: text = Spec {
        label: "Style",
        kind: Kind::Choice(styles),
        section: Section::Longevity,
        control: Control::Radio,
        ..BASE
    };
    /// Fixes the number of initial sessions (2–4) instead of the rule-based count.
    Sessions sessions: number = Spec {
        label: "Number of sessions",
        kind: Kind::Whole { min: 2, max: 4 },
        control: Control::Select,
        default: DefaultIs::Otherwise("by the rules (3, or 4 with a reason)"),
        presettable: false,
        note: "fixes the count instead of the rules",
        ..BASE
    };
    /// `YYYY-MM-DD`; defaults to today.
    StartDate start_date: text = Spec {
        label: "First session",
        section: Section::Schedule,
        control: Control::Date,
        default: DefaultIs::Otherwise("today (the caller's date)"),
        presettable: false,
        note: "`YYYY-MM-DD`, years 2000–2100",
        ..BASE
    };
    SessionGapWeeks session_gap_weeks: number = Spec {
        label: "Weeks between sessions",
        kind: Kind::Whole { min: 2, max: 4 },
        unit: "weeks",
        section: Section::Schedule,
        ..BASE
    };
    HorizonYears horizon_years: number = Spec {
        label: "Compare over",
        kind: Kind::Whole { min: 4, max: 15 },
        unit: "years",
        section: Section::Schedule,
        ..BASE
    };
    Currency currency: text = Spec {
        label: "Currency",
        kind: Kind::Choice(currencies),
        control: Control::Select,
        default: DefaultIs::TableAnd("the price table's"),
        presettable: false,
        ..BASE
    };
    InflationPercent inflation_percent: number = Spec {
        label: "Annual price increase",
        kind: Kind::Number { min: 0.0, max: 20.0, round: Some(Round::Hundredths) },
        unit: "%",
        note: "20.004 is 20.00, in range",
        ..BASE
    };
    /// Sales tax added to every price, 0–30 %.
    SalesTaxPercent sales_tax_percent: number = Spec {
        label: "Sales tax",
        kind: Kind::Number { min: 0.0, max: 30.0, round: Some(Round::Hundredths) },
        unit: "%",
        note: "added to every price, SMP and alternatives alike",
        ..BASE
    };
    FibersBottlePriceMinor fibers_bottle_price_minor: minor = Spec {
        assumption: Some("fibers.bottle_price"),
        ..money("Price per bottle of fibers", "", Section::Fibers)
    };
    FibersDaysPerBottle fibers_days_per_bottle: number = Spec {
        label: "Days a bottle of fibers lasts (daily use)",
        kind: Kind::Whole { min: 1, max: 365 },
        unit: "days",
        section: Section::Fibers,
        default: DefaultIs::Otherwise(
            "by area: 45 × 150 / area cm², rounded, within 10–90 (45 for the crown)",
        ),
        assumption: Some("fibers.days_per_bottle"),
        ..BASE
    };
    FibersExtrasPerMonthMinor fibers_extras_per_month_minor: minor = Spec {
        assumption: Some("fibers.extras_per_month"),
        ..money("Holding spray and extras", "per month", Section::Fibers)
    };
    HairpieceUnitPriceMinor hairpiece_unit_price_minor: minor = Spec {
        assumption: Some("hairpiece.unit_price"),
        sourced: true,
        default: DefaultIs::Otherwise(
            "100000 (full unit, 200 cm² and more); 50000 (partial unit, smaller areas)",
        ),
        ..money("Price per hairpiece unit", "", Section::Hairpiece)
    };
    HairpieceUnitLifeMonths hairpiece_unit_life_months: number = Spec {
        label: "Life of a hairpiece unit",
        kind: Kind::Number { min: 0.5, max: 36.0, round: Some(Round::Tenths) },
        unit: "months",
        note: "36.04 is 36.0, in range",
        section: Section::Hairpiece,
        assumption: Some("hairpiece.unit_life_months"),
        sourced: true,
        ..BASE
    };
    HairpieceUnitsInRotation hairpiece_units_in_rotation: number = Spec {
        label: "Hairpiece units in rotation",
        kind: Kind::Whole { min: 1, max: 10 },
        unit: "units",
        section: Section::Hairpiece,
        assumption: Some("hairpiece.units_in_rotation"),
        sourced: true,
        sourced_for_partial: true,
        ..BASE
    };
    HairpieceMaintenancePerMonthMinor hairpiece_maintenance_per_month_minor: minor = Spec {
        assumption: Some("hairpiece.maintenance_per_month"),
        sourced: true,
        sourced_for_partial: true,
        default: DefaultIs::Otherwise("15000 (full); 5000 (partial)"),
        ..money("Salon maintenance", "per month", Section::Hairpiece)
    };
    HairpieceSuppliesPerMonthMinor hairpiece_supplies_per_month_minor: minor = Spec {
        assumption: Some("hairpiece.supplies_per_month"),
        default: DefaultIs::Otherwise("3000 (full); 1500 (partial)"),
        ..money("Adhesives and supplies", "per month", Section::Hairpiece)
    };
    /// Optional comparison row: a one-off hair transplant.
    TransplantCostMinor transplant_cost_minor: minor = Spec {
        default: DefaultIs::Otherwise("none: the row is shown only when given"),
        presettable: false,
        hint: Some("US clinics quote about $4,000–15,000."),
        ..money("Hair transplant (one-off)", "", Section::Extras)
    };
    /// Optional comparison row: medication (finasteride, minoxidil) per month.
    MedicationPerMonthMinor medication_per_month_minor: minor = Spec {
        default: DefaultIs::Otherwise("none: the row is shown only when given"),
        presettable: false,
        hint: Some("Finasteride about $15–50, minoxidil about $20–25 a month."),
        ..money("Medication (finasteride, minoxidil)", "per month", Section::Extras)
    };
}

impl Field {
    /// The field with this wire name.
    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.wire() == name)
    }

    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Its place in contract order (also the form's order for errors).
    pub fn rank(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    /// The allowed range as text, from the registry's numbers: "2 to 4 weeks".
    pub fn range_text(self) -> Option<String> {
        range_of(&self.spec())
    }

    /// The text shown under the field: its own hint, else its range ("4 to 15 years.").
    pub fn hint(self) -> Option<String> {
        self.spec().hint_text()
    }

    /// Every field of a section, in contract order.
    pub fn in_section(section: Section) -> impl Iterator<Item = Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| f.spec().section == section)
    }
}

impl Spec {
    /// [`Field::hint`] of the field this describes, for a caller that holds its spec already.
    pub fn hint_text(&self) -> Option<String> {
        match self.hint {
            Some(h) => Some(h.to_string()),
            None => range_of(self).map(|mut r| {
                r.push('.');
                r
            }),
        }
    }
}

/// [`Field::range_text`] of a field's spec.
fn range_of(spec: &Spec) -> Option<String> {
    let (min, max) = match spec.kind {
        Kind::Number { min, max, .. } => (min, max),
        Kind::Whole { min, max } => (f64::from(min), f64::from(max)),
        _ => return None,
    };
    // Pushed into the first number's text, no `format!`.
    let mut text = crate::model::decimal::shortest(min);
    text.push_str(" to ");
    text.push_str(&crate::model::decimal::shortest(max));
    text.push_str(&unit_suffix(spec.unit));
    Some(text)
}

/// " years", "%": a unit as it follows a number.
pub fn unit_suffix(unit: &str) -> String {
    match unit {
        "" => String::new(),
        "%" => "%".into(),
        u => format!(" {u}"),
    }
}

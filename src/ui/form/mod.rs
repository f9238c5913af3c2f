//! The input form: region, tier, fading, schedule, and the collapsed "Advanced" comparisons.

mod controls;
mod region;

pub use controls::OnSet;

use crate::model::alternatives::{self, HairpieceKind};
use crate::model::assumptions::{Assumptions, FibersDefaults, HairpieceDefaults};
use crate::model::currency::Currency;
use crate::model::decimal::shortest;
use crate::model::input::LONGEVITY_YEARS;
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::Region;
use crate::ui::fields::{self, NumberField};
use crate::ui::format::{use_fmt, Fmt};
use crate::ui::ids::use_ids;
use crate::ui::state::{form_from_input, State};
use controls::{NumberInput, RadioGroup, Select};
use region::RegionPicker;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub state: Rc<State>,
    pub on_set: OnSet,
}

fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&v| (key(v).to_string(), label(v).to_string()))
        .collect()
}

#[function_component(Form)]
pub fn form(p: &FormProps) -> Html {
    let ids = use_ids();
    let state = &p.state;
    // What is in effect for each field: the visitor's text, else the plan's (the default).
    let effective = state
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs))
        .unwrap_or_default();
    let value = |field: &str| -> String {
        let typed = state.text(field);
        if typed.is_empty() {
            effective.get(field).cloned().unwrap_or_default()
        } else {
            typed.to_string()
        }
    };
    let currency = Currency::parse(&value("currency")).unwrap_or(state.assumptions.currency);
    let on_set = p.on_set.clone();
    let number = |field: NumberField, hint: &str, default: u32| {
        html! {
            <NumberInput field={field} text={state.text(field.name).to_string()}
                error={state.error(field.name).cloned()} placeholder={Some(AttrValue::from(default.to_string()))}
                hint={Some(AttrValue::from(format!("{hint} Empty means {default}.")))}
                on_set={on_set.clone()} />
        }
    };
    let years = value("longevity_years");
    let on_slider = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit(("longevity_years", input.value()));
        })
    };
    let slider_id = ids.of("longevity-years");
    let (min, max) = LONGEVITY_YEARS;
    // The typical band, drawn in years on an SVG scale: geometry as attributes, never inline
    // styles, which a strict Content-Security-Policy refuses.
    let (band_from, band_to) = TYPICAL_LONGEVITY_BAND;
    html! {
        <form class="smp-form" data-testid="form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <RegionPicker state={state.clone()} region={value("region")} on_set={p.on_set.clone()} />
            <RadioGroup name="tier" legend="Clinic price level" class={classes!("smp-segmented")}
                options={options(Tier::ALL, Tier::key, Tier::label)} selected={value("tier")}
                on_set={p.on_set.clone()} error={state.error("tier").cloned()} />

            <fieldset class="smp-group">
                <legend>{ "How long it lasts" }</legend>
                <div class={classes!("smp-field", "smp-slider", state.error("longevity_years").map(|_| "smp-field--invalid"))}>
                    <label for={slider_id.clone()}>
                        { "Expected years before a touch-up: " }
                        <output for={slider_id.clone()} data-testid="longevity-value">{ format!("{years} years") }</output>
                    </label>
                    <input type="range" id={slider_id} name="longevity_years"
                        min={shortest(min)} max={shortest(max)} step="0.5" value={years.clone()}
                        aria-valuetext={format!("{years} years")}
                        aria-describedby={ids.of("longevity-band")} oninput={on_slider} />
                    <svg class="smp-slider__scale" aria-hidden="true" focusable="false"
                        viewBox={format!("{} 0 {} 1", shortest(min), shortest(max - min))} preserveAspectRatio="none">
                        <rect class="smp-slider__track" x={shortest(min)} y="0" width={shortest(max - min)} height="1" />
                        <rect class="smp-slider__band" x={shortest(band_from)} y="0" width={shortest(band_to - band_from)} height="1" />
                    </svg>
                    <p id={ids.of("longevity-band")} class="smp-field__hint">
                        { "Typically 4–6 years; 10–15 years in the best cases. Skin, sun and style below adjust it." }
                    </p>
                </div>
                <RadioGroup name="skin" legend="Skin type" class={classes!("smp-segmented")}
                    options={options(Skin::ALL, Skin::key, Skin::label)} selected={value("skin")}
                    on_set={p.on_set.clone()} error={state.error("skin").cloned()} />
                <RadioGroup name="sun" legend="Sun exposure" class={classes!("smp-segmented")}
                    options={options(Sun::ALL, Sun::key, Sun::label)} selected={value("sun")}
                    on_set={p.on_set.clone()} error={state.error("sun").cloned()} />
                <RadioGroup name="style" legend="Style" class={classes!("smp-segmented")}
                    options={options(Style::ALL, Style::key, Style::label)} selected={value("style")}
                    on_set={p.on_set.clone()} error={state.error("style").cloned()} />
            </fieldset>

            <fieldset class="smp-group">
                <legend>{ "Schedule" }</legend>
                <DateInput value={value("start_date")} error={state.error("start_date").cloned()} on_set={p.on_set.clone()} />
                { number(fields::GAP, "2 to 4 weeks apart.", state.assumptions.defaults.session_gap_weeks) }
                { number(fields::HORIZON, "4 to 15 years.", state.assumptions.defaults.horizon_years) }
            </fieldset>

            <Advanced state={state.clone()} currency={currency} on_set={p.on_set.clone()} sessions={state.text("sessions").to_string()} />
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct DateProps {
    value: String,
    error: Option<crate::model::errors::FieldError>,
    on_set: OnSet,
}

#[function_component(DateInput)]
fn date_input(p: &DateProps) -> Html {
    let ids = use_ids();
    let id = ids.of("start-date");
    let err_id = ids.of("start-date-error");
    let onchange = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit(("start_date", input.value()));
        })
    };
    html! {
        <div class={classes!("smp-field", p.error.as_ref().map(|_| "smp-field--invalid"))}>
            <label for={id.clone()}>{ "First session" }</label>
            <input type="date" id={id} name="start_date" value={p.value.clone()} {onchange}
                aria-invalid={p.error.as_ref().map(|_| "true")}
                aria-describedby={p.error.as_ref().map(|_| err_id.clone())} />
            if let Some(e) = &p.error {
                <p id={err_id} class="smp-field__error" data-testid="error-start_date">{ e.message.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AdvancedProps {
    state: Rc<State>,
    currency: Currency,
    sessions: String,
    on_set: OnSet,
}

/// Defaults sourced from published figures; the rest are labelled "estimate".
const PARTIAL_SOURCED: &[&str] = &[
    "hairpiece_units_in_rotation",
    "hairpiece_maintenance_per_month_minor",
];
const SOURCED: &[&str] = &[
    "hairpiece_unit_price_minor",
    "hairpiece_unit_life_months",
    "hairpiece_units_in_rotation",
    "hairpiece_maintenance_per_month_minor",
];

#[function_component(Advanced)]
fn advanced(p: &AdvancedProps) -> Html {
    let state = &p.state;
    // Defaults in the chosen currency, for the hints.
    let fmt = use_fmt();
    // The alternatives' defaults follow the treated area of the last plan.
    let area = state.plan.as_ref().map(|plan| plan.region.area_cm2);
    let defaults = use_memo(
        (state.assumptions.clone(), p.currency, fmt, area),
        |(a, c, fmt, area)| {
            Assumptions::in_currency(a, *c).map(|a| {
                let area =
                    area.or_else(|| alternatives::area_of(&a, Region::Named(a.defaults.region)));
                let area = area.unwrap_or(0);
                let (fibers, hairpiece) = alternatives::sized_defaults(&a, area);
                let partial = alternatives::hairpiece_kind(&a, area) == HairpieceKind::Partial;
                (default_texts(&a, &fibers, &hairpiece, *c, fmt), partial)
            })
        },
    );
    let hint = |f: NumberField| -> Option<String> {
        let (texts, partial) = defaults.as_ref().as_ref()?;
        let d = texts.iter().find(|(n, _)| *n == f.name)?.1.clone();
        // A partial unit's price and life are estimates; its rotation and upkeep have sources.
        let sourced = if *partial { PARTIAL_SOURCED } else { SOURCED };
        let origin = if sourced.contains(&f.name) {
            "published range"
        } else {
            "estimate"
        };
        Some(format!("Default: {d} ({origin})"))
    };
    let number = |f: NumberField| {
        html! {
            <NumberInput field={f} text={state.text(f.name).to_string()} error={state.error(f.name).cloned()}
                hint={hint(f).map(AttrValue::from)} on_set={p.on_set.clone()} />
        }
    };
    // The clinic may switch comparisons off; their inputs go with them.
    let shows = |key: &str| state.config.shows(key);
    let extras: Vec<NumberField> = fields::EXTRAS
        .into_iter()
        .filter(|f| shows(f.name.split('_').next().unwrap_or("")))
        .collect();
    let open = state
        .errors
        .iter()
        .any(|e| ADVANCED_FIELDS.contains(&e.field.as_str()));
    html! {
        <details class="smp-advanced" data-testid="advanced" open={open}>
            <summary>{ "Advanced: comparisons, currency, tax" }</summary>
            <div class="smp-advanced__body">
                <Select name="currency" label="Currency"
                    options={Currency::ALL.iter().map(|c| (c.code().to_string(), c.code().to_string())).collect::<Vec<_>>()}
                    selected={p.currency.code()} on_set={p.on_set.clone()} error={state.error("currency").cloned()} />
                { number(fields::SALES_TAX) }
                { number(fields::INFLATION) }
                <Select name="sessions" label="Number of sessions"
                    options={vec![("".into(), "Automatic (3, or 4 when needed)".into()), ("2".into(), "2".into()), ("3".into(), "3".into()), ("4".into(), "4".into())]}
                    selected={p.sessions.clone()} on_set={p.on_set.clone()} error={state.error("sessions").cloned()} />
                if shows("fibers") {
                    <fieldset class="smp-group">
                        <legend>{ "Hair fibers" }</legend>
                        { for fields::FIBERS.into_iter().map(number) }
                    </fieldset>
                }
                if shows("hairpiece") {
                    <fieldset class="smp-group">
                        <legend>{ "Hairpiece (hair system)" }</legend>
                        { for fields::HAIRPIECE.into_iter().map(number) }
                    </fieldset>
                }
                if !extras.is_empty() {
                <fieldset class="smp-group">
                    <legend>{ "Other options (leave empty to hide)" }</legend>
                    { for extras.into_iter().map(|f| html! {
                        <NumberInput field={f} text={state.text(f.name).to_string()} error={state.error(f.name).cloned()}
                            hint={Some(AttrValue::from(extra_hint(f.name)))} on_set={p.on_set.clone()} />
                    }) }
                </fieldset>
                }
            </div>
        </details>
    }
}

/// The brief's "typically 4–6 years" before a touch-up, marked on the longevity slider.
const TYPICAL_LONGEVITY_BAND: (f64, f64) = (4.0, 6.0);

const ADVANCED_FIELDS: &[&str] = &[
    "currency",
    "sales_tax_percent",
    "inflation_percent",
    "sessions",
    "fibers_bottle_price_minor",
    "fibers_days_per_bottle",
    "fibers_extras_per_month_minor",
    "hairpiece_unit_price_minor",
    "hairpiece_unit_life_months",
    "hairpiece_units_in_rotation",
    "hairpiece_maintenance_per_month_minor",
    "hairpiece_supplies_per_month_minor",
    "transplant_cost_minor",
    "medication_per_month_minor",
];

fn extra_hint(field: &str) -> &'static str {
    if field == "transplant_cost_minor" {
        "US clinics quote about $4,000–15,000."
    } else {
        "Finasteride about $15–50, minoxidil about $20–25 a month."
    }
}

/// The default of each advanced field as display text in `currency`.
fn default_texts(
    a: &Assumptions,
    fibers: &FibersDefaults,
    hairpiece: &HairpieceDefaults,
    c: Currency,
    fmt: &Fmt,
) -> Vec<(&'static str, String)> {
    let d = &a.defaults;
    let money = |m| fmt.money(m, c.code(), c.exponent());
    let pct = |bp: u32| format!("{}%", shortest(f64::from(bp) / 100.0));
    vec![
        ("sales_tax_percent", pct(d.sales_tax_basis_points)),
        ("inflation_percent", pct(d.inflation_basis_points)),
        ("fibers_bottle_price_minor", money(fibers.bottle_price)),
        (
            "fibers_days_per_bottle",
            format!("{} days", fibers.days_per_bottle),
        ),
        (
            "fibers_extras_per_month_minor",
            money(fibers.extras_per_month),
        ),
        ("hairpiece_unit_price_minor", money(hairpiece.unit_price)),
        (
            "hairpiece_unit_life_months",
            format!(
                "{} months",
                shortest(f64::from(hairpiece.unit_life_tenth_months) / 10.0)
            ),
        ),
        (
            "hairpiece_units_in_rotation",
            hairpiece.units_in_rotation.to_string(),
        ),
        (
            "hairpiece_maintenance_per_month_minor",
            money(hairpiece.maintenance_per_month),
        ),
        (
            "hairpiece_supplies_per_month_minor",
            money(hairpiece.supplies_per_month),
        ),
    ]
}

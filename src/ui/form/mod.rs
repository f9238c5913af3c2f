//! The input form: region, tier, fading, schedule, and the collapsed "Advanced" comparisons.

mod controls;
mod region;

pub use controls::OnSet;

use crate::i18n::{tr, tr_text, trf, trn};
use crate::model::alternatives::{self, HairpieceKind};
use crate::model::assumptions::{Assumptions, Fibers, Hairpiece};
use crate::model::config::ClinicConfig;
use crate::model::currency::Currency;
use crate::model::decimal::shortest;
use crate::model::errors::FieldError;
use crate::model::form::{self as text, error_of, form_from_input};
use crate::model::input::registry::Kind;
use crate::model::input::{Field, Section};
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::Region;
use crate::model::Plan;
use crate::ui::format::{use_fmt, Fmt};
use crate::ui::ids::use_ids;
use controls::{NumberInput, RadioGroup, Select};
use region::RegionPicker;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    /// The visitor's text per field.
    pub form: text::Form,
    pub errors: Vec<FieldError>,
    /// The last valid plan: its inputs show what is in effect where the visitor typed nothing.
    pub plan: Option<Rc<Plan>>,
    pub config: Rc<ClinicConfig>,
    pub on_set: OnSet,
}

fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&v| (key(v).to_string(), tr_text(label(v)).into_owned()))
        .collect()
}

#[function_component(Form)]
pub fn form(p: &FormProps) -> Html {
    let ids = use_ids();
    let assumptions = &p.config.assumptions;
    let text = |f: Field| p.form.text(f);
    let error = |f: Field| error_of(&p.errors, f).cloned();
    // What is in effect for each field: the visitor's text, else the plan's (the default).
    let effective = p
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs))
        .unwrap_or_default();
    let value = |field: Field| -> String {
        let typed = text(field);
        if typed.is_empty() {
            effective.get(field).cloned().unwrap_or_default()
        } else {
            typed.to_string()
        }
    };
    let currency = Currency::parse(&value(Field::Currency)).unwrap_or(assumptions.currency);
    let on_set = p.on_set.clone();
    let number = |field: Field, default: u32| {
        let hint = field.hint().unwrap_or_default();
        html! {
            <NumberInput field={field} text={text(field).to_string()}
                error={error(field)} placeholder={Some(AttrValue::from(default.to_string()))}
                hint={Some(AttrValue::from(trf("{hint} Empty means {default}.", &[("hint", &tr_text(&hint)), ("default", &default.to_string())])))}
                on_set={on_set.clone()} />
        }
    };
    let longevity = Field::LongevityYears;
    let years = value(longevity);
    let on_slider = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit((longevity, input.value()));
        })
    };
    let slider_id = ids.of(longevity.wire());
    let (min, max) = match longevity.spec().kind {
        Kind::Number { min, max, .. } => (min, max),
        _ => (0.0, 0.0),
    };
    // The typical band, drawn in years on an SVG scale: geometry as attributes, never inline
    // styles, which a strict Content-Security-Policy refuses.
    let (band_from, band_to) = TYPICAL_LONGEVITY_BAND;
    let at = |years: f64| {
        format!(
            "{}%",
            shortest(((years - min) / (max - min) * 1000.0).round() / 10.0)
        )
    };
    html! {
        <form class="smp-form" data-testid="form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <RegionPicker form={p.form.clone()} errors={p.errors.clone()} region={value(Field::Region)} on_set={p.on_set.clone()} />
            <RadioGroup field={Field::Tier} class={classes!("smp-segmented")}
                options={options(Tier::ALL, Tier::key, Tier::label)} selected={value(Field::Tier)}
                on_set={p.on_set.clone()} error={error(Field::Tier)} />

            <fieldset class="smp-group">
                <legend>{ tr("How long it lasts") }</legend>
                <div class={classes!("smp-field", "smp-slider", error(longevity).map(|_| "smp-field--invalid"))}>
                    <label for={slider_id.clone()}>
                        { trf("{label}:", &[("label", &tr_text(longevity.label()))]) }{ " " }
                        <output for={slider_id.clone()} data-testid="longevity-value">{ trf("{years} years", &[("years", &years)]) }</output>
                    </label>
                    <input type="range" id={slider_id} name={longevity.wire()}
                        min={shortest(min)} max={shortest(max)} step="0.5" value={years.clone()}
                        aria-valuetext={trf("{years} years", &[("years", &years)])}
                        aria-describedby={ids.of("longevity-band")} oninput={on_slider} />
                    // A labelled bracket under the track, so that it reads as a scale mark
                    // rather than a second slider.
                    <svg class="smp-slider__scale" aria-hidden="true" focusable="false" width="100%" height="24">
                        <line class="smp-slider__band" x1={at(band_from)} x2={at(band_to)} y1="1" y2="1" />
                        <line class="smp-slider__band" x1={at(band_from)} x2={at(band_from)} y1="1" y2="6" />
                        <line class="smp-slider__band" x1={at(band_to)} x2={at(band_to)} y1="1" y2="6" />
                        <text class="smp-slider__label" x={at((band_from + band_to) / 2.0)} y="1.3em" text-anchor="middle">{ tr("typical") }</text>
                    </svg>
                    <p id={ids.of("longevity-band")} class="smp-field__hint">
                        { tr("Typically 4–6 years; 10–15 years in the best cases. Skin, sun and style below adjust it.") }
                    </p>
                </div>
                <RadioGroup field={Field::Skin} class={classes!("smp-segmented")}
                    options={options(Skin::ALL, Skin::key, Skin::label)} selected={value(Field::Skin)}
                    on_set={p.on_set.clone()} error={error(Field::Skin)} />
                <RadioGroup field={Field::Sun} class={classes!("smp-segmented")}
                    options={options(Sun::ALL, Sun::key, Sun::label)} selected={value(Field::Sun)}
                    on_set={p.on_set.clone()} error={error(Field::Sun)} />
                <RadioGroup field={Field::Style} class={classes!("smp-segmented")}
                    options={options(Style::ALL, Style::key, Style::label)} selected={value(Field::Style)}
                    on_set={p.on_set.clone()} error={error(Field::Style)} />
            </fieldset>

            <fieldset class="smp-group">
                <legend>{ tr("Schedule") }</legend>
                <DateInput value={value(Field::StartDate)} error={error(Field::StartDate)} on_set={p.on_set.clone()} />
                { number(Field::SessionGapWeeks, assumptions.defaults.session_gap_weeks) }
                { number(Field::HorizonYears, assumptions.defaults.horizon_years) }
            </fieldset>

            <Advanced form={p.form.clone()} errors={p.errors.clone()} config={p.config.clone()}
                area={p.plan.as_ref().map(|plan| plan.region.area_cm2)} currency={currency} on_set={p.on_set.clone()} />
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
    let field = Field::StartDate;
    let id = ids.of(field.wire());
    let err_id = ids.of(&format!("{}-error", field.wire()));
    let onchange = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit((field, input.value()));
        })
    };
    html! {
        <div class={classes!("smp-field", p.error.as_ref().map(|_| "smp-field--invalid"))}>
            <label for={id.clone()}>{ tr_text(field.label()) }</label>
            <input type="date" id={id} name={field.wire()} value={p.value.clone()} {onchange}
                aria-invalid={p.error.as_ref().map(|_| "true")}
                aria-describedby={p.error.as_ref().map(|_| err_id.clone())} />
            if let Some(e) = &p.error {
                <p id={err_id} class="smp-field__error" data-testid={format!("error-{}", field.wire())}>{ tr_text(&e.message).into_owned() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AdvancedProps {
    form: text::Form,
    errors: Vec<FieldError>,
    config: Rc<ClinicConfig>,
    /// The treated area of the last plan: the alternatives' defaults follow it.
    area: Option<u32>,
    currency: Currency,
    on_set: OnSet,
}

#[function_component(Advanced)]
fn advanced(p: &AdvancedProps) -> Html {
    let text = |f: Field| p.form.text(f);
    let error = |f: Field| error_of(&p.errors, f).cloned();
    // Defaults in the chosen currency, for the hints.
    let fmt = use_fmt();
    let defaults = use_memo(
        (p.config.clone(), p.currency, fmt, p.area),
        |(config, c, fmt, area)| {
            Assumptions::in_currency(&config.assumptions, *c).map(|a| {
                let area =
                    area.or_else(|| alternatives::area_of(&a, Region::Named(a.defaults.region)));
                let area = area.unwrap_or(0);
                let (fibers, hairpiece) = alternatives::sized_defaults(&a, area);
                let partial = alternatives::hairpiece_kind(&a, area) == HairpieceKind::Partial;
                (default_texts(&a, &fibers, &hairpiece, *c, fmt), partial)
            })
        },
    );
    let hint = |f: Field| -> Option<String> {
        let (texts, partial) = defaults.as_ref().as_ref()?;
        let d = texts.iter().find(|(n, _)| *n == f)?.1.clone();
        let spec = f.spec();
        // A partial unit's price and life are estimates; its rotation and upkeep have sources.
        let sourced = if *partial {
            spec.sourced_for_partial
        } else {
            spec.sourced
        };
        let origin = if sourced {
            tr("published range")
        } else {
            tr("estimate")
        };
        let args = [("value", d.as_str()), ("origin", origin)];
        Some(trf("Default: {value} ({origin})", &args))
    };
    let number = |f: Field| {
        html! {
            <NumberInput field={f} text={text(f).to_string()} error={error(f)}
                hint={hint(f).map(AttrValue::from)} on_set={p.on_set.clone()} />
        }
    };
    // The clinic may switch comparisons off; their inputs go with them.
    let shows = |key: &str| p.config.shows(key);
    let extras: Vec<Field> = Field::in_section(Section::Extras)
        .filter(|f| shows(f.wire().split('_').next().unwrap_or("")))
        .collect();
    let open = p
        .errors
        .iter()
        .any(|e| Field::parse(&e.field).is_some_and(|f| f.spec().section.is_advanced()));
    html! {
        <details class="smp-advanced" data-testid="advanced" open={open}>
            <summary>{ tr("Advanced: comparisons, currency, tax") }</summary>
            <div class="smp-advanced__body">
                <Select field={Field::Currency}
                    options={Currency::ALL.iter().map(|c| (c.code().to_string(), c.code().to_string())).collect::<Vec<_>>()}
                    selected={p.currency.code()} on_set={p.on_set.clone()} error={error(Field::Currency)} />
                { number(Field::SalesTaxPercent) }
                { number(Field::InflationPercent) }
                <Select field={Field::Sessions}
                    options={vec![("".into(), tr("Automatic (3, or 4 when needed)").into()), ("2".into(), "2".into()), ("3".into(), "3".into()), ("4".into(), "4".into())]}
                    selected={text(Field::Sessions).to_string()} on_set={p.on_set.clone()} error={error(Field::Sessions)} />
                if shows("fibers") {
                    <fieldset class="smp-group">
                        <legend>{ tr("Hair fibers") }</legend>
                        { for Field::in_section(Section::Fibers).map(number) }
                    </fieldset>
                }
                if shows("hairpiece") {
                    <fieldset class="smp-group">
                        <legend>{ tr("Hairpiece (hair system)") }</legend>
                        { for Field::in_section(Section::Hairpiece).map(number) }
                    </fieldset>
                }
                if !extras.is_empty() {
                <fieldset class="smp-group">
                    <legend>{ tr("Other options (leave empty to hide)") }</legend>
                    { for extras.into_iter().map(|f| html! {
                        <NumberInput field={f} text={text(f).to_string()} error={error(f)}
                            hint={f.hint().map(|h| AttrValue::from(tr_text(&h).into_owned()))} on_set={p.on_set.clone()} />
                    }) }
                </fieldset>
                }
            </div>
        </details>
    }
}

/// The brief's "typically 4–6 years" before a touch-up, marked on the longevity slider.
const TYPICAL_LONGEVITY_BAND: (f64, f64) = (4.0, 6.0);

/// The default of each advanced field as display text in `currency`.
fn default_texts(
    a: &Assumptions,
    fibers: &Fibers,
    hairpiece: &Hairpiece,
    c: Currency,
    fmt: &Fmt,
) -> Vec<(Field, String)> {
    let d = &a.defaults;
    let money = |m| fmt.money(m, c.code(), c.exponent());
    let pct = |bp: u32| format!("{}%", shortest(f64::from(bp) / 100.0));
    let n = i64::from(fibers.days_per_bottle);
    let days = trn(n, "{n} day", "{n} days", &[]);
    let life = shortest(f64::from(hairpiece.unit_life_tenth_months) / 10.0);
    let months = trf("{n} months", &[("n", &life)]);
    vec![
        (Field::SalesTaxPercent, pct(d.sales_tax_basis_points)),
        (Field::InflationPercent, pct(d.inflation_basis_points)),
        (Field::FibersBottlePriceMinor, money(fibers.bottle_price)),
        (Field::FibersDaysPerBottle, days),
        (
            Field::FibersExtrasPerMonthMinor,
            money(fibers.extras_per_month),
        ),
        (Field::HairpieceUnitPriceMinor, money(hairpiece.unit_price)),
        (Field::HairpieceUnitLifeMonths, months),
        (
            Field::HairpieceUnitsInRotation,
            hairpiece.units_in_rotation.to_string(),
        ),
        (
            Field::HairpieceMaintenancePerMonthMinor,
            money(hairpiece.maintenance_per_month),
        ),
        (
            Field::HairpieceSuppliesPerMonthMinor,
            money(hairpiece.supplies_per_month),
        ),
    ]
}

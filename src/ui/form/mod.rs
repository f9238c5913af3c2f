//! The input form: region, tier, fading, schedule, and the collapsed "Advanced" comparisons.
//! Data-driven: each field is drawn by the control its registry entry names, in its section,
//! and the widget's root listeners ([`crate::ui::hooks::use_root_events`]) turn every edit
//! into `(field, text)` ([`edited`]).

mod controls;
mod region;

pub use controls::edited;

use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::alternatives::{self, HairpieceKind};
use crate::model::assumptions::{Assumptions, Fibers, Hairpiece};
use crate::model::currency::Currency;
use crate::model::decimal::shortest;
use crate::model::form::{self as text, form_from_input};
use crate::model::input::registry::{Control, Kind};
use crate::model::input::{Field, Section};
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::Region;
use crate::ui::charts::raw;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::state::State;
use controls::{date, field_box, legend, number_box, radios, select, Ctx};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

/// `(key, label)` of each choice of a radio or select field.
fn choices(f: Field) -> Vec<(&'static str, String)> {
    fn of<T: Copy>(
        all: &[T],
        key: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) -> Vec<(&'static str, String)> {
        all.iter()
            .map(|&v| (key(v), tr_text(label(v)).into_owned()))
            .collect()
    }
    match f {
        Field::Tier => of(Tier::ALL, Tier::key, Tier::label),
        Field::Skin => of(Skin::ALL, Skin::key, Skin::label),
        Field::Sun => of(Sun::ALL, Sun::key, Sun::label),
        Field::Style => of(Style::ALL, Style::key, Style::label),
        Field::Currency => Currency::ALL
            .iter()
            .map(|c| (c.code(), c.code().to_string()))
            .collect(),
        Field::Sessions => vec![
            ("", tr("Automatic (3, or 4 when needed)").to_string()),
            ("2", "2".into()),
            ("3", "3".into()),
            ("4", "4".into()),
        ],
        _ => Vec::new(),
    }
}

/// The fields "Advanced" shows outside its groups, in the order the visitor meets them.
const ADVANCED: [Field; 4] = [
    Field::Currency,
    Field::SalesTaxPercent,
    Field::InflationPercent,
    Field::Sessions,
];

/// The region chosen by the "By hair-loss stage" option: the one in effect when it is a
/// stage, else the default stage.
pub fn stage_in_effect(state: &State) -> String {
    let effective = state
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs));
    let region = in_effect(&state.form, effective.as_ref(), Field::Region);
    region::stage_of(&region)
}

/// What is in effect for a field: the visitor's text, else the plan's (the default).
fn in_effect(form: &text::Form, effective: Option<&text::Form>, f: Field) -> String {
    let typed = form.text(f);
    if typed.is_empty() {
        effective
            .and_then(|e| e.get(f))
            .cloned()
            .unwrap_or_default()
    } else {
        typed.to_string()
    }
}

/// Sets what the form's markup leaves out, after each render: which radio of each group is
/// checked and which option of each select is selected, as in effect (the area unit: the
/// visitor's, else cm²; the stage: the one in effect, else the default one; the number of
/// sessions: the visitor's). Yew would set the same properties on each render of managed
/// inputs.
pub fn sync(root: &web_sys::Element, state: &State, ids: &Ids) {
    let Ok(controls) = root.query_selector_all(".smp-form input[type=radio], .smp-form select")
    else {
        return;
    };
    let effective = state
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs));
    let value = |f: Field| in_effect(&state.form, effective.as_ref(), f);
    for i in 0..controls.length() {
        let Some(el) = controls.item(i) else { continue };
        // Selects answer to the same `value` and `type` (see [`edited`]).
        let el: web_sys::HtmlInputElement = el.unchecked_into();
        let Some((f, option)) = edited(&el, false, ids) else {
            continue;
        };
        let radio = el.type_() == "radio";
        let shown = match f {
            Field::Region if !radio => region::stage_of(&value(f)),
            Field::Currency => Currency::parse(&value(f))
                .unwrap_or(state.config.assumptions.currency)
                .code()
                .to_string(),
            Field::AreaUnit => match state.form.text(f) {
                "" => "cm2".to_string(),
                unit => unit.to_string(),
            },
            Field::Sessions => state.form.text(f).to_string(),
            _ => value(f),
        };
        if !radio {
            if option != shown {
                el.set_value(&shown);
            }
        } else if f == Field::Region {
            el.set_checked(region::checked(&shown, &option));
        } else {
            el.set_checked(shown == option);
        }
    }
}

/// The form for `state`. A plain function rather than a component of its own (which would
/// cost Yew's component code once more); `opened`: whether the visitor keeps "Advanced" open.
pub fn form(state: &State, ids: &Ids, fmt: &Fmt, opened: bool) -> Html {
    let p = state;
    let assumptions = &p.config.assumptions;
    let effective = p.plan.as_ref().map(|plan| form_from_input(&plan.inputs));
    let value = |f: Field| in_effect(&p.form, effective.as_ref(), f);
    let currency = Currency::parse(&value(Field::Currency)).unwrap_or(assumptions.currency);
    // The alternatives' defaults, in the chosen currency and sized to the last plan's area.
    let area = p.plan.as_ref().map(|plan| plan.region.area_cm2);
    // Worked out on each render: a few conversions, cheaper than a memo's code.
    let defaults = Assumptions::in_currency(assumptions, currency).map(|a| {
        let area = area.or_else(|| alternatives::area_of(&a, Region::Named(a.defaults.region)));
        let area = area.unwrap_or(0);
        let (fibers, hairpiece) = alternatives::sized_defaults(&a, area);
        let partial = alternatives::hairpiece_kind(&a, area) == HairpieceKind::Partial;
        (
            default_texts(&a, &fibers, &hairpiece, currency, fmt),
            partial,
        )
    });
    let region = value(Field::Region);
    let c = Ctx {
        ids,
        form: &p.form,
        errors: &p.errors,
    };
    // The text under a number box: what an empty box means, and where that comes from.
    let hint = |f: Field| -> (Option<String>, Option<String>) {
        let spec = f.spec();
        match spec.section {
            Section::Schedule => {
                let d = &assumptions.defaults;
                let default = match f {
                    Field::SessionGapWeeks => d.session_gap_weeks,
                    _ => d.horizon_years,
                }
                .to_string();
                let own = tr_text(&f.hint().unwrap_or_default()).into_owned();
                let args = [("hint", own.as_str()), ("default", default.as_str())];
                let text = trf("{hint} Empty means {default}.", &args);
                (Some(text), Some(default))
            }
            Section::Extras => (f.hint().map(|h| tr_text(&h).into_owned()), None),
            _ => {
                let Some((texts, partial)) = &defaults else {
                    return (None, None);
                };
                let Some((_, d)) = texts.iter().find(|(n, _)| *n == f) else {
                    return (None, None);
                };
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
                (Some(trf("Default: {value} ({origin})", &args)), None)
            }
        }
    };
    let control = |f: Field| -> Html {
        match f.spec().control {
            Control::Region => region::region_picker(&c, &region),
            Control::Radio => radios(&c, f, &choices(f)),
            Control::Select => select(&c, f, &choices(f)),
            Control::Date => date(&c, f, value(f)),
            Control::Slider => slider(&c, f, value(f)),
            Control::NumberBox => {
                let (hint, placeholder) = hint(f);
                number_box(&c, f, hint, placeholder, None)
            }
        }
    };
    let in_section = |s: Section| Field::in_section(s).map(control);
    // The clinic may switch comparisons off; their inputs go with them.
    let shows = |key: &str| p.config.shows(key);
    let extras: Vec<Html> = Field::in_section(Section::Extras)
        .filter(|f| shows(f.wire().split('_').next().unwrap_or("")))
        .map(control)
        .collect();
    // Open while one of its fields is refused, and while the visitor keeps it open: closing it
    // when the error is fixed would hide the box being typed in and drop its focus.
    let open = opened
        || p.errors
            .iter()
            .any(|e| Field::parse(&e.field).is_some_and(|f| f.spec().section.is_advanced()));
    let fibers =
        shows("fibers").then(|| group(tr("Hair fibers"), in_section(Section::Fibers).collect()));
    let hairpiece = shows("hairpiece").then(|| {
        group(
            tr("Hairpiece (hair system)"),
            in_section(Section::Hairpiece).collect(),
        )
    });
    let extras =
        (!extras.is_empty()).then(|| group(tr("Other options (leave empty to hide)"), extras));
    let mut advanced = html! {
        <details class="smp-advanced" data-testid="advanced">
            <summary>{ tr("Advanced: comparisons, currency, tax") }</summary>
            <div class="smp-advanced__body">
                { for ADVANCED.map(control) }
                { fibers }
                { hairpiece }
                { extras }
            </div>
        </details>
    };
    // Set by hand, as the empty string a visitor's click gives (Yew writes open="open"), and as
    // a static list: `add_attribute` would turn the list into an `IndexMap` (indexmap's code).
    if let (true, Html::VTag(tag)) = (open, &mut advanced) {
        if let Some(tag) = Rc::get_mut(tag) {
            tag.attributes = Attributes::Static(&[
                ("class", AttributeOrProperty::Static("smp-advanced")),
                ("data-testid", AttributeOrProperty::Static("advanced")),
                ("open", AttributeOrProperty::Static("")),
            ]);
        }
    }
    html! {
        <form class="smp-form" data-testid="form">
            { control(Field::Region) }
            { for in_section(Section::Tier) }
            { group(tr("How long it lasts"), in_section(Section::Longevity).collect()) }
            { group(tr("Schedule"), in_section(Section::Schedule).collect()) }
            { advanced }
        </form>
    }
}

/// A group of fields under its legend; one piece of render code for every group.
#[inline(never)]
fn group(title: &str, fields: Vec<Html>) -> Html {
    html! {
        <fieldset class="smp-group">
            { legend(title) }
            { for fields }
        </fieldset>
    }
}

/// The longevity slider, its value in years, and the typical band under its track.
fn slider(c: &Ctx, f: Field, years: String) -> Html {
    let id = c.ids.of(f.wire());
    let band_id = c.ids.of("longevity-band");
    let (min, max) = match f.spec().kind {
        Kind::Number { min, max, .. } => (min, max),
        _ => (0.0, 0.0),
    };
    let shown = trf("{years} years", &[("years", &years)]);
    let label = tr_text(f.label());
    // The label and the note are markup: the label (with the value) is written again as the
    // slider moves, while the slider itself, a managed node, keeps focus.
    let mut head = Markup::new();
    head.tpl(
        r#"<label for="{}">{} <output for="{}" data-testid="longevity-value">{}</output></label>"#,
        &[&id, &trf("{label}:", &[("label", &label)]), &id, &shown],
    );
    let mut note = Markup::new();
    note.tpl(
        r#"<p id="{}" class="smp-field__hint">{t:Typically 4–6 years; 10–15 years in the best cases. Skin, sun and style below adjust it.}</p>"#,
        &[&band_id],
    );
    let class = if c.error(f).is_some() {
        "smp-field smp-field--invalid smp-slider"
    } else {
        "smp-field smp-slider"
    };
    field_box(
        class,
        html! {<>
            { raw(head) }
            <input type="range" id={id} name={f.wire()}
                min={shortest(min)} max={shortest(max)} step="0.5" value={years}
                aria-valuetext={shown} aria-describedby={band_id} />
            { band_scale(min, max) }
            { raw(note) }
        </>},
    )
}

/// A labelled bracket under the track, so that it reads as a scale mark rather than a second
/// slider. Geometry as attributes, never inline styles, which a strict Content-Security-Policy
/// refuses. Fixed markup (it changes only with the language), so one string: the slider
/// beside it stays a managed node.
fn band_scale(min: f64, max: f64) -> Html {
    let (from, to) = TYPICAL_LONGEVITY_BAND;
    let at = |years: f64| shortest(((years - min) / (max - min) * 1000.0).round() / 10.0);
    let (a, b, mid) = (at(from), at(to), at((from + to) / 2.0));
    let label = tr("typical").replace('&', "&amp;").replace('<', "&lt;");
    Html::from_html_unchecked(AttrValue::from(format!(
        r#"<svg class="smp-slider__scale" aria-hidden="true" focusable="false" width="100%" height="24"><line class="smp-slider__band" x1="{a}%" x2="{b}%" y1="1" y2="1"/><line class="smp-slider__band" x1="{a}%" x2="{a}%" y1="1" y2="6"/><line class="smp-slider__band" x1="{b}%" x2="{b}%" y1="1" y2="6"/><text class="smp-slider__label" x="{mid}%" y="1.3em" text-anchor="middle">{label}</text></svg>"#
    )))
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

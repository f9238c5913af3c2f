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
use crate::model::form::{self as text, error_of, form_from_input};
use crate::model::input::registry::Control;
use crate::model::input::{Field, Section};
use crate::model::region::Region;
use crate::ui::charts::raw;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::state::State;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

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

/// The defaults the form's hints name, worked out for each render: a few conversions,
/// cheaper than a memo's code.
struct Hints<'a> {
    state: &'a State,
    /// The advanced fields' defaults in the chosen currency, sized to the last plan's area,
    /// and whether the hairpiece is a partial unit.
    defaults: Option<(Vec<(Field, String)>, bool)>,
}

impl<'a> Hints<'a> {
    fn new(state: &'a State, effective: Option<&text::Form>) -> Self {
        let assumptions = &state.config.assumptions;
        let currency = Currency::parse(&in_effect(&state.form, effective, Field::Currency))
            .unwrap_or(assumptions.currency);
        let area = state.plan.as_ref().map(|plan| plan.region.area_cm2);
        let defaults = Assumptions::in_currency(assumptions, currency).map(|a| {
            let area = area.or_else(|| alternatives::area_of(&a, Region::Named(a.defaults.region)));
            let area = area.unwrap_or(0);
            let (fibers, hairpiece) = alternatives::sized_defaults(&a, area);
            let partial = alternatives::hairpiece_kind(&a, area) == HairpieceKind::Partial;
            (
                default_texts(&a, &fibers, &hairpiece, currency, &state.fmt),
                partial,
            )
        });
        Hints { state, defaults }
    }

    /// The text under a number box (what an empty box means, and where that comes from),
    /// and the box's placeholder.
    #[inline(never)]
    fn of(&self, f: Field) -> (Option<String>, Option<String>) {
        let spec = f.spec();
        if spec.control != Control::NumberBox {
            return (None, None);
        }
        match spec.section {
            Section::Schedule => {
                let d = &self.state.config.assumptions.defaults;
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
            Section::Extras | Section::Region => (f.hint().map(|h| tr_text(&h).into_owned()), None),
            _ => {
                let Some((texts, partial)) = &self.defaults else {
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
    }
}

/// Sets what the form's markup leaves out, after each render, on the elements already there
/// (so the box being typed in is never replaced): each box's value, which radio of each group
/// is checked and which option of each select is selected, as in effect (the area unit: the
/// visitor's, else cm²; the stage: the one in effect, else the default one; the number of
/// sessions and the number boxes: the visitor's); the slider's value text; the hints'
/// defaults; and each field's error: its message, the box's class, `aria-invalid` and
/// `aria-describedby` (hint, then error). Yew would set the same on each render.
#[inline(never)]
pub fn sync(root: &web_sys::Element, state: &State, ids: &Ids) {
    let Ok(controls) = root.query_selector_all(".smp-form [name]") else {
        return;
    };
    let effective = state
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs));
    let value = |f: Field| in_effect(&state.form, effective.as_ref(), f);
    let hints = Hints::new(state, effective.as_ref());
    for i in 0..controls.length() {
        let Some(el) = controls.item(i) else { continue };
        // Selects answer to the same `value` and `type` (see [`edited`]).
        let el: web_sys::HtmlInputElement = el.unchecked_into();
        let Some((f, option)) = controls::field_of(&el, ids) else {
            continue;
        };
        let kind = el.get_attribute("type").unwrap_or_default();
        let radio = kind == "radio";
        let spec = f.spec();
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
            _ if matches!(spec.control, Control::NumberBox | Control::Select) => {
                state.form.text(f).to_string()
            }
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
        if f == Field::Region {
            continue;
        }
        let Some(field) = el
            .closest(if radio { "fieldset" } else { ".smp-field" })
            .ok()
            .flatten()
        else {
            continue;
        };
        let error = error_of(&state.errors, f);
        let invalid = error.is_some();
        let set = |el: &web_sys::Element, name: &str, value: Option<&str>| {
            let _ = match value {
                Some(v) => el.set_attribute(name, v),
                None => el.remove_attribute(name),
            };
        };
        let class = if invalid {
            "smp-field smp-field--invalid"
        } else {
            "smp-field"
        };
        if kind == "range" {
            // The slider's error shows in the summary and by its box's class only.
            let _ = field.set_attribute("class", &format!("{class} smp-slider"));
            let years = trf("{years} years", &[("years", &shown)]);
            set(&el, "aria-valuetext", Some(&years));
            if let Ok(Some(output)) = field.query_selector("output") {
                output.set_text_content(Some(&years));
            }
            continue;
        }
        let id = ids.of(f.wire());
        let (hint_id, err_id) = (format!("{id}-hint"), format!("{id}-error"));
        let hint = if radio {
            f.hint().is_some()
        } else {
            let _ = field.set_attribute("class", class);
            set(&el, "aria-invalid", invalid.then_some("true"));
            let text = hints.of(f).0;
            if let (Some(text), Ok(Some(p))) = (&text, field.query_selector(".smp-field__hint")) {
                if p.text_content().as_deref() != Some(text) {
                    p.set_text_content(Some(text));
                }
            }
            text.is_some()
        };
        let described = match (hint, invalid) {
            (true, true) => Some(format!("{hint_id} {err_id}")),
            (true, false) => Some(hint_id),
            (false, true) => Some(err_id.clone()),
            (false, false) => None,
        };
        set(
            if radio { &field } else { &el },
            "aria-describedby",
            described.as_deref(),
        );
        // The error under the box: written again only when its message changes.
        let message = error.map(|e| tr_text(&e.message));
        let old = field.query_selector(".smp-field__error").ok().flatten();
        if old.as_ref().and_then(|p| p.text_content()).as_deref() != message.as_deref() {
            if let Some(old) = old {
                old.remove();
            }
            if let Some(message) = message {
                let mut m = Markup::new();
                m.tpl(
                    r#"<p id="{}" class="smp-field__error" data-testid="error-{}">{}</p>"#,
                    &[&err_id, f.wire(), &message],
                );
                let _ = field.insert_adjacent_html("beforeend", &m.finish());
            }
        }
    }
}

/// The form for `state`: markup, but for the region picker's fieldset (its custom area comes
/// and goes) and "Advanced" (its open state is the visitor's). A plain function rather than a
/// component of its own (which would cost Yew's component code once more); `opened`: whether
/// the visitor keeps "Advanced" open.
#[inline(never)]
pub fn form(state: &State, ids: &Ids, _fmt: &Fmt, opened: bool) -> Html {
    let p = state;
    let effective = p.plan.as_ref().map(|plan| form_from_input(&plan.inputs));
    let region = in_effect(&p.form, effective.as_ref(), Field::Region);
    let hints = Hints::new(state, effective.as_ref());
    let control = |m: &mut Markup, f: Field| {
        let (hint, placeholder) = hints.of(f);
        controls::control(
            m,
            ids,
            f,
            hint.is_some(),
            placeholder.as_deref().unwrap_or_default(),
        );
    };
    let group = |m: &mut Markup, title: &str, s: Section| {
        m.tpl(
            r#"<fieldset class="smp-group"><legend>{}</legend>"#,
            &[title],
        );
        for f in Field::in_section(s) {
            control(m, f);
        }
        m.tpl("</fieldset>", &[]);
    };
    let mut main = Markup::new();
    for f in Field::in_section(Section::Tier) {
        control(&mut main, f);
    }
    group(&mut main, tr("How long it lasts"), Section::Longevity);
    group(&mut main, tr("Schedule"), Section::Schedule);
    // The clinic may switch comparisons off; their inputs go with them.
    let shows = |key: &str| p.config.shows(key);
    let mut body = Markup::new();
    body.tpl(
        r#"<summary>{t:Advanced: comparisons, currency, tax}</summary><div class="smp-advanced__body">"#,
        &[],
    );
    for f in ADVANCED {
        control(&mut body, f);
    }
    if shows("fibers") {
        group(&mut body, tr("Hair fibers"), Section::Fibers);
    }
    if shows("hairpiece") {
        group(&mut body, tr("Hairpiece (hair system)"), Section::Hairpiece);
    }
    let mut extras = Field::in_section(Section::Extras)
        .filter(|f| shows(f.wire().split('_').next().unwrap_or("")))
        .peekable();
    if extras.peek().is_some() {
        body.tpl(
            r#"<fieldset class="smp-group"><legend>{t:Other options (leave empty to hide)}</legend>"#,
            &[],
        );
        for f in extras {
            control(&mut body, f);
        }
        body.tpl("</fieldset>", &[]);
    }
    body.tpl("</div>", &[]);
    // Open while one of its fields is refused, and while the visitor keeps it open: closing it
    // when the error is fixed would hide the box being typed in and drop its focus.
    let open = opened
        || p.errors
            .iter()
            .any(|e| Field::parse(&e.field).is_some_and(|f| f.spec().section.is_advanced()));
    let mut advanced = html! {
        <details class="smp-advanced" data-testid="advanced">{ raw(body) }</details>
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
            { region::region_picker(ids, &p.errors, &region) }
            { raw(main) }
            { advanced }
        </form>
    }
}

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

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
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::js;
use crate::ui::state::State;
use wasm_bindgen::JsCast;
use yew::{AttrValue, Html};

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
    let effective = effective(state);
    let region = in_effect(&state.form, effective.as_ref(), Field::Region);
    region::stage_of(&region)
}

/// The form text of the last plan's input (the defaults filled in), if there is a plan.
fn effective(state: &State) -> Option<text::Form> {
    state
        .plan
        .as_ref()
        .map(|plan| form_from_input(&plan.inputs))
}

/// What is in effect for a field: the visitor's text, else the plan's (the default).
fn in_effect(form: &text::Form, effective: Option<&text::Form>, f: Field) -> String {
    let typed = form.text(f);
    if typed.is_empty() {
        effective.map_or("", |e| e.text(f))
    } else {
        typed
    }
    .to_string()
}

/// The defaults the form's hints name, worked out once per edit, by [`sync`] (and once for
/// the form's first markup): a few conversions, cheaper than a memo's code.
struct Hints<'a> {
    state: &'a State,
    /// The currency in effect.
    currency: Currency,
    /// What the advanced fields' defaults are read from, in the chosen currency and sized to
    /// the last plan's area (their texts are written when asked for: a list of them cost
    /// more code): the assumptions, fibers and hairpiece, and whether the hairpiece is a
    /// partial unit.
    defaults: Option<(Assumptions, Fibers, Hairpiece, bool)>,
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
            (a, fibers, hairpiece, partial)
        });
        Hints {
            state,
            currency,
            defaults,
        }
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
                let own = spec.hint_text().unwrap_or_default();
                let args = [("hint", &*tr_text(&own)), ("default", default.as_str())];
                let text = trf("{hint} Empty means {default}.", &args);
                (Some(text), Some(default))
            }
            // Each of these boxes has a hint of its own in the registry (no range to write).
            Section::Extras | Section::Region => (spec.hint.map(|h| tr_text(h).to_string()), None),
            _ => {
                let Some((a, fibers, hairpiece, partial)) = &self.defaults else {
                    return (None, None);
                };
                let Some(d) = default_text(f, a, fibers, hairpiece, self.currency, &self.state.fmt)
                else {
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

/// What the form keeps between renders (in [`crate::ui::hooks::Kept`]): its markup, and what
/// [`sync`] last set on its controls, so that an edit touches only the controls it changed
/// (each DOM call costs; an edit changes one field's value, rarely an error or a hint).
#[derive(Default)]
pub struct Kept {
    /// The form's markup, written at the first render ([`form`]).
    pub markup: Option<AttrValue>,
    /// The form's controls, found at the first sync (and again when the custom area's box
    /// comes or goes), each with whether it is a radio and what was last set on it: its value
    /// (or what its radio's check was set from), its field's error and hint, in one string.
    controls: Vec<(Field, web_sys::HtmlInputElement, bool, String)>,
}

/// The form, written at the first render and kept as that same text after it (`kept.markup`):
/// Yew leaves a raw node whose text is unchanged alone, so no render writes the form again
/// and [`sync`] sets what changes on its elements. Written by the render, not by an effect:
/// Yew may let the browser paint between a render and its effects, and an empty form at the
/// first paint would push the results down a moment later (a layout shift).
pub fn form(kept: &mut Kept, state: &State, ids: &Ids) -> Html {
    let html = kept.markup.get_or_insert_with(|| {
        let effective = effective(state);
        AttrValue::from(markup(state, ids, &Hints::new(state, effective.as_ref())))
    });
    Html::from_html_unchecked(html.clone())
}

/// Sets what the form's markup leaves out, after each render, on the elements already there
/// (so the box being typed in is never replaced): each box's value, which radio of each group
/// is checked and which option of each select is selected, as in effect (the area unit: the
/// visitor's, else cm²; the stage: the one in effect, else the default one; the number of
/// sessions and the number boxes: the visitor's); the slider's value text; the hints; the
/// custom area's box while the region is custom; and each field's error: its message, the
/// box's class, `aria-invalid` and `aria-describedby` (hint, then error). "Advanced" opens
/// when one of its fields is refused (as a visitor's click opens it), and is otherwise the
/// visitor's to open and close: closing it when the error is fixed would hide the box being
/// typed in and drop its focus. Only what differs from what it last set is set again.
#[inline(never)]
pub fn sync(kept: &mut Kept, root: &web_sys::Element, state: &State, ids: &Ids) {
    let effective = effective(state);
    let value = |f: Field| in_effect(&state.form, effective.as_ref(), f);
    // Worked out once per edit, here only.
    let hints = Hints::new(state, effective.as_ref());
    let controls = &mut kept.controls;
    let Some(form) = find(root, ".smp-form") else {
        return;
    };
    let (Some(region), Some(advanced)) = (js::first_child(&form), find(&form, ".smp-advanced"))
    else {
        return;
    };
    // The custom area's box follows the region's last row while the region is custom; its
    // controls come or go, so they are found again.
    let custom = value(Field::Region) == "custom";
    match (find(&region, ".smp-region__custom"), custom) {
        (Some(shown), false) => {
            js::run(&shown, "remove");
            controls.clear();
        }
        (None, true) => {
            if let Some(row) = find(&region, ":scope>div:last-of-type") {
                let html = region::custom_area(ids, &hints);
                js::insert_html(&row, "afterend", &html);
            }
            controls.clear();
        }
        _ => {}
    }
    let was_refused = find(&advanced, ".smp-field__error").is_some();
    let error = error_of(&state.errors, Field::Region).map(|e| tr_text(&e.message));
    show_error(&region, "", Field::Region.wire(), error.as_deref());
    if controls.is_empty() {
        let Ok(found) = form.query_selector_all("[name]") else {
            return;
        };
        for i in 0..found.length() {
            // Selects answer to the same `value` and `type` (see [`edited`]).
            let Some(el) = found.item(i).map(JsCast::unchecked_into) else {
                continue;
            };
            if let Some(f) = controls::field_of(&el, ids) {
                let radio = el.get_attribute("type").as_deref() == Some("radio");
                controls.push((f, el, radio, String::new()));
            }
        }
    }
    for (f, el, radio, last) in controls.iter_mut() {
        let (f, radio) = (*f, *radio);
        let spec = f.spec();
        let shown = match f {
            Field::Region if !radio => region::stage_of(&value(f)),
            Field::Currency => hints.currency.code().to_string(),
            _ if f == Field::AreaUnit
                || matches!(spec.control, Control::NumberBox | Control::Select) =>
            {
                match state.form.text(f) {
                    "" if f == Field::AreaUnit => "cm2",
                    typed => typed,
                }
                .to_string()
            }
            _ => value(f),
        };
        let error = error_of(&state.errors, f).map(|e| tr_text(&e.message));
        let hint = if radio { None } else { hints.of(f).0 };
        let mut now = shown.clone();
        now.push('\u{1}');
        now.push_str(error.as_deref().unwrap_or_default());
        now.push('\u{1}');
        now.push_str(hint.as_deref().unwrap_or_default());
        if std::mem::replace(last, now) == *last {
            continue;
        }
        if !radio {
            if el.value() != shown {
                el.set_value(&shown);
            }
        } else {
            let value = el.value();
            el.set_checked(if f == Field::Region {
                region::checked(&shown, &value)
            } else {
                shown == value
            });
        }
        if f == Field::Region {
            continue;
        }
        let Some(field) = js::closest(el, if radio { "fieldset" } else { ".smp-field" }) else {
            continue;
        };
        let invalid = error.is_some();
        let set = |el: &web_sys::Element, name: &str, value: Option<&str>| {
            let _ = match value {
                Some(v) => el.set_attribute(name, v),
                None => el.remove_attribute(name),
            };
        };
        if spec.control == Control::Slider {
            // The slider's error shows in the summary and by its box's class only.
            let class = if invalid {
                "smp-field smp-field--invalid smp-slider"
            } else {
                "smp-field smp-slider"
            };
            let _ = field.set_attribute("class", class);
            let years = trf("{years} years", &[("years", &shown)]);
            set(el, "aria-valuetext", Some(&years));
            if let Some(output) = find(&field, "output") {
                js::set_text(&output, &years);
            }
            continue;
        }
        let id = ids.of(f.wire());
        let hint = if radio {
            // A choice has no range: only the registry's own hint.
            spec.hint.is_some()
        } else {
            let class = if invalid {
                "smp-field smp-field--invalid"
            } else {
                "smp-field"
            };
            let _ = field.set_attribute("class", class);
            set(el, "aria-invalid", invalid.then_some("true"));
            let old = find(&field, ".smp-field__hint");
            match (&hint, old) {
                (Some(text), Some(p)) => {
                    if js::text(&p).as_deref() != Some(text) {
                        js::set_text(&p, text);
                    }
                }
                // Under the box, above its error.
                (Some(text), None) => {
                    if let Some(control) = find(&field, ".smp-field__control") {
                        let mut m = Markup::new();
                        m.tpl(
                            r#"<p id="{}-hint" class="smp-field__hint">{}</p>"#,
                            &[&id, text],
                        );
                        js::insert_html(&control, "afterend", &m.finish());
                    }
                }
                (None, Some(p)) => js::run(&p, "remove"),
                (None, None) => {}
            }
            hint.is_some()
        };
        let err_id = id.clone() + "-error";
        // The hint, then the error.
        let mut described = if hint { id + "-hint" } else { String::new() };
        if invalid {
            if hint {
                described.push(' ');
            }
            described.push_str(&err_id);
        }
        set(
            if radio { &field } else { el },
            "aria-describedby",
            Some(&described)
                .filter(|d| !d.is_empty())
                .map(String::as_str),
        );
        show_error(&field, &err_id, f.wire(), error.as_deref());
    }
    if !was_refused && find(&advanced, ".smp-field__error").is_some() {
        let _ = advanced.set_attribute("open", "");
    }
}

fn find(el: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    js::find(el, selector)
}

/// The error under a box (`field`: its field's element): written again only when its message
/// changes. `id`: the message's id, if it has one.
fn show_error(field: &web_sys::Element, id: &str, wire: &str, message: Option<&str>) {
    let old = find(field, ":scope>.smp-field__error");
    if old.as_ref().and_then(|p| js::text(p)).as_deref() == message {
        return;
    }
    if let Some(old) = old {
        js::run(&old, "remove");
    }
    if let Some(message) = message {
        let mut m = Markup::new();
        m.tpl(
            r#"<p id="{?}" class="smp-field__error" data-testid="error-{}">{}</p>"#,
            &[id, wire, message],
        );
        js::insert_html(field, "beforeend", &m.finish());
    }
}

/// The form's markup (the `<form>` element), written once per instance: what it holds depends only on the clinic's
/// configuration (the comparisons it shows, the schedule's defaults) and the language.
fn markup(state: &State, ids: &Ids, hints: &Hints) -> String {
    let mut m = Markup::new();
    // Opens the `<form>` too.
    region::region_picker(&mut m, ids);
    let control = |m: &mut Markup, f: Field| controls::control(m, ids, f, hints);
    let group = |m: &mut Markup, title: &str, s: Section| {
        m.tpl(
            r#"<fieldset class="smp-group"><legend>{}</legend>"#,
            &[title],
        );
        for &f in Field::ALL {
            if f.spec().section == s {
                control(m, f);
            }
        }
        m.tpl("</fieldset>", &[]);
    };
    for &f in Field::ALL {
        if f.spec().section == Section::Tier {
            control(&mut m, f);
        }
    }
    group(&mut m, tr("How long it lasts"), Section::Longevity);
    group(&mut m, tr("Schedule"), Section::Schedule);
    m.tpl(
        r#"<details data-testid="advanced" class="smp-advanced"><summary>{t:Advanced: comparisons, currency, tax}</summary><div class="smp-advanced__body">"#,
        &[],
    );
    for &f in &ADVANCED {
        control(&mut m, f);
    }
    // The clinic may switch comparisons off; their inputs go with them.
    let shows = |key: &str| state.config.shows(key);
    if shows("fibers") {
        group(&mut m, tr("Hair fibers"), Section::Fibers);
    }
    if shows("hairpiece") {
        group(&mut m, tr("Hairpiece (hair system)"), Section::Hairpiece);
    }
    // Their group is opened by the first one shown.
    let mut opened = false;
    for &f in Field::ALL {
        if f.spec().section != Section::Extras {
            continue;
        }
        // Its comparison's key begins its name (`transplant_cost_minor`), and no other key
        // begins an extra's.
        let wire = f.wire();
        if !state.config.comparisons.iter().any(|c| wire.starts_with(c)) {
            continue;
        }
        if !opened {
            m.tpl(
                r#"<fieldset class="smp-group"><legend>{t:Other options (leave empty to hide)}</legend>"#,
                &[],
            );
            opened = true;
        }
        control(&mut m, f);
    }
    if opened {
        m.tpl("</fieldset>", &[]);
    }
    m.tpl("</div></details></form>", &[]);
    m.finish()
}

/// The default of advanced field `f` as display text in `currency`, if it has one.
fn default_text(
    f: Field,
    a: &Assumptions,
    fibers: &Fibers,
    hairpiece: &Hairpiece,
    c: Currency,
    fmt: &Fmt,
) -> Option<String> {
    let d = &a.defaults;
    let pct = |bp: u32| shortest(f64::from(bp) / 100.0) + "%";
    // The amounts first, formatted at one call site.
    let amount = match f {
        Field::FibersBottlePriceMinor => fibers.bottle_price,
        Field::FibersExtrasPerMonthMinor => fibers.extras_per_month,
        Field::HairpieceUnitPriceMinor => hairpiece.unit_price,
        Field::HairpieceMaintenancePerMonthMinor => hairpiece.maintenance_per_month,
        Field::HairpieceSuppliesPerMonthMinor => hairpiece.supplies_per_month,
        _ => {
            return Some(match f {
                Field::SalesTaxPercent => pct(d.sales_tax_basis_points),
                Field::InflationPercent => pct(d.inflation_basis_points),
                Field::FibersDaysPerBottle => {
                    let n = i64::from(fibers.days_per_bottle);
                    trn(n, "{n} day", "{n} days", &[])
                }
                Field::HairpieceUnitLifeMonths => {
                    let life = shortest(f64::from(hairpiece.unit_life_tenth_months) / 10.0);
                    trf("{n} months", &[("n", &life)])
                }
                Field::HairpieceUnitsInRotation => hairpiece.units_in_rotation.to_string(),
                _ => return None,
            })
        }
    };
    Some(fmt.money(amount, c.code(), c.exponent()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::ClinicConfig;
    use crate::model::{Date, PlanInput};
    use crate::ui::state::Action;
    use std::rc::Rc;
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::Reducible;

    fn state() -> Rc<State> {
        let (fmt, _) = Fmt::new(crate::i18n::text_language(), None);
        let today = Date::new(2026, 11, 24).unwrap();
        let config = Rc::new(ClinicConfig::default());
        Rc::new(State::new(today, config, PlanInput::default(), None, fmt))
    }

    fn set(state: Rc<State>, f: Field, text: &str) -> Rc<State> {
        state.reduce(Action::Set(f, text.to_string()))
    }

    /// The form is written once, then only what an edit changes is set on the same elements:
    /// the custom area comes and goes, errors and "Advanced" follow the state, and the box
    /// being typed in is never replaced.
    #[wasm_bindgen_test]
    fn the_form_is_written_once_then_sync_sets_what_changes() {
        let ids = Ids(Rc::from("f"));
        let root = gloo::utils::document().create_element("div").unwrap();
        let s = state();
        let mut kept = Kept::default();
        let _ = form(&mut kept, &s, &ids);
        let first = kept.markup.clone().unwrap();
        let _ = form(&mut kept, &set(s.clone(), Field::HorizonYears, "40"), &ids);
        assert!(
            kept.markup.as_ref() == Some(&first),
            "written once, kept after"
        );
        root.set_inner_html(&first);
        let one = |selector: &str| find(&root, selector);
        let count = |selector: &str| root.query_selector_all(selector).unwrap().length();
        let attr = |selector: &str, name: &str| one(selector).and_then(|e| e.get_attribute(name));
        let input = |selector: &str| -> web_sys::HtmlInputElement {
            one(selector).unwrap().unchecked_into()
        };
        let value = |selector: &str| input(selector).value();
        let checked = |selector: &str| input(selector).checked();

        sync(&mut kept, &root, &s, &ids);
        let html = one(".smp-form").unwrap().inner_html();
        assert!(
            html.starts_with(
                r#"<fieldset id="f-region" data-testid="region-picker" class="smp-region">"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"<details data-testid="advanced" class="smp-advanced"><summary>"#));
        for f in Field::ALL
            .iter()
            .filter(|f| !matches!(f, Field::Area | Field::AreaUnit))
        {
            let (name, group) = (f.wire(), ids.of(f.wire()));
            assert!(
                count(&format!("[name={name}], [name={group}]")) > 0,
                "{name}"
            );
        }
        assert_eq!(count(".smp-region__custom"), 0);
        assert_eq!(count(".smp-field__error"), 0);
        assert!(!checked("#f-region-stage"));
        assert_eq!(
            attr("#f-horizon-years", "aria-describedby").as_deref(),
            Some("f-horizon-years-hint")
        );
        let horizon = one("#f-horizon-years").unwrap();
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(
            one(".smp-form").unwrap().inner_html(),
            html,
            "nothing changed"
        );

        // Only what an edit changed is set again: a mark on another box stays.
        let gap = one("#f-session-gap-weeks").unwrap();
        gap.set_attribute("aria-invalid", "mark").unwrap();
        let s = set(s, Field::HorizonYears, "40");
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(gap.get_attribute("aria-invalid").as_deref(), Some("mark"));
        gap.remove_attribute("aria-invalid").unwrap();
        assert!(one("#f-horizon-years").unwrap() == horizon, "the same box");
        assert_eq!(value("#f-horizon-years"), "40");
        assert_eq!(
            attr("#f-horizon-years", "aria-describedby").as_deref(),
            Some("f-horizon-years-hint f-horizon-years-error")
        );
        assert_eq!(
            attr("#f-horizon-years", "aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(count("[data-testid=error-horizon_years]"), 1);
        assert_eq!(attr(".smp-advanced", "open"), None);

        // An advanced field refused opens "Advanced"; closed by the visitor, it stays closed.
        let s = set(s, Field::SalesTaxPercent, "99");
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(attr(".smp-advanced", "open").as_deref(), Some(""));
        one(".smp-advanced")
            .unwrap()
            .remove_attribute("open")
            .unwrap();
        let s = set(s, Field::HorizonYears, "10");
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(attr(".smp-advanced", "open"), None);
        assert_eq!(count("[data-testid=error-horizon_years]"), 0);
        assert_eq!(count("[data-testid=error-sales_tax_percent]"), 1);

        // The custom area: its box after the region's rows, its error under it.
        let s = set(s, Field::SalesTaxPercent, "");
        let s = set(s, Field::Region, "custom");
        sync(&mut kept, &root, &s, &ids);
        assert!(checked("#f-region-custom"));
        assert_eq!(
            count(".smp-region > .smp-region__custom:last-child #f-area"),
            1
        );
        assert_eq!(count("[data-testid=error-area]"), 1);
        assert!(checked("#f-area-unit-cm2"));
        let s = set(s, Field::Area, "120");
        let s = set(s, Field::AreaUnit, "in2");
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(count("[data-testid=error-area]"), 0);
        assert_eq!(
            (value("#f-area"), checked("#f-area-unit-in2")),
            ("120".into(), true)
        );
        let s = set(s, Field::Region, "ludwig-2");
        sync(&mut kept, &root, &s, &ids);
        assert_eq!(count(".smp-region__custom"), 0);
        assert!(checked("#f-region-stage"));
        assert_eq!(value("#f-stage"), "ludwig-2");
    }
}

//! The form's controls as markup, one writer for every field, driven by the registry's
//! [`crate::model::input::registry::Spec`]. What changes while the visitor types (values,
//! errors, the hints' defaults) is left out and set by [`super::sync`] on the elements
//! already there, so typing never replaces the box being typed in. The widget listens once,
//! on its root, for every input and change (see [`edited`]).

use crate::i18n::{tr, tr_text};
use crate::markup::Markup;
use crate::model::input::registry::{Control, Kind};
use crate::model::input::Field;
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::ui::ids::Ids;
use wasm_bindgen::JsCast;

/// Calls `each(key, label)` for each choice of a radio or select field, in order (written
/// as they come: a list of them cost its own collecting code).
fn choices(f: Field, each: &mut dyn FnMut(&str, &str)) {
    if f == Field::Sessions {
        each("", tr("Automatic (3, or 4 when needed)"));
        for n in &["2", "3", "4"] {
            each(n, n);
        }
        return;
    }
    let Kind::Choice(keys) = f.spec().kind else {
        return;
    };
    for k in keys() {
        let label = match f {
            Field::Tier => Tier::parse(k).map(Tier::label),
            Field::Skin => Skin::parse(k).map(Skin::label),
            Field::Sun => Sun::parse(k).map(Sun::label),
            Field::Style => Style::parse(k).map(Style::label),
            Field::AreaUnit => Some(if k == "cm2" { tr("cm²") } else { tr("in²") }),
            // A currency reads as its code.
            _ => None,
        };
        match label {
            Some(label) => each(k, &tr_text(label)),
            None => each(k, k),
        }
    }
}

/// Writes field `f`'s box, by the control its registry entry names (not the region picker,
/// see [`super::region`]). `hint`: the text under a number box, if any (kept up to date by
/// [`super::sync`]); `placeholder`: what an empty number box means.
#[inline(never)]
pub(super) fn control(m: &mut Markup, ids: &Ids, f: Field, hints: &super::Hints) {
    let (hint, placeholder) = hints.of(f);
    let name = f.wire();
    let id = ids.of(name);
    let spec = f.spec();
    let label = tr_text(spec.label);
    if !matches!(spec.control, Control::Radio | Control::Slider) {
        m.tpl(
            r#"<div class="smp-field"><label for="{}">{}</label>"#,
            &[&id, &label],
        );
    }
    match spec.control {
        Control::Radio => {
            m.tpl(
                r#"<fieldset id="{}" class="smp-choice smp-segmented"><legend>{}</legend><div class="smp-choice__options">"#,
                &[&id, &label],
            );
            choices(f, &mut |value, text| {
                m.tpl(
                    r#"<label class="smp-choice__option" for="{}-{}"><input type="radio" id="{}-{}" name="{}" value="{}"><span>{}</span></label>"#,
                    &[&id, value, &id, value, &id, value, text],
                );
            });
            m.tpl("</div>", &[]);
            // A choice has no range: its hint is the registry's own, if any.
            if let Some(h) = spec.hint {
                m.tpl(
                    r#"<p id="{}-hint" class="smp-field__hint">{}</p>"#,
                    &[&id, &tr_text(h)],
                );
            }
            m.tpl("</fieldset>", &[]);
        }
        Control::Select => {
            m.tpl(r#"<select id="{}" name="{}">"#, &[&id, name]);
            choices(f, &mut |value, text| {
                m.tpl(r#"<option value="{}">{}</option>"#, &[value, text]);
            });
            m.tpl("</select></div>", &[]);
        }
        Control::Date => {
            m.tpl(
                r#"<input type="date" id="{}" name="{}"></div>"#,
                &[&id, name],
            );
        }
        Control::Slider => {
            let (min, max) = match spec.kind {
                Kind::Number { min, max, .. } => (min, max),
                _ => (0.0, 0.0),
            };
            // The value (in the output and `aria-valuetext`) is set by `sync`.
            // Number holes: the registry's range is whole years, the band's places one decimal.
            debug_assert!(min.fract() == 0.0 && max.fract() == 0.0);
            // A labelled bracket under the track, so that it reads as a scale mark rather
            // than a second slider. Geometry as attributes, never inline styles, which a
            // strict Content-Security-Policy refuses. One template for the whole field.
            let (from, to) = TYPICAL_LONGEVITY_BAND;
            let at = |years: f64| (years - min) / (max - min) * 100.0;
            let (a, b, mid) = (at(from), at(to), at((from + to) / 2.0));
            m.draw(
                r#"<div class="smp-field smp-slider"><label for="{}">{} <output for="{}" data-testid="longevity-value"></output></label><input type="range" id="{}" name="{}" min="{0}" max="{0}" step="0.5" aria-describedby="{}-longevity-band"><svg class="smp-slider__scale" aria-hidden="true" focusable="false" width="100%" height="24"><line class="smp-slider__band" x1="{1}%" x2="{1}%" y1="1" y2="1"/><line class="smp-slider__band" x1="{1}%" x2="{1}%" y1="1" y2="6"/><line class="smp-slider__band" x1="{1}%" x2="{1}%" y1="1" y2="6"/><text class="smp-slider__label" x="{1}%" y="1.3em" text-anchor="middle">{t:typical}</text></svg><p id="{}-longevity-band" class="smp-field__hint">{t:Typically 4–6 years; 10–15 years in the best cases. Skin, sun and style below adjust it.}</p></div>"#,
                &[
                    &id,
                    &crate::i18n::trf("{label}:", &[("label", &label)]),
                    &id,
                    &id,
                    name,
                    &ids.0,
                    &ids.0,
                ],
                &[min, max, a, b, a, a, b, b, mid],
            );
        }
        Control::NumberBox | Control::Region => {
            m.tpl(
                r#"<div class="smp-field__control"><input id="{}" name="{}" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" placeholder="{?}">"#,
                &[&id, name, placeholder.as_deref().unwrap_or_default()],
            );
            // The custom area's unit is the radio group beside it. (No catalogue translates
            // a unit to nothing: tests/catalogues.rs.)
            if f != Field::Area && !spec.unit.is_empty() {
                m.tpl(
                    r#"<span class="smp-field__unit" aria-hidden="true">{}</span>"#,
                    &[&tr_text(spec.unit)],
                );
            }
            m.tpl("</div>", &[]);
            if let Some(hint) = &hint {
                m.tpl(
                    r#"<p id="{}-hint" class="smp-field__hint">{}</p>"#,
                    &[&id, hint],
                );
            }
            m.tpl("</div>", &[]);
        }
    }
}

/// The brief's "typically 4–6 years" before a touch-up, marked on the longevity slider.
const TYPICAL_LONGEVITY_BAND: (f64, f64) = (4.0, 6.0);

/// The field a control stands for: its `name` is a wire name, or a radio group's id.
pub fn field_of(target: &web_sys::HtmlInputElement, ids: &Ids) -> Option<Field> {
    let name = target.get_attribute("name").unwrap_or_default();
    Field::parse(&name).or_else(|| {
        name.strip_prefix(&*ids.0)
            .and_then(|n| n.strip_prefix('-'))
            .and_then(|n| Field::parse(&n.replace('-', "_")))
    })
}

/// What an edit of a control means: `(field, text)` for [`crate::ui::state::Action::Set`].
/// Text boxes and the slider report as they are typed or dragged (`typing`, from `input`
/// events), the other controls when they change. The region's "stage" option is left as
/// "stage" for the caller to resolve.
pub fn edited(target: &web_sys::Element, typing: bool, ids: &Ids) -> Option<(Field, String)> {
    // Selects are read through the same `name`/`value`/`type` properties (web-sys calls
    // them by name), so one cast serves every control.
    let target: &web_sys::HtmlInputElement = target.unchecked_ref();
    let kind = target.get_attribute("type").unwrap_or_default();
    if (kind == "text" || kind == "range") != typing {
        return None;
    }
    Some((field_of(target, ids)?, target.value()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::ClinicConfig;
    use crate::model::{Date, PlanInput};
    use crate::ui::format::Fmt;
    use crate::ui::state::State;
    use std::rc::Rc;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Every field's box is balanced markup naming its field, without the value or the error,
    /// which [`super::super::sync`] sets on it; a number box's hint is the one
    /// [`super::super::Hints`] gives, escaped.
    #[wasm_bindgen_test]
    fn every_control_is_markup_without_what_typing_changes() {
        let ids = Ids(Rc::from("w"));
        let (fmt, _) = Fmt::new(crate::i18n::text_language(), None);
        let today = Date::new(2026, 11, 24).unwrap();
        let config = Rc::new(ClinicConfig::default());
        let state = State::new(today, config, PlanInput::default(), None, fmt);
        let hints = super::super::Hints::new(&state, None);
        for f in Field::ALL.iter().copied().filter(|&f| f != Field::Region) {
            let mut m = Markup::new();
            control(&mut m, &ids, f, &hints);
            let html = m.finish();
            let id = ids.of(f.wire());
            assert!(html.contains(&format!(r#"id="{id}""#)), "{html}");
            assert!(html.contains(f.label()), "{html}");
            assert!(!html.contains("smp-field__error"), "{html}");
            assert!(!html.contains("aria-invalid"), "{html}");
            match f.spec().control {
                Control::NumberBox => {
                    let mut hint = Markup::new();
                    hint.text(&hints.of(f).0.expect("every number box has a hint"));
                    let hint = hint.finish();
                    assert!(
                        html.contains(&format!(
                            r#"<p id="{id}-hint" class="smp-field__hint">{hint}</p>"#
                        )),
                        "{html}"
                    );
                    assert!(html.contains(&format!(r#"name="{}""#, f.wire())), "{html}");
                }
                Control::Radio => {
                    choices(f, &mut |value, _| {
                        assert!(
                            html.contains(&format!(
                                r#"id="{id}-{value}" name="{id}" value="{value}""#
                            )),
                            "{html}"
                        );
                    });
                }
                Control::Select => {
                    let mut n = 0;
                    choices(f, &mut |_, _| n += 1);
                    assert_eq!(html.matches("<option ").count(), n);
                }
                Control::Slider => assert!(
                    html.contains(
                        r#"<output for="w-longevity-years" data-testid="longevity-value"></output>"#
                    ),
                    "{html}"
                ),
                _ => {}
            }
        }
    }
}

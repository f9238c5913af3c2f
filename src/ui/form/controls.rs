//! Form controls wired to the reducer: a numeric text input and radio groups.

use crate::i18n::tr_text;
use crate::model::errors::FieldError;
use crate::model::input::Field;
use crate::ui::ids::use_ids;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// `(field, text)` for [`crate::ui::state::Action::Set`].
pub type OnSet = Callback<(Field, String)>;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub field: Field,
    pub text: AttrValue,
    #[prop_or_default]
    pub error: Option<FieldError>,
    /// The default and where it comes from, shown under the input.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Overrides the field's own unit text (e.g. the currency's "per month").
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// The value used while the field is empty.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    pub on_set: OnSet,
}

/// `type="text"` with `inputmode="decimal"`: the visitor may type "1,500" or "$1,500"; the
/// engine's reader decides, and its message appears here, linked by `aria-describedby`.
#[function_component(NumberInput)]
pub fn number_input(p: &NumberInputProps) -> Html {
    let ids = use_ids();
    let field = p.field;
    let name = field.wire();
    let (id, hint_id, err_id) = (
        ids.of(name),
        ids.of(&format!("{name}-hint")),
        ids.of(&format!("{name}-error")),
    );
    let oninput = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit((field, input.value()));
        })
    };
    let described: Vec<&str> = [
        p.hint.as_ref().map(|_| hint_id.as_str()),
        p.error.as_ref().map(|_| err_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let unit = p
        .unit
        .clone()
        .unwrap_or_else(|| AttrValue::from(tr_text(field.spec().unit).into_owned()));
    html! {
        <div class={classes!("smp-field", p.error.as_ref().map(|_| "smp-field--invalid"))}>
            <label for={id.clone()}>{ tr_text(field.label()) }</label>
            <div class="smp-field__control">
                <input
                    id={id}
                    name={name}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={p.text.clone()}
                    placeholder={p.placeholder.clone()}
                    aria-invalid={p.error.as_ref().map(|_| "true")}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                    {oninput}
                />
                if !unit.is_empty() {
                    <span class="smp-field__unit" aria-hidden="true">{ unit }</span>
                }
            </div>
            if let Some(hint) = &p.hint {
                <p id={hint_id} class="smp-field__hint">{ hint.clone() }</p>
            }
            if let Some(e) = &p.error {
                <p id={err_id} class="smp-field__error" data-testid={format!("error-{name}")}>{ tr_text(&e.message).into_owned() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// Also gives the legend: the field's one label.
    pub field: Field,
    /// `(value, label)` pairs.
    pub options: Vec<(String, String)>,
    pub selected: AttrValue,
    pub on_set: OnSet,
    /// Extra class, e.g. `smp-segmented`.
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub error: Option<FieldError>,
}

/// The field's registry hint, when it has one, says what the choices mean, under them.
#[function_component(RadioGroup)]
pub fn radio_group(p: &RadioGroupProps) -> Html {
    let ids = use_ids();
    let field = p.field;
    let name = field.wire();
    let group = ids.of(name);
    let err_id = ids.of(&format!("{name}-error"));
    let hint_id = ids.of(&format!("{name}-hint"));
    let hint = field.hint();
    let described: Vec<&str> = [
        hint.as_ref().map(|_| hint_id.as_str()),
        p.error.as_ref().map(|_| err_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <fieldset id={group.clone()} class={classes!("smp-choice", p.class.clone())}
            aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
            <legend>{ tr_text(field.label()) }</legend>
            <div class="smp-choice__options">
            { for p.options.iter().map(|(value, label)| {
                let id = format!("{group}-{value}");
                let onchange = {
                    let (on_set, value) = (p.on_set.clone(), value.clone());
                    Callback::from(move |_: Event| on_set.emit((field, value.clone())))
                };
                html! {
                    <label class="smp-choice__option" for={id.clone()}>
                        <input type="radio" id={id} name={group.clone()} value={value.clone()}
                            checked={p.selected.as_str() == value.as_str()} {onchange} />
                        <span>{ label.clone() }</span>
                    </label>
                }
            }) }
            </div>
            if let Some(hint) = hint {
                <p id={hint_id} class="smp-field__hint">{ tr_text(&hint).into_owned() }</p>
            }
            if let Some(e) = &p.error {
                <p id={err_id} class="smp-field__error" data-testid={format!("error-{name}")}>{ tr_text(&e.message).into_owned() }</p>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// Also gives the label: the field's one label.
    pub field: Field,
    /// `(value, label)` pairs.
    pub options: Vec<(String, String)>,
    pub selected: AttrValue,
    pub on_set: OnSet,
    #[prop_or_default]
    pub error: Option<FieldError>,
}

#[function_component(Select)]
pub fn select(p: &SelectProps) -> Html {
    let ids = use_ids();
    let field = p.field;
    let name = field.wire();
    let id = ids.of(name);
    let err_id = ids.of(&format!("{name}-error"));
    let onchange = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_set.emit((field, select.value()));
        })
    };
    html! {
        <div class={classes!("smp-field", p.error.as_ref().map(|_| "smp-field--invalid"))}>
            <label for={id.clone()}>{ tr_text(field.label()) }</label>
            <select id={id} name={name} {onchange}
                aria-invalid={p.error.as_ref().map(|_| "true")}
                aria-describedby={p.error.as_ref().map(|_| err_id.clone())}>
                { for p.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={p.selected.as_str() == value.as_str()}>{ label.clone() }</option>
                }) }
            </select>
            if let Some(e) = &p.error {
                <p id={err_id} class="smp-field__error" data-testid={format!("error-{name}")}>{ tr_text(&e.message).into_owned() }</p>
            }
        </div>
    }
}

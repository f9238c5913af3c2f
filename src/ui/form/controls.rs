//! The form's controls, built from the field registry: one function per kind of control,
//! called with data (no component or closure per field). The widget listens once, on its
//! root, for every input and change (see [`edited`]).

use crate::i18n::tr_text;
use crate::markup::Markup;
use crate::model::errors::FieldError;
use crate::model::form::{error_of, Form};
use crate::model::input::Field;
use crate::ui::charts::raw;
use crate::ui::ids::Ids;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

/// What every control needs to know: ids, the visitor's text, the errors.
pub struct Ctx<'a> {
    pub ids: &'a Ids,
    pub form: &'a Form,
    pub errors: &'a [FieldError],
}

impl Ctx<'_> {
    pub fn text(&self, f: Field) -> &str {
        self.form.text(f)
    }

    pub fn error(&self, f: Field) -> Option<&FieldError> {
        error_of(self.errors, f)
    }
}

/// The class of a field's box, marked when its value is refused.
pub fn field_class(invalid: bool) -> &'static str {
    if invalid {
        "smp-field smp-field--invalid"
    } else {
        "smp-field"
    }
}

/// A field's box (`<div class>`) around `body`. Built by hand because a computed `class={…}`
/// in `html!` goes through Yew's `Classes` (an `IndexSet`), whose code and indexmap's would
/// ship for these boxes alone. One attribute key whatever the class, so Yew only rewrites the
/// class and keeps the box and the input in it.
#[inline(never)]
pub fn field_box(class: &'static str, body: Html) -> Html {
    let mut tag = VTag::new("div");
    tag.attributes = Attributes::Dynamic {
        keys: &["class"],
        values: Box::new([Some(AttributeOrProperty::Static(class))]),
    };
    tag.add_child(body);
    tag.into()
}

/// The ids of a field's input, hint and error, and its `aria-describedby` (hint, then error).
fn ids_of(c: &Ctx, f: Field, hint: bool) -> (String, String, String, Option<String>) {
    let name = f.wire();
    let (id, hint_id, err_id) = (
        c.ids.of(name),
        c.ids.of(&format!("{name}-hint")),
        c.ids.of(&format!("{name}-error")),
    );
    let described = match (hint, c.error(f).is_some()) {
        (true, true) => Some(format!("{hint_id} {err_id}")),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(err_id.clone()),
        (false, false) => None,
    };
    (id, hint_id, err_id, described)
}

/// One template filled with `values`, as one raw node: no Yew element and text node each,
/// with their own render code.
#[inline(never)]
fn text_parts(template: &'static str, values: &[&str]) -> Html {
    let mut m = Markup::new();
    m.tpl(template, values);
    raw(m)
}

/// `<label for="id">`: the field's label.
pub fn label(id: &str, f: Field) -> Html {
    text_parts(r#"<label for="{}">{}</label>"#, &[id, &tr_text(f.label())])
}

/// `<legend>`: the group's name.
pub fn legend(text: &str) -> Html {
    text_parts("<legend>{}</legend>", &[text])
}

/// The hint under a control, when there is one (`hint`: its id and text), then the field's
/// error, tied to it by `err_id` and found by the tests by `error-<wire>`. Text only, so
/// written as markup.
pub fn notes(c: &Ctx, f: Field, hint: Option<(&str, &str)>, err_id: &str) -> Html {
    let mut m = Markup::new();
    write_notes(&mut m, c, f, hint, err_id);
    raw(m)
}

#[inline(never)]
fn write_notes(m: &mut Markup, c: &Ctx, f: Field, hint: Option<(&str, &str)>, err_id: &str) {
    if let Some((id, text)) = hint {
        m.tpl(r#"<p id="{}" class="smp-field__hint">{}</p>"#, &[id, text]);
    }
    if let Some(e) = c.error(f) {
        let test_id = format!("error-{}", f.wire());
        let message = tr_text(&e.message);
        m.tpl(
            r#"<p id="{}" class="smp-field__error" data-testid="{}">{}</p>"#,
            &[err_id, &test_id, &message],
        );
    }
}

/// `type="text"` with `inputmode="decimal"`: the visitor may type "1,500" or "$1,500"; the
/// engine's reader decides, and its message appears here, linked by `aria-describedby`.
/// `unit`: the field's own unit text unless given.
pub fn number_box(
    c: &Ctx,
    f: Field,
    hint: Option<String>,
    placeholder: Option<String>,
    unit: Option<&str>,
) -> Html {
    let (id, hint_id, err_id, described) = ids_of(c, f, hint.is_some());
    let invalid = c.error(f).is_some();
    let unit = tr_text(unit.unwrap_or(f.spec().unit));
    let unit = if unit.is_empty() {
        Html::default()
    } else {
        text_parts(
            r#"<span class="smp-field__unit" aria-hidden="true">{}</span>"#,
            &[&unit],
        )
    };
    field_box(
        field_class(invalid),
        html! {<>
            { label(&id, f) }
            <div class="smp-field__control">
                <input id={id} name={f.wire()} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" value={c.text(f).to_string()} placeholder={placeholder}
                    aria-invalid={invalid.then_some("true")} aria-describedby={described} />
                { unit }
            </div>
            { notes(c, f, hint.as_deref().map(|h| (hint_id.as_str(), h)), &err_id) }
        </>},
    )
}

/// A radio group: its legend is the field's label, its hint the registry's, when it has one.
/// `options`: `(value, label)`. Markup without the choice: which option is checked is set by
/// [`crate::ui::form::sync`] after each render, so the group's markup stays the same when the
/// visitor moves through it (the radio with focus is never replaced).
#[inline(never)]
pub fn radios(c: &Ctx, f: Field, options: &[(&str, String)]) -> Html {
    let hint = f.hint().map(|h| tr_text(&h).into_owned());
    let (group, hint_id, err_id, described) = ids_of(c, f, hint.is_some());
    let mut m = Markup::new();
    m.tpl(
        r#"<fieldset id="{}" class="smp-choice smp-segmented" aria-describedby="{?}"><legend>{}</legend><div class="smp-choice__options">"#,
        &[&group, described.as_deref().unwrap_or_default(), &tr_text(f.label())],
    );
    for (value, label) in options {
        let id = format!("{group}-{value}");
        m.tpl(
            r#"<label class="smp-choice__option" for="{}"><input type="radio" id="{}" name="{}" value="{}"><span>{}</span></label>"#,
            &[&id, &id, &group, value, label],
        );
    }
    m.tpl("</div>", &[]);
    write_notes(
        &mut m,
        c,
        f,
        hint.as_deref().map(|h| (hint_id.as_str(), h)),
        &err_id,
    );
    m.tpl("</fieldset>", &[]);
    raw(m)
}

/// A `<select>` labelled with the field's label. `options`: `(value, label)`. Markup without
/// the choice, which [`crate::ui::form::sync`] selects after each render.
pub fn select(c: &Ctx, f: Field, options: &[(&str, String)]) -> Html {
    let (id, _, err_id, described) = ids_of(c, f, false);
    let invalid = c.error(f).is_some();
    let mut m = Markup::new();
    m.tpl(
        r#"<div class="{}"><label for="{}">{}</label><select id="{}" name="{}" aria-invalid="{?}" aria-describedby="{?}">"#,
        &[
            field_class(invalid),
            &id,
            &tr_text(f.label()),
            &id,
            f.wire(),
            if invalid { "true" } else { "" },
            described.as_deref().unwrap_or_default(),
        ],
    );
    for (value, label) in options {
        m.tpl(r#"<option value="{}">{}</option>"#, &[value, label]);
    }
    m.tpl("</select>", &[]);
    write_notes(&mut m, c, f, None, &err_id);
    m.tpl("</div>", &[]);
    raw(m)
}

/// A date field (`type="date"`), read on change.
pub fn date(c: &Ctx, f: Field, value: String) -> Html {
    let (id, _, err_id, described) = ids_of(c, f, false);
    let invalid = c.error(f).is_some();
    field_box(
        field_class(invalid),
        html! {<>
            { label(&id, f) }
            <input type="date" id={id} name={f.wire()} value={value}
                aria-invalid={invalid.then_some("true")} aria-describedby={described} />
            { notes(c, f, None, &err_id) }
        </>},
    )
}

/// What an edit of a control means: `(field, text)` for [`crate::ui::state::Action::Set`].
/// The field is the target's `name` (a wire name, or a radio group's id), the text its value.
/// Text boxes and the slider report as they are typed or dragged (`typing`, from `input`
/// events), the other controls when they change. The region's "stage" option is left as
/// "stage" for the caller to resolve.
pub fn edited(target: &web_sys::Element, typing: bool, ids: &Ids) -> Option<(Field, String)> {
    // Selects are read through the same `name`/`value`/`type` properties (web-sys calls
    // them by name), so one cast serves every control.
    let target: &web_sys::HtmlInputElement = target.unchecked_ref();
    let kind = target.type_();
    if (kind == "text" || kind == "range") != typing {
        return None;
    }
    let name = target.name();
    let prefix = ids.of("");
    let field = Field::parse(&name).or_else(|| {
        name.strip_prefix(prefix.as_str())
            .and_then(|n| Field::parse(&n.replace('-', "_")))
    })?;
    Some((field, target.value()))
}

//! The error summary: every problem in the form, each linking to its field. Drawn by the app
//! component (a component of its own would cost Yew's machinery once more).

use crate::i18n::{tr_text, trn};
use crate::model::errors::FieldError;
use crate::model::input::Field;
use crate::ui::ids::Ids;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn error_summary(errors: &[FieldError], ids: &Ids) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    // Following the link natively would replace the page's URL fragment (and, inside a shadow
    // root, find nothing): move focus to the field instead.
    let focus_field = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        // Yew delegates events, so `current_target` is its root: start from the click target.
        let field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href]").ok()?)
            .and_then(|a| {
                let id = a.get_attribute("href")?;
                a.closest(".smp-app").ok()??.query_selector(&id).ok()?
            })
            .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            // A field in a section the visitor closed (Advanced) cannot take focus.
            if let Ok(Some(details)) = field.closest("details:not([open])") {
                let _ = details.set_attribute("open", "");
            }
            let _ = field.focus();
        }
    });
    html! {
        <div class="smp-error-summary" role="alert" data-testid="error-summary" tabindex="-1">
            <h2>{ trn(errors.len() as i64, "{n} input needs attention", "{n} inputs need attention", &[]) }</h2>
            <ul>
                { for errors.iter().map(|e| html! {
                    <li><a href={format!("#{}", ids.of(&e.field))} onclick={focus_field.clone()} data-field={e.field.clone()}>
                        { message(e) }
                    </a></li>
                }) }
            </ul>
        </div>
    }
}

/// The message with the field's label (which begins it) in bold.
fn message(e: &FieldError) -> Html {
    let message = tr_text(&e.message);
    let label = Field::parse(&e.field).map(|f| tr_text(f.label()));
    match label.and_then(|l| Some((message.strip_prefix(&*l)?.to_string(), l))) {
        Some((rest, label)) => html! { <><strong>{ label.into_owned() }</strong>{ rest }</> },
        None => html! { { message.into_owned() } },
    }
}

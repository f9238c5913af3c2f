//! The error summary: every problem in the form, each linking to its field.

use crate::model::errors::FieldError;
use crate::ui::fields;
use crate::ui::ids::use_ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

#[function_component(ErrorSummary)]
pub fn error_summary(p: &ErrorSummaryProps) -> Html {
    let ids = use_ids();
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="smp-error-summary" role="alert" data-testid="error-summary" tabindex="-1">
            <h2>{ if p.errors.len() == 1 { "1 input needs attention".to_string() } else { format!("{} inputs need attention", p.errors.len()) } }</h2>
            <ul>
                { for p.errors.iter().map(|e| html! {
                    <li><a href={format!("#{}", ids.of(&e.field))} data-field={e.field.clone()}>
                        <strong>{ fields::label(&e.field) }</strong>{ ": " }{ e.message.clone() }
                    </a></li>
                }) }
            </ul>
        </div>
    }
}

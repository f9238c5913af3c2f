//! Cautions, aftercare and side effects that apply to the current inputs.

use crate::model::Plan;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub plan: Rc<Plan>,
}

#[function_component(Notes)]
pub fn notes(p: &NotesProps) -> Html {
    html! {
        <section class="smp-notes" aria-labelledby="smp-notes-title" data-testid="notes">
            <h2 id="smp-notes-title">{ "Good to know" }</h2>
            <ul>
                { for p.plan.notes.iter().map(|n| html! {
                    <li data-code={serde_json::to_value(n.code).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()}>{ n.text }</li>
                }) }
            </ul>
        </section>
    }
}

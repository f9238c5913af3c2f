//! Everything drawn from the plan. When the form has errors the last valid plan stays,
//! marked as out of date.

mod answer;
mod comparison;
mod notes;
mod summary;
mod trust;

pub use answer::{answer, Booking};
pub use comparison::scroll_region;
pub use summary::announcement;
pub use trust::{how_calculated, what_to_ask};

use crate::i18n::tr;
use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::charts::{raw, CostChart, Timeline};
use crate::ui::format::use_fmt;
use crate::ui::ids::use_ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub plan: Option<Rc<Plan>>,
    pub stale: bool,
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let fmt = use_fmt();
    let ids = use_ids();
    let Some(plan) = p.plan.clone() else {
        return html! { <p role="alert">{ tr("The plan could not be calculated with these inputs.") }</p> };
    };
    let mut head = Markup::new();
    summary::summary(&mut head, &plan, &fmt, &ids);
    let mut tail = Markup::new();
    comparison::comparison(&mut tail, &plan, &fmt, &ids);
    notes::notes(&mut tail, &plan, &ids);
    html! {
        <div class={classes!("smp-results", p.stale.then_some("smp-results--stale"))}
            data-testid="results" data-stale={p.stale.to_string()}>
            if p.stale {
                <p class="smp-stale" data-testid="stale-banner">
                    { tr("Out of date: these results are for your last valid inputs. Fix the highlighted fields to update them.") }
                </p>
            }
            { raw(head) }
            <Timeline plan={plan.clone()} />
            <CostChart plan={plan} />
            { raw(tail) }
        </div>
    }
}

/// A code's name in the JSON contract (`large_area`, `oily_skin`), for `data-code`.
fn wire_name(code: impl serde::Serialize) -> Option<String> {
    let text = crate::jsontext::to_string(&code)?;
    Some(text.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

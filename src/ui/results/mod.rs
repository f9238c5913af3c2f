//! Everything drawn from the plan. When the form has errors the last valid plan stays,
//! marked as out of date. Drawn by the app component, which holds the charts' state (a
//! component of its own would cost Yew's machinery once more).

mod answer;
mod comparison;
mod notes;
mod summary;
mod trust;

#[cfg(test)]
pub(crate) mod tests;

pub use answer::{answer, Booking};
pub use comparison::{cell, column_head, table_start};
pub use summary::announcement;
pub use trust::{how_calculated, what_to_ask};

use crate::i18n::tr;
use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::charts::{cost_chart, raw, timeline, CostView};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use yew::prelude::*;

/// The charts' state and where they measure their width ([`crate::ui::charts::use_width`]).
pub struct ResultsView {
    pub node: NodeRef,
    pub width: f64,
    pub cost: CostView,
}

/// `stale`: the plan is for the last valid inputs (the form has errors).
pub fn results(plan: Option<&Plan>, stale: bool, fmt: &Fmt, ids: &Ids, view: ResultsView) -> Html {
    let Some(plan) = plan else {
        return html! { <p role="alert">{ tr("The plan could not be calculated with these inputs.") }</p> };
    };
    let mut head = Markup::new();
    summary::summary(&mut head, plan, fmt, ids);
    let mut tail = Markup::new();
    comparison::comparison(&mut tail, plan, fmt, ids);
    notes::notes(&mut tail, plan, ids);
    html! {
        <div class={if stale { "smp-results smp-results--stale" } else { "smp-results" }}
            data-testid="results" data-stale={if stale { "true" } else { "false" }}>
            if stale {
                <p class="smp-stale" data-testid="stale-banner">
                    { tr("Out of date: these results are for your last valid inputs. Fix the highlighted fields to update them.") }
                </p>
            }
            { raw(head) }
            { timeline(plan, fmt, ids, view.node, view.width) }
            { cost_chart(plan, fmt, ids, view.width, &view.cost) }
            { raw(tail) }
        </div>
    }
}

/// A code's name in the JSON contract (`large_area`, `oily_skin`), for `data-code`.
fn wire_name(code: impl serde::Serialize) -> Option<String> {
    let text = crate::jsontext::to_string(&code)?;
    Some(text.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

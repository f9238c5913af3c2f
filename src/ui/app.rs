use crate::model::{compute, Assumptions, Date, Plan, PlanInput};
use crate::ui::format;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Fixed "today" for tests; the visitor's clock otherwise.
    #[prop_or_default]
    pub today: Option<Date>,
}

/// Minimal shell: the plan for the default inputs. The full form arrives with the widget issue.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let today = props
        .today
        .or_else(format::today)
        .or_else(|| Date::new(2026, 1, 1));
    let plan = use_memo(today, |today| {
        today.and_then(|t| compute(&PlanInput::default(), &Assumptions::default(), t).ok())
    });
    html! {
        <main class="smp-app">
            <h1>{ "SMP cost and timeline calculator" }</h1>
            <section data-testid="plan-summary" aria-live="polite" aria-label="Your plan">
                {
                    match plan.as_ref() {
                        Some(plan) => summary(plan),
                        None => html! { <p role="alert">{ "The plan could not be calculated." }</p> },
                    }
                }
            </section>
        </main>
    }
}

fn summary(plan: &Plan) -> Html {
    let money = |m| format::money(m, plan.currency, plan.currency_exponent);
    let c = &plan.initial_cost;
    html! {
        <dl class="smp-summary">
            <dt>{ "Region" }</dt>
            <dd data-testid="region">{ format!("{} (about {} cm²)", plan.region.label, plan.region.area_cm2) }</dd>
            <dt>{ "Sessions" }</dt>
            <dd><span data-testid="sessions-count">{ plan.sessions.count }</span>
                { ", " }
                { plan.sessions.items.iter().map(|s| format::date(s.date)).collect::<Vec<_>>().join(", ") }
            </dd>
            <dt>{ "Initial cost" }</dt>
            <dd>
                <span data-testid="initial-low">{ money(c.low) }</span>{ " – " }
                <strong data-testid="initial-typical">{ money(c.typical) }</strong>{ " – " }
                <span data-testid="initial-high">{ money(c.high) }</span>
            </dd>
            <dt>{ "Full result expected" }</dt>
            <dd data-testid="full-result">{ format::date(plan.full_result_date) }</dd>
            <dt>{ format!("Total over {} years", plan.horizon.years) }</dt>
            <dd data-testid="smp-total">{ money(plan.smp.total.typical) }</dd>
        </dl>
    }
}

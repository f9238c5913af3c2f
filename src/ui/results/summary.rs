//! The headline numbers: sessions, initial cost, full-result date, next touch-up, total.

use crate::model::Plan;
use crate::ui::format::{use_fmt, Fmt};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub plan: Rc<Plan>,
}

#[function_component(Summary)]
pub fn summary(p: &SummaryProps) -> Html {
    let fmt = use_fmt();
    let plan = &p.plan;
    let money = |m| fmt.money(m, plan.currency, plan.currency_exponent);
    let c = &plan.initial_cost;
    let t = &plan.smp.total;
    html! {
        <section class="smp-summary" data-testid="plan-summary" aria-labelledby="smp-summary-title">
            <h2 id="smp-summary-title">{ "Your plan" }</h2>
            <p class="smp-summary__region" data-testid="region">
                { format!("{} · about {} cm²", plan.region.label, plan.region.area_cm2) }
                if plan.region.area_is_estimate { <span class="smp-muted">{ " (estimate)" }</span> }
            </p>
            <dl class="smp-kpis">
                <div class="smp-kpi">
                    <dt>{ "Sessions" }</dt>
                    <dd><strong data-testid="sessions-count">{ plan.sessions.count }</strong>
                        <span class="smp-muted">{ format!(" · {} weeks apart", crate::model::decimal::shortest(plan.inputs.session_gap_weeks.unwrap_or_default())) }</span>
                    </dd>
                </div>
                <div class="smp-kpi">
                    <dt>{ "Initial cost" }</dt>
                    <dd>
                        <strong data-testid="initial-typical">{ money(c.typical) }</strong>
                        <span class="smp-muted smp-range">
                            { "range " }<span data-testid="initial-low">{ money(c.low) }</span>
                            { "–" }<span data-testid="initial-high">{ money(c.high) }</span>
                        </span>
                    </dd>
                </div>
                <div class="smp-kpi">
                    <dt>{ "Full result expected" }</dt>
                    <dd data-testid="full-result">{ fmt.date(plan.full_result_date) }</dd>
                </div>
                <div class="smp-kpi">
                    <dt>{ "First touch-up (typical)" }</dt>
                    <dd data-testid="next-touch-up">
                        { plan.next_touch_up.map_or_else(|| format!("After {} years", plan.horizon.years), |d| fmt.date(d)) }
                    </dd>
                </div>
                <div class="smp-kpi">
                    <dt>{ format!("Total over {} years", plan.horizon.years) }</dt>
                    <dd>
                        <strong data-testid="smp-total">{ money(t.typical) }</strong>
                        <span class="smp-muted smp-range">
                            { "range " }<span data-testid="smp-total-low">{ money(t.low) }</span>
                            { "–" }<span data-testid="smp-total-high">{ money(t.high) }</span>
                        </span>
                    </dd>
                </div>
            </dl>
            <h3>{ "Sessions" }</h3>
            <ol class="smp-sessions" data-testid="sessions">
                { for plan.sessions.items.iter().map(|s| html! {
                    <li data-testid="session" data-date={s.date.to_string()}>
                        { format!("Session {}: {}", s.number, fmt.date(s.date)) }
                        <span class="smp-muted">{ format!(" · about {}", money(s.cost.typical)) }</span>
                    </li>
                }) }
            </ol>
            <ul class="smp-reasons" data-testid="session-reasons">
                { for plan.sessions.reasons.iter().map(|r| html! { <li data-code={format!("{:?}", r.code)}>{ r.text }</li> }) }
            </ul>
        </section>
    }
}

/// One sentence for screen readers when the plan changes.
pub fn announcement(plan: &Plan, fmt: &Fmt) -> String {
    let money = |m| fmt.money(m, plan.currency, plan.currency_exponent);
    format!(
        "{} sessions, initial cost about {} (range {} to {}); total over {} years about {}.",
        plan.sessions.count,
        money(plan.initial_cost.typical),
        money(plan.initial_cost.low),
        money(plan.initial_cost.high),
        plan.horizon.years,
        money(plan.smp.total.typical),
    )
}

//! Cumulative cost at 1, 2, 5, 10 years and the horizon: SMP against each alternative.

use crate::model::export::yearly_rows;
use crate::model::Plan;
use crate::ui::format::use_fmt;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub plan: Rc<Plan>,
}

#[function_component(ComparisonTable)]
pub fn comparison_table(p: &ComparisonProps) -> Html {
    let fmt = use_fmt();
    let plan = &p.plan;
    let money = |m| fmt.money(m, plan.currency, plan.currency_exponent);
    let rows = yearly_rows(plan);
    html! {
        <section class="smp-comparison" aria-labelledby="smp-comparison-title">
            <h2 id="smp-comparison-title">{ "Cost compared" }</h2>
            <div class="smp-table-scroll">
                <table class="smp-table" data-testid="comparison-table">
                    <caption>{ format!("Total spent by the end of each year, in {}", plan.currency) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "After" }</th>
                            <th scope="col">{ "SMP (typical)" }</th>
                            { for plan.comparisons.iter().map(|c| html! { <th scope="col">{ c.label }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr data-year={r.year.to_string()}>
                                <th scope="row">{ if r.year == 1 { "1 year".to_string() } else { format!("{} years", r.year) } }</th>
                                <td>
                                    { money(r.smp.typical) }
                                    <span class="smp-muted smp-range">{ format!(" ({}–{})", money(r.smp.low), money(r.smp.high)) }</span>
                                </td>
                                { for r.comparisons.iter().map(|m| html! { <td>{ money(*m) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <ul class="smp-break-even" data-testid="break-even-list">
                { for plan.comparisons.iter().map(|c| html! {
                    <li>{ match c.break_even_month.typical {
                        Some(m) => format!("SMP costs less than {} from month {m} on (typical).", c.label.to_ascii_lowercase()),
                        None => format!("Within {} years SMP does not cost less than {} (typical).", plan.horizon.years, c.label.to_ascii_lowercase()),
                    } }</li>
                }) }
            </ul>
        </section>
    }
}

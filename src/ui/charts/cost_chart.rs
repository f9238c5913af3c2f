//! Cumulative cost over the horizon: SMP band and typical line against each alternative, or
//! the same numbers as a table.

use crate::chart::cost::{CostChart as Geometry, Marker};
use crate::model::decimal::fixed;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::charts::marker;
use crate::ui::format::{use_fmt, Fmt};
use crate::ui::ids::use_ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    pub plan: Rc<Plan>,
}

#[function_component(CostChart)]
pub fn cost_chart(p: &CostChartProps) -> Html {
    let fmt = use_fmt();
    let ids = use_ids();
    let as_table = use_state(|| false);
    let geometry = use_memo(p.plan.clone(), |plan| Geometry::new(plan));
    let plan = &p.plan;
    let money = |m: Money| fmt.money(m, plan.currency, plan.currency_exponent);
    let toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_: MouseEvent| as_table.set(!*as_table))
    };
    let (title_id, desc_id) = (ids.of("cost-chart-title"), ids.of("cost-chart-desc"));
    let summary = std::iter::once(format!("SMP {} typical", money(plan.smp.total.typical)))
        .chain(
            plan.comparisons
                .iter()
                .map(|c| format!("{} {}", c.label.to_ascii_lowercase(), money(c.total))),
        )
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <section class="smp-cost" aria-labelledby={ids.of("cost-heading")}>
            <div class="smp-section-head">
                <h2 id={ids.of("cost-heading")}>{ "Cumulative cost" }</h2>
                <button type="button" class="smp-button smp-button--quiet" onclick={toggle}
                    aria-pressed={(*as_table).to_string()} data-testid="chart-toggle">
                    { if *as_table { "Show as chart" } else { "Show as table" } }
                </button>
            </div>
            if *as_table {
                { table(plan, &money) }
            } else {
                { chart(&geometry, plan, &fmt, &title_id, &desc_id, &summary) }
            }
            <ul class="smp-legend" aria-label="Legend">
                <li><svg viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
                    <rect class="smp-series-band" x="0" y="1" width="28" height="8" />
                    <path class="smp-line smp-series-smp-typical" d="M0 5 H28" />
                </svg>{ "SMP: typical line, low–high band" }</li>
                { for geometry.lines.iter().skip(1).map(|l| html! {
                    <li><svg viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
                        <path class={format!("smp-line smp-series-{}", l.key)} d="M0 5 H28" stroke-dasharray={l.dash} />
                        { marker(l.marker, 14.0, 5.0, &format!("smp-marker smp-series-{}", l.key)) }
                    </svg>{ l.label.clone() }</li>
                }) }
            </ul>
        </section>
    }
}

fn chart(
    g: &Geometry,
    plan: &Plan,
    fmt: &Fmt,
    title_id: &str,
    desc_id: &str,
    summary: &str,
) -> Html {
    let f = g.frame;
    let compact = |m: Money| fmt.money_compact(m, plan.currency, plan.currency_exponent);
    html! {
        <svg class="smp-chart" data-testid="cost-chart" viewBox={format!("0 0 {} {}", fixed(f.width, 0), fixed(f.height, 0))}
            width="100%" preserveAspectRatio="xMidYMid meet" role="img"
            aria-labelledby={title_id.to_string()} aria-describedby={desc_id.to_string()}>
            <title id={title_id.to_string()}>{ format!("Cumulative cost over {} years", plan.horizon.years) }</title>
            <desc id={desc_id.to_string()}>{ format!("Totals after {} years: {summary}.", plan.horizon.years) }</desc>
            <g class="smp-axis">
                { for g.y_ticks.iter().map(|t| html! {
                    <g>
                        <line class="smp-grid" x1={fixed(f.x0(), 1)} x2={fixed(f.x1(), 1)} y1={fixed(t.at, 1)} y2={fixed(t.at, 1)} />
                        <text x={fixed(f.x0() - 4.0, 1)} y={fixed(t.at + 3.5, 1)} text-anchor="end">{ compact(t.value) }</text>
                    </g>
                }) }
                { for g.x_ticks.iter().map(|t| html! {
                    <text x={fixed(t.at, 1)} y={fixed(f.y0() + 15.0, 1)} text-anchor="middle">{ format!("Y{}", t.value) }</text>
                }) }
                <line class="smp-axis-line" x1={fixed(f.x0(), 1)} x2={fixed(f.x1(), 1)} y1={fixed(f.y0(), 1)} y2={fixed(f.y0(), 1)} />
            </g>
            <path class="smp-series-band" d={g.band.clone()} data-testid="series-smp-band" />
            { for g.lines.iter().map(|l| html! {
                <g>
                    <path class={format!("smp-line smp-series-{}", l.key)} d={l.path.clone()}
                        stroke-dasharray={(!l.dash.is_empty()).then_some(l.dash)} data-testid={format!("series-{}", l.key)} />
                    { for l.points.iter().map(|(x, y)| marker(l.marker, *x, *y, &format!("smp-marker smp-series-{}", l.key))) }
                </g>
            }) }
            { for g.break_evens.iter().map(|b| html! {
                <g data-testid={format!("break-even-{}", b.key)} data-month={b.month.to_string()}>
                    { marker(Marker::Diamond, b.x, b.y, "smp-break-even-marker") }
                    <text class="smp-break-even-label" x={fixed(b.x.min(f.x1() - 40.0), 1)} y={fixed((b.y - 8.0).max(f.y1() + 8.0), 1)}>
                        { format!("Month {}", b.month) }
                    </text>
                </g>
            }) }
        </svg>
    }
}

fn table(plan: &Plan, money: &dyn Fn(Money) -> String) -> Html {
    let years: Vec<u32> = (1..=plan.horizon.years).collect();
    let at = |series: &[Money], year: u32| {
        series
            .get((year * 12).saturating_sub(1) as usize)
            .map(|m| money(*m))
            .unwrap_or_default()
    };
    let band = &plan.smp.cumulative;
    html! {
        <div class="smp-table-scroll">
            <table class="smp-table" data-testid="cost-table">
                <caption>{ format!("Cumulative cost at the end of each year, in {}", plan.currency) }</caption>
                <thead><tr>
                    <th scope="col">{ "Year" }</th>
                    <th scope="col">{ "SMP low" }</th>
                    <th scope="col">{ "SMP typical" }</th>
                    <th scope="col">{ "SMP high" }</th>
                    { for plan.comparisons.iter().map(|c| html! { <th scope="col">{ c.label }</th> }) }
                </tr></thead>
                <tbody>
                    { for years.iter().map(|&y| html! {
                        <tr>
                            <th scope="row">{ y }</th>
                            <td>{ at(&band.low, y) }</td>
                            <td>{ at(&band.typical, y) }</td>
                            <td>{ at(&band.high, y) }</td>
                            { for plan.comparisons.iter().map(|c| html! { <td>{ at(&c.cumulative, y) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

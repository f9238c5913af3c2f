//! The treatment timeline as an SVG, and the same dates as a list for everyone.

use crate::chart::timeline::Timeline as Geometry;
use crate::model::decimal::fixed;
use crate::model::plan::Scenario;
use crate::model::Plan;
use crate::ui::format::{use_fmt, Fmt};
use crate::ui::ids::use_ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub plan: Rc<Plan>,
}

#[function_component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let fmt = use_fmt();
    let ids = use_ids();
    let g = use_memo(p.plan.clone(), |plan| Geometry::new(plan));
    let plan = &p.plan;
    let f = g.frame;
    let shape = |key: &str| match key {
        "sessions" => "M-3.5 -3.5 H3.5 V3.5 H-3.5 Z",
        "short" => "M0 -4 L3.6 2.6 L-3.6 2.6 Z",
        "typical" => "M-3.5 0 A3.5 3.5 0 1 0 3.5 0 A3.5 3.5 0 1 0 -3.5 0 Z",
        _ => "M0 -4 L4 0 L0 4 L-4 0 Z",
    };
    let sessions_y = g.rows.first().map_or(f.y1(), |r| r.y);
    html! {
        <section class="smp-timeline" aria-labelledby={ids.of("timeline-heading")}>
            <h2 id={ids.of("timeline-heading")}>{ "Timeline" }</h2>
            <svg class="smp-chart" data-testid="timeline" viewBox={format!("0 0 {} {}", fixed(f.width, 0), fixed(f.height, 0))}
                width="100%" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
                { for g.year_ticks.iter().map(|(x, y)| html! {
                    <g class="smp-axis">
                        <line class="smp-grid" x1={fixed(*x, 1)} x2={fixed(*x, 1)} y1={fixed(f.y1(), 1)} y2={fixed(f.y0(), 1)} />
                        if plan.horizon.years <= 6 || y % 5 == 0 || *y == 1 {
                            <text x={fixed(*x, 1)} y={fixed(f.y0() + 15.0, 1)} text-anchor="middle">{ format!("Y{y}") }</text>
                        }
                    </g>
                }) }
                { for g.healing.iter().map(|(a, b)| html! {
                    <rect class="smp-healing" x={fixed(*a, 1)} y={fixed(sessions_y - 5.0, 1)}
                        width={fixed((b - a).max(1.0), 1)} height="10" rx="2" />
                }) }
                { for g.rows.iter().map(|row| html! {
                    <g class={format!("smp-row smp-row-{}", row.key)}>
                        <text class="smp-row-label" x={fixed(f.x0() - 6.0, 1)} y={fixed(row.y + 3.5, 1)} text-anchor="end">{ row.label }</text>
                        <line class="smp-row-line" x1={fixed(f.x0(), 1)} x2={fixed(f.x1(), 1)} y1={fixed(row.y, 1)} y2={fixed(row.y, 1)} />
                        { for row.points.iter().map(|pt| html! {
                            <path class="smp-timeline-marker" transform={format!("translate({} {})", fixed(pt.x, 1), fixed(row.y, 1))} d={shape(row.key)}
                                data-testid={if row.key == "sessions" { "timeline-session" } else { "timeline-touch-up" }}
                                data-scenario={row.key} data-date={pt.date.to_string()} />
                        }) }
                    </g>
                }) }
                <path class="smp-full-result" transform={format!("translate({} {})", fixed(g.full_result.x, 1), fixed(f.y1() + 2.0, 1))} d="M-4 0 H4 L0 6 Z" />
            </svg>
            <details class="smp-timeline-list" data-testid="timeline-list">
                <summary>{ "All dates as a list" }</summary>
                <h3>{ "Initial sessions" }</h3>
                <ol>
                    { for plan.sessions.items.iter().map(|s| html! {
                        <li>
                            { format!("Session {}: {}", s.number, fmt.date(s.date)) }
                            <ul>
                                { for s.milestones.iter().map(|m| html! { <li>{ format!("{} {}", m.label, fmt.date(m.date)) }</li> }) }
                            </ul>
                        </li>
                    }) }
                </ol>
                <p>{ format!("Full result expected by {}.", fmt.date(plan.full_result_date)) }</p>
                <h3>{ "Touch-ups" }</h3>
                { scenario_list("Short longevity (priced high)", &plan.touch_ups.short, plan, &fmt) }
                { scenario_list("Typical", &plan.touch_ups.typical, plan, &fmt) }
                { scenario_list("Long longevity (priced low)", &plan.touch_ups.long, plan, &fmt) }
            </details>
            <p class="smp-muted smp-timeline-key">
                { "■ session with its healing window · ▼ full result · ▲ short · ● typical · ◆ long longevity touch-ups" }
            </p>
        </section>
    }
}

fn scenario_list(title: &str, s: &Scenario, plan: &Plan, fmt: &Fmt) -> Html {
    let money = |m| fmt.money(m, plan.currency, plan.currency_exponent);
    let years = f64::from(s.interval_months) / 12.0;
    html! {
        <div>
            <h4>{ format!("{title}: every {} years", fixed(years, 1)) }</h4>
            if s.items.is_empty() {
                <p>{ format!("None within {} years.", plan.horizon.years) }</p>
            } else {
                <ul>
                    { for s.items.iter().map(|t| html! { <li>{ format!("{} · about {}", fmt.date(t.date), money(t.cost)) }</li> }) }
                </ul>
            }
        </div>
    }
}

//! The treatment timeline as an SVG, and the same dates as a list for everyone. Both are
//! written as markup ([`crate::markup`]); the `<details>` around the list stays a Yew element
//! so that it keeps its open state while the plan changes. A part of the results component.

use crate::chart::timeline::{FirstMonths, Timeline as Geometry, ROW_LABEL_GAP, ROW_LABEL_LINE};
use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::decimal::fixed;
use crate::model::plan::Scenario;
use crate::model::Plan;
use crate::ui::charts::{line, raw, svg_chart, text_lines};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use yew::prelude::*;

/// The section for `plan`, `width` drawing units wide; `node` is measured for that width.
pub fn timeline(plan: &Plan, fmt: &Fmt, ids: &Ids, node: NodeRef, width: f64) -> Html {
    let mut svg = Markup::new();
    first_months(&mut svg, &FirstMonths::new(plan, width));
    svg.el(
        "h3",
        &[("class", Some("smp-chart-title"))],
        &trn(
            i64::from(plan.horizon.years),
            "Touch-ups over {n} year",
            "Touch-ups over {n} years",
            &[],
        ),
    );
    chart(&mut svg, &Geometry::new(plan, width));
    let mut list = Markup::new();
    dates(&mut list, plan, fmt);
    html! {
        <section class="smp-timeline" aria-labelledby={ids.of("timeline-heading")}>
            <h2 id={ids.of("timeline-heading")}>{ tr("Timeline") }</h2>
            <h3 class="smp-chart-title">{ tr("The first months") }</h3>
            <div class="smp-chart-box" ref={node}><span class="smp-chart-ruler" aria-hidden="true"></span>{ raw(svg) }</div>
            <details class="smp-timeline-list" data-testid="timeline-list">
                <summary>{ tr("All dates as a list") }</summary>
                { raw(list) }
            </details>
            <p class="smp-muted smp-timeline-key">
                { tr("■ session with its healing window · ▼ full result · ▲ short · ● typical · ◆ long longevity touch-ups") }
            </p>
        </section>
    }
}

fn chart(m: &mut Markup, g: &Geometry) {
    let f = g.frame;
    let shape = |key: &str| match key {
        "sessions" => "M-3.5 -3.5 H3.5 V3.5 H-3.5 Z",
        "short" => "M0 -4 L3.6 2.6 L-3.6 2.6 Z",
        "typical" => "M-3.5 0 A3.5 3.5 0 1 0 3.5 0 A3.5 3.5 0 1 0 -3.5 0 Z",
        _ => "M0 -4 L4 0 L0 4 L-4 0 Z",
    };
    let sessions_y = g.rows.first().map_or(f.y1(), |r| r.y);
    let own = [
        ("data-testid", Some("timeline")),
        ("aria-hidden", Some("true")),
        ("focusable", Some("false")),
    ];
    svg_chart(m, f, &own, |m| {
        let (top, bottom, label_y) = (fixed(f.y1(), 1), fixed(f.y0(), 1), fixed(f.y0() + 15.0, 1));
        for (x, year, labelled) in &g.year_ticks {
            let x = fixed(*x, 1);
            m.elem("g", &[("class", Some("smp-axis"))], |m| {
                line(m, "smp-grid", [&x, &x, &top, &bottom]);
                if *labelled {
                    m.el(
                        "text",
                        &[
                            ("x", Some(&x)),
                            ("y", Some(&label_y)),
                            ("text-anchor", Some("middle")),
                        ],
                        &trf("Y{year}", &[("year", &year.to_string())]),
                    );
                }
            });
        }
        healing(m, &g.healing, sessions_y);
        let (x0, x1) = (fixed(f.x0(), 1), fixed(f.x1(), 1));
        let row_label_x = fixed(f.x0() - ROW_LABEL_GAP, 1);
        for row in &g.rows {
            let y = fixed(row.y, 1);
            let testid = if row.key == "sessions" {
                "timeline-session"
            } else {
                "timeline-touch-up"
            };
            let class = format!("smp-row smp-row-{}", row.key);
            m.elem("g", &[("class", Some(&class))], |m| {
                let attrs = [
                    ("class", Some("smp-row-label")),
                    ("x", Some(row_label_x.as_str())),
                    ("y", Some(&fixed(row.label_y, 1))),
                    ("text-anchor", Some("end")),
                ];
                let title = row.cut.then_some(row.label);
                text_lines(m, &attrs, &row_label_x, &row.lines, ROW_LABEL_LINE, title);
                line(m, "smp-row-line", [&x0, &x1, &y, &y]);
                for pt in &row.points {
                    m.leaf(
                        "path",
                        &[
                            ("class", Some("smp-timeline-marker")),
                            (
                                "transform",
                                Some(&format!("translate({} {y})", fixed(pt.x, 1))),
                            ),
                            ("d", Some(shape(row.key))),
                            ("data-testid", Some(testid)),
                            ("data-scenario", Some(row.key)),
                            ("data-date", Some(&pt.date.to_string())),
                        ],
                    );
                }
            });
        }
        full_result(m, g.full_result.x, f.y1() + 2.0);
    });
}

/// Healing windows as soft bars centred on the sessions' row at `y`.
fn healing(m: &mut Markup, spans: &[(f64, f64)], y: f64) {
    let healing_y = fixed(y - 5.0, 1);
    for (a, b) in spans {
        m.leaf(
            "rect",
            &[
                ("class", Some("smp-healing")),
                ("x", Some(&fixed(*a, 1))),
                ("y", Some(&healing_y)),
                ("width", Some(&fixed((b - a).max(1.0), 1))),
                ("height", Some("10")),
                ("rx", Some("2")),
            ],
        );
    }
}

/// The full-result mark, a small downward triangle at (x, y).
fn full_result(m: &mut Markup, x: f64, y: f64) {
    let full = format!("translate({} {})", fixed(x, 1), fixed(y, 1));
    m.leaf(
        "path",
        &[
            ("class", Some("smp-full-result")),
            ("transform", Some(&full)),
            ("d", Some("M-4 0 H4 L0 6 Z")),
        ],
    );
}

/// The sessions on a weeks axis, numbered, with their healing windows and the full result.
fn first_months(m: &mut Markup, g: &FirstMonths) {
    let f = g.frame;
    let own = [
        ("data-testid", Some("timeline-first-months")),
        ("aria-hidden", Some("true")),
        ("focusable", Some("false")),
    ];
    svg_chart(m, f, &own, |m| {
        let (x0, x1, y) = (fixed(f.x0(), 1), fixed(f.x1(), 1), fixed(g.y, 1));
        let label_y = fixed(f.y0() + 16.0, 1);
        m.elem("g", &[("class", Some("smp-axis"))], |m| {
            for (x, week) in &g.week_ticks {
                m.el(
                    "text",
                    &[
                        ("x", Some(&fixed(*x, 1))),
                        ("y", Some(&label_y)),
                        (
                            "text-anchor",
                            Some(if *week == 0 { "start" } else { "middle" }),
                        ),
                    ],
                    &if *week == 0 {
                        tr("Start").to_string()
                    } else {
                        // A week number on the first months' axis.
                        trf("wk {week}", &[("week", &week.to_string())])
                    },
                );
            }
            line(m, "smp-row-line", [&x0, &x1, &y, &y]);
        });
        healing(m, &g.healing, g.y);
        for (i, s) in g.sessions.iter().enumerate() {
            let x = fixed(s.x, 1);
            let date = s.date.to_string();
            let group = [
                ("data-testid", Some("first-months-session")),
                ("data-date", Some(date.as_str())),
            ];
            m.elem("g", &group, |m| {
                m.leaf(
                    "path",
                    &[
                        ("class", Some("smp-timeline-marker")),
                        ("transform", Some(&format!("translate({x} {y})"))),
                        ("d", Some("M-4 -4 H4 V4 H-4 Z")),
                    ],
                )
                .el(
                    "text",
                    &[
                        ("class", Some("smp-row-label")),
                        ("x", Some(&x)),
                        ("y", Some(&fixed(g.y - 9.0, 1))),
                        ("text-anchor", Some("middle")),
                    ],
                    &(i + 1).to_string(),
                );
            });
        }
        full_result(m, g.full_result.x, g.y - 12.0);
    });
}

fn dates(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
    m.el("h3", &[], tr("Initial sessions"))
        .elem("ol", &[], |m| {
            for s in &plan.sessions.items {
                m.elem("li", &[], |m| {
                    let number = s.number.to_string();
                    m.text(&trf(
                        "Session {number}: {date}",
                        &[("number", &number), ("date", &fmt.date(s.date))],
                    ))
                    .elem("ul", &[], |m| {
                        for ms in &s.milestones {
                            let text = format!("{} {}", tr_text(ms.label), fmt.date(ms.date));
                            m.el("li", &[], &text);
                        }
                    });
                });
            }
        });
    m.el(
        "p",
        &[],
        &trf(
            "Full result expected by {date}.",
            &[("date", &fmt.date(plan.full_result_date))],
        ),
    );
    m.el("h3", &[], tr("Touch-ups"));
    let t = &plan.touch_ups;
    scenario_list(m, tr("Short longevity (priced high)"), &t.short, plan, fmt);
    scenario_list(m, tr("Typical"), &t.typical, plan, fmt);
    scenario_list(m, tr("Long longevity (priced low)"), &t.long, plan, fmt);
}

fn scenario_list(m: &mut Markup, title: &str, s: &Scenario, plan: &Plan, fmt: &Fmt) {
    let years = f64::from(s.interval_months) / 12.0;
    m.elem("div", &[], |m| {
        m.el(
            "h4",
            &[],
            &trf(
                "{scenario}: every {years} years",
                &[("scenario", title), ("years", &fixed(years, 1))],
            ),
        );
        if s.items.is_empty() {
            m.el(
                "p",
                &[],
                &trn(
                    i64::from(plan.horizon.years),
                    "None within {n} year.",
                    "None within {n} years.",
                    &[],
                ),
            );
        } else {
            m.elem("ul", &[], |m| {
                for t in &s.items {
                    let cost = fmt.money(t.cost, plan.currency, plan.currency_exponent);
                    m.el(
                        "li",
                        &[],
                        &trf(
                            "{date} · about {amount}",
                            &[("date", &fmt.date(t.date)), ("amount", &cost)],
                        ),
                    );
                }
            });
        }
    });
}

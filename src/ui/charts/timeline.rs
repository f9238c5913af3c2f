//! The treatment timeline as an SVG, and the same dates as a list for everyone. Both are
//! written as markup ([`crate::markup`]); the `<details>` around the list stays a Yew element
//! so that it keeps its open state while the plan changes. A part of the results component.

use crate::chart::timeline::{FirstMonths, Timeline as Geometry, ROW_LABEL_GAP, ROW_LABEL_LINE};
use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::decimal::fixed;
use crate::model::plan::Scenario;
use crate::model::Plan;
use crate::ui::charts::{raw, svg_open, text_lines};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use yew::prelude::*;

/// The section for `plan`, `width` drawing units wide; its chart box is the one measured for
/// that width ([`crate::ui::charts::measure`]).
pub fn timeline(plan: &Plan, fmt: &Fmt, ids: &Ids, width: f64) -> Html {
    let heading = ids.of("timeline-heading");
    let mut head = Markup::new();
    head.tpl(
        r#"<h2 id="{}">{t:Timeline}</h2><h3 class="smp-chart-title">{t:The first months}</h3>"#,
        &[&heading],
    );
    // The measured box's first child is the ruler (see `measure`).
    let mut svg = Markup::new();
    svg.tpl(
        r#"<span class="smp-chart-ruler" aria-hidden="true"></span>"#,
        &[],
    );
    first_months(&mut svg, &FirstMonths::new(plan, width));
    svg.tpl(
        r#"<h3 class="smp-chart-title">{}</h3>"#,
        &[&trn(
            i64::from(plan.horizon.years),
            "Touch-ups over {n} year",
            "Touch-ups over {n} years",
            &[],
        )],
    );
    chart(&mut svg, &Geometry::new(plan, width));
    let mut list = Markup::new();
    dates(&mut list, plan, fmt);
    let mut key = Markup::new();
    key.tpl(
        r#"<p class="smp-muted smp-timeline-key">{t:■ session with its healing window · ▼ full result · ▲ short · ● typical · ◆ long longevity touch-ups}</p>"#,
        &[],
    );
    // Only the measured box and the `<details>` (which keeps its open state) are Yew elements.
    html! {
        <section class="smp-timeline" aria-labelledby={heading}>
            { raw(head) }
            <div class="smp-chart-box">{ raw(svg) }</div>
            <details class="smp-timeline-list" data-testid="timeline-list">
                <summary>{ tr("All dates as a list") }</summary>
                { raw(list) }
            </details>
            { raw(key) }
        </section>
    }
}

pub(super) fn chart(m: &mut Markup, g: &Geometry) {
    let f = g.frame;
    let shape = |key: &str| match key {
        "sessions" => "M-3.5 -3.5 H3.5 V3.5 H-3.5 Z",
        "short" => "M0 -4 L3.6 2.6 L-3.6 2.6 Z",
        "typical" => "M-3.5 0 A3.5 3.5 0 1 0 3.5 0 A3.5 3.5 0 1 0 -3.5 0 Z",
        _ => "M0 -4 L4 0 L0 4 L-4 0 Z",
    };
    let sessions_y = g.rows.first().map_or(f.y1(), |r| r.y);
    svg_open(m, f, "timeline", None);
    let (top, bottom, label_y) = (fixed(f.y1(), 1), fixed(f.y0(), 1), fixed(f.y0() + 15.0, 1));
    for (x, year, labelled) in &g.year_ticks {
        let x = fixed(*x, 1);
        m.tpl(
            r#"<g class="smp-axis"><line class="smp-grid" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            &[&x, &x, &top, &bottom],
        );
        if *labelled {
            m.tpl(
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                &[
                    &x,
                    &label_y,
                    &trf("Y{year}", &[("year", &year.to_string())]),
                ],
            );
        }
        m.tpl("</g>", &[]);
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
        m.tpl(r#"<g class="smp-row smp-row-{}">"#, &[row.key]);
        text_lines(
            m,
            "smp-row-label",
            [&row_label_x, &fixed(row.label_y, 1)],
            "end",
            &row.lines,
            ROW_LABEL_LINE,
            row.cut.then_some(row.label),
        );
        m.tpl(
            r#"<line class="smp-row-line" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            &[&x0, &x1, &y, &y],
        );
        for pt in &row.points {
            m.tpl(
                r#"<path class="smp-timeline-marker" transform="translate({} {})" d="{}" data-testid="{}" data-scenario="{}" data-date="{}"/>"#,
                &[
                    &fixed(pt.x, 1),
                    &y,
                    shape(row.key),
                    testid,
                    row.key,
                    &pt.date.to_string(),
                ],
            );
        }
        m.tpl("</g>", &[]);
    }
    full_result(m, g.full_result.x, f.y1() + 2.0);
    m.tpl("</svg>", &[]);
}

/// Healing windows as soft bars centred on the sessions' row at `y`.
fn healing(m: &mut Markup, spans: &[(f64, f64)], y: f64) {
    let healing_y = fixed(y - 5.0, 1);
    for (a, b) in spans {
        m.tpl(
            r#"<rect class="smp-healing" x="{}" y="{}" width="{}" height="10" rx="2"/>"#,
            &[&fixed(*a, 1), &healing_y, &fixed((b - a).max(1.0), 1)],
        );
    }
}

/// The full-result mark, a small downward triangle at (x, y).
fn full_result(m: &mut Markup, x: f64, y: f64) {
    m.tpl(
        r#"<path class="smp-full-result" transform="translate({} {})" d="M-4 0 H4 L0 6 Z"/>"#,
        &[&fixed(x, 1), &fixed(y, 1)],
    );
}

/// The sessions on a weeks axis, numbered, with their healing windows and the full result.
pub(super) fn first_months(m: &mut Markup, g: &FirstMonths) {
    let f = g.frame;
    svg_open(m, f, "timeline-first-months", None);
    let (x0, x1, y) = (fixed(f.x0(), 1), fixed(f.x1(), 1), fixed(g.y, 1));
    let label_y = fixed(f.y0() + 16.0, 1);
    m.tpl(r#"<g class="smp-axis">"#, &[]);
    for (x, week) in &g.week_ticks {
        let (anchor, label) = if *week == 0 {
            ("start", tr("Start").to_string())
        } else {
            // A week number on the first months' axis.
            ("middle", trf("wk {week}", &[("week", &week.to_string())]))
        };
        m.tpl(
            r#"<text x="{}" y="{}" text-anchor="{}">{}</text>"#,
            &[&fixed(*x, 1), &label_y, anchor, &label],
        );
    }
    m.tpl(
        r#"<line class="smp-row-line" x1="{}" x2="{}" y1="{}" y2="{}"/></g>"#,
        &[&x0, &x1, &y, &y],
    );
    healing(m, &g.healing, g.y);
    let number_y = fixed(g.y - 9.0, 1);
    for (i, s) in g.sessions.iter().enumerate() {
        let x = fixed(s.x, 1);
        m.tpl(
            r#"<g data-testid="first-months-session" data-date="{}"><path class="smp-timeline-marker" transform="translate({} {})" d="M-4 -4 H4 V4 H-4 Z"/><text class="smp-row-label" x="{}" y="{}" text-anchor="middle">{}</text></g>"#,
            &[
                &s.date.to_string(),
                &x,
                &y,
                &x,
                &number_y,
                &(i + 1).to_string(),
            ],
        );
    }
    full_result(m, g.full_result.x, g.y - 12.0);
    m.tpl("</svg>", &[]);
}

pub(super) fn dates(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
    m.tpl("<h3>{t:Initial sessions}</h3><ol>", &[]);
    for s in &plan.sessions.items {
        let number = s.number.to_string();
        m.tpl(
            "<li>{}<ul>",
            &[&trf(
                "Session {number}: {date}",
                &[("number", &number), ("date", &fmt.date(s.date))],
            )],
        );
        for ms in &s.milestones {
            m.tpl("<li>{} {}</li>", &[&tr_text(ms.label), &fmt.date(ms.date)]);
        }
        m.tpl("</ul></li>", &[]);
    }
    m.tpl(
        "</ol><p>{}</p><h3>{t:Touch-ups}</h3>",
        &[&trf(
            "Full result expected by {date}.",
            &[("date", &fmt.date(plan.full_result_date))],
        )],
    );
    let t = &plan.touch_ups;
    scenario_list(m, tr("Short longevity (priced high)"), &t.short, plan, fmt);
    scenario_list(m, tr("Typical"), &t.typical, plan, fmt);
    scenario_list(m, tr("Long longevity (priced low)"), &t.long, plan, fmt);
}

fn scenario_list(m: &mut Markup, title: &str, s: &Scenario, plan: &Plan, fmt: &Fmt) {
    let years = f64::from(s.interval_months) / 12.0;
    m.tpl(
        "<div><h4>{}</h4>",
        &[&trf(
            "{scenario}: every {years} years",
            &[("scenario", title), ("years", &fixed(years, 1))],
        )],
    );
    if s.items.is_empty() {
        m.tpl(
            "<p>{}</p>",
            &[&trn(
                i64::from(plan.horizon.years),
                "None within {n} year.",
                "None within {n} years.",
                &[],
            )],
        );
    } else {
        m.tpl("<ul>", &[]);
        for t in &s.items {
            let cost = fmt.money(t.cost, plan.currency, plan.currency_exponent);
            m.tpl(
                "<li>{}</li>",
                &[&trf(
                    "{date} · about {amount}",
                    &[("date", &fmt.date(t.date)), ("amount", &cost)],
                )],
            );
        }
        m.tpl("</ul>", &[]);
    }
    m.tpl("</div>", &[]);
}

//! The treatment timeline as an SVG, and the same dates as a list for everyone. Both are
//! written as markup ([`crate::markup`]); the `<details>` around the list stays a Yew element
//! so that it keeps its open state while the plan changes. A part of the results component.

use crate::chart::timeline::{
    at, healing, row_dates, FirstMonths, Timeline as Geometry, ROW_LABEL_GAP, ROW_LABEL_LINE,
};
use crate::chart::year_label;
use crate::i18n::{tr, trf, trn};
use crate::markup::Markup;
use crate::model::decimal::fixed;
use crate::model::plan::Scenario;
use crate::model::Plan;
use crate::ui::charts::{raw, svg_open, text_lines};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::session_title;
use yew::prelude::*;

/// The section for `plan`, `width` drawing units wide; its chart box is the one measured for
/// that width ([`crate::ui::charts::measure`]). The first months and the sessions' dates do not
/// follow the horizon: pieces of their own, which Yew leaves alone while the horizon is edited.
pub fn timeline(plan: &Plan, fmt: &Fmt, ids: &Ids, width: f64) -> Html {
    let heading = ids.of("timeline-heading");
    let (mut head, mut first, mut svg) = (Markup::new(), Markup::new(), Markup::new());
    let (mut list, mut later, mut key) = (Markup::new(), Markup::new(), Markup::new());
    head.tpl(
        r#"<h2 id="{}">{t:Timeline}</h2><h3 class="smp-chart-title">{t:The first months}</h3>"#,
        &[&heading],
    );
    // The measured box's first child is the ruler (see `measure`).
    first.tpl(
        r#"<span class="smp-chart-ruler" aria-hidden="true"></span>"#,
        &[],
    );
    first_months(&mut first, plan, &FirstMonths::new(plan, width));
    svg.tpl(
        r#"<h3 class="smp-chart-title">{}</h3>"#,
        &[&trn(
            i64::from(plan.horizon.years),
            "Touch-ups over {n} year",
            "Touch-ups over {n} years",
            &[],
        )],
    );
    chart(&mut svg, plan, &Geometry::new(plan, width));
    list.tpl("<summary>{t:All dates as a list}</summary>", &[]);
    dates(&mut list, plan, fmt);
    touch_ups(&mut later, plan, fmt);
    key.tpl(
        r#"<p class="smp-muted smp-timeline-key">{t:■ session with its healing window · ▼ full result · ▲ short · ● typical · ◆ long longevity touch-ups}</p>"#,
        &[],
    );
    // Only the section, the chart box and the `<details>` (which keeps its open state) are
    // Yew elements.
    html! {
        <section class="smp-timeline" aria-labelledby={heading}>
            { raw(head) }
            <div class="smp-chart-box">{ raw(first) }{ raw(svg) }</div>
            <details class="smp-timeline-list" data-testid="timeline-list">{ raw(list) }{ raw(later) }</details>
            { raw(key) }
        </section>
    }
}

/// Each row's key, marker shape and test id, in the order of [`Geometry::labels`]: sessions,
/// then the short, typical and long scenarios' touch-ups.
const MARKS: [(&str, &str, &str); 4] = [
    (
        "sessions",
        "M-3.5 -3.5 H3.5 V3.5 H-3.5 Z",
        "timeline-session",
    ),
    ("short", "M0 -4 L3.6 2.6 L-3.6 2.6 Z", "timeline-touch-up"),
    (
        "typical",
        "M-3.5 0 A3.5 3.5 0 1 0 3.5 0 A3.5 3.5 0 1 0 -3.5 0 Z",
        "timeline-touch-up",
    ),
    ("long", "M0 -4 L4 0 L0 4 L-4 0 Z", "timeline-touch-up"),
];

pub(super) fn chart(m: &mut Markup, plan: &Plan, g: &Geometry) {
    let f = g.frame;
    let sessions_y = g.row_y(0);
    svg_open(m, f, "timeline");
    for year in 1..plan.horizon.years + 1 {
        let Some(x) = g.year_x(plan, year) else {
            continue;
        };
        m.draw(
            r#"<g class="smp-axis"><line class="smp-grid" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/>"#,
            &[],
            &[x, x, f.y1(), f.y0()],
        );
        if g.labelled.labels(year) {
            year_label(m, year, x, f.y0() + 15.0);
        }
        m.tpl("</g>", &[]);
    }
    healing(m, plan, &g.x, sessions_y);
    let (x0, x1) = (f.x0(), f.x1());
    for (i, (key, shape, testid)) in MARKS.iter().enumerate() {
        let row = g.row(i);
        let y = row.y;
        m.tpl(r#"<g class="smp-row smp-row-{}">"#, &[key]);
        text_lines(
            m,
            "smp-row-label",
            [x0 - ROW_LABEL_GAP, row.label_y],
            "end",
            &row.lines,
            ROW_LABEL_LINE,
            row.cut.then_some(row.label),
        );
        m.draw(
            r#"<line class="smp-row-line" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/>"#,
            &[],
            &[x0, x1, y, y],
        );
        row_dates(plan, i, |d| {
            m.draw(
                r#"<path class="smp-timeline-marker" transform="translate({1} {1})" d="{}" data-testid="{}" data-scenario="{}" data-date="{}"/>"#,
                &[shape, testid, key, &d.to_string()],
                &[at(&g.x, d), y],
            );
        });
        m.tpl("</g>", &[]);
    }
    full_result_and_end(m, g.full_result, f.y1() + 2.0);
}

/// The full-result mark, a small downward triangle at (x, y), the last of either chart: it
/// closes the `<svg>`.
fn full_result_and_end(m: &mut Markup, x: f64, y: f64) {
    m.draw(
        r#"<path class="smp-full-result" transform="translate({1} {1})" d="M-4 0 H4 L0 6 Z"/></svg>"#,
        &[],
        &[x, y],
    );
}

/// The sessions on a weeks axis, numbered, with their healing windows and the full result.
pub(super) fn first_months(m: &mut Markup, plan: &Plan, g: &FirstMonths) {
    let f = g.frame;
    svg_open(m, f, "timeline-first-months");
    let y = g.y;
    m.tpl(r#"<g class="smp-axis">"#, &[]);
    let mut week = 0;
    while week <= g.weeks {
        let at = [g.week_x(week), f.y0() + 16.0];
        if week == 0 {
            // Its text in a template of its own: catalogue keys are read from `tpl` templates.
            m.draw(r#"<text x="{1}" y="{1}" text-anchor="start">"#, &[], &at)
                .tpl("{t:Start}</text>", &[]);
        } else {
            // A week number on the first months' axis.
            m.draw(
                r#"<text x="{1}" y="{1}" text-anchor="middle">{}</text>"#,
                &[&trf("wk {week}", &[("week", &week.to_string())])],
                &at,
            );
        }
        week += g.every;
    }
    m.draw(
        r#"<line class="smp-row-line" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/></g>"#,
        &[],
        &[f.x0(), f.x1(), y, y],
    );
    healing(m, plan, &g.x, y);
    for (i, s) in plan.sessions.items.iter().enumerate() {
        let x = at(&g.x, s.date);
        m.draw(
            r#"<g data-testid="first-months-session" data-date="{}"><path class="smp-timeline-marker" transform="translate({1} {1})" d="M-4 -4 H4 V4 H-4 Z"/><text class="smp-row-label" x="{1}" y="{1}" text-anchor="middle">{0}</text></g>"#,
            &[&s.date.to_string()],
            &[x, y, x, y - 9.0, (i + 1) as f64],
        );
    }
    full_result_and_end(m, g.full_result, y - 12.0);
}

pub(super) fn dates(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
    m.tpl("<h3>{t:Initial sessions}</h3><ol>", &[]);
    for s in &plan.sessions.items {
        m.tpl("<li>{}<ul>", &[&session_title(s, fmt)]);
        for ms in &s.milestones {
            m.tpl("<li>{e} {}</li>", &[ms.label, &fmt.date(ms.date)]);
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
}

/// The touch-ups of each scenario within the horizon, after [`dates`].
pub(super) fn touch_ups(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
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
            let cost = fmt.amount(plan, t.cost);
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

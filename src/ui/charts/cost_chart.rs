//! Cumulative cost over the horizon: SMP band and typical line against each alternative, or
//! the same numbers as a table. The chart and table are written as markup
//! ([`crate::markup`]), as are the view toggle and the legend's show/hide buttons.
//! The chart is laid out for the width it is given, measured on the page. A part of the
//! results component (no component of its own: each costs Yew's machinery once more).

use crate::chart::cost::{
    money_ticks, CostChart as Geometry, Marker, Options, CAPTION_LINE, STYLES,
};
use crate::chart::year_label;
use crate::i18n::{tr, trf, trn};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::charts::{marker, raw, text_lines};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::{cell, column_head, lower_label};
use crate::ui::state::{Action, Charts, Handle, State};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The section for `plan` as `state.charts` says (width, table, hidden alternatives); its
/// buttons change that. Only the section and the legend's list are Yew elements, around
/// markup: the buttons' markup is the same whatever they show, so Yew keeps them (and the
/// focus on one) while the chart is drawn again, and [`sync`] says what they show.
pub fn cost_chart(plan: &Plan, fmt: &Fmt, ids: &Ids, state: &Handle) -> Html {
    let Charts {
        width,
        as_table,
        ref hidden,
    } = state.charts;
    let compact = |v: Money| fmt.money_compact(v, plan.currency, plan.currency_exponent);
    let geometry = Geometry::new(
        plan,
        &Options {
            width,
            hidden,
            label: &compact,
        },
    );
    let heading = ids.of("cost-heading");
    let mut head = Markup::new();
    head.tpl(
        r#"<div class="smp-section-head"><h2 id="{}">{t:Cumulative cost}</h2><button type="button" class="smp-button smp-button--quiet" aria-pressed="false" data-testid="chart-toggle">{t:Show as table}</button></div>"#,
        &[&heading],
    );
    // The box's first child is the ruler the charts are measured by (see `measure`).
    let mut m = Markup::new();
    m.tpl(
        r#"<div class="smp-chart-box"><span class="smp-chart-ruler" aria-hidden="true"></span>"#,
        &[],
    );
    if as_table {
        table(&mut m, plan, fmt, ids);
    } else {
        chart(&mut m, &geometry, plan, fmt, ids, &compact);
    }
    m.tpl("</div>", &[]);
    // Alternatives are shown or hidden from their legend entry; the axis refits.
    let mut entries = Markup::new();
    legend(&mut entries, plan);
    // Apart from the buttons: it comes and goes as alternatives are hidden.
    let mut last = Markup::new();
    if !geometry.break_evens.is_empty() {
        last.tpl(
            r#"<li><svg class="smp-swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><path class="smp-break-even-marker" transform="translate(14.0 5.0)" d="M0 -3.6 L3.6 0 L0 3.6 L-3.6 0 Z"/></svg>{t:SMP becomes the cheaper option}</li>"#,
            &[],
        );
    }
    // The legend's name: its entries for the alternatives are show/hide buttons.
    html! {
        <section class="smp-cost" aria-labelledby={heading}>
            { raw(head) }
            { raw(m) }
            <ul class="smp-legend" aria-label={tr("Legend: choose what the chart shows")}>
                { raw(entries) }
                { raw(last) }
            </ul>
        </section>
    }
}

/// The legend's entries up to its buttons, one per alternative, each `aria-pressed` (shown)
/// until [`sync`] says otherwise.
pub(super) fn legend(m: &mut Markup, plan: &Plan) {
    m.tpl(
        r#"<li><svg class="smp-swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><rect class="smp-series-band" x="0" y="1" width="28" height="8"/><path class="smp-line smp-series-smp-typical" d="M0 5 H28"/></svg>{t:SMP: typical line, low–high band}</li>"#,
        &[],
    );
    for (i, c) in plan.comparisons.iter().enumerate() {
        let (dash, shape) = STYLES[i % STYLES.len()];
        let key = c.key;
        m.tpl(
            r#"<li><button type="button" class="smp-legend__toggle" aria-pressed="true" data-testid="legend-{}"><svg class="smp-swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><path class="smp-line smp-series-{}" d="M0 5 H28" stroke-dasharray="{}"/>"#,
            &[key, key, dash],
        );
        marker(m, shape, 14.0, 5.0, "smp-marker smp-series-", key);
        m.tpl("</svg>{e}</button></li>", &[c.label]);
    }
}

/// After each render: the view toggle's text and each button's `aria-pressed` as
/// `state.charts` says (their markup stays the same, see [`cost_chart`]).
pub fn sync(root: &web_sys::Element, state: &State) {
    let Ok(buttons) = root.query_selector_all(".smp-cost button") else {
        return;
    };
    let charts = &state.charts;
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i) else { continue };
        let b: web_sys::Element = b.unchecked_into();
        let id = b.get_attribute("data-testid").unwrap_or_default();
        let pressed = match id.strip_prefix("legend-") {
            Some(key) => !charts.hidden.contains(&key),
            None => {
                let text = if charts.as_table {
                    tr("Show as chart")
                } else {
                    tr("Show as table")
                };
                crate::ui::js::set_text(&b, text);
                charts.as_table
            }
        };
        let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}

/// A click inside the widget: acts if it was on the view toggle or a legend button, which
/// have no Yew listeners of their own (each would cost a callback type and its glue). A
/// legend button's key is read from its test id, the one attribute that carries it (another
/// would change the page's markup).
pub fn clicked(target: &web_sys::Element, state: &Handle) {
    let Some(button) = crate::ui::js::closest(target, ".smp-cost button") else {
        return;
    };
    let Some(id) = button.get_attribute("data-testid") else {
        return;
    };
    match id.strip_prefix("legend-") {
        None => state.dispatch(Action::CostTable),
        Some(key) => {
            let plan = state.plan.as_deref();
            if let Some(c) = plan.and_then(|p| p.comparisons.iter().find(|c| c.key == key)) {
                state.dispatch(Action::Series(c.key));
            }
        }
    }
}

/// `label` writes the money ticks' amounts, as it did for the geometry.
pub(super) fn chart(
    m: &mut Markup,
    g: &Geometry,
    plan: &Plan,
    fmt: &Fmt,
    ids: &Ids,
    label: &dyn Fn(Money) -> String,
) {
    let f = g.frame;
    let money = |v: Money| fmt.amount(plan, v);
    let mut summary = trf(
        "SMP {amount} typical",
        &[("amount", &money(plan.smp.total.typical))],
    );
    for c in &plan.comparisons {
        summary.push_str(&trf(
            ", {alternative} {amount}",
            &[
                ("alternative", &lower_label(c.label)),
                ("amount", &money(c.total)),
            ],
        ));
    }
    let years = i64::from(plan.horizon.years);
    // Its own `<svg>` (`svg_open` writes the hidden ones), labelled by its title and
    // description, whose ids follow the instance prefix as in `Ids::of`.
    m.draw(
        r#"<svg class="smp-chart" viewBox="0 0 {0} {0}" width="100%" preserveAspectRatio="xMidYMid meet" data-testid="cost-chart" role="img" aria-labelledby="{}-cost-chart-title" aria-describedby="{}-cost-chart-desc"><title id="{}-cost-chart-title">{}</title><desc id="{}-cost-chart-desc">{}</desc><g class="smp-axis">"#,
        &[
            &ids.0,
            &ids.0,
            &ids.0,
            &trn(
                years,
                "Cumulative cost over {n} year",
                "Cumulative cost over {n} years",
                &[],
            ),
            &ids.0,
            &trn(
                years,
                "Totals after {n} year: {summary}.",
                "Totals after {n} years: {summary}.",
                &[("summary", &summary)],
            ),
        ],
        &[f.width, f.height],
    );
    axes(m, g, label);
    m.tpl(r#"</g><path class="smp-series-band" d=""#, &[]);
    g.outline(m);
    m.tpl(r#"" data-testid="series-smp-band"/>"#, &[]);
    for l in &g.lines {
        m.tpl(r#"<g><path class="smp-line smp-series-{}" d=""#, &[l.key]);
        g.trace(m, l.series, false);
        m.tpl(
            r#"" stroke-dasharray="{?}" data-testid="series-{}"/>"#,
            &[l.dash, l.key],
        );
        // Once a year.
        let mut i = 12;
        while i <= l.series.len() {
            let (x, y) = g.point(l.series, i);
            marker(m, l.marker, x, y, "smp-marker smp-series-", l.key);
            i += 12;
        }
        m.tpl("</g>", &[]);
    }
    for b in &g.break_evens {
        m.draw(
            r#"<g data-testid="break-even-{}" data-month="{0}">"#,
            &[b.key],
            &[f64::from(b.month)],
        );
        marker(m, Marker::Diamond, b.x, b.y, "smp-break-even-marker", "");
        text_lines(
            m,
            "smp-break-even-label",
            [b.text_x, b.text_y],
            if b.end { "end" } else { "" },
            &b.lines,
            CAPTION_LINE,
            b.cut.then_some(b.text.as_str()),
        );
        m.tpl("</g>", &[]);
    }
    m.tpl("</svg>", &[]);
}

/// Grid lines with amounts (`label`, as the geometry measured them), year labels and the
/// base line.
fn axes(m: &mut Markup, g: &Geometry, label: &dyn Fn(Money) -> String) {
    let f = g.frame;
    let (x0, x1) = (f.x0(), f.x1());
    for v in money_ticks(g.y_step, g.y_top) {
        let at = g.y.map(v.minor() as f64);
        m.draw(
            r#"<g><line class="smp-grid" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/><text x="{1}" y="{1}" text-anchor="end">{}</text></g>"#,
            &[&label(v)],
            &[x0, x1, at, at, x0 - 4.0, at + 3.5],
        );
    }
    for year in 1..g.x_ticks.years + 1 {
        if g.x_ticks.labels(year) {
            year_label(m, year, g.x.map(f64::from(year * 12)), f.y0() + 15.0);
        }
    }
    let y0 = f.y0();
    m.draw(
        r#"<line class="smp-axis-line" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/>"#,
        &[],
        &[x0, x1, y0, y0],
    );
}

pub(super) fn table(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let money = |v: Money| fmt.amount(plan, v);
    let at = |series: &[Money], year: u32| match series.get((year * 12).saturating_sub(1) as usize)
    {
        Some(v) => money(*v),
        None => String::new(),
    };
    // Scrolls sideways on a phone, as the comparison table does.
    m.tpl(
        r#"<div class="smp-table-scroll" role="region" tabindex="0" aria-labelledby="{}-cost-table-caption"><table class="smp-table" data-testid="cost-table"><caption id="{}-cost-table-caption">{}</caption><thead><tr><th scope="col">{t:Year}</th><th scope="col">{t:SMP low}</th><th scope="col">{t:SMP typical}</th><th scope="col">{t:SMP high}</th>"#,
        &[
            &ids.0,
            &ids.0,
            &trf(
                "Cumulative cost at the end of each year, in {code}",
                &[("code", plan.currency)],
            ),
        ],
    );
    for c in &plan.comparisons {
        column_head(m, c.label);
    }
    m.tpl("</tr></thead><tbody>", &[]);
    let band = &plan.smp.cumulative;
    for y in 1..plan.horizon.years + 1 {
        m.draw(r#"<tr><th scope="row">{0}</th>"#, &[], &[f64::from(y)]);
        for series in &[&band.low, &band.typical, &band.high] {
            cell(m, at(series, y));
        }
        for c in &plan.comparisons {
            cell(m, at(&c.cumulative, y));
        }
        m.tpl("</tr>", &[]);
    }
    m.tpl("</tbody></table></div>", &[]);
}

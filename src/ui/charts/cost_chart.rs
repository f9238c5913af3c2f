//! Cumulative cost over the horizon: SMP band and typical line against each alternative, or
//! the same numbers as a table. The chart and table are written as markup
//! ([`crate::markup`]); the view toggle and the legend's show/hide buttons are Yew elements.
//! The chart is laid out for the width it is given, measured on the page. A part of the
//! results component (no component of its own: each costs Yew's machinery once more).

use crate::chart::cost::{CostChart as Geometry, Marker, Options, CAPTION_LINE, STYLES};
use crate::chart::year_label;
use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::charts::{marker, raw, svg_open, text_lines};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::{cell, column_head, table_start};
use crate::ui::state::{Action, Charts, Handle};
use yew::prelude::*;

/// The section for `plan` as `state.charts` says (width, table, hidden alternatives); its
/// buttons change that.
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
    // The box's first child is the ruler the charts are measured by (see `measure`).
    let mut m = Markup::new();
    m.tpl(
        r#"<span class="smp-chart-ruler" aria-hidden="true"></span>"#,
        &[],
    );
    if as_table {
        table(&mut m, plan, fmt, ids);
    } else {
        chart(&mut m, &geometry, plan, fmt, ids);
    }
    let heading = ids.of("cost-heading");
    let mut title = Markup::new();
    title.tpl(r#"<h2 id="{}">{t:Cumulative cost}</h2>"#, &[&heading]);
    let mut first = Markup::new();
    legend_entry(
        &mut first,
        &smp_band,
        tr("SMP: typical line, low–high band"),
    );
    let mut last = Markup::new();
    if !geometry.break_evens.is_empty() {
        legend_entry(&mut last, &break_even, tr("SMP becomes the cheaper option"));
    }
    html! {
        <section class="smp-cost" aria-labelledby={heading}>
            <div class="smp-section-head">
                { raw(title) }
                <button type="button" class="smp-button smp-button--quiet"
                    aria-pressed={if as_table { "true" } else { "false" }} data-testid="chart-toggle">
                    { if as_table { tr("Show as chart") } else { tr("Show as table") } }
                </button>
            </div>
            <div class="smp-chart-box">{ raw(m) }</div>
            // Alternatives are shown or hidden from their legend entry; the axis refits.
            // The legend's name: its entries for the alternatives are show/hide buttons.
            <ul class="smp-legend" aria-label={tr("Legend: choose what the chart shows")}>
                { raw(first) }
                { for plan.comparisons.iter().zip(STYLES.iter().cycle()).map(|(c, (dash, shape))| {
                    let shown = !hidden.iter().any(|h| h == c.key);
                    let key = c.key;
                    let mut inside = Markup::new();
                    swatch(&mut inside, &|m| series_swatch(m, key, dash, *shape));
                    inside.text(&tr_text(c.label));
                    html! {
                        <li>
                            <button type="button" class="smp-legend__toggle" aria-pressed={if shown { "true" } else { "false" }}
                                data-testid={["legend-", key].concat()}>
                                { raw(inside) }
                            </button>
                        </li>
                    }
                }) }
                { raw(last) }
            </ul>
        </section>
    }
}

/// A click inside the widget: acts if it was on the view toggle or a legend button, which
/// have no Yew listeners of their own (each would cost a callback type and its glue). A
/// legend button's key is read from its test id, the one attribute that carries it (another
/// would change the page's markup).
pub fn clicked(target: &web_sys::Element, state: &Handle) {
    let Some(id) = target
        .closest(".smp-cost button")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("data-testid"))
    else {
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

/// A legend entry that is not a button: `<li>`, its swatch drawn by `draw`, and `text`.
fn legend_entry(m: &mut Markup, draw: &dyn Fn(&mut Markup), text: &str) {
    m.tpl("<li>", &[]);
    swatch(m, draw);
    m.tpl("{}</li>", &[text]);
}

pub(super) fn chart(m: &mut Markup, g: &Geometry, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let f = g.frame;
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    let (title_id, desc_id) = (ids.of("cost-chart-title"), ids.of("cost-chart-desc"));
    let mut summary = trf(
        "SMP {amount} typical",
        &[("amount", &money(plan.smp.total.typical))],
    );
    for c in &plan.comparisons {
        // Mid-sentence, the engine's ASCII label in lower case is its own text.
        summary.push_str(&trf(
            ", {alternative} {amount}",
            &[
                ("alternative", &tr_text(&c.label.to_ascii_lowercase())),
                ("amount", &money(c.total)),
            ],
        ));
    }
    let years = i64::from(plan.horizon.years);
    svg_open(m, f, "cost-chart", Some((&title_id, &desc_id)));
    m.tpl(
        r#"<title id="{}">{}</title><desc id="{}">{}</desc><g class="smp-axis">"#,
        &[
            &title_id,
            &trn(
                years,
                "Cumulative cost over {n} year",
                "Cumulative cost over {n} years",
                &[],
            ),
            &desc_id,
            &trn(
                years,
                "Totals after {n} year: {summary}.",
                "Totals after {n} years: {summary}.",
                &[("summary", &summary)],
            ),
        ],
    );
    axes(m, g);
    m.tpl(
        r#"</g><path class="smp-series-band" d="{}" data-testid="series-smp-band"/>"#,
        &[&g.band],
    );
    for l in &g.lines {
        m.tpl(
            r#"<g><path class="smp-line smp-series-{}" d="{}" stroke-dasharray="{?}" data-testid="series-{}"/>"#,
            &[l.key, &l.path, l.dash, l.key],
        );
        let marker_class = ["smp-marker smp-series-", l.key].concat();
        for (x, y) in &l.points {
            marker(m, l.marker, *x, *y, &marker_class);
        }
        m.tpl("</g>", &[]);
    }
    for b in &g.break_evens {
        m.draw(
            r#"<g data-testid="break-even-{}" data-month="{0}">"#,
            &[b.key],
            &[f64::from(b.month)],
        );
        marker(m, Marker::Diamond, b.x, b.y, "smp-break-even-marker");
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

/// Grid lines with amounts, year labels and the base line.
fn axes(m: &mut Markup, g: &Geometry) {
    let f = g.frame;
    let (x0, x1) = (f.x0(), f.x1());
    for t in &g.y_ticks {
        m.draw(
            r#"<g><line class="smp-grid" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/><text x="{1}" y="{1}" text-anchor="end">{}</text></g>"#,
            &[&t.label],
            &[x0, x1, t.at, t.at, x0 - 4.0, t.at + 3.5],
        );
    }
    for (x, year) in &g.x_ticks {
        year_label(m, *year, *x, f.y0() + 15.0);
    }
    let y0 = f.y0();
    m.draw(
        r#"<line class="smp-axis-line" x1="{1}" x2="{1}" y1="{1}" y2="{1}"/>"#,
        &[],
        &[x0, x1, y0, y0],
    );
}

/// A small decorative swatch, drawn by `draw`, as the series appears in the chart (one
/// non-generic function for every entry: each closure type would copy it).
fn swatch(m: &mut Markup, draw: &dyn Fn(&mut Markup)) {
    m.tpl(
        r#"<svg class="smp-swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">"#,
        &[],
    );
    draw(m);
    m.tpl("</svg>", &[]);
}

fn smp_band(m: &mut Markup) {
    m.tpl(
        r#"<rect class="smp-series-band" x="0" y="1" width="28" height="8"/><path class="smp-line smp-series-smp-typical" d="M0 5 H28"/>"#,
        &[],
    );
}

fn break_even(m: &mut Markup) {
    marker(m, Marker::Diamond, 14.0, 5.0, "smp-break-even-marker");
}

fn series_swatch(m: &mut Markup, key: &str, dash: &str, shape: Marker) {
    m.tpl(
        r#"<path class="smp-line smp-series-{}" d="M0 5 H28" stroke-dasharray="{}"/>"#,
        &[key, dash],
    );
    marker(
        m,
        shape,
        14.0,
        5.0,
        &["smp-marker smp-series-", key].concat(),
    );
}

pub(super) fn table(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let caption = ids.of("cost-table-caption");
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    let at = |series: &[Money], year: u32| {
        series
            .get((year * 12).saturating_sub(1) as usize)
            .map(|v| money(*v))
            .unwrap_or_default()
    };
    table_start(
        m,
        "smp-table",
        "cost-table",
        &caption,
        &trf(
            "Cumulative cost at the end of each year, in {code}",
            &[("code", plan.currency)],
        ),
    );
    m.tpl(
        r#"<thead><tr><th scope="col">{t:Year}</th><th scope="col">{t:SMP low}</th><th scope="col">{t:SMP typical}</th><th scope="col">{t:SMP high}</th>"#,
        &[],
    );
    for c in &plan.comparisons {
        column_head(m, &tr_text(c.label));
    }
    m.tpl("</tr></thead><tbody>", &[]);
    let band = &plan.smp.cumulative;
    for y in 1..=plan.horizon.years {
        m.draw(r#"<tr><th scope="row">{0}</th>"#, &[], &[f64::from(y)]);
        for series in [&band.low, &band.typical, &band.high] {
            cell(m, &at(series, y));
        }
        for c in &plan.comparisons {
            cell(m, &at(&c.cumulative, y));
        }
        m.tpl("</tr>", &[]);
    }
    m.tpl("</tbody></table></div>", &[]);
}

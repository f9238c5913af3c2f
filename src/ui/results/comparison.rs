//! Cumulative cost at 1, 2, 5, 10 years and the horizon: SMP against each alternative.

use crate::chart::years_months;
use crate::i18n::{tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::export::yearly_rows;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn comparison(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let money = |v: Money| fmt.amount(plan, v);
    // A table too wide for a phone scrolls sideways inside a labelled region that keyboard
    // users can focus and scroll (styles/app.css shades the edge that has more to show).
    m.tpl(
        r#"<section class="smp-comparison" aria-labelledby="{}-comparison-title"><h2 id="{}-comparison-title">{t:Cost compared}</h2><div class="smp-table-scroll" role="region" tabindex="0" aria-labelledby="{}-comparison-caption"><table class="smp-table" data-testid="comparison-table"><caption id="{}-comparison-caption">{}</caption><thead><tr><th scope="col">{t:After}</th><th scope="col">{t:SMP (typical)}</th>"#,
        &[
            &ids.0,
            &ids.0,
            &ids.0,
            &ids.0,
            &trf(
                "Total spent by the end of each year, in {code}",
                &[("code", plan.currency)],
            ),
        ],
    );
    for c in &plan.comparisons {
        if c.unsuitable.is_some() {
            m.tpl(
                r#"<th scope="col">{e}<span class="smp-unsuitable" data-testid="unsuitable-mark">{t: (may not suit you)}</span></th>"#,
                &[c.label],
            );
        } else {
            column_head(m, c.label);
        }
    }
    m.tpl("</tr></thead><tbody>", &[]);
    for r in &yearly_rows(plan) {
        m.draw(
            r#"<tr data-year="{0}"><th scope="row">{}</th><td>{}<span class="smp-muted smp-range"> ({}–{})</span></td>"#,
            &[
                // Whole years (1 or more): "{n} year" / "{n} years", as `trn` writes them.
                &years_months(r.year * 12, false),
                &money(r.smp.typical),
                &money(r.smp.low),
                &money(r.smp.high),
            ],
            &[f64::from(r.year)],
        );
        for v in &r.comparisons {
            cell(m, money(*v));
        }
        m.tpl("</tr>", &[]);
    }
    m.tpl(
        r#"</tbody></table></div><ul class="smp-break-even" data-testid="break-even-list">"#,
        &[],
    );
    for c in &plan.comparisons {
        let lower = lower_label(c.label);
        let line = match c.break_even_month.typical {
            Some(month) => trf(
                "SMP costs less than {alternative} from month {month} ({time}) on (typical).",
                &[
                    ("alternative", &lower),
                    ("month", &month.to_string()),
                    ("time", &years_months(month, false)),
                ],
            ),
            None => trn(
                i64::from(plan.horizon.years),
                "Within {n} year SMP does not cost less than {alternative} (typical).",
                "Within {n} years SMP does not cost less than {alternative} (typical).",
                &[("alternative", &lower)],
            ),
        };
        match c.unsuitable {
            // Said beside the row, not only in the notes: the figures alone would mislead.
            Some(code) => m.tpl(
                r#"<li data-unsuitable="{?}"><strong>{}</strong>{e} {}</li>"#,
                &[
                    wire_name(code).as_deref().unwrap_or_default(),
                    &trf(
                        "{alternative} may not suit you: ",
                        &[("alternative", &tr_text(c.label))],
                    ),
                    code.text(),
                    &line,
                ],
            ),
            None => m.tpl("<li>{}</li>", &[&line]),
        };
    }
    m.tpl("</ul></section>", &[]);
}

/// Mid-sentence, the engine's ASCII label in lower case is its own text.
pub fn lower_label(label: &str) -> String {
    tr_text(&label.to_ascii_lowercase()).to_string()
}

/// A column head of the engine's `text`.
#[inline(never)]
pub fn column_head(m: &mut Markup, text: &str) {
    m.tpl(r#"<th scope="col">{e}</th>"#, &[text]);
}

#[inline(never)]
pub fn cell(m: &mut Markup, text: String) {
    m.tpl("<td>{}</td>", &[&text]);
}

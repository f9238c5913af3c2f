//! Cumulative cost at 1, 2, 5, 10 years and the horizon: SMP against each alternative.

use crate::chart::years_months;
use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::export::yearly_rows;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

/// A table too wide for a phone scrolls sideways inside a labelled region that keyboard users
/// can focus and scroll; styles/app.css shades the edge that has more to show.
pub fn scroll_region(caption_id: &str) -> [(&'static str, Option<&str>); 4] {
    [
        ("class", Some("smp-table-scroll")),
        ("role", Some("region")),
        ("tabindex", Some("0")),
        ("aria-labelledby", Some(caption_id)),
    ]
}

pub fn comparison(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let title = ids.of("comparison-title");
    let caption = ids.of("comparison-caption");
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    const COL: &[(&str, Option<&str>)] = &[("scope", Some("col"))];
    let section = [
        ("class", Some("smp-comparison")),
        ("aria-labelledby", Some(title.as_str())),
    ];
    m.elem("section", &section, |m| {
        m.el("h2", &[("id", Some(&title))], tr("Cost compared"));
        m.elem("div", &scroll_region(&caption), |m| {
            let table = [
                ("class", Some("smp-table")),
                ("data-testid", Some("comparison-table")),
            ];
            m.elem("table", &table, |m| {
                m.el(
                    "caption",
                    &[("id", Some(&caption))],
                    &trf(
                        "Total spent by the end of each year, in {code}",
                        &[("code", plan.currency)],
                    ),
                );
                m.elem("thead", &[], |m| {
                    m.elem("tr", &[], |m| {
                        m.el("th", COL, tr("After"))
                            .el("th", COL, tr("SMP (typical)"));
                        for c in &plan.comparisons {
                            m.elem("th", COL, |m| {
                                m.text(&tr_text(c.label));
                                if c.unsuitable.is_some() {
                                    m.el(
                                        "span",
                                        &[
                                            ("class", Some("smp-unsuitable")),
                                            ("data-testid", Some("unsuitable-mark")),
                                        ],
                                        tr(" (may not suit you)"),
                                    );
                                }
                            });
                        }
                    });
                });
                m.elem("tbody", &[], |m| {
                    for r in yearly_rows(plan) {
                        let after = trn(i64::from(r.year), "{n} year", "{n} years", &[]);
                        let year = r.year.to_string();
                        m.elem("tr", &[("data-year", Some(&year))], |m| {
                            m.el("th", &[("scope", Some("row"))], &after);
                            m.elem("td", &[], |m| {
                                m.text(&money(r.smp.typical)).el(
                                    "span",
                                    &[("class", Some("smp-muted smp-range"))],
                                    &format!(" ({}–{})", money(r.smp.low), money(r.smp.high)),
                                );
                            });
                            for v in &r.comparisons {
                                m.el("td", &[], &money(*v));
                            }
                        });
                    }
                });
            });
        });
        let list = [
            ("class", Some("smp-break-even")),
            ("data-testid", Some("break-even-list")),
        ];
        m.elem("ul", &list, |m| {
            for c in &plan.comparisons {
                let label = tr_text(c.label);
                // Mid-sentence, the engine's ASCII label in lower case is its own text.
                let lower = tr_text(&c.label.to_ascii_lowercase()).into_owned();
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
                    Some(code) => {
                        let name = wire_name(code);
                        m.elem("li", &[("data-unsuitable", name.as_deref())], |m| {
                            m.el(
                                "strong",
                                &[],
                                &trf("{alternative} may not suit you: ", &[("alternative", &label)]),
                            )
                            .text(&tr_text(code.text()))
                            .text(" ")
                            .text(&line);
                        })
                    }
                    None => m.el("li", &[], &line),
                };
            }
        });
    });
}

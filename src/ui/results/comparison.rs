//! Cumulative cost at 1, 2, 5, 10 years and the horizon: SMP against each alternative.

use crate::markup::Markup;
use crate::model::export::yearly_rows;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn comparison(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let title = ids.of("comparison-title");
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    const COL: &[(&str, Option<&str>)] = &[("scope", Some("col"))];
    m.open(
        "section",
        &[
            ("class", Some("smp-comparison")),
            ("aria-labelledby", Some(&title)),
        ],
    )
    .el("h2", &[("id", Some(&title))], "Cost compared")
    .open("div", &[("class", Some("smp-table-scroll"))])
    .open(
        "table",
        &[
            ("class", Some("smp-table")),
            ("data-testid", Some("comparison-table")),
        ],
    )
    .el(
        "caption",
        &[],
        &format!("Total spent by the end of each year, in {}", plan.currency),
    )
    .open("thead", &[])
    .open("tr", &[])
    .el("th", COL, "After")
    .el("th", COL, "SMP (typical)");
    for c in &plan.comparisons {
        m.open("th", COL).text(c.label);
        if c.unsuitable.is_some() {
            m.el(
                "span",
                &[
                    ("class", Some("smp-unsuitable")),
                    ("data-testid", Some("unsuitable-mark")),
                ],
                " (may not suit you)",
            );
        }
        m.close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for r in yearly_rows(plan) {
        let after = if r.year == 1 {
            "1 year".to_string()
        } else {
            format!("{} years", r.year)
        };
        m.open("tr", &[("data-year", Some(&r.year.to_string()))])
            .el("th", &[("scope", Some("row"))], &after)
            .open("td", &[])
            .text(&money(r.smp.typical))
            .el(
                "span",
                &[("class", Some("smp-muted smp-range"))],
                &format!(" ({}–{})", money(r.smp.low), money(r.smp.high)),
            )
            .close("td");
        for v in &r.comparisons {
            m.el("td", &[], &money(*v));
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div").open(
        "ul",
        &[
            ("class", Some("smp-break-even")),
            ("data-testid", Some("break-even-list")),
        ],
    );
    for c in &plan.comparisons {
        let label = c.label.to_ascii_lowercase();
        let line = match c.break_even_month.typical {
            Some(month) => format!("SMP costs less than {label} from month {month} on (typical)."),
            None => format!(
                "Within {} years SMP does not cost less than {label} (typical).",
                plan.horizon.years
            ),
        };
        match c.unsuitable {
            // Said beside the row, not only in the notes: the figures alone would mislead.
            Some(code) => m
                .open("li", &[("data-unsuitable", wire_name(code).as_deref())])
                .el("strong", &[], &format!("{} may not suit you: ", c.label))
                .text(code.text())
                .text(&format!(" {line}"))
                .close("li"),
            None => m.el("li", &[], &line),
        };
    }
    m.close("ul").close("section");
}

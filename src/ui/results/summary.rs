//! The headline numbers: sessions, initial cost, full-result date, next touch-up, total.

use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn summary(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let title = ids.of("summary-title");
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    let section = [
        ("class", Some("smp-summary")),
        ("data-testid", Some("plan-summary")),
        ("aria-labelledby", Some(title.as_str())),
    ];
    m.elem("section", &section, |m| {
        m.el("h2", &[("id", Some(&title))], tr("Your plan"));
        let region = [
            ("class", Some("smp-summary__region")),
            ("data-testid", Some("region")),
        ];
        m.elem("p", &region, |m| {
            m.text(&trf(
                "{zone} · about {size} cm²",
                &[
                    ("zone", &tr_text(&plan.region.label)),
                    ("size", &plan.region.area_cm2.to_string()),
                ],
            ));
            if plan.region.area_is_estimate {
                m.el("span", &[("class", Some("smp-muted"))], tr(" (estimate)"));
            }
        });
        m.elem("dl", &[("class", Some("smp-kpis"))], |m| kpis(m, plan, fmt));

        m.el("h3", &[], tr("Sessions"));
        let sessions = [
            ("class", Some("smp-sessions")),
            ("data-testid", Some("sessions")),
        ];
        m.elem("ol", &sessions, |m| {
            for s in &plan.sessions.items {
                let date = s.date.to_string();
                let item = [
                    ("data-testid", Some("session")),
                    ("data-date", Some(&*date)),
                ];
                m.elem("li", &item, |m| {
                    let number = s.number.to_string();
                    m.text(&trf(
                        "Session {number}: {date}",
                        &[("number", &number), ("date", &fmt.date(s.date))],
                    ))
                    .el(
                        "span",
                        MUTED,
                        &trf(" · about {amount}", &[("amount", &money(s.cost.typical))]),
                    );
                });
            }
        });
        let reasons = [
            ("class", Some("smp-reasons")),
            ("data-testid", Some("session-reasons")),
        ];
        m.elem("ul", &reasons, |m| {
            for r in &plan.sessions.reasons {
                m.el(
                    "li",
                    &[("data-code", wire_name(r.code).as_deref())],
                    &tr_text(r.text),
                );
            }
        });
    });
}

/// The headline figures, one `<div class="smp-kpi">` each.
fn kpis(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    let c = &plan.initial_cost;
    let t = &plan.smp.total;
    let gap = crate::model::decimal::shortest(plan.inputs.session_gap_weeks.unwrap_or_default());
    kpi(m, tr("Sessions"), None, |m| {
        m.el(
            "strong",
            &[("data-testid", Some("sessions-count"))],
            &plan.sessions.count.to_string(),
        )
        .el(
            "span",
            MUTED,
            &trf(" · {gap} weeks apart", &[("gap", &gap)]),
        );
    });
    kpi(m, tr("Initial cost"), None, |m| {
        range(
            m,
            [
                ("initial-typical", money(c.typical)),
                ("initial-low", money(c.low)),
                ("initial-high", money(c.high)),
            ],
        );
        let basis = match plan.pricing.per_session {
            Some(one) => trn(
                i64::from(plan.sessions.count),
                "{n} session × {price} per session",
                "{n} sessions × {price} per session",
                &[("price", &money(one.typical))],
            ),
            None => tr("Package price for the whole course").to_string(),
        };
        m.el(
            "span",
            &[
                ("class", Some("smp-muted smp-basis")),
                ("data-testid", Some("pricing-basis")),
            ],
            &basis,
        );
    });
    kpi(m, tr("Full result expected"), Some("full-result"), |m| {
        m.text(&fmt.date(plan.full_result_date));
    });
    kpi(
        m,
        tr("First touch-up (typical)"),
        Some("next-touch-up"),
        |m| {
            let first = plan.first_touch_up;
            m.text(&fmt.date(first.date));
            if first.after_horizon {
                m.el(
                    "span",
                    &[
                        ("class", Some("smp-muted")),
                        ("data-testid", Some("touch-up-after-horizon")),
                    ],
                    &trf(
                        " (after the {years}-year horizon)",
                        &[("years", &plan.horizon.years.to_string())],
                    ),
                );
            }
        },
    );
    let total = trn(
        i64::from(plan.horizon.years),
        "Total over {n} year",
        "Total over {n} years",
        &[],
    );
    kpi(m, &total, None, |m| {
        range(
            m,
            [
                ("smp-total", money(t.typical)),
                ("smp-total-low", money(t.low)),
                ("smp-total-high", money(t.high)),
            ],
        )
    });
}

const MUTED: &[(&str, Option<&str>)] = &[("class", Some("smp-muted"))];

/// `<div class="smp-kpi"><dt>label</dt><dd>…</dd></div>`, the value written by `value`.
fn kpi(m: &mut Markup, label: &str, testid: Option<&str>, value: impl FnOnce(&mut Markup)) {
    m.elem("div", &[("class", Some("smp-kpi"))], |m| {
        m.el("dt", &[], label)
            .elem("dd", &[("data-testid", testid)], value);
    });
}

/// The typical amount in bold, then "range low–high"; each with its test id.
fn range(m: &mut Markup, [typical, low, high]: [(&str, String); 3]) {
    m.el("strong", &[("data-testid", Some(typical.0))], &typical.1)
        .elem("span", &[("class", Some("smp-muted smp-range"))], |m| {
            m.fill(tr("range {low}–{high}"), &mut |m, name| {
                let (testid, amount) = if name == "low" { &low } else { &high };
                m.el("span", &[("data-testid", Some(*testid))], amount);
            });
        });
}

/// One sentence for screen readers when the plan changes.
pub fn announcement(plan: &Plan, fmt: &Fmt) -> String {
    let money = |m| fmt.money(m, plan.currency, plan.currency_exponent);
    let total = trn(
        i64::from(plan.horizon.years),
        "total over {n} year about {total}",
        "total over {n} years about {total}",
        &[("total", &money(plan.smp.total.typical))],
    );
    trn(
        i64::from(plan.sessions.count),
        "{n} session, initial cost about {typical} (range {low} to {high}); {total}.",
        "{n} sessions, initial cost about {typical} (range {low} to {high}); {total}.",
        &[
            ("typical", &money(plan.initial_cost.typical)),
            ("low", &money(plan.initial_cost.low)),
            ("high", &money(plan.initial_cost.high)),
            ("total", &total),
        ],
    )
}

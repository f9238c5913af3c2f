//! The headline numbers: sessions, initial cost, full-result date, next touch-up, total.

use crate::i18n::{tr, tr_text, trf, trn};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::plan::Session;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn summary(m: &mut Markup, plan: &Plan, fmt: &Fmt, ids: &Ids) {
    let region = trf(
        "{zone} · about {size} cm²",
        &[
            ("zone", &tr_text(&plan.region.label)),
            ("size", &plan.region.area_cm2.to_string()),
        ],
    );
    m.tpl(
        r#"<section class="smp-summary" data-testid="plan-summary" aria-labelledby="{}-summary-title"><h2 id="{}-summary-title">{t:Your plan}</h2><p class="smp-summary__region" data-testid="region">{}"#,
        &[&ids.0, &ids.0, &region],
    );
    if plan.region.area_is_estimate {
        m.tpl(r#"<span class="smp-muted">{t: (estimate)}</span>"#, &[]);
    }
    kpis(m, plan, fmt);
    m.tpl(
        r#"<h3>{t:Sessions}</h3><ol class="smp-sessions" data-testid="sessions">"#,
        &[],
    );
    for s in &plan.sessions.items {
        session(m, s, plan, fmt);
    }
    m.tpl(
        r#"</ol><ul class="smp-reasons" data-testid="session-reasons">"#,
        &[],
    );
    for r in &plan.sessions.reasons {
        coded_item(m, wire_name(r.code), r.text);
    }
    m.tpl("</ul></section>", &[]);
}

/// "Session 2: March 3, 2027", in the summary and the timeline's list: written by one
/// function, not twice.
pub fn session_title(s: &Session, fmt: &Fmt) -> String {
    trf(
        "Session {number}: {date}",
        &[
            ("number", &s.number.to_string()),
            ("date", &fmt.date(s.date)),
        ],
    )
}

fn session(m: &mut Markup, s: &Session, plan: &Plan, fmt: &Fmt) {
    let text = session_title(s, fmt);
    let amount = fmt.amount(plan, s.cost.typical);
    m.tpl(
        r#"<li data-testid="session" data-date="{}">{}<span class="smp-muted">{}</span></li>"#,
        &[
            &s.date.to_string(),
            &text,
            &trf(" · about {amount}", &[("amount", &amount)]),
        ],
    );
}

/// A list item of the engine's `text` with the code it stands for (`data-code`).
#[inline(never)]
pub(super) fn coded_item(m: &mut Markup, code: Option<String>, text: &str) {
    m.tpl(
        r#"<li data-code="{?}">{e}</li>"#,
        &[code.as_deref().unwrap_or_default(), text],
    );
}

/// The headline figures, one `<div class="smp-kpi">` each, in the `<dl>` this opens and
/// closes. Consecutive parts share a template: each call costs code, each template text only
/// data.
fn kpis(m: &mut Markup, plan: &Plan, fmt: &Fmt) {
    let money = |v: Money| fmt.amount(plan, v);
    let c = &plan.initial_cost;
    let t = &plan.smp.total;
    let gap = crate::model::decimal::shortest(plan.inputs.session_gap_weeks.unwrap_or_default());
    m.draw(
        r#"</p><dl class="smp-kpis"><div class="smp-kpi"><dt>{t:Sessions}</dt><dd><strong data-testid="sessions-count">{0}</strong><span class="smp-muted">{}</span></dd></div><div class="smp-kpi"><dt>{t:Initial cost}</dt><dd>"#,
        &[&trf(" · {gap} weeks apart", &[("gap", &gap)])],
        &[f64::from(plan.sessions.count)],
    );
    range(
        m,
        ["initial-typical", "initial-low", "initial-high"],
        [money(c.typical), money(c.low), money(c.high)],
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
    let first = plan.first_touch_up;
    m.tpl(
        r#"<span class="smp-muted smp-basis" data-testid="pricing-basis">{}</span></dd></div><div class="smp-kpi"><dt>{t:Full result expected}</dt><dd data-testid="full-result">{}</dd></div><div class="smp-kpi"><dt>{t:First touch-up (typical)}</dt><dd data-testid="next-touch-up">{}"#,
        &[
            &basis,
            &fmt.date(plan.full_result_date),
            &fmt.date(first.date),
        ],
    );
    if first.after_horizon {
        m.tpl(
            r#"<span class="smp-muted" data-testid="touch-up-after-horizon">{}</span>"#,
            &[&trf(
                " (after the {years}-year horizon)",
                &[("years", &plan.horizon.years.to_string())],
            )],
        );
    }
    let total = trn(
        i64::from(plan.horizon.years),
        "Total over {n} year",
        "Total over {n} years",
        &[],
    );
    m.tpl(
        r#"</dd></div><div class="smp-kpi"><dt>{}</dt><dd>"#,
        &[&total],
    );
    range(
        m,
        ["smp-total", "smp-total-low", "smp-total-high"],
        [money(t.typical), money(t.low), money(t.high)],
    );
    m.tpl("</dd></div></dl>", &[]);
}

/// The typical amount in bold, then "range low–high"; each with its test id.
#[inline(never)]
fn range(m: &mut Markup, [typical, low, high]: [&'static str; 3], amounts: [String; 3]) {
    m.tpl(
        r#"<strong data-testid="{}">{}</strong><span class="smp-muted smp-range">"#,
        &[typical, &amounts[0]],
    );
    m.fill(tr("range {low}–{high}"), &mut |m, name| {
        let (testid, amount) = if name == "low" {
            (low, &amounts[1])
        } else {
            (high, &amounts[2])
        };
        m.tpl(r#"<span data-testid="{}">{}</span>"#, &[testid, amount]);
    });
    m.tpl("</span>", &[]);
}

/// One sentence for screen readers when the plan changes.
pub fn announcement(plan: &Plan, fmt: &Fmt) -> String {
    let money = |m| fmt.amount(plan, m);
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

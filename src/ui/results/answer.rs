//! The answer first: the typical initial cost in large type, its likely range, the total over
//! the horizon, the sessions and the next touch-up, in a visitor's words, and the clinic's
//! booking link beside it when there is one. On narrow screens it stays in view while the
//! visitor edits the form (styles/app.css).

use crate::i18n::{tr, trf, trn};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;

/// The clinic's booking link and its button text.
pub struct Booking<'a> {
    pub url: &'a str,
    pub label: &'a str,
}

/// `clinic_prices`: the amounts come from the embedding clinic's own price table rather than
/// the published ranges; the card says which. `stale`: the figures are for the last valid
/// inputs (the form has errors), framed as the results are.
pub fn answer(
    m: &mut Markup,
    plan: &Plan,
    fmt: &Fmt,
    ids: &Ids,
    booking: Option<Booking>,
    clinic_prices: bool,
    stale: bool,
) {
    let money = |v: Money| fmt.amount(plan, v);
    let c = &plan.initial_cost;
    let first = plan.first_touch_up;
    let years = plan.horizon.years;
    let date = fmt.date(first.date);
    let touch_up = if first.after_horizon {
        trn(
            i64::from(years),
            "touch-up around {date}, after the {n} year",
            "touch-up around {date}, after the {n} years",
            &[("date", &date)],
        )
    } else {
        trf("touch-up around {date}", &[("date", &date)])
    };
    let basis = if clinic_prices {
        tr("The clinic's own prices.")
    } else {
        tr("An estimate from published prices, not a quote.")
    };
    let meta = trn(
        i64::from(plan.sessions.count),
        "{n} session · {touch_up}. {basis}",
        "{n} sessions · {touch_up}. {basis}",
        &[("touch_up", &touch_up), ("basis", basis)],
    );
    m.tpl(
        r#"<section class="{}" data-testid="answer" aria-labelledby="{}-answer-title"><div class="smp-answer__main"><h2 id="{}-answer-title" class="smp-answer__title">{t:Your estimate}</h2><p class="smp-answer__now">"#,
        &[
            if stale {
                "smp-answer smp-answer--stale"
            } else {
                "smp-answer"
            },
            &ids.0,
            &ids.0,
        ],
    );
    // One writer for both sentences' amounts: a closure each cost its code.
    let mut amount = |m: &mut Markup, name: &str| {
        let (template, amount) = match name {
            "amount" => (
                r#"<strong class="smp-answer__amount" data-testid="answer-initial">{}</strong>"#,
                c.typical,
            ),
            "low" => (r#"<span data-testid="answer-low">{}</span>"#, c.low),
            "high" => (r#"<span data-testid="answer-high">{}</span>"#, c.high),
            _ => (
                r#"<strong data-testid="answer-total">{}</strong>"#,
                plan.smp.total.typical,
            ),
        };
        m.tpl(template, &[&money(amount)]);
    };
    m.fill(tr("About {amount} now"), &mut amount);
    m.tpl(r#"</p><p class="smp-answer__range">"#, &[]);
    let text = trn(
        i64::from(years),
        "Most likely {low}–{high}; about {total} over {n} year",
        "Most likely {low}–{high}; about {total} over {n} years",
        &[],
    );
    m.fill(&text, &mut amount);
    m.tpl(
        r#"</p><p class="smp-answer__meta" data-testid="answer-meta">{}</p></div>"#,
        &[&meta],
    );
    if let Some(b) = booking {
        m.tpl(
            r#"<a class="smp-button smp-button--primary" href="{}" target="_blank" rel="noopener noreferrer" data-testid="booking-link">{}</a>"#,
            &[b.url, b.label],
        );
    }
    m.tpl("</section>", &[]);
}

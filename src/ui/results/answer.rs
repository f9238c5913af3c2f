//! The answer first: the typical initial cost in large type, its likely range, the total over
//! the horizon, the sessions and the next touch-up, in a visitor's words, and the clinic's
//! booking link beside it when there is one. On narrow screens it stays in view while the
//! visitor edits the form (styles/app.css).

use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::Plan;
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;

// Visitor-facing words of the answer card.
const TITLE: &str = "Your estimate";
const ABOUT: &str = "About ";
const NOW: &str = " now";
const MOST_LIKELY: &str = "Most likely ";
const THEN_ABOUT: &str = "; about ";
const CLINIC_PRICES: &str = "The clinic's own prices.";
const ESTIMATE: &str = "An estimate from published prices, not a quote.";

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
    let title = ids.of("answer-title");
    let money = |v: Money| fmt.money(v, plan.currency, plan.currency_exponent);
    let c = &plan.initial_cost;
    let first = plan.first_touch_up;
    let years = plan.horizon.years;
    let touch_up = if first.after_horizon {
        format!(
            "touch-up around {}, after the {years} years",
            fmt.date(first.date)
        )
    } else {
        format!("touch-up around {}", fmt.date(first.date))
    };
    let basis = if clinic_prices {
        CLINIC_PRICES
    } else {
        ESTIMATE
    };
    let meta = format!("{} sessions · {touch_up}. {basis}", plan.sessions.count);
    let section = [
        (
            "class",
            Some(if stale {
                "smp-answer smp-answer--stale"
            } else {
                "smp-answer"
            }),
        ),
        ("data-testid", Some("answer")),
        ("aria-labelledby", Some(title.as_str())),
    ];
    m.elem("section", &section, |m| {
        m.elem("div", &[("class", Some("smp-answer__main"))], |m| {
            m.el(
                "h2",
                &[("id", Some(&title)), ("class", Some("smp-answer__title"))],
                TITLE,
            );
            m.elem("p", &[("class", Some("smp-answer__now"))], |m| {
                m.text(ABOUT)
                    .el(
                        "strong",
                        &[
                            ("class", Some("smp-answer__amount")),
                            ("data-testid", Some("answer-initial")),
                        ],
                        &money(c.typical),
                    )
                    .text(NOW);
            });
            m.elem("p", &[("class", Some("smp-answer__range"))], |m| {
                m.text(MOST_LIKELY)
                    .el(
                        "span",
                        &[("data-testid", Some("answer-low"))],
                        &money(c.low),
                    )
                    .text("–")
                    .el(
                        "span",
                        &[("data-testid", Some("answer-high"))],
                        &money(c.high),
                    )
                    .text(THEN_ABOUT)
                    .el(
                        "strong",
                        &[("data-testid", Some("answer-total"))],
                        &money(plan.smp.total.typical),
                    )
                    .text(&format!(" over {years} years"));
            });
            m.el(
                "p",
                &[
                    ("class", Some("smp-answer__meta")),
                    ("data-testid", Some("answer-meta")),
                ],
                &meta,
            );
        });
        if let Some(b) = booking {
            m.el(
                "a",
                &[
                    ("class", Some("smp-button smp-button--primary")),
                    ("href", Some(b.url)),
                    ("target", Some("_blank")),
                    ("rel", Some("noopener noreferrer")),
                    ("data-testid", Some("booking-link")),
                ],
                b.label,
            );
        }
    });
}

//! Everything drawn from the plan. When the form has errors the last valid plan stays,
//! marked as out of date. Drawn by the app component, which holds the charts' state (a
//! component of its own would cost Yew's machinery once more).

mod answer;
mod comparison;
mod notes;
mod summary;
mod trust;

pub use answer::{answer, Booking};
pub use comparison::{cell, column_head, lower_label};
pub use summary::{announcement, session_title};
pub use trust::{how_calculated, what_to_ask};

use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::charts::{cost_chart, raw, timeline};
use crate::ui::format::Fmt;
use crate::ui::ids::Ids;
use crate::ui::state::Handle;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

/// `stale`: the plan is for the last valid inputs (the form has errors); `state.charts`: how
/// the charts are drawn.
pub fn results(plan: Option<&Plan>, stale: bool, fmt: &Fmt, ids: &Ids, state: &Handle) -> Html {
    let Some(plan) = plan else {
        let mut m = Markup::new();
        m.tpl(
            r#"<p role="alert">{t:The plan could not be calculated with these inputs.}</p>"#,
            &[],
        );
        return raw(m);
    };
    let mut head = Markup::new();
    if stale {
        head.tpl(
            r#"<p class="smp-stale" data-testid="stale-banner">{t:Out of date: these results are for your last valid inputs. Fix the highlighted fields to update them.}</p>"#,
            &[],
        );
    }
    summary::summary(&mut head, plan, fmt, ids);
    // Start-up draws the summary first and the rest in the next task (`State::later`).
    let body = if state.later {
        let mut tail = Markup::new();
        comparison::comparison(&mut tail, plan, fmt, ids);
        // A node of their own: the notes follow fewer inputs than the comparison (not the
        // horizon), and Yew leaves a raw node whose text is unchanged alone.
        let mut notes = Markup::new();
        notes::notes(&mut notes, plan, ids);
        html! {<>
            { raw(head) }
            { timeline(plan, fmt, ids, state.charts.width) }
            { cost_chart(plan, fmt, ids, state) }
            { raw(tail) }
            { raw(notes) }
        </>}
    } else {
        raw(head)
    };
    // Literal classes: a computed `class={…}` would ship Yew's `Classes` and indexmap. One
    // element, whose static attributes a stale plan swaps (a second `html!` costs its code).
    let mut shown =
        html! { <div class="smp-results" data-testid="results" data-stale="false">{ body }</div> };
    if let (true, Html::VTag(tag)) = (stale, &mut shown) {
        // Just made, so not shared.
        let Some(tag) = std::rc::Rc::get_mut(tag) else {
            return shown;
        };
        tag.attributes = Attributes::Static(&[
            ("data-testid", AttributeOrProperty::Static("results")),
            ("data-stale", AttributeOrProperty::Static("true")),
            (
                "class",
                AttributeOrProperty::Static("smp-results smp-results--stale"),
            ),
        ]);
    }
    shown
}

/// A code's name in the JSON contract (`large_area`, `oily_skin`), for `data-code`: a unit
/// variant serializes to a JavaScript string, read without `JSON.stringify` and unquoting.
fn wire_name(code: impl serde::Serialize) -> Option<String> {
    code.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?
        .as_string()
}

#[cfg(test)]
pub(crate) mod tests {
    //! Each written part of the results for sample plans, in the browser (the amounts and dates go
    //! through `Intl`): the tags balance (checked again by [`Markup::finish`] in debug builds), the
    //! test ids the page contract names are there, and values stay text.

    use super::*;
    use crate::markup::balanced;
    use crate::model::{compute, Assumptions, Date, PlanInput};
    use std::rc::Rc;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    /// Inputs that reach every branch of the written parts: an estimated area, a scar (the
    /// hairpiece does not suit), extreme loss (fibers do not), a touch-up after the horizon, a
    /// long horizon, a custom area, oily skin and strong sun.
    const SAMPLES: &[&[(&str, &str)]] = &[
        &[],
        &[("region", "scar"), ("horizon_years", "4")],
        &[
            ("region", "full"),
            ("horizon_years", "15"),
            ("skin", "oily"),
            ("sun", "high"),
        ],
        &[("region", "custom"), ("area", "300"), ("tier", "premium")],
        &[
            ("region", "hairline"),
            ("tier", "budget"),
            ("skin", "dry"),
            ("horizon_years", "4"),
        ],
    ];

    pub fn sample_plans() -> Vec<Plan> {
        let today = Date::new(2026, 11, 24).unwrap();
        SAMPLES
            .iter()
            .map(|fields| {
                let mut input = PlanInput::default();
                for (name, value) in *fields {
                    input.set_field(name, value).expect("a valid sample field");
                }
                compute(&input, &Assumptions::default(), today).expect("a valid sample plan")
            })
            .collect()
    }

    pub fn ids() -> Ids {
        Ids(Rc::from("t"))
    }

    /// Checks the fragment and that it holds each of `testids`.
    pub fn check(html: &str, testids: &[&str]) {
        assert_eq!(balanced(html), Ok(()), "{html}");
        for id in testids {
            assert!(
                html.contains(&format!("data-testid=\"{id}\"")),
                "no {id} in {html}"
            );
        }
    }

    fn written(part: impl FnOnce(&mut Markup)) -> String {
        let mut m = Markup::new();
        part(&mut m);
        m.finish()
    }

    #[wasm_bindgen_test]
    fn the_samples_reach_every_branch() {
        let plans = sample_plans();
        assert!(plans.iter().any(|p| p.first_touch_up.after_horizon));
        assert!(plans.iter().any(|p| !p.first_touch_up.after_horizon));
        assert!(plans.iter().any(|p| p.region.area_is_estimate));
        assert!(plans.iter().any(|p| p.region.key == "custom"));
        assert!(plans
            .iter()
            .any(|p| p.comparisons.iter().any(|c| c.unsuitable.is_some())));
        assert!(plans.iter().any(|p| p.notes.iter().any(|n| n.prominent)));
        assert!(plans.iter().any(|p| p.pricing.per_session.is_none()));
    }

    #[wasm_bindgen_test]
    fn the_summary_comparison_and_notes_balance() {
        let (fmt, ids) = (Fmt::default(), ids());
        for plan in sample_plans() {
            let html = written(|m| summary::summary(m, &plan, &fmt, &ids));
            check(
                &html,
                &[
                    "plan-summary",
                    "region",
                    "sessions-count",
                    "initial-typical",
                    "initial-low",
                    "initial-high",
                    "pricing-basis",
                    "full-result",
                    "next-touch-up",
                    "smp-total",
                    "smp-total-low",
                    "smp-total-high",
                    "sessions",
                    "session",
                    "session-reasons",
                ],
            );
            assert_eq!(
                html.matches("data-testid=\"session\"").count(),
                plan.sessions.items.len()
            );
            assert_eq!(
                html.contains("touch-up-after-horizon"),
                plan.first_touch_up.after_horizon
            );
            let html = written(|m| comparison::comparison(m, &plan, &fmt, &ids));
            check(&html, &["comparison-table", "break-even-list"]);
            let unsuitable = plan.comparisons.iter().filter(|c| c.unsuitable.is_some());
            assert_eq!(html.matches("unsuitable-mark").count(), unsuitable.count());
            let html = written(|m| notes::notes(m, &plan, &ids));
            check(&html, &["notes"]);
            assert_eq!(html.matches("<li").count(), plan.notes.len());
        }
    }

    #[wasm_bindgen_test]
    fn the_answer_how_calculated_and_what_to_ask_balance() {
        let (fmt, ids) = (Fmt::default(), ids());
        let rows = Assumptions::default().shown_rows();
        for plan in sample_plans() {
            for (stale, clinic) in [(false, false), (true, true)] {
                let booking = clinic.then_some(Booking {
                    url: "https://example.com/?a=1&b=\"<x>\"",
                    label: "Book <now>",
                });
                let html = written(|m| answer(m, &plan, &fmt, &ids, booking, clinic, stale));
                let mut expected = vec![
                    "answer",
                    "answer-initial",
                    "answer-low",
                    "answer-high",
                    "answer-total",
                    "answer-meta",
                ];
                if clinic {
                    expected.push("booking-link");
                    assert!(html
                        .contains("href=\"https://example.com/?a=1&amp;b=&quot;&lt;x&gt;&quot;\""));
                    assert!(html.contains(">Book &lt;now&gt;</a>"));
                }
                check(&html, &expected);
                assert_eq!(html.contains("smp-answer--stale"), stale);
                let html = written(|m| trust::body(m, &plan, &rows, clinic, "c"));
                check(&html, &["assumptions"]);
                // Every row of the table for the plan's choices (a custom area has no price or
                // area row of its own).
                let shown = if plan.region.key == "custom" { 15 } else { 17 };
                assert_eq!(html.matches("<tr data-key=").count(), shown, "{html}");
                // A row completed by the plan's choices, its label in the visitor's words.
                let (region, tier) = (&plan.region.key, plan.tier.key());
                let price = format!(
                    r#"<tr data-key="price.{region}.{tier}"><th scope="row">Initial course: low / typical / high ({}, {tier})</th><td>"#,
                    plan.region.label
                );
                // (A custom area has no row of its own: it is priced between two listed ones.)
                assert_eq!(html.contains(&price), region != "custom", "{html}");
                assert_eq!(
                    html.contains("</td><td>the clinic</td></tr>"),
                    clinic && region != "custom"
                );
                assert!(html
                    .contains(r#"<tr data-key="sessions.base"><th scope="row">Sessions</th><td>"#));
                assert_eq!(
                    html.contains("<p>Prices are the clinic&#39;s own. Clinics price SMP"),
                    clinic
                );
            }
        }
        check(&written(|m| what_to_ask(m, "n")), &["what-to-ask"]);
    }
}

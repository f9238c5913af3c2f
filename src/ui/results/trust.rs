//! Why a visitor can trust the figures: "How is this calculated?" opens the assumptions behind
//! the current plan with their sources, read from the same table as docs/assumptions.md
//! ([`crate::model::assumptions::Assumptions::rows`]); and, when the clinic gives no booking
//! link, what to ask a clinic before booking (from the brief's cautions).

use crate::i18n::{tr, tr_text, trf};
use crate::markup::Markup;
use crate::model::assumptions::AssumptionRow;
use crate::model::input::Field;
use crate::model::Plan;
use crate::ui::charts::raw;
use crate::ui::ids::Ids;
use crate::ui::results::comparison::table_start;
use yew::prelude::*;

/// Which of the plan's choices completes a row's key (`price` + `.crown.standard`) and its
/// label, in brackets.
#[derive(Clone, Copy)]
enum Slot {
    None,
    Region,
    RegionTier,
    Skin,
    Sun,
    Style,
}

/// The assumption rows shown for a plan: key (before its slot), slot, label. A function
/// rather than a table so that each label is a literal argument of `tr`.
fn shown_rows() -> [(&'static str, Slot, &'static str); 17] {
    [
        (
            "price",
            Slot::RegionTier,
            tr("Initial course: low / typical / high"),
        ),
        ("area_cm2", Slot::Region, tr("Area in cm²")),
        (
            "touch_up.share_of_course",
            Slot::None,
            tr("A touch-up, share of the course price"),
        ),
        ("sessions.base", Slot::None, tr("Sessions")),
        ("sessions.range", Slot::None, tr("Sessions, range")),
        (
            "sessions.extra_for_skin",
            Slot::None,
            tr("One more session for skin"),
        ),
        (
            "default.longevity_years",
            Slot::None,
            tr("Years before a touch-up"),
        ),
        ("fading.skin", Slot::Skin, tr("Longevity, skin")),
        ("fading.sun", Slot::Sun, tr("Longevity, sun")),
        ("fading.style", Slot::Style, tr("Longevity, style")),
        (
            "fading.short_scenario",
            Slot::None,
            tr("Short longevity scenario"),
        ),
        (
            "fading.long_scenario",
            Slot::None,
            tr("Long longevity scenario"),
        ),
        (
            "healing.full_heal_days",
            Slot::None,
            tr("Fully healed after (days)"),
        ),
        (
            "hairpiece.unit_price",
            Slot::None,
            tr("Hairpiece: price of a unit"),
        ),
        (
            "hairpiece.unit_life_months",
            Slot::None,
            tr("Hairpiece: months a unit lasts"),
        ),
        (
            "hairpiece.maintenance_per_month",
            Slot::None,
            tr("Hairpiece: upkeep a month"),
        ),
        ("fibers.bottle_price", Slot::None, tr("Fibers: a bottle")),
    ]
}

/// `<details>` as a Yew element, so that it stays open while the plan changes; `rows` is the
/// assumption table in the plan's currency, `clinic_prices` that the prices are the clinic's
/// own rather than the published ranges.
pub fn how_calculated(plan: &Plan, rows: &[AssumptionRow], clinic_prices: bool, ids: &Ids) -> Html {
    let mut m = Markup::new();
    body(
        &mut m,
        plan,
        rows,
        clinic_prices,
        &ids.of("assumptions-caption"),
    );
    html! {
        <details class="smp-how" data-testid="how-calculated">
            <summary>{ tr("How is this calculated?") }</summary>
            { raw(m) }
        </details>
    }
}

pub(super) fn body(
    m: &mut Markup,
    plan: &Plan,
    rows: &[AssumptionRow],
    clinic_prices: bool,
    caption_id: &str,
) {
    let prices = if clinic_prices {
        tr("Prices are the clinic's own.")
    } else {
        tr("Prices are estimates from published price ranges, not a quote.")
    };
    let method = tr("Clinics price SMP per area, not per session: the initial course price for your area and price level is split across the sessions. Touch-ups follow every few years, sooner with oily skin, strong sun or a soft style. Alternatives are added up month by month over the same years as SMP.");
    m.tpl("<p>{} {}</p>", &[prices, method]);
    // A choice's wire value completes the key; it is shown in the visitor's language.
    let choice = |f: Field| {
        let value = plan.inputs.text_of(f).unwrap_or_default();
        let shown = tr_text(&value).into_owned();
        (value, shown)
    };
    let region = &plan.region.key;
    let tier = plan.tier.key();
    table_start(
        m,
        "smp-table smp-assumptions",
        "assumptions",
        caption_id,
        tr("What this plan assumes, and where it comes from"),
    );
    m.tpl(
        r#"<thead><tr><th scope="col">{t:Assumption}</th><th scope="col">{t:Value}</th><th scope="col">{t:Source}</th></tr></thead><tbody>"#,
        &[],
    );
    for (prefix, slot, label) in shown_rows() {
        let region_label = tr_text(&plan.region.label);
        let (part, shown) = match slot {
            Slot::None => (String::new(), String::new()),
            Slot::Region => (region.clone(), region_label.into_owned()),
            Slot::RegionTier => (
                [region, ".", tier].concat(),
                trf(
                    "{zone}, {level}",
                    &[("zone", &region_label), ("level", tr_text(tier).as_ref())],
                ),
            ),
            Slot::Skin => choice(Field::Skin),
            Slot::Sun => choice(Field::Sun),
            Slot::Style => choice(Field::Style),
        };
        let (key, label) = if part.is_empty() {
            (prefix.to_string(), label.to_string())
        } else {
            (
                [prefix, ".", &part].concat(),
                [label, " (", &shown, ")"].concat(),
            )
        };
        let Some(row) = rows.iter().find(|r| r.key == key) else {
            continue;
        };
        let source = if clinic_prices && matches!(slot, Slot::RegionTier) {
            tr("the clinic").into()
        } else {
            tr_text(row.source)
        };
        m.tpl(
            r#"<tr data-key="{}"><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            &[&key, &label, &row.value, &source],
        );
    }
    m.tpl("</tbody></table></div>", &[]);
    if region == "custom" {
        m.tpl(
            "<p>{t:A custom area is priced between the two listed areas nearest to it.}</p>",
            &[],
        );
    }
}

/// Without a booking link: what to ask a clinic, so the visitor has a next step. Nothing is
/// sent anywhere.
pub fn what_to_ask(m: &mut Markup, title: &str) {
    m.tpl(
        r#"<section class="smp-next" aria-labelledby="{}" data-testid="what-to-ask"><h2 id="{}">{t:What to ask a clinic}</h2><ul>"#,
        &[title, title],
    );
    m.tpl(
        "<li>{t:Healed results: photos of clients a year or more after treatment, with skin and hair loss like yours.}</li>\
         <li>{t:How many sessions they plan (three is usual, two to four), how far apart, and the price for your area in writing.}</li>\
         <li>{t:What a touch-up costs and when they expect one (often after 4 to 6 years).}</li>\
         <li>{t:Whether SMP suits you: oily skin can blur the dots, and with very extensive hair loss some remaining hair helps the look.}</li>\
         <li>{t:The pigment they use, allergy testing, and the side effects they see (itching, redness, rarely scarring).}</li>\
         <li>{t:Written aftercare: no sweating for the first days, no sun, pools or saunas for about a month.}</li>\
         </ul></section>",
        &[],
    );
}

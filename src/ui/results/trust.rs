//! Why a visitor can trust the figures: "How is this calculated?" opens the assumptions behind
//! the current plan with their sources, read from the same table as docs/assumptions.md
//! ([`crate::model::assumptions::Assumptions::shown_rows`]); and, when the clinic gives no booking
//! link, what to ask a clinic before booking (from the brief's cautions).

use crate::i18n::{tr, tr_text, trf};
use crate::markup::Markup;
use crate::model::assumptions::AssumptionRow;
use crate::model::Plan;
use crate::ui::charts::raw;
use crate::ui::ids::Ids;
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

/// The assumption rows shown for a plan: key (before its slot) and slot, in the order of
/// [`label`]'s texts.
const SHOWN: [(&str, Slot); 17] = [
    ("price", Slot::RegionTier),
    ("area_cm2", Slot::Region),
    ("touch_up.share_of_course", Slot::None),
    ("sessions.base", Slot::None),
    ("sessions.range", Slot::None),
    ("sessions.extra_for_skin", Slot::None),
    ("default.longevity_years", Slot::None),
    ("fading.skin", Slot::Skin),
    ("fading.sun", Slot::Sun),
    ("fading.style", Slot::Style),
    ("fading.short_scenario", Slot::None),
    ("fading.long_scenario", Slot::None),
    ("healing.full_heal_days", Slot::None),
    ("hairpiece.unit_price", Slot::None),
    ("hairpiece.unit_life_months", Slot::None),
    ("hairpiece.maintenance_per_month", Slot::None),
    ("fibers.bottle_price", Slot::None),
];

/// Opens row `i`'s label cell (see [`SHOWN`]). Each label is a template's text hole: a
/// catalogue key (tests/catalogues.rs reads the templates of `tpl` calls) that costs no code
/// of its own, where a `tr` call per row cost tens of bytes each.
fn label(m: &mut Markup, i: usize) {
    m.tpl(
        [
            r#"<th scope="row">{t:Initial course: low / typical / high}"#,
            r#"<th scope="row">{t:Area in cm²}"#,
            r#"<th scope="row">{t:A touch-up, share of the course price}"#,
            r#"<th scope="row">{t:Sessions}"#,
            r#"<th scope="row">{t:Sessions, range}"#,
            r#"<th scope="row">{t:One more session for skin}"#,
            r#"<th scope="row">{t:Years before a touch-up}"#,
            r#"<th scope="row">{t:Longevity, skin}"#,
            r#"<th scope="row">{t:Longevity, sun}"#,
            r#"<th scope="row">{t:Longevity, style}"#,
            r#"<th scope="row">{t:Short longevity scenario}"#,
            r#"<th scope="row">{t:Long longevity scenario}"#,
            r#"<th scope="row">{t:Fully healed after (days)}"#,
            r#"<th scope="row">{t:Hairpiece: price of a unit}"#,
            r#"<th scope="row">{t:Hairpiece: months a unit lasts}"#,
            r#"<th scope="row">{t:Hairpiece: upkeep a month}"#,
            r#"<th scope="row">{t:Fibers: a bottle}"#,
        ]
        .get(i)
        .copied()
        .unwrap_or_default(),
        &[],
    );
}

/// `<details>` as a Yew element, so that it stays open while the plan changes; `rows` is the
/// assumption table in the plan's currency, `clinic_prices` that the prices are the clinic's
/// own rather than the published ranges.
pub fn how_calculated(plan: &Plan, rows: &[AssumptionRow], clinic_prices: bool, ids: &Ids) -> Html {
    let mut m = Markup::new();
    m.tpl("<summary>{t:How is this calculated?}</summary>", &[]);
    body(&mut m, plan, rows, clinic_prices, &ids.0);
    html! {
        <details class="smp-how" data-testid="how-calculated">{ raw(m) }</details>
    }
}

pub(super) fn body(
    m: &mut Markup,
    plan: &Plan,
    rows: &[AssumptionRow],
    clinic_prices: bool,
    instance: &str,
) {
    if clinic_prices {
        m.tpl("<p>{t:Prices are the clinic's own.}", &[]);
    } else {
        m.tpl(
            "<p>{t:Prices are estimates from published price ranges, not a quote.}",
            &[],
        );
    }
    m.tpl(" {t:Clinics price SMP per area, not per session: the initial course price for your area and price level is split across the sessions. Touch-ups follow every few years, sooner with oily skin, strong sun or a soft style. Alternatives are added up month by month over the same years as SMP.}</p>", &[]);
    let region = plan.region.key.as_str();
    let tier = plan.tier.key();
    let zone = tr_text(&plan.region.label);
    let zone_level = trf(
        "{zone}, {level}",
        &[("zone", &zone), ("level", &tr_text(tier))],
    );
    // A table too wide for a phone scrolls sideways in a focusable region (see
    // `comparison`).
    m.tpl(
        r#"<div class="smp-table-scroll" role="region" tabindex="0" aria-labelledby="{}-assumptions-caption"><table class="smp-table smp-assumptions" data-testid="assumptions"><caption id="{}-assumptions-caption">{t:What this plan assumes, and where it comes from}</caption><thead><tr><th scope="col">{t:Assumption}</th><th scope="col">{t:Value}</th><th scope="col">{t:Source}</th></tr></thead><tbody>"#,
        &[instance, instance],
    );
    let mut key = String::new();
    for (i, &(prefix, slot)) in SHOWN.iter().enumerate() {
        // A choice's wire value completes the key; it is shown in the visitor's language.
        let choice = match slot {
            Slot::Skin => plan.inputs.skin.as_deref(),
            Slot::Sun => plan.inputs.sun.as_deref(),
            Slot::Style => plan.inputs.style.as_deref(),
            _ => None,
        }
        .unwrap_or_default();
        let choice_shown = tr_text(choice);
        let (part, shown): (&str, &str) = match slot {
            Slot::None => ("", ""),
            Slot::Region => (region, &zone),
            Slot::RegionTier => (region, &zone_level),
            _ => (choice, &choice_shown),
        };
        key.clear();
        key.push_str(prefix);
        if !part.is_empty() {
            key.push('.');
            key.push_str(part);
        }
        // The price's key ends with the tier too (`price.crown.standard`).
        if matches!(slot, Slot::RegionTier) {
            key.push('.');
            key.push_str(tier);
        }
        let Some(row) = rows.iter().find(|r| r.key == key) else {
            continue;
        };
        let source = if clinic_prices && matches!(slot, Slot::RegionTier) {
            tr("the clinic").into()
        } else {
            tr_text(row.source)
        };
        m.tpl(r#"<tr data-key="{}">"#, &[&key]);
        label(m, i);
        if !part.is_empty() {
            m.tpl(" ({})", &[shown]);
        }
        m.tpl("</th><td>{}</td><td>{}</td></tr>", &[&row.value, &source]);
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
pub fn what_to_ask(m: &mut Markup, instance: &str) {
    m.tpl(
        r#"<section class="smp-next" aria-labelledby="{}-next-title" data-testid="what-to-ask"><h2 id="{}-next-title">{t:What to ask a clinic}</h2><ul>"#,
        &[instance, instance],
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

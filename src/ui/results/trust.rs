//! Why a visitor can trust the figures: "How is this calculated?" opens the assumptions behind
//! the current plan with their sources, read from the same table as docs/assumptions.md
//! ([`crate::model::assumptions::Assumptions::rows`]); and, when the clinic gives no booking
//! link, what to ask a clinic before booking (from the brief's cautions).

use crate::markup::Markup;
use crate::model::assumptions::AssumptionRow;
use crate::model::input::Field;
use crate::model::Plan;
use crate::ui::charts::raw;
use crate::ui::ids::Ids;
use crate::ui::results::scroll_region;
use yew::prelude::*;

// Visitor-facing words of this module.
const HOW_TITLE: &str = "How is this calculated?";
const PRICES_CLINIC: &str = "Prices are the clinic's own. ";
const PRICES_PUBLISHED: &str = "Prices are estimates from published price ranges, not a quote. ";
/// Follows one of the two above.
const METHOD: &str = "Clinics price SMP per area, not per session: the initial course price for your area and price level is split across the sessions. Touch-ups follow every few years, sooner with oily skin, strong sun or a soft style. Alternatives are added up month by month over the same years as SMP.";
const CAPTION: &str = "What this plan assumes, and where it comes from";
const HEADS: [&str; 3] = ["Assumption", "Value", "Source"];
const SOURCE_CLINIC: &str = "the clinic";
const CUSTOM_AREA: &str = "A custom area is priced between the two listed areas nearest to it.";
const ASK_TITLE: &str = "What to ask a clinic";
const ASK: [&str; 6] = [
    "Healed results: photos of clients a year or more after treatment, with skin and hair loss like yours.",
    "How many sessions they plan (three is usual, two to four), how far apart, and the price for your area in writing.",
    "What a touch-up costs and when they expect one (often after 4 to 6 years).",
    "Whether SMP suits you: oily skin can blur the dots, and with very extensive hair loss some remaining hair helps the look.",
    "The pigment they use, allergy testing, and the side effects they see (itching, redness, rarely scarring).",
    "Written aftercare: no sweating for the first days, no sun, pools or saunas for about a month.",
];

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

/// The assumption rows shown for a plan: key (before its slot), slot, label.
const ROWS: [(&str, Slot, &str); 17] = [
    (
        "price",
        Slot::RegionTier,
        "Initial course: low / typical / high",
    ),
    ("area_cm2", Slot::Region, "Area in cm²"),
    (
        "touch_up.share_of_course",
        Slot::None,
        "A touch-up, share of the course price",
    ),
    ("sessions.base", Slot::None, "Sessions"),
    ("sessions.range", Slot::None, "Sessions, range"),
    (
        "sessions.extra_for_skin",
        Slot::None,
        "One more session for skin",
    ),
    (
        "default.longevity_years",
        Slot::None,
        "Years before a touch-up",
    ),
    ("fading.skin", Slot::Skin, "Longevity, skin"),
    ("fading.sun", Slot::Sun, "Longevity, sun"),
    ("fading.style", Slot::Style, "Longevity, style"),
    (
        "fading.short_scenario",
        Slot::None,
        "Short longevity scenario",
    ),
    (
        "fading.long_scenario",
        Slot::None,
        "Long longevity scenario",
    ),
    (
        "healing.full_heal_days",
        Slot::None,
        "Fully healed after (days)",
    ),
    (
        "hairpiece.unit_price",
        Slot::None,
        "Hairpiece: price of a unit",
    ),
    (
        "hairpiece.unit_life_months",
        Slot::None,
        "Hairpiece: months a unit lasts",
    ),
    (
        "hairpiece.maintenance_per_month",
        Slot::None,
        "Hairpiece: upkeep a month",
    ),
    ("fibers.bottle_price", Slot::None, "Fibers: a bottle"),
];

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
            <summary>{ HOW_TITLE }</summary>
            { raw(m) }
        </details>
    }
}

fn body(
    m: &mut Markup,
    plan: &Plan,
    rows: &[AssumptionRow],
    clinic_prices: bool,
    caption_id: &str,
) {
    let prices = if clinic_prices {
        PRICES_CLINIC
    } else {
        PRICES_PUBLISHED
    };
    m.el("p", &[], &format!("{prices}{METHOD}"));
    let input = |f: Field| plan.inputs.text_of(f).unwrap_or_default();
    let region = &plan.region.key;
    let tier = plan.tier.key();
    let table = [
        ("class", Some("smp-table smp-assumptions")),
        ("data-testid", Some("assumptions")),
    ];
    m.elem("div", &scroll_region(caption_id), |m| {
        m.elem("table", &table, |m| {
            m.el("caption", &[("id", Some(caption_id))], CAPTION);
            m.elem("thead", &[], |m| {
                m.elem("tr", &[], |m| {
                    for head in HEADS {
                        m.el("th", &[("scope", Some("col"))], head);
                    }
                });
            });
            m.elem("tbody", &[], |m| {
                for (prefix, slot, label) in ROWS {
                    let (part, shown) = match slot {
                        Slot::None => (String::new(), String::new()),
                        Slot::Region => (region.clone(), plan.region.label.clone()),
                        Slot::RegionTier => (
                            format!("{region}.{tier}"),
                            format!("{}, {tier}", plan.region.label),
                        ),
                        Slot::Skin => (input(Field::Skin), input(Field::Skin)),
                        Slot::Sun => (input(Field::Sun), input(Field::Sun)),
                        Slot::Style => (input(Field::Style), input(Field::Style)),
                    };
                    let (key, label) = if part.is_empty() {
                        (prefix.to_string(), label.to_string())
                    } else {
                        (format!("{prefix}.{part}"), format!("{label} ({shown})"))
                    };
                    let Some(row) = rows.iter().find(|r| r.key == key) else {
                        continue;
                    };
                    let source = if clinic_prices && matches!(slot, Slot::RegionTier) {
                        SOURCE_CLINIC
                    } else {
                        row.source
                    };
                    m.elem("tr", &[("data-key", Some(&key))], |m| {
                        m.el("th", &[("scope", Some("row"))], &label)
                            .el("td", &[], &row.value)
                            .el("td", &[], source);
                    });
                }
            });
        });
    });
    if region == "custom" {
        m.el("p", &[], CUSTOM_AREA);
    }
}

/// Without a booking link: what to ask a clinic, so the visitor has a next step. Nothing is
/// sent anywhere.
pub fn what_to_ask(m: &mut Markup, title: &str) {
    let section = [
        ("class", Some("smp-next")),
        ("aria-labelledby", Some(title)),
        ("data-testid", Some("what-to-ask")),
    ];
    m.elem("section", &section, |m| {
        m.el("h2", &[("id", Some(title))], ASK_TITLE);
        m.elem("ul", &[], |m| {
            for line in ASK {
                m.el("li", &[], line);
            }
        });
    });
}

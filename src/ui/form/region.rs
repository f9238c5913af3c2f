//! Region: zone cards, a Norwood / Ludwig stage picker, or a custom area in cm² or in².
//! Every control here is named for the `region` field; the form's one listener reads them.

use crate::i18n::{tr, tr_text};
use crate::model::input::Field;
use crate::model::region::{NamedRegion, Zone, LUDWIG_STAGES, NORWOOD_STAGES};
use crate::ui::form::controls::{legend, number_box, radios, Ctx};
use crate::ui::icons::zone_icon;
use yew::prelude::*;

const DEFAULT_STAGE: &str = "norwood-3";

/// The stage the "By hair-loss stage" option stands for: the region in effect when it is a
/// stage, else the default one.
pub fn stage_of(region: &str) -> String {
    match NamedRegion::parse(region) {
        Some(NamedRegion::Norwood(_) | NamedRegion::Ludwig(_)) => region.to_string(),
        _ => DEFAULT_STAGE.to_string(),
    }
}

/// `region`: the region in effect (the form's, or the default).
pub fn region_picker(c: &Ctx, region: &str) -> Html {
    let named = NamedRegion::parse(region);
    let stage = stage_of(region);
    let is_stage = stage == region;
    let is_custom = region == "custom";
    let group = c.ids.of(Field::Region.wire());
    let stage_id = c.ids.of("stage");
    let radio = |value: &str, checked: bool| {
        let id = format!("{group}-{value}");
        html! { <input type="radio" id={id} name={group.clone()} value={value.to_string()} {checked} /> }
    };
    let unit = c.text(Field::AreaUnit);
    let unit = if unit.is_empty() { "cm2" } else { unit };
    html! {
        <fieldset id={group.clone()} class="smp-region" data-testid="region-picker">
            { legend(&tr_text(Field::Region.label())) }
            <div class="smp-zones">
                { for Zone::ALL.iter().map(|&z| html! {
                    <label class="smp-zone" for={format!("{group}-{}", z.key())}>
                        { radio(z.key(), named == Some(NamedRegion::Zone(z))) }
                        { zone_icon(z) }
                        <span class="smp-zone__label">{ tr_text(z.label()).into_owned() }</span>
                    </label>
                }) }
            </div>
            <div class="smp-region__row">
                <label class="smp-choice__option" for={format!("{group}-stage")}>
                    { radio("stage", is_stage) }
                    <span>{ tr("By hair-loss stage") }</span>
                </label>
                <label class="smp-visually-hidden" for={stage_id.clone()}>{ tr("Hair-loss stage") }</label>
                // Always enabled (a disabled one looked broken): picking a stage chooses this option.
                <select id={stage_id} name={Field::Region.wire()}>
                    <optgroup label={tr("Men: Norwood scale")}>
                        { for NORWOOD_STAGES.map(|n| stage_option(NamedRegion::Norwood(n), &stage)) }
                    </optgroup>
                    <optgroup label={tr("Women: Ludwig scale")}>
                        { for LUDWIG_STAGES.map(|n| stage_option(NamedRegion::Ludwig(n), &stage)) }
                    </optgroup>
                </select>
            </div>
            <div class="smp-region__row">
                <label class="smp-choice__option" for={format!("{group}-custom")}>
                    { radio("custom", is_custom) }
                    <span>{ tr("Custom area") }</span>
                </label>
            </div>
            if is_custom {
                <div class="smp-region__custom">
                    { number_box(c, Field::Area, Field::Area.hint().map(|h| tr_text(&h).into_owned()), None, Some("")) }
                    { radios(c, Field::AreaUnit, &[("cm2", tr("cm²").into()), ("in2", tr("in²").into())], unit) }
                </div>
            }
            if let Some(e) = c.error(Field::Region) {
                <p class="smp-field__error" data-testid="error-region">{ tr_text(&e.message).into_owned() }</p>
            }
        </fieldset>
    }
}

fn stage_option(r: NamedRegion, selected: &str) -> Html {
    let key = r.to_string();
    html! { <option value={key.clone()} selected={key == selected}>{ tr_text(&r.label()).into_owned() }</option> }
}

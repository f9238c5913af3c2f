//! Region: zone cards, a Norwood / Ludwig stage picker, or a custom area in cm² or in².
//! Every control here is named for the `region` field; the form's one listener reads them.

use crate::i18n::tr_text;
use crate::markup::Markup;
use crate::model::errors::FieldError;
use crate::model::form::error_of;
use crate::model::input::Field;
use crate::model::region::{NamedRegion, Zone, LUDWIG_STAGES, NORWOOD_STAGES};
use crate::ui::charts::raw;
use crate::ui::form::controls::control;
use crate::ui::icons::zone_icon;
use crate::ui::ids::Ids;
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

/// Whether the region option `value` (a zone, "stage" or "custom") is the one chosen when
/// `region` is in effect.
pub fn checked(region: &str, value: &str) -> bool {
    match value {
        "stage" => stage_of(region) == region,
        "custom" => region == "custom",
        zone => NamedRegion::parse(zone).is_some_and(|z| NamedRegion::parse(region) == Some(z)),
    }
}

/// `region`: the region in effect (the form's, or the default). The cards, the stage picker and
/// the options are markup, the same whatever is chosen: [`crate::ui::form::sync`] checks the
/// option in effect and selects the stage after each render.
#[inline(never)]
pub fn region_picker(ids: &Ids, errors: &[FieldError], region: &str) -> Html {
    let group = ids.of(Field::Region.wire());
    let stage_id = ids.of("stage");
    let mut m = Markup::new();
    m.tpl(
        r#"<legend>{}</legend><div class="smp-zones">"#,
        &[&tr_text(Field::Region.label())],
    );
    let radio = |m: &mut Markup, value: &str| {
        let id = format!("{group}-{value}");
        m.tpl(
            r#"<input type="radio" id="{}" name="{}" value="{}">"#,
            &[&id, &group, value],
        );
    };
    for z in Zone::ALL {
        let id = format!("{group}-{}", z.key());
        m.tpl(r#"<label class="smp-zone" for="{}">"#, &[&id]);
        radio(&mut m, z.key());
        m.tpl(zone_icon(z), &[]);
        m.tpl(
            r#"<span class="smp-zone__label">{}</span></label>"#,
            &[&tr_text(z.label())],
        );
    }
    let stage_radio = format!("{group}-stage");
    m.tpl(
        r#"</div><div class="smp-region__row"><label class="smp-choice__option" for="{}">"#,
        &[&stage_radio],
    );
    radio(&mut m, "stage");
    // Always enabled (a disabled one looked broken): picking a stage chooses this option.
    m.tpl(
        r#"<span>{t:By hair-loss stage}</span></label><label class="smp-visually-hidden" for="{}">{t:Hair-loss stage}</label><select id="{}" name="{}"><optgroup label="{t:Men: Norwood scale}">"#,
        &[&stage_id, &stage_id, Field::Region.wire()],
    );
    let option = |m: &mut Markup, r: NamedRegion| {
        m.tpl(
            r#"<option value="{}">{}</option>"#,
            &[&r.to_string(), &tr_text(&r.label())],
        );
    };
    for n in NORWOOD_STAGES {
        option(&mut m, NamedRegion::Norwood(n));
    }
    m.tpl(
        r#"</optgroup><optgroup label="{t:Women: Ludwig scale}">"#,
        &[],
    );
    for n in LUDWIG_STAGES {
        option(&mut m, NamedRegion::Ludwig(n));
    }
    let custom_radio = format!("{group}-custom");
    m.tpl(
        r#"</optgroup></select></div><div class="smp-region__row"><label class="smp-choice__option" for="{}">"#,
        &[&custom_radio],
    );
    radio(&mut m, "custom");
    m.tpl(r#"<span>{t:Custom area}</span></label></div>"#, &[]);
    let error = error_of(errors, Field::Region).map(|e| {
        let mut m = Markup::new();
        m.tpl(
            r#"<p class="smp-field__error" data-testid="error-region">{}</p>"#,
            &[&tr_text(&e.message)],
        );
        raw(m)
    });
    // The custom area's box and unit: markup that stays the same as the area is typed.
    let custom = (region == "custom").then(|| {
        let mut m = Markup::new();
        m.tpl(r#"<div class="smp-region__custom">"#, &[]);
        control(&mut m, ids, Field::Area, true, "");
        control(&mut m, ids, Field::AreaUnit, false, "");
        m.tpl("</div>", &[]);
        raw(m)
    });
    html! {
        <fieldset id={group} class="smp-region" data-testid="region-picker">
            { raw(m) }
            { custom }
            { error }
        </fieldset>
    }
}

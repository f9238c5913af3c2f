//! Region: zone cards, a Norwood / Ludwig stage picker, or a custom area in cm² or in².
//! Every control here is named for the `region` field; the form's one listener reads them.

use crate::i18n::tr_text;
use crate::markup::Markup;
use crate::model::input::Field;
use crate::model::region::{NamedRegion, Zone, LUDWIG_STAGES, NORWOOD_STAGES};
use crate::ui::form::controls::control;
use crate::ui::icons::zone_mark;
use crate::ui::ids::Ids;

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
        "stage" => matches!(
            NamedRegion::parse(region),
            Some(NamedRegion::Norwood(_) | NamedRegion::Ludwig(_))
        ),
        "custom" => region == "custom",
        zone => NamedRegion::parse(zone).is_some_and(|z| NamedRegion::parse(region) == Some(z)),
    }
}

/// The form's opening tag and the region picker's markup, the same whatever is chosen: [`crate::ui::form::sync`] checks
/// the option in effect, selects the stage, and adds the custom area's box and the region's
/// error when they apply.
pub fn region_picker(m: &mut Markup, ids: &Ids) {
    // The group's id is `{prefix}-region`, written by the templates (see `Ids`).
    let p = &*ids.0;
    // The form opens here: the picker comes first in it.
    m.tpl(
        r#"<form data-testid="form" class="smp-form"><fieldset id="{}-region" data-testid="region-picker" class="smp-region"><legend>{}</legend><div class="smp-zones">"#,
        &[p, &tr_text(Field::Region.label())],
    );
    // Each option's label and radio in one template.
    for &z in &Zone::ALL {
        let k = z.key();
        // The icon's outline, which every zone shares, in the same template.
        m.tpl(
            r#"<label class="smp-zone" for="{}-region-{}"><input type="radio" id="{}-region-{}" name="{}-region" value="{}"><svg class="smp-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false"><ellipse class="smp-icon__head" cx="24" cy="26" rx="16" ry="19"/><path class="smp-icon__head" d="M21 7.5 L24 3 L27 7.5"/>"#,
            &[p, k, p, k, p, k],
        );
        m.tpl(zone_mark(z), &[]);
        m.tpl(
            r#"<span class="smp-zone__label">{}</span></label>"#,
            &[&tr_text(z.label())],
        );
    }
    // The stage option and its select, always enabled (a disabled one looked broken):
    // picking a stage chooses this option.
    m.tpl(
        r#"</div><div class="smp-region__row"><label class="smp-choice__option" for="{}-region-stage"><input type="radio" id="{}-region-stage" name="{}-region" value="stage"><span>{t:By hair-loss stage}</span></label><label class="smp-visually-hidden" for="{}-stage">{t:Hair-loss stage}</label><select id="{}-stage" name="{}"><optgroup label="{t:Men: Norwood scale}">"#,
        &[p, p, p, p, p, Field::Region.wire()],
    );
    // The stage's key (`norwood-3`) written by the template, its number by a number hole.
    let option = |m: &mut Markup, template: &'static str, r: NamedRegion, n: u8| {
        m.draw(template, &[&tr_text(&r.label())], &[f64::from(n)]);
    };
    // Half-open ranges: `RangeInclusive`'s iterator costs its own code.
    for n in *NORWOOD_STAGES.start()..NORWOOD_STAGES.end() + 1 {
        option(
            m,
            r#"<option value="norwood-{0}">{}</option>"#,
            NamedRegion::Norwood(n),
            n,
        );
    }
    m.tpl(
        r#"</optgroup><optgroup label="{t:Women: Ludwig scale}">"#,
        &[],
    );
    for n in *LUDWIG_STAGES.start()..LUDWIG_STAGES.end() + 1 {
        option(
            m,
            r#"<option value="ludwig-{0}">{}</option>"#,
            NamedRegion::Ludwig(n),
            n,
        );
    }
    m.tpl(
        r#"</optgroup></select></div><div class="smp-region__row"><label class="smp-choice__option" for="{}-region-custom"><input type="radio" id="{}-region-custom" name="{}-region" value="custom"><span>{t:Custom area}</span></label></div></fieldset>"#,
        &[p, p, p],
    );
}

/// The custom area's box and unit, shown while the region is "custom": markup that stays the
/// same as the area is typed. `hint`: the area box's hint.
pub(super) fn custom_area(ids: &Ids, hints: &super::Hints) -> String {
    let mut m = Markup::new();
    m.tpl(r#"<div class="smp-region__custom">"#, &[]);
    control(&mut m, ids, Field::Area, hints);
    control(&mut m, ids, Field::AreaUnit, hints);
    m.tpl("</div>", &[]);
    m.finish()
}

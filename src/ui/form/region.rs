//! Region: zone cards, a Norwood / Ludwig stage picker, or a custom area in cm² or in².

use crate::i18n::{tr, tr_text};
use crate::model::errors::FieldError;
use crate::model::form::{error_of, Form};
use crate::model::input::Field;
use crate::model::region::{NamedRegion, Zone, LUDWIG_STAGES, NORWOOD_STAGES};
use crate::ui::form::controls::{NumberInput, OnSet, RadioGroup};
use crate::ui::icons::zone_icon;
use crate::ui::ids::use_ids;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegionProps {
    /// The visitor's text (the custom area and its unit).
    pub form: Form,
    pub errors: Vec<FieldError>,
    /// The region in effect (the form's, or the default).
    pub region: AttrValue,
    pub on_set: OnSet,
}

const DEFAULT_STAGE: &str = "norwood-3";

#[function_component(RegionPicker)]
pub fn region_picker(p: &RegionProps) -> Html {
    let ids = use_ids();
    let region = p.region.as_str();
    let named = NamedRegion::parse(region);
    let is_stage = matches!(
        named,
        Some(NamedRegion::Norwood(_) | NamedRegion::Ludwig(_))
    );
    let is_custom = region == "custom";
    let group = ids.of(Field::Region.wire());
    let set = |value: String| {
        let on_set = p.on_set.clone();
        Callback::from(move |_: Event| on_set.emit((Field::Region, value.clone())))
    };
    let stage_value = if is_stage {
        region.to_string()
    } else {
        DEFAULT_STAGE.to_string()
    };
    let on_stage = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_set.emit((Field::Region, select.value()));
        })
    };
    let stage_id = ids.of("stage");
    let error = error_of(&p.errors, Field::Region).cloned();
    let (text, err) = (|f| p.form.text(f), |f| error_of(&p.errors, f).cloned());
    html! {
        <fieldset id={group.clone()} class="smp-region" data-testid="region-picker">
            <legend>{ tr_text(Field::Region.label()) }</legend>
            <div class="smp-zones">
                { for Zone::ALL.iter().map(|&z| {
                    let id = format!("{group}-{}", z.key());
                    html! {
                        <label class="smp-zone" for={id.clone()}>
                            <input type="radio" id={id} name={group.clone()} value={z.key()}
                                checked={named == Some(NamedRegion::Zone(z))}
                                onchange={set(z.key().to_string())} />
                            { zone_icon(z) }
                            <span class="smp-zone__label">{ tr_text(z.label()) }</span>
                        </label>
                    }
                }) }
            </div>
            <div class="smp-region__row">
                <label class="smp-choice__option" for={format!("{group}-stage")}>
                    <input type="radio" id={format!("{group}-stage")} name={group.clone()} value="stage"
                        checked={is_stage} onchange={set(stage_value.clone())} />
                    <span>{ tr("By hair-loss stage") }</span>
                </label>
                <label class="smp-visually-hidden" for={stage_id.clone()}>{ tr("Hair-loss stage") }</label>
                // Always enabled (a disabled one looked broken): picking a stage chooses this option.
                <select id={stage_id} onchange={on_stage}>
                    <optgroup label={tr("Men: Norwood scale")}>
                        { for NORWOOD_STAGES.map(|n| stage_option(NamedRegion::Norwood(n), &stage_value)) }
                    </optgroup>
                    <optgroup label={tr("Women: Ludwig scale")}>
                        { for LUDWIG_STAGES.map(|n| stage_option(NamedRegion::Ludwig(n), &stage_value)) }
                    </optgroup>
                </select>
            </div>
            <div class="smp-region__row">
                <label class="smp-choice__option" for={format!("{group}-custom")}>
                    <input type="radio" id={format!("{group}-custom")} name={group.clone()} value="custom"
                        checked={is_custom} onchange={set("custom".into())} />
                    <span>{ tr("Custom area") }</span>
                </label>
            </div>
            if is_custom {
                <div class="smp-region__custom">
                    <NumberInput field={Field::Area} text={text(Field::Area).to_string()}
                        error={err(Field::Area)} on_set={p.on_set.clone()}
                        hint={Field::Area.hint().map(|h| AttrValue::from(tr_text(&h).into_owned()))} unit={AttrValue::from("")} />
                    <RadioGroup field={Field::AreaUnit} class={classes!("smp-segmented")}
                        options={vec![("cm2".into(), tr("cm²").into()), ("in2".into(), tr("in²").into())]}
                        selected={if text(Field::AreaUnit).is_empty() { "cm2".to_string() } else { text(Field::AreaUnit).to_string() }}
                        on_set={p.on_set.clone()} error={err(Field::AreaUnit)} />
                </div>
            }
            if let Some(e) = error {
                <p class="smp-field__error" data-testid="error-region">{ tr_text(&e.message).into_owned() }</p>
            }
        </fieldset>
    }
}

fn stage_option(r: NamedRegion, selected: &str) -> Html {
    let key = r.to_string();
    html! { <option value={key.clone()} selected={key == selected}>{ tr_text(&r.label()).into_owned() }</option> }
}

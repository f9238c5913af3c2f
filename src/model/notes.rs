//! Plain-language notes on what the inputs imply: candidacy cautions, aftercare, side effects.

use crate::model::input::Inputs;
use crate::model::options::{Skin, Style, Sun};
use crate::model::region::{NamedRegion, Region, Zone};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteCode {
    ExtremeHairLoss,
    FibersNeedHair,
    OilySkin,
    NoShavingNeeded,
    ScarCamouflage,
    HighSun,
    SoftStyle,
    FolliclesUnaffected,
    Aftercare,
    SideEffects,
}

impl NoteCode {
    pub fn text(self) -> &'static str {
        match self {
            NoteCode::ExtremeHairLoss => "At an extreme level of hair loss SMP can look less natural: it works best with some remaining hair or a buzz-cut look. Ask a practitioner for an honest assessment.",
            NoteCode::FibersNeedHair => "Hair fibers need existing hair to cling to, so at this level of loss the fibers comparison may not apply.",
            NoteCode::OilySkin => "Oily skin makes pigment blur, so dots lose definition and fade sooner; drier skin holds the look better.",
            NoteCode::NoShavingNeeded => "Women can have SMP without shaving: it is done in sections to add density to thinning hair.",
            NoteCode::ScarCamouflage => "Scar tissue takes pigment less predictably; a test patch and an extra session are common.",
            NoteCode::HighSun => "Sun, UV and tanning beds fade pigment; a hat or sunscreen once healed extends the result.",
            NoteCode::SoftStyle => "Softer, faded styles need touch-ups sooner than defined ones.",
            NoteCode::FolliclesUnaffected => "SMP does not affect existing hair follicles.",
            NoteCode::Aftercare => "Aftercare: redness for a couple of hours and back to routine within a day; avoid exercise and sweating for the first days, shower lukewarm without sulfate shampoo or scrubbing, and keep out of the sun, pools and saunas for about a month.",
            NoteCode::SideEffects => "Possible side effects: loss of sensation, itching or burning, bleeding, allergic reactions, dry skin, redness and bumps, and, rarely, permanent scarring.",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub code: NoteCode,
    pub text: &'static str,
}

pub fn is_extreme_loss(region: Region, area_cm2: u32, threshold_cm2: u32) -> bool {
    matches!(
        region,
        Region::Named(NamedRegion::Norwood(6 | 7)) | Region::Named(NamedRegion::Zone(Zone::Full))
    ) || area_cm2 >= threshold_cm2
}

pub fn notes(inputs: &Inputs, extreme_loss: bool) -> Vec<Note> {
    let mut codes = Vec::new();
    if extreme_loss {
        codes.extend([NoteCode::ExtremeHairLoss, NoteCode::FibersNeedHair]);
    }
    if inputs.skin == Skin::Oily {
        codes.push(NoteCode::OilySkin);
    }
    if matches!(
        inputs.region,
        Region::Named(NamedRegion::Ludwig(_)) | Region::Named(NamedRegion::Zone(Zone::Diffuse))
    ) {
        codes.push(NoteCode::NoShavingNeeded);
    }
    if inputs.region == Region::Named(NamedRegion::Zone(Zone::Scar)) {
        codes.push(NoteCode::ScarCamouflage);
    }
    if inputs.sun == Sun::High {
        codes.push(NoteCode::HighSun);
    }
    if inputs.style == Style::Soft {
        codes.push(NoteCode::SoftStyle);
    }
    codes.extend([
        NoteCode::FolliclesUnaffected,
        NoteCode::Aftercare,
        NoteCode::SideEffects,
    ]);
    codes
        .into_iter()
        .map(|code| Note {
            code,
            text: code.text(),
        })
        .collect()
}

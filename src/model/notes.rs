//! Plain-language notes on what the inputs imply: candidacy cautions, aftercare, side effects.

use crate::model::assumptions::PricingBasis;
use crate::model::currency::Currency;
use crate::model::input::Inputs;
use crate::model::options::{Skin, Style, Sun, Tier};
use crate::model::region::{NamedRegion, Region, Zone};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteCode {
    ChooseTechnician,
    ExtremeHairLoss,
    FibersNeedHair,
    HairpieceNotForScar,
    PackagePrice,
    PerSessionPrice,
    PricesConverted,
    PricesConvertedFromClinic,
    AlternativesConverted,
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
            NoteCode::ChooseTechnician => "Choose a reputable, experienced technician and ask to see healed results: a botched SMP can look as if the whole head were coloured black, and it is hard to undo.",
            NoteCode::HairpieceNotForScar => "A hairpiece is rarely the answer to a scar: the hairpiece comparison may not apply to scar camouflage.",
            NoteCode::PackagePrice => "The initial cost is a package price for the whole course: an extra session does not change it.",
            NoteCode::PerSessionPrice => "The initial cost is priced per session: the number of sessions times the price of one session.",
            NoteCode::PricesConverted => "Prices are converted from US prices at a fixed exchange rate: no local price source was found, so local clinics may charge differently.",
            NoteCode::PricesConvertedFromClinic => "Prices are converted from the clinic's own currency at a fixed exchange rate; the clinic's quote in its currency is what counts.",
            NoteCode::AlternativesConverted => "SMP prices come from local clinic sources; the alternatives are converted from US prices at a fixed exchange rate.",
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
    /// Shown first and set apart: the technician caution on the budget tier.
    pub prominent: bool,
}

/// What the notes depend on besides the inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoteContext {
    pub extreme_loss: bool,
    pub basis: PricingBasis,
    /// The currency SMP prices were converted from, if they were.
    pub prices_converted_from: Option<Currency>,
    pub alternatives_converted: bool,
}

pub fn is_extreme_loss(region: Region, area_cm2: u32, threshold_cm2: u32) -> bool {
    matches!(
        region,
        Region::Named(NamedRegion::Norwood(6 | 7)) | Region::Named(NamedRegion::Zone(Zone::Full))
    ) || area_cm2 >= threshold_cm2
}

pub fn notes(inputs: &Inputs, ctx: NoteContext) -> Vec<Note> {
    // A cheaper clinic is where the brief's warning matters most: first, and set apart.
    let budget = inputs.tier == Tier::Budget;
    let mut codes = Vec::new();
    if budget {
        codes.push(NoteCode::ChooseTechnician);
    }
    if ctx.extreme_loss {
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
        codes.extend([NoteCode::ScarCamouflage, NoteCode::HairpieceNotForScar]);
    }
    if inputs.sun == Sun::High {
        codes.push(NoteCode::HighSun);
    }
    if inputs.style == Style::Soft {
        codes.push(NoteCode::SoftStyle);
    }
    if !budget {
        codes.push(NoteCode::ChooseTechnician);
    }
    codes.push(match ctx.basis {
        PricingBasis::Package => NoteCode::PackagePrice,
        PricingBasis::PerSession => NoteCode::PerSessionPrice,
    });
    match ctx.prices_converted_from {
        Some(Currency::Usd) => codes.push(NoteCode::PricesConverted),
        Some(_) => codes.push(NoteCode::PricesConvertedFromClinic),
        None if ctx.alternatives_converted => codes.push(NoteCode::AlternativesConverted),
        None => {}
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
            prominent: budget && code == NoteCode::ChooseTechnician,
        })
        .collect()
}

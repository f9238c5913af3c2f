//! How many initial sessions, why, and when: dates and healing milestones.

use crate::model::assumptions::Assumptions;
use crate::model::date::Date;
use crate::model::input::Inputs;
use crate::model::region::{NamedRegion, Region, Zone};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionReason {
    /// The usual course.
    Base,
    LargeArea,
    ScarTissue,
    /// Skin that holds pigment poorly (oily, or dry/thick).
    Skin,
    SetByVisitor,
}

impl SessionReason {
    pub fn text(self) -> &'static str {
        match self {
            SessionReason::Base => {
                "Three sessions is the usual course; results show after the 3rd or 4th."
            }
            SessionReason::LargeArea => {
                "A large area usually needs a 4th session to build even density."
            }
            SessionReason::ScarTissue => {
                "Scar tissue takes pigment unevenly, so a 4th session is common."
            }
            SessionReason::Skin => {
                "This skin type holds pigment less evenly, so a 4th session is common."
            }
            SessionReason::SetByVisitor => "You set the number of sessions.",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub code: SessionReason,
    pub text: &'static str,
}

/// The session count and every reason behind it.
pub fn session_count(inputs: &Inputs, area_cm2: u32, a: &Assumptions) -> (u8, Vec<Reason>) {
    let reason = |code: SessionReason| Reason {
        code,
        text: code.text(),
    };
    if let Some(n) = inputs.sessions {
        return (n, vec![reason(SessionReason::SetByVisitor)]);
    }
    let rules = &a.sessions;
    let mut reasons = vec![reason(SessionReason::Base)];
    if area_cm2 >= rules.large_area_cm2 {
        reasons.push(reason(SessionReason::LargeArea));
    }
    if inputs.region == Region::Named(NamedRegion::Zone(Zone::Scar)) {
        reasons.push(reason(SessionReason::ScarTissue));
    }
    if rules.extra_for_skin.contains(&inputs.skin) {
        reasons.push(reason(SessionReason::Skin));
    }
    let extra = u8::from(reasons.len() > 1);
    let count = rules
        .base
        .saturating_add(extra)
        .clamp(rules.min, rules.max.max(rules.min));
    (count, reasons)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// No washing, exercise or sweating until this date.
    NoSweat,
    /// Avoid sun, pools and saunas until this date.
    SunAvoid,
    /// Skin fully healed by this date.
    Healed,
}

impl MilestoneKind {
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::NoSweat => "No washing, exercise or sweating until",
            MilestoneKind::SunAvoid => "Avoid sun, pools and saunas until",
            MilestoneKind::Healed => "Fully healed by",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub code: MilestoneKind,
    pub label: &'static str,
    pub date: Date,
}

/// Session dates, `gap_weeks` apart from `start`, and each session's healing milestones.
pub fn session_dates(start: Date, count: u8, gap_weeks: u32) -> Option<Vec<Date>> {
    (0..i64::from(count))
        .map(|i| start.add_days(i * 7 * i64::from(gap_weeks)))
        .collect()
}

pub fn milestones(session: Date, a: &Assumptions) -> Option<Vec<Milestone>> {
    let h = &a.healing;
    [
        (MilestoneKind::NoSweat, h.no_sweat),
        (MilestoneKind::SunAvoid, h.sun_avoid),
        (MilestoneKind::Healed, h.full_heal),
    ]
    .into_iter()
    .map(|(code, days)| {
        Some(Milestone {
            code,
            label: code.label(),
            date: session.add_days(i64::from(days))?,
        })
    })
    .collect()
}

//! The treatment timeline: initial sessions with their healing windows, the full-result date,
//! and the touch-ups of each longevity scenario, on one date axis over the horizon.

use crate::chart::cost::{MAX_WIDTH, MIN_WIDTH};
use crate::chart::scale::Linear;
use crate::chart::{spaced_years, wrap, Frame, SpacedYears, TEXT_CHAR_WIDTH};
use crate::markup::Markup;
use crate::model::date::Date;
use crate::model::plan::Session;
use crate::model::Plan;

/// The years chart for a `width` in drawing units (see [`crate::chart::cost::frame_for`]),
/// with room on the left for row labels `label_chars` long, up to a third of the width
/// (longer labels wrap there).
pub fn frame_for(width: f64, label_chars: usize) -> Frame {
    let width = clamp_width(width);
    Frame {
        width,
        height: 150.0,
        // max then min rather than f64::clamp: the same value (the width is at least
        // MIN_WIDTH, so a third of it is over 40), without clamp's `min <= max` assertion,
        // whose message alone linked core's float formatting (about 14 KB) into the wasm.
        left: (label_chars as f64 * TEXT_CHAR_WIDTH + ROW_LABEL_GAP + 4.0)
            .max(40.0)
            .min((width / 3.0).floor()),
        right: 12.0,
        top: 8.0,
        bottom: 24.0,
    }
}

/// Places dates between `start` and `end` (day numbers) across the plot.
fn day_axis(f: &Frame, start: f64, end: f64) -> Linear {
    Linear {
        d0: start,
        d1: end,
        r0: f.x0(),
        r1: f.x1(),
    }
}

/// A session's healing window in plot coordinates: from the session to its last healing
/// milestone.
pub fn healing_span(x: &Linear, s: &Session) -> Option<(f64, f64)> {
    Some((at(x, s.date), at(x, s.milestones.last()?.date)))
}

/// Each date marked on row `row` of [`Timeline::rows`], in order: the sessions', then the
/// short, typical or long scenario's touch-ups'.
pub fn row_dates(plan: &Plan, row: usize, mut mark: impl FnMut(Date)) {
    let t = &plan.touch_ups;
    let scenario = match row {
        0 => {
            for s in &plan.sessions.items {
                mark(s.date);
            }
            return;
        }
        1 => &t.short,
        2 => &t.typical,
        _ => &t.long,
    };
    for u in &scenario.items {
        mark(u.date);
    }
}

/// Where `date` goes on the date axis `x`.
pub fn at(x: &Linear, date: Date) -> f64 {
    x.map(date.day_number() as f64)
}

/// The healing windows of `plan`'s sessions as soft bars centred on the row at `y`.
pub fn healing(m: &mut Markup, plan: &Plan, x: &Linear, y: f64) {
    for s in &plan.sessions.items {
        let Some((a, b)) = healing_span(x, s) else {
            continue;
        };
        m.draw(
            r#"<rect class="smp-healing" x="{1}" y="{1}" width="{1}" height="10" rx="2"/>"#,
            &[],
            &[a, y - 5.0, (b - a).max(1.0)],
        );
    }
}

/// The width both charts are laid out for, given `width` (see [`crate::chart::cost::frame_for`]):
/// widths that clamp alike draw the same charts.
pub fn clamp_width(width: f64) -> f64 {
    if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH).floor()
    } else {
        MIN_WIDTH
    }
}

/// Between a row label and the plot.
pub const ROW_LABEL_GAP: f64 = 6.0;
/// Baseline to baseline of a row label's lines.
pub const ROW_LABEL_LINE: f64 = 13.0;

/// Year labels at least this far apart.
const YEAR_LABEL_SPACING: f64 = 36.0;
/// Week labels ("wk 12") at least this far apart.
const WEEK_LABEL_SPACING: f64 = 44.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The translated label, for a `<title>` when `lines` had to cut it.
    pub label: &'static str,
    pub lines: Vec<String>,
    pub cut: bool,
    /// Baseline of the label's first line.
    pub label_y: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub frame: Frame,
    /// The rows' labels ([`Timeline::row`]): the sessions, then the short, typical and long
    /// scenarios' touch-ups, whose marks are the dates of `plan.sessions` and
    /// `plan.touch_ups` placed on `x` ([`at`]).
    pub labels: [&'static str; 4],
    /// The date axis, for the marks and the healing windows ([`healing`]).
    pub x: Linear,
    /// The full result's x.
    pub full_result: f64,
    /// The years whose start ([`Timeline::year_x`]) is labelled: labels keep their distance
    /// on narrow screens. Every year's start has a grid line.
    pub labelled: SpacedYears,
}

impl Timeline {
    pub fn new(plan: &Plan, width: f64) -> Timeline {
        let labels = [
            crate::i18n::tr("Sessions"),
            crate::i18n::tr("Short"),
            crate::i18n::tr("Typical"),
            crate::i18n::tr("Long"),
        ];
        let chars = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let f = frame_for(width, chars);
        let start = plan.horizon.start_date.day_number() as f64;
        let end = plan.horizon.end_date.day_number() as f64;
        let x = day_axis(&f, start, end);
        let year_width = (f.x1() - f.x0()) / f64::from(plan.horizon.years.max(1));
        let labelled = spaced_years(plan.horizon.years, year_width, YEAR_LABEL_SPACING);
        Timeline {
            frame: f,
            labels,
            x,
            full_result: at(&x, plan.full_result_date),
            labelled,
        }
    }

    /// The y of row `i` (0 to 3, see [`Timeline::labels`]).
    pub fn row_y(&self, i: usize) -> f64 {
        let f = self.frame;
        f.y1() + (f.y0() - f.y1()) / 4.0 * (i as f64 + 0.5)
    }

    /// Row `i` (0 to 3), its label laid out in the margin.
    pub fn row(&self, i: usize) -> Row {
        let label = self.labels[i];
        let y = self.row_y(i);
        let (lines, cut) = wrap(
            label,
            self.frame.x0() - ROW_LABEL_GAP - 2.0,
            TEXT_CHAR_WIDTH,
            2,
        );
        // Centred on the row line, whatever the number of lines.
        let label_y = y + 3.5 - (lines.len() as f64 - 1.0).max(0.0) * ROW_LABEL_LINE / 2.0;
        Row {
            label,
            lines,
            cut,
            label_y,
            y,
        }
    }

    /// Where year `year` after the plan's start begins.
    pub fn year_x(&self, plan: &Plan, year: u32) -> Option<f64> {
        let d = plan.horizon.start_date.add_months(i64::from(year) * 12)?;
        Some(at(&self.x, d))
    }
}

/// The first months on their own axis in weeks, where the sessions (weeks apart) are drawn
/// apart: on the years axis of a phone they fall within a few pixels of each other.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstMonths {
    pub frame: Frame,
    /// The sessions row's y.
    pub y: f64,
    /// The date axis, for the sessions ([`at`]) and their healing windows ([`healing`]).
    pub x: Linear,
    /// The full result's x.
    pub full_result: f64,
    /// The labelled weeks, from week 0: every `every`th up to `weeks` ([`FirstMonths::week_x`]).
    pub weeks: u32,
    pub every: u32,
}

impl FirstMonths {
    pub fn new(plan: &Plan, width: f64) -> FirstMonths {
        let f = Frame {
            width: clamp_width(width),
            height: 72.0,
            left: 14.0,
            right: 18.0,
            top: 20.0,
            bottom: 24.0,
        };
        let first = plan
            .sessions
            .items
            .first()
            .map_or(plan.horizon.start_date, |s| s.date);
        let start = first.day_number() as f64;
        let healed = plan
            .sessions
            .items
            .iter()
            .filter_map(|s| s.milestones.last())
            .map(|m| m.date.day_number() as f64);
        let end = healed
            .chain([plan.full_result_date.day_number() as f64])
            .fold(start + 7.0, f64::max)
            + 7.0;
        let x = day_axis(&f, start, end);
        let weeks = ((end - start) / 7.0).floor().max(1.0) as u32;
        let week_width = (f.x1() - f.x0()) / ((end - start) / 7.0);
        let every = [1, 2, 4, 8, 13, 26, 52]
            .iter()
            .find(|&&e| f64::from(e) * week_width >= WEEK_LABEL_SPACING)
            .map_or(104, |&e| e);
        FirstMonths {
            frame: f,
            y: f.y1() + (f.y0() - f.y1()) / 2.0,
            x,
            full_result: at(&x, plan.full_result_date),
            weeks,
            every,
        }
    }

    /// Where week `week` of the first months begins.
    pub fn week_x(&self, week: u32) -> f64 {
        self.x.map(self.x.d0 + f64::from(week) * 7.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute_json, Assumptions};

    fn plan(json: &str) -> Plan {
        compute_json(
            json,
            &Assumptions::default(),
            Date::new(2026, 11, 24).unwrap(),
        )
        .unwrap()
    }

    /// Where row `row`'s marks go.
    fn marks(p: &Plan, x: &Linear, row: usize) -> Vec<f64> {
        let mut xs = Vec::new();
        row_dates(p, row, |d| xs.push(at(x, d)));
        xs
    }

    #[test]
    fn every_session_and_touch_up_is_placed_in_date_order() {
        for json in [
            r#"{"horizon_years": 4}"#,
            r#"{"horizon_years": 15, "skin": "oily", "sun": "high"}"#,
        ] {
            let p = plan(json);
            let t = Timeline::new(&p, 400.0);
            let f = t.frame;
            let rows: Vec<Vec<f64>> = (0..4).map(|i| marks(&p, &t.x, i)).collect();
            assert_eq!(rows[0].len(), usize::from(p.sessions.count));
            assert_eq!(rows[1].len(), p.touch_ups.short.items.len());
            assert_eq!(rows[2].len(), p.touch_ups.typical.items.len());
            assert_eq!(rows[3].len(), p.touch_ups.long.items.len());
            for row in &rows {
                assert!(row.windows(2).all(|w| w[0] < w[1]));
                assert!(row.iter().all(|x| *x >= f.x0() && *x <= f.x1()));
            }
            assert_eq!(rows[0][0], f.x0());
            let years: Vec<f64> = (1..=p.horizon.years)
                .map(|y| t.year_x(&p, y).unwrap())
                .collect();
            assert!(years.windows(2).all(|w| w[0] < w[1]));
            assert!((years.last().unwrap() - f.x1()).abs() < 1e-9);
            let mut spans = p
                .sessions
                .items
                .iter()
                .map(|s| healing_span(&t.x, s).unwrap());
            assert!(spans.all(|(a, b)| a < b));
            assert!(t.full_result > *rows[0].last().unwrap());
        }
    }

    #[test]
    fn rows_are_stacked_inside_the_frame() {
        let t = Timeline::new(&plan("{}"), 288.0);
        let f = t.frame;
        assert_eq!(f.width, 288.0);
        let rows: Vec<Row> = (0..4).map(|i| t.row(i)).collect();
        assert!(rows.windows(2).all(|w| w[0].y < w[1].y));
        assert!(rows.iter().all(|r| r.y > f.y1() && r.y < f.y0()));
        assert_eq!(rows[0].y, t.row_y(0));
    }

    #[test]
    fn row_labels_get_the_room_their_text_needs() {
        let f = frame_for(288.0, 8);
        assert_eq!(f.left, 66.0);
        // Longer labels widen the margin, up to a third of the chart.
        assert_eq!(frame_for(288.0, 11).left, 87.0);
        assert_eq!(frame_for(240.0, 30).left, 80.0);
        assert_eq!(frame_for(400.0, 2).left, 40.0);
        let t = Timeline::new(&plan("{}"), 240.0);
        for r in (0..4).map(|i| t.row(i)) {
            let widest = r.lines.iter().map(|l| l.chars().count()).max().unwrap();
            assert!(widest as f64 * TEXT_CHAR_WIDTH + ROW_LABEL_GAP <= t.frame.left);
            assert_eq!(r.lines, vec![r.label.to_string()]);
            assert!(!r.cut);
        }
    }

    #[test]
    fn year_labels_thin_out_on_narrow_screens() {
        let p = plan(r#"{"horizon_years": 15}"#);
        let labelled = |w: f64| {
            let t = Timeline::new(&p, w);
            let xs: Vec<f64> = (1..=15)
                .filter(|y| t.labelled.labels(*y))
                .map(|y| t.year_x(&p, y).unwrap())
                .collect();
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= YEAR_LABEL_SPACING));
            xs.len()
        };
        assert!(labelled(288.0) < labelled(800.0));
    }

    #[test]
    fn first_months_draw_the_sessions_apart() {
        for json in [
            "{}",
            r#"{"session_gap_weeks": 2, "sessions": 4}"#,
            r#"{"session_gap_weeks": 4}"#,
        ] {
            let p = plan(json);
            let m = FirstMonths::new(&p, 288.0);
            let f = m.frame;
            let sessions = marks(&p, &m.x, 0);
            assert_eq!(sessions.len(), usize::from(p.sessions.count));
            // Sessions at least two weeks apart are at least 20 px apart at 288 px.
            assert!(
                sessions.windows(2).all(|w| w[1] - w[0] >= 20.0),
                "{json}: {sessions:?}"
            );
            // On the years axis of the same width they crowd within a few pixels.
            let years = Timeline::new(&p, 288.0);
            let pts = marks(&p, &years.x, 0);
            assert!(pts.windows(2).all(|w| w[1] - w[0] < 10.0));
            for x in sessions.iter().copied().chain([m.full_result]) {
                assert!(x >= f.x0() - 0.05 && x <= f.x1() + 0.05, "{json}");
            }
            let mut spans = p
                .sessions
                .items
                .iter()
                .map(|s| healing_span(&m.x, s).unwrap());
            assert!(spans.all(|(a, b)| a < b && b <= f.x1() + 0.05));
            assert!(m.week_x(m.every) - m.week_x(0) >= WEEK_LABEL_SPACING);
            assert_eq!(m.week_x(0), f.x0());
            assert!(m.week_x(m.weeks) <= f.x1());
        }
    }
}

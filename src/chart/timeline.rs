//! The treatment timeline: initial sessions with their healing windows, the full-result date,
//! and the touch-ups of each longevity scenario, on one date axis over the horizon.

use crate::chart::scale::Linear;
use crate::chart::Frame;
use crate::model::date::Date;
use crate::model::Plan;

pub const FRAME: Frame = Frame {
    width: 400.0,
    height: 150.0,
    left: 70.0,
    right: 12.0,
    top: 8.0,
    bottom: 24.0,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub date: Date,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// `sessions`, `short`, `typical`, `long`.
    pub key: &'static str,
    pub label: &'static str,
    pub y: f64,
    pub points: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub frame: Frame,
    pub rows: Vec<Row>,
    /// Healing windows (session → fully healed), on the sessions row.
    pub healing: Vec<(f64, f64)>,
    pub full_result: Point,
    /// Start of each year after the start date.
    pub year_ticks: Vec<(f64, u32)>,
}

impl Timeline {
    pub fn new(plan: &Plan) -> Timeline {
        let f = FRAME;
        let start = plan.horizon.start_date.day_number() as f64;
        let end = plan.horizon.end_date.day_number() as f64;
        let x = Linear {
            d0: start,
            d1: end,
            r0: f.x0(),
            r1: f.x1(),
        };
        let at = |d: Date| Point {
            x: x.map(d.day_number() as f64),
            date: d,
        };
        let step = (f.y0() - f.y1()) / 4.0;
        let row_y = |i: u32| f.y1() + step * (f64::from(i) + 0.5);
        let t = &plan.touch_ups;
        let mut rows = vec![Row {
            key: "sessions",
            label: "Sessions",
            y: row_y(0),
            points: plan.sessions.items.iter().map(|s| at(s.date)).collect(),
        }];
        for (i, (key, label, scenario)) in [
            ("short", "Short", &t.short),
            ("typical", "Typical", &t.typical),
            ("long", "Long", &t.long),
        ]
        .into_iter()
        .enumerate()
        {
            rows.push(Row {
                key,
                label,
                y: row_y(i as u32 + 1),
                points: scenario.items.iter().map(|u| at(u.date)).collect(),
            });
        }
        let healing = plan
            .sessions
            .items
            .iter()
            .filter_map(|s| {
                Some((
                    x.map(s.date.day_number() as f64),
                    x.map(s.milestones.last()?.date.day_number() as f64),
                ))
            })
            .collect();
        let year_ticks = (1..=plan.horizon.years)
            .filter_map(|y| {
                let d = plan.horizon.start_date.add_months(i64::from(y) * 12)?;
                Some((x.map(d.day_number() as f64), y))
            })
            .collect();
        Timeline {
            frame: f,
            rows,
            healing,
            full_result: at(plan.full_result_date),
            year_ticks,
        }
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

    #[test]
    fn every_session_and_touch_up_is_placed_in_date_order() {
        for json in [
            r#"{"horizon_years": 4}"#,
            r#"{"horizon_years": 15, "skin": "oily", "sun": "high"}"#,
        ] {
            let p = plan(json);
            let t = Timeline::new(&p);
            assert_eq!(t.rows[0].points.len(), usize::from(p.sessions.count));
            assert_eq!(t.rows[2].points.len(), p.touch_ups.typical.items.len());
            assert_eq!(t.rows[1].points.len(), p.touch_ups.short.items.len());
            for row in &t.rows {
                assert!(row.points.windows(2).all(|w| w[0].x < w[1].x));
                assert!(row
                    .points
                    .iter()
                    .all(|pt| pt.x >= FRAME.x0() && pt.x <= FRAME.x1()));
            }
            assert_eq!(t.rows[0].points[0].x, FRAME.x0());
            assert_eq!(t.year_ticks.len(), p.horizon.years as usize);
            assert!((t.year_ticks.last().unwrap().0 - FRAME.x1()).abs() < 1e-9);
            assert!(t.healing.iter().all(|(a, b)| a < b));
            assert!(t.full_result.x > t.rows[0].points.last().unwrap().x);
        }
    }

    #[test]
    fn rows_are_stacked_inside_the_frame() {
        let t = Timeline::new(&plan("{}"));
        assert!(t.rows.windows(2).all(|w| w[0].y < w[1].y));
        assert!(t.rows.iter().all(|r| r.y > FRAME.y1() && r.y < FRAME.y0()));
    }
}

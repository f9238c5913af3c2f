//! The cumulative-cost chart: SMP band and typical line, one line per alternative, year ticks,
//! money ticks and break-even markers.

use crate::chart::scale::{nice_axis, Linear};
use crate::chart::{polyline, Frame};
use crate::model::money::Money;
use crate::model::order::sort_small_by_key;
use crate::model::Plan;

pub const FRAME: Frame = Frame {
    width: 400.0,
    height: 260.0,
    left: 52.0,
    right: 12.0,
    top: 10.0,
    bottom: 26.0,
};

/// How a line is told apart without colour: dash pattern and point marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    None,
    Circle,
    Square,
    Triangle,
    Diamond,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// `smp-typical`, `fibers`, `hairpiece`, `transplant`, `medication`.
    pub key: String,
    pub label: String,
    pub path: String,
    /// SVG `stroke-dasharray`; empty for solid.
    pub dash: &'static str,
    pub marker: Marker,
    /// Where the point markers go (once a year).
    pub points: Vec<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick<T> {
    pub at: f64,
    pub value: T,
}

/// Where SMP's typical line becomes the cheaper option, and where its caption goes.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    pub key: String,
    pub label: String,
    pub month: u32,
    pub x: f64,
    pub y: f64,
    /// "Hairpiece: month 9": markers share one shape and colour, so the caption names the
    /// alternative.
    pub text: String,
    /// Baseline position of the caption; it ends there instead of starting when `end`.
    pub text_x: f64,
    pub text_y: f64,
    pub end: bool,
}

/// Caption metrics in viewBox units for the chart's 11.5 px bold text (`.smp-chart text` in
/// styles/app.css): a generous average glyph width, so that estimated boxes are never
/// narrower than drawn ones.
const CAPTION_CHAR_WIDTH: f64 = 7.2;
const CAPTION_LINE: f64 = 14.0;
const CAPTION_ASCENT: f64 = 10.0;
const CAPTION_DESCENT: f64 = 3.0;
const CAPTION_GAP: f64 = 5.0;

/// `(left, top, right, bottom)` of a caption box.
type Rect = (f64, f64, f64, f64);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

impl BreakEven {
    /// The caption's estimated box where it is placed now.
    fn caption_box(&self) -> Rect {
        let width = self.text.chars().count() as f64 * CAPTION_CHAR_WIDTH;
        let left = if self.end {
            self.text_x - width
        } else {
            self.text_x
        };
        (
            left,
            self.text_y - CAPTION_ASCENT,
            left + width,
            self.text_y + CAPTION_DESCENT,
        )
    }
}

/// Captions beside their markers, inside the frame, never on top of one another: from the
/// earliest month on, each goes above-right of its marker (left of it near the right edge),
/// and when that spot is taken it moves up a line at a time, then below the marker.
fn place_captions(marks: &mut [BreakEven], f: Frame) {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    sort_small_by_key(&mut order, |i| marks[*i].month);
    let mut placed: Vec<Rect> = Vec::new();
    for i in order {
        let b = &mut marks[i];
        let width = b.text.chars().count() as f64 * CAPTION_CHAR_WIDTH;
        b.end = b.x + CAPTION_GAP + width > f.x1();
        b.text_x = if b.end {
            b.x - CAPTION_GAP
        } else {
            b.x + CAPTION_GAP
        };
        // Candidate baselines, nearest the marker first, each keeping the box in the frame.
        let above = b.y - CAPTION_GAP - CAPTION_DESCENT;
        let below = b.y + CAPTION_GAP + CAPTION_ASCENT;
        let up = (0..)
            .map(|k| above - f64::from(k) * CAPTION_LINE)
            .take_while(|y| y - CAPTION_ASCENT >= f.y1());
        let down = (0..)
            .map(|k| below + f64::from(k) * CAPTION_LINE)
            .take_while(|y| y + CAPTION_DESCENT <= f.y0());
        let mut candidates = up.chain(down);
        let free = candidates.find(|y| {
            b.text_y = *y;
            let r = b.caption_box();
            !placed.iter().any(|p| overlaps(*p, r))
        });
        b.text_y = free.unwrap_or(above.max(f.y1() + CAPTION_ASCENT));
        placed.push(b.caption_box());
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CostChart {
    pub frame: Frame,
    /// Closed polygon between the SMP low and high lines.
    pub band: String,
    pub lines: Vec<Line>,
    pub y_ticks: Vec<Tick<Money>>,
    /// Years, at the end of each labelled year.
    pub x_ticks: Vec<Tick<u32>>,
    pub break_evens: Vec<BreakEven>,
}

const STYLES: [(&str, Marker); 4] = [
    ("6 3", Marker::Circle),
    ("2 3", Marker::Square),
    ("9 3 2 3", Marker::Triangle),
    ("1 3", Marker::Diamond),
];

/// Year labels that fit a 320 px screen: every year up to 5, else 1, then every 2nd or 5th.
fn labelled_years(years: u32) -> Vec<u32> {
    let every = match years {
        0..=6 => 1,
        7..=10 => 2,
        _ => 5,
    };
    (1..=years)
        .filter(|y| *y == 1 || y % every == 0 || *y == years)
        .collect()
}

impl CostChart {
    pub fn new(plan: &Plan) -> CostChart {
        let f = FRAME;
        let months = plan.horizon.months;
        let band = &plan.smp.cumulative;
        let max = band
            .high
            .iter()
            .chain(plan.comparisons.iter().flat_map(|c| c.cumulative.iter()))
            .map(|m| m.minor())
            .max()
            .unwrap_or(0);
        let (step, top) = nice_axis(max, 5);
        let x = Linear {
            d0: 0.0,
            d1: f64::from(months),
            r0: f.x0(),
            r1: f.x1(),
        };
        let y = Linear {
            d0: 0.0,
            d1: top as f64,
            r0: f.y0(),
            r1: f.y1(),
        };
        // Month 0 starts at zero spending; value i is the total at the end of month i + 1.
        let points = |series: &[Money]| -> Vec<(f64, f64)> {
            std::iter::once((x.map(0.0), y.map(0.0)))
                .chain(
                    series
                        .iter()
                        .enumerate()
                        .map(|(i, m)| (x.map((i + 1) as f64), y.map(m.minor() as f64))),
                )
                .collect()
        };
        let yearly = |pts: &[(f64, f64)]| -> Vec<(f64, f64)> {
            pts.iter().copied().skip(12).step_by(12).collect()
        };

        let low = points(&band.low);
        let mut outline = points(&band.high);
        outline.extend(low.iter().rev());
        let mut band_path = polyline(&outline);
        band_path.push('Z');

        let typical = points(&band.typical);
        let mut lines = vec![Line {
            key: "smp-typical".into(),
            label: "SMP (typical)".into(),
            path: polyline(&typical),
            dash: "",
            marker: Marker::None,
            points: Vec::new(),
        }];
        for (c, (dash, marker)) in plan.comparisons.iter().zip(STYLES.iter().cycle()) {
            let pts = points(&c.cumulative);
            lines.push(Line {
                key: c.key.into(),
                label: c.label.into(),
                path: polyline(&pts),
                dash,
                marker: *marker,
                points: yearly(&pts),
            });
        }

        let mut break_evens: Vec<BreakEven> = plan
            .comparisons
            .iter()
            .filter_map(|c| {
                let month = c.break_even_month.typical?;
                let value = band
                    .typical
                    .get(usize::try_from(month).ok()?.checked_sub(1)?)?;
                Some(BreakEven {
                    key: c.key.into(),
                    label: c.label.into(),
                    month,
                    x: x.map(f64::from(month)),
                    y: y.map(value.minor() as f64),
                    text: format!("{}: month {month}", c.label),
                    text_x: 0.0,
                    text_y: 0.0,
                    end: false,
                })
            })
            .collect();
        place_captions(&mut break_evens, f);

        let y_ticks = (0..)
            .map(|i: i64| i.saturating_mul(step))
            .take_while(|v| *v <= top)
            .map(|v| Tick {
                at: y.map(v as f64),
                value: Money::from_minor(v),
            })
            .collect();
        let x_ticks = labelled_years(plan.horizon.years)
            .into_iter()
            .map(|year| Tick {
                at: x.map(f64::from(year * 12)),
                value: year,
            })
            .collect();
        CostChart {
            frame: f,
            band: band_path,
            lines,
            y_ticks,
            x_ticks,
            break_evens,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute_json, Assumptions, Date};

    fn plan(json: &str) -> Plan {
        compute_json(
            json,
            &Assumptions::default(),
            Date::new(2026, 11, 24).unwrap(),
        )
        .unwrap()
    }

    fn coords(path: &str) -> Vec<(f64, f64)> {
        path.trim_end_matches('Z')
            .split(['M', 'L'])
            .filter(|s| !s.is_empty())
            .map(|p| {
                let mut it = p.split(' ').map(|v| v.parse::<f64>().unwrap());
                (it.next().unwrap(), it.next().unwrap())
            })
            .collect()
    }

    #[test]
    fn one_point_per_month_plus_origin_inside_the_frame() {
        for years in [4, 10, 15] {
            let p = plan(&format!(
                r#"{{"horizon_years": {years}, "transplant_cost_minor": 900000}}"#
            ));
            let chart = CostChart::new(&p);
            assert_eq!(chart.lines.len(), 1 + p.comparisons.len());
            for line in &chart.lines {
                let pts = coords(&line.path);
                assert_eq!(pts.len(), years * 12 + 1, "{}", line.key);
                assert_eq!(pts[0], (FRAME.x0(), FRAME.y0()));
                assert!((pts.last().unwrap().0 - FRAME.x1()).abs() < 0.06);
                for (x, y) in pts {
                    assert!(x >= FRAME.x0() - 0.05 && x <= FRAME.x1() + 0.05);
                    assert!(y >= FRAME.y1() - 0.05 && y <= FRAME.y0() + 0.05);
                }
            }
            assert!(chart.band.ends_with('Z'));
            assert_eq!(coords(&chart.band).len(), 2 * (years * 12 + 1));
        }
    }

    #[test]
    fn the_highest_amount_fits_under_the_top_tick() {
        let p = plan("{}");
        let chart = CostChart::new(&p);
        let top = chart.y_ticks.last().unwrap().value;
        let hairpiece = p.comparisons.iter().find(|c| c.key == "hairpiece").unwrap();
        assert!(top >= hairpiece.total);
        assert_eq!(chart.y_ticks[0].at, FRAME.y0());
        assert!(chart.y_ticks.windows(2).all(|w| w[1].at < w[0].at));
    }

    #[test]
    fn break_even_markers_sit_on_the_typical_line_at_their_month() {
        let p = plan("{}");
        let chart = CostChart::new(&p);
        let fibers = chart
            .break_evens
            .iter()
            .find(|b| b.key == "fibers")
            .unwrap();
        assert_eq!(
            Some(fibers.month),
            p.comparisons[0].break_even_month.typical
        );
        let typical = coords(&chart.lines[0].path);
        let on_line = typical[fibers.month as usize];
        assert!((on_line.0 - fibers.x).abs() < 0.06 && (on_line.1 - fibers.y).abs() < 0.06);
    }

    fn assert_captions_apart_and_inside(marks: &[BreakEven]) {
        for (i, b) in marks.iter().enumerate() {
            let r = b.caption_box();
            assert!(
                r.0 >= FRAME.x0() - 0.05 && r.2 <= FRAME.x1() + 0.05,
                "{b:?}"
            );
            assert!(
                r.1 >= FRAME.y1() - 0.05 && r.3 <= FRAME.y0() + 0.05,
                "{b:?}"
            );
            for other in &marks[i + 1..] {
                assert!(!overlaps(r, other.caption_box()), "{b:?} / {other:?}");
            }
        }
    }

    #[test]
    fn break_even_captions_name_the_alternative_and_never_overlap() {
        for json in [
            r#"{"region": "full", "horizon_years": 15, "transplant_cost_minor": 900000}"#,
            r#"{"transplant_cost_minor": 900000, "medication_per_month_minor": 3000}"#,
            r#"{"horizon_years": 4, "transplant_cost_minor": 400000, "medication_per_month_minor": 5000}"#,
            r#"{"region": "norwood-7", "tier": "premium", "horizon_years": 10, "transplant_cost_minor": 1500000}"#,
        ] {
            let chart = CostChart::new(&plan(json));
            assert!(chart.break_evens.len() >= 2, "{json}");
            for b in &chart.break_evens {
                assert_eq!(b.text, format!("{}: month {}", b.label, b.month));
            }
            assert_captions_apart_and_inside(&chart.break_evens);
        }
    }

    #[test]
    fn crowded_captions_stack_and_late_ones_turn_left() {
        let mark = |month: u32, x: f64, y: f64| BreakEven {
            key: format!("k{month}"),
            label: "Hair transplant".into(),
            month,
            x,
            y,
            text: format!("Hair transplant: month {month}"),
            text_x: 0.0,
            text_y: 0.0,
            end: false,
        };
        // Four markers on one spot near the bottom, and two near the top-right corner.
        let mut marks: Vec<BreakEven> = (1..=4).map(|m| mark(m, 60.0, 220.0)).collect();
        marks.push(mark(170, 380.0, 14.0));
        marks.push(mark(171, 381.0, 16.0));
        place_captions(&mut marks, FRAME);
        assert_captions_apart_and_inside(&marks);
        assert!(marks[4].end && marks[5].end);
        assert!(!marks[0].end);
        // Stacked upwards from the marker, one line apart.
        assert!(marks[1].text_y < marks[0].text_y);
    }

    #[test]
    fn lines_differ_by_dash_and_marker() {
        let p = plan(r#"{"transplant_cost_minor": 900000, "medication_per_month_minor": 3000}"#);
        let chart = CostChart::new(&p);
        let styles: Vec<_> = chart.lines.iter().map(|l| (l.dash, l.marker)).collect();
        for (i, a) in styles.iter().enumerate() {
            assert!(styles[i + 1..].iter().all(|b| b != a), "{styles:?}");
        }
    }

    #[test]
    fn all_zero_alternatives_draw_without_nan() {
        let p = plan(
            r#"{"fibers_bottle_price_minor": 0, "fibers_extras_per_month_minor": 0,
                "hairpiece_unit_price_minor": 0, "hairpiece_maintenance_per_month_minor": 0,
                "hairpiece_supplies_per_month_minor": 0}"#,
        );
        let chart = CostChart::new(&p);
        for line in &chart.lines {
            assert!(!line.path.contains("NaN") && !line.path.contains("inf"));
        }
        assert!(chart.break_evens.is_empty());
    }

    #[test]
    fn year_labels_fit_small_screens() {
        assert_eq!(labelled_years(4), vec![1, 2, 3, 4]);
        assert_eq!(labelled_years(10), vec![1, 2, 4, 6, 8, 10]);
        assert_eq!(labelled_years(15), vec![1, 5, 10, 15]);
    }
}

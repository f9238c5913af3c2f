//! The cumulative-cost chart: SMP band and typical line, one line per alternative, year ticks,
//! money ticks and break-even markers.

use crate::chart::scale::{nice_axis, Linear};
use crate::chart::{spaced_years, wrap, years_months, Frame, SpacedYears, TEXT_CHAR_WIDTH};
use crate::i18n::{tr_text, trf};
use crate::markup::Markup;
use crate::model::money::Money;
use crate::model::plan::{Band, Comparison};
use crate::model::Plan;

/// The drawing for a chart `width` drawing units wide (a unit is a twelfth of the rendered
/// text size, see [`crate::chart::drawing_width`]): taller on wider screens, within bounds; `label_chars` is
/// the longest money label, for the left margin.
pub fn frame_for(width: f64, label_chars: usize) -> Frame {
    let width = crate::chart::timeline::clamp_width(width);
    Frame {
        width,
        height: (width * 0.62).clamp(230.0, 340.0).round(),
        left: (label_chars as f64 * TEXT_CHAR_WIDTH + 8.0)
            .clamp(30.0, 90.0)
            .round(),
        right: 12.0,
        top: 12.0,
        bottom: 26.0,
    }
}

/// Narrower than a 320 px phone's column is not drawn narrower; wider than this the chart
/// would only grow its empty space.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 900.0;
/// A money tick per this many pixels of plot height, at most.
const Y_TICK_SPACING: f64 = 42.0;
/// Year labels ("Y10") at least this far apart.
const X_LABEL_SPACING: f64 = 36.0;

/// What the visitor asked for: the chart's rendered width, the series they hid, and how
/// amounts read on the axis.
pub struct Options<'a> {
    pub width: f64,
    /// Keys of the alternatives not drawn (`hairpiece`, …); SMP is always drawn.
    pub hidden: &'a [&'a str],
    pub label: &'a dyn Fn(Money) -> String,
}

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
pub struct Line<'a> {
    /// `smp-typical`, `fibers`, `hairpiece`, `transplant`, `medication`.
    pub key: &'static str,
    /// The cumulative totals it goes through, a month each: drawn by [`CostChart::trace`],
    /// its point markers once a year ([`CostChart::point`] 12, 24, …).
    pub series: &'a [Money],
    /// SVG `stroke-dasharray`; empty for solid.
    pub dash: &'static str,
    pub marker: Marker,
}

/// The money axis's ticks: every multiple of `step` (at least 1) from zero up to `top`, as
/// [`CostChart`] keeps them (`y_step`, `y_top`).
pub fn money_ticks(step: i64, top: i64) -> impl Iterator<Item = Money> {
    (0..top / step.max(1) + 1).map(move |i| Money::from_minor(i * step))
}

/// Where SMP's typical line becomes the cheaper option, and where its caption goes.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    pub key: &'static str,
    pub label: String,
    pub month: u32,
    pub x: f64,
    pub y: f64,
    /// "Hairpiece: month 9": markers share one shape and colour, so the caption names the
    /// alternative.
    pub text: String,
    /// `text` as drawn, one line or more where the plot is too narrow for it; `cut` when
    /// even that could not hold it all (the full text then goes in a `<title>`).
    pub lines: Vec<String>,
    pub cut: bool,
    /// Baseline position of the caption's first line; it ends there instead of starting
    /// when `end`.
    pub text_x: f64,
    pub text_y: f64,
    pub end: bool,
    /// The caption's estimated box once placed, against which later ones are placed; empty,
    /// at 0, until then.
    pub bbox: Rect,
}

/// Caption metrics in drawing units for the chart's 12-unit bold text (`.smp-chart text` in
/// styles/app.css): a generous average glyph width, so that estimated boxes are never
/// narrower than drawn ones.
const CAPTION_CHAR_WIDTH: f64 = 7.6;
pub const CAPTION_LINE: f64 = 15.0;
const CAPTION_ASCENT: f64 = 10.5;
const CAPTION_DESCENT: f64 = 3.0;
const CAPTION_GAP: f64 = 5.0;

/// `(left, top, right, bottom)` of a caption box.
pub type Rect = (f64, f64, f64, f64);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Captions beside their markers, inside the frame, never on top of one another: from the
/// earliest month on, each goes above-right of its marker (left of it near the right edge,
/// across it when neither side has room),
/// and when that spot is taken it moves up a line at a time, then below the marker.
fn place_captions(marks: &mut [BreakEven], f: Frame) {
    // By month, the plan's order among equal ones: each round takes the least (month,
    // index) after the last one placed, as one number (above 0, so none is placed yet).
    let order = |b: &BreakEven, j: usize| ((u64::from(b.month) << 32) | j as u64) + 1;
    let mut last = 0;
    for _ in 0..marks.len() {
        let mut next = u64::MAX;
        for (j, b) in marks.iter().enumerate() {
            let key = order(b, j);
            if key > last && key < next {
                next = key;
            }
        }
        last = next;
        let i = (next - 1) as u32 as usize;
        let Some(b) = marks.get_mut(i) else { break };
        // Wider than the plot (a narrow phone): the label without its remark in brackets.
        let fits = |text: &str| text.chars().count() as f64 * CAPTION_CHAR_WIDTH <= f.x1() - f.x0();
        if !fits(&b.text) {
            // A char pattern: a string one would link a substring searcher for this alone.
            if let Some((short, _)) = b.label.split_once('(') {
                b.text = caption(short.trim_end(), b.month);
            }
        }
        // Still too wide: on more lines, at the plot's width.
        (b.lines, b.cut) = wrap(&b.text, f.x1() - f.x0(), CAPTION_CHAR_WIDTH, 3);
        let mut chars = 0;
        for l in &b.lines {
            chars = chars.max(l.chars().count());
        }
        let width = chars as f64 * CAPTION_CHAR_WIDTH;
        // Right of the marker, else left of it, else (a long caption on a narrow chart) as
        // near it as the frame allows.
        b.text_x = if b.x + CAPTION_GAP + width <= f.x1() {
            b.x + CAPTION_GAP
        } else if b.x - CAPTION_GAP - width >= f.x0() {
            b.end = true;
            b.x - CAPTION_GAP
        } else {
            (b.x - width / 2.0).min(f.x1() - width).max(f.x0())
        };
        // Candidate baselines, nearest the marker first, each keeping the box in the frame:
        // up a line at a time from above the marker, then down from below it.
        // From the first baseline to the bottom of the last line.
        let depth = (b.lines.len() as f64 - 1.0).max(0.0) * CAPTION_LINE + CAPTION_DESCENT;
        let left = if b.end { b.text_x - width } else { b.text_x };
        let at = |y: f64| (left, y - CAPTION_ASCENT, left + width, y + depth);
        let above = b.y - CAPTION_GAP - depth;
        let below = b.y + CAPTION_GAP + CAPTION_ASCENT;
        let mut y = above.max(f.y1() + CAPTION_ASCENT);
        'search: for &(from, sign) in &[(above, -1.0), (below, 1.0)] {
            let mut k = 0.0;
            loop {
                let c = from + sign * k * CAPTION_LINE;
                let inside = if sign < 0.0 {
                    c - CAPTION_ASCENT >= f.y1()
                } else {
                    c + depth <= f.y0()
                };
                if !inside {
                    break;
                }
                // Against the captions placed before this one: the others' boxes are still
                // empty, at 0, left of the plot (whose margin is 30 or more), so none overlaps.
                if !marks.iter().any(|p| overlaps(p.bbox, at(c))) {
                    y = c;
                    break 'search;
                }
                k += 1.0;
            }
        }
        marks[i].text_y = y;
        marks[i].bbox = at(y);
    }
}

/// The chart's geometry; its paths are written straight into the markup ([`CostChart::trace`],
/// [`CostChart::outline`]) rather than kept as strings of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct CostChart<'a> {
    pub frame: Frame,
    pub x: Linear,
    pub y: Linear,
    /// SMP's low, typical and high totals.
    pub band: &'a Band,
    pub lines: Vec<Line<'a>>,
    /// The money ticks: every multiple of `y_step` (at least 1) from zero up to `y_top`, at
    /// `y.map(amount)`.
    pub y_step: i64,
    pub y_top: i64,
    /// The labelled years, each at its end: at `x.map(12 * year)`.
    pub x_ticks: SpacedYears,
    pub break_evens: Vec<BreakEven>,
}

pub const STYLES: [(&str, Marker); 4] = [
    ("6 3", Marker::Circle),
    ("2 3", Marker::Square),
    ("9 3 2 3", Marker::Triangle),
    ("1 3", Marker::Diamond),
];

impl<'a> CostChart<'a> {
    pub fn new(plan: &'a Plan, o: &Options) -> CostChart<'a> {
        let shown = |key: &str| !o.hidden.contains(&key);
        let band = &plan.smp.cumulative;
        // The axis fits the visible series only: hiding the hairpiece lets SMP fill the plot.
        let mut max = 0;
        for c in plan.comparisons.iter().filter(|c| shown(c.key)) {
            max = max_minor(max, &c.cumulative);
        }
        let max = max_minor(max, &band.high);
        let probe = frame_for(o.width, 0);
        let plot_height = probe.y0() - probe.y1();
        let target = (plot_height / Y_TICK_SPACING).floor().clamp(3.0, 6.0) as i64;
        let (y_step, y_top) = nice_axis(max, target);
        // The labels' widths set the margin; the axis writes them again as it draws.
        let mut chars = 0;
        for v in money_ticks(y_step, y_top) {
            chars = chars.max((o.label)(v).chars().count());
        }
        let f = frame_for(o.width, chars);
        let x = Linear {
            d0: 0.0,
            d1: f64::from(plan.horizon.months),
            r0: f.x0(),
            r1: f.x1(),
        };
        let y = Linear {
            d0: 0.0,
            d1: y_top as f64,
            r0: f.y0(),
            r1: f.y1(),
        };

        let mut lines = Vec::new();
        lines.push(Line {
            key: "smp-typical",
            series: &band.typical,
            dash: "",
            marker: Marker::None,
        });
        let mut break_evens = Vec::new();
        // Styles follow the plan's order, so a series keeps its look when another is hidden.
        for (i, c) in plan.comparisons.iter().enumerate() {
            let (dash, marker) = STYLES[i % STYLES.len()];
            if !shown(c.key) {
                continue;
            }
            lines.push(Line {
                key: c.key,
                series: &c.cumulative,
                dash,
                marker,
            });
            if let Some(b) = break_even(c, &band.typical, &x, &y) {
                break_evens.push(b);
            }
        }
        place_captions(&mut break_evens, f);

        let year_width = (f.x1() - f.x0()) / f64::from(plan.horizon.years.max(1));
        let x_ticks = spaced_years(plan.horizon.years, year_width, X_LABEL_SPACING);
        CostChart {
            frame: f,
            x,
            y,
            band,
            lines,
            y_step,
            y_top,
            x_ticks,
            break_evens,
        }
    }

    /// Point `i` of `series` in plot coordinates: point 0 is month 0 at zero spending, point
    /// i the total at the end of month i.
    pub fn point(&self, series: &[Money], i: usize) -> (f64, f64) {
        let total = i.checked_sub(1).and_then(|j| series.get(j));
        (
            self.x.map(i as f64),
            self.y.map(total.map_or(0, |m| m.minor()) as f64),
        )
    }

    /// `series` from month 0 as a path's `M x y L x y …` with one decimal, backwards when
    /// `back` (which continues a path), written into `m` through its number holes.
    #[inline(never)]
    pub fn trace(&self, m: &mut Markup, series: &[Money], back: bool) {
        let n = series.len();
        for k in 0..n + 1 {
            let (px, py) = self.point(series, if back { n - k } else { k });
            m.draw(
                if back || k > 0 {
                    "L{1} {1}"
                } else {
                    "M{1} {1}"
                },
                &[],
                &[px, py],
            );
        }
    }

    /// The band's closed outline: high forwards, then low backwards.
    pub fn outline(&self, m: &mut Markup) {
        self.trace(m, &self.band.high, false);
        self.trace(m, &self.band.low, true);
        m.tpl("Z", &[]);
    }
}

/// The larger of `max` and the largest amount of `series`.
fn max_minor(max: i64, series: &[Money]) -> i64 {
    series.iter().fold(max, |m, v| m.max(v.minor()))
}

/// "Hairpiece: 1 yr 4 mo", a break-even mark's caption.
fn caption(alternative: &str, month: u32) -> String {
    trf(
        "{alternative}: {time}",
        &[
            ("alternative", alternative),
            ("time", &years_months(month, true)),
        ],
    )
}

/// Where SMP's typical line (`typical`) becomes cheaper than `c`, if it does; the caption is
/// placed later.
fn break_even(c: &Comparison, typical: &[Money], x: &Linear, y: &Linear) -> Option<BreakEven> {
    let month = c.break_even_month.typical?;
    let value = typical.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    let label = tr_text(c.label).to_string();
    Some(BreakEven {
        key: c.key,
        text: caption(&label, month),
        label,
        month,
        lines: Vec::new(),
        cut: false,
        x: x.map(f64::from(month)),
        y: y.map(value.minor() as f64),
        text_x: 0.0,
        text_y: 0.0,
        end: false,
        bbox: (0.0, 0.0, 0.0, 0.0),
    })
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

    fn label(m: Money) -> String {
        format!("${}K", m.minor() / 100_000)
    }

    fn draw<'a>(p: &'a Plan, width: f64, hidden: &[&str]) -> CostChart<'a> {
        CostChart::new(
            p,
            &Options {
                width,
                hidden,
                label: &label,
            },
        )
    }

    /// `series` as the chart writes it into a path's `d`.
    fn path(chart: &CostChart, series: &[Money]) -> String {
        let mut m = Markup::new();
        chart.trace(&mut m, series, false);
        m.finish()
    }

    fn band(chart: &CostChart) -> String {
        let mut m = Markup::new();
        chart.outline(&mut m);
        m.finish()
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
            let chart = draw(&p, 400.0, &[]);
            let f = chart.frame;
            assert_eq!(chart.lines.len(), 1 + p.comparisons.len());
            for line in &chart.lines {
                let pts = coords(&path(&chart, line.series));
                assert_eq!(pts.len(), years * 12 + 1, "{}", line.key);
                assert_eq!(pts[0], (f.x0(), f.y0()));
                assert!((pts.last().unwrap().0 - f.x1()).abs() < 0.06);
                for (x, y) in pts {
                    assert!(x >= f.x0() - 0.05 && x <= f.x1() + 0.05);
                    assert!(y >= f.y1() - 0.05 && y <= f.y0() + 0.05);
                }
            }
            assert!(band(&chart).ends_with('Z'));
            assert_eq!(coords(&band(&chart)).len(), 2 * (years * 12 + 1));
        }
    }

    /// The money ticks' amounts, as the axis draws them.
    fn ticks(chart: &CostChart) -> Vec<Money> {
        (0..)
            .map(|i| i * chart.y_step)
            .take_while(|v| *v <= chart.y_top)
            .map(Money::from_minor)
            .collect()
    }

    #[test]
    fn the_highest_amount_fits_under_the_top_tick() {
        let p = plan("{}");
        let chart = draw(&p, 400.0, &[]);
        let ticks = ticks(&chart);
        let top = *ticks.last().unwrap();
        assert_eq!(top.minor(), chart.y_top);
        let hairpiece = p.comparisons.iter().find(|c| c.key == "hairpiece").unwrap();
        assert!(top >= hairpiece.total);
        let at = |t: &Money| chart.y.map(t.minor() as f64);
        assert_eq!(at(&ticks[0]), chart.frame.y0());
        assert!(ticks.windows(2).all(|w| at(&w[1]) < at(&w[0])));
    }

    #[test]
    fn break_even_markers_sit_on_the_typical_line_at_their_month() {
        let p = plan("{}");
        let chart = draw(&p, 400.0, &[]);
        let fibers = chart
            .break_evens
            .iter()
            .find(|b| b.key == "fibers")
            .unwrap();
        assert_eq!(
            Some(fibers.month),
            p.comparisons[0].break_even_month.typical
        );
        let typical = coords(&path(&chart, chart.lines[0].series));
        let on_line = typical[fibers.month as usize];
        assert!((on_line.0 - fibers.x).abs() < 0.06 && (on_line.1 - fibers.y).abs() < 0.06);
    }

    fn assert_captions_apart_and_inside(marks: &[BreakEven], f: Frame) {
        for (i, b) in marks.iter().enumerate() {
            let r = b.bbox;
            // The box kept is the caption's as drawn.
            let chars = b.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            let width = chars as f64 * CAPTION_CHAR_WIDTH;
            let left = if b.end { b.text_x - width } else { b.text_x };
            let depth = b.lines.len().saturating_sub(1) as f64 * CAPTION_LINE + CAPTION_DESCENT;
            let drawn = (
                left,
                b.text_y - CAPTION_ASCENT,
                left + width,
                b.text_y + depth,
            );
            assert_eq!(r, drawn, "{b:?}");
            assert!(r.0 >= f.x0() - 0.05 && r.2 <= f.x1() + 0.05, "{b:?}");
            assert!(r.1 >= f.y1() - 0.05 && r.3 <= f.y0() + 0.05, "{b:?}");
            for other in &marks[i + 1..] {
                assert!(!overlaps(r, other.bbox), "{b:?} / {other:?}");
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
            let p = plan(json);
            for width in [260.0, 300.0, 400.0, 700.0] {
                let chart = draw(&p, width, &[]);
                assert!(chart.break_evens.len() >= 2, "{json}");
                for b in &chart.break_evens {
                    let when = years_months(b.month, true);
                    let short = b.label.split(" (").next().unwrap();
                    assert!(
                        b.text == format!("{}: {when}", b.label)
                            || b.text == format!("{short}: {when}"),
                        "{b:?}"
                    );
                }
                assert_captions_apart_and_inside(&chart.break_evens, chart.frame);
            }
        }
    }

    #[test]
    fn crowded_captions_stack_and_late_ones_turn_left() {
        let mark = |month: u32, x: f64, y: f64| BreakEven {
            key: "k",
            label: "Hair transplant".into(),
            month,
            x,
            y,
            text: format!("Hair transplant: month {month}"),
            lines: Vec::new(),
            cut: false,
            text_x: 0.0,
            text_y: 0.0,
            end: false,
            bbox: (0.0, 0.0, 0.0, 0.0),
        };
        // Four markers on one spot near the bottom, and two near the top-right corner.
        let mut marks: Vec<BreakEven> = (1..=4).map(|m| mark(m, 60.0, 220.0)).collect();
        marks.push(mark(170, 380.0, 14.0));
        marks.push(mark(171, 381.0, 16.0));
        let f = frame_for(400.0, 5);
        place_captions(&mut marks, f);
        assert_captions_apart_and_inside(&marks, f);
        assert!(marks[4].end && marks[5].end);
        assert!(!marks[0].end);
        // Stacked upwards from the marker, one line apart.
        assert!(marks[1].text_y < marks[0].text_y);
    }

    #[test]
    fn long_captions_wrap_inside_a_narrow_plot() {
        let f = frame_for(240.0, 6);
        let text = "Prothèse capillaire partielle : 1 an 4 mois";
        let mut marks = vec![BreakEven {
            key: "hairpiece",
            label: "Prothèse capillaire partielle".into(),
            month: 16,
            x: f.x0() + 30.0,
            y: f.y0() - 40.0,
            text: text.into(),
            lines: Vec::new(),
            cut: false,
            text_x: 0.0,
            text_y: 0.0,
            end: false,
            bbox: (0.0, 0.0, 0.0, 0.0),
        }];
        place_captions(&mut marks, f);
        let b = &marks[0];
        assert!(b.lines.len() >= 2 && !b.cut, "{b:?}");
        assert_eq!(b.lines.join(" "), text);
        assert_captions_apart_and_inside(&marks, f);
    }

    #[test]
    fn lines_differ_by_dash_and_marker() {
        let p = plan(r#"{"transplant_cost_minor": 900000, "medication_per_month_minor": 3000}"#);
        let chart = draw(&p, 400.0, &[]);
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
        let chart = draw(&p, 400.0, &[]);
        for line in &chart.lines {
            let d = path(&chart, line.series);
            assert!(!d.contains("NaN") && !d.contains("inf"));
        }
        assert!(chart.break_evens.is_empty());
    }

    #[test]
    fn laid_out_for_the_rendered_width_with_fewer_ticks_when_narrow() {
        let p = plan(r#"{"horizon_years": 15, "transplant_cost_minor": 900000}"#);
        let narrow = draw(&p, 288.0, &[]);
        let wide = draw(&p, 800.0, &[]);
        assert_eq!(narrow.frame.width, 288.0);
        assert_eq!(wide.frame.width, 800.0);
        let years =
            |c: &CostChart| -> Vec<u32> { (1..=15).filter(|y| c.x_ticks.labels(*y)).collect() };
        assert!(years(&narrow).len() < years(&wide).len());
        assert!(ticks(&narrow).len() <= ticks(&wide).len());
        for chart in [&narrow, &wide] {
            let at = |year: u32| chart.x.map(f64::from(year * 12));
            let labelled = years(chart);
            let gaps = labelled.windows(2).map(|w| at(w[1]) - at(w[0]));
            assert!(
                gaps.into_iter().all(|g| g >= X_LABEL_SPACING),
                "{labelled:?}"
            );
            // The longest money label fits left of the plot.
            let chars = ticks(chart)
                .into_iter()
                .map(|t| label(t).len())
                .max()
                .unwrap();
            assert!(chars as f64 * TEXT_CHAR_WIDTH <= chart.frame.left);
        }
        // Out-of-range and non-finite widths still give a drawable frame.
        assert_eq!(draw(&p, 10.0, &[]).frame.width, MIN_WIDTH);
        assert_eq!(draw(&p, f64::NAN, &[]).frame.width, MIN_WIDTH);
        assert_eq!(draw(&p, 5000.0, &[]).frame.width, MAX_WIDTH);
    }

    #[test]
    fn hiding_a_series_refits_the_axis_to_what_is_shown() {
        let p = plan("{}");
        let all = draw(&p, 320.0, &[]);
        let without = draw(&p, 320.0, &["hairpiece"]);
        assert!(without.lines.iter().all(|l| l.key != "hairpiece"));
        assert!(without.break_evens.iter().all(|b| b.key != "hairpiece"));
        assert!(without.y_top < all.y_top);
        // The SMP band's top now reaches most of the plot height.
        let f = without.frame;
        let band_top = coords(&band(&without))
            .iter()
            .map(|(_, y)| *y)
            .fold(f64::INFINITY, f64::min);
        assert!((f.y0() - band_top) / (f.y0() - f.y1()) > 0.5, "{band_top}");
        // The remaining series keep their look.
        let style = |c: &CostChart, key: &str| {
            let l = c.lines.iter().find(|l| l.key == key).unwrap();
            (l.dash, l.marker)
        };
        assert_eq!(style(&all, "fibers"), style(&without, "fibers"));
        // Everything hidden: SMP alone still draws.
        let alone = draw(&p, 320.0, &["hairpiece", "fibers"]);
        assert_eq!(alone.lines.len(), 1);
    }
}

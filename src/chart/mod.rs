//! Chart geometry: scales, ticks, paths and marker positions for the result charts. Pure (no
//! yew or web-sys), so every coordinate is unit-tested natively; `ui::charts` only draws it.
//! Coordinates are f64 pixels in the SVG's viewBox; amounts stay integer minor units until
//! they are placed on an axis.

pub mod cost;
pub mod scale;
pub mod timeline;

use crate::i18n::{tr, trf, trn};
use crate::markup::Markup;

/// The drawing area inside a viewBox: margins leave room for axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    pub fn x0(&self) -> f64 {
        self.left
    }
    pub fn x1(&self) -> f64 {
        self.width - self.right
    }
    pub fn y0(&self) -> f64 {
        self.height - self.bottom
    }
    pub fn y1(&self) -> f64 {
        self.top
    }
}

/// Average width of a character of the charts' 12-unit regular text, generous, for margins.
pub const TEXT_CHAR_WIDTH: f64 = 7.0;

/// `text` broken at spaces into at most `max_lines` lines of at most `width` drawing units,
/// at `char_width` units a character (a generous average, so estimates are never narrower
/// than drawn text): labels are laid out by their translated length, not the English one.
/// A word longer than a line, or text beyond the last line, is cut with "…"; the flag says
/// so, and the caller keeps the full text in a `<title>`.
pub fn wrap(text: &str, width: f64, char_width: f64, max_lines: usize) -> (Vec<String>, bool) {
    let max = (width / char_width).floor().max(1.0) as usize;
    let mut lines: Vec<String> = Vec::new();
    let mut dropped = false;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        let full = lines.len() >= max_lines.max(1);
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + n <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ if full => {
                dropped = true;
                break;
            }
            _ => lines.push(word.to_string()),
        }
    }
    let last = lines.len().saturating_sub(1);
    let mut cut = dropped;
    for (i, l) in lines.iter_mut().enumerate() {
        let over = l.chars().count() > max;
        if over || (dropped && i == last) {
            let keep = l.chars().count().min(max - 1);
            *l = l
                .chars()
                .take(keep)
                .collect::<String>()
                .trim_end()
                .to_string()
                + "…";
            cut = true;
        }
    }
    (lines, cut)
}

/// Years to label on an axis where a year is `year_width` pixels wide, with labels at least
/// `gap` apart: every year, or every 2nd, 5th, 10th…, and the last year (which wins over a
/// neighbour too close to it). For horizons under a hundred years.
pub fn spaced_years(years: u32, year_width: f64, gap: f64) -> SpacedYears {
    let every = [1, 2, 5, 10, 20, 50]
        .iter()
        .find(|&&e| f64::from(e) * year_width >= gap)
        .map_or(100, |&e| e);
    SpacedYears {
        years,
        every,
        year_width,
        gap,
    }
}

/// The years [`spaced_years`] labels, asked one at a time as an axis is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpacedYears {
    /// The last year.
    pub years: u32,
    every: u32,
    year_width: f64,
    gap: f64,
}

impl SpacedYears {
    /// Whether `year` (1 to the last) is labelled: the last year always; a multiple of the
    /// step unless it is the last one before the last year and too close to it (the step
    /// keeps the multiples apart).
    pub fn labels(&self, year: u32) -> bool {
        year == self.years
            || (year.is_multiple_of(self.every)
                && f64::from(self.years - year) * self.year_width >= self.gap)
    }
}

/// A box `box_px` CSS pixels wide in whole drawing units, where the charts' text is 12 units
/// and `ruler_px` is the width of twelve of its em; 1:1 when the ruler is unknown (not laid
/// out). Both widths are rounded to whole pixels, so a pixel less is drawn and rounded down:
/// the text comes out a hair larger than its size, never smaller.
pub fn drawing_width(box_px: i32, ruler_px: i32) -> f64 {
    let b = (f64::from(box_px) - 1.0).max(0.0);
    let r = f64::from(ruler_px);
    if r > 0.0 {
        (b * 144.0 / r).floor()
    } else {
        b
    }
}

/// A month count as years and months: "9 months", "2 years", "6 years 8 months"; `compact`
/// for chart captions: "9 mo", "2 yr", "6 yr 8 mo".
pub fn years_months(months: u32, compact: bool) -> String {
    let (y, m) = (i64::from(months / 12), i64::from(months % 12));
    let years = if compact {
        trn(y, "{n} yr", "{n} yr", &[])
    } else {
        trn(y, "{n} year", "{n} years", &[])
    };
    if m == 0 && y > 0 {
        return years;
    }
    // Fewer than twelve: `one` is 1 and `other` the rest in every catalogue's language, and
    // "{n} months" is the form's text too (a decimal count there, so not a plural entry).
    let months = if compact {
        trn(m, "{n} mo", "{n} mo", &[])
    } else if m == 1 {
        tr("1 month").to_string()
    } else {
        // `{n}` as `fill`'s count, as `trn` fills it: no argument list.
        crate::i18n::fill(tr("{n} months"), Some(&m.to_string()), &[])
    };
    if y == 0 {
        return months;
    }
    trf(
        "{years} {months}",
        &[("years", &years), ("months", &months)],
    )
}

/// "Y10" under an axis at `x`, its baseline at `y`: both charts label years so.
#[inline(never)]
pub fn year_label(m: &mut Markup, year: u32, x: f64, y: f64) {
    m.draw(
        r#"<text x="{1}" y="{1}" text-anchor="middle">{}</text>"#,
        &[&trf("Y{year}", &[("year", &year.to_string())])],
        &[x, y],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_units_follow_the_text_size() {
        // 14 px text (a 168 px ruler): 12 units are 14 px.
        assert_eq!(drawing_width(281, 168), 240.0);
        assert_eq!(drawing_width(282, 168), 240.0);
        // 12 px text: drawn 1:1.
        assert_eq!(drawing_width(301, 144), 300.0);
        assert_eq!(drawing_width(301, 0), 300.0);
        assert_eq!(drawing_width(0, 0), 0.0);
    }

    #[test]
    fn years_and_months_read_as_words() {
        assert_eq!(years_months(9, false), "9 months");
        assert_eq!(years_months(1, false), "1 month");
        assert_eq!(years_months(12, false), "1 year");
        assert_eq!(years_months(24, true), "2 yr");
        assert_eq!(years_months(80, false), "6 years 8 months");
        assert_eq!(years_months(80, true), "6 yr 8 mo");
        assert_eq!(years_months(13, false), "1 year 1 month");
    }

    #[test]
    fn labels_wrap_to_their_width_and_cut_only_what_cannot_fit() {
        let w = |t: &str, chars: f64, lines: usize| wrap(t, chars * 7.0, 7.0, lines);
        assert_eq!(w("Sessions", 10.0, 2), (vec!["Sessions".into()], false));
        assert_eq!(
            w("Fibres capillaires : 7 ans 4 mois", 20.0, 2),
            (
                vec!["Fibres capillaires :".into(), "7 ans 4 mois".into()],
                false
            )
        );
        // A word longer than the line is cut, and so is what the last line cannot hold.
        assert_eq!(
            w("Wörterbuchlänge ab", 6.0, 2),
            (vec!["Wörte…".into(), "ab".into()], true)
        );
        assert_eq!(
            w("a b c d e", 3.0, 2),
            (vec!["a b".into(), "c…".into()], true)
        );
        assert_eq!(w("", 3.0, 2), (vec![], false));
        for text in [
            "Prothèse capillaire partielle : 1 an",
            "x  y ·ẍ ·ẍ Wörterbuch",
        ] {
            for chars in 1..30 {
                let (lines, _) = w(text, f64::from(chars), 2);
                assert!(lines.len() <= 2);
                assert!(lines.iter().all(|l| l.chars().count() <= chars as usize));
            }
        }
    }

    fn labelled(s: SpacedYears) -> Vec<u32> {
        (1..=s.years).filter(|y| s.labels(*y)).collect()
    }

    /// The labels as a list, made the way the axis was labelled before [`SpacedYears`].
    fn listed(years: u32, year_width: f64, gap: f64) -> Vec<u32> {
        let every = [1, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|e| f64::from(*e) * year_width >= gap)
            .unwrap_or(100);
        let mut out: Vec<u32> = Vec::new();
        for y in 1..=years {
            if y % every != 0 && y != years {
                continue;
            }
            match out.last() {
                Some(prev) if f64::from(y - prev) * year_width < gap => {
                    if y == years {
                        out.pop();
                        out.push(y);
                    }
                }
                _ => out.push(y),
            }
        }
        out
    }

    #[test]
    fn year_labels_are_those_of_the_list() {
        for years in 1..100 {
            for tenth in 1..800 {
                let width = f64::from(tenth) / 10.0;
                assert_eq!(
                    labelled(spaced_years(years, width, 36.0)),
                    listed(years, width, 36.0),
                    "{years} {width}"
                );
            }
        }
    }

    #[test]
    fn year_labels_keep_their_distance() {
        let spaced_years = |years, width, gap| labelled(spaced_years(years, width, gap));
        // Wide: every year.
        assert_eq!(spaced_years(4, 60.0, 36.0), vec![1, 2, 3, 4]);
        // A 10-year axis 250 px wide: every 2nd year.
        assert_eq!(spaced_years(10, 25.0, 36.0), vec![2, 4, 6, 8, 10]);
        // 15 years in 230 px: every 5th.
        assert_eq!(spaced_years(15, 15.3, 36.0), vec![5, 10, 15]);
        // 13 years in 130 px: 13 is too close to 10, and replaces it.
        assert_eq!(spaced_years(13, 10.0, 36.0), vec![5, 13]);
        for years in 1..=15 {
            for width in [8.0, 15.0, 22.0, 40.0] {
                let ys = spaced_years(years, width, 36.0);
                assert!(!ys.is_empty());
                assert!(
                    ys.windows(2)
                        .all(|w| f64::from(w[1] - w[0]) * width >= 36.0),
                    "{years} {width} {ys:?}"
                );
            }
        }
    }
}

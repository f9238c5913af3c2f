//! A clinic's colours: the `theme` of the configurator's configuration (configure.html writes
//! it onto the embed element as `--smp-color-*` custom properties with `data-smp-theme`, and
//! frame.js applies it from the iframe's fragment). Each is a `#rgb` or `#rrggbb` colour for
//! one of the widget's `--smp-color-*` custom properties. Text must stay readable,
//! so every text/background pair the widget draws is held to WCAG AA (4.5:1); a colour that
//! breaks a pair is dropped with a warning naming it, and the default stays.
//!
//! A theme replaces the light palette in both colour schemes (the widget's stylesheet turns
//! its dark defaults off for an element with `data-smp-theme`), so the pairs checked here are the pairs shown.

use serde_json::Value;

/// (configuration key, custom property, light default).
pub const COLOURS: [(&str, &str, &str); 7] = [
    ("text", "--smp-color-text", "#1f2328"),
    ("muted", "--smp-color-muted", "#57606a"),
    ("bg", "--smp-color-bg", "#ffffff"),
    ("surface", "--smp-color-surface", "#f6f8fa"),
    ("border", "--smp-color-border", "#afb8c1"),
    ("accent", "--smp-color-accent", "#0a5ab0"),
    ("accent_text", "--smp-color-accent-text", "#ffffff"),
];

/// (foreground, background) pairs of text the widget draws; quiet buttons write the accent
/// colour on the page background.
pub const PAIRS: [(&str, &str); 6] = [
    ("text", "bg"),
    ("text", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("accent_text", "accent"),
    ("accent", "bg"),
];

/// WCAG 2 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// `#rgb` or `#rrggbb` (any case) as red, green, blue.
pub fn parse_colour(s: &str) -> Option<[u8; 3]> {
    let hex = s.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => {
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some([byte(0)?, byte(2)?, byte(4)?])
        }
        _ => None,
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(c: [u8; 3]) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            pow_2_4((s + 0.055) / 1.055)
        }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// `t^2.4` for `t` in [0.09, 1] without `powf`, whose libm code the widget does not carry
/// otherwise: `t² · (t²)^(1/5)`, the fifth root by Newton's method from 1 (its root lies in
/// [0.38, 1] there, so twelve steps reach full precision).
fn pow_2_4(t: f64) -> f64 {
    let a = t * t;
    let mut y = 1.0;
    for _ in 0..12 {
        y = (4.0 * y + a / (y * y * y * y)) / 5.0;
    }
    a * y
}

/// WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The ratio as a warning shows it, cut (not rounded) to one decimal, so that 4.46 never
/// reads as the passing "4.5".
fn ratio_text(r: f64) -> String {
    let tenths = (r * 10.0).floor() as i64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Reads the `theme` object: returns (custom property, `#rrggbb`) for every colour kept, in
/// [`COLOURS`] order, and one warning per colour dropped.
pub fn parse(v: Value, w: &mut Vec<String>) -> Vec<(&'static str, String)> {
    let Value::Object(map) = v else {
        w.push(
            "theme: expected an object of colours such as {\"accent\": \"#8a1c7c\"}; ignored."
                .into(),
        );
        return Vec::new();
    };
    let mut set: Vec<Option<[u8; 3]>> = vec![None; COLOURS.len()];
    for (key, value) in map.iter().take(20) {
        let Some(i) = COLOURS.iter().position(|(k, _, _)| k == key) else {
            let known: Vec<&str> = COLOURS.iter().map(|c| c.0).collect();
            w.push(format!(
                "theme: unknown colour \"{}\" ignored; expected {}.",
                key.chars().take(40).collect::<String>(),
                known.join(", ")
            ));
            continue;
        };
        match value.as_str().and_then(parse_colour) {
            Some(c) => set[i] = Some(c),
            None => w.push(format!(
                "theme.{key}: expected a colour such as #0a5ab0; the default is kept."
            )),
        }
    }
    // Drop the clinic's colour from each failing pair (the foreground when both are the
    // clinic's) until every pair passes; the defaults pass among themselves, so this ends.
    let index = |k: &str| COLOURS.iter().position(|c| c.0 == k).unwrap_or(0);
    let colour = |set: &[Option<[u8; 3]>], i: usize| {
        set[i].unwrap_or_else(|| parse_colour(COLOURS[i].2).unwrap_or([0, 0, 0]))
    };
    for _ in 0..COLOURS.len() {
        let failing = PAIRS.iter().find_map(|(fg, bg)| {
            let (f, b) = (index(fg), index(bg));
            let ratio = contrast(colour(&set, f), colour(&set, b));
            (ratio < MIN_CONTRAST && (set[f].is_some() || set[b].is_some()))
                .then_some((f, b, ratio))
        });
        let Some((f, b, ratio)) = failing else { break };
        let (drop, other) = if set[f].is_some() { (f, b) } else { (b, f) };
        w.push(format!(
            "theme.{}: contrast with {} is {}:1, under the 4.5:1 of WCAG AA; the default is kept.",
            COLOURS[drop].0,
            COLOURS[other].0,
            ratio_text(ratio)
        ));
        set[drop] = None;
    }
    set.iter()
        .zip(COLOURS)
        .filter_map(|(c, (_, property, _))| {
            c.map(|[r, g, b]| (property, format!("#{r:02x}{g:02x}{b:02x}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(v: Value) -> (Vec<(&'static str, String)>, Vec<String>) {
        let mut w = Vec::new();
        (parse(v, &mut w), w)
    }

    #[test]
    fn the_defaults_pass_every_pair() {
        for (fg, bg) in PAIRS {
            let c = |k: &str| parse_colour(COLOURS.iter().find(|c| c.0 == k).unwrap().2).unwrap();
            assert!(contrast(c(fg), c(bg)) >= MIN_CONTRAST, "{fg} on {bg}");
        }
    }

    #[test]
    fn the_power_matches_powf_where_it_is_used() {
        for i in 0..=1000 {
            let t = 0.09 + 0.91 * f64::from(i) / 1000.0;
            assert!((pow_2_4(t) - t.powf(2.4)).abs() < 1e-12, "{t}");
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([119, 119, 119], [255, 255, 255]) - 4.48).abs() < 0.01);
        assert_eq!(contrast([10, 20, 30], [10, 20, 30]), 1.0);
        assert_eq!(ratio_text(4.4999), "4.4");
    }

    #[test]
    fn readable_colours_are_kept_in_long_form() {
        let (kept, w) = read(json!({"accent": "#8A1C7C", "accent_text": "#fff", "bg": "#fffdf8"}));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            kept,
            vec![
                ("--smp-color-bg", "#fffdf8".to_string()),
                ("--smp-color-accent", "#8a1c7c".to_string()),
                ("--smp-color-accent-text", "#ffffff".to_string()),
            ]
        );
    }

    #[test]
    fn a_pair_under_aa_loses_the_clinics_colour_with_a_warning_naming_it() {
        // Light grey on white: 1.6:1.
        let (kept, w) = read(json!({"accent_text": "#dddddd", "accent": "#ffffff"}));
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].starts_with("theme.accent_text: contrast with accent is 1.3:1"),
            "{w:?}"
        );
        // The white accent then fails against the default (white) accent text: dropped too.
        assert!(
            w[1].starts_with("theme.accent: contrast with accent_text"),
            "{w:?}"
        );
        assert!(kept.is_empty());
        // A background alone that makes the default text unreadable is dropped.
        let (kept, w) = read(json!({"bg": "#222222"}));
        assert!(kept.is_empty());
        assert!(w[0].starts_with("theme.bg: contrast with text"), "{w:?}");
    }

    #[test]
    fn bad_values_and_unknown_keys_are_refused() {
        for bad in [
            json!("red"),
            json!("#12"),
            json!("#ggg"),
            json!(7),
            json!("url(x)"),
            json!("#1234567"),
        ] {
            let (kept, w) = read(json!({ "accent": bad }));
            assert!(kept.is_empty());
            assert!(w[0].starts_with("theme.accent: expected a colour"), "{w:?}");
        }
        let (_, w) = read(json!({"link": "#000000"}));
        assert!(w[0].contains("unknown colour \"link\""));
        let (_, w) = read(json!(["#000"]));
        assert!(w[0].starts_with("theme: expected an object"));
    }
}

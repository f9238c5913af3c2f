//! No visitor-facing English in the UI code outside the catalogue (#15): every text a visitor
//! reads in src/ui, src/chart and src/embed is the literal argument of `tr`, `trf` or `trn`
//! (so it is a key of lang/*.json), or comes from the engine through `tr_text`.
//!
//! The scan reads every string literal of those files (comments and `#[cfg(test)]` items
//! skipped) and fails on one that reads like words: a capitalised word ("Timeline") or two
//! words with a space ("weeks apart"). CSS classes, ids, test ids, attribute names, SVG
//! values, URLs, MIME types and format strings without words pass by their shape; literals
//! inside developer-only calls (`expect`, `panic!`, console logging, ...) pass by where they
//! are; the few other literals that are words but never reach a visitor are listed below,
//! each with its reason.
//!
//! A literal holding tags is a template for `Markup::tpl` (src/markup.rs): its tags, attribute
//! names and values are code, but the text between its tags and the values of the attributes
//! a visitor reads or hears (`title`, `aria-label`, ...) must be holes only; one letter there
//! fails the scan.
#![cfg(not(target_arch = "wasm32"))] // reads files from the crate directory

mod i18n_scan;

use i18n_scan::{rel, rust_files, scan, tokens, Literal, ATTRIBUTE};
use std::fs;
use std::path::PathBuf;

/// The directories whose code renders what a visitor sees.
const SCANNED: [&str; 3] = ["src/ui", "src/chart", "src/embed"];

/// Calls and macros whose text is for developers, never shown on the page.
const DEVELOPER_CALLS: [&str; 18] = [
    ATTRIBUTE,
    "expect",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "log_1",
    "warn_1",
    "error_1",
    "log_2",
    "warn_2",
    "error_2",
];

/// Literals that read like words but are not visitor text, each with why.
const NOT_VISITOR_TEXT: &[(&str, &str)] = &[
    ("NumberFormat", "JavaScript API name"),
    ("DateTimeFormat", "JavaScript API name"),
    (
        "locale: this browser does not know \"{tag}\"; using the widget's language.",
        "configuration warning for the console (src/ui/app.rs logs it), not the page",
    ),
];

/// Reads like words a person would read: a capitalised word, or two words with a space.
fn is_wordy(literal: &str) -> bool {
    // Placeholders say nothing.
    let mut plain = String::new();
    let mut depth = 0i32;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth <= 0 => plain.push(c),
            _ => {}
        }
    }
    if looks_like_code(plain.trim()) {
        return false;
    }
    let capitalised = plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .any(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
        });
    // Class lists ("smp-line smp-series-x") are tokens with hyphens; words are letters. A
    // placeholder next to a word ("about {n}", "{n} years") reads as words too.
    let (mut words, mut holes) = (0, 0);
    for w in literal.split_whitespace() {
        let w = w.trim_matches(|c: char| ".,:;!?()…·–—\"'“”‘’«»".contains(c));
        if w.chars().count() >= 2 && w.chars().all(char::is_alphabetic) {
            words += 1;
        } else if w.starts_with('{')
            && w.ends_with('}')
            && w[1..w.len() - 1]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_')
        {
            holes += 1;
        }
    }
    let spaced = words >= 2 || (words >= 1 && holes >= 1);
    capitalised || spaced
}

/// URLs, MIME types, CSS selectors and custom properties, SVG path data: not words.
fn looks_like_code(s: &str) -> bool {
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("data:")
        || s.starts_with("--")
        || s.starts_with("text/")
        || s.starts_with("application/")
        || s.starts_with("image/")
        || (s.split_whitespace().count() > 1
            && s.split_whitespace().all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || "MLHVCSQTAZmlhvcsqtaz.,-".contains(c))
            }))
}

/// Attributes whose value a visitor reads or hears.
const VISITOR_ATTRIBUTES: [&str; 7] = [
    "title",
    "alt",
    "placeholder",
    "aria-label",
    "aria-valuetext",
    "aria-roledescription",
    "aria-placeholder",
];

/// Holds a tag (`<name` or `</name`): a template of markup.
fn is_template(literal: &str) -> bool {
    literal.match_indices('<').any(|(i, _)| {
        literal[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
    })
}

/// What a visitor would read of a template: the text between its tags and the values of
/// [`VISITOR_ATTRIBUTES`], its holes left out (`{}`, `{?}`, `{t:…}` and `{name}` of a
/// `format!`).
fn template_text(template: &str) -> String {
    let mut text = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        rest = &rest[open..];
        let end = rest.find('>').unwrap_or(rest.len());
        let mut tag = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        // name="value" pairs; values are quoted in our templates.
        while let Some(eq) = tag.find("=\"") {
            let name = tag[..eq].rsplit([' ', '<']).next().unwrap_or_default();
            let value_and_rest = &tag[eq + 2..];
            let close = value_and_rest.find('"').unwrap_or(value_and_rest.len());
            if VISITOR_ATTRIBUTES.contains(&name) {
                text.push_str(&value_and_rest[..close]);
                text.push(' ');
            }
            tag = value_and_rest.get(close + 1..).unwrap_or_default();
        }
    }
    text.push_str(rest);
    let mut plain = String::new();
    let mut pieces = text.split('{');
    plain.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        match piece.split_once('}') {
            // `{t:…}`: a catalogue text that `tpl` writes through `tr` (tests/catalogues.rs
            // reads it as a key).
            Some((hole, after))
                if hole.starts_with("t:")
                    || hole
                        .chars()
                        .all(|c| c.is_alphanumeric() || "_?:.".contains(c)) =>
            {
                plain.push(' ');
                plain.push_str(after);
            }
            _ => {
                plain.push('{');
                plain.push_str(piece);
            }
        }
    }
    plain
}

/// A literal a visitor could read, outside the catalogue.
fn offending(l: &Literal) -> bool {
    let words = if is_template(&l.text) {
        template_text(&l.text).chars().any(char::is_alphabetic)
    } else {
        is_wordy(&l.text)
    };
    !l.catalogued
        && words
        && !l
            .callee
            .as_deref()
            .is_some_and(|c| DEVELOPER_CALLS.contains(&c))
        && !NOT_VISITOR_TEXT.iter().any(|(t, _)| *t == l.text)
}

fn scanned() -> Vec<PathBuf> {
    SCANNED.iter().flat_map(|d| rust_files(d)).collect()
}

fn literals_of(code: &str) -> Vec<Literal> {
    scan(&tokens(code)).1
}

#[test]
fn ui_code_has_no_visitor_text_outside_the_catalogue() {
    let mut found = Vec::new();
    let mut files = 0;
    for path in scanned() {
        files += 1;
        let name = rel(&path);
        let code = fs::read_to_string(&path).expect("readable source");
        for l in literals_of(&code) {
            if offending(&l) {
                found.push(format!("{name}:{}: {:?}", l.line, l.text));
            }
        }
    }
    assert!(files > 10, "only {files} files scanned");
    assert!(
        found.is_empty(),
        "visitor text outside the catalogue: wrap it in tr(\"…\"), trf(\"…\", …) or \
         trn(n, \"…\", \"…\", …) and add it to lang/*.json (UPDATE_CATALOGUES=1 cargo test \
         --test catalogues lists what is missing):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_catches_a_planted_literal() {
    let code = r##"
        use crate::i18n::{tr, trf, trn};
        fn view() -> Html {
            let n = 3;
            let title = "Your plan"; // planted: visitor text outside tr
            html! {
                <section class="smp-results smp-results--stale" data-testid="summary" aria-labelledby={id}>
                    <h2>{ tr("Sessions") }</h2>
                    <p>{ trf("{n} of {total}", &[("n", "2"), ("total", "3")]) }</p>
                    <p>{ trn(n, "{n} week apart", "{n} weeks apart", &[]) }</p>
                    <p title="Show as table">{ format!("{} · {}", a, b) }</p>
                    <path d="M 0 0 L 10 10" />
                    <a href="https://example.com/a b" rel={ "noopener" }>{ "#" }</a>
                </section>
            }
        }
        // "Not this": a comment
        /* "Nor this" */
        fn f() { x.expect("the element exists"); let c = '"'; let s = "x\"y Two words"; }
        fn t(m: &mut Markup) {
            m.tpl(r#"<section class="smp-x" data-testid="y" aria-labelledby="{}"><h2 id="{}">{}</h2><dd data-testid="{?}">"#, &[a, a, b, c]);
            m.tpl(r#"<li data-code="{?}">{} {}</li></ul><path d="M0 0 L1 1"/><a rel="noopener noreferrer">{}</a>"#, &[a, b, c, d]);
            m.tpl(r#"<p class="smp-muted">{}Total</p>"#, &[a]);
            m.tpl(r#"<span title="Planted">{}</span>"#, &[a]);
            m.tpl(r#"<svg aria-label="{}">a</svg>"#, &[a]);
            m.tpl("</ul></section>", &[]);
            m.tpl(r#"<h2 title="{t:Catalogued title}">{t:Your plan}</h2>"#, &[]);
            m.tpl(r#"<p>{t:Fine} Bare words</p>"#, &[]);
        }
        #[cfg(test)]
        mod tests { fn t() { let s = "Test text is not shipped"; } }
    "##;
    let flagged: Vec<String> = literals_of(code)
        .into_iter()
        .filter(offending)
        .map(|l| l.text)
        .collect();
    assert_eq!(
        flagged,
        vec![
            "Your plan".to_string(),
            "Show as table".to_string(),
            "x\"y Two words".to_string(),
            r#"<p class="smp-muted">{}Total</p>"#.to_string(),
            r#"<span title="Planted">{}</span>"#.to_string(),
            r#"<svg aria-label="{}">a</svg>"#.to_string(),
            r#"<p>{t:Fine} Bare words</p>"#.to_string(),
        ]
    );
    let catalogued: Vec<String> = literals_of(code)
        .into_iter()
        .filter(|l| l.catalogued)
        .map(|l| l.text)
        .collect();
    assert_eq!(
        catalogued,
        [
            "Sessions",
            "{n} of {total}",
            "{n} week apart",
            "{n} weeks apart"
        ]
    );
}

#[test]
fn template_text_is_what_a_visitor_reads() {
    assert_eq!(
        template_text(r#"<th scope="col" title="{}">x{}<b aria-label="Hi">y{n}</b>{ z}</th>"#)
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["x", "Hi", "y", "{", "z}"]
    );
    assert_eq!(
        template_text(r#"<p title="{t:Some title}">{t:Your plan}{}</p>"#).trim(),
        ""
    );
    assert!(is_template("</ul>") && is_template("{}<b>") && !is_template("a < b"));
}

#[test]
fn wordy_and_code_shapes() {
    for text in [
        "Timeline",
        "weeks apart",
        "Session {}: {}",
        "Show as table",
        "Total over {} years",
        "Légende",
        "about {n} cm²",
    ] {
        assert!(is_wordy(text), "{text}");
    }
    for code in [
        "smp-kpi",
        "data-testid",
        "aria-labelledby",
        "text/csv;charset=utf-8",
        "details:not([open])",
        "{}-{}",
        "smp-results smp-results--stale",
        "a[href]",
        "#",
        "",
        "M 0 0 L 10 10",
        "https://example.com/Book now",
        "{n} · {m}",
    ] {
        assert!(!is_wordy(code), "{code}");
    }
}

#[test]
fn every_allowed_literal_still_exists() {
    let all: Vec<String> = scanned()
        .iter()
        .flat_map(|p| literals_of(&fs::read_to_string(p).expect("readable source")))
        .map(|l| l.text)
        .collect();
    for (literal, why) in NOT_VISITOR_TEXT {
        assert!(
            all.iter().any(|l| l == literal),
            "allow-list entry no longer in the code ({why}): {literal}"
        );
    }
}

//! The engine's CSV and iCalendar files (`model::export`, English) in the visitor's language:
//! the CSV header cells and the events' summaries and descriptions go through [`tr_text`];
//! amounts, dates and identifiers are left exactly as the engine wrote them, so the numbers
//! stay machine-readable in every language.

#[cfg(feature = "languages")]
use super::tr_text;
#[cfg(feature = "languages")]
use crate::model::export;
use std::borrow::Cow;

/// English only: the engine's file as it is.
#[cfg(not(feature = "languages"))]
#[inline(always)]
pub fn csv(csv: &str) -> Cow<'_, str> {
    Cow::Borrowed(csv)
}

/// English only: the engine's file as it is.
#[cfg(not(feature = "languages"))]
#[inline(always)]
pub fn ics(ics: &str) -> Cow<'_, str> {
    Cow::Borrowed(ics)
}

/// `csv` with its header row translated; the data rows unchanged.
#[cfg(feature = "languages")]
pub fn csv(csv: &str) -> Cow<'_, str> {
    let (header, rows) = csv.split_once('\n').unwrap_or((csv, ""));
    let header = header.trim_end_matches('\r');
    let mut out = String::with_capacity(csv.len() + 32);
    for (i, cell) in cells(header).iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let text = tr_text(cell);
        if text.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&text.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&text);
        }
    }
    out.push_str("\r\n");
    out.push_str(rows);
    Cow::Owned(out)
}

/// One CSV record's fields, quotes undone (RFC 4180).
#[cfg(feature = "languages")]
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let cell = out.last_mut().expect("one cell at least");
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => cell.push(c),
        }
    }
    out
}

/// `ics` with every SUMMARY and DESCRIPTION translated (unfolded, unescaped, translated,
/// escaped and folded again by the engine's own rules); every other line unchanged.
#[cfg(feature = "languages")]
pub fn ics(ics: &str) -> Cow<'_, str> {
    let mut lines: Vec<String> = Vec::new();
    for line in ics.split('\n').map(|l| l.trim_end_matches('\r')) {
        match (line.strip_prefix(' '), lines.last_mut()) {
            (Some(more), Some(last)) => last.push_str(more),
            _ if line.is_empty() => {}
            _ => lines.push(line.to_string()),
        }
    }
    let mut out = String::with_capacity(ics.len() + 64);
    for line in &lines {
        let field = ["SUMMARY:", "DESCRIPTION:"]
            .into_iter()
            .find(|p| line.starts_with(p));
        let line = match field {
            Some(p) => format!(
                "{p}{}",
                export::escape_text(&tr_text(&unescape(&line[p.len()..])))
            ),
            None => line.to_string(),
        };
        export::push_folded(&mut out, &line);
    }
    Cow::Owned(out)
}

/// RFC 5545 TEXT escapes undone.
#[cfg(feature = "languages")]
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(e) => out.push(e),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[cfg(feature = "languages")]
mod tests {
    use super::*;
    use crate::i18n::{install, Catalogue};
    use crate::model::{compute, export, Assumptions, Date, PlanInput};

    fn german() -> Catalogue {
        let json = r#"{
            "Year": "Jahr",
            "SMP low ({code})": "Haarpigmentierung niedrig ({code})",
            "SMP session {number} of {count}": "Sitzung {number} von {count}, Haarpigmentierung",
            "SMP full result": "Endergebnis"
        }"#;
        let value = crate::jsontext::parse(json).unwrap();
        Catalogue::from_json_value(&value, "de").unwrap()
    }

    fn plan() -> crate::model::Plan {
        let today = Date::new(2026, 11, 24).unwrap();
        compute(&PlanInput::default(), &Assumptions::default(), today).unwrap()
    }

    #[test]
    fn english_files_are_unchanged() {
        let plan = plan();
        let csv_en = export::csv(&plan);
        let ics_en = export::ics(&plan, "20261124T101010Z");
        assert_eq!(csv(&csv_en), csv_en);
        assert_eq!(ics(&ics_en), ics_en);
    }

    #[test]
    fn header_and_summaries_follow_the_language_numbers_do_not() {
        let plan = plan();
        let csv_en = export::csv(&plan);
        let ics_en = export::ics(&plan, "20261124T101010Z");
        install(Some(german()));
        let csv_de = csv(&csv_en);
        let ics_de = ics(&ics_en);
        install(None);
        let (header, rows) = csv_de.split_once("\r\n").unwrap();
        assert!(header.starts_with("Jahr,Haarpigmentierung niedrig (USD),SMP typical (USD)"));
        assert_eq!(rows, csv_en.split_once("\r\n").unwrap().1);
        // The comma in the translation is escaped and the long line folded.
        assert!(ics_de.contains("SUMMARY:Sitzung 1 von "), "{ics_de}");
        assert!(ics_de.contains("\\, Haarpigme"), "{ics_de}");
        assert!(ics_de.contains("SUMMARY:Endergebnis\r\n"));
        assert!(ics_de.split("\r\n").all(|l| l.len() <= 75));
        let dates = |s: &str| s.lines().filter(|l| l.starts_with("DTSTART")).count();
        assert_eq!(dates(&ics_de), dates(&ics_en));
        // Unfolding and unescaping give back what was translated.
        let summary = ics_de.replace("\r\n ", "");
        assert!(summary.contains("DESCRIPTION:Estimated cost of this session: USD "));
    }
}

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
    let mut out = String::with_capacity(csv.len() + 32);
    // The header's cells, quotes undone (RFC 4180: `""` inside quotes is one `"`); a comma
    // after the last one ends it.
    let mut cell = String::new();
    let (mut quoted, mut last) = (false, ' ');
    for c in header.trim_end_matches('\r').chars().chain([',']) {
        match c {
            '"' => {
                if !quoted && last == '"' {
                    cell.push('"');
                }
                quoted = !quoted;
            }
            ',' if !quoted => {
                push_cell(&mut out, &tr_text(&cell));
                cell.clear();
            }
            c => cell.push(c),
        }
        last = c;
    }
    out.pop();
    out.push_str("\r\n");
    out.push_str(rows);
    Cow::Owned(out)
}

/// `text` as a CSV cell and a comma: quoted when it holds a quote or a comma.
#[cfg(feature = "languages")]
fn push_cell(out: &mut String, text: &str) {
    let quote = text.bytes().any(|b| b == b'"' || b == b',');
    if quote {
        out.push('"');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    out.push(',');
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
        // A cell the language lacks is written back as it came, quotes and all.
        install(Some(german()));
        let quoted = "Year,\"Fibers, \"\"premium\"\" (USD)\",\"\",Hairpiece (USD)\r\n1,2\r\n";
        let back = csv(quoted);
        install(None);
        assert_eq!(
            back,
            "Jahr,\"Fibers, \"\"premium\"\" (USD)\",,Hairpiece (USD)\r\n1,2\r\n"
        );
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

//! Downloads built from a [`Plan`]: the year-by-year comparison as CSV (RFC 4180) and the
//! session, touch-up and full-result dates as an iCalendar file (RFC 5545).
//!
//! Both are plain text with CRLF line endings, as the RFCs require, and contain no locale
//! formatting: spreadsheets and calendar apps parse them, people do not.

use crate::model::date::Date;
use crate::model::money::{Money, PriceRange};
use crate::model::plan::Plan;

/// The years a table row is shown for, besides the horizon itself.
pub const ROW_YEARS: [u32; 4] = [1, 2, 5, 10];
/// No currency has more decimals; the cap keeps `10^exponent` inside `u64`.
const MAX_EXPONENT: u32 = 18;
/// RFC 5545 §3.1: lines longer than this many octets are folded.
const MAX_LINE_OCTETS: usize = 75;

/// Cumulative amounts at the end of a year of the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: u32,
    pub smp: PriceRange,
    /// One per `plan.comparisons`, in the same order.
    pub comparisons: Vec<Money>,
}

/// Rows for years 1, 2, 5, 10 and the horizon, each once, none past the horizon.
pub fn yearly_rows(plan: &Plan) -> Vec<YearRow> {
    let horizon = plan.horizon.years;
    let mut years: Vec<u32> = ROW_YEARS
        .into_iter()
        .chain([horizon])
        .filter(|y| (1..=horizon).contains(y))
        .collect();
    super::order::sort_small_by_key(&mut years, |y| *y);
    years.dedup();
    years.into_iter().filter_map(|y| row(plan, y)).collect()
}

/// `None` if the plan's series are shorter than its horizon says (a hand-built plan).
fn row(plan: &Plan, year: u32) -> Option<YearRow> {
    let month = usize::try_from(year)
        .ok()?
        .checked_mul(12)?
        .checked_sub(1)?;
    let at = |series: &[Money]| series.get(month).copied();
    let band = &plan.smp.cumulative;
    Some(YearRow {
        year,
        smp: PriceRange::new(at(&band.low)?, at(&band.typical)?, at(&band.high)?),
        comparisons: plan
            .comparisons
            .iter()
            .map(|c| at(&c.cumulative))
            .collect::<Option<_>>()?,
    })
}

/// `Year,SMP low (USD),…` then one line per [`YearRow`], amounts like `2500.00`.
pub fn csv(plan: &Plan) -> String {
    let code = plan.currency;
    let mut header = vec![
        "Year".to_string(),
        format!("SMP low ({code})"),
        format!("SMP typical ({code})"),
        format!("SMP high ({code})"),
    ];
    header.extend(
        plan.comparisons
            .iter()
            .map(|c| format!("{} ({code})", c.label)),
    );
    let mut out = String::new();
    push_record(&mut out, header.iter().map(String::as_str));
    for r in yearly_rows(plan) {
        let amounts = [r.smp.low, r.smp.typical, r.smp.high]
            .into_iter()
            .chain(r.comparisons)
            .map(|m| plain_decimal(m, plan.currency_exponent));
        let fields: Vec<String> = std::iter::once(r.year.to_string()).chain(amounts).collect();
        push_record(&mut out, fields.iter().map(String::as_str));
    }
    out
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled.
fn push_csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Major units with `exponent` decimals and no grouping: `2500.00`, `-0.05`.
pub fn plain_decimal(m: Money, exponent: u32) -> String {
    let exponent = exponent.min(MAX_EXPONENT);
    let per = 10u64.checked_pow(exponent).unwrap_or(1);
    let minor = m.minor();
    let abs = minor.unsigned_abs();
    let sign = if minor < 0 { "-" } else { "" };
    let major = abs / per;
    if exponent == 0 {
        return format!("{sign}{major}");
    }
    let width = usize::try_from(exponent).unwrap_or(0);
    format!("{sign}{major}.{:0width$}", abs % per)
}

/// An iCalendar file with an all-day event per initial session, per touch-up of the typical
/// scenario, and for the full-result date. `stamp` is the caller's current UTC time as
/// `YYYYMMDDTHHMMSSZ`; anything else is replaced by the plan's start date at midnight so the
/// file stays valid.
pub fn ics(plan: &Plan, stamp: &str) -> String {
    let stamp = if is_utc_stamp(stamp) {
        stamp.to_string()
    } else {
        format!("{}T000000Z", compact(plan.horizon.start_date))
    };
    let code = plan.currency;
    let money = |m: Money| format!("{code} {}", plain_decimal(m, plan.currency_exponent));

    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//smp-calculator//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(String::from)
    .to_vec();

    for s in &plan.sessions.items {
        push_event(
            &mut lines,
            &stamp,
            &Event {
                uid: format!("session-{}-{}", s.number, compact(s.date)),
                date: s.date,
                summary: format!("SMP session {} of {}", s.number, plan.sessions.count),
                description: format!(
                    "Estimated cost of this session: {} (range {} to {}). Estimates only; \
                     confirm prices and dates with your practitioner.",
                    money(s.cost.typical),
                    money(s.cost.low),
                    money(s.cost.high)
                ),
            },
        );
    }
    for (i, t) in plan.touch_ups.typical.items.iter().enumerate() {
        push_event(
            &mut lines,
            &stamp,
            &Event {
                uid: format!("touch-up-{}-{}", i + 1, compact(t.date)),
                date: t.date,
                summary: "SMP touch-up (typical estimate)".into(),
                description: format!(
                    "Estimated cost: {}. Touch-up timing depends on how your pigment fades; \
                     book when the dots look lighter or softer.",
                    money(t.cost)
                ),
            },
        );
    }
    push_event(
        &mut lines,
        &stamp,
        &Event {
            uid: format!("full-result-{}", compact(plan.full_result_date)),
            date: plan.full_result_date,
            summary: "SMP full result".into(),
            description: "Your last session should be fully healed by this date, \
                          showing the finished result."
                .into(),
        },
    );
    lines.push("END:VCALENDAR".into());

    let mut out = String::new();
    for line in &lines {
        push_folded(&mut out, line);
    }
    out
}

struct Event {
    /// Unique within the file and stable across downloads of the same plan.
    uid: String,
    date: Date,
    summary: String,
    description: String,
}

fn push_event(lines: &mut Vec<String>, stamp: &str, e: &Event) {
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}@smp-calculator", e.uid));
    lines.push(format!("DTSTAMP:{stamp}"));
    lines.push(format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
    // An all-day event ends the next day (exclusive). Without DTEND it lasts one day anyway,
    // which covers the last supported date having no successor.
    if let Some(next) = e.date.add_days(1) {
        lines.push(format!("DTEND;VALUE=DATE:{}", compact(next)));
    }
    lines.push(format!("SUMMARY:{}", escape_text(&e.summary)));
    lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
    lines.push("TRANSP:TRANSPARENT".into());
    lines.push("END:VEVENT".into());
}

/// `YYYYMMDD`.
fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `YYYYMMDDTHHMMSSZ`: digits where digits belong, nothing else.
fn is_utc_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b.iter().enumerate().all(|(i, c)| match i {
            8 => *c == b'T',
            15 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                out.push_str("\\n");
                // CRLF is one line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` and CRLF, folded so no physical line exceeds 75 octets: a continuation
/// starts with a space, and multi-byte characters are never split.
pub fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Assumptions, PlanInput};

    fn plan_with(horizon: f64) -> Plan {
        let input = PlanInput {
            region: Some("norwood-4".into()),
            tier: Some("premium".into()),
            skin: Some("oily".into()),
            sun: Some("high".into()),
            style: Some("soft".into()),
            longevity_years: Some(6.0),
            sessions: Some(4.0),
            start_date: Some("2027-01-04".into()),
            horizon_years: Some(horizon),
            inflation_percent: Some(2.5),
            transplant_cost_minor: Some(900_000),
            ..PlanInput::default()
        };
        let today = Date::new(2026, 11, 24).expect("valid date");
        compute(&input, &Assumptions::default(), today).expect("valid input")
    }

    /// Minor units from `2500.00`-style text.
    fn minor(text: &str) -> i64 {
        let (major, frac) = text.split_once('.').expect("two decimals");
        assert_eq!(frac.len(), 2, "{text}");
        format!("{major}{frac}").parse().expect("digits")
    }

    #[test]
    fn rows_at_fixed_years_and_the_horizon() {
        let years =
            |h: f64| -> Vec<u32> { yearly_rows(&plan_with(h)).iter().map(|r| r.year).collect() };
        assert_eq!(years(4.0), [1, 2, 4]);
        assert_eq!(years(5.0), [1, 2, 5]);
        assert_eq!(years(10.0), [1, 2, 5, 10]);
        assert_eq!(years(15.0), [1, 2, 5, 10, 15]);
        let p = plan_with(10.0);
        let last = yearly_rows(&p).pop().expect("a row");
        assert_eq!(last.smp, p.smp.total);
        let totals: Vec<Money> = p.comparisons.iter().map(|c| c.total).collect();
        assert_eq!(last.comparisons, totals);
    }

    #[test]
    fn csv_reads_back_to_the_plan() {
        let p = plan_with(15.0);
        let text = csv(&p);
        assert!(text.ends_with("\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
        let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(
            lines.first().copied(),
            Some(
                "Year,SMP low (USD),SMP typical (USD),SMP high (USD),Hair fibers (USD),\
                 Hairpiece (USD),Hair transplant (USD)"
            )
        );
        assert_eq!(lines.len(), 1 + 5);
        for line in lines.iter().skip(1) {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 4 + p.comparisons.len());
            let year: usize = fields[0].parse().expect("year");
            let m = 12 * year - 1;
            let band = &p.smp.cumulative;
            let expected = [&band.low, &band.typical, &band.high]
                .into_iter()
                .chain(p.comparisons.iter().map(|c| &c.cumulative))
                .map(|series| series[m].minor());
            let got = fields[1..].iter().map(|f| minor(f));
            assert!(expected.eq(got), "year {year}: {line}");
        }
        assert!(text.contains("\r\n1,"), "year 1 row present");
    }

    #[test]
    fn csv_quotes_labels_that_need_it() {
        let mut p = plan_with(4.0);
        p.comparisons[0].label = "Fibers, \"premium\"";
        let text = csv(&p);
        let header = text.split("\r\n").next().expect("header");
        assert!(
            header.ends_with(
                ",\"Fibers, \"\"premium\"\" (USD)\",Hairpiece (USD),Hair transplant (USD)"
            ),
            "{header}"
        );
    }

    #[test]
    fn amounts_are_plain_decimals() {
        let m = Money::from_minor;
        assert_eq!(plain_decimal(m(250_000), 2), "2500.00");
        assert_eq!(plain_decimal(m(66_667), 2), "666.67");
        assert_eq!(plain_decimal(m(5), 2), "0.05");
        assert_eq!(plain_decimal(m(-5), 2), "-0.05");
        assert_eq!(plain_decimal(m(1_500), 0), "1500");
        assert_eq!(plain_decimal(m(7), 3), "0.007");
        assert_eq!(plain_decimal(m(i64::MIN), 2), "-92233720368547758.08");
        assert_eq!(plain_decimal(m(1), u32::MAX), "0.000000000000000001");
    }

    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .trim_end_matches("\r\n")
            .split("\r\n")
            .map(String::from)
            .collect()
    }

    fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines.iter().filter_map(|l| l.strip_prefix(name)).collect()
    }

    #[test]
    fn ics_has_one_event_per_date() {
        let p = plan_with(10.0);
        let text = ics(&p, "20261124T120000Z");
        assert!(text.ends_with("\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
        for physical in text.split("\r\n") {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        let lines = unfold(&text);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for header in [
            "VERSION:2.0",
            "PRODID:-//smp-calculator//EN",
            "CALSCALE:GREGORIAN",
        ] {
            assert!(lines.iter().any(|l| l == header), "{header}");
        }
        let sessions = p.sessions.items.len();
        let touch_ups = p.touch_ups.typical.items.len();
        assert_eq!((sessions, touch_ups), (4, 3), "the example plan");
        let events = sessions + touch_ups + 1;
        assert_eq!(values(&lines, "BEGIN:VEVENT").len(), events);
        assert_eq!(values(&lines, "END:VEVENT").len(), events);
        assert_eq!(values(&lines, "DTSTAMP:"), vec!["20261124T120000Z"; events]);

        let expected_dates: Vec<String> = p
            .sessions
            .items
            .iter()
            .map(|s| s.date)
            .chain(p.touch_ups.typical.items.iter().map(|t| t.date))
            .chain([p.full_result_date])
            .map(|d| d.to_string().replace('-', ""))
            .collect();
        assert_eq!(values(&lines, "DTSTART;VALUE=DATE:"), expected_dates);
        let ends: Vec<String> = values(&lines, "DTEND;VALUE=DATE:")
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(ends.first().map(String::as_str), Some("20270105"));
        assert_eq!(ends.len(), events);

        let uids = values(&lines, "UID:");
        assert_eq!(
            uids.first().copied(),
            Some("session-1-20270104@smp-calculator")
        );
        let mut unique = uids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), events);

        let summaries = values(&lines, "SUMMARY:");
        assert_eq!(summaries.first().copied(), Some("SMP session 1 of 4"));
        assert_eq!(
            summaries.get(sessions).copied(),
            Some("SMP touch-up (typical estimate)")
        );
        assert_eq!(summaries.last().copied(), Some("SMP full result"));
        let first = values(&lines, "DESCRIPTION:")[0];
        assert!(
            first.starts_with(
                "Estimated cost of this session: USD 775.00 (range USD 575.00 to USD 950.00). \
                 Estimates only\\; confirm"
            ),
            "{first}"
        );
        let touch = values(&lines, "DESCRIPTION:")[sessions];
        // Touch-up: premium NW4 course 3,100 × 33.33 % = 1,033.23 → 1,030; × 1.025³ → 1,109.19.
        assert!(touch.starts_with("Estimated cost: USD 1109.19."), "{touch}");
    }

    #[test]
    fn ics_text_is_escaped_and_folded() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\u{7}"),
            "a\\\\b\\;c\\,d\\ne\\nf"
        );
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "é".repeat(60));
        push_folded(&mut out, &line);
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
        assert_eq!(out.matches("\r\n ").count(), 1);
    }

    #[test]
    fn bad_stamps_are_replaced() {
        let p = plan_with(4.0);
        for bad in [
            "",
            "2026-11-24T12:00:00Z",
            "20261124T120000Z\r\nX:1",
            "20261124T1200000",
        ] {
            let lines = unfold(&ics(&p, bad));
            assert!(
                values(&lines, "DTSTAMP:")
                    .iter()
                    .all(|s| *s == "20270104T000000Z"),
                "{bad:?}"
            );
        }
    }
}

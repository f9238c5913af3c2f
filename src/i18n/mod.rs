//! Visitor-facing text. The English text is written where it is used and is its own catalogue
//! key (gettext style): an English visitor downloads no key table and no catalogue, and a
//! translation is looked up only when a catalogue for another language has been loaded.
//!
//! Every visitor-facing literal in `src/ui` goes through one of these functions; the tests
//! collect the literals from the calls (`tr("…")`, `trf("…"`, `trn(n, "…", "…"`) to check
//! that every catalogue holds exactly those keys.
//!
//! Placeholders are `{name}`, filled by [`fill`]; a translation may move them.

/// The text in the visitor's language, `en` when there is no translation.
pub fn tr(en: &'static str) -> &'static str {
    en
}

/// Text that comes from the engine (`src/model`: labels, hints, units, messages, notes,
/// notices), already formatted in English: translated by matching it against the catalogue's
/// keys, whose `{name}` placeholders capture what the engine filled in.
pub fn tr_text(text: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::Borrowed(text)
}

/// [`tr`], then the placeholders filled: `trf("{n} of {total}", &[("n", "2"), ("total", "3")])`.
pub fn trf(en: &'static str, args: &[(&str, &str)]) -> String {
    fill(tr(en), args)
}

/// A count's text: `one` or `other` in English (keys of the catalogue entry), chosen by the
/// language's plural rules for `n`; `{n}` and `args` filled.
pub fn trn(n: i64, one: &'static str, other: &'static str, args: &[(&str, &str)]) -> String {
    let text = if n == 1 { one } else { other };
    let count = n.to_string();
    let mut all: Vec<(&str, &str)> = vec![("n", count.as_str())];
    all.extend_from_slice(args);
    fill(text, &all)
}

/// `{name}` replaced by its value; unknown placeholders are left as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_placeholders_in_any_order() {
        assert_eq!(fill("{b} then {a}", &[("a", "1"), ("b", "2")]), "2 then 1");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
    }

    #[test]
    fn english_plural_picks_one_only_for_one() {
        assert_eq!(trn(1, "{n} session", "{n} sessions", &[]), "1 session");
        assert_eq!(trn(0, "{n} session", "{n} sessions", &[]), "0 sessions");
        assert_eq!(trn(3, "{n} session", "{n} sessions", &[]), "3 sessions");
    }
}

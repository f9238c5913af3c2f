//! One language's translations, read from its `lang/<code>.json` (a flat object: English key ->
//! translation, or -> an object of CLDR plural categories for a count's text). Looked up by
//! the English text; keys with `{name}` placeholders also translate the engine's already
//! formatted English text ([`Catalogue::translate`]).

use super::plural::{self, PluralRule};
use crate::model::value::Value;
use std::borrow::Cow;

/// A translation: plain text, or one text per plural category (`one`, `other`, ...).
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Text(String),
    Plural(Vec<(String, String)>),
}

#[derive(Clone, Debug)]
pub struct Catalogue {
    tag: String,
    /// Sorted by key (the parsed object's order), for binary search.
    entries: Vec<(String, Entry)>,
    /// Indices of the keys with placeholders, for [`Catalogue::translate`].
    patterns: Vec<usize>,
    plural: PluralRule,
}

impl Catalogue {
    /// The catalogue in `value` (a parsed `lang/<code>.json`) for the language `tag`. Refuses
    /// anything but a flat object of texts and plural objects whose values are texts, naming
    /// the first offending key; a plural object needs an `other` text.
    pub fn from_json_value(value: &Value, tag: &str) -> Result<Catalogue, String> {
        let Value::Object(map) = value else {
            return Err("a catalogue must be a JSON object".into());
        };
        let mut entries = Vec::with_capacity(map.len());
        for (key, v) in map {
            let entry = match v {
                Value::String(s) => Entry::Text(s.clone()),
                Value::Object(forms) => {
                    let forms: Option<Vec<(String, String)>> = forms
                        .iter()
                        .map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                        .collect();
                    match forms {
                        Some(f) if f.iter().any(|(k, _)| k == "other") => Entry::Plural(f),
                        _ => {
                            return Err(format!("\"{key}\": plural forms need texts and \"other\""))
                        }
                    }
                }
                _ => return Err(format!("\"{key}\": expected a text or plural forms")),
            };
            entries.push((key.clone(), entry));
        }
        let patterns = (0..entries.len())
            .filter(|&i| entries[i].0.contains('{'))
            .collect();
        Ok(Catalogue {
            tag: tag.to_string(),
            entries,
            patterns,
            plural: plural::platform_rule,
        })
    }

    /// The same catalogue with another plural rule (tests inject one natively).
    pub fn with_plural_rule(mut self, rule: PluralRule) -> Catalogue {
        self.plural = rule;
        self
    }

    /// The language tag it was loaded for (`fr`, `de`, ...).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| &self.entries[i].1)
    }

    /// The translation of `en`; a plural entry gives its `other` text. `None` when missing.
    pub fn text(&self, en: &str) -> Option<&str> {
        match self.entry(en)? {
            Entry::Text(t) => Some(t),
            Entry::Plural(forms) => form(forms, "other"),
        }
    }

    /// The plural category of `n` in this language (`one`, `few`, `many`, `other`, ...).
    pub fn category(&self, n: i64) -> String {
        (self.plural)(&self.tag, n)
    }

    /// The text for the count `n` of the entry keyed `other` (English `one`/`other` when the
    /// key is missing): the language's category for `n`, else `other`; not filled.
    pub fn count_text<'a>(&'a self, n: i64, one: &'a str, other: &'a str) -> &'a str {
        match self.entry(other) {
            Some(Entry::Plural(forms)) => form(forms, &self.category(n))
                .or_else(|| form(forms, "other"))
                .unwrap_or(other),
            Some(Entry::Text(t)) => t,
            None => english_count(n, one, other),
        }
    }

    /// `text` (the engine's English, already formatted) in this language: the key equal to it,
    /// else the most specific key whose `{name}` placeholders capture the rest (captured parts
    /// that are keys themselves are translated too; a capture `n` that is a whole number picks
    /// the plural form). Unchanged when no key fits.
    pub fn translate<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if let Some(t) = self.text(text) {
            return Cow::Owned(t.to_string());
        }
        let mut best: Option<(usize, usize, Captures<'_, 't>)> = None;
        for &i in &self.patterns {
            let key = self.entries[i].0.as_str();
            let pieces = pieces(key);
            let fixed: usize = pieces.iter().map(|p| p.text().len()).sum();
            if best.as_ref().is_some_and(|(_, f, _)| *f >= fixed) {
                continue;
            }
            let mut caps = Vec::new();
            if matches(&pieces, text, &mut caps) {
                best = Some((i, fixed, caps));
            }
        }
        let Some((i, _, caps)) = best else {
            return Cow::Borrowed(text);
        };
        let translation = match &self.entries[i].1 {
            Entry::Text(t) => t.as_str(),
            Entry::Plural(forms) => {
                let n = caps.iter().find(|(k, _)| *k == "n");
                let category = n
                    .and_then(|(_, v)| v.parse::<i64>().ok())
                    .map(|n| self.category(n));
                category
                    .and_then(|c| form(forms, &c))
                    .or_else(|| form(forms, "other"))
                    .unwrap_or(text)
            }
        };
        let args: Vec<(&str, &str)> = caps
            .iter()
            .map(|&(k, v)| (k, self.text(v).unwrap_or(v)))
            .collect();
        Cow::Owned(super::fill(translation, &args))
    }
}

fn form<'a>(forms: &'a [(String, String)], category: &str) -> Option<&'a str> {
    forms
        .iter()
        .find(|(k, _)| k == category)
        .map(|(_, v)| v.as_str())
}

/// English's own choice, for texts no catalogue holds.
pub(super) fn english_count<'a>(n: i64, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// Each hole's name and the text it holds.
type Captures<'k, 't> = Vec<(&'k str, &'t str)>;

enum Piece<'k> {
    Literal(&'k str),
    Hole(&'k str),
}

impl Piece<'_> {
    fn text(&self) -> &str {
        match self {
            Piece::Literal(t) => t,
            Piece::Hole(_) => "",
        }
    }
}

/// `"{n} of {total}"` as hole, literal, hole.
fn pieces(key: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = key;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Literal(&rest[..open]));
        }
        out.push(Piece::Hole(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Literal(rest));
    }
    out
}

/// Whether `text` is `pieces` with each hole holding at least one character; `caps` gets the
/// holes' texts. Tries every place the literal after a hole occurs (texts are short).
fn matches<'k, 't>(
    pieces: &[Piece<'k>],
    text: &'t str,
    caps: &mut Vec<(&'k str, &'t str)>,
) -> bool {
    match pieces {
        [] => text.is_empty(),
        [Piece::Literal(l), rest @ ..] => {
            text.strip_prefix(l).is_some_and(|t| matches(rest, t, caps))
        }
        [Piece::Hole(name)] => {
            if text.is_empty() {
                return false;
            }
            caps.push((name, text));
            true
        }
        [Piece::Hole(name), rest @ ..] => {
            // Two holes side by side have no boundary: such keys never match.
            let Some(Piece::Literal(next)) = rest.first() else {
                return false;
            };
            for (at, _) in text.match_indices(next) {
                if at == 0 {
                    continue;
                }
                caps.push((name, &text[..at]));
                if matches(rest, &text[at..], caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
    }
}

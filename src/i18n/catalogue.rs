//! One language's translations, read from its `lang/<code>.json` (a flat object: English key ->
//! translation, or -> an object of CLDR plural categories for a count's text). Looked up by
//! the English text; keys with `{name}` placeholders also translate the engine's already
//! formatted English text ([`Catalogue::translate`]).

use super::pieces::{pieces, Piece};
use super::plural::{self, PluralRule};
use crate::model::value::{Map, Value};
use std::borrow::Cow;

/// A translation: plain text, or one text per plural category (`one`, `other`, ...).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Entry<'a> {
    Text(&'a str),
    Plural(&'a Map),
}

#[derive(Clone, Debug)]
pub struct Catalogue {
    tag: String,
    /// The parsed file as it is (sorted by key): converting it would cost wasm bytes.
    texts: Map,
    plural: PluralRule,
}

impl Catalogue {
    /// The catalogue in `value` (a parsed `lang/<code>.json`) for the language `tag`. Refuses
    /// anything but a flat object of texts and plural objects whose values are texts (with an
    /// `other` text); the error is the first offending key. The empty key is skipped: the
    /// built files carry the loader's own texts there (scripts/postbuild.mjs). For tests: the
    /// widget takes its files, which passed their integrity check, as they are.
    pub fn from_json_value(value: &Value, tag: &str) -> Result<Catalogue, String> {
        let Value::Object(texts) = value else {
            return Err(String::new());
        };
        for (key, v) in texts.iter().filter(|(k, _)| !k.is_empty()) {
            let fits = match v {
                Value::String(_) => true,
                Value::Object(forms) => {
                    forms.contains_key("other") && forms.iter().all(|(_, f)| f.as_str().is_some())
                }
                _ => false,
            };
            if !fits {
                return Err(key.clone());
            }
        }
        Catalogue::from_value(value.clone(), tag).ok_or_else(String::new)
    }

    /// The catalogue in the parsed file `value` (the wasm keeps no copy), unchecked: an entry
    /// that is neither a text nor plural texts is never found, a plural entry without the
    /// category asked for gives its `other` text, or English. `None` when it is not an object.
    pub fn from_value(value: Value, tag: &str) -> Option<Catalogue> {
        let Value::Object(texts) = value else {
            return None;
        };
        Some(Catalogue {
            tag: tag.to_string(),
            texts,
            plural: plural::cldr,
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

    /// How many keys (the loader's `""` not counted).
    pub fn len(&self) -> usize {
        self.keys().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts
            .keys()
            .map(String::as_str)
            .filter(|k| !k.is_empty())
    }

    pub fn entry(&self, key: &str) -> Option<Entry<'_>> {
        match self.texts.get(key)? {
            Value::String(t) => Some(Entry::Text(t)),
            Value::Object(forms) => Some(Entry::Plural(forms)),
            _ => None,
        }
    }

    /// The translation of `en`; a plural entry gives its `other` text. `None` when missing.
    pub fn text(&self, en: &str) -> Option<&str> {
        match self.entry(en)? {
            Entry::Text(t) => Some(t),
            Entry::Plural(forms) => form(forms, "other"),
        }
    }

    /// The plural category of `n` in this language (`one`, `few`, `many`, `other`, ...).
    pub fn category(&self, n: i64) -> &'static str {
        (self.plural)(&self.tag, n)
    }

    /// The text for the count `n` of the entry keyed `other` (English `one`/`other` when the
    /// key is missing): the language's category for `n`, else `other`; not filled.
    pub fn count_text<'a>(&'a self, n: i64, one: &'a str, other: &'a str) -> &'a str {
        match self.entry(other) {
            Some(Entry::Plural(forms)) => self.form_for(forms, n).unwrap_or(other),
            Some(Entry::Text(t)) => t,
            None => super::english_count(n, one, other),
        }
    }

    /// The form for `n`, else `other`.
    fn form_for<'a>(&self, forms: &'a Map, n: i64) -> Option<&'a str> {
        form(forms, self.category(n)).or_else(|| form(forms, "other"))
    }

    /// `text` (the engine's English, already formatted) in this language: the key equal to it,
    /// else the most specific key whose `{name}` placeholders capture the rest (captured parts
    /// that are keys themselves are translated too; a capture `n` that is a whole number picks
    /// the plural form). Unchanged when no key fits.
    pub fn translate<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if let Some(t) = self.text(text) {
            return Cow::Owned(t.to_string());
        }
        let keys = self.texts.keys().map(String::as_str);
        let Some((key, caps)) = template_for(keys, text) else {
            return Cow::Borrowed(text);
        };
        let translation = match self.entry(key) {
            Some(Entry::Plural(forms)) => {
                let n = caps.iter().find(|(k, _)| *k == "n");
                match n.and_then(|(_, v)| v.parse::<i64>().ok()) {
                    Some(n) => self.form_for(forms, n),
                    None => form(forms, "other"),
                }
            }
            Some(Entry::Text(t)) => Some(t),
            None => None,
        }
        .unwrap_or(text);
        let args: Vec<(&str, &str)> = caps
            .iter()
            .map(|&(k, v)| (k, self.text(v).unwrap_or(v)))
            .collect();
        Cow::Owned(super::fill(translation, &args))
    }
}

/// The template among `keys` that `text` fits, with what its holes hold: the one with the most
/// literal text (the most specific), so `{field} must be a number.` beats `{field}: {why}`.
/// Keys without placeholders are skipped (an exact key is looked up directly).
pub fn template_for<'k, 't>(
    keys: impl Iterator<Item = &'k str>,
    text: &'t str,
) -> Option<(&'k str, Captures<'k, 't>)> {
    let mut best: Option<(&str, usize, Captures<'_, 't>)> = None;
    for key in keys.filter(|k| k.contains('{')) {
        let pieces = pieces(key);
        let fixed: usize = pieces.iter().map(|p| p.text().len()).sum();
        if best.as_ref().is_some_and(|(_, f, _)| *f >= fixed) {
            continue;
        }
        let mut caps = Vec::new();
        if matches(&pieces, text, &mut caps) {
            best = Some((key, fixed, caps));
        }
    }
    best.map(|(key, _, caps)| (key, caps))
}

/// The names of `text`'s `{name}` placeholders, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    pieces(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Hole(h) => Some(h),
            Piece::Literal(_) => None,
        })
        .collect()
}

fn form<'a>(forms: &'a Map, category: &str) -> Option<&'a str> {
    forms.get(category).and_then(Value::as_str)
}

/// Each hole's name and the text it holds.
pub type Captures<'k, 't> = Vec<(&'k str, &'t str)>;

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
            // By bytes: the standard substring search would add 2 KB to the wasm. A literal
            // starts on a character boundary whenever its first byte does.
            let (hay, needle) = (text.as_bytes(), next.as_bytes());
            for at in 1..=hay.len().saturating_sub(needle.len()) {
                if !hay[at..].starts_with(needle) {
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

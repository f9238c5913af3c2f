//! A small Rust lexer for the language tests (tests/catalogues.rs, tests/ui_literals.rs): the
//! string literals of a source file, which of them are the text arguments of `tr`, `trf` and
//! `trn` calls, and which call each literal sits in. Comments and `#[cfg(test)]` items are
//! skipped, escapes are decoded, raw strings and char literals are understood: enough for this
//! code base without a parser dependency.
#![allow(dead_code)] // each test crate uses its own part

use std::fs;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Every `.rs` file under `dir` (relative to the crate), sorted.
pub fn rust_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out.sort();
    out
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(String),
    /// A string literal: its value (escapes decoded) and the 1-based line it starts on.
    Str(String, usize),
    Char,
    Lifetime,
    Punct(char),
    /// Numbers and anything else that does not matter here.
    Other,
}

/// The tokens of `code`, without comments.
pub fn tokens(code: &str) -> Vec<Tok> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines = |from: usize, to: usize, chars: &[char]| {
        chars[from..to.min(chars.len())]
            .iter()
            .filter(|c| **c == '\n')
            .count()
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let start = i;
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i, &chars);
        } else if let Some((len, value)) = raw_string(&chars[i..]) {
            out.push(Tok::Str(value, line));
            line += count_lines(i, i + len, &chars);
            i += len;
        } else if c == '"' || (c == 'b' && next == Some('"')) {
            let start = i;
            i += if c == 'b' { 2 } else { 1 };
            let mut value = String::new();
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                    i += unescape(&chars[i..], &mut value);
                } else {
                    value.push(chars[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push(Tok::Str(value, line));
            line += count_lines(start, i, &chars);
        } else if c == '\'' {
            // 'x', '\n', '\u{..}' are chars; 'a (no closing quote right after) a lifetime.
            if next == Some('\\') {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
                out.push(Tok::Char);
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push(Tok::Char);
            } else {
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Lifetime);
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Other);
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    strip_test_items(out)
}

/// `r"…"`, `r#"…"#`, `br"…"`: length in chars and value.
fn raw_string(chars: &[char]) -> Option<(usize, String)> {
    let mut i = 0;
    if chars.first() == Some(&'b') {
        i += 1;
    }
    if chars.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let hashes = chars[i..].iter().take_while(|c| **c == '#').count();
    i += hashes;
    if chars.get(i) != Some(&'"') {
        return None;
    }
    i += 1;
    let start = i;
    while i < chars.len() {
        if chars[i] == '"'
            && chars[i + 1..]
                .iter()
                .take(hashes)
                .filter(|c| **c == '#')
                .count()
                == hashes
        {
            let value = chars[start..i].iter().collect();
            return Some((i + 1 + hashes, value));
        }
        i += 1;
    }
    None
}

/// Decodes the escape after a backslash into `out`; returns the chars it used.
fn unescape(chars: &[char], out: &mut String) -> usize {
    match chars.first() {
        Some('n') => out.push('\n'),
        Some('t') => out.push('\t'),
        Some('r') => out.push('\r'),
        Some('0') => out.push('\0'),
        Some('\\') => out.push('\\'),
        Some('"') => out.push('"'),
        Some('\'') => out.push('\''),
        Some('x') => {
            let hex: String = chars[1..3.min(chars.len())].iter().collect();
            if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                out.push(c);
            }
            return 3;
        }
        Some('u') => {
            let end = chars.iter().position(|c| *c == '}').unwrap_or(1);
            let hex: String = chars[2.min(end)..end].iter().collect();
            if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                out.push(c);
            }
            return end + 1;
        }
        // A line continuation: the newline and the next line's leading whitespace vanish.
        Some('\n') => {
            return 1 + chars[1..].iter().take_while(|c| c.is_whitespace()).count();
        }
        Some(other) => out.push(*other),
        None => return 0,
    }
    1
}

/// Drops every item under `#[cfg(test)]`: the attribute and what follows up to the end of
/// its first `{…}` block or a `;` outside brackets.
fn strip_test_items(toks: Vec<Tok>) -> Vec<Tok> {
    let is = |t: Option<&Tok>, c: char| t == Some(&Tok::Punct(c));
    let ident = |t: Option<&Tok>, s: &str| matches!(t, Some(Tok::Ident(i)) if i == s);
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let test_attr = is(toks.get(i), '#')
            && is(toks.get(i + 1), '[')
            && ident(toks.get(i + 2), "cfg")
            && is(toks.get(i + 3), '(')
            && ident(toks.get(i + 4), "test")
            && is(toks.get(i + 5), ')')
            && is(toks.get(i + 6), ']');
        if !test_attr {
            out.push(toks[i].clone());
            i += 1;
            continue;
        }
        i += 7;
        let mut depth = 0usize;
        while i < toks.len() {
            match &toks[i] {
                Tok::Punct('{' | '(' | '[') => depth += 1,
                Tok::Punct('}' | ')' | ']') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 && toks[i] == Tok::Punct('}') {
                        i += 1;
                        break;
                    }
                }
                Tok::Punct(';') if depth == 0 => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// A string literal and the innermost named call or macro it is an argument of.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal {
    pub text: String,
    pub line: usize,
    /// `tr`, `format`, `expect`, ...; `None` at the top level or in a bare tuple or block.
    pub callee: Option<String>,
    /// The literal is a text argument of `tr`, `trf` or `trn` (a catalogue key).
    pub catalogued: bool,
}

/// A `tr`/`trf`/`trn` call: the function and its English text arguments, or why they are not
/// literals.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub function: String,
    pub line: usize,
    /// `tr`, `trf`: the key. `trn`: `one` then `other` (the key).
    pub texts: Vec<String>,
    /// Set when an argument that must be a literal is not one.
    pub problem: Option<String>,
}

pub const TEXT_FUNCTIONS: [&str; 3] = ["tr", "trf", "trn"];

/// The callee recorded for literals inside an attribute (`#[serde(skip_serializing_if = "…")]`).
pub const ATTRIBUTE: &str = "#[…]";

/// The calls to the text functions in `toks`, and every string literal with its context.
pub fn scan(toks: &[Tok]) -> (Vec<Call>, Vec<Literal>) {
    let mut calls = Vec::new();
    let mut literals = Vec::new();
    // One entry per open bracket: the callee it belongs to, if any.
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut catalogued_at: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Punct('(' | '[' | '{') => {
                let before = |n: usize| i.checked_sub(n).map(|j| &toks[j]);
                let callee = match (before(1), before(2)) {
                    (Some(Tok::Ident(name)), _) => Some(name.clone()),
                    (Some(Tok::Punct('!')), Some(Tok::Ident(name))) => Some(name.clone()),
                    // An attribute, `#[…]` or `#![…]`: never text for a visitor.
                    (Some(Tok::Punct('#')), _) | (Some(Tok::Punct('!')), Some(Tok::Punct('#'))) => {
                        Some(ATTRIBUTE.to_string())
                    }
                    _ => None,
                };
                let in_attribute = stack.iter().flatten().any(|c| c == ATTRIBUTE);
                let callee = if in_attribute {
                    Some(ATTRIBUTE.to_string())
                } else {
                    callee
                };
                let callee = callee.or_else(|| {
                    // A bare tuple or block inside a call (`&[("n", x)]`) stays in that call.
                    stack.iter().rev().flatten().next().cloned()
                });
                stack.push(callee);
            }
            Tok::Punct(')' | ']' | '}') => {
                stack.pop();
            }
            Tok::Ident(name) if TEXT_FUNCTIONS.contains(&name.as_str()) => {
                let prev = i.checked_sub(1).map(|j| &toks[j]);
                let definition = matches!(prev, Some(Tok::Ident(k)) if k == "fn");
                let method = prev == Some(&Tok::Punct('.'));
                if toks.get(i + 1) == Some(&Tok::Punct('(')) && !definition && !method {
                    let (call, used) = call_at(name, &toks[i + 2..]);
                    catalogued_at.extend(used.into_iter().map(|u| u + i + 2));
                    calls.push(call);
                }
            }
            Tok::Str(text, line) => literals.push((
                i,
                Literal {
                    text: text.clone(),
                    line: *line,
                    callee: stack.iter().rev().flatten().next().cloned(),
                    catalogued: false,
                },
            )),
            _ => {}
        }
    }
    let literals = literals
        .into_iter()
        .map(|(i, mut l)| {
            l.catalogued = catalogued_at.contains(&i);
            l
        })
        .collect();
    (calls, literals)
}

/// The call whose arguments start at `args` (after the `(`), and the token indices (relative
/// to `args`) of its text literals.
fn call_at(function: &str, args: &[Tok]) -> (Call, Vec<usize>) {
    // Split the arguments at top-level commas.
    let mut parts: Vec<Vec<(usize, &Tok)>> = vec![Vec::new()];
    let mut depth = 0usize;
    for (j, t) in args.iter().enumerate() {
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') if depth == 0 => break,
            Tok::Punct(')' | ']' | '}') => depth -= 1,
            Tok::Punct(',') if depth == 0 => {
                parts.push(Vec::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = parts.last_mut() {
            last.push((j, t));
        }
    }
    let wanted: &[usize] = if function == "trn" { &[1, 2] } else { &[0] };
    let line = args
        .iter()
        .find_map(|t| match t {
            Tok::Str(_, l) => Some(*l),
            _ => None,
        })
        .unwrap_or(0);
    let mut call = Call {
        function: function.to_string(),
        line,
        texts: Vec::new(),
        problem: None,
    };
    let mut used = Vec::new();
    for &n in wanted {
        match parts.get(n).map(Vec::as_slice) {
            Some([(j, Tok::Str(text, _))]) => {
                call.texts.push(text.clone());
                used.push(*j);
            }
            other => {
                let shown: Vec<String> = other
                    .unwrap_or_default()
                    .iter()
                    .map(|(_, t)| match t {
                        Tok::Ident(s) => s.clone(),
                        Tok::Str(s, _) => format!("{s:?}"),
                        Tok::Punct(c) => c.to_string(),
                        _ => "…".into(),
                    })
                    .collect();
                call.problem = Some(format!(
                    "argument {} of {function}() is not one string literal: {}",
                    n + 1,
                    shown.join("")
                ));
            }
        }
    }
    (call, used)
}

/// The texts of a `Markup::tpl` template's `{t:…}` holes (src/markup.rs), each a catalogue
/// key like `tr("…")`'s: the text up to the next `}`.
pub fn template_texts(template: &str) -> Vec<String> {
    template
        .split("{t:")
        .skip(1)
        .map(|hole| hole.split('}').next().unwrap_or_default().to_string())
        .collect()
}

/// The catalogue calls and literals of one file.
pub fn scan_file(path: &Path) -> (Vec<Call>, Vec<Literal>) {
    let code = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    scan(&tokens(&code))
}

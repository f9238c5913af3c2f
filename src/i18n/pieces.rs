//! `{name}` placeholders: how the wasm's fillers of a text (`i18n::fill`, `Markup::fill`) read
//! them (embed/lang.js reads them the same way).

/// A text with `{name}` placeholders, cut into literal runs and holes.
pub(crate) enum Piece<'k> {
    Literal(&'k str),
    Hole(&'k str),
}

/// `"{n} of {total}"` as hole, literal, hole.
pub(crate) fn pieces(key: &str) -> Vec<Piece<'_>> {
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

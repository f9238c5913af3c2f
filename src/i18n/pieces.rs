//! `{name}` placeholders: how the wasm's fillers of a text (`i18n::fill`, `Markup::fill`) read
//! them (embed/lang.js reads them the same way).

/// A text with `{name}` placeholders, cut into literal runs and holes.
pub(crate) enum Piece<'k> {
    Literal(&'k str),
    Hole(&'k str),
}

/// `"{n} of {total}"` as hole, literal, hole. An iterator rather than a `Vec`: collecting
/// the pieces cost the wasm its own vector code.
pub(crate) fn pieces(key: &str) -> Pieces<'_> {
    Pieces { rest: key }
}

pub(crate) struct Pieces<'k> {
    rest: &'k str,
}

impl<'k> Iterator for Pieces<'k> {
    type Item = Piece<'k>;

    fn next(&mut self) -> Option<Piece<'k>> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        // A `{` without its `}` ends the holes: the rest is literal.
        let hole = rest
            .find('{')
            .and_then(|open| Some((open, open + rest[open..].find('}')?)));
        Some(match hole {
            Some((0, close)) => {
                self.rest = &rest[close + 1..];
                Piece::Hole(&rest[1..close])
            }
            Some((open, _)) => {
                self.rest = &rest[open..];
                Piece::Literal(&rest[..open])
            }
            None => {
                self.rest = "";
                Piece::Literal(rest)
            }
        })
    }
}

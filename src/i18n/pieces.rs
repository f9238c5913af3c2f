//! `{name}` placeholders: how the wasm's fillers of a text (`i18n::fill`, `Markup::fill`) read
//! them (embed/lang.js reads them the same way).

/// A text with `{name}` placeholders, cut into literal runs, each with the hole after it.
pub(crate) struct Piece<'k> {
    pub literal: &'k str,
    pub hole: Option<&'k str>,
}

/// `"{n} of {total}"` as ("", n), (" of ", total). An iterator rather than a `Vec`: collecting
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
        // Cut by `split_once`, with no slicing and its boundary checks. A `{` without its `}`
        // ends the holes: the rest is literal.
        if let Some((literal, after)) = rest.split_once('{') {
            if let Some((hole, tail)) = after.split_once('}') {
                self.rest = tail;
                return Some(Piece {
                    literal,
                    hole: Some(hole),
                });
            }
        }
        self.rest = "";
        Some(Piece {
            literal: rest,
            hole: None,
        })
    }
}

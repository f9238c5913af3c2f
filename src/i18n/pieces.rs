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
        let cut = rest
            .split_once('{')
            .and_then(|(literal, after)| Some((literal, after.split_once('}')?)));
        Some(match cut {
            Some((literal, (hole, tail))) => {
                self.rest = tail;
                Piece {
                    literal,
                    hole: Some(hole),
                }
            }
            None => {
                self.rest = "";
                Piece {
                    literal: rest,
                    hole: None,
                }
            }
        })
    }
}

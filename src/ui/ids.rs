//! Element ids unique per widget instance, so several calculators can share a page: the
//! instance's prefix, a dash and the element's name. Templates whose names are fixed write
//! the same form themselves (`id="{}-answer-title"` with `ids.0` as the value), which spares
//! a `format!` and a `String` per id; a change to the form changes both.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Ids(pub Rc<str>);

impl Ids {
    pub fn of(&self, name: &str) -> String {
        format!("{}-{}", self.0, name.replace('_', "-"))
    }
}

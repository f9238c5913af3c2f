//! Element ids unique per widget instance, so several calculators can share a page.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Ids(pub Rc<str>);

impl Ids {
    pub fn of(&self, name: &str) -> String {
        format!("{}-{}", self.0, name.replace('_', "-"))
    }
}

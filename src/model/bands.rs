//! Low / typical / high, by name. The engine carries every uncertain figure as three bands
//! (prices, cumulative costs, break-even months); naming them keeps "which end is which"
//! from depending on an array position.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bands<T> {
    pub low: T,
    pub typical: T,
    pub high: T,
}

impl<T> Bands<T> {
    pub const fn new(low: T, typical: T, high: T) -> Bands<T> {
        Bands { low, typical, high }
    }

    /// Three values made by `f`.
    pub fn from_fn(mut f: impl FnMut() -> T) -> Bands<T> {
        Bands::new(f(), f(), f())
    }

    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Bands<U> {
        Bands::new(f(self.low), f(self.typical), f(self.high))
    }

    /// `f` applied to each band; `None` if any gives `None`.
    pub fn try_map<U>(self, mut f: impl FnMut(T) -> Option<U>) -> Option<Bands<U>> {
        Some(Bands::new(f(self.low)?, f(self.typical)?, f(self.high)?))
    }

    /// Each band paired with the same band of `other`.
    pub fn zip<U>(self, other: Bands<U>) -> Bands<(T, U)> {
        Bands::new(
            (self.low, other.low),
            (self.typical, other.typical),
            (self.high, other.high),
        )
    }

    pub fn as_ref(&self) -> Bands<&T> {
        Bands::new(&self.low, &self.typical, &self.high)
    }

    pub fn as_mut(&mut self) -> Bands<&mut T> {
        Bands::new(&mut self.low, &mut self.typical, &mut self.high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_and_zip_keep_each_band_in_its_place() {
        let b = Bands::new(1, 2, 3);
        assert_eq!(b.map(|v| v * 10), Bands::new(10, 20, 30));
        assert_eq!(
            b.zip(Bands::new("a", "b", "c")),
            Bands::new((1, "a"), (2, "b"), (3, "c"))
        );
        assert_eq!(b.try_map(|v| (v != 2).then_some(v)), None);
        let mut m = Bands::from_fn(Vec::new);
        m.as_mut().zip(b).map(|(list, v)| list.push(v));
        assert_eq!(m, Bands::new(vec![1], vec![2], vec![3]));
    }

    #[test]
    fn serialises_by_name() {
        let json = crate::jsontext::to_string(&Bands::new(1, 2, 3)).unwrap();
        assert_eq!(json, r#"{"low":1,"typical":2,"high":3}"#);
    }
}

//! Sorting for the engine's and the widget's short lists (field names, errors, price rows,
//! table years). The standard library's sorts are built for long slices and each use compiles
//! to about 5 KB of wasm; these lists hold at most a few dozen items, where a stable insertion
//! sort is as quick and compiles to a few hundred bytes.

/// Sorts `v` by `key`, keeping the order of equal keys. Quadratic: for short slices only.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::sort_small_by_key;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..40)) {
            let mut ours = v.clone();
            sort_small_by_key(&mut ours, |p| p.0);
            let mut std = v;
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }
}

//! A parsed JSON document as the engine's readers see it. The text itself is read and written
//! by `crate::jsontext` (serde_json natively, the browser's `JSON.parse` in the wasm), so this
//! type is all of JSON the engine carries: the browser already has a parser.
//!
//! Numbers are `f64`, as JavaScript reads them; whole-number fields test the value, not the
//! spelling (`2` and `2.0` are one number). Objects keep one value per key (the last, as both
//! parsers do) and iterate in key order, so reports come in a stable order.

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// 2^63 as `f64`: the first whole value past `i64::MAX`.
const I64_END: f64 = 9_223_372_036_854_775_808.0;

impl Value {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The number if it is whole and inside `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (-I64_END..I64_END).contains(n))
            .map(|n| n as i64)
    }

    /// The number if it is whole and not negative (`-0` counts as 0).
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// Short text naming the value in a message: text quoted, numbers in their shortest form,
    /// lists and objects by kind only.
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => crate::model::decimal::shortest(*n),
            Value::String(s) => format!("\"{s}\""),
            Value::Array(_) => "a list".to_string(),
            Value::Object(_) => "an object".to_string(),
        }
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n as f64)
    }
}

/// An object's members, sorted by key (a short list: the engine's documents have a few dozen
/// keys at most, and a sorted `Vec` is much smaller in the wasm than a `BTreeMap`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map {
    entries: Vec<(String, Value)>,
}

impl Map {
    pub fn new() -> Map {
        Map::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key`, replacing (and returning) an earlier value.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(items: I) -> Map {
        let mut map = Map::new();
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::{Map, Value};

    #[test]
    fn whole_numbers_by_value() {
        assert_eq!(Value::Number(2.0).as_i64(), Some(2));
        assert_eq!(Value::Number(-0.0).as_u64(), Some(0));
        assert_eq!(Value::Number(2.5).as_i64(), None);
        assert_eq!(Value::Number(-1.0).as_u64(), None);
        assert_eq!(Value::Number(1e20).as_i64(), None);
        assert_eq!(
            Value::Number(9.223372036854775e18).as_i64(),
            Some(9_223_372_036_854_774_784)
        );
        assert_eq!(Value::Number(i64::MIN as f64).as_i64(), Some(i64::MIN));
        assert_eq!(Value::Number(f64::NAN).as_i64(), None);
        assert_eq!(Value::Number(f64::INFINITY).as_i64(), None);
        assert_eq!(Value::String("2".into()).as_i64(), None);
    }

    #[test]
    fn describe_names_values_briefly() {
        assert_eq!(Value::String("gold".into()).describe(), "\"gold\"");
        assert_eq!(Value::Number(5.0).describe(), "5");
        assert_eq!(Value::Number(2.5).describe(), "2.5");
        assert_eq!(Value::Bool(true).describe(), "true");
        assert_eq!(Value::Null.describe(), "null");
        assert_eq!(Value::Array(vec![]).describe(), "a list");
        assert_eq!(Value::Object(Map::new()).describe(), "an object");
    }

    #[test]
    fn map_keeps_the_last_value_in_key_order() {
        let mut m: Map = [("b", 1.0), ("a", 2.0), ("b", 3.0)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), Value::Number(v)))
            .collect();
        let keys: Vec<&str> = m.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(m.get("b"), Some(&Value::Number(3.0)));
        assert_eq!(m.insert("a".into(), Value::Null), Some(Value::Number(2.0)));
        assert_eq!(m.remove("a"), Some(Value::Null));
        assert!(!m.contains_key("a"));
        assert_eq!(m.len(), 1);
    }
}

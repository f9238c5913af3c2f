//! Helpers shared by the integration tests (each test file includes this with `mod common;`).

/// `1,234,567` for `1234567`: the thousands grouping a visitor types and the docs print.
pub fn grouped(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

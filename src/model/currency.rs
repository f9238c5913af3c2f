//! The currencies the calculator can show. All use two decimals.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Currency {
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "CAD")]
    Cad,
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GBP")]
    Gbp,
    #[serde(rename = "AUD")]
    Aud,
    #[serde(rename = "NZD")]
    Nzd,
}

impl Currency {
    pub const ALL: [Currency; 6] = [
        Currency::Usd,
        Currency::Cad,
        Currency::Eur,
        Currency::Gbp,
        Currency::Aud,
        Currency::Nzd,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cad => "CAD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Aud => "AUD",
            Currency::Nzd => "NZD",
        }
    }

    /// Case-insensitive ISO 4217 code.
    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Decimal places of the minor unit.
    pub fn exponent(self) -> u32 {
        2
    }

    /// Minor units in one major unit.
    pub fn minor_per_major(self) -> i64 {
        10i64.pow(self.exponent())
    }
}

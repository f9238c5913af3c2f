//! The enumerated choices a visitor makes: pricing tier, skin, sun exposure, style.
//! Each has a wire key (used in JSON and URLs), a label, and a strict parser.

use serde::Serialize;

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Case-insensitive wire key; `None` for anything else.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.key().eq_ignore_ascii_case(s))
            }

            /// `a, b or c`, for error messages.
            pub fn allowed() -> String {
                let keys: Vec<&str> = Self::ALL.iter().map(|v| v.key()).collect();
                crate::model::errors::one_of(&keys)
            }
        }
    };
}

choice! {
    /// Clinic price level.
    Tier {
        Budget => "budget", "Budget";
        Standard => "standard", "Standard";
        Premium => "premium", "Premium";
    }
}

choice! {
    /// Scalp skin type; oily skin blurs pigment, dry or thick skin often needs a 4th session.
    Skin {
        Dry => "dry", "Dry";
        Normal => "normal", "Normal";
        Oily => "oily", "Oily";
    }
}

choice! {
    /// Sun (UV) exposure after healing.
    Sun {
        Low => "low", "Low";
        Moderate => "moderate", "Moderate";
        High => "high", "High";
    }
}

choice! {
    /// Soft (faded) or defined (sharp) look; softer styles need touch-ups sooner.
    Style {
        Soft => "soft", "Soft / faded";
        Defined => "defined", "Defined";
    }
}

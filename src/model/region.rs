//! Treatment regions: named zones, Norwood (men) and Ludwig (women) stages, or a custom area.

use serde::Serialize;
use std::fmt;

/// Square centimetres per square inch (exact: 2.54² ).
pub const CM2_PER_IN2_X10000: u64 = 64_516;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Zone {
    Hairline,
    Crown,
    Top,
    Full,
    Scar,
    Diffuse,
}

impl Zone {
    pub const ALL: [Zone; 6] = [
        Zone::Hairline,
        Zone::Crown,
        Zone::Top,
        Zone::Full,
        Zone::Scar,
        Zone::Diffuse,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Zone::Hairline => "hairline",
            Zone::Crown => "crown",
            Zone::Top => "top",
            Zone::Full => "full",
            Zone::Scar => "scar",
            Zone::Diffuse => "diffuse",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Zone::Hairline => "Hairline",
            Zone::Crown => "Crown",
            Zone::Top => "Top of the head",
            Zone::Full => "Full head",
            Zone::Scar => "Scar camouflage",
            Zone::Diffuse => "Diffuse thinning",
        }
    }
}

pub const NORWOOD_STAGES: std::ops::RangeInclusive<u8> = 2..=7;
pub const LUDWIG_STAGES: std::ops::RangeInclusive<u8> = 1..=3;

/// A region with a row in the price table (everything but a custom area).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NamedRegion {
    Zone(Zone),
    Norwood(u8),
    Ludwig(u8),
}

impl NamedRegion {
    /// Every named region, in the order shown to visitors.
    pub fn all() -> Vec<NamedRegion> {
        Zone::ALL
            .into_iter()
            .map(NamedRegion::Zone)
            .chain(NORWOOD_STAGES.map(NamedRegion::Norwood))
            .chain(LUDWIG_STAGES.map(NamedRegion::Ludwig))
            .collect()
    }

    /// `hairline`, `norwood-4`, `ludwig-2`, ...
    pub fn parse(key: &str) -> Option<NamedRegion> {
        let key = key.trim().to_ascii_lowercase();
        if let Some(z) = Zone::ALL.into_iter().find(|z| z.key() == key) {
            return Some(NamedRegion::Zone(z));
        }
        let stage = |prefix: &str| -> Option<u8> {
            let rest = key.strip_prefix(prefix)?;
            (rest.len() == 1).then_some(())?;
            rest.parse().ok()
        };
        if let Some(n) = stage("norwood-").filter(|n| NORWOOD_STAGES.contains(n)) {
            return Some(NamedRegion::Norwood(n));
        }
        stage("ludwig-")
            .filter(|n| LUDWIG_STAGES.contains(n))
            .map(NamedRegion::Ludwig)
    }

    pub fn label(self) -> String {
        match self {
            NamedRegion::Zone(z) => z.label().to_string(),
            NamedRegion::Norwood(n) => format!("Norwood stage {n}"),
            NamedRegion::Ludwig(n) => format!("Ludwig stage {n}"),
        }
    }
}

impl fmt::Display for NamedRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NamedRegion::Zone(z) => f.write_str(z.key()),
            NamedRegion::Norwood(n) => write!(f, "norwood-{n}"),
            NamedRegion::Ludwig(n) => write!(f, "ludwig-{n}"),
        }
    }
}

impl Serialize for NamedRegion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The region a plan is computed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Named(NamedRegion),
    /// A custom area, in whole square centimetres.
    Custom {
        area_cm2: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AreaUnit {
    Cm2,
    In2,
}

impl AreaUnit {
    pub fn parse(s: &str) -> Option<AreaUnit> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cm2" | "cm²" => Some(AreaUnit::Cm2),
            "in2" | "in²" => Some(AreaUnit::In2),
            _ => None,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            AreaUnit::Cm2 => "cm²",
            AreaUnit::In2 => "in²",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_region_keys() {
        assert_eq!(
            NamedRegion::parse("Crown"),
            Some(NamedRegion::Zone(Zone::Crown))
        );
        assert_eq!(
            NamedRegion::parse("norwood-7"),
            Some(NamedRegion::Norwood(7))
        );
        assert_eq!(NamedRegion::parse("ludwig-3"), Some(NamedRegion::Ludwig(3)));
        for bad in [
            "norwood-1",
            "norwood-8",
            "ludwig-4",
            "norwood-",
            "norwood-44",
            "x",
            "",
        ] {
            assert_eq!(NamedRegion::parse(bad), None, "{bad}");
        }
        for r in NamedRegion::all() {
            assert_eq!(NamedRegion::parse(&r.to_string()), Some(r));
        }
    }
}

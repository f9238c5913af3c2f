//! The visitor's inputs as saved in `localStorage`: `{"version":1,"input":{…}}`, where `input`
//! is the JSON contract's input object.
//!
//! Saved data outlives releases, so reading it never fails: an unreadable document gives the
//! defaults, a bad field gives that field's default, and each case tells the visitor once.
//! Older document versions are brought forward by [`migrate`], one version at a time.

use crate::model::assumptions::Assumptions;
use crate::model::date::Date;
use crate::model::input::{sanitize, PlanInput};
use crate::model::value::{Map, Value};

pub const STORAGE_KEY: &str = "smp-calculator:v1";
/// Keys older builds may have written, newest first; read only when [`STORAGE_KEY`] is empty.
pub const LEGACY_KEYS: &[&str] = &["smp-calculator"];
/// The version [`encode`] writes.
pub const VERSION: u64 = 1;
/// A saved input is well under 2 KB; a larger document is not ours.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;

pub const UNREADABLE: &str = "Saved settings could not be read; defaults restored.";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Restored {
    pub input: PlanInput,
    /// Plain-language message for the visitor when anything saved was not used.
    pub notice: Option<String>,
    /// The document was an older version or under an old key: the caller should save `input`
    /// again under [`STORAGE_KEY`] (and may remove the old key).
    pub migrated: bool,
}

pub fn encode(input: &PlanInput) -> String {
    // Serializing plain structs of strings and numbers cannot fail (non-finite floats become
    // `null`); should it ever, an empty document reads back as "restore the defaults". The
    // document's frame is written around the input's text, which costs less wasm than a
    // serializer of its own (the assertion keeps the frame's version in step).
    const _: () = assert!(VERSION == 1);
    crate::jsontext::to_string(input)
        .map(|input| {
            let mut doc = String::from(r#"{"version":1,"input":"#);
            doc.push_str(&input);
            doc.push('}');
            doc
        })
        .unwrap_or_default()
}

/// The saved settings, validated for `a` and `today`.
pub fn decode(json: &str, a: &Assumptions, today: Date) -> Restored {
    let Some((input_value, migrated)) = read_document(json) else {
        return Restored {
            input: PlanInput::default(),
            notice: Some(UNREADABLE.to_string()),
            migrated: false,
        };
    };
    let (input, errors) = PlanInput::from_json_partial(&input_value);
    let mut reset: Vec<String> = Vec::new();
    let (input, dropped) = sanitize(input, a, today);
    for name in errors.into_iter().map(|e| e.field).chain(dropped) {
        if !reset.contains(&name) {
            reset.push(name);
        }
    }
    let notice = match reset.len() {
        0 => None,
        1 => Some("1 saved setting could not be used and was reset to its default.".to_string()),
        n => Some(format!(
            "{n} saved settings could not be used and were reset to their defaults."
        )),
    };
    Restored {
        input,
        notice,
        migrated,
    }
}

/// Reads through `get` (`localStorage.getItem` in the app): the current key, else the legacy
/// keys in order. `None` when nothing is saved. A document found under a legacy key is always
/// reported as `migrated`.
pub fn load(
    mut get: impl FnMut(&str) -> Option<String>,
    a: &Assumptions,
    today: Date,
) -> Option<Restored> {
    if let Some(json) = get(STORAGE_KEY) {
        return Some(decode(&json, a, today));
    }
    LEGACY_KEYS.iter().find_map(|key| {
        get(key).map(|json| Restored {
            migrated: true,
            ..decode(&json, a, today)
        })
    })
}

/// The current-version `input` object, and whether it had to be migrated; `None` when the
/// document is not one this build can read.
fn read_document(json: &str) -> Option<(Value, bool)> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let Value::Object(doc) = crate::jsontext::parse(json).ok()? else {
        return None;
    };
    let version = match doc.get("version") {
        Some(v) => v.as_u64()?,
        // Before documents carried a version they held the fields under "inputs".
        None if doc.contains_key("inputs") => 0,
        None => return None,
    };
    let mut current = migrate(version, doc)?;
    let input = current.remove("input")?;
    input.is_object().then_some((input, version < VERSION))
}

/// Brings a document of `version` up to [`VERSION`], one step at a time. `None` for versions
/// this build does not know, newer ones included (a rolled-back release must not guess).
///
/// To add version 2: bump [`VERSION`], add a `1 => v1_to_v2(doc)` step, and keep the old steps.
pub fn migrate(version: u64, doc: Map) -> Option<Map> {
    let mut doc = doc;
    let mut v = version;
    while v < VERSION {
        doc = match v {
            0 => v0_to_v1(doc)?,
            _ => return None,
        };
        v += 1;
    }
    (v == VERSION).then_some(doc)
}

/// Version 0, `{"inputs": {…}}` without a version number, had the same field names.
fn v0_to_v1(mut doc: Map) -> Option<Map> {
    let input = doc.remove("inputs")?;
    let mut out = Map::new();
    out.insert("version".into(), Value::from(1u64));
    out.insert("input".into(), input);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Value {
        crate::jsontext::parse(text).expect("literal JSON")
    }

    fn today() -> Date {
        Date::new(2026, 11, 24).expect("valid date")
    }

    fn read(json: &str) -> Restored {
        decode(json, &Assumptions::default(), today())
    }

    fn sample() -> PlanInput {
        PlanInput {
            region: Some("custom".into()),
            area: Some(150.5),
            tier: Some("budget".into()),
            inflation_percent: Some(2.5),
            medication_per_month_minor: Some(4_000),
            ..PlanInput::default()
        }
    }

    #[test]
    fn writes_the_versioned_document() {
        assert_eq!(
            encode(&sample()),
            r#"{"version":1,"input":{"region":"custom","area":150.5,"tier":"budget","inflation_percent":2.5,"medication_per_month_minor":4000}}"#
        );
        assert_eq!(
            read(&encode(&sample())),
            Restored {
                input: sample(),
                notice: None,
                migrated: false
            }
        );
    }

    #[test]
    fn floats_survive_exactly() {
        // serde_json's default float parser is off by an ulp here (`float_roundtrip` fixes it
        // natively); the browser's JSON.parse is exact.
        let input = PlanInput {
            area: Some(118.334_333_267_076_59),
            ..PlanInput::default()
        };
        assert_eq!(read(&encode(&input)).input, input);
    }

    #[test]
    fn unreadable_documents_restore_the_defaults() {
        let too_long = format!(
            r#"{{"version":1,"input":{{}},"x":"{}"}}"#,
            "a".repeat(70_000)
        );
        for bad in [
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            r#"{"version":"1","input":{}}"#,
            r#"{"version":2,"input":{"tier":"budget"}}"#,
            r#"{"version":-1,"input":{}}"#,
            r#"{"version":1}"#,
            r#"{"version":1,"inputs":{"tier":"budget"}}"#,
            r#"{"version":1,"input":["tier"]}"#,
            r#"{"input":{"tier":"budget"}}"#,
            &too_long,
        ] {
            let r = read(bad);
            assert_eq!(r.input, PlanInput::default(), "{bad:.60}");
            assert_eq!(r.notice.as_deref(), Some(UNREADABLE), "{bad:.60}");
            assert!(!r.migrated);
        }
    }

    #[test]
    fn bad_fields_are_reset_one_by_one() {
        let r = read(
            r#"{"version":1,"input":{"region":"norwood-9","tier":"premium","colour":"red",
                "longevity_years":"six","horizon_years":12,"transplant_cost_minor":-5}}"#,
        );
        assert_eq!(
            r.input,
            PlanInput {
                tier: Some("premium".into()),
                horizon_years: Some(12.0),
                ..PlanInput::default()
            }
        );
        assert_eq!(
            r.notice.as_deref(),
            Some("4 saved settings could not be used and were reset to their defaults.")
        );
        let one = read(r#"{"version":1,"input":{"tier":"gold","skin":"oily"}}"#);
        assert_eq!(one.input.skin.as_deref(), Some("oily"));
        assert_eq!(
            one.notice.as_deref(),
            Some("1 saved setting could not be used and was reset to its default.")
        );
    }

    #[test]
    fn migrates_the_unversioned_legacy_document() {
        let legacy = r#"{"inputs":{"region":"crown","tier":"premium","horizon_years":15}}"#;
        let get = |key: &str| (key == "smp-calculator").then(|| legacy.to_string());
        let r = load(get, &Assumptions::default(), today()).expect("found under the old key");
        assert!(r.migrated);
        assert_eq!(r.notice, None);
        assert_eq!(
            r.input,
            PlanInput {
                region: Some("crown".into()),
                tier: Some("premium".into()),
                horizon_years: Some(15.0),
                ..PlanInput::default()
            }
        );
        // Saving it again gives a current document that reads back the same, unmigrated.
        let again = read(&encode(&r.input));
        assert_eq!((again.input, again.migrated), (r.input, false));
    }

    #[test]
    fn the_current_key_wins_and_nothing_saved_is_none() {
        let a = Assumptions::default();
        let current = encode(&PlanInput {
            tier: Some("budget".into()),
            ..PlanInput::default()
        });
        let get = |key: &str| match key {
            STORAGE_KEY => Some(current.clone()),
            _ => Some(r#"{"inputs":{"tier":"premium"}}"#.to_string()),
        };
        let r = load(get, &a, today()).expect("saved");
        assert_eq!(r.input.tier.as_deref(), Some("budget"));
        assert!(!r.migrated);
        assert_eq!(load(|_| None, &a, today()), None);
    }

    #[test]
    fn migrate_steps_forward_and_refuses_unknown_versions() {
        let v0 = json(r#"{"inputs": {"tier": "budget"}}"#);
        let Value::Object(v0) = v0 else {
            unreachable!("literal object")
        };
        let v1 = migrate(0, v0).expect("v0 is known");
        assert_eq!(
            Value::Object(v1.clone()),
            json(r#"{"version": 1, "input": {"tier": "budget"}}"#)
        );
        assert_eq!(migrate(1, v1.clone()), Some(v1.clone()));
        assert_eq!(migrate(2, v1.clone()), None);
        assert_eq!(migrate(0, v1), None, "a v0 document needs \"inputs\"");
    }
}

//! The macro that turns the registry's list into the wire struct [`super::PlanInput`], the
//! [`super::Field`] enum and the by-name setters the JSON, link and storage readers share.

macro_rules! wire_type {
    (text) => {
        String
    };
    (number) => {
        f64
    };
    (minor) => {
        i64
    };
}

/// A wire value's text form, as [`super::PlanInput::text_of`] writes it.
/// `major`: write money in major units with that many decimals (the form's text), not minor.
pub(super) trait WireText {
    fn wire_text(&self, major: Option<u32>) -> String;
}

impl WireText for String {
    fn wire_text(&self, _: Option<u32>) -> String {
        self.clone()
    }
}

/// Numbers in their shortest exact form.
impl WireText for f64 {
    fn wire_text(&self, _: Option<u32>) -> String {
        crate::model::decimal::shortest(*self)
    }
}

impl WireText for i64 {
    fn wire_text(&self, major: Option<u32>) -> String {
        match major {
            Some(exponent) => crate::model::form::major_text(*self, exponent),
            None => self.to_string(),
        }
    }
}

/// One function per wire type, each field's arm of `text_of` a call of it with its member:
/// the conversion written out in every arm cost several times the code.
#[inline(never)]
pub(super) fn text_of<T: WireText>(value: &Option<T>, major: Option<u32>) -> Option<String> {
    value.as_ref().map(|v| v.wire_text(major))
}

macro_rules! parse_text {
    (text, $f:expr, $raw:expr) => {
        Ok::<String, crate::model::errors::FieldError>($raw.to_string())
    };
    (number, $f:expr, $raw:expr) => {
        super::json::parse_wire_number($f, $raw)
    };
    (minor, $f:expr, $raw:expr) => {
        super::json::parse_wire_minor($f, $raw)
    };
}

macro_rules! read_json {
    (text, $f:expr, $v:expr) => {
        super::json::read_text($f, $v)
    };
    (number, $f:expr, $v:expr) => {
        super::json::read_number($f, $v)
    };
    (minor, $f:expr, $v:expr) => {
        super::json::read_minor($f, $v)
    };
}

macro_rules! wire_value {
    (text, $v:ident) => {
        WireValue::Text($v)
    };
    (number, $v:ident) => {
        WireValue::Number($v)
    };
    (minor, $v:ident) => {
        WireValue::Minor($v)
    };
}

/// `Variant wire_name: wire_type = spec;` for every field, in contract order.
macro_rules! registry {
    ($($(#[$doc:meta])* $variant:ident $field:ident : $kind:ident = $spec:expr;)+) => {
        /// Visitor (or host page) input. `None` means "use the default".
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
        pub struct PlanInput {
            $(
                $(#[$doc])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<wire_type!($kind)>,
            )+
        }

        /// One input field of [`PlanInput`]; its description is [`Field::spec`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $($variant),+
        }

        /// Every field name of [`PlanInput`], in contract order.
        pub const FIELDS: &[&str] = &[$(stringify!($field)),+];

        impl Field {
            /// Every field, in contract order (the order of [`FIELDS`]).
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            /// The name in JSON, links, stored settings and element ids.
            pub const fn wire(self) -> &'static str {
                match self {
                    $(Field::$variant => stringify!($field)),+
                }
            }

            /// `text`, `number` or `minor`: the type of its [`PlanInput`] member.
            pub const fn wire_type(self) -> &'static str {
                match self {
                    $(Field::$variant => stringify!($kind)),+
                }
            }

            pub fn spec(self) -> Spec {
                match self {
                    $(Field::$variant => $spec),+
                }
            }
        }

        /// A value of any field's wire type, for code that builds inputs field by field
        /// (property tests) without going through text.
        #[derive(Clone, Debug, PartialEq)]
        pub enum WireValue {
            Text(String),
            Number(f64),
            Minor(i64),
        }

        impl PlanInput {
            /// Sets one field to a typed value; `false` (and nothing set) if the value's type
            /// is not the field's.
            pub fn put(&mut self, f: Field, value: WireValue) -> bool {
                match (f, value) {
                    $((Field::$variant, wire_value!($kind, v)) => self.$field = Some(v),)+
                    _ => return false,
                }
                true
            }

            /// Sets one field from a JSON value.
            pub(super) fn set_json(&mut self, f: Field, value: &crate::model::value::Value) -> Result<(), crate::model::errors::FieldError> {
                match f {
                    $(Field::$variant => self.$field = read_json!($kind, f, value)?,)+
                }
                Ok(())
            }

            /// Sets one field from its text form (as [`PlanInput::text_of`] writes it):
            /// text as is, numbers in JSON syntax (finite only), minor units as `i64`.
            pub fn set(&mut self, f: Field, raw: &str) -> Result<(), crate::model::errors::FieldError> {
                match f {
                    $(Field::$variant => self.$field = Some(parse_text!($kind, f, raw)?),)+
                }
                Ok(())
            }

            /// Resets one field to "use the default"; `true` if it had a value.
            pub fn clear(&mut self, f: Field) -> bool {
                match f {
                    $(Field::$variant => self.$field.take().is_some(),)+
                }
            }

            /// One field's value as text that [`PlanInput::set`] reads back to the same value
            /// (numbers in their shortest exact form); `None` if unset.
            pub fn text_of(&self, f: Field) -> Option<String> {
                self.text_in(f, None)
            }

            /// [`PlanInput::text_of`], money in major units with `major` decimals if given
            /// (the form's text, see [`crate::model::form::form_from_input`]).
            pub fn text_in(&self, f: Field, major: Option<u32>) -> Option<String> {
                match f {
                    $(Field::$variant => super::wire::text_of(&self.$field, major),)+
                }
            }
        }
    };
}

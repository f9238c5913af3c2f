//! The widget's one reducer: the form's text, the last valid plan, and the current errors.
//! Every change goes through [`Action`]; the plan is recomputed by the engine on each one.

use crate::model::config::ClinicConfig;
use crate::model::currency::Currency;
use crate::model::errors::FieldError;
use crate::model::input::registry::Kind;
use crate::model::input::{messages, Field};
use crate::model::number;
use crate::model::{compute, Assumptions, Date, Plan, PlanInput};
use serde_json::{Map, Number, Value};
use std::rc::Rc;
use yew::Reducible;

/// The visitor's text for each input field; absent or empty = the default.
/// At most one entry per field, a few dozen: a list searched in order costs less wasm than a
/// map type, and is as quick at this size.
#[derive(Clone, Debug, Default)]
pub struct Form(Vec<(Field, String)>);

impl Form {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, field: Field) -> Option<&String> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, t)| t)
    }

    pub fn insert(&mut self, field: Field, text: String) {
        match self.0.iter_mut().find(|(f, _)| *f == field) {
            Some(entry) => entry.1 = text,
            None => self.0.push((field, text)),
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn iter(&self) -> impl Iterator<Item = (Field, &String)> {
        self.0.iter().map(|(f, t)| (*f, t))
    }
}

/// The same fields with the same text, in whatever order they were typed.
impl PartialEq for Form {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.iter().all(|(f, t)| other.get(f) == Some(t))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub today: Date,
    /// The embedding clinic's settings (the built-in ones on the standalone page).
    pub config: Rc<ClinicConfig>,
    /// `config.assumptions`, shared.
    pub assumptions: Rc<Assumptions>,
    pub form: Form,
    /// The input behind `plan`: what is shared and saved.
    pub input: PlanInput,
    /// The last valid plan; kept while the form has errors.
    pub plan: Option<Rc<Plan>>,
    /// Problems with the current form; empty when `plan` is up to date.
    pub errors: Vec<FieldError>,
    /// One-off message (restored defaults, link copied, ...).
    pub notice: Option<String>,
}

pub enum Action {
    /// The visitor changed a field.
    Set(Field, String),
    /// Back to every default.
    Reset,
    /// Inputs from a shared link or storage, with what was wrong with them.
    Load(Box<PlanInput>, Option<String>),
    Notice(Option<String>),
}

impl State {
    pub fn new(
        today: Date,
        config: Rc<ClinicConfig>,
        input: PlanInput,
        notice: Option<String>,
    ) -> State {
        let mut state = State {
            today,
            assumptions: Rc::new(config.assumptions.clone()),
            config,
            form: form_from_input(&input),
            input: PlanInput::default(),
            plan: None,
            errors: Vec::new(),
            notice,
        };
        state.recompute();
        if state.plan.is_none() {
            // A stored or shared input that no longer validates: start from the defaults.
            state.form.clear();
            state.recompute();
        }
        state
    }

    /// The text shown in a field.
    pub fn text(&self, field: Field) -> &str {
        self.form.get(field).map_or("", String::as_str)
    }

    /// Errors of one field (several are possible: a parse error and an engine error never
    /// coexist, but keep the list general).
    pub fn error(&self, field: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field.wire())
    }

    pub fn is_stale(&self) -> bool {
        !self.errors.is_empty()
    }

    fn recompute(&mut self) {
        let (input, mut errors) = input_from_form(&self.form);
        match compute(&input, &self.assumptions, self.today) {
            Ok(mut plan) if errors.is_empty() => {
                self.config.filter_plan(&mut plan);
                self.plan = Some(Rc::new(plan));
                self.input = input;
                self.errors.clear();
            }
            Ok(_) => self.errors = errors,
            Err(more) => {
                // A field that could not be read is absent from `input`; the engine may still
                // complain about it (a custom region without its area): keep the reader's message.
                let unread: Vec<String> = errors.iter().map(|e| e.field.clone()).collect();
                errors.extend(more.into_iter().filter(|e| !unread.contains(&e.field)));
                self.errors = errors;
            }
        }
        // In the order the fields are listed, not the order they were checked.
        let rank = |field: &str| Field::parse(field).map_or(Field::ALL.len(), Field::rank);
        crate::model::order::sort_small_by_key(&mut self.errors, |e| rank(&e.field));
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, text) => {
                // Fault-injection builds only (never shipped): lets the browser tests prove
                // that a panic ends in a message with a reset button, not a frozen page.
                #[cfg(feature = "fault-injection")]
                if text == "panic!" {
                    panic!(
                        "fault injection: forced panic from the {} field",
                        field.wire()
                    );
                }
                next.form.insert(field, text);
                next.notice = None;
                next.recompute();
            }
            Action::Reset => {
                next.form.clear();
                next.notice = Some("All inputs are back to their defaults.".into());
                next.recompute();
            }
            Action::Load(input, notice) => {
                return Rc::new(State::new(next.today, next.config, *input, notice));
            }
            Action::Notice(notice) => next.notice = notice,
        }
        Rc::new(next)
    }
}

/// Reads the form the way a visitor writes numbers ("1,500", "$1,500"); a field that cannot be
/// read gets an error of its own and is left to its default so the rest still validates.
pub fn input_from_form(form: &Form) -> (PlanInput, Vec<FieldError>) {
    let exponent = form_currency(form).exponent();
    let mut map = Map::new();
    let mut errors = Vec::new();
    // The area fields keep their text while another region is chosen; they count only for
    // a custom area.
    let custom = form.get(Field::Region).is_some_and(|r| r == "custom");
    for (field, text) in form.iter() {
        let area = matches!(field, Field::Area | Field::AreaUnit);
        if text.trim().is_empty() || (!custom && area) {
            continue;
        }
        let value = match field.spec().kind {
            Kind::Text | Kind::Choice(_) => Ok(Some(Value::String(text.clone()))),
            Kind::Number { .. } | Kind::Whole { .. } => {
                number::parse_number(text).map(|v| v.and_then(Number::from_f64).map(Value::Number))
            }
            Kind::Money => {
                number::parse_amount(text, exponent).map(|v| v.map(|m| Value::Number(m.into())))
            }
        };
        match value {
            Ok(Some(v)) => {
                map.insert(field.wire().to_string(), v);
            }
            Ok(None) => {}
            Err(e) => errors.push(messages::unreadable(field, e)),
        }
    }
    let (input, more) = PlanInput::from_json_partial(&Value::Object(map));
    errors.extend(more);
    (input, errors)
}

fn form_currency(form: &Form) -> Currency {
    form.get(Field::Currency)
        .and_then(|c| Currency::parse(c))
        .unwrap_or(Currency::Usd)
}

/// The form text for an input: money back in major units ("1500", "29.99").
pub fn form_from_input(input: &PlanInput) -> Form {
    let exponent = input
        .currency
        .as_deref()
        .and_then(Currency::parse)
        .unwrap_or(Currency::Usd)
        .exponent();
    let mut form = Form::new();
    for &field in Field::ALL {
        let Some(text) = input.text_of(field) else {
            continue;
        };
        let text = if field.is_money() {
            text.parse::<i64>()
                .map(|m| major_text(m, exponent))
                .unwrap_or_default()
        } else {
            text
        };
        form.insert(field, text);
    }
    form
}

/// Minor units as plain decimal text without grouping: 150000 → "1500", 2999 → "29.99".
pub fn major_text(minor: i64, exponent: u32) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let per = 10u64.pow(exponent);
    match abs % per {
        0 => format!("{sign}{}", abs / per),
        frac => format!(
            "{sign}{}.{frac:0width$}",
            abs / per,
            width = exponent as usize
        ),
    }
}

//! The widget's one reducer: the form's text, the last valid plan, and the current errors.
//! Every change goes through [`Action`]; the plan is recomputed by the engine on each one.

use crate::chart::timeline::clamp_width;
use crate::model::assumptions::AssumptionRow;
use crate::model::config::ClinicConfig;
use crate::model::currency::Currency;
use crate::model::errors::FieldError;
use crate::model::form::{evaluate, form_from_input, Form};
use crate::model::input::Field;
use crate::model::{stored, Assumptions, Date, Plan, PlanInput};
use crate::ui::format::Fmt;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone)]
pub struct State {
    pub today: Date,
    /// The embedding clinic's settings (the built-in ones on the standalone page).
    pub config: Rc<ClinicConfig>,
    pub form: Form,
    /// The input behind `plan`: what is shared and saved. Shared, as are the errors, so that
    /// copying the state for an action copies neither field by field (code in the wasm).
    pub input: Rc<PlanInput>,
    /// The last valid plan; kept while the form has errors.
    pub plan: Option<Rc<Plan>>,
    /// Problems with the current form; empty when `plan` is up to date.
    pub errors: Rc<Vec<FieldError>>,
    /// One-off message (restored defaults, link copied, ...).
    pub notice: Option<String>,
    /// Counts the changes of `input` (and so of `plan`): what the effects that save, tell the
    /// host and announce are keyed on, so that no plan is compared field by field.
    pub generation: u32,
    /// The link last copied, shown for copying by hand.
    pub link: Option<String>,
    /// Formats in the locale fixed at mount.
    pub fmt: Fmt,
    /// For "How is this calculated?": the assumption table in the currency of the plan
    /// (whose code comes first), made again only when that changes.
    pub rows: Rc<(&'static str, Vec<AssumptionRow>)>,
    /// Whether the clinic replaced the published prices with its own.
    pub clinic_prices: bool,
    /// The charts' view, kept here rather than in hooks of their own (each hook type costs
    /// its code in the wasm).
    pub charts: Charts,
    /// Start-up in phases: false for the first render, which draws what a visitor reads first
    /// (the header, the answer, the form, the plan summary) and is painted on its own; the
    /// task after it draws the rest ([`Action::Later`]).
    pub later: bool,
}

/// What the charts are drawn for: the width they are laid out for, and the visitor's choices.
#[derive(Clone, Default)]
pub struct Charts {
    /// In drawing units, as [`crate::chart::timeline::clamp_width`] lays it out: a measurement
    /// that would draw the same charts changes nothing, so renders nothing.
    pub width: f64,
    /// The cost chart shown as a table.
    pub as_table: bool,
    /// The alternatives hidden from the cost chart, by key.
    pub hidden: Vec<&'static str>,
}

pub enum Action {
    /// The visitor changed a field.
    Set(Field, String),
    /// Back to every default.
    Reset,
    /// Inputs from a shared link or storage, with what was wrong with them.
    Load(Box<PlanInput>, Option<String>),
    Notice(String),
    /// A link was copied: the link, and what to tell the visitor.
    Copied(String, String),
    /// The charts' width was measured (drawing units).
    ChartWidth(f64),
    /// "Show as table" / "Show as chart".
    CostTable,
    /// An alternative's legend button: hides it from the cost chart, or shows it again.
    Series(&'static str),
    /// The first render is painted: draw everything (see [`State::later`]).
    Later,
}

impl State {
    pub fn new(
        today: Date,
        config: Rc<ClinicConfig>,
        input: PlanInput,
        notice: Option<String>,
        fmt: Fmt,
    ) -> State {
        let input = Rc::new(input);
        let a = &config.assumptions;
        let clinic_prices = Assumptions::default()
            .in_currency(a.currency)
            .is_none_or(|d| d.prices != a.prices);
        let mut state = State {
            today,
            rows: Rc::default(),
            clinic_prices,
            config,
            form: Form::default(),
            // Always replaced by `load` (the defaults give a plan for any configuration, as
            // `config`'s fuzz test checks): no default input made here (about 240 B of code).
            input: input.clone(),
            plan: None,
            errors: Rc::default(),
            notice,
            generation: 0,
            link: None,
            fmt,
            charts: Charts::default(),
            later: false,
        };
        state.load(&input);
        state
    }

    /// `input` as the form's text, and its plan. A stored or shared input that no longer
    /// validates gives the defaults. On a state that has a plan, the effects run again only
    /// if the input in effect changed (`recompute`'s `generation`).
    fn load(&mut self, input: &PlanInput) {
        self.form = form_from_input(input);
        self.recompute();
        if self.is_stale() {
            self.form.clear();
            self.recompute();
        }
    }

    pub fn is_stale(&self) -> bool {
        !self.errors.is_empty()
    }

    fn recompute(&mut self) {
        match evaluate(&self.form, &self.config.assumptions, self.today) {
            Ok((input, mut plan)) => {
                self.config.filter_plan(&mut plan);
                if self.plan.is_none() || differ(&input, &self.input) {
                    self.generation = self.generation.wrapping_add(1);
                }
                self.plan = Some(Rc::new(plan));
                self.input = Rc::new(input);
                self.errors = Rc::default();
                self.table();
            }
            Err(errors) => self.errors = Rc::new(errors),
        }
    }

    /// The assumption table for the plan's currency, once it is drawn (`later`): start-up's
    /// first render does without it.
    fn table(&mut self) {
        let Some(plan) = self.plan.as_ref().filter(|_| self.later) else {
            return;
        };
        if self.rows.0 != plan.currency {
            let a = &self.config.assumptions;
            let shown = Currency::parse(plan.currency).and_then(|c| a.in_currency(c));
            let rows = shown.as_ref().unwrap_or(a).shown_rows();
            self.rows = Rc::new((plan.currency, rows));
        }
    }
}

/// Whether two inputs differ, told by their saved form (which keeps every field): the derived
/// field-by-field comparison would be code of its own in the wasm.
fn differ(a: &PlanInput, b: &PlanInput) -> bool {
    stored::encode(a) != stored::encode(b)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // What changes nothing answers the same state, without a copy.
        let same = match action {
            Action::ChartWidth(width) => clamp_width(width) == self.charts.width,
            Action::Later => self.later,
            _ => false,
        };
        if same {
            return self;
        }
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
                next.link = None;
                next.form.clear();
                next.notice =
                    Some(crate::i18n::tr("All inputs are back to their defaults.").into());
                next.recompute();
            }
            Action::Load(input, notice) => {
                // In place: the link shown, the charts' view and the phase stay, and loading
                // the inputs in effect again changes nothing outside.
                next.load(&input);
                next.notice = notice;
            }
            Action::Notice(notice) => next.notice = Some(notice),
            Action::Copied(link, notice) => {
                next.link = Some(link);
                next.notice = Some(notice);
            }
            Action::ChartWidth(width) => next.charts.width = clamp_width(width),
            Action::Later => {
                next.later = true;
                next.table();
            }
            Action::CostTable => next.charts.as_table = !next.charts.as_table,
            Action::Series(key) => {
                let hidden = &mut next.charts.hidden;
                if let Some(i) = hidden.iter().position(|k| *k == key) {
                    // Its order does not matter: the charts only ask whether a key is in it.
                    hidden.swap_remove(i);
                } else {
                    hidden.push(key);
                }
            }
        }
        Rc::new(next)
    }
}

/// The state as of a render, and the way to change it: what Yew's reducer hook handed out,
/// without the hook machinery (the app is a struct component, whose `update` reduces).
#[derive(Clone)]
pub struct Handle {
    pub state: Rc<State>,
    pub scope: yew::html::Scope<crate::ui::app::App>,
}

impl std::ops::Deref for Handle {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

impl Handle {
    /// Reduced in the app's `update`, before it renders again.
    pub fn dispatch(&self, action: Action) {
        self.scope.send_message(action);
    }
}

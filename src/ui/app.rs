//! The widget: restores inputs (shared link, then storage, then defaults), renders the form and
//! the results, saves valid inputs, and announces changes politely.

use crate::model::{share, stored, Assumptions, Date, PlanInput};
use crate::ui::browser;
use crate::ui::errors::ErrorSummary;
use crate::ui::form::Form;
use crate::ui::format;
use crate::ui::ids::Ids;
use crate::ui::results::{announcement, Results};
use crate::ui::state::{Action, State};
use crate::ui::toolbar::Toolbar;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long the results stay still before screen readers hear them.
const ANNOUNCE_AFTER_MS: u32 = 700;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Fixed "today" for tests; the visitor's clock otherwise.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Prefix of element ids, unique per instance on a page.
    #[prop_or_default]
    pub instance: Option<AttrValue>,
}

/// Where the first inputs come from, with a notice when something had to be dropped.
fn restore(a: &Assumptions, today: Date) -> (PlanInput, Option<String>) {
    if let Some(fragment) = browser::fragment() {
        let d = share::decode(&fragment, a, today);
        return (d.input, d.notice);
    }
    if browser::storage_get(stored::STORAGE_KEY).is_err() {
        let notice = "This browser does not allow saving, so your inputs will not be kept.";
        return (PlanInput::default(), Some(notice.into()));
    }
    let Some(restored) = stored::load(|key| browser::storage_get(key).ok().flatten(), a, today)
    else {
        return (PlanInput::default(), None);
    };
    if restored.migrated {
        let _ = browser::storage_set(stored::STORAGE_KEY, &stored::encode(&restored.input));
        for key in stored::LEGACY_KEYS {
            let _ = browser::storage_remove(key);
        }
    }
    (restored.input, restored.notice)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let today = props
        .today
        .or_else(format::today)
        .unwrap_or(Date::CLOCK_FALLBACK);
    let state = use_reducer(|| {
        let a = Rc::new(Assumptions::default());
        let (input, notice) = restore(&a, today);
        State::new(today, a, input, notice)
    });
    let ids = Ids(Rc::from(props.instance.as_deref().unwrap_or("smp")));

    // Save every valid input; failures are already announced once at start.
    use_effect_with(state.input.clone(), |input| {
        let _ = browser::storage_set(stored::STORAGE_KEY, &stored::encode(input));
    });

    // A shared link pasted into this tab changes only the fragment: load it as on first visit.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(fragment) = browser::fragment() {
                        let d = share::decode(&fragment, &state.assumptions, state.today);
                        state.dispatch(Action::Load(Box::new(d.input), d.notice));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let announced = use_state(String::new);
    {
        let announced = announced.clone();
        use_effect_with(state.plan.clone(), move |plan| {
            let text = plan.as_deref().map(announcement).unwrap_or_default();
            let timer = Timeout::new(ANNOUNCE_AFTER_MS, move || announced.set(text));
            move || drop(timer)
        });
    }

    let on_set = {
        let state = state.clone();
        Callback::from(move |(field, text): (&'static str, String)| {
            state.dispatch(Action::Set(field, text))
        })
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Reset))
    };
    let on_notice = {
        let state = state.clone();
        Callback::from(move |n| state.dispatch(Action::Notice(n)))
    };
    let current = Rc::new((*state).clone());
    html! {
        <ContextProvider<Ids> context={ids}>
            <div class="smp-app" data-testid="app">
                <header class="smp-header">
                    <h1>{ "SMP cost and timeline calculator" }</h1>
                    <p class="smp-muted">{ "Scalp micropigmentation: sessions, dates, cost range and touch-ups, compared with fibers and hairpieces. Estimates only; everything stays in your browser." }</p>
                </header>
                if let Some(notice) = &state.notice {
                    <p class="smp-notice" role="status" data-testid="notice">{ notice.clone() }</p>
                }
                <ErrorSummary errors={state.errors.clone()} />
                <div class="smp-layout">
                    <Form state={current.clone()} on_set={on_set} />
                    <div class="smp-results-column">
                        <Toolbar plan={state.plan.clone()} input={state.input.clone()} on_reset={on_reset} on_notice={on_notice} />
                        <Results plan={state.plan.clone()} stale={state.is_stale()} />
                    </div>
                </div>
                <div class="smp-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ (*announced).clone() }</div>
            </div>
        </ContextProvider<Ids>>
    }
}

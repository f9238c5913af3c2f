//! The widget: restores inputs (shared link, then storage, then defaults), renders the form and
//! the results, saves valid inputs, and announces changes politely.

use crate::model::config::ClinicConfig;
use crate::model::{language, share, stored, Assumptions, Date, Plan, PlanInput};
use crate::ui::browser;
use crate::ui::errors::ErrorSummary;
use crate::ui::form::Form;
use crate::ui::format::{self, Fmt};
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
    /// The embedding clinic's configuration; the built-in defaults otherwise.
    #[prop_or_default]
    pub config: Rc<ClinicConfig>,
    /// The host element of an embedded instance: it receives a `change` event with each plan.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// Where this instance saves its inputs; [`stored::STORAGE_KEY`] by default, so that
    /// several instances on one page keep separate settings.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
}

/// The URL fragment if it holds a link for the instance whose host id is `instance`.
fn link_for(instance: Option<&str>) -> Option<String> {
    browser::fragment().filter(|f| share::opens_in(f, instance))
}

/// Where the first inputs come from, with a notice when something had to be dropped.
fn restore(
    a: &Assumptions,
    today: Date,
    key: &str,
    instance: Option<&str>,
) -> (PlanInput, Option<String>) {
    if let Some(fragment) = link_for(instance) {
        let d = share::decode(&fragment, a, today);
        return (d.input, d.notice);
    }
    let saved = match browser::storage_get(key) {
        Err(()) => {
            let notice = "This browser does not allow saving, so your inputs will not be kept.";
            return (PlanInput::default(), Some(notice.into()));
        }
        Ok(saved) => saved,
    };
    if key != stored::STORAGE_KEY {
        // A named instance has no legacy keys to migrate.
        return saved.map_or((PlanInput::default(), None), |json| {
            let r = stored::decode(&json, a, today);
            (r.input, r.notice)
        });
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
    let key: AttrValue = props
        .storage_key
        .clone()
        .unwrap_or(AttrValue::Static(stored::STORAGE_KEY));
    // Links name an instance by its host element's id.
    let link_id: Option<AttrValue> = props
        .host
        .as_ref()
        .map(|h| h.id())
        .filter(|id| !id.is_empty())
        .map(AttrValue::from);
    let state = {
        let (config, key, id) = (props.config.clone(), key.clone(), link_id.clone());
        use_reducer(move || {
            let (input, notice) = restore(&config.assumptions, today, &key, id.as_deref());
            State::new(today, config, input, notice)
        })
    };
    let ids = Ids(Rc::from(props.instance.as_deref().unwrap_or("smp")));

    // Save every valid input. Blocked storage was announced at start; a write that fails on
    // readable storage (quota exceeded) is announced once, the first time. Saving and the
    // host's `change` event wait for the next task, so an edit paints its results first; an
    // edit made before they run replaces them.
    let save_failed = use_mut_ref(|| false);
    {
        let state = state.clone();
        use_effect_with(state.input.clone(), move |input| {
            let input = input.clone();
            later(0, move || {
                // Readability is only asked after a failed write: a read per keystroke cost
                // more than the write.
                if browser::storage_set(&key, &stored::encode(&input)).is_err()
                    && browser::storage_get(&key).is_ok()
                    && !std::mem::replace(&mut *save_failed.borrow_mut(), true)
                {
                    let notice = "Your inputs could not be saved (this browser's storage is full), so they will not be restored next time.";
                    state.dispatch(Action::Notice(Some(notice.into())));
                }
            })
        });
    }

    // Host pages listen for `change` on the element to follow the plan.
    use_effect_with((state.plan.clone(), props.host.clone()), |(plan, host)| {
        let (plan, host) = (plan.clone(), host.clone());
        later(0, move || {
            if let (Some(plan), Some(host)) = (plan, host) {
                browser::dispatch_plan(&host, plan_json(&plan).as_deref());
            }
        })
    });

    // A shared link pasted into this tab changes only the fragment: load it as on first visit.
    {
        let (state, id) = (state.clone(), link_id.clone());
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(fragment) = link_for(id.as_deref()) {
                        let d = share::decode(&fragment, &state.assumptions, state.today);
                        state.dispatch(Action::Load(Box::new(d.input), d.notice));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The root's lang and dir are those of its text, whatever the host page's are.
    let language = language::of_text();
    // The clinic's locale, if the browser knows it; one matching the text's language otherwise.
    let fmt = use_memo(props.config.locale.clone(), move |locale| {
        let (fmt, warning) = Fmt::new(language, locale.as_deref());
        if let Some(w) = warning {
            web_sys::console::warn_1(&format!("smp-calculator: {w}").into());
        }
        fmt
    });
    let announced = use_state(String::new);
    {
        let (announced, fmt) = (announced.clone(), (*fmt).clone());
        use_effect_with(state.plan.clone(), move |plan| {
            // Written when the timer fires, so a burst of keystrokes formats it once.
            let plan = plan.clone();
            later(ANNOUNCE_AFTER_MS, move || {
                let text = plan.as_deref().map(|p| announcement(p, &fmt));
                announced.set(text.unwrap_or_default());
            })
        });
    }

    // Built once: a callback made afresh on each render would differ from the last one and
    // re-render every form control on every keystroke.
    let dispatcher = state.dispatcher();
    let on_set = use_callback(dispatcher.clone(), |(field, text), d| {
        d.dispatch(Action::Set(field, text))
    });
    let on_reset = use_callback(dispatcher.clone(), |(), d| d.dispatch(Action::Reset));
    let on_notice = use_callback(dispatcher, |n, d| d.dispatch(Action::Notice(n)));
    let current = Rc::new((*state).clone());
    html! {
        <ContextProvider<Ids> context={ids}>
        <ContextProvider<Fmt> context={(*fmt).clone()}>
            <div class="smp-app" lang={language.tag} dir={language.dir()} data-testid="app">
                <header class="smp-header">
                    if let Some(name) = &props.config.clinic_name {
                        <p class="smp-clinic" data-testid="clinic-name">{ name.clone() }</p>
                    }
                    <h1>{ "SMP cost and timeline calculator" }</h1>
                    <p class="smp-muted">{ "Scalp micropigmentation: sessions, dates, cost range and touch-ups, compared with fibers and hairpieces. Estimates only; everything stays in your browser." }</p>
                </header>
                if let Some(notice) = &state.notice {
                    <p class="smp-notice" role="status" data-testid="notice">{ notice.clone() }</p>
                }
                if let Some(url) = &props.config.booking_url {
                    <p class="smp-booking">
                        <a class="smp-button" href={url.clone()} target="_blank" rel="noopener noreferrer" data-testid="booking-link">
                            { props.config.clinic_name.as_ref().map_or("Book a consultation".to_string(), |n| format!("Book a consultation with {n}")) }
                        </a>
                    </p>
                }
                <ErrorSummary errors={state.errors.clone()} />
                <div class="smp-layout">
                    <Form state={current.clone()} on_set={on_set} />
                    <div class="smp-results-column">
                        <Toolbar plan={state.plan.clone()} input={state.input.clone()} on_reset={on_reset} on_notice={on_notice} instance={link_id} />
                        <Results plan={state.plan.clone()} stale={state.is_stale()} />
                    </div>
                </div>
                <div class="smp-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ (*announced).clone() }</div>
            </div>
        </ContextProvider<Fmt>>
        </ContextProvider<Ids>>
    }
}

/// Runs `f` after `ms` milliseconds (0: the next task); the returned effect destructor cancels
/// it, so work made stale by newer inputs never runs.
fn later(ms: u32, f: impl FnOnce() + 'static) -> impl FnOnce() {
    let timer = Timeout::new(ms, f);
    move || drop(timer)
}

/// The plan in the JSON contract's form, for the `change` event.
fn plan_json(plan: &Plan) -> Option<String> {
    serde_json::to_string(plan).ok()
}

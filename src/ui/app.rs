//! The widget: restores inputs (shared link, then storage, then defaults), renders the form and
//! the results, saves valid inputs, and announces changes politely.

use crate::model::config::ClinicConfig;
use crate::model::{share, stored, Assumptions, Date, PlanInput};
use crate::ui::browser;
use crate::ui::errors::ErrorSummary;
use crate::ui::form::Form;
use crate::ui::format::{self, Fmt};
use crate::ui::hooks::{
    use_announcement, use_host_change_event, use_link_loading, use_saved_inputs,
};
use crate::ui::ids::Ids;
use crate::ui::results::Results;
use crate::ui::state::{Action, State};
use crate::ui::toolbar::Toolbar;
use std::rc::Rc;
use yew::prelude::*;

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

/// Where the first inputs come from, with a notice when something had to be dropped.
fn restore(a: &Assumptions, today: Date, key: &str) -> (PlanInput, Option<String>) {
    if let Some(fragment) = browser::fragment() {
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
    let state = {
        let (config, key) = (props.config.clone(), key.clone());
        use_reducer(move || {
            let (input, notice) = restore(&config.assumptions, today, &key);
            State::new(today, config, input, notice)
        })
    };
    let ids = Ids(Rc::from(props.instance.as_deref().unwrap_or("smp")));

    use_saved_inputs(state.clone(), key);
    use_host_change_event(state.plan.clone(), props.host.clone());
    use_link_loading(state.clone());

    // The clinic's locale, if the browser knows it; the page's language otherwise.
    let fmt = use_memo(props.config.locale.clone(), |locale| {
        let (fmt, warning) = Fmt::new(locale.as_deref());
        if let Some(w) = warning {
            web_sys::console::warn_1(&format!("smp-calculator: {w}").into());
        }
        fmt
    });
    let announced = use_announcement(state.plan.clone(), (*fmt).clone());

    // Built once: a callback made afresh on each render would differ from the last one and
    // re-render every form control on every keystroke.
    let dispatcher = state.dispatcher();
    let on_set = use_callback(dispatcher.clone(), |(field, text), d| {
        d.dispatch(Action::Set(field, text))
    });
    let on_reset = use_callback(dispatcher.clone(), |(), d| d.dispatch(Action::Reset));
    let on_notice = use_callback(dispatcher, |n, d| d.dispatch(Action::Notice(n)));
    html! {
        <ContextProvider<Ids> context={ids}>
        <ContextProvider<Fmt> context={(*fmt).clone()}>
            <div class="smp-app" data-testid="app">
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
                    <Form form={state.form.clone()} errors={state.errors.clone()} plan={state.plan.clone()}
                        config={state.config.clone()} on_set={on_set} />
                    <div class="smp-results-column">
                        <Toolbar plan={state.plan.clone()} input={state.input.clone()} on_reset={on_reset} on_notice={on_notice} />
                        <Results plan={state.plan.clone()} stale={state.is_stale()} />
                    </div>
                </div>
                <div class="smp-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ announced }</div>
            </div>
        </ContextProvider<Fmt>>
        </ContextProvider<Ids>>
    }
}

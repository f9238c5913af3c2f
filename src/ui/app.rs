//! The widget: restores inputs (shared link, then storage, then defaults), renders the form and
//! the results, saves valid inputs, and announces changes politely.

use crate::i18n::{tr, tr_text, trf};
use crate::markup::Markup;
use crate::model::config::ClinicConfig;
use crate::model::{stored, Assumptions, Date, PlanInput};
use crate::ui::browser;
use crate::ui::charts::{self, raw};
use crate::ui::errors::error_summary;
use crate::ui::form::form;
use crate::ui::format::Fmt;
use crate::ui::hooks::{from_link, rendered, Kept, Shell};
use crate::ui::ids::Ids;
use crate::ui::results::{answer, how_calculated, results, what_to_ask, Booking};
use crate::ui::state::{Action, Handle, State};
use crate::ui::toolbar::toolbar;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::VList;

#[derive(Properties, Default)]
pub struct AppProps {
    /// The day plans start from: the visitor's, read by `mount` (which reads the clinic's
    /// configuration as of that day too); [`Date::CLOCK_FALLBACK`] when none is given.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Prefix of element ids, unique per instance on a page.
    #[prop_or_default]
    pub instance: Option<String>,
    /// The embedding clinic's configuration; the built-in defaults otherwise.
    #[prop_or_default]
    pub config: Rc<ClinicConfig>,
    /// The host element of an embedded instance: it receives a `change` event with each plan.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// Where this instance saves its inputs; [`stored::STORAGE_KEY`] by default, so that
    /// several instances on one page keep separate settings.
    #[prop_or_default]
    pub storage_key: Option<String>,
}

/// Props are set once, when an app is mounted, and no parent ever hands it new ones: they are
/// equal only to themselves (a comparison field by field would be code that never runs).
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Where the first inputs come from, with a notice when something had to be dropped; `None`
/// for the defaults (made by the caller, once: each `PlanInput::default()` is code of its own).
fn restore(
    a: &Assumptions,
    today: Date,
    key: &str,
    instance: Option<&str>,
) -> (Option<PlanInput>, Option<String>) {
    if let Some((input, notice)) = from_link(instance, a, today) {
        return (Some(input), notice);
    }
    let saved = match browser::storage_get(key) {
        Err(()) => {
            let notice = tr("This browser does not allow saving, so your inputs will not be kept.");
            return (None, Some(notice.into()));
        }
        Ok(saved) => saved,
    };
    if key != stored::STORAGE_KEY {
        // A named instance has no legacy keys to migrate.
        return saved.map_or((None, None), |json| {
            let r = stored::decode(&json, a, today);
            (Some(r.input), engine_notice(r.notice))
        });
    }
    let Some(restored) = stored::load(|key| browser::storage_get(key).ok().flatten(), a, today)
    else {
        return (None, None);
    };
    if restored.migrated {
        let _ = browser::storage_set(stored::STORAGE_KEY, &stored::encode(&restored.input));
        for key in stored::LEGACY_KEYS {
            let _ = browser::storage_remove(key);
        }
    }
    (Some(restored.input), engine_notice(restored.notice))
}

/// A notice written by the engine, in the visitor's language.
pub fn engine_notice(notice: Option<String>) -> Option<String> {
    notice.map(|n| tr_text(&n).to_string())
}

/// The title and what the widget is for; fixed for an instance, so written as markup (one
/// node for Yew, no render code per element).
fn header(clinic: Option<&str>) -> Html {
    let mut m = Markup::new();
    m.tpl(r#"<header class="smp-header">"#, &[]);
    if let Some(name) = clinic {
        m.tpl(
            r#"<p class="smp-clinic" data-testid="clinic-name">{}</p>"#,
            &[name],
        );
    }
    m.tpl(
        r#"<h1>{t:SMP cost and timeline calculator}</h1><p class="smp-muted">{t:Scalp micropigmentation: sessions, dates, cost range and touch-ups, compared with fibers and hairpieces. Estimates only; everything stays in your browser.}</p></header>"#,
        &[],
    );
    raw(m)
}

/// The widget: a struct component, whose state and lifecycle need none of Yew's hooks (each
/// hook type costs its machinery in the wasm). `update` is the reducer, `rendered` the one
/// effect ([`rendered`]).
pub struct App {
    state: Rc<State>,
    /// What the effects keep between renders, for the page's life (see [`Kept`]).
    kept: &'static RefCell<Kept>,
}

impl Component for App {
    type Message = Action;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let today = props.today.unwrap_or(Date::CLOCK_FALLBACK);
        let config = props.config.clone();
        // The clinic's locale, if the browser knows it; one matching the text's language
        // otherwise. Fixed for the instance.
        let (fmt, warning) = Fmt::new(crate::i18n::text_language(), config.locale.as_deref());
        if let Some(w) = warning {
            super::js::warn(&w);
        }
        // Links name an instance by its host element's id.
        let instance = props
            .host
            .as_ref()
            .and_then(|h| h.get_attribute("id"))
            .filter(|id| !id.is_empty());
        let key = props.storage_key.as_deref().unwrap_or(stored::STORAGE_KEY);
        let (input, notice) = restore(&config.assumptions, today, key, instance.as_deref());
        let mut state = State::new(today, config, input.unwrap_or_default(), notice, fmt);
        // Drawn for a guess of their width, which the first measurement usually confirms
        // (no second render of the app at start-up).
        state.charts.width =
            crate::chart::timeline::clamp_width(charts::first_guess(props.host.as_ref()));
        let state = Rc::new(state);
        let shell = Shell {
            state: Handle {
                state: state.clone(),
                scope: ctx.link().clone(),
            },
            instance,
            ids: Ids(Rc::from(props.instance.as_deref().unwrap_or("smp"))),
            key: key.to_owned(),
            host: props.host.clone(),
            header: header(props.config.clinic_name.as_deref()),
        };
        App {
            state,
            kept: Box::leak(Box::new(RefCell::new(Kept::new(shell)))),
        }
    }

    fn update(&mut self, _: &Context<Self>, action: Action) -> bool {
        let next = self.state.clone().reduce(action);
        let changed = !Rc::ptr_eq(&next, &self.state);
        self.state = next;
        changed
    }

    fn rendered(&mut self, _: &Context<Self>, first: bool) {
        rendered(self.kept, first);
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        view(ctx, &self.state, self.kept)
    }
}

const ANNOUNCER: &str = r#"<div class="smp-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer"></div>"#;

fn view(ctx: &Context<App>, state: &Rc<State>, kept: &RefCell<Kept>) -> Html {
    let props = ctx.props();
    // The root's lang and dir are those of its text, whatever the host page's are.
    let language = crate::i18n::text_language();
    // One borrow for the render (nothing it calls reads `kept`): the shell for the effects,
    // the root, the form's markup.
    let mut guard = kept.borrow_mut();
    let k = &mut *guard;
    k.shell.state.state = state.clone();
    let state = &k.shell.state;
    let ids = &k.shell.ids;
    let root = k.root.clone();
    let inputs = form(&mut k.form, state, ids);
    let fmt = &state.fmt;
    let clinic_prices = state.clinic_prices;
    let mut head = Markup::new();
    if let Some(plan) = &state.plan {
        let label = props
            .config
            .clinic_name
            .as_ref()
            .map_or(Cow::Borrowed(tr("Book a consultation")), |n| {
                Cow::Owned(trf("Book a consultation with {clinic}", &[("clinic", n)]))
            });
        let booking = props
            .config
            .booking_url
            .as_deref()
            .map(|url| Booking { url, label: &label });
        answer(
            &mut head,
            plan,
            fmt,
            ids,
            booking,
            clinic_prices,
            state.is_stale(),
        );
    }
    // <phases> Below the plan summary: drawn from the second render on (`State::later`).
    let later = state.later;
    let how = state
        .plan
        .as_ref()
        .filter(|_| later)
        .map(|p| how_calculated(p, &state.rows.1, clinic_prices, ids));
    let mut next = Markup::new();
    if later && props.config.booking_url.is_none() {
        what_to_ask(&mut next, &ids.0);
    }
    let tools = later.then(|| toolbar(state.plan.is_some(), state.link.as_deref(), ids));
    // </phases>
    let errors = error_summary(&state.errors, ids);
    let shown = results(state.plan.as_deref(), state.is_stale(), fmt, ids, state);
    // A `match`, not an `html!` `if`: that one wraps each branch in a list built by
    // `[…].to_vec()`.
    let notice = match &state.notice {
        Some(notice) => {
            html! { <p class="smp-notice" role="status" data-testid="notice">{ notice.clone() }</p> }
        }
        None => Html::default(),
    };
    // The layout's two columns as one list made at once: `html!` makes a list of elements
    // only by `[…].to_vec()`, code of its own for this list alone.
    let columns = Html::from(VList::with_children(
        vec![
            // Narrow screens: the answer stays in view above the form while it is edited.
            html! {
                <div class="smp-edit">
                    { raw(head) }
                    { inputs }
                </div>
            },
            html! {
                <div class="smp-results-column">
                    { shown }
                    { how }
                    { raw(next) }
                    { tools }
                </div>
            },
        ],
        None,
    ));
    html! {
            <div ref={root} class="smp-app" lang={language.tag} dir={language.dir()} data-testid="app">
                { k.shell.header.clone() }
                { notice }
                { errors }
                <div class="smp-layout">{ columns }</div>
                // Last: its text is set by `hooks` (no render of its own for each sentence). Fixed
                // markup: a raw node that Yew leaves alone, with no render code per attribute.
                { Html::from_html_unchecked(AttrValue::Static(ANNOUNCER)) }
            </div>
    }
}

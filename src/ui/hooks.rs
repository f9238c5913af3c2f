//! The widget's effects, one hook each: what it does to the world outside the component tree
//! (storage, the host element, the URL fragment, the screen reader), named and kept apart
//! from what it draws.

use crate::i18n::tr;
use crate::model::input::Field;
use crate::model::{share, stored};
use crate::ui::ids::Ids;
use crate::ui::results::announcement;
use crate::ui::state::{Action, State};
use crate::ui::{browser, errors, form, toolbar};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the results stay still before screen readers hear them.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// What follows each new plan (`state.generation`), in one effect: saving the inputs under
/// `key`, the host element's `change` event, and the sentence for the polite live region
/// (`state.announced`).
///
/// Saving and the event wait for later tasks, one each (saving first), so an edit paints its
/// results first and neither makes one long task with the other after the first paint; the
/// sentence waits until the plan has stayed still for a moment, so a burst of keystrokes
/// formats it once. An edit made before they run replaces them. Blocked storage was announced
/// at start; a write that fails on readable storage (quota exceeded) is announced once.
#[hook]
pub fn use_plan_effects(
    state: UseReducerHandle<State>,
    key: AttrValue,
    host: Option<web_sys::Element>,
) {
    let save_failed = use_mut_ref(|| false);
    use_effect_with(state.generation, move |_| {
        let announcer = state.clone();
        let plan = state.plan.clone();
        let saving = later(0, move || {
            // Readability is only asked after a failed write: a read per keystroke cost more
            // than the write.
            if browser::storage_set(&key, &stored::encode(&state.input)).is_err()
                && browser::storage_get(&key).is_ok()
                && !std::mem::replace(&mut *save_failed.borrow_mut(), true)
            {
                let notice = tr("Your inputs could not be saved (this browser's storage is full), so they will not be restored next time.");
                state.dispatch(Action::Notice(Some(notice.into())));
            }
        });
        // Host pages listen for `change` on the element to follow the plan; timers of the
        // same delay run in the order they were set, so this one after saving.
        let telling = later(0, move || {
            if let (Some(plan), Some(host)) = (plan.as_deref(), host) {
                browser::dispatch_plan(&host, plan);
            }
        });
        let announcing = later(ANNOUNCE_AFTER_MS, move || {
            let s = &announcer;
            let text = s.plan.as_deref().map(|p| announcement(p, &s.fmt));
            announcer.dispatch(Action::Announce(text.unwrap_or_default()));
        });
        move || {
            saving();
            telling();
            announcing();
        }
    });
}

/// The URL fragment if it holds a link for the instance whose host id is `instance`.
pub fn link_for(instance: Option<&str>) -> Option<String> {
    browser::fragment().filter(|f| share::opens_in(f, instance))
}

/// A shared link pasted into this tab changes only the fragment: loads it as on first visit,
/// if it is for this instance (`s.instance`: its host id).
fn hash_changed(s: &Shell) {
    if let Some(fragment) = link_for(s.instance.as_deref()) {
        let d = share::decode(&fragment, &s.state.assumptions, s.state.today);
        let notice = crate::ui::app::engine_notice(d.notice);
        s.state.dispatch(Action::Load(Box::new(d.input), notice));
    }
}

/// What the root's listeners act on, as of the latest render.
#[derive(Clone)]
pub struct Shell {
    pub state: UseReducerHandle<State>,
    /// The host element's id: a link copied on a page with several calculators names it.
    pub instance: Option<AttrValue>,
    pub ids: Ids,
    /// Whether the visitor keeps "Advanced" open; read at the next render, so no render of
    /// its own.
    pub opened: Rc<RefCell<bool>>,
}

/// The events the widget acts on. `toggle` does not bubble, hence the capture phase.
const EVENTS: [&str; 5] = ["click", "input", "change", "submit", "toggle"];

/// One native listener per kind of event, attached once to the widget's root (`root`):
/// each control and button is found from the event's target. Yew's listeners would cost a
/// callback and its glue per element and per render. The window's `hashchange` goes to the
/// same handler (a link pasted into the tab); its `resize` measures the charts again.
#[hook]
pub fn use_root_events(root: NodeRef, shell: Shell) {
    let latest = use_mut_ref(|| None::<Shell>);
    *latest.borrow_mut() = Some(shell);
    use_effect_with((), move |()| {
        let resized = {
            let (root, latest) = (root.clone(), latest.clone());
            move |_: &Event| {
                let state = latest.borrow().as_ref().map(|s| s.state.clone());
                let el = root.cast::<web_sys::Element>();
                if let (Some(el), Some(state)) = (el, state) {
                    if let Some(width) = crate::ui::charts::measure(&el) {
                        state.dispatch(Action::ChartWidth(width));
                    }
                }
            }
        };
        let handle: Rc<dyn Fn(&Event)> = Rc::new(move |e: &Event| {
            // Cloned out, so that nothing is borrowed while the state changes.
            let shell = latest.borrow().clone();
            if let Some(shell) = shell {
                on_event(e, &shell);
            }
        });
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        let listeners: Vec<EventListener> = root
            .cast::<web_sys::Element>()
            .map(|el| {
                EVENTS
                    .iter()
                    .map(|&kind| {
                        let handle = handle.clone();
                        EventListener::new_with_options(&el, kind, options, move |e| handle(e))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let window = web_sys::window().map(|w| {
            (
                EventListener::new(&w, "hashchange", move |e| handle(e)),
                EventListener::new(&w, "resize", resized),
            )
        });
        move || drop((listeners, window))
    });
}

fn on_event(e: &Event, s: &Shell) {
    let kind = e.type_();
    if kind == "hashchange" {
        return hash_changed(s);
    }
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    match kind.as_str() {
        kind @ ("input" | "change") => {
            let Some((field, mut text)) = form::edited(&target, kind == "input", &s.ids) else {
                return;
            };
            if field == Field::Region && text == "stage" {
                text = form::stage_in_effect(&s.state);
            }
            s.state.dispatch(Action::Set(field, text));
        }
        // The form has no submit button; Enter in a box must not reload the page.
        "submit" => e.prevent_default(),
        "toggle" => {
            if target.matches(".smp-advanced").unwrap_or(false) {
                *s.opened.borrow_mut() = target.has_attribute("open");
            }
        }
        _ => {
            if !errors::followed(e, &target) {
                toolbar::clicked(&target, s);
            }
        }
    }
}

/// Runs `f` after `ms` milliseconds (0: the next task); the returned effect destructor cancels
/// it, so work made stale by newer inputs never runs.
fn later(ms: u32, f: impl FnOnce() + 'static) -> impl FnOnce() {
    let timer = Timeout::new(ms, f);
    move || drop(timer)
}

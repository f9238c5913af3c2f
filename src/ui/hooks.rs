//! The widget's effects: what it does to the world outside the component tree (storage, the
//! host element, the URL fragment, the screen reader, its listeners), named and kept apart
//! from what it draws. They run after each render from one Yew effect, and what they keep
//! between renders is one value ([`Kept`]): each hook type costs its code in the wasm.

use crate::i18n::tr;
use crate::model::input::Field;
use crate::model::{share, stored, Assumptions, Date, PlanInput};
use crate::ui::ids::Ids;
use crate::ui::js::{self, Timeout};
use crate::ui::results::announcement;
use crate::ui::state::{Action, Handle};
use crate::ui::{browser, charts, errors, form, toolbar};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the results stay still before screen readers hear them.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// What the listeners and the effects act on, as of the latest render.
pub struct Shell {
    pub state: Handle,
    /// The host element's id: a link copied on a page with several calculators names it.
    pub instance: Option<String>,
    pub ids: Ids,
    /// Where the inputs are saved ([`stored::STORAGE_KEY`] unless the host names a key).
    pub key: String,
    /// The host element of an embedded instance: it receives a `change` event with each plan.
    pub host: Option<web_sys::Element>,
    /// The app's header, fixed for the instance: written once.
    pub header: Html,
}

/// What the widget keeps between renders besides its reducer. Made once per app and leaked
/// (`create`): mounted apps are never unmounted (`mount` forgets their handles) and their
/// listeners hold it for the page's life anyway, so a `&'static` reference serves the app,
/// the listeners and the tasks, with no count to keep and no drop code for it in the wasm.
pub struct Kept {
    /// The widget's root element.
    pub root: NodeRef,
    /// Made with the app, its state set at each render; the listeners read it under their
    /// borrow of `Kept`.
    pub shell: Shell,
    /// The form's markup and what was last set on it ([`form::Kept`]).
    pub form: form::Kept,
    /// The plan (its `generation`) the pending tasks were set for, and those tasks.
    tasks: Option<(u32, [Timeout; 3])>,
    /// Whether the charts were measured once on the page (then on resize).
    measured: bool,
    /// A failed save was announced.
    save_failed: Cell<bool>,
}

impl Kept {
    pub fn new(shell: Shell) -> Self {
        Kept {
            root: NodeRef::default(),
            shell,
            form: form::Kept::default(),
            tasks: None,
            measured: false,
            save_failed: Cell::new(false),
        }
    }
}

/// Runs after each render (the app's one effect): attaches the listeners the first time,
/// sets the tasks that follow a new plan, puts the form's choices in place ([`form::sync`])
/// and measures the charts once they are on the page (a width that lays them out alike
/// renders nothing).
pub fn rendered(kept: &'static RefCell<Kept>, first: bool) {
    let mut guard = kept.borrow_mut();
    let k = &mut *guard;
    let Some(root) = k.root.cast::<web_sys::Element>() else {
        return;
    };
    let s = &k.shell;
    if first {
        listen(&root, kept);
    }
    // <phases> The first render is painted before the rest is drawn (`State::later`), first of
    // the tasks that follow it (timers of one delay run in the order they were set).
    if !s.state.later {
        std::mem::forget(task(LATER, kept));
    }
    // </phases>
    let generation = s.state.generation;
    if k.tasks.as_ref().map(|t| t.0) != Some(generation) {
        // Replacing them cancels the tasks of an older plan.
        k.tasks = Some((
            generation,
            [task(SAVE, kept), task(TELL, kept), task(ANNOUNCE, kept)],
        ));
    }
    form::sync(&mut k.form, &root, &s.state, &s.ids);
    charts::sync(&root, &s.state);
    if k.measured {
        return;
    }
    let Some(width) = charts::measure(&root) else {
        return;
    };
    k.measured = true;
    // Reduced after this effect returns (Yew's scheduler runs it next).
    s.state.dispatch(Action::ChartWidth(width));
}

/// A task after a render, run by [`on_event`] as the listeners' events are: one closure type
/// for both (each costs its glue in the wasm), holding `kept` as they do, and acting on the
/// shell of the latest render (a newer render of the same plan has the same inputs).
fn task(kind: usize, kept: &'static RefCell<Kept>) -> Timeout {
    let ms = if kind == ANNOUNCE {
        ANNOUNCE_AFTER_MS
    } else {
        0
    };
    Timeout::new(ms, handler(kind, kept))
}

fn handler(kind: usize, kept: &'static RefCell<Kept>) -> impl Fn(&Event) + 'static {
    move |e| on_event(kind, e, kept)
}

/// The inputs of the link in the URL fragment, if it is for the instance whose host id is
/// `instance`, with what was wrong with them (in the visitor's language).
pub fn from_link(
    instance: Option<&str>,
    a: &Assumptions,
    today: Date,
) -> Option<(PlanInput, Option<String>)> {
    let fragment = browser::fragment().filter(|f| share::opens_in(f, instance))?;
    let d = share::decode(&fragment, a, today);
    Some((d.input, crate::ui::app::engine_notice(d.notice)))
}

/// A shared link pasted into this tab changes only the fragment: loads it as on first visit,
/// if it is for this instance (`s.instance`: its host id).
fn hash_changed(s: &Shell) {
    let st = &s.state;
    if let Some((input, notice)) =
        from_link(s.instance.as_deref(), &st.config.assumptions, st.today)
    {
        st.dispatch(Action::Load(Box::new(input), notice));
    }
}

/// The events the widget acts on: the root's (caught in the capture phase), then the window's.
const EVENTS: [&str; 6] = ["click", "input", "change", "submit", "hashchange", "resize"];
// Indices into `EVENTS`: each listener passes its own, so no event's `type` is read.
const INPUT: usize = 1;
const CHANGE: usize = 2;
const SUBMIT: usize = 3;
const HASHCHANGE: usize = 4;
const RESIZE: usize = 5;
// The tasks after a render, past the events ([`task`]): the three that follow each new plan,
// and the start-up's second render.
const SAVE: usize = 6;
const TELL: usize = 7;
const ANNOUNCE: usize = 8;
const LATER: usize = 9;

/// One native listener per kind of event, on the widget's root (`root`): each control and
/// button is found from the event's target. Yew's listeners would cost a callback and its
/// glue per element and per render. The window's `hashchange` (a link pasted into the tab)
/// and `resize` (the charts measured again) go to the same handler. The listeners stay for
/// the page's life and hold `kept` ([`Kept`]: never dropped; a `Weak` cost its upgrade in the
/// handler). Once an app is destroyed (tests only), its root is gone and what needs it does
/// nothing; a pending save or host event may still run.
fn listen(root: &web_sys::Element, kept: &'static RefCell<Kept>) {
    let window = wasm_bindgen::JsValue::from(js_sys::global());
    for (i, kind) in EVENTS.iter().enumerate() {
        let target = if i < 4 { root.as_ref() } else { &window };
        js::listen(target, kind, handler(i, kept));
    }
}

/// `kind`: the event's index in [`EVENTS`], or the task's.
///
/// What follows each new plan (`state.generation`): saving the inputs under `key`, the host
/// element's `change` event, and the sentence for the polite live region (the root's last
/// element, which Yew leaves empty: its text is set here, so announcing renders nothing).
/// Saving and the event wait for later tasks, one each (saving first), so an edit paints its
/// results first and neither makes one long task with the other after the first paint; the
/// sentence waits until the plan has stayed still for a moment, so a burst of keystrokes
/// formats it once. An edit made before they run replaces them. Blocked storage was announced
/// at start; a write that fails on readable storage (quota exceeded) is announced once.
/// Timers of the same delay run in the order they were set.
fn on_event(kind: usize, e: &Event, kept: &'static RefCell<Kept>) {
    // Borrowed throughout: an action is reduced and rendered by Yew's scheduler in a later
    // microtask, never while this runs.
    let k = kept.borrow();
    let s = &k.shell;
    let state = &s.state;
    match kind {
        HASHCHANGE => return hash_changed(s),
        RESIZE | ANNOUNCE => {
            let Some(root) = k.root.cast::<web_sys::Element>() else {
                return;
            };
            if kind == RESIZE {
                if let Some(width) = charts::measure(&root) {
                    state.dispatch(Action::ChartWidth(width));
                }
            } else if let (Some(plan), Some(region)) =
                (state.plan.as_deref(), js::get(&root, "lastElementChild"))
            {
                js::set_text(&region, &announcement(plan, &state.fmt));
            }
            return;
        }
        SAVE => {
            // Readability is only asked after a failed write: a read per keystroke cost more
            // than the write.
            let key = &s.key;
            if browser::storage_set(key, &stored::encode(&state.input)).is_err()
                && browser::storage_get(key).is_ok()
                && !k.save_failed.replace(true)
            {
                let notice = tr("Your inputs could not be saved (this browser's storage is full), so they will not be restored next time.");
                state.dispatch(Action::Notice(notice.into()));
            }
            return;
        }
        // Host pages listen for `change` on the element to follow the plan.
        TELL => {
            if let (Some(plan), Some(host)) = (state.plan.as_deref(), &s.host) {
                browser::dispatch_plan(host, plan);
            }
            return;
        }
        LATER => return state.dispatch(Action::Later),
        _ => {}
    }
    // Inside the root, the target of these events is an element.
    let Some(target) = js::get(e, "target").map(JsCast::unchecked_into::<web_sys::Element>) else {
        return;
    };
    match kind {
        INPUT | CHANGE => {
            let Some((field, mut text)) = form::edited(&target, kind == INPUT, &s.ids) else {
                return;
            };
            if field == Field::Region && text == "stage" {
                text = form::stage_in_effect(state);
            }
            state.dispatch(Action::Set(field, text));
        }
        // The form has no submit button; Enter in a box must not reload the page.
        SUBMIT => js::run(e, "preventDefault"),
        _ => {
            if !errors::followed(e, &target) {
                toolbar::clicked(&target, s);
                charts::clicked(&target, state);
            }
        }
    }
}

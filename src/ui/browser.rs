//! Side effects at the edge: storage, the URL fragment, clipboard, downloads. Every call
//! tolerates a browser that refuses (blocked storage, no clipboard, sandboxed iframe) and
//! reports failure as a value.
//!
//! The browser's objects are reached by name through [`js`] (each web-sys method would be an
//! import of its own).

use super::js;
use crate::markup::Markup;
use wasm_bindgen::{JsCast, JsValue};

/// The page's global object, the window (the widget runs in no worker).
fn window() -> JsValue {
    js_sys::global().into()
}

/// `window[a][b]` as text.
fn window_text(a: &str, b: &str) -> Option<String> {
    js::get(&js::get(&window(), a)?, b)?.as_string()
}

/// `Err` when storage is blocked or throws (private mode, disabled cookies, sandbox).
fn storage(method: &str, args: &[&JsValue]) -> Result<JsValue, ()> {
    let storage = js::get(&window(), "localStorage").ok_or(())?;
    js::call(&storage, method, args).map_err(drop)
}

pub fn storage_get(key: &str) -> Result<Option<String>, ()> {
    storage("getItem", &[&key.into()]).map(|v| v.as_string())
}

pub fn storage_set(key: &str, value: &str) -> Result<(), ()> {
    storage("setItem", &[&key.into(), &value.into()]).map(drop)
}

pub fn storage_remove(key: &str) -> Result<(), ()> {
    storage("removeItem", &[&key.into()]).map(drop)
}

/// The URL fragment with its `#`, which the link's readers skip (no copy without it), if it
/// looks like settings (`key=value` pairs). A plain anchor such as `#pricing` belongs to the
/// host page and is none of the widget's business.
pub fn fragment() -> Option<String> {
    window_text("location", "hash").filter(|hash| hash.contains('='))
}

/// The document's body, read by name (`Document.body` would be an import of its own).
fn body() -> Option<JsValue> {
    js::get(&js::get(&window(), "document")?, "body")
}

/// How many calculators the page's document holds (elements inside other shadow roots are
/// not counted): links name their instance only when there is more than one.
pub fn instances_on_page() -> u32 {
    body()
        .and_then(|b| {
            b.unchecked_into::<web_sys::Element>()
                .query_selector_all("smp-calculator, [data-smp-calculator]")
                .ok()
        })
        .map_or(0, |list| list.length())
}

/// The page URL with `fragment` replacing the current one, without reloading or adding history.
pub fn url_with_fragment(fragment: &str) -> Option<String> {
    let href = window_text("location", "href")?;
    // Cut by `split_once`: `truncate` brings its own boundary check and panic message.
    let mut url = href
        .split_once('#')
        .map_or(&*href, |(page, _)| page)
        .to_owned();
    url.push('#');
    url.push_str(fragment);
    Some(url)
}

pub fn replace_url(url: &str) -> bool {
    js::get(&window(), "history").is_some_and(|h| {
        js::call(
            &h,
            "replaceState",
            &[&JsValue::NULL, &"".into(), &url.into()],
        )
        .is_ok()
    })
}

/// Starts an async clipboard write; `false` if the API is unavailable.
pub fn copy_text(text: &str) -> bool {
    let Some(clipboard) = js::get(&window(), "navigator").and_then(|n| js::get(&n, "clipboard"))
    else {
        return false;
    };
    // The promise rejects without a user gesture or permission; the link is also shown on
    // screen, so a failure loses nothing.
    let _ = js::call(&clipboard, "writeText", &[&text.into()]);
    true
}

/// Offers `content` as a file download, through a `data:` URL in a link written into the
/// body, clicked and removed, by the DOM calls the widget makes anyway (a blob URL took five
/// imports of its own, about 26 B gzip each; creating the link element, code of its own).
/// The link is written by [`Markup`], as all of the widget's markup is, so the file name and
/// type are escaped whatever a caller passes.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let Some(body) = body() else {
        return false;
    };
    let mut data = String::new();
    data_url(&mut data, content);
    let mut link = Markup::new();
    link.tpl(
        r#"<a hidden download="{}" href="data:{},{}"></a>"#,
        &[filename, mime, &data],
    );
    js::insert_html(&body, "beforeend", &link.finish());
    let Some(a) = js::get(&body, "lastElementChild") else {
        return false;
    };
    let clicked = js::call(&a, "click", &[]).is_ok();
    js::run(&a, "remove");
    clicked
}

/// Appends `content` to a `data:` URL with every byte but letters and digits as `%XX`: the URL
/// parser would drop line breaks and read `#` as the fragment.
fn data_url(url: &mut String, content: &str) {
    for b in content.bytes() {
        if b.is_ascii_alphanumeric() {
            url.push(char::from(b));
        } else {
            crate::model::share::push_escape(url, b);
        }
    }
}

pub fn print() {
    let _ = js::call(&window(), "print", &[]);
}

/// Fires a bubbling, composed `change` event on `host` whose `detail` is the plan object.
///
/// The object is built straight from the plan, in JSON's shapes (maps as objects, `None` as
/// null, integers as numbers): what `JSON.parse` of the plan's JSON text gave before, without
/// printing and parsing that text (about half the event's cost, in the task after the paint).
pub fn dispatch_plan<T: serde::Serialize + ?Sized>(host: &web_sys::Element, plan: &T) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let detail = plan.serialize(&serializer).unwrap_or(JsValue::NULL);
    let init = js_sys::Object::new();
    js::set(&init, "bubbles", &JsValue::TRUE);
    js::set(&init, "composed", &JsValue::TRUE);
    js::set(&init, "detail", &detail);
    js::dispatch(host, "change", &init);
}

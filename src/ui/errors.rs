//! The error summary: every problem in the form, each linking to its field. Drawn by the app
//! component (a component of its own would cost Yew's machinery once more); its links act
//! through the widget's root listeners ([`followed`]).

use crate::i18n::{tr_text, trn};
use crate::markup::Markup;
use crate::model::errors::FieldError;
use crate::model::input::Field;
use crate::ui::charts::raw;
use crate::ui::ids::Ids;
use crate::ui::js;
use yew::prelude::*;

/// Text and links only, so written as markup: one node for Yew.
pub fn error_summary(errors: &[FieldError], ids: &Ids) -> Html {
    if errors.is_empty() {
        return Html::default();
    }
    let mut m = Markup::new();
    let count = trn(
        errors.len() as i64,
        "{n} input needs attention",
        "{n} inputs need attention",
        &[],
    );
    m.tpl(
        r#"<div class="smp-error-summary" role="alert" data-testid="error-summary" tabindex="-1"><h2>{}</h2><ul>"#,
        &[&count],
    );
    for e in errors {
        m.tpl(
            r##"<li><a href="#{}" data-field="{}">"##,
            &[&ids.of(&e.field), &e.field],
        );
        message(&mut m, e);
        m.tpl("</a></li>", &[]);
    }
    m.tpl("</ul></div>", &[]);
    raw(m)
}

/// A click inside the widget: if it was on a summary link, moves focus to the link's field
/// and answers `true`. Following the link natively would replace the page's URL fragment
/// (and, inside a shadow root, find nothing).
pub fn followed(e: &web_sys::Event, target: &web_sys::Element) -> bool {
    let Some(a) = js::closest(target, ".smp-error-summary a[href]") else {
        return false;
    };
    js::run(e, "preventDefault");
    let field = a.get_attribute("href").and_then(|id| {
        let app = js::closest(&a, ".smp-app")?;
        js::find(&app, &id)
    });
    if let Some(field) = field {
        // A field in a section the visitor closed (Advanced) cannot take focus.
        if let Some(details) = js::closest(&field, "details:not([open])") {
            let _ = details.set_attribute("open", "");
        }
        // By name: its one call site (an import of its own otherwise).
        js::run(&field, "focus");
    }
    true
}

/// The message with the field's label (which begins it) in bold.
fn message(m: &mut Markup, e: &FieldError) {
    let message = tr_text(&e.message);
    let label = Field::parse(&e.field).map(|f| tr_text(f.label()));
    match label.and_then(|l| Some((message.strip_prefix(&*l)?, l))) {
        Some((rest, label)) => m.tpl("<strong>{}</strong>{}", &[&label, rest]),
        None => m.text(&message),
    };
}

//! Share, reset, export and print. Drawn by the app component, which keeps the shared link's
//! state (a component of its own would cost Yew's machinery once more); its buttons act
//! through the widget's root listeners ([`clicked`]).

use crate::i18n::tr;
use crate::markup::Markup;
use crate::model::{export, share};
use crate::ui::browser;
use crate::ui::charts::raw;
use crate::ui::hooks::Shell;
use crate::ui::ids::Ids;
use crate::ui::state::Action;
use yew::prelude::*;

/// `drawn`: whether there is a plan to export; `link`: the link last copied, shown for
/// copying by hand. The buttons and the link are markup (no Yew node each), apart, so that
/// showing the link leaves the button that has focus in place.
pub fn toolbar(drawn: bool, link: Option<&str>, ids: &Ids) -> Html {
    let disabled = if drawn { "" } else { "disabled" };
    let mut buttons = Markup::new();
    // One literal, as the catalogue test reads a template's `{t:…}` holes.
    buttons.tpl(
        r#"<button type="button" class="smp-button" data-action="copy-link" data-testid="copy-link">{t:Copy link}</button><button type="button" class="smp-button" disabled="{?}" data-action="download-csv" data-testid="download-csv">{t:Download CSV}</button><button type="button" class="smp-button" disabled="{?}" data-action="download-ics" data-testid="download-ics">{t:Add to calendar (.ics)}</button><button type="button" class="smp-button" data-action="print" data-testid="print">{t:Print}</button><button type="button" class="smp-button smp-button--quiet" data-action="reset" data-testid="reset">{t:Reset to defaults}</button>"#,
        &[disabled, disabled],
    );
    // Empty until a link is copied (an empty raw node adds nothing to the page).
    let mut share = Markup::new();
    if let Some(url) = link {
        share.tpl(
            r#"<div class="smp-share"><label for="{}-share-url">{t:Link to these inputs}</label><input id="{}-share-url" type="text" readonly value="{}" data-testid="share-url"></div>"#,
            &[&ids.0, &ids.0, url],
        );
    }
    html! {
        <div class="smp-toolbar" role="group" aria-label={tr("Save, share or start again")} data-testid="toolbar">
            { raw(buttons) }
            { raw(share) }
        </div>
    }
}

/// A click inside the widget: acts if it was on one of the toolbar's buttons, told apart by
/// their `data-action` (test ids stay the tests' own).
pub fn clicked(target: &web_sys::Element, s: &Shell) {
    let Some(button) = crate::ui::js::closest(target, ".smp-toolbar button") else {
        return;
    };
    let notice = |text: &str| s.state.dispatch(Action::Notice(text.into()));
    match button.get_attribute("data-action").as_deref() {
        Some("copy-link") => {
            // Counted at copy time: calculators can be added to a page after it loads.
            let name = s
                .instance
                .as_deref()
                .filter(|_| browser::instances_on_page() > 1);
            let fragment = share::encode_for(&s.state.input, name);
            let Some(url) = browser::url_with_fragment(&fragment) else {
                return;
            };
            browser::replace_url(&url);
            let text = if browser::copy_text(&url) {
                tr("Link copied. Opening it restores these inputs.")
            } else {
                tr("Copy the link below to share these inputs.")
            };
            s.state.dispatch(Action::Copied(url, text.into()));
        }
        Some("reset") => {
            // Another calculator's link stays in the address for that calculator.
            let others =
                browser::fragment().is_some_and(|f| !share::opens_in(&f, s.instance.as_deref()));
            if let Some(mut url) = browser::url_with_fragment("").filter(|_| !others) {
                // Its one `#`, with nothing after it.
                url.pop();
                browser::replace_url(&url);
            }
            s.state.dispatch(Action::Reset);
        }
        Some("print") => browser::print(),
        Some(kind @ ("download-csv" | "download-ics")) => {
            let Some(plan) = s.state.plan.as_ref() else {
                return;
            };
            let ok = if kind == "download-csv" {
                browser::download(
                    "smp-cost-comparison.csv",
                    "text/csv;charset=utf-8",
                    &crate::i18n::export::csv(&export::csv(plan)),
                )
            } else {
                browser::download(
                    "smp-schedule.ics",
                    "text/calendar;charset=utf-8",
                    &crate::i18n::export::ics(&export::ics(plan, &super::clock::utc_stamp())),
                )
            };
            if !ok {
                notice(tr("This browser blocked the download."));
            }
        }
        _ => {}
    }
}

//! Share, reset, export and print. Drawn by the app component, which keeps the shared link's
//! state (a component of its own would cost Yew's machinery once more); its buttons act
//! through the widget's root listeners ([`clicked`]).

use crate::i18n::tr;
use crate::model::{export, share};
use crate::ui::browser;
use crate::ui::hooks::Shell;
use crate::ui::ids::Ids;
use crate::ui::state::Action;
use yew::prelude::*;

/// `drawn`: whether there is a plan to export; `link`: the link last copied, shown for
/// copying by hand.
pub fn toolbar(drawn: bool, link: Option<&str>, ids: &Ids) -> Html {
    let disabled = !drawn;
    html! {
        <div class="smp-toolbar" role="group" aria-label={tr("Save, share or start again")} data-testid="toolbar">
            <button type="button" class="smp-button" data-action="copy-link" data-testid="copy-link">{ tr("Copy link") }</button>
            <button type="button" class="smp-button" {disabled} data-action="download-csv" data-testid="download-csv">{ tr("Download CSV") }</button>
            <button type="button" class="smp-button" {disabled} data-action="download-ics" data-testid="download-ics">{ tr("Add to calendar (.ics)") }</button>
            <button type="button" class="smp-button" data-action="print" data-testid="print">{ tr("Print") }</button>
            <button type="button" class="smp-button smp-button--quiet" data-action="reset" data-testid="reset">{ tr("Reset to defaults") }</button>
            if let Some(url) = link {
                <div class="smp-share">
                    <label for={ids.of("share-url")}>{ tr("Link to these inputs") }</label>
                    <input id={ids.of("share-url")} type="text" readonly=true value={url.to_string()} data-testid="share-url" />
                </div>
            }
        </div>
    }
}

/// A click inside the widget: acts if it was on one of the toolbar's buttons, told apart by
/// their `data-action` (test ids stay the tests' own).
pub fn clicked(target: &web_sys::Element, s: &Shell) {
    let Some(button) = target.closest(".smp-toolbar button").ok().flatten() else {
        return;
    };
    let notice = |text: &str| s.state.dispatch(Action::Notice(Some(text.into())));
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
            notice(if browser::copy_text(&url) {
                tr("Link copied. Opening it restores these inputs.")
            } else {
                tr("Copy the link below to share these inputs.")
            });
            s.link.set(Some(url));
        }
        Some("reset") => {
            // Another calculator's link stays in the address for that calculator.
            let others =
                browser::fragment().is_some_and(|f| !share::opens_in(&f, s.instance.as_deref()));
            if let Some(url) = browser::url_with_fragment("").filter(|_| !others) {
                browser::replace_url(url.trim_end_matches('#'));
            }
            s.link.set(None);
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
                    &crate::i18n::export::ics(&export::ics(plan, &browser::utc_stamp())),
                )
            };
            if !ok {
                notice(tr("This browser blocked the download."));
            }
        }
        _ => {}
    }
}

//! Share, reset, export and print. Drawn by the app component, which keeps the shared link's
//! state (a component of its own would cost Yew's machinery once more).

use crate::i18n::tr;
use crate::model::{export, share, Plan, PlanInput};
use crate::ui::browser;
use crate::ui::ids::Ids;
use std::rc::Rc;
use yew::prelude::*;

pub struct ToolbarProps {
    pub plan: Option<Rc<Plan>>,
    /// The input behind the plan: what a shared link carries.
    pub input: PlanInput,
    pub on_reset: Callback<()>,
    pub on_notice: Callback<Option<String>>,
    /// The host element's id: a link copied on a page with several calculators names it.
    pub instance: Option<AttrValue>,
    /// The link last copied, shown for copying by hand.
    pub link: UseStateHandle<Option<String>>,
}

pub fn toolbar(p: ToolbarProps, ids: &Ids) -> Html {
    let link = p.link.clone();
    let copy = {
        let (input, link, on_notice) = (p.input.clone(), link.clone(), p.on_notice.clone());
        let instance = p.instance.clone();
        Callback::from(move |_: MouseEvent| {
            // Counted at copy time: calculators can be added to a page after it loads.
            let name = instance
                .as_deref()
                .filter(|_| browser::instances_on_page() > 1);
            let Some(url) = browser::url_with_fragment(&share::encode_for(&input, name)) else {
                return;
            };
            browser::replace_url(&url);
            let copied = browser::copy_text(&url);
            on_notice.emit(Some(if copied {
                tr("Link copied. Opening it restores these inputs.").into()
            } else {
                tr("Copy the link below to share these inputs.").into()
            }));
            link.set(Some(url));
        })
    };
    let reset = {
        let (on_reset, link) = (p.on_reset.clone(), link.clone());
        let instance = p.instance.clone();
        Callback::from(move |_: MouseEvent| {
            // Another calculator's link stays in the address for that calculator.
            let others =
                browser::fragment().is_some_and(|f| !share::opens_in(&f, instance.as_deref()));
            if let Some(url) = browser::url_with_fragment("").filter(|_| !others) {
                browser::replace_url(url.trim_end_matches('#'));
            }
            link.set(None);
            on_reset.emit(());
        })
    };
    let download = |kind: &'static str| {
        let (plan, on_notice) = (p.plan.clone(), p.on_notice.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(plan) = plan.as_ref() else { return };
            let ok = match kind {
                "csv" => browser::download(
                    "smp-cost-comparison.csv",
                    "text/csv;charset=utf-8",
                    &crate::i18n::export::csv(&export::csv(plan)),
                ),
                _ => browser::download(
                    "smp-schedule.ics",
                    "text/calendar;charset=utf-8",
                    &crate::i18n::export::ics(&export::ics(plan, &browser::utc_stamp())),
                ),
            };
            if !ok {
                on_notice.emit(Some(tr("This browser blocked the download.").into()));
            }
        })
    };
    let disabled = p.plan.is_none();
    html! {
        <div class="smp-toolbar" role="group" aria-label={tr("Save, share or start again")} data-testid="toolbar">
            <button type="button" class="smp-button" onclick={copy} data-testid="copy-link">{ tr("Copy link") }</button>
            <button type="button" class="smp-button" onclick={download("csv")} {disabled} data-testid="download-csv">{ tr("Download CSV") }</button>
            <button type="button" class="smp-button" onclick={download("ics")} {disabled} data-testid="download-ics">{ tr("Add to calendar (.ics)") }</button>
            <button type="button" class="smp-button" onclick={Callback::from(|_: MouseEvent| browser::print())} data-testid="print">{ tr("Print") }</button>
            <button type="button" class="smp-button smp-button--quiet" onclick={reset} data-testid="reset">{ tr("Reset to defaults") }</button>
            if let Some(url) = (*link).clone() {
                <div class="smp-share">
                    <label for={ids.of("share-url")}>{ tr("Link to these inputs") }</label>
                    <input id={ids.of("share-url")} type="text" readonly=true value={url} data-testid="share-url" />
                </div>
            }
        </div>
    }
}

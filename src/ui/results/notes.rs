//! Cautions, aftercare and side effects that apply to the current inputs.

use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn notes(m: &mut Markup, plan: &Plan, ids: &Ids) {
    let title = ids.of("notes-title");
    m.open(
        "section",
        &[
            ("class", Some("smp-notes")),
            ("aria-labelledby", Some(&title)),
            ("data-testid", Some("notes")),
        ],
    )
    .el("h2", &[("id", Some(&title))], "Good to know")
    .open("ul", &[]);
    for n in &plan.notes {
        let code = wire_name(n.code);
        if n.prominent {
            m.open(
                "li",
                &[
                    ("data-code", code.as_deref()),
                    ("class", Some("smp-note--caution")),
                    ("data-prominent", Some("true")),
                ],
            )
            .el("strong", &[], "Important: ")
            .text(n.text)
            .close("li");
        } else {
            m.el("li", &[("data-code", code.as_deref())], n.text);
        }
    }
    m.close("ul").close("section");
}

//! Cautions, aftercare and side effects that apply to the current inputs.

use crate::i18n::{tr, tr_text};
use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::ids::Ids;
use crate::ui::results::wire_name;

pub fn notes(m: &mut Markup, plan: &Plan, ids: &Ids) {
    let title = ids.of("notes-title");
    let section = [
        ("class", Some("smp-notes")),
        ("aria-labelledby", Some(title.as_str())),
        ("data-testid", Some("notes")),
    ];
    m.elem("section", &section, |m| {
        m.el("h2", &[("id", Some(&title))], tr("Good to know"))
            .elem("ul", &[], |m| {
                for n in &plan.notes {
                    let code = wire_name(n.code);
                    if n.prominent {
                        let attrs = [
                            ("data-code", code.as_deref()),
                            ("class", Some("smp-note--caution")),
                            ("data-prominent", Some("true")),
                        ];
                        m.elem("li", &attrs, |m| {
                            m.el("strong", &[], tr("Important: "))
                                .text(&tr_text(n.text));
                        });
                    } else {
                        m.el("li", &[("data-code", code.as_deref())], &tr_text(n.text));
                    }
                }
            });
    });
}

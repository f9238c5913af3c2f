//! Cautions, aftercare and side effects that apply to the current inputs.

use crate::markup::Markup;
use crate::model::Plan;
use crate::ui::ids::Ids;
use crate::ui::results::summary::coded_item;
use crate::ui::results::wire_name;

pub fn notes(m: &mut Markup, plan: &Plan, ids: &Ids) {
    m.tpl(
        r#"<section class="smp-notes" aria-labelledby="{}-notes-title" data-testid="notes"><h2 id="{}-notes-title">{t:Good to know}</h2><ul>"#,
        &[&ids.0, &ids.0],
    );
    for n in &plan.notes {
        let code = wire_name(n.code);
        if n.prominent {
            m.tpl(
                r#"<li data-code="{?}" class="smp-note--caution" data-prominent="true"><strong>{t:Important: }</strong>{e}</li>"#,
                &[code.as_deref().unwrap_or_default(), n.text],
            );
        } else {
            coded_item(m, code, n.text);
        }
    }
    m.tpl("</ul></section>", &[]);
}

//! Small inline pictures of each zone: a head seen from above, nose at the top, the treated
//! part filled. Decorative: the card's text names the zone. Fixed markup, so each is one
//! string (no virtual-DOM code per shape).

use crate::model::region::Zone;

/// The outline every icon shares, up to its zone mark.
macro_rules! head {
    () => {
        concat!(
            r#"<svg class="smp-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">"#,
            r#"<ellipse class="smp-icon__head" cx="24" cy="26" rx="16" ry="19"/>"#,
            r#"<path class="smp-icon__head" d="M21 7.5 L24 3 L27 7.5"/>"#
        )
    };
}

/// The icon's markup: a template of [`crate::markup::Markup::tpl`] without holes.
pub fn zone_icon(zone: Zone) -> &'static str {
    match zone {
        Zone::Hairline => concat!(
            head!(),
            r#"<path class="smp-icon__zone" d="M12 17 Q24 5 36 17 L33 21 Q24 12 15 21 Z"/></svg>"#
        ),
        Zone::Crown => concat!(
            head!(),
            r#"<circle class="smp-icon__zone" cx="24" cy="33" r="7"/></svg>"#
        ),
        Zone::Top => concat!(
            head!(),
            r#"<ellipse class="smp-icon__zone" cx="24" cy="24" rx="9" ry="12"/></svg>"#
        ),
        Zone::Full => concat!(
            head!(),
            r#"<ellipse class="smp-icon__zone" cx="24" cy="26" rx="14" ry="17"/></svg>"#
        ),
        Zone::Scar => concat!(
            head!(),
            r#"<path class="smp-icon__zone smp-icon__line" d="M12 38 Q24 43 36 38"/></svg>"#
        ),
        Zone::Diffuse => concat!(
            head!(),
            r#"<g class="smp-icon__zone">"#,
            r#"<circle cx="18" cy="18" r="1.6"/><circle cx="26" cy="16" r="1.6"/>"#,
            r#"<circle cx="31" cy="23" r="1.6"/><circle cx="20" cy="26" r="1.6"/>"#,
            r#"<circle cx="27" cy="29" r="1.6"/><circle cx="17" cy="33" r="1.6"/>"#,
            r#"<circle cx="24" cy="36" r="1.6"/><circle cx="32" cy="32" r="1.6"/></g></svg>"#
        ),
    }
}

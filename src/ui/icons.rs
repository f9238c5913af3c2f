//! Small inline pictures of each zone: a head seen from above, nose at the top, the treated
//! part filled. Decorative: the card's text names the zone. Fixed markup (no virtual-DOM code
//! per shape): the outline all share, then the zone's mark.

use crate::model::region::Zone;

/// The rest of the icon's markup after the outline every icon shares (the head and nose,
/// written by the zone option's template in [`crate::ui::form`]: one copy in the wasm, not one
/// per zone): a template of [`crate::markup::Markup::tpl`] without holes.
pub fn zone_mark(zone: Zone) -> &'static str {
    match zone {
        Zone::Hairline => {
            r#"<path class="smp-icon__zone" d="M12 17 Q24 5 36 17 L33 21 Q24 12 15 21 Z"/></svg>"#
        }
        Zone::Crown => r#"<circle class="smp-icon__zone" cx="24" cy="33" r="7"/></svg>"#,
        Zone::Top => r#"<ellipse class="smp-icon__zone" cx="24" cy="24" rx="9" ry="12"/></svg>"#,
        Zone::Full => r#"<ellipse class="smp-icon__zone" cx="24" cy="26" rx="14" ry="17"/></svg>"#,
        Zone::Scar => {
            r#"<path class="smp-icon__zone smp-icon__line" d="M12 38 Q24 43 36 38"/></svg>"#
        }
        Zone::Diffuse => concat!(
            r#"<g class="smp-icon__zone">"#,
            r#"<circle cx="18" cy="18" r="1.6"/><circle cx="26" cy="16" r="1.6"/>"#,
            r#"<circle cx="31" cy="23" r="1.6"/><circle cx="20" cy="26" r="1.6"/>"#,
            r#"<circle cx="27" cy="29" r="1.6"/><circle cx="17" cy="33" r="1.6"/>"#,
            r#"<circle cx="24" cy="36" r="1.6"/><circle cx="32" cy="32" r="1.6"/></g></svg>"#
        ),
    }
}

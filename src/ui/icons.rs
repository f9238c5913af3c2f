//! Small inline pictures of each zone: a head seen from above, nose at the top, the treated
//! part filled. Decorative: the card's text names the zone.

use crate::model::region::Zone;
use yew::prelude::*;

pub fn zone_icon(zone: Zone) -> Html {
    let mark = match zone {
        Zone::Hairline => {
            html! { <path class="smp-icon__zone" d="M12 17 Q24 5 36 17 L33 21 Q24 12 15 21 Z" /> }
        }
        Zone::Crown => html! { <circle class="smp-icon__zone" cx="24" cy="33" r="7" /> },
        Zone::Top => html! { <ellipse class="smp-icon__zone" cx="24" cy="24" rx="9" ry="12" /> },
        Zone::Full => html! { <ellipse class="smp-icon__zone" cx="24" cy="26" rx="14" ry="17" /> },
        Zone::Scar => {
            html! { <path class="smp-icon__zone smp-icon__line" d="M12 38 Q24 43 36 38" /> }
        }
        Zone::Diffuse => html! {
            <g class="smp-icon__zone">
                { for [(18, 18), (26, 16), (31, 23), (20, 26), (27, 29), (17, 33), (24, 36), (32, 32)]
                    .iter()
                    .map(|(x, y)| html! { <circle cx={x.to_string()} cy={y.to_string()} r="1.6" /> }) }
            </g>
        },
    };
    html! {
        <svg class="smp-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
            <ellipse class="smp-icon__head" cx="24" cy="26" rx="16" ry="19" />
            <path class="smp-icon__head" d="M21 7.5 L24 3 L27 7.5" />
            { mark }
        </svg>
    }
}

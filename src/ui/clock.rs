//! The visitor's clock through `Date.now`, which the engine floor imports anyway, and a new
//! `Date`'s `getTimezoneOffset` called by name ([`super::js`]) instead of one import per
//! calendar field: each wasm-bindgen import is a JS shim, an import entry and its glue in
//! the shipped files (nine getters, then three imports before).

use crate::model::date::Date;

const DAY_MS: f64 = 86_400_000.0;

/// The day and the seconds into it of `ms` milliseconds since 1970-01-01.
fn split(ms: f64) -> Option<(Date, u32)> {
    if ms.is_nan() {
        return None;
    }
    let days = (ms / DAY_MS).floor();
    // Out-of-range times saturate to a day number `from_day_number` refuses.
    let secs = ((ms - days * DAY_MS) / 1000.0) as u32;
    Some((Date::from_day_number(days as i64)?, secs))
}

/// Today in the visitor's time zone.
pub fn today() -> Option<Date> {
    let offset = super::js::call(&js_sys::Date::new_0(), "getTimezoneOffset", &[])
        .ok()?
        .as_f64()?;
    split(js_sys::Date::now() - offset * 60_000.0).map(|(day, _)| day)
}

/// Current UTC time as an iCalendar stamp, e.g. `20261124T093000Z`.
pub fn utc_stamp() -> String {
    let (day, secs) = split(js_sys::Date::now()).unwrap_or((Date::CLOCK_FALLBACK, 0));
    let mut stamp = day.to_string().replace('-', "");
    stamp.push('T');
    for n in &[secs / 3600, secs / 60 % 60, secs % 60] {
        stamp.push(char::from(b'0' + (n / 10) as u8));
        stamp.push(char::from(b'0' + (n % 10) as u8));
    }
    stamp.push('Z');
    stamp
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn splits_a_time_into_its_day_and_seconds() {
        // 2026-11-24T09:30:05.250Z
        let ms = 1_795_512_605_250.0;
        assert_eq!(
            split(ms),
            Some((Date::new(2026, 11, 24).unwrap(), 9 * 3600 + 30 * 60 + 5))
        );
        assert_eq!(
            split(-1.0),
            Some((Date::new(1969, 12, 31).unwrap(), 86_399))
        );
        assert_eq!(split(f64::NAN), None);
    }

    #[wasm_bindgen_test]
    fn the_stamp_is_an_icalendar_utc_time() {
        let s = utc_stamp();
        assert_eq!(s.len(), 16, "{s}");
        assert!(s.bytes().enumerate().all(|(i, b)| match i {
            8 => b == b'T',
            15 => b == b'Z',
            _ => b.is_ascii_digit(),
        }));
        let js = js_sys::Date::new_0();
        assert_eq!(&s[..4], js.get_utc_full_year().to_string());
    }
}

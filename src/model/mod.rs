//! The calculation engine. Pure: no yew, web-sys or js-sys imports, so it builds and is tested natively.

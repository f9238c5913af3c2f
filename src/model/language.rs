//! The language of the text the widget shows, and what follows from it: the `lang` and `dir`
//! of the widget's root, and the locale its numbers and dates are formatted in.
//!
//! The host page's language says nothing about the widget's text: an English widget on an
//! Arabic page must still read left to right, with English dates. [`of_text`] is the one
//! place that decides the language; a catalogue of translations plugs in there.

/// A language the widget's text can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, for the root's `lang` and as the fallback formatting locale.
    pub tag: &'static str,
    /// Written right to left (Arabic, Hebrew, Persian, Urdu...).
    pub rtl: bool,
}

impl Language {
    /// The root's `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub const ENGLISH: Language = Language {
    tag: "en",
    rtl: false,
};

/// The language of the widget's text. Every string is English today; when translations
/// exist, the choice (clinic setting, visitor's languages) is made here and nowhere else.
pub fn of_text() -> Language {
    ENGLISH
}

/// The locale numbers and dates are formatted in: the clinic's explicit locale if it gave one
/// (already checked by the browser); else the page's `lang`, else the browser's language, as
/// long as it is a variant of the widget's language (an `en-GB` page gets British dates); else
/// the widget's language itself. A host's `ar` page or an Arabic browser never puts Arabic
/// digits or month names into English sentences.
pub fn formatting_locale(
    text: Language,
    clinic: Option<&str>,
    page: Option<&str>,
    browser: Option<&str>,
) -> String {
    if let Some(clinic) = clinic {
        return clinic.to_string();
    }
    [page, browser]
        .into_iter()
        .flatten()
        // `en_US` is a common spelling of `en-US` in page markup; Intl only takes the latter.
        .map(|tag| tag.trim().replace('_', "-"))
        .find(|tag| same_language(tag, text.tag))
        .unwrap_or_else(|| text.tag.to_string())
}

/// Same primary language subtag: `en-GB` and `en` are, `ar-EG` and `en` are not.
fn same_language(tag: &str, language: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or("");
    let wanted = language.split('-').next().unwrap_or("");
    !primary.is_empty() && primary.eq_ignore_ascii_case(wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_left_to_right() {
        assert_eq!(of_text(), ENGLISH);
        assert_eq!(ENGLISH.dir(), "ltr");
        let hebrew = Language {
            tag: "he",
            rtl: true,
        };
        assert_eq!(hebrew.dir(), "rtl");
    }

    #[test]
    fn the_clinic_locale_wins() {
        let l = formatting_locale(ENGLISH, Some("de-DE"), Some("ar"), Some("fr-FR"));
        assert_eq!(l, "de-DE");
    }

    #[test]
    fn regional_variants_of_the_text_language_are_kept() {
        assert_eq!(
            formatting_locale(ENGLISH, None, Some("en-GB"), None),
            "en-GB"
        );
        assert_eq!(
            formatting_locale(ENGLISH, None, Some("EN_au"), None),
            "EN-au"
        );
        assert_eq!(
            formatting_locale(ENGLISH, None, None, Some("en-CA")),
            "en-CA"
        );
        // The page comes before the browser.
        assert_eq!(
            formatting_locale(ENGLISH, None, Some("en-IE"), Some("en-CA")),
            "en-IE"
        );
    }

    #[test]
    fn other_languages_never_format_the_text() {
        for (page, browser) in [
            (Some("ar"), None),
            (Some("ar-EG"), Some("ar-EG")),
            (None, Some("fa-IR")),
            (Some(""), Some("he")),
            (Some("english"), None),
            (None, None),
        ] {
            assert_eq!(
                formatting_locale(ENGLISH, None, page, browser),
                "en",
                "{page:?} {browser:?}"
            );
        }
        // An Arabic page in an English browser: the browser's English variant.
        assert_eq!(
            formatting_locale(ENGLISH, None, Some("ar"), Some("en-GB")),
            "en-GB"
        );
    }
}

//! Escaped HTML/SVG text for the parts of the results that carry no event handlers (charts,
//! tables, lists). Written as one string and handed to the browser's parser, such a part costs
//! a few bytes of code per element instead of a virtual-DOM node each, which is most of the
//! widget's size budget, and mounts in one DOM call instead of hundreds.
//!
//! Safety rule: tag and attribute names are `&'static str` literals in our own code; every
//! value and every text passes through [`escape`]. Nothing else can reach the output, so text
//! from a visitor or a clinic configuration can never become markup.

/// Builder for one fragment. An element is written whole by [`Markup::elem`] (or [`Markup::el`]
/// for text only), which closes what it opens, so tags balance by construction; `leaf` writes
/// an SVG-style self-closing element (valid inside `<svg>`, where the parser honours `/>`).
/// Debug builds also keep the open elements on a stack and check it on every close and at
/// [`Markup::finish`].
#[derive(Default)]
pub struct Markup {
    out: String,
    #[cfg(debug_assertions)]
    open: Vec<&'static str>,
}

/// Attribute name and value; a `None` value leaves the attribute out.
pub type Attrs<'a> = [(&'static str, Option<&'a str>)];

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag name="value" …>`, whatever `body` writes, then `</tag>`. Generic, so inlined
    /// at each call: it only calls the out-of-line [`Markup::open`] and [`Markup::close`],
    /// which keeps the copy per closure small.
    #[inline(always)]
    pub fn elem(
        &mut self,
        tag: &'static str,
        attrs: &Attrs,
        body: impl FnOnce(&mut Self),
    ) -> &mut Self {
        self.open(tag, attrs);
        body(self);
        self.close(tag)
    }

    /// An element holding only text: `<tag …>text</tag>`.
    #[inline(never)]
    pub fn el(&mut self, tag: &'static str, attrs: &Attrs, text: &str) -> &mut Self {
        self.elem(tag, attrs, |m| {
            m.text(text);
        })
    }

    /// `<tag name="value" … />`, for SVG shapes.
    #[inline(never)]
    pub fn leaf(&mut self, tag: &'static str, attrs: &Attrs) -> &mut Self {
        self.start(tag, attrs);
        self.out.push_str("/>");
        self
    }

    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.out, text);
        self
    }

    /// A translated `template` with each `{name}` written by `part` (an amount in its own
    /// element, say): the sentence stays whole for translators, who may move the placeholders.
    pub fn fill(&mut self, template: &str, part: &mut dyn FnMut(&mut Self, &str)) -> &mut Self {
        // The same reading of `{name}` as the catalogue's and `i18n::fill`.
        for piece in crate::i18n::pieces(template) {
            match piece {
                crate::i18n::Piece::Literal(l) => {
                    self.text(l);
                }
                crate::i18n::Piece::Hole(name) => part(self, name),
            }
        }
        self
    }

    pub fn finish(self) -> String {
        #[cfg(debug_assertions)]
        assert!(self.open.is_empty(), "unclosed elements: {:?}", self.open);
        self.out
    }

    #[inline(never)]
    fn open(&mut self, tag: &'static str, attrs: &Attrs) {
        #[cfg(debug_assertions)]
        self.open.push(tag);
        self.start(tag, attrs);
        self.out.push('>');
    }

    #[inline(never)]
    fn close(&mut self, tag: &'static str) -> &mut Self {
        #[cfg(debug_assertions)]
        assert_eq!(
            self.open.pop(),
            Some(tag),
            "closing an element that is not open"
        );
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    #[inline(never)]
    fn start(&mut self, tag: &'static str, attrs: &Attrs) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.out.push(' ');
                self.out.push_str(name);
                self.out.push_str("=\"");
                escape(&mut self.out, value);
                self.out.push('"');
            }
        }
    }
}

/// Escapes the five characters that could end a text or a quoted attribute value or start
/// markup or an entity. The same function serves text and attribute values.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_elements_attributes_and_text() {
        let mut m = Markup::new();
        m.elem("ul", &[("class", Some("a b")), ("hidden", None)], |m| {
            m.el("li", &[("data-x", Some("1"))], "one");
        })
        .leaf("path", &[("d", Some("M0 0"))]);
        assert_eq!(
            m.finish(),
            r#"<ul class="a b"><li data-x="1">one</li></ul><path d="M0 0"/>"#
        );
    }

    #[test]
    fn fill_writes_parts_where_the_template_places_them() {
        let mut m = Markup::new();
        m.fill("{b} & {a}!", &mut |m, name| {
            m.el("i", &[], name);
        });
        assert_eq!(m.finish(), "<i>b</i> &amp; <i>a</i>!");
    }

    #[test]
    fn nested_elements_close_in_order() {
        let mut m = Markup::new();
        m.elem("ol", &[], |m| {
            m.elem("li", &[], |m| {
                m.text("a").el("b", &[], "c");
            });
        });
        assert_eq!(m.finish(), "<ol><li>a<b>c</b></li></ol>");
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "unclosed elements")]
    fn an_element_left_open_is_caught_in_debug_builds() {
        let mut m = Markup::new();
        m.open("div", &[]);
        m.finish();
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "not open")]
    fn closing_the_wrong_element_is_caught_in_debug_builds() {
        let mut m = Markup::new();
        m.open("div", &[]);
        m.close("span");
    }

    #[test]
    fn text_and_values_cannot_become_markup() {
        let hostile = r#"</li><script>alert("x")</script> & 'q'"#;
        let mut m = Markup::new();
        m.el("li", &[("title", Some(hostile))], hostile);
        let out = m.finish();
        assert_eq!(
            out,
            "<li title=\"&lt;/li&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\">\
             &lt;/li&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</li>"
        );
    }

    #[test]
    fn non_ascii_text_passes_unchanged() {
        let mut out = String::new();
        escape(&mut out, "cm² · 1 500 € – ◆");
        assert_eq!(out, "cm² · 1 500 € – ◆");
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn escaped_text_has_no_markup_and_reads_back(text in "\\PC{0,60}|[<>&\"' a-z;#]{0,40}") {
            let mut out = String::new();
            escape(&mut out, &text);
            proptest::prop_assert!(!out.contains(['<', '>', '"', '\'']));
            let back = out
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            // Every remaining `&` must be one we wrote.
            proptest::prop_assert_eq!(back.matches('&').count(), back.matches("&amp;").count());
            proptest::prop_assert_eq!(back.replace("&amp;", "&"), text);
        }
    }
}

//! Escaped HTML/SVG text for the parts of the results that carry no event handlers (charts,
//! tables, lists). Written as one string and handed to the browser's parser, such a part costs
//! a few bytes of code per element instead of a virtual-DOM node each, which is most of the
//! widget's size budget, and mounts in one DOM call instead of hundreds.
//!
//! Safety rule: tag and attribute names are `&'static str` literals in our own code; every
//! value and every text passes through [`escape`]. Nothing else can reach the output, so text
//! from a visitor or a clinic configuration can never become markup.

/// Builder for one fragment. Elements are opened and closed explicitly; `leaf` writes an
/// SVG-style self-closing element (valid inside `<svg>`, where the parser honours `/>`).
#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag name="value" …>`. An attribute whose value is `None` is left out.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, Option<&str>)]) -> &mut Self {
        self.start(tag, attrs);
        self.out.push('>');
        self
    }

    /// `<tag name="value" … />`, for SVG shapes.
    pub fn leaf(&mut self, tag: &'static str, attrs: &[(&'static str, Option<&str>)]) -> &mut Self {
        self.start(tag, attrs);
        self.out.push_str("/>");
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.out, text);
        self
    }

    /// An element holding only text: `<tag …>text</tag>`.
    pub fn el(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, Option<&str>)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn start(&mut self, tag: &'static str, attrs: &[(&'static str, Option<&str>)]) {
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
        m.open("ul", &[("class", Some("a b")), ("hidden", None)])
            .el("li", &[("data-x", Some("1"))], "one")
            .close("ul")
            .leaf("path", &[("d", Some("M0 0"))]);
        assert_eq!(
            m.finish(),
            r#"<ul class="a b"><li data-x="1">one</li></ul><path d="M0 0"/>"#
        );
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

//! Escaped HTML/SVG text for the parts of the results that carry no event handlers (charts,
//! tables, lists). Written as one string and handed to the browser's parser, such a part costs
//! a few bytes of code per element instead of a virtual-DOM node each, which is most of the
//! widget's size budget, and mounts in one DOM call instead of hundreds.
//!
//! The static markup is template text ([`Markup::tpl`]): tags, attribute names and fixed
//! attribute values sit in one literal, which lives in the data section (it compresses well)
//! and costs one slice of code per hole, where writing each tag and attribute as code cost
//! tens of bytes each.
//!
//! Safety rule: a template is a `&'static str` literal of our own code and holds no visitor
//! text outside its `{t:…}` holes (tests/ui_literals.rs fails on words between its tags);
//! a `{t:…}` hole's text is a catalogue key, written through `tr` and escaped like a value.
//! Every value, whether it fills a text or an attribute hole, passes through [`escape`], as
//! does every [`Markup::text`].
//! Nothing else can reach the output, so text from a visitor or a clinic configuration can
//! never become markup. Because values cannot write `<`, the tags of the finished fragment are
//! exactly those of the templates: debug builds check that they balance ([`balanced`]) when
//! the fragment is finished.

/// Builder for one fragment. Templates may open an element in one call and close it in a
/// later one (a list around the items written in a loop); [`Markup::finish`] checks the whole.
#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `template`, each hole filled by the next of `values`, escaped. `{}` is a text or
    /// attribute hole; `{?}` is an attribute value that leaves its whole attribute out when
    /// empty (write it as ` name="{?}"`); `{t:English text}` (no braces inside) is that text
    /// through [`crate::i18n::tr`], escaped like a value, and takes no value: it is a
    /// catalogue key like `tr("English text")` (tests/catalogues.rs reads it from the
    /// template). `{e}` is a text hole whose value is the engine's English text, written
    /// through [`crate::i18n::tr_text`] (the call sites pass the engine's text as it is).
    /// Any other `{` is written as it is. A missing value counts as empty (debug builds
    /// assert that the counts match).
    #[inline(never)]
    pub fn tpl(&mut self, template: &'static str, values: &[&str]) -> &mut Self {
        self.draw(template, values, &[])
    }

    /// [`Markup::tpl`] with number holes besides: `{0}` and `{1}` write the next of `numbers`
    /// with no or one decimal (coordinates, counts) through
    /// [`crate::model::decimal::write_fixed`], without a string of their own. Numbers and
    /// values are taken in order, each from its own slice.
    #[inline(never)]
    pub fn draw(&mut self, template: &'static str, values: &[&str], numbers: &[f64]) -> &mut Self {
        let mut values = values.iter();
        let mut numbers = numbers.iter();
        let mut rest = template;
        // Cut at each `{` and the `}` after it by `split_once`, which cannot fail: no slicing
        // with its boundary checks; the hole is then told by its name.
        while let Some((before, after)) = rest.split_once('{') {
            let (hole, tail) = after.split_once('}').unwrap_or((after, ""));
            rest = tail;
            match hole {
                "" | "?" | "e" => {
                    let value = values.next().copied();
                    debug_assert!(value.is_some(), "too few values for {template:?}");
                    let value = value.unwrap_or_default();
                    if hole == "?" && value.is_empty() {
                        // Without ` name="` (all from the template) and the closing quote.
                        debug_assert!(
                            before.ends_with('"') && rest.starts_with('"') && before.contains(' '),
                            "{template:?}"
                        );
                        self.out
                            .push_str(before.rsplit_once(' ').map_or(before, |(kept, _)| kept));
                        rest = rest.strip_prefix('"').unwrap_or(rest);
                    } else {
                        self.out.push_str(before);
                        if hole == "e" {
                            escape(&mut self.out, &crate::i18n::tr_text(value));
                        } else {
                            escape(&mut self.out, value);
                        }
                    }
                }
                // `{0}`, `{1}`: a number with no or one decimal.
                "0" | "1" => {
                    self.out.push_str(before);
                    let n = numbers.next().copied();
                    debug_assert!(n.is_some(), "too few numbers for {template:?}");
                    let places = u32::from(hole == "1");
                    crate::model::decimal::write_fixed(
                        &mut self.out,
                        n.unwrap_or_default(),
                        places,
                    );
                }
                _ => {
                    self.out.push_str(before);
                    // `{t:English text}`: a catalogue text carried by the template itself, so
                    // the call site passes no value (an English build writes the slice as it is).
                    if let Some(key) = hole.strip_prefix("t:") {
                        escape(&mut self.out, crate::i18n::tr(key));
                    } else {
                        // Any other `{` is written as it is.
                        self.out.push('{');
                        rest = after;
                    }
                }
            }
        }
        self.out.push_str(rest);
        debug_assert!(values.next().is_none(), "too many values for {template:?}");
        debug_assert!(
            numbers.next().is_none(),
            "too many numbers for {template:?}"
        );
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
            self.text(piece.literal);
            if let Some(name) = piece.hole {
                part(self, name);
            }
        }
        self
    }

    pub fn finish(self) -> String {
        #[cfg(debug_assertions)]
        if let Err(e) = balanced(&self.out) {
            panic!("unbalanced markup: {e} in {}", self.out);
        }
        self.out
    }
}

/// HTML elements that have no end tag.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "meta", "link"];

/// Whether every element of `html` that is opened is closed, in order. `<x …/>` (SVG) and the
/// void elements close themselves. Attribute values cannot hold `>` (they are escaped or ours).
pub fn balanced(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest
            .find('>')
            .ok_or_else(|| "a tag without its '>'".to_string())?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(o) if o == name => {}
                o => return Err(format!("</{name}> closes {o:?}")),
            }
        } else {
            let name = tag.split([' ', '/']).next().unwrap_or_default();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("a tag named {name:?}"));
            }
            if !tag.ends_with('/') && !VOID.contains(&name) {
                open.push(name);
            }
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed elements: {open:?}"))
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

    fn tpl(template: &'static str, values: &[&str]) -> String {
        let mut m = Markup::new();
        m.tpl(template, values);
        m.finish()
    }

    #[test]
    fn fills_holes_in_order() {
        assert_eq!(
            tpl(
                r#"<ul class="a b"><li data-x="{}">{}</li></ul><path d="M0 0"/>"#,
                &["1", "one"]
            ),
            r#"<ul class="a b"><li data-x="1">one</li></ul><path d="M0 0"/>"#
        );
    }

    #[test]
    fn an_empty_optional_attribute_is_left_out() {
        let t = r#"<dd class="k" data-testid="{?}" data-x="{}">{}</dd>"#;
        assert_eq!(
            tpl(t, &["", "1", "v"]),
            r#"<dd class="k" data-x="1">v</dd>"#
        );
        assert_eq!(
            tpl(t, &["id", "1", "v"]),
            r#"<dd class="k" data-testid="id" data-x="1">v</dd>"#
        );
        assert_eq!(
            tpl(r#"<dd data-testid="{?}">{}</dd>"#, &["", "v"]),
            "<dd>v</dd>"
        );
    }

    #[test]
    fn a_text_hole_writes_its_text_escaped_and_takes_no_value() {
        assert_eq!(
            tpl(r#"<p title="{t:Hi & bye}">{}{t: (a <b>)}</p>{t:x"#, &["v"]),
            r#"<p title="Hi &amp; bye">v (a &lt;b&gt;)</p>x"#
        );
    }

    #[test]
    fn an_engine_text_hole_writes_its_value_escaped() {
        // Natively `tr_text` is English: the text as it is.
        assert_eq!(tpl("<p>{e} {}</p>", &["a<b", "c"]), "<p>a&lt;b c</p>");
    }

    #[test]
    fn number_holes_write_numbers_in_their_own_order() {
        let mut m = Markup::new();
        m.draw(
            r#"<path class="{}" d="M{1} {1}" data-n="{0}"/>{}"#,
            &["a&b", "end"],
            &[12.34, -0.25, 1234.5],
        );
        assert_eq!(
            m.finish(),
            r#"<path class="a&amp;b" d="M12.3 -0.3" data-n="1235"/>end"#
        );
    }

    #[test]
    fn decimals_are_written_as_fixed_writes_them() {
        use crate::model::decimal::fixed;
        let cases = [
            0.0,
            12.34,
            2.25,
            -2.25,
            -0.04,
            0.05,
            1234.5,
            -1234.56,
            7.0,
            0.95,
            99.95,
            1e12,
            -1e12,
            240.0,
            900.0,
            f64::NAN,
            9.2e18,
            -9.3e18,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in cases {
            for places in [0, 1] {
                let mut m = Markup::new();
                m.draw(if places == 0 { "{0}" } else { "{1}" }, &[], &[x]);
                assert_eq!(m.finish(), fixed(x, places), "{x} {places}");
            }
        }
    }

    #[test]
    fn other_braces_are_written_as_they_are() {
        assert_eq!(tpl("<b>{x} {</b>{}", &["&"]), "<b>{x} {</b>&amp;");
    }

    #[test]
    fn an_element_may_close_in_a_later_template() {
        let mut m = Markup::new();
        m.tpl("<ol>", &[]);
        for item in ["a", "b"] {
            m.tpl("<li>{}</li>", &[item]);
        }
        m.tpl("</ol>", &[]);
        assert_eq!(m.finish(), "<ol><li>a</li><li>b</li></ol>");
    }

    #[test]
    fn fill_writes_parts_where_the_template_places_them() {
        let mut m = Markup::new();
        m.fill("{b} & {a}!", &mut |m, name| {
            m.tpl("<i>{}</i>", &[name]);
        });
        assert_eq!(m.finish(), "<i>b</i> &amp; <i>a</i>!");
    }

    #[test]
    fn balance_is_checked_tag_by_tag() {
        assert_eq!(
            balanced(r#"<svg a="1"><g><path d="M0"/></g></svg><p>x<br></p>"#),
            Ok(())
        );
        assert!(balanced("<div>").unwrap_err().contains("unclosed"));
        assert!(balanced("<div></span>").unwrap_err().contains("closes"));
        assert!(balanced("</div>").is_err());
        assert!(balanced("<div").is_err());
        assert!(balanced("< div></div>").is_err());
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "unbalanced markup")]
    fn an_element_left_open_is_caught_in_debug_builds() {
        tpl("<div><p>{}</div>", &["x"]);
    }

    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "too few values")]
    fn a_missing_value_is_caught_in_debug_builds() {
        tpl("<p>{}{}</p>", &["x"]);
    }

    #[test]
    fn text_and_values_cannot_become_markup() {
        let hostile = r#"</li><script>alert("x")</script> & 'q'"#;
        let escaped =
            "&lt;/li&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;";
        assert_eq!(
            tpl(
                r#"<li title="{}" data-x="{?}">{}</li>"#,
                &[hostile, hostile, hostile]
            ),
            format!(r#"<li title="{escaped}" data-x="{escaped}">{escaped}</li>"#)
        );
        let mut m = Markup::new();
        m.tpl("<p>", &[]).text(hostile).tpl("</p>", &[]);
        assert_eq!(m.finish(), format!("<p>{escaped}</p>"));
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

        #[test]
        fn decimal_matches_fixed(x in -1.0e7f64..1.0e7, places in 0u32..2) {
            let mut m = Markup::new();
            m.draw(if places == 0 { "{0}" } else { "{1}" }, &[], &[x]);
            proptest::prop_assert_eq!(m.finish(), crate::model::decimal::fixed(x, places));
        }

        #[test]
        fn any_values_leave_a_templates_tags_as_they_are(
            a in "\\PC{0,30}|[<>&\"'/ a-z{}?]{0,30}",
            b in "\\PC{0,30}|[<>&\"'/ a-z{}?]{0,30}",
            c in "\\PC{0,30}|[<>&\"'/ a-z{}?]{0,30}",
        ) {
            let out = tpl(r#"<tr data-a="{}" data-b="{?}"><th>{}</th><td>{}</td></tr>"#, &[&a, &b, &c, &a]);
            proptest::prop_assert_eq!(balanced(&out), Ok(()));
            // The tags and attribute names are the template's, nothing more.
            let tags: Vec<&str> = out.split('<').skip(1).map(|t| t.split([' ', '>']).next().unwrap()).collect();
            proptest::prop_assert_eq!(tags, ["tr", "th", "/th", "td", "/td", "/tr"]);
            // A quote can only come from the template.
            proptest::prop_assert_eq!(out.matches(" data-a=\"").count(), 1);
            proptest::prop_assert_eq!(out.matches(" data-b=\"").count(), usize::from(!b.is_empty()));
        }
    }
}

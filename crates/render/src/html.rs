//! Article bodies to safe HTML, and safe HTML to plain-text excerpts.
//!
//! Every body goes through one sanitising policy, whatever its source (the editor's Markdown, an
//! importer's HTML, a partner's feed): the templates print `body_html` unescaped, so this module
//! is the only thing standing between a pasted `<script>` and a reader's browser.
//!
//! The policy, in short: text structure (paragraphs, headings h2–h6, lists, quotes, tables,
//! figures, code) survives; links keep `http`, `https`, `mailto` and relative targets, and absolute
//! links gain `rel="noopener noreferrer"`; images keep `http(s)` sources or this site's `/media/`
//! paths. Scripts, styles, frames, event handlers, inline styles (bar table-cell alignment),
//! classes (bar the few Markdown itself emits) and `javascript:`/`data:` URLs are removed. A
//! `span` keeps only a language tag, a direction and the class `original-language`: it marks a
//! passage a translation keeps in the original's language.
//! An `h1` in a body becomes an `h2`: the page's only `h1` is the article's title.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use gazette_domain::BodyFormat;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Converts a stored body to sanitised HTML according to the format the editor wrote it in.
pub fn body_to_html(format: BodyFormat, source: &str) -> String {
    match format {
        BodyFormat::Markdown => markdown_to_html(source),
        BodyFormat::Html => sanitize_html(source),
    }
}

/// Renders Markdown (with tables, strikethrough and footnotes; no smart punctuation, so quotes
/// stay as the writer typed them) and sanitises the result.
pub fn markdown_to_html(md: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let events = Parser::new_ext(md, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(HeadingLevel::H1)) => {
            Event::End(TagEnd::Heading(HeadingLevel::H2))
        }
        Event::FootnoteReference(label) => Event::FootnoteReference(footnote_id(&label)),
        Event::Start(Tag::FootnoteDefinition(label)) => {
            Event::Start(Tag::FootnoteDefinition(footnote_id(&label)))
        }
        other => other,
    });
    let mut raw = String::with_capacity(md.len() + md.len() / 4);
    pulldown_cmark::html::push_html(&mut raw, figures(events.collect()).into_iter());
    sanitize_html(&raw)
}

/// An image alone in its paragraph with a title (`![alt](src "Caption | Credit")`) becomes a
/// figure: the title is its caption, and what follows a `|` its credit. Other images stay inline.
fn figures(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if let (Event::Start(Tag::Paragraph), Some(Event::Start(Tag::Image { title, .. }))) =
            (&events[i], events.get(i + 1))
            && !title.trim().is_empty()
            && let Some(end) = events[i + 1..]
                .iter()
                .position(|e| matches!(e, Event::End(TagEnd::Image)))
                .map(|p| p + i + 1)
            && matches!(events.get(end + 1), Some(Event::End(TagEnd::Paragraph)))
        {
            let (caption, credit) = match title.split_once('|') {
                Some((caption, credit)) => (caption.trim().to_owned(), credit.trim().to_owned()),
                None => (title.trim().to_owned(), String::new()),
            };
            out.push(Event::Html("<figure>".into()));
            out.extend(events[i + 1..=end].iter().cloned());
            out.push(Event::Html("<figcaption>".into()));
            out.push(Event::Text(caption.into()));
            if !credit.is_empty() {
                out.push(Event::Html(" <small>".into()));
                out.push(Event::Text(credit.into()));
                out.push(Event::Html("</small>".into()));
            }
            out.push(Event::Html("</figcaption></figure>\n".into()));
            i = end + 2;
            continue;
        }
        out.push(events[i].clone());
        i += 1;
    }
    out
}

/// Sanitises an HTML fragment with the body policy described in the module docs.
pub fn sanitize_html(html: &str) -> String {
    let cleaned = POLICY.clean(html).to_string();
    finish_tags(&cleaned)
}

/// Plain text from HTML for descriptions and cards: tags stripped, the common entities decoded,
/// whitespace collapsed, and, when longer than `max_chars` characters, cut at a word boundary
/// with "…" so that the result, ellipsis included, has at most `max_chars` characters.
///
/// The result is plain text: a template must escape it (it does so by default).
pub fn plain_text_excerpt(html: &str, max_chars: usize) -> String {
    let text = collapse_whitespace(&strip_tags(html));
    if text.chars().count() <= max_chars {
        return text;
    }
    if max_chars == 0 {
        return String::new();
    }
    // Leave room for the ellipsis itself.
    let limit = max_chars - 1;
    let cut = text
        .char_indices()
        .nth(limit)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    // Cut at the last space if the limit fell inside a word; a single word longer than the limit
    // is cut where it stands rather than dropped.
    let next_is_space = text[cut..].starts_with(' ');
    let head = if next_is_space {
        head
    } else {
        head.rfind(' ').map_or(head, |i| &head[..i])
    };
    let head = head.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
    });
    format!("{head}…")
}

/// Footnote labels become ids in the page, so they are prefixed (keeping them clear of the
/// theme's own ids) and reduced to characters that need no escaping in a URL fragment.
fn footnote_id(label: &str) -> CowStr<'static> {
    let slug: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    CowStr::from(format!("{FOOTNOTE_PREFIX}{slug}"))
}

const FOOTNOTE_PREFIX: &str = "fn-";

/// What a body may contain. `h1` is let through only to be demoted by `finish_tags`; `div` only
/// carries Markdown footnote definitions.
/// The tags the body policy keeps, separated by spaces (the fuzz target checks output against it).
pub const ALLOWED_TAGS: &str = "p br hr h1 h2 h3 h4 h5 h6 ul ol li blockquote a em strong i b del s \
    code pre figure figcaption img table caption thead tbody tr th td sup sub div small span";

/// Elements whose content is code, markup or form state rather than prose: they are dropped
/// whole, or their inner text would leak into the article as words.
const DROPPED_WITH_CONTENT: &str = "script style iframe noscript noembed noframes object embed \
    template textarea select svg math title xmp";

static POLICY: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = ALLOWED_TAGS.split_whitespace().collect();
    let attributes: HashMap<&str, HashSet<&str>> = [
        ("a", &["href"][..]),
        ("img", &["src", "alt", "width", "height", "loading"][..]),
        ("ol", &["start"][..]),
        ("th", &["style"][..]),
        ("td", &["style"][..]),
        ("code", &["class"][..]),
        ("sup", &["class"][..]),
        ("div", &["class", "id"][..]),
        ("span", &["lang", "dir", "class"][..]),
    ]
    .into_iter()
    .map(|(tag, attrs)| (tag, attrs.iter().copied().collect()))
    .collect();
    let drop_with_content: HashSet<&str> = DROPPED_WITH_CONTENT.split_whitespace().collect();

    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .tag_attributes(attributes)
        .generic_attributes(HashSet::new())
        .clean_content_tags(drop_with_content)
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        // `rel` is added by `finish_tags`, on absolute links only.
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(filter_attribute);
    builder
});

/// Narrows the attributes the policy lets through to the values this site means to allow.
/// Runs after ammonia's own checks (allowed names, URL schemes).
fn filter_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    let keep = match (element, attribute) {
        ("img", "src") => is_allowed_image_src(value),
        ("img", "width" | "height") | ("ol", "start") => {
            !value.is_empty() && value.len() <= 6 && value.bytes().all(|b| b.is_ascii_digit())
        }
        ("img", "loading") => matches!(value, "lazy" | "eager"),
        ("th" | "td", "style") => {
            // Markdown tables carry alignment as an inline style; rebuild it from a closed set.
            let align = value
                .trim()
                .trim_end_matches(';')
                .strip_prefix("text-align:")
                .map(str::trim);
            return match align {
                Some(a @ ("left" | "center" | "right")) => {
                    Some(Cow::Owned(format!("text-align: {a}")))
                }
                _ => None,
            };
        }
        ("code", "class") => value.strip_prefix("language-").is_some_and(|lang| {
            !lang.is_empty()
                && lang.len() <= 32
                && lang
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'#'))
        }),
        ("sup", "class") => matches!(value, "footnote-reference" | "footnote-definition-label"),
        ("div", "class") => value == "footnote-definition",
        ("div", "id") => value.starts_with(FOOTNOTE_PREFIX),
        ("span", "lang") => is_language_tag(value),
        ("span", "dir") => matches!(value, "ltr" | "rtl" | "auto"),
        ("span", "class") => value == "original-language",
        _ => true,
    };
    keep.then_some(Cow::Borrowed(value))
}

/// A BCP 47 tag's shape (`en`, `pt-BR`, `sr-Latn`): subtags of letters and digits.
fn is_language_tag(value: &str) -> bool {
    value.len() <= 35
        && value.split('-').all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        && value
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphabetic)
}

fn is_allowed_image_src(src: &str) -> bool {
    let lower = src
        .trim_start()
        .get(..8)
        .unwrap_or(src)
        .to_ascii_lowercase();
    let allowed_start =
        lower.starts_with("https://") || lower.starts_with("http://") || src.starts_with("/media/");
    // `/media/../admin` would make the reader's browser request another page of this site.
    allowed_start && !src.contains("..") && !src.contains('\\')
}

/// The last pass over ammonia's output: demotes `h1` to `h2`, marks absolute links
/// `rel="noopener noreferrer"`, and gives an image written without alt text an empty `alt`, so
/// that screen readers skip it instead of reading out its file name.
///
/// This is a plain scan, and that is sound only because its input is the html5ever serialiser's
/// output: text never contains a raw `<`, attribute values are always double-quoted with `"`
/// escaped (so ` alt="` cannot occur inside another value), and the policy gives `h1` no
/// attributes and `a` only `href`.
fn finish_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(len) = tag_len(rest) else { break };
        let tag = &rest[..len];
        match tag {
            "<h1>" => out.push_str("<h2>"),
            "</h1>" => out.push_str("</h2>"),
            _ if tag.starts_with("<a href=\"") && is_absolute_url(&tag[9..]) => {
                out.push_str(&tag[..len - 1]);
                out.push_str(" rel=\"noopener noreferrer\">");
            }
            _ if tag.starts_with("<img ") && !tag.contains(" alt=\"") => {
                out.push_str(&tag[..len - 1]);
                out.push_str(" alt=\"\">");
            }
            _ => out.push_str(tag),
        }
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// Length of the tag at the start of `s` (which starts with `<`), up to and including the `>`
/// that is not inside a quoted attribute value.
fn tag_len(s: &str) -> Option<usize> {
    let mut in_quotes = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'>' if !in_quotes => return Some(i + 1),
            _ => {}
        }
    }
    None
}

fn is_absolute_url(url: &str) -> bool {
    let head = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    head.starts_with("http://") || head.starts_with("https://") || head.starts_with("//")
}

/// Text content of an HTML fragment. Block-level boundaries become spaces so that paragraphs do
/// not run together; inline tags vanish so that `un<em>usual</em>` stays one word.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        push_decoded(&mut out, &rest[..start]);
        rest = &rest[start..];
        let Some(len) = tag_len(rest) else {
            // A stray `<` with no end: keep it as text.
            push_decoded(&mut out, rest);
            return out;
        };
        let tag = &rest[..len];
        let name = tag_name(tag);
        rest = &rest[len..];
        let is_start = !tag.starts_with("</");
        if is_start && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style")) {
            // Skip to the matching end tag: their content is not prose.
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            let end = lower
                .find(&close.to_ascii_lowercase())
                .unwrap_or(rest.len());
            rest = &rest[end..];
            continue;
        }
        if is_block(name) {
            out.push(' ');
        }
    }
    push_decoded(&mut out, rest);
    out
}

fn tag_name(tag: &str) -> &str {
    let inner = tag.trim_start_matches('<').trim_start_matches('/');
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    &inner[..end]
}

fn is_block(name: &str) -> bool {
    const BLOCKS: &str = "p br hr div li ul ol blockquote pre figure figcaption table tr td th \
        caption h1 h2 h3 h4 h5 h6 section article header footer aside";
    BLOCKS
        .split_whitespace()
        .any(|b| b.eq_ignore_ascii_case(name))
}

fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| Some((decode_entity(&rest[1..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_image_alone_with_a_title_becomes_a_figure_with_caption_and_credit() {
        let html = markdown_to_html(
            "Before.\n\n![The quay at night](/media/2026/12/abc-1600.jpg \"Lamps along the quay | Photo: Ana Ruiz\")\n\nAfter.",
        );
        assert!(
            html.contains(
                "<figure><img src=\"/media/2026/12/abc-1600.jpg\" alt=\"The quay at night\"><figcaption>Lamps along the quay <small>Photo: Ana Ruiz</small></figcaption></figure>"
            ),
            "{html}"
        );
        // Inline, or without a title, an image stays an image; a hostile title stays text.
        let inline = markdown_to_html("A ![dot](/media/a.png \"Dot\") in text.");
        assert!(!inline.contains("<figure>"), "{inline}");
        let plain = markdown_to_html("![Quay](/media/a.png)");
        assert!(!plain.contains("<figure>"), "{plain}");
        let hostile = markdown_to_html("![x](/media/a.png \"<img src=x onerror=alert(1)>\")");
        assert_eq!(hostile.matches("<img").count(), 1, "{hostile}");
        assert!(hostile.contains("<figcaption>&lt;img src=x"), "{hostile}");
    }

    use super::*;

    #[test]
    fn removes_script_elements_and_their_content() {
        let out = sanitize_html("<p>Before</p><script>alert('x')</script><p>After</p>");
        assert_eq!(out, "<p>Before</p><p>After</p>");
    }

    #[test]
    fn gives_images_without_alt_text_an_empty_one() {
        assert_eq!(
            sanitize_html(r#"<img src="https://example.org/a.jpg">"#),
            r#"<img src="https://example.org/a.jpg" alt="">"#
        );
        assert_eq!(
            sanitize_html(r#"<img alt="Cranes" src="/media/a.jpg">"#),
            r#"<img alt="Cranes" src="/media/a.jpg">"#
        );
    }

    #[test]
    fn a_span_keeps_only_a_language_a_direction_and_the_original_language_class() {
        let kept = r#"<p><span lang="en" dir="ltr" class="original-language">Dams <em>rise</em></span></p>"#;
        assert_eq!(sanitize_html(kept), kept);
        assert_eq!(
            sanitize_html(
                r#"<span lang="en&quot;x" dir="down" class="evil" style="color:red" onclick="x()" title="t">a</span>"#
            ),
            "<span>a</span>"
        );
        assert_eq!(
            sanitize_html(r#"<span lang="-en">a</span><span lang="zh-Hant-TW">b</span>"#),
            r#"<span>a</span><span lang="zh-Hant-TW">b</span>"#
        );
    }

    #[test]
    fn removes_event_handler_attributes() {
        let out = sanitize_html(
            r#"<img src="https://example.org/a.jpg" alt="A" onerror="alert(1)"><p onclick="x()">Hi</p>"#,
        );
        assert!(!out.contains("onerror"), "{out}");
        assert!(!out.contains("onclick"), "{out}");
        assert!(
            out.contains(r#"<img src="https://example.org/a.jpg" alt="A">"#),
            "{out}"
        );
    }

    #[test]
    fn removes_javascript_hrefs_in_any_case() {
        for href in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
        ] {
            let out = sanitize_html(&format!(r#"<a href="{href}">click</a>"#));
            assert_eq!(out, "<a>click</a>", "href {href:?} gave {out}");
        }
    }

    #[test]
    fn removes_data_urls_from_images_and_links() {
        let out = sanitize_html(
            r#"<img src="data:image/png;base64,AAAA" alt="x"><a href="data:text/html,hi">x</a>"#,
        );
        assert!(!out.contains("data:"), "{out}");
    }

    #[test]
    fn removes_frames_styles_and_unknown_elements_with_their_content() {
        let out = sanitize_html(
            "<iframe src=\"https://example.org\">inner</iframe><style>p{}</style><p style=\"color:red\" class=\"x\">Text</p><form><input></form>",
        );
        assert_eq!(out, "<p>Text</p>");
    }

    #[test]
    fn keeps_image_sources_on_the_web_or_under_media() {
        let kept = sanitize_html(
            r#"<img src="/media/2026/photo.jpg" alt="Harbour" width="800" height="600" loading="lazy">"#,
        );
        assert_eq!(
            kept,
            r#"<img src="/media/2026/photo.jpg" alt="Harbour" width="800" height="600" loading="lazy">"#
        );
        for src in [
            "/admin/logout",
            "/media/../admin",
            "photo.jpg",
            "//tracker.example/p.gif?",
        ] {
            let out = sanitize_html(&format!(r#"<img src="{src}" alt="x">"#));
            assert_eq!(out, r#"<img alt="x">"#, "src {src:?}");
        }
    }

    #[test]
    fn keeps_figures_with_captions() {
        let html = r#"<figure><img src="https://cdn.example/a.jpg" alt="Quay"><figcaption>The <em>north</em> quay</figcaption></figure>"#;
        assert_eq!(sanitize_html(html), html);
    }

    #[test]
    fn removes_svg_and_its_scripts() {
        let out = sanitize_html(
            r#"<p>a</p><svg onload="alert(1)"><script>alert(2)</script><text>t</text></svg>"#,
        );
        assert_eq!(out, "<p>a</p>");
    }

    #[test]
    fn marks_absolute_links_noopener_but_not_relative_ones() {
        let out = sanitize_html(
            r#"<a href="https://example.org/x">out</a> <a href="/region/asia">in</a> <a href="mailto:desk@example.org">mail</a>"#,
        );
        assert_eq!(
            out,
            r#"<a href="https://example.org/x" rel="noopener noreferrer">out</a> <a href="/region/asia">in</a> <a href="mailto:desk@example.org">mail</a>"#
        );
    }

    #[test]
    fn ignores_rel_and_target_supplied_by_the_author() {
        let out =
            sanitize_html(r#"<a href="https://example.org" rel="opener" target="_blank">x</a>"#);
        assert_eq!(
            out,
            r#"<a href="https://example.org" rel="noopener noreferrer">x</a>"#
        );
    }

    #[test]
    fn demotes_h1_to_h2_in_html_and_markdown() {
        assert_eq!(
            sanitize_html(r#"<h1 class="big">Title</h1><h3>Sub</h3>"#),
            "<h2>Title</h2><h3>Sub</h3>"
        );
        assert_eq!(
            markdown_to_html("# Title\n\n## Part"),
            "<h2>Title</h2>\n<h2>Part</h2>\n"
        );
    }

    #[test]
    fn a_quoted_h1_in_an_attribute_is_not_treated_as_a_tag() {
        let out = sanitize_html(
            r#"<img src="/media/a.png" alt="<h1> and <a href=&quot;https://x&quot;>">"#,
        );
        assert_eq!(
            out,
            r#"<img src="/media/a.png" alt="&lt;h1&gt; and &lt;a href=&quot;https://x&quot;&gt;">"#
        );
    }

    #[test]
    fn keeps_markdown_tables_with_alignment() {
        let md = "| Port | Ships |\n|:-----|------:|\n| North | 12 |\n";
        let out = markdown_to_html(md);
        assert!(out.contains("<table>"), "{out}");
        assert!(out.contains("<thead>"), "{out}");
        assert!(
            out.contains(r#"<th style="text-align: left">Port</th>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<td style="text-align: right">12</td>"#),
            "{out}"
        );
    }

    #[test]
    fn drops_any_other_inline_style_on_cells() {
        let out = sanitize_html(
            r#"<table><tr><td style="background:url(https://x)">a</td></tr></table>"#,
        );
        assert!(out.contains("<td>a</td>"), "{out}");
    }

    #[test]
    fn keeps_markdown_block_quotes_lists_and_emphasis() {
        let out = markdown_to_html("> A quoted *line*.\n\n- one\n- **two**\n\n~~gone~~");
        assert!(
            out.contains("<blockquote>\n<p>A quoted <em>line</em>.</p>\n</blockquote>"),
            "{out}"
        );
        assert!(out.contains("<li><strong>two</strong></li>"), "{out}");
        assert!(out.contains("<del>gone</del>"), "{out}");
    }

    #[test]
    fn markdown_does_not_smarten_quotes() {
        assert_eq!(
            markdown_to_html("\"Quoted\" -- it's"),
            "<p>\"Quoted\" -- it's</p>\n"
        );
    }

    #[test]
    fn raw_html_inside_markdown_is_sanitised() {
        let out =
            markdown_to_html("Hello <script>alert(1)</script> <b onmouseover=\"x\">there</b>");
        assert!(!out.contains("script"), "{out}");
        assert!(!out.contains("onmouseover"), "{out}");
    }

    #[test]
    fn markdown_footnotes_link_to_prefixed_ids() {
        let out = markdown_to_html("A claim.[^src]\n\n[^src]: The report, page 4.");
        assert!(
            out.contains(r##"<sup class="footnote-reference"><a href="#fn-src">1</a></sup>"##),
            "{out}"
        );
        assert!(
            out.contains(r#"<div class="footnote-definition" id="fn-src">"#),
            "{out}"
        );
    }

    #[test]
    fn html_bodies_cannot_set_arbitrary_ids_or_classes() {
        let out = sanitize_html(
            r#"<div id="main" class="admin">x</div><code class="language-rust">fn</code><code class="evil x">y</code>"#,
        );
        assert_eq!(
            out,
            r#"<div>x</div><code class="language-rust">fn</code><code>y</code>"#
        );
    }

    #[test]
    fn body_format_selects_the_converter() {
        assert_eq!(
            body_to_html(BodyFormat::Markdown, "*hi*"),
            "<p><em>hi</em></p>\n"
        );
        assert_eq!(body_to_html(BodyFormat::Html, "*hi*"), "*hi*");
    }

    #[test]
    fn excerpt_strips_tags_and_collapses_whitespace() {
        let html =
            "<h2>Heading</h2><p>First   line,\n<em>emph</em>asis &amp; more.</p><p>Second</p>";
        assert_eq!(
            plain_text_excerpt(html, 200),
            "Heading First line, emphasis & more. Second"
        );
    }

    #[test]
    fn excerpt_cuts_on_a_word_boundary_within_the_limit() {
        let html = "<p>The harbour board met on Tuesday to discuss dredging.</p>";
        let out = plain_text_excerpt(html, 30);
        assert_eq!(out, "The harbour board met on…");
        assert!(out.chars().count() <= 30);
    }

    #[test]
    fn excerpt_of_one_long_word_is_cut_mid_word() {
        assert_eq!(plain_text_excerpt("abcdefghij", 5), "abcd…");
    }

    #[test]
    fn excerpt_counts_characters_not_bytes() {
        let out = plain_text_excerpt("<p>Ünïcödé wörds everywhere hére</p>", 12);
        assert_eq!(out, "Ünïcödé…");
    }

    #[test]
    fn excerpt_skips_script_content() {
        assert_eq!(
            plain_text_excerpt("<p>a</p><script>var x = 1;</script><p>b</p>", 50),
            "a b"
        );
    }
}

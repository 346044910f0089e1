//! Article bodies as an editor or an importer hands them over, through the one sanitising
//! policy (`gazette_render::html`). Whatever the input, the output holds only the tags and
//! attributes the policy allows, never an `h1`, and its plain-text excerpt keeps its length
//! promise.
#![no_main]

use gazette_domain::BodyFormat;
use gazette_render::html::ALLOWED_TAGS;
use gazette_render::{body_to_html, markdown_to_html, plain_text_excerpt, sanitize_html};
use libfuzzer_sys::fuzz_target;


fn attribute_allowed(tag: &str, attr: &str) -> bool {
    matches!(
        (tag, attr),
        ("a", "href" | "rel")
            | ("img", "src" | "alt" | "width" | "height" | "loading")
            | ("ol", "start")
            | ("th" | "td", "style")
            | ("code" | "sup", "class")
            | ("div", "class" | "id")
            | ("span", "lang" | "dir" | "class")
    )
}

/// Checks every tag of `html`, which is the html5ever serialiser's output: text never holds a
/// raw `<`, and attribute values are double-quoted with `"` escaped.
fn assert_policy(html: &str, input: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let mut in_quotes = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_quotes = !in_quotes;
                }
                c == '>' && !in_quotes
            })
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("unclosed tag in {html:?} from {input:?}"));
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let name_end = tag.find(' ').unwrap_or(tag.len());
        let name = &tag[..name_end];
        assert!(
            name != "h1" && ALLOWED_TAGS.split_whitespace().any(|t| t == name),
            "tag <{name}> in {html:?} from {input:?}"
        );
        // Attributes: ` name="value"` pairs; values hold no `"`.
        let mut attrs = &tag[name_end..];
        while let Some(eq) = attrs.find("=\"") {
            let attr = attrs[..eq].trim();
            assert!(
                attribute_allowed(name, attr),
                "attribute {attr:?} on <{name}> in {html:?} from {input:?}"
            );
            let after = &attrs[eq + 2..];
            let close = after.find('"').expect("attribute values are quoted");
            attrs = &after[close + 1..];
        }
        assert!(
            attrs.trim().is_empty(),
            "stray {attrs:?} in <{tag}> from {input:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let input = String::from_utf8_lossy(rest);
    let html = match mode % 3 {
        0 => markdown_to_html(&input),
        1 => sanitize_html(&input),
        _ => body_to_html(
            if mode & 0x80 == 0 {
                BodyFormat::Markdown
            } else {
                BodyFormat::Html
            },
            &input,
        ),
    };
    assert_policy(&html, &input);
    let max = usize::from(mode >> 2);
    let excerpt = plain_text_excerpt(&html, max);
    assert!(
        excerpt.chars().count() <= max,
        "excerpt of at most {max} chars is {excerpt:?}"
    );
});

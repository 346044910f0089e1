//! Just enough HTML reading for assertions on the reader's pages, without a parser dependency:
//! the default theme writes plain, double-quoted attributes.

/// Every opening tag named `name` in `html`, as written (`<img src="…" alt="…">`).
pub fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let boundary = after
            .chars()
            .next()
            .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/');
        let Some(end) = after.find('>') else { break };
        if boundary {
            out.push(&rest[start..start + open.len() + end + 1]);
        }
        rest = &after[end + 1..];
    }
    out
}

/// The value of attribute `name` in one opening tag, entities left as written.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// The `href` of the `<link rel="{rel}">` in the document head, if there is one.
pub fn link_rel<'a>(html: &'a str, rel: &str) -> Option<&'a str> {
    tags(html, "link")
        .into_iter()
        .find(|t| attr(t, "rel") == Some(rel))
        .and_then(|t| attr(t, "href"))
}

/// The titles of the article cards on a home or listing page, in page order.
pub fn card_titles(html: &str) -> Vec<String> {
    html.split("class=\"card-title\"")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find("\">")? + 2;
            let len = rest[start..].find("</a>")?;
            Some(rest[start..start + len].to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_and_attributes() {
        let page =
            r#"<link rel="next" href="/?page=2"><img src="a.png" alt=""><image><img alt="x">"#;
        assert_eq!(tags(page, "img").len(), 2);
        assert_eq!(attr(tags(page, "img")[0], "alt"), Some(""));
        assert_eq!(link_rel(page, "next"), Some("/?page=2"));
        let cards = r#"<h3 class="card-title"><a href="/a">First</a></h3><h3 class="card-title"><a href="/b">Second</a></h3>"#;
        assert_eq!(card_titles(cards), ["First", "Second"]);
    }
}

//! Article extraction for syndication: turning a partner outlet's HTML page into a clean
//! article (title, authors, date, lead, sanitised body, canonical URL, language, image).
//!
//! This crate owns decoding fetched bytes ([`decode`]), finding the article body among the
//! site's furniture ([`extract`]), reading the metadata the page states, and sanitising what it
//! returns, so callers can store the body as it comes. It also carries the extraction
//! benchmark's metric ([`score`]), so tests judge the extractor by the figure `bench/extraction`
//! prints.
//!
//! [`fetch`] makes outbound requests under SSRF guards and [`feed`] reads partner feeds. The
//! crate knows nothing of HTTP routes, of storage, or of
//! Gazette's domain types: the importers map an [`Extracted`] onto a draft article.
//!
//! Every function here takes untrusted input and never panics on it; deeply nested or broken
//! markup is handled without recursion.

mod charset;
mod dom;
mod extract;
pub mod feed;
pub mod fetch;
pub mod ghost;
mod metadata;
mod prestrip;
pub mod score;
mod tokenize;
pub mod wordpress;

use time::OffsetDateTime;
use url::Url;

pub use charset::decode;

/// An article as extracted from a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<OffsetDateTime>,
    /// The standfirst, as the page describes itself (schema.org, OpenGraph or meta description).
    pub lead: Option<String>,
    /// The body, sanitised: `p`, `h2`–`h4`, lists, `blockquote`, `a[href]`, `em`, `strong`,
    /// `figure`/`img[src, alt]`/`figcaption`, tables, `br`. Links and images are absolute.
    pub body_html: String,
    /// The running text of the body (captions left out), one block per paragraph separated by
    /// blank lines. This is what the benchmark scores and what search indexes.
    pub text: String,
    pub canonical_url: Option<String>,
    /// A BCP 47-shaped tag (`en`, `en-US`), as the page states it.
    pub language: Option<String>,
    pub image: Option<String>,
    pub site_name: Option<String>,
}

/// Pages larger than this are cut before parsing: no article needs more, and parsing time
/// grows with size. Cut on a character boundary; the parser closes what is left open.
const MAX_HTML: usize = 8 * 1024 * 1024;

/// Extracts the article from a page's HTML. `page_url` is where the page was fetched from;
/// relative links, images and the canonical URL are resolved against it (or against the
/// page's own `<base href>`). Never panics.
pub fn extract(html: &str, page_url: Option<&str>) -> Extracted {
    let html = if html.len() > MAX_HTML {
        let mut end = MAX_HTML;
        while !html.is_char_boundary(end) {
            end -= 1;
        }
        &html[..end]
    } else {
        html
    };
    let dom = dom::Dom::parse(&prestrip::strip(html));
    let page = page_url.and_then(|u| Url::parse(u).ok());
    let base = base_href(&dom, page.as_ref()).or(page);
    let meta = metadata::read(&dom, base.as_ref());
    let mut body = extract::Extractor::new(&dom, base.clone(), meta.title.clone()).run();
    // Where the page states its text in schema.org and that text is much longer than what the
    // markup showed, the markup hid it (a paywall overlay, a script that renders the body).
    if let Some(stated) = meta.article_body.as_deref()
        && let Some(from_ld) = extract::body_from_text(stated)
        && from_ld.text.chars().count() > 300
        && from_ld.text.chars().count() > 2 * body.text.chars().count()
    {
        body = from_ld;
    }
    Extracted {
        title: meta.title,
        authors: meta.authors,
        published: meta.published,
        lead: meta.description,
        body_html: body.html,
        text: body.text,
        canonical_url: meta.canonical_url,
        language: meta.language,
        image: meta.image,
        site_name: meta.site_name,
    }
}

fn base_href(dom: &dom::Dom, page: Option<&Url>) -> Option<Url> {
    let id = dom
        .descendants(dom::DOCUMENT)
        .find(|&id| dom.is(id, "base") && dom.attr(id, "href").is_some())?;
    let href = dom.attr(id, "href")?;
    match page {
        Some(p) => p.join(href).ok(),
        None => Url::parse(href).ok(),
    }
}

/// The tags the body may hold, and the attributes of each; nothing else ever reaches
/// `body_html`. The writer in `extract` builds the body from these alone (tags from string
/// constants, text and attribute values escaped, URLs resolved and limited to http(s) and
/// mailto), so its output needs no second parse to be safe; the tests check every body they
/// make against this list.
#[cfg(test)]
pub(crate) const BODY_TAGS: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("ul", &[]),
    ("ol", &[]),
    ("li", &[]),
    ("blockquote", &[]),
    ("a", &["href", "rel"]),
    ("em", &[]),
    ("strong", &[]),
    ("figure", &[]),
    ("img", &["src", "alt"]),
    ("figcaption", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tfoot", &[]),
    ("tr", &[]),
    ("th", &[]),
    ("td", &[]),
    ("br", &[]),
];

#[cfg(test)]
mod tests {
    use super::{BODY_TAGS, extract};

    /// Checks what the body promises without trusting the writer: every tag is on the
    /// allow-list with only its attributes, quoted and escaped; links go to http(s) or mailto;
    /// text holds no raw markup; and the elements nest properly.
    fn assert_clean(body: &str) {
        let mut open: Vec<&str> = Vec::new();
        let mut rest = body;
        while let Some(lt) = rest.find(['<', '>']) {
            assert!(rest.as_bytes()[lt] == b'<', "raw '>' in text: {body}");
            let end = rest[lt..].find('>').map(|e| lt + e).expect("tag closed");
            let tag = &rest[lt + 1..end];
            assert!(!tag.contains('<'), "'<' inside a tag: {tag}");
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop(), Some(name), "misnested </{name}> in {body}");
                continue;
            }
            let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
            let allowed = BODY_TAGS
                .iter()
                .find(|(t, _)| *t == name)
                .unwrap_or_else(|| panic!("tag {name} not allowed: {body}"))
                .1;
            while !attrs.is_empty() {
                let (key, value) = attrs.split_once("=\"").expect("quoted attribute");
                let close = value.find('"').expect("attribute closed");
                let (value, after) = (&value[..close], &value[close + 1..]);
                assert!(allowed.contains(&key), "{name}[{key}] not allowed");
                assert!(!value.contains(['<', '>']), "unescaped {value}");
                if key == "href" {
                    assert!(
                        ["http://", "https://", "mailto:"]
                            .iter()
                            .any(|s| value.starts_with(s)),
                        "link {value}"
                    );
                }
                if key == "rel" {
                    assert_eq!(value, "noopener noreferrer");
                }
                attrs = after.strip_prefix(' ').unwrap_or(after);
            }
            if !matches!(name, "img" | "br") {
                open.push(name);
            }
        }
        assert!(open.is_empty(), "left open {open:?}: {body}");
    }

    #[test]
    fn hostile_markup_gives_a_clean_body() {
        let long = "A sentence of ordinary running text, with commas, long enough to count. ";
        let pieces = [
            "<p onclick=alert(1)>x<script>alert(2)</script></p>",
            "<a href=\"javascript:alert(3)\">js</a><a href=\"data:text/html,<b>\">data</a>",
            "<img src=x onerror=alert(4)><img src=\"/a.png\" alt='\"><script>'>",
            "<a href=\"/x?a=1&b=<2>\">link <div>block in a link</div> after</a>",
            "<em><p>para in em</p><h2>head in em</h2></em><b><ul><li>item</li></ul></b>",
            "<table><tr><td><a href=/t>cell<p>para</p></a></td></tr></table>",
            "<figure><a href=/f><img src=/f.jpg></a><figcaption>cap <i>it</i></figcaption></figure>",
            "&lt;script&gt; &amp; <svg><script>bad()</script></svg><iframe src=//evil></iframe>",
            "<blockquote><p>q<blockquote>nested</blockquote></p></blockquote><pre>pre <x-y>z</x-y></pre>",
        ];
        for (i, piece) in pieces.iter().enumerate() {
            let html = format!(
                "<html><body><article><p>{long}</p>{piece}<p>{long}{long}</p></article></body></html>"
            );
            let out = extract(&html, Some("https://example.org/a/"));
            assert_clean(&out.body_html);
            assert!(!out.body_html.contains("alert"), "{i}: {}", out.body_html);
        }
    }

    #[test]
    fn generated_nestings_give_a_clean_body() {
        const PARTS: &[&str] = &[
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<a href=\"/l\">",
            "</a>",
            "<em>",
            "</em>",
            "<b>",
            "</b>",
            "<ul>",
            "<li>",
            "</li>",
            "</ul>",
            "<h2>",
            "</h2>",
            "<figure>",
            "</figure>",
            "<figcaption>",
            "</figcaption>",
            "<img src=/i.jpg>",
            "<br>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</table>",
            "<blockquote>",
            "</blockquote>",
            "<span>",
            "</span>",
            "Some words, and more words of text here. ",
            "<a href=\"mailto:x@example.org\">",
        ];
        // A fixed-seed generator, so a failure reproduces.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..1500 {
            let mut html = String::from("<html><body><article>");
            for _ in 0..40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                html.push_str(PARTS[(state % PARTS.len() as u64) as usize]);
            }
            let out = extract(&html, Some("https://example.org/"));
            assert_clean(&out.body_html);
        }
    }
}

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
pub mod wordpress;

use std::sync::LazyLock;

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
        body_html: sanitise(&body.html),
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

/// The project's sanitiser with the body's allow-list. The writer only emits these tags
/// already; ammonia is the guarantee, not the filter, so a bug in the writer cannot store
/// script.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::empty();
    b.add_tags([
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "blockquote",
        "a",
        "em",
        "strong",
        "figure",
        "img",
        "figcaption",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "br",
    ])
    .add_tag_attributes("a", ["href"])
    .add_tag_attributes("img", ["src", "alt"])
    .url_schemes(["http", "https", "mailto"].into_iter().collect())
    .link_rel(Some("noopener noreferrer"));
    b
});

fn sanitise(html: &str) -> String {
    SANITISER.clean(html).to_string()
}

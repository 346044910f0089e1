//! Feeds, sitemaps and robots.txt over real HTTP, on each available backend, checked against
//! their specifications rather than by substring: every XML document goes through a strict XML
//! parser (so a malformed one fails), then each format's required elements and value formats
//! are checked: RSS 2.0, Atom (RFC 4287), JSON Feed 1.1, the sitemaps.org 0.9 protocol and
//! Google's News sitemap extension.

use std::collections::HashSet;

use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{Method, Response, StatusCode, header};
use gazette_testkit::{TestServer, article_id, backends};
use roxmltree::{Document, Node};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::{Rfc2822, Rfc3339};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
const RSS_CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";
const JSON_FEED_VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Rss,
    Atom,
    Json,
}

const FORMATS: [Format; 3] = [Format::Rss, Format::Atom, Format::Json];

impl Format {
    fn file(self) -> &'static str {
        match self {
            Self::Rss => "feed.rss",
            Self::Atom => "feed.atom",
            Self::Json => "feed.json",
        }
    }

    /// The media type each format registers (JSON Feed 1.1 asks for `application/feed+json`).
    fn media_type(self) -> &'static str {
        match self {
            Self::Rss => "application/rss+xml",
            Self::Atom => "application/atom+xml",
            Self::Json => "application/feed+json",
        }
    }
}

/// One feed item, read the same way from any format once the format's own rules were checked.
#[derive(Debug, Clone)]
struct Item {
    id: String,
    link: String,
    title: String,
    summary: Option<String>,
    /// The full article as HTML: RSS `content:encoded`, Atom `content`, JSON `content_html`.
    content: Option<String>,
    published: OffsetDateTime,
}

// ---------------------------------------------------------------------------------------------
// Format checks
// ---------------------------------------------------------------------------------------------

fn is(node: Node, ns: Option<&str>, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == ns && node.tag_name().name() == name
}

fn children<'a, 'i>(node: Node<'a, 'i>, ns: Option<&str>, name: &str) -> Vec<Node<'a, 'i>> {
    node.children().filter(|c| is(*c, ns, name)).collect()
}

/// The one child `name` of `node`; fails unless there is exactly one.
fn one<'a, 'i>(node: Node<'a, 'i>, ns: Option<&str>, name: &str, what: &str) -> Node<'a, 'i> {
    let found = children(node, ns, name);
    assert_eq!(
        found.len(),
        1,
        "{what}: exactly one <{name}> in <{}>",
        node.tag_name().name()
    );
    found[0]
}

/// The element's text content (entities and character references resolved).
fn text(node: Node) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

fn parse_xml<'i>(xml: &'i str, what: &str) -> Document<'i> {
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{what}: an XML declaration naming UTF-8, as served with charset=utf-8"
    );
    Document::parse(xml).unwrap_or_else(|e| panic!("{what}: not well-formed XML: {e}\n{xml}"))
}

/// An absolute IRI as RFC 3987 means it: a scheme (RFC 3986 §3.1), then no whitespace.
fn is_absolute_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(char::is_whitespace)
}

fn rfc3339(s: &str, what: &str) -> OffsetDateTime {
    OffsetDateTime::parse(s, &Rfc3339)
        .unwrap_or_else(|e| panic!("{what}: {s:?} is not an RFC 3339 date-time: {e}"))
}

fn rfc822(s: &str, what: &str) -> OffsetDateTime {
    OffsetDateTime::parse(s, &Rfc2822)
        .unwrap_or_else(|e| panic!("{what}: {s:?} is not an RFC 822/2822 date-time: {e}"))
}

/// Checks an RSS 2.0 document (with the Atom self link RSS Board's profile asks for) and reads
/// its items.
fn read_rss(xml: &str, feed_url: &str, home_url: &str) -> Vec<Item> {
    let what = feed_url;
    let doc = parse_xml(xml, what);
    let rss = doc.root_element();
    assert!(is(rss, None, "rss"), "{what}: the root is <rss>");
    assert_eq!(rss.attribute("version"), Some("2.0"), "{what}");
    let channel = one(rss, None, "channel", what);
    let title = text(one(channel, None, "title", what));
    assert!(!title.trim().is_empty(), "{what}: a channel title");
    assert_eq!(text(one(channel, None, "link", what)), home_url, "{what}");
    one(channel, None, "description", what);
    for date in children(channel, None, "lastBuildDate")
        .into_iter()
        .chain(children(channel, None, "pubDate"))
    {
        rfc822(&text(date), what);
    }
    let selves: Vec<_> = children(channel, Some(ATOM_NS), "link")
        .into_iter()
        .filter(|l| l.attribute("rel") == Some("self"))
        .collect();
    assert_eq!(selves.len(), 1, "{what}: one atom:link rel=self");
    assert_eq!(selves[0].attribute("href"), Some(feed_url), "{what}");
    assert_eq!(
        selves[0].attribute("type"),
        Some("application/rss+xml"),
        "{what}"
    );

    let mut ids = HashSet::new();
    children(channel, None, "item")
        .into_iter()
        .map(|item| {
            let titles = children(item, None, "title");
            let descriptions = children(item, None, "description");
            assert!(
                titles.len() + descriptions.len() > 0,
                "{what}: an item needs a title or a description"
            );
            assert!(titles.len() <= 1 && descriptions.len() <= 1, "{what}");
            let link = text(one(item, None, "link", what));
            assert!(is_absolute_iri(&link), "{what}: item link {link:?}");
            let guid = one(item, None, "guid", what);
            let id = text(guid);
            // isPermaLink defaults to true, and then the guid must be the item's URL.
            if guid.attribute("isPermaLink").unwrap_or("true") == "true" {
                assert!(is_absolute_iri(&id), "{what}: a permalink guid {id:?}");
            }
            assert!(ids.insert(id.clone()), "{what}: guid {id} twice");
            let published = rfc822(&text(one(item, None, "pubDate", what)), what);
            let contents = children(item, Some(RSS_CONTENT_NS), "encoded");
            assert!(contents.len() <= 1, "{what}: one content:encoded at most");
            Item {
                id,
                link,
                title: titles.first().map(|t| text(*t)).unwrap_or_default(),
                summary: descriptions.first().map(|d| text(*d)),
                content: contents.first().map(|c| text(*c)),
                published,
            }
        })
        .collect()
}

/// The `href` of the Atom links of `node` with relation `rel` (a link without `rel` is
/// `alternate`, RFC 4287 §4.2.7.2).
fn atom_links<'a, 'i>(node: Node<'a, 'i>, rel: &str, what: &str) -> Vec<Node<'a, 'i>> {
    let links: Vec<_> = children(node, Some(ATOM_NS), "link")
        .into_iter()
        .filter(|l| l.attribute("rel").unwrap_or("alternate") == rel)
        .collect();
    for l in &links {
        assert!(l.attribute("href").is_some(), "{what}: a link without href");
    }
    links
}

/// Checks the RFC 4287 rules a feed document must meet, and reads its entries.
fn read_atom(xml: &str, feed_url: &str, home_url: &str) -> Vec<Item> {
    let what = feed_url;
    let doc = parse_xml(xml, what);
    let feed = doc.root_element();
    assert!(
        is(feed, Some(ATOM_NS), "feed"),
        "{what}: the root is atom:feed"
    );
    assert!(
        feed.attribute((XML_NS, "lang"))
            .is_some_and(|l| !l.is_empty()),
        "{what}: the feed's language"
    );
    let id = text(one(feed, Some(ATOM_NS), "id", what));
    assert!(is_absolute_iri(&id), "{what}: feed id {id:?}");
    let title = one(feed, Some(ATOM_NS), "title", what);
    assert!(!text(title).trim().is_empty(), "{what}");
    rfc3339(&text(one(feed, Some(ATOM_NS), "updated", what)), what);
    let selves = atom_links(feed, "self", what);
    assert_eq!(selves.len(), 1, "{what}: one link rel=self");
    assert_eq!(selves[0].attribute("href"), Some(feed_url), "{what}");
    let alternates = atom_links(feed, "alternate", what);
    assert_eq!(alternates.len(), 1, "{what}: the page the feed follows");
    assert_eq!(alternates[0].attribute("href"), Some(home_url), "{what}");
    let feed_has_author = !children(feed, Some(ATOM_NS), "author").is_empty();
    for author in children(feed, Some(ATOM_NS), "author") {
        assert!(
            !text(one(author, Some(ATOM_NS), "name", what)).is_empty(),
            "{what}"
        );
    }

    let mut ids = HashSet::new();
    children(feed, Some(ATOM_NS), "entry")
        .into_iter()
        .map(|entry| {
            let id = text(one(entry, Some(ATOM_NS), "id", what));
            assert!(is_absolute_iri(&id), "{what}: entry id {id:?}");
            assert!(ids.insert(id.clone()), "{what}: entry id {id} twice");
            let title = text(one(entry, Some(ATOM_NS), "title", what));
            rfc3339(&text(one(entry, Some(ATOM_NS), "updated", what)), what);
            let published = children(entry, Some(ATOM_NS), "published");
            assert!(published.len() <= 1, "{what}");
            let published = published
                .first()
                .map(|p| rfc3339(&text(*p), what))
                .expect("entries carry their publication date");
            let alternates = atom_links(entry, "alternate", what);
            assert_eq!(alternates.len(), 1, "{what}: one alternate link per entry");
            let link = alternates[0].attribute("href").unwrap().to_owned();
            assert!(is_absolute_iri(&link), "{what}: {link:?}");
            let authors = children(entry, Some(ATOM_NS), "author");
            assert!(
                feed_has_author || !authors.is_empty(),
                "{what}: an author on the feed or on every entry"
            );
            for author in authors {
                assert!(
                    !text(one(author, Some(ATOM_NS), "name", what)).is_empty(),
                    "{what}"
                );
            }
            let contents = children(entry, Some(ATOM_NS), "content");
            assert!(contents.len() <= 1, "{what}");
            let content = contents.first().map(|c| {
                assert_eq!(c.attribute("type"), Some("html"), "{what}: escaped HTML");
                text(*c)
            });
            let summaries = children(entry, Some(ATOM_NS), "summary");
            assert!(summaries.len() <= 1, "{what}");
            // §4.1.1.1: without content, an entry must have a summary.
            assert!(
                content.is_some() || !summaries.is_empty(),
                "{what}: an entry with neither content nor summary"
            );
            Item {
                id,
                link,
                title,
                summary: summaries.first().map(|s| text(*s)),
                content,
                published,
            }
        })
        .collect()
}

fn string<'a>(v: &'a Value, key: &str, what: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: {key:?} must be a string: {v}"))
}

fn check_json_authors(v: &Value, what: &str) {
    if let Some(authors) = v.get("authors") {
        let authors = authors
            .as_array()
            .unwrap_or_else(|| panic!("{what}: authors must be an array"));
        for a in authors {
            assert!(
                a.is_object() && !string(a, "name", what).is_empty(),
                "{what}: an author object with a name: {a}"
            );
        }
    }
}

/// Checks a JSON Feed 1.1 document and reads its items.
fn read_json_feed(body: &str, feed_url: &str, home_url: &str) -> Vec<Item> {
    let what = feed_url;
    let v: Value =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{what}: not JSON: {e}\n{body}"));
    assert_eq!(v["version"], JSON_FEED_VERSION, "{what}");
    assert!(!string(&v, "title", what).trim().is_empty(), "{what}");
    assert_eq!(string(&v, "home_page_url", what), home_url, "{what}");
    assert_eq!(string(&v, "feed_url", what), feed_url, "{what}");
    check_json_authors(&v, what);
    if let Some(hubs) = v.get("hubs") {
        for hub in hubs.as_array().expect("hubs is an array") {
            string(hub, "type", what);
            string(hub, "url", what);
        }
    }
    let mut ids = HashSet::new();
    v["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: items must be an array"))
        .iter()
        .map(|item| {
            let id = string(item, "id", what).to_owned();
            assert!(!id.is_empty(), "{what}");
            assert!(ids.insert(id.clone()), "{what}: item id {id} twice");
            let html = item.get("content_html").map(|c| {
                c.as_str()
                    .unwrap_or_else(|| panic!("{what}: content_html must be a string"))
            });
            let plain = item.get("content_text").map(|c| {
                c.as_str()
                    .unwrap_or_else(|| panic!("{what}: content_text must be a string"))
            });
            assert!(
                html.is_some() || plain.is_some(),
                "{what}: an item needs content_html or content_text: {item}"
            );
            let link = string(item, "url", what).to_owned();
            assert!(is_absolute_iri(&link), "{what}: {link:?}");
            for key in ["date_published", "date_modified"] {
                if item.get(key).is_some() {
                    rfc3339(string(item, key, what), what);
                }
            }
            check_json_authors(item, what);
            Item {
                id,
                link,
                title: string(item, "title", what).to_owned(),
                summary: item["summary"].as_str().map(str::to_owned),
                content: html.map(str::to_owned),
                published: rfc3339(string(item, "date_published", what), what),
            }
        })
        .collect()
}

/// Fetches the feed of `scope` (`""` for the site, `"/region/iraq"` for a listing) in `format`,
/// checks its headers and its format, and returns its items.
async fn feed(s: &TestServer, scope: &str, format: Format) -> Vec<Item> {
    feed_text(s, scope, format).await.1
}

/// Like [`feed`], also returning the raw body.
async fn feed_text(s: &TestServer, scope: &str, format: Format) -> (String, Vec<Item>) {
    let path = format!("{scope}/{}", format.file());
    let res = s.get(&path).await;
    assert_eq!(res.status(), 200, "{path}");
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        format!("{}; charset=utf-8", format.media_type()).as_str(),
        "{path}"
    );
    let body = res.text().await.unwrap();
    let feed_url = s.url(&path);
    let home_url = s.url(if scope.is_empty() { "/" } else { scope });
    let items = match format {
        Format::Rss => read_rss(&body, &feed_url, &home_url),
        Format::Atom => read_atom(&body, &feed_url, &home_url),
        Format::Json => read_json_feed(&body, &feed_url, &home_url),
    };
    // Whatever the format, an item is the article: its id and link are its public address.
    for item in &items {
        assert_eq!(item.id, item.link, "{path}: the article's URL is its id");
        assert!(
            item.link.starts_with(&s.url("/")),
            "{path}: {} is on this site",
            item.link
        );
    }
    assert!(
        items.windows(2).all(|w| w[0].published >= w[1].published),
        "{path}: newest first"
    );
    (body, items)
}

fn titles(items: &[Item]) -> Vec<&str> {
    items.iter().map(|i| i.title.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// Regions three deep (World › Middle East › Iraq), themes, authors, a source, a report, and
/// articles across them, published oldest first, plus a draft and a withdrawn article.
async fn publication(s: &TestServer) {
    s.add_region("world", "World", None).await;
    s.add_region("middle-east", "Middle East", Some("world"))
        .await;
    s.add_region("iraq", "Iraq", Some("middle-east")).await;
    s.add_region("europe", "Europe", Some("world")).await;
    s.add_theme("labour", "Labour").await;
    s.add_theme("environment", "Environment").await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    s.add_author("jo-park", "Jo Park").await;
    s.add_source("harbour-dispatch", "Harbour Dispatch").await;
    s.add_published(json!({
        "title": "Harbour strike enters third week", "body": "Dockers *stayed out*.",
        "standfirst": "The port is still closed.",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"],
        "image": {"src": "/media/cranes.jpg", "alt": "Idle cranes"},
        "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/a", "date": "2026-11-18"}
    }))
    .await;
    s.add_published(json!({
        "title": "Marshes dry up", "body": "The reeds & the water \\<are\\> gone.",
        "regions": ["middle-east"], "themes": ["environment"], "authors": ["jo-park"],
        "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/b", "date": "2026-11-19"}
    }))
    .await;
    s.add_published(json!({
        "title": "Dockers win pay rise", "body": "x",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim", "jo-park"]
    }))
    .await;
    s.add_published(json!({
        "title": "Grève au port", "body": "Les dockers « restent » dehors.", "language": "fr",
        "regions": ["europe"], "themes": ["labour"], "authors": ["jo-park"]
    }))
    .await;
    s.add_draft(json!({
        "title": "Unfinished draft", "body": "x",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"]
    }))
    .await;
    let withdrawn = s
        .add_published(json!({
            "title": "Withdrawn story", "body": "x",
            "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"]
        }))
        .await;
    let path = format!(
        "/api/v1/admin/articles/{}/unpublish",
        article_id(&withdrawn)
    );
    let (status, out) = s.admin(Method::POST, &path, None).await;
    assert_eq!(status, 200, "{out}");
    s.add_report(
        "ports-in-crisis",
        "Ports in Crisis",
        &[
            "marshes-dry-up",
            "harbour-strike-enters-third-week",
            "dockers-win-pay-rise",
        ],
    )
    .await;
}

/// The published articles of [`publication`], newest first.
const ALL_PUBLISHED: [&str; 4] = [
    "Grève au port",
    "Dockers win pay rise",
    "Marshes dry up",
    "Harbour strike enters third week",
];

async fn set_feed_full_content(s: &TestServer, full: bool) {
    let (status, mut settings) = s.admin(Method::GET, "/api/v1/admin/settings", None).await;
    assert_eq!(status, 200, "{settings}");
    assert!(settings["feed_full_content"].is_boolean(), "{settings}");
    settings["feed_full_content"] = json!(full);
    let (status, out) = s
        .admin(
            Method::PUT,
            "/api/v1/admin/settings",
            Some(settings.clone()),
        )
        .await;
    assert_eq!(status, 200, "{out}");
    assert_eq!(out, settings, "only feed_full_content changed");
}

async fn conditional_get(
    s: &TestServer,
    path: &str,
    name: header::HeaderName,
    value: &str,
) -> Response {
    s.client
        .get(s.url(path))
        .header(name, value)
        .send()
        .await
        .expect("the server answers")
}

fn etag(res: &Response) -> String {
    res.headers()[header::ETAG].to_str().unwrap().to_owned()
}

// ---------------------------------------------------------------------------------------------
// Feeds
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn site_feeds_are_valid_and_list_published_articles_newest_first() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for format in FORMATS {
            let items = feed(&s, "", format).await;
            assert_eq!(titles(&items), ALL_PUBLISHED, "{backend:?} {format:?}");
            assert_eq!(
                items[0].link,
                s.url("/greve-au-port"),
                "{backend:?} {format:?}"
            );
        }
        // Escaping is right when the parsed text is the text that was written.
        let rss = feed(&s, "", Format::Rss).await;
        let marshes = rss.iter().find(|i| i.title == "Marshes dry up").unwrap();
        assert_eq!(
            marshes.summary.as_deref(),
            Some("The reeds & the water <are> gone."),
            "{backend:?}"
        );
        let harbour = rss.last().unwrap();
        assert_eq!(
            harbour.summary.as_deref(),
            Some("The port is still closed."),
            "{backend:?}: the standfirst is the summary"
        );
    }
}

#[tokio::test]
async fn site_feed_carries_only_the_newest_articles() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let total = 35;
        for n in 1..=total {
            s.add_published(json!({"title": format!("Dispatch number {n}"), "body": "x"}))
                .await;
        }
        for format in FORMATS {
            let items = feed(&s, "", format).await;
            assert!(
                !items.is_empty() && items.len() < total,
                "{backend:?} {format:?}: a feed is bounded, not the whole archive ({} items)",
                items.len()
            );
            let want: Vec<String> = (1..=total)
                .rev()
                .take(items.len())
                .map(|n| format!("Dispatch number {n}"))
                .collect();
            assert_eq!(titles(&items), want, "{backend:?} {format:?}: the newest");
        }
    }
}

#[tokio::test]
async fn listing_feeds_filter_like_their_pages() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for (scope, want) in [
            (
                "/region/iraq",
                &["Dockers win pay rise", "Harbour strike enters third week"][..],
            ),
            (
                "/region/middle-east",
                &[
                    "Dockers win pay rise",
                    "Marshes dry up",
                    "Harbour strike enters third week",
                ],
            ),
            ("/region/world", &ALL_PUBLISHED),
            ("/region/europe", &["Grève au port"]),
            (
                "/theme/labour",
                &[
                    "Grève au port",
                    "Dockers win pay rise",
                    "Harbour strike enters third week",
                ],
            ),
            ("/theme/environment", &["Marshes dry up"]),
            // A reader follows what is new: a report's feed is newest first, not in its order.
            (
                "/report/ports-in-crisis",
                &[
                    "Dockers win pay rise",
                    "Marshes dry up",
                    "Harbour strike enters third week",
                ],
            ),
            (
                "/author/amal-rahim",
                &["Dockers win pay rise", "Harbour strike enters third week"],
            ),
            (
                "/author/jo-park",
                &["Grève au port", "Dockers win pay rise", "Marshes dry up"],
            ),
            (
                "/source/harbour-dispatch",
                &["Marshes dry up", "Harbour strike enters third week"],
            ),
        ] {
            for format in FORMATS {
                let items = feed(&s, scope, format).await;
                assert_eq!(titles(&items), want, "{backend:?} {scope} {format:?}");
            }
        }
    }
}

#[tokio::test]
async fn unknown_listings_and_feed_names_are_404() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for path in [
            "/region/atlantis/feed.rss",
            "/theme/no-such-theme/feed.atom",
            "/report/no-such-report/feed.json",
            "/author/nobody/feed.rss",
            "/source/nowhere/feed.atom",
            "/planet/mars/feed.rss",
            "/region/iraq/feed.xml",
            "/region/iraq/rss",
            "/feed.xml",
        ] {
            let res = s.get(path).await;
            assert_eq!(res.status(), 404, "{backend:?} {path}");
            assert_eq!(
                res.headers()[header::CONTENT_TYPE],
                "text/html; charset=utf-8",
                "{backend:?} {path}"
            );
        }
    }
}

#[tokio::test]
async fn feeds_carry_full_content_or_summaries_by_setting() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_region("iraq", "Iraq", None).await;
        s.add_published(json!({
            "title": "Harbour strike", "standfirst": "The port is still closed.",
            "body": "See [the Iraq page](/region/iraq).\n\n![The quay](/media/quay.jpg)\n\n<script>alert(1)</script>\n\nDockers *stayed out*.",
            "regions": ["iraq"]
        }))
        .await;
        let base = s.url("");

        // The default: the whole article, sanitised, its site links absolute.
        for format in FORMATS {
            let items = feed(&s, "", format).await;
            let content = items[0]
                .content
                .as_deref()
                .unwrap_or_else(|| panic!("{backend:?} {format:?}: full content by default"));
            assert!(
                content.contains("<em>stayed out</em>"),
                "{backend:?} {format:?}: {content}"
            );
            assert!(
                !content.contains("<script") && !content.contains("alert("),
                "{backend:?} {format:?}: sanitised: {content}"
            );
            let hrefs: Vec<_> = tags(content, "a")
                .into_iter()
                .filter_map(|t| attr(t, "href"))
                .collect();
            assert_eq!(
                hrefs,
                [format!("{base}/region/iraq")],
                "{backend:?} {format:?}"
            );
            let srcs: Vec<_> = tags(content, "img")
                .into_iter()
                .filter_map(|t| attr(t, "src"))
                .collect();
            assert_eq!(
                srcs,
                [format!("{base}/media/quay.jpg")],
                "{backend:?} {format:?}"
            );
        }

        set_feed_full_content(&s, false).await;
        // The feeds above are cached: the setting must drop them.
        for format in FORMATS {
            let (body, items) = feed_text(&s, "", format).await;
            let item = &items[0];
            assert_eq!(item.content, None, "{backend:?} {format:?}: summary only");
            assert_eq!(
                item.summary.as_deref(),
                Some("The port is still closed."),
                "{backend:?} {format:?}"
            );
            assert!(
                !body.contains("stayed out"),
                "{backend:?} {format:?}: no trace of the body: {body}"
            );
            match format {
                Format::Rss => assert!(!body.contains("content:encoded"), "{backend:?}"),
                Format::Atom => assert!(!body.contains("<content"), "{backend:?}"),
                Format::Json => {
                    let v: Value = serde_json::from_str(&body).unwrap();
                    let item = &v["items"][0];
                    assert!(item.get("content_html").is_none(), "{backend:?}: {item}");
                    assert_eq!(
                        item["content_text"], "The port is still closed.",
                        "{backend:?}"
                    );
                }
            }
        }

        set_feed_full_content(&s, true).await;
        for format in FORMATS {
            let items = feed(&s, "", format).await;
            assert!(
                items[0]
                    .content
                    .as_deref()
                    .is_some_and(|c| c.contains("<em>stayed out</em>")),
                "{backend:?} {format:?}: full content again"
            );
        }
    }
}

/// Only links to this site's paths are made absolute: a link to another site written without a
/// scheme (`//host/path`) stays a link to that site, and text that merely looks like an
/// attribute, such as an HTML sample in a code block, is the article's text and stays as written.
#[tokio::test]
async fn full_content_makes_only_site_paths_absolute() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({
            "title": "Linking guide",
            "body": "Read [our partner](//partner.example/story) and [our archive](/archive).\n\n    <a href=\"/contact\">write to us</a>\n"
        }))
        .await;
        let base = s.url("");
        for format in FORMATS {
            let items = feed(&s, "", format).await;
            let content = items[0].content.as_deref().expect("full content");
            let hrefs: Vec<_> = tags(content, "a")
                .into_iter()
                .filter_map(|t| attr(t, "href"))
                .collect();
            assert_eq!(
                hrefs,
                [
                    "//partner.example/story".to_owned(),
                    format!("{base}/archive")
                ],
                "{backend:?} {format:?}: {content}"
            );
            assert!(
                content.contains(r#"&lt;a href="/contact"&gt;write to us&lt;/a&gt;"#),
                "{backend:?} {format:?}: the code sample is unchanged: {content}"
            );
        }
    }
}

#[tokio::test]
async fn publishing_and_editing_change_the_feeds_at_once() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let scopes = ["", "/region/iraq", "/region/world", "/theme/labour"];
        let mut before = Vec::new();
        for scope in scopes {
            for format in FORMATS {
                let res = s.get(&format!("{scope}/{}", format.file())).await;
                assert_eq!(res.status(), 200);
                before.push(etag(&res));
                // Warm the cache with a checked read too.
                feed(&s, scope, format).await;
            }
        }
        let europe_before = titles(&feed(&s, "/region/europe", Format::Rss).await).join("|");

        let new = s
            .add_published(json!({
                "title": "Cranes stand idle", "body": "x",
                "regions": ["iraq"], "themes": ["labour"]
            }))
            .await;
        let mut old_tags = before.iter();
        for scope in scopes {
            for format in FORMATS {
                let path = format!("{scope}/{}", format.file());
                let res = s.get(&path).await;
                assert_ne!(
                    &etag(&res),
                    old_tags.next().unwrap(),
                    "{backend:?} {path}: a new ETag"
                );
                let items = feed(&s, scope, format).await;
                assert_eq!(
                    items[0].title, "Cranes stand idle",
                    "{backend:?} {path}: the new article first, at once"
                );
            }
        }
        assert_eq!(
            titles(&feed(&s, "/region/europe", Format::Rss).await).join("|"),
            europe_before,
            "{backend:?}: other listings' feeds do not gain it"
        );

        let (status, out) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{}", article_id(&new)),
                Some(json!({"title": "Cranes stand idle for a month"})),
            )
            .await;
        assert_eq!(status, 200, "{backend:?}: {out}");
        for scope in scopes {
            for format in FORMATS {
                let items = feed(&s, scope, format).await;
                assert_eq!(
                    items[0].title, "Cranes stand idle for a month",
                    "{backend:?} {scope} {format:?}: the new title at once"
                );
            }
        }
    }
}

#[tokio::test]
async fn feeds_and_sitemaps_answer_conditional_requests() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for path in [
            "/feed.rss",
            "/feed.atom",
            "/feed.json",
            "/region/iraq/feed.rss",
            "/author/jo-park/feed.json",
            "/sitemap.xml",
            "/sitemaps/pages.xml",
            "/sitemaps/articles-1.xml",
            "/sitemaps/news.xml",
        ] {
            let first = s.get(path).await;
            assert_eq!(first.status(), 200, "{backend:?} {path}");
            let tag = etag(&first);
            assert!(
                tag.starts_with('"') && tag.ends_with('"'),
                "{backend:?}: {tag}"
            );
            let modified = first.headers()[header::LAST_MODIFIED]
                .to_str()
                .unwrap()
                .to_owned();
            let body = first.text().await.unwrap();

            let res = conditional_get(&s, path, header::IF_NONE_MATCH, &tag).await;
            assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{backend:?} {path}");
            assert_eq!(etag(&res), tag, "{backend:?} {path}");
            assert!(res.bytes().await.unwrap().is_empty(), "{backend:?} {path}");

            let res = conditional_get(&s, path, header::IF_MODIFIED_SINCE, &modified).await;
            assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{backend:?} {path}");

            let res = conditional_get(&s, path, header::IF_NONE_MATCH, "\"stale\"").await;
            assert_eq!(res.status(), 200, "{backend:?} {path}");
            assert_eq!(res.text().await.unwrap(), body, "{backend:?} {path}");
        }
    }
}

#[tokio::test]
async fn feeds_advertise_the_websub_hub_only_when_one_is_configured() {
    for backend in backends().await {
        let s = TestServer::start_with(backend, |c| {
            c.websub_hub = "https://hub.example/".into();
        })
        .await;
        s.add_region("iraq", "Iraq", None).await;
        s.add_published(json!({"title": "Harbour strike", "body": "x", "regions": ["iraq"]}))
            .await;
        for scope in ["", "/region/iraq"] {
            let (rss, _) = feed_text(&s, scope, Format::Rss).await;
            let doc = Document::parse(&rss).unwrap();
            let channel = one(doc.root_element(), None, "channel", "rss");
            let hubs: Vec<_> = children(channel, Some(ATOM_NS), "link")
                .into_iter()
                .filter(|l| l.attribute("rel") == Some("hub"))
                .filter_map(|l| l.attribute("href"))
                .collect();
            assert_eq!(hubs, ["https://hub.example/"], "{backend:?} {scope} RSS");

            let (atom, _) = feed_text(&s, scope, Format::Atom).await;
            let doc = Document::parse(&atom).unwrap();
            let hubs: Vec<_> = atom_links(doc.root_element(), "hub", "atom")
                .into_iter()
                .filter_map(|l| l.attribute("href"))
                .collect();
            assert_eq!(hubs, ["https://hub.example/"], "{backend:?} {scope} Atom");

            let (json, _) = feed_text(&s, scope, Format::Json).await;
            let v: Value = serde_json::from_str(&json).unwrap();
            assert_eq!(
                v["hubs"],
                json!([{"type": "WebSub", "url": "https://hub.example/"}]),
                "{backend:?} {scope} JSON"
            );
        }
        drop(s);

        let s = TestServer::start(backend).await;
        s.add_published(json!({"title": "Harbour strike", "body": "x"}))
            .await;
        let (rss, _) = feed_text(&s, "", Format::Rss).await;
        assert!(!rss.contains("rel=\"hub\""), "{backend:?}");
        let (atom, _) = feed_text(&s, "", Format::Atom).await;
        assert!(!atom.contains("rel=\"hub\""), "{backend:?}");
        let (json, _) = feed_text(&s, "", Format::Json).await;
        let v: Value = serde_json::from_str(&json).unwrap();
        assert!(v.get("hubs").is_none(), "{backend:?}");
    }
}

/// `<link rel="alternate">` in the head of the home page names the site's feeds, and that of a
/// listing page names the listing's own feeds, so that readers and browsers can find them.
#[tokio::test]
async fn pages_link_their_feeds_with_rel_alternate() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for (page, scope) in [
            ("/", ""),
            ("/region/iraq", "/region/iraq"),
            ("/theme/labour", "/theme/labour"),
            ("/report/ports-in-crisis", "/report/ports-in-crisis"),
            ("/author/jo-park", "/author/jo-park"),
            ("/source/harbour-dispatch", "/source/harbour-dispatch"),
        ] {
            let (status, html) = s.page(page).await;
            assert_eq!(status, 200, "{backend:?} {page}");
            let head = &html[..html.find("</head>").expect("a head")];
            let alternates: Vec<(&str, String)> = tags(head, "link")
                .into_iter()
                .filter(|t| attr(t, "rel") == Some("alternate"))
                .filter_map(|t| {
                    let href = attr(t, "href")?;
                    // A path is resolved against the site, as a browser would.
                    let href = if href.starts_with('/') {
                        s.url(href)
                    } else {
                        href.to_owned()
                    };
                    Some((attr(t, "type")?, href))
                })
                .collect();
            for format in FORMATS {
                let want = (
                    format.media_type(),
                    s.url(&format!("{scope}/{}", format.file())),
                );
                assert!(
                    alternates.contains(&(want.0, want.1.clone())),
                    "{backend:?} {page}: no <link rel=\"alternate\" type=\"{}\" href=\"{}\"> in the head; found {alternates:?}",
                    want.0,
                    want.1
                );
                // The link leads to a valid feed.
                feed(&s, scope, format).await;
            }
            for t in tags(head, "link")
                .into_iter()
                .filter(|t| attr(t, "rel") == Some("alternate") && attr(t, "type").is_some())
            {
                assert!(
                    attr(t, "title").is_some_and(|t| !t.is_empty()),
                    "{backend:?} {page}: a feed link names its feed: {t}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sitemaps and robots.txt
// ---------------------------------------------------------------------------------------------

/// Fetches an XML sitemap document, checks its type and returns its text.
async fn sitemap_text(s: &TestServer, path: &str) -> String {
    let res = s.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        "application/xml; charset=utf-8",
        "{path}"
    );
    res.text().await.unwrap()
}

/// The `<loc>`s of a sitemap index or url set, with their `lastmod` if any, after checking the
/// protocol's rules: the 0.9 namespace, one absolute `loc` per entry, W3C (RFC 3339) dates.
fn sitemap_entries(
    xml: &str,
    root: &str,
    entry: &str,
    what: &str,
) -> Vec<(String, Option<OffsetDateTime>)> {
    let doc = parse_xml(xml, what);
    let top = doc.root_element();
    assert!(
        is(top, Some(SITEMAP_NS), root),
        "{what}: the root is <{root}> in the sitemaps.org 0.9 namespace"
    );
    top.children()
        .filter(Node::is_element)
        .map(|e| {
            assert!(
                is(e, Some(SITEMAP_NS), entry),
                "{what}: only <{entry}> in <{root}>"
            );
            let loc = text(one(e, Some(SITEMAP_NS), "loc", what));
            assert!(
                loc.starts_with("http://") || loc.starts_with("https://"),
                "{what}: an absolute loc: {loc:?}"
            );
            assert!(loc.len() < 2048, "{what}: the protocol's URL length limit");
            let lastmods = children(e, Some(SITEMAP_NS), "lastmod");
            assert!(lastmods.len() <= 1, "{what}");
            let lastmod = lastmods.first().map(|l| rfc3339(&text(*l), what));
            (loc, lastmod)
        })
        .collect()
}

#[tokio::test]
async fn sitemap_index_lists_the_pages_articles_and_news_sitemaps() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let index = sitemap_text(&s, "/sitemap.xml").await;
        let locs: Vec<String> = sitemap_entries(&index, "sitemapindex", "sitemap", "sitemap.xml")
            .into_iter()
            .map(|(loc, _)| loc)
            .collect();
        assert_eq!(
            locs,
            [
                s.url("/sitemaps/pages.xml"),
                s.url("/sitemaps/articles-1.xml"),
                s.url("/sitemaps/news.xml"),
            ],
            "{backend:?}"
        );
        for loc in &locs {
            let path = &loc[s.url("").len()..];
            let xml = sitemap_text(&s, path).await;
            sitemap_entries(&xml, "urlset", "url", path);
        }

        let pages = sitemap_text(&s, "/sitemaps/pages.xml").await;
        let pages: HashSet<String> = sitemap_entries(&pages, "urlset", "url", "pages.xml")
            .into_iter()
            .map(|(loc, _)| loc)
            .collect();
        for path in [
            "/",
            "/region/world",
            "/region/iraq",
            "/theme/labour",
            "/report/ports-in-crisis",
            "/author/jo-park",
            "/source/harbour-dispatch",
        ] {
            assert!(
                pages.contains(&s.url(path)),
                "{backend:?}: {path} in pages.xml"
            );
            assert_eq!(s.page(path).await.0, 200, "{backend:?}: {path} exists");
        }
    }
}

#[tokio::test]
async fn article_sitemap_lists_every_published_article_once() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let xml = sitemap_text(&s, "/sitemaps/articles-1.xml").await;
        let entries = sitemap_entries(&xml, "urlset", "url", "articles-1.xml");
        for (loc, lastmod) in &entries {
            assert!(lastmod.is_some(), "{backend:?}: {loc} has a lastmod");
        }
        let mut locs: Vec<String> = entries.into_iter().map(|(loc, _)| loc).collect();
        locs.sort();
        let mut want: Vec<String> = [
            "/dockers-win-pay-rise",
            "/greve-au-port",
            "/harbour-strike-enters-third-week",
            "/marshes-dry-up",
        ]
        .iter()
        .map(|p| s.url(p))
        .collect();
        want.sort();
        assert_eq!(
            locs, want,
            "{backend:?}: each published article once; no draft, no withdrawn article"
        );

        // Far fewer than SITEMAP_MAX_URLS articles: one file, and the next does not exist.
        for path in [
            "/sitemaps/articles-2.xml",
            "/sitemaps/articles-0.xml",
            "/sitemaps/other.xml",
        ] {
            assert_eq!(s.get(path).await.status(), 404, "{backend:?} {path}");
        }

        // A new article is in the sitemap at once.
        s.add_published(json!({"title": "Cranes stand idle", "body": "x"}))
            .await;
        let xml = sitemap_text(&s, "/sitemaps/articles-1.xml").await;
        let locs: Vec<String> = sitemap_entries(&xml, "urlset", "url", "articles-1.xml")
            .into_iter()
            .map(|(loc, _)| loc)
            .collect();
        assert!(locs.contains(&s.url("/cranes-stand-idle")), "{backend:?}");
        assert_eq!(locs.len(), 5, "{backend:?}");
    }
}

/// The split itself (`count.div_ceil(SITEMAP_MAX_URLS)` files, file `n` starting at
/// `(n - 1) * SITEMAP_MAX_URLS`) is private to the discovery service and would take 50,001
/// articles to reach from here, so only the limit it splits at is checked: the sitemaps
/// protocol's 50,000 URLs per file.
#[test]
fn sitemaps_split_at_the_protocols_limit() {
    assert_eq!(gazette_render::feeds::SITEMAP_MAX_URLS, 50_000);
}

#[tokio::test]
async fn news_sitemap_lists_only_the_last_two_days() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({"title": "Three days old", "body": "x"}))
            .await;
        s.add_published(json!({"title": "Fresh off the quay", "body": "x"}))
            .await;
        s.add_published(json!({"title": "Grève au port", "body": "x", "language": "fr"}))
            .await;
        // Set the publication date back, as the demo's back-dated articles are; nothing has
        // rendered the news sitemap yet, so no cached copy hides the change.
        s.execute_sql(
            "UPDATE articles SET published_at = published_at - 259200000 WHERE slug = 'three-days-old'",
        )
        .await;

        let xml = sitemap_text(&s, "/sitemaps/news.xml").await;
        let doc = parse_xml(&xml, "news.xml");
        let urlset = doc.root_element();
        assert!(is(urlset, Some(SITEMAP_NS), "urlset"), "{backend:?}");
        let now = OffsetDateTime::now_utc();
        let mut found = Vec::new();
        for url in children(urlset, Some(SITEMAP_NS), "url") {
            let loc = text(one(url, Some(SITEMAP_NS), "loc", "news.xml"));
            let news = one(url, Some(NEWS_NS), "news", "news.xml");
            let publication = one(news, Some(NEWS_NS), "publication", "news.xml");
            assert_eq!(
                text(one(publication, Some(NEWS_NS), "name", "news.xml")),
                "Gazette",
                "{backend:?}: the publication's name, as in the settings"
            );
            let language = text(one(publication, Some(NEWS_NS), "language", "news.xml"));
            assert!(
                (2..=3).contains(&language.len())
                    && language.chars().all(|c| c.is_ascii_lowercase()),
                "{backend:?}: an ISO 639 code: {language:?}"
            );
            let date = rfc3339(
                &text(one(news, Some(NEWS_NS), "publication_date", "news.xml")),
                "news.xml",
            );
            assert!(
                now - date < time::Duration::days(2),
                "{backend:?}: {loc} published {date}"
            );
            let title = text(one(news, Some(NEWS_NS), "title", "news.xml"));
            found.push((loc, title, language));
        }
        found.sort();
        assert_eq!(
            found,
            [
                (
                    s.url("/fresh-off-the-quay"),
                    "Fresh off the quay".to_owned(),
                    "en".to_owned()
                ),
                (
                    s.url("/greve-au-port"),
                    "Grève au port".to_owned(),
                    "fr".to_owned()
                ),
            ],
            "{backend:?}"
        );

        // Still published, and so still in the article sitemap.
        let xml = sitemap_text(&s, "/sitemaps/articles-1.xml").await;
        let locs: Vec<String> = sitemap_entries(&xml, "urlset", "url", "articles-1.xml")
            .into_iter()
            .map(|(loc, _)| loc)
            .collect();
        assert!(locs.contains(&s.url("/three-days-old")), "{backend:?}");
    }
}

#[tokio::test]
async fn robots_txt_names_the_sitemap_with_an_absolute_url() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let res = s.get("/robots.txt").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "text/plain; charset=utf-8",
            "{backend:?}"
        );
        let body = res.text().await.unwrap();
        let sitemaps: Vec<&str> = body
            .lines()
            .filter_map(|l| l.strip_prefix("Sitemap:"))
            .map(str::trim)
            .collect();
        assert_eq!(sitemaps, [s.url("/sitemap.xml")], "{backend:?}: {body}");
        assert!(
            body.lines().any(|l| l.trim() == "User-agent: *"),
            "{backend:?}: {body}"
        );
        assert!(
            !body.lines().any(|l| l.trim() == "Disallow: /"),
            "{backend:?}: the site may be crawled"
        );
    }
}

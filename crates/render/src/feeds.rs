//! Syndication and discovery documents: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for any list of
//! articles, and the sitemaps protocol (with its Google News extension).
//!
//! Written by hand rather than templated, because each format's escaping and date rules are
//! strict and small: XML text is escaped here, dates arrive as `OffsetDateTime` and are
//! written in each format's own form (RFC 822 for RSS, RFC 3339 for the others).

use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::{Rfc2822, Rfc3339};

/// A feed: the site or one listing (region, theme, report, author, source).
#[derive(Debug, Clone)]
pub struct FeedView {
    pub title: String,
    pub description: String,
    /// The HTML page this feed follows (absolute).
    pub home_url: String,
    /// Absolute URLs of this feed in each format.
    pub rss_url: String,
    pub atom_url: String,
    pub json_url: String,
    pub language: String,
    /// A WebSub hub to advertise, if one is configured.
    pub hub: Option<String>,
    pub updated: OffsetDateTime,
    pub items: Vec<FeedItem>,
}

#[derive(Debug, Clone)]
pub struct FeedItem {
    /// The article's absolute URL, also its permanent id.
    pub url: String,
    pub title: String,
    pub summary: String,
    /// Sanitised HTML of the full article, or `None` when the site publishes summaries only.
    pub content_html: Option<String>,
    pub authors: Vec<String>,
    pub categories: Vec<String>,
    pub published: OffsetDateTime,
    pub updated: OffsetDateTime,
    pub image: Option<String>,
    pub language: String,
    /// The original's language, on a translated item whose title no engine could translate
    /// (Atom marks it; RSS and JSON Feed have no place for it).
    pub title_language: Option<String>,
}

pub const RSS_TYPE: &str = "application/rss+xml; charset=utf-8";
pub const ATOM_TYPE: &str = "application/atom+xml; charset=utf-8";
pub const JSON_FEED_TYPE: &str = "application/feed+json; charset=utf-8";
pub const XML_TYPE: &str = "application/xml; charset=utf-8";

/// Escapes text for XML element content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped rather than written.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).expect("UTC instants format as RFC 3339")
}

fn rfc822(t: OffsetDateTime) -> String {
    t.format(&Rfc2822).expect("UTC instants format as RFC 2822")
}

pub fn rss(feed: &FeedView) -> String {
    let mut x = String::with_capacity(4096 + feed.items.len() * 2048);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n");
    x.push_str(&format!("<title>{}</title>\n", xml_escape(&feed.title)));
    x.push_str(&format!("<link>{}</link>\n", xml_escape(&feed.home_url)));
    x.push_str(&format!(
        "<description>{}</description>\n",
        xml_escape(&feed.description)
    ));
    x.push_str(&format!(
        "<language>{}</language>\n",
        xml_escape(&feed.language)
    ));
    x.push_str(&format!(
        "<lastBuildDate>{}</lastBuildDate>\n",
        rfc822(feed.updated)
    ));
    x.push_str(&format!(
        "<atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>\n",
        xml_escape(&feed.rss_url)
    ));
    if let Some(hub) = &feed.hub {
        x.push_str(&format!(
            "<atom:link href=\"{}\" rel=\"hub\"/>\n",
            xml_escape(hub)
        ));
    }
    for item in &feed.items {
        x.push_str("<item>\n");
        x.push_str(&format!("<title>{}</title>\n", xml_escape(&item.title)));
        x.push_str(&format!("<link>{}</link>\n", xml_escape(&item.url)));
        x.push_str(&format!(
            "<guid isPermaLink=\"true\">{}</guid>\n",
            xml_escape(&item.url)
        ));
        x.push_str(&format!("<pubDate>{}</pubDate>\n", rfc822(item.published)));
        for author in &item.authors {
            // RSS's <author> wants an email address; Dublin Core carries a name.
            x.push_str(&format!(
                "<dc:creator>{}</dc:creator>\n",
                xml_escape(author)
            ));
        }
        for category in &item.categories {
            x.push_str(&format!("<category>{}</category>\n", xml_escape(category)));
        }
        x.push_str(&format!(
            "<description>{}</description>\n",
            xml_escape(&item.summary)
        ));
        if let Some(html) = &item.content_html {
            x.push_str(&format!(
                "<content:encoded>{}</content:encoded>\n",
                xml_escape(html)
            ));
        }
        x.push_str("</item>\n");
    }
    x.push_str("</channel>\n</rss>\n");
    x
}

pub fn atom(feed: &FeedView) -> String {
    let mut x = String::with_capacity(4096 + feed.items.len() * 2048);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml_escape(&feed.language)
    ));
    x.push_str(&format!("<id>{}</id>\n", xml_escape(&feed.atom_url)));
    x.push_str(&format!("<title>{}</title>\n", xml_escape(&feed.title)));
    if !feed.description.is_empty() {
        x.push_str(&format!(
            "<subtitle>{}</subtitle>\n",
            xml_escape(&feed.description)
        ));
    }
    x.push_str(&format!("<updated>{}</updated>\n", rfc3339(feed.updated)));
    x.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&feed.atom_url)
    ));
    x.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&feed.home_url)
    ));
    if let Some(hub) = &feed.hub {
        x.push_str(&format!(
            "<link rel=\"hub\" href=\"{}\"/>\n",
            xml_escape(hub)
        ));
    }
    // Atom requires an author on every entry or on the feed; the site stands in for entries without one.
    x.push_str(&format!(
        "<author><name>{}</name></author>\n",
        xml_escape(&feed.title)
    ));
    for item in &feed.items {
        x.push_str("<entry>\n");
        x.push_str(&format!("<id>{}</id>\n", xml_escape(&item.url)));
        match &item.title_language {
            Some(lang) => x.push_str(&format!(
                "<title xml:lang=\"{}\">{}</title>\n",
                xml_escape(lang),
                xml_escape(&item.title)
            )),
            None => x.push_str(&format!("<title>{}</title>\n", xml_escape(&item.title))),
        }
        x.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&item.url)
        ));
        x.push_str(&format!(
            "<published>{}</published>\n",
            rfc3339(item.published)
        ));
        x.push_str(&format!("<updated>{}</updated>\n", rfc3339(item.updated)));
        for author in &item.authors {
            x.push_str(&format!(
                "<author><name>{}</name></author>\n",
                xml_escape(author)
            ));
        }
        for category in &item.categories {
            x.push_str(&format!("<category term=\"{}\"/>\n", xml_escape(category)));
        }
        x.push_str(&format!(
            "<summary>{}</summary>\n",
            xml_escape(&item.summary)
        ));
        if let Some(html) = &item.content_html {
            x.push_str(&format!(
                "<content type=\"html\">{}</content>\n",
                xml_escape(html)
            ));
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hubs: Vec<JsonHub<'a>>,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonHub<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    url: &'a str,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    summary: &'a str,
    /// JSON Feed needs content; with summaries only, the summary is the content.
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    date_published: String,
    date_modified: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<JsonAuthor<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    language: &'a str,
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
}

pub fn json_feed(feed: &FeedView) -> String {
    let doc = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &feed.title,
        home_page_url: &feed.home_url,
        feed_url: &feed.json_url,
        description: &feed.description,
        language: &feed.language,
        hubs: feed
            .hub
            .iter()
            .map(|url| JsonHub {
                kind: "WebSub",
                url,
            })
            .collect(),
        items: feed
            .items
            .iter()
            .map(|i| JsonItem {
                id: &i.url,
                url: &i.url,
                title: &i.title,
                summary: &i.summary,
                content_html: i.content_html.as_deref(),
                content_text: if i.content_html.is_none() {
                    Some(&i.summary)
                } else {
                    None
                },
                date_published: rfc3339(i.published),
                date_modified: rfc3339(i.updated),
                authors: i.authors.iter().map(|name| JsonAuthor { name }).collect(),
                tags: i.categories.iter().map(String::as_str).collect(),
                image: i.image.as_deref(),
                language: &i.language,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).expect("feeds serialise")
}

/// One `<url>` of a sitemap.
#[derive(Debug, Clone)]
pub struct SitemapUrl {
    pub loc: String,
    pub lastmod: Option<OffsetDateTime>,
    /// Every language version of the page, this one included, as (`hreflang`, URL), written
    /// as `xhtml:link` alternates; empty when the page has one version.
    pub alternates: Vec<(String, String)>,
}

/// The protocol's limit per sitemap file (the 50 MB limit is far off at this size).
pub const SITEMAP_MAX_URLS: usize = 50_000;

pub fn sitemap(urls: &[SitemapUrl]) -> String {
    let mut x = String::with_capacity(200 + urls.len() * 120);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for u in urls {
        x.push_str(&format!("<url><loc>{}</loc>", xml_escape(&u.loc)));
        if let Some(t) = u.lastmod {
            x.push_str(&format!("<lastmod>{}</lastmod>", rfc3339(t)));
        }
        for (lang, href) in &u.alternates {
            x.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml_escape(lang),
                xml_escape(href)
            ));
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x
}

pub fn sitemap_index(sitemaps: &[SitemapUrl]) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for s in sitemaps {
        x.push_str(&format!("<sitemap><loc>{}</loc>", xml_escape(&s.loc)));
        if let Some(t) = s.lastmod {
            x.push_str(&format!("<lastmod>{}</lastmod>", rfc3339(t)));
        }
        x.push_str("</sitemap>\n");
    }
    x.push_str("</sitemapindex>\n");
    x
}

/// An article for the Google News sitemap.
#[derive(Debug, Clone)]
pub struct NewsUrl {
    pub loc: String,
    pub title: String,
    pub language: String,
    pub published: OffsetDateTime,
}

pub fn news_sitemap(publication: &str, urls: &[NewsUrl]) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
    );
    for u in urls {
        x.push_str(&format!(
            "<url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication><news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            xml_escape(&u.loc),
            xml_escape(publication),
            xml_escape(&u.language),
            rfc3339(u.published),
            xml_escape(&u.title)
        ));
    }
    x.push_str("</urlset>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn feed() -> FeedView {
        FeedView {
            title: "Review & Co <test>".into(),
            description: "All articles".into(),
            home_url: "https://r.example/".into(),
            rss_url: "https://r.example/feed.rss".into(),
            atom_url: "https://r.example/feed.atom".into(),
            json_url: "https://r.example/feed.json".into(),
            language: "en".into(),
            hub: Some("https://hub.example/".into()),
            updated: datetime!(2026-11-20 09:30 UTC),
            items: vec![FeedItem {
                url: "https://r.example/a".into(),
                title: "Dockers \"stay out\"".into(),
                summary: "Lead".into(),
                content_html: Some("<p>Body &amp; more</p>".into()),
                authors: vec!["Lina Haddad".into()],
                categories: vec!["Labour".into()],
                published: datetime!(2026-11-20 09:30 UTC),
                updated: datetime!(2026-11-21 10:00 UTC),
                image: None,
                language: "en".into(),
                title_language: None,
            }],
        }
    }

    #[test]
    fn rss_escapes_and_dates_in_rfc822() {
        let x = rss(&feed());
        assert!(x.contains("<title>Review &amp; Co &lt;test&gt;</title>"));
        assert!(x.contains("<pubDate>Fri, 20 Nov 2026 09:30:00 +0000</pubDate>"));
        assert!(x.contains("&lt;p&gt;Body &amp;amp; more&lt;/p&gt;"));
        assert!(x.contains("rel=\"hub\""));
    }

    #[test]
    fn atom_dates_in_rfc3339() {
        let x = atom(&feed());
        assert!(x.contains("<updated>2026-11-21T10:00:00Z</updated>"));
        assert!(x.contains("<id>https://r.example/a</id>"));
    }

    #[test]
    fn json_feed_is_version_1_1() {
        let v: serde_json::Value = serde_json::from_str(&json_feed(&feed())).unwrap();
        assert_eq!(v["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(v["items"][0]["authors"][0]["name"], "Lina Haddad");
        assert_eq!(v["hubs"][0]["type"], "WebSub");
    }

    #[test]
    fn control_characters_never_reach_xml() {
        assert_eq!(xml_escape("a\u{1}b\u{FFFF}"), "ab");
    }
}

//! Partner feeds: RSS (0.9x, 1.0, 2.0), Atom and JSON Feed, read into the few facts a poll
//! needs: which items the feed lists, where each one's page is, and when it last changed.
//!
//! The parsing is feed-rs's; this module picks each item's page link among its links and keeps a
//! stamp that changes when the partner updates the item.

use time::OffsetDateTime;
use url::Url;

/// One item a feed lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The feed's id for the item (guid, Atom id, JSON Feed id), or one feed-rs derives from its
    /// link and title when the feed gives none.
    pub guid: String,
    /// The item's web page, absolute.
    pub url: String,
    pub title: Option<String>,
    pub published: Option<OffsetDateTime>,
    /// The updated time if the feed gives one, else the published time, else empty: a poll
    /// fetches the page again when this differs from the last poll's.
    pub stamp: String,
}

#[derive(Debug, thiserror::Error)]
#[error("not a readable RSS, Atom or JSON feed: {0}")]
pub struct FeedError(String);

/// Reads a feed's items. `feed_url` resolves relative links. Items with no http(s) page link are
/// left out (a podcast enclosure is not an article).
pub fn parse_feed(body: &[u8], feed_url: &str) -> Result<Vec<FeedItem>, FeedError> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url))
        .build()
        .parse(body)
        .map_err(|e| FeedError(e.to_string()))?;
    let base = Url::parse(feed_url).ok();
    Ok(feed
        .entries
        .into_iter()
        .filter_map(|entry| {
            let url = page_link(&entry, base.as_ref())?;
            let published = entry
                .published
                .or(entry.updated)
                .and_then(|t| OffsetDateTime::from_unix_timestamp(t.timestamp()).ok());
            let stamp = entry
                .updated
                .or(entry.published)
                .map(|t| t.to_rfc3339())
                .unwrap_or_default();
            Some(FeedItem {
                guid: entry.id,
                url,
                title: entry.title.map(|t| t.content.trim().to_owned()),
                published,
                stamp,
            })
        })
        .collect())
}

/// The item's own page: its `alternate` (or unlabelled) link that is http(s), or an id that is
/// itself such a URL (RSS guids with `isPermaLink`).
fn page_link(entry: &feed_rs::model::Entry, base: Option<&Url>) -> Option<String> {
    let absolute = |href: &str| -> Option<String> {
        let url = match base {
            Some(base) => base.join(href).ok()?,
            None => Url::parse(href).ok()?,
        };
        matches!(url.scheme(), "http" | "https").then(|| url.to_string())
    };
    entry
        .links
        .iter()
        .filter(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .find_map(|l| absolute(&l.href))
        .or_else(|| {
            entry
                .id
                .starts_with("http")
                .then(|| absolute(&entry.id))
                .flatten()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rss_items_with_relative_links() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>P</title>
            <item><title>One</title><link>/a/one</link><guid isPermaLink="false">p-1</guid>
              <pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>
            <item><title>Audio</title><enclosure url="https://p.example/x.mp3" type="audio/mpeg" length="1"/></item>
            </channel></rss>"#;
        let items = parse_feed(rss, "https://partner.example/feed.xml").unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].guid, "p-1");
        assert_eq!(items[0].url, "https://partner.example/a/one");
        assert_eq!(items[0].title.as_deref(), Some("One"));
        assert_eq!(items[0].stamp, "2026-11-30T08:00:00+00:00");
    }

    #[test]
    fn reads_atom_alternate_links_and_updated_stamps() {
        let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><id>urn:p</id>
            <updated>2026-11-30T09:00:00Z</updated>
            <entry><id>urn:p:2</id><title>Two</title>
              <link rel="edit" href="https://partner.example/edit/2"/>
              <link rel="alternate" href="https://partner.example/two"/>
              <published>2026-11-29T09:00:00Z</published><updated>2026-11-30T09:00:00Z</updated></entry>
            </feed>"#;
        let items = parse_feed(atom, "https://partner.example/atom").unwrap();
        assert_eq!(items[0].url, "https://partner.example/two");
        assert_eq!(items[0].stamp, "2026-11-30T09:00:00+00:00");
        assert_eq!(
            items[0].published.unwrap().unix_timestamp(),
            OffsetDateTime::parse(
                "2026-11-29T09:00:00Z",
                &time::format_description::well_known::Rfc3339
            )
            .unwrap()
            .unix_timestamp()
        );
    }

    #[test]
    fn reads_json_feed() {
        let json = br#"{"version":"https://jsonfeed.org/version/1.1","title":"P",
            "items":[{"id":"3","url":"https://partner.example/three","title":"Three",
                      "date_published":"2026-11-28T10:00:00Z"}]}"#;
        let items = parse_feed(json, "https://partner.example/feed.json").unwrap();
        assert_eq!(items[0].guid, "3");
        assert_eq!(items[0].url, "https://partner.example/three");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for bad in [
            &b""[..],
            b"<html><body>no feed</body></html>",
            b"{\"x\":",
            b"\xff\xfe<",
        ] {
            assert!(parse_feed(bad, "https://p.example/").is_err());
        }
    }
}

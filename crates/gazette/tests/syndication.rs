//! Syndication for real: a partner's site served from 127.0.0.1, its pages imported through the
//! Admin API, its feed polled by the job queue, on SQLite and PostgreSQL.

use std::time::Duration;

use gazette_testkit::partner::PartnerSite;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer, backends};
use serde_json::{Value, json};

/// A partner's article page with the furniture such pages carry around the article.
fn partner_page(base: &str, path: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | Tidewater Review</title>
<link rel="canonical" href="{base}{path}">
<meta property="og:site_name" content="Tidewater Review">
<meta property="og:description" content="Why the estuary's fishing cooperatives are rewriting their charters.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",
 "datePublished":"2026-11-20T07:30:00Z","author":[{{"@type":"Person","name":"Ines Okafor"}},{{"@type":"Person","name":"Tomas Lind"}}]}}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept cookies</div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a> <a href="/about">About us</a></nav></header>
<main><article>
<h1>{title}</h1>
<div class="byline">By Ines Okafor and Tomas Lind</div>
<div class="share-buttons">Share this story: <a href="https://social.example/share">Share</a> <a href="mailto:?">Email</a></div>
{body}
<h2>What comes next</h2>
<ul><li>A vote on the new charter in January.</li><li>A review of quotas in the spring.</li></ul>
<figure><img src="/img/harbour.jpg" alt="Boats at the quay"><figcaption>Boats at the cooperative's quay.</figcaption></figure>
<div class="newsletter-signup">Sign up to our newsletter for the week's best stories in your inbox.</div>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbour tolls rise again</a></li><li><a href="/b">A season of storms</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>Join the discussion below.</p></section>
</main>
<footer><p>© 2026 Tidewater Review. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"#
    )
}

const PARAGRAPHS: [&str; 4] = [
    "The fishing cooperatives of the lower estuary voted last week to open their books to members, ending a practice of private accounting that had lasted four decades.",
    "Members had long complained that the price paid at the quay bore little relation to the price the catch fetched inland, and that the difference was never explained at any general meeting.",
    "Under the new rules every member may inspect the ledgers twice a year, and an auditor chosen by lot from among the members will sign the accounts before they are published.",
    "Older members worried that openness would drive away the wholesale buyers who prefer quiet terms, but the vote passed by a wide margin in all three harbours.",
];

async fn start(backend: Backend) -> TestServer {
    TestServer::start_with(backend, |c| {
        c.syndication.allow_private = vec!["127.0.0.1/32".into()];
    })
    .await
}

/// A server that may fetch from 127.0.0.1, and a partner site known to it as the Source
/// `tidewater`, with `terms` (JSON fields) added to the Source.
async fn with_partner(backend: Backend, terms: Value) -> (TestServer, PartnerSite) {
    let s = start(backend).await;
    let partner = PartnerSite::start().await;
    let mut source =
        json!({"slug": "tidewater", "name": "Tidewater Review", "home_url": partner.url("/")});
    source
        .as_object_mut()
        .unwrap()
        .extend(terms.as_object().unwrap().clone());
    let (status, body) = s
        .admin(Method::POST, "/api/v1/admin/sources", Some(source))
        .await;
    assert_eq!(status, 201, "{backend:?}: {body}");
    (s, partner)
}

async fn import(s: &TestServer, url: &str) -> (u16, Value) {
    s.admin(
        Method::POST,
        "/api/v1/admin/imports",
        Some(json!({ "url": url })),
    )
    .await
}

#[tokio::test]
async fn a_page_becomes_a_credited_draft_and_importing_it_again_updates_that_draft() {
    for backend in backends().await {
        // The partner is known: its Source is matched by domain, whatever the path.
        let (s, partner) = with_partner(
            backend,
            json!({"copyright_template": "© {year} {source}; by {authors}"}),
        )
        .await;
        let ctx = format!("{backend:?}");
        let path = "/2026/11/cooperatives-open-their-books";
        let title = "Cooperatives open their books";
        partner.put_html(path, &partner_page(&partner.base, path, title, &PARAGRAPHS));

        let (status, first) = import(&s, &partner.url(path)).await;
        assert_eq!(status, 201, "{ctx}: {first}");
        assert_eq!(first["outcome"], "created", "{ctx}");
        assert_eq!(first["source"], "tidewater", "{ctx}");
        let article = &first["article"];
        assert_eq!(article["status"], "draft", "{ctx}");
        assert_eq!(article["title"], title, "{ctx}");
        assert_eq!(article["original"]["url"], partner.url(path), "{ctx}");
        assert_eq!(article["original"]["date"], "2026-11-20", "{ctx}");
        assert_eq!(
            article["standfirst"],
            "Why the estuary's fishing cooperatives are rewriting their charters.",
            "{ctx}"
        );
        let bylines: Vec<&str> = article["authors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect();
        assert_eq!(bylines, ["Ines Okafor", "Tomas Lind"], "{ctx}");
        let body = article["body_html"].as_str().unwrap();
        for paragraph in PARAGRAPHS {
            assert!(
                body.contains(paragraph),
                "{ctx}: lost {paragraph:?} in {body}"
            );
        }
        assert!(body.contains("<h2>What comes next</h2>"), "{ctx}: {body}");
        assert!(
            body.contains("<li>A vote on the new charter in January.</li>"),
            "{ctx}"
        );
        for furniture in [
            "cookies",
            "Share this story",
            "newsletter",
            "Related stories",
            "Join the discussion",
            "All rights reserved",
            "About us",
        ] {
            assert!(
                !body.contains(furniture),
                "{ctx}: kept {furniture:?}: {body}"
            );
        }
        assert!(!body.contains("<script"), "{ctx}");
        let id = article["id"].as_i64().unwrap();

        // The same page again: the same draft, untouched.
        let (status, again) = import(&s, &partner.url(path)).await;
        assert_eq!(
            (status, again["outcome"].as_str()),
            (200, Some("unchanged")),
            "{ctx}: {again}"
        );
        assert_eq!(again["article"]["id"], id, "{ctx}");
        assert_eq!(again["article"]["revision"], 1, "{ctx}");
        assert_eq!(again["record"], first["record"], "{ctx}");

        // The partner corrects the piece: the draft follows, as a new revision.
        let mut corrected = PARAGRAPHS.to_vec();
        corrected[2] = "Under the new rules every member may inspect the ledgers four times a year, and an auditor chosen by lot will sign the accounts before they are published.";
        partner.put_html(path, &partner_page(&partner.base, path, title, &corrected));
        let (status, updated) = import(&s, &partner.url(path)).await;
        assert_eq!(
            (status, updated["outcome"].as_str()),
            (200, Some("updated")),
            "{ctx}: {updated}"
        );
        assert_eq!(updated["article"]["id"], id, "{ctx}");
        assert_eq!(updated["article"]["revision"], 2, "{ctx}");
        assert!(
            updated["article"]["body_html"]
                .as_str()
                .unwrap()
                .contains("four times a year"),
            "{ctx}"
        );

        // Published, the article credits the partner by its template.
        let (status, published) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/publish"),
                None,
            )
            .await;
        assert_eq!(status, 200, "{ctx}: {published}");
        let slug = published["slug"].as_str().unwrap().to_owned();
        let page = s.get(&format!("/{slug}")).await.text().await.unwrap();
        assert!(
            page.contains("© 2026 Tidewater Review; by Ines Okafor, Tomas Lind"),
            "{ctx}"
        );
        assert!(
            page.contains(&partner.url(path)),
            "{ctx}: the original is linked"
        );

        // A change to the original of a published article is flagged, not applied.
        corrected[3] = "Older members worried about the wholesale buyers, but the vote passed.";
        partner.put_html(path, &partner_page(&partner.base, path, title, &corrected));
        let (status, flagged) = import(&s, &partner.url(path)).await;
        assert_eq!(
            (status, flagged["outcome"].as_str()),
            (200, Some("original_changed")),
            "{ctx}: {flagged}"
        );
        assert_eq!(flagged["article"]["revision"], 2, "{ctx}");
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        let entry = queue
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["article_id"] == id)
            .unwrap_or_else(|| panic!("{ctx}: not flagged: {queue}"));
        assert_eq!(entry["original_changed"], true, "{ctx}");
        let record = entry["id"].as_i64().unwrap();
        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/imports/{record}/acknowledge"),
                None,
            )
            .await;
        assert_eq!(status, 204, "{ctx}");
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        assert_eq!(queue, json!([]), "{ctx}");

        // A page from a site with no Source yet makes one from the page's site name.
        let other = "/stories/storm-season";
        let page = partner_page(
            "http://rival.example",
            other,
            "A season of storms",
            &PARAGRAPHS[..3],
        );
        partner.put_html(other, &page);
        let port = partner.base.rsplit(':').next().unwrap();
        let (status, new_source) = import(&s, &format!("http://localhost:{port}{other}")).await;
        assert_eq!(status, 201, "{ctx}: {new_source}");
        assert_eq!(new_source["source"], "tidewater-review", "{ctx}");
        assert_eq!(
            new_source["canonical_url"],
            format!("http://localhost:{port}{other}"),
            "{ctx}: a canonical URL on another site is not believed"
        );
    }
}

#[tokio::test]
async fn bad_urls_are_refused_by_name_and_leave_nothing_behind() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let partner = PartnerSite::start().await;
        let path = "/a/story";
        partner.put_html(
            path,
            &partner_page(&partner.base, path, "A story", &PARAGRAPHS),
        );

        // Without the operator's leave, loopback is out of reach.
        let guarded = TestServer::start(backend).await;
        let (status, err) = import(&guarded, &partner.url(path)).await;
        assert_eq!(status, 422, "{ctx}: {err}");
        assert_eq!(err["error"]["field"], "url", "{ctx}");
        assert!(
            err["error"]["message"]
                .as_str()
                .unwrap()
                .contains("not allowed"),
            "{ctx}: {err}"
        );
        assert_eq!(partner.hits(path), (0, 0), "{ctx}: nothing was sent");

        let s = start(backend).await;
        partner.put(
            path.replace("story", "logo.png").as_str(),
            "image/png",
            vec![0x89, b'P', b'N', b'G'],
        );
        partner.put_html("/empty", "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
        for (url, status, needle) in [
            (
                "ftp://files.example/a".to_owned(),
                422,
                "not a valid http(s) URL",
            ),
            ("not a url".to_owned(), 422, "not a valid http(s) URL"),
            (partner.url("/missing"), 502, "404"),
            (partner.url("/a/logo.png"), 422, "not an HTML page"),
            (partner.url("/empty"), 422, "no article text"),
        ] {
            let (got, err) = import(&s, &url).await;
            assert_eq!(got, status, "{ctx}: {url}: {err}");
            let message = err["error"]["message"].as_str().unwrap_or_default();
            assert!(message.contains(needle), "{ctx}: {url}: {message}");
        }
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 0, "{ctx}: {list}");
        let (_, sources) = s.admin(Method::GET, "/api/v1/sources", None).await;
        assert_eq!(
            sources.as_array().map(Vec::len),
            Some(0),
            "{ctx}: {sources}"
        );
    }
}

fn rss(base: &str, items: &[(&str, &str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(guid, path, stamp)| {
            format!("<item><title>t</title><link>{base}{path}</link><guid isPermaLink=\"false\">{guid}</guid><pubDate>{stamp}</pubDate></item>")
        })
        .collect();
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater</title><link>{base}/</link>{items}</channel></rss>"#
    )
}

/// Waits until the feed has been polled `polls` times in all (by the partner's count of full and
/// 304 answers).
async fn wait_for_polls(partner: &PartnerSite, feed: &str, polls: usize, ctx: &str) {
    for _ in 0..200 {
        let (full, not_modified) = partner.hits(feed);
        if full + not_modified >= polls {
            // Let the poll finish importing what it fetched.
            tokio::time::sleep(Duration::from_millis(300)).await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{ctx}: the feed was not polled {polls} times: {:?}",
        partner.hits(feed)
    );
}

#[tokio::test]
async fn a_feed_is_polled_conditionally_into_the_review_queue_without_duplicates() {
    for backend in backends().await {
        let (s, partner) = with_partner(backend, json!({})).await;
        let ctx = format!("{backend:?}");
        let one = "/2026/11/one";
        let two = "/2026/11/two";
        partner.put_html(
            one,
            &partner_page(&partner.base, one, "The first report", &PARAGRAPHS),
        );
        partner.put_html(
            two,
            &partner_page(&partner.base, two, "The second report", &PARAGRAPHS[1..]),
        );
        let stamp = "Fri, 20 Nov 2026 07:30:00 GMT";
        partner.put(
            "/feed.xml",
            "application/rss+xml",
            rss(&partner.base, &[("g1", one, stamp), ("g2", two, stamp)]),
        );

        let (status, feed) = s
            .admin(
                Method::POST,
                "/api/v1/admin/sources/tidewater/feeds",
                Some(json!({"url": partner.url("/feed.xml")})),
            )
            .await;
        assert_eq!(status, 201, "{ctx}: {feed}");
        let feed_id = feed["id"].as_i64().unwrap();
        wait_for_polls(&partner, "/feed.xml", 1, &ctx).await;
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        let mut titles: Vec<&str> = queue
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["title"].as_str().unwrap())
            .collect();
        titles.sort();
        assert_eq!(
            titles,
            ["The first report", "The second report"],
            "{ctx}: {queue}"
        );
        assert!(
            queue
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["state"] == "review" && e["status"] == "draft"),
            "{ctx}"
        );
        assert_eq!((partner.hits(one).0, partner.hits(two).0), (1, 1), "{ctx}");

        // The next poll sends the ETag back and is answered 304: nothing is fetched again.
        s.admin(
            Method::POST,
            &format!("/api/v1/admin/feeds/{feed_id}/poll"),
            None,
        )
        .await;
        wait_for_polls(&partner, "/feed.xml", 2, &ctx).await;
        assert_eq!(partner.hits("/feed.xml"), (1, 1), "{ctx}");
        let (_, feeds) = s
            .admin(Method::GET, "/api/v1/admin/sources/tidewater/feeds", None)
            .await;
        assert_eq!(feeds[0]["conditional"], true, "{ctx}: {feeds}");
        assert_eq!(feeds[0]["last_error"], Value::Null, "{ctx}: {feeds}");

        // The partner updates the first story, and lists the second again under a tracking
        // address (same canonical link) and a third copy of it at a new address with no
        // canonical link: the same content from the same Source.
        partner.put_html(
            one,
            &partner_page(&partner.base, one, "The first report", &PARAGRAPHS[..3]),
        );
        let tracked = "/2026/11/two?utm_source=feed";
        partner.put_html(
            tracked,
            &partner_page(&partner.base, two, "The second report", &PARAGRAPHS[1..]),
        );
        let copy = "/mirror/two";
        partner.put_html(
            copy,
            &partner_page(&partner.base, two, "The second report", &PARAGRAPHS[1..])
                .replace("<link rel=\"canonical\"", "<link rel=\"alternate\""),
        );
        let later = "Sat, 21 Nov 2026 09:00:00 GMT";
        partner.put(
            "/feed.xml",
            "application/rss+xml",
            rss(
                &partner.base,
                &[
                    ("g1", one, later),
                    ("g2", two, stamp),
                    ("g3", tracked, stamp),
                    ("g4", copy, stamp),
                ],
            ),
        );
        s.admin(
            Method::POST,
            &format!("/api/v1/admin/feeds/{feed_id}/poll"),
            None,
        )
        .await;
        wait_for_polls(&partner, "/feed.xml", 3, &ctx).await;
        assert_eq!(
            partner.hits(one).0,
            2,
            "{ctx}: the changed item is fetched again"
        );
        assert_eq!(partner.hits(two).0, 1, "{ctx}: the unchanged item is not");
        assert_eq!(
            (partner.hits(tracked).0, partner.hits(copy).0),
            (1, 1),
            "{ctx}"
        );
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 2, "{ctx}: duplicates were made: {list}");
        let first = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == "The first report")
            .unwrap();
        assert_eq!(
            first["revision"], 2,
            "{ctx}: an unedited draft follows its original"
        );
        assert!(
            !first["body_html"]
                .as_str()
                .unwrap()
                .contains("Older members"),
            "{ctx}"
        );

        // Accept one, reject the other: the rejected one does not come back.
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        let record = |title: &str| {
            queue
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["title"] == title)
                .unwrap()["id"]
                .as_i64()
                .unwrap()
        };
        let (status, accepted) = s
            .admin(
                Method::POST,
                &format!(
                    "/api/v1/admin/imports/{}/accept",
                    record("The first report")
                ),
                None,
            )
            .await;
        assert_eq!(
            (status, accepted["status"].as_str()),
            (200, Some("published")),
            "{ctx}: {accepted}"
        );
        let (status, _) = s
            .admin(
                Method::POST,
                &format!(
                    "/api/v1/admin/imports/{}/reject",
                    record("The second report")
                ),
                None,
            )
            .await;
        assert_eq!(status, 204, "{ctx}");
        partner.put(
            "/feed.xml",
            "application/rss+xml",
            rss(&partner.base, &[("g2", two, later)]),
        );
        s.admin(
            Method::POST,
            &format!("/api/v1/admin/feeds/{feed_id}/poll"),
            None,
        )
        .await;
        wait_for_polls(&partner, "/feed.xml", 4, &ctx).await;
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 1, "{ctx}: {list}");
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        assert_eq!(queue, json!([]), "{ctx}");
    }
}

#[tokio::test]
async fn a_trusted_partners_items_are_published_at_once_and_a_broken_feed_says_why() {
    for backend in backends().await {
        let (s, partner) = with_partner(backend, json!({"trusted": true})).await;
        let ctx = format!("{backend:?}");
        let one = "/2026/11/one";
        partner.put_html(
            one,
            &partner_page(
                &partner.base,
                one,
                "Quay prices published weekly",
                &PARAGRAPHS,
            ),
        );
        let json_feed = json!({"version": "https://jsonfeed.org/version/1.1", "title": "Tidewater",
            "items": [{"id": "j1", "url": partner.url(one), "date_published": "2026-11-20T07:30:00Z"}]});
        partner.put("/feed.json", "application/feed+json", json_feed.to_string());
        partner.put(
            "/broken.xml",
            "application/rss+xml",
            "<rss><channel><item><title>cut off",
        );
        for feed in ["/feed.json", "/broken.xml"] {
            let (status, _) = s
                .admin(
                    Method::POST,
                    "/api/v1/admin/sources/tidewater/feeds",
                    Some(json!({"url": partner.url(feed)})),
                )
                .await;
            assert_eq!(status, 201, "{ctx}");
        }
        wait_for_polls(&partner, "/feed.json", 1, &ctx).await;
        wait_for_polls(&partner, "/broken.xml", 1, &ctx).await;
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["items"][0]["status"], "published", "{ctx}: {list}");
        let slug = list["items"][0]["slug"].as_str().unwrap();
        assert_eq!(s.get(&format!("/{slug}")).await.status(), 200, "{ctx}");
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        assert_eq!(
            queue,
            json!([]),
            "{ctx}: a trusted item does not wait for review"
        );

        let (_, feeds) = s
            .admin(Method::GET, "/api/v1/admin/sources/tidewater/feeds", None)
            .await;
        let broken = feeds
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["url"].as_str().unwrap().ends_with("/broken.xml"))
            .unwrap();
        assert!(
            broken["last_error"]
                .as_str()
                .unwrap_or_default()
                .contains("not a readable"),
            "{ctx}: {feeds}"
        );

        // Bad feed addresses are refused when attached.
        for bad in ["gopher://x.example/feed", ""] {
            let (status, err) = s
                .admin(
                    Method::POST,
                    "/api/v1/admin/sources/tidewater/feeds",
                    Some(json!({"url": bad})),
                )
                .await;
            assert_eq!(
                (status, err["error"]["field"].as_str()),
                (422, Some("url")),
                "{ctx}: {err}"
            );
        }
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/sources/nobody/feeds",
                Some(json!({"url": partner.url("/feed.json")})),
            )
            .await;
        assert_eq!(status, 404, "{ctx}");
    }
}

#[tokio::test]
async fn gazette_import_url_makes_the_draft_and_a_second_run_changes_nothing() {
    const BIN: &str = env!("CARGO_BIN_EXE_gazette");
    let backend = Backend::Sqlite;
    let s = start(backend).await;
    let partner = PartnerSite::start().await;
    let path = "/2026/11/quay-prices";
    partner.put_html(
        path,
        &partner_page(&partner.base, path, "Quay prices, explained", &PARAGRAPHS),
    );
    let allow = "[syndication]\nallow_private = [\"127.0.0.1\"]\n";
    let url = partner.url(path);

    let first = s.run_cli(BIN, &["import", "url", &url], allow).await;
    assert!(first.ok, "{}", first.stderr);
    assert!(
        first
            .stdout
            .starts_with(&format!("created: {url} (source tidewater-review)")),
        "{}",
        first.stdout
    );
    assert!(
        first
            .stdout
            .contains("\"Quay prices, explained\", draft, revision 1"),
        "{}",
        first.stdout
    );
    let second = s.run_cli(BIN, &["import", "url", &url], allow).await;
    assert!(second.ok, "{}", second.stderr);
    assert!(second.stdout.starts_with("unchanged:"), "{}", second.stdout);
    let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
    assert_eq!(list["total"], 1, "{list}");

    // Without the operator's leave the command refuses, naming why, and exits non-zero.
    let refused = s.run_cli(BIN, &["import", "url", &url], "").await;
    assert!(!refused.ok);
    assert!(refused.stderr.contains("not allowed"), "{}", refused.stderr);
}

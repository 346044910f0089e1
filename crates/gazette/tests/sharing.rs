//! How an article travels: structured data, link previews, canonical links, share links, the
//! Mastodon hand-off and the "Republish this article" box.

use gazette_testkit::html::{attr, link_rel, tags};
use gazette_testkit::reqwest::{Method, redirect};
use gazette_testkit::{TestServer, article_id, backends};
use serde_json::{Value, json};

/// The NewsArticle JSON-LD of a page.
fn structured_data(html: &str) -> Value {
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("JSON-LD on an article page");
    let json = &html[start + r#"<script type="application/ld+json">"#.len()..];
    let end = json.find("</script>").unwrap();
    serde_json::from_str(&json[..end]).expect("JSON-LD parses")
}

async fn set_settings(s: &TestServer, change: impl FnOnce(&mut Value)) {
    let (status, mut settings) = s.admin(Method::GET, "/api/v1/admin/settings", None).await;
    assert_eq!(status, 200);
    change(&mut settings);
    let (status, out) = s
        .admin(Method::PUT, "/api/v1/admin/settings", Some(settings))
        .await;
    assert_eq!(status, 200, "{out}");
}

#[tokio::test]
async fn a_republished_article_credits_its_original_everywhere_machines_look() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_author("amal-rahim", "Amal Rahim").await;
        s.create(
            "/api/v1/admin/sources",
            json!({"slug": "harbour-dispatch", "name": "Harbour Dispatch", "home_url": "https://harbourdispatch.example",
                   "canonical_to_original": true}),
        )
        .await;
        s.add_published(json!({
            "slug": "cranes-stand-still", "title": "Cranes stand still", "standfirst": "The port is quiet.",
            "body": "Nothing moved.", "authors": ["amal-rahim"],
            "image": {"src": "/media/cranes.svg", "alt": "Cranes", "caption": "Idle", "credit": "Studio"},
            "original": {"source": "harbour-dispatch", "url": "https://harbourdispatch.example/2026/cranes", "date": "2026-11-18"}
        }))
        .await;
        let (status, html) = s.page("/cranes-stand-still").await;
        assert_eq!(status, 200);
        let ld = structured_data(&html);
        assert_eq!(ld["@type"], "NewsArticle", "{backend:?}");
        assert_eq!(ld["headline"], "Cranes stand still");
        assert_eq!(ld["author"][0]["name"], "Amal Rahim");
        assert_eq!(ld["image"][0], s.url("/media/cranes.svg"));
        assert_eq!(
            ld["isBasedOn"]["url"],
            "https://harbourdispatch.example/2026/cranes"
        );
        assert_eq!(ld["isBasedOn"]["publisher"]["name"], "Harbour Dispatch");
        assert!(
            ld["datePublished"]
                .as_str()
                .is_some_and(|d| d.ends_with('Z'))
        );
        // The partner asked for the canonical link to point at its original.
        assert_eq!(
            link_rel(&html, "canonical"),
            Some("https://harbourdispatch.example/2026/cranes")
        );
        let og_image = tags(&html, "meta")
            .into_iter()
            .find(|t| attr(t, "property") == Some("og:image"));
        assert_eq!(
            og_image.and_then(|t| attr(t, "content")),
            Some(s.url("/media/cranes.svg").as_str())
        );
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        // The partner did not allow republication from our pages.
        assert!(!html.contains("Republish this article"), "{backend:?}");
    }
}

#[tokio::test]
async fn share_links_carry_the_address_and_need_no_third_party_script() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({"slug": "ports-and-power", "title": "Ports & power: who wins?", "body": "Text."})).await;
        let (_, html) = s.page("/ports-and-power").await;
        let url = s.url("/ports-and-power");
        let encoded: String =
            gazette_testkit::reqwest::Url::parse_with_params("http://x/", &[("u", url.as_str())])
                .unwrap()
                .query()
                .unwrap()
                .trim_start_matches("u=")
                .to_owned();
        let links: Vec<&str> = tags(&html, "a")
            .into_iter()
            .filter_map(|t| attr(t, "href"))
            .collect();
        for prefix in [
            "mailto:?subject=",
            "/share/mastodon?text=",
            "https://bsky.app/intent/compose?text=",
            "https://x.com/intent/post?",
            "https://www.facebook.com/sharer/sharer.php?u=",
            "https://t.me/share/url?url=",
            "https://wa.me/?text=",
            "https://www.reddit.com/submit?url=",
            "https://www.linkedin.com/sharing/share-offsite/?url=",
        ] {
            let link = links
                .iter()
                .find(|l| l.starts_with(prefix))
                .unwrap_or_else(|| panic!("{backend:?}: no {prefix} link"));
            if !prefix.starts_with("mailto") {
                assert!(link.contains(&encoded), "{link} should carry {encoded}");
            }
        }
        // The copy-link field holds the address even without the script.
        let input = tags(&html, "input")
            .into_iter()
            .find(|t| attr(t, "id") == Some("copy-url"))
            .unwrap();
        assert_eq!(attr(input, "value"), Some(url.as_str()));
        // Scripts: only our own.
        for script in tags(&html, "script") {
            if let Some(src) = attr(script, "src") {
                assert!(src.starts_with("/static/"), "{src}");
            }
        }
        let (status, js) = s.page("/static/share.js").await;
        assert_eq!(status, 200);
        assert!(js.contains("localStorage"));
        // Printing: the site's furniture and the share box go, link addresses are shown.
        let (_, css) = s.page("/static/style.css").await;
        let print = &css[css.find("@media print").expect("a print stylesheet")..];
        assert!(
            print.contains(".share") && print.contains(".site-nav"),
            "share box and navigation hidden in print"
        );
        assert!(
            print.contains("content: \" (\" attr(href) \")\""),
            "link addresses printed"
        );
    }
}

#[tokio::test]
async fn mastodon_sharing_goes_to_the_readers_own_server() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let client = gazette_testkit::reqwest::Client::builder()
            .no_proxy()
            .redirect(redirect::Policy::none())
            .build()
            .unwrap();
        // The form on the page posts the reader's server, and that post sends them on.
        let res = client
            .post(s.url("/share/mastodon"))
            .header("sec-fetch-site", "same-origin")
            .form(&[
                ("text", "Ports & power"),
                ("instance", "Social.Example.org"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{backend:?}");
        assert_eq!(
            res.headers()["location"],
            "https://social.example.org/share?text=Ports+%26+power"
        );
        // Without a server name, the page asks for one and shows the post.
        let (status, html) = s.page("/share/mastodon?text=Ports%20%26%20power").await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"id="mastodon-share""#) && html.contains("Ports &amp; power"));
        // A server name that is not one is refused with a reason, never redirected to.
        for bad in [
            "javascript:alert(1)",
            "evil.example/phish?x=",
            "localhost",
            "a..b",
            "-x.example",
        ] {
            let res = client
                .post(s.url("/share/mastodon"))
                .form(&[("text", "t"), ("instance", bad)])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 422, "{bad}");
            assert!(
                res.text().await.unwrap().contains("is not a server name"),
                "{bad}"
            );
        }
    }
}

#[tokio::test]
async fn the_republish_box_appears_only_where_terms_allow_and_credits_the_source() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_author("lina-haddad", "Lina Haddad").await;
        let own = s
            .add_published(json!({"slug": "our-own-reporting", "title": "Our own reporting", "body": "See [the map](/media/map.svg).",
                                  "authors": ["lina-haddad"]}))
            .await;
        let (_, html) = s.page("/our-own-reporting").await;
        assert!(
            !html.contains("Republish this article"),
            "{backend:?}: off by default"
        );

        set_settings(&s, |v| {
            v["allow_republish"] = json!(true);
            v["footer_copyright"] = json!("© 2026 The Test Review");
        })
        .await;
        let (_, html) = s.page("/our-own-reporting").await;
        assert!(
            html.contains("Republish this article"),
            "{backend:?}: the settings change dropped the cached page"
        );
        let start = html.find(r#"<textarea id="republish-html""#).unwrap();
        let textarea = &html[start..start + html[start..].find("</textarea>").unwrap()];
        // The HTML is escaped inside the textarea, with absolute links and a link back.
        assert!(
            textarea.contains("&lt;h1&gt;Our own reporting&lt;/h1&gt;"),
            "{textarea}"
        );
        assert!(
            textarea.contains(&format!("href=&quot;{}/media/map.svg&quot;", s.base)),
            "{textarea}"
        );
        assert!(
            textarea.contains(&format!("href=&quot;{}&quot;", s.url("/our-own-reporting"))),
            "{textarea}"
        );
        assert!(textarea.contains("© 2026 The Test Review"), "{textarea}");
        assert!(textarea.contains("By Lina Haddad"), "{textarea}");

        // A partner who allows it: its credit and copyright line travel with the piece.
        s.create(
            "/api/v1/admin/sources",
            json!({"slug": "highland-ledger", "name": "Highland Ledger", "home_url": "https://highlandledger.example",
                   "copyright_template": "© {year} {source}", "allow_republish": true}),
        )
        .await;
        s.add_published(json!({"slug": "ledger-piece", "title": "Ledger piece", "body": "Text.",
            "original": {"source": "highland-ledger", "url": "https://highlandledger.example/p", "date": "2026-11-20"}}))
        .await;
        let (_, html) = s.page("/ledger-piece").await;
        assert!(html.contains("The original source of this article is &lt;a href=&quot;https://highlandledger.example/p&quot;&gt;Highland Ledger&lt;/a&gt;"), "{backend:?}");
        assert!(html.contains("© 2026 Highland Ledger"));
        // Our own setting does not override a partner's terms.
        s.create(
            "/api/v1/admin/sources",
            json!({"slug": "closed-wire", "name": "Closed Wire", "home_url": "https://closedwire.example"}),
        )
        .await;
        s.add_published(json!({"slug": "wire-piece", "title": "Wire piece", "body": "Text.",
            "original": {"source": "closed-wire", "url": "https://closedwire.example/p", "date": "2026-11-20"}}))
        .await;
        let (_, html) = s.page("/wire-piece").await;
        assert!(!html.contains("Republish this article"), "{backend:?}");
        let _ = article_id(&own);
    }
}

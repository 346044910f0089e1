//! The page cache seen from outside, on each available backend: validators, conditional
//! requests, precompressed bodies, and invalidation that drops exactly the pages a change shows
//! up on.

use std::io::Read;

use gazette_testkit::reqwest::{Method, Response, StatusCode, header};
use gazette_testkit::{TestServer, article_id, backends};
use serde_json::json;

async fn get_with(s: &TestServer, path: &str, headers: &[(header::HeaderName, &str)]) -> Response {
    let mut req = s.client.get(s.url(path));
    for (name, value) in headers {
        req = req.header(name, *value);
    }
    req.send().await.expect("the server answers")
}

fn etag(res: &Response) -> String {
    res.headers()[header::ETAG]
        .to_str()
        .expect("an ASCII ETag")
        .to_owned()
}

/// The page's ETag and body.
async fn fetch(s: &TestServer, path: &str) -> (String, String) {
    let res = s.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    (etag(&res), res.text().await.unwrap())
}

/// Regions, two authors, and two unrelated articles: one by Amal Rahim filed under Iraq, one by
/// Jo Park filed nowhere.
async fn two_articles(s: &TestServer) -> i64 {
    s.add_region("iraq", "Iraq", None).await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    s.add_author("jo-park", "Jo Park").await;
    let strike = s
        .add_published(json!({"title": "Harbour strike", "body": "x",
            "regions": ["iraq"], "authors": ["amal-rahim"]}))
        .await;
    s.add_published(json!({"title": "Marshes dry up", "body": "x", "authors": ["jo-park"]}))
        .await;
    article_id(&strike)
}

#[tokio::test]
async fn repeated_requests_carry_the_same_etag_and_if_none_match_gives_304() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        two_articles(&s).await;
        for path in ["/", "/harbour-strike", "/region/iraq", "/author/jo-park"] {
            let first = s.get(path).await;
            assert_eq!(first.status(), 200, "{backend:?} {path}");
            let tag = etag(&first);
            assert!(
                tag.starts_with('"') && tag.ends_with('"'),
                "{backend:?}: a strong ETag: {tag}"
            );
            let headers = first.headers();
            assert_eq!(headers[header::VARY], "accept-encoding", "{backend:?}");
            assert_eq!(
                headers[header::CACHE_CONTROL],
                "public, max-age=0, must-revalidate",
                "{backend:?}"
            );
            let modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_owned();
            assert!(modified.ends_with(" GMT"), "{backend:?}: {modified}");
            let body = first.text().await.unwrap();

            let (again, again_body) = fetch(&s, path).await;
            assert_eq!(again, tag, "{backend:?} {path}");
            assert_eq!(again_body, body, "{backend:?} {path}");

            for validator in [tag.clone(), format!("W/{tag}"), format!("\"other\", {tag}")] {
                let res = get_with(&s, path, &[(header::IF_NONE_MATCH, &validator)]).await;
                assert_eq!(
                    res.status(),
                    StatusCode::NOT_MODIFIED,
                    "{backend:?} {path} {validator}"
                );
                assert_eq!(etag(&res), tag, "{backend:?}: a 304 repeats the ETag");
                assert!(
                    res.bytes().await.unwrap().is_empty(),
                    "{backend:?}: a 304 has no body"
                );
            }
            let res = get_with(&s, path, &[(header::IF_NONE_MATCH, "\"stale\"")]).await;
            assert_eq!(res.status(), 200, "{backend:?}: a stale copy gets the page");
            assert_eq!(res.text().await.unwrap(), body);
            let res = get_with(&s, path, &[(header::IF_MODIFIED_SINCE, &modified)]).await;
            assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{backend:?} {path}");
        }
    }
}

#[tokio::test]
async fn pages_are_sent_compressed_as_the_client_accepts() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        two_articles(&s).await;
        for path in ["/", "/harbour-strike"] {
            let plain = s.get(path).await;
            assert!(
                plain.headers().get(header::CONTENT_ENCODING).is_none(),
                "{backend:?}: identity without Accept-Encoding"
            );
            let tag = etag(&plain);
            let plain = plain.bytes().await.unwrap();

            let gz = get_with(&s, path, &[(header::ACCEPT_ENCODING, "gzip")]).await;
            assert_eq!(
                gz.headers()[header::CONTENT_ENCODING],
                "gzip",
                "{backend:?}"
            );
            assert_eq!(gz.headers()[header::VARY], "accept-encoding");
            assert_eq!(etag(&gz), tag, "{backend:?}");
            let gz = gz.bytes().await.unwrap();
            assert_ne!(gz, plain, "{backend:?}: compressed bytes");
            assert!(gz.len() < plain.len(), "{backend:?}: and smaller");
            let mut unzipped = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut unzipped)
                .expect("valid gzip");
            assert_eq!(unzipped, plain, "{backend:?}");

            let br = get_with(&s, path, &[(header::ACCEPT_ENCODING, "gzip, deflate, br")]).await;
            assert_eq!(br.headers()[header::CONTENT_ENCODING], "br", "{backend:?}");
            let br = br.bytes().await.unwrap();
            assert_ne!(br, plain, "{backend:?}");
            let mut unbrotli = Vec::new();
            brotli::Decompressor::new(&br[..], 4096)
                .read_to_end(&mut unbrotli)
                .expect("valid brotli");
            assert_eq!(unbrotli, plain, "{backend:?}");

            for (accept, want) in [
                ("br;q=0, gzip", Some("gzip")),
                ("identity", None),
                ("gzip;q=0", None),
                ("*", Some("br")),
            ] {
                let res = get_with(&s, path, &[(header::ACCEPT_ENCODING, accept)]).await;
                assert_eq!(
                    res.headers()
                        .get(header::CONTENT_ENCODING)
                        .map(|v| v.to_str().unwrap()),
                    want,
                    "{backend:?} {accept}"
                );
            }
        }
    }
}

#[tokio::test]
async fn editing_an_article_drops_exactly_the_pages_that_show_it() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let strike = two_articles(&s).await;
        let showing = ["/harbour-strike", "/", "/region/iraq", "/author/amal-rahim"];
        let not_showing = ["/author/jo-park", "/marshes-dry-up"];
        let mut before = Vec::new();
        for path in showing.iter().chain(&not_showing) {
            before.push(fetch(&s, path).await);
        }
        // Change the other article behind the services' back: a page that is re-rendered from
        // now on shows this title, a page still in the cache does not.
        s.execute_sql("UPDATE articles SET title = 'Marshes (changed behind the cache)' WHERE slug = 'marshes-dry-up'")
            .await;

        let (status, out) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{strike}"),
                Some(json!({"title": "Harbour strike ends"})),
            )
            .await;
        assert_eq!(status, 200, "{backend:?}: {out}");

        for (path, (old_tag, _)) in showing.iter().zip(&before) {
            let (tag, html) = fetch(&s, path).await;
            assert!(
                html.contains("Harbour strike ends"),
                "{backend:?} {path}: shows the new title at once"
            );
            assert_ne!(&tag, old_tag, "{backend:?} {path}");
        }
        for (path, (old_tag, old_html)) in not_showing.iter().zip(&before[showing.len()..]) {
            let (tag, html) = fetch(&s, path).await;
            assert_eq!(&tag, old_tag, "{backend:?} {path}: kept");
            assert_eq!(&html, old_html, "{backend:?} {path}");
            assert!(
                html.contains("Marshes dry up") && !html.contains("behind the cache"),
                "{backend:?} {path}: served from the cache, not re-rendered"
            );
        }
    }
}

#[tokio::test]
async fn withdrawing_an_article_removes_it_from_cached_listings_at_once() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let strike = two_articles(&s).await;
        for path in ["/", "/region/iraq", "/author/amal-rahim"] {
            assert!(
                fetch(&s, path).await.1.contains("Harbour strike"),
                "{backend:?} {path}"
            );
        }
        assert_eq!(s.page("/harbour-strike").await.0, 200);
        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{strike}/unpublish"),
                None,
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(s.page("/harbour-strike").await.0, 410, "{backend:?}");
        for path in ["/", "/region/iraq", "/author/amal-rahim"] {
            assert!(
                !fetch(&s, path).await.1.contains("Harbour strike"),
                "{backend:?} {path}"
            );
        }
    }
}

#[tokio::test]
async fn renaming_an_author_updates_every_page_that_names_them() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        two_articles(&s).await;
        let paths = ["/harbour-strike", "/", "/region/iraq", "/author/amal-rahim"];
        for path in paths {
            assert!(fetch(&s, path).await.1.contains("Amal Rahim"), "{path}");
        }
        let (status, out) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/authors/amal-rahim",
                Some(json!({"slug": "amal-rahim", "name": "Amal Rahim-Haddad"})),
            )
            .await;
        assert_eq!(status, 200, "{backend:?}: {out}");
        for path in paths {
            assert!(
                fetch(&s, path).await.1.contains("Amal Rahim-Haddad"),
                "{backend:?} {path}"
            );
        }
    }
}

#[tokio::test]
async fn changing_site_settings_changes_the_footer_on_every_page() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        two_articles(&s).await;
        let paths = [
            "/",
            "/harbour-strike",
            "/region/iraq",
            "/author/jo-park",
            "/?page=1",
        ];
        for path in paths {
            assert!(
                !fetch(&s, path).await.1.contains("Harbour Collective"),
                "{path}"
            );
        }
        let (status, out) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/settings",
                Some(json!({
                    "name": "The Harbour Gazette",
                    "tagline": "News from the quays",
                    "footer_copyright": "© 2026 The Harbour Collective",
                    "media_contact": "press@harbour.example"
                })),
            )
            .await;
        assert_eq!(status, 200, "{backend:?}: {out}");
        let (_, settings) = s.admin(Method::GET, "/api/v1/admin/settings", None).await;
        assert_eq!(
            settings["footer_copyright"],
            "© 2026 The Harbour Collective"
        );
        for path in paths {
            let (_, html) = fetch(&s, path).await;
            for want in [
                r#"<p class="footer-copyright">© 2026 The Harbour Collective</p>"#,
                r#"<a href="mailto:press@harbour.example">"#,
                r#"<a class="brand" href="/" rel="home">The Harbour Gazette</a>"#,
            ] {
                assert!(html.contains(want), "{backend:?} {path}: missing {want}");
            }
        }
        let (status, html) = s.page("/no-such-page").await;
        assert_eq!(status, 404);
        assert!(
            html.contains("© 2026 The Harbour Collective"),
            "{backend:?}: error pages too"
        );

        // Settings are checked like everything else, and a refused change changes nothing.
        let (status, out) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/settings",
                Some(json!({"name": "X", "media_contact": "not an address"})),
            )
            .await;
        assert_eq!(status, 422, "{backend:?}: {out}");
        assert_eq!(out["error"]["field"], "media_contact");
        assert!(
            fetch(&s, "/").await.1.contains("The Harbour Collective"),
            "{backend:?}"
        );
    }
}

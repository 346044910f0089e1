//! The reader's site over real HTTP, on each available backend: the home page, the listings,
//! pagination, error pages, the markup every page must have, and an operator's theme override.

use gazette_testkit::html::{attr, card_titles, link_rel, tags};
use gazette_testkit::reqwest::header;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

/// Regions three deep (World › Middle East › Iraq), themes, authors, a source, a report, and
/// articles across them, published oldest first.
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
        "title": "Harbour strike enters third week", "body": "x",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"],
        "image": {"src": "/media/cranes.jpg", "alt": "Idle cranes"},
        "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/a", "date": "2026-11-18"}
    }))
    .await;
    s.add_published(json!({
        "title": "Marshes dry up", "body": "x", "featured": true,
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
        "title": "Grève au port", "body": "x", "language": "fr",
        "regions": ["europe"], "themes": ["labour"], "authors": ["jo-park"]
    }))
    .await;
    s.add_draft(json!({
        "title": "Unfinished draft", "body": "x", "featured": true,
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"]
    }))
    .await;
}

/// The HTML between `<section class="{class}"` and its end.
fn section<'a>(html: &'a str, class: &str) -> &'a str {
    let start = html
        .find(&format!("<section class=\"{class}\""))
        .unwrap_or_else(|| panic!("a {class} section"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[tokio::test]
async fn home_shows_featured_and_latest_articles_newest_first() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let (status, html) = s.page("/").await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(
            card_titles(section(&html, "featured")),
            ["Marshes dry up"],
            "{backend:?}: featured, and published only"
        );
        assert_eq!(
            card_titles(section(&html, "latest")),
            [
                "Grève au port",
                "Dockers win pay rise",
                "Marshes dry up",
                "Harbour strike enters third week"
            ],
            "{backend:?}"
        );
        assert!(!html.contains("Unfinished draft"), "{backend:?}");
        assert!(
            html.contains(r#"<a href="/source/harbour-dispatch">Harbour Dispatch</a>"#),
            "{backend:?}: cards credit the source"
        );
    }
}

#[tokio::test]
async fn region_listing_has_a_nested_breadcrumb_and_sub_region_articles() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let (status, html) = s.page("/region/iraq").await;
        assert_eq!(status, 200, "{backend:?}");
        let crumbs = html
            .split("<nav class=\"breadcrumbs\"")
            .nth(1)
            .and_then(|rest| rest.split("</nav>").next())
            .expect("a breadcrumb");
        let world = crumbs.find(r#"<a href="/region/world">World</a>"#);
        let middle = crumbs.find(r#"<a href="/region/middle-east">Middle East</a>"#);
        let here = crumbs.find(r#"<span aria-current="page">Iraq</span>"#);
        assert!(
            world.is_some() && middle.is_some() && here.is_some(),
            "{backend:?}: {crumbs}"
        );
        assert!(
            world < middle && middle < here,
            "{backend:?}: outermost first"
        );
        assert_eq!(
            card_titles(&html),
            ["Dockers win pay rise", "Harbour strike enters third week"],
            "{backend:?}"
        );

        let (_, html) = s.page("/region/middle-east").await;
        assert_eq!(
            card_titles(&html),
            [
                "Dockers win pay rise",
                "Marshes dry up",
                "Harbour strike enters third week"
            ],
            "{backend:?}: Iraq's articles are in the Middle East too"
        );
        assert!(
            section(&html, "listing-articles").contains("Iraq"),
            "{backend:?}"
        );
        assert!(
            html.contains(r#"<li><a href="/region/iraq">Iraq</a></li>"#),
            "{backend:?}: sub-regions are linked"
        );
        let (_, html) = s.page("/region/world").await;
        assert_eq!(card_titles(&html).len(), 4, "{backend:?}: two levels down");
    }
}

#[tokio::test]
async fn theme_author_and_source_listings_are_newest_first() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for (path, heading, want) in [
            (
                "/theme/labour",
                "Labour",
                &[
                    "Grève au port",
                    "Dockers win pay rise",
                    "Harbour strike enters third week",
                ][..],
            ),
            ("/theme/environment", "Environment", &["Marshes dry up"]),
            (
                "/author/amal-rahim",
                "Amal Rahim",
                &["Dockers win pay rise", "Harbour strike enters third week"],
            ),
            (
                "/author/jo-park",
                "Jo Park",
                &["Grève au port", "Dockers win pay rise", "Marshes dry up"],
            ),
            (
                "/source/harbour-dispatch",
                "Harbour Dispatch",
                &["Marshes dry up", "Harbour strike enters third week"],
            ),
        ] {
            let (status, html) = s.page(path).await;
            assert_eq!(status, 200, "{backend:?} {path}");
            assert!(
                html.contains(&format!("<h1>{heading}</h1>")),
                "{backend:?} {path}"
            );
            assert_eq!(card_titles(&html), want, "{backend:?} {path}");
        }
        let (_, html) = s.page("/source/harbour-dispatch").await;
        assert!(
            html.contains(r#"<a href="https://harbour-dispatch.example">Visit the website</a>"#),
            "{backend:?}"
        );
        let (_, html) = s.page("/author/jo-park").await;
        assert!(html.contains("Jo Park reports for us."), "{backend:?}: bio");
    }
}

#[tokio::test]
async fn report_listing_follows_the_report_order() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        // Neither newest nor oldest first: the editor's order.
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
        let (status, html) = s.page("/report/ports-in-crisis").await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(
            card_titles(&html),
            [
                "Marshes dry up",
                "Harbour strike enters third week",
                "Dockers win pay rise"
            ],
            "{backend:?}"
        );
        assert!(
            html.contains("About <em>Ports in Crisis</em>."),
            "{backend:?}: the introduction, from Markdown"
        );
        // An article that joins the report later goes to the end.
        let (_, article) = s.page("/report/ports-in-crisis").await;
        assert!(!article.contains("Grève au port"));
        let greve = s
            .all_articles()
            .await
            .into_iter()
            .find(|a| a["title"] == "Grève au port")
            .unwrap();
        let (status, _) = s
            .admin(
                gazette_testkit::reqwest::Method::PATCH,
                &format!(
                    "/api/v1/admin/articles/{}",
                    gazette_testkit::article_id(&greve)
                ),
                Some(json!({"reports": ["ports-in-crisis"]})),
            )
            .await;
        assert_eq!(status, 200);
        let (_, html) = s.page("/report/ports-in-crisis").await;
        assert_eq!(
            card_titles(&html).last().map(String::as_str),
            Some("Grève au port"),
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn home_and_listings_paginate_with_rel_next_and_prev() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_theme("labour", "Labour").await;
        // One more than a page holds.
        for n in 1..=13 {
            s.add_published(
                json!({"title": format!("Dispatch number {n}"), "body": "x", "themes": ["labour"]}),
            )
            .await;
        }
        for base in ["/", "/theme/labour"] {
            let (status, first) = s.page(base).await;
            assert_eq!(status, 200, "{backend:?} {base}");
            let titles = card_titles(&first);
            assert_eq!(titles.len(), 12, "{backend:?} {base}");
            assert_eq!(titles[0], "Dispatch number 13", "{backend:?}: newest first");
            let next = format!("{base}?page=2");
            assert_eq!(link_rel(&first, "next"), Some(next.as_str()), "{backend:?}");
            assert_eq!(link_rel(&first, "prev"), None, "{backend:?}");
            assert!(
                first.contains(&format!(r#"<a href="{next}" rel="next">"#)),
                "{backend:?} {base}: a visible pager link too"
            );

            let (status, second) = s.page(&next).await;
            assert_eq!(status, 200, "{backend:?} {next}");
            assert_eq!(
                card_titles(&second),
                ["Dispatch number 1"],
                "{backend:?} {next}"
            );
            assert_eq!(link_rel(&second, "prev"), Some(base), "{backend:?}");
            assert_eq!(link_rel(&second, "next"), None, "{backend:?}");
            assert_eq!(
                link_rel(&second, "canonical"),
                Some(s.url(&next).as_str()),
                "{backend:?}"
            );

            let (status, _) = s.page(&format!("{base}?page=3")).await;
            assert_eq!(status, 404, "{backend:?}: past the last page");
        }
    }
}

#[tokio::test]
async fn bad_page_numbers_are_404() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for path in [
            "/?page=0",
            "/?page=abc",
            "/?page=-1",
            "/?page=",
            "/theme/labour?page=0",
            "/theme/labour?page=abc",
            "/region/iraq?page=1.5",
        ] {
            let (status, html) = s.page(path).await;
            assert_eq!(status, 404, "{backend:?} {path}");
            assert!(html.contains("Page not found"), "{backend:?} {path}");
        }
        assert_eq!(s.page("/?page=1").await.0, 200, "{backend:?}");
    }
}

#[tokio::test]
async fn unknown_addresses_are_404_with_the_html_error_page() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for path in [
            "/no-such-article",
            "/region/atlantis",
            "/theme/no-such-theme",
            "/report/no-such-report",
            "/author/nobody",
            "/source/nowhere",
            "/planet/mars",
            "/a/b/c",
            "/static/no-such-file.css",
            "/media/../gazette.db",
        ] {
            let res = s.get(path).await;
            assert_eq!(res.status(), 404, "{backend:?} {path}");
            assert_eq!(
                res.headers()[header::CONTENT_TYPE],
                "text/html; charset=utf-8",
                "{backend:?} {path}"
            );
            let html = res.text().await.unwrap();
            assert!(
                html.contains("<h1>Page not found</h1>"),
                "{backend:?} {path}"
            );
            assert!(html.contains("<main"), "{backend:?} {path}");
            assert!(
                html.contains(r#"<meta name="robots" content="noindex">"#),
                "{backend:?} {path}"
            );
            assert!(
                html.contains(r#"<a href="/region/world">World</a>"#),
                "{backend:?} {path}: the error page keeps the site's navigation"
            );
        }
    }
}

#[tokio::test]
async fn pages_have_landmarks_language_alt_text_and_no_foreign_scripts() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        s.add_report(
            "ports-in-crisis",
            "Ports in Crisis",
            &["dockers-win-pay-rise"],
        )
        .await;
        // Body images written by hand, one without alt text.
        s.add_published(json!({
            "title": "Photo essay", "body_format": "html", "regions": ["iraq"],
            "body": r#"<p>Before:</p><img src="https://images.example/a.jpg"><p>After:</p><img src="/media/b.jpg" alt="The quay, empty">"#,
            "image": {"src": "https://images.example/lead.jpg", "alt": "The harbour at night"}
        }))
        .await;
        s.add_published(
            json!({"title": "Markdown photo", "body": "![](https://images.example/c.jpg)"}),
        )
        .await;
        for (path, lang, status_want) in [
            ("/", "en", 200),
            ("/photo-essay", "en", 200),
            ("/markdown-photo", "en", 200),
            ("/greve-au-port", "fr", 200),
            ("/region/iraq", "en", 200),
            ("/theme/labour", "en", 200),
            ("/report/ports-in-crisis", "en", 200),
            ("/author/jo-park", "en", 200),
            ("/source/harbour-dispatch", "en", 200),
            ("/no-such-page", "en", 404),
        ] {
            let (status, html) = s.page(path).await;
            assert_eq!(status, status_want, "{backend:?} {path}");
            assert!(
                html.starts_with("<!doctype html>"),
                "{backend:?} {path}: a standards-mode document"
            );
            let root = tags(&html, "html");
            assert_eq!(root.len(), 1, "{backend:?} {path}");
            assert_eq!(attr(root[0], "lang"), Some(lang), "{backend:?} {path}");
            for landmark in ["<header", "<nav", "<main", "<footer"] {
                assert!(html.contains(landmark), "{backend:?} {path}: no {landmark}");
            }
            assert_eq!(tags(&html, "main").len(), 1, "{backend:?} {path}: one main");
            assert_eq!(tags(&html, "h1").len(), 1, "{backend:?} {path}: one h1");
            for script in tags(&html, "script") {
                if let Some(src) = attr(script, "src") {
                    assert!(
                        src.starts_with('/') && !src.starts_with("//"),
                        "{backend:?} {path}: a script from another host: {script}"
                    );
                }
            }
            for img in tags(&html, "img") {
                assert!(
                    attr(img, "alt").is_some(),
                    "{backend:?} {path}: an image without alt: {img}"
                );
            }
            for link in tags(&html, "link") {
                let href = attr(link, "href").unwrap_or("");
                if attr(link, "rel") == Some("stylesheet") {
                    assert!(href.starts_with("/static/"), "{backend:?} {path}: {link}");
                }
            }
        }
        let (_, essay) = s.page("/photo-essay").await;
        let body = essay
            .split("<div class=\"article-body\">")
            .nth(1)
            .and_then(|rest| rest.split("</div>").next())
            .expect("an article body");
        assert_eq!(
            tags(body, "img").len(),
            2,
            "{backend:?}: both body images were kept: {body}"
        );
    }
}

#[tokio::test]
async fn operator_theme_overrides_the_error_template() {
    let embedded = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../render/theme/templates/error.html"
    ));
    let marker = "Operator theme: lost at sea";
    let theme = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(theme.path().join("templates")).unwrap();
    let overridden = embedded.replace(
        "{% block main %}",
        &format!("{{% block main %}}\n<p class=\"operator-marker\">{marker}</p>"),
    );
    assert_ne!(overridden, embedded, "the marker went in");
    std::fs::write(theme.path().join("templates/error.html"), overridden).unwrap();
    let dir = theme.path().to_str().unwrap().to_owned();

    for backend in backends().await {
        let s = TestServer::start_with(backend, |c| c.theme_dir = dir.clone()).await;
        let (status, html) = s.page("/no-such-page").await;
        assert_eq!(status, 404, "{backend:?}");
        assert!(html.contains(marker), "{backend:?}: {html}");
        assert!(
            html.contains("<footer"),
            "{backend:?}: the embedded base.html still frames it"
        );
        let (status, html) = s.page("/").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(
            !html.contains(marker),
            "{backend:?}: other pages are untouched"
        );
        let res = s.get("/static/style.css").await;
        assert_eq!(res.status(), 200, "{backend:?}: embedded assets remain");
    }
}

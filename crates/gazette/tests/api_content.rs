//! The public Content API over real HTTP, on each available backend: published articles only,
//! filters, pagination, and how bad queries are refused.

use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, article_id, backends};
use serde_json::{Value, json};

/// A small publication: a region tree (Middle East › Iraq, and Europe), two themes, two
/// authors, a partner source, a report, four published articles and a draft.
async fn publication(s: &TestServer) {
    s.add_region("middle-east", "Middle East", None).await;
    s.add_region("iraq", "Iraq", Some("middle-east")).await;
    s.add_region("europe", "Europe", None).await;
    s.add_theme("labour", "Labour").await;
    s.add_theme("environment", "Environment").await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    s.add_author("jo-park", "Jo Park").await;
    s.add_source("harbour-dispatch", "Harbour Dispatch").await;
    s.add_report("ports-in-crisis", "Ports in Crisis", &[])
        .await;
    // Published in this order, so newest first is the reverse.
    s.add_published(json!({
        "title": "Harbour strike enters third week", "body": "x",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"],
        "reports": ["ports-in-crisis"],
        "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/a", "date": "2026-11-18"}
    }))
    .await;
    s.add_published(json!({
        "title": "Marshes dry up", "body": "x",
        "regions": ["middle-east"], "themes": ["environment"], "authors": ["jo-park"]
    }))
    .await;
    s.add_published(json!({
        "title": "Grève au port", "body": "x", "language": "fr",
        "regions": ["europe"], "themes": ["labour"], "authors": ["jo-park"],
        "reports": ["ports-in-crisis"]
    }))
    .await;
    s.add_published(json!({"title": "Editorial", "body": "x"}))
        .await;
    s.add_draft(json!({
        "title": "Unfinished draft", "body": "x",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"],
        "reports": ["ports-in-crisis"]
    }))
    .await;
}

async fn content(s: &TestServer, query: &str) -> (u16, Value) {
    s.api_as(None, Method::GET, &format!("/api/v1/articles{query}"), None)
        .await
}

/// The titles listed by a Content API query, asserting it succeeded.
async fn titles(s: &TestServer, query: &str) -> Vec<String> {
    let (status, out) = content(s, query).await;
    assert_eq!(status, 200, "{query}: {out}");
    out["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|a| a["title"].as_str().expect("a title").to_owned())
        .collect()
}

#[track_caller]
fn assert_bad_query(status: u16, out: &Value, field: &str) {
    assert_eq!(status, 400, "{out}");
    assert_eq!(out["error"]["code"], "bad_request", "{out}");
    assert_eq!(out["error"]["field"], field, "{out}");
}

#[tokio::test]
async fn lists_published_articles_only_newest_first() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        assert_eq!(
            titles(&s, "").await,
            [
                "Editorial",
                "Grève au port",
                "Marshes dry up",
                "Harbour strike enters third week"
            ],
            "{backend:?}"
        );
        let (_, out) = content(&s, "").await;
        assert_eq!(out["total"], 4, "{backend:?}");
        let first = &out["items"][3];
        assert_eq!(first["status"], "published");
        assert_eq!(first["regions"], json!([{"slug": "iraq", "name": "Iraq"}]));
        assert_eq!(
            first["authors"],
            json!([{"slug": "amal-rahim", "name": "Amal Rahim", "kind": "person"}])
        );
        assert_eq!(first["original"]["source"]["slug"], "harbour-dispatch");
        assert!(first.get("body").is_none(), "{backend:?}: no editor source");

        // A draft is not served by slug either.
        let (status, out) = s
            .api_as(None, Method::GET, "/api/v1/articles/unfinished-draft", None)
            .await;
        assert_eq!(status, 404, "{backend:?}: {out}");
        assert_eq!(out["error"]["code"], "not_found");
    }
}

#[tokio::test]
async fn region_filter_includes_sub_regions() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        assert_eq!(
            titles(&s, "?region=middle-east").await,
            ["Marshes dry up", "Harbour strike enters third week"],
            "{backend:?}: Iraq is inside the Middle East"
        );
        assert_eq!(
            titles(&s, "?region=iraq").await,
            ["Harbour strike enters third week"],
            "{backend:?}: but not the other way round"
        );
        assert_eq!(
            titles(&s, "?region=europe").await,
            ["Grève au port"],
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn filters_by_theme_author_source_report_and_language() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for (query, want) in [
            (
                "?theme=labour",
                &["Grève au port", "Harbour strike enters third week"][..],
            ),
            ("?theme=environment", &["Marshes dry up"]),
            ("?author=amal-rahim", &["Harbour strike enters third week"]),
            ("?author=jo-park", &["Grève au port", "Marshes dry up"]),
            (
                "?source=harbour-dispatch",
                &["Harbour strike enters third week"],
            ),
            (
                "?report=ports-in-crisis",
                &["Grève au port", "Harbour strike enters third week"],
            ),
            ("?language=fr", &["Grève au port"]),
            (
                "?theme=labour&language=en",
                &["Harbour strike enters third week"],
            ),
            (
                "?theme=labour&region=europe&author=jo-park",
                &["Grève au port"],
            ),
            ("?theme=environment&author=amal-rahim", &[]),
        ] {
            assert_eq!(titles(&s, query).await, want, "{backend:?} {query}");
            let (_, out) = content(&s, query).await;
            assert_eq!(out["total"], want.len(), "{backend:?} {query}");
        }
    }
}

#[tokio::test]
async fn paginates_with_page_per_page_and_total() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let (_, page1) = content(&s, "?per_page=3").await;
        assert_eq!(page1["page"], 1, "{backend:?}");
        assert_eq!(page1["per_page"], 3);
        assert_eq!(page1["total"], 4);
        assert_eq!(page1["items"].as_array().unwrap().len(), 3);
        assert_eq!(
            titles(&s, "?per_page=3&page=2").await,
            ["Harbour strike enters third week"],
            "{backend:?}"
        );
        let (_, page2) = content(&s, "?per_page=3&page=2").await;
        assert_eq!(page2["page"], 2);
        assert_eq!(page2["total"], 4, "{backend:?}: total counts every page");
        assert_eq!(
            titles(&s, "?per_page=3&page=3").await,
            Vec::<String>::new(),
            "{backend:?}: past the end is empty, not an error"
        );
        // Pages of one walk every article exactly once, in order.
        let mut walked = Vec::new();
        for page in 1..=4 {
            walked.extend(titles(&s, &format!("?per_page=1&page={page}")).await);
        }
        assert_eq!(walked, titles(&s, "").await, "{backend:?}");
        let (_, default) = content(&s, "").await;
        assert_eq!(default["per_page"], 20, "{backend:?}");
    }
}

#[tokio::test]
async fn unknown_filter_value_gives_an_empty_list_not_an_error() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        for query in [
            "?region=atlantis",
            "?theme=no-such-theme",
            "?author=nobody",
            "?source=nowhere",
            "?report=no-report",
            "?language=xx",
            "?region=atlantis&theme=labour",
        ] {
            let (status, out) = content(&s, query).await;
            assert_eq!(status, 200, "{backend:?} {query}: {out}");
            assert_eq!(out["items"], json!([]), "{backend:?} {query}");
            assert_eq!(out["total"], 0, "{backend:?} {query}");
        }
    }
}

#[tokio::test]
async fn unknown_query_parameter_is_400_naming_it() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let (status, out) = content(&s, "?regoin=iraq").await;
        assert_bad_query(status, &out, "regoin");
        let (status, out) = content(&s, "?theme=labour&status=draft").await;
        assert_bad_query(status, &out, "status");
    }
}

#[tokio::test]
async fn bad_page_or_per_page_is_400_naming_it() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        for (query, field) in [
            ("?per_page=0", "per_page"),
            ("?per_page=101", "per_page"),
            ("?per_page=ten", "per_page"),
            ("?page=0", "page"),
            ("?page=abc", "page"),
            ("?page=-1", "page"),
        ] {
            let (status, out) = content(&s, query).await;
            assert_bad_query(status, &out, field);
        }
        assert_eq!(titles(&s, "?per_page=100").await.len(), 0, "{backend:?}");
    }
}

#[tokio::test]
async fn withdrawn_articles_leave_the_list() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let marshes = s
            .all_articles()
            .await
            .into_iter()
            .find(|a| a["title"] == "Marshes dry up")
            .unwrap();
        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{}/unpublish", article_id(&marshes)),
                None,
            )
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            titles(&s, "?region=middle-east").await,
            ["Harbour strike enters third week"],
            "{backend:?}"
        );
        let (_, out) = content(&s, "").await;
        assert_eq!(out["total"], 3, "{backend:?}");
    }
}

#[tokio::test]
async fn taxonomies_and_reports_are_listed() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        publication(&s).await;
        let slugs = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|t| t["slug"].as_str().unwrap().to_owned())
                .collect()
        };
        for (path, want) in [
            ("/api/v1/regions", &["middle-east", "iraq", "europe"][..]),
            ("/api/v1/themes", &["labour", "environment"]),
            ("/api/v1/authors", &["amal-rahim", "jo-park"]),
            ("/api/v1/sources", &["harbour-dispatch"]),
            ("/api/v1/reports", &["ports-in-crisis"]),
        ] {
            let (status, out) = s.api_as(None, Method::GET, path, None).await;
            assert_eq!(status, 200, "{backend:?} {path}: {out}");
            let mut got = slugs(&out);
            let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{backend:?} {path}");
        }
        let (status, report) = s
            .api_as(None, Method::GET, "/api/v1/reports/ports-in-crisis", None)
            .await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(
            report["articles"],
            json!(["harbour-strike-enters-third-week", "greve-au-port"]),
            "{backend:?}: published ones only, in the order they joined the report"
        );
        let (status, out) = s
            .api_as(None, Method::GET, "/api/v1/reports/no-such-report", None)
            .await;
        assert_eq!(status, 404, "{backend:?}: {out}");
        assert_eq!(out["error"]["code"], "not_found");
    }
}

/// Found by schemathesis: axum's own path extractor answered a slug that is not UTF-8 with a
/// plain-text 400; the Content API answers the JSON error shape, naming the parameter.
#[tokio::test]
async fn path_parameter_that_is_not_utf8_answers_400_with_the_error_shape() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        for path in ["/api/v1/articles/%FF%FE", "/api/v1/reports/caf%E9"] {
            let (status, out) = s.api_as(None, Method::GET, path, None).await;
            assert_bad_query(status, &out, "slug");
        }
    }
}

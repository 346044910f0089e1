//! The publishing path end to end over real HTTP, on each available backend.

use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

#[tokio::test]
async fn create_publish_and_read_an_article() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/regions",
                Some(json!({"slug": "iraq", "name": "Iraq"})),
            )
            .await;
        assert_eq!(status, 201, "{backend:?}");
        let (status, article) = s
            .admin(
                Method::POST,
                "/api/v1/admin/articles",
                Some(json!({"title": "Harbour strike enters third week", "body": "Dockers *stayed out*.", "regions": ["iraq"]})),
            )
            .await;
        assert_eq!(status, 201, "{backend:?}: {article}");
        assert_eq!(
            s.get("/harbour-strike-enters-third-week").await.status(),
            404,
            "{backend:?}: drafts are not public"
        );
        let id = article["id"].as_i64().unwrap();
        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/publish"),
                None,
            )
            .await;
        assert_eq!(status, 200);
        let page = s.get("/harbour-strike-enters-third-week").await;
        assert_eq!(page.status(), 200, "{backend:?}");
        let html = page.text().await.unwrap();
        assert!(html.contains("<em>stayed out</em>"), "{backend:?}");
        assert!(html.contains("/region/iraq"), "{backend:?}");
    }
}

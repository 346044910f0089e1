//! Fixture builders and request helpers on [`TestServer`]: what a test needs is made through the
//! Admin API, as an editor would make it, so fixtures obey the same rules as real data.

use serde_json::{Value, json};

use crate::TestServer;
use crate::reqwest::{Method, header};

impl TestServer {
    /// An API call with any bearer token, or none; returns status and JSON (or Null).
    pub async fn api_as(
        &self,
        token: Option<&str>,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self.client.request(method, self.url(path));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("the server answers");
        let status = res.status().as_u16();
        let text = res.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// An Admin API call with the administrator's token and a body sent exactly as given.
    pub async fn admin_raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: impl Into<crate::reqwest::Body>,
    ) -> (u16, Value) {
        let res = self
            .client
            .request(method, self.url(path))
            .bearer_auth(&self.token)
            .header(header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .await
            .expect("the server answers");
        let status = res.status().as_u16();
        let text = res.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// A public page: status and body text.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("a readable body"))
    }

    /// POSTs `body` to an Admin API collection as the administrator; panics unless it is created.
    pub async fn create(&self, path: &str, body: Value) -> Value {
        let (status, out) = self.admin(Method::POST, path, Some(body.clone())).await;
        assert_eq!(status, 201, "POST {path} {body}: {out}");
        out
    }

    pub async fn add_region(&self, slug: &str, name: &str, parent: Option<&str>) -> Value {
        self.create(
            "/api/v1/admin/regions",
            json!({"slug": slug, "name": name, "parent": parent}),
        )
        .await
    }

    pub async fn add_theme(&self, slug: &str, name: &str) -> Value {
        self.create(
            "/api/v1/admin/themes",
            json!({"slug": slug, "name": name, "description": format!("Reporting on {name}.")}),
        )
        .await
    }

    pub async fn add_author(&self, slug: &str, name: &str) -> Value {
        self.create(
            "/api/v1/admin/authors",
            json!({"slug": slug, "name": name, "bio": format!("{name} reports for us.")}),
        )
        .await
    }

    /// A partner source at `https://{slug}.example` with the default copyright template.
    pub async fn add_source(&self, slug: &str, name: &str) -> Value {
        self.create(
            "/api/v1/admin/sources",
            json!({"slug": slug, "name": name, "home_url": format!("https://{slug}.example")}),
        )
        .await
    }

    /// An in-depth report listing `articles` (slugs) in that order.
    pub async fn add_report(&self, slug: &str, title: &str, articles: &[&str]) -> Value {
        self.create(
            "/api/v1/admin/reports",
            json!({"slug": slug, "title": title, "introduction": format!("About *{title}*."), "articles": articles}),
        )
        .await
    }

    /// Creates a draft from an Admin API article body (`title` and `body` at least).
    pub async fn add_draft(&self, article: Value) -> Value {
        self.create("/api/v1/admin/articles", article).await
    }

    /// Creates the article and publishes it; returns the published article.
    pub async fn add_published(&self, article: Value) -> Value {
        let draft = self.add_draft(article).await;
        self.publish(article_id(&draft)).await
    }

    /// [`Self::add_published`], for callers that want only its id and slug.
    pub async fn publish_new(&self, article: Value) -> (i64, String) {
        let published = self.add_published(article).await;
        let slug = published["slug"].as_str().expect("a slug").to_owned();
        (article_id(&published), slug)
    }

    /// Publishes an article as the administrator; panics unless it works.
    pub async fn publish(&self, id: i64) -> Value {
        let path = format!("/api/v1/admin/articles/{id}/publish");
        let (status, out) = self.admin(Method::POST, &path, None).await;
        assert_eq!(status, 200, "POST {path}: {out}");
        out
    }

    /// Every article in any status, as the Admin API lists them (most recently edited first).
    pub async fn all_articles(&self) -> Vec<Value> {
        let (status, out) = self
            .admin(Method::GET, "/api/v1/admin/articles?per_page=100", None)
            .await;
        assert_eq!(status, 200, "{out}");
        out["items"].as_array().cloned().unwrap_or_default()
    }

    /// Runs SQL on the test database directly, behind the services' back: for tests that must
    /// tell a cached page from a freshly rendered one.
    pub async fn execute_sql(&self, sql: &str) {
        let mut tx = self.app.store().begin().await.expect("a transaction");
        sqlx::query(sql)
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        tx.commit().await.expect("the direct change commits");
    }
}

/// The `id` of an article as the Admin API returns it.
pub fn article_id(article: &Value) -> i64 {
    article["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("an article with an id: {article}"))
}

//! A partner outlet's web server on 127.0.0.1: pages and feeds a test can change while it runs,
//! with ETags on every answer and a count of what was asked for, so a test can tell a
//! conditional poll from a full one.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

#[derive(Default)]
struct Site {
    /// Path (with query) → (content type, body).
    pages: HashMap<String, (String, Vec<u8>)>,
    /// Path → (full answers, 304 answers).
    hits: HashMap<String, (usize, usize)>,
}

/// The partner's server; stops when dropped.
pub struct PartnerSite {
    /// `http://127.0.0.1:{port}`.
    pub base: String,
    site: Arc<Mutex<Site>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl PartnerSite {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("an ephemeral port");
        let base = format!("http://{}", listener.local_addr().expect("bound"));
        let site = Arc::new(Mutex::new(Site::default()));
        let router = axum::Router::new()
            .fallback(answer)
            .with_state(site.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
        Self {
            base,
            site,
            shutdown: Some(tx),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Serves `body` at `path` (which may carry a query) from now on.
    pub fn put(&self, path: &str, content_type: &str, body: impl Into<Vec<u8>>) {
        self.site
            .lock()
            .unwrap()
            .pages
            .insert(path.to_owned(), (content_type.to_owned(), body.into()));
    }

    pub fn put_html(&self, path: &str, html: &str) {
        self.put(path, "text/html; charset=utf-8", html);
    }

    /// How many times `path` was answered in full, and how many times with 304 Not Modified.
    pub fn hits(&self, path: &str) -> (usize, usize) {
        self.site
            .lock()
            .unwrap()
            .hits
            .get(path)
            .copied()
            .unwrap_or_default()
    }
}

impl Drop for PartnerSite {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

async fn answer(State(site): State<Arc<Mutex<Site>>>, uri: Uri, headers: HeaderMap) -> Response {
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let mut site = site.lock().unwrap();
    let Some((content_type, body)) = site.pages.get(&path).cloned() else {
        return (StatusCode::NOT_FOUND, "no such page").into_response();
    };
    // The body's length and a cheap checksum make an ETag that changes with the content.
    let sum = body
        .iter()
        .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(*b)));
    let etag = format!("\"{}-{sum:x}\"", body.len());
    let hits = site.hits.entry(path).or_default();
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str());
    if unchanged {
        hits.1 += 1;
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    hits.0 += 1;
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, content_type), (header::ETAG, etag)],
        body,
    )
        .into_response()
}

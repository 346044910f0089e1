//! Every request measured once: its latency counted by route kind and status class for
//! Prometheus, and, when `[log] access` is on, one access-log event under the target
//! `gazette::access`. Also the metrics endpoint, served on its own address.
//!
//! The route kind comes from the path's first segments (a fixed set, never the path itself),
//! so labels stay bounded whatever readers ask for.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Instant;

use axum::Router;
use axum::body::HttpBody;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use gazette_app::metrics::RouteKind;
use gazette_app::{App, ListingKind};
use tokio::net::TcpListener;

/// The layer in front of every route.
pub async fn measure(State(app): State<App>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let kind = route_kind(&app, request.uri().path());
    // What the access log needs is read only when it is on: the hot path stays a clock read
    // and a histogram observation.
    let access = app.config().log.access.then(|| {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let client = peer.map(|peer| {
            app.client_address(peer, |name| {
                request
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            })
        });
        (request.method().clone(), client)
    });
    let response = next.run(request).await;
    let took = started.elapsed();
    let status = response.status().as_u16();
    app.metrics().observe_request(kind, status, took);
    if let Some((method, client)) = access {
        let bytes = response.body().size_hint().exact();
        tracing::info!(
            target: "gazette::access",
            method = %method,
            route = kind.as_str(),
            status,
            bytes,
            duration_ms = took.as_secs_f64() * 1000.0,
            client = client.map(tracing::field::display),
            "request"
        );
    }
    response
}

/// What a path is for, from its first segments (a leading edition, `/es/…`, set aside).
fn route_kind(app: &App, path: &str) -> RouteKind {
    let mut segments = path.trim_start_matches('/').split('/');
    let mut first = segments.next().unwrap_or("");
    if app.public().edition(first).is_some() {
        first = segments.next().unwrap_or("");
    }
    let second = segments.next();
    let third = segments.next();
    match first {
        "" => RouteKind::Home,
        "admin" => RouteKind::Admin,
        "api" => RouteKind::Api,
        "static" | "favicon.ico" => RouteKind::Static,
        "media" => RouteKind::Media,
        "search" => RouteKind::Search,
        "sitemap.xml" | "sitemaps" => RouteKind::Sitemap,
        "feed.rss" | "feed.atom" | "feed.json" => RouteKind::Feed,
        "robots.txt" | "healthz" | "newsletter" | "share" => RouteKind::Other,
        first => match (ListingKind::parse(first), second, third) {
            (Some(_), Some(_), None) => RouteKind::Listing,
            (Some(_), Some(_), Some(_)) => RouteKind::Feed,
            (_, None, _) => RouteKind::Article,
            _ => RouteKind::Other,
        },
    }
}

/// Serves `/metrics` (Prometheus' text format) on `listener` until `shutdown` completes.
pub async fn serve_metrics(
    app: App,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = Router::new()
        .route("/metrics", get(metrics))
        .with_state(app);
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

async fn metrics(State(app): State<App>) -> Response {
    match app.metrics_text().await {
        Ok(text) => (
            [(
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "cannot read the figures for /metrics");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database cannot be read\n",
            )
                .into_response()
        }
    }
}

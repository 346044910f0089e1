//! Gazette's HTTP face: the reader's site, the Content and Admin APIs and their OpenAPI
//! document. Handlers are thin: extract, call one `gazette-app` service, map the result; errors
//! become responses in one place (`error.rs`). No SQL and no business rules here.

mod admin;
mod api;
mod discovery;
mod error;
mod extract;
mod health;
mod language;
mod newsletter;
mod observe;
mod public;
mod security;

use std::future::Future;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use gazette_app::App;
use tokio::net::TcpListener;

/// The admin's urlencoded form parser, public only for the fuzz target in `fuzz/`.
#[doc(hidden)]
pub use admin::Form;

/// JSON bodies above this are refused with 413 (the article body itself is limited to 2 MiB).
const MAX_BODY: usize = 4 * 1024 * 1024;

/// The whole application's routes.
pub fn router(app: App) -> Router {
    let (api, openapi) = api::router();
    let openapi_json =
        serde_json::to_string_pretty(&openapi).expect("the OpenAPI document serialises");
    let routes = Router::new()
        .route("/", get(public::home))
        .route("/{slug}", get(public::article))
        .route("/{kind}/{slug}", get(public::listing))
        .route("/feed.rss", get(discovery::site_feed))
        .route("/feed.atom", get(discovery::site_feed))
        .route("/feed.json", get(discovery::site_feed))
        .route("/{kind}/{slug}/{file}", get(discovery::listing_feed))
        .route("/sitemap.xml", get(discovery::sitemap_index))
        .route("/sitemaps/{file}", get(discovery::sitemap))
        .route("/robots.txt", get(discovery::robots))
        .route(
            "/share/mastodon",
            get(discovery::share_mastodon).post(discovery::share_mastodon_post),
        )
        .route("/search", get(discovery::search_page))
        .route("/newsletter", get(newsletter::subscribe_page))
        .route("/newsletter/subscribe", post(newsletter::subscribe))
        .route("/newsletter/confirm/{token}", get(newsletter::confirm))
        .route(
            "/newsletter/manage/{token}",
            get(newsletter::preferences).post(newsletter::save_preferences),
        )
        .route(
            "/newsletter/unsubscribe/{token}",
            get(newsletter::unsubscribe_page).post(newsletter::unsubscribe),
        )
        .route("/newsletter/{slug}", get(newsletter::archive))
        .route("/newsletter/{slug}/{number}", get(newsletter::edition))
        .route("/static/{*path}", get(public::asset))
        .route("/favicon.ico", get(public::favicon))
        .route("/media/{*path}", get(public::media))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route(
            "/api/openapi.json",
            get(move || async move {
                (
                    [(http::header::CONTENT_TYPE, "application/json")],
                    openapi_json,
                )
            }),
        )
        .merge(api)
        .merge(admin::routes())
        .fallback(public::not_found)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            error::render_error_pages,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(app.clone());
    // Editions are taken off the path before routing, so this layer wraps the routes whole.
    Router::new()
        .fallback_service(routes)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            language::editions,
        ))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            security::headers,
        ))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            health::close_when_draining,
        ))
        // Outermost, so a request's time includes every layer and every answer is counted.
        .layer(axum::middleware::from_fn_with_state(app, observe::measure))
}

pub use observe::serve_metrics;

/// Serves `app` on `listener` until `shutdown` completes; then stops listening, finishes the
/// requests in flight and closes every connection between requests. Draining before that (the
/// readiness check failing, `Connection: close` on responses) follows `app.shut_down()`, which
/// the caller calls first.
pub async fn serve(
    app: App,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Responses go out whole, so Nagle's algorithm can only delay them: without TCP_NODELAY the
    // tail of a page larger than one write can wait for the reader's delayed ACK (as nginx's
    // `tcp_nodelay on`, its default, avoids).
    let listener = listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::debug!(error = %err, "cannot set TCP_NODELAY on a connection");
        }
    });
    // The peer address is the subscribe form's rate-limit key.
    axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// The OpenAPI document, for tools and tests.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::router().1
}

//! The admin's own script and stylesheets, embedded like its templates.

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use gazette_app::App;

/// The editor's script.
const ADMIN_JS: &str = include_str!("../../../render/admin/admin.js");

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/admin.js", get(script))
        .route("/admin/css/{file}", get(stylesheet))
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        ADMIN_JS,
    )
        .into_response()
}

async fn stylesheet(Path(file): Path<String>) -> Response {
    match gazette_render::AdminViews::stylesheet(&file) {
        Some(css) => (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            css,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

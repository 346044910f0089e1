//! Previews: the live preview's fragment of the body, and the whole draft as readers will see it.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gazette_app::App;
use gazette_domain::{ArticleId, BodyFormat};
use gazette_render::body_to_html;

use crate::admin::{Form, SignedIn, csrf_refusal, error_page, plain};

/// `POST /admin/articles/preview`: the body as readers would get it, for the live preview.
pub(super) async fn fragment(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let format = BodyFormat::parse(f.get("body_format").unwrap_or_default()).unwrap_or_default();
    let mut response = plain(
        &app,
        StatusCode::OK,
        &body_to_html(format, f.get("body").unwrap_or_default()),
    );
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// The draft as readers will see it: the public page, through the Admin API's preview service.
/// It is the site's page, so it gets the site's styles rather than the admin's strict policy.
pub(super) async fn as_readers_see_it(
    State(app): State<App>,
    _: SignedIn,
    Path(id): Path<i64>,
) -> Response {
    match app.public().preview_page(ArticleId(id)).await {
        Ok(html) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
                (header::X_FRAME_OPTIONS, "DENY"),
            ],
            html,
        )
            .into_response(),
        Err(err) => error_page(&app, err),
    }
}

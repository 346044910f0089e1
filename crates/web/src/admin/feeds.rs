//! A source's partner feeds, on the source's page: adding one, removing it, polling it now.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use gazette_app::{App, AppError};
use gazette_domain::FeedId;

use super::taxonomy::{Kind, Screen};
use super::{Form, SignedIn, csrf_refusal, redirect};

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/sources/{slug}/feeds", post(add))
        .route("/admin/sources/{slug}/feeds/{id}/{action}", post(action))
}

async fn add(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let url = form.get("url").unwrap_or_default().trim();
    match app.syndication().add_feed(&user.actor(), &slug, url).await {
        Ok(_) => redirect(&format!("/admin/sources/{slug}?notice=feed-added#feeds")),
        Err(err) => {
            Screen::new(Kind::Sources, Some(slug))
                .feed_refused(url.to_owned(), err.into())
                .show(&app, &user)
                .await
        }
    }
}

async fn action(
    State(app): State<App>,
    user: SignedIn,
    Path((slug, id, action)): Path<(String, i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let actor = user.actor();
    let done = match action.as_str() {
        "remove" => app
            .syndication()
            .remove_feed(&actor, FeedId(id))
            .await
            .map(|()| "feed-removed"),
        "poll" => app
            .syndication()
            .poll_feed_soon(&actor, FeedId(id))
            .await
            .map(|()| "polling"),
        _ => Err(AppError::NotFound(format!("action {action:?}"))),
    };
    match done {
        Ok(notice) => redirect(&format!("/admin/sources/{slug}?notice={notice}#feeds")),
        Err(err) => {
            Screen::new(Kind::Sources, Some(slug))
                .feed_refused(String::new(), err.into())
                .show(&app, &user)
                .await
        }
    }
}

//! Articles: the list with its filters, the editor (every field of an `ArticleInput`, a live
//! Markdown preview, publishing and scheduling), the revision history with diffs and restore,
//! and the draft preview exactly as readers will see it.
//!
//! The form is kept as typed (`Draft`, all strings) and turned into an `ArticleInput` only to
//! save, so a refused save shows the error next to its field with everything still there. Saves
//! carry the revision the editor started from; when someone else saved meanwhile the service
//! refuses, and the page shows both versions and overwrites nothing.
//!
//! The featured image comes from the media library: the editor shows the current image and the
//! latest uploads to pick from. Picking one is a submit button (the form comes back with the
//! image in it, nothing saved) that the script turns into filling the fields in place; uploading
//! is the script posting the file to the media upload endpoint, or without it a link to the
//! library, which sends the chosen image back into the editor.

use axum::Router;
use axum::routing::{get, post};
use gazette_app::App;
use gazette_domain::Timestamp;

mod diff;
mod draft;
mod editor;
mod list;
mod preview;
mod revisions;
mod save;

use draft::Draft;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/articles", get(list::list))
        .route("/admin/articles/bulk", post(list::bulk))
        .route("/admin/articles/new", get(editor::new).post(save::create))
        .route("/admin/articles/preview", post(preview::fragment))
        .route("/admin/articles/{id}", get(editor::edit).post(save::save))
        .route("/admin/articles/{id}/autosave", post(save::autosave))
        .route("/admin/articles/{id}/do/{action}", post(list::row))
        .route(
            "/admin/articles/{id}/preview",
            get(preview::as_readers_see_it),
        )
        .route("/admin/articles/{id}/revisions", get(revisions::list))
        .route(
            "/admin/articles/{id}/revisions/{number}/restore",
            post(revisions::restore),
        )
}

/// An instant as the views carry it (RFC 3339); the templates show it in the site's time zone
/// with the `when` filter.
pub(super) fn instant(t: Timestamp) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

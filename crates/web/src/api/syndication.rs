//! The Admin API for syndication: importing a partner's article from its URL, partner feeds,
//! and the review queue of what the feeds brought.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use gazette_app::{App, FeedOverview, ImportOutcome, Imported, QueueEntry};
use gazette_domain::FeedId;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::dto::ArticleOut;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{Editor, JsonInput, PathInput, QueryInput};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    /// The partner article's address (http or https).
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportOut {
    /// `created`, `updated`, `unchanged`, `original_changed` (left as is and flagged: the article is
    /// published or was edited here) or `rejected`.
    pub outcome: String,
    /// The import's record, as the review queue lists it.
    pub record: i64,
    pub canonical_url: String,
    /// The Source's slug, matched by domain or created.
    pub source: String,
    pub article: Option<ArticleOut>,
}

async fn import_out(app: &App, i: Imported) -> ApiResult<ImportOut> {
    let tax = app.taxonomy().all().await?;
    Ok(ImportOut {
        outcome: i.outcome.as_str().to_owned(),
        record: i.record,
        canonical_url: i.canonical_url,
        source: i.source.slug.as_str().to_owned(),
        article: i
            .article
            .map(|a| ArticleOut::new(a, &tax, app.base_url(), true)),
    })
}

/// Fetches the page, extracts the article and makes a draft republished from its Source; the
/// same article imported again updates that draft (201 when created, 200 otherwise).
#[utoipa::path(post, path = "/api/v1/admin/imports", tag = "admin", request_body = ImportRequest, security(("bearer" = [])),
    responses((status = 201, body = ImportOut), (status = 200, body = ImportOut), (status = 422, body = ErrorBody), (status = 502, body = ErrorBody)))]
pub async fn import_url(
    State(app): State<App>,
    Editor(actor): Editor,
    JsonInput(req): JsonInput<ImportRequest>,
) -> ApiResult<(StatusCode, Json<ImportOut>)> {
    let imported = app.syndication().import_url(&actor, &req.url).await?;
    let status = if imported.outcome == ImportOutcome::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(import_out(&app, imported).await?)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct QueueParams {
    /// At most this many entries (default 100, at most 500).
    pub limit: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueEntryOut {
    pub id: i64,
    pub source: String,
    pub canonical_url: String,
    /// `review` (waiting for an editor), `accepted` or `rejected`.
    pub state: String,
    /// The partner changed the original after it was imported, and the article was left as is.
    pub original_changed: bool,
    pub article_id: Option<i64>,
    pub title: Option<String>,
    pub status: Option<String>,
    pub fetched_at: String,
}

impl From<QueueEntry> for QueueEntryOut {
    fn from(e: QueueEntry) -> Self {
        Self {
            id: e.id,
            source: e.source,
            canonical_url: e.canonical_url,
            state: e.state.as_str().to_owned(),
            original_changed: e.original_changed,
            article_id: e.article_id.map(|a| a.0),
            title: e.title,
            status: e.status.map(|s| s.as_str().to_owned()),
            fetched_at: e
                .fetched_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        }
    }
}

/// Imports from feeds waiting for review, and imports whose original changed, newest first.
#[utoipa::path(get, path = "/api/v1/admin/imports/queue", tag = "admin", params(QueueParams), security(("bearer" = [])),
    responses((status = 200, body = [QueueEntryOut])))]
pub async fn review_queue(
    State(app): State<App>,
    Editor(actor): Editor,
    QueryInput(p): QueryInput<QueueParams>,
) -> ApiResult<Json<Vec<QueueEntryOut>>> {
    let entries = app
        .syndication()
        .review_queue(&actor, p.limit.unwrap_or(100))
        .await?;
    Ok(Json(entries.into_iter().map(Into::into).collect()))
}

/// Publishes the import's article and takes it out of the queue.
#[utoipa::path(post, path = "/api/v1/admin/imports/{id}/accept", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody)))]
pub async fn accept_import(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<ArticleOut>> {
    let article = app.syndication().accept_record(&actor, id).await?;
    let tax = app.taxonomy().all().await?;
    Ok(Json(ArticleOut::new(article, &tax, app.base_url(), true)))
}

/// Deletes the import's draft; the feed will not bring the article back.
#[utoipa::path(post, path = "/api/v1/admin/imports/{id}/reject", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn reject_import(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.syndication().reject_record(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Clears the "original changed" flag once the editor has looked.
#[utoipa::path(post, path = "/api/v1/admin/imports/{id}/acknowledge", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn acknowledge_import(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.syndication().acknowledge_change(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedRequest {
    /// An RSS, Atom or JSON Feed address.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedOut {
    pub id: i64,
    pub source: String,
    pub url: String,
    pub polled_at: Option<String>,
    pub last_error: Option<String>,
    /// The last answer gave an ETag or Last-Modified, so polls are conditional.
    pub conditional: bool,
}

impl From<FeedOverview> for FeedOut {
    fn from(f: FeedOverview) -> Self {
        Self {
            id: f.id.0,
            source: f.source,
            url: f.url,
            polled_at: f.polled_at.and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            }),
            last_error: f.last_error,
            conditional: f.conditional,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/admin/sources/{slug}/feeds", tag = "admin", params(("slug" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = [FeedOut]), (status = 404, body = ErrorBody)))]
pub async fn list_feeds(
    State(app): State<App>,
    _: Editor,
    PathInput(slug): PathInput<String>,
) -> ApiResult<Json<Vec<FeedOut>>> {
    Ok(Json(
        app.syndication()
            .feeds_of(&slug)
            .await?
            .into_iter()
            .map(Into::into)
            .collect(),
    ))
}

/// Attaches a feed to the Source; it is polled at once and then on the configured schedule.
#[utoipa::path(post, path = "/api/v1/admin/sources/{slug}/feeds", tag = "admin", params(("slug" = String, Path)), request_body = FeedRequest,
    security(("bearer" = [])), responses((status = 201, body = FeedOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_feed(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(slug): PathInput<String>,
    JsonInput(req): JsonInput<FeedRequest>,
) -> ApiResult<(StatusCode, Json<FeedOut>)> {
    let feed = app.syndication().add_feed(&actor, &slug, &req.url).await?;
    Ok((StatusCode::CREATED, Json(feed.into())))
}

#[utoipa::path(delete, path = "/api/v1/admin/feeds/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_feed(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.syndication().remove_feed(&actor, FeedId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Polls the feed as soon as a job runner is free.
#[utoipa::path(post, path = "/api/v1/admin/feeds/{id}/poll", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 202), (status = 404, body = ErrorBody)))]
pub async fn poll_feed(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.syndication().poll_feed_soon(&actor, FeedId(id)).await?;
    Ok(StatusCode::ACCEPTED)
}

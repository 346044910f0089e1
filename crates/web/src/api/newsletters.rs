//! Newsletters in the APIs: subscribing (public) and, with a bearer token, managing newsletters,
//! preparing the next edition, sending it and following its progress.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use gazette_app::{App, EditionOverview, NewsletterOverview, SubscribeRequest};
use gazette_domain::{EditionInput, EditionProgress, EditionStatus, Newsletter, NewsletterInput};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::{Editor, JsonInput, PathInput, QueryInput};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscribeInput {
    pub email: String,
    /// Newsletter slugs; empty or absent: the site's main newsletter.
    #[serde(default)]
    pub newsletters: Vec<String>,
    /// The language edition, e.g. "fr"; absent: the site's language.
    #[serde(default)]
    pub language: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubscribeAccepted {
    /// Always `confirmation_sent`: the same answer whether or not the address was known.
    pub status: &'static str,
}

/// Asks for a confirmation email (double opt-in). Rate-limited per network address and per
/// email address (429).
#[utoipa::path(post, path = "/api/v1/newsletter/subscribe", tag = "content", request_body = SubscribeInput,
    responses((status = 202, body = SubscribeAccepted), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn subscribe(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    JsonInput(input): JsonInput<SubscribeInput>,
) -> ApiResult<(StatusCode, Json<SubscribeAccepted>)> {
    app.newsletters()
        .subscribe(SubscribeRequest {
            email: input.email,
            newsletters: input.newsletters,
            language: input.language,
            client_ip: Some(crate::security::client_ip(&app, &headers, peer)),
        })
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(SubscribeAccepted {
            status: "confirmation_sent",
        }),
    ))
}

/// A newsletter with its confirmed subscribers and next send time.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewsletterOut {
    #[serde(flatten)]
    pub newsletter: Newsletter,
    pub subscribers: u64,
    /// RFC 3339; absent when inactive.
    pub next_send: Option<String>,
}

impl From<NewsletterOverview> for NewsletterOut {
    fn from(o: NewsletterOverview) -> Self {
        Self {
            newsletter: o.newsletter,
            subscribers: o.subscribers,
            next_send: o.next_send,
        }
    }
}

/// An edition and how far its sending has come.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionOut {
    pub id: i64,
    pub newsletter: String,
    /// Its number in the archive, once it went out.
    pub number: Option<i64>,
    pub status: EditionStatus,
    pub subject: String,
    /// Markdown.
    pub intro: String,
    /// Article slugs, in order.
    pub articles: Vec<String>,
    /// Its public page, once it went out.
    pub url: Option<String>,
    pub progress: EditionProgress,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
}

impl From<EditionOverview> for EditionOut {
    fn from(e: EditionOverview) -> Self {
        Self {
            id: e.id.0,
            newsletter: e.newsletter.to_string(),
            number: e.number,
            status: e.status,
            subject: e.subject,
            intro: e.intro,
            articles: e.articles,
            url: e.url,
            progress: e.progress,
            started_at: e.started_at,
            finished_at: e.finished_at,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/admin/newsletters", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = Vec<NewsletterOut>), (status = 401, body = ErrorBody)))]
pub async fn list_newsletters(
    State(app): State<App>,
    _: Editor,
) -> ApiResult<Json<Vec<NewsletterOut>>> {
    Ok(Json(
        app.newsletters()
            .overviews()
            .await?
            .into_iter()
            .map(NewsletterOut::from)
            .collect(),
    ))
}

#[utoipa::path(post, path = "/api/v1/admin/newsletters", tag = "admin", request_body = NewsletterInput, security(("bearer" = [])),
    responses((status = 201, body = NewsletterOut), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_newsletter(
    State(app): State<App>,
    Editor(actor): Editor,
    JsonInput(input): JsonInput<NewsletterInput>,
) -> ApiResult<(StatusCode, Json<NewsletterOut>)> {
    let created = app.newsletters().create(&actor, input).await?;
    Ok((StatusCode::CREATED, Json(created.into())))
}

#[utoipa::path(get, path = "/api/v1/admin/newsletters/{slug}", tag = "admin", params(("slug" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = NewsletterOut), (status = 404, body = ErrorBody)))]
pub async fn get_newsletter(
    State(app): State<App>,
    _: Editor,
    PathInput(slug): PathInput<String>,
) -> ApiResult<Json<NewsletterOut>> {
    Ok(Json(app.newsletters().overview(&slug).await?.into()))
}

/// Replaces a newsletter's settings; a new send time reschedules it.
#[utoipa::path(put, path = "/api/v1/admin/newsletters/{slug}", tag = "admin", params(("slug" = String, Path)), request_body = NewsletterInput,
    security(("bearer" = [])), responses((status = 200, body = NewsletterOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn replace_newsletter(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(slug): PathInput<String>,
    JsonInput(input): JsonInput<NewsletterInput>,
) -> ApiResult<Json<NewsletterOut>> {
    Ok(Json(
        app.newsletters()
            .replace(&actor, &slug, input)
            .await?
            .into(),
    ))
}

/// Deletes a newsletter, its editions and its subscriptions (administrators only).
#[utoipa::path(delete, path = "/api/v1/admin/newsletters/{slug}", tag = "admin", params(("slug" = String, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_newsletter(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(slug): PathInput<String>,
) -> ApiResult<StatusCode> {
    app.newsletters().delete(&actor, &slug).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The next edition, as the editors are preparing it.
#[utoipa::path(get, path = "/api/v1/admin/newsletters/{slug}/next", tag = "admin", params(("slug" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = EditionOut), (status = 404, body = ErrorBody)))]
pub async fn get_next_edition(
    State(app): State<App>,
    _: Editor,
    PathInput(slug): PathInput<String>,
) -> ApiResult<Json<EditionOut>> {
    Ok(Json(app.newsletters().next_edition(&slug).await?.into()))
}

/// Picks and orders the next edition's articles (by slug) and sets its subject and introduction.
#[utoipa::path(put, path = "/api/v1/admin/newsletters/{slug}/next", tag = "admin", params(("slug" = String, Path)), request_body = EditionInput,
    security(("bearer" = [])), responses((status = 200, body = EditionOut), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_next_edition(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(slug): PathInput<String>,
    JsonInput(input): JsonInput<EditionInput>,
) -> ApiResult<Json<EditionOut>> {
    Ok(Json(
        app.newsletters()
            .set_next_edition(&actor, &slug, input)
            .await?
            .into(),
    ))
}

/// Sends the next edition now (or resumes one whose sending was interrupted).
#[utoipa::path(post, path = "/api/v1/admin/newsletters/{slug}/send", tag = "admin", params(("slug" = String, Path)), security(("bearer" = [])),
    responses((status = 202, body = EditionOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn send_newsletter(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(slug): PathInput<String>,
) -> ApiResult<(StatusCode, Json<EditionOut>)> {
    let started = app
        .newsletters()
        .send_next_edition_now(&actor, &slug)
        .await?;
    Ok((StatusCode::ACCEPTED, Json(started.into())))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EditionListParams {
    /// At most this many (default 20; more than 200 is taken as 200).
    pub limit: Option<u32>,
}

/// Editions that went out or are going out, newest first, with their progress.
#[utoipa::path(get, path = "/api/v1/admin/newsletters/{slug}/editions", tag = "admin", params(("slug" = String, Path), EditionListParams),
    security(("bearer" = [])), responses((status = 200, body = Vec<EditionOut>), (status = 404, body = ErrorBody)))]
pub async fn list_editions(
    State(app): State<App>,
    _: Editor,
    PathInput(slug): PathInput<String>,
    QueryInput(p): QueryInput<EditionListParams>,
) -> ApiResult<Json<Vec<EditionOut>>> {
    let limit = p.limit.unwrap_or(20).clamp(1, 200);
    Ok(Json(
        app.newsletters()
            .editions(&slug, limit)
            .await?
            .into_iter()
            .map(EditionOut::from)
            .collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/admin/editions/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = EditionOut), (status = 404, body = ErrorBody)))]
pub async fn get_edition(
    State(app): State<App>,
    _: Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<EditionOut>> {
    Ok(Json(
        app.newsletters()
            .edition_overview(gazette_domain::EditionId(id))
            .await?
            .into(),
    ))
}

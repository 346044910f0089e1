//! The Admin API: bearer-token access to the same services the admin UI and the CLI use.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, ArticleOrder};
use gazette_domain::{
    ArticleId, ArticleInput, ArticlePatch, ArticleStatus, Author, AuthorInput, Region, RegionInput,
    ReportInput, Revision, SiteSettings, Source, SourceInput, TaxonomyKind, Theme, ThemeInput,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::content::{ArticleListParams, article_list, report_out_with};
use super::dto::{ArticleList, ArticleOut, ReportOut};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{Editor, JsonInput, PathInput, QueryInput};

async fn out(app: &App, a: gazette_domain::Article) -> ApiResult<Json<ArticleOut>> {
    let tax = app.taxonomy().all().await?;
    Ok(Json(ArticleOut::new(a, &tax, app.base_url(), true)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AdminListParams {
    /// draft, scheduled, published or unpublished.
    #[param(value_type = Option<ArticleStatus>)]
    pub status: Option<String>,
    /// Part of the title, any case.
    pub q: Option<String>,
    pub region: Option<String>,
    pub theme: Option<String>,
    pub report: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}

/// Every article in any status, most recently edited first.
#[utoipa::path(get, path = "/api/v1/admin/articles", tag = "admin", params(AdminListParams), security(("bearer" = [])),
    responses((status = 200, body = ArticleList), (status = 401, body = ErrorBody)))]
pub async fn list_articles(
    State(app): State<App>,
    _: Editor,
    QueryInput(p): QueryInput<AdminListParams>,
) -> ApiResult<Json<ArticleList>> {
    let status = match p.status.as_deref() {
        None => None,
        Some(raw) => Some(ArticleStatus::parse(raw).ok_or_else(|| {
            ApiError::bad_request(format!(
                "unknown status {raw:?}; use draft, scheduled, published or unpublished"
            ))
            .field("status")
        })?),
    };
    let params = ArticleListParams {
        region: p.region,
        theme: p.theme,
        report: p.report,
        author: p.author,
        source: p.source,
        language: p.language,
        page: p.page,
        per_page: p.per_page,
    };
    let q = params.query(status, p.q)?;
    Ok(Json(
        article_list(&app, q, ArticleOrder::RecentlyUpdated, true).await?,
    ))
}

/// Creates a draft.
#[utoipa::path(post, path = "/api/v1/admin/articles", tag = "admin", request_body = ArticleInput, security(("bearer" = [])),
    responses((status = 201, body = ArticleOut), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_article(
    State(app): State<App>,
    Editor(actor): Editor,
    JsonInput(input): JsonInput<ArticleInput>,
) -> ApiResult<(StatusCode, Json<ArticleOut>)> {
    let article = app.articles().create(&actor, input).await?;
    Ok((StatusCode::CREATED, out(&app, article).await?))
}

#[utoipa::path(get, path = "/api/v1/admin/articles/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody)))]
pub async fn get_article(
    State(app): State<App>,
    _: Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<ArticleOut>> {
    out(&app, app.articles().article(ArticleId(id)).await?).await
}

/// Changes some fields; send `base_revision` to be told when someone else saved meanwhile.
#[utoipa::path(patch, path = "/api/v1/admin/articles/{id}", tag = "admin", params(("id" = i64, Path)), request_body = ArticlePatch,
    security(("bearer" = [])), responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_article(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
    JsonInput(patch): JsonInput<ArticlePatch>,
) -> ApiResult<Json<ArticleOut>> {
    out(
        &app,
        app.articles()
            .update(&actor, ArticleId(id), patch)
            .await?
            .article,
    )
    .await
}

/// Deletes the article; its address answers 410 Gone afterwards.
#[utoipa::path(delete, path = "/api/v1/admin/articles/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_article(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.articles().delete(&actor, ArticleId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/admin/articles/{id}/publish", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "the draft has no body yet")))]
pub async fn publish_article(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<ArticleOut>> {
    out(&app, app.articles().publish(&actor, ArticleId(id)).await?).await
}

#[utoipa::path(post, path = "/api/v1/admin/articles/{id}/unpublish", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody)))]
pub async fn unpublish_article(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<ArticleOut>> {
    out(&app, app.articles().unpublish(&actor, ArticleId(id)).await?).await
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleInput {
    /// When to publish, RFC 3339 (`2026-12-01T06:00:00Z`).
    pub at: String,
}

#[utoipa::path(post, path = "/api/v1/admin/articles/{id}/schedule", tag = "admin", params(("id" = i64, Path)), request_body = ScheduleInput,
    security(("bearer" = [])), responses((status = 200, body = ArticleOut), (status = 422, body = ErrorBody)))]
pub async fn schedule_article(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
    JsonInput(input): JsonInput<ScheduleInput>,
) -> ApiResult<Json<ArticleOut>> {
    let at =
        gazette_domain::parse_timestamp("at", &input.at).map_err(gazette_app::AppError::from)?;
    out(
        &app,
        app.articles().schedule(&actor, ArticleId(id), at).await?,
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/admin/articles/{id}/revisions", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = Vec<Revision>), (status = 404, body = ErrorBody)))]
pub async fn list_revisions(
    State(app): State<App>,
    _: Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<Vec<Revision>>> {
    Ok(Json(app.articles().revisions(ArticleId(id)).await?))
}

/// Saves an earlier revision's content again, as a new revision.
#[utoipa::path(post, path = "/api/v1/admin/articles/{id}/revisions/{number}/restore", tag = "admin",
    params(("id" = i64, Path), ("number" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "the revision files the article under a region, theme, report or author deleted since")))]
pub async fn restore_revision(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput((id, number)): PathInput<(i64, i64)>,
) -> ApiResult<Json<ArticleOut>> {
    out(
        &app,
        app.articles()
            .restore_revision(&actor, ArticleId(id), number)
            .await?,
    )
    .await
}

/// The article rendered exactly as readers would see it, whatever its status.
#[utoipa::path(get, path = "/api/v1/admin/articles/{id}/preview", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, content_type = "text/html"), (status = 404, body = ErrorBody)))]
pub async fn preview_article(
    State(app): State<App>,
    _: Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Response> {
    let html = app.public().preview_page(ArticleId(id)).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response())
}

macro_rules! taxonomy_endpoints {
    ($kind:literal, $create:ident, $replace:ident, $delete:ident, $input:ty, $output:ty, $put:ident, $table:expr, $map:expr) => {
        #[utoipa::path(post, path = concat!("/api/v1/admin/", $kind), tag = "admin", request_body = $input, security(("bearer" = [])),
            responses((status = 201, body = $output), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
        pub async fn $create(State(app): State<App>, Editor(actor): Editor, JsonInput(input): JsonInput<$input>) -> ApiResult<(StatusCode, Json<$output>)> {
            let saved = app.taxonomy().$put(&actor, None, input).await?;
            Ok((StatusCode::CREATED, Json($map(&app, saved).await?)))
        }

        #[utoipa::path(put, path = concat!("/api/v1/admin/", $kind, "/{slug}"), tag = "admin", params(("slug" = String, Path)),
            request_body = $input, security(("bearer" = [])),
            responses((status = 200, body = $output), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "the new slug is taken"),
                (status = 422, body = ErrorBody)))]
        pub async fn $replace(State(app): State<App>, Editor(actor): Editor, PathInput(slug): PathInput<String>, JsonInput(input): JsonInput<$input>) -> ApiResult<Json<$output>> {
            let saved = app.taxonomy().$put(&actor, Some(&slug), input).await?;
            Ok(Json($map(&app, saved).await?))
        }

        #[utoipa::path(delete, path = concat!("/api/v1/admin/", $kind, "/{slug}"), tag = "admin", params(("slug" = String, Path)),
            security(("bearer" = [])), responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
                (status = 422, body = ErrorBody, description = "the slug is not a valid slug")))]
        pub async fn $delete(State(app): State<App>, Editor(actor): Editor, PathInput(slug): PathInput<String>) -> ApiResult<StatusCode> {
            app.taxonomy().delete(&actor, $table, &slug).await?;
            Ok(StatusCode::NO_CONTENT)
        }
    };
}

async fn same<T>(_: &App, t: T) -> ApiResult<T> {
    Ok(t)
}

async fn report_out(app: &App, r: gazette_domain::Report) -> ApiResult<ReportOut> {
    report_out_with(app, r, false).await
}

taxonomy_endpoints!(
    "authors",
    create_author,
    replace_author,
    delete_author,
    AuthorInput,
    Author,
    put_author,
    TaxonomyKind::Authors,
    same
);
taxonomy_endpoints!(
    "sources",
    create_source,
    replace_source,
    delete_source,
    SourceInput,
    Source,
    put_source,
    TaxonomyKind::Sources,
    same
);
taxonomy_endpoints!(
    "regions",
    create_region,
    replace_region,
    delete_region,
    RegionInput,
    Region,
    put_region,
    TaxonomyKind::Regions,
    same
);
taxonomy_endpoints!(
    "themes",
    create_theme,
    replace_theme,
    delete_theme,
    ThemeInput,
    Theme,
    put_theme,
    TaxonomyKind::Themes,
    same
);
taxonomy_endpoints!(
    "reports",
    create_report,
    replace_report,
    delete_report,
    ReportInput,
    ReportOut,
    put_report,
    TaxonomyKind::Reports,
    report_out
);

#[utoipa::path(get, path = "/api/v1/admin/settings", tag = "admin", security(("bearer" = [])), responses((status = 200, body = SiteSettings)))]
pub async fn get_settings(State(app): State<App>, _: Editor) -> ApiResult<Json<SiteSettings>> {
    Ok(Json(app.settings().get().await?))
}

#[utoipa::path(put, path = "/api/v1/admin/settings", tag = "admin", request_body = SiteSettings, security(("bearer" = [])),
    responses((status = 200, body = SiteSettings), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn put_settings(
    State(app): State<App>,
    Editor(actor): Editor,
    JsonInput(settings): JsonInput<SiteSettings>,
) -> ApiResult<Json<SiteSettings>> {
    Ok(Json(app.settings().put(&actor, settings).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobOut {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub status: String,
    pub run_at: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// Pending, running and failed background work.
#[utoipa::path(get, path = "/api/v1/admin/jobs", tag = "admin", security(("bearer" = [])), responses((status = 200, body = Vec<JobOut>)))]
pub async fn list_jobs(State(app): State<App>, _: Editor) -> ApiResult<Json<Vec<JobOut>>> {
    use gazette_app::JobStatus::*;
    let jobs = app.jobs().list(&[Pending, Running, Failed], 500).await?;
    Ok(Json(
        jobs.into_iter()
            .map(|j| JobOut {
                id: j.id.0,
                kind: j.kind,
                payload: j.payload,
                status: j.status.as_str().into(),
                run_at: j
                    .run_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
                attempts: j.attempts,
                last_error: j.last_error,
            })
            .collect(),
    ))
}

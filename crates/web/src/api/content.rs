//! The public, read-only Content API: published articles and the taxonomies.

use axum::Json;
use axum::extract::State;
use gazette_app::{App, ArticleOrder, ArticleQuery};
use gazette_domain::{ArticleStatus, Author, Region, Source, Theme};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{ArticleList, ArticleOut, ReportOut, SearchOut};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{PathInput, QueryInput};

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ArticleListParams {
    /// Region slug; includes its sub-regions.
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

impl ArticleListParams {
    pub fn query(
        self,
        status: Option<ArticleStatus>,
        title_contains: Option<String>,
    ) -> ApiResult<ArticleQuery> {
        let page = self.page.unwrap_or(1);
        let per_page = self.per_page.unwrap_or(20);
        if page == 0 {
            return Err(ApiError::bad_request("page starts at 1").field("page"));
        }
        if !(1..=100).contains(&per_page) {
            return Err(
                ApiError::bad_request("per_page must be between 1 and 100").field("per_page")
            );
        }
        Ok(ArticleQuery {
            status,
            region: self.region,
            theme: self.theme,
            report: self.report,
            author: self.author,
            source: self.source,
            language: self.language,
            title_contains,
            page,
            per_page,
            ..ArticleQuery::default()
        })
    }
}

pub(super) async fn article_list(
    app: &App,
    q: ArticleQuery,
    order: ArticleOrder,
    with_source: bool,
) -> ApiResult<ArticleList> {
    let (articles, total) = app.articles().list(&q, order).await?;
    let tax = app.taxonomy().all().await?;
    Ok(ArticleList {
        items: articles
            .into_iter()
            .map(|a| ArticleOut::new(a, &tax, app.base_url(), with_source))
            .collect(),
        page: q.page,
        per_page: q.per_page,
        total,
    })
}

/// Published articles, newest first, with filters.
#[utoipa::path(get, path = "/api/v1/articles", tag = "content", params(ArticleListParams),
    responses((status = 200, body = ArticleList), (status = 400, body = ErrorBody)))]
pub async fn list_articles(
    State(app): State<App>,
    QueryInput(params): QueryInput<ArticleListParams>,
) -> ApiResult<Json<ArticleList>> {
    let q = params.query(Some(ArticleStatus::Published), None)?;
    Ok(Json(
        article_list(&app, q, ArticleOrder::Newest, false).await?,
    ))
}

/// One published article.
#[utoipa::path(get, path = "/api/v1/articles/{slug}", tag = "content", params(("slug" = String, Path)),
    responses((status = 200, body = ArticleOut), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody)))]
pub async fn get_article(
    State(app): State<App>,
    PathInput(slug): PathInput<String>,
) -> ApiResult<Json<ArticleOut>> {
    let article = app.articles().public(&slug).await?;
    let tax = app.taxonomy().all().await?;
    Ok(Json(ArticleOut::new(article, &tax, app.base_url(), false)))
}

#[utoipa::path(get, path = "/api/v1/authors", tag = "content", responses((status = 200, body = Vec<Author>)))]
pub async fn list_authors(State(app): State<App>) -> ApiResult<Json<Vec<Author>>> {
    Ok(Json(app.taxonomy().all().await?.authors))
}

#[utoipa::path(get, path = "/api/v1/sources", tag = "content", responses((status = 200, body = Vec<Source>)))]
pub async fn list_sources(State(app): State<App>) -> ApiResult<Json<Vec<Source>>> {
    Ok(Json(app.taxonomy().all().await?.sources))
}

#[utoipa::path(get, path = "/api/v1/regions", tag = "content", responses((status = 200, body = Vec<Region>)))]
pub async fn list_regions(State(app): State<App>) -> ApiResult<Json<Vec<Region>>> {
    Ok(Json(app.taxonomy().all().await?.regions))
}

#[utoipa::path(get, path = "/api/v1/themes", tag = "content", responses((status = 200, body = Vec<Theme>)))]
pub async fn list_themes(State(app): State<App>) -> ApiResult<Json<Vec<Theme>>> {
    Ok(Json(app.taxonomy().all().await?.themes))
}

#[utoipa::path(get, path = "/api/v1/reports", tag = "content", responses((status = 200, body = Vec<ReportOut>)))]
pub async fn list_reports(State(app): State<App>) -> ApiResult<Json<Vec<ReportOut>>> {
    let mut out = Vec::new();
    for r in app.taxonomy().all().await?.reports {
        out.push(report_out(&app, r).await?);
    }
    Ok(Json(out))
}

#[utoipa::path(get, path = "/api/v1/reports/{slug}", tag = "content", params(("slug" = String, Path)),
    responses((status = 200, body = ReportOut), (status = 404, body = ErrorBody)))]
pub async fn get_report(
    State(app): State<App>,
    PathInput(slug): PathInput<String>,
) -> ApiResult<Json<ReportOut>> {
    let report = app
        .taxonomy()
        .all()
        .await?
        .report_by_slug(&slug)
        .cloned()
        .ok_or_else(|| ApiError::not_found(&format!("report {slug:?}")))?;
    Ok(Json(report_out(&app, report).await?))
}

async fn report_out(app: &App, r: gazette_domain::Report) -> ApiResult<ReportOut> {
    report_out_with(app, r, true).await
}

/// A report and its article slugs: the public API lists published ones, the Admin API all.
pub(super) async fn report_out_with(
    app: &App,
    r: gazette_domain::Report,
    published_only: bool,
) -> ApiResult<ReportOut> {
    let articles = app
        .taxonomy()
        .report_article_slugs(&r, published_only)
        .await?
        .into_iter()
        .map(|s| s.to_string())
        .collect();
    Ok(ReportOut {
        slug: r.slug.to_string(),
        title: r.title,
        introduction: r.introduction,
        introduction_html: r.introduction_html,
        articles,
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchApiParams {
    /// Free text: words, "quoted phrases", -exclusions. Anything is accepted.
    #[serde(default)]
    pub q: String,
    pub region: Option<String>,
    pub theme: Option<String>,
    pub report: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    /// Restricts to articles written in this language (a language tag).
    pub language: Option<String>,
    /// Search as this language edition's readers do (a language tag the site is read in,
    /// `es`): translations into it and articles written in it, linked at `/{edition}/…`.
    pub edition: Option<String>,
    pub year: Option<i32>,
    /// 1-based page number.
    #[param(minimum = 1)]
    pub page: Option<u32>,
    /// 1–100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}

/// Full-text search over published articles, with facets.
#[utoipa::path(get, path = "/api/v1/search", tag = "content", params(SearchApiParams),
    responses((status = 200, body = SearchOut), (status = 400, body = ErrorBody),
        (status = 422, description = "`edition` names no language edition of this site", body = ErrorBody)))]
pub async fn search(
    State(app): State<App>,
    QueryInput(p): QueryInput<SearchApiParams>,
) -> ApiResult<Json<SearchOut>> {
    let per_page = p.per_page.unwrap_or(10);
    if !(1..=100).contains(&per_page) {
        return Err(ApiError::bad_request("per_page must be between 1 and 100").field("per_page"));
    }
    if p.page == Some(0) {
        return Err(ApiError::bad_request("page starts at 1").field("page"));
    }
    let params = gazette_app::SearchParams {
        q: p.q,
        region: p.region,
        theme: p.theme,
        report: p.report,
        author: p.author,
        source: p.source,
        language: p.language,
        year: p.year,
        page: p.page,
    };
    let query = params.query(per_page);
    let (page, per_page) = (query.page, query.per_page);
    let results = app.search().query_in(query, p.edition.as_deref()).await?;
    Ok(Json(SearchOut::new(
        results,
        page,
        per_page,
        app.base_url(),
    )))
}

//! The list of articles, newest change first, with its filters.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, ArticleOrder, ArticleQuery, Taxonomies};
use gazette_domain::{Article, ArticleStatus};
use serde::Serialize;

use super::editor::Options;
use super::{Draft, minutes};
use crate::admin::{Chrome, SignedIn, error_page, page as render};

const PER_PAGE: u32 = 25;

#[derive(Serialize)]
struct ListView {
    #[serde(flatten)]
    chrome: Chrome,
    /// Every filter, empty when not set (templates may not compare what is undefined).
    shown_filters: HashMap<&'static str, String>,
    filtered: bool,
    notice: Option<&'static str>,
    rows: Vec<ListRow>,
    total: u64,
    page: u32,
    pages: u32,
    prev: Option<String>,
    next: Option<String>,
    options: Options,
}

#[derive(Serialize)]
struct ListRow {
    id: i64,
    title: String,
    slug: String,
    status: &'static str,
    authors: Vec<String>,
    source: Option<String>,
    language: String,
    featured: bool,
    updated: String,
    when: Option<String>,
}

const FILTERS: [&str; 8] = [
    "status", "author", "source", "region", "theme", "report", "language", "q",
];

pub(super) async fn list(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let filters: HashMap<String, String> = FILTERS
        .iter()
        .filter_map(|&k| {
            q.get(k)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(|v| (k.to_owned(), v.to_owned()))
        })
        .collect();
    let page = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1u32);
    let text = |k: &str| filters.get(k).cloned();
    let query = ArticleQuery {
        status: filters.get("status").and_then(|s| ArticleStatus::parse(s)),
        region: text("region"),
        theme: text("theme"),
        report: text("report"),
        author: text("author"),
        source: text("source"),
        language: text("language"),
        title_contains: text("q"),
        page,
        per_page: PER_PAGE,
    };
    let (articles, total) = match app
        .articles()
        .list(&query, ArticleOrder::RecentlyUpdated)
        .await
    {
        Ok(found) => found,
        Err(err) => return error_page(&app, err),
    };
    let tax = match app.taxonomy().all().await {
        Ok(tax) => tax,
        Err(err) => return error_page(&app, err),
    };
    let pages = (total.div_ceil(u64::from(PER_PAGE)) as u32).max(1);
    let link = |to: u32| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for k in FILTERS {
            if let Some(v) = filters.get(k) {
                s.append_pair(k, v);
            }
        }
        s.append_pair("page", &to.to_string());
        format!("/admin/articles?{}", s.finish())
    };
    let notice = match q.get("done").map(String::as_str) {
        Some("deleted") => Some("The article was deleted; its address now answers 410 Gone."),
        _ => None,
    };
    let view = ListView {
        chrome: user.chrome(&app, "articles").await,
        rows: articles.iter().map(|a| list_row(a, &tax)).collect(),
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        options: Options::of(&tax, &Draft::default()),
        shown_filters: FILTERS
            .iter()
            .map(|&k| (k, filters.get(k).cloned().unwrap_or_default()))
            .collect(),
        filtered: !filters.is_empty(),
        notice,
        total,
        page,
        pages,
    };
    render(&app, StatusCode::OK, "articles.html", &view)
}

fn list_row(a: &Article, tax: &Taxonomies) -> ListRow {
    ListRow {
        id: a.id.0,
        title: a.title.clone(),
        slug: a.slug.as_str().to_owned(),
        status: a.status.as_str(),
        authors: a
            .author_ids
            .iter()
            .filter_map(|id| tax.author(*id).map(|x| x.name.clone()))
            .collect(),
        source: a
            .original
            .as_ref()
            .and_then(|o| tax.source(o.source_id).map(|s| s.name.clone())),
        language: a.language.as_str().to_owned(),
        featured: a.featured,
        updated: minutes(a.updated_at),
        when: match a.status {
            ArticleStatus::Scheduled => a.scheduled_at.map(|t| format!("for {}", minutes(t))),
            _ => a.published_at.map(minutes),
        },
    }
}

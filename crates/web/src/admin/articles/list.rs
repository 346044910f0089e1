//! The list of articles: search (title, standfirst and body), filters and sort kept in the URL,
//! row actions (view, edit, duplicate, unpublish, delete) and bulk actions on the rows ticked
//! (publish, unpublish, file under a region or theme, delete).
//!
//! Row actions post a form outside the table (`form="row-action"` on each button), since forms
//! cannot nest and the table sits inside the bulk form. Each action is one service call; a
//! refused one shows the list again with the service's message, naming the article.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, AppError, ArticleOrder, ArticleQuery, BulkAction, Taxonomies};
use gazette_domain::{Article, ArticleId, ArticleStatus, FieldError, Role};
use serde::Serialize;

use super::editor::Options;
use super::{Draft, instant};
use crate::admin::messages::Text;
use crate::admin::{
    Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect, sentence,
};

const PER_PAGE: u32 = 25;

/// The list's query parameters besides `page`, in the order links write them.
const FILTERS: [&str; 9] = [
    "q", "status", "author", "source", "region", "theme", "report", "language", "sort",
];

/// `sort` values, their labels and the order each asks for; the first is the default.
const SORTS: [(&str, &str, ArticleOrder); 4] = [
    ("edited", "Last edited", ArticleOrder::RecentlyUpdated),
    ("newest", "Newest published", ArticleOrder::Newest),
    ("oldest", "Oldest first", ArticleOrder::Oldest),
    ("title", "Title, A to Z", ArticleOrder::Title),
];

#[derive(Serialize)]
struct ListView {
    #[serde(flatten)]
    chrome: Chrome,
    /// Every filter, empty when not set (templates may not compare what is undefined).
    shown_filters: HashMap<&'static str, String>,
    /// The filters as a query string, for the forms that come back to this list.
    query: String,
    sorts: Vec<(&'static str, &'static str)>,
    filtered: bool,
    notice: Option<String>,
    error: Option<String>,
    rows: Vec<ListRow>,
    total: u64,
    page: u32,
    pages: u32,
    prev: Option<String>,
    next: Option<String>,
    options: Options,
    may_publish: bool,
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
    in_review: bool,
    /// RFC 3339; the template shows it in the site's time zone.
    updated: String,
    published: Option<String>,
    scheduled: Option<String>,
}

/// The list's state as its URL gives it: the filters set, and the page.
struct Shown {
    filters: HashMap<String, String>,
    page: u32,
}

impl Shown {
    fn of(q: &HashMap<String, String>) -> Self {
        let filters = FILTERS
            .iter()
            .filter_map(|&k| {
                q.get(k)
                    .map(|v| v.trim())
                    .filter(|v| !v.is_empty())
                    .map(|v| (k.to_owned(), v.to_owned()))
            })
            .collect();
        let page = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1u32);
        Self { filters, page }
    }

    fn text(&self, k: &str) -> Option<String> {
        self.filters.get(k).cloned()
    }

    fn order(&self) -> ArticleOrder {
        let sort = self.filters.get("sort").map_or("", String::as_str);
        SORTS
            .iter()
            .find(|(key, ..)| *key == sort)
            .map_or(SORTS[0].2, |s| s.2)
    }

    /// The filters as a query string, with `page` when asked.
    fn query(&self, page: Option<u32>) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for k in FILTERS {
            if let Some(v) = self.filters.get(k) {
                s.append_pair(k, v);
            }
        }
        if let Some(page) = page {
            s.append_pair("page", &page.to_string());
        }
        s.finish()
    }
}

/// `GET /admin/articles`.
pub(super) async fn list(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let notice = q.get("done").and_then(|done| {
        let n = q
            .get("n")
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(1);
        done_notice(done, n).map(|notice| notice.show(&app))
    });
    list_page(&app, &user, &Shown::of(&q), notice, None).await
}

async fn list_page(
    app: &App,
    user: &SignedIn,
    shown: &Shown,
    notice: Option<String>,
    error: Option<String>,
) -> Response {
    let query = ArticleQuery {
        status: shown.text("status").and_then(|s| ArticleStatus::parse(&s)),
        region: shown.text("region"),
        theme: shown.text("theme"),
        report: shown.text("report"),
        author: shown.text("author"),
        source: shown.text("source"),
        language: shown.text("language"),
        text: shown.text("q"),
        page: shown.page,
        per_page: PER_PAGE,
        ..ArticleQuery::default()
    };
    let listed = app.articles().list(&query, shown.order()).await;
    let (articles, total) = match listed {
        Ok(found) => found,
        Err(err) => return error_page(app, err),
    };
    let tax = match app.taxonomy().all().await {
        Ok(tax) => tax,
        Err(err) => return error_page(app, err),
    };
    let reviews = match app.articles().review_requests(None).await {
        Ok(reviews) => reviews,
        Err(err) => return error_page(app, err),
    };
    let pages = (total.div_ceil(u64::from(PER_PAGE)) as u32).max(1);
    let link = |to: u32| format!("/admin/articles?{}", shown.query(Some(to)));
    let page = shown.page;
    let in_review = |id: ArticleId| reviews.iter().any(|r| r.article_id == id);
    let view = ListView {
        chrome: user.chrome(app, "articles").await,
        rows: articles
            .iter()
            .map(|a| list_row(a, &tax, in_review(a.id)))
            .collect(),
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        options: Options::of(&tax, &Draft::default()),
        shown_filters: FILTERS
            .iter()
            .map(|&k| (k, shown.filters.get(k).cloned().unwrap_or_default()))
            .collect(),
        query: shown.query(Some(page)),
        sorts: SORTS.iter().map(|(k, label, _)| (*k, *label)).collect(),
        filtered: shown.filters.keys().any(|k| k != "sort"),
        notice,
        error,
        total,
        page,
        pages,
        may_publish: user.actor().user().is_some_and(|u| u.role >= Role::Editor),
    };
    let status = if view.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(app, status, "articles.html", &view)
}

fn list_row(a: &Article, tax: &Taxonomies, in_review: bool) -> ListRow {
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
        in_review,
        updated: instant(a.updated_at),
        published: a.published_at.map(instant),
        scheduled: a.scheduled_at.map(instant),
    }
}

/// What the list says after an action that went through (`?done=`, with `n` articles).
fn done_notice(done: &str, n: usize) -> Option<Text> {
    let count = i64::try_from(n).unwrap_or(i64::MAX);
    Some(match done {
        "deleted" => Text::ListDeleted { count },
        "published" => Text::ListPublished { count },
        "unpublished" => Text::ListUnpublished { count },
        "filed" => Text::ListFiled { count },
        "unchanged" => Text::ListUnchanged,
        _ => return None,
    })
}

/// The action a bulk form or a row button asks for, and the `done` code of its notice; or,
/// when the form does not say enough, what the editor should choose.
fn bulk_action(action: &str, form: &Form) -> Result<(BulkAction, &'static str), Text> {
    let chosen = |field: &str, missing: Text| {
        form.get(field)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .ok_or(missing)
    };
    Ok(match action {
        "publish" => (BulkAction::Publish, "published"),
        "unpublish" => (BulkAction::Unpublish, "unpublished"),
        "delete" => (BulkAction::Delete, "deleted"),
        "region" => (
            BulkAction::FileUnderRegion(chosen("region", Text::ListChooseRegion)?),
            "filed",
        ),
        "theme" => (
            BulkAction::FileUnderTheme(chosen("theme", Text::ListChooseTheme)?),
            "filed",
        ),
        _ => return Err(Text::ListChooseAction),
    })
}

/// `POST /admin/articles/bulk`: the action chosen, on every row ticked.
pub(super) async fn bulk(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let ids: Vec<ArticleId> = form
        .all("ids")
        .iter()
        .filter_map(|id| id.parse().ok().map(ArticleId))
        .collect();
    act(
        &app,
        &user,
        &form,
        form.get("action").unwrap_or_default(),
        &ids,
    )
    .await
}

/// `POST /admin/articles/{id}/{action}`: a row's button (duplicate, publish, unpublish, delete).
pub(super) async fn row(
    State(app): State<App>,
    user: SignedIn,
    Path((id, action)): Path<(i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    if action == "duplicate" {
        return match app.articles().duplicate(&user.actor(), ArticleId(id)).await {
            Ok(copy) => redirect(&format!("/admin/articles/{}?done=duplicated", copy.id.0)),
            Err(err) => error_page(&app, err),
        };
    }
    act(&app, &user, &form, &action, &[ArticleId(id)]).await
}

/// Does `action` to `ids`, then shows the list the form came from: with a notice, or with the
/// refusal and nothing changed.
async fn act(app: &App, user: &SignedIn, form: &Form, action: &str, ids: &[ArticleId]) -> Response {
    let back: HashMap<String, String> =
        form_urlencoded::parse(form.get("return").unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let shown = Shown::of(&back);
    let (action, word) = match bulk_action(action, form) {
        Ok(chosen) => chosen,
        Err(choose) => {
            return list_page(app, user, &shown, None, Some(choose.show(app))).await;
        }
    };
    let done = app
        .articles()
        .bulk(&user.actor(), ids, &action)
        .await
        .map(|n| (n, word));
    match done {
        Ok((n, word)) => {
            let done = if n == 0 { "unchanged" } else { word };
            // The filters first, then what was done: `?done=…` alone when there are none.
            let filters = shown.query(None);
            let joiner = if filters.is_empty() { "" } else { "&" };
            redirect(&format!(
                "/admin/articles?{filters}{joiner}done={done}&n={n}"
            ))
        }
        // A refusal about the articles chosen is shown above the same list, to correct there.
        Err(AppError::Invalid(FieldError { message, .. }) | AppError::Conflict { message, .. }) => {
            list_page(app, user, &shown, None, Some(sentence(&message))).await
        }
        Err(err) => error_page(app, err),
    }
}

//! An article's revision history, each revision's changes against the one before, and restoring
//! one as a new revision.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, Restored};
use gazette_domain::ArticleId;
use serde::Serialize;

use super::{Draft, diff, instant};
use crate::admin::messages::Text;
use crate::admin::{Chrome, SignedIn, csrf_refusal, error_page, page as render, redirect};

#[derive(Serialize)]
struct RevisionsView {
    #[serde(flatten)]
    chrome: Chrome,
    id: i64,
    title: String,
    current: i64,
    /// Published: restoring makes changes to review, not a live revision.
    live: bool,
    notice: Option<String>,
    revisions: Vec<RevisionRow>,
}

#[derive(Serialize)]
struct RevisionRow {
    number: i64,
    created: String,
    title: String,
    /// Who saved it; none for the system (imports, scheduled jobs) or a removed user.
    by: Option<String>,
    changes: Vec<diff::FieldChange>,
}

pub(super) async fn list(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let id = ArticleId(id);
    let (article, mut revisions) = match (
        app.articles().article(id).await,
        app.articles().revisions(id).await,
    ) {
        (Ok(a), Ok(r)) => (a, r),
        (Err(err), _) | (_, Err(err)) => return error_page(&app, err),
    };
    revisions.sort_by_key(|r| r.number);
    let drafts: Vec<Draft> = revisions
        .iter()
        .map(|r| Draft::from_input(&r.input))
        .collect();
    let mut names: HashMap<i64, Option<String>> = HashMap::new();
    for by in revisions.iter().filter_map(|r| r.created_by) {
        if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(by.0) {
            slot.insert(app.users().name_of(by).await.ok().flatten());
        }
    }
    let mut rows: Vec<RevisionRow> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| RevisionRow {
            number: r.number,
            created: instant(r.created_at),
            title: r.input.title.clone(),
            by: r
                .created_by
                .and_then(|by| names.get(&by.0).cloned().flatten()),
            changes: match i.checked_sub(1) {
                Some(prev) => diff::changes(&drafts[prev], &drafts[i]),
                None => Vec::new(),
            },
        })
        .collect();
    rows.reverse();
    let notice = q.get("restored").map(|from| {
        Text::RevisionRestored {
            from: from.clone(),
            revision: article.revision,
        }
        .show(&app)
    });
    let view = RevisionsView {
        chrome: user.chrome(&app, "articles").await,
        id: id.0,
        live: article.is_public(),
        title: article.title,
        current: article.revision,
        notice,
        revisions: rows,
    };
    render(&app, StatusCode::OK, "article_revisions.html", &view)
}

pub(super) async fn restore(
    State(app): State<App>,
    user: SignedIn,
    Path((id, number)): Path<(i64, i64)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    match app
        .articles()
        .restore_for_review(&user.actor(), ArticleId(id), number)
        .await
    {
        Ok(Restored::Applied(_)) => {
            redirect(&format!("/admin/articles/{id}/revisions?restored={number}"))
        }
        Ok(Restored::ForReview(_)) => {
            redirect(&format!("/admin/articles/{id}?done=restored_for_review"))
        }
        Err(err) => error_page(&app, err),
    }
}

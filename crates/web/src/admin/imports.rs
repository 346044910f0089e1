//! Imports: republishing a partner's article from its address, and the review queue of what
//! partner feeds brought.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, AppError};
use serde::{Deserialize, Serialize};

use super::fields::Failure;
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

#[derive(Serialize)]
struct ImportsView<'a> {
    #[serde(flatten)]
    chrome: Chrome,
    url: &'a str,
    error: Option<&'a str>,
    result: Option<ImportResultView>,
    queue: Vec<gazette_app::QueueEntry>,
}

#[derive(Serialize)]
struct ImportResultView {
    outcome: String,
    title: String,
    source: String,
    status: String,
    revision: i64,
}

#[derive(Deserialize)]
pub(super) struct ImportsQuery {
    record: Option<i64>,
    outcome: Option<String>,
}

pub(super) async fn page(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<ImportsQuery>,
) -> Response {
    let result = match (q.record, q.outcome) {
        (Some(record), Some(outcome)) => {
            match app.syndication().record(&user.actor(), record).await {
                Ok(entry) => Some(ImportResultView {
                    outcome,
                    title: entry.title.unwrap_or_default(),
                    source: entry.source,
                    status: entry
                        .status
                        .map(|s| s.as_str().to_owned())
                        .unwrap_or_default(),
                    revision: entry.revision.unwrap_or_default(),
                }),
                Err(_) => None,
            }
        }
        _ => None,
    };
    imports_view(&app, &user, StatusCode::OK, "", None, result).await
}

async fn imports_view(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    url: &str,
    error: Option<&str>,
    result: Option<ImportResultView>,
) -> Response {
    let queue = match app.syndication().review_queue(&user.actor(), 200).await {
        Ok(queue) => queue,
        Err(err) => return error_page(app, err),
    };
    let view = ImportsView {
        chrome: user.chrome(app, "imports").await,
        url,
        error,
        result,
        queue,
    };
    render(app, status, "imports.html", &view)
}

pub(super) async fn import(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let url = form.get("url").unwrap_or_default();
    match app.syndication().import_url(&user.actor(), url).await {
        Ok(imported) => redirect(&format!(
            "/admin/imports?record={}&outcome={}",
            imported.record,
            imported.outcome.as_str()
        )),
        Err(err) => {
            let failure = Failure::from(err);
            let message = failure.text(&app);
            imports_view(&app, &user, failure.status, url, Some(&message), None).await
        }
    }
}

pub(super) async fn action(
    State(app): State<App>,
    user: SignedIn,
    Path((id, action)): Path<(i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let actor = user.actor();
    let done = match action.as_str() {
        "accept" => app
            .syndication()
            .accept_record(&actor, id)
            .await
            .map(|_| ()),
        "reject" => app.syndication().reject_record(&actor, id).await,
        "acknowledge" => app.syndication().acknowledge_change(&actor, id).await,
        _ => Err(AppError::NotFound(format!("action {action:?}"))),
    };
    match done {
        Ok(()) => redirect("/admin/imports"),
        Err(err) => {
            let failure = Failure::from(err);
            let message = failure.text(&app);
            imports_view(&app, &user, failure.status, "", Some(&message), None).await
        }
    }
}

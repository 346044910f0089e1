//! The reader's newsletter pages: the subscribe form (its own page and every page's footer),
//! confirmation links, preferences and one-click unsubscribing (RFC 8058), and the archive.
//!
//! Forms post `application/x-www-form-urlencoded` bodies; a refused form is shown again with
//! the error next to its field and what the reader typed. Pages behind a secret link are sent
//! `Cache-Control: no-store` and are never indexed.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, AppError, SubscribeForm, SubscribeOutcome, SubscribeRequest};

use crate::error::{HtmlError, PageResult, status_of};
use crate::language::ReaderLang;

fn html(status: StatusCode, body: String, private: bool) -> Response {
    let cache = if private {
        "no-store, private"
    } else {
        "public, max-age=0, must-revalidate"
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

/// A form body's fields; `newsletter` may repeat (one per ticked box).
fn form_fields(body: &[u8]) -> (HashMap<String, String>, Vec<String>) {
    let mut fields = HashMap::new();
    let mut newsletters = Vec::new();
    for (key, value) in form_urlencoded::parse(body) {
        if key == "newsletter" {
            newsletters.push(value.into_owned());
        } else {
            fields.insert(key.into_owned(), value.into_owned());
        }
    }
    (fields, newsletters)
}

/// The reader can put these right on the form, which is shown again with the reason.
fn refuses_the_form(err: &AppError) -> bool {
    matches!(err, AppError::Invalid(_) | AppError::RateLimited(_))
}

pub async fn subscribe_page(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
) -> PageResult {
    let body = app
        .newsletters()
        .subscribe_page(&SubscribeForm::default(), lang)
        .await?;
    Ok(html(StatusCode::OK, body, false))
}

pub async fn subscribe(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let (fields, newsletters) = form_fields(&body);
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    // A form without a language (every page's footer) subscribes to the page's edition.
    let language = Some(field("language"))
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| lang.unwrap_or_default().to_owned());
    let request = SubscribeRequest {
        email: field("email"),
        newsletters: newsletters.clone(),
        language,
        client_ip: Some(crate::security::client_ip(&app, &headers, peer)),
    };
    let (email, language) = (request.email.clone(), request.language.clone());
    match app.newsletters().subscribe(request).await {
        Ok(()) => {
            let body = app.newsletters().check_inbox_page(lang).await?;
            Ok(html(StatusCode::OK, body, true))
        }
        Err(err) if refuses_the_form(&err) => {
            let status = status_of(&err).0;
            let form = SubscribeForm {
                email,
                newsletters,
                language,
                refused: Some(err),
            };
            let body = app.newsletters().subscribe_page(&form, lang).await?;
            Ok(html(status, body, true))
        }
        Err(err) => Err(err.into()),
    }
}

pub async fn confirm(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(token): Path<String>,
) -> PageResult {
    let (outcome, body) = app.newsletters().confirm_page(&token, lang).await?;
    let status = match outcome {
        SubscribeOutcome::Confirmed { .. } | SubscribeOutcome::AlreadyConfirmed => StatusCode::OK,
        SubscribeOutcome::Expired => StatusCode::GONE,
        SubscribeOutcome::Unknown => StatusCode::NOT_FOUND,
    };
    Ok(html(status, body, true))
}

pub async fn preferences(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(token): Path<String>,
) -> PageResult {
    let body = app
        .newsletters()
        .preferences_page(&token, false, None, lang)
        .await?;
    Ok(html(StatusCode::OK, body, true))
}

pub async fn save_preferences(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(token): Path<String>,
    body: Bytes,
) -> PageResult {
    let (fields, newsletters) = form_fields(&body);
    let language = fields.get("language").cloned().unwrap_or_default();
    let refused = match app
        .newsletters()
        .update_preferences(&token, &newsletters, &language)
        .await
    {
        Ok(_) => None,
        Err(err) if refuses_the_form(&err) => Some(err),
        Err(err) => return Err(err.into()),
    };
    let status = refused.as_ref().map_or(StatusCode::OK, |e| status_of(e).0);
    let body = app
        .newsletters()
        .preferences_page(&token, refused.is_none(), refused.as_ref(), lang)
        .await?;
    Ok(html(status, body, true))
}

#[derive(Debug, serde::Deserialize)]
pub struct ListParam {
    list: Option<String>,
}

/// The page behind the visible unsubscribe link: one button. (A GET never unsubscribes, since
/// mail scanners follow links.)
pub async fn unsubscribe_page(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(token): Path<String>,
    Query(q): Query<ListParam>,
) -> PageResult {
    let body = app
        .newsletters()
        .unsubscribe_page(&token, q.list.as_deref(), None, lang)
        .await?;
    Ok(html(StatusCode::OK, body, true))
}

/// The one-click unsubscribe: the `List-Unsubscribe-Post` request mail clients send (body
/// `List-Unsubscribe=One-Click`), and the page's button. No sign-in: the link is the proof.
pub async fn unsubscribe(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(token): Path<String>,
    Query(q): Query<ListParam>,
) -> PageResult {
    let left = app
        .newsletters()
        .unsubscribe(&token, q.list.as_deref())
        .await?;
    let body = app
        .newsletters()
        .unsubscribe_page(&token, None, Some(left), lang)
        .await?;
    Ok(html(StatusCode::OK, body, true))
}

pub async fn archive(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let page = match q.get("page").map(|p| p.parse::<u32>()) {
        None => 1,
        Some(Ok(n)) if (1..=100_000).contains(&n) => n,
        Some(_) => return Err(HtmlError::not_found()),
    };
    let body = app.newsletters().archive_page(&slug, page, lang).await?;
    Ok(html(StatusCode::OK, body, false))
}

pub async fn edition(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    Path((slug, number)): Path<(String, String)>,
) -> PageResult {
    let number = number.parse::<i64>().map_err(|_| HtmlError::not_found())?;
    let body = app.newsletters().edition_page(&slug, number, lang).await?;
    Ok(html(StatusCode::OK, body, false))
}

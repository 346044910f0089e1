//! The reader's newsletter pages: the subscribe form (its own page and every page's footer),
//! confirmation links, preferences and one-click unsubscribing (RFC 8058), and the archive.
//!
//! Forms post `application/x-www-form-urlencoded` bodies; a refused form is shown again with
//! the error next to its field and what the reader typed. Pages behind a secret link are sent
//! `Cache-Control: no-store` and are never indexed.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, AppError, SubscribeForm, SubscribeOutcome, SubscribeRequest};

use crate::public::error_page;

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

async fn failed(app: &App, err: AppError) -> Response {
    match err {
        AppError::NotFound(_) => error_page(app, StatusCode::NOT_FOUND).await,
        err => {
            tracing::error!(error = %err, "newsletter page failed");
            error_page(app, StatusCode::INTERNAL_SERVER_ERROR).await
        }
    }
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

pub async fn subscribe_page(State(app): State<App>) -> Response {
    match app
        .newsletters()
        .subscribe_page(&SubscribeForm::default())
        .await
    {
        Ok(body) => html(StatusCode::OK, body, false),
        Err(err) => failed(&app, err).await,
    }
}

pub async fn subscribe(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (fields, newsletters) = form_fields(&body);
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let request = SubscribeRequest {
        email: field("email"),
        newsletters: newsletters.clone(),
        language: field("language"),
        client_ip: Some(crate::security::client_ip(&app, &headers, peer)),
    };
    let refused = |status: StatusCode, error: (String, String)| {
        let form = SubscribeForm {
            email: request.email.clone(),
            newsletters: newsletters.clone(),
            language: request.language.clone(),
            error: Some(error),
        };
        let app = app.clone();
        async move {
            match app.newsletters().subscribe_page(&form).await {
                Ok(body) => html(status, body, true),
                Err(err) => failed(&app, err).await,
            }
        }
    };
    match app.newsletters().subscribe(request.clone()).await {
        Ok(()) => match app
            .newsletters().notice_page(
                "Check your inbox",
                "We have sent you an email with a link to confirm your subscription. It may take a minute to arrive; if it does not, look in your spam folder.",
                None,
            )
            .await
        {
            Ok(body) => html(StatusCode::OK, body, true),
            Err(err) => failed(&app, err).await,
        },
        Err(AppError::Invalid(e)) => {
            refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                (e.field.to_string(), e.message),
            )
            .await
        }
        Err(AppError::RateLimited(message)) => {
            refused(StatusCode::TOO_MANY_REQUESTS, (String::new(), message)).await
        }
        Err(err) => failed(&app, err).await,
    }
}

pub async fn confirm(State(app): State<App>, Path(token): Path<String>) -> Response {
    let outcome = match app.newsletters().confirm_subscription(&token).await {
        Ok(outcome) => outcome,
        Err(err) => return failed(&app, err).await,
    };
    let (status, heading, message, link) = match &outcome {
        SubscribeOutcome::Confirmed { newsletters } => (
            StatusCode::OK,
            "You are subscribed",
            format!(
                "Thank you. You will receive {} from the next edition on. Every email has a link to change your choices or unsubscribe.",
                names(newsletters)
            ),
            None,
        ),
        SubscribeOutcome::AlreadyConfirmed => (
            StatusCode::OK,
            "You are already subscribed",
            "This link was used before, and your subscription is confirmed. There is nothing more to do.".to_owned(),
            None,
        ),
        SubscribeOutcome::Expired => (
            StatusCode::GONE,
            "This link has expired",
            "Confirmation links work for a limited time, and this one is too old. Subscribe again and we will send you a fresh one.".to_owned(),
            Some(("Subscribe again", "/newsletter")),
        ),
        SubscribeOutcome::Unknown => (
            StatusCode::NOT_FOUND,
            "This link does not work",
            "It may be incomplete (check that it was copied whole), or a newer confirmation email replaced it. Subscribing again sends a new link.".to_owned(),
            Some(("Subscribe", "/newsletter")),
        ),
    };
    match app.newsletters().notice_page(heading, &message, link).await {
        Ok(body) => html(status, body, true),
        Err(err) => failed(&app, err).await,
    }
}

fn names(list: &[String]) -> String {
    match list {
        [] => "our newsletter".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

pub async fn preferences(State(app): State<App>, Path(token): Path<String>) -> Response {
    match app
        .newsletters()
        .preferences_page(&token, false, None)
        .await
    {
        Ok(body) => html(StatusCode::OK, body, true),
        Err(err) => failed(&app, err).await,
    }
}

pub async fn save_preferences(
    State(app): State<App>,
    Path(token): Path<String>,
    body: Bytes,
) -> Response {
    let (fields, newsletters) = form_fields(&body);
    let language = fields.get("language").cloned().unwrap_or_default();
    let (status, saved, error) = match app
        .newsletters()
        .update_preferences(&token, &newsletters, &language)
        .await
    {
        Ok(_) => (StatusCode::OK, true, None),
        Err(AppError::Invalid(e)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
            Some((e.field.to_string(), e.message)),
        ),
        Err(err) => return failed(&app, err).await,
    };
    match app
        .newsletters()
        .preferences_page(&token, saved, error)
        .await
    {
        Ok(body) => html(status, body, true),
        Err(err) => failed(&app, err).await,
    }
}

#[derive(Debug, serde::Deserialize)]
pub struct ListParam {
    list: Option<String>,
}

/// The page behind the visible unsubscribe link: one button. (A GET never unsubscribes, since
/// mail scanners follow links.)
pub async fn unsubscribe_page(
    State(app): State<App>,
    Path(token): Path<String>,
    Query(q): Query<ListParam>,
) -> Response {
    match app
        .newsletters()
        .unsubscribe_page(&token, q.list.as_deref(), None)
        .await
    {
        Ok(body) => html(StatusCode::OK, body, true),
        Err(err) => failed(&app, err).await,
    }
}

/// The one-click unsubscribe: the `List-Unsubscribe-Post` request mail clients send (body
/// `List-Unsubscribe=One-Click`), and the page's button. No sign-in: the link is the proof.
pub async fn unsubscribe(
    State(app): State<App>,
    Path(token): Path<String>,
    Query(q): Query<ListParam>,
) -> Response {
    let left = match app
        .newsletters()
        .unsubscribe(&token, q.list.as_deref())
        .await
    {
        Ok(left) => left,
        Err(err) => return failed(&app, err).await,
    };
    match app
        .newsletters()
        .unsubscribe_page(&token, None, Some(left))
        .await
    {
        Ok(body) => html(StatusCode::OK, body, true),
        Err(err) => failed(&app, err).await,
    }
}

pub async fn archive(
    State(app): State<App>,
    Path(slug): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let page = match q.get("page").map(|p| p.parse::<u32>()) {
        None => 1,
        Some(Ok(n)) if (1..=100_000).contains(&n) => n,
        Some(_) => return error_page(&app, StatusCode::NOT_FOUND).await,
    };
    match app.newsletters().archive_page(&slug, page).await {
        Ok(body) => html(StatusCode::OK, body, false),
        Err(err) => failed(&app, err).await,
    }
}

pub async fn edition(
    State(app): State<App>,
    Path((slug, number)): Path<(String, String)>,
) -> Response {
    let Ok(number) = number.parse::<i64>() else {
        return error_page(&app, StatusCode::NOT_FOUND).await;
    };
    match app.newsletters().edition_page(&slug, number).await {
        Ok(body) => html(StatusCode::OK, body, false),
        Err(err) => failed(&app, err).await,
    }
}

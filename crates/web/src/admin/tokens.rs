//! The API tokens page: a user's own Admin API tokens (an administrator sees everyone's), made
//! with a name and an optional expiry, shown once, and revoked in one click. The same services
//! as the Admin API's `/api/v1/admin/tokens`.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::{ApiToken, App, AppError};
use gazette_domain::{Role, User};
use serde::Serialize;
use time::Duration;

use super::messages::Text;
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};
use crate::error::ApiError;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/tokens", get(page).post(create))
        .route("/admin/tokens/{id}/revoke", post(revoke))
}

#[derive(Serialize)]
struct TokenRow {
    id: i64,
    name: String,
    owner: String,
    created: String,
    expires: Option<String>,
    last_used: Option<String>,
}

#[derive(Serialize)]
struct TokensView {
    #[serde(flatten)]
    chrome: Chrome,
    tokens: Vec<TokenRow>,
    /// Whether the list shows everyone's (an administrator's view).
    everyone: bool,
    /// The token just made, shown this once.
    created: Option<(String, String)>,
    error: Option<String>,
    typed_name: String,
}

fn day(t: time::OffsetDateTime) -> String {
    format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
}

async fn show(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    created: Option<(String, String)>,
    error: Option<String>,
    typed_name: String,
) -> Response {
    let actor = user.actor();
    let me = user.session.user.clone();
    let everyone = me.role == Role::Administrator;
    let scope = if everyone { None } else { Some(me.id) };
    let tokens: Vec<ApiToken> = match app.users().tokens(&actor, scope).await {
        Ok(t) => t,
        Err(err) => return error_page(app, err),
    };
    let users: Vec<User> = if everyone {
        app.users().list(&actor).await.unwrap_or_default()
    } else {
        vec![me.clone()]
    };
    let tokens = tokens
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            owner: users
                .iter()
                .find(|u| u.id == t.user_id)
                .map(|u| u.name.clone())
                .unwrap_or_default(),
            name: t.label,
            created: day(t.created_at),
            expires: t.expires_at.map(day),
            last_used: t.last_used_at.map(day),
        })
        .collect();
    let view = TokensView {
        chrome: user.chrome(app, "tokens").await,
        tokens,
        everyone,
        created,
        error,
        typed_name,
    };
    render(app, status, "tokens.html", &view)
}

async fn page(State(app): State<App>, user: SignedIn) -> Response {
    show(&app, &user, StatusCode::OK, None, None, String::new()).await
}

async fn create(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let name = form.get("name").unwrap_or_default().to_owned();
    let expires_at = match form.get("expires_days").unwrap_or_default() {
        "" | "never" => None,
        days => match days.parse::<i64>() {
            Ok(d) if (1..=3650).contains(&d) => {
                Some(time::OffsetDateTime::now_utc() + Duration::days(d))
            }
            _ => {
                let message = Text::TokenChooseExpiry.show(&app);
                return show(
                    &app,
                    &user,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    Some(message),
                    name,
                )
                .await;
            }
        },
    };
    let me = user.session.user.id;
    // The token is shown on this answer rather than after a redirect, so it is never stored
    // anywhere but in the user's copy.
    match app
        .users()
        .create_token(&user.actor(), me, &name, expires_at)
        .await
    {
        Ok((details, token)) => {
            show(
                &app,
                &user,
                StatusCode::CREATED,
                Some((details.label, token)),
                None,
                String::new(),
            )
            .await
        }
        Err(err @ AppError::Invalid(_)) => {
            let err = ApiError::from(err);
            let (status, message, _) = err.parts();
            show(&app, &user, status, None, Some(message.to_owned()), name).await
        }
        Err(err) => error_page(&app, err),
    }
}

async fn revoke(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    match app.users().revoke_token(&user.actor(), id).await {
        Ok(()) => redirect("/admin/tokens"),
        Err(err) => error_page(&app, err),
    }
}

//! A forgotten password: the form that emails a reset link, and the page behind the link that
//! sets a new one. Both are shown before sign-in, so their CSRF token is the pre-session one.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use gazette_app::{App, AppError};
use serde::Serialize;

use super::fields::Failure;
use super::messages::Text;
use super::{Form, error_page, page, pre_session_token, pre_session_token_ok, redirect, site_name};

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/forgot", get(forgot_page).post(forgot))
        .route("/admin/reset/{token}", get(reset_page).post(reset))
}

#[derive(Serialize)]
struct ForgotView<'a> {
    site_name: String,
    csrf: &'a str,
    email: &'a str,
    sent: bool,
    error: Option<&'a str>,
}

async fn forgot_form(
    app: &App,
    status: StatusCode,
    email: &str,
    sent: bool,
    error: Option<&str>,
) -> Response {
    let csrf = gazette_app::random_token();
    let view = ForgotView {
        site_name: site_name(app).await,
        csrf: &csrf,
        email,
        sent,
        error,
    };
    let mut response = page(app, status, "forgot.html", &view);
    pre_session_token(app, &mut response, &csrf);
    response
}

async fn forgot_page(State(app): State<App>) -> Response {
    forgot_form(&app, StatusCode::OK, "", false, None).await
}

async fn forgot(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let email = form.get("email").unwrap_or_default();
    if !pre_session_token_ok(&headers, &form) {
        return forgot_form(
            &app,
            StatusCode::FORBIDDEN,
            email,
            false,
            Some(&Text::FormExpiredRetry.show(&app)),
        )
        .await;
    }
    match app.sessions().request_password_reset(email).await {
        // The same answer whether or not the address has an account.
        Ok(()) => forgot_form(&app, StatusCode::OK, "", true, None).await,
        Err(err) => error_page(&app, err),
    }
}

#[derive(Serialize)]
struct ResetView<'a> {
    site_name: String,
    csrf: &'a str,
    token: &'a str,
    valid: bool,
    error: Option<&'a str>,
}

async fn reset_form(app: &App, status: StatusCode, token: &str, error: Option<&str>) -> Response {
    let valid = match app.sessions().reset_link_is_valid(token).await {
        Ok(valid) => valid,
        Err(err) => return error_page(app, err),
    };
    let csrf = gazette_app::random_token();
    let view = ResetView {
        site_name: site_name(app).await,
        csrf: &csrf,
        token,
        valid,
        error,
    };
    let status = if valid { status } else { StatusCode::GONE };
    let mut response = page(app, status, "reset.html", &view);
    pre_session_token(app, &mut response, &csrf);
    response
}

async fn reset_page(State(app): State<App>, Path(token): Path<String>) -> Response {
    reset_form(&app, StatusCode::OK, &token, None).await
}

async fn reset(
    State(app): State<App>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = Form::parse(&body);
    if !pre_session_token_ok(&headers, &form) {
        let message = Text::FormExpiredRetry.show(&app);
        return reset_form(&app, StatusCode::FORBIDDEN, &token, Some(&message)).await;
    }
    match app
        .sessions()
        .reset_password(
            &token,
            form.get("password").unwrap_or_default(),
            form.get("revoke_tokens") == Some("on"),
        )
        .await
    {
        Ok(()) => redirect("/admin/sign-in?reset=done"),
        Err(AppError::Gone(_)) => reset_form(&app, StatusCode::GONE, &token, None).await,
        // The form has one field, the password, which every refusal is about.
        Err(err) => {
            let failure = Failure::from(err);
            reset_form(&app, failure.status, &token, Some(&failure.text(&app))).await
        }
    }
}

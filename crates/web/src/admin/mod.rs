//! The editors' admin: server-rendered pages behind a signed-in session.
//!
//! Sessions live in the database (`App::session`); the cookie holds only the session's secret,
//! `HttpOnly`, `SameSite=Lax`, scoped to `/admin`, and `Secure` when the site is served over
//! HTTPS. Every form posts a CSRF token: the session's own once signed in, and before that a
//! random one also set as a cookie (so a cross-site page cannot sign a reader in to its account).
//! Each handler calls one service, the same the Admin API calls, and shows failures next to the
//! field with what was typed kept.

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use gazette_app::{Actor, App, AppError, Session};
use gazette_domain::SiteClock;
use serde::Serialize;

use self::messages::{Text, Trouble};
use crate::error::ApiError;

mod account;
mod articles;
mod assets;
mod dashboard;
mod feeds;
mod fields;
mod imports;
mod media;
mod messages;
mod newsletters;
mod profile;
mod settings;
mod site_texts;
mod taxonomy;
mod tokens;
mod translations;
mod users;

const SESSION_COOKIE: &str = "gazette_session";
/// The CSRF token of the forms shown before sign-in (sign-in, forgotten password, reset).
pub(super) const SIGN_IN_CSRF_COOKIE: &str = "gazette_sign_in";

pub fn routes() -> Router<App> {
    Router::new()
        .route("/admin", get(dashboard::dashboard))
        .route("/admin/sign-in", get(sign_in_page).post(sign_in))
        .route("/admin/sign-out", post(sign_out))
        .route("/admin/imports", get(imports::page).post(imports::import))
        .route("/admin/imports/{id}/{action}", post(imports::action))
        .merge(assets::routes())
        .merge(articles::routes())
        .merge(media::routes())
        .merge(translations::routes())
        .merge(site_texts::routes())
        .merge(taxonomy::routes())
        .merge(feeds::routes())
        .merge(users::routes())
        .merge(settings::routes())
        .merge(account::routes())
        .merge(tokens::routes())
        .merge(profile::routes())
        .merge(newsletters::routes())
        // Inside the admin, a mistyped address gets the admin's page (or the sign-in form first),
        // not the reader's 404.
        .route("/admin/{*rest}", any(not_found))
}

#[derive(Serialize)]
struct NotFoundView {
    #[serde(flatten)]
    chrome: Chrome,
}

async fn not_found(State(app): State<App>, user: SignedIn) -> Response {
    let view = NotFoundView {
        chrome: user.chrome(&app, "").await,
    };
    page(&app, StatusCode::NOT_FOUND, "not_found.html", &view)
}

/// A signed-in user; pages ask for one and send everyone else to the sign-in form.
pub struct SignedIn {
    secret: String,
    session: Session,
}

impl SignedIn {
    /// The session cookie's secret, to keep this session when the others end.
    pub(super) fn secret(&self) -> &str {
        &self.secret
    }

    pub(super) fn actor(&self) -> Actor {
        Actor::User(self.session.user.clone())
    }

    /// What every signed-in page's layout shows: the site, the section, who is signed in, and
    /// the token its forms post.
    pub(super) async fn chrome(&self, app: &App, section: &'static str) -> Chrome {
        let settings = app.settings().get().await.unwrap_or_default();
        Chrome {
            site_name: settings.name,
            section,
            user: self.session.user.clone(),
            csrf: self.session.csrf_token.clone(),
            time_zone: SiteClock::or_utc(&settings.time_zone).name().to_owned(),
        }
    }
}

/// The newsroom's clock, for times a handler writes into a notice or reads from a form; the
/// templates format theirs with the `when` filter and the layout's `time_zone`.
pub(super) async fn clock(app: &App) -> SiteClock {
    app.settings()
        .get()
        .await
        .map_or_else(|_| SiteClock::utc(), |s| SiteClock::or_utc(&s.time_zone))
}

/// The layout's part of a signed-in page's view; page views flatten it in.
#[derive(Serialize)]
pub(super) struct Chrome {
    site_name: String,
    section: &'static str,
    user: gazette_domain::User,
    csrf: String,
    /// The site's time zone, for the templates' `when` filter.
    time_zone: String,
}

impl FromRequestParts<App> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let to_sign_in = || {
            let next = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/admin");
            let query = form_urlencoded::Serializer::new(String::new())
                .append_pair("next", next)
                .finish();
            redirect(&format!("/admin/sign-in?{query}"))
        };
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_sign_in());
        };
        match app.sessions().session(&secret).await {
            Ok(Some(session)) => Ok(SignedIn { secret, session }),
            Ok(None) => Err(to_sign_in()),
            Err(err) => Err(error_page(app, err)),
        }
    }
}

// --- signing in and out ----------------------------------------------------------------------

#[derive(Serialize)]
struct SignInView<'a> {
    site_name: String,
    csrf: &'a str,
    next: &'a str,
    email: &'a str,
    error: Option<&'a str>,
    notice: Option<&'a str>,
}

async fn sign_in_page(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE)
        && let Ok(Some(_)) = app.sessions().session(&secret).await
    {
        return redirect(safe_next(q.get("next").map(String::as_str)));
    }
    let next = safe_next(q.get("next").map(String::as_str));
    let notice =
        (q.get("reset").map(String::as_str) == Some("done")).then(|| Text::PasswordSet.show(&app));
    sign_in_form(&app, StatusCode::OK, next, "", None, notice.as_deref()).await
}

/// The form with a fresh CSRF token, also set as a cookie the post must match.
async fn sign_in_form(
    app: &App,
    status: StatusCode,
    next: &str,
    email: &str,
    error: Option<&str>,
    notice: Option<&str>,
) -> Response {
    let csrf = gazette_app::random_token();
    let view = SignInView {
        site_name: site_name(app).await,
        csrf: &csrf,
        next,
        email,
        error,
        notice,
    };
    let mut response = page(app, status, "sign_in.html", &view);
    pre_session_token(app, &mut response, &csrf);
    response
}

async fn sign_in(
    State(app): State<App>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = Form::parse(&body);
    let next = safe_next(form.get("next").filter(|n| !n.is_empty())).to_owned();
    let email = form.get("email").unwrap_or_default().to_owned();
    if !pre_session_token_ok(&headers, &form) {
        let message = Text::SignInExpired.show(&app);
        return sign_in_form(
            &app,
            StatusCode::FORBIDDEN,
            &next,
            &email,
            Some(&message),
            None,
        )
        .await;
    }
    match app
        .sessions()
        .sign_in(
            &email,
            form.get("password").unwrap_or_default(),
            crate::security::client_ip(&app, &headers, peer),
        )
        .await
    {
        Ok((secret, _)) => {
            let mut response = redirect(&next);
            set_cookie(&mut response, &app, SESSION_COOKIE, &secret, "/admin", None);
            set_cookie(
                &mut response,
                &app,
                SIGN_IN_CSRF_COOKIE,
                "",
                "/admin",
                Some(0),
            );
            response
        }
        Err(err) => {
            let err = ApiError::from(err);
            let (status, message, _) = err.parts();
            sign_in_form(&app, status, &next, &email, Some(message), None).await
        }
    }
}

async fn sign_out(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    if let Err(err) = app.sessions().sign_out(&user.secret).await {
        return error_page(&app, err);
    }
    let mut response = redirect("/admin/sign-in");
    set_cookie(&mut response, &app, SESSION_COOKIE, "", "/admin", Some(0));
    response
}

// --- shared pieces ---------------------------------------------------------------------------

/// A posted form's fields in order: `get` reads a name's last value, `all` every non-empty
/// value of a repeated name (a checkbox list).
pub struct Form(Vec<(String, String)>);

impl Form {
    pub fn parse(body: &[u8]) -> Self {
        Self(form_urlencoded::parse(body).into_owned().collect())
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Name → last value, for what looks values up by name only.
    pub fn into_map(self) -> HashMap<String, String> {
        self.0.into_iter().collect()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// The refusal of a post whose CSRF token is not the session's, if it is not.
pub(super) fn csrf_refusal(app: &App, user: &SignedIn, body: &[u8]) -> Option<Response> {
    token_refusal(app, user, Form::parse(body).get("csrf"))
}

/// The refusal of a post whose token (read from a form of any encoding) is not the session's.
pub(super) fn token_refusal(app: &App, user: &SignedIn, token: Option<&str>) -> Option<Response> {
    if token == Some(user.session.csrf_token.as_str()) {
        None
    } else {
        Some(failure_page(
            app,
            StatusCode::FORBIDDEN,
            Trouble::Expired,
            &Text::FormExpired.show(app),
        ))
    }
}

/// A fresh token for a form shown before sign-in, set as the cookie its post must match.
pub(super) fn pre_session_token(app: &App, response: &mut Response, csrf: &str) {
    set_cookie(
        response,
        app,
        SIGN_IN_CSRF_COOKIE,
        csrf,
        "/admin",
        Some(3600),
    );
}

/// Whether a pre-sign-in post carries the token its cookie holds.
pub(super) fn pre_session_token_ok(headers: &HeaderMap, form: &Form) -> bool {
    let expected = cookie(headers, SIGN_IN_CSRF_COOKIE);
    expected.is_some() && expected.as_deref() == form.get("csrf")
}

/// Only paths inside the admin, so the sign-in form cannot be made to send someone elsewhere.
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with("/admin") && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/admin",
    }
}

pub(super) fn page(
    app: &App,
    status: StatusCode,
    template: &str,
    view: &impl Serialize,
) -> Response {
    match app.admin_views().render(template, view) {
        Ok(body) => with_admin_headers(
            (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                body,
            )
                .into_response(),
        ),
        Err(err) => error_page(app, AppError::Render(err)),
    }
}

pub(super) fn plain(_app: &App, status: StatusCode, message: &str) -> Response {
    with_admin_headers(
        (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            message.to_owned(),
        )
            .into_response(),
    )
}

/// What went wrong, as a page in the admin's style: a heading for the kind of failure, the
/// service's message as a sentence, and what to do next. It needs no session, so a failure to
/// read the session still gets it.
///
/// A refused field is named in the message here ("Title: must not be empty."), not worded
/// by its kind: the catalogue's sentences for kinds are written to stand beside the field,
/// and this page has no form.
pub(super) fn error_page(app: &App, err: AppError) -> Response {
    let err = ApiError::from(err);
    let (status, message, _) = err.parts();
    failure_page(
        app,
        status,
        Trouble::of_status(status.as_u16()),
        &sentence(message),
    )
}

fn failure_page(app: &App, status: StatusCode, trouble: Trouble, message: &str) -> Response {
    let view = ErrorView {
        // The settings are not read here: the failure may be the database's.
        site_name: String::new(),
        status: status.as_u16(),
        heading: trouble.heading(app),
        message: message.to_owned(),
        advice: trouble.advice(app),
    };
    match app.admin_views().render("error.html", &view) {
        Ok(body) => with_admin_headers(
            (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                body,
            )
                .into_response(),
        ),
        Err(_) => plain(app, status, message),
    }
}

#[derive(Serialize)]
struct ErrorView {
    site_name: String,
    status: u16,
    heading: String,
    message: String,
    advice: String,
}

/// A message written to follow a field's name, as a sentence of its own.
pub(super) fn sentence(message: &str) -> String {
    let mut chars = message.trim().chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// Admin pages are private: never stored by a cache. (Their Content-Security-Policy, framing and
/// referrer headers come from the one security layer, `crate::security`.)
fn with_admin_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// 303 See Other: after a post, the browser loads the next page with GET.
pub(super) fn redirect(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::try_from(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    with_admin_headers(response)
}

pub(super) fn set_cookie(
    response: &mut Response,
    app: &App,
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<i64>,
) {
    let secure = if app.base_url().starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let max_age = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    let cookie = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Lax{secure}{max_age}");
    if let Ok(value) = HeaderValue::try_from(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

pub(super) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_owned())
}

pub(super) async fn site_name(app: &App) -> String {
    app.settings()
        .get()
        .await
        .map(|s| s.name)
        .unwrap_or_else(|_| "Gazette".into())
}

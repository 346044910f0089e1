//! The one place errors become HTTP responses: one code-to-status table ([`status_of`]) read by
//! both faces. The APIs answer JSON shaped `{"error": {"code", "message", "field"}}`
//! ([`ApiError`]); the reader's pages answer the site's error page for the status, its words
//! from the theme's catalogues ([`HtmlError`]). Details of 5xx errors are logged once, never sent.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gazette_app::App;
use gazette_app::AppError;
use gazette_app::FetchError;
use gazette_app::media::StorageError as MediaError;
use serde::Serialize;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    field: Option<String>,
    /// Seconds for the client to wait before trying again (`Retry-After`), when it passes.
    retry_after: Option<u32>,
}

/// What a client is told to wait when the database is out of reach: long enough for a restart
/// or fail-over, short enough that readers come back soon.
const DATABASE_RETRY_AFTER_SECS: u32 = 5;

/// Seconds to wait before retrying `err`, for the errors that pass by themselves.
fn retry_after_of(err: &AppError) -> Option<u32> {
    match err {
        AppError::Store(e) if e.is_unreachable() => Some(DATABASE_RETRY_AFTER_SECS),
        _ => None,
    }
}

fn insert_retry_after(response: &mut Response, retry_after: Option<u32>) {
    if let Some(secs) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from(secs));
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable machine-readable code, e.g. `invalid`, `not_found`, `conflict`.
    code: &'static str,
    message: String,
    /// The input field at fault, as a path (`original.date`, `regions[1]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            field: None,
            retry_after: None,
        }
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into()).filter(|f: &String| !f.is_empty() && f != ".");
        self
    }

    /// The status, message and field, for pages that show the error in HTML (the admin).
    pub fn parts(&self) -> (StatusCode, &str, Option<&str>) {
        (self.status, &self.message, self.field.as_deref())
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// A 500 whose detail the caller has logged.
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; it has been logged",
        )
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} not found"),
        )
    }
}

/// The status and stable code of each error: the one table the JSON and the HTML answers read.
pub(crate) fn status_of(err: &AppError) -> (StatusCode, &'static str) {
    match err {
        AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
        AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
        AppError::Gone(_) => (StatusCode::GONE, "gone"),
        AppError::Conflict { .. } => (StatusCode::CONFLICT, "conflict"),
        AppError::StaleRevision { .. } => (StatusCode::CONFLICT, "stale_revision"),
        AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::SignIn(_) => (StatusCode::UNAUTHORIZED, "sign_in_failed"),
        AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
        AppError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
        // The URL itself is at fault (refused address, not http): the editor's to fix.
        AppError::Fetch(FetchError::InvalidUrl(_) | FetchError::Blocked { .. }) => {
            (StatusCode::UNPROCESSABLE_ENTITY, "invalid")
        }
        // The partner's server failed or answered badly.
        AppError::Fetch(_) => (StatusCode::BAD_GATEWAY, "fetch_failed"),
        AppError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
        AppError::Media(_) => (StatusCode::SERVICE_UNAVAILABLE, "media_storage"),
        // The database is out of reach: it passes; the client is told when to try again.
        AppError::Store(e) if e.is_unreachable() => {
            (StatusCode::SERVICE_UNAVAILABLE, "database_unavailable")
        }
        AppError::Render(_) | AppError::Store(_) | AppError::Search(_) | AppError::Mail(_) => {
            (StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
    }
}

/// Logs the errors whose detail is ours to look into (never sent to the client), once, here.
fn log_ours(err: &AppError) {
    match err {
        AppError::Media(e @ MediaError::Denied { .. }) => {
            tracing::error!(error = %e, "media storage refused the credentials");
        }
        AppError::Media(e) => tracing::error!(error = %e, "media storage failed"),
        AppError::Store(e) if e.is_unreachable() => {
            tracing::warn!(error = %e, "database unreachable; answered 503");
        }
        AppError::Render(_) | AppError::Store(_) | AppError::Search(_) | AppError::Mail(_) => {
            tracing::error!(error = %err, "request failed");
        }
        _ => {}
    }
}

/// A refused wording is a refusal of the `wording` field, named as the checks name it.
impl From<gazette_app::translations::WordingError> for ApiError {
    fn from(err: gazette_app::translations::WordingError) -> Self {
        use gazette_app::translations::WordingError;
        match err {
            WordingError::Refused(problem) => AppError::from(gazette_domain::FieldError::new(
                "wording",
                problem.to_string(),
            ))
            .into(),
            WordingError::App(err) => err.into(),
        }
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        let (status, code) = status_of(&err);
        log_ours(&err);
        let retry_after = retry_after_of(&err);
        let mut api = match err {
            AppError::Invalid(e) => {
                Self::new(status, code, e.to_string()).field(e.field.to_string())
            }
            AppError::Conflict {
                field: Some(ref field),
                ..
            } => {
                let field = field.clone();
                Self::new(status, code, err.to_string()).field(field)
            }
            AppError::Fetch(ref e @ (FetchError::InvalidUrl(_) | FetchError::Blocked { .. })) => {
                Self::new(status, code, e.to_string()).field("url")
            }
            // The operator's configuration is at fault: say which settings, never their values.
            AppError::Media(MediaError::Denied {
                code: ref refusal, ..
            }) => Self::new(
                status,
                code,
                format!(
                    "the media object store refused Gazette's credentials ({refusal}); \
                     check [media] access_key_id and secret_access_key"
                ),
            ),
            AppError::Media(_) => {
                Self::new(status, code, "media storage failed; it has been logged")
            }
            AppError::Store(_) if status == StatusCode::SERVICE_UNAVAILABLE => Self::new(
                status,
                code,
                "the database is unreachable; try again shortly",
            ),
            _ if status == StatusCode::INTERNAL_SERVER_ERROR => Self::internal(),
            err => Self::new(status, code, err.to_string()),
        };
        api.retry_after = retry_after;
        api
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message,
                field: self.field,
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                http::header::WWW_AUTHENTICATE,
                http::HeaderValue::from_static("Bearer"),
            );
        }
        insert_retry_after(&mut response, self.retry_after);
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// A reader's page that failed: answered with the site's error page for its status (see
/// [`render_error_pages`]), in the edition's language.
#[derive(Debug)]
pub struct HtmlError {
    status: StatusCode,
    retry_after: Option<u32>,
}

/// What a handler that renders HTML returns: its page, or the error page.
pub type PageResult = Result<Response, HtmlError>;

impl HtmlError {
    pub fn status(status: StatusCode) -> Self {
        Self {
            status,
            retry_after: None,
        }
    }

    pub fn not_found() -> Self {
        Self::status(StatusCode::NOT_FOUND)
    }
}

impl From<AppError> for HtmlError {
    fn from(err: AppError) -> Self {
        log_ours(&err);
        Self {
            status: status_of(&err).0,
            retry_after: retry_after_of(&err),
        }
    }
}

/// The request for an error page, carried from the handler to [`render_error_pages`].
#[derive(Debug, Clone)]
struct ErrorPageWanted;

impl IntoResponse for HtmlError {
    /// Only the status: the page needs the store (the site's name and navigation), which
    /// `into_response` cannot wait for, so the layer renders it on the way out.
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(ErrorPageWanted);
        insert_retry_after(&mut response, self.retry_after);
        response
    }
}

/// The layer that gives an [`HtmlError`] its page; every other response passes untouched.
pub async fn render_error_pages(State(app): State<App>, request: Request, next: Next) -> Response {
    // An error page in an edition (`/es/…`) is in its language.
    let edition = request
        .extensions()
        .get::<crate::language::ReaderLang>()
        .and_then(|l| l.0);
    let mut response = next.run(request).await;
    if response
        .extensions_mut()
        .remove::<ErrorPageWanted>()
        .is_none()
    {
        return response;
    }
    let status = response.status();
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut page = match app.public().error_page(status.as_u16(), edition).await {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html.to_string(),
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "error page failed");
            (status, status.canonical_reason().unwrap_or("error")).into_response()
        }
    };
    if let Some(value) = retry_after {
        page.headers_mut().insert(header::RETRY_AFTER, value);
    }
    page
}

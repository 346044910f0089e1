//! The one place errors become HTTP responses: one code-to-status table, JSON shaped
//! `{"error": {"code", "message", "field"}}`. Details of 5xx errors are logged once, never sent.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
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

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Invalid(e) => {
                Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", e.to_string())
                    .field(e.field.to_string())
            }
            AppError::NotFound(_) => Self::new(StatusCode::NOT_FOUND, "not_found", err.to_string()),
            AppError::Gone(_) => Self::new(StatusCode::GONE, "gone", err.to_string()),
            AppError::Conflict { ref field, .. } => {
                let field = field.clone();
                let e = Self::new(StatusCode::CONFLICT, "conflict", err.to_string());
                match field {
                    Some(f) => e.field(f),
                    None => e,
                }
            }
            AppError::StaleRevision { .. } => {
                Self::new(StatusCode::CONFLICT, "stale_revision", err.to_string())
            }
            AppError::Forbidden(_) => {
                Self::new(StatusCode::FORBIDDEN, "forbidden", err.to_string())
            }
            AppError::SignIn(_) => {
                Self::new(StatusCode::UNAUTHORIZED, "sign_in_failed", err.to_string())
            }
            AppError::Unauthorized => {
                Self::new(StatusCode::UNAUTHORIZED, "unauthorized", err.to_string())
            }
            AppError::RateLimited(_) => Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                err.to_string(),
            ),
            // The URL itself is at fault (refused address, not http): the editor's to fix.
            AppError::Fetch(ref e @ (FetchError::InvalidUrl(_) | FetchError::Blocked { .. })) => {
                Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", e.to_string()).field("url")
            }
            // The partner's server failed or answered badly.
            AppError::Fetch(_) => {
                Self::new(StatusCode::BAD_GATEWAY, "fetch_failed", err.to_string())
            }
            AppError::Unavailable(_) => Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                err.to_string(),
            ),
            // The operator's configuration is at fault: say which settings, never their values.
            AppError::Media(ref e @ MediaError::Denied { ref code, .. }) => {
                tracing::error!(error = %e, "media storage refused the credentials");
                Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "media_storage",
                    format!(
                        "the media object store refused Gazette's credentials ({code}); \
                         check [media] access_key_id and secret_access_key"
                    ),
                )
            }
            AppError::Media(ref e) => {
                tracing::error!(error = %e, "media storage failed");
                Self::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "media_storage",
                    "media storage failed; it has been logged",
                )
            }
            AppError::Render(_) | AppError::Store(_) | AppError::Search(_) | AppError::Mail(_) => {
                tracing::error!(error = %err, "request failed");
                Self::internal()
            }
        }
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
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

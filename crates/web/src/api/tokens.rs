//! The Admin API for API tokens and users' access: named tokens with an optional expiry, listed
//! and revoked; deactivating and reactivating a user.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use gazette_app::App;
use gazette_domain::UserId;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::error::{ApiResult, ErrorBody};
use crate::extract::{Editor, JsonInput, PathInput, QueryInput};

/// A token as listed: never the token itself, which is shown once, when made.
#[derive(Serialize, ToSchema)]
pub struct TokenView {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub expires_at: Option<OffsetDateTime>,
    /// To the hour: a token's use is recorded at most once an hour.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<OffsetDateTime>,
}

impl From<gazette_app::ApiToken> for TokenView {
    fn from(t: gazette_app::ApiToken) -> Self {
        Self {
            id: t.id,
            user_id: t.user_id.0,
            name: t.label,
            created_at: t.created_at,
            expires_at: t.expires_at,
            last_used_at: t.last_used_at,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// What the token is for, e.g. the tool that will use it.
    pub name: String,
    /// When it stops working (RFC 3339); none: until revoked.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub expires_at: Option<OffsetDateTime>,
    /// Whose token (administrators only); none: the caller's own.
    #[serde(default)]
    pub user_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    /// The token itself, shown this once: only its hash is kept.
    pub token: String,
    #[serde(flatten)]
    pub details: TokenView,
}

#[derive(Deserialize, ToSchema, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TokenFilter {
    /// Another user's tokens (administrators only); none: the caller's own.
    pub user_id: Option<i64>,
    /// Every user's tokens (administrators only).
    #[serde(default)]
    pub all: bool,
}

/// The caller's tokens (or, for an administrator, a user's or everyone's), newest first.
#[utoipa::path(get, path = "/api/v1/admin/tokens", tag = "admin", params(TokenFilter),
    security(("bearer" = [])), responses((status = 200, body = Vec<TokenView>)))]
pub async fn list_tokens(
    State(app): State<App>,
    Editor(actor): Editor,
    QueryInput(filter): QueryInput<TokenFilter>,
) -> ApiResult<Json<Vec<TokenView>>> {
    let user = match (filter.all, filter.user_id) {
        (true, _) => None,
        (false, Some(id)) => Some(UserId(id)),
        (false, None) => actor.user().map(|u| u.id),
    };
    let tokens = app.users().tokens(&actor, user).await?;
    Ok(Json(tokens.into_iter().map(TokenView::from).collect()))
}

/// Makes a named token, optionally expiring; the answer is the only time the token is shown.
#[utoipa::path(post, path = "/api/v1/admin/tokens", tag = "admin", request_body = NewToken,
    security(("bearer" = [])),
    responses((status = 201, body = CreatedToken), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(app): State<App>,
    Editor(actor): Editor,
    JsonInput(new): JsonInput<NewToken>,
) -> ApiResult<(StatusCode, Json<CreatedToken>)> {
    let user = match new.user_id {
        Some(id) => UserId(id),
        None => actor
            .user()
            .map(|u| u.id)
            .ok_or(gazette_app::AppError::Unauthorized)?,
    };
    let (details, token) = app
        .users()
        .create_token(&actor, user, &new.name, new.expires_at)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedToken {
            token,
            details: details.into(),
        }),
    ))
}

/// Revokes a token at once (the caller's own, or anyone's for an administrator).
#[utoipa::path(delete, path = "/api/v1/admin/tokens/{id}", tag = "admin",
    params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.users().revoke_token(&actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deactivates a user (administrators only): their sessions end and their tokens are revoked at
/// once; their byline and history stay.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/deactivate", tag = "admin",
    params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn deactivate_user(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.users().deactivate(&actor, UserId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Lets a deactivated user sign in again (administrators only).
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/reactivate", tag = "admin",
    params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn reactivate_user(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.users().reactivate(&actor, UserId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

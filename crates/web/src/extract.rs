//! Extractors that turn bad requests into errors naming the problem.

use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, RawPathParams, Request};
use axum::http::request::Parts;
use bytes::Bytes;
use gazette_app::{Actor, App};
use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// JSON input whose errors name the field (`original.date`) rather than a byte offset.
pub struct JsonInput<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonInput<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = req
            .headers()
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as application/json",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            let status = rejection.status();
            if status == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(status, "too_large", "the request body is too large")
            } else {
                ApiError::bad_request(rejection.body_text())
            }
        })?;
        let mut de = serde_json::Deserializer::from_slice(&bytes);
        let value = serde_path_to_error::deserialize(&mut de).map_err(|err| {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let field = named_field(&path, &inner.to_string());
            let status = if inner.is_syntax() || inner.is_eof() {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let code = if status == StatusCode::BAD_REQUEST {
                "malformed_json"
            } else {
                "invalid"
            };
            ApiError::new(status, code, inner.to_string()).field(field)
        })?;
        de.end()
            .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", e.to_string()))?;
        Ok(JsonInput(value))
    }
}

/// The user behind the `Authorization: Bearer` token.
pub struct Editor(pub Actor);

impl FromRequestParts<App> for Editor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ApiError::from(gazette_app::AppError::Unauthorized))?;
        let user = app.users().for_token(token).await?;
        Ok(Editor(Actor::User(user)))
    }
}

/// Query parameters whose errors name the parameter; unknown parameters are refused.
pub struct QueryInput<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryInput<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or("");
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de)
            .map(QueryInput)
            .map_err(|err| {
                let field = err.path().to_string();
                ApiError::bad_request(err.into_inner().to_string()).field(field)
            })
    }
}

/// Path parameters whose errors are the JSON error shape naming the parameter (`id`), where
/// axum's own `Path` answers a plain-text 400 ("Invalid URL: Cannot parse …").
pub struct PathInput<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for PathInput<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let err = match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => return Ok(PathInput(value)),
            Err(PathRejection::FailedToDeserializePathParams(err)) => err,
            // Only a handler extracting a path its route does not have gets here: our bug.
            Err(rejection) => {
                tracing::error!(error = %rejection.body_text(), "path extractor misused");
                return Err(ApiError::internal());
            }
        };
        // A tuple or a single value is reported by position; name it from the route's own
        // parameters, in the same order.
        let names: Vec<String> = RawPathParams::from_request_parts(parts, state)
            .await
            .map(|raw| raw.iter().map(|(key, _)| key.to_owned()).collect())
            .unwrap_or_default();
        let (field, value) = match err.kind() {
            ErrorKind::ParseErrorAtKey { key, value, .. } => (key.clone(), Some(value)),
            ErrorKind::ParseErrorAtIndex { index, value, .. } => {
                (names.get(*index).cloned().unwrap_or_default(), Some(value))
            }
            ErrorKind::ParseError { value, .. } if names.len() == 1 => {
                (names[0].clone(), Some(value))
            }
            ErrorKind::InvalidUtf8InPathParam { key } => (key.clone(), None),
            ErrorKind::DeserializeError { key, value, .. } => (key.clone(), Some(value)),
            _ => (String::new(), None),
        };
        let message = match (field.as_str(), value) {
            ("", _) => err.kind().to_string(),
            (field, Some(value)) => format!("{field}: {value:?} is not a valid {field}"),
            (field, None) => format!("{field}: not valid UTF-8 once percent-decoded"),
        };
        Err(ApiError::bad_request(message).field(field))
    }
}

/// The field an error is about. serde reports a missing field at its parent's path, naming the
/// field only in the message ("missing field `foo`"), so join the two. An unknown field's path
/// already ends with its key (serde_path_to_error captures the key being read), so it stays as
/// it is unless it is empty.
fn named_field(path: &str, message: &str) -> String {
    let named = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name)
    };
    match (path, named("missing field `"), named("unknown field `")) {
        (".", Some(name), _) | (".", None, Some(name)) => name.to_owned(),
        (parent, Some(name), _) => format!("{parent}.{name}"),
        (path, None, _) => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::named_field;

    #[test]
    fn names_unknown_and_missing_fields_with_their_parent() {
        assert_eq!(
            named_field(".", "unknown field `titel`, expected one of `slug`"),
            "titel"
        );
        assert_eq!(
            named_field("original", "missing field `url` at line 1"),
            "original.url"
        );
        assert_eq!(named_field("regions[1]", "invalid value"), "regions[1]");
        // Regression: the unknown key is already the last segment of the path; it was doubled
        // ("headline.headline", "image.colour.colour").
        assert_eq!(
            named_field(
                "headline",
                "unknown field `headline`, expected one of `slug`"
            ),
            "headline"
        );
        assert_eq!(
            named_field("image.colour", "unknown field `colour`, expected `src`"),
            "image.colour"
        );
    }
}

//! Media: the upload form and the library of uploaded images.
//!
//! The upload is `multipart/form-data` with the session's CSRF token as a field; the route has
//! its own body limit, above the service's file limit so that an oversized file still gets the
//! service's message rather than a bare 413. Checking and processing are the service's.

use axum::Router;
use axum::extract::multipart::{Multipart, MultipartError};
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use gazette_app::App;
use gazette_app::media::{MAX_UPLOAD_BYTES, MediaLibrary};
use serde::{Deserialize, Serialize};

use super::{Chrome, SignedIn, error_page, page as render, plain, redirect};
use crate::error::ApiError;

/// The multipart body may carry the file, the other fields and their framing.
const BODY_LIMIT: usize = 15 * 1024 * 1024;

pub(super) fn routes() -> Router<App> {
    Router::new().route(
        "/admin/media",
        get(library)
            .post(upload)
            .layer(DefaultBodyLimit::max(BODY_LIMIT)),
    )
}

#[derive(Serialize)]
struct MediaView<'a> {
    #[serde(flatten)]
    chrome: Chrome,
    library: MediaLibrary,
    max_mib: usize,
    alt: &'a str,
    /// The form's refusal, shown next to `error_field` (`file` or `alt`).
    error: Option<&'a str>,
    error_field: Option<&'a str>,
    /// Set after an upload: the image, and whether it was there already.
    uploaded: Option<i64>,
    deduplicated: bool,
}

#[derive(Deserialize)]
pub(super) struct LibraryQuery {
    page: Option<u32>,
    uploaded: Option<i64>,
    dedup: Option<u8>,
}

async fn library(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<LibraryQuery>,
) -> Response {
    let form = UploadForm {
        uploaded: q.uploaded,
        deduplicated: q.dedup == Some(1),
        ..UploadForm::default()
    };
    media_view(&app, &user, StatusCode::OK, q.page.unwrap_or(1), &form).await
}

#[derive(Default)]
struct UploadForm<'a> {
    alt: &'a str,
    error: Option<&'a str>,
    error_field: Option<&'a str>,
    uploaded: Option<i64>,
    deduplicated: bool,
}

async fn media_view(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    page: u32,
    form: &UploadForm<'_>,
) -> Response {
    let library = match app.media_library(&user.actor(), page).await {
        Ok(library) => library,
        Err(err) => return error_page(app, err),
    };
    let view = MediaView {
        chrome: user.chrome(app, "media").await,
        library,
        max_mib: MAX_UPLOAD_BYTES / (1024 * 1024),
        alt: form.alt,
        error: form.error,
        error_field: form.error_field,
        uploaded: form.uploaded,
        deduplicated: form.deduplicated,
    };
    render(app, status, "media.html", &view)
}

/// The fields of the upload form.
#[derive(Default)]
struct Fields {
    csrf: String,
    alt: String,
    name: String,
    file: Vec<u8>,
}

async fn read_fields(multipart: &mut Multipart) -> Result<Fields, MultipartError> {
    let mut fields = Fields::default();
    while let Some(field) = multipart.next_field().await? {
        match field.name() {
            Some("csrf") => fields.csrf = field.text().await?,
            Some("alt") => fields.alt = field.text().await?,
            Some("file") => {
                fields.name = field.file_name().unwrap_or_default().to_owned();
                fields.file = field.bytes().await?.to_vec();
            }
            _ => {}
        }
    }
    Ok(fields)
}

async fn upload(State(app): State<App>, user: SignedIn, mut multipart: Multipart) -> Response {
    let fields = match read_fields(&mut multipart).await {
        Ok(fields) => fields,
        Err(err) => {
            let too_large = err.status() == StatusCode::PAYLOAD_TOO_LARGE;
            let message = if too_large {
                format!(
                    "the file is larger than {} MiB",
                    MAX_UPLOAD_BYTES / (1024 * 1024)
                )
            } else {
                "the upload was cut short or malformed; try again".to_owned()
            };
            let form = UploadForm {
                error: Some(&message),
                error_field: Some("file"),
                ..UploadForm::default()
            };
            return media_view(&app, &user, err.status(), 1, &form).await;
        }
    };
    if fields.csrf != user.session.csrf_token {
        let message = "this form expired or came from another site; reload the page and try again";
        return plain(&app, StatusCode::FORBIDDEN, message);
    }
    match app
        .upload_media(&user.actor(), &fields.name, &fields.alt, fields.file)
        .await
    {
        Ok(done) => redirect(&format!(
            "/admin/media?uploaded={}{}",
            done.item.id,
            if done.deduplicated { "&dedup=1" } else { "" }
        )),
        Err(err) => {
            let err = ApiError::from(err);
            let (status, message, field) = err.parts();
            // Shown beside the field it names, so without the field's name in front.
            let message = field
                .and_then(|f| message.strip_prefix(f))
                .and_then(|m| m.strip_prefix(": "))
                .unwrap_or(message);
            let form = UploadForm {
                alt: &fields.alt,
                error: Some(message),
                error_field: Some(field.unwrap_or("file")),
                ..UploadForm::default()
            };
            media_view(&app, &user, status, 1, &form).await
        }
    }
}

//! Media in the Admin API: upload (multipart, the same checks and processing as the admin's
//! form), the library page by page, one image, and deleting one. All through the media service.

use axum::Json;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::http::StatusCode;
use gazette_app::App;
use gazette_app::media::{MAX_UPLOAD_BYTES, MediaItem, PER_PAGE, Uploaded};
use gazette_domain::MediaId;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{Editor, PathInput, QueryInput};

/// The multipart body carries the file, the alt text and their framing: above the service's file
/// limit, so an oversized file gets the service's message rather than a bare 413.
pub const BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 1024 * 1024;

/// One stored size of an image.
#[derive(Debug, Serialize, ToSchema)]
pub struct MediaSizeOut {
    pub width: u32,
    pub height: u32,
    /// `/media/…` on this site.
    pub src: String,
}

/// An uploaded image.
#[derive(Debug, Serialize, ToSchema)]
pub struct MediaOut {
    pub id: i64,
    /// The file name the upload carried.
    pub original_name: String,
    pub alt: String,
    /// Of the widest size kept.
    pub width: u32,
    pub height: u32,
    /// The widest size: what to give an article as its featured image.
    pub src: String,
    /// The narrowest size.
    pub thumb: String,
    /// Every size, for `<img srcset>`: `"/media/…-480.jpg 480w, …"`.
    pub srcset: String,
    /// Narrowest first.
    pub sizes: Vec<MediaSizeOut>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

impl From<MediaItem> for MediaOut {
    fn from(item: MediaItem) -> Self {
        Self {
            id: item.id.0,
            original_name: item.original_name,
            alt: item.alt,
            width: item.width,
            height: item.height,
            src: item.src,
            thumb: item.thumb,
            srcset: item.srcset,
            sizes: item
                .sizes
                .into_iter()
                .map(|s| MediaSizeOut {
                    width: s.width,
                    height: s.height,
                    src: format!("/media/{}", s.path),
                })
                .collect(),
            created_at: item.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UploadedOut {
    #[serde(flatten)]
    pub media: MediaOut,
    /// The same bytes had been uploaded before: that image is answered and nothing was stored.
    pub deduplicated: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MediaList {
    /// Newest first.
    pub items: Vec<MediaOut>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
    pub total_pages: u32,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MediaListParams {
    /// From 1.
    #[param(minimum = 1)]
    pub page: Option<u32>,
}

/// The upload's form, for the OpenAPI document.
#[derive(ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart body; the handler reads it field by field"
)]
struct UploadForm {
    /// JPEG, PNG, WebP or GIF.
    #[schema(format = Binary, content_media_type = "application/octet-stream")]
    file: String,
    /// What the image shows, for readers who cannot see it (required by the service).
    alt: Option<String>,
}

fn unreadable(err: &MultipartError) -> ApiError {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!(
                "the file is larger than {} MiB",
                MAX_UPLOAD_BYTES / (1024 * 1024)
            ),
        )
        .field("file")
    } else {
        ApiError::bad_request(format!(
            "the multipart body cannot be read: {}",
            err.body_text()
        ))
    }
}

/// Uploads an image: checked (type by its bytes, size in bytes and pixels), stripped of its
/// metadata, resized into the standard widths and stored; a second upload of the same bytes
/// answers the first image with 200.
#[utoipa::path(post, path = "/api/v1/admin/media", tag = "admin", security(("bearer" = [])),
    request_body(content = inline(UploadForm), content_type = "multipart/form-data"),
    responses((status = 201, body = UploadedOut), (status = 200, body = UploadedOut, description = "the same bytes were uploaded before"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 503, body = ErrorBody, description = "media storage failed")))]
pub async fn upload_media(
    State(app): State<App>,
    Editor(actor): Editor,
    multipart: Result<Multipart, MultipartRejection>,
) -> ApiResult<(StatusCode, Json<UploadedOut>)> {
    let mut multipart = multipart.map_err(|_| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the image as multipart/form-data, in a field named file",
        )
    })?;
    let (mut file, mut name, mut alt) = (None, String::new(), String::new());
    while let Some(field) = multipart.next_field().await.map_err(|e| unreadable(&e))? {
        match field.name() {
            Some("file") => {
                name = field.file_name().unwrap_or_default().to_owned();
                file = Some(field.bytes().await.map_err(|e| unreadable(&e))?.to_vec());
            }
            Some("alt") => alt = field.text().await.map_err(|e| unreadable(&e))?,
            _ => {}
        }
    }
    let file = file.ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "file: send the image in a field named file",
        )
        .field("file")
    })?;
    let Uploaded { item, deduplicated } = app.media().upload(&actor, &name, &alt, file).await?;
    let status = if deduplicated {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((
        status,
        Json(UploadedOut {
            media: item.into(),
            deduplicated,
        }),
    ))
}

/// The media library, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/admin/media", tag = "admin", params(MediaListParams), security(("bearer" = [])),
    responses((status = 200, body = MediaList), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn list_media(
    State(app): State<App>,
    Editor(actor): Editor,
    QueryInput(p): QueryInput<MediaListParams>,
) -> ApiResult<Json<MediaList>> {
    let page = p.page.unwrap_or(1);
    if page == 0 {
        return Err(ApiError::bad_request("page counts from 1").field("page"));
    }
    let library = app.media().library(&actor, page).await?;
    Ok(Json(MediaList {
        items: library.items.into_iter().map(MediaOut::from).collect(),
        page: library.page,
        per_page: PER_PAGE,
        total: library.total.max(0) as u64,
        total_pages: library.total_pages,
    }))
}

#[utoipa::path(get, path = "/api/v1/admin/media/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = MediaOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_media(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<MediaOut>> {
    Ok(Json(app.media().item(&actor, MediaId(id)).await?.into()))
}

/// Removes the image from the library and its files from storage (editors and administrators).
/// Refused with 409 while an article shows it, in its body or as its featured image; the
/// message names those articles.
#[utoipa::path(delete, path = "/api/v1/admin/media/{id}", tag = "admin", params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "an article shows the image")))]
pub async fn delete_media(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<StatusCode> {
    app.media().delete(&actor, MediaId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

//! Media: the upload form and the library of uploaded images, and the article editor's upload.
//!
//! The upload is `multipart/form-data` with the session's CSRF token as a field; the routes have
//! their own body limit, above the service's file limit so that an oversized file still gets the
//! service's message rather than a bare 413. Checking and processing are the service's.
//!
//! The editor's script posts the same fields to `/admin/media/upload` and gets JSON back (the
//! image's `src` to put in the featured-image field, or the refusal and the field it names).
//! Without the script the editor links here with `?for={article}`: the library then offers
//! "use in article" beside every image, which opens the editor with that image in the form.

use axum::Router;
use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartError};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, http::HeaderValue, http::header};
use gazette_app::media::{MAX_UPLOAD_BYTES, MediaItem, MediaLibrary, Uploaded};
use gazette_app::{App, AppError};
use gazette_domain::MediaId;
use serde::{Deserialize, Serialize};

use super::fields::Failure;
use super::messages::Text;
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, plain, redirect};

/// The multipart body may carry the file, the other fields and their framing.
const BODY_LIMIT: usize = 15 * 1024 * 1024;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route(
            "/admin/media",
            get(library)
                .post(upload)
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route(
            "/admin/media/upload",
            post(upload_json).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/admin/media/{id}/alt", post(set_alt))
        .route("/admin/media/{id}/delete", post(delete))
}

/// `POST /admin/media/{id}/alt`: a new description for the image.
async fn set_alt(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let page = page_of(&f);
    match app
        .media()
        .set_alt(&user.actor(), MediaId(id), f.get("alt").unwrap_or_default())
        .await
    {
        Ok(_) => redirect(&format!(
            "/admin/media?page={page}&described={id}#media-{id}"
        )),
        Err(err) => {
            let (status, message, _) = refusal(&app, err);
            let form = UploadForm {
                item_error: Some((id, message)),
                ..UploadForm::default()
            };
            media_view(&app, &user, status, page, &form).await
        }
    }
}

/// `POST /admin/media/{id}/delete`: removes the image, unless an article shows it; the
/// refusal lists those articles with links to them.
async fn delete(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let page = page_of(&Form::parse(&body));
    match app.media().delete(&user.actor(), MediaId(id)).await {
        Ok(()) => redirect(&format!("/admin/media?page={page}&deleted=1")),
        Err(err) => {
            let used_by = app.media().used_by(MediaId(id)).await.unwrap_or_default();
            let (status, message, _) = refusal(&app, err);
            let form = UploadForm {
                item_error: Some((id, message)),
                used_by: used_by
                    .into_iter()
                    .map(|(article, title)| UsedBy {
                        href: format!("/admin/articles/{}", article.0),
                        title,
                    })
                    .collect(),
                ..UploadForm::default()
            };
            media_view(&app, &user, status, page, &form).await
        }
    }
}

fn page_of(f: &Form) -> u32 {
    f.get("page")
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

/// An article that shows an image, linked from the refusal to delete it.
#[derive(Serialize, Clone)]
struct UsedBy {
    title: String,
    href: String,
}

/// The article a library visit chooses an image for: `new` or an article's id. Anything else is
/// ignored, so the value can be put into links as it is.
fn for_article(raw: Option<&str>) -> Option<String> {
    let raw = raw?.trim();
    (raw == "new" || (!raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit())))
        .then(|| raw.to_owned())
}

/// The editor, opened with `item` in its featured-image fields (nothing is saved until the
/// editor presses Save).
fn use_in_article(article: &str, item: &MediaItem) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("image_src", &item.src)
        .append_pair("image_alt", &item.alt)
        .finish();
    format!("/admin/articles/{article}?{query}")
}

/// A library image, with the link that puts it in the article being edited, if any.
#[derive(Serialize)]
struct Entry {
    #[serde(flatten)]
    item: MediaItem,
    use_href: Option<String>,
}

#[derive(Serialize)]
struct MediaView<'a> {
    #[serde(flatten)]
    chrome: Chrome,
    /// The page's counts; its images are in `items`.
    library: MediaLibrary,
    items: Vec<Entry>,
    /// `new` or the id of the article an image is being chosen for.
    for_article: Option<String>,
    /// Where to go back to: that article's editor.
    back_href: Option<String>,
    /// The image just uploaded, put into that article.
    uploaded_use_href: Option<String>,
    max_mib: usize,
    alt: &'a str,
    /// The form's refusal, shown next to `error_field` (`file` or `alt`).
    error: Option<&'a str>,
    error_field: Option<&'a str>,
    /// Set after an upload: the image, and whether it was there already.
    uploaded: Option<i64>,
    deduplicated: bool,
    /// A notice of what was last done (a description saved, an image deleted).
    notice: Option<String>,
    /// The image whose description was just saved.
    described: Option<i64>,
    /// A refusal about one image, shown under it, with the articles that show it.
    item_error: Option<(i64, String)>,
    used_by: Vec<UsedBy>,
}

#[derive(Deserialize)]
pub(super) struct LibraryQuery {
    page: Option<u32>,
    uploaded: Option<i64>,
    dedup: Option<u8>,
    described: Option<i64>,
    deleted: Option<u8>,
    #[serde(rename = "for")]
    for_article: Option<String>,
}

async fn library(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<LibraryQuery>,
) -> Response {
    let form = UploadForm {
        uploaded: q.uploaded,
        deduplicated: q.dedup == Some(1),
        for_article: for_article(q.for_article.as_deref()),
        described: q.described,
        notice: if q.deleted == Some(1) {
            Some(Text::ImageDeleted.show(&app))
        } else if q.described.is_some() {
            Some(Text::ImageDescribed.show(&app))
        } else {
            None
        },
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
    for_article: Option<String>,
    notice: Option<String>,
    described: Option<i64>,
    item_error: Option<(i64, String)>,
    used_by: Vec<UsedBy>,
}

async fn media_view(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    page: u32,
    form: &UploadForm<'_>,
) -> Response {
    let mut library = match app.media().library(&user.actor(), page).await {
        Ok(library) => library,
        Err(err) => return error_page(app, err),
    };
    let target = form.for_article.as_deref();
    let items: Vec<Entry> = std::mem::take(&mut library.items)
        .into_iter()
        .map(|item| Entry {
            use_href: target.map(|a| use_in_article(a, &item)),
            item,
        })
        .collect();
    let uploaded_use_href = items
        .iter()
        .find(|e| Some(e.item.id.0) == form.uploaded)
        .and_then(|e| e.use_href.clone());
    let view = MediaView {
        chrome: user.chrome(app, "media").await,
        library,
        items,
        back_href: target.map(|a| format!("/admin/articles/{a}")),
        for_article: form.for_article.clone(),
        uploaded_use_href,
        max_mib: MAX_UPLOAD_BYTES / (1024 * 1024),
        alt: form.alt,
        error: form.error,
        error_field: form.error_field,
        uploaded: form.uploaded,
        deduplicated: form.deduplicated,
        notice: form.notice.clone(),
        described: form.described,
        item_error: form.item_error.clone(),
        used_by: form.used_by.clone(),
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
    /// The library page's `for`, kept through the upload.
    for_article: String,
}

async fn read_fields(multipart: &mut Multipart) -> Result<Fields, MultipartError> {
    let mut fields = Fields::default();
    while let Some(field) = multipart.next_field().await? {
        match field.name() {
            Some("csrf") => fields.csrf = field.text().await?,
            Some("alt") => fields.alt = field.text().await?,
            Some("for") => fields.for_article = field.text().await?,
            Some("file") => {
                fields.name = field.file_name().unwrap_or_default().to_owned();
                fields.file = field.bytes().await?.to_vec();
            }
            _ => {}
        }
    }
    Ok(fields)
}

/// The refusal of a multipart body that could not be read to the end.
fn unreadable(app: &App, err: &MultipartError) -> String {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Text::UploadTooLarge {
            max_mib: (MAX_UPLOAD_BYTES / (1024 * 1024)) as i64,
        }
        .show(app)
    } else {
        Text::UploadCutShort.show(app)
    }
}

/// The service's refusal as `(status, sentence, field)`, worded to stand beside that field; a
/// refusal naming no field is the file's.
fn refusal(app: &App, err: AppError) -> (StatusCode, String, String) {
    let failure = Failure::from(err);
    let text = failure.text(app);
    (
        failure.status,
        text,
        failure.field.unwrap_or_else(|| "file".to_owned()),
    )
}

async fn upload(State(app): State<App>, user: SignedIn, mut multipart: Multipart) -> Response {
    let fields = match read_fields(&mut multipart).await {
        Ok(fields) => fields,
        Err(err) => {
            let message = unreadable(&app, &err);
            let form = UploadForm {
                error: Some(&message),
                error_field: Some("file"),
                ..UploadForm::default()
            };
            return media_view(&app, &user, err.status(), 1, &form).await;
        }
    };
    if fields.csrf != user.session.csrf_token {
        return plain(
            &app,
            StatusCode::FORBIDDEN,
            &Text::UploadFormExpired.show(&app),
        );
    }
    let target = for_article(Some(&fields.for_article));
    match app
        .media()
        .upload(&user.actor(), &fields.name, &fields.alt, fields.file)
        .await
    {
        Ok(done) => redirect(&format!(
            "/admin/media?uploaded={}{}{}",
            done.item.id,
            if done.deduplicated { "&dedup=1" } else { "" },
            target.map(|a| format!("&for={a}")).unwrap_or_default()
        )),
        Err(err) => {
            let (status, message, field) = refusal(&app, err);
            let form = UploadForm {
                alt: &fields.alt,
                error: Some(&message),
                error_field: Some(&field),
                for_article: target,
                ..UploadForm::default()
            };
            media_view(&app, &user, status, 1, &form).await
        }
    }
}

/// What the editor's script gets back from an upload.
#[derive(Serialize)]
#[serde(untagged)]
enum UploadAnswer {
    Done {
        id: i64,
        src: String,
        thumb: String,
        srcset: String,
        alt: String,
        deduplicated: bool,
    },
    Refused {
        error: String,
        /// `file` or `alt`: where the editor shows it.
        field: String,
    },
}

impl UploadAnswer {
    fn refused(status: StatusCode, error: impl Into<String>, field: &str) -> Response {
        json(
            status,
            &Self::Refused {
                error: error.into(),
                field: field.to_owned(),
            },
        )
    }
}

fn json(status: StatusCode, answer: &UploadAnswer) -> Response {
    let mut response = (status, Json(answer)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// `POST /admin/media/upload`: the upload form's fields, answered in JSON for the editor.
async fn upload_json(State(app): State<App>, user: SignedIn, mut multipart: Multipart) -> Response {
    let fields = match read_fields(&mut multipart).await {
        Ok(fields) => fields,
        Err(err) => return UploadAnswer::refused(err.status(), unreadable(&app, &err), "file"),
    };
    if fields.csrf != user.session.csrf_token {
        return UploadAnswer::refused(
            StatusCode::FORBIDDEN,
            Text::UploadFormExpired.show(&app),
            "file",
        );
    }
    match app
        .media()
        .upload(&user.actor(), &fields.name, &fields.alt, fields.file)
        .await
    {
        Ok(Uploaded { item, deduplicated }) => json(
            if deduplicated {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            },
            &UploadAnswer::Done {
                id: item.id.0,
                src: item.src,
                thumb: item.thumb,
                srcset: item.srcset,
                alt: item.alt,
                deduplicated,
            },
        ),
        Err(err) => {
            let (status, message, field) = refusal(&app, err);
            UploadAnswer::refused(status, message, &field)
        }
    }
}

//! The reader's site: cached pages served with ETag, Last-Modified and precompressed bodies.
//! A page that cannot be served is an [`HtmlError`]: the site's error page for its status.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Extension, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, AppError, ListingKind, PageRoute};
use gazette_render::{CachedPage, negotiate};

use crate::error::{HtmlError, PageResult};
use crate::language::ReaderLang;

// The page handlers take the whole request last, rather than a `HeaderMap`, because that
// extractor clones the request's headers and these handlers only read them.

pub async fn home(
    State(app): State<App>,
    Extension(lang): Extension<ReaderLang>,
    Query(q): Query<HashMap<String, String>>,
    request: Request,
) -> PageResult {
    let page = page_number(&q).ok_or_else(HtmlError::not_found)?;
    serve_page(&app, PageRoute::Home { page }, lang, request.headers()).await
}

pub async fn article(
    State(app): State<App>,
    Extension(lang): Extension<ReaderLang>,
    Path(slug): Path<String>,
    request: Request,
) -> PageResult {
    let route = PageRoute::Article { slug };
    serve_page_or_redirect(&app, route, lang, request.headers(), request.uri().path()).await
}

pub async fn listing(
    State(app): State<App>,
    Extension(lang): Extension<ReaderLang>,
    Path((kind, slug)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    request: Request,
) -> PageResult {
    match (ListingKind::parse(&kind), page_number(&q)) {
        (Some(kind), Some(page)) => {
            let route = PageRoute::Listing { kind, slug, page };
            serve_page_or_redirect(&app, route, lang, request.headers(), request.uri().path()).await
        }
        (None, _) if lang.0.is_none() => missing(&app, request.uri().path()).await,
        _ => Err(HtmlError::not_found()),
    }
}

/// `?page=N` with N ≥ 1; anything else is no page at all.
fn page_number(q: &HashMap<String, String>) -> Option<u32> {
    match q.get("page") {
        None => Some(1),
        Some(raw) => raw.parse().ok().filter(|n| (1..=100_000).contains(n)),
    }
}

pub(crate) async fn serve_page(
    app: &App,
    route: PageRoute,
    lang: ReaderLang,
    headers: &HeaderMap,
) -> PageResult {
    serve_page_at(app, route, lang, headers, None).await
}

/// Like [`serve_page`], and where nothing is at `path` on the site's own pages, an old URL of a
/// migrated site answers with its redirect.
async fn serve_page_or_redirect(
    app: &App,
    route: PageRoute,
    lang: ReaderLang,
    headers: &HeaderMap,
    path: &str,
) -> PageResult {
    serve_page_at(app, route, lang, headers, Some(path)).await
}

async fn serve_page_at(
    app: &App,
    route: PageRoute,
    ReaderLang(lang): ReaderLang,
    headers: &HeaderMap,
    path: Option<&str>,
) -> PageResult {
    match (app.public().page(&route, lang).await, path, lang) {
        (Ok(page), _, _) => Ok(cached_response(&page, headers, !app.is_following_changes())),
        (Err(AppError::NotFound(_)), Some(path), None) => missing(app, path).await,
        (Err(err), _, _) => Err(err.into()),
    }
}

/// The header on pages served while this process cannot be sure its cache is current (its
/// change listener is down, e.g. the database is unreachable): see docs/OPERATIONS.md.
pub(crate) const STALE_HEADER: &str = "gazette-stale";

/// A 304 when the client's copy is current, else the body in the best encoding it accepts;
/// `stale` marks it with [`STALE_HEADER`].
///
/// This is the hot path of the whole site: a cached page is served with no work beyond this
/// function, so it builds the response directly, with room for all its headers up front.
fn cached_response(page: &Arc<CachedPage>, headers: &HeaderMap, stale: bool) -> Response {
    let etag = HeaderValue::from_str(&page.etag).expect("etags are hex in quotes");
    let modified = HeaderValue::from_str(&page.last_modified).expect("HTTP dates are ASCII");
    let fresh = match headers.get(header::IF_NONE_MATCH) {
        Some(tags) => tags.to_str().is_ok_and(|t| {
            t.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == page.etag || t.trim() == "*")
        }),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .is_some_and(|since| since.as_bytes() == page.last_modified.as_bytes()),
    };
    // Eight at most: the seven below and the Content-Length axum adds for a full body.
    let mut h = HeaderMap::with_capacity(8);
    let (status, body) = if fresh {
        (StatusCode::NOT_MODIFIED, Body::empty())
    } else {
        let encoding = negotiate(
            headers
                .get(header::ACCEPT_ENCODING)
                .and_then(|v| v.to_str().ok()),
        );
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(page.content_type),
        );
        if let Some(coding) = encoding.header_value() {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        (
            StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK),
            Body::from(page.body(encoding)),
        )
    };
    h.insert(header::ETAG, etag);
    h.insert(header::LAST_MODIFIED, modified);
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=0, must-revalidate"),
    );
    if stale {
        h.insert(
            axum::http::HeaderName::from_static(STALE_HEADER),
            HeaderValue::from_static("1"),
        );
    }
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = h;
    response
}

pub async fn not_found(State(app): State<App>, uri: Uri) -> PageResult {
    missing(&app, uri.path()).await
}

/// Nothing is at `path`: a 301 to its new place if it is an old URL of a migrated site (looked
/// up only here, on the miss, so pages that exist cost nothing more), else the 404 page.
pub(crate) async fn missing(app: &App, path: &str) -> PageResult {
    let to = app
        .site_import()
        .redirect_for(path)
        .await
        .unwrap_or_else(|err| {
            // Still a miss for the reader: the 404 is the truthful answer.
            tracing::error!(error = %err, path, "redirect lookup failed");
            None
        });
    let location = to
        .and_then(|to| HeaderValue::try_from(to).ok())
        .ok_or_else(HtmlError::not_found)?;
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    response.headers_mut().insert(header::LOCATION, location);
    Ok(response)
}

/// The theme's static files (stylesheet, icons), overridable from the operator's theme directory.
pub async fn asset(State(app): State<App>, Path(path): Path<String>) -> PageResult {
    let asset = app.theme().asset(&path).ok_or_else(HtmlError::not_found)?;
    Ok((
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        asset.bytes,
    )
        .into_response())
}

/// Browsers ask for `/favicon.ico` wherever a page names no icon (a feed reader, a raw file):
/// send them to the theme's.
pub async fn favicon() -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, "/static/favicon.svg")],
    )
        .into_response()
}

/// Uploaded and demo media, from the configured media storage (the data directory or the
/// object store), so `/media/…` addresses are the same whichever is used.
pub async fn media(State(app): State<App>, Path(path): Path<String>) -> PageResult {
    let file = app
        .media()
        .file(&path)
        .await?
        .ok_or_else(HtmlError::not_found)?;
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type),
            (header::CACHE_CONTROL, "public, max-age=86400"),
            // An SVG opened directly must not run scripts in the site's origin.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            ),
        ],
        file.bytes,
    )
        .into_response())
}

//! Editions: the site in a reader's language lives under `/{lang}/…` (`/es/`, `/es/region/iraq`,
//! `/es/feed.rss`). One layer, in front of the routes, takes the language off the path and hands
//! it to the handlers as [`ReaderLang`], so every reader route exists once and in every edition.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gazette_app::App;

/// The edition a request is for: None for the site's own language.
#[derive(Debug, Clone, Copy)]
pub struct ReaderLang(pub Option<&'static str>);

/// First path segments that are never a reader's page, so never in an edition.
const NOT_IN_EDITIONS: &[&str] = &[
    "admin",
    "api",
    "static",
    "media",
    "healthz",
    "readyz",
    "favicon.ico",
    "robots.txt",
    "sitemap.xml",
    "sitemaps",
    "share",
];

/// Takes a leading edition off the path (`/es/region/iraq` → `/region/iraq` with
/// `ReaderLang(Some("es"))`). A tag written in another case, or an edition's home without its
/// slash, is sent to its one address with a 301.
pub async fn editions(State(app): State<App>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let (segment, rest) = match path[1..].split_once('/') {
        Some((segment, rest)) => (segment, Some(rest)),
        None => (&path[1..], None),
    };
    let edition = app.public().edition(segment).filter(|_| {
        let first = rest.map_or("", |r| r.split('/').next().unwrap_or(""));
        !NOT_IN_EDITIONS.contains(&first)
    });
    let Some(lang) = edition else {
        request.extensions_mut().insert(ReaderLang(None));
        return next.run(request).await;
    };
    let query = request
        .uri()
        .query()
        .map_or_else(String::new, |q| format!("?{q}"));
    let Some(rest) = rest.filter(|_| segment == lang) else {
        let rest = rest.unwrap_or("");
        return moved(&format!("/{lang}/{rest}{query}"));
    };
    let inner = format!("/{rest}{query}");
    match inner.parse::<Uri>() {
        Ok(uri) => {
            *request.uri_mut() = uri;
            request.extensions_mut().insert(ReaderLang(Some(lang)));
            next.run(request).await
        }
        // The original URI parsed, so its tail does; kept as a refusal rather than a panic.
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

fn moved(location: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Ok(value) = HeaderValue::try_from(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

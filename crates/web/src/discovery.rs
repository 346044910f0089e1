//! Feeds, sitemaps and robots.txt: served from the page cache like pages.

use axum::extract::{Extension, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, FeedFormat, ListingKind, PageRoute};

use crate::error::{HtmlError, PageResult};
use crate::language::ReaderLang;
use crate::public::serve_page;

/// `/feed.rss`, `/feed.atom`, `/feed.json`.
pub async fn site_feed(
    State(app): State<App>,
    Extension(lang): Extension<ReaderLang>,
    uri: Uri,
    headers: HeaderMap,
) -> PageResult {
    let format = FeedFormat::from_file(uri.path().trim_start_matches('/'))
        .ok_or_else(HtmlError::not_found)?;
    let route = PageRoute::Feed {
        scope: None,
        format,
    };
    serve_page(&app, route, lang, &headers).await
}

/// `/{kind}/{slug}/feed.{rss,atom,json}`.
pub async fn listing_feed(
    State(app): State<App>,
    Extension(lang): Extension<ReaderLang>,
    Path((kind, slug, file)): Path<(String, String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> PageResult {
    match (ListingKind::parse(&kind), FeedFormat::from_file(&file)) {
        (Some(kind), Some(format)) => {
            serve_page(
                &app,
                PageRoute::Feed {
                    scope: Some((kind, slug)),
                    format,
                },
                lang,
                &headers,
            )
            .await
        }
        // `/2024/01/a-post` is no feed, but may be an old URL of a migrated site.
        _ if lang.0.is_none() => crate::public::missing(&app, uri.path()).await,
        _ => Err(HtmlError::not_found()),
    }
}

pub async fn sitemap_index(State(app): State<App>, headers: HeaderMap) -> PageResult {
    serve_page(&app, PageRoute::SitemapIndex, ReaderLang(None), &headers).await
}

/// `/sitemaps/pages.xml`, `/sitemaps/news.xml`, `/sitemaps/articles-N.xml`.
pub async fn sitemap(
    State(app): State<App>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> PageResult {
    let route = match file.as_str() {
        "pages.xml" => Some(PageRoute::SitemapPages),
        "news.xml" => Some(PageRoute::NewsSitemap),
        other => other
            .strip_prefix("articles-")
            .and_then(|rest| rest.strip_suffix(".xml"))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=100_000).contains(n))
            .map(|n| PageRoute::SitemapArticles { n }),
    };
    let route = route.ok_or_else(HtmlError::not_found)?;
    serve_page(&app, route, ReaderLang(None), &headers).await
}

pub async fn robots(State(app): State<App>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        app.public().robots_txt(),
    )
        .into_response()
}

#[derive(serde::Deserialize)]
pub struct MastodonParams {
    #[serde(default)]
    text: String,
    instance: Option<String>,
}

/// `GET /share/mastodon?text=…[&instance=…]`: asks for the reader's server. Never redirects:
/// a crafted link must not send readers to another host under this site's name.
pub async fn share_mastodon(
    State(app): State<App>,
    axum::extract::Query(q): axum::extract::Query<MastodonParams>,
) -> PageResult {
    mastodon_answer(&app, &q, false).await
}

/// `POST /share/mastodon`: the form's submission, which sends the reader on to their server
/// when it comes from this site's own page (the browser says so in `Sec-Fetch-Site`, or older
/// ones in `Origin`).
pub async fn share_mastodon_post(
    State(app): State<App>,
    headers: http::HeaderMap,
    body: bytes::Bytes,
) -> PageResult {
    let q: MastodonParams = serde_urlencoded::from_bytes(&body).unwrap_or(MastodonParams {
        text: String::new(),
        instance: None,
    });
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let same_site = match (header("sec-fetch-site"), header("origin")) {
        (Some(site), _) => site == "same-origin",
        (None, Some(origin)) => origin == app.base_url(),
        // Neither header: not a browser following a link from elsewhere.
        (None, None) => true,
    };
    mastodon_answer(&app, &q, same_site).await
}

async fn mastodon_answer(app: &App, q: &MastodonParams, from_our_form: bool) -> PageResult {
    use gazette_app::MastodonShare;
    let share = app
        .public()
        .mastodon_share(&q.text, q.instance.as_deref(), from_our_form)
        .await?;
    Ok(match share {
        MastodonShare::Redirect(url) => axum::response::Redirect::to(&url).into_response(),
        MastodonShare::Form { html, refused } => {
            let status = if refused {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response()
        }
    })
}

/// `/search?q=…`: the reader's search page. Any input gives a page, never an error.
pub async fn search_page(
    State(app): State<App>,
    Extension(ReaderLang(lang)): Extension<ReaderLang>,
    uri: Uri,
) -> PageResult {
    // Lenient on purpose: a malformed parameter (say `year=abc`) is dropped, not refused.
    let params: gazette_app::SearchParams = serde_urlencoded::from_str(uri.query().unwrap_or(""))
        .unwrap_or_else(|_| lenient_params(uri.query().unwrap_or("")));
    let html = app.search().page(&params, lang).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        html,
    )
        .into_response())
}

fn lenient_params(query: &str) -> gazette_app::SearchParams {
    let mut p = gazette_app::SearchParams::default();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        let v = v.into_owned();
        match k.as_ref() {
            "q" => p.q = v,
            "region" => p.region = Some(v),
            "theme" => p.theme = Some(v),
            "report" => p.report = Some(v),
            "author" => p.author = Some(v),
            "source" => p.source = Some(v),
            "language" => p.language = Some(v),
            "year" => p.year = v.parse().ok(),
            "page" => p.page = v.parse().ok(),
            _ => {}
        }
    }
    p
}

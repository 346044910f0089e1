//! Security headers on every response, set in one layer so no route can forget them.
//!
//! Each kind of response gets the narrowest Content-Security-Policy it works with: the public
//! site runs only its own script files and styles (no inline script or style anywhere in the
//! theme), the admin the same with nothing framed and no other origin reachable, and the APIs,
//! feeds and sitemaps nothing at all (they are data, never a document to run). A script that got
//! past the sanitiser into a page therefore still does not run: inline handlers and inline
//! `<script>` are refused by the browser.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;
use gazette_app::App;

/// Reader pages: first-party scripts and styles only. Images may come from other sites (a
/// republished article keeps its partner's pictures); forms post only here, except the
/// Mastodon share form, which the reader sends to their own server's share page.
const PUBLIC_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' https: data:; font-src 'self'; connect-src 'self'; media-src 'self' https:; \
     object-src 'none'; base-uri 'self'; form-action 'self' https:; frame-ancestors 'self'";

/// The admin: as the public pages, and never framed (clickjacking a Publish button), no base
/// URL, forms only to itself. `blob:` is for the preview of an image chosen for upload.
const ADMIN_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' https: data: blob:; font-src 'self'; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// JSON, feeds, sitemaps, robots.txt, media files: data, never a document that runs anything.
const DATA_CSP: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// One year, the figure HSTS preload lists ask for.
const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Which policy a path gets.
fn policy_for(path: &str) -> &'static str {
    if path == "/admin" || path.starts_with("/admin/") {
        ADMIN_CSP
    } else if path.starts_with("/api/")
        || path.starts_with("/media/")
        || path.starts_with("/sitemaps/")
        || path == "/sitemap.xml"
        || path == "/robots.txt"
        || path.ends_with(".rss")
        || path.ends_with(".atom")
        || path.ends_with(".json")
        || path.ends_with(".xml")
    {
        DATA_CSP
    } else {
        PUBLIC_CSP
    }
}

/// The layer: adds the headers a handler did not set itself.
pub(crate) async fn headers(State(app): State<App>, req: Request<Body>, next: Next) -> Response {
    let csp = policy_for(req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(csp));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let frame = if csp == PUBLIC_CSP {
        "SAMEORIGIN"
    } else {
        "DENY"
    };
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static(frame));
    // The admin's addresses (article ids, tokens in reset links) never leave the site; readers'
    // pages tell other sites only which site sent the reader.
    let referrer = if csp == ADMIN_CSP {
        "same-origin"
    } else {
        "strict-origin-when-cross-origin"
    };
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static(referrer));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if app.sends_hsts() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    res
}

/// The reader's address for rate limits: the connection's, or what trusted proxies say of it.
pub(crate) fn client_ip(
    app: &App,
    headers: &axum::http::HeaderMap,
    peer: std::net::SocketAddr,
) -> std::net::IpAddr {
    // A proxy may add its own header line instead of appending to the first: read them all,
    // in order, as one list.
    app.client_address(peer.ip(), |name| {
        let lines: Vec<&str> = headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!lines.is_empty()).then(|| lines.join(","))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_path_gets_its_policy() {
        assert_eq!(policy_for("/"), PUBLIC_CSP);
        assert_eq!(policy_for("/fr/harbour-strike"), PUBLIC_CSP);
        assert_eq!(policy_for("/admin"), ADMIN_CSP);
        assert_eq!(policy_for("/admin/articles/3"), ADMIN_CSP);
        assert_eq!(policy_for("/administration-of-ports"), PUBLIC_CSP);
        assert_eq!(policy_for("/api/v1/articles"), DATA_CSP);
        assert_eq!(policy_for("/feed.atom"), DATA_CSP);
        assert_eq!(policy_for("/region/iraq/feed.rss"), DATA_CSP);
        assert_eq!(policy_for("/sitemaps/articles-1.xml"), DATA_CSP);
        assert_eq!(policy_for("/media/2026/a.jpg"), DATA_CSP);
    }

    #[test]
    fn no_policy_allows_inline_script_or_style() {
        for csp in [PUBLIC_CSP, ADMIN_CSP, DATA_CSP] {
            assert!(!csp.contains("unsafe-inline"), "{csp}");
            assert!(!csp.contains("unsafe-eval"), "{csp}");
        }
    }
}

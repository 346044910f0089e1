//! The fetcher against a real HTTP server on 127.0.0.1: the SSRF guard, redirects, limits,
//! timeouts, conditional GET and charset decoding.

use std::time::Duration;

use gazette_ingest::fetch::{Conditional, FetchError, FetchPolicy, Fetcher, Validators};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answers each connection with what `respond` makes of the request head; `None` never answers.
async fn serve(respond: fn(&str, u16) -> Option<Vec<u8>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                match respond(&String::from_utf8_lossy(&head), port) {
                    Some(answer) => {
                        let _ = socket.write_all(&answer).await;
                    }
                    None => tokio::time::sleep(Duration::from_secs(60)).await,
                }
            });
        }
    });
    port
}

fn answer(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn path(head: &str) -> &str {
    head.split(' ').nth(1).unwrap_or("/")
}

fn site(head: &str, port: u16) -> Option<Vec<u8>> {
    let p = path(head);
    Some(match p {
        "/page" => answer("200 OK", &[("Content-Type", "text/html; charset=utf-8")], b"<p>hello</p>"),
        // A page in windows-1252 that says so only in its meta tag.
        "/latin" => answer(
            "200 OK",
            &[("Content-Type", "text/html")],
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>",
        ),
        "/loop" => answer("302 Found", &[("Location", "/loop")], b""),
        "/hop1" => answer("301 Moved", &[("Location", "/hop2")], b""),
        "/hop2" => answer("307 Temporary", &[("Location", "/page")], b""),
        "/to-other-loopback" => {
            let to = format!("http://127.0.0.2:{port}/page");
            return Some(answer("302 Found", &[("Location", to.as_str())], b""));
        }
        "/big" => answer("200 OK", &[], &vec![b'x'; 4096]),
        "/slow" => return None,
        "/feed" if head.to_ascii_lowercase().contains("if-none-match: \"v1\"") => {
            answer("304 Not Modified", &[("ETag", "\"v1\"")], b"")
        }
        "/feed" => answer(
            "200 OK",
            &[("ETag", "\"v1\""), ("Last-Modified", "Mon, 30 Nov 2026 08:00:00 GMT")],
            b"<rss/>",
        ),
        _ => answer("404 Not Found", &[], b"no"),
    })
}

fn local_policy() -> FetchPolicy {
    FetchPolicy {
        allowed_private: vec!["127.0.0.1/32".parse().unwrap()],
        timeout: Duration::from_secs(2),
        max_bytes: 1024,
        ..FetchPolicy::default()
    }
}

#[tokio::test]
async fn loopback_is_refused_unless_the_operator_allows_it() {
    let port = serve(site).await;
    let guarded = Fetcher::new(FetchPolicy::default()).unwrap();
    for url in [
        format!("http://127.0.0.1:{port}/page"),
        format!("http://localhost:{port}/page"),
        format!("http://[::ffff:127.0.0.1]:{port}/page"),
    ] {
        let err = guarded.get(&url).await.unwrap_err();
        assert!(matches!(err, FetchError::Blocked { .. }), "{url}: {err:?}");
        assert!(err.to_string().contains("not allowed"), "{err}");
    }
    let allowed = Fetcher::new(local_policy()).unwrap();
    let page = allowed
        .get(&format!("http://127.0.0.1:{port}/page"))
        .await
        .unwrap();
    assert_eq!(page.text(), "<p>hello</p>");
    assert!(page.is_html());
}

#[tokio::test]
async fn every_redirect_hop_is_checked_and_counted() {
    let port = serve(site).await;
    let fetcher = Fetcher::new(local_policy()).unwrap();
    let page = fetcher
        .get(&format!("http://127.0.0.1:{port}/hop1"))
        .await
        .unwrap();
    assert_eq!(page.url.path(), "/page");
    assert_eq!(
        fetcher
            .get(&format!("http://127.0.0.1:{port}/loop"))
            .await
            .unwrap_err(),
        FetchError::TooManyRedirects(5)
    );
    // Only 127.0.0.1 is allowed: a redirect to another loopback address is refused.
    let err = fetcher
        .get(&format!("http://127.0.0.1:{port}/to-other-loopback"))
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Blocked { .. }), "{err:?}");
}

#[tokio::test]
async fn size_and_time_are_bounded() {
    let port = serve(site).await;
    let fetcher = Fetcher::new(local_policy()).unwrap();
    assert_eq!(
        fetcher
            .get(&format!("http://127.0.0.1:{port}/big"))
            .await
            .unwrap_err(),
        FetchError::TooLarge { limit: 1024 }
    );
    let started = std::time::Instant::now();
    let err = fetcher
        .get(&format!("http://127.0.0.1:{port}/slow"))
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Timeout(_)), "{err:?}");
    assert!(err.is_transient());
    assert!(started.elapsed() < Duration::from_secs(10));
    let err = fetcher
        .get(&format!("http://127.0.0.1:{port}/missing"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, FetchError::Status { status: 404, .. }),
        "{err:?}"
    );
    assert!(!err.is_transient());
}

#[tokio::test]
async fn conditional_get_sends_the_validators_back() {
    let port = serve(site).await;
    let fetcher = Fetcher::new(local_policy()).unwrap();
    let url = format!("http://127.0.0.1:{port}/feed");
    let Conditional::Fetched(first) = fetcher
        .get_if_changed(&url, &Validators::default())
        .await
        .unwrap()
    else {
        panic!("the first poll has nothing to compare with");
    };
    assert_eq!(first.validators.etag.as_deref(), Some("\"v1\""));
    assert!(first.validators.last_modified.is_some());
    let second = fetcher
        .get_if_changed(&url, &first.validators)
        .await
        .unwrap();
    assert!(matches!(second, Conditional::NotModified));
}

#[tokio::test]
async fn a_charset_declared_only_in_the_page_is_decoded() {
    let port = serve(site).await;
    let fetcher = Fetcher::new(local_policy()).unwrap();
    let page = fetcher
        .get(&format!("http://127.0.0.1:{port}/latin"))
        .await
        .unwrap();
    assert!(page.text().contains("café “quoted”"), "{}", page.text());
}

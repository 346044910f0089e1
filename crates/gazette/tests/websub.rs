//! WebSub: publishing tells the configured hub which feeds changed, through the job queue.

use std::time::Duration;

use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, backends};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// A hub on 127.0.0.1 that accepts every notification (202, as WebSub hubs answer) and hands
/// each request's form body to the test.
async fn start_hub() -> (String, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hub", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let n = socket.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text[..end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + length {
                            let head = text[..end].to_owned();
                            let body = String::from_utf8_lossy(&buf[end + 4..end + 4 + length])
                                .to_string();
                            let _ = tx.send(format!("{head}\n\n{body}"));
                            let _ = socket.write_all(b"HTTP/1.1 202 Accepted\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").await;
                            return;
                        }
                    }
                }
            });
        }
    });
    (url, rx)
}

#[tokio::test]
async fn publishing_notifies_the_hub_of_every_feed_that_changed() {
    for backend in backends().await {
        let (hub, mut requests) = start_hub().await;
        let s = TestServer::start_with(backend, |c| c.websub_hub = hub.clone()).await;
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/regions",
                Some(json!({"slug": "mena", "name": "MENA"})),
            )
            .await;
        assert_eq!(status, 201);
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/regions",
                Some(json!({"slug": "iraq", "name": "Iraq", "parent": "mena"})),
            )
            .await;
        assert_eq!(status, 201);
        let (status, article) = s
            .admin(Method::POST, "/api/v1/admin/articles", Some(json!({"title": "Basra port reopens", "body": "Ships are back.", "regions": ["iraq"]})))
            .await;
        assert_eq!(status, 201, "{article}");
        let id = article["id"].as_i64().unwrap();

        // A draft is in no feed: nothing reaches the hub for it.
        assert!(
            tokio::time::timeout(Duration::from_millis(1500), requests.recv())
                .await
                .is_err(),
            "{backend:?}: a draft was announced"
        );

        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/publish"),
                None,
            )
            .await;
        assert_eq!(status, 200);
        let Ok(Some(request)) =
            tokio::time::timeout(Duration::from_secs(10), requests.recv()).await
        else {
            let (_, jobs) = s.admin(Method::GET, "/api/v1/admin/jobs", None).await;
            panic!("{backend:?}: the hub heard nothing within 10 s; jobs: {jobs}");
        };
        let (head, body) = request.split_once("\n\n").unwrap();
        assert!(head.starts_with("POST /hub "), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: application/x-www-form-urlencoded"),
            "{head}"
        );
        let form: Vec<(String, String)> = form_pairs(body);
        assert!(
            form.contains(&("hub.mode".into(), "publish".into())),
            "{body}"
        );
        let topics: Vec<&str> = form
            .iter()
            .filter(|(k, _)| k == "hub.url")
            .map(|(_, v)| v.as_str())
            .collect();
        for path in [
            "/feed.rss",
            "/feed.atom",
            "/feed.json",
            "/region/iraq/feed.atom",
            "/region/mena/feed.rss",
        ] {
            assert!(
                topics.contains(&s.url(path).as_str()),
                "{backend:?}: {path} missing from {topics:?}"
            );
        }
        // Each topic is a feed the server really serves.
        for topic in &topics {
            let path = topic.strip_prefix(&s.base).unwrap();
            assert_eq!(s.get(path).await.status(), 200, "{topic}");
        }

        // A Spanish translation changes the Spanish edition's feeds, and only those.
        let (status, out) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{id}/translations/es"),
                Some(
                    json!({"title": "El puerto de Basora reabre", "standfirst": "",
                    "body_html": "<p>Los barcos vuelven.</p>"}),
                ),
            )
            .await;
        assert_eq!(status, 200, "{out}");
        let topics = next_topics(&mut requests, &s).await;
        for path in ["/es/feed.rss", "/es/feed.json", "/es/region/mena/feed.atom"] {
            assert!(
                topics.contains(&s.url(path)),
                "{backend:?}: {path} missing from {topics:?}"
            );
        }
        assert!(
            topics.iter().all(|t| t.starts_with(&s.url("/es/"))),
            "{backend:?}: {topics:?}"
        );
        // An edit of the article changes its feeds in the site's language and every edition.
        let (status, out) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{id}"),
                Some(json!({"title": "Basra port reopens to tankers"})),
            )
            .await;
        assert_eq!(status, 200, "{out}");
        let topics = next_topics(&mut requests, &s).await;
        for path in [
            "/feed.rss",
            "/region/iraq/feed.json",
            "/es/feed.atom",
            "/es/region/iraq/feed.rss",
        ] {
            assert!(
                topics.contains(&s.url(path)),
                "{backend:?}: {path} missing from {topics:?}"
            );
        }
        for topic in &topics {
            let path = topic.strip_prefix(&s.base).unwrap();
            assert_eq!(s.get(path).await.status(), 200, "{topic}");
        }
    }
}

/// The topics of the next notification the hub hears, within 10 s.
async fn next_topics(
    requests: &mut mpsc::UnboundedReceiver<String>,
    s: &TestServer,
) -> Vec<String> {
    let Ok(Some(request)) = tokio::time::timeout(Duration::from_secs(10), requests.recv()).await
    else {
        let (_, jobs) = s.admin(Method::GET, "/api/v1/admin/jobs", None).await;
        panic!("the hub heard nothing within 10 s; jobs: {jobs}");
    };
    let (_, body) = request.split_once("\n\n").unwrap();
    form_pairs(body)
        .into_iter()
        .filter(|(k, _)| k == "hub.url")
        .map(|(_, v)| v)
        .collect()
}

fn form_pairs(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

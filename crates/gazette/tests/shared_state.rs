//! Servers sharing one database share what must hold site-wide: the subscribe and sign-in limits
//! per reader address are counted in the database, and a missing page remembered by one server
//! (so a flood of 404s stays cheap) answers as soon as an article is published at it, on that
//! server and on the others.

use std::time::{Duration, Instant};

use gazette_app::App;
use gazette_testkit::{Backend, TestServer, backends, pg_reachable, reqwest};
use serde_json::json;

/// Another `serve` of the same site, in this process: its own app (caches, limits, listener)
/// on the first server's database and newsletter link key.
struct Peer {
    app: App,
    base: String,
    client: reqwest::Client,
    _dir: tempfile::TempDir,
}

impl Peer {
    async fn beside(first: &TestServer) -> Self {
        let dir = tempfile::tempdir().expect("a data directory");
        std::fs::copy(
            first.store.dir.path().join("newsletter-link.key"),
            dir.path().join("newsletter-link.key"),
        )
        .expect("servers of one site share the link key");
        let mut config = first.app.config().clone();
        config.data = dir.path().to_path_buf();
        let app = App::open(config).await.expect("a second server opens");
        app.start_search().await.expect("its search index opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("an ephemeral port");
        let addr = listener.local_addr().expect("a bound address");
        app.set_listen_addr(addr);
        tokio::spawn(gazette_web::serve(
            app.clone(),
            listener,
            std::future::pending(),
        ));
        tokio::spawn(app.clone().follow_changes());
        let started = Instant::now();
        while !app.is_following_changes() {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "the second server's change listener did not start"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        Self {
            app,
            base: format!("http://{addr}"),
            client: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("an HTTP client"),
            _dir: dir,
        }
    }

    async fn status(&self, path: &str) -> u16 {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("the second server answers")
            .status()
            .as_u16()
    }
}

async fn status(client: &reqwest::Client, url: &str) -> u16 {
    client
        .get(url)
        .send()
        .await
        .expect("the server answers")
        .status()
        .as_u16()
}

async fn post_form(client: &reqwest::Client, url: &str, body: &str) -> u16 {
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .expect("the server answers")
        .status()
        .as_u16()
}

/// The finding of issue 16: each server counted its own share, so three allowed three times the rate.
#[tokio::test]
async fn the_subscribe_limit_per_address_holds_across_servers_sharing_a_database() {
    if !pg_reachable().await {
        return;
    }
    let a = TestServer::start_with(Backend::Postgres, |c| {
        c.newsletter.subscribe_per_ip_per_hour = 4;
    })
    .await;
    a.create(
        "/api/v1/admin/newsletters",
        json!({"slug": "daily", "name": "The Daily", "description": "Our picks.", "send_time": "07:00", "time_zone": "Europe/Paris"}),
    )
    .await;
    let b = Peer::beside(&a).await;
    let servers = [a.base.clone(), b.base.clone()];
    let mut answers = Vec::new();
    for i in 0..6 {
        let url = format!("{}/newsletter/subscribe", servers[i % 2]);
        answers.push(post_form(&a.client, &url, &format!("email=reader{i}%40example.org")).await);
    }
    assert_eq!(
        answers,
        [200, 200, 200, 200, 429, 429],
        "four an hour from one address, whichever server takes them"
    );
}

/// Sign-in attempts per address are a site-wide limit too (30 an hour): spread over two
/// servers, the 31st is refused.
#[tokio::test]
async fn the_sign_in_limit_per_address_holds_across_servers_sharing_a_database() {
    if !pg_reachable().await {
        return;
    }
    let a = TestServer::start(Backend::Postgres).await;
    let b = Peer::beside(&a).await;
    let servers = [a.base.clone(), b.base.clone()];
    let mut refused_at = None;
    for i in 0..31 {
        // A different account each time, so only the per-address limit can refuse.
        let url = format!("{}/admin/sign-in", servers[i % 2]);
        // The pre-sign-in CSRF check is the cookie and the field agreeing.
        let body = format!("csrf=t0ken&email=nobody{i}%40example.org&password=wrong-password-{i}");
        let got = a
            .client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", "gazette_sign_in=t0ken")
            .body(body)
            .send()
            .await
            .expect("the server answers")
            .status()
            .as_u16();
        assert!(
            got == 422 || got == 429 || got == 401 || got == 200,
            "attempt {i}: {got}"
        );
        if got == 429 {
            refused_at = Some(i + 1);
            break;
        }
    }
    assert_eq!(
        refused_at,
        Some(31),
        "the 31st attempt from one address is refused"
    );
}

/// A missing page is remembered briefly, and forgotten the moment an article is published at
/// its address: on the server that published it, and on one that heard of it.
#[tokio::test]
async fn a_missing_address_answers_as_soon_as_an_article_is_published_there() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        for _ in 0..3 {
            assert_eq!(s.get("/late-news").await.status().as_u16(), 404, "{ctx}");
        }
        let draft = s
            .add_draft(json!({"slug": "late-news", "title": "Late news", "body": "Text."}))
            .await;
        assert_eq!(
            s.get("/late-news").await.status().as_u16(),
            404,
            "{ctx}: a draft is not public"
        );
        s.publish(gazette_testkit::article_id(&draft)).await;
        assert_eq!(
            s.get("/late-news").await.status().as_u16(),
            200,
            "{ctx}: served at once, no 404 remembered"
        );
        // The error page is kept too, and follows the site's name.
        let before = s.get("/nothing-here").await.text().await.unwrap();
        let (_, mut settings) = s
            .admin(reqwest::Method::GET, "/api/v1/admin/settings", None)
            .await;
        settings["name"] = json!("The Renamed Ledger");
        let (code, out) = s
            .admin(
                reqwest::Method::PUT,
                "/api/v1/admin/settings",
                Some(settings),
            )
            .await;
        assert_eq!(code, 200, "{ctx}: {out}");
        let after = s.get("/nothing-here").await.text().await.unwrap();
        assert!(
            !before.contains("The Renamed Ledger") && after.contains("The Renamed Ledger"),
            "{ctx}: the 404 page shows the new name"
        );

        if backend == Backend::Postgres {
            let b = Peer::beside(&s).await;
            for _ in 0..3 {
                assert_eq!(b.status("/later-news").await, 404, "{ctx}");
            }
            s.publish_new(json!({"slug": "later-news", "title": "Later news", "body": "Text."}))
                .await;
            // Heard through the change notification; the remembered 404 would last 5 s.
            let deadline = Instant::now() + Duration::from_secs(2);
            loop {
                let got = b.status("/later-news").await;
                if got == 200 {
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "{ctx}: the other server still answers {got} for the published article"
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            assert_eq!(
                status(&b.client, &format!("{}/later-news", b.base)).await,
                200
            );
            drop(b.app);
        }
    }
}

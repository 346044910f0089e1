//! The reader's HTML pages answer errors as the JSON API does, with the site's error page in
//! words from the catalogues: never a 500 for a reader's mistake or a race, never a bare text.

use gazette_testkit::reqwest::header;
use gazette_testkit::{Backend, TestServer, backends};

use crate::newsletter::publication;

fn content_type(res: &gazette_testkit::reqwest::Response) -> String {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Two readers' double clicks race to create the same new subscriber; the loser meets the
/// address's unique key, which the JSON API reports as 409 and the form used to turn into 500.
#[tokio::test]
async fn concurrent_subscriptions_for_one_new_address_never_answer_500() {
    for backend in backends().await {
        let s = TestServer::start_with(backend, |c| {
            c.newsletter.subscribe_per_ip_per_hour = 1000;
        })
        .await;
        publication(&s).await;
        for round in 0..4 {
            let body = format!("email=racer{round}%40example.org");
            let mut racers = tokio::task::JoinSet::new();
            for _ in 0..12 {
                let request = s
                    .client
                    .post(s.url("/newsletter/subscribe"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body.clone());
                racers.spawn(async move {
                    let res = request.send().await.expect("the server answers");
                    let status = res.status().as_u16();
                    let kind = content_type(&res);
                    (status, kind, res.text().await.unwrap_or_default())
                });
            }
            while let Some(answer) = racers.join_next().await {
                let (status, kind, page) = answer.expect("the request task finishes");
                assert!(
                    [200, 409, 429].contains(&status),
                    "{backend:?} round {round}: {status} {page}"
                );
                assert!(kind.starts_with("text/html"), "{backend:?}: {kind}");
                if status == 409 {
                    assert!(
                        page.contains("Error 409")
                            && page.contains("<h1>Something went wrong</h1>"),
                        "{backend:?}: {page}"
                    );
                }
            }
        }
    }
}

/// A theme whose article and archive templates fail when rendered (an operator's typo).
fn broken_theme() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("the templates folder");
    for name in ["article.html", "newsletter-archive.html"] {
        std::fs::write(
            templates.join(name),
            "{% extends \"base.html\" %}{% block main %}{{ no_such_function() }}{% endblock %}",
        )
        .expect("the template is written");
    }
    dir
}

async fn broken_theme_server(backend: Backend, theme: &tempfile::TempDir) -> TestServer {
    let theme_dir = theme.path().display().to_string();
    let s = TestServer::start_with(backend, move |c| c.theme_dir = theme_dir).await;
    publication(&s).await;
    s
}

#[tokio::test]
async fn a_page_that_fails_to_render_answers_the_sites_500_page() {
    let theme = broken_theme();
    for backend in backends().await {
        let s = broken_theme_server(backend, &theme).await;
        let res = s.get("/river-of-debts").await;
        let (status, kind) = (res.status().as_u16(), content_type(&res));
        let page = res.text().await.unwrap_or_default();
        assert_eq!(status, 500, "{backend:?}: {page}");
        assert!(kind.starts_with("text/html"), "{backend:?}: {kind}: {page}");
        assert!(
            page.contains("Error 500") && page.contains("<h1>Something went wrong</h1>"),
            "{backend:?}: {page}"
        );
        assert!(page.contains(r#"href="/""#), "{backend:?}: a way on");
    }
}

/// A newsletter page that fails said "Page not found" under its 500.
#[tokio::test]
async fn a_newsletter_page_that_fails_says_something_went_wrong() {
    let theme = broken_theme();
    for backend in backends().await {
        let s = broken_theme_server(backend, &theme).await;
        let (status, page) = s.page("/newsletter/daily").await;
        assert_eq!(status, 500, "{backend:?}: {page}");
        assert!(
            page.contains("<h1>Something went wrong</h1>") && !page.contains("Page not found"),
            "{backend:?}: {page}"
        );
        let (status, page) = s.page("/newsletter/no-such-letter").await;
        assert_eq!(status, 404, "{backend:?}: {page}");
        assert!(page.contains("<h1>Page not found</h1>"), "{backend:?}");
    }
}

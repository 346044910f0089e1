//! The daily newsletter against a real SMTP server on 127.0.0.1, on each available backend:
//! double opt-in, the edition email, one-click unsubscribe, retries and bounces, bad input, and
//! the schedule. (Killing the sender mid-edition is in `newsletter_crash.rs`.)

use std::time::Duration;

use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::smtp::{ReceivedMail, SmtpServer};
use gazette_testkit::{Backend, TestServer, backends};
use serde_json::{Value, json};

pub(crate) async fn server(backend: Backend, smtp: &SmtpServer) -> TestServer {
    let url = smtp.url();
    TestServer::start_with(backend, move |c| {
        c.mail.smtp_url = url;
        c.mail.from = "The Test Review <news@review.example>".into();
        c.newsletter.retry_after_secs = 1;
    })
    .await
}

/// A newsletter, two authors, a partner source and three published articles (one republished).
pub(crate) async fn publication(s: &TestServer) {
    s.add_author("lina-haddad", "Lina Haddad").await;
    s.add_author("tomas-arriaga", "Tomás Arriaga").await;
    s.add_source("harbour-dispatch", "Harbour Dispatch").await;
    s.add_published(json!({"slug": "river-of-debts", "title": "A river of debts", "standfirst": "Farmers borrow against the next flood.",
        "body": "Text.", "authors": ["lina-haddad", "tomas-arriaga"]}))
        .await;
    s.add_published(json!({"slug": "cranes-stand-still", "title": "Cranes stand still", "standfirst": "The port is quiet.",
        "body": "Nothing moved.", "authors": ["lina-haddad"],
        "original": {"source": "harbour-dispatch", "url": "https://harbourdispatch.example/2026/cranes", "date": "2026-11-18"}}))
        .await;
    s.add_published(
        json!({"slug": "salt-flats", "title": "Salt flats and lithium", "body": "Text."}),
    )
    .await;
    s.create(
        "/api/v1/admin/newsletters",
        json!({"slug": "daily", "name": "The Daily", "description": "Our picks.", "send_time": "07:00", "time_zone": "Europe/Paris"}),
    )
    .await;
}

async fn post_form(s: &TestServer, path: &str, body: &str) -> (u16, String) {
    let res = s
        .client
        .post(s.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .expect("the server answers");
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// The first link in `text` that starts with `prefix`.
pub(crate) fn link(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {text}"));
    text[start..]
        .split(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        .next()
        .unwrap()
        .to_owned()
}

pub(crate) async fn mail_to(smtp: &SmtpServer, to: &str, n: usize) -> Vec<ReceivedMail> {
    // Generous: on a loaded two-core machine running the whole suite, the job runner (which
    // sends the mail) once took longer than 10 s to get to it.
    for _ in 0..300 {
        let got: Vec<ReceivedMail> = smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == to))
            .collect();
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{to} did not receive {n} messages within 30 s");
}

async fn wait_for_edition(s: &TestServer, id: i64) -> Value {
    for _ in 0..200 {
        let (status, e) = s
            .admin(Method::GET, &format!("/api/v1/admin/editions/{id}"), None)
            .await;
        assert_eq!(status, 200, "{e}");
        if e["status"] != "sending" {
            return e;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("edition {id} was still sending after 10 s");
}

pub(crate) async fn send_edition(s: &TestServer, slug: &str) -> Value {
    let (status, e) = s
        .admin(
            Method::POST,
            &format!("/api/v1/admin/newsletters/{slug}/send"),
            None,
        )
        .await;
    assert_eq!(status, 202, "{e}");
    wait_for_edition(s, e["id"].as_i64().unwrap()).await
}

/// Confirmed subscribers, the way a list moved from another service arrives.
pub(crate) async fn import(s: &TestServer, slug: &str, emails: &[&str]) {
    let summary = s
        .app
        .newsletters()
        .import_subscribers(slug, emails.iter().map(|e| e.to_string()), "")
        .await
        .expect("the import runs");
    assert_eq!(summary.invalid, []);
}

#[tokio::test]
async fn subscribe_confirm_receive_the_edition_and_unsubscribe_in_one_click() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;

        // Every page carries the subscribe form.
        let (_, home) = s.page("/").await;
        assert!(
            !home.contains("footer-subscribe"),
            "{ctx}: no blurb, no footer form"
        );
        s.admin(
            Method::PUT,
            "/api/v1/admin/settings",
            Some(
                json!({"name": "The Test Review", "newsletter_blurb": "Our picks, every morning."}),
            ),
        )
        .await;
        let (_, page) = s.page("/river-of-debts").await;
        assert!(
            page.contains(r#"action="/newsletter/subscribe""#),
            "{ctx}: the article page offers the subscribe form"
        );

        // Subscribing from the form sends a confirmation email, not the newsletter.
        let (status, page) =
            post_form(&s, "/newsletter/subscribe", "email=Reader%40Example.org").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("Check your inbox"), "{ctx}");
        let confirm = &mail_to(&smtp, "reader@example.org", 1).await[0];
        assert_eq!(
            confirm.subject(),
            "Confirm your subscription to The Test Review",
            "{ctx}"
        );
        assert!(
            confirm.text().contains("The Daily"),
            "{ctx}: {}",
            confirm.text()
        );
        assert!(
            confirm.header("List-Unsubscribe").is_none(),
            "{ctx}: not a list message yet"
        );
        let confirm_url = link(&confirm.text(), &s.url("/newsletter/confirm/"));
        assert!(confirm.html().unwrap().contains(&confirm_url), "{ctx}");

        // Until confirmed, an edition does not reach them.
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        let before = send_edition(&s, "daily").await;
        assert_eq!(before["progress"]["total"], 0, "{ctx}: {before}");

        let (status, page) = s.page(confirm_url.trim_start_matches(&s.base)).await;
        assert_eq!(status, 200, "{ctx}");
        assert!(page.contains("You are subscribed"), "{ctx}: {page}");
        let (status, page) = s.page(confirm_url.trim_start_matches(&s.base)).await;
        assert_eq!(status, 200, "{ctx}: a link used twice still answers kindly");
        assert!(page.contains("already subscribed"), "{ctx}: {page}");

        // The editors pick and order the articles and write an introduction.
        let (status, next) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/newsletters/daily/next",
                Some(json!({"subject": "Rivers and ports", "intro": "Good morning. **Two stories** today.",
                            "articles": ["cranes-stand-still", "river-of-debts"]})),
            )
            .await;
        assert_eq!(status, 200, "{ctx}: {next}");
        assert_eq!(
            next["articles"],
            json!(["cranes-stand-still", "river-of-debts"]),
            "{ctx}"
        );
        let sent = send_edition(&s, "daily").await;
        assert_eq!(sent["status"], "sent", "{ctx}: {sent}");
        assert_eq!(sent["progress"]["total"], 1, "{ctx}: {sent}");
        assert_eq!(sent["progress"]["sent"], 1, "{ctx}: {sent}");

        let edition = mail_to(&smtp, "reader@example.org", 2).await.pop().unwrap();
        assert_eq!(edition.subject(), "Rivers and ports", "{ctx}");
        assert_eq!(edition.from, "news@review.example", "{ctx}");
        let text = edition.text();
        let html = edition.html().expect("an HTML part");
        for part in [&text, &html] {
            let cranes = part.find("Cranes stand still").expect("the first article");
            let river = part.find("A river of debts").expect("the second article");
            assert!(cranes < river, "{ctx}: the editors' order");
            assert!(part.contains("Two stories"), "{ctx}: the introduction");
            assert!(
                part.contains("Lina Haddad and Tomás Arriaga"),
                "{ctx}: the byline"
            );
            assert!(part.contains("From Harbour Dispatch"), "{ctx}: the source");
            assert!(
                part.contains(&s.url("/river-of-debts")),
                "{ctx}: absolute links"
            );
        }
        assert!(
            html.contains("<table"),
            "{ctx}: a table layout for mail clients"
        );
        assert!(
            html.contains("<strong>Two stories</strong>"),
            "{ctx}: the intro's Markdown"
        );
        assert!(!html.contains("<img"), "{ctx}: no tracking pixel");
        // RFC 8058: one-click unsubscribe headers, and a visible link too.
        let unsubscribe = edition
            .header("List-Unsubscribe")
            .expect("List-Unsubscribe");
        assert_eq!(
            edition.header("List-Unsubscribe-Post").as_deref(),
            Some("List-Unsubscribe=One-Click"),
            "{ctx}"
        );
        assert!(
            edition.header("List-Id").unwrap().contains("daily."),
            "{ctx}"
        );
        let unsubscribe_url = unsubscribe.trim_matches(['<', '>']).to_owned();
        assert!(
            unsubscribe_url.starts_with(&s.url("/newsletter/unsubscribe/")),
            "{ctx}: {unsubscribe_url}"
        );
        assert!(
            text.contains(&unsubscribe_url),
            "{ctx}: the visible link is the same"
        );
        assert!(
            edition.message_id().unwrap().starts_with("edition-"),
            "{ctx}"
        );

        // The edition is also a public page in the archive.
        let web = sent["url"]
            .as_str()
            .unwrap()
            .trim_start_matches(&s.base)
            .to_owned();
        let (status, page) = s.page(&web).await;
        assert_eq!(status, 200, "{ctx}");
        assert!(
            page.contains("Rivers and ports") && page.contains("Cranes stand still"),
            "{ctx}"
        );
        assert!(
            !page.contains("GAZETTE-SUBSCRIBER-TOKEN"),
            "{ctx}: no one's link on the page"
        );
        let (_, archive) = s.page("/newsletter/daily").await;
        assert!(archive.contains(&web), "{ctx}: the archive links it");

        // The visible link shows a button; only the POST unsubscribes (mail scanners follow links).
        let path = unsubscribe_url.trim_start_matches(&s.base).to_owned();
        let (status, page) = s.page(&path).await;
        assert_eq!(status, 200, "{ctx}");
        assert!(
            page.contains("Unsubscribe") && page.contains("The Daily"),
            "{ctx}"
        );
        let res = s
            .client
            .post(&unsubscribe_url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{ctx}: no sign-in needed");
        assert!(
            res.text().await.unwrap().contains("You are unsubscribed"),
            "{ctx}"
        );

        // The next edition reaches nobody; the newsletter lists no subscriber.
        let after = send_edition(&s, "daily").await;
        assert_eq!(after["progress"]["total"], 0, "{ctx}: {after}");
        let (_, n) = s
            .admin(Method::GET, "/api/v1/admin/newsletters/daily", None)
            .await;
        assert_eq!(n["subscribers"], 0, "{ctx}: {n}");
        assert_eq!(smtp.count_for("reader@example.org"), 2, "{ctx}");
    }
}

#[tokio::test]
async fn subscribing_through_the_api_and_choosing_in_the_preferences() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        s.create(
            "/api/v1/admin/newsletters",
            json!({"slug": "weekly", "name": "The Weekly", "cadence": "weekly", "weekday": "friday", "send_time": "16:00"}),
        )
        .await;
        let (status, out) = s
            .api_as(None, Method::POST, "/api/v1/newsletter/subscribe",
                Some(json!({"email": "api.reader@example.org", "newsletters": ["weekly"], "language": "fr"})))
            .await;
        assert_eq!(status, 202, "{ctx}: {out}");
        assert_eq!(out["status"], "confirmation_sent");
        let confirm = &mail_to(&smtp, "api.reader@example.org", 1).await[0];
        assert!(confirm.text().contains("The Weekly"), "{ctx}");
        // A reader of the French edition is sent back to the French pages.
        let url = link(&confirm.text(), &s.url("/fr/newsletter/confirm/"));
        assert_eq!(s.page(url.trim_start_matches(&s.base)).await.0, 200);

        // Their first edition carries a preferences link; there they switch to the daily.
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/weekly/next",
            Some(json!({"articles": ["salt-flats"],
                "intro": "Hello <script>alert(1)</script><a href=\"javascript:x()\">there</a>."})),
        )
        .await;
        send_edition(&s, "weekly").await;
        let edition = mail_to(&smtp, "api.reader@example.org", 2)
            .await
            .pop()
            .unwrap();
        let html = edition.html().unwrap();
        assert!(html.contains("Hello"), "{ctx}");
        assert!(
            !html.contains("<script") && !html.contains("javascript:"),
            "{ctx}: the introduction is sanitised: {html}"
        );
        let manage = link(&edition.text(), &s.url("/fr/newsletter/manage/"));
        let path = manage.trim_start_matches(&s.base).to_owned();
        let (status, page) = s.page(&path).await;
        assert_eq!(status, 200, "{ctx}");
        assert!(
            page.contains("a•••@example.org"),
            "{ctx}: the address is hinted, not shown"
        );
        assert!(!page.contains("api.reader@example.org"), "{ctx}");
        let (status, page) = post_form(&s, &path, "newsletter=daily&language=en").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("Vos choix sont enregistrés"), "{ctx}: {page}");
        let (status, page) = post_form(&s, &path, "newsletter=no-such-list").await;
        assert_eq!(status, 422, "{ctx}");
        assert!(
            page.contains("il n’y a pas de lettre d’information de ce nom"),
            "{ctx}: {page}"
        );

        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/weekly/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        assert_eq!(
            send_edition(&s, "daily").await["progress"]["sent"],
            1,
            "{ctx}"
        );
        assert_eq!(
            send_edition(&s, "weekly").await["progress"]["total"],
            0,
            "{ctx}"
        );
    }
}

#[tokio::test]
async fn bad_subscriptions_are_refused_with_a_message_next_to_the_field() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, move |c| {
            c.mail.smtp_url = url;
            c.newsletter.subscribe_per_ip_per_hour = 4;
        })
        .await;
        let ctx = format!("{backend:?}");
        publication(&s).await;

        let (status, page) = post_form(&s, "/newsletter/subscribe", "email=not-an-address").await;
        assert_eq!(status, 422, "{ctx}");
        assert!(
            page.contains(r#"value="not-an-address""#),
            "{ctx}: what was typed is kept"
        );
        assert!(
            page.contains(r#"id="email-error""#) && page.contains("is not an email address"),
            "{ctx}: {page}"
        );

        let (status, out) = s
            .api_as(
                None,
                Method::POST,
                "/api/v1/newsletter/subscribe",
                Some(json!({"email": "reader@example.org", "newsletters": ["nope"]})),
            )
            .await;
        assert_eq!(
            (status, out["error"]["field"].as_str()),
            (422, Some("newsletters[0]")),
            "{ctx}: {out}"
        );
        let (status, out) = s
            .api_as(
                None,
                Method::POST,
                "/api/v1/newsletter/subscribe",
                Some(json!({"email": "reader@example.org\r\nBcc: victim@example.org"})),
            )
            .await;
        assert_eq!(
            (status, out["error"]["field"].as_str()),
            (422, Some("email")),
            "{ctx}: {out}"
        );

        // Per address: a second request right after the first is refused, kindly.
        assert_eq!(
            post_form(&s, "/newsletter/subscribe", "email=twice%40example.org")
                .await
                .0,
            200
        );
        let (status, page) =
            post_form(&s, "/newsletter/subscribe", "email=twice%40example.org").await;
        assert_eq!(status, 429, "{ctx}");
        assert!(page.contains("check your inbox"), "{ctx}: {page}");
        mail_to(&smtp, "twice@example.org", 1).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            smtp.count_for("twice@example.org"),
            1,
            "{ctx}: one confirmation email"
        );

        // Per network address: four requests an hour (three valid ones were counted above).
        assert_eq!(
            post_form(&s, "/newsletter/subscribe", "email=c%40example.org")
                .await
                .0,
            200
        );
        assert_eq!(
            post_form(&s, "/newsletter/subscribe", "email=d%40example.org")
                .await
                .0,
            429,
            "{ctx}"
        );

        // Links that do not work say so, and why.
        let (status, page) = s.page("/newsletter/confirm/0123456789abcdef").await;
        assert_eq!(status, 404, "{ctx}");
        assert!(page.contains("This link does not work"), "{ctx}");
        assert_eq!(
            s.page("/newsletter/manage/not-a-token").await.0,
            404,
            "{ctx}"
        );
        assert_eq!(
            post_form(&s, "/newsletter/unsubscribe/not-a-token", "")
                .await
                .0,
            404,
            "{ctx}"
        );
    }
}

#[tokio::test]
async fn an_expired_confirmation_link_says_so_and_subscribing_again_sends_a_fresh_one() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, move |c| {
            c.mail.smtp_url = url;
            // Links expire as they are made, and two requests an hour per address are allowed.
            c.newsletter.confirm_link_hours = 0;
            c.newsletter.confirmations_per_address_per_hour = 100_000;
        })
        .await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        post_form(&s, "/newsletter/subscribe", "email=late%40example.org").await;
        let first = &mail_to(&smtp, "late@example.org", 1).await[0];
        let url = link(&first.text(), &s.url("/newsletter/confirm/"));
        let (status, page) = s.page(url.trim_start_matches(&s.base)).await;
        assert_eq!(status, 410, "{ctx}");
        assert!(page.contains("This link has expired"), "{ctx}: {page}");
        assert!(
            page.contains(r#"href="/newsletter""#),
            "{ctx}: a way to start again"
        );
        post_form(&s, "/newsletter/subscribe", "email=late%40example.org").await;
        let second = mail_to(&smtp, "late@example.org", 2).await.pop().unwrap();
        let fresh = link(&second.text(), &s.url("/newsletter/confirm/"));
        assert_ne!(fresh, url, "{ctx}: a new link");
        assert_eq!(
            s.page(url.trim_start_matches(&s.base)).await.0,
            404,
            "{ctx}: the old one is replaced"
        );
    }
}

#[tokio::test]
async fn temporary_failures_are_retried_and_repeated_hard_failures_unsubscribe() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, move |c| {
            c.mail.smtp_url = url;
            c.newsletter.retry_after_secs = 1;
            c.newsletter.hard_bounce_limit = 2;
        })
        .await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        import(
            &s,
            "daily",
            &[
                "ok@example.org",
                "greylisted@example.org",
                "gone@example.org",
            ],
        )
        .await;
        smtp.reject(
            "greylisted@example.org",
            451,
            "4.7.1 Greylisted, try again later",
        );
        smtp.reject("gone@example.org", 550, "5.1.1 No such user");

        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        let (_, started) = s
            .admin(Method::POST, "/api/v1/admin/newsletters/daily/send", None)
            .await;
        let id = started["id"].as_i64().unwrap();
        mail_to(&smtp, "ok@example.org", 1).await;
        // The greylisted address waits for its retry; the edition is not finished meanwhile.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (_, e) = s
            .admin(Method::GET, &format!("/api/v1/admin/editions/{id}"), None)
            .await;
        assert_eq!(e["status"], "sending", "{ctx}: {e}");
        assert_eq!(e["progress"]["pending"], 1, "{ctx}: {e}");
        assert_eq!(e["progress"]["failed"], 1, "{ctx}: {e}");
        smtp.accept("greylisted@example.org");
        let done = wait_for_edition(&s, id).await;
        assert_eq!(done["progress"]["sent"], 2, "{ctx}: {done}");
        assert_eq!(done["progress"]["failed"], 1, "{ctx}: {done}");
        assert_eq!(smtp.count_for("greylisted@example.org"), 1, "{ctx}");
        assert_eq!(smtp.count_for("gone@example.org"), 0, "{ctx}");

        // A second refusal in a row unsubscribes the address.
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["river-of-debts"]})),
        )
        .await;
        let second = send_edition(&s, "daily").await;
        assert_eq!(second["progress"]["failed"], 1, "{ctx}: {second}");
        let (_, n) = s
            .admin(Method::GET, "/api/v1/admin/newsletters/daily", None)
            .await;
        assert_eq!(n["subscribers"], 2, "{ctx}: the bouncing address left: {n}");
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        assert_eq!(
            send_edition(&s, "daily").await["progress"]["total"],
            2,
            "{ctx}"
        );
    }
}

#[tokio::test]
async fn editors_get_errors_that_name_the_field() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        s.add_draft(json!({"slug": "not-yet", "title": "Not yet", "body": "Draft."}))
            .await;
        for (body, field) in [
            (
                json!({"slug": "x", "name": "X", "time_zone": "Mars/Olympus"}),
                "time_zone",
            ),
            (
                json!({"slug": "x", "name": "X", "send_time": "25:00"}),
                "send_time",
            ),
            (json!({"slug": "confirm", "name": "X"}), "slug"),
            (
                json!({"slug": "x", "name": "X", "report": "no-such-report"}),
                "report",
            ),
            (
                json!({"slug": "x", "name": "X", "cadence": "hourly"}),
                "cadence",
            ),
        ] {
            let (status, out) = s
                .admin(
                    Method::POST,
                    "/api/v1/admin/newsletters",
                    Some(body.clone()),
                )
                .await;
            assert_eq!(
                (status, out["error"]["field"].as_str()),
                (422, Some(field)),
                "{ctx}: {body} → {out}"
            );
        }
        let (status, out) = s
            .admin(
                Method::POST,
                "/api/v1/admin/newsletters",
                Some(json!({"slug": "daily", "name": "Again"})),
            )
            .await;
        assert_eq!(
            (status, out["error"]["field"].as_str()),
            (409, Some("slug")),
            "{ctx}: {out}"
        );
        for (body, field) in [
            (json!({"articles": ["not-yet"]}), "articles[0]"),
            (json!({"articles": ["salt-flats", "nope"]}), "articles[1]"),
            (
                json!({"articles": ["salt-flats", "salt-flats"]}),
                "articles[1]",
            ),
            (json!({"subject": "two\nlines"}), "subject"),
        ] {
            let (status, out) = s
                .admin(
                    Method::PUT,
                    "/api/v1/admin/newsletters/daily/next",
                    Some(body.clone()),
                )
                .await;
            assert_eq!(
                (status, out["error"]["field"].as_str()),
                (422, Some(field)),
                "{ctx}: {body} → {out}"
            );
        }
        // Nothing picked and no fallback: sending is refused rather than sending an empty email.
        s.create(
            "/api/v1/admin/newsletters",
            json!({"slug": "picked-only", "name": "Picked only", "fallback_count": 0}),
        )
        .await;
        let (status, out) = s
            .admin(
                Method::POST,
                "/api/v1/admin/newsletters/picked-only/send",
                None,
            )
            .await;
        assert_eq!(status, 409, "{ctx}: {out}");
    }
}

#[tokio::test]
async fn the_schedule_starts_one_edition_per_send_time_with_the_fallback() {
    use gazette_app::jobs::JobKind;
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        import(&s, "daily", &["early@example.org"]).await;
        let (_, n) = s
            .admin(Method::GET, "/api/v1/admin/newsletters/daily", None)
            .await;
        assert!(n["next_send"].is_string(), "{ctx}: {n}");
        let id = gazette_domain::NewsletterId(n["id"].as_i64().unwrap());
        // The job that fires at the send time, run now: it answers today's latest send time.
        // Run twice (a retry after a crash), it still makes one edition.
        for _ in 0..2 {
            s.app
                .enqueue(
                    JobKind::NewsletterDue { newsletter: id },
                    time::OffsetDateTime::now_utc(),
                )
                .await
                .unwrap();
            for _ in 0..100 {
                let (_, list) = s
                    .admin(
                        Method::GET,
                        "/api/v1/admin/newsletters/daily/editions",
                        None,
                    )
                    .await;
                if list
                    .as_array()
                    .is_some_and(|l| l.iter().all(|e| e["status"] == "sent") && !l.is_empty())
                {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let (_, list) = s
            .admin(
                Method::GET,
                "/api/v1/admin/newsletters/daily/editions",
                None,
            )
            .await;
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 1, "{ctx}: {list:?}");
        // Nothing was picked: the newest published articles went out.
        assert_eq!(
            list[0]["articles"].as_array().unwrap().len(),
            3,
            "{ctx}: {list:?}"
        );
        mail_to(&smtp, "early@example.org", 1).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(smtp.count_for("early@example.org"), 1, "{ctx}");
        // And the next send time is scheduled.
        let jobs = s
            .app
            .jobs()
            .list(&[gazette_store::JobStatus::Pending], 100)
            .await
            .unwrap();
        assert!(
            jobs.iter().any(|j| j.kind == "newsletter_due"),
            "{ctx}: {jobs:?}"
        );
    }
}

#[tokio::test]
async fn a_relay_failing_everyone_pauses_the_edition_without_using_up_attempts() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, move |c| {
            c.mail.smtp_url = url;
            c.newsletter.retry_after_secs = 1;
            // Two attempts each: without the pause, three seconds of refusals would fail everyone.
            c.newsletter.max_attempts = 2;
        })
        .await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        let emails: Vec<String> = (0..40).map(|i| format!("r{i}@example.org")).collect();
        let refs: Vec<&str> = emails.iter().map(String::as_str).collect();
        import(&s, "daily", &refs).await;
        for e in &emails {
            smtp.reject(e, 421, "4.3.2 Service not available, closing channel");
        }
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        let (_, started) = s
            .admin(Method::POST, "/api/v1/admin/newsletters/daily/send", None)
            .await;
        let id = started["id"].as_i64().unwrap();
        tokio::time::sleep(Duration::from_secs(3)).await;
        let (_, e) = s
            .admin(Method::GET, &format!("/api/v1/admin/editions/{id}"), None)
            .await;
        assert_eq!(e["status"], "sending", "{ctx}: {e}");
        assert_eq!(
            e["progress"]["failed"], 0,
            "{ctx}: nobody's attempts were used up: {e}"
        );
        for e in &emails {
            smtp.accept(e);
        }
        let done = wait_for_edition(&s, id).await;
        assert_eq!(done["progress"]["sent"], 40, "{ctx}: {done}");
        assert_eq!(done["progress"]["failed"], 0, "{ctx}: {done}");
        assert!(
            emails.iter().all(|e| smtp.count_for(e) == 1),
            "{ctx}: everyone once"
        );
    }
}

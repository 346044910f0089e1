//! The newsletter desk over real HTTP with cookies, on SQLite and PostgreSQL, against a real
//! SMTP server: newsletters created, edited and deleted through their forms (refusals beside
//! the field); the next edition's articles, subject and introduction; its preview; a test to
//! the editor; subscribers imported, searched and exported; "Send now" and the delivery
//! results page; and the desk closed to contributors.

use std::time::Duration;

use gazette_app::NewUser;
use gazette_domain::Role;
use gazette_testkit::admin::AdminClient;
use gazette_testkit::reqwest::{Method, StatusCode, header};
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{TestServer, backends};

use crate::newsletter::{mail_to, publication, server};

const EDITOR: &str = "editor@test.example";
const ADMIN: &str = "admin@test.example";
const PASSWORD: &str = "the morning desk at six";
const BOUNDARY: &str = "gazette-import-boundary";

async fn sign_in<'a>(s: &'a TestServer, email: &str, role: Role) -> AdminClient<'a> {
    if email != ADMIN {
        s.app
            .users()
            .add(NewUser {
                email: email.into(),
                name: format!("A {}", role.as_str()),
                role,
            })
            .await
            .unwrap();
    }
    s.app
        .sessions()
        .set_password(email, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, email, PASSWORD, "/admin/articles").await
}

/// The import form posted as a browser posts it: pasted addresses and a CSV file.
async fn import(
    d: &AdminClient<'_>,
    newsletter: &str,
    pasted: &str,
    csv: &str,
) -> (StatusCode, String) {
    let mut body = String::new();
    for (name, value) in [
        ("csrf", d.csrf.as_str()),
        ("newsletter", newsletter),
        ("language", ""),
        ("addresses", pasted),
    ] {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n--{BOUNDARY}--\r\n"
    ));
    let res = d
        .request(Method::POST, "/admin/subscribers/import")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    (res.status(), res.text().await.unwrap())
}

#[tokio::test]
async fn newsletters_are_created_edited_and_deleted_with_errors_beside_the_field() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        publication(&s).await;
        let d = sign_in(&s, EDITOR, Role::Editor).await;

        let (status, html) = d.get("/admin/newsletters").await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(
            html.contains("The Daily") && html.contains("Every day at 07:00 (Europe/Paris)"),
            "{ctx}"
        );
        assert!(
            html.contains(r#"href="/admin/newsletters" aria-current="page""#),
            "{ctx}: the nav link"
        );

        let weekly = [
            ("name", "The Weekly Review"),
            ("slug", ""),
            ("description", "Friday's long reads."),
            ("cadence", "weekly"),
            ("weekday", "friday"),
            ("send_time", "18:00"),
            ("time_zone", "Mars/Olympus"),
            ("fallback_count", "3"),
            ("report", ""),
            ("active", "on"),
        ];
        // A bad time zone comes back beside its field, with everything typed kept.
        let (status, _, html) = d.post("/admin/newsletters", &weekly).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains(r#"id="time_zone-error""#), "{ctx}: {html}");
        assert!(html.contains("That is not a time zone"), "{ctx}");
        assert!(
            html.contains(r#"value="Mars/Olympus""#) && html.contains("long reads."),
            "{ctx}"
        );

        let mut fixed = weekly;
        fixed[6].1 = "Europe/Paris";
        let (status, location, _) = d.post("/admin/newsletters", &fixed).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            location, "/admin/newsletters/the-weekly-review?notice=created",
            "{ctx}"
        );
        let o = s
            .app
            .newsletters()
            .overview("the-weekly-review")
            .await
            .unwrap();
        assert_eq!(o.schedule, "Every Friday at 18:00 (Europe/Paris)", "{ctx}");
        assert_eq!(o.newsletter.fallback_count, 3, "{ctx}");
        let (_, html) = d.get(&location).await;
        assert!(
            html.contains("Created.") && html.contains("Settings of The Weekly Review"),
            "{ctx}"
        );
        // An editor may not delete; the form is for administrators.
        assert!(!html.contains(r#"id="delete-form""#), "{ctx}");

        // Paused, with no fallback; an unchecked box is saved as off.
        let mut paused = fixed;
        paused[7].1 = "0";
        paused[9].1 = "";
        let (status, location, _) = d
            .post("/admin/newsletters/the-weekly-review", &paused)
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?notice=saved"), "{ctx}");
        let o = s
            .app
            .newsletters()
            .overview("the-weekly-review")
            .await
            .unwrap();
        assert!(!o.newsletter.active && o.next_send.is_none(), "{ctx}");

        let (status, _, _) = d
            .post(
                "/admin/newsletters/the-weekly-review/delete",
                &[("confirm", "on")],
            )
            .await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{ctx}: editors do not delete"
        );
        let admin = sign_in(&s, ADMIN, Role::Administrator).await;
        let (status, _, html) = admin
            .post("/admin/newsletters/the-weekly-review/delete", &[])
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains(r#"id="confirm-delete-error""#),
            "{ctx}: {html}"
        );
        let (status, location, _) = admin
            .post(
                "/admin/newsletters/the-weekly-review/delete",
                &[("confirm", "on")],
            )
            .await;
        assert_eq!(
            (status, location.as_str()),
            (StatusCode::SEE_OTHER, "/admin/newsletters?notice=deleted"),
            "{ctx}"
        );
        assert!(
            s.app
                .newsletters()
                .overview("the-weekly-review")
                .await
                .is_err(),
            "{ctx}"
        );

        // A post without the session's token changes nothing.
        let (status, _, _) = d.post_raw("/admin/newsletters", &fixed).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
    }
}

#[tokio::test]
async fn an_editor_prepares_tests_and_sends_the_morning_edition() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let smtp = SmtpServer::start();
        smtp.reject("gone@example.org", 550, "5.1.1 No such user");
        let s = server(backend, &smtp).await;
        publication(&s).await;
        let d = sign_in(&s, EDITOR, Role::Editor).await;

        // Subscribers: pasted addresses and a CSV file, with the lines that are no address.
        let (status, html) = import(
            &d,
            "daily",
            "one@example.org\nnot an address\ntwo@example.org",
            "email,name\nthree@example.org,Three\ngone@example.org,Gone\n",
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{ctx}: {html}");
        assert!(
            html.contains("4 added, 0 already on the list, 1 not an address"),
            "{ctx}: {html}"
        );
        assert!(html.contains("Line 2: “not an address”"), "{ctx}");
        let (_, html) = import(&d, "daily", "one@example.org", "").await;
        assert!(html.contains("0 added, 1 already on the list"), "{ctx}");
        let (status, html) = import(&d, "nope", "", "").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains(r#"id="import-addresses-error""#),
            "{ctx}: nothing to import"
        );
        let (status, html) = import(&d, "nope", "x@example.org", "").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{ctx}");
        assert!(
            html.contains(r#"id="import-newsletter-error""#),
            "{ctx}: {html}"
        );

        let (_, html) = d.get("/admin/subscribers?q=TWO").await;
        assert!(
            html.contains("two@example.org") && !html.contains("one@example.org"),
            "{ctx}: {html}"
        );
        assert!(html.contains("1 subscriber · page 1 of 1"), "{ctx}");
        let (_, html) = d.get("/admin/subscribers?status=pending").await;
        assert!(html.contains("No subscriber matches."), "{ctx}");
        let res = d
            .request(Method::GET, "/admin/subscribers/export?newsletter=daily")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{ctx}");
        assert!(
            res.headers()[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .contains("subscribers.csv")
        );
        let csv = res.text().await.unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "email,language,status,newsletters,since", "{ctx}");
        assert_eq!(lines.len(), 5, "{ctx}: {csv}");
        assert!(
            lines[1].starts_with("gone@example.org,en,confirmed,The Daily,"),
            "{ctx}: {csv}"
        );

        // The next edition: two articles in the editor's order, a subject and an introduction.
        let (status, html) = d.get("/admin/newsletters/daily/next").await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(
            html.contains(r#"<option value="salt-flats">Salt flats and lithium</option>"#),
            "{ctx}: the picker's choices"
        );
        let edition = [
            ("articles", "salt-flats\nriver-of-debts"),
            ("subject", "Morning: salt and debts"),
            ("intro", "**Good morning.** Two stories today."),
            ("action", "save"),
        ];
        let (status, location, _) = d.post("/admin/newsletters/daily/next", &edition).await;
        assert_eq!(
            (status, location.as_str()),
            (
                StatusCode::SEE_OTHER,
                "/admin/newsletters/daily/next?notice=saved"
            ),
            "{ctx}"
        );
        let next = s.app.newsletters().next_edition("daily").await.unwrap();
        assert_eq!(next.articles, ["salt-flats", "river-of-debts"], "{ctx}");

        // An article that does not exist is refused beside the articles, as typed.
        let (status, _, html) = d
            .post(
                "/admin/newsletters/daily/next",
                &[
                    ("articles", "salt-flats\nno-such-story"),
                    ("subject", "Kept"),
                    ("intro", ""),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains(r#"id="articles-error""#) && html.contains("There is no article"),
            "{ctx}: {html}"
        );
        assert!(
            html.contains("salt-flats\nno-such-story") && html.contains(r#"value="Kept""#),
            "{ctx}"
        );

        // The preview is the email as sending renders it, in its own document.
        let (status, location, _) = d
            .post(
                "/admin/newsletters/daily/next",
                &[edition[0], edition[1], edition[2], ("preview", "en")],
            )
            .await;
        assert_eq!(
            (status, location.as_str()),
            (
                StatusCode::SEE_OTHER,
                "/admin/newsletters/daily/next/preview?language=en"
            ),
            "{ctx}"
        );
        let res = d.request(Method::GET, &location).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{ctx}");
        let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.contains("sandbox") && !csp.contains("script-src"),
            "{ctx}: {csp}"
        );
        let email = res.text().await.unwrap();
        let (salt, river) = (
            email.find("Salt flats and lithium").unwrap(),
            email.find("A river of debts").unwrap(),
        );
        assert!(salt < river, "{ctx}: the editor's order");
        assert!(email.contains("<strong>Good morning.</strong>"), "{ctx}");

        // A test to the editor alone, through the real SMTP server; nobody else gets it.
        let (status, location, _) = d
            .post(
                "/admin/newsletters/daily/next",
                &[edition[0], edition[1], edition[2], ("action", "test")],
            )
            .await;
        assert_eq!(
            (status, location.as_str()),
            (
                StatusCode::SEE_OTHER,
                "/admin/newsletters/daily/next?notice=test-sent"
            ),
            "{ctx}"
        );
        let test = mail_to(&smtp, EDITOR, 1).await.pop().unwrap();
        assert_eq!(test.subject(), "[Test] Morning: salt and debts", "{ctx}");
        assert!(test.text().contains("Salt flats and lithium"), "{ctx}");
        assert_eq!(smtp.count(), 1, "{ctx}: only the test went out");
        let (_, html) = d.get(&location).await;
        assert!(html.contains("A test went to your address"), "{ctx}");
        assert_eq!(
            s.app
                .newsletters()
                .next_edition("daily")
                .await
                .unwrap()
                .progress
                .total,
            0,
            "{ctx}: no delivery"
        );

        // Send now asks for the tick first.
        let (status, _, html) = d.post("/admin/newsletters/daily/next/send", &[]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains("Nothing was sent. Tick the box to confirm sending."),
            "{ctx}"
        );
        assert_eq!(smtp.count(), 1, "{ctx}");
        let (status, location, _) = d
            .post("/admin/newsletters/daily/next/send", &[("confirm", "on")])
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(
            location.starts_with("/admin/newsletters/daily/editions/")
                && location.ends_with("?notice=sending"),
            "{ctx}: {location}"
        );
        for to in ["one@example.org", "two@example.org", "three@example.org"] {
            let got = mail_to(&smtp, to, 1).await.pop().unwrap();
            assert_eq!(got.subject(), "Morning: salt and debts", "{ctx}");
        }
        let mut html = String::new();
        for _ in 0..200 {
            html = d.get(&location).await.1;
            if html.contains(r#"<span class="tag sent">sent</span>"#) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            html.contains(r#"<dd id="sent">3</dd>"#) && html.contains(r#"<dd id="failed">1</dd>"#),
            "{ctx}: {html}"
        );
        assert!(
            html.contains("gone@example.org") && html.contains("No such user"),
            "{ctx}: the failure listed"
        );
        let (_, html) = d.get("/admin/newsletters/daily/editions").await;
        assert!(
            html.contains("No. 1: Morning: salt and debts")
                && html.contains("3 sent")
                && html.contains("1 failed"),
            "{ctx}: {html}"
        );
        // The next edition starts from a fresh page.
        let (_, html) = d.get("/admin/newsletters/daily/next").await;
        assert!(!html.contains("Morning: salt and debts"), "{ctx}");
    }
}

#[tokio::test]
async fn contributors_do_not_open_the_newsletter_desk() {
    let s = TestServer::start(gazette_testkit::Backend::Sqlite).await;
    s.create(
        "/api/v1/admin/newsletters",
        serde_json::json!({"slug": "daily", "name": "The Daily"}),
    )
    .await;
    let d = sign_in(&s, "writer@test.example", Role::Contributor).await;
    let (_, html) = d.get("/admin/articles").await;
    assert!(
        !html.contains(r#"href="/admin/newsletters""#),
        "no link in the menu"
    );
    for path in [
        "/admin/newsletters",
        "/admin/newsletters/daily/next",
        "/admin/newsletters/daily/editions",
        "/admin/subscribers",
        "/admin/subscribers/export",
    ] {
        let (status, html) = d.get(path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert!(
            html.contains("is for editors and administrators"),
            "{path}: {html}"
        );
    }
    let (status, _, _) = d
        .post(
            "/admin/newsletters/daily/next",
            &[("articles", ""), ("action", "save")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

//! People in the newsroom, over real HTTP and real SMTP on SQLite and PostgreSQL: an
//! administrator invites a colleague, who gets an email whose link lets them choose their
//! password; the colleague links their account to their author byline (a new article starts
//! with it) and changes their own password by giving the current one.

use std::time::Duration;

use gazette_testkit::admin::{AdminClient, cookie_of, csrf_field, no_redirect_client};
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{Method, StatusCode, header};
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

const ADMIN: &str = "admin@test.example";
const PASSWORD: &str = "ropes coiled on the pier";

/// Sets a password through an emailed link's page, as the invited person's browser would.
async fn choose_password(s: &TestServer, link: &str, password: &str) -> StatusCode {
    let http = no_redirect_client();
    let form = http.get(link).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::OK, "{link}");
    let cookie = cookie_of(&form, "gazette_sign_in").expect("the form's cookie");
    let csrf = csrf_field(&form.text().await.unwrap());
    let res = http
        .post(link)
        .header(header::COOKIE, format!("gazette_sign_in={cookie}"))
        .form(&[("csrf", csrf.as_str()), ("password", password)])
        .send()
        .await
        .unwrap();
    assert!(link.starts_with(&s.base), "{link}");
    res.status()
}

fn checked_authors(html: &str) -> Vec<String> {
    tags(html, "input")
        .into_iter()
        .filter(|t| attr(t, "name") == Some("authors") && t.contains(" checked"))
        .filter_map(|t| attr(t, "value").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn an_invited_colleague_sets_a_password_a_byline_and_changes_the_password() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, |c| c.mail.smtp_url = url).await;
        s.app
            .sessions()
            .set_password(ADMIN, PASSWORD)
            .await
            .unwrap();
        let a = AdminClient::sign_in(&s, ADMIN, PASSWORD, "/admin/users").await;

        // The invitation: no token on the page, an email with a link.
        let (status, _, html) = a
            .post(
                "/admin/users",
                &[
                    ("name", "Wren Okafor"),
                    ("email", "Wren@Test.example"),
                    ("role", "contributor"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{ctx}");
        assert!(html.contains("id=\"invited\""), "{ctx}");
        assert!(
            !html.contains("gazette user password"),
            "{ctx}: no CLI step"
        );
        let mail = smtp.wait_for(1, Duration::from_secs(15)).await;
        assert_eq!(mail.len(), 1, "{ctx}");
        assert_eq!(mail[0].subject(), "You are invited to write for Gazette");
        let text = mail[0].text();
        assert!(
            text.contains(
                "Test Admin added you to Gazette's newsroom as Wren Okafor, a contributor"
            ),
            "{ctx}: {text}"
        );
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/admin/reset/"))
            .unwrap_or_else(|| panic!("{ctx}: no link in {text}"))
            .to_owned();
        // Inviting the same address again is refused at the address.
        let (status, _, html) = a
            .post(
                "/admin/users",
                &[
                    ("name", "Wren again"),
                    ("email", "wren@test.example"),
                    ("role", "editor"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        assert!(html.contains("id=\"email-error\""), "{ctx}: {html}");

        assert_eq!(
            choose_password(&s, &link, "a lantern in the wheelhouse").await,
            StatusCode::SEE_OTHER,
            "{ctx}"
        );
        let w = AdminClient::sign_in(
            &s,
            "wren@test.example",
            "a lantern in the wheelhouse",
            "/admin/profile",
        )
        .await;

        // The byline: a new article starts with it.
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/authors",
                Some(json!({"slug": "wren-okafor", "name": "Wren Okafor"})),
            )
            .await;
        assert_eq!(status, 201, "{ctx}");
        let (_, html) = w.get("/admin/articles/new").await;
        assert!(checked_authors(&html).is_empty(), "{ctx}");
        let (status, _, html) = w
            .post(
                "/admin/profile",
                &[("name", "Wren Okafor"), ("author", "no-such-author")],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"author-error\""), "{ctx}");
        let (status, location, _) = w
            .post(
                "/admin/profile",
                &[("name", "Wren O."), ("author", "wren-okafor")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = w.get(&location).await;
        assert!(html.contains("Profile saved."), "{ctx}");
        assert!(html.contains("Wren O. · contributor"), "{ctx}: the bar");
        let (_, html) = w.get("/admin/articles/new").await;
        assert_eq!(checked_authors(&html), ["wren-okafor"], "{ctx}");

        // The password: the current one is asked for, the new one checked, each at its field.
        let (status, _, html) = w
            .post(
                "/admin/profile/password",
                &[
                    ("current_password", "not my password at all"),
                    ("new_password", "salt spray on the windows"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"current_password-error\""), "{ctx}");
        let (status, _, html) = w
            .post(
                "/admin/profile/password",
                &[
                    ("current_password", "a lantern in the wheelhouse"),
                    ("new_password", "short"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"new_password-error\""), "{ctx}");
        // A second session, elsewhere, ends when the password changes; this one stays.
        let elsewhere = AdminClient::sign_in(
            &s,
            "wren@test.example",
            "a lantern in the wheelhouse",
            "/admin/profile",
        )
        .await;
        let (status, location, _) = w
            .post(
                "/admin/profile/password",
                &[
                    ("current_password", "a lantern in the wheelhouse"),
                    ("new_password", "salt spray on the windows"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (status, html) = w.get(&location).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(html.contains("Password changed"), "{ctx}");
        let res = elsewhere
            .request(Method::GET, "/admin/profile")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}: signed out");
        let wrong = s
            .app
            .sessions()
            .sign_in(
                "wren@test.example",
                "a lantern in the wheelhouse",
                std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
            )
            .await;
        assert!(wrong.is_err(), "{ctx}: the old password no longer works");
        AdminClient::sign_in(
            &s,
            "wren@test.example",
            "salt spray on the windows",
            "/admin/profile",
        )
        .await;
    }
}

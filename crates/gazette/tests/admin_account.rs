//! A forgotten password over real HTTP and real SMTP: the emailed link sets a new password once,
//! signs the user out everywhere, and unknown addresses get the same answer and no email.

use std::time::Duration;

use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{self, StatusCode, header};
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{TestServer, backends};

const EMAIL: &str = "admin@test.example";
/// Where the service-level sign-ins of these tests come from.
const LOCAL: std::net::IpAddr = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// GETs a pre-sign-in form: its token, and the cookie the post must carry.
async fn open_form(http: &reqwest::Client, url: &str) -> (StatusCode, String, String) {
    let res = http.get(url).send().await.unwrap();
    let status = res.status();
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("gazette_sign_in="))
        .map(|v| format!("gazette_sign_in={}", v.split(';').next().unwrap()))
        .unwrap_or_default();
    let html = res.text().await.unwrap();
    let csrf = tags(&html, "input")
        .into_iter()
        .find(|t| attr(t, "name") == Some("csrf"))
        .and_then(|t| attr(t, "value"))
        .unwrap_or_default()
        .to_owned();
    (status, csrf, cookie)
}

async fn post(http: &reqwest::Client, url: &str, cookie: &str, body: String) -> reqwest::Response {
    http.post(url)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn an_emailed_link_sets_a_new_password_once_and_signs_out_everywhere() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let smtp = SmtpServer::start();
        let url = smtp.url();
        let s = TestServer::start_with(backend, |c| c.mail.smtp_url = url).await;
        s.app
            .sessions()
            .set_password(EMAIL, "the old password here")
            .await
            .unwrap();
        let (old_secret, _) = s
            .app
            .sessions()
            .sign_in(EMAIL, "the old password here", LOCAL)
            .await
            .unwrap();
        assert!(
            s.app
                .sessions()
                .session(&old_secret)
                .await
                .unwrap()
                .is_some()
        );
        let http = client();

        // An unknown address: the same answer, no email.
        let (_, csrf, cookie) = open_form(&http, &s.url("/admin/forgot")).await;
        let res = post(
            &http,
            &s.url("/admin/forgot"),
            &cookie,
            format!("csrf={csrf}&email=nobody%40test.example"),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK, "{ctx}");
        assert!(
            res.text().await.unwrap().contains("id=\"reset-sent\""),
            "{ctx}"
        );

        // Without the form's token nothing is sent.
        let res = post(
            &http,
            &s.url("/admin/forgot"),
            "",
            format!("csrf=forged&email={}", enc(EMAIL)),
        )
        .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");

        let (_, csrf, cookie) = open_form(&http, &s.url("/admin/forgot")).await;
        let res = post(
            &http,
            &s.url("/admin/forgot"),
            &cookie,
            format!("csrf={csrf}&email={}", enc(EMAIL)),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK, "{ctx}");
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail.len(), 1, "{ctx}: one email, to the known address only");
        let text = mail[0].text();
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/admin/reset/"))
            .unwrap_or_else(|| panic!("{ctx}: no link in {text}"))
            .to_owned();
        assert!(link.starts_with(&s.base), "{ctx}: {link}");

        // A too-short password is refused next to the field, and the link still works.
        let (status, csrf, cookie) = open_form(&http, &link).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        let res = post(&http, &link, &cookie, format!("csrf={csrf}&password=short")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            res.text().await.unwrap().contains("id=\"password-error\""),
            "{ctx}"
        );

        let (_, csrf, cookie) = open_form(&http, &link).await;
        let res = post(
            &http,
            &link,
            &cookie,
            format!("csrf={csrf}&password={}", enc("a brand new password")),
        )
        .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            res.headers()[header::LOCATION],
            "/admin/sign-in?reset=done",
            "{ctx}"
        );

        assert!(
            s.app
                .sessions()
                .sign_in(EMAIL, "a brand new password", LOCAL)
                .await
                .is_ok(),
            "{ctx}"
        );
        assert!(
            s.app
                .sessions()
                .sign_in(EMAIL, "the old password here", LOCAL)
                .await
                .is_err(),
            "{ctx}"
        );
        assert!(
            s.app
                .sessions()
                .session(&old_secret)
                .await
                .unwrap()
                .is_none(),
            "{ctx}: the old session was ended"
        );
        // The link works once.
        let (status, _, _) = open_form(&http, &link).await;
        assert_eq!(status, StatusCode::GONE, "{ctx}");
    }
}

//! The admin's sign-in, sessions, CSRF checks and throttling, over real HTTP, and the import
//! form driving the same service as the Admin API; on SQLite and PostgreSQL.

use gazette_testkit::html::{attr, tags};
use gazette_testkit::partner::PartnerSite;
use gazette_testkit::reqwest::{self, StatusCode, header};
use gazette_testkit::{TestServer, backends};

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "tide tables at dawn";

/// A browser-like client that follows no redirects, so each answer can be checked.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The value of cookie `name` set by `res`, with the whole Set-Cookie line.
fn set_cookie(res: &reqwest::Response, name: &str) -> Option<(String, String)> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|line| {
            let value = line[name.len() + 1..].split(';').next().unwrap().to_owned();
            (value, line.to_owned())
        })
}

/// The hidden `csrf` field of the page's first form.
fn csrf_field(html: &str) -> String {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "name") == Some("csrf"))
        .and_then(|t| attr(t, "value"))
        .expect("a csrf field")
        .to_owned()
}

struct Admin<'a> {
    s: &'a TestServer,
    http: reqwest::Client,
}

impl Admin<'_> {
    async fn get(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.http
            .get(self.s.url(path))
            .header(header::COOKIE, cookie)
            .send()
            .await
            .unwrap()
    }

    async fn post(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let body = form_body(form);
        self.http
            .post(self.s.url(path))
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap()
    }

    /// Opens the sign-in form: its CSRF token and the cookie that must come back with it.
    async fn sign_in_form(&self) -> (String, String) {
        let res = self.get("/admin/sign-in", "").await;
        assert_eq!(res.status(), StatusCode::OK);
        let (value, line) = set_cookie(&res, "gazette_sign_in").expect("a sign-in cookie");
        assert!(
            line.contains("HttpOnly") && line.contains("SameSite=Lax"),
            "{line}"
        );
        let html = res.text().await.unwrap();
        assert_eq!(csrf_field(&html), value);
        (value.clone(), format!("gazette_sign_in={value}"))
    }

    async fn sign_in(&self, password: &str) -> reqwest::Response {
        let (csrf, cookie) = self.sign_in_form().await;
        self.post(
            "/admin/sign-in",
            &cookie,
            &[
                ("csrf", &csrf),
                ("email", EMAIL),
                ("password", password),
                ("next", "/admin/imports"),
            ],
        )
        .await
    }
}

fn form_body(form: &[(&str, &str)]) -> String {
    let mut s = String::new();
    for (k, v) in form {
        if !s.is_empty() {
            s.push('&');
        }
        s.push_str(k);
        s.push('=');
        s.push_str(
            &v.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>(),
        );
    }
    s
}

#[tokio::test]
async fn signing_in_opens_a_database_session_that_signing_out_ends() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        s.app
            .sessions()
            .set_password(EMAIL, PASSWORD)
            .await
            .unwrap();
        let a = Admin {
            s: &s,
            http: client(),
        };

        let res = a.get("/admin/imports", "").await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            res.headers()[header::LOCATION],
            "/admin/sign-in?next=%2Fadmin%2Fimports",
            "{ctx}"
        );

        // A post without the form's own token is refused, even with the right password.
        let (_, cookie) = a.sign_in_form().await;
        let res = a
            .post(
                "/admin/sign-in",
                &cookie,
                &[("csrf", "forged"), ("email", EMAIL), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");
        assert!(set_cookie(&res, "gazette_session").is_none(), "{ctx}");

        // A wrong password shows the error and keeps the address typed.
        let res = a.sign_in("not the password").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{ctx}");
        let html = res.text().await.unwrap();
        assert!(
            html.contains("that email address and password do not match"),
            "{ctx}"
        );
        assert!(html.contains(&format!("value=\"{EMAIL}\"")), "{ctx}");

        let res = a.sign_in(PASSWORD).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(res.headers()[header::LOCATION], "/admin/imports", "{ctx}");
        let (secret, line) = set_cookie(&res, "gazette_session").expect("a session cookie");
        assert!(
            line.contains("HttpOnly")
                && line.contains("SameSite=Lax")
                && line.contains("Path=/admin"),
            "{line}"
        );
        let session = format!("gazette_session={secret}");
        let sessions = sqlx_count(&s, "SELECT COUNT(*) AS n FROM sessions").await;
        assert_eq!(sessions, 1, "{ctx}: the session is kept in the database");

        let res = a.get("/admin/imports", &session).await;
        assert_eq!(res.status(), StatusCode::OK, "{ctx}");
        assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store", "{ctx}");
        assert!(
            res.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'"),
            "{ctx}"
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("Test Admin"), "{ctx}");
        let csrf = csrf_field(&html);

        // Signing out needs the session's token too, and then the cookie opens nothing.
        let res = a
            .post("/admin/sign-out", &session, &[("csrf", "forged")])
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");
        let res = a
            .post("/admin/sign-out", &session, &[("csrf", &csrf)])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}");
        let res = a.get("/admin/imports", &session).await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "{ctx}: the session ended"
        );
        assert_eq!(
            sqlx_count(&s, "SELECT COUNT(*) AS n FROM sessions").await,
            0,
            "{ctx}"
        );
    }
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while_without_saying_so() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        s.app
            .sessions()
            .set_password(EMAIL, PASSWORD)
            .await
            .unwrap();
        let a = Admin {
            s: &s,
            http: client(),
        };
        for _ in 0..5 {
            assert_eq!(
                a.sign_in("guess guess guess").await.status(),
                StatusCode::UNAUTHORIZED,
                "{ctx}"
            );
        }
        // The right password from the same network is refused too, in the same words as a
        // wrong one: a locked account must not be told apart (issue 12).
        let res = a.sign_in(PASSWORD).await;
        assert_eq!(
            res.status(),
            StatusCode::UNAUTHORIZED,
            "{ctx}: the right password waits too"
        );
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("that email address and password do not match"),
            "{ctx}"
        );
        // Short passwords are refused when set.
        let err = s
            .app
            .sessions()
            .set_password(EMAIL, "short")
            .await
            .unwrap_err();
        assert!(
            err.to_string().contains("at least 10 characters"),
            "{ctx}: {err}"
        );
    }
}

#[tokio::test]
async fn the_import_form_makes_a_draft_and_shows_errors_next_to_the_field() {
    for backend in backends().await {
        let s = TestServer::start_with(backend, |c| {
            c.syndication.allow_private = vec!["127.0.0.1".into()]
        })
        .await;
        let ctx = format!("{backend:?}");
        s.app
            .sessions()
            .set_password(EMAIL, PASSWORD)
            .await
            .unwrap();
        let a = Admin {
            s: &s,
            http: client(),
        };
        let res = a.sign_in(PASSWORD).await;
        let (secret, _) = set_cookie(&res, "gazette_session").unwrap();
        let session = format!("gazette_session={secret}");
        let html = a
            .get("/admin/imports", &session)
            .await
            .text()
            .await
            .unwrap();
        let csrf = csrf_field(&html);

        let partner = PartnerSite::start().await;
        let article = "<html lang=\"en\"><head><title>Night ferries return</title><meta property=\"og:site_name\" content=\"Strait Courier\"></head><body><article><h1>Night ferries return</h1>\
            <p>The night ferry across the strait runs again from Monday, after a winter in which the crossing closed at dusk and islanders had to stay over on the mainland.</p>\
            <p>The operator says two crews have been hired and that the timetable will hold until the autumn storms, when it will be reviewed with the island council.</p></article></body></html>";
        partner.put_html("/ferries", article);

        let res = a
            .post(
                "/admin/imports",
                &session,
                &[("url", &partner.url("/ferries"))],
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::FORBIDDEN,
            "{ctx}: no token, no import"
        );
        assert_eq!(partner.hits("/ferries"), (0, 0), "{ctx}");

        let res = a
            .post(
                "/admin/imports",
                &session,
                &[("csrf", &csrf), ("url", "ftp://files.example/x")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        let html = res.text().await.unwrap();
        assert!(html.contains("id=\"url-error\""), "{ctx}");
        assert!(html.contains("not a valid http(s) URL"), "{ctx}");
        assert!(
            html.contains("value=\"ftp://files.example/x\""),
            "{ctx}: what was typed is kept"
        );

        let res = a
            .post(
                "/admin/imports",
                &session,
                &[("csrf", &csrf), ("url", &partner.url("/ferries"))],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{ctx}");
        let location = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
        assert!(location.ends_with("&outcome=created"), "{ctx}: {location}");
        let html = a.get(&location, &session).await.text().await.unwrap();
        assert!(html.contains("Imported as a new draft"), "{ctx}: {html}");
        assert!(
            html.contains(
                "<strong>Night ferries return</strong> from strait-courier (draft, revision 1)"
            ),
            "{ctx}"
        );
    }
}

async fn sqlx_count(s: &TestServer, sql: &str) -> i64 {
    use sqlx::Row;
    let mut conn = s.app.store().reader().await.unwrap();
    sqlx::query(sql)
        .fetch_one(&mut *conn)
        .await
        .unwrap()
        .get::<i64, _>("n")
}

/// An editor's first steps (issue 14): signing in lands on the articles, not on Imports; a
/// mistyped admin address gets the admin's own page, not the reader's 404; the articles list
/// says plainly when nothing matches; the browser's icon request finds the icon.
#[tokio::test]
async fn sign_in_lands_on_the_dashboard_and_unknown_admin_pages_stay_in_the_admin() {
    let s = TestServer::start(backends().await[0]).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .expect("the test server's administrator");
    let a = Admin {
        s: &s,
        http: client(),
    };

    let (csrf, cookie) = a.sign_in_form().await;
    let res = a
        .post(
            "/admin/sign-in",
            &cookie,
            &[("csrf", &csrf), ("email", EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/admin");
    let (secret, _) = set_cookie(&res, "gazette_session").expect("a session cookie");
    let session = format!("gazette_session={secret}");
    let res = a.get("/admin", &session).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("<h1>Dashboard</h1>"));

    let res = a.get("/admin/no-such-page", &session).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"admin-not-found\""), "{html}");
    assert!(
        html.contains("href=\"/admin/articles\""),
        "the admin's menu: {html}"
    );
    // Signed out, the same address asks for the sign-in first.
    let res = a.get("/admin/no-such-page", "").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(
        res.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/admin/sign-in"),
        "{:?}",
        res.headers()[header::LOCATION]
    );

    let res = a
        .get("/admin/articles?q=nothing-has-this-title", &session)
        .await;
    let html = res.text().await.unwrap();
    assert!(html.contains("No article matches these filters."), "{html}");

    let res = a.get("/favicon.ico", "").await;
    assert_eq!(res.status(), StatusCode::MOVED_PERMANENTLY);
    let icon = res.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let res = a.get(&icon, "").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "image/svg+xml");
}

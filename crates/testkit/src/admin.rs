//! A signed-in admin for HTTP tests of the `/admin` pages: a client that keeps the session
//! cookie, follows no redirects (so each answer can be checked) and posts forms with the
//! session's CSRF token, as a browser does.

use reqwest::{Method, RequestBuilder, StatusCode, header};

use crate::TestServer;
use crate::html::{attr, tags};

pub struct AdminClient<'a> {
    pub server: &'a TestServer,
    pub http: reqwest::Client,
    /// `gazette_session=…`, as the `Cookie` header sends it.
    pub cookie: String,
    /// The session's CSRF token, read from the first page after signing in.
    pub csrf: String,
}

impl<'a> AdminClient<'a> {
    /// Signs in through the sign-in form, then opens `landing` and reads its CSRF token.
    pub async fn sign_in(
        server: &'a TestServer,
        email: &str,
        password: &str,
        landing: &str,
    ) -> AdminClient<'a> {
        let http = no_redirect_client();
        let form = http.get(server.url("/admin/sign-in")).send().await.unwrap();
        let pre_session = cookie_of(&form, "gazette_sign_in").expect("a sign-in cookie");
        let csrf = csrf_field(&form.text().await.unwrap());
        let res = http
            .post(server.url("/admin/sign-in"))
            .header(header::COOKIE, format!("gazette_sign_in={pre_session}"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("password", password),
                ("next", landing),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{email} signs in");
        let session = cookie_of(&res, "gazette_session").expect("a session cookie");
        let mut admin = AdminClient {
            server,
            http,
            cookie: format!("gazette_session={session}"),
            csrf: String::new(),
        };
        let (status, html) = admin.get(landing).await;
        assert_eq!(status, StatusCode::OK, "{landing} after signing in: {html}");
        admin.csrf = csrf_field(&html);
        admin
    }

    /// A request to `path` carrying the session cookie, for what the helpers below don't cover.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, self.server.url(path))
            .header(header::COOKIE, &self.cookie)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let res = self.request(Method::GET, path).send().await.unwrap();
        (res.status(), res.text().await.unwrap())
    }

    /// Posts `form` with the session's CSRF token; status, `Location` and body.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> (StatusCode, String, String) {
        let mut fields = vec![("csrf", self.csrf.as_str())];
        fields.extend_from_slice(form);
        self.post_raw(path, &fields).await
    }

    /// Posts `form` as it is: no token added.
    pub async fn post_raw(
        &self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, String, String) {
        let res = self
            .request(Method::POST, path)
            .form(form)
            .send()
            .await
            .unwrap();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (res.status(), location, res.text().await.unwrap())
    }
}

/// The value of cookie `name` set by `res`.
/// A browser-like client that follows no redirect, so each answer can be checked.
pub fn no_redirect_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client")
}

pub fn cookie_of(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

/// The form's hidden CSRF token.
pub fn csrf_field(html: &str) -> String {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "name") == Some("csrf"))
        .and_then(|t| attr(t, "value"))
        .expect("a csrf field")
        .to_owned()
}

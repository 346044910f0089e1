//! The admin's article pages over real HTTP, on SQLite and PostgreSQL: a refused save shows the
//! error at its field with everything typed kept, a stale edit shows both versions and
//! overwrites nothing, posts without the session's CSRF token are refused, and the list's
//! filters, the live preview and the revision diffs answer what they should.

use gazette_testkit::admin::AdminClient;
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{Method, StatusCode, header};
use gazette_testkit::{TestServer, backends};
use serde_json::json;

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "tide tables at dawn";

/// The admin pages as the editor sees them once signed in.
async fn sign_in(s: &TestServer) -> AdminClient<'_> {
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, EMAIL, PASSWORD, "/admin/articles").await
}

/// The value of the first `<input name=…>` on the page.
fn input_value(html: &str, name: &str) -> String {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "name") == Some(name))
        .and_then(|t| attr(t, "value"))
        .unwrap_or_else(|| panic!("no {name} input with a value"))
        .to_owned()
}

fn input_tag<'h>(html: &'h str, id: &str) -> &'h str {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "id") == Some(id))
        .unwrap_or_else(|| panic!("no input #{id}"))
}

/// The editor's fields for a simple article, to which a test adds or overrides.
fn article_form<'a>(title: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "standfirst",
            "Crews and the operator still disagree on the rota.",
        ),
        ("body", body),
        ("body_format", "markdown"),
        ("language", "en"),
        ("action", "save"),
    ]
}

#[tokio::test]
async fn a_bad_field_is_shown_next_to_it_with_everything_typed_kept() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;

        let mut form = article_form("Night ferries return", "The crossing *reopens* on Monday.");
        form.extend([
            ("image_src", "javascript:alert(1)"),
            ("image_alt", "The night ferry at the quay"),
            ("image_credit", "Photo: Strait Courier"),
        ]);
        let (status, _, html) = e.post("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"image-src-error\""), "{ctx}: {html}");
        assert!(
            html.contains("Choose an image from the media library"),
            "{ctx}"
        );
        assert_eq!(
            attr(input_tag(&html, "image_src"), "aria-invalid"),
            Some("true"),
            "{ctx}"
        );
        assert_eq!(
            attr(input_tag(&html, "title"), "value"),
            Some("Night ferries return")
        );
        assert_eq!(
            attr(input_tag(&html, "image_credit"), "value"),
            Some("Photo: Strait Courier")
        );
        assert!(
            html.contains("The crossing *reopens* on Monday.</textarea>"),
            "{ctx}: the body is kept"
        );
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 0, "{ctx}: nothing was saved: {list}");

        // A republished article needs its source; the error sits at the source select.
        let mut form = article_form("Night ferries return", "The crossing reopens.");
        form.extend([
            ("original_url", "https://straitcourier.example/ferries"),
            ("original_date", "2026-11-18"),
        ]);
        let (status, _, html) = e.post("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"original-source-error\""), "{ctx}");
        assert_eq!(
            attr(input_tag(&html, "original_date"), "value"),
            Some("2026-11-18")
        );

        // Fixed, it saves and opens the editor on the new draft.
        let form = article_form("Night ferries return", "The crossing reopens.");
        let (status, location, _) = e.post("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?done=created"), "{ctx}: {location}");
        let (status, html) = e.get(&location).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(html.contains("Saved as a new draft"), "{ctx}");
        assert_eq!(input_value(&html, "base_revision"), "1", "{ctx}");
    }
}

#[tokio::test]
async fn a_stale_edit_shows_both_versions_and_overwrites_nothing() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;
        let form = article_form("Harbour strike enters third week", "Dockers stayed out.\n");
        let (_, location, _) = e.post("/admin/articles/new", &form).await;
        let path = location.split('?').next().unwrap().to_owned();
        let id = path.rsplit('/').next().unwrap().to_owned();
        let (_, html) = e.get(&path).await;
        let base = input_value(&html, "base_revision");

        // A colleague saves through the Admin API meanwhile.
        let (status, _) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{id}"),
                Some(json!({"title": "Harbour strike: talks resume", "base_revision": 1})),
            )
            .await;
        assert_eq!(status, 200, "{ctx}");

        let mut mine = article_form(
            "Harbour strike enters fourth week",
            "Dockers stayed out.\nThe union called a rally.\n",
        );
        mine.push(("base_revision", &base));
        let (status, _, html) = e.post(&path, &mine).await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        assert!(html.contains("id=\"stale\""), "{ctx}");
        assert!(html.contains("Nothing was overwritten"), "{ctx}");
        assert!(
            html.contains("Harbour strike: talks resume"),
            "{ctx}: the saved version is shown"
        );
        assert_eq!(
            attr(input_tag(&html, "title"), "value"),
            Some("Harbour strike enters fourth week"),
            "{ctx}: what they typed stays in the form"
        );
        assert!(
            html.contains("<span class=\"add\">The union called a rally.</span>"),
            "{ctx}: the body differs line by line"
        );
        let (_, saved) = s
            .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
            .await;
        assert_eq!(saved["title"], "Harbour strike: talks resume", "{ctx}");
        assert_eq!(saved["revision"], 2, "{ctx}");

        // Saving again applies theirs on top of the revision they have now seen.
        let new_base = input_value(&html, "base_revision");
        assert_eq!(new_base, "2", "{ctx}");
        let mut again = article_form(
            "Harbour strike enters fourth week",
            "Dockers stayed out.\nThe union called a rally.\n",
        );
        again.push(("base_revision", &new_base));
        let (status, location, _) = e.post(&path, &again).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?done=saved"), "{ctx}: {location}");
        let (_, saved) = s
            .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
            .await;
        assert_eq!(saved["title"], "Harbour strike enters fourth week", "{ctx}");
        assert_eq!(saved["revision"], 3, "{ctx}");

        // The history shows each change against the one before, and restores in one click.
        let (status, html) = e.get(&format!("{path}/revisions")).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(html.contains("Harbour strike: talks resume"), "{ctx}");
        let (status, location, _) = e.post(&format!("{path}/revisions/1/restore"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("restored=1"), "{ctx}");
        let (_, saved) = s
            .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
            .await;
        assert_eq!(saved["title"], "Harbour strike enters third week", "{ctx}");
        assert_eq!(saved["revision"], 4, "{ctx}");
    }
}

/// Save-then-publish was two transactions: the save committed, the status change then failed.
#[tokio::test]
async fn a_save_whose_status_change_is_refused_saves_nothing() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;
        let form = article_form("Harbour strike enters third week", "Dockers stayed out.\n");
        let (_, location, _) = e.post("/admin/articles/new", &form).await;
        let path = location.split('?').next().unwrap().to_owned();
        let id = path.rsplit('/').next().unwrap().to_owned();
        let api_path = format!("/api/v1/admin/articles/{id}");

        // An editor schedules for a time already past, or no time at all.
        for at in ["2020-01-01T09:00", "next week"] {
            let mut edited = article_form("Harbour strike enters fourth week", "Still out.\n");
            edited.retain(|(k, _)| *k != "action");
            edited.extend([
                ("action", "schedule"),
                ("schedule_at", at),
                ("base_revision", "1"),
            ]);
            let (status, _, html) = e.post(&path, &edited).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx} {at}");
            assert_eq!(
                attr(input_tag(&html, "title"), "value"),
                Some("Harbour strike enters fourth week"),
                "{ctx} {at}: what was typed stays in the form"
            );
            let (_, saved) = s.admin(Method::GET, &api_path, None).await;
            assert_eq!(
                saved["title"], "Harbour strike enters third week",
                "{ctx} {at}"
            );
            assert_eq!(saved["revision"], 1, "{ctx} {at}: nothing was saved");
            assert_eq!(saved["status"], "draft", "{ctx} {at}");
        }

        // A contributor may save their draft but not publish it: pressing Publish saves nothing.
        let (_, _) = s
            .app
            .users()
            .add(gazette_app::NewUser {
                email: "writer@test.example".into(),
                name: "Wren Writer".into(),
                role: gazette_domain::Role::Contributor,
            })
            .await
            .unwrap();
        s.app
            .sessions()
            .set_password("writer@test.example", PASSWORD)
            .await
            .unwrap();
        let w = AdminClient::sign_in(&s, "writer@test.example", PASSWORD, "/admin/articles").await;
        let form = article_form("Ferry timetable", "Crossings resume.\n");
        let (_, location, _) = w.post("/admin/articles/new", &form).await;
        let path = location.split('?').next().unwrap().to_owned();
        let id = path.rsplit('/').next().unwrap().to_owned();
        let mut edited = article_form("Ferry timetable for winter", "Crossings resume.\n");
        edited.retain(|(k, _)| *k != "action");
        edited.extend([("action", "publish"), ("base_revision", "1")]);
        let (status, _, _) = w.post(&path, &edited).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (_, saved) = s
            .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
            .await;
        assert_eq!(saved["title"], "Ferry timetable", "{ctx}");
        assert_eq!(saved["revision"], 1, "{ctx}: nothing was saved");
        assert_eq!(saved["status"], "draft", "{ctx}");
    }
}

#[tokio::test]
async fn posts_without_the_session_csrf_token_are_refused() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;
        let form = article_form("Forged", "A forged article.");
        let (status, _, html) = e.post_raw("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        assert!(
            html.contains("<h1>This form has expired</h1>"),
            "{ctx}: a page that says what happened: {html}"
        );
        let mut forged = form.clone();
        forged.push(("csrf", "forged"));
        let (status, _, _) = e.post_raw("/admin/articles/new", &forged).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (status, _, _) = e
            .post_raw(
                "/admin/articles/preview",
                &[("body", "*hi*"), ("body_format", "markdown")],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 0, "{ctx}: nothing was saved");

        let (_, location, _) = e
            .post("/admin/articles/new", &article_form("Real", "Real text."))
            .await;
        let path = location.split('?').next().unwrap().to_owned();
        let (status, _, _) = e
            .post_raw(&format!("{path}/revisions/1/restore"), &[])
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let mut delete = article_form("Real", "Real text.");
        delete.push(("action", "delete"));
        let (status, _, _) = e.post_raw(&path, &delete).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (status, _) = e.get(&path).await;
        assert_eq!(status, StatusCode::OK, "{ctx}: still there");
    }
}

#[tokio::test]
async fn the_list_filters_and_the_live_preview_sanitises() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;

        let (status, location, _) = e.post_raw("/admin", &[]).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{ctx}: {location}");
        let res = e
            .http
            .get(s.url("/admin"))
            .header(header::COOKIE, &e.cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{ctx}: the dashboard");

        s.admin(
            Method::POST,
            "/api/v1/admin/themes",
            Some(json!({"slug": "labour", "name": "Labour"})),
        )
        .await;
        let mut with_theme = article_form("Dockers vote to strike", "Text.");
        with_theme.push(("themes", "labour"));
        e.post("/admin/articles/new", &with_theme).await;
        e.post(
            "/admin/articles/new",
            &article_form("Ferry timetable", "Text."),
        )
        .await;
        let (_, html) = e.get("/admin/articles").await;
        assert!(html.contains("Dockers vote to strike") && html.contains("Ferry timetable"));
        let (_, html) = e.get("/admin/articles?theme=labour").await;
        assert!(html.contains("Dockers vote to strike"), "{ctx}");
        assert!(!html.contains("Ferry timetable"), "{ctx}");
        let (_, html) = e.get("/admin/articles?q=ferry&status=draft").await;
        assert!(html.contains("Ferry timetable"), "{ctx}");
        assert!(!html.contains("Dockers vote to strike"), "{ctx}");
        let (_, html) = e.get("/admin/articles?status=published").await;
        assert!(html.contains("id=\"no-articles\""), "{ctx}");

        let (status, _, html) = e
            .post(
                "/admin/articles/preview",
                &[
                    ("body", "**Bold** <script>alert(1)</script>"),
                    ("body_format", "markdown"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(html.contains("<strong>Bold</strong>"), "{ctx}: {html}");
        assert!(!html.contains("<script"), "{ctx}: {html}");

        let res = e.http.get(s.url("/admin/admin.js")).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            res.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/javascript")
        );
    }
}

const BOUNDARY: &str = "----gazette-editor-upload-41c9";

/// The editor script's upload: `csrf` None leaves the token out. Returns status and JSON.
async fn editor_upload(
    e: &AdminClient<'_>,
    csrf: Option<&str>,
    name: &str,
    alt: &str,
    bytes: &[u8],
) -> (StatusCode, serde_json::Value) {
    let mut body = Vec::new();
    let mut text = |field: &str, value: &str| {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    };
    if let Some(csrf) = csrf {
        text("csrf", csrf);
    }
    text("alt", alt);
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let res = e
        .http
        .post(e.server.url("/admin/media/upload"))
        .header(header::COOKIE, &e.cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert!(
        res.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json"),
        "{status}"
    );
    (status, res.json().await.unwrap())
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 140])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

#[tokio::test]
async fn the_editor_uploads_a_featured_image_and_picks_from_the_library() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;
        let media_dir = s.app.config().media_dir();
        let stored = || {
            std::fs::read_dir(&media_dir)
                .map(|d| d.count())
                .unwrap_or(0)
        };

        // Not an image: refused with the service's message, for the file field.
        let (status, answer) = editor_upload(
            &e,
            Some(&e.csrf),
            "notes.jpg",
            "Notes",
            b"Minutes of the meeting",
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}: {answer}");
        assert_eq!(answer["field"], "file", "{ctx}: {answer}");
        assert!(
            answer["error"]
                .as_str()
                .unwrap()
                .contains("not a JPEG, PNG, WebP or GIF image"),
            "{ctx}: {answer}"
        );
        assert!(answer.get("src").is_none(), "{ctx}");

        // No description: refused for the alt field, which the editor then asks for.
        let (status, answer) =
            editor_upload(&e, Some(&e.csrf), "quay.jpg", " ", &jpeg(40, 30)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}: {answer}");
        assert_eq!(answer["field"], "alt", "{ctx}: {answer}");

        // Without the session's token, or with another, nothing is stored.
        for csrf in [None, Some("forged")] {
            let (status, answer) =
                editor_upload(&e, csrf, "quay.jpg", "The quay", &jpeg(40, 30)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}: {answer}");
            assert!(
                answer["error"].as_str().unwrap().contains("expired"),
                "{ctx}"
            );
        }
        assert_eq!(stored(), 0, "{ctx}: nothing was written");

        // A good image: its widest size's address, with the narrower ones in the srcset.
        let (status, answer) = editor_upload(
            &e,
            Some(&e.csrf),
            "quay.jpg",
            "The night ferry at the quay",
            &jpeg(1400, 900),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{ctx}: {answer}");
        let src = answer["src"].as_str().unwrap().to_owned();
        assert!(
            src.starts_with("/media/") && src.ends_with("-1400.jpg"),
            "{ctx}: {src}"
        );
        assert_eq!(answer["alt"], "The night ferry at the quay", "{ctx}");
        assert_eq!(answer["deduplicated"], false, "{ctx}");
        assert!(
            answer["srcset"].as_str().unwrap().contains(" 480w"),
            "{ctx}: {answer}"
        );
        let res = s.get(&src).await;
        assert_eq!(res.status(), StatusCode::OK, "{ctx}: the file is served");
        // The same bytes again are the same image.
        let (status, again) = editor_upload(
            &e,
            Some(&e.csrf),
            "copy.jpg",
            "Another description",
            &jpeg(1400, 900),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{ctx}: {again}");
        assert_eq!(again["src"], src.as_str(), "{ctx}");
        assert_eq!(again["deduplicated"], true, "{ctx}");

        // The editor lists it to choose from; pressing it (without the script) brings the form
        // back with the image and its description in it, keeps what was typed, saves nothing.
        let (_, html) = e.get("/admin/articles/new").await;
        let pick = tags(&html, "button")
            .into_iter()
            .find(|t| attr(t, "name") == Some("pick_image"))
            .unwrap_or_else(|| panic!("{ctx}: no image to pick in {html}"));
        assert_eq!(attr(pick, "value"), Some(src.as_str()), "{ctx}");
        assert_eq!(
            attr(input_tag(&html, "image_file"), "accept"),
            Some("image/jpeg,image/png,image/webp,image/gif")
        );
        assert!(html.contains("href=\"/admin/media?for=new\""), "{ctx}");
        let mut form = article_form("Night ferries return", "The crossing reopens.");
        form.retain(|(k, _)| *k != "action");
        form.extend([
            ("pick_image", src.as_str()),
            ("image_credit", "Photo: Strait Courier"),
        ]);
        let (status, _, html) = e.post("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert_eq!(
            attr(input_tag(&html, "image_src"), "value"),
            Some(src.as_str()),
            "{ctx}"
        );
        assert_eq!(
            attr(input_tag(&html, "image_alt"), "value"),
            Some("The night ferry at the quay"),
            "{ctx}"
        );
        assert_eq!(
            attr(input_tag(&html, "image_credit"), "value"),
            Some("Photo: Strait Courier")
        );
        assert_eq!(
            attr(input_tag(&html, "title"), "value"),
            Some("Night ferries return")
        );
        assert!(html.contains("press Save to keep it"), "{ctx}");
        let thumb = tags(&html, "img")
            .into_iter()
            .find(|t| attr(t, "id") == Some("image-thumb"))
            .unwrap();
        assert_eq!(attr(thumb, "src"), Some(src.as_str()), "{ctx}");
        assert!(attr(thumb, "srcset").unwrap().contains("480w"), "{ctx}");
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 0, "{ctx}: nothing saved yet: {list}");

        // Saved with it; the library, choosing for that article, links back with the image.
        form.retain(|(k, _)| *k != "pick_image");
        form.extend([
            ("image_src", src.as_str()),
            ("image_alt", "The night ferry at the quay"),
            ("action", "save"),
        ]);
        let (status, location, _) = e.post("/admin/articles/new", &form).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let path = location.split('?').next().unwrap().to_owned();
        let id = path.rsplit('/').next().unwrap().to_owned();
        let (_, article) = s
            .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
            .await;
        assert_eq!(article["image"]["src"], src.as_str(), "{ctx}: {article}");

        let (status, html) = e.get(&format!("/admin/media?for={id}")).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(html.contains("id=\"choosing\""), "{ctx}");
        let use_link = tags(&html, "a")
            .into_iter()
            .find(|t| attr(t, "class") == Some("use"))
            .and_then(|t| attr(t, "href"))
            .unwrap_or_else(|| panic!("{ctx}: no use-in-article link"))
            .replace("&amp;", "&");
        assert!(
            use_link.starts_with(&format!("/admin/articles/{id}?image_src=")),
            "{ctx}: {use_link}"
        );
        let (status, html) = e.get(&use_link).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert_eq!(
            attr(input_tag(&html, "image_src"), "value"),
            Some(src.as_str()),
            "{ctx}"
        );
        assert!(html.contains("press Save to keep it"), "{ctx}");
        // An id that is not one is not put into links.
        let (_, html) = e.get("/admin/media?for=1%22%3E").await;
        assert!(!html.contains("id=\"choosing\""), "{ctx}");
    }
}

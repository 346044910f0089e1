//! Editing without losing anything and without surprising readers, over real HTTP on SQLite
//! and PostgreSQL: a live article's changes stay out of sight until Update (saved for later,
//! previewed, scheduled, discarded, or a restored revision waiting for review), and the
//! editor's autosave keeps what is typed, makes a new article a draft once it has a title,
//! refuses what would overwrite a colleague's unsaved work, and is carried by the next save.

use gazette_testkit::admin::AdminClient;
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{TestServer, backends};
use serde_json::{Value, json};

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "lamps along the quay";

async fn sign_in<'s>(s: &'s TestServer, email: &str) -> AdminClient<'s> {
    s.app
        .sessions()
        .set_password(email, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, email, PASSWORD, "/admin/articles").await
}

fn input_value(html: &str, name: &str) -> String {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "name") == Some(name))
        .and_then(|t| attr(t, "value"))
        .unwrap_or_default()
        .to_owned()
}

/// The editor's form for an article with this title and body, saved with `action`.
fn form<'a>(title: &'a str, body: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("slug", "harbour-lights"),
        ("standfirst", "The quay gets its lamps back."),
        ("body", body),
        ("body_format", "markdown"),
        ("language", "en"),
        ("action", action),
    ]
}

/// What readers get at `/harbour-lights`.
async fn public_page(s: &TestServer) -> String {
    let res = s.get("/harbour-lights").await;
    assert_eq!(res.status(), 200);
    res.text().await.unwrap()
}

async fn stored(s: &TestServer, id: &str) -> Value {
    s.admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await
        .1
}

/// A published article, made through the API as a colleague would; its id.
async fn live_article(s: &TestServer) -> String {
    let (status, a) = s
        .admin(
            Method::POST,
            "/api/v1/admin/articles",
            Some(
                json!({"title": "Harbour lights return", "slug": "harbour-lights",
                        "standfirst": "The quay gets its lamps back.",
                        "body": "The lamps along the quay were lit again on Friday."}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{a}");
    let id = a["id"].as_i64().unwrap().to_string();
    let (status, _) = s
        .admin(
            Method::POST,
            &format!("/api/v1/admin/articles/{id}/publish"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    id
}

#[tokio::test]
async fn a_live_article_changes_only_when_the_editor_presses_update() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s, EMAIL).await;
        let id = live_article(&s).await;
        let path = format!("/admin/articles/{id}");

        // A live article's editor offers Update and Save changes, not a Save that goes live.
        let (_, html) = e.get(&path).await;
        assert!(html.contains("id=\"update\""), "{ctx}");
        assert!(html.contains("value=\"keep\" id=\"save\""), "{ctx}");

        // Save changes: kept, not live.
        let mut edit = form(
            "Harbour lights return for winter",
            "The lamps along the quay were lit again on Friday, and stay on until March.",
            "keep",
        );
        edit.push(("base_revision", "1"));
        let (status, location, _) = e.post(&path, &edit).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?done=kept"), "{ctx}: {location}");
        assert!(
            public_page(&s).await.contains("Harbour lights return<"),
            "{ctx}: readers still get the live version"
        );
        assert!(!public_page(&s).await.contains("until March"), "{ctx}");
        assert_eq!(stored(&s, &id).await["revision"], 1, "{ctx}: no revision");

        // The editor continues from the kept changes and says they are not live.
        let (_, html) = e.get(&format!("{path}?done=kept")).await;
        assert!(html.contains("id=\"pending-notice\""), "{ctx}");
        assert!(html.contains("not live yet"), "{ctx}");
        assert_eq!(
            input_value(&html, "title"),
            "Harbour lights return for winter"
        );
        let seen = input_value(&html, "pending_seen");
        assert!(
            !seen.is_empty(),
            "{ctx}: the form names the changes it holds"
        );

        // Preview changes shows the page as it would be.
        let (status, preview) = e.get(&format!("{path}/preview")).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        assert!(
            preview.contains("Harbour lights return for winter"),
            "{ctx}"
        );
        assert!(preview.contains("until March"), "{ctx}");

        // Update puts them live as the next revision, and nothing is pending any more.
        let mut update = form(
            "Harbour lights return for winter",
            "The lamps along the quay were lit again on Friday, and stay on until March.",
            "update",
        );
        update.extend([("base_revision", "1"), ("pending_seen", seen.as_str())]);
        let (status, location, _) = e.post(&path, &update).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?done=saved"), "{ctx}: {location}");
        assert!(public_page(&s).await.contains("until March"), "{ctx}");
        assert_eq!(stored(&s, &id).await["revision"], 2, "{ctx}");
        let (_, html) = e.get(&path).await;
        assert!(!html.contains("id=\"pending-notice\""), "{ctx}: {html}");

        // Restoring the first revision of a live article makes changes to review.
        let (status, location, _) = e.post(&format!("{path}/revisions/1/restore"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(
            location.ends_with("?done=restored_for_review"),
            "{ctx}: {location}"
        );
        assert!(
            public_page(&s).await.contains("until March"),
            "{ctx}: the restore is not live"
        );
        let (_, html) = e.get(&location).await;
        assert!(html.contains("loaded below as changes to review"), "{ctx}");
        assert!(html.contains("revision 1, loaded for review"), "{ctx}");
        assert_eq!(input_value(&html, "title"), "Harbour lights return");

        // Discarding them brings the form back to the live version.
        let mut discard = form("Harbour lights return", "anything", "discard");
        discard.push(("base_revision", "2"));
        let (status, location, _) = e.post(&path, &discard).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = e.get(&location).await;
        assert!(html.contains("Changes discarded"), "{ctx}");
        assert_eq!(
            input_value(&html, "title"),
            "Harbour lights return for winter"
        );
        assert!(!html.contains("id=\"pending-notice\""), "{ctx}");

        // Changes made on an older revision are not kept over a newer one: both are shown.
        let mut old = form("Harbour lights: an old idea", "Typed long ago.", "keep");
        old.push(("base_revision", "1"));
        let (status, _, html) = e.post(&path, &old).await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        assert!(html.contains("id=\"stale\""), "{ctx}");
        let (_, html) = e.get(&path).await;
        assert!(
            !html.contains("id=\"pending-notice\""),
            "{ctx}: nothing kept"
        );

        // A scheduled update goes live when its time comes, through the job queue.
        let at = (time::OffsetDateTime::now_utc() + time::Duration::seconds(3))
            .format(time::macros::format_description!(
                "[year]-[month]-[day]T[hour]:[minute]:[second]"
            ))
            .unwrap();
        let mut scheduled = form(
            "Harbour lights stay on all night",
            "From Monday the lamps stay on all night.",
            "schedule_update",
        );
        scheduled.extend([("base_revision", "2"), ("schedule_at", at.as_str())]);
        let (status, location, _) = e.post(&path, &scheduled).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(
            location.ends_with("?done=update_scheduled"),
            "{ctx}: {location}"
        );
        assert!(!public_page(&s).await.contains("all night"), "{ctx}");
        let (_, html) = e.get(&path).await;
        assert!(html.contains("They go live at"), "{ctx}");
        let mut live = false;
        for _ in 0..100 {
            if public_page(&s).await.contains("all night") {
                live = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        assert!(live, "{ctx}: the scheduled update went live");
        assert_eq!(stored(&s, &id).await["revision"], 3, "{ctx}");
        let (_, html) = e.get(&path).await;
        assert!(!html.contains("id=\"pending-notice\""), "{ctx}");

        // A schedule in the past is refused at its field, and nothing is scheduled.
        let mut past = form("Harbour lights", "Body.", "schedule_update");
        past.extend([("base_revision", "3"), ("schedule_at", "2020-01-01T10:00")]);
        let (status, _, html) = e.post(&path, &past).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"at-error\""), "{ctx}");
    }
}

#[tokio::test]
async fn autosave_keeps_what_is_typed_and_the_next_save_carries_it() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s, EMAIL).await;

        // Before it has a title a new article has nothing to keep.
        let (status, _, body) = e
            .post("/admin/articles/new", &form("", "Notes.", "autosave"))
            .await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert!(answer["edit_url"].is_null(), "{ctx}: {answer}");
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/articles", None).await;
        assert_eq!(list["total"], 0, "{ctx}");

        // With a title the first autosave makes it a draft, edited from its own address.
        let (status, _, body) = e
            .post(
                "/admin/articles/new",
                &form("Harbour lights return", "The lamps were lit.", "autosave"),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{ctx}: {body}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        let edit_url = answer["edit_url"]
            .as_str()
            .expect("an edit address")
            .to_owned();
        assert_eq!(answer["revision"], 1, "{ctx}");
        let id = edit_url.rsplit('/').next().unwrap().to_owned();
        let draft = stored(&s, &id).await;
        assert_eq!(draft["status"], "draft", "{ctx}");
        assert_eq!(draft["body"], "The lamps were lit.", "{ctx}");

        // Later autosaves are kept beside the draft: no revision per keystroke.
        let mut typed = form(
            "Harbour lights return",
            "The lamps were lit on Friday evening.",
            "",
        );
        typed.push(("base_revision", "1"));
        let (status, _, body) = e.post(&format!("{edit_url}/autosave"), &typed).await;
        assert_eq!(status, StatusCode::OK, "{ctx}: {body}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        let seen = answer["pending_seen"]
            .as_i64()
            .expect("a stamp")
            .to_string();
        assert!(answer["time"].is_string(), "{ctx}");
        assert_eq!(stored(&s, &id).await["revision"], 1, "{ctx}");

        // Reopening the editor (a closed tab, a crash) brings them back.
        let (_, html) = e.get(&edit_url).await;
        assert!(html.contains("kept by autosave"), "{ctx}");
        assert!(
            html.contains("The lamps were lit on Friday evening.</textarea>"),
            "{ctx}"
        );
        assert_eq!(input_value(&html, "pending_seen"), seen, "{ctx}");
        // Before it goes live: what is missing is warned of (never refused), with its length
        // and how search results will show it.
        for warning in ["no_author", "not_filed"] {
            assert!(
                html.contains(&format!("data-warning=\"{warning}\"")),
                "{ctx}: {warning}"
            );
        }
        assert!(!html.contains("data-warning=\"no_standfirst\""), "{ctx}");
        assert!(html.contains("7 words · about 1 minute to read"), "{ctx}");
        assert!(
            html.contains("<p class=\"title\">Harbour lights return</p>"),
            "{ctx}: the search preview"
        );

        // A colleague's autosave does not overwrite changes they have not seen.
        s.app
            .users()
            .add(gazette_app::NewUser {
                email: "colleague@test.example".into(),
                name: "Cai Colleague".into(),
                role: gazette_domain::Role::Editor,
            })
            .await
            .unwrap();
        let c = sign_in(&s, "colleague@test.example").await;
        let mut theirs = form("Harbour lights return", "Something else entirely.", "");
        theirs.push(("base_revision", "1"));
        let (status, _, body) = c.post(&format!("{edit_url}/autosave"), &theirs).await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}: {body}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert!(
            answer["error"].as_str().unwrap().contains("Someone else"),
            "{ctx}: {answer}"
        );
        let (_, html) = e.get(&edit_url).await;
        assert!(html.contains("on Friday evening"), "{ctx}: still mine");
        assert!(
            html.contains("by Test Admin"),
            "{ctx}: the notice says whose they are"
        );

        // A field the form cannot read is named, and nothing is kept.
        let mut bad = form("Harbour lights return", "Body.", "");
        bad.extend([("base_revision", "1"), ("language", "not a language")]);
        let (status, _, body) = e.post(&format!("{edit_url}/autosave"), &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}: {body}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(answer["field"], "language", "{ctx}: {answer}");

        // Save carries what autosave kept: a revision, and nothing pending any more.
        let mut save = form(
            "Harbour lights return",
            "The lamps were lit on Friday evening.",
            "save",
        );
        save.extend([("base_revision", "1"), ("pending_seen", seen.as_str())]);
        let (status, location, _) = e.post(&edit_url, &save).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(location.ends_with("?done=saved"), "{ctx}: {location}");
        let saved = stored(&s, &id).await;
        assert_eq!(saved["revision"], 2, "{ctx}");
        assert_eq!(saved["body"], "The lamps were lit on Friday evening.");
        let (_, html) = e.get(&edit_url).await;
        assert!(!html.contains("id=\"pending-notice\""), "{ctx}");

        // An autosave of exactly what is saved keeps nothing.
        let mut same = form(
            "Harbour lights return",
            "The lamps were lit on Friday evening.",
            "",
        );
        same.push(("base_revision", "2"));
        let (status, _, body) = e.post(&format!("{edit_url}/autosave"), &same).await;
        assert_eq!(status, StatusCode::OK, "{ctx}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert!(answer["pending_seen"].is_null(), "{ctx}: {answer}");

        // The revision history says who saved each one.
        let (_, html) = e.get(&format!("{edit_url}/revisions")).await;
        assert!(
            html.contains("<span class=\"by\">by Test Admin</span>"),
            "{ctx}: {html}"
        );
    }
}

/// The newsroom's time zone: set in the settings (a wrong name is refused at its field), every
/// time the editor shows is in it, and a time typed in the schedule field is read in it.
#[tokio::test]
async fn times_are_shown_and_read_in_the_newsroom_time_zone() {
    let s = TestServer::start(gazette_testkit::Backend::Sqlite).await;
    let e = sign_in(&s, EMAIL).await;
    let (_, html) = e.get("/admin/settings").await;
    assert!(html.contains("value=\"UTC\""), "UTC until it is set");
    let settings = [
        ("name", "The Strait Courier"),
        ("tagline", "News from both shores"),
        ("time_zone", "America/Bogota"),
    ];
    let mut wrong = settings.to_vec();
    wrong[2] = ("time_zone", "Atlantis/Harbour");
    let (status, _, html) = e.post("/admin/settings", &wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("id=\"time_zone-error\""), "{html}");
    assert!(html.contains("That is not a time zone"), "{html}");
    let (status, _, _) = e.post("/admin/settings", &settings).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // Bogotá is five hours behind UTC all year: 06:30 there is 11:30 UTC.
    let mut new = form("Harbour lights return", "The lamps were lit.", "schedule");
    new.push(("schedule_at", "2031-03-02T06:30"));
    let (status, location, _) = e.post("/admin/articles/new", &new).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let id = location
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        stored(&s, &id).await["scheduled_at"],
        "2031-03-02T11:30:00Z"
    );
    let (_, html) = e.get(&location).await;
    assert!(
        html.contains("Scheduled to go live at 2031-03-02 06:30 -05"),
        "{html}"
    );
    assert!(html.contains("Goes live 2031-03-02 06:30 -05"), "{html}");
    assert_eq!(input_value(&html, "schedule_at"), "2031-03-02T06:30");
    assert!(html.contains("in the newsroom's time (America/Bogota)"));

    // An empty or unreadable time is named at its field in words.
    let mut empty = form("Harbour lights return", "The lamps were lit.", "schedule");
    empty.extend([("schedule_at", ""), ("base_revision", "1")]);
    let (status, _, html) = e.post(&format!("/admin/articles/{id}"), &empty).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("id=\"at-error\""), "{html}");
    assert!(html.contains("Choose a date and a time."), "{html}");
    let mut unreadable = form("Harbour lights return", "The lamps were lit.", "schedule");
    unreadable.extend([("schedule_at", "next tuesday"), ("base_revision", "1")]);
    let (status, _, html) = e.post(&format!("/admin/articles/{id}"), &unreadable).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("That is not a date and time; pick one"),
        "{html}"
    );
    assert!(!html.contains("next tuesday&quot; is not"), "{html}");
}

/// A failure in the admin is a page in the admin's style that says what happened in a
/// sentence and what to do, not a line of plain text.
#[tokio::test]
async fn admin_failures_are_pages_that_say_what_to_do() {
    let s = TestServer::start(gazette_testkit::Backend::Sqlite).await;
    let e = sign_in(&s, EMAIL).await;
    let res = e
        .request(Method::GET, "/admin/articles/987654")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        res.headers()[gazette_testkit::reqwest::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("<h1>Not found</h1>"), "{html}");
    assert!(
        html.contains("<p id=\"admin-error-message\">Article 987654 not found.</p>"),
        "{html}"
    );
    assert!(
        html.contains("/admin/css/admin.css"),
        "styled like the admin"
    );
    assert!(html.contains("It may have been deleted"), "{html}");
}

/// Issue 14: before publishing, the editor warns and previews; the search and share
/// description and image follow the standfirst and featured image unless the editor gives
/// others, and the page's meta tags use them.
#[tokio::test]
async fn search_and_share_overrides_reach_the_page_and_default_to_the_standfirst() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s, EMAIL).await;
        let mut fields = form("Harbour lights return", "The lamps were lit.", "publish");
        fields.push(("image_src", "https://photos.example/quay.jpg"));
        fields.push(("image_alt", "The quay at dusk"));
        let (status, location, body) = e.post("/admin/articles/new", &fields).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        let path = location.split('?').next().unwrap().to_owned();

        // Without overrides: the standfirst and the featured image, with its description.
        let page = public_page(&s).await;
        assert!(
            page.contains("<meta name=\"description\" content=\"The quay gets its lamps back.\">"),
            "{ctx}"
        );
        assert!(
            page.contains(
                "<meta property=\"og:image\" content=\"https://photos.example/quay.jpg\">"
            ),
            "{ctx}"
        );
        assert!(
            page.contains("og:image:alt\" content=\"The quay at dusk\""),
            "{ctx}"
        );
        let (_, html) = e.get(&path).await;
        assert!(html.contains("id=\"share_description\""), "{ctx}");
        assert!(
            html.contains("placeholder=\"The standfirst, when left empty\""),
            "{ctx}"
        );

        // A bad image address is refused beside its field, the description typed kept.
        let base = input_value(&html, "base_revision");
        let mut update = form("Harbour lights return", "The lamps were lit.", "update");
        update.extend([
            ("image_src", "https://photos.example/quay.jpg"),
            ("image_alt", "The quay at dusk"),
            ("base_revision", &base),
            (
                "share_description",
                "After nine dark winters the harbour is lit again.",
            ),
            ("share_image", "javascript:alert(1)"),
        ]);
        let (status, _, html) = e.post(&path, &update).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"sharing-image-error\""), "{ctx}: {html}");
        assert!(
            html.contains("After nine dark winters the harbour is lit again."),
            "{ctx}"
        );

        // Given: the page's description and shared image are the editor's, without the
        // featured image's description (it describes another picture).
        let last = update.len() - 1;
        update[last] = ("share_image", "https://photos.example/lamps-wide.jpg");
        let (status, _, body) = e.post(&path, &update).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        let page = public_page(&s).await;
        assert!(page.contains("<meta name=\"description\" content=\"After nine dark winters the harbour is lit again.\">"), "{ctx}");
        assert!(
            page.contains(
                "<meta property=\"og:image\" content=\"https://photos.example/lamps-wide.jpg\">"
            ),
            "{ctx}"
        );
        assert!(!page.contains("og:image:alt"), "{ctx}");
        let id = path.rsplit('/').next().unwrap();
        let stored = stored(&s, id).await;
        assert_eq!(
            stored["sharing"]["image"], "https://photos.example/lamps-wide.jpg",
            "{ctx}"
        );
        // The search preview shows the description given.
        let (_, html) = e.get(&path).await;
        assert!(
            html.contains(
                "<p class=\"description\">After nine dark winters the harbour is lit again.</p>"
            ),
            "{ctx}"
        );
    }
}

//! The editors' day over real HTTP on SQLite and PostgreSQL: the articles list's full-text
//! search, sort, row and bulk actions (one transaction: a refused article changes none and is
//! named), a contributor sending a draft for review and an editor finding it on the dashboard,
//! and the dashboard's calendar in the newsroom's time zone, imports, translations,
//! newsletters and failed work.

use gazette_store::jobs::{self, NewJob};
use gazette_testkit::admin::AdminClient;
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{TestServer, backends};
use serde_json::{Value, json};

const EDITOR: &str = "admin@test.example";
const WRITER: &str = "writer@test.example";
const PASSWORD: &str = "lamps along the quay";

async fn sign_in<'s>(s: &'s TestServer, email: &str) -> AdminClient<'s> {
    s.app
        .sessions()
        .set_password(email, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, email, PASSWORD, "/admin").await
}

/// A draft made through the API; its id.
async fn draft(s: &TestServer, title: &str, slug: &str, body: &str) -> i64 {
    let (status, a) = s
        .admin(
            Method::POST,
            "/api/v1/admin/articles",
            Some(json!({"title": title, "slug": slug, "body": body})),
        )
        .await;
    assert_eq!(status, 201, "{a}");
    a["id"].as_i64().unwrap()
}

async fn article(s: &TestServer, id: i64) -> Value {
    s.admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await
        .1
}

/// The titles the list page shows, in order.
fn listed(html: &str) -> Vec<String> {
    html.split("class=\"title\" href=\"/admin/articles/")
        .skip(1)
        .map(|rest| {
            let start = rest.find('>').unwrap() + 1;
            let end = rest.find("</a>").unwrap();
            rest[start..end].replace("&#39;", "'")
        })
        .collect()
}

#[tokio::test]
async fn the_list_searches_the_text_sorts_and_acts_on_rows_and_in_bulk() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s, EDITOR).await;
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/regions",
                Some(json!({"slug": "delta", "name": "The Delta"})),
            )
            .await;
        assert_eq!(status, 201, "{ctx}");
        let salt = draft(
            &s,
            "Salt pans reopen",
            "salt-pans",
            "The cooperative harvests again after the flood.",
        )
        .await;
        let eels = draft(
            &s,
            "Eel ladders built",
            "eel-ladders",
            "Fishers welcome the new weirs on the river.",
        )
        .await;
        let empty = draft(&s, "Notes for a flood story", "flood-notes", "").await;

        // Full text: a word only in a body finds its article, whatever its case.
        let (status, html) = e.get("/admin/articles?q=COOPERATIVE").await;
        assert_eq!(status, 200, "{ctx}");
        assert_eq!(listed(&html), ["Salt pans reopen"], "{ctx}");
        // Every word must be found, in any of the fields.
        let (_, html) = e.get("/admin/articles?q=flood+harvests").await;
        assert_eq!(listed(&html), ["Salt pans reopen"], "{ctx}");
        let (_, html) = e.get("/admin/articles?q=nothing-like-this").await;
        assert!(html.contains("No article matches these filters."), "{ctx}");

        // Sorted by title, and the sort is kept in the pager's and the forms' links.
        let (_, html) = e.get("/admin/articles?sort=title").await;
        assert_eq!(
            listed(&html),
            [
                "Eel ladders built",
                "Notes for a flood story",
                "Salt pans reopen"
            ],
            "{ctx}"
        );
        assert!(
            html.contains("name=\"return\" value=\"sort=title&amp;page=1\""),
            "{ctx}"
        );

        // Bulk publish refuses as a whole when one article cannot go live, naming it.
        let (status, _, html) = e
            .post(
                "/admin/articles/bulk",
                &[
                    ("action", "publish"),
                    ("ids", &salt.to_string()),
                    ("ids", &empty.to_string()),
                    ("return", "sort=title"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains("id=\"list-error\">“Notes for a flood story”: body must be written before the article is published"),
            "{ctx}: {html}"
        );
        assert_eq!(
            article(&s, salt).await["status"],
            "draft",
            "{ctx}: nothing changed"
        );

        // Two that can: both go live, and the list comes back with its filters.
        let (status, location, _) = e
            .post(
                "/admin/articles/bulk",
                &[
                    ("action", "publish"),
                    ("ids", &salt.to_string()),
                    ("ids", &eels.to_string()),
                    ("return", "q=the&sort=title"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            location, "/admin/articles?q=the&sort=title&done=published&n=2",
            "{ctx}"
        );
        let (_, html) = e.get(&location).await;
        assert!(html.contains("2 articles published."), "{ctx}");
        assert_eq!(s.get("/salt-pans").await.status(), 200, "{ctx}");
        assert_eq!(s.get("/eel-ladders").await.status(), 200, "{ctx}");

        // Filing under a region in bulk; an unknown region is refused by name.
        let (status, _, _) = e
            .post(
                "/admin/articles/bulk",
                &[
                    ("action", "region"),
                    ("region", "delta"),
                    ("ids", &salt.to_string()),
                    ("ids", &eels.to_string()),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            article(&s, eels).await["regions"][0]["slug"],
            "delta",
            "{ctx}"
        );
        let (status, _, html) = e
            .post(
                "/admin/articles/bulk",
                &[
                    ("action", "region"),
                    ("region", "atlantis"),
                    ("ids", &salt.to_string()),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            html.contains("There is no region &quot;atlantis&quot;."),
            "{ctx}: {html}"
        );
        let (status, _, html) = e
            .post("/admin/articles/bulk", &[("action", "publish")])
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("Choose at least one article."), "{ctx}");

        // Row actions: duplicate makes a draft copy; unpublish withdraws; delete retires.
        let (status, location, _) = e
            .post(&format!("/admin/articles/{salt}/do/duplicate"), &[])
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let copy: i64 = location
            .trim_start_matches("/admin/articles/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let copied = article(&s, copy).await;
        assert_eq!(copied["slug"], "salt-pans-copy", "{ctx}");
        assert_eq!(copied["status"], "draft", "{ctx}");
        assert_eq!(copied["regions"][0]["slug"], "delta", "{ctx}");
        let (_, html) = e.get(&location).await;
        assert!(html.contains("This is a copy"), "{ctx}");

        let (status, _, _) = e
            .post(&format!("/admin/articles/{eels}/do/unpublish"), &[])
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(s.get("/eel-ladders").await.status(), 410, "{ctx}");
        let (status, location, _) = e
            .post(
                "/admin/articles/bulk",
                &[
                    ("action", "delete"),
                    ("ids", &copy.to_string()),
                    ("ids", &empty.to_string()),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = e.get(&location).await;
        assert!(html.contains("2 articles deleted"), "{ctx}");
        assert_eq!(s.get("/flood-notes").await.status(), 410, "{ctx}");

        // A contributor may not act in bulk.
        s.app
            .users()
            .add(gazette_app::NewUser {
                email: WRITER.into(),
                name: "Wren Writer".into(),
                role: gazette_domain::Role::Contributor,
            })
            .await
            .unwrap();
        let w = sign_in(&s, WRITER).await;
        let (status, _, _) = w
            .post(
                "/admin/articles/bulk",
                &[("action", "delete"), ("ids", &salt.to_string())],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        assert_eq!(article(&s, salt).await["status"], "published", "{ctx}");
    }
}

#[tokio::test]
async fn a_contributor_sends_a_draft_for_review_and_the_editor_finds_it_on_the_dashboard() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        s.app
            .users()
            .add(gazette_app::NewUser {
                email: WRITER.into(),
                name: "Wren Writer".into(),
                role: gazette_domain::Role::Contributor,
            })
            .await
            .unwrap();
        let w = sign_in(&s, WRITER).await;

        // The contributor's editor offers review, not publishing.
        let (_, html) = w.get("/admin/articles/new").await;
        assert!(html.contains("id=\"send-for-review\""), "{ctx}");
        assert!(!html.contains("id=\"publish\""), "{ctx}");
        let (status, location, _) = w
            .post(
                "/admin/articles/new",
                &[
                    ("title", "Ferry crews vote on the rota"),
                    ("body", "The crews meet on Thursday."),
                    ("body_format", "markdown"),
                    ("language", "en"),
                    ("review_note", "Please check the union's name."),
                    ("action", "review"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(
            location.ends_with("?done=review_requested"),
            "{ctx}: {location}"
        );
        let editor_path = location.split('?').next().unwrap().to_owned();
        let (_, html) = w.get(&location).await;
        assert!(html.contains("sent to the editors for review"), "{ctx}");
        assert!(html.contains("id=\"review-state\""), "{ctx}");
        let (_, html) = w.get("/admin").await;
        assert!(html.contains("Sent for review"), "{ctx}");
        assert!(html.contains("Ferry crews vote on the rota"), "{ctx}");

        // The editor's dashboard lists it with who sent it and the note.
        let e = sign_in(&s, EDITOR).await;
        let (status, html) = e.get("/admin").await;
        assert_eq!(status, 200, "{ctx}");
        let reviews = section(&html, "reviews");
        assert!(
            reviews.contains("Ferry crews vote on the rota"),
            "{ctx}: {reviews}"
        );
        assert!(reviews.contains("from Wren Writer"), "{ctx}: {reviews}");
        assert!(
            reviews.contains("Please check the union&#39;s name."),
            "{ctx}: {reviews}"
        );
        // It is marked in the list too.
        let (_, html) = e.get("/admin/articles").await;
        assert!(html.contains("waiting for review"), "{ctx}");

        // Publishing ends the request.
        let (_, html) = e.get(&editor_path).await;
        let base = gazette_testkit::html::tags(&html, "input")
            .into_iter()
            .find(|t| gazette_testkit::html::attr(t, "name") == Some("base_revision"))
            .and_then(|t| gazette_testkit::html::attr(t, "value"))
            .unwrap()
            .to_owned();
        let (status, _, body) = e
            .post(
                &editor_path,
                &[
                    ("title", "Ferry crews vote on the rota"),
                    ("body", "The crews meet on Thursday."),
                    ("body_format", "markdown"),
                    ("language", "en"),
                    ("base_revision", &base),
                    ("action", "publish"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        let (_, html) = e.get("/admin").await;
        assert!(
            section(&html, "reviews").contains("No draft is waiting for review."),
            "{ctx}"
        );
        assert!(
            s.app
                .articles()
                .review_requests(None)
                .await
                .unwrap()
                .is_empty(),
            "{ctx}"
        );
    }
}

/// The dashboard section with this id.
fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section {id}"));
    let end = html[start..].find("</section>").unwrap() + start;
    &html[start..end]
}

#[tokio::test]
async fn the_dashboard_shows_the_calendar_in_the_newsroom_zone_and_what_waits() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s, EDITOR).await;
        let mut settings = s.app.settings().get().await.unwrap();
        settings.time_zone = "Asia/Tokyo".into();
        s.app
            .settings()
            .put(&gazette_app::Actor::System, settings)
            .await
            .unwrap();

        // Scheduled for tomorrow at 23:30 UTC: in Tokyo that is the day after, at 08:30.
        let id = draft(
            &s,
            "Typhoon season review",
            "typhoon-review",
            "The season ends.",
        )
        .await;
        let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(1);
        let at = tomorrow.with_hms(23, 30, 0).unwrap().assume_utc();
        let (status, body) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/schedule"),
                Some(json!({"at": at.format(&time::format_description::well_known::Rfc3339).unwrap()})),
            )
            .await;
        assert_eq!(status, 200, "{ctx}: {body}");
        // A live article's update, scheduled in the editor for the day after tomorrow at 10:00
        // in Tokyo.
        let live = draft(
            &s,
            "Ferry timetable",
            "ferry-timetable",
            "Crossings resume.",
        )
        .await;
        let (status, _) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{live}/publish"),
                None,
            )
            .await;
        assert_eq!(status, 200, "{ctx}");
        let update_day = tomorrow + time::Duration::days(1);
        let update_at = format!("{update_day}T10:00");
        let revision = article(&s, live).await["revision"].to_string();
        let (status, _, body) = e
            .post(
                &format!("/admin/articles/{live}"),
                &[
                    ("title", "Ferry timetable for the winter"),
                    ("slug", "ferry-timetable"),
                    ("body", "Crossings resume."),
                    ("body_format", "markdown"),
                    ("language", "en"),
                    ("base_revision", &revision),
                    ("schedule_at", &update_at),
                    ("action", "schedule_update"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        // A job that fails for good.
        let mut tx = s.app.store().begin().await.unwrap();
        jobs::enqueue(
            &mut tx,
            &NewJob {
                kind: "no_such_kind".into(),
                payload: "{}".into(),
                unique_key: None,
                run_at: time::OffsetDateTime::now_utc(),
                max_attempts: 1,
            },
            time::OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        // The server's own runner may take it first; either way it ends failed.
        s.app.jobs().run_due("test").await.unwrap();
        for _ in 0..50 {
            let failed = s
                .app
                .jobs()
                .list(&[gazette_app::JobStatus::Failed], 1)
                .await
                .unwrap();
            if !failed.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }

        let (status, html) = e.get("/admin").await;
        assert_eq!(status, 200, "{ctx}");
        let calendar = section(&html, "calendar");
        let day = (tomorrow + time::Duration::days(1)).to_string();
        let cell_start = calendar
            .find(&format!("data-date=\"{day}\""))
            .unwrap_or_else(|| panic!("{ctx}: {day} in {calendar}"));
        let cell = &calendar[cell_start..];
        let cell = &cell[..cell.find("role=\"cell\"").unwrap_or(cell.len())];
        assert!(cell.contains("Typhoon season review"), "{ctx}: {cell}");
        assert!(cell.contains(">08:30</span>"), "{ctx}: {cell}");
        let cell_start = calendar
            .find(&format!("data-date=\"{update_day}\""))
            .unwrap();
        let cell = &calendar[cell_start..];
        let cell = &cell[..cell.find("role=\"cell\"").unwrap_or(cell.len())];
        assert!(
            cell.contains(
                ">10:00</span> <span class=\"kind\">Update:</span> Ferry timetable for the winter"
            ),
            "{ctx}: {cell}"
        );
        assert!(calendar.contains("Asia/Tokyo"), "{ctx}");

        let failed = section(&html, "failed-jobs");
        assert!(failed.contains("no_such_kind"), "{ctx}: {failed}");
        assert!(
            section(&html, "imports").contains("Nothing imported yet."),
            "{ctx}"
        );
        assert!(
            section(&html, "translations").contains("Every translation has been reviewed."),
            "{ctx}"
        );
        // Signing in lands here.
        assert!(html.contains("<h1>Dashboard</h1>"), "{ctx}");
    }
}

//! The admin in Chromium, page by page, on the demo publication: every page opens, fits a
//! phone's width (nothing wider than 390 px, the header wrapped, the main button reachable) and
//! is saved as a screenshot at 1366 px and 390 px in `target/screenshots/tour-*.png` for a person
//! to look at. Then the articles list's bulk and row actions and the dashboard's review queue,
//! as an editor uses them.

use gazette_testkit::browser::Browser;
use gazette_testkit::browser::fantoccini::Locator;
use gazette_testkit::{Backend, TestServer};
use serde_json::{Value, json};

const PASSWORD: &str = "lamps along the quay";

/// Signs the browser in as `email` through the form, landing on `path`.
async fn sign_in(browser: &Browser, s: &TestServer, email: &str, path: &str) {
    s.app
        .sessions()
        .set_password(email, PASSWORD)
        .await
        .unwrap();
    browser.goto(&s.url(path)).await;
    browser.fill("#email", email).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("main h1").await;
}

/// How the page sits in the window: whether it is wider than the window (scrolls sideways),
/// the first elements reaching past its edge, and whether `css` (the page's main control; the first of them shown) is within the first
/// two screens.
async fn fit(browser: &Browser, css: &str) -> Value {
    browser
        .client()
        .execute(
            "const el = arguments[0] ? [...document.querySelectorAll(arguments[0])]\
                 .find(e => e.getClientRects().length > 0) || null : null;\
             const width = document.documentElement.clientWidth;\
             const wide = [...document.querySelectorAll('body *')]\
                 .filter(e => e.getBoundingClientRect().right > width + 1)\
                 .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);\
             return [document.documentElement.scrollWidth > width, wide,\
                     el === null ? null : el.getBoundingClientRect().top < 2 * window.innerHeight];",
            vec![json!(css)],
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn every_admin_page_opens_and_fits_a_laptop_and_a_phone() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    gazette_app::demo::load(&s.app).await.unwrap();
    let (_, any) = s
        .admin(
            gazette_testkit::reqwest::Method::GET,
            "/api/v1/admin/articles?status=published&per_page=1",
            None,
        )
        .await;
    let article = any["items"][0]["id"].as_i64().unwrap();
    sign_in(&browser, &s, gazette_app::demo::DEMO_EDITOR, "/admin").await;

    // Each page, and the control a person comes to it for ("" when it is the page itself).
    let pages: Vec<(String, &str, &str)> = vec![
        ("/admin".into(), "dashboard", "#calendar"),
        ("/admin/articles".into(), "articles", "#articles"),
        (
            "/admin/articles/new".into(),
            "article-new",
            "#save-top, #save",
        ),
        (
            format!("/admin/articles/{article}"),
            "article-edit",
            "#update-top, #update",
        ),
        (
            format!("/admin/articles/{article}/revisions"),
            "article-revisions",
            "",
        ),
        (
            format!("/admin/articles/{article}/translations"),
            "article-translations",
            "",
        ),
        ("/admin/imports".into(), "imports", "#import"),
        ("/admin/newsletters".into(), "newsletters", ""),
        (
            "/admin/newsletters/morning-selection".into(),
            "newsletter-settings",
            "",
        ),
        (
            "/admin/newsletters/morning-selection/next".into(),
            "newsletter-next",
            "",
        ),
        (
            "/admin/newsletters/morning-selection/editions".into(),
            "newsletter-editions",
            "",
        ),
        ("/admin/subscribers".into(), "subscribers", ""),
        ("/admin/media".into(), "media", ""),
        ("/admin/authors".into(), "authors", ""),
        ("/admin/sources".into(), "sources", ""),
        ("/admin/regions".into(), "regions", ""),
        ("/admin/themes".into(), "themes", ""),
        ("/admin/reports".into(), "reports", ""),
        ("/admin/users".into(), "users", ""),
        ("/admin/settings".into(), "settings", ""),
        ("/admin/tokens".into(), "tokens", ""),
        ("/admin/profile".into(), "profile", ""),
        ("/admin/no-such-page".into(), "not-found", ""),
    ];
    for (width, height) in [(1366, 900), (390, 844)] {
        browser
            .client()
            .set_window_size(width, height)
            .await
            .unwrap();
        for (path, name, control) in &pages {
            browser.goto(&s.url(path)).await;
            browser.wait_for("main h1").await;
            browser.screenshot(&format!("tour-{name}-{width}")).await;
            let fit = fit(&browser, control).await;
            assert_eq!(
                fit[0], false,
                "{path} at {width} px is wider than the window: {}",
                fit[1]
            );
            if !control.is_empty() {
                assert_eq!(
                    fit[2], true,
                    "{path} at {width} px: {control} is out of reach"
                );
            }
        }
    }
}

#[tokio::test]
async fn an_editor_publishes_in_bulk_duplicates_a_row_and_reviews_from_the_dashboard() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    let mut ids = Vec::new();
    for (title, body) in [
        (
            "Lighthouse keepers return",
            "The keepers come back to the point in spring.",
        ),
        (
            "Harbour dues rise",
            "The port raises its dues for the first time in a decade.",
        ),
    ] {
        let a = s.add_draft(json!({"title": title, "body": body})).await;
        ids.push(a["id"].as_i64().unwrap());
    }
    s.app
        .users()
        .add(gazette_app::NewUser {
            email: "writer@test.example".into(),
            name: "Wren Writer".into(),
            role: gazette_domain::Role::Contributor,
        })
        .await
        .unwrap();

    // A contributor sends a draft for review with a note.
    sign_in(&browser, &s, "writer@test.example", "/admin/articles/new").await;
    browser.fill("#title", "Ferry crews vote on the rota").await;
    browser.fill("#body", "The crews meet on Thursday.").await;
    browser
        .fill("#review_note", "Please check the union's name.")
        .await;
    browser.click("#send-for-review").await;
    browser.wait_for("#review-state").await;
    assert!(
        browser
            .text(".notice")
            .await
            .contains("sent to the editors for review")
    );
    browser.click("header.bar form button").await;
    browser.wait_for("#email").await;

    // The editor finds it on the dashboard, where signing in lands.
    sign_in(&browser, &s, "admin@test.example", "/admin").await;
    assert!(browser.current_url().await.ends_with("/admin"));
    let reviews = browser.text("#reviews").await;
    assert!(
        reviews.contains("Ferry crews vote on the rota"),
        "{reviews}"
    );
    assert!(
        reviews.contains("Please check the union's name."),
        "{reviews}"
    );
    browser.screenshot("dashboard-review-queue").await;

    // Two drafts ticked in the list and published together.
    browser.goto(&s.url("/admin/articles?sort=title")).await;
    browser.wait_for("#bulk-action").await;
    for id in &ids {
        browser
            .click(&format!("input[name=ids][value=\"{id}\"]"))
            .await;
    }
    browser
        .client()
        .find(Locator::Css("#bulk-action option[value=publish]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(
        browser
            .client()
            .find(Locator::Css("#bulk-region"))
            .await
            .unwrap()
            .attr("hidden")
            .await
            .unwrap()
            .is_some(),
        "the region list shows only when filing under a region"
    );
    browser.click("#bulk-apply").await;
    browser.wait_for("#list-notice").await;
    assert_eq!(browser.text("#list-notice").await, "2 articles published.");
    assert!(
        browser.current_url().await.contains("sort=title"),
        "the sort is kept"
    );
    for id in &ids {
        let a = s
            .app
            .articles()
            .article(gazette_domain::ArticleId(*id))
            .await
            .unwrap();
        assert_eq!(a.status, gazette_domain::ArticleStatus::Published);
    }

    // A row's Duplicate opens the copy in the editor.
    browser
        .click(&format!(
            "button[formaction=\"/admin/articles/{}/do/duplicate\"]",
            ids[0]
        ))
        .await;
    browser.wait_for("#title").await;
    assert!(browser.text(".notice").await.contains("This is a copy"));
    assert_eq!(
        browser
            .client()
            .find(Locator::Css("#slug"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("lighthouse-keepers-return-copy")
    );
    browser.client().set_window_size(390, 844).await.unwrap();
    browser.goto(&s.url("/admin/articles")).await;
    browser.wait_for("#articles").await;
    browser.screenshot("articles-list-390").await;
    browser.client().set_window_size(1366, 900).await.unwrap();
}

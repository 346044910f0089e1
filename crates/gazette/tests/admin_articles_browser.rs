//! The article editor in a real browser: an editor signs in, writes a republished article with
//! its source, original date, two regions, a theme, a report and a featured image (watching the
//! live preview), schedules it, publishes it, finds it on the public site with everything shown,
//! edits it and restores the first revision. Screenshots go to `target/screenshots`. Skipped
//! where Chromium is not installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use serde_json::{Value, json};

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "harbour lights at eight";

/// The taxonomies the article is filed under, and a few other articles so the list looks like
/// a working newsroom's.
async fn seed(s: &TestServer) {
    let created = [
        (
            "/api/v1/admin/authors",
            json!({"slug": "lena-haddad", "name": "Lena Haddad"}),
        ),
        (
            "/api/v1/admin/authors",
            json!({"slug": "tomas-reyes", "name": "Tomás Reyes"}),
        ),
        (
            "/api/v1/admin/sources",
            json!({"slug": "strait-courier", "name": "Strait Courier", "home_url": "https://straitcourier.example/",
                   "copyright_template": "© {year} Strait Courier. Republished with permission."}),
        ),
        (
            "/api/v1/admin/regions",
            json!({"slug": "north-sea", "name": "North Sea"}),
        ),
        (
            "/api/v1/admin/regions",
            json!({"slug": "shetland", "name": "Shetland", "parent": "north-sea"}),
        ),
        (
            "/api/v1/admin/regions",
            json!({"slug": "orkney", "name": "Orkney", "parent": "north-sea"}),
        ),
        (
            "/api/v1/admin/themes",
            json!({"slug": "transport", "name": "Transport"}),
        ),
        (
            "/api/v1/admin/themes",
            json!({"slug": "labour", "name": "Labour"}),
        ),
        (
            "/api/v1/admin/reports",
            json!({"slug": "island-lifelines", "title": "Island lifelines"}),
        ),
    ];
    for (path, body) in created {
        let (status, answer) = s.admin(Method::POST, path, Some(body)).await;
        assert_eq!(status, 201, "{path}: {answer}");
    }
    let others = [
        ("Dockers vote to extend the harbour strike", "labour", true),
        (
            "Council backs a second ferry for the outer isles",
            "transport",
            true,
        ),
        (
            "What the new fishing quotas mean for Lerwick",
            "labour",
            false,
        ),
    ];
    for (title, theme, publish) in others {
        let (status, a) = s
            .admin(
                Method::POST,
                "/api/v1/admin/articles",
                Some(json!({"title": title, "body": "Reporting from the islands.", "standfirst": "A short summary.",
                            "authors": ["tomas-reyes"], "themes": [theme], "regions": ["shetland"]})),
            )
            .await;
        assert_eq!(status, 201, "{a}");
        if publish {
            let id = a["id"].as_i64().unwrap();
            s.admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/publish"),
                None,
            )
            .await;
        }
    }
}

async fn value(browser: &Browser, css: &str) -> String {
    browser
        .wait_for(css)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Sets a field the way a date picker would; typing into date inputs depends on the locale.
async fn set_value(browser: &Browser, id: &str, value: &str) {
    browser
        .client()
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1];",
            vec![json!(id), json!(value)],
        )
        .await
        .unwrap();
}

/// The editor's notice once it says `expected`: a form post's next page may still be loading
/// when the click returns.
async fn notice_saying(browser: &Browser, expected: &str) -> String {
    let mut text = String::new();
    for _ in 0..50 {
        if let Ok(el) = browser
            .client()
            .find(gazette_testkit::browser::fantoccini::Locator::Css(
                "#editor-notice",
            ))
            .await
        {
            text = el.text().await.unwrap_or_default();
            if text.contains(expected) {
                return text;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the notice says {text:?}, not {expected:?}")
}

async fn article_by_title(s: &TestServer, title: &str) -> Value {
    let (_, list) = s
        .admin(Method::GET, "/api/v1/admin/articles?per_page=100", None)
        .await;
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no article {title:?} in {list}"))
        .clone()
}

#[tokio::test]
async fn an_editor_writes_schedules_publishes_edits_and_restores_an_article() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app.set_password(EMAIL, PASSWORD).await.unwrap();
    seed(&s).await;

    // /admin lands on the article list once signed in.
    browser.goto(&s.url("/admin")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#articles").await;
    assert!(browser.current_url().await.ends_with("/admin/articles"));

    // The editor: everything a republished piece needs.
    browser.click("#new-article").await;
    browser
        .fill("#title", "Night ferries return to the outer isles")
        .await;
    browser
        .fill(
            "#standfirst",
            "After a winter of closures at dusk, the crossing runs through the night again.",
        )
        .await;
    browser
        .fill(
            "#body",
            "The night ferry across the strait runs again from **Monday**.\n\n## What changes\n\nCrews will work a new rota agreed with the operator.\n",
        )
        .await;
    // The live preview renders the Markdown as it is typed, before any save.
    browser.wait_for("#preview-pane strong").await;
    assert_eq!(browser.text("#preview-pane h2").await, "What changes");
    for css in [
        "input[name=authors][value=lena-haddad]",
        "input[name=regions][value=shetland]",
        "input[name=regions][value=orkney]",
        "input[name=themes][value=transport]",
        "input[name=reports][value=island-lifelines]",
    ] {
        browser.click(css).await;
    }
    browser
        .wait_for("#original_source")
        .await
        .select_by_value("strait-courier")
        .await
        .unwrap();
    browser
        .fill(
            "#original_url",
            "https://straitcourier.example/2026/11/night-ferries",
        )
        .await;
    set_value(&browser, "original_date", "2026-11-18").await;
    browser
        .fill("#image_src", "https://images.example/night-ferry.jpg")
        .await;
    browser
        .fill("#image_alt", "The night ferry leaving Lerwick harbour")
        .await;
    browser
        .fill("#image_caption", "The first night crossing since October.")
        .await;
    browser.fill("#image_credit", "Photo: Strait Courier").await;
    browser.click("#save").await;
    notice_saying(&browser, "Saved as a new draft").await;
    let article = article_by_title(&s, "Night ferries return to the outer isles").await;
    let id = article["id"].as_i64().unwrap();
    let slug = article["slug"].as_str().unwrap().to_owned();
    let (_, article) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(article["original"]["date"], "2026-11-18", "{article}");
    assert_eq!(article["regions"].as_array().unwrap().len(), 2, "{article}");

    // Scheduling: the time is read as UTC.
    set_value(&browser, "schedule_at", "2031-03-02T06:30").await;
    browser.click("#schedule").await;
    notice_saying(&browser, "2031-03-02 06:30 UTC").await;
    assert_eq!(browser.text("#status").await, "scheduled");

    // Publishing now puts it on the site.
    browser.click("#publish").await;
    notice_saying(&browser, "Published").await;
    assert_eq!(browser.text("#status").await, "published");

    browser.goto(&s.url(&format!("/{slug}"))).await;
    assert_eq!(
        browser.text("h1.article-title").await,
        "Night ferries return to the outer isles"
    );
    assert!(browser.text(".byline").await.contains("Lena Haddad"));
    let filed = browser.text(".filed-under").await;
    for name in ["Shetland", "Orkney", "Transport", "Island lifelines"] {
        assert!(filed.contains(name), "{name} in {filed:?}");
    }
    assert!(
        browser
            .text(".dateline-original")
            .await
            .contains("Strait Courier")
    );
    // The theme sets credits in capitals; the text is the editor's.
    assert_eq!(
        browser.text(".credit").await.to_lowercase(),
        "photo: strait courier"
    );
    assert!(
        browser
            .text(".copyright-line")
            .await
            .contains("Strait Courier")
    );

    // An edit makes revision 2; the editor shows it with its preview.
    browser.goto(&s.url(&format!("/admin/articles/{id}"))).await;
    browser
        .fill("#title", "Night ferries return, with a new crew rota")
        .await;
    browser
        .fill(
            "#body",
            "The night ferry across the strait runs again from **Monday**.\n\n## What changes\n\nCrews will work a four-on, four-off rota agreed with the operator on Friday.\n\n> We have waited all winter for this, said one islander.\n",
        )
        .await;
    browser.wait_for("#preview-pane blockquote").await;
    browser.click("#save").await;
    notice_saying(&browser, "revision 2").await;
    assert_eq!(
        value(&browser, "#title").await,
        "Night ferries return, with a new crew rota"
    );
    browser.screenshot("admin-article-edit").await;

    // The history shows what changed, and restoring the first version is one click.
    browser.click("#revisions-link").await;
    let history = browser.text("#revisions").await;
    assert!(history.contains("Night ferries return, with a new crew rota"));
    assert!(history.contains("four-on, four-off"));
    browser.screenshot("admin-revisions").await;
    browser.click("#restore-1").await;
    assert!(
        browser
            .text("#revisions-notice")
            .await
            .contains("Revision 1 restored as revision 3")
    );
    let (_, restored) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(restored["title"], "Night ferries return to the outer isles");
    assert_eq!(restored["revision"], 3);
    assert_eq!(restored["status"], "published");

    // The draft preview link opens the page as readers will see it.
    let (_, draft) = s
        .admin(
            Method::POST,
            "/api/v1/admin/articles",
            Some(json!({"title": "Harbour dues to rise in April", "body": "The port authority set the new dues.", "authors": ["lena-haddad"]})),
        )
        .await;
    let draft_id = draft["id"].as_i64().unwrap();
    browser
        .goto(&s.url(&format!("/admin/articles/{draft_id}/preview")))
        .await;
    assert_eq!(
        browser.text("h1.article-title").await,
        "Harbour dues to rise in April"
    );
    assert!(browser.text(".preview-banner").await.contains("Preview"));

    // The list, filtered by region.
    browser.goto(&s.url("/admin/articles")).await;
    let list = browser.text("#articles").await;
    assert!(list.contains("Night ferries return to the outer isles"));
    assert!(list.contains("Strait Courier"));
    browser.screenshot("admin-articles").await;
    browser
        .wait_for("#f-region")
        .await
        .select_by_value("orkney")
        .await
        .unwrap();
    browser.click("#filter").await;
    let filtered = browser.text("#articles").await;
    assert!(filtered.contains("Night ferries return"));
    assert!(!filtered.contains("Dockers vote"), "{filtered}");
}

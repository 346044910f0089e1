//! The management pages in a real browser: an administrator creates a source with its own
//! copyright line and sees the example, nests a region, and changes the footer of the public
//! site from the settings. Screenshots go to `target/screenshots`. Skipped where Chromium is not
//! installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::browser::fantoccini::Locator;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use serde_json::json;

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "gulls over the breakwater";

#[tokio::test]
async fn an_administrator_manages_sources_regions_and_settings() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    // A newsroom's worth of entries, so the lists look like a day's work.
    for (slug, name, home) in [
        (
            "harbour-dispatch",
            "Harbour Dispatch",
            "https://harbourdispatch.example",
        ),
        (
            "levant-ledger",
            "Levant Ledger",
            "https://levantledger.example",
        ),
    ] {
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/sources",
                Some(json!({"slug": slug, "name": name, "home_url": home, "trusted": slug == "levant-ledger", "allow_republish": true})),
            )
            .await;
        assert_eq!(status, 201);
    }
    for (slug, name, parent) in [
        ("mena", "Middle East & North Africa", None),
        ("europe", "Europe", None),
        ("iraq", "Iraq", Some("mena")),
        ("egypt", "Egypt", Some("mena")),
        ("balkans", "The Balkans", Some("europe")),
    ] {
        let (status, _) = s
            .admin(
                Method::POST,
                "/api/v1/admin/regions",
                Some(json!({"slug": slug, "name": name, "parent": parent})),
            )
            .await;
        assert_eq!(status, 201);
    }

    // Tall enough that a whole edit form is in the screenshots.
    browser.client().set_window_size(1360, 1150).await.unwrap();
    browser.goto(&s.url("/admin/sources")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#entry-form").await;
    assert!(browser.current_url().await.ends_with("/admin/sources"));

    // A source with its own copyright line; the saved page shows the line an article carries.
    browser.fill("#name", "Strait Courier").await;
    browser
        .fill("#home_url", "https://straitcourier.example")
        .await;
    browser
        .fill(
            "#copyright_template",
            "© {year} {source}. By {authors}; republished with permission.",
        )
        .await;
    browser
        .fill(
            "#reprint_terms",
            "Credit the Courier and link to the original within the first paragraph.",
        )
        .await;
    browser.click("#canonical_to_original").await;
    browser.click("#save").await;
    let example = browser.text("#copyright-example").await;
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        example.contains(&format!(
            "© {year} Strait Courier. By Amal Rahim, Jo Park; republished with permission."
        )),
        "{example}"
    );
    assert!(
        browser
            .current_url()
            .await
            .contains("/admin/sources/strait-courier")
    );
    browser
        .fill("#feed-url", "https://straitcourier.example/feed.xml")
        .await;
    browser.click("#add-feed").await;
    assert!(
        browser
            .text("#feed-list")
            .await
            .contains("https://straitcourier.example/feed.xml")
    );
    // From the top, as an editor opening the source sees it.
    browser.goto(&s.url("/admin/sources/strait-courier")).await;
    browser.wait_for("#copyright-example").await;
    browser.screenshot("admin-sources").await;

    // A region nested inside another, shown indented under it.
    browser.click("a[href='/admin/regions']").await;
    browser.fill("#name", "Basra").await;
    browser
        .wait_for("#parent")
        .await
        .select_by_value("iraq")
        .await
        .unwrap();
    browser.click("#save").await;
    assert!(browser.text("#notice").await.contains("Created"));
    let list = browser.text("#list").await;
    let (iraq, basra) = (list.find("Iraq").unwrap(), list.find("Basra").unwrap());
    assert!(iraq < basra, "Basra is listed under Iraq: {list}");
    let tax = s.app.taxonomy().all().await.unwrap();
    let iraq_id = tax.region_by_slug("iraq").unwrap().id;
    assert_eq!(
        tax.region_by_slug("basra").unwrap().parent_id,
        Some(iraq_id)
    );
    browser.screenshot("admin-regions").await;

    // The settings change what every public page carries.
    browser.click("a[href='/admin/settings']").await;
    browser.fill("#name", "The Meridian Review").await;
    browser
        .fill(
            "#footer_copyright",
            "© 2026 The Meridian Review. Independent since 2009.",
        )
        .await;
    browser
        .fill("#media_contact", "press@meridian.example")
        .await;
    browser
        .fill("#disclaimer", "Authors are responsible for their articles. Republished pieces appear with their outlets' permission.")
        .await;
    browser.fill("#social_label_0", "Mastodon").await;
    browser
        .fill("#social_url_0", "https://social.example/@meridian")
        .await;
    browser.click("#save").await;
    assert!(browser.text("#notice").await.contains("Saved"));
    assert_eq!(
        browser
            .client()
            .find(Locator::Css("#social_url_0"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("https://social.example/@meridian")
    );
    browser.screenshot("admin-settings").await;
    // A mistyped admin address keeps the admin around the reader, at both widths.
    browser.goto(&s.url("/admin/setings")).await;
    browser.wait_for("#admin-not-found").await;
    browser.screenshot("admin-not-found-1366").await;
    browser.client().set_window_size(390, 844).await.unwrap();
    browser.goto(&s.url("/admin/setings")).await;
    browser.wait_for("#admin-not-found").await;
    browser.screenshot("admin-not-found-390").await;
    browser.client().set_window_size(1360, 1150).await.unwrap();
    browser.goto(&s.url("/")).await;
    let footer = browser.text("footer").await;
    assert!(
        footer.contains("© 2026 The Meridian Review. Independent since 2009."),
        "{footer}"
    );
}

/// A report's order used to be typed as slugs. Now its articles are a list: reordered with the
/// keyboard through each row's arrows, by dragging, and added by title; saving keeps the order.
#[tokio::test]
async fn a_report_is_ordered_by_keyboard_by_drag_and_by_title() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let titles = [
        ("dam-first-turbine", "The first turbine turns at the dam"),
        ("dam-villages-moved", "Villages moved for the reservoir"),
        (
            "dam-downstream-farms",
            "Downstream, the farms wait for water",
        ),
        ("dam-who-pays", "Who pays for the dam"),
    ];
    for (slug, title) in titles {
        let (status, a) = s
            .admin(
                Method::POST,
                "/api/v1/admin/articles",
                Some(json!({"slug": slug, "title": title, "body": "Reported along the river."})),
            )
            .await;
        assert_eq!(status, 201, "{a}");
    }
    let (status, r) = s
        .admin(
            Method::POST,
            "/api/v1/admin/reports",
            Some(json!({"slug": "the-dam", "title": "The dam", "articles": ["dam-first-turbine", "dam-villages-moved", "dam-downstream-farms"]})),
        )
        .await;
    assert_eq!(status, 201, "{r}");

    browser.goto(&s.url("/admin/reports/the-dam")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#order-list li").await;
    let order = |browser: &Browser| {
        let client = browser.client().clone();
        async move {
            client
                .execute(
                    "return Array.from(document.querySelectorAll('#order-list li')).map(li => li.getAttribute('data-slug'));",
                    vec![],
                )
                .await
                .unwrap()
        }
    };
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-first-turbine",
            "dam-villages-moved",
            "dam-downstream-farms"
        ])
    );
    assert!(
        browser
            .text("#order-list")
            .await
            .contains("Villages moved for the reservoir"),
        "titles, not only slugs"
    );
    // The slug text field is the fallback without the script; with it, it is out of sight.
    let hidden = browser
        .client()
        .execute(
            "return document.getElementById('articles').closest('.field').hidden;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(hidden, json!(true));

    // From the keyboard: focus the first row's "down" arrow and press Enter; the focus stays on
    // the moved article's arrow, so pressing again moves it further.
    browser
        .client()
        .execute(
            "document.querySelector('#order-list li [data-move=down]').focus();",
            vec![],
        )
        .await
        .unwrap();
    let active = browser.client().active_element().await.unwrap();
    active.send_keys("\u{E007}").await.unwrap();
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-villages-moved",
            "dam-first-turbine",
            "dam-downstream-farms"
        ])
    );
    assert!(
        browser
            .text("#order-status")
            .await
            .contains("is now number 2 of 3")
    );
    let again = browser.client().active_element().await.unwrap();
    again.send_keys("\u{E007}").await.unwrap();
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-villages-moved",
            "dam-downstream-farms",
            "dam-first-turbine"
        ])
    );

    // By dragging: the last row dropped on the first.
    browser
        .client()
        .execute(
            "const rows = document.querySelectorAll('#order-list li');\
             const data = new DataTransfer();\
             rows[2].dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));\
             rows[0].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));\
             rows[0].dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-first-turbine",
            "dam-villages-moved",
            "dam-downstream-farms"
        ])
    );

    // Added by its title.
    browser.fill("#order-add", "Who pays for the dam").await;
    browser.click("#order-add-button").await;
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-first-turbine",
            "dam-villages-moved",
            "dam-downstream-farms",
            "dam-who-pays"
        ])
    );
    browser.screenshot("admin-report-order").await;
    browser.client().set_window_size(390, 844).await.unwrap();
    let fits = browser
        .client()
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits, json!(true), "the page keeps to a phone's width");
    browser.screenshot("admin-report-order-390").await;
    browser.client().set_window_size(1366, 900).await.unwrap();

    // Saved: the page comes back from what is stored, in the new order.
    browser.click("#save").await;
    browser.wait_for("#notice").await;
    browser.wait_for("#order-list li").await;
    assert_eq!(
        order(&browser).await,
        json!([
            "dam-first-turbine",
            "dam-villages-moved",
            "dam-downstream-farms",
            "dam-who-pays"
        ])
    );
    let text = browser
        .client()
        .execute("return document.getElementById('articles').value;", vec![])
        .await
        .unwrap();
    assert_eq!(
        text,
        json!("dam-first-turbine\ndam-villages-moved\ndam-downstream-farms\ndam-who-pays")
    );
}

//! The admin in a real browser: an editor signs in, imports a partner's article with the Import
//! button, and publishes an item a partner feed brought from the review queue. Screenshots of
//! the pages go to `target/screenshots`. Skipped where Chromium is not installed.

use std::time::Duration;

use gazette_testkit::browser::Browser;
use gazette_testkit::partner::PartnerSite;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use serde_json::json;

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "harbour lights at eight";

fn page(title: &str, first: &str) -> String {
    format!(
        "<html lang=\"en\"><head><title>{title}</title><meta property=\"og:site_name\" content=\"Strait Courier\"></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article><h1>{title}</h1>\
         <p>{first}</p>\
         <p>The island council will review the arrangement in the spring, when the operator publishes its first season of figures and the crews' rota is settled for the summer.</p>\
         </article><footer>© Strait Courier</footer></body></html>"
    )
}

#[tokio::test]
async fn an_editor_imports_with_the_button_and_publishes_from_the_review_queue() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start_with(Backend::Sqlite, |c| {
        c.syndication.allow_private = vec!["127.0.0.1".into()]
    })
    .await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let partner = PartnerSite::start().await;
    partner.put_html(
        "/ferries",
        &page("Night ferries return", "The night ferry across the strait runs again from Monday, after a winter in which the crossing closed at dusk."),
    );
    partner.put_html(
        "/quay",
        &page("A new quay for the island", "Work on the island's new quay starts in March and is paid for by a harbour levy agreed last year."),
    );
    // A partner feed whose one item waits in the review queue.
    let (status, _) = s
        .admin(
            Method::POST,
            "/api/v1/admin/sources",
            Some(json!({"slug": "strait-courier", "name": "Strait Courier", "home_url": partner.url("/")})),
        )
        .await;
    assert_eq!(status, 201);
    let feed = format!(
        "<rss version=\"2.0\"><channel><title>Courier</title><item><title>Quay</title><link>{}</link><guid>q1</guid></item></channel></rss>",
        partner.url("/quay")
    );
    partner.put("/feed.xml", "application/rss+xml", feed);
    s.admin(
        Method::POST,
        "/api/v1/admin/sources/strait-courier/feeds",
        Some(json!({"url": partner.url("/feed.xml")})),
    )
    .await;
    for _ in 0..100 {
        let (_, queue) = s
            .admin(Method::GET, "/api/v1/admin/imports/queue", None)
            .await;
        if queue.as_array().is_some_and(|q| !q.is_empty()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Signing in from the admin's address lands back on the page asked for.
    browser.goto(&s.url("/admin/imports")).await;
    browser.wait_for("#email").await;
    browser.screenshot("admin-sign-in").await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", "a wrong password").await;
    browser.click("button[type=submit]").await;
    assert!(
        browser
            .text("#sign-in-error")
            .await
            .contains("do not match")
    );
    assert_eq!(
        browser
            .client()
            .find(gazette_testkit::browser::fantoccini::Locator::Css("#email"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some(EMAIL),
        "the address typed is kept"
    );
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#url").await;
    assert!(browser.current_url().await.ends_with("/admin/imports"));
    assert!(
        browser
            .text("#queue")
            .await
            .contains("A new quay for the island")
    );
    browser.screenshot("admin-imports").await;

    // A bad address is shown next to the field, with what was typed.
    browser.fill("#url", "ftp://files.example/story").await;
    browser.click("#import").await;
    assert!(
        browser
            .text("#url-error")
            .await
            .contains("not a valid http(s) URL")
    );
    browser.screenshot("admin-imports-refused").await;

    // The Import button makes the draft.
    browser.fill("#url", &partner.url("/ferries")).await;
    browser.click("#import").await;
    let result = browser.text("#import-result").await;
    assert!(result.contains("Imported as a new draft"), "{result}");
    assert!(result.contains("Night ferries return"), "{result}");
    browser.screenshot("admin-import-result").await;
    let (_, list) = s
        .admin(Method::GET, "/api/v1/admin/articles?status=draft", None)
        .await;
    let titles: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Night ferries return"), "{list}");

    // Publishing from the queue puts the feed's item on the public site.
    // The queue is gone from the page that comes back once the item is published (waiting
    // for `#url` alone passed on the page before the post had answered).
    browser.click("#queue button[type=submit]").await;
    browser.wait_gone("#queue").await;
    browser.wait_for("#url").await;
    let (_, published) = s
        .admin(Method::GET, "/api/v1/admin/articles?status=published", None)
        .await;
    let slug = published["items"][0]["slug"].as_str().unwrap().to_owned();
    assert_eq!(published["items"][0]["title"], "A new quay for the island");
    browser.goto(&s.url(&format!("/{slug}"))).await;
    assert_eq!(
        browser.text("h1.article-title").await,
        "A new quay for the island"
    );
    assert!(
        browser
            .client()
            .source()
            .await
            .unwrap()
            .contains(&partner.url("/quay")),
        "the original is credited"
    );
}

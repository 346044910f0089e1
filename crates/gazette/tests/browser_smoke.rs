//! The public site in a real browser: a reader finds a published article on the home page and
//! follows its link. Skipped where Chromium is not installed (see `gazette_testkit::browser`).

use gazette_testkit::browser::Browser;
use gazette_testkit::browser::fantoccini::Locator;
use gazette_testkit::{Backend, TestServer};
use serde_json::json;

#[tokio::test]
async fn a_reader_follows_the_home_page_link_to_a_published_article() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    let title = "Harbour strike enters third week";
    let article = s
        .add_published(json!({"title": title, "body": "Dockers *stayed out* again on Monday."}))
        .await;
    let slug = article["slug"]
        .as_str()
        .expect("a published article has a slug");

    browser.goto(&s.url("/")).await;
    // By its link text, so the title must be a link and rendered, not merely in the markup.
    let link = browser
        .client()
        .find(Locator::LinkText(title))
        .await
        .unwrap_or_else(|e| panic!("no link reading {title:?} on the home page: {e}"));
    assert!(
        link.is_displayed()
            .await
            .expect("the link can be inspected"),
        "the link to {title:?} is hidden"
    );

    browser
        .click(&format!(".card-title a[href$=\"/{slug}\"]"))
        .await;
    assert_eq!(browser.current_url().await, s.url(&format!("/{slug}")));
    assert_eq!(browser.text("h1.article-title").await, title);
    let shot = browser.screenshot("public-article").await;
    assert!(shot.exists(), "{}", shot.display());
}

//! Reviewing a translation in a real browser: an editor opens an article's translations, sees
//! French made by the engine, corrects its title side by side with the original, saves it as
//! reviewed, and finds the reviewed page on the public site; a right-to-left language's fields
//! are laid out right to left. Screenshots go to `target/screenshots`. Skipped where Chromium
//! is not installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::libretranslate::LibreTranslate;
use gazette_testkit::{Backend, TestServer};
use serde_json::json;

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "a red pen for the proofs";

#[tokio::test]
async fn an_editor_reviews_a_machine_translation_side_by_side() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let fake = LibreTranslate::start().await;
    let s = TestServer::start_with(Backend::Sqlite, |c| {
        c.translation = fake.settings(&["fr", "ar"]);
    })
    .await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let (id, slug) = s
        .publish_new(json!({
            "title": "Ferry routes reopen after the storm",
            "standfirst": "Islanders return to the mainland markets.",
            "body_format": "html",
            "body": "<p>The first ferry left at dawn with <em>forty</em> passengers.</p><p>The port authority expects full service by Friday.</p>",
        }))
        .await;
    for lang in ["fr", "ar"] {
        s.wait_for_translation(id, lang, |t| t["available"] == true)
            .await;
    }

    browser.client().set_window_size(1360, 1100).await.unwrap();
    browser.goto(&s.url(&format!("/admin/articles/{id}"))).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#translations-link").await;
    browser.click("#translations-link").await;
    browser.wait_for("#translations").await;
    let fr_row = browser.text("tr[data-lang=fr]").await;
    assert!(fr_row.contains("machine"), "{fr_row}");
    assert!(fr_row.contains("libre"), "{fr_row}");
    browser.screenshot("admin-translations").await;

    browser.click("tr[data-lang=fr] td.actions a").await;
    browser.wait_for("#translation-form").await;
    assert_eq!(
        browser.text("#original-title").await,
        "Ferry routes reopen after the storm"
    );
    browser
        .fill(
            "#title",
            "Les liaisons en ferry reprennent après la tempête",
        )
        .await;
    browser.click("#reviewed").await;
    browser.screenshot("admin-translation-edit").await;
    browser.click("#save-translation").await;
    browser.wait_for("#translation-notice").await;
    assert!(
        browser
            .text("#translation-state")
            .await
            .contains("reviewed by the newsroom")
    );

    let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
    assert!(
        page.contains("Les liaisons en ferry reprennent après la tempête"),
        "{page}"
    );
    assert!(page.contains("translation-reviewed"), "{page}");

    // Arabic's fields are written right to left.
    browser
        .goto(&s.url(&format!("/admin/articles/{id}/translations/ar")))
        .await;
    let pane = browser.wait_for("section.translated").await;
    assert_eq!(pane.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    let direction = browser
        .client()
        .execute(
            "return getComputedStyle(document.querySelector('#title')).direction",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(direction, json!("rtl"));
}

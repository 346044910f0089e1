//! The morning newsletter prepared in a real browser, as an editor does it: two articles picked
//! by title and put in order from the keyboard, the introduction written, the email previewed
//! in its own tab, a test sent to the editor through the real SMTP server, and the edition sent.
//! Every newsletter page is photographed at 1366 and 390 px wide (`target/screenshots`), and
//! none is wider than a phone's screen. Skipped where Chromium is not installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{Backend, TestServer};
use serde_json::json;

use crate::newsletter::{mail_to, publication, server};

const EDITOR: &str = "morning.editor@test.example";
const PASSWORD: &str = "coffee before the first edition";

/// Screenshots of the page as it is, at a laptop's width and at a phone's; at the phone's,
/// nothing may be wider than the screen.
async fn photograph(browser: &Browser, name: &str, check_width: bool) {
    browser.client().set_window_size(1366, 1000).await.unwrap();
    browser.screenshot(name).await;
    browser.client().set_window_size(390, 844).await.unwrap();
    if check_width {
        let fits = browser
            .client()
            .execute(
                "return document.documentElement.scrollWidth <= window.innerWidth;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(fits, json!(true), "{name} keeps to a phone's width");
    }
    browser.screenshot(&format!("{name}-390")).await;
    browser.client().set_window_size(1366, 1000).await.unwrap();
}

/// The slugs in the edition's articles field, which the ordering list writes.
async fn order(browser: &Browser) -> serde_json::Value {
    browser
        .client()
        .execute(
            "return document.getElementById('articles').value.split('\\n').filter(Boolean);",
            vec![],
        )
        .await
        .unwrap()
}

async fn start(s: &TestServer) {
    s.app
        .users()
        .add(gazette_app::NewUser {
            email: EDITOR.into(),
            name: "Noor Editor".into(),
            role: gazette_domain::Role::Editor,
        })
        .await
        .unwrap();
    s.app
        .sessions()
        .set_password(EDITOR, PASSWORD)
        .await
        .unwrap();
    s.app
        .newsletters()
        .import_subscribers(
            "daily",
            ["early.reader@example.org", "late.reader@example.org"].map(String::from),
            "",
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn an_editor_prepares_and_sends_the_morning_newsletter() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let smtp = SmtpServer::start();
    let s = server(Backend::Sqlite, &smtp).await;
    publication(&s).await;
    start(&s).await;

    browser.client().set_window_size(1366, 1000).await.unwrap();
    browser.goto(&s.url("/admin/newsletters")).await;
    browser.fill("#email", EDITOR).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#list").await;
    assert!(browser.text("#list").await.contains("The Daily"));
    photograph(&browser, "admin-newsletters", true).await;

    // The daily's settings, then its next edition.
    browser
        .click("#list a[href='/admin/newsletters/daily']")
        .await;
    browser.wait_for("nav.tabs").await;
    photograph(&browser, "admin-newsletter-settings", true).await;
    browser
        .click("nav.tabs a[href='/admin/newsletters/daily/next']")
        .await;
    browser.wait_for("#order-add").await;

    // Two articles picked by their titles: one with the Add button, one with Enter.
    browser.fill("#order-add", "A river of debts").await;
    browser.click("#order-add-button").await;
    browser.fill("#order-add", "Salt flats and lithium").await;
    browser
        .wait_for("#order-add")
        .await
        .send_keys("\u{E007}")
        .await
        .unwrap();
    assert_eq!(
        order(&browser).await,
        json!(["river-of-debts", "salt-flats"])
    );
    assert!(
        browser
            .text("#order-list")
            .await
            .contains("Salt flats and lithium")
    );

    // Salt flats leads: its "up" arrow, from the keyboard.
    browser
        .client()
        .execute(
            "document.querySelectorAll('#order-list li')[1].querySelector('[data-move=up]').focus();",
            vec![],
        )
        .await
        .unwrap();
    let active = browser.client().active_element().await.unwrap();
    active.send_keys("\u{E007}").await.unwrap();
    assert_eq!(
        order(&browser).await,
        json!(["salt-flats", "river-of-debts"])
    );
    assert!(
        browser
            .text("#order-status")
            .await
            .contains("is now number 1 of 2")
    );

    browser.fill("#subject", "Salt, debts and the river").await;
    browser
        .fill(
            "#intro",
            "**Good morning.** Two stories from the delta today.",
        )
        .await;
    browser.click("#save").await;
    assert!(browser.text("#notice").await.contains("Saved."));
    browser.wait_for("#order-list li").await;
    assert_eq!(
        order(&browser).await,
        json!(["salt-flats", "river-of-debts"])
    );
    photograph(&browser, "admin-newsletter-edition", true).await;

    // The preview opens in its own tab, as the email is rendered for sending.
    let before = browser.client().windows().await.unwrap();
    browser.click("#preview-en").await;
    let mut preview = None;
    for _ in 0..100 {
        let now = browser.client().windows().await.unwrap();
        if let Some(new) = now.into_iter().find(|w| !before.contains(w)) {
            preview = Some(new);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let editor_tab = browser.client().window().await.unwrap();
    browser
        .client()
        .switch_to_window(preview.expect("the preview opens a tab"))
        .await
        .unwrap();
    let email = browser.text("body").await;
    let (salt, river) = (
        email.find("Salt flats and lithium").unwrap(),
        email.find("A river of debts").unwrap(),
    );
    assert!(salt < river, "the editor's order: {email}");
    assert!(email.contains("Good morning. Two stories from the delta today."));
    photograph(&browser, "admin-newsletter-preview", false).await;
    browser.client().close_window().await.unwrap();
    browser.client().switch_to_window(editor_tab).await.unwrap();

    // A test, to the editor alone.
    browser.click("#send-test").await;
    assert!(
        browser
            .text("#notice")
            .await
            .contains("A test went to your address")
    );
    let test = mail_to(&smtp, EDITOR, 1).await.pop().unwrap();
    assert_eq!(test.subject(), "[Test] Salt, debts and the river");
    assert_eq!(smtp.count(), 1, "nobody else got it");

    // Sent, after the tick.
    browser.click("#confirm-send").await;
    browser.click("#send-now").await;
    browser.wait_for("#progress").await;
    mail_to(&smtp, "early.reader@example.org", 1).await;
    mail_to(&smtp, "late.reader@example.org", 1).await;
    let url = browser.current_url().await;
    for _ in 0..100 {
        browser.goto(&url).await;
        if browser.text("#sent").await == "2" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(browser.text("#sent").await, "2");
    photograph(&browser, "admin-newsletter-delivery", true).await;
    browser
        .click("nav.tabs a[href='/admin/newsletters/daily/editions']")
        .await;
    assert!(
        browser
            .text("#editions")
            .await
            .contains("Salt, debts and the river")
    );
    photograph(&browser, "admin-newsletter-editions", true).await;

    // The subscribers, searched.
    browser.goto(&s.url("/admin/subscribers")).await;
    browser.fill("#q", "early").await;
    browser.click("#filter").await;
    let list = browser.text("#subscribers").await;
    assert!(list.contains("early.reader@example.org") && !list.contains("late.reader"));
    browser.goto(&s.url("/admin/subscribers")).await;
    browser.wait_for("#subscribers").await;
    photograph(&browser, "admin-subscribers", true).await;
}

//! The media library in a real browser: an editor signs in, uploads images through the form's
//! file field, sees them in the library with their sizes and the path to copy, and is told when
//! a file is not an image. Screenshot `admin-media` goes to `target/screenshots`. Skipped where
//! Chromium is not installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::browser::fantoccini::Locator;
use gazette_testkit::{Backend, TestServer};
use image::{ImageFormat, Rgb, RgbImage};

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "contact sheets and loupes";

/// A landscape-ish picture: sky, sea and a low sun, so the screenshot shows real thumbnails.
fn scene(w: u32, h: u32, hue: u8) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let horizon = h * 3 / 5;
        let (cx, cy) = (w * 2 / 3, horizon - h / 10);
        let d2 = (x as i64 - cx as i64).pow(2) + (y as i64 - cy as i64).pow(2);
        if d2 < i64::from(h / 9).pow(2) {
            Rgb([250, 200, 90])
        } else if y < horizon {
            let t = (y * 255 / horizon) as u8;
            Rgb([
                120u8.saturating_add(t / 2),
                150u8.saturating_sub(hue / 3),
                230 - t / 3,
            ])
        } else {
            let t = ((y - horizon) * 255 / (h - horizon)) as u8;
            Rgb([
                20,
                70u8.saturating_add(hue / 4),
                120u8.saturating_sub(t / 3),
            ])
        }
    })
}

/// Sends `path` to the form's file field (WebDriver types a path into `<input type=file>`).
async fn choose_file(browser: &Browser, path: &std::path::Path) {
    browser
        .wait_for("#file")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .expect("the file field takes a path");
}

#[tokio::test]
async fn an_editor_uploads_an_image_and_finds_it_in_the_library() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let files = tempfile::tempdir().unwrap();
    let harbour = files.path().join("harbour-at-dusk.jpg");
    scene(1600, 1000, 40)
        .save_with_format(&harbour, ImageFormat::Jpeg)
        .unwrap();
    let estuary = files.path().join("estuary.png");
    scene(900, 600, 160)
        .save_with_format(&estuary, ImageFormat::Png)
        .unwrap();
    let notes = files.path().join("notes.jpg");
    std::fs::write(&notes, "not a picture at all").unwrap();

    browser.goto(&s.url("/admin/media")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#file").await;
    assert!(browser.current_url().await.ends_with("/admin/media"));
    assert!(browser.text("main").await.contains("No images yet"));

    choose_file(&browser, &harbour).await;
    browser
        .fill("#alt", "Fishing boats in the harbour at dusk")
        .await;
    browser.click("#upload").await;
    assert!(browser.text("#upload-result").await.contains("Uploaded"));

    choose_file(&browser, &estuary).await;
    browser.fill("#alt", "The estuary at low tide").await;
    browser.click("#upload").await;
    assert!(browser.text("#upload-result").await.contains("Uploaded"));

    let library = browser.text("#library").await;
    // Descriptions are in their edit fields now.
    let descriptions = browser
        .client()
        .execute(
            "return Array.from(document.querySelectorAll('#library input[name=alt]')).map(i => i.value);",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        descriptions
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("Fishing boats in the harbour at dusk")),
        "{descriptions}"
    );
    assert!(
        library.contains("harbour-at-dusk.jpg · 1600×1000"),
        "{library}"
    );
    let images = browser
        .client()
        .find_all(Locator::Css("#library img"))
        .await
        .unwrap();
    assert_eq!(images.len(), 2);
    // Newest first, and the browser really loaded the thumbnail.
    assert_eq!(
        images[0].attr("alt").await.unwrap().as_deref(),
        Some("The estuary at low tide")
    );
    let mut loaded = false;
    for _ in 0..50 {
        let all = browser
            .client()
            .execute(
                "return Array.from(document.querySelectorAll('#library img')).every(i => i.complete && i.naturalWidth > 0)",
                vec![],
            )
            .await
            .unwrap();
        if all == serde_json::Value::Bool(true) {
            loaded = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(loaded, "the thumbnails did not load");
    let copy = browser
        .client()
        .find(Locator::Css("#library li:last-child input.copy"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        copy.starts_with("/media/") && copy.ends_with("-1600.jpg"),
        "{copy}"
    );
    browser.screenshot("admin-media").await;

    // Not an image: the message is next to the field and the alt text typed is kept.
    choose_file(&browser, &notes).await;
    browser.fill("#alt", "Meeting notes").await;
    browser.click("#upload").await;
    assert!(
        browser
            .text("#file-error")
            .await
            .contains("not a JPEG, PNG, WebP or GIF image")
    );
    assert_eq!(
        browser
            .wait_for("#alt")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Meeting notes")
    );
    browser.screenshot("admin-media-refused").await;
}

//! The article editor in a real browser: an editor signs in, writes a republished article with
//! its source, original date, two regions (one found by typing part of its name), a theme, a
//! report and a featured image uploaded from the editor (watching the live preview), schedules
//! it, publishes it, finds it on the public site with everything shown, edits it and restores the
//! first revision. Screenshots go to `target/screenshots`. Skipped where Chromium is not
//! installed.

use gazette_testkit::browser::Browser;
use gazette_testkit::browser::fantoccini::Locator;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use image::{ImageFormat, Rgb, RgbImage};
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

/// A ferry at night: dark water, a lit hull and a row of portholes, so the thumbnails and the
/// public page show a picture rather than noise.
fn night_ferry(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let waterline = h * 2 / 3;
        let hull = x > w / 5 && x < w * 4 / 5 && y > waterline - h / 8 && y < waterline;
        let porthole =
            hull && y > waterline - h / 12 && y < waterline - h / 24 && (x / 40) % 2 == 0;
        if porthole {
            Rgb([255, 214, 120])
        } else if hull {
            Rgb([230, 232, 236])
        } else if y < waterline {
            let glow = (y * 60 / waterline) as u8;
            Rgb([12 + glow / 2, 20 + glow / 2, 48 + glow])
        } else {
            let ripple = ((x + y * 3) % 29 < 3) as u8 * 30;
            Rgb([10 + ripple, 28 + ripple, 52 + ripple])
        }
    })
}

/// Runs `script` (a boolean expression) until it holds, for up to five seconds.
async fn eventually(browser: &Browser, script: &str, what: &str) {
    for _ in 0..50 {
        let held = browser
            .client()
            .execute(&format!("return !!({script});"), vec![])
            .await
            .unwrap();
        if held == Value::Bool(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{what}: `{script}` never held");
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
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    seed(&s).await;
    let files = tempfile::tempdir().unwrap();
    let photo = files.path().join("night-ferry.jpg");
    night_ferry(1600, 1000)
        .save_with_format(&photo, ImageFormat::Jpeg)
        .unwrap();
    let notes = files.path().join("crossing-notes.jpg");
    std::fs::write(&notes, "timetable notes, not a picture").unwrap();

    // /admin lands on the dashboard once signed in; its menu leads to the articles.
    browser.goto(&s.url("/admin")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#calendar").await;
    assert!(browser.current_url().await.ends_with("/admin"));
    browser
        .click("header.bar nav a[href=\"/admin/articles\"]")
        .await;
    browser.wait_for("#articles").await;

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
    // Type-ahead: part of a region's name narrows the list to it; the choice shows as a chip.
    browser.fill("#regions-filter", "ork").await;
    eventually(
        &browser,
        "document.querySelector('input[value=shetland]').parentNode.hidden \
         && !document.querySelector('input[value=orkney]').parentNode.hidden",
        "typing narrows the regions",
    )
    .await;
    assert_eq!(browser.text("#regions-shown").await, "1 of 3 match");
    browser.click("input[name=regions][value=orkney]").await;
    assert_eq!(
        browser
            .text("#regions-chips")
            .await
            .trim_end_matches('×')
            .trim(),
        "North Sea › Orkney"
    );
    assert_eq!(
        value(&browser, "#regions-filter").await,
        "",
        "ready for the next one"
    );
    for css in [
        "input[name=authors][value=lena-haddad]",
        "input[name=regions][value=shetland]",
        "input[name=themes][value=transport]",
        "input[name=reports][value=island-lifelines]",
    ] {
        browser.click(css).await;
    }
    assert!(browser.text("#regions-chips").await.contains("Shetland"));
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
    // The featured image is uploaded from the editor. What is not an image is refused beside
    // the field, and nothing is filled in.
    browser
        .fill("#image_alt", "The night ferry leaving Lerwick harbour")
        .await;
    let upload = |path: std::path::PathBuf| {
        let browser = &browser;
        async move {
            browser
                .wait_for("#image_file")
                .await
                .send_keys(path.to_str().unwrap())
                .await
                .expect("the file field takes a path");
        }
    };
    upload(notes.clone()).await;
    eventually(
        &browser,
        "document.getElementById('image-upload-status').textContent.indexOf('not a JPEG') >= 0",
        "the refusal is shown",
    )
    .await;
    assert_eq!(value(&browser, "#image_src").await, "");
    upload(photo.clone()).await;
    eventually(
        &browser,
        "document.getElementById('image_src').value.indexOf('/media/') === 0",
        "the upload fills the field",
    )
    .await;
    let src = value(&browser, "#image_src").await;
    assert!(src.ends_with("-1600.jpg"), "{src}");
    assert!(
        browser
            .text("#image-upload-status")
            .await
            .contains("Uploaded")
    );
    // The thumbnail shows the uploaded image, really loaded.
    eventually(
        &browser,
        "(function (i) { return !i.hidden && i.complete && i.naturalWidth > 0 \
           && i.src.indexOf('/media/') > 0; })(document.getElementById('image-thumb'))",
        "the thumbnail shows the upload",
    )
    .await;
    browser
        .fill("#image_caption", "The first night crossing since October.")
        .await;
    browser.fill("#image_credit", "Photo: Strait Courier").await;
    // The library picker lists it, chosen.
    browser.click("#image-picker summary").await;
    let chosen = browser
        .client()
        .find(Locator::Css("#image-picks button[aria-pressed=true]"))
        .await
        .expect("the upload is chosen in the picker");
    assert_eq!(browser.text("#image-picker-count").await, "1 image");
    assert_eq!(
        chosen.attr("value").await.unwrap().as_deref(),
        Some(src.as_str())
    );
    browser
        .client()
        .execute(
            "document.getElementById('image-card').scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
            vec![],
        )
        .await
        .unwrap();
    browser.screenshot("admin-article-image").await;
    browser.click("#save").await;
    // The autosave may have made it a draft already while it was being written.
    notice_saying(&browser, "Saved").await;
    let article = article_by_title(&s, "Night ferries return to the outer isles").await;
    let id = article["id"].as_i64().unwrap();
    let slug = article["slug"].as_str().unwrap().to_owned();
    let (_, article) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    // The first revision may be the autosave's, made while the title was typed; this is the
    // first with everything in it.
    let first_full = article["revision"].as_i64().unwrap();
    assert_eq!(article["original"]["date"], "2026-11-18", "{article}");
    assert_eq!(article["regions"].as_array().unwrap().len(), 2, "{article}");
    assert_eq!(article["image"]["src"], src.as_str(), "{article}");
    assert_eq!(
        article["image"]["alt"], "The night ferry leaving Lerwick harbour",
        "{article}"
    );
    // After the save the editor shows the saved image.
    assert_eq!(
        browser
            .wait_for("#image-thumb")
            .await
            .attr("src")
            .await
            .unwrap()
            .as_deref(),
        Some(src.as_str())
    );

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
    // The lead image is the upload, with every width for the browser to choose from.
    let lead = browser.wait_for(".lead-image img").await;
    assert_eq!(
        lead.attr("src").await.unwrap().as_deref(),
        Some(src.as_str())
    );
    let srcset = lead.attr("srcset").await.unwrap().unwrap_or_default();
    let widths: Vec<&str> = srcset
        .split(',')
        .filter_map(|c| c.split_whitespace().nth(1))
        .collect();
    assert!(widths.len() >= 3, "{srcset}");
    assert!(
        widths.contains(&"480w") && widths.contains(&"1600w"),
        "{srcset}"
    );
    assert_eq!(
        lead.attr("alt").await.unwrap().as_deref(),
        Some("The night ferry leaving Lerwick harbour")
    );
    assert!(
        browser
            .text(".lead-image figcaption")
            .await
            .contains("The first night crossing since October.")
    );
    eventually(
        &browser,
        "(function (i) { return i.complete && i.naturalWidth > 0; })(document.querySelector('.lead-image img'))",
        "the public page loads the lead image",
    )
    .await;
    browser.screenshot("public-article-image").await;
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

    // An edit of the live article stays out of sight until Update, which makes the next
    // revision; the editor shows it with its preview.
    let (_, before_edit) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    let live_revision = before_edit["revision"].as_i64().unwrap();
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
    notice_saying(&browser, "readers still see the live version").await;
    let (_, kept) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(kept["title"], "Night ferries return to the outer isles");
    assert_eq!(kept["revision"], live_revision);
    assert!(
        browser
            .text("#pending-notice")
            .await
            .contains("not live yet")
    );
    browser.click("#update").await;
    notice_saying(&browser, &format!("revision {}", live_revision + 1)).await;
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
    // On a live article the restored version comes back as changes to review.
    browser.click(&format!("#restore-{first_full}")).await;
    notice_saying(&browser, "changes to review").await;
    assert_eq!(
        value(&browser, "#title").await,
        "Night ferries return to the outer isles"
    );
    let (_, unchanged) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(
        unchanged["title"],
        "Night ferries return, with a new crew rota"
    );
    browser.click("#update").await;
    notice_saying(&browser, &format!("revision {}", live_revision + 2)).await;
    let (_, restored) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(restored["title"], "Night ferries return to the outer isles");
    assert_eq!(restored["revision"], live_revision + 2);
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

/// Issue 14: Ctrl+S saves as the Save button does, and a skip link, the first thing the
/// keyboard reaches, leads past the menus (it was 17 tabs to the title).
#[tokio::test]
async fn ctrl_s_saves_the_article_and_a_skip_link_leads_past_the_menus() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let draft = s
        .add_draft(json!({"title": "Tide tables for the winter", "body": "High water at dawn."}))
        .await;
    let id = draft["id"].as_i64().unwrap();
    browser.goto(&s.url(&format!("/admin/articles/{id}"))).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#title").await;

    // The skip link is the first stop of the keyboard and, once focused, on screen.
    let skip = browser
        .client()
        .execute(
            "const a = document.querySelector('a'); a.focus();\
             return [a.className, a.getAttribute('href'), a.getBoundingClientRect().left >= 0,\
                     document.getElementById('main') !== null];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(skip, json!(["skip-link", "#main", true, true]));
    browser.client().set_window_size(390, 844).await.unwrap();
    browser.screenshot("admin-skip-link-390").await;
    browser.client().set_window_size(1366, 900).await.unwrap();

    browser
        .fill("#title", "Tide tables for the whole winter")
        .await;
    browser
        .client()
        .find(Locator::Css("#title"))
        .await
        .unwrap()
        .send_keys("\u{E009}s\u{E000}")
        .await
        .unwrap();
    notice_saying(&browser, "revision 2").await;
    let (_, saved) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(saved["title"], "Tide tables for the whole winter");
}

/// The day-one data loss: on a new article, "Open the media library" then "Use in article" used
/// to open a blank editor. Now the editor keeps what is typed before it goes (a new article
/// becomes a draft), comes back with it and the image, Enter in the title submits nothing, and
/// a closed tab loses nothing either. On a phone the page keeps to the screen's width and Save
/// stays at the top while the form scrolls.
#[tokio::test]
async fn nothing_typed_is_lost_on_a_trip_to_the_media_library_or_a_closed_tab() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let mut photo = std::io::Cursor::new(Vec::new());
    night_ferry(800, 500)
        .write_to(&mut photo, ImageFormat::Jpeg)
        .unwrap();
    let uploaded = s
        .app
        .media()
        .upload(
            &gazette_app::Actor::System,
            "quay.jpg",
            "The quay at night",
            photo.into_inner(),
        )
        .await
        .unwrap();

    browser.goto(&s.url("/admin/articles/new")).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#title").await;
    browser.fill("#title", "Lamps relit along the quay").await;
    // Enter in the title used to submit the form and reload the page.
    browser
        .client()
        .find(Locator::Css("#title"))
        .await
        .unwrap()
        .send_keys("\u{E007}")
        .await
        .unwrap();
    browser
        .fill(
            "#body",
            "The council relit the **harbour lamps** on Friday.",
        )
        .await;
    assert!(browser.current_url().await.ends_with("/admin/articles/new"));
    browser.click("#image-library-link").await;
    browser.wait_for("#library").await;
    let library_url = browser.current_url().await;
    assert!(
        !library_url.contains("for=new"),
        "the library chooses for the draft the editor became: {library_url}"
    );
    browser.click(&format!("#use-{}", uploaded.item.id.0)).await;
    browser.wait_for("#title").await;
    assert_eq!(
        value(&browser, "#title").await,
        "Lamps relit along the quay"
    );
    assert_eq!(
        value(&browser, "#body").await,
        "The council relit the **harbour lamps** on Friday."
    );
    assert_eq!(value(&browser, "#image_src").await, uploaded.item.src);
    assert_eq!(value(&browser, "#image_alt").await, "The quay at night");
    notice_saying(&browser, "press Save to keep it").await;

    // Typing goes on; the autosave keeps it without a save. Closing the tab (here: leaving
    // for another page without saving) and coming back finds it in the form.
    browser
        .fill(
            "#body",
            "The council relit the **harbour lamps** on Friday. They stay on until dawn.",
        )
        .await;
    eventually(
        &browser,
        "document.getElementById('autosave-status').textContent.indexOf('Kept at') === 0",
        "the autosave says it kept the form",
    )
    .await;
    let edit_url = browser.current_url().await;
    let id = edit_url
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let (_, stored) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(stored["status"], "draft", "{stored}");
    browser.goto(&s.url("/admin/articles")).await;
    browser.goto(&s.url(&format!("/admin/articles/{id}"))).await;
    assert_eq!(
        value(&browser, "#body").await,
        "The council relit the **harbour lamps** on Friday. They stay on until dawn."
    );
    assert!(
        browser
            .text("#pending-notice")
            .await
            .contains("kept by autosave")
    );

    // An image in the text, chosen in a dialog over the editor, with its caption and credit.
    browser
        .client()
        .execute(
            "const b = document.getElementById('body'); b.focus(); b.selectionStart = b.selectionEnd = b.value.length;",
            vec![],
        )
        .await
        .unwrap();
    browser.click("#insert-image").await;
    browser
        .fill(
            "#body-image-caption",
            "Lamps along the north quay | Photo: Ana Ruiz",
        )
        .await;
    browser.screenshot("admin-editor-image-dialog").await;
    browser
        .click(&format!(
            "#body-picks button[data-src='{}']",
            uploaded.item.src
        ))
        .await;
    let figure_markdown = format!(
        "![The quay at night]({} \"Lamps along the north quay | Photo: Ana Ruiz\")",
        uploaded.item.src
    );
    assert!(
        value(&browser, "#body")
            .await
            .ends_with(&format!("\n\n{figure_markdown}\n\n")),
        "the image is on a line of its own at the cursor"
    );
    browser.wait_for("#preview-pane figure img").await;
    assert_eq!(
        browser.text("#preview-pane figcaption").await,
        "Lamps along the north quay Photo: Ana Ruiz"
    );

    // A phone: nothing wider than the screen, Save at the top and still there after scrolling.
    browser.client().set_window_size(390, 844).await.unwrap();
    let layout = browser
        .client()
        .execute(
            "window.scrollTo(0, 1800);\
             const b = document.getElementById('save-top').getBoundingClientRect();\
             return [document.documentElement.scrollWidth <= window.innerWidth,\
                     b.top >= 0 && b.bottom <= window.innerHeight && b.width > 0];",
            vec![],
        )
        .await
        .unwrap();
    browser.screenshot("admin-editor-390").await;
    let wide = browser
        .client()
        .execute(
            "return Array.from(document.querySelectorAll('body *'))\
               .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)\
               .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        layout,
        json!([true, true]),
        "width kept, Save in reach: {wide}"
    );
    browser
        .client()
        .execute("window.scrollTo(0, 0);", vec![])
        .await
        .unwrap();
    browser.screenshot("admin-editor-pending-390").await;
    browser.client().set_window_size(1366, 900).await.unwrap();
    browser.screenshot("admin-editor-pending").await;
    browser.click("#save").await;
    notice_saying(&browser, "Saved as revision 2").await;
    let (_, stored) = s
        .admin(Method::GET, &format!("/api/v1/admin/articles/{id}"), None)
        .await;
    assert_eq!(
        stored["body"],
        format!(
            "The council relit the **harbour lamps** on Friday. They stay on until dawn.\n\n{figure_markdown}\n\n"
        )
    );
    assert_eq!(stored["image"]["src"], uploaded.item.src.as_str());
}

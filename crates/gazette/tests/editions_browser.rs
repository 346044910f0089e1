//! Editions in real Chromium: the header's language menu at a laptop's and a phone's width, a
//! right-to-left edition laid out right to left, and the offer of the reader's language, made
//! from the browser's `Accept-Language`, never a redirect, and remembered once answered.

use gazette_testkit::browser::Browser;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use serde_json::{Value, json};

async fn translate(s: &TestServer, id: i64, lang: &str, title: &str) {
    let (status, out) = s
        .admin(
            Method::PATCH,
            &format!("/api/v1/admin/articles/{id}/translations/{lang}"),
            Some(json!({"title": title, "standfirst": title,
                "body_html": format!("<p>{title}</p>")})),
        )
        .await;
    assert_eq!(status, 200, "{lang}: {out}");
}

/// A site with one article in English, Spanish and Arabic, and one in English only.
async fn site() -> (TestServer, String) {
    let s = TestServer::start(Backend::Sqlite).await;
    s.add_region("iraq", "Iraq", None).await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    let (id, slug) = s
        .publish_new(json!({"title": "Harbour strike enters its third week",
            "standfirst": "Dockers stay out as talks stall.", "body": "The port is quiet.",
            "regions": ["iraq"], "authors": ["amal-rahim"]}))
        .await;
    s.publish_new(
        json!({"title": "Marshes dry up", "standfirst": "Reed beds shrink.",
        "body": "The water is gone.", "regions": ["iraq"], "authors": ["amal-rahim"]}),
    )
    .await;
    translate(
        &s,
        id,
        "es",
        "La huelga del puerto entra en su tercera semana",
    )
    .await;
    translate(&s, id, "ar", "إضراب الميناء يدخل أسبوعه الثالث").await;
    (s, slug)
}

/// Whether the page is wider than the window, and the element's box edges (left, right).
async fn layout(browser: &Browser, css: &str) -> Value {
    browser
        .client()
        .execute(
            "const el = document.querySelector(arguments[0]);\
             const r = el.getBoundingClientRect();\
             return [document.documentElement.scrollWidth > document.documentElement.clientWidth,\
                     r.left, r.right, document.documentElement.clientWidth,\
                     getComputedStyle(el).direction];",
            vec![json!(css)],
        )
        .await
        .unwrap()
}

async fn offers(browser: &Browser) -> usize {
    browser
        .client()
        .execute(
            "return document.querySelectorAll('.language-offer').length;",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap() as usize
}

#[tokio::test]
async fn the_language_menu_fits_a_laptop_and_a_phone_and_arabic_reads_right_to_left() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let (s, slug) = site().await;
    for (width, height) in [(1366, 900), (390, 844)] {
        browser
            .client()
            .set_window_size(width, height)
            .await
            .unwrap();
        for (path, name) in [
            ("/es/".to_owned(), "home-es"),
            ("/ar/".to_owned(), "home-ar"),
            (format!("/ar/{slug}"), "article-ar"),
            ("/es/region/iraq".to_owned(), "region-es"),
        ] {
            browser.goto(&s.url(&path)).await;
            browser.click(".language-menu > summary").await;
            let menu = browser.wait_for(".language-menu[open] .menu-panel").await;
            assert!(menu.is_displayed().await.unwrap(), "{path}");
            browser.screenshot(&format!("edition-{name}-{width}")).await;
            let l = layout(&browser, ".language-menu .menu-panel").await;
            assert_eq!(l[0], false, "{path} at {width} px is wider than the window");
            let (left, right, window) = (
                l[1].as_f64().unwrap(),
                l[2].as_f64().unwrap(),
                l[3].as_f64().unwrap(),
            );
            assert!(
                left >= 0.0 && right <= window,
                "{path} at {width} px: the open menu is inside the window ({left}..{right} of {window})"
            );
            // Arabic pages are laid out right to left: the masthead starts on the right.
            let masthead = layout(&browser, ".brand").await;
            if path.starts_with("/ar") {
                assert_eq!(masthead[4], "rtl", "{path}");
                assert!(
                    masthead[2].as_f64().unwrap() > window / 2.0,
                    "{path} at {width} px: the name sits on the right"
                );
            } else {
                assert_eq!(masthead[4], "ltr", "{path}");
            }
            // Choosing a language is a link to that edition's page.
            let spanish = browser
                .wait_for(".language-menu a[hreflang=\"es\"]")
                .await
                .attr("href")
                .await
                .unwrap()
                .unwrap();
            let site_path = path.trim_start_matches("/es").trim_start_matches("/ar");
            assert_eq!(spanish, s.url(&format!("/es{site_path}")), "{path}");
        }
    }
}

#[tokio::test]
async fn a_reader_is_offered_their_language_and_the_answer_is_remembered() {
    let (s, slug) = site().await;

    // A Spanish reader on the English page: offered Spanish, in Spanish, and not redirected.
    let Some(spanish) = Browser::start_reading(Some("es-MX,es,en")).await else {
        return;
    };
    spanish.goto(&s.url(&format!("/{slug}"))).await;
    let offer = spanish.wait_for(".language-offer a").await;
    assert_eq!(offer.text().await.unwrap(), "Leer esta página en español");
    assert_eq!(
        offer.attr("href").await.unwrap().unwrap(),
        s.url(&format!("/es/{slug}"))
    );
    assert_eq!(spanish.current_url().await, s.url(&format!("/{slug}")));
    spanish.screenshot("edition-offer-1366").await;
    spanish.client().set_window_size(390, 844).await.unwrap();
    spanish.screenshot("edition-offer-390").await;
    // Taken: the Spanish page offers nothing, and the English home now offers Spanish, the
    // reader's remembered choice.
    spanish.click(".language-offer a").await;
    spanish.wait_for("html[lang=\"es\"]").await;
    assert_eq!(offers(&spanish).await, 0);
    spanish.goto(&s.url("/")).await;
    spanish.wait_for(".language-offer").await;

    // A Spanish reader who declines stays on English pages without being asked again.
    let Some(declines) = Browser::start_reading(Some("es,en")).await else {
        return;
    };
    declines.goto(&s.url("/")).await;
    declines.wait_for(".language-offer").await;
    declines.click(".language-offer button").await;
    declines.wait_gone(".language-offer").await;
    declines.goto(&s.url(&format!("/{slug}"))).await;
    declines.wait_for("main h1").await;
    assert_eq!(offers(&declines).await, 0, "asked once only");

    // A French reader: no French edition, and English is in their list: nothing is offered.
    let Some(french) = Browser::start_reading(Some("fr,en")).await else {
        return;
    };
    french.goto(&s.url("/")).await;
    french.wait_for("main h1").await;
    assert_eq!(offers(&french).await, 0);
    // The server sent the same page to every reader: the offer is the browser's alone.
    let a = s.get("/").await.text().await.unwrap();
    let b = s
        .client
        .get(s.url("/"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(a, b);
}

//! The site's own words in the reader's language (issue 15, item 9): region, theme and report
//! names, a report's introduction and the settings readers see were left in English on a page
//! translated into Spanish. Now translating an article into a language gives that language the
//! site's texts too, with the same engine; an editor corrects one (reviewed, locked) and a
//! refresh after the originals change keeps it; an engine's markup never reaches what is
//! stored.
//!
//! Through a real Apertium APy (English to Spanish) when it is installed (else "SKIPPED", unless
//! `GAZETTE_REQUIRE_APERTIUM=1`); through the LibreTranslate fake for a hostile engine, which
//! must be made to misbehave on purpose. Screenshots of the admin's screens go to
//! `target/screenshots`.

use gazette_app::translations::{SettingText, SiteTextKey, SiteTexts};
use gazette_domain::{RegionId, ReportId, ThemeId};
use gazette_render::{CacheTag, CachedPage, PageKey, TagLang};
use gazette_testkit::admin::AdminClient;
use gazette_testkit::apertium::Apy;
use gazette_testkit::browser::Browser;
use gazette_testkit::libretranslate::{LibreTranslate, Mode};
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{Backend, TestServer, backends};
use serde_json::{Value, json};

const ADMIN: &str = "admin@test.example";
const PASSWORD: &str = "a desk by the window";

async fn start(backend: Backend, toml: &str) -> TestServer {
    let translation = gazette_app::Config::parse(toml)
        .expect("the translation section parses")
        .translation;
    TestServer::start_with(backend, |c| c.translation = translation).await
}

/// A region, a theme with a description, a report with an introduction, a newsletter, the
/// settings readers see, and an article filed under them; returns the article's id and the
/// taxonomy's ids.
async fn furnish(s: &TestServer) -> (i64, i64, i64, i64) {
    let (status, body) = s
        .admin(
            Method::PUT,
            "/api/v1/admin/settings",
            Some(json!({
                "name": "The Harbour Times",
                "tagline": "Independent reporting on money and the planet",
                "footer_copyright": "Our articles may be republished with credit.",
                "newsletter_blurb": "Get the best articles of the week in your inbox.",
            })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let create = |path: &'static str, body: Value| async move {
        let (status, made) = s
            .admin(Method::POST, &format!("/api/v1/admin/{path}"), Some(body))
            .await;
        assert_eq!(status, 201, "{path}: {made}");
    };
    create("regions", json!({"slug": "europe", "name": "Europe"})).await;
    create(
        "themes",
        json!({"slug": "environment", "name": "Environment",
               "description": "The water, the land and the animals of the world."}),
    )
    .await;
    create(
        "reports",
        json!({"slug": "water", "title": "The water of the cities",
               "introduction": "Who gets **the water**, who pays for it and who decides.",
               "articles": []}),
    )
    .await;
    create(
        "newsletters",
        json!({"slug": "weekly", "name": "The week of the planet",
               "description": "The best articles of the week, every Friday."}),
    )
    .await;
    let (id, _) = s
        .publish_new(json!({
            "title": "The new houses are very expensive",
            "standfirst": "The government published a report on Tuesday.",
            "body_format": "html",
            "body": "<p>The city will build new schools next year.</p>",
            "regions": ["europe"],
            "themes": ["environment"],
        }))
        .await;
    let tax = s.app.taxonomy().all().await.unwrap();
    (
        id,
        tax.region_by_slug("europe").unwrap().id.0,
        tax.theme_by_slug("environment").unwrap().id.0,
        tax.report_by_slug("water").unwrap().id.0,
    )
}

fn text_of<'a>(texts: &'a Value, key: &str) -> &'a Value {
    texts
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| t["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {texts:#}"))
}

async fn sign_in(s: &TestServer) -> AdminClient<'_> {
    s.app
        .sessions()
        .set_password(ADMIN, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, ADMIN, PASSWORD, "/admin/site-texts").await
}

/// A page in `lang` cached under the language's site-texts tag, as page builders file them.
fn cache_a_page(s: &TestServer, lang: &str) -> PageKey {
    let key = PageKey {
        path: "/".into(),
        lang: lang.into(),
    };
    let page = CachedPage::new("<p>cached</p>".into(), 200, time::OffsetDateTime::now_utc());
    s.app.cache().insert(
        key.clone(),
        std::sync::Arc::new(page),
        vec![CacheTag::SiteTexts(TagLang::new(lang).unwrap())],
    );
    key
}

#[tokio::test]
async fn translating_an_article_into_spanish_translates_the_sites_names_and_tagline_and_a_locked_edit_survives_a_refresh()
 {
    let Some(apy) = Apy::start_or_skip(&["eng-spa"]).await else {
        return;
    };
    for backend in backends().await {
        let toml = format!(
            "[translation]\nauto_languages = [\"es\"]\ndefault = [\"apy\"]\n\
             [translation.engines.apy]\nkind = \"apertium\"\nurl = {:?}\ntimeout_secs = 20\n",
            apy.url
        );
        let s = start(backend, &toml).await;
        let (id, region, theme, report) = furnish(&s).await;
        s.wait_for_translation(id, "es", |t| {
            t["available"] == true || !t["last_error"].is_null()
        })
        .await;

        // The article's translation brought the site's texts in Spanish, by the same engine.
        let texts = s.wait_for_site_texts("es").await;
        eprintln!("{backend:?}: {texts:#}");
        for t in texts.as_array().unwrap() {
            assert!(t["last_error"].is_null(), "{backend:?}: {t}");
            assert_eq!(t["engine"], "apy", "{t}");
            assert_eq!(t["model"], "apertium:eng-spa", "{t}");
            assert_eq!(t["status"], "machine", "{t}");
            assert_ne!(t["text"], t["original"], "left in English: {t}");
        }
        let spanish = |key: &str| {
            text_of(&texts, key)["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
        };
        let region_key = format!("region:{region}:name");
        assert_eq!(spanish(&region_key), "europa");
        assert!(
            spanish(&format!("theme:{theme}:name")).contains("entorno")
                || spanish(&format!("theme:{theme}:name")).contains("ambiente")
        );
        assert!(spanish(&format!("theme:{theme}:description")).contains("agua"));
        assert!(spanish(&format!("report:{report}:title")).contains("agua"));
        let intro = spanish(&format!("report:{report}:introduction"));
        assert!(
            intro.contains("<strong>") && intro.contains("agua"),
            "{intro}"
        );
        let tagline = spanish("setting:tagline");
        for word in ["dinero", "planeta"] {
            assert!(tagline.contains(word), "{word:?} not in {tagline:?}");
        }
        assert!(spanish("setting:footer_copyright").contains("crédito"));
        let newsletter = s.app.newsletters().public().await.unwrap().remove(0);
        assert_eq!(
            spanish(&format!("newsletter:{}:name", newsletter.id.0)),
            "la semana del planeta"
        );
        assert!(
            spanish(&format!("newsletter:{}:description", newsletter.id.0)).contains("viernes")
        );

        // What page builders read: one load per page, with the original as the fallback.
        let mut conn = s.app.store().reader().await.unwrap();
        let es = SiteTexts::load(&mut conn, "es").await.unwrap();
        assert_eq!(es.region(RegionId(region), "Europe"), "Europa");
        assert_eq!(
            es.setting(SettingText::Tagline, "x").to_lowercase(),
            tagline
        );
        assert!(
            es.report(ReportId(report), "x")
                .to_lowercase()
                .contains("agua")
        );
        assert!(
            es.find(SiteTextKey::ThemeName(ThemeId(theme))).is_some(),
            "the theme's name"
        );
        assert_eq!(
            es.cache_tag(),
            Some(CacheTag::SiteTexts(TagLang::new("es").unwrap()))
        );
        let settings = es.settings(&s.app.settings().get().await.unwrap());
        assert_eq!(settings.tagline.to_lowercase(), tagline);
        assert_eq!(
            settings.name, "The Harbour Times",
            "a name is not translated"
        );
        let en = SiteTexts::load(&mut conn, "en").await.unwrap();
        assert_eq!(en.region(RegionId(region), "Europe"), "Europe");
        assert_eq!(en.cache_tag(), None);
        drop(conn);

        // An editor corrects the region's name in the admin: reviewed and locked, and the
        // Spanish pages are dropped from the cache.
        let cached = cache_a_page(&s, "es");
        let admin = sign_in(&s).await;
        let (status, html) = admin.get("/admin/site-texts/es").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Europa") && html.contains("apertium:eng-spa"),
            "{html}"
        );
        let version = text_of(&texts, &region_key)["version"]
            .as_i64()
            .unwrap()
            .to_string();
        let (status, location, html) = admin
            .post(
                &format!("/admin/site-texts/es/{region_key}"),
                &[
                    ("action", "save"),
                    ("text", "Europa y los Balcanes"),
                    ("reviewed", "1"),
                    ("locked", "1"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{backend:?}: {html}");
        assert!(
            location.starts_with("/admin/site-texts/es?saved=save"),
            "{location}"
        );
        assert!(
            s.app.cache().get(&cached).is_none(),
            "the Spanish page was dropped"
        );
        let (_, html) = admin.get(&location).await;
        assert!(html.contains("Saved as the newsroom"), "{html}");

        // The originals change: the tagline is refreshed by the machine; the locked name is
        // kept, and said to be outdated.
        let (status, body) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/regions/europe",
                Some(json!({"slug": "europe", "name": "Europe and the Balkans"})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let (status, body) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/settings",
                Some(json!({
                    "name": "The Harbour Times",
                    "tagline": "Independent reporting on money, schools and the planet",
                    "footer_copyright": "Our articles may be republished with credit.",
                    "newsletter_blurb": "Get the best articles of the week in your inbox.",
                })),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let texts = s
            .wait_for_site_texts_where("es", |t| {
                t["key"] != "setting:tagline" || t["outdated"] == false
            })
            .await;
        let tagline = text_of(&texts, "setting:tagline");
        assert!(
            tagline["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("escuelas"),
            "refreshed: {tagline}"
        );
        let name = text_of(&texts, &region_key);
        assert_eq!(name["text"], "Europa y los Balcanes", "{name}");
        assert_eq!(name["status"], "reviewed", "{name}");
        assert_eq!(name["locked"], true, "{name}");
        assert_eq!(name["outdated"], true, "{name}");
        assert_eq!(name["engine"], "newsroom", "{name}");

        // Asking again leaves it too, and sends nothing: all else is current.
        let (status, _) = s
            .admin(Method::POST, "/api/v1/admin/site-texts/es", None)
            .await;
        assert_eq!(status, 202);
        let again = s
            .app
            .translations()
            .translate_site_texts("es")
            .await
            .unwrap();
        assert_eq!((again.written, again.sent), (0, 0), "{again:?}");
        let (_, texts) = s
            .admin(Method::GET, "/api/v1/admin/site-texts/es", None)
            .await;
        assert_eq!(
            text_of(&texts, &region_key)["text"],
            "Europa y los Balcanes"
        );
    }
}

#[tokio::test]
async fn an_engines_markup_never_reaches_a_stored_site_text() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = TestServer::start_with(backend, |c| c.translation = fake.settings(&["fr"])).await;
        let (id, region, _, report) = furnish(&s).await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        let texts = s
            .wait_for_site_texts_where("fr", |t| !t["text"].is_null())
            .await;
        assert_eq!(
            text_of(&texts, &format!("region:{region}:name"))["text"],
            "EUROPE"
        );
        let tagline_before = text_of(&texts, "setting:tagline")["text"].clone();

        // The engine turns hostile: a tag of its own, then markup spelled in characters, then
        // a flood. Each time the originals change, so every text is asked for again.
        let flood = " ENCORE".repeat(400);
        let hostile = [
            ("<img src=x onerror=alert(1)>", "adds <img>"),
            (" &lt;script&gt;alert(1)&lt;/script&gt;", "spells markup"),
            (flood.as_str(), "far longer than the original"),
        ];
        for (round, (extra, why)) in hostile.into_iter().enumerate() {
            fake.set_mode(Mode::Append(extra.to_owned()));
            let (status, body) = s
                .admin(
                    Method::PUT,
                    "/api/v1/admin/settings",
                    Some(json!({
                        "name": "The Harbour Times",
                        "tagline": format!("Independent reporting, edition {round}"),
                        "footer_copyright": "Our articles may be republished with credit.",
                        "newsletter_blurb": "Get the best articles of the week in your inbox.",
                    })),
                )
                .await;
            assert_eq!(status, 200, "{body}");
            let texts = s
                .wait_for_site_texts_where("fr", |t| {
                    t["key"] != "setting:tagline"
                        || t["last_error"].as_str().is_some_and(|e| e.contains(why))
                })
                .await;
            let tagline = text_of(&texts, "setting:tagline");
            assert_eq!(
                tagline["text"], tagline_before,
                "the previous text stays: {tagline}"
            );
            assert_eq!(tagline["outdated"], true, "{tagline}");
            eprintln!("{backend:?}: refused: {}", tagline["last_error"]);
        }
        // Nothing stored spells markup, in any text (the report's introduction is HTML: its
        // own tags only).
        let mut conn = s.app.store().reader().await.unwrap();
        for row in gazette_store::site_texts::list(&mut conn, "fr")
            .await
            .unwrap()
        {
            let text = row.text.to_lowercase();
            for bad in ["<img", "onerror", "<script", "&lt;script"] {
                assert!(!text.contains(bad), "{backend:?}: {bad} in {row:?}");
            }
            if row.text_key != format!("report:{report}:introduction") {
                assert!(!text.contains('<'), "{row:?}");
            }
        }
        drop(conn);

        // Bad requests are refused, naming what is wrong.
        fake.set_mode(Mode::Normal);
        let key = format!("region:{region}:name");
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/site-texts/fr/{key}"),
                Some(json!({"text": "Europe", "version": 1})),
            )
            .await;
        assert_eq!(status, 409, "a stale version: {body}");
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/site-texts/fr/{key}"),
                Some(json!({"text": "  "})),
            )
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (422, Some("text")),
            "{body}"
        );
        let (status, body) = s
            .admin(
                Method::PATCH,
                "/api/v1/admin/site-texts/fr/author:1:name",
                Some(json!({"locked": true})),
            )
            .await;
        assert_eq!(status, 404, "{body}");
        let (status, body) = s
            .admin(Method::GET, "/api/v1/admin/site-texts/xx-nope", None)
            .await;
        assert_eq!(
            (status, body["error"]["field"].as_str()),
            (422, Some("lang")),
            "{body}"
        );
        let (status, body) = s
            .admin(Method::GET, "/api/v1/admin/site-texts/en", None)
            .await;
        assert_eq!(status, 422, "the site's own language: {body}");

        // A deleted region's texts go at the next run.
        let (status, _) = s
            .admin(
                Method::DELETE,
                &format!("/api/v1/admin/articles/{id}"),
                None,
            )
            .await;
        assert!((200..300).contains(&status), "{status}");
        let (status, body) = s
            .admin(Method::DELETE, "/api/v1/admin/regions/europe", None)
            .await;
        assert!((200..300).contains(&status), "{status}: {body}");
        s.app
            .translations()
            .translate_site_texts("fr")
            .await
            .unwrap();
        let mut conn = s.app.store().reader().await.unwrap();
        assert!(
            gazette_store::site_texts::get(&mut conn, "fr", &key)
                .await
                .unwrap()
                .is_none()
        );
    }
}

#[tokio::test]
async fn an_editor_corrects_a_site_text_in_the_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let fake = LibreTranslate::start().await;
    let s = TestServer::start_with(Backend::Sqlite, |c| {
        c.translation = fake.settings(&["fr", "ar"])
    })
    .await;
    s.app
        .sessions()
        .set_password(ADMIN, PASSWORD)
        .await
        .unwrap();
    let (id, region, _, _) = furnish(&s).await;
    for lang in ["fr", "ar"] {
        s.wait_for_translation(id, lang, |t| t["available"] == true)
            .await;
        s.wait_for_site_texts_where(lang, |t| !t["text"].is_null())
            .await;
    }

    for (width, tag) in [(1366, "wide"), (390, "narrow")] {
        browser.client().set_window_size(width, 1000).await.unwrap();
        browser.goto(&s.url("/admin/site-texts")).await;
        if width == 1366 {
            browser.fill("#email", ADMIN).await;
            browser.fill("#password", PASSWORD).await;
            browser.click("button[type=submit]").await;
        }
        browser.wait_for("#site-text-languages").await;
        let fr = browser.text("tr[data-lang=fr]").await;
        assert!(fr.contains("10 of 10"), "{fr}");
        // Other languages are asked for with a picker, not listed one per row.
        browser
            .wait_for("form#request-site-texts select#lang")
            .await;
        assert!(browser.text("#site-text-languages").await.lines().count() < 10);
        browser.screenshot(&format!("admin-site-texts-{tag}")).await;

        browser.goto(&s.url("/admin/site-texts/ar")).await;
        browser.wait_for("#group-region").await;
        browser
            .screenshot(&format!("admin-site-texts-ar-{tag}"))
            .await;
    }

    // A correction in French, then an empty one refused beside the field.
    browser.client().set_window_size(1366, 1000).await.unwrap();
    browser.goto(&s.url("/admin/site-texts/fr")).await;
    let card = format!("#text-region-{region}-name");
    browser.wait_for(&card).await;
    browser
        .fill(&format!("{card} input[name=text]"), "Europe (corrigé)")
        .await;
    browser.click(&format!("{card} button[value=save]")).await;
    browser.wait_for(&format!("{card} .notice")).await;
    let state = browser.text(&format!("{card} .st-state")).await;
    assert!(
        state.contains("reviewed") && state.contains("locked"),
        "{state}"
    );
    browser.fill(&format!("{card} input[name=text]"), " ").await;
    browser.click(&format!("{card} button[value=save]")).await;
    browser.wait_for(&format!("{card} .error")).await;
    browser.screenshot("admin-site-texts-refused").await;
    let mut conn = s.app.store().reader().await.unwrap();
    let fr = SiteTexts::load(&mut conn, "fr").await.unwrap();
    assert_eq!(fr.region(RegionId(region), "Europe"), "Europe (corrigé)");
}

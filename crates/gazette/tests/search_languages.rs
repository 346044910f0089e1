//! Search across languages, on each available backend: translations are indexed in their own
//! language (its stemmer, its statistics) beside the originals and kept current as they are
//! made by a real Apertium engine, edited by the newsroom and withdrawn with their article; a
//! reader's edition (`/es/search`) finds that language's translations, each offering its
//! original, and no other's; the site's own search keeps to the originals; facets count within the language; and
//! Chinese, Japanese, Thai and Korean translations are found by a word in the middle of a
//! sentence.

use std::time::{Duration, Instant};

use gazette_app::{App, SearchParams, SearchQuery, SearchResults};
use gazette_testkit::apertium::Apy;
use gazette_testkit::browser::Browser;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer, backends};
use serde_json::{Value, json};

const ARTICLES: &str = "/api/v1/admin/articles";
/// The index follows a change within a second (`search.rs` holds the site to it); translations
/// are read back through the same worker.
const INDEX_DEADLINE: Duration = Duration::from_secs(1);
const POLL_EVERY: Duration = Duration::from_millis(20);

fn in_language(text: &str, lang: Option<&str>) -> SearchQuery {
    SearchQuery {
        text: text.to_owned(),
        reader_language: lang.map(str::to_owned),
        ..SearchQuery::default()
    }
}

fn slugs(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|h| h.slug.as_str()).collect()
}

/// Searches until `text`, read in `lang`, lists exactly `expected`, within the deadline from
/// `since`; returns the results.
async fn until(
    app: &App,
    since: Instant,
    text: &str,
    lang: Option<&str>,
    expected: &[&str],
) -> SearchResults {
    loop {
        let results = app
            .search()
            .query(in_language(text, lang))
            .await
            .expect("the search runs");
        if slugs(&results) == expected {
            return results;
        }
        assert!(
            since.elapsed() < INDEX_DEADLINE,
            "{text} in {lang:?}: expected {expected:?} within {INDEX_DEADLINE:?}, got {:?}",
            slugs(&results)
        );
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// The translation as the Admin API has it.
async fn translation(s: &TestServer, id: i64, lang: &str) -> Value {
    let (status, out) = s
        .admin(
            Method::GET,
            &format!("{ARTICLES}/{id}/translations/{lang}"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{out}");
    out
}

/// The newsroom writes (or rewrites) a translation by hand.
async fn write_translation(s: &TestServer, id: i64, lang: &str, title: &str, body: &str) {
    let (status, current) = s
        .admin(
            Method::GET,
            &format!("{ARTICLES}/{id}/translations/{lang}"),
            None,
        )
        .await;
    let mut edit = json!({"title": title, "standfirst": "", "body_html": format!("<p>{body}</p>")});
    if status == 200 {
        edit["version"] = current["version"].clone();
    }
    let (status, out) = s
        .admin(
            Method::PATCH,
            &format!("{ARTICLES}/{id}/translations/{lang}"),
            Some(edit),
        )
        .await;
    assert_eq!(status, 200, "{lang} translation of {id}: {out}");
}

/// The longest word of a text, lower-cased: a word the translation surely holds.
fn longest_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .max_by_key(|w| w.chars().count())
        .expect("a word")
        .to_lowercase()
}

#[tokio::test]
async fn a_spanish_translation_is_found_in_spanish_only_and_follows_its_article() {
    let Some(apy) = Apy::start_or_skip(&["eng-spa", "eng-cat"]).await else {
        return;
    };
    for backend in backends().await {
        let settings = gazette_app::Config::parse(&format!(
            "[translation]\nauto_languages = [\"es\", \"ca\"]\ndefault = [\"apy\"]\n\
             [translation.engines.apy]\nkind = \"apertium\"\nurl = {:?}\ntimeout_secs = 20\n",
            apy.url
        ))
        .expect("the translation section parses")
        .translation;
        let s = TestServer::start_with(backend, |c| c.translation = settings).await;
        let (id, slug) = s
            .publish_new(json!({
                "title": "Farmers count the cost of the drought",
                "standfirst": "The reservoirs are empty.",
                "body_format": "html",
                "body": "<p>The farmers of the valley are waiting for the rain.</p>",
            }))
            .await;
        let (_, other) = s
            .publish_new(json!({
                "title": "Harbour strike enters third week",
                "body": "Dockers stay out.",
            }))
            .await;

        // Apertium translates it into Spanish and Catalan through the job queue.
        s.wait_for_translation(id, "es", |t| t["available"] == true)
            .await;
        s.wait_for_translation(id, "ca", |t| t["available"] == true)
            .await;
        let spanish_title = translation(&s, id, "es").await["title"]
            .as_str()
            .expect("a title")
            .to_owned();
        let word = longest_word(&spanish_title);
        assert!(
            !"farmers count the cost of the drought".contains(&word),
            "Apertium translated the title: {spanish_title}"
        );
        let since = Instant::now();
        let found = until(&s.app, since, &word, Some("es"), &[&slug]).await;
        let hit = &found.hits[0];
        assert_eq!(hit.title, spanish_title);
        assert_eq!(hit.language, "es");
        let original = hit
            .original
            .as_ref()
            .expect("a translation offers its original");
        assert_eq!(original.language, "en");
        assert_eq!(original.title, "Farmers count the cost of the drought");
        // Not in Catalan, not in the site's search (the originals), not in English.
        for lang in [Some("ca"), None, Some("en")] {
            let results = s.app.search().query(in_language(&word, lang)).await;
            let results = results.expect("the search runs");
            assert!(
                !slugs(&results).contains(&slug.as_str()),
                "{word} in {lang:?}: {:?}",
                slugs(&results)
            );
        }
        // The site's search still finds the original by its English words, and only it.
        until(&s.app, since, "drought", None, &[&slug]).await;
        let site = s.app.search().query(in_language("drought", None)).await;
        assert!(site.expect("the search runs").hits[0].original.is_none());
        // The same through the pages readers open: the Spanish edition's search links the
        // Spanish translation, the Catalan one does not have it.
        let spanish_page = s
            .get(&format!("/es/search?q={word}"))
            .await
            .text()
            .await
            .expect("a body");
        assert!(
            spanish_page.contains(&format!("href=\"/es/{slug}\"")),
            "{spanish_page}"
        );
        let catalan_page = s
            .get(&format!("/ca/search?q={word}"))
            .await
            .text()
            .await
            .expect("a body");
        assert!(!catalan_page.contains(&slug), "{catalan_page}");
        // The Catalan edition has the Catalan translation.
        let catalan_title = translation(&s, id, "ca").await["title"]
            .as_str()
            .expect("a title")
            .to_owned();
        until(
            &s.app,
            since,
            &longest_word(&catalan_title),
            Some("ca"),
            &[&slug],
        )
        .await;

        // An editor rewrites the Spanish translation: the new words are found, the old are not.
        write_translation(
            &s,
            id,
            "es",
            "Los regantes hacen balance de la sequía",
            "Los embalses del valle siguen vacíos.",
        )
        .await;
        let since = Instant::now();
        until(&s.app, since, "regantes", Some("es"), &[&slug]).await;
        // Spanish stemming: `embalse` finds `embalses`.
        until(&s.app, since, "embalse", Some("es"), &[&slug]).await;
        if word != "sequía" && word != "sequia" {
            until(&s.app, since, &word, Some("es"), &[]).await;
        }

        // Unpublished, the article leaves every language; published again, it comes back.
        let (status, out) = s
            .admin(Method::POST, &format!("{ARTICLES}/{id}/unpublish"), None)
            .await;
        assert_eq!(status, 200, "{out}");
        let since = Instant::now();
        until(&s.app, since, "regantes", Some("es"), &[]).await;
        until(
            &s.app,
            since,
            &longest_word(&catalan_title),
            Some("ca"),
            &[],
        )
        .await;
        until(&s.app, since, "drought", None, &[]).await;
        s.publish(id).await;
        let since = Instant::now();
        until(&s.app, since, "regantes", Some("es"), &[&slug]).await;

        // `gazette reindex` rebuilds translations too (the index is derived data).
        let rebuilt = s
            .app
            .search()
            .rebuild_index(|_, _| {})
            .await
            .expect("the index is rebuilt");
        assert_eq!(
            (rebuilt.articles, rebuilt.translations),
            (2, 4),
            "two originals, each in Spanish and Catalan"
        );
        until(&s.app, Instant::now(), "regantes", Some("es"), &[&slug]).await;
        until(&s.app, Instant::now(), "strike", None, &[&other]).await;
    }
}

/// The search page on a language edition: the hit links to the translation, shows its title
/// and snippet, offers the original, and the page's own words are Spanish.
#[tokio::test]
async fn the_search_page_in_a_readers_language_links_translations_and_their_originals() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_region("iraq", "Iraq", None).await;
        let (id, slug) = s
            .publish_new(json!({
                "title": "Farmers count the cost of the drought",
                "body": "The farmers of the valley wait for rain.",
                "regions": ["iraq"],
            }))
            .await;
        write_translation(
            &s,
            id,
            "es",
            "Los agricultores hacen balance de la sequía",
            "Los agricultores del valle esperan la lluvia.",
        )
        .await;
        until(&s.app, Instant::now(), "agricultores", Some("es"), &[&slug]).await;

        let res = s.get("/es/search?q=agricultores").await;
        assert_eq!(res.status().as_u16(), 200);
        let html = res.text().await.expect("a body");
        assert!(html.contains("<html lang=\"es\""), "{html}");
        assert!(
            html.contains(&format!(
                "href=\"/es/{slug}\">Los agricultores hacen balance"
            )),
            "{html}"
        );
        assert!(html.contains("<mark>agricultores</mark>"), "{html}");
        // The original, named in its language, in the words of the Spanish catalogue.
        assert!(
            html.contains(&format!(
                "<a href=\"/{slug}\" hreflang=\"en\">Leer el original (English)</a>"
            )),
            "{html}"
        );
        assert!(
            html.contains("<cite lang=\"en\">Farmers count the cost of the drought</cite>"),
            "{html}"
        );
        // Facets count within Spanish, headed in Spanish, and link to the Spanish search.
        assert!(html.contains("<h2>Región</h2>"), "{html}");
        assert!(
            html.contains("href=\"/es/search?q=agricultores&amp;region=iraq\""),
            "{html}"
        );
        assert!(
            !html.contains("<h2>Idioma</h2>"),
            "one language: no language facet: {html}"
        );
        assert!(html.contains("<title>agricultores — Buscar"), "{html}");
        // The search box searches the Spanish edition again.
        assert!(html.contains("action=\"/es/search\""), "{html}");
        // The same search through the service, as the routing calls it.
        let params = SearchParams {
            q: "agricultores".into(),
            ..SearchParams::default()
        };
        let page = s.app.search().page(&params, Some("es")).await;
        assert!(
            page.expect("the page renders")
                .contains(&format!("/es/{slug}"))
        );
        // The Content API searches as the edition does when asked to, and says where each hit
        // is read.
        let res = s.get("/api/v1/search?q=agricultores&edition=es").await;
        assert_eq!(res.status().as_u16(), 200);
        let found: Value = res.json().await.expect("JSON");
        assert_eq!(found["total"], 1, "{found}");
        let hit = &found["hits"][0];
        assert_eq!(hit["language"], "es", "{found}");
        assert_eq!(hit["url"], s.url(&format!("/es/{slug}")), "{found}");
        assert_eq!(hit["original"]["language"], "en", "{found}");
        assert_eq!(
            hit["original"]["url"],
            s.url(&format!("/{slug}")),
            "{found}"
        );
        assert_eq!(
            hit["original"]["title"], "Farmers count the cost of the drought",
            "{found}"
        );
        let res = s.get("/api/v1/search?q=agricultores").await;
        let found: Value = res.json().await.expect("JSON");
        assert_eq!(found["total"], 0, "the site's own search: {found}");
        for bad in ["xx", "en"] {
            let res = s.get(&format!("/api/v1/search?q=a&edition={bad}")).await;
            assert_eq!(res.status().as_u16(), 422, "{bad}");
            let body: Value = res.json().await.expect("JSON");
            assert!(body.to_string().contains("edition"), "{bad}: {body}");
        }
        // An edition the site does not have has no search page.
        assert_eq!(
            s.get("/de/search?q=agricultores").await.status().as_u16(),
            404
        );

        // The site's own page, over HTTP, knows nothing of the Spanish words…
        let res = s.get("/search?q=agricultores").await;
        assert_eq!(res.status().as_u16(), 200);
        let page = res.text().await.expect("a body");
        assert!(!page.contains(&format!("/es/{slug}")), "{page}");
        // …and finds the original by its own, with no link to an original.
        let page = s
            .get("/search?q=farmers")
            .await
            .text()
            .await
            .expect("a body");
        assert!(page.contains(&format!("href=\"/{slug}\"")), "{page}");
        assert!(!page.contains("hit-original"), "{page}");
    }
}

/// A word from the middle of a sentence, in each language written without spaces (and Korean,
/// which has them), finds the translation in that language and in no other.
#[tokio::test]
async fn cjk_and_thai_translations_are_found_by_a_word_inside_a_sentence() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let (id, slug) = s
            .publish_new(json!({
                "title": "Farmers wait for rain",
                "body": "Global climate change affects the harvest of farmers in the north.",
            }))
            .await;
        // (language, title, body, a word from the middle of the body)
        let translations = [
            (
                "zh-Hans",
                "农民等待下雨",
                "全球气候变化影响北方农民的收成。",
                "气候",
            ),
            (
                "ja",
                "農家は雨を待つ",
                "世界的な気候変動が北部の農家の収穫に影響している。",
                "収穫",
            ),
            (
                "th",
                "ฝนที่รอคอย",
                "การเปลี่ยนแปลงสภาพภูมิอากาศส่งผลต่อผลผลิตของเกษตรกรในภาคเหนือ",
                "เกษตรกร",
            ),
            (
                "ko",
                "농민들은 비를 기다린다",
                "세계적인 기후 변화가 북부 농민들의 수확에 영향을 미친다.",
                "기후",
            ),
        ];
        for (lang, title, body, _) in translations {
            write_translation(&s, id, lang, title, body).await;
        }
        let since = Instant::now();
        for (lang, _, _, word) in translations {
            let found = until(&s.app, since, word, Some(lang), &[&slug]).await;
            assert!(
                found.hits[0]
                    .snippet_html
                    .contains(&format!("<mark>{word}</mark>")),
                "{lang}: {}",
                found.hits[0].snippet_html
            );
            for (other, ..) in translations.iter().filter(|(l, ..)| *l != lang) {
                let results = s.app.search().query(in_language(word, Some(other))).await;
                assert!(
                    results.expect("the search runs").hits.is_empty(),
                    "{word} is not {other}"
                );
            }
        }
        // Characters across a word boundary are no word: 候变 straddles 气候|变化.
        until(&s.app, since, "候变", Some("zh-Hans"), &[]).await;
        // Two words written together are the phrase of both.
        until(&s.app, since, "气候变化", Some("zh-Hans"), &[&slug]).await;
    }
}

/// Whether the page is wider than the window, and the first elements sticking out.
async fn overflow(browser: &Browser) -> Value {
    browser
        .client()
        .execute(
            "const width = document.documentElement.clientWidth;\
             const wide = [...document.querySelectorAll('body *')]\
                 .filter(e => e.getBoundingClientRect().right > width + 1)\
                 .slice(0, 5).map(e => e.tagName + '.' + e.className);\
             return [document.documentElement.scrollWidth > width, wide];",
            vec![],
        )
        .await
        .expect("the script runs")
}

/// The search pages with translated hits, saved at 1366 px and 390 px as
/// `target/screenshots/search-*.png` for a person to look at; none is wider than the window.
#[tokio::test]
async fn search_pages_fit_a_laptop_and_a_phone() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Backend::Sqlite).await;
    s.add_region("iraq", "Iraq", None).await;
    s.add_theme("climate", "Climate").await;
    let (id, slug) = s
        .publish_new(json!({
            "title": "Farmers count the cost of the drought on the Tigris",
            "standfirst": "Upstream dams and a dry winter have emptied the reservoirs.",
            "body": "The farmers of the valley wait for rain that does not come. Their wells are dry.",
            "regions": ["iraq"],
            "themes": ["climate"],
        }))
        .await;
    write_translation(
        &s,
        id,
        "es",
        "Los agricultores hacen balance de la sequía en el Tigris",
        "Los agricultores del valle esperan una lluvia que no llega. Sus pozos están secos.",
    )
    .await;
    write_translation(
        &s,
        id,
        "zh-Hans",
        "底格里斯河畔的农民计算干旱的代价",
        "山谷里的农民在等待不会到来的雨水。他们的水井已经干涸。",
    )
    .await;
    until(&s.app, Instant::now(), "agricultores", Some("es"), &[&slug]).await;
    until(&s.app, Instant::now(), "农民", Some("zh-Hans"), &[&slug]).await;
    let pages = [
        ("/search?q=farmers", "site"),
        ("/es/search?q=agricultores", "es"),
        ("/zh-Hans/search?q=农民", "zh"),
    ];
    for (width, height) in [(1366, 900), (390, 844)] {
        browser
            .client()
            .set_window_size(width, height)
            .await
            .expect("the window resizes");
        for (path, name) in pages {
            browser.goto(&s.url(path)).await;
            browser.wait_for(".hit h2 a").await;
            browser.screenshot(&format!("search-{name}-{width}")).await;
            let fit = overflow(&browser).await;
            assert_eq!(fit[0], false, "{path} at {width} px: {}", fit[1]);
        }
    }
}

//! Issue 15, item 10: one bad segment does not cost the whole language.
//!
//! Through a real Apertium APy into Esperanto (the `en-eo` pair, which APy lists as
//! `eng|epo`): its transfer rules reorder the words of a link such as "Gulf Marine Sciences
//! Institute" and hand the link back twice, and the markup check refuses that answer. That used
//! to refuse the whole article: 32 of the demo's 46 articles got no Esperanto page. Now the
//! segment keeps its English, marked with its language, the page is published with a notice,
//! the editor sees the segment and why in the translation's record, a refresh sends only the
//! kept segments, and a segment the editor worded is never sent again. A translation with more
//! than half of its text refused is still a failure. Without APy and the pair these tests say
//! "SKIPPED" and pass, unless `GAZETTE_REQUIRE_APERTIUM=1`.

use gazette_domain::ArticleId;
use gazette_testkit::apertium::Apy;
use gazette_testkit::browser::Browser;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer, backends};
use serde_json::{Value, json};

/// The pair's mode name as Debian installs it.
const PAIR: &str = "en-eo";
/// The demo article whose quotation ends in a link APy doubles.
const DESALINATION: &str = "gulf-desalination-boom-brine-and-the-energy-bill";
const INSTITUTE: &str = "https://gulfmarine.example/brine";

/// A server translating every language through APy, no language automatic (the test asks).
async fn start(backend: Backend, apy: &Apy) -> TestServer {
    let toml = format!(
        "[translation]\ndefault = [\"apy\"]\n\
         [translation.engines.apy]\nkind = \"apertium\"\nurl = {:?}\ntimeout_secs = 60\n",
        apy.url
    );
    let translation = gazette_app::Config::parse(&toml)
        .expect("the translation section parses")
        .translation;
    TestServer::start_with(backend, |c| c.translation = translation).await
}

/// The article's body as served.
fn body_of(page: &str) -> &str {
    page.split_once("<div class=\"article-body\">")
        .and_then(|(_, rest)| rest.split_once("\n</div>"))
        .map(|(body, _)| body)
        .unwrap_or_else(|| panic!("no article body on the page: {page}"))
}

async fn page(s: &TestServer, path: &str) -> String {
    let res = s.get(path).await;
    let status = res.status();
    let text = res.text().await.expect("a body");
    assert_eq!(status, 200, "{path}: {text}");
    text
}

async fn translation(s: &TestServer, id: i64) -> Value {
    let (status, detail) = s
        .admin(
            Method::GET,
            &format!("/api/v1/admin/articles/{id}/translations/eo"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{detail}");
    detail
}

/// What `translate` did for each of the demo's published articles.
struct DemoRun {
    /// (id, slug, segments kept in English) of every translation written.
    made: Vec<(i64, String, usize)>,
    /// (article language, reason) of every refusal.
    refused: Vec<(String, String)>,
}

async fn translate_the_demo(s: &TestServer) -> DemoRun {
    gazette_app::demo::load(&s.app)
        .await
        .expect("the demo loads");
    let (status, list) = s
        .admin(
            Method::GET,
            "/api/v1/admin/articles?status=published&per_page=100",
            None,
        )
        .await;
    assert_eq!(status, 200, "{list}");
    let items = list["items"].as_array().expect("a list of articles");
    assert_eq!(items.len(), 46, "the demo's published articles");
    let mut run = DemoRun {
        made: Vec::new(),
        refused: Vec::new(),
    };
    for item in items {
        let id = item["id"].as_i64().expect("an id");
        match s.app.translations().translate(ArticleId(id), "eo").await {
            Ok(report) => {
                assert!(report.written, "{item}");
                let slug = item["slug"].as_str().expect("a slug").to_owned();
                run.made.push((id, slug, report.kept_original));
            }
            Err(e) => run.refused.push((
                item["language"].as_str().unwrap_or_default().to_owned(),
                e.to_string(),
            )),
        }
    }
    run
}

#[tokio::test]
async fn esperanto_demo_articles_get_a_page_when_a_segment_comes_back_with_a_link_doubled() {
    let Some(apy) = Apy::start_or_skip(&[PAIR]).await else {
        return;
    };
    for backend in backends().await {
        let s = start(backend, &apy).await;
        let run = translate_the_demo(&s).await;
        let partial: Vec<&(i64, String, usize)> =
            run.made.iter().filter(|(_, _, kept)| *kept > 0).collect();
        let kept: usize = partial.iter().map(|(_, _, kept)| kept).sum();
        eprintln!(
            "{backend:?}: {} of 46 demo articles translated into Esperanto, {} of them with {kept} segments kept in English; refused: {:?}",
            run.made.len(),
            partial.len(),
            run.refused
        );
        // Every English article has its page; the two written in Spanish and in French have no
        // engine into Esperanto (APy has no such pair), which is no segment's fault.
        assert_eq!(run.made.len(), 44, "refused: {:?}", run.refused);
        assert!(
            run.refused
                .iter()
                .all(|(lang, why)| lang != "en" && why.contains("cannot translate")),
            "{:?}",
            run.refused
        );
        // The case this test is about happened (the pair doubles links), or it proves nothing.
        assert!(!partial.is_empty(), "no segment was refused");

        // The desalination article: its quotation's segment is in English, marked, with the
        // link once; the rest is in Esperanto; the notice says so in Esperanto.
        let (id, slug, kept_here) = run
            .made
            .iter()
            .find(|(_, slug, _)| slug == DESALINATION)
            .cloned()
            .expect("the desalination article was translated");
        assert!(kept_here >= 1, "{kept_here}");
        let page_eo = page(&s, &format!("/eo/{slug}")).await;
        let body = body_of(&page_eo);
        assert!(
            body.contains("<span lang=\"en\" class=\"original-language\">"),
            "{body}"
        );
        assert_eq!(
            body.matches(&format!("href=\"{INSTITUTE}\"")).count(),
            1,
            "{body}"
        );
        assert!(
            body.contains("Gulf Marine Sciences Institute</a>"),
            "{body}"
        );
        assert!(
            body.matches(" la ").count() > 20,
            "the rest is not in Esperanto: {body}"
        );
        assert!(
            page_eo.contains(
                "Kelkajn partojn ne eblis traduki, do ili aperas en la originala lingvo (English)."
            ),
            "{page_eo}"
        );
        // A page with every segment translated says nothing of the kind.
        let (_, whole, _) = run
            .made
            .iter()
            .find(|(_, _, kept)| *kept == 0)
            .expect("some article translated whole");
        let whole_page = page(&s, &format!("/eo/{whole}")).await;
        assert!(!whole_page.contains("translation-partial"), "{whole_page}");
        assert!(!whole_page.contains("original-language"), "{whole_page}");

        // The record: which segment, why, and which engine's answer was refused.
        let detail = translation(&s, id).await;
        let segments = detail["untranslated_segments"]
            .as_array()
            .expect("the record");
        assert_eq!(segments.len(), kept_here, "{detail}");
        assert_eq!(detail["untranslated"], kept_here, "{detail}");
        let quote = segments
            .iter()
            .find(|s| {
                s["source_html"]
                    .as_str()
                    .unwrap_or_default()
                    .contains(INSTITUTE)
            })
            .unwrap_or_else(|| panic!("the quotation is not recorded: {detail}"));
        assert_eq!(quote["part"], "body", "{quote}");
        assert_eq!(quote["engine"], "apy", "{quote}");
        assert_eq!(
            quote["refusal"],
            json!({"kind": "tag-count", "tag": "a", "expected": 1, "found": 2}),
            "{quote}"
        );

        // A refresh sends only the kept segments; the rest comes from the memory.
        let total = {
            let again = s
                .app
                .translations()
                .translate(ArticleId(id), "eo")
                .await
                .expect("translated again");
            assert_eq!(again.sent, kept_here, "only the kept segments are sent");
            assert_eq!(again.kept_original, kept_here);
            again.remembered + again.sent
        };

        // The editor words the quotation. A wording that loses the link is refused, naming
        // the field; one that keeps it is taken, and the job remakes the translation.
        let key = quote["key"].as_str().expect("a key");
        let path = format!("/api/v1/admin/articles/{id}/translations/eo/segments/{key}");
        let (status, refused) = s
            .admin(
                Method::PUT,
                &path,
                Some(json!({"wording": "Sen ligilo al la instituto."})),
            )
            .await;
        assert_eq!(status, 422, "{refused}");
        assert_eq!(refused["error"]["field"], "wording", "{refused}");
        let source = quote["source_html"].as_str().expect("the source");
        let wording = source
            .replace(
                "Gulf Marine Sciences Institute</a>",
                "Golfa Instituto pri Maraj Sciencoj</a>",
            )
            .replace("marine scientist at the", "mara sciencisto ĉe la");
        assert_ne!(wording, source);
        let (status, body) = s
            .admin(Method::PUT, &path, Some(json!({"wording": wording})))
            .await;
        assert_eq!(status, 202, "{body}");
        s.wait_for_translation(id, "eo", |t| t["untranslated"] == kept_here - 1)
            .await;
        let page_eo = page(&s, &format!("/eo/{slug}")).await;
        assert!(
            body_of(&page_eo).contains("Golfa Instituto pri Maraj Sciencoj</a>"),
            "{page_eo}"
        );
        // The worded segment is never sent to an engine again.
        let again = s
            .app
            .translations()
            .translate(ArticleId(id), "eo")
            .await
            .expect("translated again");
        assert_eq!(again.sent, kept_here - 1);
        assert_eq!(again.remembered + again.sent, total);
        let detail = translation(&s, id).await;
        assert!(
            detail["untranslated_segments"]
                .as_array()
                .expect("the record")
                .iter()
                .all(|s| s["key"] != key),
            "{detail}"
        );
    }
}

/// Paragraphs that end in the institute's name as a link: APy doubles each link.
const DOUBLED: [&str; 3] = [
    "The fishers met the scientists at the <a href=\"https://example.org/1\">Gulf Marine Sciences Institute</a>.",
    "A new report by the <a href=\"https://example.org/2\">Gulf Marine Sciences Institute</a> counts the cost of the brine that the plants pour back into the sea.",
    "The harbour workers spoke with a researcher from the <a href=\"https://example.org/3\">Gulf Marine Sciences Institute</a> on Monday about the warm water.",
];

#[tokio::test]
async fn a_translation_with_most_of_its_text_refused_is_still_a_failure() {
    let Some(apy) = Apy::start_or_skip(&[PAIR]).await else {
        return;
    };
    for backend in backends().await {
        let s = start(backend, &apy).await;
        let body: String = DOUBLED.iter().map(|p| format!("<p>{p}</p>")).collect();
        let (id, slug) = s
            .publish_new(json!({
                "title": "Brine",
                "body_format": "html",
                "body": format!("{body}<p>The water board met.</p>"),
            }))
            .await;
        let err = s
            .app
            .translations()
            .translate(ArticleId(id), "eo")
            .await
            .expect_err("most of the text was refused");
        let message = err.to_string();
        assert!(
            message.contains("3 of 5 segments were rejected")
                && message.contains("at most half of it in the original"),
            "{message}"
        );
        let state = s
            .wait_for_translation(id, "eo", |t| !t["last_error"].is_null())
            .await;
        assert_eq!(state["available"], false, "{state}");
        assert_eq!(s.get(&format!("/eo/{slug}")).await.status(), 404);

        // What did translate was remembered: the next attempt sends only the refused three.
        let err = s
            .app
            .translations()
            .translate(ArticleId(id), "eo")
            .await
            .expect_err("refused again");
        assert!(err.to_string().contains("3 of 5"), "{err}");
        let state = s.wait_for_translation(id, "eo", |_| true).await;
        let why = state["last_error"].as_str().unwrap_or_default();
        assert!(
            why.contains("body segment 1: <a> appears 1 times"),
            "{state}"
        );
    }
}

#[tokio::test]
async fn a_kept_segment_and_its_record_are_seen_in_chromium_on_the_page_and_in_the_editor() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let Some(apy) = Apy::start_or_skip(&[PAIR]).await else {
        return;
    };
    const EMAIL: &str = "admin@test.example";
    const PASSWORD: &str = "a glossary of harbour words";
    let s = start(Backend::Sqlite, &apy).await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    let (id, slug) = s
        .publish_new(json!({
            "title": "Desalination plants multiply along the coast",
            "standfirst": "Each new plant pours brine back into a warm and shallow sea.",
            "body_format": "html",
            "body": format!(
                "<p>Six new plants will open on the coast before the end of the decade, and each of them will pour brine back into the sea.</p>\
                 <p>{}</p>\
                 <p>The water ministry says the plants are needed because the cities are growing and the rain does not come.</p>",
                DOUBLED[1]
            ),
        }))
        .await;
    let report = s
        .app
        .translations()
        .translate(ArticleId(id), "eo")
        .await
        .expect("published with one segment kept");
    assert_eq!(report.kept_original, 1);

    // The reader's page, at a laptop's width and a phone's.
    for (width, name) in [(1366, "laptop"), (390, "phone")] {
        browser.client().set_window_size(width, 1100).await.unwrap();
        browser.goto(&s.url(&format!("/eo/{slug}"))).await;
        browser.wait_for(".article-body .original-language").await;
        let notice = browser.text(".translation-partial").await;
        assert!(notice.contains("Kelkajn partojn"), "{notice}");
        let kept = browser.text(".article-body .original-language").await;
        assert!(kept.contains("Gulf Marine Sciences Institute"), "{kept}");
        browser
            .screenshot(&format!("translation-kept-segment-page-{name}"))
            .await;
    }

    // The editor: the translation's list says a passage stayed in English; its editor names it,
    // says why, and takes a wording.
    browser.client().set_window_size(1366, 1100).await.unwrap();
    browser.goto(&s.url(&format!("/admin/articles/{id}"))).await;
    browser.fill("#email", EMAIL).await;
    browser.fill("#password", PASSWORD).await;
    browser.click("button[type=submit]").await;
    browser.wait_for("#translations-link").await;
    browser
        .goto(&s.url(&format!("/admin/articles/{id}/translations")))
        .await;
    let row = browser.text("tr[data-lang=eo]").await;
    assert!(row.contains("1 passage left in the original"), "{row}");
    for (width, name) in [(1366, "laptop"), (390, "phone")] {
        browser.client().set_window_size(width, 900).await.unwrap();
        browser
            .screenshot(&format!("translation-kept-segment-list-{name}"))
            .await;
    }
    browser.client().set_window_size(1366, 1100).await.unwrap();
    browser
        .goto(&s.url(&format!("/admin/articles/{id}/translations/eo")))
        .await;
    browser.wait_for("#untranslated").await;
    let section = browser.text("#untranslated").await;
    assert!(section.contains("Body, passage 2"), "{section}");
    assert!(
        section.contains("<a> appears once in the original and 2 times in the translation."),
        "{section}"
    );
    for (width, name) in [(1366, "laptop"), (390, "phone")] {
        browser.client().set_window_size(width, 1400).await.unwrap();
        browser
            .screenshot(&format!("translation-kept-segment-editor-{name}"))
            .await;
    }
    browser.client().set_window_size(1366, 1400).await.unwrap();

    // A wording without the link is refused beside the passage, worded from the catalogue.
    browser
        .fill(".untranslated-segment textarea", "Nova raporto sen ligilo.")
        .await;
    browser.click(".untranslated-segment button").await;
    browser.wait_for(".untranslated-segment .error").await;
    let why = browser.text(".untranslated-segment .error").await;
    assert_eq!(
        why,
        "<a> appears once in the original and not at all in the translation."
    );
    browser
        .screenshot("translation-kept-segment-wording-refused")
        .await;
    let wording = DOUBLED[1].replace(
        "Gulf Marine Sciences Institute</a>",
        "Golfa Instituto pri Maraj Sciencoj</a>",
    );
    browser
        .fill(".untranslated-segment textarea", &wording)
        .await;
    browser.click(".untranslated-segment button").await;
    browser.wait_for("#translation-notice").await;
    s.wait_for_translation(id, "eo", |t| t["untranslated"] == 0)
        .await;
    let page_eo = s.get(&format!("/eo/{slug}")).await.text().await.unwrap();
    assert!(
        page_eo.contains("Golfa Instituto pri Maraj Sciencoj</a>"),
        "{page_eo}"
    );
    assert!(!page_eo.contains("translation-partial"), "{page_eo}");
}

/// A title no engine could translate is shown as written wherever the translation is listed,
/// marked with its language: on cards, in the Atom feed and among search hits; the rest of the
/// translation is the engine's. Through the LibreTranslate fake, which spoils one segment.
#[tokio::test]
async fn a_title_kept_in_the_original_is_marked_on_cards_feeds_and_search() {
    use gazette_testkit::libretranslate::{LibreTranslate, Mode};
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = TestServer::start_with(backend, |c| c.translation = fake.settings(&[])).await;
        let title = "Sandbanks shift along the delta";
        let (id, slug) = s
            .publish_new(json!({
                "title": title,
                "standfirst": "Fishing boats wait for the tide.",
                "body": "The river moves its channels every spring.\n\n\
                         Pilots chart them again each month.\n\n\
                         The harbour asks for a dredger.",
            }))
            .await;
        fake.set_mode(Mode::SpoilWhere("Sandbanks".into()));
        let report = s
            .app
            .translations()
            .translate(ArticleId(id), "fr")
            .await
            .expect("the translation is made without its title");
        assert_eq!(report.kept_original, 1, "{report:?}");

        let home = page(&s, "/fr/").await;
        assert!(
            home.contains(&format!(
                "class=\"card-title\" lang=\"en\"><a href=\"/fr/{slug}\">{title}</a>"
            )),
            "{home}"
        );
        assert!(
            home.contains("<p class=\"card-standfirst\">FISHING BOATS WAIT FOR THE TIDE.</p>"),
            "the standfirst is translated and unmarked: {home}"
        );
        let atom = page(&s, "/fr/feed.atom").await;
        assert!(
            atom.contains(&format!("<title xml:lang=\"en\">{title}</title>")),
            "{atom}"
        );
        // Search finds the translation by its translated words once the index has it.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let hits = loop {
            let found = page(&s, "/fr/search?q=pilots").await;
            if found.contains(&format!("/fr/{slug}")) || std::time::Instant::now() > deadline {
                break found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        assert!(
            hits.contains(&format!(
                "<h2 lang=\"en\"><a href=\"/fr/{slug}\">{title}</a></h2>"
            )),
            "{hits}"
        );
        // A translation whose title was translated is not marked.
        fake.set_mode(Mode::Normal);
        s.app
            .translations()
            .translate(ArticleId(id), "fr")
            .await
            .expect("translated again, whole");
        let home = page(&s, "/fr/").await;
        assert!(
            home.contains(&format!(
                "class=\"card-title\"><a href=\"/fr/{slug}\">SANDBANKS SHIFT ALONG THE DELTA</a>"
            )),
            "{home}"
        );
    }
}

//! The demo shows the site in other languages with no translation engine: it ships Apertium's
//! translations of its articles into Spanish, Catalan and Galician (`demo/translations`, made
//! by `demo/translate`), loaded as machine translations by that engine, with their date.
//!
//! And the script's own path, `gazette demo --write-translations`, through a real Apertium
//! APy (English to Galician): what it writes is what the engine and Gazette's checks made, and
//! the demo loads it back. Without APy that half says "SKIPPED" and passes, unless
//! `GAZETTE_REQUIRE_APERTIUM=1`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use gazette_testkit::apertium::Apy;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, backends};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const SHIPPED: [(&str, &str); 3] = [
    ("es", "apertium:eng-spa"),
    ("ca", "apertium:eng-cat"),
    ("gl", "apertium:eng-glg"),
];

fn shipped_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/translations")
}

/// The front matter of a translation file, as `key = value` lines (values as TOML strings).
fn front_matter(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).expect("the translation file reads");
    let front = text
        .strip_prefix("+++\n")
        .and_then(|rest| rest.split_once("\n+++\n"))
        .map(|(front, _)| front)
        .unwrap_or_else(|| panic!("{} has no front matter", path.display()));
    front
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.to_owned(), v.trim_matches('"').to_owned()))
        .collect()
}

fn files_of(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    files
}

/// The article's id, by slug, from the Admin API.
async fn article_id(s: &TestServer, slug: &str) -> i64 {
    let (status, found) = s
        .admin(Method::GET, "/api/v1/admin/articles?per_page=100", None)
        .await;
    assert_eq!(status, 200, "{found}");
    found["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["slug"] == slug)
        .and_then(|a| a["id"].as_i64())
        .unwrap_or_else(|| panic!("no article {slug}: {found}"))
}

#[tokio::test]
async fn the_demo_ships_apertium_translations_that_work_with_no_engine() {
    for backend in backends().await {
        // No [translation] at all: nothing could translate anything here.
        let s = TestServer::start(backend).await;
        let summary = gazette_app::demo::load(&s.app)
            .await
            .expect("the demo loads");
        let ctx = format!("{backend:?}");
        for (lang, model) in SHIPPED {
            let files = files_of(&shipped_dir().join(lang));
            assert!(
                files.len() >= 40,
                "{ctx}: {lang} ships {} translations",
                files.len()
            );
            let loaded = summary
                .translations
                .iter()
                .find(|(l, _)| l == lang)
                .map(|(_, n)| *n);
            assert_eq!(loaded, Some(files.len()), "{ctx}: {lang}");

            // One article in that language, recorded as Apertium made it, when it made it.
            let front = front_matter(&files[0]);
            let slug = &front["article"];
            let id = article_id(&s, slug).await;
            let (status, t) = s
                .admin(
                    Method::GET,
                    &format!("/api/v1/admin/articles/{id}/translations/{lang}"),
                    None,
                )
                .await;
            assert_eq!(status, 200, "{ctx}: {t}");
            assert_eq!(t["engine"], "apertium", "{ctx}: {t}");
            assert_eq!(t["model"], model, "{ctx}: {t}");
            assert_eq!(t["status"], "machine", "{ctx}: {t}");
            assert_eq!(t["outdated"], false, "{ctx}: {t}");
            assert_eq!(t["translated_at"], front["translated"], "{ctx}: {t}");
            assert_eq!(t["title"], front["title"], "{ctx}: {t}");

            let (status, page) = s.page(&format!("/{lang}/{slug}")).await;
            assert_eq!(status, 200, "{ctx}: /{lang}/{slug}");
            assert!(
                page.contains(&format!("<html lang=\"{lang}\"")),
                "{ctx}: {page}"
            );
            let title = front["title"]
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('"', "&quot;");
            assert!(page.contains(&title), "{ctx}: {title} on {page}");
        }
        // The Spanish edition of the site: its home page and feed list the Spanish titles.
        let spanish: Vec<_> = files_of(&shipped_dir().join("es"))
            .iter()
            .map(|f| front_matter(f))
            .collect();
        let escaped = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
        let (status, home) = s.page("/es/").await;
        assert_eq!(status, 200, "{ctx}");
        assert!(home.contains("<html lang=\"es\""), "{ctx}: {home}");
        let on_home: Vec<_> = spanish
            .iter()
            .filter(|f| home.contains(&format!("href=\"/es/{}\"", f["article"])))
            .collect();
        assert!(on_home.len() >= 5, "{ctx}: {} Spanish cards", on_home.len());
        for f in &on_home {
            assert!(
                home.contains(&escaped(&f["title"])),
                "{ctx}: {}",
                f["title"]
            );
        }
        let (status, feed) = s.page("/es/feed.rss").await;
        assert_eq!(status, 200, "{ctx}");
        let in_feed: Vec<_> = spanish
            .iter()
            .filter(|f| feed.contains(&format!("/es/{}<", f["article"])))
            .collect();
        assert!(
            in_feed.len() >= 5,
            "{ctx}: {} Spanish items: {feed}",
            in_feed.len()
        );
        for f in &in_feed {
            assert!(
                feed.contains(&escaped(&f["title"])),
                "{ctx}: {}",
                f["title"]
            );
        }
        site_texts_in_spanish(&s, &ctx).await;
        // Nothing was asked of an engine: none is configured.
        assert!(summary.requested_languages.is_empty(), "{ctx}");
    }
}

/// The site's own words as `demo/translate` shipped them in one language: key → (text,
/// engine, model), and the memory's segments of the first edition (source, translated).
struct ShippedSiteTexts {
    texts: BTreeMap<String, (String, String, String)>,
    segments: Vec<(String, String)>,
}

fn shipped_site_texts(path: &Path) -> ShippedSiteTexts {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file: toml::Table = text.parse().expect("the site texts file is TOML");
    let field = |t: &toml::Value, name: &str| {
        t.get(name)
            .and_then(toml::Value::as_str)
            .unwrap_or_else(|| panic!("{name} missing in {t}"))
            .to_owned()
    };
    let list = |name: &str| {
        file.get(name)
            .and_then(toml::Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    ShippedSiteTexts {
        texts: list("text")
            .iter()
            .map(|t| {
                (
                    field(t, "key"),
                    (field(t, "text"), field(t, "engine"), field(t, "model")),
                )
            })
            .collect(),
        segments: list("segment")
            .iter()
            .map(|t| (field(t, "source"), field(t, "translated")))
            .collect(),
    }
}

/// Text as a page escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// With no engine, the Spanish edition names regions and reports, says its tagline and titles
/// the first newsletter edition in Spanish, as `demo/translate` shipped them, recorded as
/// Apertium's work.
async fn site_texts_in_spanish(s: &TestServer, ctx: &str) {
    let shipped = shipped_site_texts(&shipped_dir().join("es/site-texts.toml"));
    let text_of = |key: &str| {
        let (text, engine, model) = shipped
            .texts
            .get(key)
            .unwrap_or_else(|| panic!("es/site-texts.toml has no {key}"));
        assert_eq!(engine, "apertium", "{key}");
        assert_eq!(model, "apertium:eng-spa", "{key}");
        text.clone()
    };
    let region = text_of("region:middle-east-north-africa:name");
    let report = text_of("report:the-water-ledger:title");
    let tagline = text_of("setting:tagline");
    assert_ne!(region, "Middle East & North Africa", "translated");

    let (status, home) = s.page("/es/").await;
    assert_eq!(status, 200, "{ctx}");
    assert!(
        home.contains(&escaped(&tagline)),
        "{ctx}: {tagline} on {home}"
    );
    assert!(
        home.contains(&escaped(&region)),
        "{ctx}: {region} on {home}"
    );
    assert!(
        !home.contains("Middle East &amp; North Africa"),
        "{ctx}: the English name on {home}"
    );
    let (status, page) = s.page("/es/region/middle-east-north-africa").await;
    assert_eq!(status, 200, "{ctx}");
    let title = gazette_testkit::html::tags(&page, "title")
        .first()
        .map(|t| t.to_string())
        .unwrap_or_default();
    assert!(
        page.contains(&format!("<title>{}", escaped(&region))),
        "{ctx}: {title} {page}"
    );
    let (status, page) = s.page("/es/report/the-water-ledger").await;
    assert_eq!(status, 200, "{ctx}");
    assert!(
        page.contains(&escaped(&report)),
        "{ctx}: {report} on {page}"
    );

    // Recorded as the engine's, made from today's originals.
    let (status, states) = s
        .admin(Method::GET, "/api/v1/admin/site-texts/es", None)
        .await;
    assert_eq!(status, 200, "{ctx}: {states}");
    let state = states
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| t["text"] == region.as_str())
        .unwrap_or_else(|| panic!("{ctx}: no {region} in {states}"));
    assert_eq!(state["engine"], "apertium", "{ctx}: {state}");
    assert_eq!(state["status"], "machine", "{ctx}: {state}");
    assert_eq!(state["outdated"], false, "{ctx}: {state}");

    // The first edition's subject, from the memory the demo filled, on the archive page.
    let subject = "Rivers, ports and the price of medicine";
    let (_, translated) = shipped
        .segments
        .iter()
        .find(|(source, _)| source.contains(subject))
        .unwrap_or_else(|| panic!("no segment of {subject:?} shipped"));
    let words = translated.replace("<p>", "").replace("</p>", "");
    let (status, archive) = s.page("/es/newsletter/morning-selection").await;
    assert_eq!(status, 200, "{ctx}");
    assert!(archive.contains(&words), "{ctx}: {words} on {archive}");
    assert!(
        !archive.contains(subject),
        "{ctx}: the English subject on {archive}"
    );
}

#[tokio::test]
async fn the_translate_script_path_writes_what_apertium_and_the_checks_made() {
    let Some(apy) = Apy::start_or_skip(&["en-gl"]).await else {
        return;
    };
    let s = TestServer::start(gazette_testkit::Backend::Sqlite).await;
    let out = tempfile::tempdir().expect("a temporary folder");
    let data = s.store.dir.path().join("fresh");
    let config = format!(
        "[translation]\ndefault = [\"apertium\"]\n\
         [translation.engines.apertium]\nkind = \"apertium\"\nurl = {:?}\ntimeout_secs = 120\n",
        apy.url
    );
    let out_dir = out.path().to_str().expect("a UTF-8 path");
    let run = s
        .run_cli(
            BIN,
            &[
                "demo",
                "--data",
                data.to_str().expect("a UTF-8 path"),
                "--write-translations",
                out_dir,
                "--lang",
                "gl",
            ],
            &config,
        )
        .await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    let files = files_of(&out.path().join("gl"));
    assert!(files.len() >= 40, "{} files: {}", files.len(), run.stdout);
    assert!(
        run.stdout.contains(&format!("gl: {} of", files.len())),
        "{}",
        run.stdout
    );
    for file in &files {
        let front = front_matter(file);
        assert_eq!(front["engine"], "apertium", "{}", file.display());
        assert_eq!(front["model"], "apertium:eng-glg", "{}", file.display());
        assert_eq!(front["language"], "gl", "{}", file.display());
    }
    // The site's own words too, and the first edition's subject and introduction.
    let site = shipped_site_texts(&out.path().join("gl/site-texts.toml"));
    assert!(site.texts.len() >= 10, "{} site texts", site.texts.len());
    for (key, (text, engine, model)) in &site.texts {
        assert!(!text.trim().is_empty(), "{key}");
        assert_eq!(engine, "apertium", "{key}");
        assert_eq!(model, "apertium:eng-glg", "{key}");
    }
    assert!(
        site.texts
            .contains_key("region:middle-east-north-africa:name")
    );
    assert!(
        site.segments
            .iter()
            .any(|(source, _)| source.contains("Rivers, ports and the price of medicine")),
        "the subject's segment"
    );
    // A data directory that already holds the demo is refused, not translated twice.
    let again = s
        .run_cli(
            BIN,
            &[
                "demo",
                "--data",
                data.to_str().expect("a UTF-8 path"),
                "--write-translations",
                out_dir,
                "--lang",
                "gl",
            ],
            &config,
        )
        .await;
    assert!(!again.ok, "{}", again.stdout);
    assert!(
        again.stderr.contains("already holds articles"),
        "{}",
        again.stderr
    );
}

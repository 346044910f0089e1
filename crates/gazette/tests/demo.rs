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
        // Nothing was asked of an engine: none is configured.
        assert!(summary.requested_languages.is_empty(), "{ctx}");
    }
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

//! Migrating a site: `gazette import wordpress` and `gazette import ghost` run as an operator runs
//! them, against the test server's own storage on each backend, then checked over HTTP: the
//! articles are served, filed, bylined, dated and illustrated as the export and the mapping say,
//! old URLs answer 301 with their new place, a second run changes nothing, a changed post is
//! updated unless an editor edited it here, and a broken export writes nothing at all.
//!
//! The sample exports in `tests/fixtures/import/` were written for these tests.

use std::path::{Path, PathBuf};

use gazette_app::SiteImportOptions;
use gazette_testkit::reqwest::{self, Method};
use gazette_testkit::{Backend, CliRun, TestServer, backends};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Runs `gazette import …` on the test server's storage.
async fn gazette_import(s: &TestServer, args: &[&str]) -> CliRun {
    let args: Vec<&str> = std::iter::once("import")
        .chain(args.iter().copied())
        .collect();
    s.run_cli(BIN, &args, "").await
}

async fn import_courier(s: &TestServer, file: &Path) -> CliRun {
    let file = file.to_str().expect("a UTF-8 path");
    let mapping = fixture("courier-mapping.toml");
    gazette_import(
        s,
        &["wordpress", file, "--mapping", mapping.to_str().unwrap()],
    )
    .await
}

/// A client that shows redirects instead of following them.
fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client")
}

async fn location_of(s: &TestServer, path: &str) -> (u16, String) {
    let res = no_redirects()
        .get(s.url(path))
        .send()
        .await
        .expect("the server answers");
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, location)
}

fn by_slug<'a>(articles: &'a [Value], slug: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["slug"] == slug)
        .unwrap_or_else(|| panic!("an article {slug}: {articles:?}"))
}

fn slugs(terms: &Value) -> Vec<String> {
    terms
        .as_array()
        .map(|a| {
            a.iter()
                .map(|t| t["slug"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Every article's id, revision and last change, to compare runs.
async fn fingerprint(s: &TestServer) -> Vec<(i64, i64, String, String)> {
    let mut out: Vec<_> = s
        .all_articles()
        .await
        .iter()
        .map(|a| {
            (
                a["id"].as_i64().unwrap(),
                a["revision"].as_i64().unwrap(),
                a["updated_at"].as_str().unwrap().to_owned(),
                a["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn wordpress_export_is_imported_filed_redirected_and_idempotent() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        // The operator's own theme, which the mapping files "fisheries" under.
        s.add_theme("fishing", "Fishing").await;

        let run = import_courier(&s, &fixture("courier.wxr.xml")).await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains("posts    3 created") && run.stdout.contains("1 skipped,"),
            "{backend:?}: two published posts and a draft, the trashed one skipped: {}",
            run.stdout
        );
        check_courier(&s, backend).await;

        // A second run over the same file changes nothing.
        let before = fingerprint(&s).await;
        let run = import_courier(&s, &fixture("courier.wxr.xml")).await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout
                .contains("posts    0 created, 0 updated, 3 unchanged"),
            "{backend:?}: {}",
            run.stdout
        );
        assert!(run.stdout.contains("redirects added: 0"), "{}", run.stdout);
        assert_eq!(
            fingerprint(&s).await,
            before,
            "{backend:?}: nothing changed"
        );

        // The old site edits post 101; an editor here edits post 102.
        let articles = s.all_articles().await;
        let cafe = by_slug(&articles, "cafe-owners-on-the-quay").clone();
        let (status, edited) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{}", cafe["id"]),
                Some(json!({"standfirst": "Written here.", "base_revision": cafe["revision"]})),
            )
            .await;
        assert_eq!(status, 200, "{edited}");
        let changed = std::fs::read_to_string(fixture("courier.wxr.xml"))
            .unwrap()
            .replace(
                "Twelve passengers were aboard.",
                "Fourteen passengers were aboard.",
            )
            .replace("frozen rents", "halved rents");
        let changed_file = s.store.dir.path().join("courier-changed.xml");
        std::fs::write(&changed_file, changed).unwrap();
        let run = import_courier(&s, &changed_file).await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout
                .contains("posts    0 created, 1 updated, 1 unchanged, 0 linked to existing, 1 skipped: edited here"),
            "{backend:?}: {}",
            run.stdout
        );
        let articles = s.all_articles().await;
        let ferries = by_slug(&articles, "night-ferries-resume");
        assert_eq!(ferries["revision"], 2, "{backend:?}: a new revision");
        assert_eq!(ferries["status"], "published");
        assert_eq!(ferries["published_at"], "2024-03-04T06:15:00Z");
        assert!(ferries["body_html"].as_str().unwrap().contains("Fourteen"));
        let cafe = by_slug(&articles, "cafe-owners-on-the-quay");
        assert_eq!(
            cafe["standfirst"], "Written here.",
            "{backend:?}: the editor's edit stays"
        );
        assert!(cafe["body_html"].as_str().unwrap().contains("frozen rents"));
    }
}

async fn check_courier(s: &TestServer, backend: Backend) {
    let articles = s.all_articles().await;
    assert_eq!(
        articles.len(),
        4,
        "{backend:?}: 2 posts, a draft and a page: {articles:?}"
    );

    let ferries = by_slug(&articles, "night-ferries-resume");
    assert_eq!(ferries["status"], "published");
    assert_eq!(
        ferries["published_at"], "2024-03-04T06:15:00Z",
        "the original date"
    );
    assert_eq!(slugs(&ferries["regions"]), ["north-coast"]);
    assert_eq!(slugs(&ferries["themes"]), ["fishing", "tides"]);
    assert_eq!(slugs(&ferries["authors"]), ["admin"]);
    assert_eq!(ferries["authors"][0]["name"], "Ines Varga");
    assert_eq!(
        ferries["image"]["src"],
        "https://courier.example/wp-content/uploads/2024/03/ferry.jpg"
    );
    assert_eq!(
        ferries["image"]["alt"],
        "A ferry leaving the north pier at night"
    );
    assert_eq!(
        ferries["standfirst"],
        "After nine days, the north pier crossing runs again."
    );
    let body = ferries["body_html"].as_str().unwrap();
    assert!(
        body.contains("<figure>") && body.contains("<figcaption>The ferry pulls away"),
        "{body}"
    );
    assert!(
        body.contains("ten past eleven.<br>"),
        "autop line break: {body}"
    );
    assert!(
        body.contains("<p>\"We waited nine days,\" said the skipper.</p>")
            || body.contains("We waited nine days"),
        "{body}"
    );
    assert!(
        !body.contains("[caption") && !body.contains("[pullquote"),
        "{body}"
    );

    let cafe = by_slug(&articles, "cafe-owners-on-the-quay");
    assert_eq!(cafe["title"], "Café owners on the quay: “We are staying”");
    assert_eq!(cafe["published_at"], "2024-04-16T12:00:00Z");
    assert_eq!(
        slugs(&cafe["regions"]),
        ["coast"],
        "uncategorized is ignored"
    );
    assert_eq!(slugs(&cafe["themes"]), ["tides"], "boats is ignored");
    assert_eq!(cafe["authors"][0]["name"], "Tomasz Kowalski");
    assert_eq!(slugs(&cafe["authors"]), ["t-kowalski"]);
    let body = cafe["body_html"].as_str().unwrap();
    assert!(!body.contains("wp:"), "block comments dropped: {body}");
    assert!(body.contains("<h2>Rents and repairs</h2>"), "{body}");

    let draft = by_slug(&articles, "harbour-budget-notes");
    assert_eq!(draft["status"], "draft");
    let page = by_slug(&articles, "about-the-courier");
    assert_eq!(page["status"], "draft", "pages wait for an editor");

    // Nested categories became nested regions.
    let (_, regions) = s.admin(Method::GET, "/api/v1/regions", None).await;
    let region = |slug: &str| {
        regions
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["slug"] == slug)
            .cloned()
            .unwrap_or_else(|| panic!("region {slug}: {regions}"))
    };
    assert_eq!(region("north-coast")["parent_id"], region("coast")["id"]);
    assert_eq!(region("coast")["name"], "The Coast");

    // Served to readers, and listed under the mapped region (with its sub-region).
    let (status, html) = s.page("/night-ferries-resume").await;
    assert_eq!(status, 200);
    assert!(html.contains("Night ferries resume after the storm") && html.contains("Ines Varga"));
    let (status, list) = s
        .admin(Method::GET, "/api/v1/articles?region=coast", None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 2, "{backend:?}: {list}");
    let (status, _) = s.page("/about-the-courier").await;
    assert_eq!(status, 404, "a draft page is not public");

    // Old URLs, with or without the trailing slash, answer 301 with the new path.
    for (old, new) in [
        ("/2024/03/night-ferries-resume/", "/night-ferries-resume"),
        ("/2024/03/night-ferries-resume", "/night-ferries-resume"),
        (
            "/2024/04/caf%C3%A9-owners-on-the-quay/",
            "/cafe-owners-on-the-quay",
        ),
    ] {
        assert_eq!(
            location_of(s, old).await,
            (301, new.to_owned()),
            "{backend:?} {old}"
        );
    }
    // Unknown paths still get the 404 page; a draft's own path does not redirect to itself.
    assert_eq!(location_of(s, "/2024/03/never-was/").await.0, 404);
    assert_eq!(location_of(s, "/about-the-courier").await.0, 404);
    assert_eq!(
        location_of(s, "/about-the-courier/").await,
        (301, "/about-the-courier".to_owned())
    );
}

#[tokio::test]
async fn malformed_wordpress_export_names_the_problem_and_writes_nothing() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let whole = std::fs::read_to_string(fixture("courier.wxr.xml")).unwrap();
        // Cut between two items: every post before the cut is well formed.
        let cut = &whole[..whole
            .find("<item>\n\t\t<title><![CDATA[Old rumour")
            .unwrap()];
        let file = s.store.dir.path().join("cut.xml");
        std::fs::write(&file, cut).unwrap();
        let run = import_courier(&s, &file).await;
        assert!(!run.ok, "{backend:?}: a cut file must fail: {}", run.stdout);
        assert!(
            run.stderr.contains("cut.xml")
                && run.stderr.contains("line ")
                && run.stderr.contains("cut short"),
            "{backend:?}: {}",
            run.stderr
        );
        assert!(
            s.all_articles().await.is_empty(),
            "{backend:?}: no article written"
        );
        let (_, authors) = s.admin(Method::GET, "/api/v1/authors", None).await;
        assert_eq!(authors, json!([]), "{backend:?}: no author written");
        let (_, regions) = s.admin(Method::GET, "/api/v1/regions", None).await;
        assert_eq!(regions, json!([]), "{backend:?}: no region written");

        // A record that breaks a rule fails alone, by name; the rest is imported.
        let bad_date = whole.replace(
            "<wp:post_date_gmt><![CDATA[2024-04-16 12:00:00]]>",
            "<wp:post_date_gmt><![CDATA[16/04/2024]]>",
        );
        std::fs::write(&file, bad_date).unwrap();
        let run = import_courier(&s, &file).await;
        assert!(!run.ok);
        assert!(
            run.stderr.contains("item 2") && run.stderr.contains("16/04/2024"),
            "{backend:?}: {}",
            run.stderr
        );
        assert!(
            s.all_articles().await.is_empty(),
            "{backend:?}: still nothing"
        );

        // Not an export at all.
        std::fs::write(&file, "<html><body>Hello</body></html>").unwrap();
        let run = import_courier(&s, &file).await;
        assert!(
            !run.ok && run.stderr.contains("not a WordPress export"),
            "{}",
            run.stderr
        );

        // A mapping with a typo is refused before anything happens.
        let mapping = s.store.dir.path().join("bad-mapping.toml");
        std::fs::write(&mapping, "[categories]\nregion = [\"coast\"]\n").unwrap();
        let run = gazette_import(
            &s,
            &[
                "wordpress",
                fixture("courier.wxr.xml").to_str().unwrap(),
                "--mapping",
                mapping.to_str().unwrap(),
            ],
        )
        .await;
        assert!(!run.ok && run.stderr.contains("region"), "{}", run.stderr);
        assert!(s.all_articles().await.is_empty());
    }
}

#[tokio::test]
async fn ghost_export_is_imported_through_the_service_and_the_binary() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let mapping = gazette_app::Mapping::parse(
            &std::fs::read_to_string(fixture("saltmarsh-mapping.toml")).unwrap(),
        )
        .unwrap();

        // Ghost 5 writes its own address as __GHOST_URL__: the operator must give it.
        let without_url = SiteImportOptions {
            mapping: mapping.clone(),
            site_url: None,
        };
        let err = s
            .app
            .site_import()
            .ghost(&fixture("saltmarsh.ghost.json"), &without_url, |_, _| {})
            .await
            .unwrap_err();
        assert!(err.to_string().contains("--site-url"), "{err}");
        assert!(s.all_articles().await.is_empty());

        let options = SiteImportOptions {
            mapping,
            site_url: Some("https://saltmarsh.example".into()),
        };
        let mut calls = 0;
        let summary = s
            .app
            .site_import()
            .ghost(&fixture("saltmarsh.ghost.json"), &options, |_, _| {
                calls += 1
            })
            .await
            .expect("the export imports");
        assert!(summary.failures.is_empty(), "{summary:?}");
        assert_eq!(summary.posts.created, 3, "{summary:?}");
        assert_eq!(summary.pages.created, 1);
        assert_eq!(summary.authors.created, 2);
        assert!(calls > 4, "progress is reported as records are done");

        let articles = s.all_articles().await;
        let birds = by_slug(&articles, "salt-marsh-birds-return-early");
        assert_eq!(birds["status"], "published");
        assert_eq!(birds["published_at"], "2024-06-11T07:00:00Z");
        assert_eq!(slugs(&birds["authors"]), ["oona", "dev"], "byline order");
        assert_eq!(
            slugs(&birds["themes"]),
            ["wildlife"],
            "the internal #tag is left out"
        );
        assert_eq!(slugs(&birds["regions"]), ["estuary"]);
        assert_eq!(
            birds["image"]["src"],
            "https://saltmarsh.example/content/images/2024/06/marsh.jpg"
        );
        assert_eq!(birds["image"]["alt"], "Reeds at the edge of the marsh");
        assert_eq!(birds["image"]["caption"], "The marsh at dawn.");
        assert_eq!(
            birds["standfirst"],
            "Wardens count avocets two weeks ahead of the usual date."
        );
        assert!(
            birds["body_html"]
                .as_str()
                .unwrap()
                .contains("src=\"https://saltmarsh.example/content/images/2024/06/avocets.jpg\""),
            "{}",
            birds["body_html"]
        );
        let members = by_slug(&articles, "members-briefing-dredging");
        assert_eq!(
            members["status"], "draft",
            "members-only posts are not made public"
        );
        assert_eq!(by_slug(&articles, "tide-tables")["status"], "draft");
        assert_eq!(by_slug(&articles, "contact")["status"], "draft");

        let (status, html) = s.page("/salt-marsh-birds-return-early").await;
        assert_eq!(status, 200);
        assert!(html.contains("Oona Marsh"));
        // Ghost's URLs end in a slash.
        assert_eq!(
            location_of(&s, "/salt-marsh-birds-return-early/").await,
            (301, "/salt-marsh-birds-return-early".to_owned())
        );

        // The binary over the same file changes nothing.
        let before = fingerprint(&s).await;
        let mapping_file = fixture("saltmarsh-mapping.toml");
        let run = gazette_import(
            &s,
            &[
                "ghost",
                fixture("saltmarsh.ghost.json").to_str().unwrap(),
                "--mapping",
                mapping_file.to_str().unwrap(),
                "--site-url",
                "https://saltmarsh.example",
            ],
        )
        .await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout
                .contains("posts    0 created, 0 updated, 3 unchanged"),
            "{}",
            run.stdout
        );
        assert_eq!(fingerprint(&s).await, before, "{backend:?}");

        // Broken JSON is refused with its place named, and writes nothing.
        let file = s.store.dir.path().join("broken.json");
        let whole = std::fs::read_to_string(fixture("saltmarsh.ghost.json")).unwrap();
        std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();
        let fresh = TestServer::start(backend).await;
        let run = gazette_import(
            &fresh,
            &[
                "ghost",
                file.to_str().unwrap(),
                "--site-url",
                "https://saltmarsh.example",
            ],
        )
        .await;
        assert!(!run.ok);
        assert!(
            run.stderr.contains("not a Ghost export") && run.stderr.contains("line"),
            "{}",
            run.stderr
        );
        assert!(fresh.all_articles().await.is_empty());
    }
}

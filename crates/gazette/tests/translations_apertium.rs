//! The site's glossary and `gazette translate`, end to end, on each available backend.
//!
//! Through a real Apertium APy (English to Spanish) when it is installed: protected terms set in
//! the admin's settings form, an article published while `es` is automatic is translated by the
//! job queue and read at `/es/{slug}` in Spanish, its links and emphasis kept and its terms kept
//! or mapped; after one paragraph is edited, `gazette translate` gets every other segment from
//! the memory. Without APy that test says "SKIPPED" and passes, unless
//! `GAZETTE_REQUIRE_APERTIUM=1`.
//!
//! Through the LibreTranslate fake, always: a changed or dropped glossary term sends again
//! exactly the segments it occurs in (the memory must not hand back a translation made under
//! another glossary); the settings form and the Admin API name a bad glossary line; the command
//! refuses unknown languages and fails, naming the article, when a translation fails.

use std::time::Duration;

use gazette_testkit::admin::AdminClient;
use gazette_testkit::apertium::Apy;
use gazette_testkit::libretranslate::{LibreTranslate, Mode};
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{CliRun, TestServer, backends};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const ARTICLES: &str = "/api/v1/admin/articles";
const ADMIN: &str = "admin@test.example";
const PASSWORD: &str = "a desk by the window";

/// The `[translation]` section: `langs` automatic, every language through one engine.
fn translation_toml(langs: &[&str], kind: &str, url: &str) -> String {
    format!(
        "[translation]\nauto_languages = {langs:?}\ndefault = [\"mt\"]\n\
         [translation.engines.mt]\nkind = {kind:?}\nurl = {url:?}\ntimeout_secs = 20\n"
    )
}

async fn start(backend: gazette_testkit::Backend, toml: &str) -> TestServer {
    let translation = gazette_app::Config::parse(toml)
        .expect("the translation section parses")
        .translation;
    TestServer::start_with(backend, |c| c.translation = translation).await
}

/// Waits until the page at `path` contains `text` (a command run in another process reaches
/// this server's page cache through the database), and returns it.
async fn page_with(s: &TestServer, path: &str, text: &str) -> String {
    let mut body = String::new();
    for _ in 0..200 {
        let res = s.get(path).await;
        let status = res.status();
        body = res.text().await.expect("a body");
        if status == 200 && body.contains(text) {
            return body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{path} never showed {text:?}: {body}");
}

/// The article's body as served (the page around it holds URLs made from the English slug).
fn body_of(page: &str) -> &str {
    page.split_once("<div class=\"article-body\">")
        .and_then(|(_, rest)| rest.split_once("</div>"))
        .map(|(body, _)| body)
        .unwrap_or_else(|| panic!("no article body on the page: {page}"))
}

/// A count from the command's summary (`  segments sent: 3`).
fn figure(run: &CliRun, label: &str) -> usize {
    let prefix = format!("{label}: ");
    run.stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix(&prefix))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {label:?} in the summary: {}", run.stdout))
}

async fn sign_in(s: &TestServer) -> AdminClient<'_> {
    s.app
        .sessions()
        .set_password(ADMIN, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, ADMIN, PASSWORD, "/admin/settings").await
}

async fn set_glossary(s: &TestServer, glossary: &str) {
    let (status, body) = s
        .admin(
            Method::PUT,
            "/api/v1/admin/settings",
            Some(json!({"name": "The Harbour Times", "glossary": glossary})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["glossary"], glossary, "{body}");
}

fn spanish_body(third_paragraph: &str) -> String {
    format!(
        "<p>The <a href=\"https://example.org/report\">report</a> was published by <em>the government</em> on Tuesday.</p>\
         <p>Maria Lopez of the Green Party said that the houses are very expensive.</p>\
         <p>{third_paragraph}</p>"
    )
}

#[tokio::test]
async fn apertium_translates_with_the_sites_glossary_and_the_command_resends_only_an_edit() {
    let Some(apy) = Apy::start_or_skip(&["eng-spa"]).await else {
        return;
    };
    for backend in backends().await {
        let toml = translation_toml(&["es"], "apertium", &apy.url);
        let s = start(backend, &toml).await;

        // The terms, through the administrator's settings form.
        let admin = sign_in(&s).await;
        let (status, location, html) = admin
            .post(
                "/admin/settings",
                &[
                    ("name", "The Harbour Times"),
                    (
                        "glossary",
                        "Maria Lopez\r\nGreen Party | es: Partido Verde\r\n",
                    ),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{backend:?}: {html}");
        assert_eq!(location, "/admin/settings?notice=saved");
        assert_eq!(
            s.app.settings().get().await.unwrap().glossary,
            "Maria Lopez\nGreen Party | es: Partido Verde"
        );

        let (id, slug) = s
            .publish_new(json!({
                "title": "The new houses are very expensive",
                "standfirst": "The government published a report on Tuesday.",
                "body_format": "html",
                "body": spanish_body("The city will build new schools next year."),
            }))
            .await;
        let es = s
            .wait_for_translation(id, "es", |t| {
                t["available"] == true || !t["last_error"].is_null()
            })
            .await;
        assert!(es["last_error"].is_null(), "{backend:?}: {es}");
        assert_eq!(es["engine"], "mt", "{es}");
        assert_eq!(es["model"], "apertium:eng-spa", "{es}");

        let page = page_with(&s, &format!("/es/{slug}"), "<html lang=\"es\"").await;
        let body = body_of(&page);
        eprintln!("apertium, {backend:?}: {body}");
        assert_eq!(
            (
                body.matches("<a ").count(),
                body.matches(" href=\"https://example.org/report\"").count()
            ),
            (1, 1),
            "the link and its address survive: {body}"
        );
        assert!(body.contains("<em>") && body.contains("</em>"), "{body}");
        assert!(body.contains("Maria Lopez"), "kept: {body}");
        assert!(
            body.contains("Partido Verde") && !body.contains("Green Party"),
            "mapped: {body}"
        );
        let lower = body.to_lowercase();
        for word in ["casas", "gobierno", "informe", "martes", "escuelas"] {
            assert!(lower.contains(word), "no {word:?} in {body}");
        }
        for word in ["houses", "government", "schools"] {
            assert!(!lower.contains(word), "{word:?} left in {body}");
        }
        let title = page
            .split_once("<h1")
            .and_then(|(_, t)| t.split_once("</h1>"))
            .map(|(t, _)| t.to_lowercase())
            .expect("a headline");
        assert!(
            title.contains("casas") && !title.contains("houses"),
            "{title}"
        );

        // One paragraph edited, then translated again by the command: every other segment
        // (title, standfirst, two paragraphs) comes from the memory. The edit may also queue a
        // refresh that the server's runner makes first; then the command finds all of it there.
        let (status, edited) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}"),
                Some(
                    json!({"body": spanish_body("The city will build two new schools next year.")}),
                ),
            )
            .await;
        assert_eq!(status, 200, "{edited}");
        let revision = edited["revision"].as_i64().expect("a revision");
        let run = s
            .run_cli(
                BIN,
                &["translate", "--lang", "es", "--article", &id.to_string()],
                &toml,
            )
            .await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        let (remembered, sent) = (
            figure(&run, "segments from memory"),
            figure(&run, "segments sent"),
        );
        assert_eq!(remembered + sent, 5, "{}", run.stdout);
        assert!(
            sent <= 1,
            "only the edited paragraph is sent: {}",
            run.stdout
        );
        assert_eq!(figure(&run, "failures"), 0, "{}", run.stdout);
        let es = s
            .wait_for_translation(id, "es", |t| t["source_revision"] == revision)
            .await;
        assert_eq!(es["outdated"], false, "{es}");
        let fresh = page_with(&s, &format!("/es/{slug}"), "dos escuelas nuevas").await;
        assert!(fresh.contains("Partido Verde"), "{fresh}");
        assert!(!fresh.contains("The original has changed"), "{fresh}");
    }
}

fn harbour_article() -> Value {
    json!({
        "title": "Port Authority closes the harbour",
        "standfirst": "Dockers stay out.",
        "body_format": "html",
        "body": "<p>The <a href=\"https://example.org/port\">port</a> is quiet.</p>\
                 <p>Ana Lima spoke for the Port Authority.</p><p>Talks resume on Monday.</p>",
        "image": {"src": "/media/cranes.jpg", "alt": "Cranes", "caption": "Idle cranes", "credit": "Photo by Ana Lima"},
    })
}

#[tokio::test]
async fn a_glossary_change_sends_again_only_the_segments_its_term_is_in() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let toml = translation_toml(&["fr"], "libretranslate", &fake.url);
        let s = start(backend, &toml).await;
        set_glossary(&s, "Ana Lima\nPort Authority | fr: Autorité portuaire").await;
        let (id, slug) = s.publish_new(harbour_article()).await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        // The fake upper-cases what it translates; the terms come back as the glossary says.
        let page = page_with(&s, &format!("/fr/{slug}"), "lang=\"fr\"").await;
        for text in [
            "Autorité portuaire CLOSES THE HARBOUR",
            "Ana Lima SPOKE FOR THE Autorité portuaire.",
            "PHOTO BY Ana Lima",
            ">PORT</a> IS QUIET.",
        ] {
            assert!(page.contains(text), "{backend:?}: {text:?} in {page}");
        }
        assert!(
            fake.segments_sent()
                .iter()
                .any(|q| q.contains("translate=\"no\"") && q.contains(">Ana Lima</span>")),
            "the engine was told to leave the term alone: {:?}",
            fake.segments_sent()
        );

        // A term rendered differently: the title and the paragraph it is in are sent again,
        // the five other segments come from the memory. (The site's own texts came with the
        // first translation; what is counted next is the article's.)
        s.wait_for_site_texts("fr").await;
        set_glossary(&s, "Ana Lima\nPort Authority | fr: Autorité du port").await;
        let sent_before = fake.segments_sent().len();
        let run = s
            .run_cli(BIN, &["translate", "--lang", "fr", "--all"], &toml)
            .await;
        assert!(run.ok, "{backend:?}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout.starts_with("translated 1 of 1 "),
            "{}",
            run.stdout
        );
        assert_eq!(figure(&run, "segments sent"), 2, "{}", run.stdout);
        assert_eq!(figure(&run, "segments from memory"), 5, "{}", run.stdout);
        let resent = &fake.segments_sent()[sent_before..];
        assert_eq!(resent.len(), 2, "{resent:?}");
        assert_eq!(
            figure(&run, "characters sent"),
            resent.iter().map(|q| q.chars().count()).sum::<usize>(),
            "{}",
            run.stdout
        );
        let page = page_with(&s, &format!("/fr/{slug}"), "Autorité du port CLOSES").await;
        assert!(
            page.contains("Ana Lima SPOKE FOR THE Autorité du port."),
            "{page}"
        );

        // The term dropped: the same two segments go out again, now translated through.
        set_glossary(&s, "Ana Lima").await;
        let run = s
            .run_cli(
                BIN,
                &["translate", "--lang", "fr", "--article", &id.to_string()],
                &toml,
            )
            .await;
        assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
        assert_eq!(figure(&run, "segments sent"), 2, "{}", run.stdout);
        let page = page_with(&s, &format!("/fr/{slug}"), "PORT AUTHORITY CLOSES").await;
        assert!(page.contains("PHOTO BY Ana Lima"), "{page}");

        // Nothing changed: nothing is sent.
        let run = s
            .run_cli(BIN, &["translate", "--lang", "fr", "--all"], &toml)
            .await;
        assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
        assert_eq!(figure(&run, "segments sent"), 0, "{}", run.stdout);
        assert_eq!(figure(&run, "segments from memory"), 7, "{}", run.stdout);
        assert_eq!(figure(&run, "characters sent"), 0, "{}", run.stdout);
    }
}

#[tokio::test]
async fn a_bad_glossary_line_is_named_beside_the_field_and_in_the_api() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let admin = sign_in(&s).await;
        let glossary = "Ana Lima\nPort Authority | fr Autorité portuaire";
        let (status, _, html) = admin
            .post(
                "/admin/settings",
                &[("name", "The Harbour Times"), ("glossary", glossary)],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{backend:?}");
        let error = html
            .split("id=\"glossary-error\"")
            .nth(1)
            .expect("the error beside the glossary");
        assert!(
            error.contains("Line 2 (") && error.contains("language: rendering"),
            "{error}"
        );
        assert!(
            html.contains(">Ana Lima\nPort Authority | fr Autorité portuaire</textarea>"),
            "the text is kept for correcting: {html}"
        );
        assert_eq!(
            s.app.settings().get().await.unwrap().glossary,
            "",
            "nothing saved"
        );

        let (status, body) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/settings",
                Some(
                    json!({"name": "The Harbour Times", "glossary": "Ana Lima\n\nX | zz-nope: Y"}),
                ),
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["error"]["field"], "glossary", "{body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap_or_default()
                .contains("line 3: \"zz-nope\" is not a language"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn the_command_refuses_unknown_languages_and_names_what_failed() {
    let fake = LibreTranslate::start().await;
    let toml = translation_toml(&[], "libretranslate", &fake.url);
    let s = start(gazette_testkit::Backend::Sqlite, &toml).await;

    let run = s
        .run_cli(BIN, &["translate", "--lang", "fr,zz", "--all"], &toml)
        .await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stderr.contains("\"zz\" is not a known language"),
        "{}",
        run.stderr
    );
    let run = s.run_cli(BIN, &["translate", "--lang", "fr"], &toml).await;
    assert!(!run.ok, "--all or --article is required");
    assert!(run.stderr.contains("--all"), "{}", run.stderr);
    let run = s
        .run_cli(
            BIN,
            &["translate", "--lang", "fr", "--article", "999"],
            &toml,
        )
        .await;
    assert!(!run.ok);
    assert!(run.stderr.contains("--article 999"), "{}", run.stderr);

    // Nothing is automatic here, so the command makes the first translation.
    let (id, slug) = s.publish_new(harbour_article()).await;
    let run = s
        .run_cli(BIN, &["translate", "--lang", "fr,en", "--all"], &toml)
        .await;
    assert!(run.ok, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.starts_with("translated 1 of 2 "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("already in that language: 1"),
        "{}",
        run.stdout
    );
    assert_eq!(figure(&run, "segments sent"), 7, "{}", run.stdout);
    page_with(&s, &format!("/fr/{slug}"), "IDLE CRANES").await;

    // An engine answering one translation too few: the command fails, naming the article.
    fake.set_mode(Mode::OneTooFew);
    let (status, body) = s
        .admin(
            Method::PATCH,
            &format!("{ARTICLES}/{id}"),
            Some(json!({"standfirst": "Dockers stay out for a fourth week."})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let run = s
        .run_cli(BIN, &["translate", "--lang", "fr", "--all"], &toml)
        .await;
    assert!(!run.ok, "{}", run.stdout);
    assert_eq!(figure(&run, "failures"), 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains(&format!("failed {slug} (article {id}) → fr: ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("1 of 1 translations failed"),
        "{}",
        run.stderr
    );
}

/// Issue 15, item 8: the engine asks APy which pairs it has, and every pair it lists from
/// English works with nothing configured but the URL, whatever the code style of the pair's
/// Debian package (`en-gl` and `en-eo` are two-letter, `eng-cat` three-letter, Croatian is
/// Serbo-Croatian's `hbs_HR`). A language it has no pair for (Macedonian: Debian has only
/// Macedonian to English) is refused by name, not sent.
#[tokio::test]
async fn every_pair_apy_lists_from_english_translates_with_only_its_url() {
    let Some(apy) =
        Apy::start_or_skip(&["eng-spa", "eng-cat", "en-gl", "en-eo", "eng-hbs_HR"]).await
    else {
        return;
    };
    let languages = ["es", "ca", "gl", "eo", "hr", "mk"];
    let s = start(
        gazette_testkit::Backend::Sqlite,
        &translation_toml(&languages, "apertium", &apy.url),
    )
    .await;
    let (id, slug) = s
        .publish_new(json!({
            "title": "The ferry crosses the river at dawn",
            "standfirst": "The crossing reopens on Monday.",
            "body": "The new boat carries forty cars and the town pays for the first year.",
        }))
        .await;
    for (lang, pair) in [
        ("es", "eng-spa"),
        ("ca", "eng-cat"),
        ("gl", "eng-glg"),
        ("eo", "eng-epo"),
        ("hr", "eng-hbs_HR"),
    ] {
        let t = s
            .wait_for_translation(id, lang, |t| {
                t["available"] == true || !t["last_error"].is_null()
            })
            .await;
        assert!(t["last_error"].is_null(), "{lang}: {t}");
        assert_eq!(t["model"], format!("apertium:{pair}"), "{lang}: {t}");
        let page = page_with(
            &s,
            &format!("/{lang}/{slug}"),
            &format!("<html lang=\"{lang}\""),
        )
        .await;
        assert!(
            !body_of(&page).contains("The new boat carries forty cars"),
            "{lang}: the body is translated"
        );
    }
    let mk = s
        .wait_for_translation(id, "mk", |t| {
            !t["last_error"].is_null() || t["available"] == true
        })
        .await;
    assert_eq!(mk["available"], false, "{mk}");
    assert!(
        mk["last_error"].as_str().unwrap_or_default().contains("mk"),
        "the refusal names the language: {mk}"
    );
}

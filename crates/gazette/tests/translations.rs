//! Translations end to end, on each available backend: an article published while `fr` and `ar`
//! are automatic languages is translated by the job queue through a LibreTranslate server on
//! 127.0.0.1 and read at `/fr/{slug}` and `/ar/{slug}` (right to left), with `hreflang`
//! alternates and a language switcher on the original too; an edit refreshes every unlocked
//! translation by itself, sending only the changed paragraph (the memory has the rest), while
//! a locked one keeps its text and says the original changed; an engine answering the wrong number of segments leaves the previous
//! translation in place, with the reason in the Admin API.

use gazette_testkit::libretranslate::{LibreTranslate, Mode};
use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

const ARTICLES: &str = "/api/v1/admin/articles";

async fn start(backend: gazette_testkit::Backend, fake: &LibreTranslate) -> TestServer {
    TestServer::start_with(backend, |c| c.translation = fake.settings(&["fr", "ar"])).await
}

fn body(second_paragraph: &str) -> String {
    format!(
        "<p>The <a href=\"https://example.org/port\">port</a> is quiet.</p>\
         <p>{second_paragraph}</p><p>Talks resume on Monday.</p>"
    )
}

async fn publish_article(s: &TestServer) -> (i64, String) {
    s.publish_new(json!({
        "title": "Harbour strike enters third week",
        "standfirst": "Dockers stay out.",
        "body_format": "html",
        "body": body("Ships wait offshore."),
        "image": {"src": "/media/cranes.jpg", "alt": "Cranes", "caption": "Idle cranes", "credit": "Photo by Ana Lima"},
        }))
        .await
}

async fn page(s: &TestServer, path: &str) -> (u16, String) {
    let res = s.get(path).await;
    let status = res.status().as_u16();
    (status, res.text().await.expect("a body"))
}

async fn edit_second_paragraph(s: &TestServer, id: i64, text: &str) -> i64 {
    let (status, edited) = s
        .admin(
            Method::PATCH,
            &format!("{ARTICLES}/{id}"),
            Some(json!({"body": body(text)})),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    edited["revision"].as_i64().expect("a revision")
}

#[tokio::test]
async fn published_article_is_read_in_each_language_and_edits_resend_only_what_changed() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let (id, slug) = publish_article(&s).await;
        let fr = s
            .wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        s.wait_for_translation(id, "ar", |t| t["available"] == true)
            .await;
        assert_eq!(fr["engine"], "libre", "{fr}");
        assert_eq!(fr["status"], "machine", "{fr}");
        assert_eq!(fr["outdated"], false, "{fr}");
        assert!(fr["last_error"].is_null(), "{fr}");

        let original_url = s.url(&format!("/{slug}"));
        let (status, fr_page) = page(&s, &format!("/fr/{slug}")).await;
        assert_eq!(status, 200, "{backend:?}: {fr_page}");
        assert!(
            fr_page.contains(r#"<html lang="fr" dir="ltr">"#),
            "{fr_page}"
        );
        assert!(
            fr_page.contains("HARBOUR STRIKE ENTERS THIRD WEEK"),
            "{fr_page}"
        );
        assert!(fr_page.contains("DOCKERS STAY OUT."), "{fr_page}");
        assert!(fr_page.contains("IDLE CRANES"), "{fr_page}");
        assert!(fr_page.contains("PHOTO BY ANA LIMA"), "{fr_page}");
        // The link survived translation, with its address untouched.
        let link = fr_page
            .find("href=\"https://example.org/port\"")
            .expect("the body's link is kept");
        assert!(fr_page[link..].starts_with("href=\"https://example.org/port\""));
        assert!(fr_page.contains(">PORT</a> IS QUIET."), "{fr_page}");
        assert!(fr_page.contains("SHIPS WAIT OFFSHORE."), "{fr_page}");
        assert!(fr_page.contains("translation-machine"), "{fr_page}");
        // Named as a reader knows the engine, not by the configuration's id for it ("libre").
        assert!(
            fr_page.contains("(LibreTranslate)") && !fr_page.contains("(libre"),
            "the engine is named: {fr_page}"
        );
        assert!(
            fr_page.contains(&format!(
                "class=\"translation-original\" href=\"{original_url}\""
            )),
            "a link to the original: {fr_page}"
        );
        assert!(!fr_page.contains("translation-outdated"), "{fr_page}");
        for (lang, path) in [
            ("en", format!("/{slug}")),
            ("fr", format!("/fr/{slug}")),
            ("ar", format!("/ar/{slug}")),
            ("x-default", format!("/{slug}")),
        ] {
            let alternate = format!(
                "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\">",
                s.url(&path)
            );
            assert!(fr_page.contains(&alternate), "{alternate} in {fr_page}");
        }
        assert!(
            fr_page.contains("class=\"menu language-menu\""),
            "{fr_page}"
        );
        let arabic_link = format!(
            "<a href=\"{}\" hreflang=\"ar\" lang=\"ar\" data-offer=",
            s.url(&format!("/ar/{slug}"))
        );
        assert!(
            fr_page.contains(&arabic_link),
            "the switcher links Arabic: {fr_page}"
        );
        assert!(
            fr_page.contains(&format!(
                "<a href=\"{}\" hreflang=\"fr\" lang=\"fr\" aria-current=\"page\"",
                s.url(&format!("/fr/{slug}"))
            )),
            "the switcher marks the page's language: {fr_page}"
        );

        let (status, ar_page) = page(&s, &format!("/ar/{slug}")).await;
        assert_eq!(status, 200, "{ar_page}");
        assert!(
            ar_page.contains(r#"<html lang="ar" dir="rtl">"#),
            "{ar_page}"
        );

        // The original page has the alternates and the switcher too, and says nothing of a
        // translation.
        let (status, en_page) = page(&s, &format!("/{slug}")).await;
        assert_eq!(status, 200);
        assert!(en_page.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"fr\" href=\"{}\">",
            s.url(&format!("/fr/{slug}"))
        )));
        assert!(
            en_page.contains("class=\"menu language-menu\""),
            "{en_page}"
        );
        assert!(!en_page.contains("translation-notice"), "{en_page}");

        // No translation, or no such language: 404; listings are not taken for languages.
        assert_eq!(page(&s, &format!("/de/{slug}")).await.0, 404);
        assert_eq!(page(&s, &format!("/zz/{slug}")).await.0, 404);
        assert_eq!(page(&s, "/fr/no-such-article").await.0, 404);

        // The newsroom locks French; then one paragraph is edited. Arabic follows the edit by
        // itself, sending only that paragraph (the memory has the rest)…
        let (status, locked) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}/translations/fr"),
                Some(json!({"locked": true})),
            )
            .await;
        assert_eq!(status, 200, "{locked}");
        assert_eq!(locked["locked"], true, "{locked}");
        let sent_before = fake.segments_sent();
        let revision = edit_second_paragraph(&s, id, "Ships wait far offshore.").await;
        let ar = s
            .wait_for_translation(id, "ar", |t| t["source_revision"] == revision)
            .await;
        assert_eq!(ar["outdated"], false, "{ar}");
        assert_eq!(
            fake.segments_sent()[sent_before.len()..],
            ["Ships wait far offshore.".to_owned()],
            "only the edited paragraph is sent again, and only for the unlocked language"
        );

        // …while locked French keeps its text and says the original changed since.
        let fr = s
            .wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        assert_eq!(fr["outdated"], true, "{fr}");
        let (_, stale) = page(&s, &format!("/fr/{slug}")).await;
        assert!(stale.contains("translation-outdated"), "{stale}");
        assert!(stale.contains("SHIPS WAIT OFFSHORE."), "{stale}");
        // No update is promised for a locked translation; the notice is in the page's language.
        assert!(
            stale.contains("L’original a changé depuis cette traduction.</p>"),
            "{stale}"
        );
        assert!(!stale.contains("en préparation"), "{stale}");

        // Unlocked and asked for again, French is refreshed the same way.
        let sent_before = fake.segments_sent();
        let (status, unlocked) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}/translations/fr"),
                Some(json!({"locked": false})),
            )
            .await;
        assert_eq!(status, 200, "{unlocked}");
        let (status, body) = s
            .admin(
                Method::POST,
                &format!("{ARTICLES}/{id}/translations/fr"),
                None,
            )
            .await;
        assert_eq!(status, 202, "{body}");
        let fr = s
            .wait_for_translation(id, "fr", |t| t["source_revision"] == revision)
            .await;
        assert_eq!(fr["outdated"], false, "{fr}");
        assert_eq!(
            fake.segments_sent()[sent_before.len()..],
            ["Ships wait far offshore.".to_owned()],
        );
        let (_, fresh) = page(&s, &format!("/fr/{slug}")).await;
        assert!(fresh.contains("SHIPS WAIT FAR OFFSHORE."), "{fresh}");
        assert!(fresh.contains(">PORT</a> IS QUIET."), "{fresh}");
        assert!(!fresh.contains("translation-outdated"), "{fresh}");

        // An unknown language is refused, naming the field.
        let (status, body) = s
            .admin(
                Method::POST,
                &format!("{ARTICLES}/{id}/translations/zz-nope"),
                None,
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["error"]["field"], "lang", "{body}");
    }
}

#[tokio::test]
async fn wrong_number_of_segments_keeps_the_previous_translation_and_says_why() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let (id, slug) = publish_article(&s).await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;

        fake.set_mode(Mode::OneTooFew);
        edit_second_paragraph(&s, id, "Ships turn back to sea.").await;
        let (status, body) = s
            .admin(
                Method::POST,
                &format!("{ARTICLES}/{id}/translations/fr"),
                None,
            )
            .await;
        assert_eq!(status, 202, "{body}");
        let fr = s
            .wait_for_translation(id, "fr", |t| !t["last_error"].is_null())
            .await;
        let error = fr["last_error"].as_str().expect("an error message");
        assert!(
            error.contains("1 segments sent, 0 translations returned"),
            "{backend:?}: {error}"
        );
        assert_eq!(fr["available"], true, "{fr}");
        assert_eq!(fr["outdated"], true, "{fr}");

        // Readers keep the previous translation, marked as behind the original.
        let (status, page_now) = page(&s, &format!("/fr/{slug}")).await;
        assert_eq!(status, 200);
        assert!(page_now.contains("SHIPS WAIT OFFSHORE."), "{page_now}");
        assert!(!page_now.contains("SHIPS TURN BACK"), "{page_now}");
        assert!(page_now.contains("translation-outdated"), "{page_now}");
        assert!(
            page_now.contains("une traduction à jour est en préparation"),
            "{page_now}"
        );

        // Once the engine behaves, the next attempt succeeds and clears the error.
        fake.set_mode(Mode::Normal);
        s.admin(
            Method::POST,
            &format!("{ARTICLES}/{id}/translations/fr"),
            None,
        )
        .await;
        let fr = s
            .wait_for_translation(id, "fr", |t| {
                t["last_error"].is_null() && t["outdated"] == false
            })
            .await;
        assert_eq!(fr["available"], true);
        let (_, page_now) = page(&s, &format!("/fr/{slug}")).await;
        assert!(page_now.contains("SHIPS TURN BACK TO SEA."), "{page_now}");
    }
}

#[tokio::test]
async fn engine_outage_is_retried_by_the_queue_until_the_translation_is_made() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        fake.set_mode(Mode::Unavailable);
        let s = start(backend, &fake).await;
        let (id, slug) = publish_article(&s).await;
        let fr = s
            .wait_for_translation(id, "fr", |t| !t["last_error"].is_null())
            .await;
        assert_eq!(fr["available"], false, "{fr}");
        assert!(
            fr["last_error"]
                .as_str()
                .unwrap_or_default()
                .contains("retryable"),
            "{fr}"
        );
        // Nothing to read yet.
        assert_eq!(page(&s, &format!("/fr/{slug}")).await.0, 404);
        let (_, en_page) = page(&s, &format!("/{slug}")).await;
        assert!(!en_page.contains("language-menu"), "{en_page}");

        // The job was kept and runs again after its backoff (at least the Retry-After).
        fake.set_mode(Mode::Normal);
        let fr = s
            .wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        assert!(fr["last_error"].is_null(), "{fr}");
        assert_eq!(page(&s, &format!("/fr/{slug}")).await.0, 200);
        // The original page cached before is dropped, and now offers the translation.
        let (_, en_page) = page(&s, &format!("/{slug}")).await;
        assert!(en_page.contains("language-menu"), "{en_page}");
    }
}

//! The newsroom's side of translations over real HTTP, on each available backend, with a
//! LibreTranslate server on 127.0.0.1: the Admin API shows a translation beside its original,
//! takes an edit (sanitised, locked against machine refresh, marked reviewed), refuses an edit
//! made from an older version and a blank title, and the reader is told the page was reviewed;
//! the admin pages list each language's state with the latest failure and offer every
//! configured language; the side-by-side editor saves, keeps what was typed when refused, and
//! marks, locks and unlocks; a segment one engine answers wrongly is sent to the next one.

use gazette_testkit::admin::AdminClient;
use gazette_testkit::libretranslate::{LibreTranslate, Mode};
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{TestServer, backends};
use serde_json::{Value, json};

const ARTICLES: &str = "/api/v1/admin/articles";
const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "proofs on the light table";

async fn start(backend: gazette_testkit::Backend, fake: &LibreTranslate) -> TestServer {
    TestServer::start_with(backend, |c| c.translation = fake.settings(&["fr", "de"])).await
}

async fn publish(s: &TestServer, body: &str) -> (i64, String) {
    s.publish_new(json!({
        "title": "River levels fall after the dam opens",
        "standfirst": "Farmers downstream count the cost.",
        "body_format": "html",
        "body": body,
    }))
    .await
}

async fn state(s: &TestServer, id: i64, lang: &str) -> Option<Value> {
    let (status, list) = s
        .admin(Method::GET, &format!("{ARTICLES}/{id}/translations"), None)
        .await;
    assert_eq!(status, 200, "{list}");
    list.as_array()
        .expect("a list")
        .iter()
        .find(|t| t["language"] == lang)
        .cloned()
}

#[tokio::test]
async fn editors_edit_review_and_lock_a_translation_through_the_admin_api() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let (id, slug) = publish(
            &s,
            "<p>The river fell by a metre overnight.</p><p>Fields stay flooded.</p>",
        )
        .await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        let path = format!("{ARTICLES}/{id}/translations/fr");

        // The translation beside the original, with the version an edit must send back.
        let (status, fr) = s.admin(Method::GET, &path, None).await;
        assert_eq!(status, 200, "{fr}");
        assert_eq!(fr["title"], "RIVER LEVELS FALL AFTER THE DAM OPENS", "{fr}");
        assert_eq!(
            fr["original"]["title"],
            "River levels fall after the dam opens"
        );
        assert_eq!(fr["original"]["revision"], 1, "{fr}");
        assert_eq!(fr["status"], "machine");
        assert_eq!(fr["locked"], false);
        let version = fr["version"].as_i64().expect("a version");

        // Text edits need the version they started from.
        let (status, body) = s
            .admin(
                Method::PATCH,
                &path,
                Some(json!({"title": "Le niveau baisse"})),
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["error"]["field"], "version", "{body}");
        // A blank title is refused, naming it, and nothing changes.
        let (status, body) = s
            .admin(
                Method::PATCH,
                &path,
                Some(json!({"title": "  ", "version": version})),
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["error"]["field"], "title", "{body}");

        let (status, edited) = s
            .admin(
                Method::PATCH,
                &path,
                Some(json!({
                    "title": "Le niveau de la rivière baisse après l'ouverture du barrage",
                    "body_html": "<p>La rivière a baissé d'un mètre.</p><script>alert(1)</script><p>Les champs restent inondés.</p>",
                    "reviewed": true,
                    "version": version,
                })),
            )
            .await;
        assert_eq!(status, 200, "{edited}");
        assert_eq!(edited["status"], "reviewed", "{edited}");
        assert_eq!(edited["locked"], true, "an edited text is locked: {edited}");
        assert_eq!(edited["engine"], "libre", "the machine's provenance stays");
        assert!(
            !edited["body_html"].as_str().unwrap().contains("script"),
            "{edited}"
        );
        // The standfirst was not sent, so it keeps the machine's text.
        assert_eq!(edited["standfirst"], "FARMERS DOWNSTREAM COUNT THE COST.");

        // Saving again from the old version would overwrite the edit: refused.
        let (status, body) = s
            .admin(
                Method::PATCH,
                &path,
                Some(json!({"title": "Autre titre", "version": version})),
            )
            .await;
        assert_eq!(status, 409, "{body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("changed after you opened it"),
            "{body}"
        );

        let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
        assert!(
            page.contains("Le niveau de la rivière baisse après l&#x27;ouverture du barrage")
                || page.contains("Le niveau de la rivière baisse après l&#39;ouverture du barrage"),
            "{page}"
        );
        assert!(
            page.contains("La rivière a baissé d&#x27;un mètre.")
                || page.contains("La rivière a baissé d'un mètre."),
            "{page}"
        );
        assert!(page.contains("translation-reviewed"), "{page}");
        assert!(!page.contains("translation-machine"), "{page}");
        assert!(!page.contains("alert(1)"), "{page}");

        // An edit of the article refreshes German, not the locked French. (The site's own texts
        // came with each language's first article; what is counted next is the article's.)
        s.wait_for_site_texts("fr").await;
        s.wait_for_site_texts("de").await;
        let sent_before = fake.segments_sent().len();
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}"),
                Some(json!({"body": "<p>The river fell by a metre overnight.</p><p>Fields stay flooded for weeks.</p>"})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        s.wait_for_translation(id, "de", |t| t["source_revision"] == 2)
            .await;
        let fr = s
            .wait_for_translation(id, "fr", |t| t["outdated"] == true)
            .await;
        assert_eq!(fr["status"], "reviewed", "{fr}");
        assert_eq!(
            fake.segments_sent()[sent_before..],
            ["Fields stay flooded for weeks.".to_owned()],
            "German only, and only the changed paragraph"
        );
        let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
        assert!(page.contains("Les champs restent inondés."), "{page}");
        assert!(page.contains("translation-outdated"), "{page}");

        // Flags alone need no version; marking as machine keeps the text.
        let (status, flags) = s
            .admin(Method::PATCH, &path, Some(json!({"reviewed": false})))
            .await;
        assert_eq!(status, 200, "{flags}");
        assert_eq!(flags["status"], "machine");
        assert_eq!(flags["locked"], true);
        assert!(flags["body_html"].as_str().unwrap().contains("Les champs"));

        // No such translation, an unknown language, the article's own language.
        let (status, _) = s
            .admin(
                Method::GET,
                &format!("{ARTICLES}/{id}/translations/es"),
                None,
            )
            .await;
        assert_eq!(status, 404);
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}/translations/xx-nope"),
                Some(json!({"reviewed": true})),
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["error"]["field"], "lang");
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}/translations/en"),
                Some(json!({"reviewed": true})),
            )
            .await;
        assert_eq!(status, 422, "{body}");
        // Unknown fields are refused rather than ignored.
        let (status, body) = s
            .admin(Method::PATCH, &path, Some(json!({"reviewd": true})))
            .await;
        assert_eq!(status, 422, "{body}");
    }
}

#[tokio::test]
async fn the_admin_pages_show_each_translation_and_edit_one_side_by_side() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let (id, slug) = publish(
            &s,
            "<p>The river fell by a metre overnight.</p><p>Fields stay flooded.</p>",
        )
        .await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        s.wait_for_translation(id, "de", |t| t["available"] == true)
            .await;
        s.app
            .sessions()
            .set_password(EMAIL, PASSWORD)
            .await
            .unwrap();
        let a = AdminClient::sign_in(&s, EMAIL, PASSWORD, &format!("/admin/articles/{id}")).await;
        let (_, editor) = a.get(&format!("/admin/articles/{id}")).await;
        assert!(editor.contains("id=\"translations-link\""), "{editor}");

        // A failed attempt is shown with its reason, beside the translation readers still see.
        fake.set_mode(Mode::OneTooFew);
        let (status, location, _) = a
            .post(
                &format!("/admin/articles/{id}/translations"),
                &[("lang", "es")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(
            location.ends_with("translations?requested=es"),
            "{location}"
        );
        s.wait_for_translation(id, "es", |t| !t["last_error"].is_null())
            .await;
        fake.set_mode(Mode::Normal);
        let (status, list) = a.get(&location).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        assert!(list.contains("id=\"translations-notice\""), "{list}");
        for lang in ["fr", "de", "es"] {
            assert!(
                list.contains(&format!("data-lang=\"{lang}\"")),
                "{lang}: {list}"
            );
        }
        assert!(list.contains("French (Français)"), "{list}");
        assert!(list.contains("not made yet"), "{list}");
        assert!(
            list.contains("translations returned"),
            "the failure's reason: {list}"
        );
        // Every other offered language can be asked for; those with a translation are not
        // offered again, nor the article's own.
        let options = list.matches("<option value=").count();
        assert!(options >= 48, "{options} languages offered");
        assert!(list.contains("<option value=\"ar\">"), "{list}");
        assert!(!list.contains("<option value=\"fr\">"), "{list}");
        assert!(!list.contains("<option value=\"en\">"), "{list}");
        // A language the site does not know is refused with a message.
        let (status, _, refused) = a
            .post(
                &format!("/admin/articles/{id}/translations"),
                &[("lang", "klingon")],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.contains("not a known language"), "{refused}");

        // The side-by-side editor: the original on one side, the translation's fields on the
        // other.
        let edit_path = format!("/admin/articles/{id}/translations/fr");
        let (status, edit) = a.get(&edit_path).await;
        assert_eq!(status, StatusCode::OK, "{edit}");
        assert!(
            edit.contains("id=\"original-title\">River levels fall after the dam opens<"),
            "{edit}"
        );
        assert!(
            edit.contains("value=\"RIVER LEVELS FALL AFTER THE DAM OPENS\""),
            "{edit}"
        );
        let version = gazette_testkit::html::attr(
            gazette_testkit::html::tags(&edit, "input")
                .iter()
                .find(|t| t.contains("name=\"version\""))
                .expect("the version field"),
            "value",
        )
        .expect("a version value")
        .to_owned();

        // A blank title is refused; what was typed stays in the form.
        let (status, _, refused) = a
            .post(
                &edit_path,
                &[
                    ("action", "save"),
                    ("version", version.as_str()),
                    ("title", ""),
                    ("standfirst", "Les agriculteurs comptent leurs pertes."),
                    ("body_html", "<p>La rivière a baissé.</p>"),
                    ("locked", "1"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.contains("id=\"translation-error\""), "{refused}");
        assert!(
            refused.contains("Les agriculteurs comptent leurs pertes."),
            "{refused}"
        );

        let (status, location, _) = a
            .post(
                &edit_path,
                &[
                    ("action", "save"),
                    ("version", version.as_str()),
                    ("title", "Le niveau de la rivière baisse"),
                    ("standfirst", "Les agriculteurs comptent leurs pertes."),
                    ("body_html", "<p>La rivière a baissé.</p>"),
                    ("reviewed", "1"),
                    ("locked", "1"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(location.ends_with("?saved=save"), "{location}");
        let fr = state(&s, id, "fr").await.unwrap();
        assert_eq!(fr["status"], "reviewed", "{fr}");
        assert_eq!(fr["locked"], true, "{fr}");
        let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
        assert!(page.contains("Le niveau de la rivière baisse"), "{page}");

        // The same form posted again is stale now: refused, and the text typed is kept.
        let (status, _, stale) = a
            .post(
                &edit_path,
                &[
                    ("action", "save"),
                    ("version", version.as_str()),
                    ("title", "Un autre titre"),
                    ("body_html", "<p>Autre.</p>"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(stale.contains("value=\"Un autre titre\""), "{stale}");

        // Unlock, then mark as machine: the flags change, the text stays.
        let (status, _, _) = a.post(&edit_path, &[("action", "unlocked")]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (status, _, _) = a.post(&edit_path, &[("action", "machine")]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let fr = state(&s, id, "fr").await.unwrap();
        assert_eq!(fr["status"], "machine", "{fr}");
        assert_eq!(fr["locked"], false, "{fr}");
        let (_, edit) = a.get(&format!("{edit_path}?saved=machine")).await;
        assert!(
            edit.contains("Marked as a machine translation again."),
            "{edit}"
        );
        assert!(
            edit.contains("value=\"Le niveau de la rivière baisse\""),
            "{edit}"
        );

        // Without the session's token nothing changes.
        let (status, _, _) = a.post_raw(&edit_path, &[("action", "reviewed")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(state(&s, id, "fr").await.unwrap()["status"], "machine");
    }
}

#[tokio::test]
async fn an_answer_in_the_wrong_language_keeps_the_previous_translation_and_says_why() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let long = "The water board said on Monday that the river had fallen by more than a \
                    metre overnight and that the fields would stay flooded for weeks.";
        let (id, slug) = publish(&s, &format!("<p>{long}</p>")).await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;

        // The engine now ignores the target language; an edit asks for a refresh.
        fake.set_mode(Mode::SourceLanguage);
        let (status, body) = s
            .admin(
                Method::PATCH,
                &format!("{ARTICLES}/{id}"),
                Some(json!({"body": format!("<p>{long}</p><p>Schools in the lower valley reopen on Thursday, the mayor told reporters at the town hall.</p>")})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        let fr = s
            .wait_for_translation(id, "fr", |t| !t["last_error"].is_null())
            .await;
        let error = fr["last_error"].as_str().unwrap();
        assert!(
            error.contains("the translation is in English, not fr"),
            "{backend:?}: {error}"
        );
        assert_eq!(fr["available"], true, "{fr}");
        assert_eq!(fr["outdated"], true, "{fr}");
        let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
        assert!(page.contains("THE WATER BOARD SAID ON MONDAY"), "{page}");
        assert!(!page.contains("Schools reopen"), "{page}");

        // The editor sees the reason on the admin's translations page and in the editor.
        s.app
            .sessions()
            .set_password(EMAIL, PASSWORD)
            .await
            .unwrap();
        let a = AdminClient::sign_in(
            &s,
            EMAIL,
            PASSWORD,
            &format!("/admin/articles/{id}/translations"),
        )
        .await;
        let (_, list) = a.get(&format!("/admin/articles/{id}/translations")).await;
        assert!(list.contains("is in English, not fr"), "{list}");
        assert!(
            list.contains("readers still see the previous translation"),
            "{list}"
        );
        let (_, edit) = a
            .get(&format!("/admin/articles/{id}/translations/fr"))
            .await;
        assert!(edit.contains("id=\"translation-last-error\""), "{edit}");
    }
}

#[tokio::test]
async fn a_segment_rejected_from_one_engine_is_sent_again_to_the_next_one() {
    for backend in backends().await {
        let wrong = LibreTranslate::start().await;
        wrong.set_mode(Mode::SourceLanguage);
        let right = LibreTranslate::start().await;
        let toml = format!(
            "[translation]\nauto_languages = [\"fr\"]\ndefault = [\"first\", \"second\"]\n\
             [translation.engines.first]\nkind = \"libretranslate\"\nurl = {:?}\n\
             [translation.engines.second]\nkind = \"libretranslate\"\nurl = {:?}\n",
            wrong.url, right.url
        );
        let translation = gazette_app::Config::parse(&toml).unwrap().translation;
        let s = TestServer::start_with(backend, |c| c.translation = translation).await;
        let long = "The water board said on Monday that the river had fallen by more than a \
                    metre overnight and that the fields would stay flooded for weeks.";
        let (id, slug) = publish(&s, &format!("<p>{long}</p>")).await;
        let fr = s
            .wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        assert!(fr["last_error"].is_null(), "{fr}");
        // The long paragraph came back in English from the first engine and was sent to the
        // second; the short title and standfirst passed the first one's answer.
        assert!(
            wrong.segments_sent().iter().any(|q| q == long),
            "{:?}",
            wrong.segments_sent()
        );
        assert_eq!(right.segments_sent(), [long.to_owned()]);
        let page = s.get(&format!("/fr/{slug}")).await.text().await.unwrap();
        assert!(page.contains("THE WATER BOARD SAID ON MONDAY"), "{page}");
    }
}

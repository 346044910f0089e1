//! Newsletters per language edition, against the real SMTP server and a real Apertium APy
//! (English to Spanish), on each available backend: a subscriber whose language is Spanish gets
//! the edition's subject and introduction from the engine, each article's Spanish title and
//! standfirst where it has a translation (linking to `/es/{slug}`) and the original otherwise,
//! marked with its language; the page words of the email are Spanish. An English subscriber of
//! the same edition gets it as written. The edition's archive page in Spanish shows what the
//! Spanish subscribers got, without asking the engine again. Without APy that test says
//! "SKIPPED" and passes, unless `GAZETTE_REQUIRE_APERTIUM=1`.
//!
//! And the newsletter pages per language, with no engine: sign-up, confirmation, preferences,
//! archive, edition and unsubscribing at `/{lang}/newsletter…` in the reader's language (right
//! to left in Arabic), the sign-up in a language making a reader of that language's edition.

use gazette_testkit::apertium::Apy;
use gazette_testkit::reqwest::Method;
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

use crate::newsletter::{import, mail_to, publication, send_edition};

const SUBJECT: &str = "The river and the port";
const INTRO: &str = "Good morning. Today we read about farmers and their debts.";

async fn server(backend: gazette_testkit::Backend, smtp: &SmtpServer, apy: &Apy) -> TestServer {
    let url = smtp.url();
    let translation = gazette_app::Config::parse(&format!(
        "[translation]\ndefault = [\"apertium\"]\n\
         [translation.engines.apertium]\nkind = \"apertium\"\nurl = {:?}\ntimeout_secs = 30\n",
        apy.url
    ))
    .expect("the translation section parses")
    .translation;
    TestServer::start_with(backend, move |c| {
        c.mail.smtp_url = url;
        c.mail.from = "The Test Review <news@review.example>".into();
        c.newsletter.retry_after_secs = 1;
        c.translation = translation;
    })
    .await
}

/// The article's id, by slug, from the Admin API.
async fn article_id(s: &TestServer, slug: &str) -> i64 {
    let (status, list) = s
        .admin(Method::GET, "/api/v1/admin/articles?per_page=50", None)
        .await;
    assert_eq!(status, 200, "{list}");
    list["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["slug"] == slug)
        .and_then(|a| a["id"].as_i64())
        .unwrap_or_else(|| panic!("no article {slug}: {list}"))
}

#[tokio::test]
async fn a_spanish_subscriber_gets_spanish_titles_and_links_to_es_pages() {
    let Some(apy) = Apy::start_or_skip(&["eng-spa"]).await else {
        return;
    };
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp, &apy).await;
        publication(&s).await;

        // One article translated into Spanish by the engine, through the Admin API and the
        // job queue; the other two stay English.
        let river = article_id(&s, "river-of-debts").await;
        let (status, body) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{river}/translations/es"),
                None,
            )
            .await;
        assert!((200..300).contains(&status), "{status}: {body}");
        s.wait_for_translation(river, "es", |t| t["available"] == true)
            .await;
        let (_, spanish) = s
            .admin(
                Method::GET,
                &format!("/api/v1/admin/articles/{river}/translations/es"),
                None,
            )
            .await;
        let spanish_title = spanish["title"].as_str().unwrap().to_owned();
        let spanish_standfirst = spanish["standfirst"].as_str().unwrap().to_owned();
        assert_ne!(spanish_title, "A river of debts", "{spanish}");

        let (status, body) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/newsletters/daily/next",
                Some(json!({"subject": SUBJECT, "intro": INTRO,
                    "articles": ["river-of-debts", "cranes-stand-still"]})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        // A reader of the Spanish edition, and one of the site's own.
        let spanish_reader = s
            .app
            .newsletters()
            .import_subscribers("daily", ["ana@lectores.example".to_owned()], "es")
            .await
            .expect("the import runs");
        assert_eq!(spanish_reader.added, 1);
        import(&s, "daily", &["reader@example.org"]).await;
        let edition = send_edition(&s, "daily").await;
        assert_eq!(edition["progress"]["sent"], 2, "{edition}");

        let mail = mail_to(&smtp, "ana@lectores.example", 1).await.remove(0);
        let (html, text) = (mail.html().unwrap_or_default(), mail.text());
        // Subject and introduction from the engine.
        let subject = mail.subject();
        assert_ne!(subject, SUBJECT, "the subject was translated");
        assert!(subject.to_lowercase().contains("río"), "{subject}");
        assert!(
            !text.contains("Today we read about"),
            "the introduction was translated: {text}"
        );
        // The translated article: its Spanish words, linked to the Spanish page.
        assert!(html.contains(&spanish_title), "{html}");
        assert!(text.contains(&spanish_standfirst), "{text}");
        assert!(
            html.contains(&format!("{}/es/river-of-debts", s.base)),
            "{html}"
        );
        // The untranslated one: the original, linked to itself, marked English.
        assert!(html.contains("Cranes stand still"), "{html}");
        assert!(
            html.contains(&format!("\"{}/cranes-stand-still\"", s.base)),
            "{html}"
        );
        assert!(!html.contains("/es/cranes-stand-still"), "{html}");
        assert!(
            html.contains(" lang=\"en\""),
            "the original is marked: {html}"
        );
        // The email's own words are Spanish, in a Spanish document.
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"), "{html}");
        assert!(html.contains("Leer el artículo"), "{html}");
        assert!(html.contains("Edición por idioma: Español"), "{html}");
        assert!(text.contains("Leer esta edición en la web"), "{text}");
        assert!(!html.contains("Read the article"), "{html}");
        assert!(
            mail.header("List-Unsubscribe")
                .is_some_and(|u| u.contains("/es/newsletter/unsubscribe/")),
            "{:?}",
            mail.header("List-Unsubscribe")
        );

        // The English subscriber: the edition as the editors wrote it.
        let english = mail_to(&smtp, "reader@example.org", 1).await.remove(0);
        let english_html = english.html().unwrap_or_default();
        assert_eq!(english.subject(), SUBJECT);
        assert!(english_html.contains("A river of debts"), "{english_html}");
        assert!(!english_html.contains("/es/"), "{english_html}");
        assert!(english_html.contains("Read the article"), "{english_html}");

        // The archive page in Spanish, from the memory the sender filled.
        let (status, page) = s.page("/es/newsletter/daily/1").await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("<html lang=\"es\""), "{page}");
        assert!(page.contains(&subject), "{page}");
        assert!(page.contains(&spanish_title), "{page}");
        assert!(page.contains("/es/river-of-debts\""), "{page}");
        assert!(
            page.contains("class=\"card-language\" lang=\"en\">English</span>"),
            "{page}"
        );
    }
}

/// A form post, as a browser sends it.
async fn post_form(s: &TestServer, path: &str, body: &str) -> (u16, String) {
    let res = s
        .client
        .post(s.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .expect("the server answers");
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

#[tokio::test]
async fn newsletter_pages_are_in_the_readers_language_from_sign_up_to_unsubscribe() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = crate::newsletter::server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;

        // The sign-up page in Spanish: its words, its schedule, Spanish chosen, posting in /es/.
        let (status, page) = s.page("/es/newsletter").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(
            page.contains("<html lang=\"es\" dir=\"ltr\">"),
            "{ctx}: {page}"
        );
        assert!(page.contains("<h1>Boletines</h1>"), "{ctx}: {page}");
        assert!(
            page.contains("Todos los días a las 07:00 (Europe/Paris)"),
            "{ctx}: {page}"
        );
        assert!(
            page.contains("<option value=\"es\" selected>"),
            "{ctx}: {page}"
        );
        assert!(
            page.contains("action=\"/es/newsletter/subscribe\""),
            "{ctx}: {page}"
        );
        assert!(
            page.contains("href=\"/es/newsletter/daily\""),
            "{ctx}: {page}"
        );
        assert!(!page.contains("Every day at"), "{ctx}: {page}");

        // Right to left in Arabic.
        let (status, page) = s.page("/ar/newsletter").await;
        assert_eq!(status, 200, "{ctx}");
        assert!(
            page.contains("<html lang=\"ar\" dir=\"rtl\">"),
            "{ctx}: {page}"
        );
        assert!(page.contains("النشرات البريدية"), "{ctx}: {page}");

        // Subscribing from the Spanish page (no language field, as in every footer) makes a
        // reader of the Spanish edition, told so in Spanish.
        let (status, page) = post_form(
            &s,
            "/es/newsletter/subscribe",
            "email=ana%40lectores.example",
        )
        .await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(
            page.contains("Revisa tu bandeja de entrada"),
            "{ctx}: {page}"
        );
        let confirm = &mail_to(&smtp, "ana@lectores.example", 1).await[0];
        let confirm_url =
            crate::newsletter::link(&confirm.text(), &s.url("/es/newsletter/confirm/"));
        let (status, page) = s.page(confirm_url.trim_start_matches(&s.base)).await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("<html lang=\"es\""), "{ctx}: {page}");
        let list = s
            .app
            .newsletters()
            .subscribers(
                &gazette_app::Actor::System,
                &gazette_app::SubscriberQuery {
                    search: "ana@".into(),
                    page: 1,
                    ..Default::default()
                },
            )
            .await
            .expect("the subscriber list");
        assert_eq!(list.items[0].language, "es", "{ctx}");

        // The edition reaches her with links into the Spanish pages.
        s.admin(
            Method::PUT,
            "/api/v1/admin/newsletters/daily/next",
            Some(json!({"articles": ["salt-flats"]})),
        )
        .await;
        send_edition(&s, "daily").await;
        let mail = mail_to(&smtp, "ana@lectores.example", 2).await.remove(1);
        let text = mail.text();
        let manage = crate::newsletter::link(&text, &s.url("/es/newsletter/manage/"));
        let unsubscribe = crate::newsletter::link(&text, &s.url("/es/newsletter/unsubscribe/"));

        let (status, page) = s.page(manage.trim_start_matches(&s.base)).await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("<h1>Tus boletines</h1>"), "{ctx}: {page}");
        assert!(
            page.contains("<option value=\"es\" selected>"),
            "{ctx}: {page}"
        );

        // The archive and the edition in Spanish.
        let (status, page) = s.page("/es/newsletter/daily").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("Ediciones anteriores"), "{ctx}: {page}");
        assert!(
            page.contains("href=\"/es/newsletter/daily/1\""),
            "{ctx}: {page}"
        );
        let (status, page) = s.page("/es/newsletter/daily/1").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("<html lang=\"es\""), "{ctx}: {page}");
        assert!(
            page.contains("Edición por idioma: Español"),
            "{ctx}: {page}"
        );

        // Unsubscribing, in Spanish to the end.
        let path = unsubscribe.trim_start_matches(&s.base).to_owned();
        let (status, page) = s.page(&path).await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("<html lang=\"es\""), "{ctx}: {page}");
        let (status, page) = post_form(&s, &path, "").await;
        assert_eq!(status, 200, "{ctx}: {page}");
        assert!(page.contains("Te has dado de baja"), "{ctx}: {page}");
    }
}

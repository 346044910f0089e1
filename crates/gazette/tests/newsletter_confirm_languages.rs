//! The confirmation email in the reader's language, against the real SMTP server on each
//! available backend: subscribing from `/es/newsletter` or `/ar/newsletter` sends a confirmation
//! whose subject, text and HTML parts say what that language's catalogue says (the names of the
//! newsletters joined with its own separators, the link's validity with its plural forms), in a
//! document marked with the language and its direction (right to left in Arabic), with none of
//! the English sentences. Subscribing from `/newsletter` sends the English email as before.
//!
//! The expected sentences come from the theme's catalogues (`gazette_render`'s `Catalogues`, as
//! the server loads them), never from copies in this file, so a translator's change to a
//! sentence does not break the test while a template that drops back to English does.

use gazette_render::i18n::{Arg, Catalogues};
use gazette_testkit::TestServer;
use gazette_testkit::backends;
use gazette_testkit::reqwest::Method;
use gazette_testkit::smtp::{ReceivedMail, SmtpServer};
use serde_json::json;

use crate::newsletter::{mail_to, publication, server};

/// The site's name, set through the settings; every confirmation names it.
const SITE: &str = "The Test Review";
/// What the reader chose, in the order the email lists them (the newsletters' order).
const CHOSEN: &str = "newsletter=daily&newsletter=weekly&newsletter=weekend";
const NAMES: [&str; 3] = ["The Daily", "The Weekly", "The Weekend"];
/// Stands for the list of names while a message is escaped as the HTML template escapes it.
const LIST_MARK: &str = "LISTMARK";

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

/// Text as the templates escape it in HTML. The theme and minijinja write quotes and `/` as
/// different entities; the sentences checked here have none, which this makes sure of.
fn escape(text: &str) -> String {
    assert!(
        !text.contains(['"', '\'', '/']),
        "{text:?}: a quote or slash, escaped differently by the theme and minijinja"
    );
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The sentences of a confirmation in one language, formatted by its catalogue.
struct Expected {
    subject: String,
    greeting: String,
    /// "Someone … asked to receive A, B and C from SITE …" with the names as plain text.
    asked_text: String,
    /// The same sentence as the HTML part has it, the names in bold.
    asked_html: String,
    open_link: String,
    button: String,
    link_works: String,
    copy_address: String,
    not_you: String,
}

impl Expected {
    fn of(i18n: &Catalogues, lang: &str, hours: u32) -> Expected {
        let m = |key: &str, args: &[(&str, Arg<'_>)]| {
            i18n.try_message(lang, key, args)
                .unwrap_or_else(|e| panic!("{lang}: {key}: {e}"))
        };
        // "A, B and C" with the language's separators, as the templates join the names.
        let list = |names: &[String], escaped: bool| {
            let word = |key: &str| {
                let w = m(key, &[]);
                if escaped { escape(&w) } else { w }
            };
            let (last, rest) = names.split_last().expect("some names");
            if rest.is_empty() {
                return last.clone();
            }
            format!(
                "{}{}{last}",
                rest.join(&word("list-separator")),
                word("list-and")
            )
        };
        let plain: Vec<String> = NAMES.iter().map(|n| (*n).to_owned()).collect();
        let bold: Vec<String> = NAMES
            .iter()
            .map(|n| format!("<strong>{}</strong>", escape(n)))
            .collect();
        let hours = Arg::from(i64::from(hours));
        let asked = |newsletters: String| {
            m(
                "confirm-asked",
                &[("newsletters", newsletters.into()), ("site", SITE.into())],
            )
        };
        Expected {
            subject: m("confirm-subject", &[("site", SITE.into())]),
            greeting: m("confirm-greeting", &[]),
            asked_text: asked(list(&plain, false)),
            // The sentence is escaped with the list standing aside, then the list (markup
            // made by the template) put in its place, as the template does.
            asked_html: escape(&asked(LIST_MARK.to_owned())).replace(LIST_MARK, &list(&bold, true)),
            open_link: m("confirm-open-link", &[("hours", hours.clone())]),
            button: m("confirm-button", &[]),
            link_works: m("confirm-link-works", &[("hours", hours)]),
            copy_address: m("confirm-copy-address", &[]),
            not_you: m("confirm-not-you", &[]),
        }
    }

    /// The sentences of the text part.
    fn text_sentences(&self) -> [&str; 4] {
        [
            &self.greeting,
            &self.asked_text,
            &self.open_link,
            &self.not_you,
        ]
    }

    /// The sentences of the HTML part, unescaped (for looking for English in it).
    fn html_sentences(&self) -> [&str; 5] {
        [
            &self.button,
            &self.link_works,
            &self.copy_address,
            &self.not_you,
            &self.subject,
        ]
    }
}

/// Checks a confirmation received in `lang` against the catalogue, and that no English
/// sentence is left in it.
fn check_confirmation(mail: &ReceivedMail, i18n: &Catalogues, lang: &str, dir: &str, hours: u32) {
    let want = Expected::of(i18n, lang, hours);
    let english = Expected::of(i18n, "en", hours);
    let ctx = format!("{lang} confirmation");
    let (text, html) = (mail.text(), mail.html().unwrap_or_default());

    assert_eq!(mail.subject(), want.subject, "{ctx}");
    for sentence in want.text_sentences() {
        assert!(text.contains(sentence), "{ctx}: {sentence:?} in {text}");
    }
    assert!(
        html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
        "{ctx}: {html}"
    );
    // The content cell repeats the direction for webmail, which drops <html>.
    assert!(
        html.contains(&format!("<td dir=\"{dir}\"")),
        "{ctx}: {html}"
    );
    assert!(
        html.contains(&format!("<title>{}</title>", escape(&want.subject))),
        "{ctx}: {html}"
    );
    assert!(
        html.contains(&want.asked_html),
        "{ctx}: {:?} in {html}",
        want.asked_html
    );
    for sentence in [
        &want.button,
        &want.copy_address,
        &want.link_works,
        &want.not_you,
    ] {
        assert!(
            html.contains(&escape(sentence)),
            "{ctx}: {sentence:?} in {html}"
        );
    }
    if lang != "en" {
        for sentence in english.text_sentences() {
            assert!(
                !text.contains(sentence),
                "{ctx}: English {sentence:?} in {text}"
            );
        }
        for sentence in english.html_sentences() {
            assert!(
                !html.contains(&escape(sentence)),
                "{ctx}: English {sentence:?} in {html}"
            );
        }
        assert!(
            !html.contains(&english.asked_html),
            "{ctx}: English in {html}"
        );
        assert_ne!(want.subject, english.subject, "{lang} has its own subject");
    }
}

#[tokio::test]
async fn the_confirmation_email_is_in_the_language_the_reader_subscribed_in() {
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let s = server(backend, &smtp).await;
        let ctx = format!("{backend:?}");
        publication(&s).await;
        let (status, body) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/settings",
                Some(json!({"name": SITE})),
            )
            .await;
        assert_eq!(status, 200, "{ctx}: {body}");
        s.create(
            "/api/v1/admin/newsletters",
            json!({"slug": "weekly", "name": "The Weekly", "cadence": "weekly", "weekday": "friday", "send_time": "16:00"}),
        )
        .await;
        s.create(
            "/api/v1/admin/newsletters",
            json!({"slug": "weekend", "name": "The Weekend", "cadence": "weekly", "weekday": "saturday", "send_time": "09:00"}),
        )
        .await;
        let i18n = s.app.theme().i18n();
        let hours = s.app.config().newsletter.confirm_link_hours;

        for (lang, dir, email) in [
            ("es", "ltr", "ana@lectores.example"),
            ("ar", "rtl", "layla@qurraa.example"),
            ("en", "ltr", "reader@example.org"),
        ] {
            let path = if lang == "en" {
                "/newsletter/subscribe".to_owned()
            } else {
                format!("/{lang}/newsletter/subscribe")
            };
            let body = format!("email={}&{CHOSEN}", email.replace('@', "%40"));
            let (status, page) = post_form(&s, &path, &body).await;
            assert_eq!(status, 200, "{ctx}: {lang}: {page}");
            let mail = mail_to(&smtp, email, 1).await.remove(0);
            check_confirmation(&mail, i18n, lang, dir, hours);
            // The link in both parts leads back to the edition the reader subscribed in.
            let prefix = if lang == "en" {
                s.url("/newsletter/confirm/")
            } else {
                s.url(&format!("/{lang}/newsletter/confirm/"))
            };
            let link = crate::newsletter::link(&mail.text(), &prefix);
            assert!(
                mail.html().unwrap_or_default().contains(&link),
                "{ctx}: {lang}"
            );
        }

        // The English email as it always read.
        let english = mail_to(&smtp, "reader@example.org", 1).await.remove(0);
        let text = english.text();
        assert_eq!(
            english.subject(),
            format!("Confirm your subscription to {SITE}")
        );
        assert!(
            text.starts_with(&format!(
                "Hello,\n\nSomeone, probably you, asked to receive The Daily, The Weekly and \
                 The Weekend from {SITE} at this address.\n\nTo confirm, open this link (it \
                 works for {hours} hours):\n\n"
            )),
            "{ctx}: {text}"
        );
        assert!(
            text.contains(
                "\n\nIf it was not you, ignore this email: you will not hear from us again.\n\n--\n"
            ),
            "{ctx}: {text}"
        );
    }
}

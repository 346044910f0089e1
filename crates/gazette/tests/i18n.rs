//! The site's own words in the page's language: a translation at `/fr/{slug}` or `/ar/{slug}`
//! is framed in French or Arabic (masthead, dateline, notices, footer, with a French or Arabic
//! date), right to left for Arabic, while the original at `/{slug}` stays English. Articles are
//! translated by the job queue through a LibreTranslate fake on 127.0.0.1, as in production.

use gazette_testkit::libretranslate::LibreTranslate;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const ARABIC_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

async fn start(backend: gazette_testkit::Backend, fake: &LibreTranslate) -> TestServer {
    TestServer::start_with(backend, |c| c.translation = fake.settings(&["fr", "ar"])).await
}

async fn publish_article(s: &TestServer) -> (i64, String) {
    s.publish_new(json!({
        "title": "Ferry crews vote on the new rota",
        "standfirst": "The night crossings depend on it.",
        "body_format": "html",
        "body": "<p>The vote closes on Friday.</p>",
    }))
    .await
}

async fn page(s: &TestServer, path: &str) -> String {
    let res = s.get(path).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    res.text().await.expect("a body")
}

/// The dateline's `<time>`: its ISO date as (year, month, day), and the text it shows.
fn dateline(page: &str, published: &str) -> ((i32, usize, u32), String) {
    let start = page
        .find(&format!(
            "<p class=\"dateline\">{published} <time datetime=\""
        ))
        .unwrap_or_else(|| panic!("a dateline starting {published:?} in {page}"));
    let rest = &page[start..];
    let iso = &rest[rest.find("datetime=\"").expect("datetime") + 10..];
    let date: Vec<&str> = iso[..10].split('-').collect();
    let ymd = (
        date[0].parse().expect("a year"),
        date[1].parse().expect("a month"),
        date[2].parse().expect("a day"),
    );
    let text = &rest[rest.find('>').expect("a tag") + 1..];
    let text = &text[text.find('>').expect("the time tag") + 1..];
    let text = &text[..text.find("</time>").expect("the end of the time")];
    (ymd, text.to_owned())
}

#[tokio::test]
async fn translations_are_framed_in_their_language_and_the_original_stays_english() {
    for backend in backends().await {
        let fake = LibreTranslate::start().await;
        let s = start(backend, &fake).await;
        let (id, slug) = publish_article(&s).await;
        s.wait_for_translation(id, "fr", |t| t["available"] == true)
            .await;
        s.wait_for_translation(id, "ar", |t| t["available"] == true)
            .await;

        // French: the theme's words, and a French date in the dateline.
        let fr = page(&s, &format!("/fr/{slug}")).await;
        assert!(fr.contains(r#"<html lang="fr" dir="ltr">"#), "{fr}");
        assert!(fr.contains(">Aller au contenu principal</a>"), "{fr}");
        assert!(
            fr.contains("<button type=\"submit\">Rechercher</button>"),
            "{fr}"
        );
        assert!(fr.contains(">Flux RSS</a>"), "{fr}");
        assert!(fr.contains(">Partager cet article</h2>"), "{fr}");
        assert!(
            fr.contains("Traduction automatique (LibreTranslate)"),
            "the notice in the page's language: {fr}"
        );
        assert!(fr.contains("Lire l’original (English)"), "{fr}");
        let ((year, month, day), shown) = dateline(&fr, "Publié le");
        let day_fr = if day == 1 {
            "1er".to_owned()
        } else {
            day.to_string()
        };
        assert_eq!(
            shown,
            format!("{day_fr} {} {year}", FRENCH_MONTHS[month - 1]),
            "{fr}"
        );
        assert!(!fr.contains("Skip to main content"), "{fr}");
        assert!(!fr.contains(">Published <"), "{fr}");

        // Arabic: right to left, Arabic words and an Arabic month.
        let ar = page(&s, &format!("/ar/{slug}")).await;
        assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#), "{ar}");
        assert!(ar.contains(">انتقل إلى المحتوى الرئيسي</a>"), "{ar}");
        assert!(ar.contains("<button type=\"submit\">بحث</button>"), "{ar}");
        assert!(ar.contains(">شارك هذا المقال</h2>"), "{ar}");
        assert!(ar.contains("ترجمة آلية (LibreTranslate)"), "{ar}");
        let ((year, month, day), shown) = dateline(&ar, "نُشر في");
        assert_eq!(
            shown,
            format!("{day} {} {year}", ARABIC_MONTHS[month - 1]),
            "{ar}"
        );

        // One notice, in the page's language: a reader sent a link in a language they do not
        // read finds the original through the language menu, named in its own language.
        for translated in [&fr, &ar] {
            assert_eq!(
                translated.matches("class=\"translation-notice\"").count(),
                1,
                "{translated}"
            );
            assert!(!translated.contains("Machine translation"), "{translated}");
            assert!(
                translated.contains(&format!(
                    "<a href=\"{}\" hreflang=\"en\" lang=\"en\"",
                    s.url(&format!("/{slug}"))
                )) && translated.contains(">English</a>"),
                "{translated}"
            );
        }

        // The original and the rest of the site stay English.
        let en = page(&s, &format!("/{slug}")).await;
        assert!(en.contains(r#"<html lang="en" dir="ltr">"#), "{en}");
        assert!(en.contains(">Skip to main content</a>"), "{en}");
        assert!(en.contains(">Share this article</h2>"), "{en}");
        assert!(!en.contains("translation-notice"), "{en}");
        let ((year, month, day), shown) = dateline(&en, "Published");
        assert_eq!(
            shown,
            format!("{day} {} {year}", ENGLISH_MONTHS[month - 1]),
            "{en}"
        );
        let home = page(&s, "/").await;
        assert!(home.contains(">Skip to main content</a>"), "{home}");
        assert!(!home.contains("Rechercher"), "{home}");
    }
}

//! The site in a reader's language, on each available backend: every reader page exists under
//! `/{lang}/` for each language a published article is translated into, framed in that
//! language's words, right to left where the language is, its cards translated where a
//! translation exists and otherwise the original marked with its language; feeds and sitemaps
//! list every version; the page cache drops exactly the pages that show a new translation in its
//! language.

use gazette_testkit::reqwest::Method;
use gazette_testkit::{TestServer, backends};
use serde_json::json;

/// A translation written by the newsroom through the Admin API, as an editor (or the demo's
/// recorded translations) would: no engine needed.
async fn translate(s: &TestServer, id: i64, lang: &str, title: &str, standfirst: &str) {
    let (status, out) = s
        .admin(
            Method::PATCH,
            &format!("/api/v1/admin/articles/{id}/translations/{lang}"),
            Some(json!({"title": title, "standfirst": standfirst,
                "body_html": format!("<p>{title}: {standfirst}</p>")})),
        )
        .await;
    assert_eq!(status, 200, "{lang}: {out}");
}

/// Two published articles, both by Amal Rahim in a report; "Harbour strike" is filed under Iraq,
/// republished from a partner; "Marshes dry up" under the theme Water. Returns their ids and
/// slugs.
async fn two_articles(s: &TestServer) -> ((i64, String), (i64, String)) {
    s.add_region("iraq", "Iraq", None).await;
    s.add_theme("water", "Water").await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    s.add_source("tigris-post", "Tigris Post").await;
    let strike = s
        .publish_new(
            json!({"title": "Harbour strike", "standfirst": "Dockers stay out.",
            "body": "The port is quiet.", "regions": ["iraq"], "authors": ["amal-rahim"],
            "original": {"source": "tigris-post", "url": "https://tigris-post.example/strike",
                "date": "2026-11-02"}}),
        )
        .await;
    let marshes = s
        .publish_new(
            json!({"title": "Marshes dry up", "standfirst": "Reed beds shrink.",
            "body": "The water is gone.", "themes": ["water"], "authors": ["amal-rahim"]}),
        )
        .await;
    s.add_report("rivers", "Rivers", &[&strike.1, &marshes.1])
        .await;
    (strike, marshes)
}

async fn page(s: &TestServer, path: &str) -> (u16, String) {
    let res = s.get(path).await;
    (res.status().as_u16(), res.text().await.expect("a body"))
}

/// What each edition tested is written in: its tag, direction, a word of its catalogue (the
/// search button's), its 404 heading, and the translated title of "Harbour strike".
struct Edition {
    lang: &'static str,
    dir: &'static str,
    search: &'static str,
    not_found: &'static str,
    title: &'static str,
}

const EDITIONS: &[Edition] = &[
    Edition {
        lang: "es",
        dir: "ltr",
        search: "Buscar",
        not_found: "Página no encontrada",
        title: "Huelga en el puerto",
    },
    Edition {
        lang: "ar",
        dir: "rtl",
        search: "بحث",
        not_found: "الصفحة غير موجودة",
        title: "إضراب في الميناء",
    },
    Edition {
        lang: "zh-Hans",
        dir: "ltr",
        search: "搜索",
        not_found: "找不到页面",
        title: "港口罢工",
    },
];

#[tokio::test]
async fn every_reader_page_exists_in_each_edition_in_its_language() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ((strike, strike_slug), (_, marshes_slug)) = two_articles(&s).await;
        for e in EDITIONS {
            translate(&s, strike, e.lang, e.title, "…").await;
        }
        for e in EDITIONS {
            let l = e.lang;
            let frame = format!("<html lang=\"{l}\" dir=\"{}\">", e.dir);
            for path in [
                format!("/{l}/"),
                format!("/{l}/region/iraq"),
                format!("/{l}/theme/water"),
                format!("/{l}/report/rivers"),
                format!("/{l}/author/amal-rahim"),
                format!("/{l}/source/tigris-post"),
                format!("/{l}/{strike_slug}"),
            ] {
                let (status, html) = page(&s, &path).await;
                assert_eq!(status, 200, "{backend:?} {path}");
                assert!(html.contains(&frame), "{backend:?} {path}: {frame}");
                assert!(
                    html.contains(&format!(">{}</button>", e.search)),
                    "{backend:?} {path}: the search button in the edition's words"
                );
                assert!(
                    html.contains(&format!("action=\"/{l}/search\"")),
                    "{backend:?} {path}: search stays in the edition"
                );
                assert!(
                    html.contains(&format!("href=\"/{l}/region/iraq\"")),
                    "{backend:?} {path}: navigation stays in the edition"
                );
                assert!(
                    html.contains(&format!("class=\"brand\" href=\"/{l}/\"")),
                    "{backend:?} {path}: the masthead leads to the edition's home"
                );
                // Alternates: the site's language as x-default, and every edition.
                let base = s.url("");
                let site_path = path.strip_prefix(&format!("/{l}")).unwrap();
                for (hreflang, href) in [
                    ("x-default", format!("{base}{site_path}")),
                    ("en", format!("{base}{site_path}")),
                    ("es", format!("{base}/es{site_path}")),
                    ("ar", format!("{base}/ar{site_path}")),
                    ("zh-Hans", format!("{base}/zh-Hans{site_path}")),
                ] {
                    let link =
                        format!("<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\">");
                    assert!(html.contains(&link), "{backend:?} {path}: {link}");
                }
                // The header's language menu links every edition of this page.
                assert!(
                    html.contains("class=\"menu language-menu\"")
                        && html.contains(&format!("href=\"{base}/es{site_path}\" hreflang=\"es\"")),
                    "{backend:?} {path}: the language menu"
                );
            }

            // The share links' own word is the edition's too.
            let (_, article) = page(&s, &format!("/{l}/{strike_slug}")).await;
            assert!(!article.contains(">Email</a>"), "{backend:?} {l}");

            // Cards: the translation where there is one (linked in the edition), else the
            // original, marked with its language.
            for path in [format!("/{l}/"), format!("/{l}/author/amal-rahim")] {
                let (_, html) = page(&s, &path).await;
                assert!(
                    html.contains(&format!("<a href=\"/{l}/{strike_slug}\">{}</a>", e.title)),
                    "{backend:?} {path}: the translated card"
                );
                assert!(
                    html.contains(&format!(
                        "<a href=\"/{marshes_slug}\" hreflang=\"en\">Marshes dry up</a>"
                    )) && html.contains("<p class=\"card-language\">English</p>")
                        && html.contains("<article class=\"card\" lang=\"en\">"),
                    "{backend:?} {path}: the untranslated card, marked as English"
                );
                assert!(!html.contains(">Harbour strike<"), "{backend:?} {path}");
            }

            // Feeds of the edition: translated entries linking into it, the rest original.
            let (status, rss) = page(&s, &format!("/{l}/feed.rss")).await;
            assert_eq!(status, 200, "{backend:?}");
            assert!(
                rss.contains(&format!("<language>{l}</language>")),
                "{backend:?}: {rss}"
            );
            assert!(
                rss.contains(&format!("<title>{}</title>", e.title))
                    && rss.contains(&format!("{}/{l}/{strike_slug}", s.url("")))
                    && rss.contains("<title>Marshes dry up</title>"),
                "{backend:?}: {rss}"
            );
            let (status, atom) = page(&s, &format!("/{l}/region/iraq/feed.atom")).await;
            assert_eq!(status, 200, "{backend:?}");
            assert!(atom.contains(e.title), "{backend:?}: {atom}");

            // Errors in the edition's words and direction.
            let (status, html) = page(&s, &format!("/{l}/{marshes_slug}")).await;
            assert_eq!(status, 404, "{backend:?}: no translation, no page");
            assert!(
                html.contains(&frame) && html.contains(e.not_found),
                "{backend:?}"
            );
            let (status, html) = page(&s, &format!("/{l}/no-such-page")).await;
            assert_eq!(status, 404, "{backend:?}");
            assert!(
                html.contains(&frame) && html.contains(e.not_found),
                "{backend:?}"
            );
        }

        // The site's own pages offer the editions too, and say nothing in another language.
        let (_, home) = page(&s, "/").await;
        assert!(home.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(home.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"ar\" href=\"{}/ar/\">",
            s.url("")
        )));
        assert!(home.contains(">Harbour strike</a>") && !home.contains("card-language"));
        let (_, spanish) = page(&s, &format!("/es/{strike_slug}")).await;
        assert!(spanish.contains(">Correo electrónico</a>"), "{backend:?}");

        // No edition without a translation; one address per edition.
        let (status, html) = page(&s, "/fr/").await;
        assert_eq!(status, 404, "{backend:?}: nothing is in French");
        assert!(
            html.contains("<html lang=\"fr\""),
            "{backend:?}: said in French"
        );
        let (status, _) = page(&s, "/fr/region/iraq").await;
        assert_eq!(status, 404, "{backend:?}: nothing is in French");
        let no_redirects = gazette_testkit::reqwest::Client::builder()
            .redirect(gazette_testkit::reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        for (from, to) in [
            ("/es", "/es/"),
            ("/ES/region/iraq", "/es/region/iraq"),
            ("/zh-hans/", "/zh-Hans/"),
        ] {
            let res = no_redirects
                .get(s.url(from))
                .send()
                .await
                .expect("an answer");
            assert_eq!(res.status(), 301, "{backend:?} {from}");
            assert_eq!(res.headers()["location"], to, "{backend:?} {from}");
        }
        // The admin is not in editions.
        let (status, _) = page(&s, "/es/admin").await;
        assert_eq!(status, 404, "{backend:?}");

        // An unpublished article's translation is gone, in the edition's words.
        let (status, out) = s
            .admin(
                Method::POST,
                &format!("/api/v1/admin/articles/{strike}/unpublish"),
                None,
            )
            .await;
        assert_eq!(status, 200, "{out}");
        for e in EDITIONS {
            let (status, html) = page(&s, &format!("/{}/{strike_slug}", e.lang)).await;
            assert_eq!(status, 410, "{backend:?} {}", e.lang);
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", e.lang, e.dir)));
        }
    }
}

#[tokio::test]
async fn sitemaps_list_every_language_version_with_alternates() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ((strike, strike_slug), (_, marshes_slug)) = two_articles(&s).await;
        translate(
            &s,
            strike,
            "es",
            "Huelga en el puerto",
            "Los estibadores siguen fuera.",
        )
        .await;
        let base = s.url("");

        let (status, articles) = page(&s, "/sitemaps/articles-1.xml").await;
        assert_eq!(status, 200);
        assert!(articles.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
        let alternates = format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{base}/{strike_slug}\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"{base}/es/{strike_slug}\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}/{strike_slug}\"/>"
        );
        for loc in [
            format!("{base}/{strike_slug}"),
            format!("{base}/es/{strike_slug}"),
        ] {
            let entry = articles
                .lines()
                .find(|l| l.contains(&format!("<loc>{loc}</loc>")))
                .unwrap_or_else(|| panic!("{backend:?}: {loc} in {articles}"));
            assert!(entry.contains(&alternates), "{backend:?}: {entry}");
        }
        let marshes = articles
            .lines()
            .find(|l| l.contains(&format!("<loc>{base}/{marshes_slug}</loc>")))
            .expect("the untranslated article");
        assert!(
            !marshes.contains("xhtml:link"),
            "{backend:?}: one version, no alternates"
        );
        assert!(!articles.contains(&format!("{base}/es/{marshes_slug}")));

        let (_, pages) = page(&s, "/sitemaps/pages.xml").await;
        for loc in [
            format!("{base}/es/"),
            format!("{base}/es/region/iraq"),
            format!("{base}/region/iraq"),
        ] {
            let entry = pages
                .lines()
                .find(|l| l.contains(&format!("<loc>{loc}</loc>")))
                .unwrap_or_else(|| panic!("{backend:?}: {loc} in {pages}"));
            assert!(entry.contains("hreflang=\"es\"") && entry.contains("hreflang=\"x-default\""));
        }

        // The news sitemap lists the new translation in its own language.
        let (_, news) = page(&s, "/sitemaps/news.xml").await;
        let entry = news
            .split("</url>")
            .find(|u| u.contains(&format!("<loc>{base}/es/{strike_slug}</loc>")))
            .unwrap_or_else(|| panic!("{backend:?}: the translation in {news}"));
        assert!(
            entry.contains("<news:language>es</news:language>")
                && entry.contains("<news:title>Huelga en el puerto</news:title>"),
            "{backend:?}: {entry}"
        );

        // One set of sitemaps lists every edition: none under an edition.
        let (status, _) = page(&s, "/es/sitemap.xml").await;
        assert_eq!(status, 404);
    }
}

#[tokio::test]
async fn translating_one_article_drops_exactly_the_pages_that_show_it_in_that_language() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ((strike, strike_slug), (marshes, marshes_slug)) = two_articles(&s).await;
        translate(&s, strike, "es", "Huelga en el puerto", "Siguen fuera.").await;
        // "Marshes dry up" shows on these in Spanish, or lists its languages.
        let showing = [
            "/es/".to_owned(),
            "/es/theme/water".to_owned(),
            "/es/author/amal-rahim".to_owned(),
            format!("/{marshes_slug}"),
        ];
        // These show it in English only, or not at all.
        let not_showing = [
            "/".to_owned(),
            "/theme/water".to_owned(),
            "/es/region/iraq".to_owned(),
            format!("/es/{strike_slug}"),
            format!("/{strike_slug}"),
        ];
        for path in showing.iter().chain(&not_showing) {
            let (status, _) = page(&s, path).await;
            assert_eq!(status, 200, "{backend:?} {path}");
        }
        // Every page shows the navigation: a page rendered again from now on shows this name,
        // a page still in the cache does not.
        s.execute_sql(
            "UPDATE regions SET name = 'Iraq (changed behind the cache)' WHERE slug = 'iraq'",
        )
        .await;

        translate(
            &s,
            marshes,
            "es",
            "Se secan las marismas",
            "Los juncos menguan.",
        )
        .await;

        for path in &showing {
            let (_, html) = page(&s, path).await;
            assert!(
                html.contains("behind the cache"),
                "{backend:?} {path}: dropped and rendered again"
            );
        }
        for path in &not_showing {
            let (_, html) = page(&s, path).await;
            assert!(
                !html.contains("behind the cache"),
                "{backend:?} {path}: kept in the cache"
            );
        }
        let (_, home) = page(&s, "/es/").await;
        assert!(home.contains(&format!(
            "<a href=\"/es/{marshes_slug}\">Se secan las marismas</a>"
        )));
        let (_, original) = page(&s, &format!("/{marshes_slug}")).await;
        assert!(original.contains(&format!(
            "hreflang=\"es\" href=\"{}/es/{marshes_slug}\"",
            s.url("")
        )));
    }
}

#[tokio::test]
async fn an_edition_shows_the_sites_own_words_in_its_language() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ((strike, _), _) = two_articles(&s).await;
        translate(&s, strike, "es", "Huelga en el puerto", "Siguen fuera.").await;
        let regions: serde_json::Value = s.get("/api/v1/regions").await.json().await.unwrap();
        let iraq = regions
            .as_array()
            .and_then(|all| all.iter().find(|r| r["slug"] == "iraq"))
            .map(|r| r["id"].as_i64().unwrap())
            .unwrap_or_else(|| panic!("{regions}"));
        // Cached before the names are translated: the edit must drop it.
        let (status, before) = page(&s, "/es/region/iraq").await;
        assert_eq!(status, 200);
        assert!(before.contains("<h1>Iraq</h1>"), "{backend:?}");
        for (key, text) in [
            (format!("region:{iraq}:name"), "Irak"),
            (
                "setting:tagline".to_owned(),
                "Periodismo independiente desde la costa",
            ),
        ] {
            let (status, out) = s
                .admin(
                    Method::PATCH,
                    &format!("/api/v1/admin/site-texts/es/{key}"),
                    Some(json!({"text": text})),
                )
                .await;
            assert_eq!(status, 200, "{backend:?} {key}: {out}");
        }
        let (_, listing) = page(&s, "/es/region/iraq").await;
        assert!(listing.contains("<h1>Irak</h1>"), "{backend:?}: {listing}");
        assert!(listing.contains("<title>Irak — "), "{backend:?}");
        assert!(listing.contains(">Irak</a>"), "{backend:?}: the navigation");
        let (_, home) = page(&s, "/es/").await;
        assert!(
            home.contains("Periodismo independiente desde la costa"),
            "{backend:?}"
        );
        let (_, english) = page(&s, "/region/iraq").await;
        assert!(
            english.contains("<h1>Iraq</h1>") && !english.contains("Irak"),
            "{backend:?}"
        );
    }
}

//! Renders every template of the default theme with realistic contexts and checks that each
//! piece of the page has its home, that context text is escaped, and that an operator's
//! directory overrides the embedded theme.

use std::path::PathBuf;

use gazette_render::Theme;
use gazette_render::views::*;

fn link(name: &str, url: &str) -> Link {
    Link {
        name: name.into(),
        url: url.into(),
    }
}

fn site() -> SiteView {
    SiteView {
        name: "The Lantern".into(),
        tagline: "Independent reporting from the coast".into(),
        disclaimer:
            "Authors answer for their own articles. You may republish our work with a link back."
                .into(),
        footer_copyright: "© 2026 The Lantern Cooperative".into(),
        media_contact: "press@lantern.example".into(),
        newsletter_blurb: "One email each morning with the day's stories.".into(),
        translate_blurb: "Many articles are also available in French and Arabic.".into(),
        membership_blurb: "Members keep this newsroom independent.".into(),
        social: vec![link("Mastodon", "https://social.example/@lantern")],
        lang: "en".into(),
        dir: "ltr".into(),
        prefix: String::new(),
        home: "/".into(),
        languages: Vec::new(),
    }
}

fn nav() -> Nav {
    Nav {
        regions: vec![
            NavRegion {
                name: "Europe".into(),
                url: "/region/europe".into(),
                children: vec![link("Baltic States", "/region/baltic-states")],
            },
            NavRegion {
                name: "West Africa".into(),
                url: "/region/west-africa".into(),
                children: vec![],
            },
        ],
        themes: vec![
            link("Fisheries", "/theme/fisheries"),
            link("Labour", "/theme/labour"),
        ],
        reports: vec![link("Ports in Transition", "/report/ports-in-transition")],
    }
}

fn image() -> ImageView {
    ImageView {
        src: "/media/2026/11/quay.jpg".into(),
        srcset: String::new(),
        alt: "Cranes idle on an empty quay at dusk".into(),
        caption: "The north quay after the last shift.".into(),
        credit: "Photo: Ines Varga".into(),
    }
}

fn card(title: &str, slug: &str) -> ArticleCard {
    ArticleCard {
        title: title.into(),
        url: format!("/{slug}"),
        standfirst: "A short summary of the piece.".into(),
        published: "12 November 2026".into(),
        published_iso: "2026-11-12T08:00:00Z".into(),
        image: Some(image()),
        authors: vec![link("Ines Varga", "/author/ines-varga")],
        source: None,
        regions: vec![link("Europe", "/region/europe")],
        themes: vec![],
        lang: None,
        language_name: None,
        title_lang: None,
        standfirst_lang: None,
    }
}

fn article_page() -> ArticlePage {
    ArticlePage {
        site: site(),
        nav: nav(),
        page: PageMeta {
            title: "Dockworkers vote to strike <script>alert(1)</script> | The Lantern".into(),
            description: "The port's dockworkers will walk out next month.".into(),
            canonical: "https://lantern.example/dockworkers-vote-to-strike".into(),
            robots: None,
            feeds: vec![gazette_render::views::FeedLink {
                title: "The Lantern (RSS)".into(),
                url: "/feed.rss".into(),
                media_type: "application/rss+xml".into(),
            }],
            ..Default::default()
        },
        article: ArticleView {
            title: "Dockworkers vote to strike <script>alert(1)</script>".into(),
            standfirst:
                "Three unions back a walkout over automation plans at the container terminal."
                    .into(),
            body_html:
                "<p>The vote was close.</p><h2>What comes next</h2><p>Talks resume on Monday.</p>"
                    .into(),
            language: "en".into(),
            published: "21 November 2026".into(),
            published_iso: "2026-11-21T09:30:00Z".into(),
            updated_iso: "2026-11-21T11:00:00Z".into(),
            authors: vec![
                AuthorView {
                    name: "Harbour Dispatch".into(),
                    url: "/author/harbour-dispatch".into(),
                    kind: "organisation".into(),
                },
                AuthorView {
                    name: "Ines Varga".into(),
                    url: "/author/ines-varga".into(),
                    kind: "person".into(),
                },
            ],
            regions: vec![
                link("Europe", "/region/europe"),
                link("Baltic States", "/region/baltic-states"),
            ],
            themes: vec![link("Labour", "/theme/labour")],
            reports: vec![link("Ports in Transition", "/report/ports-in-transition")],
            image: Some(image()),
            original: Some(OriginalView {
                source: link("Harbour Dispatch", "/source/harbour-dispatch"),
                source_home: "https://harbourdispatch.example/".into(),
                url: "https://harbourdispatch.example/2026/11/18/strike-vote".into(),
                date: "18 November 2026".into(),
                date_iso: "2026-11-18".into(),
                copyright_line: "Copyright © Harbour Dispatch, 2026".into(),
                reprint_terms: "Republished with permission.".into(),
            }),
            url: "/dockworkers-vote-to-strike".into(),
            ..Default::default()
        },
        related: vec![card(
            "Terminal operator posts record profit",
            "terminal-profit",
        )],
        preview: false,
        translation: None,
    }
}

fn listing_page() -> ListingPage {
    ListingPage {
        site: site(),
        nav: nav(),
        page: PageMeta {
            title: "Baltic States | The Lantern".into(),
            description: "Reporting from the Baltic States.".into(),
            canonical: "https://lantern.example/region/baltic-states?page=2".into(),
            robots: None,
            ..Default::default()
        },
        listing: ListingView {
            kind: "region".into(),
            title: "Baltic States".into(),
            intro_html: "<p>Ports, fisheries and labour on the Baltic coast.</p>".into(),
            breadcrumbs: vec![link("Europe", "/region/europe")],
            children: vec![
                link("Estonia", "/region/estonia"),
                link("Latvia", "/region/latvia"),
            ],
            external_url: None,
        },
        articles: vec![card("Newest story", "newest"), card("Older story", "older")],
        pagination: Pagination {
            page: 2,
            total_pages: 3,
            prev_url: Some("/region/baltic-states".into()),
            next_url: Some("/region/baltic-states?page=3".into()),
        },
    }
}

fn home_page() -> HomePage {
    HomePage {
        site: site(),
        nav: nav(),
        page: PageMeta {
            title: "The Lantern".into(),
            description: "Independent reporting from the coast".into(),
            canonical: "https://lantern.example/".into(),
            robots: None,
            ..Default::default()
        },
        featured: vec![card("Lead story", "lead"), card("Second story", "second")],
        latest: vec![
            card("Latest one", "latest-one"),
            card("Latest two", "latest-two"),
        ],
        reports: vec![link("Ports in Transition", "/report/ports-in-transition")],
        pagination: Pagination {
            page: 1,
            total_pages: 4,
            prev_url: None,
            next_url: Some("/?page=2".into()),
        },
    }
}

fn error_page(status: u16, heading: &str) -> ErrorPage {
    ErrorPage {
        site: site(),
        nav: nav(),
        page: PageMeta {
            title: "Not found | The Lantern".into(),
            description: String::new(),
            canonical: "https://lantern.example/missing".into(),
            robots: Some("noindex".into()),
            ..Default::default()
        },
        status,
        heading: heading.into(),
        message: "It may have moved, or the address may be mistyped.".into(),
    }
}

fn theme() -> Theme {
    Theme::new(None).expect("the default theme loads")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn article_page_gives_every_element_a_home() {
    let html = theme().render("article.html", &article_page()).unwrap();
    let expect = [
        r#"<html lang="en" dir="ltr">"#,
        r#"<link rel="canonical" href="https://lantern.example/dockworkers-vote-to-strike">"#,
        r#"<meta name="description" content="The port&#39;s dockworkers will walk out next month.">"#,
        r#"<p class="standfirst">Three unions back a walkout over automation plans at the container terminal.</p>"#,
        r#"By <a href="/author/harbour-dispatch">Harbour Dispatch</a> and <a href="/author/ines-varga">Ines Varga</a>"#,
        r#"<time datetime="2026-11-21T09:30:00Z">21 November 2026</time>"#,
        r#"<a href="https://harbourdispatch.example/2026/11/18/strike-vote">Harbour Dispatch, <time datetime="2026-11-18">18 November 2026</time></a>"#,
        r#"<dt>Region:</dt> <dd><a href="/region/europe">Europe</a>, <a href="/region/baltic-states">Baltic States</a></dd>"#,
        r#"<dt>Theme:</dt> <dd><a href="/theme/labour">Labour</a></dd>"#,
        r#"<dt>In-depth Report:</dt> <dd><a href="/report/ports-in-transition">Ports in Transition</a></dd>"#,
        r#"<img src="/media/2026/11/quay.jpg" alt="Cranes idle on an empty quay at dusk""#,
        r#"<figcaption>The north quay after the last shift. <span class="credit">Photo: Ines Varga</span></figcaption>"#,
        "<p>The vote was close.</p><h2>What comes next</h2>",
        r#"The original source of this article is <a href="https://harbourdispatch.example/2026/11/18/strike-vote">Harbour Dispatch</a>."#,
        "Copyright © Harbour Dispatch, 2026",
        "Republished with permission.",
        r#"<h2 id="author-box-heading">Articles by</h2>"#,
        r#"<span class="author-kind">Organisation</span>"#,
        "Authors answer for their own articles.",
        r#"For media inquiries: <a href="mailto:press@lantern.example">press@lantern.example</a>"#,
        "Share this article",
        r#"<link rel="alternate" type="application/rss+xml""#,
        "Many articles are also available in French and Arabic.",
        r#"<a href="https://social.example/@lantern" rel="me">Mastodon</a>"#,
        "Terminal operator posts record profit",
        r##"<a class="skip-link" href="#main">"##,
        r#"<main id="main" tabindex="-1">"#,
        r#"<details class="menu" name="site-menu">"#,
        r#"<meta property="og:type" content="article">"#,
        r#"<script type="application/ld+json">"#,
    ];
    for needle in expect {
        assert!(html.contains(needle), "missing {needle}\n\n{html}");
    }
    assert_eq!(count(&html, "<h1"), 1, "one h1 per page");
    assert!(
        !html.contains("Preview"),
        "no preview banner on a published article"
    );
    assert!(!html.contains(r#"name="robots""#));

    // Standfirst and byline come before the body; credits after it.
    let standfirst = html.find("class=\"standfirst\"").unwrap();
    let body = html.find("class=\"article-body\"").unwrap();
    let credit = html.find("The original source of this article").unwrap();
    assert!(standfirst < body && body < credit);
    assert!(html.len() < 30_000, "article page is {} bytes", html.len());
}

#[test]
fn context_text_is_html_escaped() {
    let html = theme().render("article.html", &article_page()).unwrap();
    assert!(!html.contains("<script>alert(1)</script>"), "{html}");
    assert!(
        html.contains("Dockworkers vote to strike &lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    // The script elements are the structured data, with its JSON kept inert inside HTML, and
    // the site's own optional share script.
    assert_eq!(count(&html, "<script"), 2);
    assert!(html.contains(r#"<script src="/static/share.js"#), "{html}");
    let json_start = html.find(r#"<script type="application/ld+json">"#).unwrap();
    let json_end = json_start + html[json_start..].find("</script>").unwrap();
    assert!(
        !html[json_start + 8..json_end].contains('<'),
        "{}",
        &html[json_start..json_end]
    );
}

#[test]
fn structured_data_is_valid_json() {
    let html = theme().render("article.html", &article_page()).unwrap();
    let open = r#"<script type="application/ld+json">"#;
    let start = html.find(open).unwrap() + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["author"][0]["@type"], "Organization");
    assert_eq!(data["author"][1]["@type"], "Person");
    assert_eq!(data["dateModified"], "2026-11-21T11:00:00Z");
}

#[test]
fn preview_is_bannered_and_not_indexed() {
    let mut page = article_page();
    page.preview = true;
    let html = theme().render("article.html", &page).unwrap();
    assert!(html.contains("Preview — not published"), "{html}");
    assert!(
        html.contains(r#"<meta name="robots" content="noindex, nofollow">"#),
        "{html}"
    );
}

#[test]
fn article_without_optional_parts_renders_cleanly() {
    let mut page = article_page();
    page.article.image = None;
    page.article.original = None;
    page.article.reports = vec![];
    page.article.standfirst = String::new();
    page.related = vec![];
    page.site.newsletter_blurb = String::new();
    page.site.media_contact = String::new();
    let html = theme().render("article.html", &page).unwrap();
    assert!(!html.contains("<figure"));
    assert!(!html.contains("original source"));
    assert!(!html.contains("In-depth Report:"));
    assert!(!html.contains("/newsletter"));
    assert!(!html.contains("mailto:"));
    assert!(!html.contains("Related articles"));
}

#[test]
fn article_in_another_language_is_marked() {
    let mut page = article_page();
    page.article.language = "fr".into();
    let html = theme().render("article.html", &page).unwrap();
    assert!(
        html.contains(r#"<article class="article" lang="fr">"#),
        "{html}"
    );
}

#[test]
fn right_to_left_reaches_the_html_element() {
    let mut page = article_page();
    page.site.lang = "ar".into();
    page.site.dir = "rtl".into();
    page.article.language = "ar".into();
    let html = theme().render("article.html", &page).unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
}

#[test]
fn listing_page_has_breadcrumbs_subregions_cards_and_pagination() {
    let html = theme().render("listing.html", &listing_page()).unwrap();
    let expect = [
        r#"<nav class="breadcrumbs" aria-label="Breadcrumb">"#,
        r#"<li><a href="/region/europe">Europe</a></li>"#,
        r#"<span aria-current="page">Baltic States</span>"#,
        "<h1>Baltic States</h1>",
        "<p>Ports, fisheries and labour on the Baltic coast.</p>",
        r#"<li><a href="/region/estonia">Estonia</a></li>"#,
        r#"<a href="/region/baltic-states" rel="prev">"#,
        r#"<a href="/region/baltic-states?page=3" rel="next">"#,
        r#"<link rel="prev" href="/region/baltic-states">"#,
        "Page 2 of 3",
        r#"<p class="eyebrow">Region</p>"#,
    ];
    for needle in expect {
        assert!(html.contains(needle), "missing {needle}\n\n{html}");
    }
    assert!(html.find("Newest story").unwrap() < html.find("Older story").unwrap());
    assert_eq!(count(&html, "<h1"), 1);
}

#[test]
fn listing_of_each_kind_renders() {
    for (kind, label) in [
        ("theme", "Theme"),
        ("report", "In-depth Report"),
        ("author", "Author"),
        ("source", "Source"),
    ] {
        let mut page = listing_page();
        page.listing.kind = kind.into();
        page.listing.breadcrumbs = vec![];
        page.listing.children = vec![];
        page.listing.external_url = Some("https://harbourdispatch.example/".into());
        page.articles = vec![];
        let html = theme().render("listing.html", &page).unwrap();
        assert!(
            html.contains(&format!(r#"<p class="eyebrow">{label}</p>"#)),
            "{kind}"
        );
        assert!(
            html.contains(r#"href="https://harbourdispatch.example/""#),
            "{kind}"
        );
        assert!(html.contains("No articles here yet."), "{kind}");
        assert!(!html.contains("Breadcrumb"), "{kind}");
    }
}

#[test]
fn home_page_has_featured_latest_reports_and_pagination() {
    let html = theme().render("home.html", &home_page()).unwrap();
    for needle in [
        r#"<h2 id="featured-heading" class="section-heading">Featured</h2>"#,
        r#"<h2 id="latest-heading" class="section-heading">Latest</h2>"#,
        r#"<a href="/report/ports-in-transition">Ports in Transition</a>"#,
        r#"<a href="/?page=2" rel="next">"#,
        r#"<h3 class="card-title"><a href="/lead">Lead story</a></h3>"#,
        r#"loading="lazy""#,
    ] {
        assert!(html.contains(needle), "missing {needle}\n\n{html}");
    }
    assert!(!html.contains(r#"rel="prev""#));
    assert_eq!(count(&html, "<h1"), 1);
}

#[test]
fn error_pages_name_the_problem_and_link_home() {
    let theme = theme();
    let html = theme.render("error.html", &error_page(404, "")).unwrap();
    assert!(html.contains("<h1>Page not found</h1>"), "{html}");
    assert!(html.contains(r#"<a href="/">"#));
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    let html = theme.render("error.html", &error_page(410, "")).unwrap();
    assert!(
        html.contains("<h1>This article has been withdrawn</h1>"),
        "{html}"
    );
    let html = theme
        .render("error.html", &error_page(404, "No such region"))
        .unwrap();
    assert!(html.contains("<h1>No such region</h1>"), "{html}");
}

/// A scratch theme directory, removed when dropped.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("gazette-render-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(path.join("templates")).unwrap();
        std::fs::create_dir_all(path.join("static")).unwrap();
        ScratchDir(path)
    }

    fn write(&self, rel: &str, contents: &str) {
        std::fs::write(self.0.join(rel), contents).unwrap();
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn override_directory_replaces_templates_and_assets_file_by_file() {
    let dir = ScratchDir::new("override");
    dir.write(
        "templates/article.html",
        r#"{% extends "base.html" %}{% block main %}<h1 class="custom">{{ article.title }}</h1>{% endblock %}"#,
    );
    dir.write("static/style.css", "body { color: teal; }");
    dir.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );

    let theme = Theme::new(Some(dir.0.clone())).unwrap();
    let html = theme.render("article.html", &article_page()).unwrap();
    assert!(
        html.contains(r#"<h1 class="custom">Dockworkers vote to strike &lt;script&gt;"#),
        "{html}"
    );
    assert!(
        !html.contains("article-body"),
        "the embedded article.html is not used"
    );
    // base.html was not overridden, so the embedded one still frames the page.
    assert!(html.contains(r##"<a class="skip-link" href="#main">"##));
    // Other templates still come from the embedded theme.
    assert!(
        theme
            .render("home.html", &home_page())
            .unwrap()
            .contains("Featured")
    );

    assert_eq!(
        &theme.asset("style.css").unwrap().bytes[..],
        b"body { color: teal; }"
    );
    assert_eq!(
        theme.asset("logo.svg").unwrap().content_type,
        "image/svg+xml"
    );
    assert!(
        theme.asset("favicon.svg").is_some(),
        "embedded assets remain"
    );
}

#[test]
fn a_broken_override_template_fails_at_start_naming_the_file() {
    let dir = ScratchDir::new("broken");
    dir.write("templates/home.html", "{% if %}");
    let err = Theme::new(Some(dir.0.clone())).unwrap_err();
    assert!(err.to_string().contains("home.html"), "{err}");
}

#[test]
fn a_missing_override_directory_is_an_error() {
    let missing = std::env::temp_dir().join("gazette-render-no-such-theme-dir");
    assert!(Theme::new(Some(missing)).is_err());
}

#[test]
fn a_misspelt_field_in_a_template_is_an_error_not_blank_output() {
    let dir = ScratchDir::new("strict");
    dir.write("templates/error.html", "{{ page.titel }}");
    let theme = Theme::new(Some(dir.0.clone())).unwrap();
    let err = theme
        .render("error.html", &error_page(404, ""))
        .unwrap_err();
    assert!(err.to_string().contains("error.html"), "{err}");
}

/// Writes the sample pages for a look in a browser:
/// `cargo test -p gazette-render --test templates -- --ignored write_samples`.
#[test]
#[ignore = "writes files for manual review"]
fn write_samples() {
    let out = std::env::var_os("GAZETTE_SAMPLE_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    let theme = theme();
    let css = theme.asset("style.css").unwrap();
    std::fs::write(out.join("style.css"), &css.bytes).unwrap();
    let pages = [
        (
            "sample-article.html",
            theme.render("article.html", &article_page()).unwrap(),
        ),
        (
            "sample-listing.html",
            theme.render("listing.html", &listing_page()).unwrap(),
        ),
        (
            "sample-home.html",
            theme.render("home.html", &home_page()).unwrap(),
        ),
        (
            "sample-error.html",
            theme.render("error.html", &error_page(404, "")).unwrap(),
        ),
    ];
    for (name, html) in pages {
        // Point the stylesheet at the copy beside the file so it opens straight from disk.
        let html = html.replace(r#"href="/static/style.css"#, r#"href="style.css"#);
        std::fs::write(out.join(name), html).unwrap();
    }
}

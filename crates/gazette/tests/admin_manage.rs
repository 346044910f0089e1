//! The admin's management pages over real HTTP with cookies: authors, sources and their feeds,
//! regions, themes, reports, users and site settings, created, edited and deleted through the
//! forms, with refusals shown beside the field; on SQLite and PostgreSQL.

use gazette_app::NewUser;
use gazette_domain::Role;
use gazette_testkit::admin::AdminClient;
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{Method, StatusCode};
use gazette_testkit::{TestServer, backends};
use serde_json::json;

const ADMIN: &str = "admin@test.example";
const PASSWORD: &str = "a desk by the window";

/// The admin pages as `email` sees them once signed in.
async fn sign_in<'a>(s: &'a TestServer, email: &str) -> AdminClient<'a> {
    s.app
        .sessions()
        .set_password(email, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, email, PASSWORD, "/admin/authors").await
}

/// The value attribute of the input with this id.
fn input_value<'h>(html: &'h str, id: &str) -> Option<&'h str> {
    tags(html, "input")
        .into_iter()
        .find(|t| attr(t, "id") == Some(id))
        .and_then(|t| attr(t, "value"))
}

#[tokio::test]
async fn each_kind_is_created_edited_and_deleted_through_its_form() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;

        // Authors: a blank slug is made from the name.
        let (status, location, _) = d
            .post(
                "/admin/authors",
                &[
                    ("name", "Amal Rahim"),
                    ("slug", ""),
                    ("kind", "person"),
                    ("bio", "Covers the ports."),
                    ("url", ""),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            location, "/admin/authors/amal-rahim?notice=created",
            "{ctx}"
        );
        let (_, html) = d.get(&location).await;
        assert!(html.contains("Created."), "{ctx}");
        assert_eq!(input_value(&html, "name"), Some("Amal Rahim"), "{ctx}");
        let (status, location, _) = d
            .post(
                "/admin/authors/amal-rahim",
                &[
                    ("name", "Harbour Desk"),
                    ("slug", "harbour-desk"),
                    ("kind", "organisation"),
                    ("bio", ""),
                    ("url", "https://harbour.example/desk"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(
            location, "/admin/authors/harbour-desk?notice=saved",
            "{ctx}"
        );
        let tax = s.app.taxonomy().all().await.unwrap();
        let author = tax.author_by_slug("harbour-desk").expect("renamed");
        assert_eq!(author.kind.as_str(), "organisation", "{ctx}");
        assert_eq!(author.url.as_deref(), Some("https://harbour.example/desk"));
        assert!(tax.author_by_slug("amal-rahim").is_none(), "{ctx}");

        // Sources, with their terms and the example copyright line.
        let (status, location, _) = d
            .post(
                "/admin/sources",
                &[
                    ("name", "Strait Courier"),
                    ("slug", "strait-courier"),
                    ("home_url", "https://courier.example/"),
                    ("copyright_template", "© {year} {source} / {authors}"),
                    ("reprint_terms", "Credit and link back."),
                    ("canonical_to_original", "on"),
                    ("trusted", "on"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = d.get(&location).await;
        assert!(
            html.contains("Strait Courier / Amal Rahim, Jo Park"),
            "{ctx}: the example line"
        );
        let source = s.app.taxonomy().all().await.unwrap();
        let source = source.source_by_slug("strait-courier").unwrap();
        assert!(source.canonical_to_original && source.trusted && !source.allow_republish);
        // Unchecked boxes are saved as off.
        d.post(
            "/admin/sources/strait-courier",
            &[
                ("name", "Strait Courier"),
                ("slug", "strait-courier"),
                ("home_url", "https://courier.example/"),
                ("copyright_template", "Copyright © {source}, {year}"),
                ("allow_republish", "on"),
            ],
        )
        .await;
        let tax = s.app.taxonomy().all().await.unwrap();
        let source = tax.source_by_slug("strait-courier").unwrap();
        assert!(!source.trusted && source.allow_republish, "{ctx}");
        assert_eq!(source.copyright_template, "Copyright © {source}, {year}");

        // The source's partner feeds: added, listed, polled, removed.
        let (status, location, _) = d
            .post(
                "/admin/sources/strait-courier/feeds",
                &[("url", "https://courier.example/feed.xml")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = d.get(&location).await;
        assert!(html.contains("https://courier.example/feed.xml"), "{ctx}");
        let feed = s
            .app
            .syndication()
            .feeds_of("strait-courier")
            .await
            .unwrap()[0]
            .id;
        let (status, _, _) = d
            .post(
                &format!("/admin/sources/strait-courier/feeds/{feed}/poll"),
                &[],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (status, _, _) = d
            .post(
                &format!("/admin/sources/strait-courier/feeds/{feed}/remove"),
                &[],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert!(
            s.app
                .syndication()
                .feeds_of("strait-courier")
                .await
                .unwrap()
                .is_empty()
        );
        let (status, _, html) = d
            .post("/admin/sources/strait-courier/feeds", &[("url", "ftp://x")])
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"feed-url-error\""), "{ctx}");
        assert_eq!(input_value(&html, "feed-url"), Some("ftp://x"), "{ctx}");

        // Regions nest, and the list shows the tree.
        for (name, slug, parent) in [
            ("Middle East & North Africa", "mena", ""),
            ("Iraq", "iraq", "mena"),
        ] {
            let (status, _, body) = d
                .post(
                    "/admin/regions",
                    &[("name", name), ("slug", slug), ("parent", parent)],
                )
                .await;
            assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        }
        let (_, html) = d.get("/admin/regions").await;
        assert!(html.contains("Middle East &amp; North Africa"), "{ctx}");
        assert!(html.contains("└"), "{ctx}: Iraq is shown inside");
        // A region cannot go inside its own child.
        let (status, _, html) = d
            .post(
                "/admin/regions/mena",
                &[("name", "MENA"), ("slug", "mena"), ("parent", "iraq")],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"parent-error\""), "{ctx}");
        assert_eq!(input_value(&html, "name"), Some("MENA"), "{ctx}: kept");
        let tax = s.app.taxonomy().all().await.unwrap();
        let mena = tax.region_by_slug("mena").unwrap().id;
        assert_eq!(tax.region_by_slug("iraq").unwrap().parent_id, Some(mena));

        // Themes.
        let (status, _, _) = d
            .post(
                "/admin/themes",
                &[("name", "Labour"), ("slug", ""), ("description", "Work.")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        d.post(
            "/admin/themes/labour",
            &[
                ("name", "Labour & unions"),
                ("slug", "labour"),
                ("description", "Work and the people who do it."),
            ],
        )
        .await;
        let tax = s.app.taxonomy().all().await.unwrap();
        assert_eq!(tax.theme_by_slug("labour").unwrap().name, "Labour & unions");

        // Reports, with their articles in the order given.
        for title in ["Dockers strike", "Ferry fares rise"] {
            let (status, _) = s
                .admin(
                    Method::POST,
                    "/api/v1/admin/articles",
                    Some(json!({"title": title, "body": "Text."})),
                )
                .await;
            assert_eq!(status, 201, "{ctx}");
        }
        let (status, location, body) = d
            .post(
                "/admin/reports",
                &[
                    ("title", "The harbour in winter"),
                    ("slug", "harbour-winter"),
                    ("introduction", "A *dossier*."),
                    ("articles", "ferry-fares-rise\ndockers-strike\n"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        let (_, html) = d.get(&location).await;
        assert!(html.contains("ferry-fares-rise\ndockers-strike"), "{ctx}");
        d.post(
            "/admin/reports/harbour-winter",
            &[
                ("title", "The harbour in winter"),
                ("slug", "harbour-winter"),
                ("introduction", "A *dossier*."),
                ("articles", "dockers-strike\nferry-fares-rise"),
            ],
        )
        .await;
        let tax = s.app.taxonomy().all().await.unwrap();
        let report = tax.report_by_slug("harbour-winter").unwrap();
        let order = s
            .app
            .taxonomy()
            .report_article_slugs(report, false)
            .await
            .unwrap();
        let order: Vec<&str> = order.iter().map(|s| s.as_str()).collect();
        assert_eq!(order, ["dockers-strike", "ferry-fares-rise"], "{ctx}");
        // An unknown article is shown beside the list, with the list kept.
        let (status, _, html) = d
            .post(
                "/admin/reports/harbour-winter",
                &[
                    ("title", "The harbour in winter"),
                    ("slug", "harbour-winter"),
                    ("articles", "dockers-strike\nno-such-piece"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"articles-error\""), "{ctx}");
        assert!(html.contains("no-such-piece"), "{ctx}");

        // Deleting each kind.
        for path in [
            "/admin/authors/harbour-desk",
            "/admin/sources/strait-courier",
            "/admin/regions/iraq",
            "/admin/themes/labour",
            "/admin/reports/harbour-winter",
        ] {
            let (status, location, _) = d.post(&format!("{path}/delete"), &[]).await;
            assert_eq!(status, StatusCode::SEE_OTHER, "{ctx} {path}");
            assert!(location.ends_with("?notice=deleted"), "{ctx} {location}");
            let (status, _) = d.get(path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{ctx} {path} is gone");
        }
        let tax = s.app.taxonomy().all().await.unwrap();
        assert!(tax.authors.is_empty() && tax.sources.is_empty() && tax.themes.is_empty());
        assert_eq!(tax.regions.len(), 1, "{ctx}: only mena is left");
    }
}

#[tokio::test]
async fn an_invalid_field_is_shown_beside_it_with_what_was_typed_kept() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;
        let (status, _, html) = d
            .post(
                "/admin/sources",
                &[
                    ("name", "Strait Courier"),
                    ("slug", "strait-courier"),
                    ("home_url", "courier dot example"),
                    ("copyright_template", "© {source}"),
                    ("reprint_terms", "Credit <b>us</b>."),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        let error = html
            .split("id=\"home_url-error\"")
            .nth(1)
            .expect("the error beside the field");
        assert!(error.contains("Give a full web address"), "{ctx}");
        assert_eq!(input_value(&html, "name"), Some("Strait Courier"), "{ctx}");
        assert_eq!(input_value(&html, "home_url"), Some("courier dot example"));
        assert!(
            html.contains("Credit &lt;b&gt;us&lt;/b&gt;."),
            "{ctx}: kept, escaped"
        );
        // An unknown placeholder is the template's fault.
        let (status, _, html) = d
            .post(
                "/admin/sources",
                &[
                    ("name", "Strait Courier"),
                    ("home_url", "https://courier.example"),
                    ("copyright_template", "© {outlet}"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"copyright_template-error\""), "{ctx}");
        assert!(
            s.app.taxonomy().all().await.unwrap().sources.is_empty(),
            "{ctx}"
        );
        // A bad social link in the settings is shown on its row.
        let (status, _, html) = d
            .post(
                "/admin/settings",
                &[
                    ("name", "The Meridian Review"),
                    ("social_label_0", "Mastodon"),
                    ("social_url_0", "javascript:alert(1)"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"social_url_0-error\""), "{ctx}");
        assert_eq!(input_value(&html, "social_label_0"), Some("Mastodon"));
    }
}

#[tokio::test]
async fn a_slug_already_taken_is_shown_beside_the_slug() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;
        let theme = [("name", "Labour"), ("slug", "labour"), ("description", "")];
        let (status, _, _) = d.post("/admin/themes", &theme).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (status, _, html) = d
            .post(
                "/admin/themes",
                &[
                    ("name", "Labour again"),
                    ("slug", "labour"),
                    ("description", ""),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        let error = html
            .split("id=\"slug-error\"")
            .nth(1)
            .expect("beside the slug");
        assert!(error.contains("already taken"), "{ctx}");
        assert_eq!(input_value(&html, "name"), Some("Labour again"), "{ctx}");
    }
}

#[tokio::test]
async fn settings_saved_through_the_form_reach_the_public_site() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;
        let (status, location, body) = d
            .post(
                "/admin/settings",
                &[
                    ("name", "The Meridian Review"),
                    ("tagline", "Reporting from the coast"),
                    ("disclaimer", "Authors answer for their articles."),
                    ("footer_copyright", "© 2026 Meridian Review Ltd"),
                    ("media_contact", "press@meridian.example"),
                    ("social_label_0", "Mastodon"),
                    ("social_url_0", "https://social.example/@meridian"),
                    ("social_label_1", ""),
                    ("social_url_1", ""),
                    ("feed_full_content", "on"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}: {body}");
        assert_eq!(location, "/admin/settings?notice=saved");
        let settings = s.app.settings().get().await.unwrap();
        assert_eq!(settings.footer_copyright, "© 2026 Meridian Review Ltd");
        assert_eq!(settings.social.len(), 1, "{ctx}: the blank row is dropped");
        assert!(settings.feed_full_content && !settings.allow_republish);
        let (_, html) = d.get("/admin/settings").await;
        assert_eq!(
            input_value(&html, "social_url_0"),
            Some("https://social.example/@meridian")
        );
        let home = s.get("/").await.text().await.unwrap();
        assert!(home.contains("© 2026 Meridian Review Ltd"), "{ctx}");
    }
}

#[tokio::test]
async fn a_contributor_is_refused_the_users_and_settings_pages() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        s.app
            .users()
            .add(NewUser {
                email: "writer@test.example".into(),
                name: "Jo Writer".into(),
                role: Role::Contributor,
            })
            .await
            .unwrap();
        let d = sign_in(&s, "writer@test.example").await;
        for path in ["/admin/users", "/admin/settings"] {
            let (status, html) = d.get(path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{ctx} {path}");
            assert!(html.contains("is for administrators"), "{ctx}: {html}");
            assert!(html.contains("contributor"), "{ctx}");
            assert!(
                !html.contains("href=\"/admin/users\""),
                "{ctx}: no nav link"
            );
        }
        let (status, _, _) = d
            .post(
                "/admin/users",
                &[
                    ("name", "Sneaky"),
                    ("email", "s@x.example"),
                    ("role", "administrator"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (status, _, _) = d.post("/admin/settings", &[("name", "Taken over")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        assert_eq!(
            s.app.settings().get().await.unwrap().name,
            "Gazette",
            "{ctx}"
        );
        // Contributors see the taxonomies but may not change them.
        let (status, _, html) = d
            .post("/admin/themes", &[("name", "Labour"), ("slug", "labour")])
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        assert!(html.contains("editor role"), "{ctx}");
    }
}

#[tokio::test]
async fn the_last_administrator_cannot_be_demoted() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;
        let (_, html) = d.get("/admin/users").await;
        let me = html
            .split("data-user=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .to_owned();
        let (status, _, html) = d
            .post(&format!("/admin/users/{me}/role"), &[("role", "editor")])
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        let error = html
            .split("id=\"role-error\"")
            .nth(1)
            .expect("beside the role");
        assert!(error.contains("last administrator"), "{ctx}");

        // Inviting a user adds them (the email is the invitation test's, in admin_profile).
        let (status, _, html) = d
            .post(
                "/admin/users",
                &[
                    ("name", "Second Admin"),
                    ("email", "Second@Test.example"),
                    ("role", "administrator"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{ctx}");
        assert!(html.contains("id=\"invited\""), "{ctx}");
        assert!(html.contains("an email to second@test.example"), "{ctx}");
        let (_, again) = d.get("/admin/users").await;
        assert!(again.contains("second@test.example"), "{ctx}");

        // With a second administrator, the first may step down.
        let (status, location, _) = d
            .post(&format!("/admin/users/{me}/role"), &[("role", "editor")])
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        assert_eq!(location, "/admin/users?notice=saved");
        let (status, _) = d.get("/admin/users").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}: now an editor");
        // An unknown address in the add form is shown beside it.
        let d2 = sign_in(&s, "second@test.example").await;
        let (status, _, html) = d2
            .post(
                "/admin/users",
                &[
                    ("name", "X"),
                    ("email", "not-an-address"),
                    ("role", "editor"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains("id=\"email-error\""), "{ctx}");
        assert_eq!(input_value(&html, "email"), Some("not-an-address"));
    }
}

#[tokio::test]
async fn a_form_without_the_csrf_token_is_refused() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let d = sign_in(&s, ADMIN).await;
        let theme = [("name", "Labour"), ("slug", "labour")];
        let (status, _, _) = d.post_raw("/admin/themes", &theme).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let mut forged = vec![("csrf", "forged")];
        forged.extend_from_slice(&theme);
        let (status, _, _) = d.post_raw("/admin/themes", &forged).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        let (status, _, _) = d.post_raw("/admin/settings", &[("name", "X")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{ctx}");
        assert!(
            s.app.taxonomy().all().await.unwrap().themes.is_empty(),
            "{ctx}"
        );
        assert_eq!(
            s.app.settings().get().await.unwrap().name,
            "Gazette",
            "{ctx}"
        );
    }
}

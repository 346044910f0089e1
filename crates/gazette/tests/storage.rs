//! The storage conformance suite: the same checks through the application services on SQLite
//! and on PostgreSQL (when reachable; otherwise a SKIPPED line says so), so the two backends
//! cannot drift apart.

use gazette_app::{Actor, App, AppError, ArticleQuery, NewUser};
use gazette_domain::{
    ArticleId, ArticleInput, ArticlePatch, ArticleStatus, AuthorInput, AuthorKind, BodyFormat,
    FeaturedImage, Language, OriginalPublication, OriginalPublicationInput, RegionInput,
    ReportInput, Role, SiteSettings, Slug, SocialLink, SourceInput, TaxonomyKind, ThemeInput,
};
use gazette_store::{ArticleOrder, ArticleWrite, Store, StoreError};
use gazette_testkit::{Backend, TestStore, backends};
use sqlx::{Connection, Row};
use time::OffsetDateTime;
use time::macros::{date, datetime};

// --- fixtures -------------------------------------------------------------------------------

async fn open(backend: Backend) -> (TestStore, App) {
    let store = TestStore::new(backend).await.expect("fresh test storage");
    let app = App::open(store.config())
        .await
        .expect("the app opens on fresh storage");
    (store, app)
}

fn slug(raw: &str) -> Slug {
    Slug::parse(raw).expect("a valid test slug")
}

/// A minimal valid draft; tests set the fields they are about.
fn draft(title: &str) -> ArticleInput {
    ArticleInput {
        slug: None,
        title: title.into(),
        standfirst: String::new(),
        body: "Dockers *stayed out*.".into(),
        body_format: BodyFormat::Markdown,
        image: None,
        language: Language::default(),
        featured: false,
        authors: vec![],
        regions: vec![],
        themes: vec![],
        reports: vec![],
        original: None,
        sharing: Default::default(),
    }
}

fn author(slug_: &str, name: &str, kind: AuthorKind) -> AuthorInput {
    AuthorInput {
        slug: slug(slug_),
        name: name.into(),
        kind,
        bio: String::new(),
        url: None,
    }
}

fn region(slug_: &str, name: &str, parent: Option<&str>) -> RegionInput {
    RegionInput {
        slug: slug(slug_),
        name: name.into(),
        parent: parent.map(slug),
    }
}

fn theme(slug_: &str, name: &str) -> ThemeInput {
    ThemeInput {
        slug: slug(slug_),
        name: name.into(),
        description: String::new(),
    }
}

fn source(slug_: &str, name: &str) -> SourceInput {
    SourceInput {
        slug: slug(slug_),
        name: name.into(),
        home_url: format!("https://{slug_}.example"),
        copyright_template: "Copyright © {source}, {authors}, {year}".into(),
        reprint_terms: String::new(),
        canonical_to_original: false,
        allow_republish: false,
        trusted: false,
    }
}

fn report(slug_: &str, title: &str, articles: &[&Slug]) -> ReportInput {
    ReportInput {
        slug: slug(slug_),
        title: title.into(),
        introduction: String::new(),
        articles: articles.iter().map(|s| (*s).clone()).collect(),
    }
}

/// Instants are kept to the millisecond; whole seconds compare equal after a round trip.
fn whole_seconds(t: OffsetDateTime) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t.unix_timestamp()).expect("in range")
}

fn query() -> ArticleQuery {
    ArticleQuery {
        page: 1,
        per_page: 100,
        ..ArticleQuery::default()
    }
}

async fn titles(app: &App, q: ArticleQuery, order: ArticleOrder) -> (Vec<String>, u64) {
    let (articles, total) = app.articles().list(&q, order).await.expect("a listing");
    (articles.into_iter().map(|a| a.title).collect(), total)
}

async fn count(store: &Store, table: &str) -> i64 {
    let mut conn = store.reader().await.expect("a connection");
    sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
        .fetch_one(&mut *conn)
        .await
        .expect("a count")
        .try_get("n")
        .expect("an integer count")
}

fn assert_conflict_on(result: Result<impl std::fmt::Debug, AppError>, field: &str, ctx: &str) {
    match result {
        Err(AppError::Conflict { field: Some(f), .. }) if f == field => {}
        other => panic!("{ctx}: expected a conflict on {field:?}, got {other:?}"),
    }
}

fn assert_in_use(result: Result<impl std::fmt::Debug, AppError>, ctx: &str) {
    match result {
        Err(AppError::Conflict { field: None, .. }) => {}
        other => panic!("{ctx}: expected an in-use conflict, got {other:?}"),
    }
}

// --- round trips ----------------------------------------------------------------------------

#[tokio::test]
async fn every_entity_round_trips() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let sys = Actor::System;
        let ctx = format!("{backend:?}");

        // Authors: a person with every field, an organisation with none of the optional ones.
        let amal = app
            .taxonomy()
            .put_author(
                &sys,
                None,
                AuthorInput {
                    bio: "Covers labour on the Gulf coast.".into(),
                    url: Some("https://amal.example/about".into()),
                    ..author("amal-rahim", "Amal Rahim", AuthorKind::Person)
                },
            )
            .await
            .unwrap();
        let desk = app
            .taxonomy()
            .put_author(
                &sys,
                None,
                author("harbour-desk", "Harbour Desk", AuthorKind::Organisation),
            )
            .await
            .unwrap();
        assert_eq!(amal.kind, AuthorKind::Person, "{ctx}");
        assert_eq!(amal.bio, "Covers labour on the Gulf coast.", "{ctx}");
        assert_eq!(
            amal.url.as_deref(),
            Some("https://amal.example/about"),
            "{ctx}"
        );
        assert_eq!(desk.kind, AuthorKind::Organisation, "{ctx}");
        assert_eq!(desk.url, None, "{ctx}");
        // Replacing keeps the id and changes every field, the slug included.
        let desk = app
            .taxonomy()
            .put_author(
                &sys,
                Some("harbour-desk"),
                AuthorInput {
                    bio: "The newsroom.".into(),
                    ..author("the-desk", "The Desk", AuthorKind::Organisation)
                },
            )
            .await
            .unwrap();
        assert_eq!(desk.slug.as_str(), "the-desk", "{ctx}");
        assert_eq!(desk.bio, "The newsroom.", "{ctx}");

        // A partner source with its copyright template and reprint terms.
        let dispatch = app
            .taxonomy()
            .put_source(
                &sys,
                None,
                SourceInput {
                    copyright_template: "© {source} — {authors}, {year}".into(),
                    reprint_terms: "Republished with permission; no edits.".into(),
                    canonical_to_original: true,
                    allow_republish: true,
                    trusted: false,
                    ..source("harbour-dispatch", "Harbour Dispatch")
                },
            )
            .await
            .unwrap();
        assert_eq!(
            dispatch.copyright_template, "© {source} — {authors}, {year}",
            "{ctx}"
        );
        assert_eq!(
            dispatch.reprint_terms, "Republished with permission; no edits.",
            "{ctx}"
        );
        assert!(
            dispatch.canonical_to_original && dispatch.allow_republish,
            "{ctx}"
        );
        assert_eq!(
            dispatch.copyright_line(&["Amal Rahim"], 2026),
            "© Harbour Dispatch — Amal Rahim, 2026",
            "{ctx}"
        );

        // Regions nest three deep.
        let mena = app
            .taxonomy()
            .put_region(
                &sys,
                None,
                region("middle-east", "Middle East & North Africa", None),
            )
            .await
            .unwrap();
        let iraq = app
            .taxonomy()
            .put_region(&sys, None, region("iraq", "Iraq", Some("middle-east")))
            .await
            .unwrap();
        let basra = app
            .taxonomy()
            .put_region(&sys, None, region("basra", "Basra", Some("iraq")))
            .await
            .unwrap();
        assert_eq!(mena.parent_id, None, "{ctx}");
        assert_eq!(iraq.parent_id, Some(mena.id), "{ctx}");
        assert_eq!(basra.parent_id, Some(iraq.id), "{ctx}");

        let water = app
            .taxonomy()
            .put_theme(
                &sys,
                None,
                ThemeInput {
                    description: "Rivers, dams and who gets to drink.".into(),
                    ..theme("water", "Water")
                },
            )
            .await
            .unwrap();
        assert_eq!(water.description, "Rivers, dams and who gets to drink.");

        let ledger = app
            .taxonomy()
            .put_report(
                &sys,
                None,
                ReportInput {
                    introduction: "Why **water** decides elections.".into(),
                    ..report("water-ledger", "The Water Ledger", &[])
                },
            )
            .await
            .unwrap();
        assert!(
            ledger.introduction_html.contains("<strong>water</strong>"),
            "{ctx}: {}",
            ledger.introduction_html
        );

        // What was written is what is read back, from a fresh read.
        let tax = app.taxonomy().all().await.unwrap();
        assert_eq!(tax.author(amal.id), Some(&amal), "{ctx}");
        assert_eq!(tax.author(desk.id), Some(&desk), "{ctx}");
        assert_eq!(tax.source(dispatch.id), Some(&dispatch), "{ctx}");
        assert_eq!(tax.region(basra.id), Some(&basra), "{ctx}");
        assert_eq!(tax.theme(water.id), Some(&water), "{ctx}");
        assert_eq!(tax.report(ledger.id), Some(&ledger), "{ctx}");
        let ancestors: Vec<&str> = tax
            .region_with_ancestors(basra.id)
            .iter()
            .map(|r| r.slug.as_str())
            .collect();
        assert_eq!(ancestors, ["basra", "iraq", "middle-east"], "{ctx}");

        // An article with every field set; the byline order is not the id order.
        let input = ArticleInput {
            slug: Some("tigris-farmers-count-the-cost".into()),
            title: "Tigris farmers count the cost".into(),
            standfirst: "Upstream dams halve the summer flow.".into(),
            body: "Fields *lie fallow* near Basra.\n\n<script>alert(1)</script>".into(),
            body_format: BodyFormat::Markdown,
            image: Some(FeaturedImage {
                src: "/media/2026/tigris.jpg".into(),
                alt: "A dry irrigation channel".into(),
                caption: "Near Qurna, August.".into(),
                credit: "Photo: Jo Park".into(),
            }),
            language: Language::parse("fr").unwrap(),
            featured: true,
            authors: vec![desk.slug.clone(), amal.slug.clone()],
            regions: vec![basra.slug.clone(), mena.slug.clone()],
            themes: vec![water.slug.clone()],
            reports: vec![ledger.slug.clone()],
            original: Some(OriginalPublicationInput {
                source: dispatch.slug.clone(),
                url: "https://harbour-dispatch.example/2026/tigris".into(),
                date: "2026-11-18".into(),
            }),
            sharing: Default::default(),
        };
        let before = OffsetDateTime::now_utc() - time::Duration::seconds(1);
        let created = app.articles().create(&sys, input.clone()).await.unwrap();
        assert_eq!(created.slug.as_str(), "tigris-farmers-count-the-cost");
        assert_eq!(created.title, input.title);
        assert_eq!(created.standfirst, input.standfirst);
        assert_eq!(created.body_source, input.body);
        assert!(
            created.body_html.contains("<em>lie fallow</em>")
                && !created.body_html.contains("<script"),
            "{ctx}: {}",
            created.body_html
        );
        assert_eq!(created.image, input.image, "{ctx}");
        assert_eq!(created.language.as_str(), "fr");
        assert!(created.featured);
        assert_eq!(created.status, ArticleStatus::Draft);
        assert_eq!(created.author_ids, [desk.id, amal.id], "{ctx}");
        assert_eq!(created.region_ids, [basra.id, mena.id], "{ctx}");
        assert_eq!(created.theme_ids, [water.id], "{ctx}");
        assert_eq!(created.report_ids, [ledger.id], "{ctx}");
        assert_eq!(
            created.original,
            Some(OriginalPublication {
                source_id: dispatch.id,
                url: "https://harbour-dispatch.example/2026/tigris".into(),
                date: date!(2026 - 11 - 18),
            }),
            "{ctx}"
        );
        assert_eq!(created.published_at, None);
        assert_eq!(created.scheduled_at, None);
        assert!(created.created_at >= before && created.created_at == created.updated_at);
        assert_eq!(created.revision, 1);
        assert_eq!(
            app.articles().article(created.id).await.unwrap(),
            created,
            "{ctx}"
        );
        assert_eq!(
            app.articles()
                .by_slug("tigris-farmers-count-the-cost")
                .await
                .unwrap(),
            Some(created.clone()),
            "{ctx}"
        );
        // The editor gets back exactly what was submitted.
        assert_eq!(
            app.articles().input_of(&created).await.unwrap(),
            input,
            "{ctx}: the stored article reads back as its input"
        );

        // Publication keeps the given date; scheduling keeps the given instant.
        let published_at = datetime!(2026-11-20 09:30:00 UTC);
        let published = app
            .articles()
            .publish_at(&sys, created.id, Some(published_at))
            .await
            .unwrap();
        assert_eq!(published.status, ArticleStatus::Published);
        assert_eq!(published.published_at, Some(published_at), "{ctx}");
        assert_eq!(
            app.articles().article(created.id).await.unwrap(),
            published,
            "{ctx}"
        );

        let second = app
            .articles()
            .create(&sys, draft("Dam talks resume"))
            .await
            .unwrap();
        let at = whole_seconds(OffsetDateTime::now_utc() + time::Duration::days(2));
        let scheduled = app.articles().schedule(&sys, second.id, at).await.unwrap();
        assert_eq!(scheduled.status, ArticleStatus::Scheduled);
        assert_eq!(scheduled.scheduled_at, Some(at), "{ctx}");
        assert_eq!(
            app.articles()
                .article(second.id)
                .await
                .unwrap()
                .scheduled_at,
            Some(at)
        );

        // The report keeps the order its editor chose, not ids or dates.
        let third = app
            .articles()
            .create(&sys, draft("Basra's last date palms"))
            .await
            .unwrap();
        let ledger = app
            .taxonomy()
            .put_report(
                &sys,
                Some("water-ledger"),
                ReportInput {
                    introduction: "Why **water** decides elections.".into(),
                    ..report(
                        "water-ledger",
                        "The Water Ledger",
                        &[&third.slug, &created.slug, &second.slug],
                    )
                },
            )
            .await
            .unwrap();
        let order: Vec<String> = app
            .taxonomy()
            .report_article_slugs(&ledger, false)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            order,
            [
                "basra-s-last-date-palms",
                "tigris-farmers-count-the-cost",
                "dam-talks-resume"
            ],
            "{ctx}"
        );
        let (listed, total) = titles(
            &app,
            ArticleQuery {
                report: Some("water-ledger".into()),
                ..query()
            },
            ArticleOrder::ReportPosition,
        )
        .await;
        assert_eq!(total, 3);
        assert_eq!(
            listed,
            [
                "Basra's last date palms",
                "Tigris farmers count the cost",
                "Dam talks resume"
            ],
            "{ctx}"
        );
        // Saving an article that is already in the report does not move it; one that joins
        // goes to the end.
        app.articles()
            .update(
                &sys,
                third.id,
                ArticlePatch {
                    standfirst: Some("Salt creeps up the Shatt al-Arab.".into()),
                    ..ArticlePatch::default()
                },
            )
            .await
            .unwrap();
        let fourth = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    reports: vec![ledger.slug.clone()],
                    ..draft("Who owns the river")
                },
            )
            .await
            .unwrap();
        let (listed, _) = titles(
            &app,
            ArticleQuery {
                report: Some("water-ledger".into()),
                ..query()
            },
            ArticleOrder::ReportPosition,
        )
        .await;
        assert_eq!(
            listed,
            [
                "Basra's last date palms",
                "Tigris farmers count the cost",
                "Dam talks resume",
                "Who owns the river"
            ],
            "{ctx}"
        );
        assert_eq!(
            app.articles().article(fourth.id).await.unwrap().report_ids,
            [ledger.id]
        );

        // Site settings, every field.
        assert_eq!(
            app.settings().get().await.unwrap(),
            SiteSettings::default(),
            "{ctx}"
        );
        let settings = SiteSettings {
            name: "The Basra Ledger".into(),
            tagline: "Water, work and power".into(),
            disclaimer: "Authors speak for themselves.".into(),
            footer_copyright: "© 2026 The Basra Ledger".into(),
            media_contact: "press@ledger.example".into(),
            newsletter_blurb: "Every Friday.".into(),
            translate_blurb: "Read in Arabic.".into(),
            membership_blurb: "Readers fund us.".into(),
            social: vec![SocialLink {
                label: "Mastodon".into(),
                url: "https://social.example/@ledger".into(),
            }],
            feed_full_content: false,
            allow_republish: true,
            glossary: "Ana Lima\nPort Authority | fr: Autorité portuaire".into(),
            time_zone: "Asia/Baghdad".into(),
        };
        app.settings().put(&sys, settings.clone()).await.unwrap();
        assert_eq!(app.settings().get().await.unwrap(), settings, "{ctx}");

        // Users, found again by their token.
        let (user, token) = app
            .users()
            .add(NewUser {
                email: "Jo@Ledger.example".into(),
                name: " Jo Park ".into(),
                role: Role::Editor,
            })
            .await
            .unwrap();
        assert_eq!(user.email, "jo@ledger.example");
        assert_eq!(user.name, "Jo Park");
        assert_eq!(app.users().for_token(&token).await.unwrap(), user, "{ctx}");
        assert!(matches!(
            app.users().for_token("gz_not-a-token").await,
            Err(AppError::Unauthorized)
        ));
    }
}

#[tokio::test]
async fn listings_filter_and_order_the_same_on_both_backends() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let sys = Actor::System;
        let ctx = format!("{backend:?}");
        // Inserted out of alphabetical order: lists come back sorted by name.
        app.taxonomy()
            .put_author(&sys, None, author("zed", "Zed Okafor", AuthorKind::Person))
            .await
            .unwrap();
        app.taxonomy()
            .put_author(&sys, None, author("amal", "Amal Rahim", AuthorKind::Person))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("mena", "Middle East", None))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("iraq", "Iraq", Some("mena")))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("chile", "Chile", None))
            .await
            .unwrap();
        app.taxonomy()
            .put_theme(&sys, None, theme("water", "Water"))
            .await
            .unwrap();
        app.taxonomy()
            .put_source(&sys, None, source("dispatch", "Harbour Dispatch"))
            .await
            .unwrap();
        let tax = app.taxonomy().all().await.unwrap();
        let names = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(
            tax.authors
                .iter()
                .map(|a| a.name.clone())
                .collect::<Vec<_>>(),
            names(vec!["Amal Rahim", "Zed Okafor"]),
            "{ctx}"
        );
        assert_eq!(
            tax.regions
                .iter()
                .map(|r| r.name.clone())
                .collect::<Vec<_>>(),
            names(vec!["Chile", "Iraq", "Middle East"]),
            "{ctx}"
        );

        let s = |v: &str| slug(v);
        let strike = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    authors: vec![s("amal")],
                    regions: vec![s("iraq")],
                    themes: vec![s("water")],
                    ..draft("Harbour strike enters third week")
                },
            )
            .await
            .unwrap();
        let dams = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    authors: vec![s("zed")],
                    regions: vec![s("mena")],
                    language: Language::parse("fr").unwrap(),
                    original: Some(OriginalPublicationInput {
                        source: s("dispatch"),
                        url: "https://dispatch.example/dams".into(),
                        date: "2026-01-02".into(),
                    }),
                    ..draft("Dams fall 100% short")
                },
            )
            .await
            .unwrap();
        let copper = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    regions: vec![s("chile")],
                    ..draft("Copper waterxrights ruling")
                },
            )
            .await
            .unwrap();
        app.articles()
            .create(
                &sys,
                ArticleInput {
                    authors: vec![s("amal")],
                    themes: vec![s("water")],
                    ..draft("Memo on water_rights")
                },
            )
            .await
            .unwrap();
        for (article, at) in [
            (&strike, datetime!(2026-01-01 08:00 UTC)),
            (&dams, datetime!(2026-03-01 08:00 UTC)),
            (&copper, datetime!(2026-02-01 08:00 UTC)),
        ] {
            app.articles()
                .publish_at(&sys, article.id, Some(at))
                .await
                .unwrap();
        }

        let published = || ArticleQuery {
            status: Some(ArticleStatus::Published),
            ..query()
        };
        let check = |q: ArticleQuery, order, want: &[&str]| {
            let app = app.clone();
            let ctx = ctx.clone();
            let want: Vec<String> = want.iter().map(|s| (*s).to_owned()).collect();
            async move {
                let dbg = format!("{ctx}: {q:?} {order:?}");
                let (got, total) = titles(&app, q, order).await;
                assert_eq!(got, want, "{dbg}");
                assert_eq!(total, want.len() as u64, "{dbg}");
            }
        };

        // Newest publication first.
        check(
            published(),
            ArticleOrder::Newest,
            &[
                "Dams fall 100% short",
                "Copper waterxrights ruling",
                "Harbour strike enters third week",
            ],
        )
        .await;
        check(
            ArticleQuery {
                status: Some(ArticleStatus::Draft),
                ..query()
            },
            ArticleOrder::Newest,
            &["Memo on water_rights"],
        )
        .await;
        // A region includes its sub-regions.
        check(
            ArticleQuery {
                region: Some("mena".into()),
                ..published()
            },
            ArticleOrder::Newest,
            &["Dams fall 100% short", "Harbour strike enters third week"],
        )
        .await;
        check(
            ArticleQuery {
                region: Some("iraq".into()),
                ..published()
            },
            ArticleOrder::Newest,
            &["Harbour strike enters third week"],
        )
        .await;
        check(
            ArticleQuery {
                theme: Some("water".into()),
                ..published()
            },
            ArticleOrder::Newest,
            &["Harbour strike enters third week"],
        )
        .await;
        check(
            ArticleQuery {
                author: Some("amal".into()),
                status: Some(ArticleStatus::Draft),
                ..query()
            },
            ArticleOrder::Newest,
            &["Memo on water_rights"],
        )
        .await;
        check(
            ArticleQuery {
                source: Some("dispatch".into()),
                ..published()
            },
            ArticleOrder::Newest,
            &["Dams fall 100% short"],
        )
        .await;
        check(
            ArticleQuery {
                language: Some("fr".into()),
                ..query()
            },
            ArticleOrder::Newest,
            &["Dams fall 100% short"],
        )
        .await;
        // Title search ignores case and takes % and _ literally.
        check(
            ArticleQuery {
                title_contains: Some("STRIKE".into()),
                ..query()
            },
            ArticleOrder::Newest,
            &["Harbour strike enters third week"],
        )
        .await;
        check(
            ArticleQuery {
                title_contains: Some("100%".into()),
                ..query()
            },
            ArticleOrder::Newest,
            &["Dams fall 100% short"],
        )
        .await;
        check(
            ArticleQuery {
                title_contains: Some("r_r".into()),
                ..query()
            },
            ArticleOrder::Newest,
            &["Memo on water_rights"],
        )
        .await;
        // A filter naming something that does not exist matches nothing.
        for q in [
            ArticleQuery {
                region: Some("atlantis".into()),
                ..query()
            },
            ArticleQuery {
                theme: Some("atlantis".into()),
                ..query()
            },
            ArticleQuery {
                author: Some("atlantis".into()),
                ..query()
            },
            ArticleQuery {
                source: Some("atlantis".into()),
                ..query()
            },
            ArticleQuery {
                report: Some("atlantis".into()),
                ..query()
            },
        ] {
            check(q, ArticleOrder::Newest, &[]).await;
        }

        // Pages of two: the total counts every match.
        let page = |n| ArticleQuery {
            page: n,
            per_page: 2,
            ..published()
        };
        let (first, total) = titles(&app, page(1), ArticleOrder::Newest).await;
        assert_eq!(
            (first, total),
            (
                vec![
                    "Dams fall 100% short".to_owned(),
                    "Copper waterxrights ruling".to_owned()
                ],
                3
            ),
            "{ctx}"
        );
        let (second, total) = titles(&app, page(2), ArticleOrder::Newest).await;
        assert_eq!(
            (second, total),
            (vec!["Harbour strike enters third week".to_owned()], 3),
            "{ctx}"
        );
        let (third, total) = titles(&app, page(3), ArticleOrder::Newest).await;
        assert_eq!((third.len(), total), (0, 3), "{ctx}");

        // Last edited first. Instants are kept to the millisecond, so wait past one.
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        app.articles()
            .update(
                &sys,
                strike.id,
                ArticlePatch {
                    standfirst: Some("Day 15.".into()),
                    ..ArticlePatch::default()
                },
            )
            .await
            .unwrap();
        let (recent, _) = titles(&app, query(), ArticleOrder::RecentlyUpdated).await;
        assert_eq!(
            recent.first().map(String::as_str),
            Some("Harbour strike enters third week"),
            "{ctx}: {recent:?}"
        );
    }
}

// --- constraints ----------------------------------------------------------------------------

#[tokio::test]
async fn duplicate_slugs_are_conflicts_naming_the_slug() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let sys = Actor::System;
        let ctx = format!("{backend:?}");

        let first = app
            .articles()
            .create(&sys, draft("Harbour strike enters third week"))
            .await
            .unwrap();
        assert_conflict_on(
            app.articles()
                .create(&sys, draft("Harbour strike enters third week"))
                .await,
            "slug",
            &format!("{ctx} article"),
        );
        let other = app
            .articles()
            .create(&sys, draft("Dam talks resume"))
            .await
            .unwrap();
        assert_conflict_on(
            app.articles()
                .update(
                    &sys,
                    other.id,
                    ArticlePatch {
                        slug: Some(first.slug.to_string()),
                        ..ArticlePatch::default()
                    },
                )
                .await,
            "slug",
            &format!("{ctx} article renamed onto another"),
        );
        // The refused rename left the article as it was.
        assert_eq!(
            app.articles().article(other.id).await.unwrap(),
            other,
            "{ctx}"
        );

        app.taxonomy()
            .put_author(&sys, None, author("amal", "Amal", AuthorKind::Person))
            .await
            .unwrap();
        assert_conflict_on(
            app.taxonomy()
                .put_author(
                    &sys,
                    None,
                    author("amal", "Another Amal", AuthorKind::Person),
                )
                .await,
            "slug",
            &format!("{ctx} author"),
        );
        app.taxonomy()
            .put_source(&sys, None, source("dispatch", "Dispatch"))
            .await
            .unwrap();
        assert_conflict_on(
            app.taxonomy()
                .put_source(&sys, None, source("dispatch", "Other"))
                .await,
            "slug",
            &format!("{ctx} source"),
        );
        app.taxonomy()
            .put_region(&sys, None, region("iraq", "Iraq", None))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("syria", "Syria", None))
            .await
            .unwrap();
        assert_conflict_on(
            app.taxonomy()
                .put_region(&sys, None, region("iraq", "Iraq again", None))
                .await,
            "slug",
            &format!("{ctx} region"),
        );
        assert_conflict_on(
            app.taxonomy()
                .put_region(&sys, Some("syria"), region("iraq", "Syria", None))
                .await,
            "slug",
            &format!("{ctx} region renamed onto another"),
        );
        app.taxonomy()
            .put_theme(&sys, None, theme("water", "Water"))
            .await
            .unwrap();
        assert_conflict_on(
            app.taxonomy()
                .put_theme(&sys, None, theme("water", "Water again"))
                .await,
            "slug",
            &format!("{ctx} theme"),
        );
        app.taxonomy()
            .put_report(&sys, None, report("ledger", "Ledger", &[]))
            .await
            .unwrap();
        assert_conflict_on(
            app.taxonomy()
                .put_report(&sys, None, report("ledger", "Ledger again", &[]))
                .await,
            "slug",
            &format!("{ctx} report"),
        );
        let jo = NewUser {
            email: "jo@ledger.example".into(),
            name: "Jo".into(),
            role: Role::Editor,
        };
        app.users().add(jo.clone()).await.unwrap();
        assert_conflict_on(
            app.users()
                .add(NewUser {
                    email: "JO@ledger.example".into(),
                    ..jo
                })
                .await,
            "email",
            &format!("{ctx} user"),
        );

        // A refused write leaves the store usable.
        app.articles()
            .create(&sys, draft("Still writable"))
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn deleting_what_articles_still_use_is_a_conflict() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let sys = Actor::System;
        let ctx = format!("{backend:?}");
        app.taxonomy()
            .put_author(&sys, None, author("amal", "Amal", AuthorKind::Person))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("mena", "Middle East", None))
            .await
            .unwrap();
        app.taxonomy()
            .put_region(&sys, None, region("iraq", "Iraq", Some("mena")))
            .await
            .unwrap();
        app.taxonomy()
            .put_theme(&sys, None, theme("water", "Water"))
            .await
            .unwrap();
        app.taxonomy()
            .put_source(&sys, None, source("dispatch", "Dispatch"))
            .await
            .unwrap();
        app.taxonomy()
            .put_report(&sys, None, report("ledger", "Ledger", &[]))
            .await
            .unwrap();
        let article = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    authors: vec![slug("amal")],
                    regions: vec![slug("iraq")],
                    themes: vec![slug("water")],
                    reports: vec![slug("ledger")],
                    original: Some(OriginalPublicationInput {
                        source: slug("dispatch"),
                        url: "https://dispatch.example/a".into(),
                        date: "2026-01-02".into(),
                    }),
                    ..draft("Harbour strike enters third week")
                },
            )
            .await
            .unwrap();

        for (table, slug_) in [
            (TaxonomyKind::Authors, "amal"),
            (TaxonomyKind::Regions, "iraq"),
            (TaxonomyKind::Themes, "water"),
            (TaxonomyKind::Sources, "dispatch"),
        ] {
            assert_in_use(
                app.taxonomy().delete(&sys, table, slug_).await,
                &format!("{ctx} {table:?}"),
            );
        }
        // Nothing was deleted, and the article still has all its links.
        let tax = app.taxonomy().all().await.unwrap();
        assert!(tax.author_by_slug("amal").is_some(), "{ctx}");
        assert!(tax.region_by_slug("iraq").is_some(), "{ctx}");
        assert_eq!(
            app.articles().article(article.id).await.unwrap(),
            article,
            "{ctx}"
        );

        // A region with sub-regions but no articles of its own can go; its children move up.
        app.taxonomy()
            .delete(&sys, TaxonomyKind::Regions, "mena")
            .await
            .unwrap();
        let tax = app.taxonomy().all().await.unwrap();
        assert_eq!(tax.region_by_slug("iraq").unwrap().parent_id, None, "{ctx}");

        // A report only loses its list.
        app.taxonomy()
            .delete(&sys, TaxonomyKind::Reports, "ledger")
            .await
            .unwrap();
        assert!(
            app.articles()
                .article(article.id)
                .await
                .unwrap()
                .report_ids
                .is_empty(),
            "{ctx}"
        );

        // Once no article uses the author, it can be deleted.
        app.articles()
            .update(
                &sys,
                article.id,
                ArticlePatch {
                    authors: Some(vec![]),
                    ..ArticlePatch::default()
                },
            )
            .await
            .unwrap();
        app.taxonomy()
            .delete(&sys, TaxonomyKind::Authors, "amal")
            .await
            .unwrap();
        assert!(matches!(
            app.taxonomy()
                .delete(&sys, TaxonomyKind::Authors, "amal")
                .await,
            Err(AppError::NotFound(_))
        ));
        // Deleting the article frees the rest.
        app.articles().delete(&sys, article.id).await.unwrap();
        for (table, slug_) in [
            (TaxonomyKind::Regions, "iraq"),
            (TaxonomyKind::Themes, "water"),
            (TaxonomyKind::Sources, "dispatch"),
        ] {
            app.taxonomy()
                .delete(&sys, table, slug_)
                .await
                .unwrap_or_else(|e| panic!("{ctx} {table:?}: {e}"));
        }
    }
}

#[tokio::test]
async fn a_failed_change_leaves_nothing_behind() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let sys = Actor::System;
        let ctx = format!("{backend:?}");
        app.taxonomy()
            .put_theme(&sys, None, theme("water", "Water"))
            .await
            .unwrap();

        let refused = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    themes: vec![slug("water"), slug("no-such-theme")],
                    ..draft("Harbour strike enters third week")
                },
            )
            .await;
        match refused {
            Err(AppError::Invalid(e)) => assert_eq!(e.field, "themes[1]", "{ctx}"),
            other => panic!("{ctx}: expected an invalid theme, got {other:?}"),
        }
        assert_eq!(
            app.articles()
                .by_slug("harbour-strike-enters-third-week")
                .await
                .unwrap(),
            None,
            "{ctx}"
        );
        for table in ["articles", "article_revisions", "article_themes"] {
            assert_eq!(count(app.store(), table).await, 0, "{ctx}: {table}");
        }

        // Several writes in one transaction, the last refused: none of them stays, and the
        // store (on SQLite, its single writer) is free for the next change.
        let store = app.store();
        let slug_ = slug("harbour-strike-enters-third-week");
        let write = ArticleWrite {
            slug: &slug_,
            title: "Harbour strike enters third week",
            standfirst: "",
            body_format: BodyFormat::Markdown,
            body_source: "x",
            body_html: "<p>x</p>",
            image: None,
            language: &Language::default(),
            featured: false,
            author_ids: &[],
            region_ids: &[],
            theme_ids: &[],
            report_ids: &[],
            original: None,
            sharing: &Default::default(),
            now: OffsetDateTime::now_utc(),
        };
        let mut tx = store.begin().await.unwrap();
        let id = gazette_store::articles::insert(&mut tx, &write, ArticleStatus::Draft)
            .await
            .unwrap();
        gazette_store::articles::insert_revision(&mut tx, id, 1, None, &draft("x"), write.now)
            .await
            .unwrap();
        let again = gazette_store::articles::insert(&mut tx, &write, ArticleStatus::Draft).await;
        assert!(
            matches!(&again, Err(StoreError::Conflict { field }) if field == "slug"),
            "{ctx}: {again:?}"
        );
        drop(tx);
        for table in ["articles", "article_revisions"] {
            assert_eq!(count(store, table).await, 0, "{ctx}: {table}");
        }

        let article = app
            .articles()
            .create(
                &sys,
                ArticleInput {
                    themes: vec![slug("water")],
                    ..draft("Harbour strike enters third week")
                },
            )
            .await
            .expect("the same article, now valid, is taken");
        assert_eq!(article.revision, 1, "{ctx}");
        assert_eq!(count(store, "article_revisions").await, 1, "{ctx}");
    }
}

#[tokio::test]
async fn revisions_are_numbered_per_article_from_one() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let ctx = format!("{backend:?}");
        let (jo, _) = app
            .users()
            .add(NewUser {
                email: "jo@ledger.example".into(),
                name: "Jo".into(),
                role: Role::Editor,
            })
            .await
            .unwrap();
        let editor = Actor::User(jo.clone());
        let sys = Actor::System;

        let a = app
            .articles()
            .create(&editor, draft("First title"))
            .await
            .unwrap();
        assert_eq!(a.revision, 1);
        let retitle = |title: &str, base: Option<i64>| ArticlePatch {
            title: Some(title.into()),
            base_revision: base,
            ..ArticlePatch::default()
        };
        let a2 = app
            .articles()
            .update(&sys, a.id, retitle("Second title", Some(1)))
            .await
            .unwrap()
            .article;
        assert_eq!(a2.revision, 2, "{ctx}");
        // An edit started from revision 1 is refused now that 2 exists, and changes nothing.
        match app
            .articles()
            .update(&editor, a.id, retitle("Lost edit", Some(1)))
            .await
        {
            Err(AppError::StaleRevision {
                base: 1,
                current: 2,
            }) => {}
            other => panic!("{ctx}: expected a stale revision, got {other:?}"),
        }
        assert_eq!(app.articles().article(a.id).await.unwrap(), a2, "{ctx}");
        let a3 = app
            .articles()
            .update(&editor, a.id, retitle("Third title", None))
            .await
            .unwrap()
            .article;
        assert_eq!(a3.revision, 3, "{ctx}");
        // Publishing changes the status, not the content: no new revision.
        let published = app.articles().publish(&sys, a.id).await.unwrap();
        assert_eq!(published.revision, 3, "{ctx}");

        let revisions = app.articles().revisions(a.id).await.unwrap();
        let summary: Vec<(i64, String, Option<gazette_domain::UserId>)> = revisions
            .iter()
            .map(|r| (r.number, r.input.title.clone(), r.created_by))
            .collect();
        assert_eq!(
            summary,
            [
                (3, "Third title".to_owned(), Some(jo.id)),
                (2, "Second title".to_owned(), None),
                (1, "First title".to_owned(), Some(jo.id)),
            ],
            "{ctx}"
        );
        assert!(revisions.iter().all(|r| r.article_id == a.id));
        // Every revision keeps the slug, so restoring never moves the URL.
        assert!(
            revisions
                .iter()
                .all(|r| r.input.slug.as_deref() == Some("first-title")),
            "{ctx}"
        );

        let restored = app
            .articles()
            .restore_revision(&editor, a.id, 1)
            .await
            .unwrap();
        assert_eq!(restored.revision, 4, "{ctx}");
        assert_eq!(restored.title, "First title");
        assert_eq!(restored.slug.as_str(), "first-title");
        assert_eq!(app.articles().revisions(a.id).await.unwrap().len(), 4);
        assert!(matches!(
            app.articles().restore_revision(&editor, a.id, 99).await,
            Err(AppError::NotFound(_))
        ));

        // Numbering is per article.
        let b = app
            .articles()
            .create(&sys, draft("Another piece"))
            .await
            .unwrap();
        assert_eq!(b.revision, 1, "{ctx}");
        let b_revisions = app.articles().revisions(b.id).await.unwrap();
        assert_eq!(
            b_revisions.iter().map(|r| r.number).collect::<Vec<_>>(),
            [1]
        );
        assert!(matches!(
            app.articles().revisions(ArticleId(b.id.0 + 1000)).await,
            Err(AppError::NotFound(_))
        ));
    }
}

// --- the backends themselves ----------------------------------------------------------------

#[test]
fn both_dialects_have_the_same_migration_versions() {
    let (sqlite, postgres) = Store::migration_versions();
    assert!(!sqlite.is_empty(), "no migrations found");
    assert_eq!(sqlite, postgres);
    assert!(
        sqlite.windows(2).all(|w| w[0] < w[1]),
        "versions increase: {sqlite:?}"
    );
}

#[tokio::test]
async fn sqlite_data_dir_is_created_on_first_run_in_wal_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("not").join("yet");
    let config = gazette_app::Config {
        data: data.clone(),
        database_url: String::new(),
        ..gazette_app::Config::default()
    };
    let app = App::open(config.clone()).await.expect("first run");
    let db = data.join("gazette.db");
    assert!(db.is_file(), "{} exists", db.display());
    assert!(data.join("media").is_dir());
    let mut conn = app.store().reader().await.unwrap();
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    let article = app
        .articles()
        .create(&Actor::System, draft("Written on first run"))
        .await
        .unwrap();
    app.store().close().await;

    // WAL is a property of the file: a plain connection sees it too.
    sqlx::any::install_default_drivers();
    let mut plain = sqlx::AnyConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut plain)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert_eq!(mode, "wal");
    plain.close().await.unwrap();

    // A second run finds the same data and has nothing left to migrate.
    let again = App::open(config).await.expect("second run");
    assert_eq!(again.articles().article(article.id).await.unwrap(), article);
}

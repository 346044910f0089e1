//! The demo publication: a fictional outlet written for Gazette (in `demo/` at the repository
//! root, embedded in the binary), loaded through the same services an editor uses.

use std::time::Duration;

use anyhow::{Context, bail};
use gazette_domain::{
    ArticleInput, AuthorInput, BodyFormat, FeaturedImage, Language, OriginalPublicationInput,
    RegionInput, ReportInput, SiteSettings, Slug, SourceInput, ThemeInput,
};
use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::Actor;
use crate::{App, now};

static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../demo");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Site {
    settings: SiteSettings,
    authors: Vec<AuthorInput>,
    sources: Vec<SourceInput>,
    regions: Vec<RegionInput>,
    themes: Vec<ThemeInput>,
    reports: Vec<ReportInput>,
    #[serde(default)]
    newsletters: Vec<gazette_domain::NewsletterInput>,
    /// The first edition of the first newsletter, sent when the demo loads (to nobody yet), so
    /// that the archive has an edition to show.
    #[serde(default)]
    first_edition: Option<gazette_domain::EditionInput>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    slug: String,
    title: String,
    standfirst: String,
    authors: Vec<Slug>,
    #[serde(default)]
    regions: Vec<Slug>,
    #[serde(default)]
    themes: Vec<Slug>,
    language: Language,
    published: String,
    #[serde(default)]
    featured: bool,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    publish_in_minutes: Option<u64>,
    #[serde(default)]
    image: Option<FeaturedImage>,
    #[serde(default)]
    original: Option<OriginalPublicationInput>,
}

/// What loading the demo did.
#[derive(Debug, Default)]
pub struct DemoSummary {
    pub published: usize,
    pub drafts: usize,
    pub scheduled: usize,
    pub already_loaded: bool,
    /// The demo editor's sign-in for the admin: address and a password made for this load,
    /// shown once.
    pub editor: Option<(String, String)>,
}

/// Who signs in to the demo's admin.
pub const DEMO_EDITOR: &str = "editor@meridian.example";

/// Loads the demo publication into an empty store; does nothing if articles already exist.
pub async fn load(app: &App) -> anyhow::Result<DemoSummary> {
    let (existing, _) = app
        .articles()
        .list(
            &crate::ArticleQuery {
                page: 1,
                per_page: 1,
                ..Default::default()
            },
            Default::default(),
        )
        .await?;
    if !existing.is_empty() {
        return Ok(DemoSummary {
            already_loaded: true,
            ..Default::default()
        });
    }
    let site: Site = toml::from_str(file("site.toml")?).context("demo/site.toml")?;
    let system = Actor::System;
    app.settings().put(&system, site.settings).await?;
    for a in site.authors {
        app.taxonomy().put_author(&system, None, a).await?;
    }
    for s in site.sources {
        app.taxonomy().put_source(&system, None, s).await?;
    }
    for r in site.regions {
        app.taxonomy().put_region(&system, None, r).await?;
    }
    for t in site.themes {
        app.taxonomy().put_theme(&system, None, t).await?;
    }
    copy_media(app)?;

    let mut summary = DemoSummary::default();
    let mut files: Vec<_> = DEMO
        .get_dir("articles")
        .context("demo/articles")?
        .files()
        .collect();
    files.sort_by_key(|f| f.path());
    for f in files {
        let name = f.path().display().to_string();
        let text = f
            .contents_utf8()
            .with_context(|| format!("{name} is not UTF-8"))?;
        let (front, body) = split_front_matter(text).with_context(|| name.clone())?;
        let fm: FrontMatter = toml::from_str(front).with_context(|| name.clone())?;
        let image = fm.image.map(|i| FeaturedImage {
            src: format!("/media/demo/{}", i.src),
            ..i
        });
        let input = ArticleInput {
            slug: Some(fm.slug),
            title: fm.title,
            standfirst: fm.standfirst,
            body: body.to_owned(),
            body_format: BodyFormat::Markdown,
            image,
            language: fm.language,
            featured: fm.featured,
            authors: fm.authors,
            regions: fm.regions,
            themes: fm.themes,
            reports: Vec::new(),
            original: fm.original,
            sharing: Default::default(),
        };
        let article = app
            .articles()
            .create(&system, input)
            .await
            .with_context(|| name.clone())?;
        match fm.status.as_deref() {
            None => {
                let at = gazette_domain::parse_timestamp("published", &fm.published)?;
                app.articles()
                    .publish_at(&system, article.id, Some(at))
                    .await?;
                summary.published += 1;
            }
            Some("draft") => summary.drafts += 1,
            Some("scheduled") => {
                let minutes = fm.publish_in_minutes.unwrap_or(5);
                app.articles()
                    .schedule(
                        &system,
                        article.id,
                        now() + Duration::from_secs(minutes * 60),
                    )
                    .await?;
                summary.scheduled += 1;
            }
            Some(other) => bail!("{name}: unknown status {other:?}"),
        }
    }
    // Reports list their articles, so they come after them; newsletters may follow a report.
    for r in site.reports {
        app.taxonomy().put_report(&system, None, r).await?;
    }
    let first = site.newsletters.first().map(|n| n.slug.clone());
    for n in site.newsletters {
        app.newsletters().create(&system, n).await?;
    }
    if let (Some(slug), Some(edition)) = (first, site.first_edition) {
        app.newsletters()
            .set_next_edition(&system, &slug, edition)
            .await?;
        app.newsletters()
            .send_next_edition_now(&system, &slug)
            .await?;
    }
    app.users()
        .add(crate::NewUser {
            email: DEMO_EDITOR.into(),
            name: "Demo Editor".into(),
            role: gazette_domain::Role::Administrator,
        })
        .await?;
    let password = crate::random_token()[..20].to_owned();
    app.sessions().set_password(DEMO_EDITOR, &password).await?;
    summary.editor = Some((DEMO_EDITOR.to_owned(), password));
    Ok(summary)
}

fn file(path: &str) -> anyhow::Result<&'static str> {
    DEMO.get_file(path)
        .and_then(|f| f.contents_utf8())
        .with_context(|| format!("demo/{path} is missing"))
}

fn split_front_matter(text: &str) -> anyhow::Result<(&str, &str)> {
    let rest = text
        .strip_prefix("+++\n")
        .context("front matter must open with +++")?;
    let end = rest
        .find("\n+++\n")
        .context("front matter must close with +++")?;
    Ok((&rest[..end], rest[end + 5..].trim_start()))
}

fn copy_media(app: &App) -> anyhow::Result<()> {
    let target = app.config().media_dir().join("demo");
    std::fs::create_dir_all(&target)?;
    if let Some(media) = DEMO.get_dir("media") {
        for f in media.files() {
            let name = f.path().file_name().context("media file name")?;
            std::fs::write(target.join(name), f.contents())?;
        }
    }
    Ok(())
}

//! The demo publication: a fictional outlet written for Gazette (in `demo/` at the repository
//! root, embedded in the binary), loaded through the same services an editor uses.
//!
//! It ships machine translations of its articles (`demo/translations/{lang}/{slug}.html`, made
//! with Apertium by `demo/translate` through [`write_translations`]), loaded as what they are,
//! so a newcomer with no translation engine still sees the site in Spanish, Catalan and
//! Galician. Where an engine is configured, the other languages the configuration names are
//! asked of it through the job queue.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, bail};
use gazette_domain::{
    ArticleInput, AuthorInput, BodyFormat, FeaturedImage, Language, OriginalPublicationInput,
    RegionInput, ReportInput, SiteSettings, Slug, SourceInput, ThemeInput,
};
use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::translations::MachineTranslation;
use crate::{Actor, ArticleQuery};
use crate::{App, now};

mod site_texts;

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

/// The front matter of a shipped translation (`demo/translations/{lang}/{slug}.html`); the
/// body HTML follows it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TranslationFrontMatter {
    /// The article's slug.
    article: String,
    language: String,
    title: String,
    standfirst: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image_caption: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image_credit: Option<String>,
    engine: String,
    model: String,
    /// RFC 3339.
    translated: String,
}

/// Whether loading brings in the shipped translations: not when they are being made anew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShippedTranslations {
    Load,
    Skip,
}

/// What loading the demo did.
#[derive(Debug, Default)]
pub struct DemoSummary {
    pub published: usize,
    pub drafts: usize,
    pub scheduled: usize,
    /// Shipped translations brought in, by language.
    pub translations: Vec<(String, usize)>,
    /// Languages asked of the configured engines (the shipped ones are not asked again).
    pub requested_languages: Vec<String>,
    pub already_loaded: bool,
    /// The demo editor's sign-in for the admin: address and a password made for this load,
    /// shown once.
    pub editor: Option<(String, String)>,
}

/// Who signs in to the demo's admin.
pub const DEMO_EDITOR: &str = "editor@meridian.example";

/// Loads the demo publication into an empty store; does nothing if articles already exist.
pub async fn load(app: &App) -> anyhow::Result<DemoSummary> {
    load_with(app, ShippedTranslations::Load).await
}

/// [`load`], with or without the shipped translations.
pub async fn load_with(app: &App, shipped: ShippedTranslations) -> anyhow::Result<DemoSummary> {
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
    if shipped == ShippedTranslations::Load {
        summary.translations = load_translations(app).await?;
    }
    summary.requested_languages = request_translations(app, &summary.translations).await?;
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
    // The site's own words name regions, reports and newsletters, so they come last.
    if shipped == ShippedTranslations::Load {
        load_site_texts(app).await?;
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

/// Brings in every shipped translation, each through the translations service's checks.
async fn load_translations(app: &App) -> anyhow::Result<Vec<(String, usize)>> {
    let mut loaded = Vec::new();
    let Some(root) = DEMO.get_dir("translations") else {
        return Ok(loaded);
    };
    let mut dirs: Vec<_> = root.dirs().collect();
    dirs.sort_by_key(|d| d.path());
    for dir in dirs {
        let mut count = 0;
        let mut files: Vec<_> = dir
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "html"))
            .collect();
        files.sort_by_key(|f| f.path());
        for f in files {
            let name = f.path().display().to_string();
            let text = f
                .contents_utf8()
                .with_context(|| format!("{name} is not UTF-8"))?;
            let (front, body) = split_front_matter(text).with_context(|| name.clone())?;
            let fm: TranslationFrontMatter = toml::from_str(front).with_context(|| name.clone())?;
            let article = app
                .articles()
                .by_slug(&fm.article)
                .await?
                .with_context(|| format!("{name}: no demo article {:?}", fm.article))?;
            let translated_at = OffsetDateTime::parse(
                &fm.translated,
                &time::format_description::well_known::Rfc3339,
            )
            .with_context(|| format!("{name}: translated {:?}", fm.translated))?;
            let translation = MachineTranslation {
                language: fm.language,
                title: fm.title,
                standfirst: fm.standfirst,
                body_html: body.to_owned(),
                image_caption: fm.image_caption,
                image_credit: fm.image_credit,
                engine: fm.engine,
                model: fm.model,
                translated_at,
            };
            app.translations()
                .import_machine(&Actor::System, article.id, &translation)
                .await
                .with_context(|| name.clone())?;
            count += 1;
        }
        let lang = dir
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        loaded.push((lang, count));
    }
    Ok(loaded)
}

/// Brings in each shipped language's site texts (`{lang}/site-texts.toml`).
async fn load_site_texts(app: &App) -> anyhow::Result<()> {
    let Some(root) = DEMO.get_dir("translations") else {
        return Ok(());
    };
    for dir in root.dirs() {
        let Some(file) = dir.get_file(dir.path().join(site_texts::FILE)) else {
            continue;
        };
        let name = file.path().display().to_string();
        let lang = dir
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = file
            .contents_utf8()
            .with_context(|| format!("{name} is not UTF-8"))?;
        site_texts::load(app, &lang, text)
            .await
            .with_context(|| name.clone())?;
    }
    Ok(())
}

/// Asks the configured engines for the languages the configuration names (its `offered` list,
/// or else its automatic languages and those with their own chain) that the demo does not
/// ship, through the job queue. Automatic languages were queued when each article was
/// published. A configuration offering every language through a default chain names none:
/// asking one engine for 75 languages would fill the queue with pairs it does not have.
async fn request_translations(
    app: &App,
    shipped: &[(String, usize)],
) -> anyhow::Result<Vec<String>> {
    let settings = &app.config().translation;
    let named: Vec<&String> = if settings.offered.is_empty() {
        settings.languages.keys().collect()
    } else {
        settings.offered.iter().collect()
    };
    let wanted: Vec<&'static str> = named
        .into_iter()
        .filter(|l| app.translations().offers(l))
        .filter_map(|l| crate::translations::languages::lookup(l).map(|l| l.code))
        .filter(|l| !shipped.iter().any(|(s, _)| s.eq_ignore_ascii_case(l)))
        .filter(|l| {
            !settings
                .auto_languages
                .iter()
                .any(|a| a.eq_ignore_ascii_case(l))
        })
        .collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    for article in published_articles(app).await? {
        for lang in &wanted {
            if !article.language.as_str().eq_ignore_ascii_case(lang) {
                app.translations()
                    .request(&Actor::System, article.id, lang)
                    .await?;
            }
        }
    }
    Ok(wanted.into_iter().map(str::to_owned).collect())
}

/// Every published article, newest first.
pub async fn published_articles(app: &App) -> anyhow::Result<Vec<gazette_domain::Article>> {
    const PAGE: u32 = 100;
    let mut out = Vec::new();
    for page in 1.. {
        let query = ArticleQuery {
            status: Some(gazette_domain::ArticleStatus::Published),
            page,
            per_page: PAGE,
            ..Default::default()
        };
        let (batch, total) = app.articles().list(&query, Default::default()).await?;
        let last = batch.len() < PAGE as usize;
        out.extend(batch);
        if last || out.len() as u64 >= total {
            return Ok(out);
        }
    }
    Ok(out)
}

/// Writes the translations this site holds into `langs` as the demo ships them
/// (`{dir}/{lang}/{slug}.html`, and the site's own words in `{dir}/{lang}/site-texts.toml`),
/// replacing each language's folder: what `demo/translate` runs
/// after translating the freshly loaded demo. Returns how many were written per language.
pub async fn write_translations(
    app: &App,
    dir: &Path,
    langs: &[&str],
) -> anyhow::Result<Vec<(String, usize)>> {
    let articles = published_articles(app).await?;
    let mut written = Vec::new();
    for &lang in langs {
        let folder = dir.join(lang);
        if folder.exists() {
            std::fs::remove_dir_all(&folder)
                .with_context(|| format!("removing {}", folder.display()))?;
        }
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("creating {}", folder.display()))?;
        let mut count = 0;
        for article in &articles {
            if article.language.as_str().eq_ignore_ascii_case(lang) {
                continue;
            }
            let Ok(t) = app
                .translations()
                .get(&Actor::System, article.id, lang)
                .await
            else {
                continue;
            };
            let Some(at) = t.state.translated_at.filter(|_| t.state.available) else {
                continue;
            };
            let front = TranslationFrontMatter {
                article: article.slug.to_string(),
                language: lang.to_owned(),
                title: t.title,
                standfirst: t.standfirst,
                image_caption: t.image_caption,
                image_credit: t.image_credit,
                engine: t.state.engine,
                model: t.state.model,
                translated: crate::views::iso(at),
            };
            let text = format!(
                "+++\n{}+++\n{}\n",
                toml::to_string(&front)?,
                t.body_html.trim()
            );
            let path = folder.join(format!("{}.html", article.slug));
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            count += 1;
        }
        site_texts::write(app, lang, &folder.join(site_texts::FILE)).await?;
        written.push((lang.to_owned(), count));
    }
    Ok(written)
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

//! The demo's own words in each shipped language (`demo/translations/{lang}/site-texts.toml`):
//! region, theme and report names, the tagline and blurbs, the newsletter's name, and the
//! first edition's subject and introduction, machine-translated by `demo/translate` and
//! recorded as that engine's work when the demo loads.
//!
//! Ids differ from one database to the next, so the file names each text by the slug of what
//! it belongs to (`region:middle-east-north-africa:name`); the edition's words go into the
//! translation memory, segment by segment, which is where its pages look for them.

use std::collections::HashMap;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::translations::{EngineUse, ImportedSiteText, RememberedSegment, SiteTextKey, Snippet};
use crate::{Actor, App, Taxonomies};

/// The file's name in each language's folder.
pub(super) const FILE: &str = "site-texts.toml";

/// The site's language, which the demo is written in.
const SITE_LANG: &str = "en";

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SiteTextsFile {
    #[serde(default, rename = "text")]
    texts: Vec<ShippedText>,
    /// The first edition's subject and introduction, as segments of the translation memory.
    #[serde(default, rename = "segment")]
    segments: Vec<RememberedSegment>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ShippedText {
    /// `region:{slug}:name`, `setting:tagline`: the site text's key with a slug for the id.
    key: String,
    text: String,
    engine: String,
    model: String,
}

/// Site text keys in both forms: the stored one (with ids) and the shipped one (with slugs).
struct Keys {
    by_slug: HashMap<String, SiteTextKey>,
    by_key: HashMap<SiteTextKey, String>,
}

impl Keys {
    async fn of(app: &App) -> anyhow::Result<Keys> {
        let mut conn = app.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let newsletters = gazette_store::newsletters::newsletters(&mut conn).await?;
        let slug = |key: SiteTextKey| -> Option<String> {
            let slug = match key {
                SiteTextKey::Setting(_) => return Some(key.to_string()),
                SiteTextKey::RegionName(id) => {
                    tax.regions.iter().find(|r| r.id == id).map(|r| &r.slug)
                }
                SiteTextKey::ThemeName(id) | SiteTextKey::ThemeDescription(id) => {
                    tax.themes.iter().find(|t| t.id == id).map(|t| &t.slug)
                }
                SiteTextKey::ReportTitle(id) | SiteTextKey::ReportIntroduction(id) => {
                    tax.reports.iter().find(|r| r.id == id).map(|r| &r.slug)
                }
                SiteTextKey::NewsletterName(id) | SiteTextKey::NewsletterDescription(id) => {
                    newsletters.iter().find(|n| n.id == id).map(|n| &n.slug)
                }
            }?;
            Some(format!("{}:{slug}:{}", key.kind(), key.field()))
        };
        let mut keys = Keys {
            by_slug: HashMap::new(),
            by_key: HashMap::new(),
        };
        for key in app.translations().site_text_keys().await? {
            if let Some(shipped) = slug(key) {
                keys.by_slug.insert(shipped.clone(), key);
                keys.by_key.insert(key, shipped);
            }
        }
        Ok(keys)
    }
}

/// Writes what the site holds in `lang` (its site texts, and the memory's translation of the
/// first edition's subject and introduction, asked of the engines first) as the demo ships it.
/// Returns how many site texts were written.
pub(super) async fn write(app: &App, lang: &str, path: &std::path::Path) -> anyhow::Result<usize> {
    let keys = Keys::of(app).await?;
    let mut file = SiteTextsFile::default();
    for state in app.translations().site_texts(&Actor::System, lang).await? {
        let (Some(text), Ok(key)) = (state.text, state.key.parse::<SiteTextKey>()) else {
            continue;
        };
        if let Some(shipped) = keys.by_key.get(&key) {
            file.texts.push(ShippedText {
                key: shipped.clone(),
                text,
                engine: state.engine,
                model: state.model,
            });
        }
    }
    if let Some((subject, intro)) = first_edition(app).await? {
        let translations = app.translations();
        translations
            .snippet_text(&subject, SITE_LANG, lang, EngineUse::Ask)
            .await?;
        translations
            .snippet_html(&intro, SITE_LANG, lang, EngineUse::Ask)
            .await?;
        for snippet in [Snippet::Text(&subject), Snippet::Html(&intro)] {
            file.segments
                .extend(translations.remembered_segments(snippet, lang).await?);
        }
    }
    let text = format!(
        "# The demo site's own words in {lang}, machine-translated by demo/translate.\n{}",
        toml::to_string(&file)?
    );
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(file.texts.len())
}

/// Brings in a shipped file of `lang`; returns how many site texts were written.
pub(super) async fn load(app: &App, lang: &str, text: &str) -> anyhow::Result<usize> {
    let file: SiteTextsFile = toml::from_str(text)?;
    let keys = Keys::of(app).await?;
    let mut texts = Vec::with_capacity(file.texts.len());
    for t in file.texts {
        let key = *keys
            .by_slug
            .get(&t.key)
            .with_context(|| format!("{:?} names none of the demo's texts", t.key))?;
        texts.push(ImportedSiteText {
            key,
            text: t.text,
            engine: t.engine,
            model: t.model,
        });
    }
    let written = app
        .translations()
        .import_machine_site_texts(lang, &texts)
        .await?;
    app.translations()
        .remember_segments(SITE_LANG, lang, &file.segments)
        .await?;
    Ok(written)
}

/// The subject and introduction the editors wrote for the first newsletter's first edition.
async fn first_edition(app: &App) -> anyhow::Result<Option<(String, String)>> {
    let mut conn = app.store().reader().await?;
    let Some(n) = gazette_store::newsletters::newsletters(&mut conn)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    Ok(
        gazette_store::newsletters::edition_by_number(&mut conn, n.id, 1)
            .await?
            .filter(|e| !e.subject.is_empty())
            .map(|e| (e.subject, e.intro_html)),
    )
}

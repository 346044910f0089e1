//! The site's own words in the reader's language: region, theme and report names, report
//! introductions, newsletter names and descriptions, and the settings readers see (tagline,
//! disclaimer, footer line, blurbs).
//!
//! They are translated like articles, through the same engines, chains, glossary and
//! translation memory, by a `translate_site_texts` job per language. The job is queued when an
//! article is translated into a language that has no site texts yet (so a language gets them
//! with its first article), when an editor asks, and, for every language that has any, when an
//! original changes (any change announcing the `nav` or `settings` cache tag); it translates
//! what is missing or whose original changed since, and leaves alone what the newsroom locked.
//!
//! An engine's answer is hostile: each segment passes the same checks as an article's
//! (`check_segment`: no markup the original lacks), and a plain text is then refused if its
//! characters still spell markup (an engine answering `&lt;script&gt;`), and cleaned of
//! control characters; every text is limited in length. A refused text keeps the previous one,
//! with the reason on its row for the editors.
//!
//! Pages read them through [`SiteTexts`], loaded once per page.

use std::collections::{HashMap, HashSet};
use std::fmt;

use gazette_domain::{
    FieldError, Newsletter, NewsletterId, RegionId, ReportId, Role, SiteSettings, ThemeId,
};
use gazette_render::{CacheTag, TagLang};
use gazette_store::site_texts::{self as rows, MachineText, NewsroomText, SiteText};
use gazette_translate::check::check_segment;
use gazette_translate::segment::{SegmentHash, segment};
use gazette_translate::{Outcome, html_to_text, text_to_html, translate_segments};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::{
    TranslateError, Translations, Unit, from_version, known_language, languages, version_of,
};
use crate::core::Core;
use crate::jobs::JobKind;
use crate::taxonomy::Taxonomies;
use crate::{Actor, AppError, AppResult, now};

/// The language the site's own words are written in.
const ORIGINAL_LANG: &str = crate::views::SITE_LANG;

/// A site setting readers see, and so one that is translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingText {
    Tagline,
    Disclaimer,
    FooterCopyright,
    NewsletterBlurb,
    TranslateBlurb,
    MembershipBlurb,
}

impl SettingText {
    pub const ALL: [SettingText; 6] = [
        Self::Tagline,
        Self::Disclaimer,
        Self::FooterCopyright,
        Self::NewsletterBlurb,
        Self::TranslateBlurb,
        Self::MembershipBlurb,
    ];

    /// The field's name in [`SiteSettings`].
    pub fn field(self) -> &'static str {
        match self {
            Self::Tagline => "tagline",
            Self::Disclaimer => "disclaimer",
            Self::FooterCopyright => "footer_copyright",
            Self::NewsletterBlurb => "newsletter_blurb",
            Self::TranslateBlurb => "translate_blurb",
            Self::MembershipBlurb => "membership_blurb",
        }
    }

    fn parse(field: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.field() == field)
    }

    fn slot(self, settings: &mut SiteSettings) -> &mut String {
        match self {
            Self::Tagline => &mut settings.tagline,
            Self::Disclaimer => &mut settings.disclaimer,
            Self::FooterCopyright => &mut settings.footer_copyright,
            Self::NewsletterBlurb => &mut settings.newsletter_blurb,
            Self::TranslateBlurb => &mut settings.translate_blurb,
            Self::MembershipBlurb => &mut settings.membership_blurb,
        }
    }

    fn of(self, settings: &SiteSettings) -> &str {
        match self {
            Self::Tagline => &settings.tagline,
            Self::Disclaimer => &settings.disclaimer,
            Self::FooterCopyright => &settings.footer_copyright,
            Self::NewsletterBlurb => &settings.newsletter_blurb,
            Self::TranslateBlurb => &settings.translate_blurb,
            Self::MembershipBlurb => &settings.membership_blurb,
        }
    }
}

/// Which of the site's texts: its text form (`region:7:name`, `setting:tagline`) is the key
/// stored and the one the admin's addresses and the Admin API use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SiteTextKey {
    RegionName(RegionId),
    ThemeName(ThemeId),
    ThemeDescription(ThemeId),
    ReportTitle(ReportId),
    /// Sanitised HTML, made from the report's Markdown.
    ReportIntroduction(ReportId),
    NewsletterName(NewsletterId),
    NewsletterDescription(NewsletterId),
    Setting(SettingText),
}

impl SiteTextKey {
    /// `region`, `theme`, `report`, `newsletter` or `setting`.
    pub fn kind(self) -> &'static str {
        match self {
            Self::RegionName(_) => "region",
            Self::ThemeName(_) | Self::ThemeDescription(_) => "theme",
            Self::ReportTitle(_) | Self::ReportIntroduction(_) => "report",
            Self::NewsletterName(_) | Self::NewsletterDescription(_) => "newsletter",
            Self::Setting(_) => "setting",
        }
    }

    /// Which of the item's texts: `name`, `description`, `title`, `introduction`, or the
    /// setting's field.
    pub fn field(self) -> &'static str {
        match self {
            Self::RegionName(_) | Self::ThemeName(_) | Self::NewsletterName(_) => "name",
            Self::ThemeDescription(_) | Self::NewsletterDescription(_) => "description",
            Self::ReportTitle(_) => "title",
            Self::ReportIntroduction(_) => "introduction",
            Self::Setting(s) => s.field(),
        }
    }

    /// Whether the text is HTML (a report's introduction) rather than plain text.
    pub fn is_html(self) -> bool {
        matches!(self, Self::ReportIntroduction(_))
    }

    /// The longest text kept: the original's own limit where it has one (names), generous
    /// for prose; an engine's answer longer than this is refused.
    fn max_chars(self) -> usize {
        match self {
            Self::RegionName(_) | Self::ThemeName(_) => 200,
            Self::NewsletterName(_) => 120,
            Self::ReportTitle(_) => 300,
            Self::ReportIntroduction(_) => 100_000,
            Self::ThemeDescription(_) | Self::NewsletterDescription(_) | Self::Setting(_) => 5000,
        }
    }

    /// Whether the text is one line (a name, a title).
    fn is_one_line(self) -> bool {
        matches!(
            self,
            Self::RegionName(_)
                | Self::ThemeName(_)
                | Self::ReportTitle(_)
                | Self::NewsletterName(_)
                | Self::Setting(SettingText::Tagline)
        )
    }
}

impl fmt::Display for SiteTextKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = match *self {
            Self::RegionName(id) => id.0,
            Self::ThemeName(id) | Self::ThemeDescription(id) => id.0,
            Self::ReportTitle(id) | Self::ReportIntroduction(id) => id.0,
            Self::NewsletterName(id) | Self::NewsletterDescription(id) => id.0,
            Self::Setting(s) => return write!(f, "setting:{}", s.field()),
        };
        write!(f, "{}:{id}:{}", self.kind(), self.field())
    }
}

/// A key that names none of the site's texts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} names none of the site's texts (e.g. region:7:name, setting:tagline)")]
pub struct UnknownSiteText(pub String);

impl std::str::FromStr for SiteTextKey {
    type Err = UnknownSiteText;

    fn from_str(s: &str) -> Result<Self, UnknownSiteText> {
        let unknown = || UnknownSiteText(s.to_owned());
        if let Some(field) = s.strip_prefix("setting:") {
            return SettingText::parse(field)
                .map(Self::Setting)
                .ok_or_else(unknown);
        }
        let mut parts = s.split(':');
        let (Some(kind), Some(id), Some(field), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(unknown());
        };
        let id: i64 = id.parse().map_err(|_| unknown())?;
        Ok(match (kind, field) {
            ("region", "name") => Self::RegionName(RegionId(id)),
            ("theme", "name") => Self::ThemeName(ThemeId(id)),
            ("theme", "description") => Self::ThemeDescription(ThemeId(id)),
            ("report", "title") => Self::ReportTitle(ReportId(id)),
            ("report", "introduction") => Self::ReportIntroduction(ReportId(id)),
            ("newsletter", "name") => Self::NewsletterName(NewsletterId(id)),
            ("newsletter", "description") => Self::NewsletterDescription(NewsletterId(id)),
            _ => return Err(unknown()),
        })
    }
}

/// The site's texts in one language, for building a page in it: load once per page with
/// [`SiteTexts::load`] and ask for each name or setting with the original as the fallback.
///
/// ```ignore
/// let texts = SiteTexts::load(conn, lang).await?;            // `lang` = the reader's language
/// let settings = texts.settings(&ctx.settings);              // tagline, disclaimer, … translated
/// let tax = texts.taxonomies(&ctx.tax);                      // region/theme/report names translated
/// let name = texts.region(region.id, &region.name);          // or one at a time
/// tags.extend(texts.cache_tag());                            // dropped when a text changes
/// ```
///
/// A text not translated (yet) is the original: check with [`SiteTexts::find`] where the page
/// marks text left in the original language (`lang` attribute). In the site's own language
/// (or with no language) nothing is loaded and every fallback is returned.
#[derive(Debug, Clone, Default)]
pub struct SiteTexts {
    lang: Option<TagLang>,
    texts: HashMap<SiteTextKey, String>,
}

impl SiteTexts {
    /// The texts translated into `lang` that readers can see (made or written by the newsroom;
    /// one whose original changed since is shown until it is refreshed, as an article's
    /// translation is).
    pub async fn load(conn: &mut AnyConnection, lang: &str) -> AppResult<SiteTexts> {
        let Some(code) = languages::lookup(lang).map(|l| l.code) else {
            return Ok(SiteTexts::default());
        };
        if languages::primary_subtag(code).eq_ignore_ascii_case(ORIGINAL_LANG) {
            return Ok(SiteTexts::default());
        }
        let texts = rows::available(conn, code)
            .await?
            .into_iter()
            .filter_map(|(key, text)| Some((key.parse().ok()?, text)))
            .collect();
        Ok(SiteTexts {
            lang: TagLang::new(code),
            texts,
        })
    }

    /// The cache tag a page showing these texts carries, so that a new or edited text drops
    /// it; `None` in the site's own language.
    pub fn cache_tag(&self) -> Option<CacheTag> {
        self.lang.map(CacheTag::SiteTexts)
    }

    /// The translation of `key`, if there is one to show.
    pub fn find(&self, key: SiteTextKey) -> Option<&str> {
        self.texts.get(&key).map(String::as_str)
    }

    fn or<'a>(&'a self, key: SiteTextKey, fallback: &'a str) -> &'a str {
        self.find(key).unwrap_or(fallback)
    }

    pub fn region<'a>(&'a self, id: RegionId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::RegionName(id), fallback)
    }

    pub fn theme<'a>(&'a self, id: ThemeId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::ThemeName(id), fallback)
    }

    pub fn theme_description<'a>(&'a self, id: ThemeId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::ThemeDescription(id), fallback)
    }

    /// A report's title.
    pub fn report<'a>(&'a self, id: ReportId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::ReportTitle(id), fallback)
    }

    /// A report's introduction, sanitised HTML like `Report::introduction_html`.
    pub fn report_introduction_html<'a>(&'a self, id: ReportId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::ReportIntroduction(id), fallback)
    }

    pub fn newsletter<'a>(&'a self, id: NewsletterId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::NewsletterName(id), fallback)
    }

    pub fn newsletter_description<'a>(&'a self, id: NewsletterId, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::NewsletterDescription(id), fallback)
    }

    pub fn setting<'a>(&'a self, which: SettingText, fallback: &'a str) -> &'a str {
        self.or(SiteTextKey::Setting(which), fallback)
    }

    /// The settings with every translated field in this language (the rest as they are).
    pub fn settings(&self, original: &SiteSettings) -> SiteSettings {
        let mut out = original.clone();
        for which in SettingText::ALL {
            if let Some(text) = self.find(SiteTextKey::Setting(which)) {
                *which.slot(&mut out) = text.to_owned();
            }
        }
        out
    }

    /// The taxonomies with region and theme names, theme descriptions, report titles and
    /// introductions in this language (authors and sources are names, not translated).
    pub fn taxonomies(&self, original: &Taxonomies) -> Taxonomies {
        let mut out = original.clone();
        for r in &mut out.regions {
            if let Some(t) = self.find(SiteTextKey::RegionName(r.id)) {
                r.name = t.to_owned();
            }
        }
        for t in &mut out.themes {
            if let Some(name) = self.find(SiteTextKey::ThemeName(t.id)) {
                t.name = name.to_owned();
            }
            if let Some(description) = self.find(SiteTextKey::ThemeDescription(t.id)) {
                t.description = description.to_owned();
            }
        }
        for r in &mut out.reports {
            if let Some(title) = self.find(SiteTextKey::ReportTitle(r.id)) {
                r.title = title.to_owned();
            }
            if let Some(html) = self.find(SiteTextKey::ReportIntroduction(r.id)) {
                r.introduction_html = html.to_owned();
            }
        }
        out
    }

    /// The newsletter with its name and description in this language.
    pub fn newsletter_in(&self, original: &Newsletter) -> Newsletter {
        let mut out = original.clone();
        if let Some(name) = self.find(SiteTextKey::NewsletterName(out.id)) {
            out.name = name.to_owned();
        }
        if let Some(d) = self.find(SiteTextKey::NewsletterDescription(out.id)) {
            out.description = d.to_owned();
        }
        out
    }
}

/// One of the site's texts as written, in the site's language.
struct Original {
    key: SiteTextKey,
    /// What the text belongs to, for the editor: the region's or report's name (the
    /// original), empty for a setting.
    subject: String,
    text: String,
}

impl Original {
    fn hash(&self) -> String {
        SegmentHash::of(&self.text).to_string()
    }
}

/// Every text of the site that is translated, in the order the editors see them: settings,
/// regions, themes, reports, newsletters. Empty texts are left out (nothing to translate).
async fn originals(conn: &mut AnyConnection) -> AppResult<Vec<Original>> {
    let settings = gazette_store::settings::get(conn).await?;
    let tax = Taxonomies::load(conn).await?;
    let newsletters = gazette_store::newsletters::newsletters(conn).await?;
    let mut out = Vec::new();
    let mut add = |key, subject: &str, text: &str| {
        if !text.trim().is_empty() {
            out.push(Original {
                key,
                subject: subject.to_owned(),
                text: text.to_owned(),
            });
        }
    };
    for which in SettingText::ALL {
        add(SiteTextKey::Setting(which), "", which.of(&settings));
    }
    for r in &tax.regions {
        add(SiteTextKey::RegionName(r.id), &r.name, &r.name);
    }
    for t in &tax.themes {
        add(SiteTextKey::ThemeName(t.id), &t.name, &t.name);
        add(SiteTextKey::ThemeDescription(t.id), &t.name, &t.description);
    }
    for r in &tax.reports {
        add(SiteTextKey::ReportTitle(r.id), &r.title, &r.title);
        add(
            SiteTextKey::ReportIntroduction(r.id),
            &r.title,
            &r.introduction_html,
        );
    }
    for n in &newsletters {
        add(SiteTextKey::NewsletterName(n.id), &n.name, &n.name);
        add(
            SiteTextKey::NewsletterDescription(n.id),
            &n.name,
            &n.description,
        );
    }
    Ok(out)
}

/// One of the site's texts in one language, as the admin and the Admin API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SiteTextState {
    /// `region:7:name`, `setting:tagline`: the address of the text.
    pub key: String,
    /// `region`, `theme`, `report`, `newsletter` or `setting`.
    pub kind: &'static str,
    /// `name`, `description`, `title`, `introduction`, or the setting's field.
    pub field: &'static str,
    /// What the text belongs to (a region's name), in the original; empty for a setting.
    pub subject: String,
    /// The text as written, in the site's language.
    pub original: String,
    /// HTML (a report's introduction) rather than plain text.
    pub html: bool,
    /// The translation readers see; `None` until one is made.
    pub text: Option<String>,
    /// `machine` or `reviewed`.
    pub status: String,
    pub engine: String,
    pub model: String,
    /// Locked by the newsroom: the machine never replaces it.
    pub locked: bool,
    /// Whether the original changed since the translation was made.
    pub outdated: bool,
    /// Why the latest attempt failed, until one succeeds.
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub translated_at: Option<OffsetDateTime>,
    /// Send it back with an edit: an edit of a text changed since is refused.
    pub version: i64,
}

fn state_of(original: &Original, row: Option<&SiteText>) -> SiteTextState {
    let made = row.filter(|r| r.is_available());
    SiteTextState {
        key: original.key.to_string(),
        kind: original.key.kind(),
        field: original.key.field(),
        subject: original.subject.clone(),
        original: original.text.clone(),
        html: original.key.is_html(),
        text: made.map(|r| r.text.clone()),
        status: row.map_or_else(|| "machine".to_owned(), |r| r.status.clone()),
        engine: row.map(|r| r.engine.clone()).unwrap_or_default(),
        model: row.map(|r| r.model.clone()).unwrap_or_default(),
        locked: row.is_some_and(|r| r.locked),
        outdated: made.is_some_and(|r| r.source_hash != original.hash()),
        last_error: row.and_then(|r| r.last_error.clone()),
        translated_at: made.and_then(|r| r.translated_at),
        version: row.map_or(0, |r| version_of(r.updated_at)),
    }
}

/// A language's site texts at a glance, for the admin's overview.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SiteTextsSummary {
    pub language: String,
    /// How many texts the site has to translate.
    pub total: usize,
    /// How many have a translation readers see.
    pub made: usize,
    pub reviewed: usize,
    pub locked: usize,
    /// Made from an original that changed since.
    pub outdated: usize,
    /// Whose latest attempt failed.
    pub failed: usize,
}

/// An editor's change to one site text: its text, review status, lock. Fields left out keep
/// their value. A new text is marked reviewed and locked unless `reviewed`/`locked` say
/// otherwise: it is the newsroom's, and a machine refresh would replace it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteTextEdit {
    /// Plain text; HTML (sanitised) for a report's introduction.
    pub text: Option<String>,
    pub reviewed: Option<bool>,
    pub locked: Option<bool>,
    /// The `version` the editor started from; required to replace a text.
    pub version: Option<i64>,
}

/// A site text translated elsewhere, as [`Translations::import_machine_site_texts`] takes it.
#[derive(Debug, Clone)]
pub(crate) struct ImportedSiteText {
    pub key: SiteTextKey,
    pub text: String,
    pub engine: String,
    pub model: String,
}

/// What one run of the job did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteTextsReport {
    /// Texts written (new or refreshed).
    pub written: usize,
    /// Texts whose answer was refused; each row carries the reason.
    pub refused: usize,
    /// Rows dropped because their original is gone.
    pub removed: usize,
    /// Segments found in the memory, and sent to an engine.
    pub remembered: usize,
    pub sent: usize,
}

impl Translations<'_> {
    /// Every text of the site with its translation into `lang` (or the lack of one).
    pub async fn site_texts(&self, actor: &Actor, lang: &str) -> AppResult<Vec<SiteTextState>> {
        actor.require(Role::Contributor)?;
        let lang = target_language(lang)?;
        let mut conn = self.store().reader().await?;
        let originals = originals(&mut conn).await?;
        let rows: HashMap<String, SiteText> = rows::list(&mut conn, lang)
            .await?
            .into_iter()
            .map(|r| (r.text_key.clone(), r))
            .collect();
        Ok(originals
            .iter()
            .map(|o| state_of(o, rows.get(&o.key.to_string())))
            .collect())
    }

    /// Whether the site's texts can be asked for in `lang`: a known language other than the
    /// site's own.
    pub fn site_texts_offered(&self, lang: &str) -> bool {
        target_language(lang).is_ok()
    }

    /// Each language translated on publication or that has site texts, with its counts.
    pub async fn site_texts_summary(&self, actor: &Actor) -> AppResult<Vec<SiteTextsSummary>> {
        actor.require(Role::Contributor)?;
        let mut conn = self.store().reader().await?;
        let originals = originals(&mut conn).await?;
        let mut langs: Vec<String> = self
            .config()
            .translation
            .auto_languages
            .iter()
            .filter_map(|l| target_language(l).ok())
            .map(str::to_owned)
            .collect();
        for lang in rows::languages(&mut conn).await? {
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        langs.sort();
        let mut out = Vec::new();
        for lang in langs {
            let rows: HashMap<String, SiteText> = rows::list(&mut conn, &lang)
                .await?
                .into_iter()
                .map(|r| (r.text_key.clone(), r))
                .collect();
            let states: Vec<SiteTextState> = originals
                .iter()
                .map(|o| state_of(o, rows.get(&o.key.to_string())))
                .collect();
            out.push(SiteTextsSummary {
                language: lang,
                total: states.len(),
                made: states.iter().filter(|s| s.text.is_some()).count(),
                reviewed: states
                    .iter()
                    .filter(|s| s.text.is_some() && s.status == "reviewed")
                    .count(),
                locked: states.iter().filter(|s| s.locked).count(),
                outdated: states.iter().filter(|s| s.outdated).count(),
                failed: states.iter().filter(|s| s.last_error.is_some()).count(),
            });
        }
        Ok(out)
    }

    /// Asks for the site's texts to be translated into `lang` (what is missing or outdated and
    /// not locked), through the job queue.
    pub async fn request_site_texts(&self, actor: &Actor, lang: &str) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let lang = target_language(lang)?;
        self.enqueue(
            JobKind::TranslateSiteTexts {
                lang: lang.to_owned(),
            },
            now(),
        )
        .await?;
        Ok(())
    }

    /// Applies an editor's change to one site text in `lang`.
    pub async fn edit_site_text(
        &self,
        actor: &Actor,
        lang: &str,
        key: &str,
        edit: SiteTextEdit,
    ) -> AppResult<SiteTextState> {
        actor.require(Role::Editor)?;
        let lang = target_language(lang)?;
        let key: SiteTextKey = key
            .parse()
            .map_err(|e: UnknownSiteText| AppError::NotFound(e.to_string()))?;
        let mut tx = self.store().begin().await?;
        let original = originals(&mut tx)
            .await?
            .into_iter()
            .find(|o| o.key == key)
            .ok_or_else(|| AppError::NotFound(format!("site text {key}")))?;
        let stored_key = key.to_string();
        let current = rows::get(&mut tx, lang, &stored_key).await?;
        let made = current.as_ref().filter(|r| r.is_available());
        let at = now();
        let written = if let Some(typed) = &edit.text {
            let text = newsroom_text(key, typed)?;
            let base = match (made, edit.version) {
                (Some(r), Some(v)) => Some((r, v)),
                (Some(_), None) => {
                    return Err(FieldError::new(
                        "version",
                        "is required to change a text (the version it was read at)",
                    )
                    .into());
                }
                (None, _) => None,
            };
            rows::write_edit(
                &mut tx,
                &NewsroomText {
                    language: lang,
                    text_key: &stored_key,
                    text: &text,
                    source_hash: &original.hash(),
                    status: if edit.reviewed.unwrap_or(true) {
                        "reviewed"
                    } else {
                        "machine"
                    },
                    locked: edit.locked.unwrap_or(true),
                    base_updated_at: base.map(|(_, v)| from_version(v)),
                },
                at,
            )
            .await?
        } else {
            let Some(row) = made else {
                return Err(AppError::NotFound(format!(
                    "{lang} translation of {key} (not made yet: write it, or ask for one)"
                )));
            };
            let reviewed = edit.reviewed.unwrap_or(row.status == "reviewed");
            rows::set_review(
                &mut tx,
                lang,
                &stored_key,
                if reviewed { "reviewed" } else { "machine" },
                edit.locked.unwrap_or(row.locked),
                at,
            )
            .await?
        };
        if !written {
            return Err(AppError::Conflict {
                field: Some("version".into()),
                message: format!(
                    "the {lang} text changed after you opened it (the machine refreshed it or \
                     another editor saved it); reload it and make your change again"
                ),
            });
        }
        let row = rows::get(&mut tx, lang, &stored_key).await?;
        self.commit(tx, site_texts_tag(lang)).await?;
        tracing::info!(lang, key = %key, "site text edited");
        Ok(state_of(&original, row.as_ref()))
    }

    /// Every site text there is to translate now (empty originals have none).
    pub(crate) async fn site_text_keys(&self) -> AppResult<Vec<SiteTextKey>> {
        let mut conn = self.store().reader().await?;
        Ok(originals(&mut conn)
            .await?
            .into_iter()
            .map(|o| o.key)
            .collect())
    }

    /// Brings in site texts a machine translated elsewhere (the demo's shipped Apertium
    /// answers), each checked against its original as an engine's answer is and recorded as
    /// that engine's. A text whose original is gone, or whose answer is refused, is left out
    /// with a warning; a locked text is kept. Returns how many were written.
    pub(crate) async fn import_machine_site_texts(
        &self,
        lang: &str,
        texts: &[ImportedSiteText],
    ) -> AppResult<usize> {
        let lang = target_language(lang)?;
        let mut tx = self.store().begin().await?;
        let originals: HashMap<SiteTextKey, Original> = originals(&mut tx)
            .await?
            .into_iter()
            .map(|o| (o.key, o))
            .collect();
        let at = now();
        let mut written = 0;
        for t in texts {
            let Some(original) = originals.get(&t.key) else {
                tracing::warn!(lang, key = %t.key, "no such site text; its translation is left out");
                continue;
            };
            let checked = if t.key.is_html() {
                machine_html(t.key, &original.text, &t.text)
            } else {
                machine_plain(t.key, &original.text, &t.text)
            };
            let text = match checked {
                Ok(text) => text,
                Err(problem) => {
                    tracing::warn!(lang, key = %t.key, %problem, "site text refused");
                    continue;
                }
            };
            let key = t.key.to_string();
            let machine = MachineText {
                language: lang,
                text_key: &key,
                text: &text,
                source_hash: &original.hash(),
                engine: &t.engine,
                model: &t.model,
            };
            if rows::put(&mut tx, &machine, at).await? {
                written += 1;
            }
        }
        self.commit(tx, site_texts_tag(lang)).await?;
        Ok(written)
    }

    /// The job body: translates, and tells the queue whether to try again.
    pub(crate) async fn site_texts_job(&self, lang: &str) -> Result<(), crate::jobs::JobError> {
        use crate::jobs::JobError;
        match self.translate_site_texts(lang).await {
            Ok(_) => Ok(()),
            Err(TranslateError::Retryable(message, after)) => Err(match after {
                Some(after) => JobError::RetryAfter(message, after),
                None => JobError::Retryable(message),
            }),
            Err(TranslateError::Failed(message)) => Err(JobError::Permanent(message)),
            Err(TranslateError::App(e)) => Err(e.into()),
        }
    }

    /// Translates into `lang` every site text that has no translation yet or whose original
    /// changed since, unless locked; drops the translations of texts that are gone. A text
    /// whose answer is refused keeps its previous translation and records why.
    pub async fn translate_site_texts(
        &self,
        lang: &str,
    ) -> Result<SiteTextsReport, TranslateError> {
        let lang = known_language(lang)?;
        if languages::primary_subtag(lang).eq_ignore_ascii_case(ORIGINAL_LANG) {
            return Ok(SiteTextsReport::default());
        }
        let (originals, existing) = {
            let mut conn = self.store().reader().await?;
            let originals = originals(&mut conn).await?;
            let existing: HashMap<String, SiteText> = rows::list(&mut conn, lang)
                .await?
                .into_iter()
                .map(|r| (r.text_key.clone(), r))
                .collect();
            (originals, existing)
        };
        let live: HashSet<String> = originals.iter().map(|o| o.key.to_string()).collect();
        let gone: Vec<&String> = existing.keys().filter(|k| !live.contains(*k)).collect();
        let due: Vec<&Original> = originals
            .iter()
            .filter(|o| match existing.get(&o.key.to_string()) {
                None => true,
                Some(r) if r.locked => false,
                Some(r) => !r.is_available() || r.source_hash != o.hash(),
            })
            .collect();
        let mut report = SiteTextsReport::default();
        let mut tx = self.store().begin().await?;
        for key in gone {
            rows::delete(&mut tx, lang, key).await?;
            report.removed += 1;
        }
        if due.is_empty() {
            return self.finish(tx, lang, report).await;
        }
        let chain = self.engines.chain_for(lang);
        if chain.engine_ids().is_empty() {
            let message = format!("no translation engine is configured for {lang}");
            for o in &due {
                rows::record_error(&mut tx, lang, &o.key.to_string(), &message, now()).await?;
            }
            tx.commit().await?;
            return Err(TranslateError::Failed(message));
        }
        let glossary = crate::Settings::of(self.core).glossary().await?;

        // Each text is one segment, but for a report's introduction, cut like an article's body.
        let mut units: Vec<Unit> = Vec::new();
        let mut spans: Vec<(usize, usize, Option<gazette_translate::SegmentedDocument>)> =
            Vec::new();
        for o in &due {
            let start = units.len();
            if o.key.is_html() {
                let doc = segment(&o.text);
                units.extend(
                    doc.texts()
                        .into_iter()
                        .map(|html| Unit::new(html, &glossary, lang)),
                );
                spans.push((start, units.len(), Some(doc)));
            } else {
                units.push(Unit::new(text_to_html(o.text.trim()), &glossary, lang));
                spans.push((start, units.len(), None));
            }
        }

        // Memory first, engine by engine, as for articles.
        let mut done: Vec<Option<(String, String, String)>> = vec![None; units.len()];
        {
            let mut conn = self.store().reader().await?;
            let hashes: Vec<String> = units.iter().map(|u| u.hash.clone()).collect();
            for engine in chain.engine_ids() {
                let found =
                    gazette_store::translations::memory(&mut conn, engine, lang, &hashes).await?;
                for (i, u) in units.iter().enumerate() {
                    if done[i].is_none()
                        && let Some((text, model)) = found.get(&u.hash)
                        && let Ok(text) = check_segment(&u.html, text, ORIGINAL_LANG, lang)
                    {
                        done[i] = Some((text, engine.to_owned(), model.clone()));
                    }
                }
            }
        }
        report.remembered = done.iter().filter(|d| d.is_some()).count();
        let misses: Vec<usize> = (0..units.len()).filter(|&i| done[i].is_none()).collect();
        report.sent = misses.len();
        let mut problems: HashMap<usize, String> = HashMap::new();
        let mut learned: Vec<usize> = Vec::new();
        if !misses.is_empty() {
            let sent: Vec<String> = misses.iter().map(|&i| units[i].html.clone()).collect();
            let outcomes =
                match translate_segments(&chain, &glossary, ORIGINAL_LANG, lang, &sent).await {
                    Ok(done) => done.map(|d| d.outcomes).unwrap_or_default(),
                    Err(e) => {
                        let retry = e.is_retryable();
                        let after = e.retry_after();
                        let message = e.to_string();
                        for o in &due {
                            rows::record_error(&mut tx, lang, &o.key.to_string(), &message, now())
                                .await?;
                        }
                        tx.commit().await?;
                        return Err(if retry {
                            TranslateError::Retryable(message, after)
                        } else {
                            TranslateError::Failed(message)
                        });
                    }
                };
            for (&i, outcome) in misses.iter().zip(outcomes) {
                match outcome {
                    Outcome::Translated {
                        html, provenance, ..
                    } => {
                        done[i] = Some((html, provenance.engine_id, provenance.model));
                        learned.push(i);
                    }
                    Outcome::Flagged { problem, .. } => {
                        problems.insert(i, problem.to_string());
                    }
                }
            }
        }

        let at = now();
        for &i in &learned {
            let (text, engine, model) = done[i].as_ref().expect("just translated");
            gazette_store::translations::remember(
                &mut tx,
                engine,
                lang,
                &units[i].hash,
                text,
                model,
                at,
            )
            .await?;
        }
        for (o, (start, end, doc)) in due.iter().zip(&spans) {
            let key = o.key.to_string();
            let assembled = match (*start..*end).find_map(|i| problems.get(&i)) {
                Some(problem) => Err(format!("the engine's answer was refused: {problem}")),
                None => {
                    let texts: Vec<&str> = done[*start..*end]
                        .iter()
                        .map(|d| d.as_ref().expect("translated or remembered").0.as_str())
                        .collect();
                    match doc {
                        Some(doc) => doc
                            .reassemble(&texts)
                            .map_err(|e| e.to_string())
                            .and_then(|html| machine_html(o.key, &o.text, &html)),
                        None => machine_plain(o.key, &o.text, &html_to_text(texts[0])),
                    }
                }
            };
            match assembled {
                Ok(text) => {
                    let (_, engine, model) = done[*start].clone().expect("translated");
                    let written = rows::put(
                        &mut tx,
                        &MachineText {
                            language: lang,
                            text_key: &key,
                            text: &text,
                            source_hash: &o.hash(),
                            engine: &engine,
                            model: &model,
                        },
                        at,
                    )
                    .await?;
                    if written {
                        report.written += 1;
                    }
                }
                Err(problem) => {
                    tracing::warn!(lang, key, %problem, "site text refused; the previous one stays");
                    rows::record_error(&mut tx, lang, &key, &problem, at).await?;
                    report.refused += 1;
                }
            }
        }
        self.finish(tx, lang, report).await
    }

    async fn finish(
        &self,
        tx: gazette_store::Tx,
        lang: &str,
        report: SiteTextsReport,
    ) -> Result<SiteTextsReport, TranslateError> {
        if report.written + report.removed > 0 {
            self.commit(tx, site_texts_tag(lang)).await?;
        } else {
            tx.commit().await?;
        }
        tracing::info!(
            lang,
            written = report.written,
            refused = report.refused,
            removed = report.removed,
            remembered = report.remembered,
            sent = report.sent,
            "site texts translated"
        );
        Ok(report)
    }
}

/// The tag of the pages rendered in `lang`.
fn site_texts_tag(lang: &str) -> Vec<CacheTag> {
    TagLang::new(lang)
        .map(CacheTag::SiteTexts)
        .into_iter()
        .collect()
}

/// A language site texts can be translated into: known, and not the site's own.
fn target_language(lang: &str) -> AppResult<&'static str> {
    let code = known_language(lang)?;
    if languages::primary_subtag(code).eq_ignore_ascii_case(ORIGINAL_LANG) {
        return Err(FieldError::new("lang", "is the site's own language").into());
    }
    Ok(code)
}

/// Queues a refresh of the site texts of every language that has any, when a change announces
/// `nav` (a region, theme or report) or `settings` (the settings, a newsletter). Returns whether
/// a job was queued; the caller wakes the runner after commit.
pub(crate) async fn enqueue_refresh(
    core: &Core,
    conn: &mut AnyConnection,
    tags: &[CacheTag],
) -> AppResult<bool> {
    let originals_changed = tags
        .iter()
        .any(|t| matches!(t, CacheTag::Nav | CacheTag::Settings | CacheTag::Everything));
    if !originals_changed {
        return Ok(false);
    }
    let langs = rows::languages(conn).await?;
    for lang in &langs {
        core.enqueue_in(
            conn,
            JobKind::TranslateSiteTexts { lang: lang.clone() },
            now(),
        )
        .await?;
    }
    Ok(!langs.is_empty())
}

/// Characters no text shown to readers needs, and that can disguise one: C0 and C1 controls
/// (but line breaks), and the bidirectional overrides and isolates.
fn is_unwanted(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// How many times `text` spells the opening of a tag, a comment or a declaration (`<b`, `</`,
/// `<!`, `<?`): markup written as characters.
fn markup_openings(text: &str) -> usize {
    text.as_bytes()
        .windows(2)
        .filter(|w| {
            w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?'))
        })
        .count()
}

/// An engine's answer for a plain text, as it may be stored: markup spelled in characters that
/// the original does not have is refused (the answer went through `check_segment`, so no real
/// tag is left; this catches `&lt;script&gt;`); control characters are dropped; the length is
/// limited, both absolutely and against the original's.
fn machine_plain(key: SiteTextKey, original: &str, answer: &str) -> Result<String, String> {
    if markup_openings(answer) > markup_openings(original) {
        return Err("the answer spells markup the original does not have".into());
    }
    let text = clean_plain(key, answer);
    if text.is_empty() {
        return Err("the answer is empty".into());
    }
    within_length(key, original, &text)?;
    Ok(text)
}

/// An engine's answer for a report's introduction: sanitised like any HTML, then limited.
fn machine_html(key: SiteTextKey, original: &str, answer: &str) -> Result<String, String> {
    let html = gazette_render::sanitize_html(answer);
    if gazette_render::plain_text_excerpt(&html, 1).is_empty() {
        return Err("the answer has no text once sanitised".into());
    }
    within_length(key, original, &html)?;
    Ok(html)
}

/// Control characters dropped, a one-line text's whitespace collapsed, ends trimmed.
fn clean_plain(key: SiteTextKey, text: &str) -> String {
    let kept: String = text.chars().filter(|&c| !is_unwanted(c)).collect();
    if key.is_one_line() {
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        kept.trim().to_owned()
    }
}

/// Refuses an answer longer than the text may be, or far longer than its original (an engine
/// rambling, or steered by the text into writing something else).
fn within_length(key: SiteTextKey, original: &str, text: &str) -> Result<(), String> {
    let (chars, max) = (text.chars().count(), key.max_chars());
    if chars > max {
        return Err(format!("the answer is {chars} characters; at most {max}"));
    }
    let ceiling = original.chars().count() * 3 + 40;
    if chars > ceiling {
        return Err(format!(
            "the answer is {chars} characters, far longer than the original's {}",
            original.chars().count()
        ));
    }
    Ok(())
}

/// An editor's text as stored: plain text cleaned as an engine's is, HTML sanitised; refused
/// when empty or too long, naming the field `text`.
fn newsroom_text(key: SiteTextKey, typed: &str) -> Result<String, FieldError> {
    let text = if key.is_html() {
        gazette_render::sanitize_html(typed)
    } else {
        clean_plain(key, typed)
    };
    let empty = if key.is_html() {
        gazette_render::plain_text_excerpt(&text, 1).is_empty()
    } else {
        text.is_empty()
    };
    if empty {
        return Err(FieldError::required("text"));
    }
    if text.chars().count() > key.max_chars() {
        return Err(FieldError::too_long("text", key.max_chars()));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_what_they_write() {
        for key in [
            SiteTextKey::RegionName(RegionId(7)),
            SiteTextKey::ThemeDescription(ThemeId(2)),
            SiteTextKey::ReportIntroduction(ReportId(3)),
            SiteTextKey::NewsletterName(NewsletterId(4)),
            SiteTextKey::Setting(SettingText::FooterCopyright),
        ] {
            assert_eq!(key.to_string().parse::<SiteTextKey>(), Ok(key));
        }
        assert_eq!(
            SiteTextKey::RegionName(RegionId(7)).to_string(),
            "region:7:name"
        );
        assert_eq!(
            SiteTextKey::Setting(SettingText::Tagline).to_string(),
            "setting:tagline"
        );
        for bad in [
            "",
            "region:7",
            "region:x:name",
            "region:7:title",
            "setting:name",
            "setting:glossary",
            "author:1:name",
            "region:7:name:extra",
        ] {
            assert!(bad.parse::<SiteTextKey>().is_err(), "{bad}");
        }
    }

    #[test]
    fn markup_spelled_by_an_engine_is_refused_and_controls_are_dropped() {
        let tagline = SiteTextKey::Setting(SettingText::Tagline);
        let original = "Independent reporting on power";
        assert_eq!(
            machine_plain(
                tagline,
                original,
                "Periodismo\u{202E} independiente\u{0}\n sobre el poder"
            ),
            Ok("Periodismo independiente sobre el poder".to_owned())
        );
        assert!(machine_plain(tagline, original, "Periodismo <script>alert(1)</script>").is_err());
        assert!(
            machine_plain(tagline, original, "Periodismo <img src=x onerror=alert(1)>").is_err()
        );
        assert!(machine_plain(tagline, original, "  ").is_err());
        // A sign the original has itself is text, not markup.
        assert_eq!(
            machine_plain(tagline, "Rates <2% and a<b", "Tasas <2% y a<b"),
            Ok("Tasas <2% y a<b".to_owned())
        );
        assert!(machine_plain(tagline, original, &"palabra ".repeat(40)).is_err());
    }

    #[test]
    fn a_report_introduction_is_sanitised() {
        let key = SiteTextKey::ReportIntroduction(ReportId(1));
        let html = machine_html(
            key,
            "<p>Water is scarce. <strong>Read on.</strong></p>",
            "<p onclick=\"x()\">El agua escasea. <strong>Siga leyendo.</strong></p>",
        )
        .unwrap();
        assert!(!html.contains("onclick"), "{html}");
        assert!(html.contains("<strong>Siga leyendo.</strong>"), "{html}");
    }

    #[test]
    fn an_editors_text_is_cleaned_and_limited() {
        let name = SiteTextKey::RegionName(RegionId(1));
        assert_eq!(
            newsroom_text(name, "  Oriente\n Medio ").unwrap(),
            "Oriente Medio"
        );
        assert_eq!(newsroom_text(name, " \n ").unwrap_err().field, "text");
        assert_eq!(
            newsroom_text(name, &"x".repeat(201)).unwrap_err().field,
            "text"
        );
        let intro = SiteTextKey::ReportIntroduction(ReportId(1));
        assert_eq!(
            newsroom_text(intro, "<p>Hola<script>x()</script></p>").unwrap(),
            "<p>Hola</p>"
        );
    }
}

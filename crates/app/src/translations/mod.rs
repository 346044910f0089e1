//! Translating articles: the translation memory, the job that makes a translation, and what
//! editors and readers see of it.
//!
//! A translation is made from segments: the title, standfirst, image caption and credit are one
//! segment each, the body is cut into segments by `gazette-translate`. Each segment is looked up
//! in the memory by (engine, target language, source hash) first, for every engine of the
//! language's chain in order, so after an edit only the changed paragraphs are sent. A failed
//! attempt (an engine down, refusing, answering garbage or the wrong number of segments, a
//! segment failing its checks even when sent again to the next engine of the chain, through
//! `gazette_translate::translate_segments`) leaves the previous translation in place and writes
//! why on its row; segments that did pass are remembered, so the next attempt sends only the
//! rest.
//!
//! A segment every engine of the chain refused does not fail the attempt by itself: it is kept
//! in the original language and recorded with the translation ([`untranslated`]), the rest is
//! published, and the next refresh sends only the segments so kept. An editor may word such a
//! segment by hand ([`Translations::word_segment`]): the wording goes into the memory under the
//! newsroom's name, which every refresh reads first, so it is never sent to an engine again.

use std::collections::HashMap;
use std::time::Duration;

use gazette_domain::{Article, ArticleId, ArticleStatus, Role};
use gazette_store::translations::{self as rows, Translation, TranslationWrite};
use gazette_translate::chain::{ChainError, FallbackChain};
use gazette_translate::check::{check_segment, check_wording};
/// The language table, for callers that name languages (the admin's language pickers).
pub use gazette_translate::languages;
use readers::ShownBefore;
pub(crate) use readers::engine_for_readers;

mod readers;
use gazette_translate::segment::{SegmentHash, segment};
use gazette_translate::{Glossary, Outcome, html_to_text, text_to_html, translate_segments};
use serde::Serialize;
use time::OffsetDateTime;

use crate::Actor;
use crate::core::Core;
use crate::jobs::{JobError, JobKind};
use crate::{AppError, AppResult, now};

mod imported;
mod site_texts;
mod snippets;

pub use imported::MachineTranslation;
pub(crate) use site_texts::ImportedSiteText;
pub(crate) use site_texts::enqueue_refresh as enqueue_site_texts_refresh;
pub use site_texts::{
    SettingText, SiteTextEdit, SiteTextKey, SiteTextState, SiteTexts, SiteTextsReport,
    SiteTextsSummary, UnknownSiteText,
};
pub(crate) use snippets::{EngineUse, RememberedSegment, Snippet};

pub mod untranslated;

pub use gazette_translate::Problem;
/// What a refusal can be, for callers that word it (the admin's catalogue).
pub use gazette_translate::{check::CheckError, glossary::GlossaryError};
pub use untranslated::{Part, UntranslatedSegment};

crate::service!(
    /// Articles in other languages, through engines and the translation memory: `app.translations()`.
    Translations,
    engines: gazette_translate::Router
);

/// An article's translation into one language, as the Admin API reports it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationState {
    pub language: String,
    /// Whether there is a translation readers can see at `/{language}/{slug}`.
    pub available: bool,
    /// `machine` or `reviewed`.
    pub status: String,
    pub engine: String,
    pub model: String,
    /// The article revision the translation was made from.
    pub source_revision: i64,
    /// Whether the article changed since the translation was made.
    pub outdated: bool,
    /// Locked by the newsroom: the machine never refreshes it.
    pub locked: bool,
    /// Why the latest attempt failed, until one succeeds.
    pub last_error: Option<String>,
    /// How many segments of the text shown no engine could translate: they are in the
    /// original language (listed in the translation's detail).
    pub untranslated: usize,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub translated_at: Option<OffsetDateTime>,
}

/// A machine translation waiting for an editor's review.
#[derive(Debug, Clone)]
pub struct AwaitingReview {
    pub article_id: ArticleId,
    pub language: String,
    /// The translated title.
    pub title: String,
    pub translated_at: Option<OffsetDateTime>,
}

/// What one attempt did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslateReport {
    /// Whether a translation was written: false when the article is not published or is in
    /// its own language, or the newsroom locked the translation (before or during the attempt).
    pub written: bool,
    /// Segments found in the memory.
    pub remembered: usize,
    /// Segments sent to an engine.
    pub sent: usize,
    /// Characters sent to the engines as sent (tags and term placeholders included, a segment
    /// sent again after a rejected answer counted again): what an engine's quota counts.
    pub chars_sent: usize,
    /// Segments of the translation written that every engine got wrong, kept in the original.
    pub kept_original: usize,
}

/// A translation beside its original, for editing one side by side.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationDetail {
    #[serde(flatten)]
    pub state: TranslationState,
    pub title: String,
    pub standfirst: String,
    pub body_html: String,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    /// Send it back with an edit: an edit of a translation changed since (by the machine or
    /// another editor) is refused rather than overwriting that change.
    pub version: i64,
    /// The segments no engine could translate, kept in the original language in the text
    /// above, with why each was refused; an editor words them with `word_segment`.
    pub untranslated_segments: Vec<UntranslatedSegment>,
    pub original: OriginalText,
}

/// The article's current text, in its own language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OriginalText {
    pub language: String,
    pub revision: i64,
    pub title: String,
    pub standfirst: String,
    pub body_html: String,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
}

/// An editor's change to a translation: any of its texts, its review status, its lock.
/// Fields left out keep their value. Edited text is locked unless `locked` says otherwise,
/// since the next machine refresh would replace it.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationEdit {
    pub title: Option<String>,
    pub standfirst: Option<String>,
    /// HTML; sanitised like an article's body.
    pub body_html: Option<String>,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    /// Reviewed by the newsroom (readers are told so) or back to a machine translation.
    pub reviewed: Option<bool>,
    pub locked: Option<bool>,
    /// The `version` the editor started from; required when changing text.
    pub version: Option<i64>,
}

impl TranslationEdit {
    fn changes_text(&self) -> bool {
        self.title.is_some()
            || self.standfirst.is_some()
            || self.body_html.is_some()
            || self.image_caption.is_some()
            || self.image_credit.is_some()
    }
}

/// Why an attempt did not produce a translation.
#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    /// An outage worth waiting for: the job runs again later.
    #[error("{0}")]
    Retryable(String, Option<Duration>),
    /// Recorded on the translation's row for the editor.
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<gazette_store::StoreError> for TranslateError {
    fn from(err: gazette_store::StoreError) -> Self {
        AppError::from(err).into()
    }
}

impl From<sqlx::Error> for TranslateError {
    fn from(err: sqlx::Error) -> Self {
        AppError::from(err).into()
    }
}

/// An editor's wording of a passage no engine could translate: HTML for a body passage
/// (sanitised like any body), plain text for the title, standfirst, caption or credit.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SegmentWording {
    pub wording: String,
}

/// Why an editor's wording of a segment was not taken.
#[derive(Debug, thiserror::Error)]
pub enum WordingError {
    /// The wording breaks the original's markup (a link lost or changed, an element added).
    #[error("the wording was refused: {0}")]
    Refused(Problem),
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<gazette_domain::FieldError> for WordingError {
    fn from(err: gazette_domain::FieldError) -> Self {
        AppError::from(err).into()
    }
}

impl From<gazette_store::StoreError> for WordingError {
    fn from(err: gazette_store::StoreError) -> Self {
        AppError::from(err).into()
    }
}

impl From<sqlx::Error> for WordingError {
    fn from(err: sqlx::Error) -> Self {
        AppError::from(err).into()
    }
}

/// One piece of text to translate: its HTML and its key in the translation memory.
struct Unit {
    html: String,
    hash: String,
}

impl Unit {
    /// The memory keeps translations with the glossary's terms already rendered, so a segment's
    /// key must change with what the glossary does to it: a segment no term occurs in keeps the
    /// hash of its HTML (so a new term leaves the rest of the memory valid), and one with a term
    /// is keyed by its protected form and the terms' renderings too, so that adding, dropping or
    /// re-rendering a term sends again exactly the segments it occurs in.
    fn new(html: String, glossary: &Glossary, lang: &str) -> Self {
        let hash = match Self::glossary_effect(&html, glossary, lang) {
            None => SegmentHash::of(&html),
            Some(effect) => SegmentHash::of(&format!("{html}\u{0}{effect}")),
        }
        .to_string();
        Self { html, hash }
    }

    fn glossary_effect(html: &str, glossary: &Glossary, lang: &str) -> Option<String> {
        if glossary.is_empty() {
            return None;
        }
        let protected = glossary.protect(html, lang);
        if protected == Glossary::default().protect(html, lang) {
            return None;
        }
        // Restoring the protected form itself puts each term's rendering in its place.
        let rendered = protected.restore(&protected.html).unwrap_or_default();
        Some(format!("{}\u{0}{rendered}", protected.html))
    }
}

impl Translations<'_> {
    /// Whether `lang` is a language this site offers translations in.
    pub fn offers(&self, lang: &str) -> bool {
        self.config().translation.offers(lang)
    }

    /// The languages an editor can ask for: offered, with an engine configured.
    pub fn offered_languages(&self) -> Vec<&'static languages::Language> {
        self.config().translation.offered_languages()
    }

    /// Asks for the article to be translated into `lang` (again), through the job queue.
    pub async fn request(&self, actor: &Actor, id: ArticleId, lang: &str) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let language = known_language(lang)?;
        let article = crate::Articles::of(self.core).article(id).await?;
        if article.language.as_str().eq_ignore_ascii_case(language) {
            return Err(
                gazette_domain::FieldError::new("lang", "is the article's own language").into(),
            );
        }
        self.enqueue(
            JobKind::TranslateArticle {
                article: id,
                lang: language.to_owned(),
            },
            now(),
        )
        .await?;
        Ok(())
    }

    /// The article's translations and failed attempts, by language.
    pub async fn list(&self, actor: &Actor, id: ArticleId) -> AppResult<Vec<TranslationState>> {
        actor.require(Role::Contributor)?;
        let article = crate::Articles::of(self.core).article(id).await?;
        let rows = rows::list(&mut *self.store().reader().await?, id.0).await?;
        Ok(rows.iter().map(|t| state(t, &article)).collect())
    }

    /// Machine translations no editor has reviewed yet, newest first, and how many in all.
    pub async fn awaiting_review(
        &self,
        actor: &Actor,
        limit: u32,
    ) -> AppResult<(Vec<AwaitingReview>, u64)> {
        actor.require(Role::Contributor)?;
        let mut conn = self.store().reader().await?;
        let (rows, total) = rows::awaiting_review(&mut conn, limit.clamp(1, 100)).await?;
        let waiting = rows
            .into_iter()
            .map(|t| AwaitingReview {
                article_id: ArticleId(t.article_id),
                language: t.language,
                title: t.title,
                translated_at: t.translated_at,
            })
            .collect();
        Ok((waiting, total))
    }

    /// The translation into `lang` beside the article's current text.
    pub async fn get(
        &self,
        actor: &Actor,
        id: ArticleId,
        lang: &str,
    ) -> AppResult<TranslationDetail> {
        actor.require(Role::Contributor)?;
        let language = known_language(lang)?;
        let article = crate::Articles::of(self.core).article(id).await?;
        let row = rows::get(&mut *self.store().reader().await?, id.0, language)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("{language} translation")))?;
        Ok(detail(&row, &article))
    }

    /// Applies an editor's change to the translation into `lang`; a translation can be written
    /// from scratch where none was made yet (a title and a body are then required).
    pub async fn edit(
        &self,
        actor: &Actor,
        id: ArticleId,
        lang: &str,
        edit: TranslationEdit,
    ) -> AppResult<TranslationDetail> {
        actor.require(Role::Editor)?;
        let language = known_language(lang)?;
        let mut tx = self.store().begin().await?;
        let article = gazette_store::articles::get(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound("article".into()))?;
        if article.language.as_str().eq_ignore_ascii_case(language) {
            return Err(
                gazette_domain::FieldError::new("lang", "is the article's own language").into(),
            );
        }
        let before = ShownBefore::read(&mut tx, id, language).await?;
        let current = rows::get(&mut tx, id.0, language)
            .await?
            .filter(Translation::is_available);
        let at = now();
        if edit.changes_text() {
            let base = match (&current, edit.version) {
                (Some(t), Some(v)) => Some((t, v)),
                (Some(_), None) => {
                    return Err(gazette_domain::FieldError::new(
                        "version",
                        "is required to change a translation's text (the version it was read at)",
                    )
                    .into());
                }
                (None, _) => None,
            };
            let keep = |new: &Option<String>, old: Option<&str>| {
                new.clone().or_else(|| old.map(str::to_owned))
            };
            let title =
                keep(&edit.title, current.as_ref().map(|t| t.title.as_str())).unwrap_or_default();
            let standfirst = keep(
                &edit.standfirst,
                current.as_ref().map(|t| t.standfirst.as_str()),
            )
            .unwrap_or_default();
            let body_html = match &edit.body_html {
                Some(b) => gazette_render::sanitize_html(b),
                None => current
                    .as_ref()
                    .map(|t| t.body_html.clone())
                    .unwrap_or_default(),
            };
            let caption = keep(
                &edit.image_caption,
                current.as_ref().and_then(|t| t.image_caption.as_deref()),
            );
            let credit = keep(
                &edit.image_credit,
                current.as_ref().and_then(|t| t.image_credit.as_deref()),
            );
            gazette_domain::check_text(&title, &standfirst, &body_html, "body_html")?;
            // An empty paragraph is no body: what counts is the text readers would see.
            if gazette_render::plain_text_excerpt(&body_html, 1).is_empty() {
                return Err(gazette_domain::FieldError::new(
                    "body_html",
                    "has no text once sanitised",
                )
                .into());
            }
            // Written from scratch by the newsroom, it is no machine's: reviewed unless said.
            let reviewed = edit
                .reviewed
                .unwrap_or_else(|| current.as_ref().is_none_or(|t| t.status == "reviewed"));
            // Segments the engines left in the original stay recorded only while the editor
            // left their original text in place.
            let still = untranslated::still_untranslated(
                current
                    .as_ref()
                    .map(|t| untranslated::decode(&t.untranslated))
                    .unwrap_or_default(),
                &untranslated::EditedText {
                    title: title.trim(),
                    standfirst: standfirst.trim(),
                    body_html: &body_html,
                    image_caption: caption.as_deref().map(str::trim),
                    image_credit: credit.as_deref().map(str::trim),
                },
            );
            let written = rows::write_edit(
                &mut tx,
                &rows::NewsroomEdit {
                    article_id: id.0,
                    language,
                    title: title.trim(),
                    standfirst: standfirst.trim(),
                    body_html: &body_html,
                    image_caption: caption.as_deref().map(str::trim),
                    image_credit: credit.as_deref().map(str::trim),
                    source_revision: article.revision,
                    status: if reviewed { "reviewed" } else { "machine" },
                    locked: edit.locked.unwrap_or(true),
                    base_updated_at: base.map(|(_, v)| from_version(v)),
                    untranslated: &untranslated::encode(&still),
                },
                at,
            )
            .await?;
            if !written {
                return Err(AppError::Conflict {
                    field: Some("version".into()),
                    message: format!(
                        "the {language} translation changed after you opened it (the machine \
                         refreshed it or another editor saved it); reload it and make your \
                         change again"
                    ),
                });
            }
        } else {
            let Some(t) = &current else {
                return Err(AppError::NotFound(format!("{language} translation")));
            };
            let reviewed = edit.reviewed.unwrap_or(t.status == "reviewed");
            let locked = edit.locked.unwrap_or(t.locked);
            rows::set_review(
                &mut tx,
                id.0,
                language,
                if reviewed { "reviewed" } else { "machine" },
                locked,
                at,
            )
            .await?;
        }
        let row = rows::get(&mut tx, id.0, language)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("{language} translation")))?;
        self.commit(tx, before.tags_after_write(id, language))
            .await?;
        tracing::info!(article = %id, lang = language, status = %row.status, locked = row.locked, "translation edited");
        Ok(detail(&row, &article))
    }

    /// An editor's wording of a segment every engine got wrong (`key` as recorded with the
    /// translation into `lang`). It is held to the original's markup as an engine's answer is
    /// (the same links and inline elements), kept in the translation memory under the
    /// newsroom's name, and the translation is remade through the job queue: every segment then
    /// comes from the memory, this one from the newsroom's words, and only the segments still
    /// untranslated go to the engines. A locked translation is the newsroom's text and is
    /// edited as a whole instead.
    pub async fn word_segment(
        &self,
        actor: &Actor,
        id: ArticleId,
        lang: &str,
        key: &str,
        wording: &str,
    ) -> Result<(), WordingError> {
        actor.require(Role::Editor)?;
        let language = known_language(lang)?;
        let mut tx = self.store().begin().await?;
        let row = rows::get(&mut tx, id.0, language)
            .await?
            .filter(Translation::is_available)
            .ok_or_else(|| AppError::NotFound(format!("{language} translation")))?;
        if row.locked {
            return Err(AppError::Conflict {
                field: None,
                message: format!(
                    "the {language} translation is locked, so the machine will not remake it; \
                     unlock it first, or edit its text"
                ),
            }
            .into());
        }
        let segment = untranslated::decode(&row.untranslated)
            .into_iter()
            .find(|s| s.key == key)
            .ok_or_else(|| AppError::NotFound("untranslated segment".into()))?;
        // The body is HTML, sanitised as any editor's HTML is; a field is plain text.
        let html = match segment.part {
            Part::Body => gazette_render::sanitize_html(wording.trim()),
            _ => text_to_html(wording.trim()),
        };
        let html = check_wording(&segment.source_html, &html)
            .map_err(|problem| WordingError::Refused(problem.into()))?;
        let at = now();
        rows::remember(&mut tx, rows::NEWSROOM, language, key, &html, "", at).await?;
        self.enqueue_in(
            &mut tx,
            JobKind::TranslateArticle {
                article: id,
                lang: language.to_owned(),
            },
            at,
        )
        .await?;
        tx.commit().await?;
        self.wake_jobs();
        tracing::info!(article = %id, lang = language, part = ?segment.part, "untranslated segment worded by the newsroom");
        Ok(())
    }

    /// The job body: translates, and tells the queue whether to try again.
    pub(crate) async fn translate_job(&self, id: ArticleId, lang: &str) -> Result<(), JobError> {
        match self.translate(id, lang).await {
            Ok(_) => Ok(()),
            Err(TranslateError::Retryable(message, after)) => Err(match after {
                Some(after) => JobError::RetryAfter(message, after),
                None => JobError::Retryable(message),
            }),
            // The reason is on the translation's row; the job failed for good.
            Err(TranslateError::Failed(message)) => Err(JobError::Permanent(message)),
            Err(TranslateError::App(e)) => Err(e.into()),
        }
    }

    /// Translates the article into `lang` now, through the memory; on failure the previous
    /// translation stays and the reason is recorded on its row. An article that is gone or not
    /// published, one already in `lang`, or a translation the newsroom locked, is left alone.
    pub async fn translate(
        &self,
        id: ArticleId,
        lang: &str,
    ) -> Result<TranslateReport, TranslateError> {
        let article = {
            let mut conn = self.store().reader().await?;
            match gazette_store::articles::get(&mut conn, id).await? {
                Some(a) if a.status == ArticleStatus::Published => a,
                _ => {
                    return Ok(TranslateReport::default());
                }
            }
        };
        let lang = known_language(lang)?;
        if article.language.as_str().eq_ignore_ascii_case(lang) {
            return Ok(TranslateReport::default());
        }
        let chain = self.engines.chain_for(lang);
        match self.translate_into(&article, lang, &chain).await {
            Ok(report) => Ok(report),
            Err(TranslateError::Failed(message)) => {
                tracing::warn!(article = %id, lang, error = %message, "translation failed; the previous one stays");
                self.record_error(id, lang, &message).await?;
                Err(TranslateError::Failed(message))
            }
            Err(TranslateError::Retryable(message, after)) => {
                self.record_error(id, lang, &message).await?;
                Err(TranslateError::Retryable(message, after))
            }
            Err(e) => Err(e),
        }
    }

    async fn record_error(&self, id: ArticleId, lang: &str, message: &str) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        rows::record_error(&mut tx, id.0, lang, message, now()).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn translate_into(
        &self,
        article: &Article,
        lang: &str,
        chain: &FallbackChain,
    ) -> Result<TranslateReport, TranslateError> {
        let source_lang = article.language.as_str();
        if chain.engine_ids().is_empty() {
            return Err(TranslateError::Failed(format!(
                "no translation engine is configured for {lang}"
            )));
        }
        {
            let mut conn = self.store().reader().await?;
            if rows::get(&mut conn, article.id.0, lang)
                .await?
                .is_some_and(|t| t.locked)
            {
                return Ok(TranslateReport::default());
            }
        }

        // The site's protected terms: they change what is sent, and so the memory's keys.
        let glossary = crate::Settings::of(self.core).glossary().await?;
        // The fields first, then the body's segments, in one list.
        let image = article.image.as_ref();
        let fields = [
            Some(article.title.as_str()),
            Some(article.standfirst.as_str()),
            image.map(|i| i.caption.as_str()),
            image.map(|i| i.credit.as_str()),
        ];
        let body = segment(&article.body_html);
        let mut units: Vec<Unit> = Vec::new();
        let mut field_index: Vec<Option<usize>> = Vec::new();
        for f in fields {
            match f.filter(|t| !t.trim().is_empty()) {
                Some(text) => {
                    field_index.push(Some(units.len()));
                    units.push(Unit::new(text_to_html(text), &glossary, lang));
                }
                None => field_index.push(None),
            }
        }
        let body_start = units.len();
        units.extend(
            body.texts()
                .into_iter()
                .map(|html| Unit::new(html, &glossary, lang)),
        );

        // Memory first: the newsroom's wordings, then engine by engine in the chain's order.
        let mut done: Vec<Option<(String, String, String)>> = vec![None; units.len()];
        {
            let mut conn = self.store().reader().await?;
            let hashes: Vec<String> = units.iter().map(|u| u.hash.clone()).collect();
            for engine in std::iter::once(rows::NEWSROOM).chain(chain.engine_ids()) {
                let found: HashMap<String, (String, String)> =
                    rows::memory(&mut conn, engine, lang, &hashes).await?;
                for (i, u) in units.iter().enumerate() {
                    if done[i].is_none()
                        && let Some((text, model)) = found.get(&u.hash)
                    {
                        // A memory entry is an engine's answer kept from an earlier run, perhaps
                        // from before today's checks: it passes them again or is asked anew.
                        // An editor's wording is held to the markup only, as when it was saved.
                        let checked = if engine == rows::NEWSROOM {
                            check_wording(&u.html, text)
                        } else {
                            check_segment(&u.html, text, source_lang, lang)
                        };
                        match checked {
                            Ok(text) => done[i] = Some((text, engine.to_owned(), model.clone())),
                            Err(problem) => {
                                tracing::warn!(engine, lang, %problem, "translation memory entry refused; translating the segment again");
                            }
                        }
                    }
                }
            }
        }
        let remembered = done.iter().filter(|d| d.is_some()).count();
        let misses: Vec<usize> = (0..units.len()).filter(|&i| done[i].is_none()).collect();

        let mut chars_sent = 0;
        let mut learned: Vec<(usize, String, String, String)> = Vec::new();
        let mut untranslated: Vec<UntranslatedSegment> = Vec::new();
        if !misses.is_empty() {
            let sent: Vec<String> = misses.iter().map(|&i| units[i].html.clone()).collect();
            let outcomes = translate_segments(chain, &glossary, source_lang, lang, &sent)
                .await
                .map_err(|e| match e {
                    ChainError::Retryable(_) => {
                        let after = e.retry_after();
                        TranslateError::Retryable(e.to_string(), after)
                    }
                    other => TranslateError::Failed(other.to_string()),
                })?
                .map(|done| {
                    chars_sent = done.chars_sent;
                    done.outcomes
                })
                .unwrap_or_default();
            for (&i, outcome) in misses.iter().zip(outcomes) {
                match outcome {
                    Outcome::Translated {
                        html, provenance, ..
                    } => {
                        let (engine, model) = (provenance.engine_id, provenance.model);
                        learned.push((i, html.clone(), engine.clone(), model.clone()));
                        done[i] = Some((html, engine, model));
                    }
                    Outcome::Flagged {
                        problem,
                        provenance,
                    } => {
                        let (part, number) = place(i, body_start, &field_index);
                        untranslated.push(UntranslatedSegment {
                            part,
                            number,
                            key: units[i].hash.clone(),
                            source_html: units[i].html.clone(),
                            refusal: problem,
                            engine: provenance.map(|p| p.engine_id),
                        });
                    }
                }
            }
        }

        let mut tx = self.store().begin().await?;
        let at = now();
        for (i, text, engine, model) in &learned {
            rows::remember(&mut tx, engine, lang, &units[*i].hash, text, model, at).await?;
        }
        let total: usize = units.iter().map(|u| untranslated::weight(&u.html)).sum();
        let translated: usize = (0..units.len())
            .filter(|&i| done[i].is_some())
            .map(|i| untranslated::weight(&units[i].html))
            .sum();
        if !untranslated.is_empty() && !untranslated::worth_publishing(translated, total) {
            // The segments that passed are remembered; the translation shown stays as it was.
            tx.commit().await?;
            let refusals: Vec<String> = untranslated
                .iter()
                .map(|s| format!("{}: {}", describe(s), s.refusal))
                .collect();
            return Err(TranslateError::Failed(format!(
                "{} of {} segments were rejected, leaving {}% of the text untranslated (a \
                 translation is published with at most half of it in the original): {}",
                untranslated.len(),
                units.len(),
                100 - translated * 100 / total.max(1),
                refusals.join("; ")
            )));
        }
        // A segment no engine translated keeps its original text: a field as it is (the page
        // marks it from the record), a body segment marked with its language.
        let texts: Vec<(String, String, String)> = done
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                d.unwrap_or_else(|| {
                    let original = if i < body_start {
                        units[i].html.clone()
                    } else {
                        untranslated::marked(&units[i].html, source_lang, lang)
                    };
                    (original, String::new(), String::new())
                })
            })
            .collect();
        let field = |n: usize| field_index[n].map(|i| html_to_text(&texts[i].0));
        // Engine answers and memory entries are untrusted: each segment was checked against
        // its source, and the whole body goes through the one sanitiser like any other HTML.
        let body_html = body
            .reassemble(
                &texts[body_start..]
                    .iter()
                    .map(|t| t.0.as_str())
                    .collect::<Vec<_>>(),
            )
            .map(|html| gazette_render::sanitize_html(&html))
            .map_err(|e| TranslateError::Failed(e.to_string()))?;
        // The provenance shown is that of the first segment an engine made, the body's first
        // (or else the fields'); a text wholly in the newsroom's words is the newsroom's.
        let made_by = |t: &&(String, String, String)| !t.1.is_empty() && t.1 != rows::NEWSROOM;
        let (_, engine, model) = texts[body_start..]
            .iter()
            .find(made_by)
            .or_else(|| texts[..body_start].iter().find(made_by))
            .cloned()
            .unwrap_or_else(|| (String::new(), rows::NEWSROOM.to_owned(), String::new()));
        let title = field(0).unwrap_or_default();
        let standfirst = field(1).unwrap_or_default();
        let caption = field(2);
        let credit = field(3);
        let before = ShownBefore::read(&mut tx, article.id, lang).await?;
        let written = rows::put(
            &mut tx,
            &TranslationWrite {
                article_id: article.id.0,
                language: lang,
                title: &title,
                standfirst: &standfirst,
                body_html: &body_html,
                image_caption: caption.as_deref(),
                image_credit: credit.as_deref(),
                source_revision: article.revision,
                engine: &engine,
                model: &model,
                untranslated: &untranslated::encode(&untranslated),
            },
            at,
        )
        .await?;
        if written {
            // A language gets the site's own words (names, tagline) with its first article;
            // after that, a change of an original refreshes them (see `site_texts`).
            let first_in_language = !gazette_store::site_texts::any_in(&mut tx, lang).await?;
            if first_in_language {
                self.enqueue_in(
                    &mut tx,
                    JobKind::TranslateSiteTexts {
                        lang: lang.to_owned(),
                    },
                    at,
                )
                .await?;
            }
            self.commit(tx, before.tags_after_write(article.id, lang))
                .await?;
            if first_in_language {
                self.wake_jobs();
            }
            tracing::info!(article = %article.id, lang, remembered, sent = misses.len(), kept_original = untranslated.len(), "article translated");
        } else {
            // Locked by an editor while the engine worked: the memory keeps what it learned.
            tx.commit().await?;
            tracing::info!(article = %article.id, lang, "translation locked meanwhile; left as the newsroom has it");
        }
        Ok(TranslateReport {
            written,
            remembered,
            sent: misses.len(),
            chars_sent,
            kept_original: if written { untranslated.len() } else { 0 },
        })
    }
}

/// Which part of the article unit `i` is, and a body segment's place among the body's.
fn place(i: usize, body_start: usize, fields: &[Option<usize>]) -> (Part, Option<usize>) {
    const PARTS: [Part; 4] = [
        Part::Title,
        Part::Standfirst,
        Part::ImageCaption,
        Part::ImageCredit,
    ];
    match fields.iter().position(|f| *f == Some(i)) {
        Some(n) => (PARTS[n], None),
        None => (Part::Body, Some(i - body_start + 1)),
    }
}

/// A segment named for the log and the row's `last_error` ("body segment 3").
fn describe(s: &UntranslatedSegment) -> String {
    match (s.part, s.number) {
        (Part::Title, _) => "title".to_owned(),
        (Part::Standfirst, _) => "standfirst".to_owned(),
        (Part::ImageCaption, _) => "image caption".to_owned(),
        (Part::ImageCredit, _) => "image credit".to_owned(),
        (Part::Body, n) => format!("body segment {}", n.unwrap_or_default()),
    }
}

fn state(t: &Translation, article: &Article) -> TranslationState {
    TranslationState {
        language: t.language.clone(),
        available: t.is_available(),
        status: t.status.clone(),
        engine: t.engine.clone(),
        model: t.model.clone(),
        source_revision: t.source_revision,
        outdated: t.is_available() && t.source_revision < article.revision,
        locked: t.locked,
        last_error: t.last_error.clone(),
        untranslated: untranslated::decode(&t.untranslated).len(),
        translated_at: t.translated_at,
    }
}

fn detail(t: &Translation, article: &Article) -> TranslationDetail {
    let image = article.image.as_ref();
    TranslationDetail {
        state: state(t, article),
        title: t.title.clone(),
        standfirst: t.standfirst.clone(),
        body_html: t.body_html.clone(),
        image_caption: t.image_caption.clone(),
        image_credit: t.image_credit.clone(),
        version: version_of(t.updated_at),
        untranslated_segments: untranslated::decode(&t.untranslated),
        original: OriginalText {
            language: article.language.to_string(),
            revision: article.revision,
            title: article.title.clone(),
            standfirst: article.standfirst.clone(),
            body_html: article.body_html.clone(),
            image_caption: image.map(|i| i.caption.clone()),
            image_credit: image.map(|i| i.credit.clone()),
        },
    }
}

/// A row's version is its `updated_at` in milliseconds, as stored.
fn version_of(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

fn from_version(v: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(v) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The language's tag as the table spells it, or a field error naming the bad value.
fn known_language(lang: &str) -> AppResult<&'static str> {
    languages::lookup(lang).map(|l| l.code).ok_or_else(|| {
        gazette_domain::FieldError::new("lang", format!("{lang:?} is not a known language")).into()
    })
}

/// Enqueues translations when `after` is a publication, or an edit of a published article:
/// the automatic languages, and every existing translation the newsroom has not locked.
/// Returns whether a job was queued (the caller wakes the runner after commit).
pub(crate) async fn enqueue_translations(
    core: &Core,
    conn: &mut sqlx::AnyConnection,
    before: &Article,
    after: &Article,
) -> AppResult<bool> {
    let published_now = before.status != ArticleStatus::Published;
    if after.status != ArticleStatus::Published
        || (!published_now && before.revision == after.revision)
    {
        return Ok(false);
    }
    let mut langs: Vec<String> = core.config().translation.auto_languages.clone();
    for lang in rows::refreshable_languages(conn, after.id.0).await? {
        if !langs.iter().any(|l| l.eq_ignore_ascii_case(&lang)) {
            langs.push(lang);
        }
    }
    let mut queued = false;
    for lang in langs {
        if lang.eq_ignore_ascii_case(after.language.as_str()) {
            continue;
        }
        let job = JobKind::TranslateArticle {
            article: after.id,
            lang,
        };
        core.enqueue_in(conn, job, now()).await?;
        queued = true;
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_survive_the_trip_through_html() {
        let text = "Rates & \"risk\" <2%> — l'été";
        assert_eq!(html_to_text(&text_to_html(text)), text);
        assert_eq!(html_to_text("A &#233;t&#xE9; <b>x</b>"), "A été x");
    }
}

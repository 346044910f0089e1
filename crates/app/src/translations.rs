//! Translating articles: the translation memory, the job that makes a translation, and what
//! editors and readers see of it.
//!
//! A translation is made from segments: the title, standfirst, image caption and credit are one
//! segment each, the body is cut into segments by `gazette-translate`. Each segment is looked up
//! in the memory by (engine, target language, source hash) first, for every engine of the
//! language's chain in order, so after an edit only the changed paragraphs are sent. A failed
//! attempt (an engine down, refusing, answering garbage or the wrong number of segments, a
//! segment failing its markup check) leaves the previous translation in place and writes why on
//! its row; segments that did pass are remembered, so the next attempt sends only the rest.

use std::collections::HashMap;
use std::time::Duration;

use gazette_domain::{Article, ArticleId, ArticleStatus, Role};
use gazette_store::translations::{self as rows, Translation, TranslationWrite};
use gazette_translate::chain::{ChainError, FallbackChain};
use gazette_translate::check::check_segment;
use gazette_translate::segment::{SegmentHash, segment};
use gazette_translate::{Glossary, languages};
use serde::Serialize;
use time::OffsetDateTime;

use crate::jobs::{JobError, JobKind};
use crate::services::articles::Actor;
use crate::{App, AppError, AppResult, now};

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
    /// Why the latest attempt failed, until one succeeds.
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub translated_at: Option<OffsetDateTime>,
}

/// What one attempt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslateReport {
    /// Segments found in the memory.
    pub remembered: usize,
    /// Segments sent to an engine.
    pub sent: usize,
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

/// One piece of text to translate: its HTML as sent and its hash.
struct Unit {
    html: String,
    hash: String,
}

impl Unit {
    fn new(html: String) -> Self {
        let hash = SegmentHash::of(&html).to_string();
        Self { html, hash }
    }
}

impl App {
    /// Whether `lang` is a language this site offers translations in.
    pub fn offers_translation(&self, lang: &str) -> bool {
        self.config().translation.offers(lang)
    }

    /// Asks for the article to be translated into `lang` (again), through the job queue.
    pub async fn request_translation(
        &self,
        actor: &Actor,
        id: ArticleId,
        lang: &str,
    ) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let language = known_language(lang)?;
        let article = self.article(id).await?;
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
    pub async fn translations(
        &self,
        actor: &Actor,
        id: ArticleId,
    ) -> AppResult<Vec<TranslationState>> {
        actor.require(Role::Contributor)?;
        let article = self.article(id).await?;
        let rows = rows::list(&mut *self.store().reader().await?, id.0).await?;
        Ok(rows.iter().map(|t| state(t, &article)).collect())
    }

    /// Enqueues the automatic translations when `after` is a publication of `before`.
    pub(crate) async fn enqueue_auto_translations(
        &self,
        conn: &mut sqlx::AnyConnection,
        before: &Article,
        after: &Article,
    ) -> AppResult<bool> {
        if after.status != ArticleStatus::Published || before.status == ArticleStatus::Published {
            return Ok(false);
        }
        let mut queued = false;
        for lang in &self.config().translation.auto_languages {
            if lang.eq_ignore_ascii_case(after.language.as_str()) {
                continue;
            }
            let job = JobKind::TranslateArticle {
                article: after.id,
                lang: lang.clone(),
            };
            self.enqueue_in(conn, job, now()).await?;
            queued = true;
        }
        Ok(queued)
    }

    /// The job body: translates, and tells the queue whether to try again.
    pub(crate) async fn translate_article_job(
        &self,
        id: ArticleId,
        lang: &str,
    ) -> Result<(), JobError> {
        match self.translate_article(id, lang).await {
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
    /// published, or a translation the newsroom locked, is left alone.
    pub async fn translate_article(
        &self,
        id: ArticleId,
        lang: &str,
    ) -> Result<TranslateReport, TranslateError> {
        let article = {
            let mut conn = self.store().reader().await.map_err(AppError::from)?;
            match gazette_store::articles::get(&mut conn, id)
                .await
                .map_err(AppError::from)?
            {
                Some(a) if a.status == ArticleStatus::Published => a,
                _ => {
                    return Ok(TranslateReport {
                        remembered: 0,
                        sent: 0,
                    });
                }
            }
        };
        let lang = known_language(lang)?;
        let chain = self.translator().chain_for(lang);
        match self.translate_into(&article, lang, &chain).await {
            Ok(report) => Ok(report),
            Err(TranslateError::Failed(message)) => {
                tracing::warn!(article = %id, lang, error = %message, "translation failed; the previous one stays");
                self.record_translation_error(id, lang, &message).await?;
                Err(TranslateError::Failed(message))
            }
            Err(TranslateError::Retryable(message, after)) => {
                self.record_translation_error(id, lang, &message).await?;
                Err(TranslateError::Retryable(message, after))
            }
            Err(e) => Err(e),
        }
    }

    async fn record_translation_error(
        &self,
        id: ArticleId,
        lang: &str,
        message: &str,
    ) -> AppResult<()> {
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
            let mut conn = self.store().reader().await.map_err(AppError::from)?;
            if rows::get(&mut conn, article.id.0, lang)
                .await
                .map_err(AppError::from)?
                .is_some_and(|t| t.locked)
            {
                return Ok(TranslateReport {
                    remembered: 0,
                    sent: 0,
                });
            }
        }

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
                    units.push(Unit::new(escape(text)));
                }
                None => field_index.push(None),
            }
        }
        let body_start = units.len();
        units.extend(body.texts().into_iter().map(Unit::new));

        // Memory first, engine by engine in the chain's order.
        let mut done: Vec<Option<(String, String, String)>> = vec![None; units.len()];
        {
            let mut conn = self.store().reader().await.map_err(AppError::from)?;
            let hashes: Vec<String> = units.iter().map(|u| u.hash.clone()).collect();
            for engine in chain.engine_ids() {
                let found: HashMap<String, (String, String)> =
                    rows::memory(&mut conn, engine, lang, &hashes)
                        .await
                        .map_err(AppError::from)?;
                for (i, u) in units.iter().enumerate() {
                    if done[i].is_none()
                        && let Some((text, model)) = found.get(&u.hash)
                    {
                        done[i] = Some((text.clone(), engine.to_owned(), model.clone()));
                    }
                }
            }
        }
        let remembered = done.iter().filter(|d| d.is_some()).count();
        let misses: Vec<usize> = (0..units.len()).filter(|&i| done[i].is_none()).collect();

        let glossary = Glossary::default();
        let mut learned: Vec<(usize, String, String, String)> = Vec::new();
        let mut problems: Vec<String> = Vec::new();
        if !misses.is_empty() {
            let protected: Vec<_> = misses
                .iter()
                .map(|&i| glossary.protect(&units[i].html, lang))
                .collect();
            let sent: Vec<String> = protected.iter().map(|p| p.html.clone()).collect();
            let out = chain
                .translate(source_lang, lang, &sent)
                .await
                .map_err(|e| match e {
                    ChainError::Retryable(_) => {
                        let after = e.retry_after();
                        TranslateError::Retryable(e.to_string(), after)
                    }
                    other => TranslateError::Failed(other.to_string()),
                })?;
            for (k, &i) in misses.iter().enumerate() {
                let accepted = protected[k]
                    .restore(&out.texts[k])
                    .map_err(|e| e.to_string())
                    .and_then(|restored| {
                        check_segment(&units[i].html, &restored, source_lang, lang)
                            .map(|()| restored)
                            .map_err(|e| e.to_string())
                    });
                match accepted {
                    Ok(text) => {
                        let engine = out.provenance.engine_id.clone();
                        let model = out.provenance.model.clone();
                        learned.push((i, text.clone(), engine.clone(), model.clone()));
                        done[i] = Some((text, engine, model));
                    }
                    Err(problem) => problems.push(format!(
                        "{}: {problem}",
                        segment_name(i, body_start, &field_index)
                    )),
                }
            }
        }

        let mut tx = self.store().begin().await.map_err(AppError::from)?;
        let at = now();
        for (i, text, engine, model) in &learned {
            rows::remember(&mut tx, engine, lang, &units[*i].hash, text, model, at)
                .await
                .map_err(AppError::from)?;
        }
        if !problems.is_empty() {
            // The segments that passed are remembered; the translation shown stays as it was.
            tx.commit().await.map_err(AppError::from)?;
            return Err(TranslateError::Failed(format!(
                "{} of {} segments were rejected: {}",
                problems.len(),
                units.len(),
                problems.join("; ")
            )));
        }
        let texts: Vec<(String, String, String)> = done
            .into_iter()
            .map(|d| d.expect("every segment was remembered or translated"))
            .collect();
        let field = |n: usize| field_index[n].map(|i| unescape(&texts[i].0));
        let body_html = body
            .reassemble(
                &texts[body_start..]
                    .iter()
                    .map(|t| t.0.as_str())
                    .collect::<Vec<_>>(),
            )
            .map_err(|e| TranslateError::Failed(e.to_string()))?;
        // The provenance shown is that of the body's (or else the title's) first segment.
        let (_, engine, model) = texts
            .get(body_start)
            .or_else(|| texts.first())
            .cloned()
            .unwrap_or_default();
        let title = field(0).unwrap_or_default();
        let standfirst = field(1).unwrap_or_default();
        let caption = field(2);
        let credit = field(3);
        rows::put(
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
            },
            at,
        )
        .await
        .map_err(AppError::from)?;
        self.commit(tx, vec![format!("article:{}", article.id)])
            .await?;
        tracing::info!(article = %article.id, lang, remembered, sent = misses.len(), "article translated");
        Ok(TranslateReport {
            remembered,
            sent: misses.len(),
        })
    }
}

fn segment_name(i: usize, body_start: usize, fields: &[Option<usize>]) -> String {
    const NAMES: [&str; 4] = ["title", "standfirst", "image caption", "image credit"];
    match fields.iter().position(|f| *f == Some(i)) {
        Some(n) => NAMES[n].to_owned(),
        None => format!("body segment {}", i - body_start + 1),
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
        last_error: t.last_error.clone(),
        translated_at: t.translated_at,
    }
}

/// The language's tag as the table spells it, or a field error naming the bad value.
fn known_language(lang: &str) -> AppResult<&'static str> {
    languages::lookup(lang).map(|l| l.code).ok_or_else(|| {
        gazette_domain::FieldError::new("lang", format!("{lang:?} is not a known language")).into()
    })
}

/// Plain text as HTML, for the engines' HTML mode.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// An engine's answer for a plain-text field back to plain text: tags dropped, character
/// references decoded (templates escape it again).
fn unescape(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        if c == '&'
            && let Some(end) = rest.bytes().take(12).position(|b| b == b';')
        {
            let name = &rest[1..end];
            let decoded = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            if let Some(d) = decoded {
                out.push(d);
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_survive_the_trip_through_html() {
        let text = "Rates & \"risk\" <2%> — l'été";
        assert_eq!(unescape(&escape(text)), text);
        assert_eq!(
            unescape("A &#233;t&#xE9; <b>x</b>&bogus;"),
            "A été x&bogus;"
        );
    }
}

//! Translating a whole article body: segment, protect glossary terms, translate through a
//! chain, restore the terms, check each segment, retry what failed, reassemble.
//!
//! A segment that fails its checks is sent again once, to the chain without the engine that
//! got it wrong (or to the same engine when it is the only one). A segment that still fails is
//! flagged: the document keeps the source text there, and [`TranslatedDocument::flagged`] lists
//! it with the reason, for the editor or the job to decide. Whole-batch failures (every engine
//! refused, or a retryable outage) are returned as [`ChainError`].

use crate::chain::{ChainError, FallbackChain, Provenance};
use crate::check::{CheckError, check_segment};
use crate::glossary::{Glossary, GlossaryError, Protected};
use crate::segment::{SegmentHash, SegmentedDocument, segment};

/// Why a segment was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error(transparent)]
    Markup(#[from] CheckError),
    #[error(transparent)]
    Glossary(#[from] GlossaryError),
}

/// What became of one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Translated {
        html: String,
        provenance: Provenance,
        /// Whether it took a second attempt.
        retried: bool,
    },
    /// Left in the source language.
    Flagged {
        problem: Problem,
        /// The engine whose answer was rejected last.
        provenance: Option<Provenance>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentResult {
    pub hash: SegmentHash,
    pub source: String,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedDocument {
    pub html: String,
    pub segments: Vec<SegmentResult>,
    /// The engine and model that translated the first pass.
    pub provenance: Option<Provenance>,
}

impl TranslatedDocument {
    pub fn flagged(&self) -> impl Iterator<Item = (usize, &Problem)> {
        self.segments
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match &s.outcome {
                Outcome::Flagged { problem, .. } => Some((i, problem)),
                Outcome::Translated { .. } => None,
            })
    }

    pub fn is_complete(&self) -> bool {
        self.flagged().next().is_none()
    }
}

fn accept(
    source: &str,
    protected: &Protected,
    answer: &str,
    source_lang: &str,
    target_lang: &str,
) -> Result<String, Problem> {
    let restored = protected.restore(answer)?;
    Ok(check_segment(source, &restored, source_lang, target_lang)?)
}

/// Translates sanitised article HTML from `source_lang` to `target_lang`.
pub async fn translate_html(
    chain: &FallbackChain,
    glossary: &Glossary,
    source_lang: &str,
    target_lang: &str,
    html: &str,
) -> Result<TranslatedDocument, ChainError> {
    let doc: SegmentedDocument = segment(html);
    let sources = doc.texts();
    let Some(TranslatedSegments {
        outcomes,
        provenance: first,
        ..
    }) = translate_segments(chain, glossary, source_lang, target_lang, &sources).await?
    else {
        return Ok(TranslatedDocument {
            html: html.to_string(),
            segments: Vec::new(),
            provenance: None,
        });
    };

    let texts: Vec<&str> = outcomes
        .iter()
        .zip(&sources)
        .map(|(o, s)| match o {
            Outcome::Translated { html, .. } => html.as_str(),
            Outcome::Flagged { .. } => s.as_str(),
        })
        .collect();
    let html = doc
        .reassemble(&texts)
        .expect("one outcome was made per segment");
    let segments = doc
        .segments()
        .iter()
        .zip(outcomes)
        .map(|(s, outcome)| SegmentResult {
            hash: s.hash,
            source: s.html.clone(),
            outcome,
        })
        .collect();
    Ok(TranslatedDocument {
        html,
        segments,
        provenance: Some(first),
    })
}

/// What [`translate_segments`] made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedSegments {
    /// One per source, in order.
    pub outcomes: Vec<Outcome>,
    /// The engine and model of the first pass.
    pub provenance: Provenance,
    /// Characters sent to the engines, as sent (with term placeholders), retries included:
    /// what an engine's quota counts.
    pub chars_sent: usize,
}

/// Translates segments (each a fragment of HTML) through the chain: glossary terms protected,
/// each answer restored and checked, a rejected segment sent once more to the chain without
/// the engine that got it wrong, and flagged if it fails again. `None` when there is nothing
/// to translate.
pub async fn translate_segments(
    chain: &FallbackChain,
    glossary: &Glossary,
    source_lang: &str,
    target_lang: &str,
    sources: &[String],
) -> Result<Option<TranslatedSegments>, ChainError> {
    if sources.is_empty() {
        return Ok(None);
    }
    let protected: Vec<Protected> = sources
        .iter()
        .map(|s| glossary.protect(s, target_lang))
        .collect();
    let sent: Vec<String> = protected.iter().map(|p| p.html.clone()).collect();
    let chars = |texts: &[String]| texts.iter().map(|t| t.chars().count()).sum::<usize>();
    let mut chars_sent = chars(&sent);

    let first = chain.translate(source_lang, target_lang, &sent).await?;
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(sent.len());
    let mut failed = Vec::new();
    for (i, answer) in first.texts.iter().enumerate() {
        match accept(&sources[i], &protected[i], answer, source_lang, target_lang) {
            Ok(html) => outcomes.push(Outcome::Translated {
                html,
                provenance: first.provenance.clone(),
                retried: false,
            }),
            Err(problem) => {
                tracing::info!(segment = i, engine = first.provenance.engine_id.as_str(), %problem, "translated segment rejected");
                failed.push(i);
                outcomes.push(Outcome::Flagged {
                    problem,
                    provenance: Some(first.provenance.clone()),
                });
            }
        }
    }

    if !failed.is_empty() {
        let retry_chain = chain
            .without(first.position)
            .unwrap_or_else(|| chain.clone());
        let resend: Vec<String> = failed.iter().map(|&i| sent[i].clone()).collect();
        chars_sent += chars(&resend);
        match retry_chain
            .translate(source_lang, target_lang, &resend)
            .await
        {
            Ok(second) => {
                for (k, &i) in failed.iter().enumerate() {
                    outcomes[i] = match accept(
                        &sources[i],
                        &protected[i],
                        &second.texts[k],
                        source_lang,
                        target_lang,
                    ) {
                        Ok(html) => Outcome::Translated {
                            html,
                            provenance: second.provenance.clone(),
                            retried: true,
                        },
                        Err(problem) => Outcome::Flagged {
                            problem,
                            provenance: Some(second.provenance.clone()),
                        },
                    };
                }
            }
            Err(e) => {
                // The first pass's good segments are kept; the bad ones stay flagged with the
                // problem their answer had, which is what an editor needs to see.
                tracing::warn!(error = %e, segments = failed.len(), "retrying rejected segments failed");
            }
        }
    }
    Ok(Some(TranslatedSegments {
        outcomes,
        provenance: first.provenance,
        chars_sent,
    }))
}

//! Translating a whole article body: segment, protect glossary terms, translate through a
//! chain, restore the terms, check each segment, retry what failed, reassemble.
//!
//! A segment that fails its checks is sent again to the chain without the engine that got it
//! wrong, and so on until every engine of the chain has answered it (a chain of one engine is
//! asked twice). A segment that still fails is flagged: the document keeps the source text
//! there, and [`TranslatedDocument::flagged`] lists it with the reason, for the editor or the
//! job to decide. Whole-batch failures (every engine
//! refused, or a retryable outage) are returned as [`ChainError`].

use crate::chain::{ChainError, FallbackChain, Provenance};
use crate::check::{CheckError, check_segment};
use crate::glossary::{Glossary, GlossaryError, Protected};
use crate::segment::{SegmentHash, SegmentedDocument, segment};

/// Why a segment was not accepted. It serialises as the inner error does (`{"kind": "links",
/// …}`), so a caller can store it and name it to a person later.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
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
/// each answer restored and checked, a rejected segment sent to each other engine of the chain
/// in turn, and flagged if every engine got it wrong. `None` when there is nothing
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

    // A rejected segment goes to each other engine of the chain in turn, never again to one
    // that got it wrong; with a single engine, once more to it (a model may answer otherwise).
    // What is still rejected when the chain is used up stays flagged with its last problem.
    let mut refused_by = vec![first.provenance.engine_id.clone()];
    let mut pending = failed;
    let mut round = 0;
    while !pending.is_empty() {
        let retry_chain = match chain.without(&refused_by) {
            Some(rest) => rest,
            None if round == 0 => chain.clone(),
            None => break,
        };
        round += 1;
        let resend: Vec<String> = pending.iter().map(|&i| sent[i].clone()).collect();
        chars_sent += chars(&resend);
        let answer = match retry_chain
            .translate(source_lang, target_lang, &resend)
            .await
        {
            Ok(answer) => answer,
            Err(e) => {
                // The good segments are kept; the bad ones stay flagged with the problem their
                // last answer had, which is what an editor needs to see.
                tracing::warn!(error = %e, segments = pending.len(), "retrying rejected segments failed");
                break;
            }
        };
        let mut still = Vec::new();
        for (k, &i) in pending.iter().enumerate() {
            outcomes[i] = match accept(
                &sources[i],
                &protected[i],
                &answer.texts[k],
                source_lang,
                target_lang,
            ) {
                Ok(html) => Outcome::Translated {
                    html,
                    provenance: answer.provenance.clone(),
                    retried: true,
                },
                Err(problem) => {
                    tracing::info!(segment = i, engine = answer.provenance.engine_id.as_str(), %problem, "translated segment rejected again");
                    still.push(i);
                    Outcome::Flagged {
                        problem,
                        provenance: Some(answer.provenance.clone()),
                    }
                }
            };
        }
        refused_by.push(answer.provenance.engine_id);
        pending = still;
    }
    Ok(Some(TranslatedSegments {
        outcomes,
        provenance: first.provenance,
        chars_sent,
    }))
}

//! Short texts that are not articles, translated on the way out: a newsletter edition's subject
//! and introduction, for each language edition. They go through the same memory, glossary,
//! engine chain and checks as an article's segments, so an edition rendered again (a retry, the
//! archive page) asks no engine twice.

use std::collections::HashMap;

use gazette_translate::check::check_segment;
use gazette_translate::segment::segment;
use gazette_translate::{Outcome, html_to_text, text_to_html, translate_segments};

use super::{Translations, Unit};
use crate::{AppResult, now};

/// Whether a snippet may be sent to an engine, or only found in the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineUse {
    /// Sending an edition, or an editor's preview: worth a call to the engine.
    Ask,
    /// A reader's page: never waits for an engine; what the memory holds or nothing.
    MemoryOnly,
}

impl Translations<'_> {
    /// A plain-text line (a subject) in `lang`, or `None` when no engine translated it (none is
    /// configured for `lang`, the engines are down, or the answer failed its checks).
    pub(crate) async fn snippet_text(
        &self,
        text: &str,
        source_lang: &str,
        lang: &str,
        engines: EngineUse,
    ) -> AppResult<Option<String>> {
        Ok(self
            .snippets(&[text_to_html(text)], source_lang, lang, engines)
            .await?
            .map(|mut done| html_to_text(&done.remove(0))))
    }

    /// Sanitised HTML (an introduction) in `lang`, every one of its paragraphs translated, or
    /// `None` as for [`Self::snippet_text`].
    pub(crate) async fn snippet_html(
        &self,
        html: &str,
        source_lang: &str,
        lang: &str,
        engines: EngineUse,
    ) -> AppResult<Option<String>> {
        let document = segment(html);
        let Some(done) = self
            .snippets(&document.texts(), source_lang, lang, engines)
            .await?
        else {
            return Ok(None);
        };
        Ok(document
            .reassemble(&done)
            .ok()
            .map(|html| gazette_render::sanitize_html(&html)))
    }

    /// Every segment of `htmls` in `lang`, or `None` unless all of them could be: half a
    /// subject in one language and half in another would read worse than the original.
    async fn snippets(
        &self,
        htmls: &[String],
        source_lang: &str,
        lang: &str,
        engines: EngineUse,
    ) -> AppResult<Option<Vec<String>>> {
        if htmls.is_empty() || source_lang.eq_ignore_ascii_case(lang) {
            return Ok(None);
        }
        let chain = self.engines.chain_for(lang);
        let glossary = crate::Settings::of(self.core).glossary().await?;
        let units: Vec<Unit> = htmls
            .iter()
            .map(|h| Unit::new(h.clone(), &glossary, lang))
            .collect();
        let mut done: Vec<Option<String>> = vec![None; units.len()];
        {
            let mut conn = self.store().reader().await?;
            let hashes: Vec<String> = units.iter().map(|u| u.hash.clone()).collect();
            for engine in chain.engine_ids() {
                let found: HashMap<String, (String, String)> =
                    gazette_store::translations::memory(&mut conn, engine, lang, &hashes).await?;
                for (i, u) in units.iter().enumerate() {
                    if done[i].is_none()
                        && let Some((text, _)) = found.get(&u.hash)
                    {
                        done[i] = check_segment(&u.html, text, source_lang, lang).ok();
                    }
                }
            }
            // What an engine no longer in the chain made still reads better than the original
            // (the demo's shipped Apertium answers, with no engine running).
            let left: Vec<String> = units
                .iter()
                .zip(&done)
                .filter(|(_, d)| d.is_none())
                .map(|(u, _)| u.hash.clone())
                .collect();
            if !left.is_empty() {
                let found =
                    gazette_store::translations::memory_of_any_engine(&mut conn, lang, &left)
                        .await?;
                for (i, u) in units.iter().enumerate() {
                    if done[i].is_none()
                        && let Some((text, _, _)) = found.get(&u.hash)
                    {
                        done[i] = check_segment(&u.html, text, source_lang, lang).ok();
                    }
                }
            }
        }
        let misses: Vec<usize> = (0..units.len()).filter(|&i| done[i].is_none()).collect();
        if !misses.is_empty() {
            if engines == EngineUse::MemoryOnly || chain.engine_ids().is_empty() {
                return Ok(None);
            }
            let sent: Vec<String> = misses.iter().map(|&i| units[i].html.clone()).collect();
            let outcomes = match translate_segments(&chain, &glossary, source_lang, lang, &sent)
                .await
            {
                Ok(Some(translated)) => translated.outcomes,
                Ok(None) => Vec::new(),
                Err(error) => {
                    // The original goes out instead; the edition does not wait for an engine.
                    tracing::warn!(lang, %error, "newsletter text not translated; the original is used");
                    return Ok(None);
                }
            };
            let mut tx = self.store().begin().await?;
            for (&i, outcome) in misses.iter().zip(outcomes) {
                if let Outcome::Translated {
                    html, provenance, ..
                } = outcome
                {
                    gazette_store::translations::remember(
                        &mut tx,
                        &provenance.engine_id,
                        lang,
                        &units[i].hash,
                        &html,
                        &provenance.model,
                        now(),
                    )
                    .await?;
                    done[i] = Some(html);
                }
            }
            tx.commit().await?;
        }
        Ok(done.into_iter().collect())
    }

    /// The memory's translations into `lang` of a snippet's segments (`text`, or `html` cut
    /// as for translating), from whichever engine made them: what the demo ships for its
    /// newsletter edition. Segments not in the memory are left out.
    pub(crate) async fn remembered_segments(
        &self,
        snippet: Snippet<'_>,
        lang: &str,
    ) -> AppResult<Vec<RememberedSegment>> {
        let glossary = crate::Settings::of(self.core).glossary().await?;
        let units: Vec<Unit> = snippet
            .segments()
            .into_iter()
            .map(|h| Unit::new(h, &glossary, lang))
            .collect();
        let hashes: Vec<String> = units.iter().map(|u| u.hash.clone()).collect();
        let mut conn = self.store().reader().await?;
        let found =
            gazette_store::translations::memory_of_any_engine(&mut conn, lang, &hashes).await?;
        Ok(units
            .into_iter()
            .filter_map(|u| {
                let (translated, engine, model) = found.get(&u.hash)?.clone();
                Some(RememberedSegment {
                    source: u.html,
                    translated,
                    engine,
                    model,
                })
            })
            .collect())
    }

    /// Puts segments translated elsewhere (the demo's shipped ones) into the memory, each
    /// checked as an engine's answer is; returns how many were kept.
    pub(crate) async fn remember_segments(
        &self,
        source_lang: &str,
        lang: &str,
        segments: &[RememberedSegment],
    ) -> AppResult<usize> {
        let glossary = crate::Settings::of(self.core).glossary().await?;
        let mut tx = self.store().begin().await?;
        let mut kept = 0;
        for s in segments {
            let unit = Unit::new(s.source.clone(), &glossary, lang);
            match check_segment(&unit.html, &s.translated, source_lang, lang) {
                Ok(text) => {
                    gazette_store::translations::remember(
                        &mut tx,
                        &s.engine,
                        lang,
                        &unit.hash,
                        &text,
                        &s.model,
                        now(),
                    )
                    .await?;
                    kept += 1;
                }
                Err(problem) => {
                    tracing::warn!(lang, %problem, "a remembered segment was refused");
                }
            }
        }
        tx.commit().await?;
        Ok(kept)
    }
}

/// A short text as the snippets cut it into segments.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Snippet<'a> {
    /// A line of plain text (a subject): one segment.
    Text(&'a str),
    /// Sanitised HTML (an introduction): its segments.
    Html(&'a str),
}

impl Snippet<'_> {
    fn segments(self) -> Vec<String> {
        match self {
            Self::Text(text) => vec![text_to_html(text)],
            Self::Html(html) => segment(html).texts(),
        }
    }
}

/// One segment and its translation, as the memory keeps it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct RememberedSegment {
    pub source: String,
    pub translated: String,
    pub engine: String,
    pub model: String,
}

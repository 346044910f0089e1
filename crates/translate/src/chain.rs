//! Which engines translate into which language, in what order.
//!
//! A [`Router`] maps a target language to a [`FallbackChain`], an ordered list of engines (for
//! example DeepL where it has the language, LibreTranslate for the rest). The chain asks each
//! engine in turn: an engine that cannot serve the request for good (unsupported language,
//! quota used up, bad key, unusable output) hands over to the next one; a temporary failure
//! (rate limit, timeout, server error) stops the chain and is returned as retryable, so the
//! job runs again later with the preferred engine rather than silently switching quality for
//! a minute's outage. [`ChainOutput::provenance`] says which engine and model translated.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::engine::apertium::ApertiumConfig;
use crate::engine::deepl::DeepLConfig;
use crate::engine::libretranslate::LibreTranslateConfig;
use crate::engine::openai::OpenAiConfig;
use crate::engine::{
    Apertium, Batch, BuildError, DeepL, Engine, EngineError, LibreTranslate, OpenAiChat,
};

/// Which engine and model made a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The id the engine was configured under (`deepl`, `libre-eu`…).
    pub engine_id: String,
    /// The kind of engine (`deepl`, `libretranslate`, `openai`, `apertium`).
    pub engine: String,
    pub model: String,
}

/// A chain's answer: one translation per segment and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainOutput {
    pub texts: Vec<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("no translation engine is configured for {target}")]
    NoEngine { target: String },
    #[error("{0} (retryable)")]
    Retryable(EngineError),
    #[error("no engine could translate {source_lang} to {target_lang}: {}", list(.attempts))]
    Exhausted {
        source_lang: String,
        target_lang: String,
        attempts: Vec<EngineError>,
    },
}

fn list(errors: &[EngineError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl ChainError {
    pub fn is_retryable(&self) -> bool {
        matches!(self, ChainError::Retryable(_))
    }

    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            ChainError::Retryable(e) => e.retry_after(),
            _ => None,
        }
    }
}

/// An ordered list of engines for one target language.
#[derive(Clone)]
pub struct FallbackChain {
    engines: Vec<(String, Arc<dyn Engine>)>,
}

impl std::fmt::Debug for FallbackChain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.engines.iter().map(|(id, _)| id))
            .finish()
    }
}

impl FallbackChain {
    pub fn new(engines: Vec<(String, Arc<dyn Engine>)>) -> Self {
        Self { engines }
    }

    pub fn engine_ids(&self) -> Vec<&str> {
        self.engines.iter().map(|(id, _)| id.as_str()).collect()
    }

    /// The chain without the engines configured under `ids`, or `None` when nothing would be
    /// left.
    pub fn without(&self, ids: &[String]) -> Option<FallbackChain> {
        let engines: Vec<_> = self
            .engines
            .iter()
            .filter(|(id, _)| !ids.contains(id))
            .cloned()
            .collect();
        (!engines.is_empty()).then_some(FallbackChain { engines })
    }

    /// Translates `segments` with the first engine that can.
    pub async fn translate(
        &self,
        source: &str,
        target: &str,
        segments: &[String],
    ) -> Result<ChainOutput, ChainError> {
        if self.engines.is_empty() {
            return Err(ChainError::NoEngine {
                target: target.into(),
            });
        }
        let mut attempts = Vec::new();
        for (id, engine) in &self.engines {
            if !engine.supports(source, target) {
                attempts.push(EngineError::UnsupportedLanguage {
                    engine: engine.name().into(),
                    source_lang: source.into(),
                    target_lang: target.into(),
                });
                continue;
            }
            let batch = Batch {
                source,
                target,
                segments,
            };
            match engine.translate(batch).await {
                // The engines check this themselves; the chain does not trust a new one to.
                Ok(out) if out.texts.len() != segments.len() => {
                    attempts.push(EngineError::WrongCount {
                        engine: engine.name().into(),
                        expected: segments.len(),
                        got: out.texts.len(),
                    });
                }
                Ok(out) => {
                    return Ok(ChainOutput {
                        texts: out.texts,
                        provenance: Provenance {
                            engine_id: id.clone(),
                            engine: engine.name().into(),
                            model: out.model,
                        },
                    });
                }
                Err(e) if e.is_retryable() => {
                    tracing::warn!(engine = id.as_str(), error = %e, "translation engine temporarily failing");
                    return Err(ChainError::Retryable(e));
                }
                Err(e) => {
                    tracing::info!(engine = id.as_str(), error = %e, "translation engine cannot serve this request, trying the next");
                    attempts.push(e);
                }
            }
        }
        Err(ChainError::Exhausted {
            source_lang: source.into(),
            target_lang: target.into(),
            attempts,
        })
    }
}

/// Engines by id and the chain each target language uses.
#[derive(Clone, Default)]
pub struct Router {
    engines: BTreeMap<String, Arc<dyn Engine>>,
    default: Vec<String>,
    languages: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    Engine(#[from] BuildError),
    #[error("route {route:?} names engine {engine:?}, which is not configured")]
    UnknownEngine { route: String, engine: String },
    #[error("route for unknown language {0:?}")]
    UnknownLanguage(String),
}

/// The `[translate]` configuration: engines by id, a default chain and per-language chains.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslateConfig {
    #[serde(default)]
    pub engines: BTreeMap<String, EngineConfig>,
    /// The chain for languages without their own.
    #[serde(default)]
    pub default: Vec<String>,
    /// BCP-47 tag → chain of engine ids.
    #[serde(default)]
    pub languages: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum EngineConfig {
    Libretranslate(LibreTranslateConfig),
    Deepl(DeepLConfig),
    Openai(OpenAiConfig),
    Apertium(ApertiumConfig),
}

impl EngineConfig {
    pub fn build(self) -> Result<Arc<dyn Engine>, BuildError> {
        Ok(match self {
            EngineConfig::Libretranslate(c) => Arc::new(LibreTranslate::new(c)?),
            EngineConfig::Deepl(c) => Arc::new(DeepL::new(c)?),
            EngineConfig::Openai(c) => Arc::new(OpenAiChat::new(c)?),
            EngineConfig::Apertium(c) => Arc::new(Apertium::new(c)?),
        })
    }
}

impl Router {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_config(config: TranslateConfig) -> Result<Self, ConfigError> {
        let mut router = Router::new();
        for (id, engine) in config.engines {
            router.engines.insert(id, engine.build()?);
        }
        let routes = std::iter::once(("default".to_string(), &config.default))
            .chain(config.languages.iter().map(|(l, c)| (l.clone(), c)));
        for (route, chain) in routes {
            if route != "default" && crate::languages::lookup(&route).is_none() {
                return Err(ConfigError::UnknownLanguage(route));
            }
            if let Some(engine) = chain.iter().find(|e| !router.engines.contains_key(*e)) {
                return Err(ConfigError::UnknownEngine {
                    route,
                    engine: engine.clone(),
                });
            }
        }
        router.default = config.default;
        router.languages = config.languages;
        Ok(router)
    }

    pub fn with_engine(mut self, id: impl Into<String>, engine: Arc<dyn Engine>) -> Self {
        self.engines.insert(id.into(), engine);
        self
    }

    pub fn with_default(mut self, chain: &[&str]) -> Self {
        self.default = chain.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn with_language(mut self, lang: &str, chain: &[&str]) -> Self {
        self.languages
            .insert(lang.into(), chain.iter().map(|s| s.to_string()).collect());
        self
    }

    /// The chain for `target`: its own route, else its primary language's (`pt` for `pt-BR`),
    /// else the default. Ids without an engine are skipped.
    pub fn chain_for(&self, target: &str) -> FallbackChain {
        let find = |tag: &str| {
            self.languages
                .iter()
                .find(|(l, _)| l.eq_ignore_ascii_case(tag))
                .map(|(_, c)| c)
        };
        let ids = find(target)
            .or_else(|| find(crate::languages::primary_subtag(target)))
            .unwrap_or(&self.default);
        FallbackChain::new(
            ids.iter()
                .filter_map(|id| self.engines.get(id).map(|e| (id.clone(), e.clone())))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_builds_routes_and_rejects_unknown_engines() {
        let json = serde_json::json!({
            "engines": {
                "deepl": {"kind": "deepl", "api_key": "k:fx"},
                "libre": {"kind": "libretranslate", "url": "http://127.0.0.1:5000"}
            },
            "default": ["libre"],
            "languages": {"de": ["deepl", "libre"]}
        });
        let config: TranslateConfig = serde_json::from_value(json).unwrap();
        let router = Router::from_config(config).unwrap();
        assert_eq!(router.chain_for("de-AT").engine_ids(), ["deepl", "libre"]);
        assert_eq!(router.chain_for("sw").engine_ids(), ["libre"]);

        let bad = serde_json::json!({"default": ["nope"]});
        let config: TranslateConfig = serde_json::from_value(bad).unwrap();
        assert!(matches!(
            Router::from_config(config),
            Err(ConfigError::UnknownEngine { .. })
        ));
        let typo = serde_json::json!({"engines": {"x": {"kind": "apertium", "url": "http://a", "urll": 1}}});
        assert!(serde_json::from_value::<TranslateConfig>(typo).is_err());
    }

    #[test]
    fn api_keys_are_redacted_in_debug() {
        let config = DeepLConfig::new("secret-key");
        assert!(!format!("{config:?}").contains("secret-key"));
    }
}

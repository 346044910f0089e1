//! LibreTranslate (self-hosted Argos Translate models) through its `/translate` API.
//!
//! Request: `POST {url}/translate` with a JSON body `{"q": [...], "source", "target",
//! "format": "html", "api_key"}`; with `q` an array the answer is `{"translatedText": [...]}`
//! in the same order. Errors come as `{"error": "..."}`: 400 for a bad request (including a
//! language the server has no model for), 403 for a missing or wrong API key (or a banned
//! client), 429 when the server's rate limit is reached, 500 when translation failed.
//! LibreTranslate does not say which model translated; the configured `model` label (default
//! `argos`) is recorded.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{
    Batch, BoxFuture, BuildError, Engine, EngineError, EngineOutput, Secret, check_count,
    default_timeout_secs, endpoint, excerpt, http_client, parse_base, parse_json, send,
};

pub(crate) const NAME: &str = "libretranslate";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibreTranslateConfig {
    pub url: String,
    #[serde(default)]
    pub api_key: Option<Secret>,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// Segments per request; servers started with `--batch-limit` reject larger batches.
    #[serde(default = "default_batch")]
    pub max_batch: usize,
    /// What to record as the model, since the API does not report one.
    #[serde(default = "default_model")]
    pub model: String,
    /// BCP-47 tag → the server's code, where the default mapping is wrong for it.
    #[serde(default)]
    pub language_codes: BTreeMap<String, String>,
}

fn default_batch() -> usize {
    16
}

fn default_model() -> String {
    "argos".into()
}

impl LibreTranslateConfig {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            api_key: None,
            timeout_secs: default_timeout_secs(),
            max_batch: default_batch(),
            model: default_model(),
            language_codes: BTreeMap::new(),
        }
    }
}

pub struct LibreTranslate {
    url: url::Url,
    api_key: Option<Secret>,
    timeout: Duration,
    max_batch: usize,
    model: String,
    language_codes: BTreeMap<String, String>,
    client: reqwest::Client,
}

#[derive(Serialize)]
struct Request<'a> {
    q: &'a [String],
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
struct Response {
    #[serde(rename = "translatedText")]
    translated_text: TranslatedText,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TranslatedText {
    Many(Vec<String>),
    One(String),
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

/// LibreTranslate's language codes: ISO 639-1, with `zh` and `zt` for simplified and
/// traditional Chinese. Servers with newer model sets name some languages differently, which
/// `language_codes` in the configuration overrides.
fn default_code(tag: &str) -> String {
    match crate::languages::lookup(tag).map(|l| l.code) {
        Some("zh-Hans") => "zh".into(),
        Some("zh-Hant") => "zt".into(),
        Some(code) => crate::languages::primary_subtag(code).to_string(),
        None => crate::languages::primary_subtag(tag).to_ascii_lowercase(),
    }
}

impl LibreTranslate {
    pub fn new(config: LibreTranslateConfig) -> Result<Self, BuildError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        Ok(Self {
            url: endpoint(&parse_base(NAME, &config.url)?, "translate"),
            api_key: config.api_key.filter(|k| !k.expose().is_empty()),
            timeout,
            max_batch: config.max_batch.max(1),
            model: config.model,
            language_codes: config.language_codes,
            client: http_client(NAME, timeout)?,
        })
    }

    fn code(&self, tag: &str) -> String {
        self.language_codes
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(tag))
            .map_or_else(|| default_code(tag), |(_, v)| v.clone())
    }

    async fn translate_chunk(
        &self,
        source: &str,
        target: &str,
        segments: &[String],
    ) -> Result<Vec<String>, EngineError> {
        let (source_code, target_code) = (self.code(source), self.code(target));
        let body = Request {
            q: segments,
            source: &source_code,
            target: &target_code,
            format: "html",
            api_key: self.api_key.as_ref().map(Secret::expose),
        };
        let (status, headers, bytes) = send(
            NAME,
            self.timeout,
            self.client.post(self.url.clone()).json(&body),
        )
        .await?;
        if status == 200 {
            let texts = match parse_json::<Response>(NAME, &bytes)?.translated_text {
                TranslatedText::Many(texts) => texts,
                // A server that ignores the array form answers with one string.
                TranslatedText::One(text) => vec![text],
            };
            check_count(NAME, segments.len(), &texts)?;
            return Ok(texts);
        }
        let message = serde_json::from_slice::<ErrorBody>(&bytes)
            .map(|e| e.error)
            .unwrap_or_else(|_| excerpt(&bytes));
        Err(match status {
            400 if message.to_ascii_lowercase().contains("not supported") => {
                EngineError::UnsupportedLanguage {
                    engine: NAME.into(),
                    source_lang: source.into(),
                    target_lang: target.into(),
                }
            }
            _ => super::status_error(NAME, status, message, &headers),
        })
    }
}

impl Engine for LibreTranslate {
    fn name(&self) -> &str {
        NAME
    }

    fn supports(&self, _source: &str, _target: &str) -> bool {
        // The installed models vary per server; it says so with a 400 if not.
        true
    }

    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>> {
        Box::pin(async move {
            let mut texts = Vec::with_capacity(batch.segments.len());
            for chunk in batch.segments.chunks(self.max_batch) {
                texts.extend(
                    self.translate_chunk(batch.source, batch.target, chunk)
                        .await?,
                );
            }
            Ok(EngineOutput {
                texts,
                model: self.model.clone(),
            })
        })
    }
}

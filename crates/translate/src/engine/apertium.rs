//! Apertium APy, the HTTP server in front of Apertium's rule-based pairs (Debian packages
//! `apertium-apy` and pairs such as `apertium-eng-spa`): offline translation for the pairs
//! installed.
//!
//! `POST {url}/translate` with form fields `langpair=eng|spa` (ISO 639-3 codes), `q` (one text),
//! `markUnknown=no` (else unknown words come back with a `*`), `deformat=html` and
//! `reformat=html-noent` (APy's HTML deformatter, writing non-ASCII text as characters rather
//! than entities). The answer is `{"responseData": {"translatedText": "..."}, "responseStatus":
//! 200}`; errors are `{"status": "error", "code", "message", "explanation"}`, with 400 and
//! "That pair is not installed" for a pair the server lacks. APy translates one text per
//! request, so a batch is sent segment by segment. The model recorded is the pair,
//! `apertium:eng-spa`.

use std::time::Duration;

use serde::Deserialize;

use super::{
    Batch, BoxFuture, BuildError, Engine, EngineError, EngineOutput, default_timeout_secs,
    endpoint, excerpt, http_client, parse_base, parse_json, send,
};

const NAME: &str = "apertium";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApertiumConfig {
    pub url: String,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
}

impl ApertiumConfig {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            timeout_secs: default_timeout_secs(),
        }
    }
}

pub struct Apertium {
    url: url::Url,
    timeout: Duration,
    client: reqwest::Client,
}

#[derive(Deserialize)]
struct Response {
    #[serde(rename = "responseData")]
    response_data: ResponseData,
}

#[derive(Deserialize)]
struct ResponseData {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    message: String,
}

/// Apertium's code for a BCP-47 tag: the language's ISO 639-3 code.
pub fn code(tag: &str) -> Option<&'static str> {
    crate::languages::lookup(tag).map(|l| l.iso639_3)
}

impl Apertium {
    pub fn new(config: ApertiumConfig) -> Result<Self, BuildError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        Ok(Self {
            url: endpoint(&parse_base(NAME, &config.url)?, "translate"),
            timeout,
            client: http_client(NAME, timeout)?,
        })
    }

    async fn translate_one(
        &self,
        pair: &str,
        batch: &Batch<'_>,
        text: &str,
    ) -> Result<String, EngineError> {
        let form = [
            ("langpair", pair),
            ("q", text),
            ("markUnknown", "no"),
            ("deformat", "html"),
            ("reformat", "html-noent"),
        ];
        let (status, headers, bytes) = send(
            NAME,
            self.timeout,
            self.client.post(self.url.clone()).form(&form),
        )
        .await?;
        if status == 200 {
            return Ok(parse_json::<Response>(NAME, &bytes)?
                .response_data
                .translated_text);
        }
        let message = serde_json::from_slice::<ErrorBody>(&bytes)
            .map(|e| {
                if e.explanation.is_empty() {
                    e.message
                } else {
                    e.explanation
                }
            })
            .unwrap_or_else(|_| excerpt(&bytes));
        Err(match status {
            400 if message.contains("pair") => EngineError::UnsupportedLanguage {
                engine: NAME.into(),
                source_lang: batch.source.into(),
                target_lang: batch.target.into(),
            },
            _ => super::status_error(NAME, status, message, &headers),
        })
    }
}

impl Engine for Apertium {
    fn name(&self) -> &str {
        NAME
    }

    fn supports(&self, source: &str, target: &str) -> bool {
        code(source).is_some() && code(target).is_some()
    }

    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>> {
        Box::pin(async move {
            let (Some(source), Some(target)) = (code(batch.source), code(batch.target)) else {
                return Err(EngineError::UnsupportedLanguage {
                    engine: NAME.into(),
                    source_lang: batch.source.into(),
                    target_lang: batch.target.into(),
                });
            };
            let pair = format!("{source}|{target}");
            let mut texts = Vec::with_capacity(batch.segments.len());
            for segment in batch.segments {
                texts.push(self.translate_one(&pair, &batch, segment).await?);
            }
            Ok(EngineOutput {
                texts,
                model: format!("apertium:{source}-{target}"),
            })
        })
    }
}

//! DeepL API v2: `POST {url}/v2/translate`.
//!
//! The request is JSON with `Authorization: DeepL-Auth-Key {key}`: `text` (an array, at most
//! 50 entries), `target_lang`, `source_lang`, `tag_handling: "html"`. The whole request may be
//! at most 128 KiB, so a batch is cut by both limits. DeepL leaves elements marked
//! `translate="no"` or `class="notranslate"` untranslated in HTML mode, which is what glossary
//! placeholders carry. The answer is `{"translations": [{"detected_source_language", "text"}]}`
//! in request order; errors carry `{"message": "..."}`: 400 bad request (an unsupported
//! `target_lang` among them), 403 bad key, 413 request too large, 429 too many requests,
//! 456 quota exceeded, 5xx temporary trouble.
//!
//! Target codes are upper case with variants where DeepL requires them (`EN-GB`/`EN-US`,
//! `PT-PT`/`PT-BR`, `ZH-HANS`/`ZH-HANT`); source codes have no variant.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{
    Batch, BoxFuture, BuildError, Engine, EngineError, EngineOutput, Secret, check_count,
    default_timeout_secs, endpoint, excerpt, http_client, parse_base, parse_json, send,
};

pub(crate) const NAME: &str = "deepl";

/// DeepL's documented limits per request.
pub const MAX_TEXTS: usize = 50;
pub const MAX_REQUEST_BYTES: usize = 128 * 1024;

/// The target languages of DeepL's long-standing list (with HTML tag handling). Newer
/// languages can be added with `extra_targets` in the configuration.
const TARGETS: &[&str] = &[
    "AR", "BG", "CS", "DA", "DE", "EL", "EN-GB", "EN-US", "ES", "ET", "FI", "FR", "HU", "ID", "IT",
    "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT-BR", "PT-PT", "RO", "RU", "SK", "SL", "SV", "TR",
    "UK", "ZH-HANS", "ZH-HANT",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeepLConfig {
    pub api_key: Secret,
    /// Defaults to the free API for keys ending in `:fx`, the Pro API otherwise.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// DeepL's `model_type` (`quality_optimized`, `latency_optimized`…); unset uses the
    /// account's default.
    #[serde(default)]
    pub model_type: Option<String>,
    /// Target codes (DeepL's spelling) to accept beyond the built-in list.
    #[serde(default)]
    pub extra_targets: Vec<String>,
}

impl DeepLConfig {
    pub fn new(api_key: impl Into<String>) -> Self {
        Self {
            api_key: Secret::new(api_key),
            url: None,
            timeout_secs: default_timeout_secs(),
            model_type: None,
            extra_targets: Vec::new(),
        }
    }
}

pub struct DeepL {
    url: url::Url,
    api_key: Secret,
    timeout: Duration,
    model_type: Option<String>,
    extra_targets: Vec<String>,
    client: reqwest::Client,
}

#[derive(Serialize)]
struct Request<'a> {
    text: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    source_lang: Option<&'a str>,
    target_lang: &'a str,
    tag_handling: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    model_type: Option<&'a str>,
}

#[derive(Deserialize)]
struct Response {
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    text: String,
    #[serde(default)]
    model_type_used: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: String,
}

/// DeepL's target code for a BCP-47 tag.
pub fn target_code(tag: &str) -> String {
    let code = crate::languages::lookup(tag).map_or(tag, |l| l.code);
    let lower = tag.to_ascii_lowercase();
    match code {
        // DeepL no longer takes a bare EN or PT as a target.
        "en" if lower == "en-gb" => "EN-GB".into(),
        "en" => "EN-US".into(),
        "pt" => "PT-PT".into(),
        "pt-BR" => "PT-BR".into(),
        "zh-Hans" => "ZH-HANS".into(),
        "zh-Hant" => "ZH-HANT".into(),
        other => crate::languages::primary_subtag(other).to_ascii_uppercase(),
    }
}

/// DeepL's source code: the language without its variant.
pub fn source_code(tag: &str) -> String {
    let code = crate::languages::lookup(tag).map_or(tag, |l| l.code);
    crate::languages::primary_subtag(code).to_ascii_uppercase()
}

/// Cuts `segments` into request-sized runs: at most [`MAX_TEXTS`] texts and an estimated body
/// of at most `max_bytes`. A single segment over the size limit goes alone (DeepL will answer
/// 413, which is the honest error for it).
pub fn plan_batches(segments: &[String], max_bytes: usize) -> Vec<std::ops::Range<usize>> {
    // Room for the other fields of the JSON body.
    const OVERHEAD: usize = 256;
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = OVERHEAD;
    for (i, s) in segments.iter().enumerate() {
        // A JSON string is at least its length plus quotes; escapes only add to it.
        let len = serde_json::to_string(s).map_or(s.len() + 2, |j| j.len()) + 1;
        if i > start && (i - start == MAX_TEXTS || size + len > max_bytes) {
            out.push(start..i);
            start = i;
            size = OVERHEAD;
        }
        size += len;
    }
    if start < segments.len() {
        out.push(start..segments.len());
    }
    out
}

impl DeepL {
    pub fn new(config: DeepLConfig) -> Result<Self, BuildError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        let base = match &config.url {
            Some(url) => url.clone(),
            None if config.api_key.expose().ends_with(":fx") => "https://api-free.deepl.com".into(),
            None => "https://api.deepl.com".into(),
        };
        Ok(Self {
            url: endpoint(&parse_base(NAME, &base)?, "v2/translate"),
            api_key: config.api_key,
            timeout,
            model_type: config.model_type,
            extra_targets: config
                .extra_targets
                .iter()
                .map(|t| t.to_ascii_uppercase())
                .collect(),
            client: http_client(NAME, timeout)?,
        })
    }

    async fn translate_chunk(
        &self,
        source: &str,
        target: &str,
        segments: &[String],
    ) -> Result<(Vec<String>, Option<String>), EngineError> {
        let source_lang = source_code(source);
        let target_lang = target_code(target);
        let body = Request {
            text: segments,
            source_lang: Some(&source_lang),
            target_lang: &target_lang,
            tag_handling: "html",
            model_type: self.model_type.as_deref(),
        };
        let request = self
            .client
            .post(self.url.clone())
            .header(
                reqwest::header::AUTHORIZATION,
                format!("DeepL-Auth-Key {}", self.api_key.expose()),
            )
            .json(&body);
        let (status, headers, bytes) = send(NAME, self.timeout, request).await?;
        if status == 200 {
            let response: Response = parse_json(NAME, &bytes)?;
            let model = response
                .translations
                .first()
                .and_then(|t| t.model_type_used.clone());
            let texts: Vec<String> = response.translations.into_iter().map(|t| t.text).collect();
            check_count(NAME, segments.len(), &texts)?;
            return Ok((texts, model));
        }
        let message = serde_json::from_slice::<ErrorBody>(&bytes)
            .map(|e| e.message)
            .unwrap_or_else(|_| excerpt(&bytes));
        Err(match status {
            400 if message.contains("not supported") => EngineError::UnsupportedLanguage {
                engine: NAME.into(),
                source_lang: source.into(),
                target_lang: target.into(),
            },
            456 => EngineError::QuotaExceeded {
                engine: NAME.into(),
                message,
            },
            _ => super::status_error(NAME, status, message, &headers),
        })
    }
}

impl Engine for DeepL {
    fn name(&self) -> &str {
        NAME
    }

    fn supports(&self, _source: &str, target: &str) -> bool {
        let code = target_code(target);
        TARGETS.contains(&code.as_str()) || self.extra_targets.contains(&code)
    }

    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>> {
        Box::pin(async move {
            if !self.supports(batch.source, batch.target) {
                return Err(EngineError::UnsupportedLanguage {
                    engine: NAME.into(),
                    source_lang: batch.source.into(),
                    target_lang: batch.target.into(),
                });
            }
            let mut texts = Vec::with_capacity(batch.segments.len());
            let mut model = None;
            for range in plan_batches(batch.segments, MAX_REQUEST_BYTES) {
                let (chunk, used) = self
                    .translate_chunk(batch.source, batch.target, &batch.segments[range])
                    .await?;
                texts.extend(chunk);
                model = model.or(used);
            }
            Ok(EngineOutput {
                texts,
                model: model
                    .or_else(|| self.model_type.clone())
                    .unwrap_or_else(|| "deepl-v2".into()),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_targets_to_deepl_variants() {
        assert_eq!(target_code("en"), "EN-US");
        assert_eq!(target_code("en-GB"), "EN-GB");
        assert_eq!(target_code("pt"), "PT-PT");
        assert_eq!(target_code("pt-BR"), "PT-BR");
        assert_eq!(target_code("zh-TW"), "ZH-HANT");
        assert_eq!(target_code("de"), "DE");
        assert_eq!(source_code("pt-BR"), "PT");
    }

    #[test]
    fn batches_respect_count_and_size_limits() {
        let small: Vec<String> = (0..120).map(|i| format!("s{i}")).collect();
        let plan = plan_batches(&small, MAX_REQUEST_BYTES);
        assert_eq!(plan, [0..50, 50..100, 100..120]);

        let big: Vec<String> = (0..5).map(|_| "x".repeat(50_000)).collect();
        let plan = plan_batches(&big, MAX_REQUEST_BYTES);
        assert_eq!(plan, [0..2, 2..4, 4..5]);
    }
}

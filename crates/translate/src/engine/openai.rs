//! Any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp's server, hosted
//! APIs): `POST {url}/v1/chat/completions`.
//!
//! The request carries `model`, `messages` (a system prompt, then the segments as one JSON
//! array of strings) and `temperature: 0`, with `Authorization: Bearer {key}` when a key is
//! configured. The prompt asks for a JSON array of the same length back, markup kept and
//! `translate="no"` elements (the glossary's placeholders) copied whole. Models wrap their
//! answer in prose or code fences often enough that the array is looked for tolerantly; an
//! answer with no array, or one of the wrong length, is an error. The `model` of the response
//! is what gets recorded. Errors follow OpenAI's `{"error": {"message", "type", "code"}}`:
//! 401 bad key, 404 unknown model, 429 rate limit (or, with code `insufficient_quota`, no
//! quota left), 5xx server trouble.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{
    Batch, BoxFuture, BuildError, Engine, EngineError, EngineOutput, Secret, default_timeout_secs,
    endpoint, excerpt, http_client, parse_base, parse_json, send,
};

pub(crate) const NAME: &str = "openai";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenAiConfig {
    /// The server's base, without `/v1` (e.g. `http://127.0.0.1:11434` for Ollama).
    pub url: String,
    pub model: String,
    #[serde(default)]
    pub api_key: Option<Secret>,
    /// Local models are slow: the default allows two minutes per request.
    #[serde(default = "default_llm_timeout_secs")]
    pub timeout_secs: u64,
    /// Segments per request; small batches keep a model from losing count.
    #[serde(default = "default_batch")]
    pub max_batch: usize,
}

fn default_llm_timeout_secs() -> u64 {
    default_timeout_secs() * 4
}

fn default_batch() -> usize {
    8
}

impl OpenAiConfig {
    pub fn new(url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            model: model.into(),
            api_key: None,
            timeout_secs: default_llm_timeout_secs(),
            max_batch: default_batch(),
        }
    }
}

pub struct OpenAiChat {
    url: url::Url,
    model: String,
    api_key: Option<Secret>,
    timeout: Duration,
    max_batch: usize,
    client: reqwest::Client,
}

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    messages: [Message; 2],
    temperature: f32,
    stream: bool,
}

#[derive(Serialize)]
struct Message {
    role: &'static str,
    content: String,
}

#[derive(Deserialize)]
struct Response {
    #[serde(default)]
    model: Option<String>,
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: ChoiceMessage,
}

#[derive(Deserialize)]
struct ChoiceMessage {
    #[serde(default)]
    content: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(default)]
    message: String,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    code: Option<serde_json::Value>,
}

fn language_name(tag: &str) -> String {
    crate::languages::lookup(tag).map_or_else(
        || tag.to_string(),
        |l| {
            if l.english_name == l.native_name {
                l.english_name.to_string()
            } else {
                format!("{} ({})", l.english_name, l.native_name)
            }
        },
    )
}

/// The system prompt. It is the whole contract with the model, so it says everything the
/// checks afterwards will hold the answer to.
pub fn system_prompt(source: &str, target: &str) -> String {
    format!(
        "You are a professional translator for a news publication. The user sends a JSON array \
         of strings; each string is a fragment of an article in {source} as HTML. Translate \
         every string into {target}.\n\
         Rules:\n\
         1. Answer with only a JSON array of strings with exactly as many entries as the input, \
         in the same order: no explanations, no code fences.\n\
         2. Keep every HTML tag and attribute exactly as written (links with their href, em, \
         strong, q, code and the rest); translate only the text between tags, moving tags \
         with the words they belong to.\n\
         3. Copy every element that has translate=\"no\" unchanged, with its tags and its \
         text: these are protected names.\n\
         4. Do not add, remove or merge entries, and do not add tags.",
        source = language_name(source),
        target = language_name(target),
    )
}

/// Finds the JSON array of strings in a model's answer: the whole answer, or inside a code
/// fence, or the outermost `[...]`, or an object with one array field.
pub fn parse_answer(content: &str) -> Option<Vec<String>> {
    let trimmed = content.trim();
    if let Ok(v) = serde_json::from_str::<Vec<String>>(trimmed) {
        return Some(v);
    }
    let unfenced = trimmed
        .strip_prefix("```json")
        .or_else(|| trimmed.strip_prefix("```"))
        .and_then(|s| s.trim_end().strip_suffix("```"))
        .map(str::trim);
    if let Some(inner) = unfenced
        && let Ok(v) = serde_json::from_str::<Vec<String>>(inner)
    {
        return Some(v);
    }
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(trimmed) {
        let mut arrays = map
            .into_iter()
            .filter_map(|(_, v)| serde_json::from_value::<Vec<String>>(v).ok());
        if let (Some(only), None) = (arrays.next(), arrays.next()) {
            return Some(only);
        }
    }
    let (start, end) = (trimmed.find('[')?, trimmed.rfind(']')?);
    if start < end {
        serde_json::from_str::<Vec<String>>(&trimmed[start..=end]).ok()
    } else {
        None
    }
}

impl OpenAiChat {
    pub fn new(config: OpenAiConfig) -> Result<Self, BuildError> {
        let timeout = Duration::from_secs(config.timeout_secs.max(1));
        Ok(Self {
            url: endpoint(&parse_base(NAME, &config.url)?, "v1/chat/completions"),
            model: config.model,
            api_key: config.api_key.filter(|k| !k.expose().is_empty()),
            timeout,
            max_batch: config.max_batch.max(1),
            client: http_client(NAME, timeout)?,
        })
    }

    async fn translate_chunk(
        &self,
        source: &str,
        target: &str,
        segments: &[String],
    ) -> Result<(Vec<String>, String), EngineError> {
        let input = serde_json::to_string(segments).map_err(|e| EngineError::BadOutput {
            engine: NAME.into(),
            reason: format!("cannot encode the segments: {e}"),
        })?;
        let body = Request {
            model: &self.model,
            messages: [
                Message {
                    role: "system",
                    content: system_prompt(source, target),
                },
                Message {
                    role: "user",
                    content: input,
                },
            ],
            temperature: 0.0,
            stream: false,
        };
        let mut request = self.client.post(self.url.clone()).json(&body);
        if let Some(key) = &self.api_key {
            request = request.bearer_auth(key.expose());
        }
        let (status, headers, bytes) = send(NAME, self.timeout, request).await?;
        if status == 200 {
            let response: Response = parse_json(NAME, &bytes)?;
            let content = response
                .choices
                .into_iter()
                .next()
                .and_then(|c| c.message.content)
                .ok_or_else(|| EngineError::BadOutput {
                    engine: NAME.into(),
                    reason: "the answer has no message content".into(),
                })?;
            let texts = parse_answer(&content).ok_or_else(|| EngineError::BadOutput {
                engine: NAME.into(),
                reason: format!(
                    "no JSON array of strings in the answer: {}",
                    excerpt(content.as_bytes())
                ),
            })?;
            super::check_count(NAME, segments.len(), &texts)?;
            return Ok((texts, response.model.unwrap_or_else(|| self.model.clone())));
        }
        let detail = serde_json::from_slice::<ErrorBody>(&bytes)
            .ok()
            .map(|b| b.error);
        let message = detail
            .as_ref()
            .map_or_else(|| excerpt(&bytes), |d| d.message.clone());
        let code = detail
            .as_ref()
            .and_then(|d| d.code.as_ref().and_then(|c| c.as_str().map(str::to_owned)))
            .or_else(|| detail.as_ref().and_then(|d| d.kind.clone()))
            .unwrap_or_default();
        Err(match status {
            429 if code == "insufficient_quota" => EngineError::QuotaExceeded {
                engine: NAME.into(),
                message,
            },
            _ => super::status_error(NAME, status, message, &headers),
        })
    }
}

impl Engine for OpenAiChat {
    fn name(&self) -> &str {
        NAME
    }

    fn supports(&self, _source: &str, target: &str) -> bool {
        // A model can be asked for any language; the checks judge the answer.
        crate::languages::lookup(target).is_some()
    }

    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>> {
        Box::pin(async move {
            let mut texts = Vec::with_capacity(batch.segments.len());
            let mut model = None;
            for chunk in batch.segments.chunks(self.max_batch) {
                let (out, used) = self
                    .translate_chunk(batch.source, batch.target, chunk)
                    .await?;
                texts.extend(out);
                model.get_or_insert(used);
            }
            Ok(EngineOutput {
                texts,
                model: model.unwrap_or_else(|| self.model.clone()),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_answers_tolerantly() {
        let want = Some(vec!["a".to_string(), "b".to_string()]);
        assert_eq!(parse_answer(r#"["a","b"]"#), want);
        assert_eq!(parse_answer("```json\n[\"a\", \"b\"]\n```"), want);
        assert_eq!(parse_answer("Here you go:\n[\"a\", \"b\"]\nEnjoy."), want);
        assert_eq!(parse_answer(r#"{"translations": ["a", "b"]}"#), want);
        assert_eq!(parse_answer("Sorry, I cannot do that."), None);
        assert_eq!(parse_answer(r#"[1, 2]"#), None);
    }
}

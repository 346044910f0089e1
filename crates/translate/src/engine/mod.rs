//! The one interface every translation engine is used through, its typed errors, and what the
//! HTTP clients share.
//!
//! An [`Engine`] takes a batch of HTML segments and returns the same number of translations,
//! with the model that made them. Errors say whether trying again later can help
//! ([`EngineError::is_retryable`]: rate limits, timeouts, server trouble, with the server's
//! `Retry-After` when it sent one) or not (authentication, quota, unsupported language,
//! unusable output), which is what the fallback chain and the job runner act on.

pub mod apertium;
pub mod deepl;
pub mod libretranslate;
pub mod openai;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde::Deserialize;

pub use apertium::Apertium;
pub use deepl::DeepL;
pub use libretranslate::LibreTranslate;
pub use openai::OpenAiChat;

/// A boxed future, so that engines of different kinds can sit in one chain.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What one call to an engine translates. Languages are BCP-47 tags; each engine maps them to
/// its own codes.
#[derive(Debug, Clone, Copy)]
pub struct Batch<'a> {
    pub source: &'a str,
    pub target: &'a str,
    /// HTML fragments, one per segment.
    pub segments: &'a [String],
}

/// An engine's answer: one translation per segment, in order, and the model that made them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineOutput {
    pub texts: Vec<String>,
    pub model: String,
}

/// The name readers know an engine of this kind by ("DeepL" for `deepl`), for the notice on
/// a translated page; None for a kind Gazette does not have.
pub fn product_name(kind: &str) -> Option<&'static str> {
    match kind {
        apertium::NAME => Some("Apertium"),
        deepl::NAME => Some("DeepL"),
        libretranslate::NAME => Some("LibreTranslate"),
        openai::NAME => Some("OpenAI"),
        _ => None,
    }
}

/// A machine translation engine.
pub trait Engine: Send + Sync {
    /// The kind of engine (`"deepl"`, `"libretranslate"`, `"openai"`, `"apertium"`), recorded
    /// with every translation.
    fn name(&self) -> &str;

    /// Whether the engine can translate between these languages, as far as it knows without
    /// asking the server. A `false` here skips the engine in a chain without a request.
    fn supports(&self, source: &str, target: &str) -> bool;

    /// Translates a batch. The answer has exactly `batch.segments.len()` texts or is an error.
    fn translate<'a>(
        &'a self,
        batch: Batch<'a>,
    ) -> BoxFuture<'a, Result<EngineOutput, EngineError>>;
}

/// Why an engine did not translate a batch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("{engine}: too many requests{}", fmt_retry(.retry_after))]
    RateLimited {
        engine: String,
        retry_after: Option<Duration>,
    },
    #[error("{engine}: no answer within {timeout:?}")]
    Timeout { engine: String, timeout: Duration },
    #[error("{engine}: service unavailable ({message}){}", fmt_retry(.retry_after))]
    Unavailable {
        engine: String,
        status: Option<u16>,
        message: String,
        retry_after: Option<Duration>,
    },
    #[error("{engine}: authentication failed: {message}")]
    Auth { engine: String, message: String },
    #[error("{engine}: quota exceeded: {message}")]
    QuotaExceeded { engine: String, message: String },
    #[error("{engine}: cannot translate from {source_lang} to {target_lang}")]
    UnsupportedLanguage {
        engine: String,
        source_lang: String,
        target_lang: String,
    },
    #[error("{engine}: request rejected with status {status}: {message}")]
    Rejected {
        engine: String,
        status: u16,
        message: String,
    },
    #[error("{engine}: {expected} segments sent, {got} translations returned")]
    WrongCount {
        engine: String,
        expected: usize,
        got: usize,
    },
    #[error("{engine}: unusable answer: {reason}")]
    BadOutput { engine: String, reason: String },
}

fn fmt_retry(retry_after: &Option<Duration>) -> String {
    retry_after.map_or_else(String::new, |d| format!(", retry after {}s", d.as_secs()))
}

impl EngineError {
    /// Whether the same request may succeed later: rate limits, timeouts and server errors.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            EngineError::RateLimited { .. }
                | EngineError::Timeout { .. }
                | EngineError::Unavailable { .. }
        )
    }

    /// How long the server asked us to wait, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            EngineError::RateLimited { retry_after, .. }
            | EngineError::Unavailable { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn engine(&self) -> &str {
        match self {
            EngineError::RateLimited { engine, .. }
            | EngineError::Timeout { engine, .. }
            | EngineError::Unavailable { engine, .. }
            | EngineError::Auth { engine, .. }
            | EngineError::QuotaExceeded { engine, .. }
            | EngineError::UnsupportedLanguage { engine, .. }
            | EngineError::Rejected { engine, .. }
            | EngineError::WrongCount { engine, .. }
            | EngineError::BadOutput { engine, .. } => engine,
        }
    }
}

/// Could not set an engine up from its configuration.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("invalid URL {url:?} for engine {engine}: {reason}")]
    Url {
        engine: String,
        url: String,
        reason: String,
    },
    #[error("cannot build the HTTP client for engine {engine}: {source}")]
    Http {
        engine: String,
        source: reqwest::Error,
    },
}

/// An API key, kept out of `Debug` output and logs.
#[derive(Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(\"[redacted]\")")
    }
}

fn default_timeout_secs() -> u64 {
    30
}

pub(crate) fn parse_base(engine: &str, url: &str) -> Result<url::Url, BuildError> {
    let mut parsed = url::Url::parse(url).map_err(|e| BuildError::Url {
        engine: engine.into(),
        url: url.into(),
        reason: e.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(BuildError::Url {
            engine: engine.into(),
            url: url.into(),
            reason: "the scheme must be http or https".into(),
        });
    }
    // Joining "v2/translate" onto "https://host/prefix" would drop "prefix".
    if !parsed.path().ends_with('/') {
        let path = format!("{}/", parsed.path());
        parsed.set_path(&path);
    }
    Ok(parsed)
}

pub(crate) fn endpoint(base: &url::Url, path: &str) -> url::Url {
    base.join(path)
        .expect("a relative path without a scheme joins onto an http(s) base")
}

pub(crate) fn http_client(engine: &str, timeout: Duration) -> Result<reqwest::Client, BuildError> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .user_agent(concat!("gazette-translate/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|source| BuildError::Http {
            engine: engine.into(),
            source,
        })
}

/// `Retry-After` in seconds. The HTTP-date form is not used by any of these services.
/// What an HTTP status means for every engine, once its own cases (an unsupported language,
/// a quota) are ruled out: bad credentials, a rate limit, a server in trouble, or a refusal.
pub(crate) fn status_error(
    engine: &str,
    status: u16,
    message: String,
    headers: &reqwest::header::HeaderMap,
) -> EngineError {
    let engine = engine.to_owned();
    match status {
        401 | 403 => EngineError::Auth { engine, message },
        429 => EngineError::RateLimited {
            engine,
            retry_after: retry_after(headers),
        },
        500..=599 => EngineError::Unavailable {
            engine,
            status: Some(status),
            message,
            retry_after: retry_after(headers),
        },
        _ => EngineError::Rejected {
            engine,
            status,
            message,
        },
    }
}

pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// A failed send: timeouts are told apart from other network failures.
pub(crate) fn send_error(engine: &str, timeout: Duration, e: &reqwest::Error) -> EngineError {
    if e.is_timeout() {
        EngineError::Timeout {
            engine: engine.into(),
            timeout,
        }
    } else {
        EngineError::Unavailable {
            engine: engine.into(),
            status: None,
            message: e.to_string(),
            retry_after: None,
        }
    }
}

/// The largest response body read from an engine; anything larger is not a translation of an
/// article's segments.
const MAX_RESPONSE: usize = 16 * 1024 * 1024;

/// Sends a request and returns status, headers and body, mapping network failures.
pub(crate) async fn send(
    engine: &str,
    timeout: Duration,
    request: reqwest::RequestBuilder,
) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>), EngineError> {
    let mut response = request
        .send()
        .await
        .map_err(|e| send_error(engine, timeout, &e))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| send_error(engine, timeout, &e))?
    {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_RESPONSE {
            return Err(EngineError::BadOutput {
                engine: engine.into(),
                reason: format!("response larger than {MAX_RESPONSE} bytes"),
            });
        }
    }
    Ok((status, headers, body))
}

/// A short, printable excerpt of a body for error messages.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        out.push('…');
    }
    out
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    engine: &str,
    body: &[u8],
) -> Result<T, EngineError> {
    serde_json::from_slice(body).map_err(|e| EngineError::BadOutput {
        engine: engine.into(),
        reason: format!("not the documented JSON ({e}): {}", excerpt(body)),
    })
}

pub(crate) fn check_count(
    engine: &str,
    expected: usize,
    texts: &[String],
) -> Result<(), EngineError> {
    if texts.len() == expected {
        Ok(())
    } else {
        Err(EngineError::WrongCount {
            engine: engine.into(),
            expected,
            got: texts.len(),
        })
    }
}

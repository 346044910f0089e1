//! DeepL against a server that follows API v2's `POST /v2/translate`: JSON body,
//! `Authorization: DeepL-Auth-Key`, at most 50 texts and 128 KiB per request, `tag_handling`,
//! `{"translations": [...]}` back, and its errors (400, 403, 413, 429 with `Retry-After`, 456).

use std::time::Duration;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use gazette_translate::engine::deepl::{DeepLConfig, MAX_REQUEST_BYTES};
use gazette_translate::engine::{Batch, DeepL, Engine, EngineError};
use serde_json::{Value, json};

use crate::support::{Shared, serve, shout};

pub const KEY: &str = "dl-test-key:fx";

#[derive(Clone, Default, PartialEq)]
pub enum Mode {
    #[default]
    Normal,
    RateLimited,
    QuotaExceeded,
}

fn error(status: u16, message: &str) -> Response {
    let status = StatusCode::from_u16(status).expect("a valid status");
    (status, Json(json!({ "message": message }))).into_response()
}

async fn translate(
    State(shared): State<Shared<Mode>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        != Some(&format!("DeepL-Auth-Key {KEY}"))
    {
        return error(403, "Authorization failure, check auth_key");
    }
    if body.len() > 128 * 1024 {
        return error(413, "Request Entity Too Large");
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let Ok(request) = serde_json::from_slice::<Value>(&body) else {
        return error(400, "Bad request. Reason: Invalid JSON");
    };
    if !is_json {
        return error(400, "Bad request. Reason: Unsupported content type");
    }
    shared.log(request.clone());
    let Some(texts) = request["text"].as_array() else {
        return error(400, "Bad request. Reason: Parameter 'text' not specified.");
    };
    if texts.len() > 50 {
        return error(400, "Bad request. Reason: Too many texts");
    }
    let target = request["target_lang"].as_str().unwrap_or_default();
    if !["DE", "FR", "ES", "EN-GB", "EN-US", "PT-BR", "PT-PT"].contains(&target) {
        return error(400, "Value for 'target_lang' not supported.");
    }
    match shared.mode() {
        Mode::RateLimited => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, "7")],
                Json(json!({"message": "Too many requests"})),
            )
                .into_response();
        }
        Mode::QuotaExceeded => {
            return error(456, "Quota exceeded. The character limit has been reached.");
        }
        Mode::Normal => {}
    }
    let html = request["tag_handling"] == "html";
    let translations: Vec<Value> = texts
        .iter()
        .map(|t| {
            let t = t.as_str().unwrap_or_default();
            // Without tag handling DeepL would translate tags as text; the fake mangles them.
            let text = if html { shout(t) } else { t.to_uppercase() };
            json!({ "detected_source_language": "EN", "text": text })
        })
        .collect();
    Json(json!({ "translations": translations })).into_response()
}

pub async fn server() -> (String, Shared<Mode>) {
    let shared = Shared::<Mode>::default();
    let app = axum::Router::new()
        .route("/v2/translate", post(translate))
        .with_state(shared.clone());
    (serve(app).await, shared)
}

pub fn engine(url: &str) -> DeepL {
    let mut config = DeepLConfig::new(KEY);
    config.url = Some(url.to_string());
    config.timeout_secs = 5;
    DeepL::new(config).expect("valid test config")
}

async fn run(
    engine: &DeepL,
    target: &str,
    segments: &[String],
) -> Result<Vec<String>, EngineError> {
    engine
        .translate(Batch {
            source: "en",
            target,
            segments,
        })
        .await
        .map(|o| o.texts)
}

#[tokio::test]
async fn sends_the_documented_request() {
    let (url, shared) = server().await;
    let segments = vec!["The <em>new</em> <a href=\"https://e.org/\">law</a>".to_string()];
    let out = engine(&url)
        .translate(Batch {
            source: "en",
            target: "pt-BR",
            segments: &segments,
        })
        .await
        .unwrap();
    assert_eq!(
        out.texts,
        ["THE <em>NEW</em> <a href=\"https://e.org/\">LAW</a>"]
    );
    assert_eq!(out.model, "deepl-v2");
    let sent = &shared.logged()[0];
    assert_eq!(sent["tag_handling"], "html");
    assert_eq!(sent["target_lang"], "PT-BR");
    assert_eq!(sent["source_lang"], "EN");
    assert_eq!(sent["text"], json!(segments));
}

#[tokio::test]
async fn splits_batches_at_50_texts_and_128_kib() {
    let (url, shared) = server().await;
    let segments: Vec<String> = (0..120).map(|i| format!("Sentence number {i}.")).collect();
    let out = run(&engine(&url), "de", &segments).await.unwrap();
    assert_eq!(out.len(), 120);
    assert_eq!(out[119], "SENTENCE NUMBER 119.");
    let sizes: Vec<usize> = shared
        .logged()
        .iter()
        .map(|r| r["text"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [50, 50, 20]);

    // Three texts of 50 000 characters cannot share one 128 KiB request.
    let (url, shared) = server().await;
    let big: Vec<String> = (0..3)
        .map(|i| format!("{i}{}", "a".repeat(50_000)))
        .collect();
    let out = run(&engine(&url), "de", &big).await.unwrap();
    assert_eq!(out.len(), 3);
    assert!(out[2].starts_with("2AAA"));
    let sizes: Vec<usize> = shared
        .logged()
        .iter()
        .map(|r| r["text"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [2, 1]);
    assert!(serde_json::to_vec(&shared.logged()[0]).unwrap().len() <= MAX_REQUEST_BYTES);
}

#[tokio::test]
async fn too_many_requests_is_retryable_with_retry_after() {
    let (url, shared) = server().await;
    shared.set(Mode::RateLimited);
    let err = run(&engine(&url), "de", &["Hello there".to_string()])
        .await
        .unwrap_err();
    assert!(err.is_retryable());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
}

#[tokio::test]
async fn quota_exceeded_456_is_permanent() {
    let (url, shared) = server().await;
    shared.set(Mode::QuotaExceeded);
    let err = run(&engine(&url), "de", &["Hello there".to_string()])
        .await
        .unwrap_err();
    assert!(matches!(err, EngineError::QuotaExceeded { .. }), "{err:?}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn wrong_key_is_an_auth_error() {
    let (url, _) = server().await;
    let mut config = DeepLConfig::new("other-key");
    config.url = Some(url);
    let err = run(
        &DeepL::new(config).unwrap(),
        "de",
        &["Hello there".to_string()],
    )
    .await
    .unwrap_err();
    assert!(matches!(err, EngineError::Auth { .. }), "{err:?}");
}

#[tokio::test]
async fn unsupported_target_fails_without_a_request() {
    let (url, shared) = server().await;
    let engine = engine(&url);
    assert!(!engine.supports("en", "sw"));
    let err = run(&engine, "sw", &["Hello there".to_string()])
        .await
        .unwrap_err();
    assert!(
        matches!(err, EngineError::UnsupportedLanguage { .. }),
        "{err:?}"
    );
    assert!(shared.logged().is_empty());
    // A language DeepL's list has but this server refuses: the 400 is mapped the same way.
    let err = run(&engine, "ja", &["Hello there".to_string()])
        .await
        .unwrap_err();
    assert!(
        matches!(err, EngineError::UnsupportedLanguage { .. }),
        "{err:?}"
    );
}

//! LibreTranslate against a server that follows its `/translate` API: JSON body with `q` as an
//! array, `source`, `target`, `format`, `api_key`; `{"translatedText": [...]}` back; errors as
//! `{"error": "..."}` with 400, 403, 429 and 500.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use gazette_translate::engine::libretranslate::LibreTranslateConfig;
use gazette_translate::engine::{Batch, Engine, EngineError, LibreTranslate, Secret};
use serde_json::{Value, json};

use crate::support::{Shared, drop_links, drop_placeholders, serve, shout};

pub const KEY: &str = "lt-test-key";

#[derive(Clone, Default, PartialEq)]
pub enum Mode {
    #[default]
    Normal,
    DropLinks,
    DropPlaceholders,
    RateLimited,
    Broken,
    Slow,
    OneTooFew,
    HtmlPage,
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

async fn translate(State(shared): State<Shared<Mode>>, Json(body): Json<Value>) -> Response {
    shared.log(body.clone());
    // LibreTranslate answers a missing field with 400 and names it.
    for field in ["q", "source", "target"] {
        if body.get(field).is_none() {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("Invalid request: missing {field} parameter"),
            );
        }
    }
    if body["api_key"] != KEY {
        return error(StatusCode::FORBIDDEN, "Invalid API key");
    }
    let target = body["target"].as_str().unwrap_or_default();
    if !["de", "es", "fr", "pt", "ru", "sw"].contains(&target) || body["source"] != "en" {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("{target} is not supported"),
        );
    }
    let html = body["format"] == "html";
    let translate_one = |q: &str| {
        let out = if html { shout(q) } else { q.to_uppercase() };
        match shared.mode() {
            Mode::DropLinks => drop_links(&out),
            Mode::DropPlaceholders => drop_placeholders(&out),
            _ => out,
        }
    };
    match shared.mode() {
        Mode::RateLimited => {
            return error(StatusCode::TOO_MANY_REQUESTS, "Slowdown: 30 per 1 minute");
        }
        Mode::Broken => {
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Cannot translate text: model failed",
            );
        }
        Mode::Slow => tokio::time::sleep(Duration::from_secs(3)).await,
        Mode::HtmlPage => {
            return (StatusCode::OK, "<html><body>Maintenance</body></html>").into_response();
        }
        _ => {}
    }
    match &body["q"] {
        Value::String(q) => Json(json!({ "translatedText": translate_one(q) })).into_response(),
        Value::Array(items) => {
            let mut out: Vec<String> = items
                .iter()
                .map(|q| translate_one(q.as_str().unwrap_or_default()))
                .collect();
            if shared.mode() == Mode::OneTooFew {
                out.pop();
            }
            Json(json!({ "translatedText": out })).into_response()
        }
        _ => error(
            StatusCode::BAD_REQUEST,
            "Invalid request: q must be a string or a list",
        ),
    }
}

pub async fn server() -> (String, Shared<Mode>) {
    let shared = Shared::<Mode>::default();
    let app = axum::Router::new()
        .route("/translate", post(translate))
        .with_state(shared.clone());
    (serve(app).await, shared)
}

pub fn engine(url: &str) -> LibreTranslate {
    let mut config = LibreTranslateConfig::new(url);
    config.api_key = Some(Secret::new(KEY));
    config.timeout_secs = 1;
    LibreTranslate::new(config).expect("valid test config")
}

fn segs(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

async fn run(
    engine: &LibreTranslate,
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
async fn translates_a_batch_as_html_with_the_api_key() {
    let (url, shared) = server().await;
    let segments = segs(&["Hello <a href=\"/x\">world</a>", "Second &amp; last"]);
    let out = engine(&url)
        .translate(Batch {
            source: "en",
            target: "de",
            segments: &segments,
        })
        .await
        .unwrap();
    assert_eq!(
        out.texts,
        ["HELLO <a href=\"/x\">WORLD</a>", "SECOND &amp; LAST"]
    );
    assert_eq!(out.model, "argos");
    let sent = &shared.logged()[0];
    assert_eq!(sent["format"], "html");
    assert_eq!(sent["q"], json!(segments));
    assert_eq!(
        (sent["source"].as_str(), sent["target"].as_str()),
        (Some("en"), Some("de"))
    );
}

#[tokio::test]
async fn splits_large_batches() {
    let (url, shared) = server().await;
    let segments: Vec<String> = (0..40).map(|i| format!("segment {i}")).collect();
    let out = run(&engine(&url), "de", &segments).await.unwrap();
    assert_eq!(out.len(), 40);
    assert_eq!(out[39], "SEGMENT 39");
    let sizes: Vec<usize> = shared
        .logged()
        .iter()
        .map(|r| r["q"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [16, 16, 8]);
}

#[tokio::test]
async fn wrong_api_key_is_a_permanent_auth_error() {
    let (url, _) = server().await;
    let mut config = LibreTranslateConfig::new(&url);
    config.api_key = Some(Secret::new("wrong"));
    let engine = LibreTranslate::new(config).unwrap();
    let err = run(&engine, "de", &segs(&["Hi there"])).await.unwrap_err();
    assert!(
        matches!(&err, EngineError::Auth { message, .. } if message == "Invalid API key"),
        "{err:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn unsupported_language_is_permanent() {
    let (url, _) = server().await;
    let err = run(&engine(&url), "ja", &segs(&["Hi there"]))
        .await
        .unwrap_err();
    assert!(
        matches!(err, EngineError::UnsupportedLanguage { .. }),
        "{err:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn rate_limit_and_server_errors_are_retryable() {
    let (url, shared) = server().await;
    shared.set(Mode::RateLimited);
    let err = run(&engine(&url), "de", &segs(&["Hi there"]))
        .await
        .unwrap_err();
    assert!(matches!(err, EngineError::RateLimited { .. }), "{err:?}");
    assert!(err.is_retryable());
    shared.set(Mode::Broken);
    let err = run(&engine(&url), "de", &segs(&["Hi there"]))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            EngineError::Unavailable {
                status: Some(500),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn slow_server_times_out_as_retryable() {
    let (url, shared) = server().await;
    shared.set(Mode::Slow);
    let err = run(&engine(&url), "de", &segs(&["Hi there"]))
        .await
        .unwrap_err();
    assert!(matches!(err, EngineError::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn wrong_segment_count_and_garbage_are_rejected() {
    let (url, shared) = server().await;
    shared.set(Mode::OneTooFew);
    let err = run(&engine(&url), "de", &segs(&["One", "Two"]))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        EngineError::WrongCount {
            engine: "libretranslate".into(),
            expected: 2,
            got: 1
        }
    );
    shared.set(Mode::HtmlPage);
    let err = run(&engine(&url), "de", &segs(&["One"])).await.unwrap_err();
    assert!(matches!(err, EngineError::BadOutput { .. }), "{err:?}");
    assert!(!err.is_retryable());
}

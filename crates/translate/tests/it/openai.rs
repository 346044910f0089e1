//! An OpenAI-compatible chat-completions server (`POST /v1/chat/completions`, bearer key,
//! `model` and `messages`, `choices[0].message.content` back, errors as
//! `{"error": {"message", "type", "code"}}`), answering like a model that follows the prompt.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use gazette_translate::engine::openai::OpenAiConfig;
use gazette_translate::engine::{Batch, Engine, EngineError, OpenAiChat, Secret};
use serde_json::{Value, json};

use crate::support::{Shared, serve, shout};

const KEY: &str = "sk-test";
pub const MODEL: &str = "llama3.1:8b-instruct";

#[derive(Clone, Default, PartialEq)]
pub enum Mode {
    #[default]
    Normal,
    Fenced,
    OneTooFew,
    Chatty,
    RateLimited,
    NoQuota,
}

fn error(status: StatusCode, message: &str, kind: &str, code: &str) -> Response {
    (
        status,
        Json(json!({"error": {"message": message, "type": kind, "param": null, "code": code}})),
    )
        .into_response()
}

async fn completions(
    State(shared): State<Shared<Mode>>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        != Some(&format!("Bearer {KEY}"))
    {
        return error(
            StatusCode::UNAUTHORIZED,
            "Incorrect API key provided",
            "invalid_request_error",
            "invalid_api_key",
        );
    }
    shared.log(body.clone());
    if body["model"] != MODEL {
        return error(
            StatusCode::NOT_FOUND,
            "The model does not exist",
            "invalid_request_error",
            "model_not_found",
        );
    }
    let Some(messages) = body["messages"].as_array() else {
        return error(
            StatusCode::BAD_REQUEST,
            "'messages' is a required property",
            "invalid_request_error",
            "",
        );
    };
    match shared.mode() {
        Mode::RateLimited => {
            let mut r = error(
                StatusCode::TOO_MANY_REQUESTS,
                "Rate limit reached for requests",
                "requests",
                "rate_limit_exceeded",
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, "3".parse().expect("valid header"));
            return r;
        }
        Mode::NoQuota => {
            return error(
                StatusCode::TOO_MANY_REQUESTS,
                "You exceeded your current quota",
                "insufficient_quota",
                "insufficient_quota",
            );
        }
        _ => {}
    }
    // The user message is the JSON array of segments.
    let user = messages
        .iter()
        .rev()
        .find(|m| m["role"] == "user")
        .and_then(|m| m["content"].as_str())
        .unwrap_or("[]");
    let segments: Vec<String> = serde_json::from_str(user).unwrap_or_default();
    let mut translated: Vec<String> = segments.iter().map(|s| shout(s)).collect();
    if shared.mode() == Mode::OneTooFew {
        translated.pop();
    }
    let array = serde_json::to_string(&translated).expect("strings serialise");
    let content = match shared.mode() {
        Mode::Fenced => format!("```json\n{array}\n```"),
        Mode::Chatty => "I'm sorry, but I can only help with translation questions.".to_string(),
        _ => array,
    };
    Json(json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}
    }))
    .into_response()
}

pub async fn server() -> (String, Shared<Mode>) {
    let shared = Shared::<Mode>::default();
    let app = axum::Router::new()
        .route("/v1/chat/completions", post(completions))
        .with_state(shared.clone());
    (serve(app).await, shared)
}

pub fn engine(url: &str) -> OpenAiChat {
    let mut config = OpenAiConfig::new(url, MODEL);
    config.api_key = Some(Secret::new(KEY));
    config.max_batch = 3;
    OpenAiChat::new(config).expect("valid test config")
}

fn segs(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("Paragraph <em>{i}</em>")).collect()
}

async fn run(engine: &OpenAiChat, segments: &[String]) -> Result<Vec<String>, EngineError> {
    engine
        .translate(Batch {
            source: "en",
            target: "fr",
            segments,
        })
        .await
        .map(|o| o.texts)
}

#[tokio::test]
async fn translates_in_batches_and_records_the_model() {
    let (url, shared) = server().await;
    shared.set(Mode::Fenced);
    let segments = segs(4);
    let out = engine(&url)
        .translate(Batch {
            source: "en",
            target: "fr",
            segments: &segments,
        })
        .await
        .unwrap();
    assert_eq!(out.texts[3], "PARAGRAPH <em>3</em>");
    assert_eq!(out.model, MODEL);
    let logged = shared.logged();
    assert_eq!(logged.len(), 2, "4 segments at 3 per request");
    let system = logged[0]["messages"][0]["content"].as_str().unwrap();
    assert!(
        system.contains("French (Français)") && system.contains("English"),
        "{system}"
    );
    assert!(
        system.contains("translate=\"no\"") && system.contains("JSON array"),
        "{system}"
    );
    assert_eq!(logged[0]["messages"][0]["role"], "system");
    assert_eq!(logged[0]["temperature"], 0.0);
}

#[tokio::test]
async fn wrong_count_and_chatter_are_rejected() {
    let (url, shared) = server().await;
    shared.set(Mode::OneTooFew);
    let err = run(&engine(&url), &segs(2)).await.unwrap_err();
    assert_eq!(
        err,
        EngineError::WrongCount {
            engine: "openai".into(),
            expected: 2,
            got: 1
        }
    );
    shared.set(Mode::Chatty);
    let err = run(&engine(&url), &segs(2)).await.unwrap_err();
    assert!(matches!(err, EngineError::BadOutput { .. }), "{err:?}");
}

#[tokio::test]
async fn rate_limit_is_retryable_but_no_quota_is_not() {
    let (url, shared) = server().await;
    shared.set(Mode::RateLimited);
    let err = run(&engine(&url), &segs(1)).await.unwrap_err();
    assert!(err.is_retryable());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3)));
    shared.set(Mode::NoQuota);
    let err = run(&engine(&url), &segs(1)).await.unwrap_err();
    assert!(matches!(err, EngineError::QuotaExceeded { .. }), "{err:?}");
}

#[tokio::test]
async fn unknown_model_and_bad_key_are_permanent() {
    let (url, _) = server().await;
    let mut config = OpenAiConfig::new(&url, "no-such-model");
    config.api_key = Some(Secret::new(KEY));
    let err = run(&OpenAiChat::new(config).unwrap(), &segs(1))
        .await
        .unwrap_err();
    assert!(
        matches!(err, EngineError::Rejected { status: 404, .. }),
        "{err:?}"
    );
    let err = run(
        &OpenAiChat::new(OpenAiConfig::new(&url, MODEL)).unwrap(),
        &segs(1),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, EngineError::Auth { .. }), "{err:?}");
}

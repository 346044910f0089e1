//! A LibreTranslate server on 127.0.0.1, protocol-true for what Gazette sends: `POST /translate`
//! with a JSON body (`q` an array of HTML fragments, `source`, `target`, `format`, `api_key`),
//! answered with `{"translatedText": [...]}` in the same order, or `{"error": "..."}` with the
//! status LibreTranslate uses.
//!
//! The "translation" is deterministic and keeps markup: into Arabic, Latin letters become Arabic
//! letters (so script checks pass and the page is right to left); into any other language the
//! text is upper-cased. Every request body is logged, and a [`Mode`] makes it misbehave.

use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Normal,
    /// Answers one translation fewer than it was sent.
    OneTooFew,
    /// 503 with `Retry-After: 1`.
    Unavailable,
    /// Hands back the source language: each segment as sent but for its last word, uppercased
    /// (an engine that ignored `target`, so not caught as an unchanged copy).
    SourceLanguage,
    /// Translates as usual, then appends this text to every segment: a hostile engine (or one
    /// steered by the text it was given) adding markup of its own.
    Append(String),
    /// Translates as usual, but a segment containing this text comes back with a link of the
    /// engine's own added, which the checks refuse: one bad segment among good ones.
    SpoilWhere(String),
}

#[derive(Default)]
struct Shared {
    mode: Mutex<Mode>,
    requests: Mutex<Vec<Value>>,
}

/// A running fake; dropped with the test's runtime.
#[derive(Clone)]
pub struct LibreTranslate {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub url: String,
    shared: Arc<Shared>,
}

impl LibreTranslate {
    pub async fn start() -> Self {
        let shared = Arc::new(Shared::default());
        let app = axum::Router::new()
            .route("/translate", post(translate))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind an ephemeral port on 127.0.0.1");
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            url: format!("http://{addr}"),
            shared,
        }
    }

    /// A `[translation]` section sending every language through this fake (engine id
    /// `libre`), with `auto` translated on publication.
    pub fn settings(&self, auto: &[&str]) -> gazette_app::config::TranslationSettings {
        let toml = format!(
            "[translation]\nauto_languages = {auto:?}\ndefault = [\"libre\"]\n\
             [translation.engines.libre]\nkind = \"libretranslate\"\nurl = {:?}\ntimeout_secs = 5\n",
            self.url
        );
        gazette_app::Config::parse(&toml)
            .expect("the translation section parses")
            .translation
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.shared.mode.lock().expect("fake's mutex") = mode;
    }

    /// Every request body received, oldest first.
    pub fn requests(&self) -> Vec<Value> {
        self.shared.requests.lock().expect("fake's mutex").clone()
    }

    /// Every segment (`q` entry) received, oldest first.
    pub fn segments_sent(&self) -> Vec<String> {
        self.requests()
            .iter()
            .flat_map(|r| match &r["q"] {
                Value::Array(q) => q
                    .iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect(),
                Value::String(s) => vec![s.clone()],
                _ => Vec::new(),
            })
            .collect()
    }
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

async fn translate(State(shared): State<Arc<Shared>>, Json(body): Json<Value>) -> Response {
    shared
        .requests
        .lock()
        .expect("fake's mutex")
        .push(body.clone());
    let (Some(q), Some(target)) = (body["q"].as_array(), body["target"].as_str()) else {
        return error(
            StatusCode::BAD_REQUEST,
            "Invalid request: missing q or target parameter",
        );
    };
    let mode = shared.mode.lock().expect("fake's mutex").clone();
    if mode == Mode::Unavailable {
        let mut res = error(
            StatusCode::SERVICE_UNAVAILABLE,
            "Translation models loading",
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return res;
    }
    let mut out: Vec<String> = q
        .iter()
        .map(|s| {
            let s = s.as_str().unwrap_or_default();
            if mode == Mode::SourceLanguage {
                match s.rsplit_once(' ') {
                    Some((head, last)) if !last.contains('<') => {
                        format!("{head} {}", last.to_uppercase())
                    }
                    _ => s.to_owned(),
                }
            } else if let Mode::Append(extra) = &mode {
                format!("{}{extra}", fake_translate(s, target))
            } else if let Mode::SpoilWhere(marker) = &mode
                && s.contains(marker.as_str())
            {
                format!(
                    "{} <a href=\"https://spam.example/\">x</a>",
                    fake_translate(s, target)
                )
            } else {
                fake_translate(s, target)
            }
        })
        .collect();
    if mode == Mode::OneTooFew {
        out.pop();
    }
    Json(json!({ "translatedText": out })).into_response()
}

/// The fake's translation of an HTML fragment: tags and character references kept as they are.
pub fn fake_translate(html: &str, target: &str) -> String {
    let arabic = target == "ar";
    let mut out = String::with_capacity(html.len() * 2);
    let mut in_tag = false;
    let mut in_ref = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(c);
                continue;
            }
            '&' if !in_tag => in_ref = true,
            ';' if in_ref => {
                in_ref = false;
                out.push(c);
                continue;
            }
            _ => {}
        }
        if in_tag || in_ref {
            out.push(c);
        } else if arabic && c.is_ascii_alphabetic() {
            let offset = u32::from(c.to_ascii_lowercase()) - u32::from('a');
            out.push(char::from_u32(0x0628 + offset).expect("U+0628..U+0641 are letters"));
        } else {
            out.extend(c.to_uppercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_translation_keeps_markup() {
        assert_eq!(
            fake_translate(r#"a <a href="/x">b</a> &amp; c"#, "fr"),
            r#"A <a href="/x">B</a> &amp; C"#
        );
        assert_eq!(fake_translate("<b>ab</b>", "ar"), "<b>\u{628}\u{629}</b>");
    }
}

//! What the fake servers share: a deterministic "translation" that keeps markup, and a way to
//! serve an axum router on 127.0.0.1:0.

use std::sync::{Arc, Mutex};

/// Upper-cases the text of an HTML fragment, leaving tags, entities and the content of
/// `translate="no"` elements alone, as an HTML-aware engine treats them.
pub fn shout(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut chars = html.chars().peekable();
    let mut protected_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '<' => {
                let mut tag = String::from("<");
                for t in chars.by_ref() {
                    tag.push(t);
                    if t == '>' {
                        break;
                    }
                }
                if tag.starts_with("<span")
                    && (tag.contains("translate=\"no\"") || protected_depth > 0)
                {
                    protected_depth += 1;
                } else if tag.starts_with("</span") && protected_depth > 0 {
                    protected_depth -= 1;
                }
                out.push_str(&tag);
            }
            '&' => {
                out.push('&');
                for t in chars.by_ref() {
                    out.push(t);
                    if t == ';' {
                        break;
                    }
                }
            }
            c if protected_depth > 0 => out.push(c),
            c => out.extend(c.to_uppercase()),
        }
    }
    out
}

/// Removes every `<a ...>` and `</a>` tag: an engine that loses links.
pub fn drop_links(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<a ").or_else(|| rest.find("</a>")) {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Removes the glossary placeholders' tags but keeps their text: an engine that loses them.
pub fn drop_placeholders(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<span") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.replace("</span>", "")
}

/// Serves `app` on an ephemeral port and returns its base URL.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port on 127.0.0.1");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

/// A behaviour switch and request log shared between a test and its fake server.
#[derive(Clone, Default)]
pub struct Shared<M> {
    pub mode: Arc<Mutex<M>>,
    pub requests: Arc<Mutex<Vec<serde_json::Value>>>,
}

impl<M: Clone> Shared<M> {
    pub fn set(&self, mode: M) {
        *self.mode.lock().expect("test mutex") = mode;
    }

    pub fn mode(&self) -> M {
        self.mode.lock().expect("test mutex").clone()
    }

    pub fn log(&self, v: serde_json::Value) {
        self.requests.lock().expect("test mutex").push(v);
    }

    pub fn logged(&self) -> Vec<serde_json::Value> {
        self.requests.lock().expect("test mutex").clone()
    }
}

#[test]
fn shout_keeps_markup_and_protected_terms() {
    assert_eq!(
        shout(
            r#"a <a href="/x">b</a> &amp; <span translate="no" class="gz-term" data-i="0">Ana</span>"#
        ),
        r#"A <a href="/x">B</a> &amp; <span translate="no" class="gz-term" data-i="0">Ana</span>"#
    );
}

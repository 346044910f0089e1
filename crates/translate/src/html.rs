//! A flat token view of HTML fragments, built on html5ever's tokenizer, and its serialiser.
//!
//! Segmenting, the markup check and the glossary all work on sanitised article HTML or on an
//! engine's answer to one segment: small fragments whose structure must be kept exactly as
//! written. A tree builder would "fix" the fragment (wrap it in `<html><body>`, move stray
//! tags), so the tokenizer alone is used and tokens are written back one for one.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// One token of an HTML fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// Decoded text (entities resolved); escaped again when written.
    Text(String),
    /// A comment, kept so that reassembly loses nothing.
    Comment(String),
}

impl Tok {
    pub(crate) fn attr(&self, key: &str) -> Option<&str> {
        match self {
            Tok::Start { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }
}

/// Elements that never have content or an end tag.
pub(crate) fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

struct Collect {
    tokens: RefCell<Vec<Tok>>,
    parse_errors: std::cell::Cell<usize>,
}

impl TokenSink for Collect {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.tokens.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                match tag.kind {
                    TagKind::StartTag => out.push(Tok::Start {
                        name,
                        attrs: tag
                            .attrs
                            .iter()
                            .map(|a| (a.name.local.to_string(), a.value.to_string()))
                            .collect(),
                        self_closing: tag.self_closing,
                    }),
                    TagKind::EndTag => out.push(Tok::End { name }),
                }
            }
            Token::CharacterTokens(text) => match out.last_mut() {
                // The tokenizer hands text over in pieces; one text token per run is simpler
                // for everything downstream.
                Some(Tok::Text(prev)) => prev.push_str(&text),
                _ => out.push(Tok::Text(text.to_string())),
            },
            Token::CommentToken(text) => out.push(Tok::Comment(text.to_string())),
            Token::ParseError(_) => self.parse_errors.set(self.parse_errors.get() + 1),
            // A NUL in the input is dropped, as the HTML serialiser would; doctypes and EOF
            // carry nothing a fragment needs.
            Token::NullCharacterToken | Token::DoctypeToken(_) | Token::EOFToken => {}
        }
        TokenSinkResult::Continue
    }
}

/// Tokenizes an HTML fragment. Never fails: malformed markup becomes text or is dropped the way
/// a browser's tokenizer would.
pub(crate) fn tokenize(html: &str) -> Vec<Tok> {
    tokenize_counting_errors(html).0
}

/// [`tokenize`], with the number of parse errors the tokenizer met. Sanitised markup has none;
/// an engine's answer with some was malformed, and what the tokenizer dropped to recover (a tag
/// left open at the end, say) would come back to life once the fragment is joined to the next.
pub(crate) fn tokenize_counting_errors(html: &str) -> (Vec<Tok>, usize) {
    let tokenizer = Tokenizer::new(
        Collect {
            tokens: RefCell::new(Vec::new()),
            parse_errors: std::cell::Cell::new(0),
        },
        TokenizerOpts::default(),
    );
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    // With `Handle = ()` the tokenizer never stops for a script, so one feed reads everything.
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let errors = tokenizer.sink.parse_errors.get();
    (tokenizer.sink.tokens.take(), errors)
}

pub(crate) fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

fn escape_attr(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

pub(crate) fn write_token(tok: &Tok, out: &mut String) {
    match tok {
        Tok::Start {
            name,
            attrs,
            self_closing,
        } => {
            out.push('<');
            out.push_str(name);
            for (k, v) in attrs {
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                escape_attr(v, out);
                out.push('"');
            }
            if *self_closing && !is_void(name) {
                out.push_str(" /");
            }
            out.push('>');
        }
        Tok::End { name } => {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        Tok::Text(text) => escape_text(text, out),
        Tok::Comment(text) => {
            out.push_str("<!--");
            out.push_str(text);
            out.push_str("-->");
        }
    }
}

pub(crate) fn serialize(tokens: &[Tok]) -> String {
    let mut out = String::new();
    for tok in tokens {
        write_token(tok, &mut out);
    }
    out
}

/// Plain text as an HTML fragment, for sending a plain field through an engine's HTML mode.
pub fn text_to_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_text(text, &mut out);
    out
}

/// An engine's answer for a plain field back to plain text: tags dropped, character
/// references decoded.
pub fn html_to_text(html: &str) -> String {
    text_of(&tokenize(html))
}

/// The text of a fragment without its tags.
pub(crate) fn text_of(tokens: &[Tok]) -> String {
    tokens
        .iter()
        .filter_map(|t| match t {
            Tok::Text(s) => Some(s.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_sanitised_markup() {
        let html =
            r#"<p>A <a href="https://e.org/?a=1&amp;b=2">link</a> &amp; <em>stress</em><br></p>"#;
        assert_eq!(serialize(&tokenize(html)), html);
    }

    #[test]
    fn decodes_entities_in_text() {
        assert_eq!(text_of(&tokenize("a &lt;b&gt; &eacute;")), "a <b> é");
    }
}

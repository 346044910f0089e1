//! Splitting an article body into translatable segments, and putting translations back.
//!
//! The input is the body as the render crate sanitised it. It is cut block by block
//! (paragraphs, headings, list items, blockquotes, figcaptions, table cells…): the text of one
//! block with its inline markup (`a`, `em`, `strong`, `q`, `code`…) is one segment, so an
//! engine sees a link in the sentence it belongs to. A block longer than
//! [`SegmentOptions::max_chars`] is cut at sentence ends, never inside an inline element.
//! Everything between segments — block tags, whitespace, code blocks, block elements marked
//! `translate="no"` or `class="notranslate"` — is kept verbatim (inline ones stay in their
//! segment and are protected by [`crate::glossary`]), so [`SegmentedDocument::reassemble`]
//! gives back the same structure with the translated text in it.
//!
//! This module knows nothing of engines or languages.

use std::fmt;

use sha2::{Digest, Sha256};

use crate::html::{Tok, is_void, serialize, text_of, tokenize};

/// Limits for [`segment_with`].
#[derive(Debug, Clone)]
pub struct SegmentOptions {
    /// A block whose text is longer than this (in characters) is split at sentence ends.
    pub max_chars: usize,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        // Long enough for a typical paragraph to stay whole (context helps every engine),
        // short enough to stay far below DeepL's and the chat models' request limits.
        Self { max_chars: 1000 }
    }
}

/// SHA-256 of a source segment's HTML: the key of a translation memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SegmentHash(pub [u8; 32]);

impl SegmentHash {
    pub fn of(html: &str) -> Self {
        Self(Sha256::digest(html.as_bytes()).into())
    }
}

impl fmt::Display for SegmentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

/// One translatable piece of the body: the text of a block (or of some sentences of it) with
/// its inline markup, as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub html: String,
    pub hash: SegmentHash,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Literal(String),
    Segment(usize),
}

/// An article body cut into segments and the verbatim markup between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentedDocument {
    parts: Vec<Part>,
    segments: Vec<Segment>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SegmentError {
    #[error("the document has {expected} segments but {got} translations were given")]
    CountMismatch { expected: usize, got: usize },
}

impl SegmentedDocument {
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The HTML of each segment, in order: what is sent to an engine.
    pub fn texts(&self) -> Vec<String> {
        self.segments.iter().map(|s| s.html.clone()).collect()
    }

    /// Puts one translation per segment (same order) back into the document's structure.
    pub fn reassemble<S: AsRef<str>>(&self, translated: &[S]) -> Result<String, SegmentError> {
        if translated.len() != self.segments.len() {
            return Err(SegmentError::CountMismatch {
                expected: self.segments.len(),
                got: translated.len(),
            });
        }
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Literal(s) => out.push_str(s),
                Part::Segment(i) => out.push_str(translated[*i].as_ref()),
            }
        }
        Ok(out)
    }
}

/// Elements whose content is never text to translate, wherever they are.
fn is_opaque(name: &str) -> bool {
    matches!(
        name,
        "pre"
            | "script"
            | "style"
            | "svg"
            | "math"
            | "template"
            | "textarea"
            | "iframe"
            | "video"
            | "audio"
            | "object"
    )
}

/// Elements that end the current run of inline content.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "figure"
            | "figcaption"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "div"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "address"
            | "details"
            | "summary"
            | "hr"
    )
}

fn marked_no_translate(tok: &Tok) -> bool {
    tok.attr("translate")
        .is_some_and(|v| v.eq_ignore_ascii_case("no"))
        || tok
            .attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == "notranslate"))
}

/// Cuts `html` into segments with the default options.
pub fn segment(html: &str) -> SegmentedDocument {
    segment_with(html, &SegmentOptions::default())
}

/// Cuts `html` into segments.
pub fn segment_with(html: &str, options: &SegmentOptions) -> SegmentedDocument {
    let mut b = Builder {
        parts: Vec::new(),
        segments: Vec::new(),
        literal: String::new(),
        max_chars: options.max_chars.max(1),
    };
    let mut run: Vec<Tok> = Vec::new();
    // Inside an opaque or `translate="no"` block: its name and nesting depth.
    let mut skipping: Option<(String, usize)> = None;

    for tok in tokenize(html) {
        if let Some((name, depth)) = &mut skipping {
            match &tok {
                Tok::Start {
                    name: n,
                    self_closing,
                    ..
                } if n == name && !is_void(n) && !self_closing => *depth += 1,
                Tok::End { name: n } if n == name => *depth -= 1,
                _ => {}
            }
            let done = *depth == 0;
            b.push_literal(&tok);
            if done {
                skipping = None;
            }
            continue;
        }
        match &tok {
            Tok::Start {
                name, self_closing, ..
            } if is_opaque(name) || (is_block(name) && marked_no_translate(&tok)) => {
                b.flush_run(std::mem::take(&mut run));
                if !is_void(name) && !self_closing {
                    skipping = Some((name.clone(), 1));
                }
                b.push_literal(&tok);
            }
            Tok::Start { name, .. } | Tok::End { name } if is_block(name) => {
                b.flush_run(std::mem::take(&mut run));
                b.push_literal(&tok);
            }
            _ => run.push(tok),
        }
    }
    b.flush_run(run);
    b.finish()
}

struct Builder {
    parts: Vec<Part>,
    segments: Vec<Segment>,
    literal: String,
    max_chars: usize,
}

impl Builder {
    fn push_literal(&mut self, tok: &Tok) {
        crate::html::write_token(tok, &mut self.literal);
    }

    fn push_segment(&mut self, tokens: &[Tok]) {
        if !self.literal.is_empty() {
            self.parts
                .push(Part::Literal(std::mem::take(&mut self.literal)));
        }
        let html = serialize(tokens);
        self.parts.push(Part::Segment(self.segments.len()));
        self.segments.push(Segment {
            hash: SegmentHash::of(&html),
            html,
        });
    }

    /// Turns a run of inline content into zero or more segments and the whitespace around them.
    fn flush_run(&mut self, run: Vec<Tok>) {
        if run.is_empty() {
            return;
        }
        if !text_of(&run).chars().any(char::is_alphabetic) {
            // Whitespace, numbers, punctuation or an image alone: nothing to translate.
            let html = serialize(&run);
            self.literal.push_str(&html);
            return;
        }
        let units = split_sentences(run);
        // Pack whole sentences into chunks of at most `max_chars`.
        let mut chunk: Vec<Tok> = Vec::new();
        let mut chunk_len = 0;
        let mut pending_ws = String::new();
        for (tokens, trailing_ws) in units {
            let len = text_of(&tokens).chars().count();
            if !chunk.is_empty() && chunk_len + len > self.max_chars {
                self.emit_trimmed(std::mem::take(&mut chunk));
                self.literal.push_str(&pending_ws);
                chunk_len = 0;
            } else if !chunk.is_empty() {
                chunk.push(Tok::Text(std::mem::take(&mut pending_ws)));
            }
            pending_ws.clear();
            chunk.extend(tokens);
            chunk_len += len;
            pending_ws = trailing_ws;
        }
        self.emit_trimmed(chunk);
        crate::html::escape_text(&pending_ws, &mut self.literal);
    }

    /// Emits a segment with its leading and trailing whitespace left outside it: engines trim
    /// it, and it belongs to the layout, not the sentence.
    fn emit_trimmed(&mut self, mut tokens: Vec<Tok>) {
        let mut lead = String::new();
        let mut trail = String::new();
        if let Some(Tok::Text(t)) = tokens.first_mut() {
            let trimmed = t.trim_start().len();
            lead = t[..t.len() - trimmed].to_string();
            t.drain(..t.len() - trimmed);
        }
        if let Some(Tok::Text(t)) = tokens.last_mut() {
            let keep = t.trim_end().len();
            trail = t[keep..].to_string();
            t.truncate(keep);
        }
        tokens.retain(|t| !matches!(t, Tok::Text(s) if s.is_empty()));
        crate::html::escape_text(&lead, &mut self.literal);
        if text_of(&tokens).chars().any(char::is_alphabetic) {
            self.push_segment(&tokens);
        } else {
            let html = serialize(&tokens);
            self.literal.push_str(&html);
        }
        crate::html::escape_text(&trail, &mut self.literal);
    }

    fn finish(mut self) -> SegmentedDocument {
        if !self.literal.is_empty() {
            self.parts.push(Part::Literal(self.literal));
        }
        SegmentedDocument {
            parts: self.parts,
            segments: self.segments,
        }
    }
}

/// Cuts a run into sentences, each with the whitespace that followed it. Cuts are made only in
/// text outside any inline element, so every sentence is balanced markup.
fn split_sentences(run: Vec<Tok>) -> Vec<(Vec<Tok>, String)> {
    let mut units = Vec::new();
    let mut current: Vec<Tok> = Vec::new();
    let mut depth = 0usize;
    for tok in run {
        match tok {
            Tok::Start {
                ref name,
                self_closing,
                ..
            } => {
                if !is_void(name) && !self_closing {
                    depth += 1;
                }
                current.push(tok);
            }
            Tok::End { .. } => {
                depth = depth.saturating_sub(1);
                current.push(tok);
            }
            Tok::Text(text) if depth == 0 => {
                let mut rest = text.as_str();
                while let Some((end, ws_end)) = sentence_end(rest) {
                    if !rest[..end].is_empty() {
                        current.push(Tok::Text(rest[..end].to_string()));
                    }
                    units.push((std::mem::take(&mut current), rest[end..ws_end].to_string()));
                    rest = &rest[ws_end..];
                }
                if !rest.is_empty() {
                    current.push(Tok::Text(rest.to_string()));
                }
            }
            other => current.push(other),
        }
    }
    if !current.is_empty() {
        units.push((current, String::new()));
    }
    units
}

/// The first sentence end in `text`: (end of the sentence, end of the whitespace after it).
fn sentence_end(text: &str) -> Option<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let after = at + c.len_utf8();
        match c {
            // These scripts put no space after a full stop.
            '。' | '！' | '？' if after < text.len() => return Some((after, after)),
            '.' | '!' | '?' | '…' => {
                let mut j = i + 1;
                // Closing quotes and brackets belong to the sentence they end.
                while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | '»')
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |&(a, _)| a);
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                if k == j || k == chars.len() {
                    continue;
                }
                let next = chars[k].1;
                let starts_sentence = next.is_uppercase()
                    || next.is_numeric()
                    || matches!(next, '"' | '“' | '‘' | '«' | '¿' | '¡');
                if starts_sentence && !(c == '.' && is_abbreviation(&text[..at])) {
                    return Some((end, chars[k].0));
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the word before a full stop looks like an abbreviation ("Dr.", "U.S.", "e.g.").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    word.contains('.') || (letters <= 2 && word.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_block_by_block_and_keeps_inline_markup() {
        let html = "<h2>Title</h2>\n<p>See <a href=\"/a\">this</a> <em>now</em>.</p><ul><li>One</li><li>Two</li></ul>";
        let doc = segment(html);
        let texts = doc.texts();
        assert_eq!(
            texts,
            [
                "Title",
                "See <a href=\"/a\">this</a> <em>now</em>.",
                "One",
                "Two"
            ]
        );
        assert_eq!(doc.reassemble(&texts).unwrap(), html);
    }

    #[test]
    fn passes_code_blocks_and_no_translate_through() {
        let html = "<p>Before.</p><pre><code>let x = 1;</code></pre><div translate=\"no\"><p>Keep me</p></div><p>After.</p>";
        let doc = segment(html);
        assert_eq!(doc.texts(), ["Before.", "After."]);
        let out = doc.reassemble(&["Avant.", "Après."]).unwrap();
        assert_eq!(
            out,
            "<p>Avant.</p><pre><code>let x = 1;</code></pre><div translate=\"no\"><p>Keep me</p></div><p>Après.</p>"
        );
    }

    #[test]
    fn splits_long_blocks_at_sentence_ends_only_outside_inline_elements() {
        let html =
            "<p>Dr. Smith came. The <a href=\"/x\">long. Link</a> stays. Third one here.</p>";
        let doc = segment_with(html, &SegmentOptions { max_chars: 10 });
        assert_eq!(
            doc.texts(),
            [
                "Dr. Smith came.",
                "The <a href=\"/x\">long. Link</a> stays.",
                "Third one here."
            ]
        );
        assert_eq!(doc.reassemble(&doc.texts()).unwrap(), html);
    }

    #[test]
    fn whitespace_only_blocks_are_not_segments() {
        let doc = segment("<p> </p><p>\n  Text  \n</p><td>42</td>");
        assert_eq!(doc.texts(), ["Text"]);
        assert_eq!(
            doc.reassemble(&["Texte"]).unwrap(),
            "<p> </p><p>\n  Texte  \n</p><td>42</td>"
        );
    }

    #[test]
    fn reassemble_rejects_a_wrong_count() {
        let doc = segment("<p>a</p><p>b</p>");
        assert_eq!(
            doc.reassemble(&["x"]),
            Err(SegmentError::CountMismatch {
                expected: 2,
                got: 1
            })
        );
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(
            SegmentHash::of("Hello").to_string(),
            "185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969"
        );
    }
}

//! Protected terms: names of people, organisations and places that an editor lists, kept
//! unchanged through translation or mapped to a fixed rendering per target language.
//!
//! Before a segment goes to an engine each occurrence of a term is wrapped as
//! `<span translate="no" class="gz-term notranslate" data-i="N">term</span>`. Every engine this
//! crate talks to translates HTML and leaves tags in place; DeepL documents that it leaves
//! `translate="no"` and `class="notranslate"` content untranslated, and the chat prompt asks the
//! same. Whatever an engine does to the span's content, [`Protected::restore`] replaces the
//! whole span with the term's rendering for the target language, so only the span's survival
//! matters, and a span that is lost or duplicated is an error.
//!
//! The same placeholders carry inline elements that must come back byte for byte (`code`,
//! `kbd`, `samp`, `var`, inline `translate="no"`): the engine sees their text only, and the
//! element is put back whole.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::html::{Tok, serialize, tokenize};

/// One protected term.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term as written in the source text (matched case-sensitively, as a whole word).
    pub source: String,
    /// Rendering per target language (BCP-47, matched exactly then by primary subtag); a
    /// language without one keeps the term unchanged.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

impl Term {
    pub fn keep(source: impl Into<String>) -> Self {
        Self {
            source: source.into(),
            translations: BTreeMap::new(),
        }
    }

    pub fn mapped(mut self, lang: impl Into<String>, rendering: impl Into<String>) -> Self {
        self.translations.insert(lang.into(), rendering.into());
        self
    }

    fn rendering(&self, target: &str) -> &str {
        let primary = crate::languages::primary_subtag(target);
        self.translations
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(target))
            .or_else(|| {
                self.translations
                    .iter()
                    .find(|(l, _)| l.eq_ignore_ascii_case(primary))
            })
            .map_or(self.source.as_str(), |(_, r)| r.as_str())
    }
}

/// The protected terms of a publication.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    /// Longest first, so that "Bank of England" wins over "England".
    terms: Vec<Term>,
}

/// A protected term the engine did not hand back as sent. Serialised like
/// [`crate::check::CheckError`], with its kind beside its values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum GlossaryError {
    #[error("the protected term {term:?} was lost in translation")]
    TermLost { term: String },
    #[error("the protected term {term:?} appears more often in the translation than in the source")]
    TermDuplicated { term: String },
    #[error("the translation has a term placeholder (data-i={index:?}) that was never sent")]
    UnknownPlaceholder { index: String },
}

const CLASS: &str = "gz-term";

/// The placeholder engines see: the text it stands for, marked not to be translated.
fn placeholder(index: usize, text: &str) -> [Tok; 3] {
    [
        Tok::Start {
            name: "span".into(),
            attrs: vec![
                ("translate".into(), "no".into()),
                ("class".into(), format!("{CLASS} notranslate")),
                ("data-i".into(), index.to_string()),
            ],
            self_closing: false,
        },
        Tok::Text(text.to_string()),
        Tok::End {
            name: "span".into(),
        },
    ]
}

/// The name of an inline element whose whole content must come back unchanged.
fn verbatim_element(tok: &Tok) -> Option<String> {
    let Tok::Start {
        name,
        self_closing: false,
        ..
    } = tok
    else {
        return None;
    };
    let marked = tok
        .attr("translate")
        .is_some_and(|v| v.eq_ignore_ascii_case("no"))
        || tok.attr("class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|c| c == "notranslate" || c == CLASS)
        });
    (matches!(name.as_str(), "code" | "kbd" | "samp" | "var") || marked)
        .then(|| name.clone())
        .filter(|n| !crate::html::is_void(n))
}

impl Glossary {
    pub fn new(terms: impl IntoIterator<Item = Term>) -> Self {
        let mut terms: Vec<Term> = terms
            .into_iter()
            .filter(|t| !t.source.trim().is_empty())
            .collect();
        terms.sort_by(|a, b| {
            b.source
                .len()
                .cmp(&a.source.len())
                .then(a.source.cmp(&b.source))
        });
        terms.dedup_by(|a, b| a.source == b.source);
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Wraps every occurrence of a term in `segment_html` in a placeholder element. Inline
    /// elements that must come back verbatim (`code`, `kbd`, `samp`, `var`, anything marked
    /// `translate="no"` or `class="notranslate"`) are replaced by placeholders too, so that no
    /// engine can translate or reshape them.
    pub fn protect(&self, segment_html: &str, target: &str) -> Protected {
        let mut out = Vec::new();
        let mut renderings: Vec<(String, Vec<Tok>)> = Vec::new();
        let mut tokens = tokenize(segment_html).into_iter();
        while let Some(tok) = tokens.next() {
            if let Some(name) = verbatim_element(&tok) {
                let mut element = vec![tok];
                let mut depth = 1usize;
                for inner in tokens.by_ref() {
                    match &inner {
                        Tok::Start {
                            name: n,
                            self_closing: false,
                            ..
                        } if *n == name => depth += 1,
                        Tok::End { name: n } if *n == name => depth -= 1,
                        _ => {}
                    }
                    element.push(inner);
                    if depth == 0 {
                        break;
                    }
                }
                let label = crate::html::text_of(&element);
                out.extend(placeholder(renderings.len(), &label));
                renderings.push((label, element));
                continue;
            }
            let Tok::Text(text) = tok else {
                out.push(tok);
                continue;
            };
            let mut rest = text.as_str();
            while let Some((at, term)) = self.find(rest) {
                if at > 0 {
                    out.push(Tok::Text(rest[..at].to_string()));
                }
                out.extend(placeholder(renderings.len(), &term.source));
                renderings.push((
                    term.source.clone(),
                    vec![Tok::Text(term.rendering(target).to_string())],
                ));
                rest = &rest[at + term.source.len()..];
            }
            if !rest.is_empty() {
                out.push(Tok::Text(rest.to_string()));
            }
        }
        Protected {
            html: serialize(&out),
            renderings,
        }
    }

    /// The first whole-word occurrence of any term in `text`.
    fn find<'a>(&'a self, text: &str) -> Option<(usize, &'a Term)> {
        let mut best: Option<(usize, &Term)> = None;
        for term in &self.terms {
            let mut from = 0;
            while let Some(pos) = text[from..].find(&term.source) {
                let at = from + pos;
                let end = at + term.source.len();
                let before_ok = !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after_ok = !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if before_ok && after_ok {
                    // Terms are longest first, so on a tie the earlier (longer) one stays.
                    if best.is_none_or(|(b, _)| at < b) {
                        best = Some((at, term));
                    }
                    break;
                }
                from = at + term.source.chars().next().map_or(1, char::len_utf8);
            }
        }
        best
    }
}

/// A segment with its terms replaced by placeholders, ready for an engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protected {
    pub html: String,
    /// Per placeholder index: (what it stands for, the tokens that replace it: a term's
    /// rendering in the target language, or a verbatim element).
    renderings: Vec<(String, Vec<Tok>)>,
}

impl Protected {
    /// Number of placeholders in [`Self::html`] (terms and verbatim elements).
    pub fn placeholder_count(&self) -> usize {
        self.renderings.len()
    }

    /// Replaces each placeholder in an engine's answer by the term's rendering. Every
    /// placeholder sent must come back exactly once.
    pub fn restore(&self, translated_html: &str) -> Result<String, GlossaryError> {
        if self.renderings.is_empty() {
            return Ok(translated_html.to_string());
        }
        let tokens = tokenize(translated_html);
        let mut seen = vec![false; self.renderings.len()];
        let mut out = Vec::with_capacity(tokens.len());
        let mut iter = tokens.into_iter();
        while let Some(tok) = iter.next() {
            let is_placeholder = matches!(&tok, Tok::Start { name, .. } if name == "span")
                && tok
                    .attr("class")
                    .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == CLASS));
            if !is_placeholder {
                out.push(tok);
                continue;
            }
            let raw = tok.attr("data-i").unwrap_or_default().to_string();
            let index = raw
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|&i| i < self.renderings.len())
                .ok_or_else(|| GlossaryError::UnknownPlaceholder { index: raw.clone() })?;
            if std::mem::replace(&mut seen[index], true) {
                return Err(GlossaryError::TermDuplicated {
                    term: self.renderings[index].0.clone(),
                });
            }
            // Skip the span's content, whatever the engine made of it.
            let mut depth = 1usize;
            for inner in iter.by_ref() {
                match inner {
                    Tok::Start { ref name, .. } if name == "span" => depth += 1,
                    Tok::End { ref name } if name == "span" => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            out.extend(self.renderings[index].1.iter().cloned());
        }
        if let Some(i) = seen.iter().position(|s| !s) {
            return Err(GlossaryError::TermLost {
                term: self.renderings[i].0.clone(),
            });
        }
        Ok(serialize(&out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::new([
            Term::keep("England"),
            Term::keep("Bank of England").mapped("fr", "Banque d'Angleterre"),
            Term::keep("Ana"),
        ])
    }

    #[test]
    fn protects_whole_words_longest_first() {
        let p = glossary().protect("The <em>Bank of England</em> and Anatole in England.", "de");
        assert_eq!(
            p.html,
            "The <em><span translate=\"no\" class=\"gz-term notranslate\" data-i=\"0\">Bank of England</span></em> and Anatole in <span translate=\"no\" class=\"gz-term notranslate\" data-i=\"1\">England</span>."
        );
        assert_eq!(p.placeholder_count(), 2);
    }

    #[test]
    fn restores_renderings_per_language() {
        let p = glossary().protect("The Bank of England said.", "fr");
        let engine = p.html.replace("The", "La").replace("said", "a dit");
        assert_eq!(p.restore(&engine).unwrap(), "La Banque d'Angleterre a dit.");
        // The engine translated inside the span anyway: the rendering still wins.
        let engine = "La <span class=\"gz-term notranslate\" translate=\"no\" data-i=\"0\">Banque de l'Angleterre</span> a dit.";
        assert_eq!(p.restore(engine).unwrap(), "La Banque d'Angleterre a dit.");
    }

    #[test]
    fn inline_code_and_no_translate_elements_come_back_verbatim() {
        let html = "Run <code>ls -l</code> as <span translate=\"no\"><b>root</b></span> now.";
        let p = Glossary::default().protect(html, "de");
        assert_eq!(p.placeholder_count(), 2);
        assert!(
            !p.html.contains("<code>") && !p.html.contains("<b>"),
            "{}",
            p.html
        );
        let engine = p
            .html
            .replace("Run", "Führe")
            .replace(" now.", " jetzt aus.");
        assert_eq!(
            p.restore(&engine).unwrap(),
            "Führe <code>ls -l</code> as <span translate=\"no\"><b>root</b></span> jetzt aus."
        );
    }

    #[test]
    fn lost_or_duplicated_terms_are_errors() {
        let p = glossary().protect("In England.", "fr");
        assert_eq!(
            p.restore("En Angleterre."),
            Err(GlossaryError::TermLost {
                term: "England".into()
            })
        );
        let twice = format!("{} {}", p.html, p.html);
        assert!(matches!(
            p.restore(&twice),
            Err(GlossaryError::TermDuplicated { .. })
        ));
        assert!(matches!(
            p.restore("<span class=\"gz-term\" data-i=\"7\">x</span>"),
            Err(GlossaryError::UnknownPlaceholder { .. })
        ));
    }
}

//! Machine translation of article bodies for Gazette.
//!
//! This crate owns the path from a sanitised article body in one language to the same body in
//! another:
//!
//! - [`segment`] cuts the HTML into translatable segments, block by block and sentence-aware,
//!   each carrying its inline markup, and puts translations back into the same structure;
//! - [`glossary`] keeps protected terms (people, organisations, places) unchanged or mapped
//!   per language, through placeholders the engines leave alone;
//! - [`check`] rejects a translation that drops or invents a link or other inline markup, adds
//!   tags, is empty, is an untranslated copy or is in the wrong script;
//! - [`engine`] is the one interface to LibreTranslate, DeepL, OpenAI-compatible chat models
//!   and Apertium APy, with typed errors that say whether a retry can help;
//! - [`chain`] routes each target language to an ordered list of engines and records which
//!   engine and model translated;
//! - [`pipeline`] ties these together for one document;
//! - [`languages`] is the table of languages Gazette publishes in.
//!
//! It knows nothing of articles, storage, jobs or pages: the caller hands it HTML and
//! languages and stores what comes back (segment hashes are there for a translation memory).

mod html;

pub mod chain;
pub mod check;
pub mod engine;
pub mod glossary;
pub mod languages;
pub mod pipeline;
pub mod segment;

pub use chain::{ChainError, ChainOutput, FallbackChain, Provenance, Router, TranslateConfig};
pub use engine::{Batch, Engine, EngineError, EngineOutput};
pub use glossary::{Glossary, Term};
pub use html::{html_to_text, text_to_html};
pub use pipeline::{
    Outcome, Problem, TranslatedDocument, TranslatedSegments, translate_html, translate_segments,
};
pub use segment::{SegmentedDocument, segment};

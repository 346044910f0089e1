//! Gazette's search index: published articles (and translations) in a tantivy index, searched
//! with relevance ranking, highlighted snippets and facet counts.
//!
//! This crate owns the schema, the analyzers, indexing and querying. It knows nothing of SQL,
//! HTTP or the other gazette crates: the caller maps articles into [`SearchDoc`]s (one per
//! article and language: the original, and each translation readers can open), calls
//! [`SearchIndex::upsert`] with all of an article's documents after a publish, an edit or a
//! translation, and can always rebuild everything with [`SearchIndex::replace_all`], since the
//! index is derived data.
//!
//! # Originals and translations
//! A translation is a document of its own, in its language's field group (so Spanish text gets
//! the Spanish stemmer and Spanish statistics), with the article's id, slug and facet values and
//! the original's language and title beside its own. A search names the reader's language
//! ([`SearchQuery::reader_language`]): without one it is the site's search over the originals,
//! in every language, as readers of the site's own pages see them; with one it searches what a
//! reader of that language reads, the translations into it and the articles written in it, and
//! each translated hit carries its original ([`SearchHit::original`]) for a link to it.
//!
//! # Index design
//! Text is indexed in a *field group per language*: `title_en`, `standfirst_en`, `body_en` with
//! the `lang_en` analyzer, `title_fr`… with `lang_fr`, and so on for the 18 languages tantivy has
//! Snowball stemmers for, plus a `default` group (`lang_default`: no stemming) for every other
//! language. A document writes only to its language's group. Tantivy's schema is fixed, so all
//! groups exist in it, but a group nobody writes to has no postings and costs nothing to search.
//! We chose this over one shared field because each language then gets its own stemmer (a
//! shared field would need one analyzer for all) and its own BM25 statistics (French `les` is
//! not rare because the English articles lack it), and over a shared plain field plus a stemmed
//! one because that indexes every body twice.
//!
//! A query names its `language` and searches that group only, or searches every group that
//! has documents, analysing the query text once per group: an English reader's `strikes` finds
//! `striking` in English articles and `strikes` in German ones.
//!
//! Analyzers (`analysis.rs`): a word tokenizer that keeps combining marks inside words (Tamil,
//! Hindi) and splits the scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
//! Burmese) into words with ICU4X's dictionary segmenter (the `segmenter` feature, on by
//! default; without it every Han, Hiragana and Katakana character is its own token), then
//! lower case, the language's stemmer, and ASCII folding for Latin scripts (`economie` finds
//! `économie`; folding runs after stemming because the stemmers expect accents). For English,
//! French, German, Spanish, Italian, Portuguese and Dutch the index also holds *common-word
//! pairs*: `of the` is indexed as one term beside `of` and `the`, so that a phrase made only of
//! very frequent words is one or a few term lookups instead of comparing positions in every
//! article (on `bench/search`'s 100,000 articles, `"of the"` went from about 100 ms to 7 ms, as
//! fast as the word `the`).
//!
//! Stored once per document, outside the groups: id, slug, title, standfirst, plain body (for
//! snippets), language, `published_at`, and on a translation its original's language and title.
//! An untokenized `edition` field marks originals and translations (`original`, `translation`)
//! and the reader language a document is read in (`reader:es`), so either kind of search is one
//! term (none at all for the site's search while no translation was ever indexed). Facet values are one multi-valued fast string field,
//! `dimension:value` (`facets.rs`).
//!
//! # Queries
//! Free text, parsed by a parser that cannot fail (`query.rs`): words are all required (as in
//! most site search, and as in SQLite FTS5), `"phrases"`, `-word`/`NOT word` exclusions and
//! `a OR b`; anything else is plain words. At most 256 characters and 16 clauses are read, and
//! at most 32 terms searched, so no input can make a query expensive. A query with no
//! searchable words (empty, only punctuation or emoji, only exclusions) lists the documents
//! within the filters, newest first. Filters (region, theme, report, author, source, language,
//! year) must all match; a value the index has never seen simply matches nothing.
//!
//! # Ranking
//! BM25 summed over the fields, with the title weighted 3, the standfirst 2 and the body 1,
//! multiplied by a gentle recency boost:
//!
//! ```text
//! score = bm25 × (1 + 0.3 × exp(−age_days / 365))
//! ```
//!
//! so an article published today gets at most +30 %, one a year old +11 %, and from three years
//! on the boost is negligible: relevance decides, freshness breaks near-ties. Age is clamped at
//! zero for future dates. Every match is visited (facets need them all anyway); the boost is
//! computed only for matches whose BM25 score could still enter the page (`rank.rs`). Segments
//! are searched in parallel, on up to four threads.
//!
//! # Facets and snippets
//! Facets are counted over the whole result set, not the page, from a per-segment table in
//! memory of each document's facet values and publication time (`table.rs`; about 50 bytes
//! per document), built when a reload first shows a segment. Snippets come from the body
//! (falling back to the standfirst, then to the standfirst's opening words) through tantivy's
//! `SnippetGenerator`, HTML-escaped, with `<mark>` around the matched words. To keep them cheap,
//! the generator only analyses a window of the body where the query's words appear to be, and
//! stems only the tokens that can match (`search.rs`, `analysis.rs`).
//!
//! # Durability and freshness
//! Every [`SearchIndex::upsert`] and [`SearchIndex::delete`] commits and reloads the reader
//! before it returns, so the next search sees the change and a restart keeps it. The directory
//! holds a version marker; [`SearchIndex::open`] wipes an index written with another schema
//! version and reports it with [`SearchIndex::needs_rebuild`]. One process owns an index
//! directory (tantivy's writer lock): a second one gets [`SearchError::Locked`].

mod analysis;
mod exclusion;
mod facets;
mod index;
mod query;
mod rank;
mod schema;
mod search;
mod table;

use std::path::PathBuf;

pub use index::SearchIndex;

/// One document to index: an article in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    /// The article's id, shared by its original and its translations: upserting an id
    /// replaces every document of that article.
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    /// Plain text, no markup.
    pub body_text: String,
    /// A language tag: `en`, `fr`, `pt-BR`… Its primary subtag picks the analyzer.
    pub language: String,
    /// Unix seconds.
    pub published_at: i64,
    /// Author slugs.
    pub authors: Vec<String>,
    /// Region slugs, ancestors included by the caller.
    pub regions: Vec<String>,
    pub themes: Vec<String>,
    /// In-depth report slugs.
    pub reports: Vec<String>,
    /// The partner source's slug, for republished articles.
    pub source: Option<String>,
    /// Set on a translation: the article in its own language. `None` on the original.
    pub original: Option<Original>,
}

/// The original of a translated document or hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// Its language tag (normalised to lower case in hits).
    pub language: String,
    pub title: String,
}

/// A search. Filters given as `Some` must all match; an empty or blank value counts as absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// What the reader typed; anything goes.
    pub text: String,
    pub region: Option<String>,
    pub theme: Option<String>,
    pub report: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    /// Restricts to documents in this language and analyses the text for it only.
    pub language: Option<String>,
    /// The language the reader reads the site in. `None`: the site's own search, over the
    /// originals in every language. `Some(lang)`: the translations into `lang` and the
    /// articles written in it, the text analysed for `lang` only.
    pub reader_language: Option<String>,
    pub year: Option<i32>,
    /// 1-based; 0 is read as 1.
    pub page: u32,
    /// Clamped to 1..=100; 0 is read as 10.
    pub per_page: u32,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            region: None,
            theme: None,
            report: None,
            author: None,
            source: None,
            language: None,
            reader_language: None,
            year: None,
            page: 1,
            per_page: 10,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// HTML: escaped text with `<mark>` around matched words, and nothing else unescaped.
    pub snippet_html: String,
    /// The hit's language tag, lower case: the original's, or the translation's.
    pub language: String,
    /// Set when the hit is a translation: the article in its own language.
    pub original: Option<Original>,
    pub published_at: i64,
    /// Relevance with the recency boost; 0 when listing newest first.
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts over the whole result set. Sorted by count, then value; years newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub regions: Vec<FacetCount>,
    pub themes: Vec<FacetCount>,
    pub reports: Vec<FacetCount>,
    pub authors: Vec<FacetCount>,
    pub sources: Vec<FacetCount>,
    pub languages: Vec<FacetCount>,
    pub years: Vec<FacetCount>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Every match, not just this page.
    pub total: u64,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index directory {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} holds files that are not a search index; refusing to wipe it (point the index \
         at an empty or dedicated directory)"
    )]
    NotAnIndex { path: PathBuf },
    #[error("search index {path} is locked by another process")]
    Locked { path: PathBuf },
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

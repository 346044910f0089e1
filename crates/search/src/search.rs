//! Running a [`SearchQuery`]: building the tantivy query, ranking, facets and snippets.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::{Snippet, SnippetGenerator, collapse_overlapped_ranges};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{DocAddress, Order, Score, Searcher, TantivyDocument, Term};

use crate::analysis::{self, GROUPS};
use crate::exclusion::Excluded;
use crate::facets::{self, FacetCounter};
use crate::query::{self, Clause, UserQuery};
use crate::rank::RankCollector;
use crate::schema::{self, GroupFields, PUBLISHED_AT};
use crate::{Original, SearchError, SearchHit, SearchIndex, SearchQuery, SearchResults};

const TITLE_BOOST: Score = 3.0;
const STANDFIRST_BOOST: Score = 2.0;

const DEFAULT_PER_PAGE: u32 = 10;
const MAX_PER_PAGE: u32 = 100;
/// Pages past this many results are not served (totals and facets still are): nobody reads
/// them, and the top-k heap would grow with the offset.
const MAX_OFFSET: usize = 10_000;
/// Terms (words and phrases) searched per language group, whatever the query holds.
const MAX_TERMS: usize = 32;
/// Words kept in one phrase.
const MAX_PHRASE_TERMS: usize = 16;
/// Snippet length, in bytes of text.
const SNIPPET_BYTES: usize = 200;

/// An analysed part of the query: one term, or several with their positions (a phrase).
type Piece = Vec<(usize, String)>;
/// A clause of the boolean query a search runs.
type Filter = (Occur, Box<dyn Query>);

/// The text query for one language group, and its positive words (for highlighting).
struct GroupQuery {
    group: usize,
    query: Box<dyn Query>,
    words: Vec<String>,
}

impl SearchIndex {
    /// Searches. Never fails on what the reader typed or on unknown filter values; errors are
    /// the index's own (an unreadable segment).
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let searcher = self.inner.reader.searcher();
        let user = query::parse(&q.text);
        let normalized = |l: &Option<String>| {
            l.as_deref()
                .filter(|l| !l.trim().is_empty())
                .map(analysis::normalize_language)
        };
        let language = normalized(&q.language);
        let reader_language = normalized(&q.reader_language);
        // A reader's search reads the text in the reader's language only.
        let groups = match reader_language.as_ref().or(language.as_ref()) {
            Some(language) => vec![analysis::group_of(language)],
            None => self.present_groups(&searcher),
        };
        let group_queries: Vec<GroupQuery> = groups
            .iter()
            .filter_map(|&group| self.group_query(group, &user))
            .collect();
        let mut filters = self.filters(q, language.as_deref());
        filters.extend(self.edition_filter(&searcher, reader_language.as_deref())?);

        let per_page = match q.per_page {
            0 => DEFAULT_PER_PAGE,
            n => n.min(MAX_PER_PAGE),
        } as usize;
        let offset = (q.page.max(1) as usize - 1).saturating_mul(per_page);
        let want_hits = offset < MAX_OFFSET;

        if group_queries.is_empty() {
            // No searchable words: list what the filters (and exclusions) leave, newest first.
            let mut clauses = filters;
            if clauses.is_empty() {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            for &group in &groups {
                let mut budget = MAX_TERMS;
                for clause in &user.excluded {
                    if let Some(q) = self.clause_query(group, clause, false, &mut budget, None) {
                        clauses.push((Occur::MustNot, Box::new(Excluded(q))));
                    }
                }
            }
            let query = BooleanQuery::new(clauses);
            let (top, tally) = if want_hits {
                let newest = TopDocs::with_limit(per_page)
                    .and_offset(offset)
                    .order_by_fast_field::<i64>(PUBLISHED_AT, Order::Desc);
                searcher.search(&query, &(newest, self.facet_counter()))?
            } else {
                (Vec::new(), searcher.search(&query, &self.facet_counter())?)
            };
            let hits = top
                .into_iter()
                .map(|(_, address)| self.hit(&searcher, address, 0.0, None))
                .collect::<Result<_, _>>()?;
            return Ok(SearchResults {
                total: tally.total,
                hits,
                facets: facets::into_facets(tally.counts),
            });
        }

        let mut words_by_group = HashMap::new();
        let mut text_clauses = Vec::new();
        for gq in group_queries {
            words_by_group.insert(gq.group, gq.words);
            text_clauses.push((Occur::Should, gq.query));
        }
        let text_query: Box<dyn Query> = if text_clauses.len() == 1 {
            text_clauses.pop().expect("one clause").1
        } else {
            Box::new(BooleanQuery::new(text_clauses))
        };
        let mut clauses = vec![(Occur::Must, text_query)];
        clauses.extend(filters);
        let query = BooleanQuery::new(clauses);

        let collector = RankCollector {
            limit: if want_hits { offset + per_page } else { 0 },
            now: unix_now(),
            tables: &self.inner.tables,
        };
        let ranked = searcher.search(&query, &collector)?;
        let mut snippets = Snippets {
            index: self,
            searcher: &searcher,
            words_by_group: &words_by_group,
            generators: HashMap::new(),
        };
        let hits = ranked
            .top
            .into_iter()
            .skip(offset)
            .map(|(score, address)| self.hit(&searcher, address, score, Some(&mut snippets)))
            .collect::<Result<_, _>>()?;
        Ok(SearchResults {
            total: ranked.tally.total,
            hits,
            facets: facets::into_facets(ranked.tally.counts),
        })
    }

    fn facet_counter(&self) -> FacetCounter<'_> {
        FacetCounter {
            tables: &self.inner.tables,
        }
    }

    /// The language groups that hold documents.
    fn present_groups(&self, searcher: &Searcher) -> Vec<usize> {
        let fields = &self.inner.fields;
        (0..GROUPS.len())
            .filter(|&group| {
                let g = fields.groups[group];
                searcher.segment_readers().iter().any(|segment| {
                    [g.body, g.title].into_iter().any(|field| {
                        segment
                            .inverted_index(field)
                            .is_ok_and(|inverted| inverted.terms().num_terms() > 0)
                    })
                })
            })
            .collect()
    }

    /// The text query for one group, or `None` when nothing in it is searchable there.
    fn group_query(&self, group: usize, user: &UserQuery) -> Option<GroupQuery> {
        let mut budget = MAX_TERMS;
        let mut words = Vec::new();
        let mut clauses = Vec::new();
        for alternatives in &user.required {
            let mut any: Vec<Box<dyn Query>> = alternatives
                .iter()
                .filter_map(|c| self.clause_query(group, c, true, &mut budget, Some(&mut words)))
                .collect();
            match any.len() {
                0 => {}
                1 => clauses.push((Occur::Must, any.pop().expect("one alternative"))),
                _ => clauses.push((
                    Occur::Must,
                    Box::new(BooleanQuery::new(
                        any.into_iter().map(|q| (Occur::Should, q)).collect(),
                    )),
                )),
            }
        }
        if clauses.is_empty() {
            return None;
        }
        for clause in &user.excluded {
            if let Some(q) = self.clause_query(group, clause, false, &mut budget, None) {
                clauses.push((Occur::MustNot, Box::new(Excluded(q))));
            }
        }
        Some(GroupQuery {
            group,
            query: Box::new(BooleanQuery::new(clauses)),
            words,
        })
    }

    /// One clause in one group: all its pieces must match, each in any of the group's fields.
    fn clause_query(
        &self,
        group: usize,
        clause: &Clause,
        scored: bool,
        budget: &mut usize,
        words: Option<&mut Vec<String>>,
    ) -> Option<Box<dyn Query>> {
        let analyzers = &self.inner.analyzers;
        let mut pieces = pieces(&mut analyzers.words[group].clone(), clause);
        pieces.truncate(*budget);
        *budget -= pieces.len();
        if let Some(words) = words {
            words.extend(pieces.iter().flatten().map(|(_, text)| text.clone()));
        }
        let common = &analyzers.common[group];
        let fields = self.inner.fields.groups[group];
        let mut queries: Vec<Box<dyn Query>> = pieces
            .into_iter()
            .map(|piece| {
                let piece = if piece.iter().all(|(_, word)| common.contains(word)) {
                    as_pairs(piece)
                } else {
                    piece
                };
                piece_query(fields, &piece, scored)
            })
            .collect();
        match queries.len() {
            0 => None,
            1 => queries.pop(),
            _ => Some(Box::new(BooleanQuery::new(
                queries.into_iter().map(|q| (Occur::Must, q)).collect(),
            ))),
        }
    }

    /// Which documents a search is over: the originals, or what readers of `reader_language`
    /// read. Required, and scoring nothing; `None` when every document qualifies (an index
    /// without translations, for the site's search), which spares a posting list as long as
    /// the index from every query.
    fn edition_filter(
        &self,
        searcher: &Searcher,
        reader_language: Option<&str>,
    ) -> Result<Option<Filter>, SearchError> {
        let edition = self.inner.fields.edition;
        let value = match reader_language {
            Some(language) => schema::reader_term(language),
            None => {
                // Deleted documents count too, so this errs towards filtering.
                let translations = Term::from_field_text(edition, schema::TRANSLATION);
                if searcher.doc_freq(&translations)? == 0 {
                    return Ok(None);
                }
                schema::ORIGINAL.to_owned()
            }
        };
        let term = Term::from_field_text(edition, &value);
        Ok(Some((
            Occur::Must,
            Box::new(ConstScoreQuery::new(
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                0.0,
            )),
        )))
    }

    /// Facet filters: required, and scoring nothing.
    fn filters(&self, q: &SearchQuery, language: Option<&str>) -> Vec<(Occur, Box<dyn Query>)> {
        let year = q.year.map(|y| y.to_string());
        [
            (facets::REGION, q.region.as_deref()),
            (facets::THEME, q.theme.as_deref()),
            (facets::REPORT, q.report.as_deref()),
            (facets::AUTHOR, q.author.as_deref()),
            (facets::SOURCE, q.source.as_deref()),
            (facets::LANGUAGE, language),
            (facets::YEAR, year.as_deref()),
        ]
        .into_iter()
        .filter_map(|(dimension, value)| {
            let value = value.filter(|v| !v.trim().is_empty())?;
            let key = facets::key(dimension, value);
            let term = Term::from_field_text(self.inner.fields.facet, &key);
            let query: Box<dyn Query> = Box::new(ConstScoreQuery::new(
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                0.0,
            ));
            Some((Occur::Must, query))
        })
        .collect()
    }

    fn hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: Score,
        snippets: Option<&mut Snippets<'_>>,
    ) -> Result<SearchHit, SearchError> {
        let fields = &self.inner.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
        };
        let int = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_i64())
                .unwrap_or_default()
        };
        let (body, standfirst) = (text(fields.body), text(fields.standfirst));
        let snippet_html = match snippets {
            Some(snippets) => {
                let group = analysis::group_of(text(fields.language));
                snippets.render(group, body, standfirst)?
            }
            None => plain_snippet(if standfirst.trim().is_empty() {
                body
            } else {
                standfirst
            }),
        };
        let original_language = text(fields.original_language);
        Ok(SearchHit {
            id: int(fields.id),
            slug: text(fields.slug).to_owned(),
            title: text(fields.title).to_owned(),
            snippet_html,
            language: text(fields.language).to_owned(),
            original: (!original_language.is_empty()).then(|| Original {
                language: original_language.to_owned(),
                title: text(fields.original_title).to_owned(),
            }),
            published_at: int(fields.published_at),
            score,
        })
    }
}

/// Splits a clause into pieces. A phrase is one piece. A bare word is one piece per run of
/// tokens with nothing between them (a run of CJK characters becomes a phrase) and one per
/// token otherwise (`covid-19` needs `covid` and `19`, not the phrase).
fn pieces(analyzer: &mut TextAnalyzer, clause: &Clause) -> Vec<Piece> {
    let (text, is_phrase) = match clause {
        Clause::Word(text) => (text, false),
        Clause::Phrase(text) => (text, true),
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut last_end = None;
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        let joined = is_phrase || last_end == Some(token.offset_from);
        last_end = Some(token.offset_to);
        match pieces.last_mut() {
            Some(piece) if joined => {
                if piece.len() < MAX_PHRASE_TERMS {
                    piece.push((token.position, token.text.clone()));
                }
            }
            _ => pieces.push(vec![(token.position, token.text.clone())]),
        }
    }
    pieces
}

/// A phrase of common words, rewritten as the pairs the index holds for them (see
/// `analysis`): `of the` is one term, `to be or not` the phrase `to be` + `or not`. Pairs
/// overlap where needed to cover an odd word out. Pieces of one word, and phrases with a gap
/// (a dropped over-long token), are returned as they are.
fn as_pairs(piece: Piece) -> Piece {
    let n = piece.len();
    if n < 2 || piece.windows(2).any(|w| w[1].0 != w[0].0 + 1) {
        return piece;
    }
    let mut starts: Vec<usize> = (0..n - 1).step_by(2).collect();
    if starts.last().is_some_and(|&last| last + 2 < n) {
        starts.push(n - 2);
    }
    starts
        .into_iter()
        .map(|i| (piece[i].0, analysis::pair(&piece[i].1, &piece[i + 1].1)))
        .collect()
}

/// One piece in one group: any of title, standfirst or body, weighted.
fn piece_query(fields: GroupFields, piece: &Piece, scored: bool) -> Box<dyn Query> {
    let record = if scored {
        IndexRecordOption::WithFreqs
    } else {
        IndexRecordOption::Basic
    };
    let per_field = |field: Field, boost: Score| -> (Occur, Box<dyn Query>) {
        let query: Box<dyn Query> = match piece.as_slice() {
            [(_, text)] => Box::new(TermQuery::new(Term::from_field_text(field, text), record)),
            _ => {
                let first = piece[0].0;
                Box::new(PhraseQuery::new_with_offset(
                    piece
                        .iter()
                        .map(|(position, text)| {
                            (position - first, Term::from_field_text(field, text))
                        })
                        .collect(),
                ))
            }
        };
        let query = if boost == 1.0 || !scored {
            query
        } else {
            Box::new(BoostQuery::new(query, boost))
        };
        (Occur::Should, query)
    };
    Box::new(BooleanQuery::new(vec![
        per_field(fields.title, TITLE_BOOST),
        per_field(fields.standfirst, STANDFIRST_BOOST),
        per_field(fields.body, 1.0),
    ]))
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Snippet generators, made per language group on first use within one search.
struct Snippets<'a> {
    index: &'a SearchIndex,
    searcher: &'a Searcher,
    words_by_group: &'a HashMap<usize, Vec<String>>,
    generators: HashMap<usize, GroupSnippets>,
}

struct GroupSnippets {
    /// The query's words in the group, with the generators' weights.
    weights: Vec<(String, Score)>,
    body: SnippetGenerator,
    standfirst: SnippetGenerator,
}

impl Snippets<'_> {
    fn render(
        &mut self,
        group: usize,
        body: &str,
        standfirst: &str,
    ) -> Result<String, SearchError> {
        if !self.generators.contains_key(&group) {
            let fields = self.index.inner.fields.groups[group];
            let words = self.words_by_group.get(&group).cloned().unwrap_or_default();
            let (body, weights) = self.generator(group, fields.body, &words)?;
            let (standfirst, _) = self.generator(group, fields.standfirst, &words)?;
            let snippets = GroupSnippets {
                weights,
                body,
                standfirst,
            };
            self.generators.insert(group, snippets);
        }
        let generators = &self.generators[&group];
        for (generator, text) in [
            (&generators.body, body),
            (&generators.standfirst, standfirst),
        ] {
            let (snippet, offset) = windowed_snippet(generator, text, &generators.weights);
            if !snippet.is_empty() {
                return Ok(snippet_html(&snippet, text, offset));
            }
        }
        // Matched in the title only.
        Ok(plain_snippet(if standfirst.trim().is_empty() {
            body
        } else {
            standfirst
        }))
    }

    /// Like `SnippetGenerator::create`, from the group's positive words only (the query also
    /// holds exclusions and filters, which must not be highlighted), and with an analyzer
    /// without word pairs (see `analysis::snippet_analyzer`).
    fn generator(
        &self,
        group: usize,
        field: Field,
        words: &[String],
    ) -> Result<(SnippetGenerator, Vec<(String, Score)>), SearchError> {
        let mut weights = BTreeMap::new();
        for word in words {
            let doc_freq = self
                .searcher
                .doc_freq(&Term::from_field_text(field, word))?;
            if doc_freq > 0 {
                // Rarer words make the better fragment, as tantivy weighs them.
                weights.insert(word.clone(), 1.0 / (1.0 + doc_freq as Score));
            }
        }
        let analyzer = analysis::snippet_analyzer(group, words);
        let listed = weights.iter().map(|(w, s)| (w.clone(), *s)).collect();
        Ok((
            SnippetGenerator::new(weights, analyzer, field, SNIPPET_BYTES),
            listed,
        ))
    }
}

/// A snippet of `text` and the offset in `text` of what it was cut from.
///
/// Analysing a whole body to find a match took most of a search's time. So the words are first
/// looked for as bytes (see [`likely_window`]), and only a window around the best spot is
/// analysed; the whole text only when that finds nothing certain.
fn windowed_snippet(
    generator: &SnippetGenerator,
    text: &str,
    words: &[(String, Score)],
) -> (Snippet, usize) {
    match likely_window(text, words) {
        Window::At(window) => {
            let snippet = generator.snippet(&text[window.clone()]);
            if !snippet.is_empty() {
                return (snippet, window.start);
            }
        }
        Window::NoMatch => return (Snippet::empty(), 0),
        Window::Unknown => {}
    }
    (generator.snippet(text), 0)
}

enum Window {
    /// The words seem to be here.
    At(Range<usize>),
    /// No word of the text can be one of the query's.
    NoMatch,
    /// Cannot tell without analysing the text.
    Unknown,
}

/// Text kept before the first candidate of the window, for context.
const WINDOW_LEAD: usize = 60;

/// Where in `text` the query's words seem to weigh most, found by comparing bytes.
///
/// A candidate is a word start matching a query word's analysed form less its last letter, case
/// aside: the Snowball stemmers rewrite a word's ending only, and at most that letter of what
/// they keep (`strike` is the stem of `striking`, `cri` of `cry`). The window starts at the
/// candidate followed, within a snippet's length, by the greatest weight of distinct words
/// (rarer words weigh more, as the generator weighs them).
///
/// With no candidate, no word can match, unless a word starts with a non-ASCII letter (`É`
/// folds to `e`) or the query has a non-ASCII word: then it cannot tell. The stemmers' few
/// exceptions that rewrite a beginning (`dying` → `die`) go unhighlighted.
fn likely_window(text: &str, words: &[(String, Score)]) -> Window {
    const MAX_CANDIDATES: usize = 4096;
    if text.len() <= 3 * SNIPPET_BYTES
        || words.is_empty()
        || !words.iter().all(|(w, _)| w.is_ascii())
    {
        return Window::Unknown;
    }
    let prefixes: Vec<&[u8]> = words
        .iter()
        .map(|(w, _)| &w.as_bytes()[..w.len().saturating_sub(1).max(1)])
        .collect();
    let mut starts_a_word = [false; 256];
    for prefix in &prefixes {
        starts_a_word[usize::from(prefix[0].to_ascii_lowercase())] = true;
        starts_a_word[usize::from(prefix[0].to_ascii_uppercase())] = true;
    }
    let bytes = text.as_bytes();
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for i in 0..bytes.len() {
        if !starts_a_word[usize::from(bytes[i])] || (i > 0 && bytes[i - 1].is_ascii_alphanumeric())
        {
            continue;
        }
        for (which, prefix) in prefixes.iter().enumerate() {
            if bytes.len() - i >= prefix.len()
                && bytes[i..i + prefix.len()].eq_ignore_ascii_case(prefix)
            {
                candidates.push((i, which));
            }
        }
        if candidates.len() >= MAX_CANDIDATES {
            break;
        }
    }
    let mut best: Option<(usize, Score)> = None;
    let mut seen = vec![false; prefixes.len()];
    for (k, &(start, _)) in candidates.iter().enumerate() {
        seen.fill(false);
        let mut weight = 0.0;
        for &(at, which) in &candidates[k..] {
            if at >= start + SNIPPET_BYTES - WINDOW_LEAD {
                break;
            }
            if !seen[which] {
                seen[which] = true;
                weight += words[which].1;
            }
        }
        if best.is_none_or(|(_, w)| weight > w) {
            best = Some((start, weight));
        }
    }
    let Some((start, _)) = best else {
        return if has_non_ascii_word(text) {
            Window::Unknown
        } else {
            Window::NoMatch
        };
    };
    let mut from = start.saturating_sub(WINDOW_LEAD);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // Start at a word, not inside one.
    if let Some(space) = text[from..start].find(char::is_whitespace) {
        from += space + 1;
    } else {
        from = start;
    }
    let mut to = (from + 2 * SNIPPET_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    Window::At(from..to)
}

/// Whether a word of `text` starts with a letter or digit outside ASCII.
fn has_non_ascii_word(text: &str) -> bool {
    let mut after_word = false;
    for c in text.chars() {
        let alnum = c.is_alphanumeric();
        if alnum && !after_word && !c.is_ascii() {
            return true;
        }
        after_word = alnum;
    }
    false
}

/// The snippet as HTML: escaped, matched words in `<mark>`, `…` where the text goes on.
/// `offset` is where in `text` the snippet's own text began.
fn snippet_html(snippet: &Snippet, text: &str, offset: usize) -> String {
    let fragment = snippet.fragment();
    let range = snippet.fragment_range();
    let mut html = String::with_capacity(fragment.len() + 64);
    // The fragment runs from a word to a word: keep punctuation around it (a closing full
    // stop, an opening quote), and say `…` only where words were left out.
    let (before, after) = (&text[..offset + range.start], &text[offset + range.end..]);
    if before.chars().any(char::is_alphanumeric) {
        html.push_str("… ");
    } else {
        escape_into(&mut html, before.trim_start());
    }
    let mut from = 0;
    for marked in collapse_overlapped_ranges(snippet.highlighted()) {
        escape_into(&mut html, &fragment[from..marked.start]);
        html.push_str("<mark>");
        escape_into(&mut html, &fragment[marked.clone()]);
        html.push_str("</mark>");
        from = marked.end;
    }
    escape_into(&mut html, &fragment[from..]);
    if after.chars().any(char::is_alphanumeric) {
        html.push_str(" …");
    } else {
        escape_into(&mut html, after.trim_end());
    }
    html
}

/// The start of a text, cut at a word boundary near [`SNIPPET_BYTES`], escaped.
fn plain_snippet(text: &str) -> String {
    let text = text.trim();
    let mut html = String::new();
    if text.len() <= SNIPPET_BYTES {
        escape_into(&mut html, text);
        return html;
    }
    let mut cut = SNIPPET_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut]
        .rfind(char::is_whitespace)
        .filter(|&i| i > SNIPPET_BYTES / 2)
        .unwrap_or(cut);
    escape_into(&mut html, text[..cut].trim_end());
    html.push_str(" …");
    html
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(words: &[&str]) -> Piece {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| (i + 3, w.to_string()))
            .collect()
    }

    #[test]
    fn phrases_of_common_words_become_pairs() {
        assert_eq!(as_pairs(piece(&["of", "the"])), [(3, "of the".to_string())]);
        assert_eq!(
            as_pairs(piece(&["to", "be", "or", "not"])),
            [(3, "to be".to_string()), (5, "or not".to_string())]
        );
        // An odd word out is covered by an overlapping pair.
        assert_eq!(
            as_pairs(piece(&["one", "of", "the"])),
            [(3, "one of".to_string()), (4, "of the".to_string())]
        );
        assert_eq!(as_pairs(piece(&["the"])), piece(&["the"]));
        let gapped = vec![(0, "of".to_string()), (2, "the".to_string())];
        assert_eq!(as_pairs(gapped.clone()), gapped);
    }

    #[test]
    fn windows_start_at_a_word_near_the_best_cluster() {
        let text = format!(
            "{} strike once. {} the dock strike began {}",
            "lorem ".repeat(100),
            "ipsum ".repeat(100),
            "dolor ".repeat(100)
        );
        let at = |words: &[(String, Score)]| match likely_window(&text, words) {
            Window::At(window) => window,
            _ => panic!("no window for {words:?}"),
        };
        let words = [("dock".to_string(), 0.5), ("strike".to_string(), 0.5)];
        let window = at(&words);
        let cluster = text.find("dock strike").expect("in the text");
        assert!(window.start <= cluster && cluster < window.end);
        assert!(text[..window.start].ends_with(' '));
        // A rarer word outweighs a cluster of common ones.
        let window = at(&[("ipsum".to_string(), 0.01), ("once".to_string(), 0.9)]);
        assert!(text[window].contains("once"));
        // `cri` is the stem of `cry`.
        let cry = format!("{} they cry {}", "lorem ".repeat(100), "dolor ".repeat(100));
        assert!(matches!(
            likely_window(&cry, &[("cri".to_string(), 1.0)]),
            Window::At(_)
        ));

        assert!(matches!(
            likely_window("short text", &words),
            Window::Unknown
        ));
        let french = [("econom".to_string(), 1.0)];
        assert!(matches!(likely_window(&text, &french), Window::NoMatch));
        let accented = format!("{text} Économie");
        assert!(matches!(likely_window(&accented, &french), Window::Unknown));
        let curly = format!("{text} “quoted” — dash");
        assert!(matches!(likely_window(&curly, &french), Window::NoMatch));
        assert!(matches!(
            likely_window(&text, &[("économ".to_string(), 1.0)]),
            Window::Unknown
        ));
    }

    #[test]
    fn plain_snippets_are_escaped_and_cut_at_a_word() {
        assert_eq!(
            plain_snippet("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
        let long = "word ".repeat(100);
        let snippet = plain_snippet(&long);
        assert!(snippet.ends_with("word …"));
        assert!(snippet.len() <= SNIPPET_BYTES + 4);
        let multibyte = "é".repeat(300);
        assert!(plain_snippet(&multibyte).ends_with(" …"));
    }
}

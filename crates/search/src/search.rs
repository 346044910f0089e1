//! Running a [`SearchQuery`]: building the tantivy query, ranking, facets and snippets.

use std::collections::{BTreeMap, HashMap};
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::{Snippet, SnippetGenerator, collapse_overlapped_ranges};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::analysis::{self, GROUPS};
use crate::exclusion::Excluded;
use crate::facets::{self, FacetCounter};
use crate::query::{self, Clause, UserQuery};
use crate::schema::{GroupFields, PUBLISHED_AT};
use crate::{SearchError, SearchHit, SearchIndex, SearchQuery, SearchResults};

const TITLE_BOOST: Score = 3.0;
const STANDFIRST_BOOST: Score = 2.0;
/// The recency boost: `1 + RECENCY_WEIGHT × exp(−age_days / RECENCY_DAYS)`.
const RECENCY_WEIGHT: f64 = 0.3;
const RECENCY_DAYS: f64 = 365.0;

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

/// The text query for one language group, and its positive terms (for highlighting).
struct GroupQuery {
    group: usize,
    query: Box<dyn Query>,
    terms: Vec<String>,
}

impl SearchIndex {
    /// Searches. Never fails on what the reader typed or on unknown filter values; errors are
    /// the index's own (an unreadable segment).
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let searcher = self.inner.reader.searcher();
        let user = query::parse(&q.text);
        let language = q
            .language
            .as_deref()
            .filter(|l| !l.trim().is_empty())
            .map(analysis::normalize_language);
        let groups = match &language {
            Some(language) => vec![analysis::group_of(language)],
            None => self.present_groups(&searcher),
        };
        let group_queries: Vec<GroupQuery> = groups
            .iter()
            .filter_map(|&group| self.group_query(group, &user))
            .collect();
        let filters = self.filters(q, language.as_deref());

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
                searcher.search(&query, &(newest, FacetCounter))?
            } else {
                (Vec::new(), searcher.search(&query, &FacetCounter)?)
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

        let mut terms_by_group = HashMap::new();
        let mut text_clauses = Vec::new();
        for gq in group_queries {
            terms_by_group.insert(gq.group, gq.terms);
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

        let (top, tally) = if want_hits {
            let now = unix_now();
            let ranked = TopDocs::with_limit(per_page)
                .and_offset(offset)
                .tweak_score(move |segment: &SegmentReader| {
                    let published = segment
                        .fast_fields()
                        .i64(PUBLISHED_AT)
                        .ok()
                        .map(|column| column.first_or_default_col(now));
                    move |doc: DocId, score: Score| {
                        let at = published.as_ref().map_or(now, |c| c.get_val(doc));
                        score * recency_boost(now, at)
                    }
                });
            searcher.search(&query, &(ranked, FacetCounter))?
        } else {
            (Vec::new(), searcher.search(&query, &FacetCounter)?)
        };

        let mut snippets = Snippets {
            index: self,
            searcher: &searcher,
            terms_by_group: &terms_by_group,
            generators: HashMap::new(),
        };
        let hits = top
            .into_iter()
            .map(|(score, address)| self.hit(&searcher, address, score, Some(&mut snippets)))
            .collect::<Result<_, _>>()?;
        Ok(SearchResults {
            total: tally.total,
            hits,
            facets: facets::into_facets(tally.counts),
        })
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

    fn analyzer(&self, group: usize) -> TextAnalyzer {
        self.inner
            .index
            .tokenizers()
            .get(&analysis::tokenizer_name(&GROUPS[group]))
            .expect("every group's analyzer is registered when the index is opened")
    }

    /// The text query for one group, or `None` when nothing in it is searchable there.
    fn group_query(&self, group: usize, user: &UserQuery) -> Option<GroupQuery> {
        let mut budget = MAX_TERMS;
        let mut terms = Vec::new();
        let mut clauses = Vec::new();
        for alternatives in &user.required {
            let mut any: Vec<Box<dyn Query>> = alternatives
                .iter()
                .filter_map(|c| self.clause_query(group, c, true, &mut budget, Some(&mut terms)))
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
            terms,
        })
    }

    /// One clause in one group: all its pieces must match, each in any of the group's fields.
    fn clause_query(
        &self,
        group: usize,
        clause: &Clause,
        scored: bool,
        budget: &mut usize,
        terms: Option<&mut Vec<String>>,
    ) -> Option<Box<dyn Query>> {
        let mut pieces = pieces(&mut self.analyzer(group), clause);
        pieces.truncate(*budget);
        *budget -= pieces.len();
        if let Some(terms) = terms {
            terms.extend(pieces.iter().flatten().map(|(_, text)| text.clone()));
        }
        let fields = self.inner.fields.groups[group];
        let mut queries: Vec<Box<dyn Query>> = pieces
            .iter()
            .map(|piece| piece_query(fields, piece, scored))
            .collect();
        match queries.len() {
            0 => None,
            1 => queries.pop(),
            _ => Some(Box::new(BooleanQuery::new(
                queries.into_iter().map(|q| (Occur::Must, q)).collect(),
            ))),
        }
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
            let term =
                Term::from_field_text(self.inner.fields.facet, &facets::key(dimension, value));
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
        Ok(SearchHit {
            id: int(fields.id),
            slug: text(fields.slug).to_owned(),
            title: text(fields.title).to_owned(),
            snippet_html,
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

/// `1 + 0.3 × exp(−age_days / 365)`, with the age clamped at zero.
fn recency_boost(now: i64, published_at: i64) -> Score {
    let age_days = (now.saturating_sub(published_at).max(0) as f64) / 86_400.0;
    (1.0 + RECENCY_WEIGHT * (-age_days / RECENCY_DAYS).exp()) as Score
}

/// Snippet generators, made per language group on first use within one search.
struct Snippets<'a> {
    index: &'a SearchIndex,
    searcher: &'a Searcher,
    terms_by_group: &'a HashMap<usize, Vec<String>>,
    /// Body and standfirst generators per group.
    generators: HashMap<usize, (SnippetGenerator, SnippetGenerator)>,
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
            let terms = self
                .terms_by_group
                .get(&group)
                .map_or(&[][..], Vec::as_slice);
            let pair = (
                self.generator(fields.body, terms)?,
                self.generator(fields.standfirst, terms)?,
            );
            self.generators.insert(group, pair);
        }
        let (for_body, for_standfirst) = &self.generators[&group];
        for (generator, text) in [(for_body, body), (for_standfirst, standfirst)] {
            let snippet = generator.snippet(text);
            if !snippet.is_empty() {
                return Ok(snippet_html(&snippet, text));
            }
        }
        // Matched in the title only.
        Ok(plain_snippet(if standfirst.trim().is_empty() {
            body
        } else {
            standfirst
        }))
    }

    /// Like `SnippetGenerator::create`, from the group's positive terms only: the query also
    /// holds exclusions and filters, which must not be highlighted.
    fn generator(&self, field: Field, terms: &[String]) -> Result<SnippetGenerator, SearchError> {
        let mut weights = BTreeMap::new();
        for text in terms {
            let doc_freq = self
                .searcher
                .doc_freq(&Term::from_field_text(field, text))?;
            if doc_freq > 0 {
                // Rarer words make the better fragment, as tantivy weighs them.
                weights.insert(text.clone(), 1.0 / (1.0 + doc_freq as Score));
            }
        }
        let tokenizer = self.index.inner.index.tokenizer_for_field(field)?;
        Ok(SnippetGenerator::new(
            weights,
            tokenizer,
            field,
            SNIPPET_BYTES,
        ))
    }
}

/// The snippet as HTML: escaped, matched words in `<mark>`, `…` where the text goes on.
fn snippet_html(snippet: &Snippet, text: &str) -> String {
    let fragment = snippet.fragment();
    let range = snippet.fragment_range();
    let mut html = String::with_capacity(fragment.len() + 64);
    // The fragment runs from a word to a word: keep punctuation around it (a closing full
    // stop, an opening quote), and say `…` only where words were left out.
    let (before, after) = (&text[..range.start], &text[range.end..]);
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

    #[test]
    fn recency_boost_is_gentle_and_clamped() {
        let day = 86_400;
        let now = 1_700_000_000;
        assert!((recency_boost(now, now) - 1.3).abs() < 1e-6);
        assert!((recency_boost(now, now + 30 * day) - 1.3).abs() < 1e-6);
        let year_old = recency_boost(now, now - 365 * day);
        assert!((year_old - (1.0 + 0.3 / std::f32::consts::E)).abs() < 1e-4);
        assert!(recency_boost(now, now - 3650 * day) < 1.0001);
        assert!(recency_boost(now, i64::MIN) >= 1.0);
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

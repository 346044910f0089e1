//! The tantivy schema, and turning a [`SearchDoc`] into a tantivy document.

use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::{self, GROUPS};
use crate::{SearchDoc, facets};

/// Bump whenever the schema, the analyzers or what is indexed changes: an index on disk with
/// another version is wiped on open and reported by `needs_rebuild`.
pub(crate) const SCHEMA_VERSION: u32 = 2;

/// The indexed (not stored) text fields of one language group.
#[derive(Clone, Copy)]
pub(crate) struct GroupFields {
    pub title: Field,
    pub standfirst: Field,
    pub body: Field,
}

#[derive(Clone)]
pub(crate) struct Fields {
    pub id: Field,
    pub slug: Field,
    pub title: Field,
    pub standfirst: Field,
    pub body: Field,
    pub language: Field,
    pub original_language: Field,
    pub original_title: Field,
    pub published_at: Field,
    /// Untokenized: `original` or `translation`, and `reader:{lang}` on every document.
    pub edition: Field,
    pub facet: Field,
    /// Indexed like [`GROUPS`].
    pub groups: Vec<GroupFields>,
}

pub(crate) const PUBLISHED_AT: &str = "published_at";

/// The `edition` term of originals.
pub(crate) const ORIGINAL: &str = "original";
/// The `edition` term of translations.
pub(crate) const TRANSLATION: &str = "translation";

/// The `edition` term of the documents readers of `language` (normalised) read.
pub(crate) fn reader_term(language: &str) -> String {
    format!("reader:{language}")
}

pub(crate) fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let id = builder.add_i64_field("id", INDEXED | FAST | STORED);
    // What a hit shows and what snippets are cut from: stored once, in the document's language.
    let slug = builder.add_text_field("slug", STORED);
    let title = builder.add_text_field("title", STORED);
    let standfirst = builder.add_text_field("standfirst", STORED);
    let body = builder.add_text_field("body", STORED);
    let language = builder.add_text_field("language", STORED);
    let original_language = builder.add_text_field("original_language", STORED);
    let original_title = builder.add_text_field("original_title", STORED);
    let published_at = builder.add_i64_field(PUBLISHED_AT, FAST | STORED);
    let edition = builder.add_text_field(
        "edition",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        ),
    );
    let facet = builder.add_text_field(
        facets::FIELD,
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("raw")
                    .set_index_option(IndexRecordOption::Basic)
                    .set_fieldnorms(false),
            )
            .set_fast("raw"),
    );
    let groups = GROUPS
        .iter()
        .map(|group| {
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&analysis::tokenizer_name(group))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            GroupFields {
                title: builder.add_text_field(&format!("title_{}", group.code), options.clone()),
                standfirst: builder
                    .add_text_field(&format!("standfirst_{}", group.code), options.clone()),
                body: builder.add_text_field(&format!("body_{}", group.code), options),
            }
        })
        .collect();
    let fields = Fields {
        id,
        slug,
        title,
        standfirst,
        body,
        language,
        original_language,
        original_title,
        published_at,
        edition,
        facet,
        groups,
    };
    (builder.build(), fields)
}

impl Fields {
    pub(crate) fn document(&self, doc: &SearchDoc) -> TantivyDocument {
        let language = analysis::normalize_language(&doc.language);
        let group = self.groups[analysis::group_of(&language)];
        let mut out = TantivyDocument::new();
        out.add_i64(self.id, doc.id);
        out.add_text(self.slug, &doc.slug);
        out.add_text(self.title, &doc.title);
        out.add_text(self.standfirst, &doc.standfirst);
        out.add_text(self.body, &doc.body_text);
        out.add_text(self.language, &language);
        match &doc.original {
            Some(original) => {
                out.add_text(
                    self.original_language,
                    analysis::normalize_language(&original.language),
                );
                out.add_text(self.original_title, &original.title);
                out.add_text(self.edition, TRANSLATION);
            }
            None => out.add_text(self.edition, ORIGINAL),
        }
        out.add_text(self.edition, reader_term(&language));
        out.add_i64(self.published_at, doc.published_at);
        out.add_text(group.title, &doc.title);
        out.add_text(group.standfirst, &doc.standfirst);
        out.add_text(group.body, &doc.body_text);

        let mut keys: Vec<String> = [
            (facets::REGION, &doc.regions),
            (facets::THEME, &doc.themes),
            (facets::REPORT, &doc.reports),
            (facets::AUTHOR, &doc.authors),
        ]
        .into_iter()
        .flat_map(|(dimension, values)| values.iter().map(move |v| facets::key(dimension, v)))
        .chain(doc.source.iter().map(|s| facets::key(facets::SOURCE, s)))
        .chain([
            facets::key(facets::LANGUAGE, &language),
            facets::key(facets::YEAR, &year_of(doc.published_at).to_string()),
        ])
        .collect();
        // A region listed twice (the caller adds ancestors) must count once.
        keys.sort_unstable();
        keys.dedup();
        for key in &keys {
            out.add_text(self.facet, key);
        }
        out
    }
}

/// The UTC calendar year of a Unix timestamp (Howard Hinnant's `civil_from_days`).
pub(crate) fn year_of(unix_seconds: i64) -> i64 {
    let days = unix_seconds.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400;
    if month <= 2 { year + 1 } else { year }
}

#[cfg(test)]
mod tests {
    use super::year_of;

    #[test]
    fn years_are_utc_calendar_years() {
        assert_eq!(year_of(0), 1970);
        assert_eq!(year_of(-1), 1969);
        assert_eq!(year_of(951_782_400), 2000); // 2000-02-29
        assert_eq!(year_of(1_704_067_199), 2023); // 2023-12-31T23:59:59Z
        assert_eq!(year_of(1_704_067_200), 2024);
        // Nonsense instants still give a year rather than overflowing.
        assert!(year_of(i64::MAX) > 1_000_000);
        assert!(year_of(i64::MIN) < -1_000_000);
    }
}

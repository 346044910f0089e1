//! Segments every engine of a language's chain got wrong: the translation keeps them in the
//! original language, marked with it, and records them on its row, so readers get the rest
//! translated and editors see what to fix and why.
//!
//! The unit of refusal is the segment (a paragraph, a heading, the title): an engine's answer
//! whose markup differs from its source's is never published (security issue 12), but it no
//! longer costs the article's other segments their translation. How much may be left in the
//! original before a translation is not worth publishing is [`worth_publishing`].

use gazette_translate::{Problem, html_to_text};
use serde::{Deserialize, Serialize};

/// Which part of the article a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Title,
    Standfirst,
    ImageCaption,
    ImageCredit,
    Body,
}

impl Part {
    /// The name it is stored under, which the theme's templates see too.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Standfirst => "standfirst",
            Part::ImageCaption => "image-caption",
            Part::ImageCredit => "image-credit",
            Part::Body => "body",
        }
    }
}

/// A segment kept in the original language, as recorded with the translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct UntranslatedSegment {
    pub part: Part,
    /// A body segment's place among the body's segments, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<usize>,
    /// The segment's key in the translation memory, where an editor's wording of it is kept.
    pub key: String,
    /// The original segment as HTML (a field's text escaped).
    pub source_html: String,
    /// Why the last answer was refused: its kind and values, e.g.
    /// `{"kind": "tag-count", "tag": "a", "expected": 1, "found": 2}`.
    #[schema(value_type = Object)]
    pub refusal: Problem,
    /// The engine whose answer was refused last.
    pub engine: Option<String>,
}

/// The record as stored on the translation's row.
pub(super) fn encode(segments: &[UntranslatedSegment]) -> String {
    serde_json::to_string(segments).expect("the record is plain data")
}

/// The record read back. One the code can no longer read (written by another version) is
/// logged and read as empty: the text it describes is still the one shown, and the next
/// refresh records its segments anew.
pub(crate) fn decode(json: &str) -> Vec<UntranslatedSegment> {
    serde_json::from_str(json).unwrap_or_else(|error| {
        tracing::warn!(%error, "unreadable record of untranslated segments; read as empty");
        Vec::new()
    })
}

/// The HTML a body segment keeps when no engine translated it: the original, in an element
/// that names its language (for screen readers, hyphenation and the reader's eye: the theme
/// marks `.original-language`) and, where it differs from the page's, its direction.
pub(super) fn marked(source_html: &str, source_lang: &str, target_lang: &str) -> String {
    use gazette_translate::languages::lookup;
    let direction = |tag: &str| lookup(tag).map(|l| l.direction().as_str());
    let dir = match (direction(source_lang), direction(target_lang)) {
        (Some(source), Some(target)) if source != target => format!(" dir=\"{source}\""),
        _ => String::new(),
    };
    format!("<span lang=\"{source_lang}\"{dir} class=\"original-language\">{source_html}</span>")
}

/// How much text a segment carries, for [`worth_publishing`]: its letters and digits, so that
/// markup, spaces and punctuation weigh nothing.
pub(super) fn weight(html: &str) -> usize {
    html_to_text(html)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count()
}

/// Whether a translation that keeps some of the article's text in the original language is
/// published. The threshold is half: at least half of the article's text (title, standfirst,
/// captions and body, weighed by [`weight`]) must be translated. A page mostly in the original
/// language would be the original under another language's address and notice, and the
/// original is one link away; below half, the attempt fails as one where every segment was
/// refused always did (the previous translation stays and the row says why), and what did
/// translate is remembered for the next attempt.
pub(super) fn worth_publishing(translated: usize, total: usize) -> bool {
    total > 0 && translated * 2 >= total
}

/// The record after an editor rewrote the translation's text: a segment stays recorded while
/// its original text is still there (a field still reads as the original, the body still holds
/// the original's words); one the editor replaced is no longer in the original language.
pub(super) fn still_untranslated(
    segments: Vec<UntranslatedSegment>,
    fields: &EditedText<'_>,
) -> Vec<UntranslatedSegment> {
    let words = |html: &str| {
        html_to_text(html)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let body = words(fields.body_html);
    segments
        .into_iter()
        .filter(|s| {
            let source = words(&s.source_html);
            let same = |field: Option<&str>| field.is_some_and(|f| words(f) == source);
            match s.part {
                Part::Title => same(Some(fields.title)),
                Part::Standfirst => same(Some(fields.standfirst)),
                Part::ImageCaption => same(fields.image_caption),
                Part::ImageCredit => same(fields.image_credit),
                Part::Body => !source.is_empty() && body.contains(&source),
            }
        })
        .collect()
}

/// A translation's text as an editor saved it (fields as plain text, the body as HTML).
pub(super) struct EditedText<'a> {
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body_html: &'a str,
    pub image_caption: Option<&'a str>,
    pub image_credit: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use gazette_translate::check::CheckError;

    use super::*;

    fn segment(part: Part, source_html: &str) -> UntranslatedSegment {
        UntranslatedSegment {
            part,
            number: (part == Part::Body).then_some(2),
            key: "k".into(),
            source_html: source_html.into(),
            refusal: Problem::Markup(CheckError::TagCount {
                tag: "a".into(),
                expected: 1,
                found: 2,
            }),
            engine: Some("apy".into()),
        }
    }

    #[test]
    fn the_record_reads_back_as_written() {
        let record = vec![segment(Part::Body, "See <a href=\"/a\">this</a>.")];
        let json = encode(&record);
        assert!(json.contains("\"kind\":\"tag-count\""), "{json}");
        assert_eq!(decode(&json), record);
        assert_eq!(decode("[]"), []);
        assert_eq!(decode("not json"), []);
    }

    #[test]
    fn a_part_is_named_as_it_is_stored() {
        for part in [
            Part::Title,
            Part::Standfirst,
            Part::ImageCaption,
            Part::ImageCredit,
            Part::Body,
        ] {
            assert_eq!(serde_json::to_value(part).unwrap(), part.as_str());
        }
    }

    #[test]
    fn a_kept_segment_names_its_language_and_a_differing_direction() {
        assert_eq!(
            marked("Hello <em>there</em>", "en", "eo"),
            "<span lang=\"en\" class=\"original-language\">Hello <em>there</em></span>"
        );
        assert_eq!(
            marked("Hello", "en", "ar"),
            "<span lang=\"en\" dir=\"ltr\" class=\"original-language\">Hello</span>"
        );
    }

    #[test]
    fn half_the_text_translated_is_the_threshold() {
        assert!(worth_publishing(50, 100));
        assert!(!worth_publishing(49, 100));
        assert!(!worth_publishing(0, 0));
        assert_eq!(weight("<p>A <a href=\"/x\">b</a>, 12!</p>"), 4);
    }

    #[test]
    fn an_editors_rewrite_of_a_kept_segment_clears_it() {
        let record = vec![
            segment(Part::Title, "Dams &amp; farmers"),
            segment(Part::Body, "See <a href=\"/a\">this</a>  report."),
        ];
        let kept = |title: &str, body: &str| {
            still_untranslated(
                record.clone(),
                &EditedText {
                    title,
                    standfirst: "",
                    body_html: body,
                    image_caption: None,
                    image_credit: None,
                },
            )
            .into_iter()
            .map(|s| s.part)
            .collect::<Vec<_>>()
        };
        let body =
            "<p>Unua.</p><p><span lang=\"en\">See <a href=\"/a\">this</a> report.</span></p>";
        assert_eq!(kept("Dams & farmers", body), [Part::Title, Part::Body]);
        assert_eq!(
            kept(
                "Digoj kaj farmistoj",
                "<p>Vidu <a href=\"/a\">ĉi tiun</a> raporton.</p>"
            ),
            []
        );
    }
}

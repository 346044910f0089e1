//! Articles: what the editor writes, what is stored, and how a save is checked.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::error::LengthUnit;
use crate::{
    ArticleId, AuthorId, FieldError, FieldErrorKind, Language, RegionId, ReportId, Slug, SourceId,
    ThemeId, Timestamp, UserId, parse_date, validate_url,
};

const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ArticleStatus {
    Draft,
    Scheduled,
    Published,
    Unpublished,
}

impl ArticleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Scheduled => "scheduled",
            Self::Published => "published",
            Self::Unpublished => "unpublished",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "draft" => Some(Self::Draft),
            "scheduled" => Some(Self::Scheduled),
            "published" => Some(Self::Published),
            "unpublished" => Some(Self::Unpublished),
            _ => None,
        }
    }
}

/// How the editor wrote the body; it is always stored as sanitised HTML too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BodyFormat {
    #[default]
    Markdown,
    Html,
}

impl BodyFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Markdown => "markdown",
            Self::Html => "html",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "markdown" => Some(Self::Markdown),
            "html" => Some(Self::Html),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeaturedImage {
    /// An absolute http(s) URL or a path on this site (`/media/...`).
    pub src: String,
    pub alt: String,
    #[serde(default)]
    pub caption: String,
    #[serde(default)]
    pub credit: String,
}

/// An image's address: a path in this site's media library or an http(s) URL.
fn check_image_src(field: &'static str, src: &str) -> Result<(), FieldError> {
    let local = src.starts_with("/media/") && !src.contains("..");
    if !local {
        validate_url(field, src).map_err(|_| {
            FieldError::new(
                field,
                format!("{src:?} is neither a /media/ path nor an http(s) URL"),
            )
            .with_kind(FieldErrorKind::NotImageAddress)
        })?;
    }
    Ok(())
}

impl FeaturedImage {
    fn validate(&self) -> Result<(), FieldError> {
        check_image_src("src", &self.src)?;
        if self.alt.trim().is_empty() {
            return Err(
                FieldError::new("alt", "describe the image for readers who cannot see it")
                    .with_kind(FieldErrorKind::ImageWithoutAlt),
            );
        }
        Ok(())
    }
}

/// How the article shows in search results and shared links, where that should differ from its
/// standfirst and featured image. Empty, it follows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Sharing {
    /// The description search engines and shared links show; the standfirst when empty.
    #[serde(default)]
    pub description: String,
    /// The image shared links show (a /media/ path or an http(s) URL); the featured image when
    /// absent.
    #[serde(default)]
    pub image: Option<String>,
}

/// Longer descriptions are cut by search engines and most link previews.
pub const SHARING_DESCRIPTION_CHARS: usize = 300;

impl Sharing {
    pub fn is_empty(&self) -> bool {
        self.description.is_empty() && self.image.is_none()
    }

    /// Trimmed, with an empty image address taken as none; refuses what cannot be shown.
    fn validate(self) -> Result<Self, FieldError> {
        let description = self.description.trim().to_owned();
        if description.chars().count() > SHARING_DESCRIPTION_CHARS {
            return Err(FieldError::too_long(
                "description",
                SHARING_DESCRIPTION_CHARS,
            ));
        }
        if description.contains(['\n', '\r']) {
            return Err(FieldError::new("description", "must be a single paragraph"));
        }
        let image = self
            .image
            .map(|src| src.trim().to_owned())
            .filter(|src| !src.is_empty());
        if let Some(src) = &image {
            check_image_src("image", src)?;
        }
        Ok(Self { description, image })
    }
}

/// Where and when a republished article first appeared.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OriginalPublication {
    pub source_id: SourceId,
    pub url: String,
    #[schema(value_type = String, format = Date)]
    pub date: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OriginalPublicationInput {
    /// The slug of the partner Source.
    pub source: Slug,
    pub url: String,
    /// The original's publication date, `YYYY-MM-DD`.
    pub date: String,
}

/// What an editor submits for an article; also what every revision keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleInput {
    /// Made from the title when absent.
    #[serde(default)]
    pub slug: Option<String>,
    pub title: String,
    #[serde(default)]
    pub standfirst: String,
    /// May be empty in a draft; publishing asks for it.
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub body_format: BodyFormat,
    #[serde(default)]
    pub image: Option<FeaturedImage>,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub featured: bool,
    /// Author slugs, in byline order.
    #[serde(default)]
    pub authors: Vec<Slug>,
    #[serde(default)]
    pub regions: Vec<Slug>,
    #[serde(default)]
    pub themes: Vec<Slug>,
    #[serde(default)]
    pub reports: Vec<Slug>,
    /// Present for a republished article.
    #[serde(default)]
    pub original: Option<OriginalPublicationInput>,
    /// Search and share overrides; empty follows the standfirst and featured image.
    #[serde(default, skip_serializing_if = "Sharing::is_empty")]
    pub sharing: Sharing,
}

/// An `ArticleInput` that passed every rule that needs no lookup.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidArticle {
    pub input: ArticleInput,
    pub slug: Slug,
    pub original_date: Option<Date>,
}

/// The limits on an article's title, standfirst and body, which its translations share;
/// `body_field` names the body as the caller's input does. A translation needs a body; an
/// article's draft does not (see [`check_lengths`] and [`Article::ready_to_publish`]).
pub fn check_text(
    title: &str,
    standfirst: &str,
    body: &str,
    body_field: &'static str,
) -> Result<(), FieldError> {
    if body.trim().is_empty() {
        return Err(FieldError::required(body_field));
    }
    check_lengths(title, standfirst, body, body_field)
}

/// The limits a draft keeps: a title, and no field longer than readers' pages allow.
pub fn check_lengths(
    title: &str,
    standfirst: &str,
    body: &str,
    body_field: &'static str,
) -> Result<(), FieldError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(FieldError::required("title"));
    }
    if title.chars().count() > 300 {
        return Err(FieldError::too_long("title", 300));
    }
    if standfirst.chars().count() > 2000 {
        return Err(FieldError::too_long("standfirst", 2000));
    }
    if body.len() > MAX_BODY_BYTES {
        return Err(FieldError::new(
            body_field,
            format!(
                "is {} bytes; at most {MAX_BODY_BYTES} are allowed",
                body.len()
            ),
        )
        .with_kind(FieldErrorKind::TooLong {
            max: MAX_BODY_BYTES as u64,
            unit: LengthUnit::Bytes,
        }));
    }
    Ok(())
}

impl Article {
    /// What readers must get before the article goes live: a body. Checked when it is
    /// published or scheduled, and when a live article is saved.
    pub fn ready_to_publish(&self) -> Result<(), FieldError> {
        if self.body_source.trim().is_empty() {
            return Err(FieldError::new(
                "body",
                "must be written before the article is published; a draft may be saved without it",
            )
            .with_kind(FieldErrorKind::BodyToPublish));
        }
        Ok(())
    }
}

/// Something a reader or a search engine would miss in an article: worth a warning before
/// it goes live, never a reason to refuse it (a breaking story goes out without a region).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishingWarning {
    NoAuthor,
    NotFiled,
    NoStandfirst,
    ImageWithoutDescription,
    BodyImageWithoutDescription,
    /// Longer than search results show (about 60 characters); the title is cut there.
    LongTitle,
}

impl PublishingWarning {
    pub fn code(self) -> &'static str {
        match self {
            Self::NoAuthor => "no_author",
            Self::NotFiled => "not_filed",
            Self::NoStandfirst => "no_standfirst",
            Self::ImageWithoutDescription => "image_without_description",
            Self::BodyImageWithoutDescription => "body_image_without_description",
            Self::LongTitle => "long_title",
        }
    }
}

/// Titles longer than this are cut in search results.
pub const SEARCH_TITLE_CHARS: usize = 60;

/// Words a reader reads in a minute, for the reading time.
const WORDS_PER_MINUTE: usize = 230;

impl ArticleInput {
    /// What the article lacks that readers or search engines would miss.
    pub fn publishing_warnings(&self) -> Vec<PublishingWarning> {
        let mut out = Vec::new();
        if self.authors.is_empty() {
            out.push(PublishingWarning::NoAuthor);
        }
        if self.regions.is_empty() && self.themes.is_empty() {
            out.push(PublishingWarning::NotFiled);
        }
        if self.standfirst.trim().is_empty() {
            out.push(PublishingWarning::NoStandfirst);
        }
        if self
            .image
            .as_ref()
            .is_some_and(|i| !i.src.trim().is_empty() && i.alt.trim().is_empty())
        {
            out.push(PublishingWarning::ImageWithoutDescription);
        }
        let empty_alt = match self.body_format {
            BodyFormat::Markdown => self.body.contains("![]("),
            BodyFormat::Html => {
                self.body.contains("alt=\"\"")
                    || self.body.matches("<img").count() > self.body.matches(" alt=").count()
            }
        };
        if empty_alt {
            out.push(PublishingWarning::BodyImageWithoutDescription);
        }
        if self.title.trim().chars().count() > SEARCH_TITLE_CHARS {
            out.push(PublishingWarning::LongTitle);
        }
        out
    }

    /// The body's words (markup aside) and the minutes they take to read, at least one.
    pub fn word_count(&self) -> (usize, usize) {
        let mut words = 0;
        let mut in_tag = false;
        let mut in_word = false;
        // A Markdown link's or image's address is no word: `](…)` is skipped like a tag.
        let mut chars = self.body.chars().peekable();
        while let Some(c) = chars.next() {
            if self.body_format == BodyFormat::Markdown && c == ']' && chars.peek() == Some(&'(') {
                in_word = false;
                for skipped in chars.by_ref() {
                    if skipped == ')' {
                        break;
                    }
                }
                continue;
            }
            match (self.body_format, c) {
                (BodyFormat::Html, '<') => {
                    in_tag = true;
                    in_word = false;
                }
                (BodyFormat::Html, '>') => in_tag = false,
                _ if in_tag => {}
                _ if c.is_alphanumeric() => {
                    if !in_word {
                        words += 1;
                    }
                    in_word = true;
                }
                // Inside a word: "don't", "well-known", "3.5".
                _ if in_word && matches!(c, '\'' | '\u{2019}' | '-' | '.' | ',') => {}
                _ => in_word = false,
            }
        }
        (words, words.div_ceil(WORDS_PER_MINUTE).max(1))
    }

    pub fn validate(self) -> Result<ValidArticle, FieldError> {
        let title = self.title.trim();
        // A draft may be saved before its body is written; publishing asks for it.
        check_lengths(title, &self.standfirst, &self.body, "body")?;
        let slug = match &self.slug {
            Some(raw) => Slug::parse_article(raw).map_err(|e| FieldError::slug("slug", e))?,
            None => Slug::from_title(title).unwrap_or_else(|| Slug::fingerprint(title)),
        };
        if let Some(image) = &self.image {
            image.validate().map_err(|e| e.within("image"))?;
        }
        for (field, list) in [
            ("authors", &self.authors),
            ("regions", &self.regions),
            ("themes", &self.themes),
            ("reports", &self.reports),
        ] {
            if let Some(i) = (1..list.len()).find(|&i| list[..i].contains(&list[i])) {
                return Err(FieldError::new(
                    format!("{field}[{i}]"),
                    format!("{} is listed twice", list[i]),
                )
                .with_kind(FieldErrorKind::ListedTwice {
                    item: list[i].to_string(),
                }));
            }
        }
        let sharing = self.sharing.validate().map_err(|e| e.within("sharing"))?;
        let original_date = match &self.original {
            Some(original) => {
                validate_url("url", &original.url).map_err(|e| e.within("original"))?;
                Some(parse_date("date", &original.date).map_err(|e| e.within("original"))?)
            }
            None => None,
        };
        Ok(ValidArticle {
            input: ArticleInput {
                title: title.to_owned(),
                sharing,
                ..self
            },
            slug,
            original_date,
        })
    }
}

/// A partial update: absent fields keep their value, `null` clears an optional one.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticlePatch {
    pub slug: Option<String>,
    pub title: Option<String>,
    pub standfirst: Option<String>,
    pub body: Option<String>,
    pub body_format: Option<BodyFormat>,
    #[serde(default, deserialize_with = "some")]
    pub image: Option<Option<FeaturedImage>>,
    pub language: Option<Language>,
    pub featured: Option<bool>,
    pub authors: Option<Vec<Slug>>,
    pub regions: Option<Vec<Slug>>,
    pub themes: Option<Vec<Slug>>,
    pub reports: Option<Vec<Slug>>,
    #[serde(default, deserialize_with = "some")]
    pub original: Option<Option<OriginalPublicationInput>>,
    pub sharing: Option<Sharing>,
    /// The revision the editor started from; a save on top of a newer one is refused.
    pub base_revision: Option<i64>,
}

fn some<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl ArticlePatch {
    pub fn apply(self, to: &mut ArticleInput) {
        if let Some(v) = self.slug {
            to.slug = Some(v);
        }
        if let Some(v) = self.title {
            to.title = v;
        }
        if let Some(v) = self.standfirst {
            to.standfirst = v;
        }
        if let Some(v) = self.body {
            to.body = v;
        }
        if let Some(v) = self.body_format {
            to.body_format = v;
        }
        if let Some(v) = self.image {
            to.image = v;
        }
        if let Some(v) = self.language {
            to.language = v;
        }
        if let Some(v) = self.featured {
            to.featured = v;
        }
        if let Some(v) = self.authors {
            to.authors = v;
        }
        if let Some(v) = self.regions {
            to.regions = v;
        }
        if let Some(v) = self.themes {
            to.themes = v;
        }
        if let Some(v) = self.reports {
            to.reports = v;
        }
        if let Some(v) = self.original {
            to.original = v;
        }
        if let Some(v) = self.sharing {
            to.sharing = v;
        }
    }
}

/// An article as stored: the editor's input resolved to ids, the body rendered and sanitised.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Article {
    pub id: ArticleId,
    pub slug: Slug,
    pub title: String,
    pub standfirst: String,
    pub body_format: BodyFormat,
    /// The body as the editor wrote it.
    pub body_source: String,
    /// The body as readers get it: sanitised HTML.
    pub body_html: String,
    pub image: Option<FeaturedImage>,
    pub language: Language,
    pub status: ArticleStatus,
    pub featured: bool,
    pub author_ids: Vec<AuthorId>,
    pub region_ids: Vec<RegionId>,
    pub theme_ids: Vec<ThemeId>,
    pub report_ids: Vec<ReportId>,
    pub original: Option<OriginalPublication>,
    pub sharing: Sharing,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<Timestamp>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub scheduled_at: Option<Timestamp>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: Timestamp,
    /// The number of the latest revision; every save adds one.
    pub revision: i64,
}

impl Article {
    pub fn is_public(&self) -> bool {
        self.status == ArticleStatus::Published
    }
}

/// One saved state of an article, restorable as a new save.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Revision {
    pub article_id: ArticleId,
    pub number: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    pub created_by: Option<UserId>,
    pub input: ArticleInput,
}

/// Where a set of pending changes came from, which the editor says when it loads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PendingOrigin {
    /// An editor saved them on purpose, to publish later ("Save changes" on a live article).
    Saved,
    /// The editor's autosave caught them; nobody pressed Save.
    Autosave,
    /// A revision was restored for review; it goes live only when someone updates the article.
    Restored,
}

impl PendingOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Saved => "saved",
            Self::Autosave => "autosave",
            Self::Restored => "restored",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "saved" => Some(Self::Saved),
            "autosave" => Some(Self::Autosave),
            "restored" => Some(Self::Restored),
            _ => None,
        }
    }
}

/// Changes to an article kept but not applied: the next revision once someone applies them.
/// A live article is edited this way, so readers see nothing until "Update".
#[derive(Debug, Clone, PartialEq)]
pub struct PendingChanges {
    pub article_id: ArticleId,
    /// The revision they were made on; applying them after a later save is a stale edit.
    pub base_revision: i64,
    pub input: ArticleInput,
    pub origin: PendingOrigin,
    /// The revision a restore copied, when `origin` is `Restored`.
    pub restored_from: Option<i64>,
    /// A scheduled update: when a job applies them.
    pub apply_at: Option<Timestamp>,
    pub saved_at: Timestamp,
    pub saved_by: Option<UserId>,
}

/// A contributor's request that an editor look at a draft. It lasts until the article is
/// published, scheduled or deleted, or the request is withdrawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRequest {
    pub article_id: ArticleId,
    pub requested_by: Option<UserId>,
    pub requested_at: Timestamp,
    /// What the contributor wants the editor to know; may be empty.
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_of_what_readers_would_miss_and_counts_words() {
        let mut input = ArticleInput {
            slug: None,
            title: "A title well over sixty characters long, as sub-editors sometimes write".into(),
            standfirst: String::new(),
            body: "Lamps were lit on the quay.\n\n![](/media/a.png)\n\nIt's well-known: 3.5 km of them.".into(),
            body_format: BodyFormat::Markdown,
            image: None,
            language: Language::default(),
            featured: false,
            authors: Vec::new(),
            regions: Vec::new(),
            themes: Vec::new(),
            reports: Vec::new(),
            original: None,
            sharing: Default::default(),
        };
        let codes: Vec<&str> = input
            .publishing_warnings()
            .iter()
            .map(|w| w.code())
            .collect();
        assert_eq!(
            codes,
            [
                "no_author",
                "not_filed",
                "no_standfirst",
                "body_image_without_description",
                "long_title"
            ]
        );
        assert_eq!(input.word_count(), (12, 1));
        input.authors = vec![Slug::parse("ana-lima").unwrap()];
        input.themes = vec![Slug::parse("energy").unwrap()];
        input.standfirst = "The lamps are back.".into();
        input.title = "Lamps relit".into();
        input.body = "<p>One <b>two</b> three</p><img src=\"/media/a.png\" alt=\"Quay\">".into();
        input.body_format = BodyFormat::Html;
        assert_eq!(input.publishing_warnings(), []);
        assert_eq!(input.word_count(), (3, 1));
        input.body = "word ".repeat(500);
        input.body_format = BodyFormat::Markdown;
        assert_eq!(input.word_count(), (500, 3));
    }

    fn input() -> ArticleInput {
        ArticleInput {
            slug: None,
            title: "Harbour strike enters third week".into(),
            standfirst: String::new(),
            body: "Dockers stayed out.".into(),
            body_format: BodyFormat::Markdown,
            image: None,
            language: Language::default(),
            featured: false,
            authors: vec![],
            regions: vec![],
            themes: vec![],
            reports: vec![],
            original: None,
            sharing: Default::default(),
        }
    }

    #[test]
    fn slug_is_made_from_title() {
        assert_eq!(
            input().validate().unwrap().slug.as_str(),
            "harbour-strike-enters-third-week"
        );
    }

    #[test]
    fn rejects_bad_original_date_naming_the_field() {
        let mut i = input();
        i.original = Some(OriginalPublicationInput {
            source: Slug::parse("harbour-dispatch").unwrap(),
            url: "https://harbourdispatch.example/a".into(),
            date: "18/11/2026".into(),
        });
        assert_eq!(i.validate().unwrap_err().field, "original.date");
    }

    #[test]
    fn rejects_javascript_image() {
        let mut i = input();
        i.image = Some(FeaturedImage {
            src: "javascript:alert(1)".into(),
            alt: "x".into(),
            caption: String::new(),
            credit: String::new(),
        });
        assert_eq!(i.validate().unwrap_err().field, "image.src");
    }

    #[test]
    fn rejects_duplicate_region() {
        let mut i = input();
        let iraq = Slug::parse("iraq").unwrap();
        i.regions = vec![iraq.clone(), iraq];
        assert_eq!(i.validate().unwrap_err().field, "regions[1]");
    }

    #[test]
    fn patch_null_clears_image() {
        let mut i = input();
        i.image = Some(FeaturedImage {
            src: "/media/a.svg".into(),
            alt: "a".into(),
            caption: String::new(),
            credit: String::new(),
        });
        let patch: ArticlePatch = serde_json_like_null_image();
        patch.apply(&mut i);
        assert!(i.image.is_none());
    }

    fn serde_json_like_null_image() -> ArticlePatch {
        ArticlePatch {
            image: Some(None),
            ..ArticlePatch::default()
        }
    }
}

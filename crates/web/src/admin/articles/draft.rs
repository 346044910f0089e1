//! The editor's form exactly as typed, and its conversions to and from an `ArticleInput`.

use gazette_domain::{
    ArticleInput, ArticlePatch, BodyFormat, FeaturedImage, FieldError, FieldErrorKind, Language,
    OriginalPublicationInput, Sharing, Slug,
};
use serde::Serialize;

use crate::admin::Form;

/// The editor's fields exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub(super) struct Draft {
    pub(super) title: String,
    pub(super) slug: String,
    pub(super) standfirst: String,
    pub(super) body: String,
    pub(super) body_format: String,
    pub(super) language: String,
    pub(super) featured: bool,
    pub(super) authors: Vec<String>,
    pub(super) regions: Vec<String>,
    pub(super) themes: Vec<String>,
    pub(super) reports: Vec<String>,
    pub(super) image_src: String,
    pub(super) image_alt: String,
    pub(super) image_caption: String,
    pub(super) image_credit: String,
    pub(super) original_source: String,
    pub(super) original_url: String,
    pub(super) original_date: String,
    pub(super) share_description: String,
    pub(super) share_image: String,
}

impl Draft {
    pub(super) fn blank() -> Self {
        Self {
            body_format: BodyFormat::Markdown.as_str().into(),
            language: Language::default().as_str().into(),
            ..Self::default()
        }
    }

    pub(super) fn from_fields(f: &Form) -> Self {
        Self {
            title: f.get("title").unwrap_or_default().into(),
            slug: f.get("slug").unwrap_or_default().trim().into(),
            // Browsers send a textarea's lines with CRLF; kept with LF, as the API sends them,
            // so the same text typed here or sent there is the same revision.
            standfirst: f
                .get("standfirst")
                .unwrap_or_default()
                .replace("\r\n", "\n"),
            body: f.get("body").unwrap_or_default().replace("\r\n", "\n"),
            body_format: f.get("body_format").unwrap_or_default().into(),
            language: f.get("language").unwrap_or_default().trim().into(),
            featured: f.get("featured").unwrap_or_default() == "on",
            authors: f.all("authors"),
            regions: f.all("regions"),
            themes: f.all("themes"),
            reports: f.all("reports"),
            image_src: f.get("image_src").unwrap_or_default().trim().into(),
            image_alt: f.get("image_alt").unwrap_or_default().into(),
            image_caption: f.get("image_caption").unwrap_or_default().into(),
            image_credit: f.get("image_credit").unwrap_or_default().into(),
            original_source: f.get("original_source").unwrap_or_default().into(),
            original_url: f.get("original_url").unwrap_or_default().trim().into(),
            original_date: f.get("original_date").unwrap_or_default().trim().into(),
            share_description: f.get("share_description").unwrap_or_default().trim().into(),
            share_image: f.get("share_image").unwrap_or_default().trim().into(),
        }
    }

    /// The library image at `src` in the featured-image field; its description fills the alt
    /// text only when none was typed.
    pub(super) fn use_image(&mut self, src: &str, alt: &str) {
        self.image_src = src.trim().to_owned();
        if self.image_alt.trim().is_empty() {
            self.image_alt = alt.to_owned();
        }
    }

    pub(super) fn from_input(i: &ArticleInput) -> Self {
        let slugs = |v: &[Slug]| v.iter().map(|s| s.as_str().to_owned()).collect();
        let image = i.image.as_ref();
        let original = i.original.as_ref();
        Self {
            title: i.title.clone(),
            slug: i.slug.clone().unwrap_or_default(),
            standfirst: i.standfirst.clone(),
            body: i.body.clone(),
            body_format: i.body_format.as_str().into(),
            language: i.language.as_str().into(),
            featured: i.featured,
            authors: slugs(&i.authors),
            regions: slugs(&i.regions),
            themes: slugs(&i.themes),
            reports: slugs(&i.reports),
            image_src: image.map(|m| m.src.clone()).unwrap_or_default(),
            image_alt: image.map(|m| m.alt.clone()).unwrap_or_default(),
            image_caption: image.map(|m| m.caption.clone()).unwrap_or_default(),
            image_credit: image.map(|m| m.credit.clone()).unwrap_or_default(),
            original_source: original
                .map(|o| o.source.as_str().to_owned())
                .unwrap_or_default(),
            original_url: original.map(|o| o.url.clone()).unwrap_or_default(),
            original_date: original.map(|o| o.date.clone()).unwrap_or_default(),
            share_description: i.sharing.description.clone(),
            share_image: i.sharing.image.clone().unwrap_or_default(),
        }
    }

    /// The input to save; what the form itself can get wrong (a list value that is no slug, an
    /// unknown format) is named by field like the domain's own errors.
    pub(super) fn to_input(&self) -> Result<ArticleInput, FieldError> {
        fn slugs(field: &'static str, values: &[String]) -> Result<Vec<Slug>, FieldError> {
            values
                .iter()
                .map(|v| Slug::parse(v).map_err(|e| FieldError::slug(field, e)))
                .collect()
        }
        let body_format = BodyFormat::parse(&self.body_format).ok_or_else(|| {
            FieldError::new("body_format", "choose Markdown or HTML")
                .with_kind(FieldErrorKind::Choose)
        })?;
        let language = if self.language.is_empty() {
            Language::default()
        } else {
            Language::parse(&self.language).map_err(|m| {
                FieldError::new("language", m).with_kind(FieldErrorKind::NotLanguage)
            })?
        };
        let image = [
            &self.image_src,
            &self.image_alt,
            &self.image_caption,
            &self.image_credit,
        ]
        .iter()
        .any(|v| !v.trim().is_empty())
        .then(|| FeaturedImage {
            src: self.image_src.clone(),
            alt: self.image_alt.trim().to_owned(),
            caption: self.image_caption.trim().to_owned(),
            credit: self.image_credit.trim().to_owned(),
        });
        let original = if [
            &self.original_source,
            &self.original_url,
            &self.original_date,
        ]
        .iter()
        .all(|v| v.is_empty())
        {
            None
        } else if self.original_source.is_empty() {
            return Err(FieldError::new(
                "original.source",
                "choose the source that first published it",
            )
            .with_kind(FieldErrorKind::Choose));
        } else {
            Some(OriginalPublicationInput {
                source: Slug::parse(&self.original_source)
                    .map_err(|e| FieldError::slug("original.source", e))?,
                url: self.original_url.clone(),
                date: self.original_date.clone(),
            })
        };
        Ok(ArticleInput {
            slug: (!self.slug.is_empty()).then(|| self.slug.clone()),
            title: self.title.clone(),
            standfirst: self.standfirst.clone(),
            body: self.body.clone(),
            body_format,
            image,
            language,
            featured: self.featured,
            authors: slugs("authors", &self.authors)?,
            regions: slugs("regions", &self.regions)?,
            themes: slugs("themes", &self.themes)?,
            reports: slugs("reports", &self.reports)?,
            original,
            sharing: Sharing {
                description: self.share_description.clone(),
                image: (!self.share_image.is_empty()).then(|| self.share_image.clone()),
            },
        })
    }
}

/// Every field of the input, as a patch that replaces them all.
pub(super) fn full_patch(input: ArticleInput, base_revision: Option<i64>) -> ArticlePatch {
    ArticlePatch {
        slug: input.slug,
        title: Some(input.title),
        standfirst: Some(input.standfirst),
        body: Some(input.body),
        body_format: Some(input.body_format),
        image: Some(input.image),
        language: Some(input.language),
        featured: Some(input.featured),
        authors: Some(input.authors),
        regions: Some(input.regions),
        themes: Some(input.themes),
        reports: Some(input.reports),
        original: Some(input.original),
        sharing: Some(input.sharing),
        base_revision,
    }
}

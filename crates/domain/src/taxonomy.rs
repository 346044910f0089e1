//! The ways a piece is filed and credited: authors, partner sources, regions, themes, reports.

use serde::{Deserialize, Serialize};

use crate::{
    AuthorId, FieldError, FieldErrorKind, RegionId, ReportId, Slug, SourceId, ThemeId, validate_url,
};

fn require(field: &'static str, value: &str, max: usize) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::required(field));
    }
    if value.chars().count() > max {
        return Err(FieldError::too_long(field, max));
    }
    Ok(())
}

/// The five taxonomies, for what applies to any of them (deleting a term by its slug).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyKind {
    Authors,
    Sources,
    Regions,
    Themes,
    Reports,
}

/// Whether a byline names a person or an organisation ("Articles by: Harbour Dispatch").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AuthorKind {
    #[default]
    Person,
    Organisation,
}

impl AuthorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "person" => Some(Self::Person),
            "organisation" => Some(Self::Organisation),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Author {
    pub id: AuthorId,
    pub slug: Slug,
    pub name: String,
    pub kind: AuthorKind,
    pub bio: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorInput {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub kind: AuthorKind,
    #[serde(default)]
    pub bio: String,
    #[serde(default)]
    pub url: Option<String>,
}

impl AuthorInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        require("name", &self.name, 200)?;
        if self.bio.chars().count() > 5000 {
            return Err(FieldError::too_long("bio", 5000));
        }
        if let Some(url) = &self.url {
            validate_url("url", url)?;
        }
        Ok(())
    }
}

/// A partner outlet whose articles are republished, with the terms of that republication.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Source {
    pub id: SourceId,
    pub slug: Slug,
    pub name: String,
    pub home_url: String,
    /// The copyright line, with `{source}`, `{authors}` and `{year}` filled in per article.
    pub copyright_template: String,
    pub reprint_terms: String,
    /// The partner asks that search engines be pointed at its original (`rel=canonical`).
    pub canonical_to_original: bool,
    /// The partner's terms let readers republish its articles from our pages.
    pub allow_republish: bool,
    /// New items from the partner's feeds are published at once instead of waiting for review.
    pub trusted: bool,
}

impl Source {
    /// "Copyright © Harbour Dispatch, Amal Rahim, 2026" from the Source's template.
    pub fn copyright_line(&self, authors: &[&str], year: i32) -> String {
        self.copyright_template
            .replace("{source}", &self.name)
            .replace("{authors}", &authors.join(", "))
            .replace("{year}", &year.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceInput {
    pub slug: Slug,
    pub name: String,
    pub home_url: String,
    #[serde(default = "default_copyright_template")]
    pub copyright_template: String,
    #[serde(default)]
    pub reprint_terms: String,
    #[serde(default)]
    pub canonical_to_original: bool,
    #[serde(default)]
    pub allow_republish: bool,
    #[serde(default)]
    pub trusted: bool,
}

fn default_copyright_template() -> String {
    "Copyright © {source}, {authors}, {year}".into()
}

impl SourceInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        require("name", &self.name, 200)?;
        validate_url("home_url", &self.home_url)?;
        require("copyright_template", &self.copyright_template, 500)?;
        if let Some(unknown) = placeholders(&self.copyright_template)
            .find(|p| !["source", "authors", "year"].contains(p))
        {
            return Err(FieldError::new(
                "copyright_template",
                format!(
                    "unknown placeholder {{{unknown}}}; use {{source}}, {{authors}} or {{year}}"
                ),
            ));
        }
        if self.reprint_terms.chars().count() > 5000 {
            return Err(FieldError::too_long("reprint_terms", 5000));
        }
        Ok(())
    }
}

fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// A place an article is about; regions nest ("Middle East & North Africa" › "Iraq").
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Region {
    pub id: RegionId,
    pub slug: Slug,
    pub name: String,
    pub parent_id: Option<RegionId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionInput {
    pub slug: Slug,
    pub name: String,
    /// The slug of the enclosing region, if any.
    #[serde(default)]
    pub parent: Option<Slug>,
}

impl RegionInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        require("name", &self.name, 200)?;
        if self.parent.as_ref() == Some(&self.slug) {
            return Err(FieldError::new(
                "parent",
                "a region cannot be its own parent",
            ));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Theme {
    pub id: ThemeId,
    pub slug: Slug,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeInput {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

impl ThemeInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        require("name", &self.name, 200)?;
        if self.description.chars().count() > 5000 {
            return Err(FieldError::too_long("description", 5000));
        }
        Ok(())
    }
}

/// An in-depth report: a dossier with its own introduction and an ordered list of articles.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub id: ReportId,
    pub slug: Slug,
    pub title: String,
    /// Markdown as the editor wrote it.
    pub introduction: String,
    /// Sanitised HTML made from `introduction`.
    pub introduction_html: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    pub slug: Slug,
    pub title: String,
    #[serde(default)]
    pub introduction: String,
    /// Article slugs in the order the report presents them.
    #[serde(default)]
    pub articles: Vec<Slug>,
}

impl ReportInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        require("title", &self.title, 300)?;
        if self.introduction.len() > 100_000 {
            return Err(FieldError::new(
                "introduction",
                "must be at most 100000 bytes",
            ));
        }
        for (i, slug) in self.articles.iter().enumerate() {
            if self.articles[..i].contains(slug) {
                return Err(FieldError::new(
                    format!("articles[{i}]"),
                    format!("{slug} is listed twice"),
                )
                .with_kind(FieldErrorKind::ListedTwice {
                    item: slug.to_string(),
                }));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_line_fills_placeholders() {
        let source = Source {
            id: SourceId(1),
            slug: Slug::parse("harbour-dispatch").unwrap(),
            name: "Harbour Dispatch".into(),
            home_url: "https://harbourdispatch.example".into(),
            copyright_template: "Copyright © {source}, {authors}, {year}".into(),
            reprint_terms: String::new(),
            canonical_to_original: false,
            allow_republish: false,
            trusted: false,
        };
        assert_eq!(
            source.copyright_line(&["Amal Rahim", "Jo Park"], 2026),
            "Copyright © Harbour Dispatch, Amal Rahim, Jo Park, 2026"
        );
    }

    #[test]
    fn rejects_unknown_placeholder() {
        let input = SourceInput {
            slug: Slug::parse("s").unwrap(),
            name: "S".into(),
            home_url: "https://s.example".into(),
            copyright_template: "© {outlet}".into(),
            reprint_terms: String::new(),
            canonical_to_original: false,
            allow_republish: false,
            trusted: false,
        };
        assert_eq!(input.validate().unwrap_err().field, "copyright_template");
    }
}

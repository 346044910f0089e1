//! What the APIs send: articles with their taxonomies named, not just numbered.

use gazette_app::Taxonomies;
use gazette_domain::{Article, ArticleStatus, BodyFormat, FeaturedImage, Sharing};
use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct TermRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuthorRef {
    pub slug: String,
    pub name: String,
    /// "person" or "organisation".
    pub kind: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OriginalOut {
    pub source: TermRef,
    pub source_home: String,
    pub url: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub copyright_line: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleOut {
    pub id: i64,
    pub slug: String,
    /// The article's public address.
    pub url: String,
    pub title: String,
    pub standfirst: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// The body as written (Admin API only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub body_format: BodyFormat,
    pub language: String,
    pub status: ArticleStatus,
    pub featured: bool,
    pub image: Option<FeaturedImage>,
    pub authors: Vec<AuthorRef>,
    pub regions: Vec<TermRef>,
    pub themes: Vec<TermRef>,
    pub reports: Vec<TermRef>,
    /// Present on republished articles.
    pub original: Option<OriginalOut>,
    /// Search and share overrides; empty follows the standfirst and featured image.
    pub sharing: Sharing,
    pub published_at: Option<String>,
    pub scheduled_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Send it back as `base_revision` when editing, so a concurrent save is detected.
    pub revision: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleList {
    pub items: Vec<ArticleOut>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

fn ts(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

impl ArticleOut {
    pub fn new(a: Article, tax: &Taxonomies, base_url: &str, with_source: bool) -> Self {
        let term = |slug: &gazette_domain::Slug, name: &str| TermRef {
            slug: slug.to_string(),
            name: name.to_owned(),
        };
        let author_names: Vec<&str> = a
            .author_ids
            .iter()
            .filter_map(|id| tax.author(*id))
            .map(|x| x.name.as_str())
            .collect();
        let original = a.original.as_ref().and_then(|o| {
            let s = tax.source(o.source_id)?;
            Some(OriginalOut {
                source: term(&s.slug, &s.name),
                source_home: s.home_url.clone(),
                url: o.url.clone(),
                date: o.date.to_string(),
                copyright_line: s.copyright_line(&author_names, o.date.year()),
            })
        });
        Self {
            id: a.id.0,
            url: format!("{base_url}/{}", a.slug),
            slug: a.slug.to_string(),
            title: a.title,
            standfirst: a.standfirst,
            body_html: a.body_html,
            body: with_source.then_some(a.body_source),
            body_format: a.body_format,
            language: a.language.to_string(),
            status: a.status,
            featured: a.featured,
            image: a.image,
            authors: a
                .author_ids
                .iter()
                .filter_map(|id| tax.author(*id))
                .map(|x| AuthorRef {
                    slug: x.slug.to_string(),
                    name: x.name.clone(),
                    kind: x.kind.as_str().into(),
                })
                .collect(),
            regions: a
                .region_ids
                .iter()
                .filter_map(|id| tax.region(*id))
                .map(|x| term(&x.slug, &x.name))
                .collect(),
            themes: a
                .theme_ids
                .iter()
                .filter_map(|id| tax.theme(*id))
                .map(|x| term(&x.slug, &x.name))
                .collect(),
            reports: a
                .report_ids
                .iter()
                .filter_map(|id| tax.report(*id))
                .map(|x| term(&x.slug, &x.title))
                .collect(),
            original,
            sharing: a.sharing,
            published_at: a.published_at.map(ts),
            scheduled_at: a.scheduled_at.map(ts),
            created_at: ts(a.created_at),
            updated_at: ts(a.updated_at),
            revision: a.revision,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportOut {
    pub slug: String,
    pub title: String,
    pub introduction: String,
    pub introduction_html: String,
    /// Article slugs in the report's order.
    pub articles: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHitOut {
    pub id: i64,
    pub slug: String,
    /// Where to read it: a translation at `/{language}/{slug}`.
    pub url: String,
    pub title: String,
    /// The hit's language tag: the original's, or the translation's.
    pub language: String,
    /// Set when the hit is a translation: the article as written.
    pub original: Option<SearchOriginalOut>,
    /// Escaped text with `<mark>` around matches.
    pub snippet_html: String,
    pub published_at: String,
    pub score: f32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchOriginalOut {
    pub language: String,
    pub title: String,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FacetCountOut {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FacetsOut {
    pub regions: Vec<FacetCountOut>,
    pub themes: Vec<FacetCountOut>,
    pub reports: Vec<FacetCountOut>,
    pub authors: Vec<FacetCountOut>,
    pub sources: Vec<FacetCountOut>,
    pub languages: Vec<FacetCountOut>,
    pub years: Vec<FacetCountOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchOut {
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub hits: Vec<SearchHitOut>,
    pub facets: FacetsOut,
}

impl SearchOut {
    pub fn new(r: gazette_app::SearchResults, page: u32, per_page: u32, base_url: &str) -> Self {
        let counts = |v: Vec<gazette_search::FacetCount>| {
            v.into_iter()
                .map(|c| FacetCountOut {
                    value: c.value,
                    count: c.count,
                })
                .collect()
        };
        Self {
            total: r.total,
            page,
            per_page,
            hits: r
                .hits
                .into_iter()
                .map(|h| SearchHitOut {
                    id: h.id,
                    url: match &h.original {
                        Some(_) => format!("{base_url}/{}/{}", language_tag(&h.language), h.slug),
                        None => format!("{base_url}/{}", h.slug),
                    },
                    original: h.original.map(|o| SearchOriginalOut {
                        language: language_tag(&o.language),
                        title: o.title,
                        url: format!("{base_url}/{}", h.slug),
                    }),
                    language: language_tag(&h.language),
                    slug: h.slug,
                    title: h.title,
                    snippet_html: h.snippet_html,
                    published_at: time::OffsetDateTime::from_unix_timestamp(h.published_at)
                        .map(ts)
                        .unwrap_or_default(),
                    score: h.score,
                })
                .collect(),
            facets: FacetsOut {
                regions: counts(r.facets.regions),
                themes: counts(r.facets.themes),
                reports: counts(r.facets.reports),
                authors: counts(r.facets.authors),
                sources: counts(r.facets.sources),
                languages: counts(r.facets.languages),
                years: counts(r.facets.years),
            },
        }
    }
}

/// A language tag as the site writes it (`zh-Hans`), from the index's lower-case form.
fn language_tag(tag: &str) -> String {
    gazette_app::translations::languages::lookup(tag)
        .map_or_else(|| tag.to_owned(), |l| l.code.to_owned())
}

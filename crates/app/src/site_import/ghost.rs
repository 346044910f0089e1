//! A Ghost export as import records: staff users by slug, public tags by slug (internal `#tags`
//! are the editors' own and are left out), posts and pages with their HTML.

use std::collections::HashMap;
use std::path::Path;

use gazette_domain::{FeaturedImage, validate_url};
use gazette_ingest::ghost::{self as gh, GhostPostType, URL_PLACEHOLDER};

use super::mapping::{Target, TermKind};
use super::{
    AuthorRecord, Plan, Record, RecordKind, SiteImportError, SiteImportOptions, TermRecord, Wanted,
    absolute, normalise_path, plain_text, slug_from, wordpress::absolute_images,
};
use crate::now;

pub(crate) fn plan(path: &Path, options: &SiteImportOptions) -> Result<Plan, SiteImportError> {
    let bytes = std::fs::read(path).map_err(|source| SiteImportError::Read {
        path: path.to_owned(),
        source,
    })?;
    let export = gh::parse(&bytes).map_err(|source| SiteImportError::Ghost {
        path: path.to_owned(),
        source,
    })?;
    drop(bytes);
    let site_url = match &options.site_url {
        Some(url) => {
            validate_url("site_url", url).map_err(|_| SiteImportError::BadSiteUrl(url.clone()))?;
            url.trim_end_matches('/').to_owned()
        }
        None if export.uses_url_placeholder => return Err(SiteImportError::NeedsSiteUrl),
        None => String::new(),
    };
    // Ghost ids are ObjectIds, unique across sites, so one origin serves every Ghost export and a
    // re-run keys the same whatever flags it is given.
    let origin = "ghost".to_owned();

    let user_key: HashMap<&str, String> = export
        .users
        .iter()
        .map(|u| (u.id.as_str(), author_key(u)))
        .collect();
    let authors = export
        .users
        .iter()
        .map(|u| AuthorRecord {
            key: author_key(u),
            slug: slug_from(&u.slug, &u.name),
            name: if u.name.trim().is_empty() {
                u.slug.clone()
            } else {
                u.name.trim().to_owned()
            },
            bio: u.bio.chars().take(5000).collect(),
            url: u.website.clone().filter(|w| validate_url("url", w).is_ok()),
        })
        .collect();
    let tag_slug: HashMap<&str, &str> = export
        .tags
        .iter()
        .filter(|t| !t.internal && !t.slug.is_empty())
        .map(|t| (t.id.as_str(), t.slug.as_str()))
        .collect();
    let terms = export
        .tags
        .iter()
        .filter(|t| !t.internal && !t.slug.is_empty())
        .map(|t| TermRecord {
            kind: TermKind::Tag,
            key: t.slug.clone(),
            slug: slug_from(&t.slug, &t.name),
            name: if t.name.is_empty() {
                t.slug.clone()
            } else {
                t.name.clone()
            },
            description: t.description.chars().take(5000).collect(),
            parent: None,
        })
        .collect();

    let with_site = |text: &str| text.replace(URL_PLACEHOLDER, &site_url);
    let records: Vec<Record> = export
        .posts
        .iter()
        .map(|p| {
            let kind = match p.post_type {
                GhostPostType::Post => RecordKind::Post,
                GhostPostType::Page => RecordKind::Page,
            };
            let wanted = match (p.status.as_str(), p.visibility.as_str(), kind) {
                ("published", "public", RecordKind::Post) => {
                    Wanted::Published(p.published_at.unwrap_or_else(now))
                }
                // Members-only posts would be public here: an editor decides. Pages, drafts,
                // scheduled posts and email-only ("sent") posts wait too.
                _ => Wanted::Draft,
            };
            let image = p.feature_image.as_deref().and_then(|src| {
                Some(FeaturedImage {
                    src: absolute(&with_site(src), &site_url)?,
                    alt: p
                        .feature_image_alt
                        .clone()
                        .filter(|a| !a.trim().is_empty())
                        .unwrap_or_else(|| {
                            if p.title.is_empty() {
                                "Featured image".into()
                            } else {
                                p.title.clone()
                            }
                        }),
                    caption: plain_text(p.feature_image_caption.as_deref().unwrap_or(""), 500),
                    credit: String::new(),
                })
            });
            Record {
                key: format!(
                    "{}:{}",
                    match kind {
                        RecordKind::Post => "post",
                        RecordKind::Page => "page",
                    },
                    p.id
                ),
                kind,
                title: p.title.clone(),
                slug: Some(&p.slug).filter(|s| !s.is_empty()).and_then(|s| slug_from(s, "")),
                id: p.id.clone(),
                wanted,
                standfirst: plain_text(p.custom_excerpt.as_deref().unwrap_or(""), 2000),
                body_html: p
                    .html
                    .as_deref()
                    .map(|h| absolute_images(&with_site(h), &site_url))
                    .unwrap_or_default(),
                language: None,
                authors: p
                    .authors
                    .iter()
                    .filter_map(|id| user_key.get(id.as_str()).cloned())
                    .collect(),
                terms: p
                    .tags
                    .iter()
                    .filter_map(|id| tag_slug.get(id.as_str()))
                    .map(|slug| (TermKind::Tag, (*slug).to_owned()))
                    .collect(),
                image,
                // Ghost's default routes put posts and pages at /{slug}/.
                old_path: normalise_path(&format!("/{}/", p.slug)),
                problem: p.html.is_none().then(|| {
                    "it has no HTML (only Ghost's editor format); open and save it in Ghost, then export again".to_owned()
                }),
            }
        })
        .collect();
    Ok(Plan {
        origin,
        authors,
        terms,
        tag_default: Target::Theme,
        total: records.len() as u64,
        records: Box::new(records.into_iter().map(Ok)),
    })
}

fn author_key(u: &gh::GhostUser) -> String {
    if u.slug.is_empty() {
        u.id.clone()
    } else {
        u.slug.clone()
    }
}

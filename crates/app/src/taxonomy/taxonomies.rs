//! All authors, sources, regions, themes and reports, read at once for lookups by id or slug.

use gazette_domain::{
    Author, AuthorId, Region, RegionId, Report, ReportId, Slug, Source, SourceId, Theme, ThemeId,
};
use gazette_store::taxonomy;
use sqlx::AnyConnection;

use crate::{AppError, AppResult};

#[derive(Debug, Clone, Default)]
pub struct Taxonomies {
    pub authors: Vec<Author>,
    pub sources: Vec<Source>,
    pub regions: Vec<Region>,
    pub themes: Vec<Theme>,
    pub reports: Vec<Report>,
}

impl Taxonomies {
    pub async fn load(conn: &mut AnyConnection) -> AppResult<Self> {
        Ok(Self {
            authors: taxonomy::authors(conn).await?,
            sources: taxonomy::sources(conn).await?,
            regions: taxonomy::regions(conn).await?,
            themes: taxonomy::themes(conn).await?,
            reports: taxonomy::reports(conn).await?,
        })
    }

    pub fn author(&self, id: AuthorId) -> Option<&Author> {
        self.authors.iter().find(|a| a.id == id)
    }
    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.iter().find(|a| a.id == id)
    }
    pub fn region(&self, id: RegionId) -> Option<&Region> {
        self.regions.iter().find(|a| a.id == id)
    }
    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|a| a.id == id)
    }
    pub fn report(&self, id: ReportId) -> Option<&Report> {
        self.reports.iter().find(|a| a.id == id)
    }

    pub fn author_by_slug(&self, slug: &str) -> Option<&Author> {
        self.authors.iter().find(|a| a.slug.as_str() == slug)
    }
    pub fn source_by_slug(&self, slug: &str) -> Option<&Source> {
        self.sources.iter().find(|a| a.slug.as_str() == slug)
    }
    pub fn region_by_slug(&self, slug: &str) -> Option<&Region> {
        self.regions.iter().find(|a| a.slug.as_str() == slug)
    }
    pub fn theme_by_slug(&self, slug: &str) -> Option<&Theme> {
        self.themes.iter().find(|a| a.slug.as_str() == slug)
    }
    pub fn report_by_slug(&self, slug: &str) -> Option<&Report> {
        self.reports.iter().find(|a| a.slug.as_str() == slug)
    }

    pub fn author_slugs(&self, ids: &[AuthorId]) -> Vec<Slug> {
        ids.iter()
            .filter_map(|id| self.author(*id))
            .map(|t| t.slug.clone())
            .collect()
    }
    pub fn region_slugs(&self, ids: &[RegionId]) -> Vec<Slug> {
        ids.iter()
            .filter_map(|id| self.region(*id))
            .map(|t| t.slug.clone())
            .collect()
    }
    pub fn theme_slugs(&self, ids: &[ThemeId]) -> Vec<Slug> {
        ids.iter()
            .filter_map(|id| self.theme(*id))
            .map(|t| t.slug.clone())
            .collect()
    }
    pub fn report_slugs(&self, ids: &[ReportId]) -> Vec<Slug> {
        ids.iter()
            .filter_map(|id| self.report(*id))
            .map(|t| t.slug.clone())
            .collect()
    }

    /// Resolves a list of slugs, naming the first one that does not exist (`regions[1]`).
    pub fn resolve<'a, T, Id>(
        field: &str,
        slugs: &[Slug],
        kind: &str,
        find: impl Fn(&str) -> Option<&'a T>,
        id: impl Fn(&T) -> Id,
    ) -> AppResult<Vec<Id>>
    where
        T: 'a,
    {
        slugs
            .iter()
            .enumerate()
            .map(|(i, slug)| {
                find(slug.as_str()).map(&id).ok_or_else(|| {
                    AppError::Invalid(gazette_domain::FieldError::new(
                        format!("{field}[{i}]"),
                        format!("no {kind} with slug {:?}", slug.as_str()),
                    ))
                })
            })
            .collect()
    }

    /// The region and every region above it, nearest first.
    pub fn region_with_ancestors(&self, id: RegionId) -> Vec<&Region> {
        let mut out = Vec::new();
        let mut next = self.region(id);
        while let Some(region) = next {
            if out.iter().any(|r: &&Region| r.id == region.id) {
                break; // a cycle in stored data must not hang a page
            }
            out.push(region);
            next = region.parent_id.and_then(|p| self.region(p));
        }
        out
    }

    /// The region and every region below it, for listing a region with its sub-regions' articles.
    pub fn region_with_descendants(&self, id: RegionId) -> Vec<RegionId> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() {
            let parent = out[i];
            for r in self.regions.iter().filter(|r| r.parent_id == Some(parent)) {
                if !out.contains(&r.id) {
                    out.push(r.id);
                }
            }
            i += 1;
        }
        out
    }
}

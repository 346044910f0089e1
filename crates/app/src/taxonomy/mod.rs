//! Managing authors, sources, regions, themes and in-depth reports.

mod taxonomies;

pub use taxonomies::Taxonomies;

use gazette_domain::{
    Author, AuthorInput, FieldError, Region, RegionInput, Report, ReportInput, Role, Slug, Source,
    SourceInput, TaxonomyKind, Theme, ThemeInput,
};
use gazette_render::html::markdown_to_html;
use gazette_render::{CacheTag, Listing};
use gazette_store::taxonomy as rows;

use crate::Actor;
use crate::{AppError, AppResult};

crate::service!(
    /// Authors, sources, regions, themes and reports: `app.taxonomy()`.
    Taxonomy
);

impl Taxonomy<'_> {
    pub async fn all(&self) -> AppResult<Taxonomies> {
        Taxonomies::load(&mut *self.store().reader().await?).await
    }

    /// Creates the author, or replaces the one at `existing` (its current slug).
    pub async fn put_author(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        input: AuthorInput,
    ) -> AppResult<Author> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let id = match existing {
            Some(slug) => {
                let current = tax
                    .author_by_slug(slug)
                    .ok_or_else(|| AppError::NotFound(format!("author {slug:?}")))?;
                rows::update_author(&mut tx, current.id, &input).await?;
                current.id
            }
            None => rows::insert_author(&mut tx, &input).await?,
        };
        let saved = Taxonomies::load(&mut tx)
            .await?
            .author(id)
            .cloned()
            .expect("just written in this transaction");
        self.commit(
            tx,
            vec![CacheTag::Author(id), CacheTag::List(Listing::Author(id))],
        )
        .await?;
        Ok(saved)
    }

    pub async fn put_source(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        input: SourceInput,
    ) -> AppResult<Source> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let id = match existing {
            Some(slug) => {
                let current = tax
                    .source_by_slug(slug)
                    .ok_or_else(|| AppError::NotFound(format!("source {slug:?}")))?;
                rows::update_source(&mut tx, current.id, &input).await?;
                current.id
            }
            None => rows::insert_source(&mut tx, &input).await?,
        };
        let saved = Taxonomies::load(&mut tx)
            .await?
            .source(id)
            .cloned()
            .expect("just written in this transaction");
        self.commit(
            tx,
            vec![CacheTag::Source(id), CacheTag::List(Listing::Source(id))],
        )
        .await?;
        Ok(saved)
    }

    pub async fn put_region(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        input: RegionInput,
    ) -> AppResult<Region> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let parent = match &input.parent {
            Some(slug) => Some(
                tax.region_by_slug(slug.as_str())
                    .ok_or_else(|| {
                        FieldError::new(
                            "parent",
                            format!("no region with slug {:?}", slug.as_str()),
                        )
                    })?
                    .id,
            ),
            None => None,
        };
        let id = match existing {
            Some(slug) => {
                let current = tax
                    .region_by_slug(slug)
                    .ok_or_else(|| AppError::NotFound(format!("region {slug:?}")))?;
                if let Some(parent) = parent
                    && tax
                        .region_with_ancestors(parent)
                        .iter()
                        .any(|r| r.id == current.id)
                {
                    return Err(
                        FieldError::new("parent", "a region cannot be inside itself").into(),
                    );
                }
                rows::update_region(&mut tx, current.id, &input, parent).await?;
                current.id
            }
            None => rows::insert_region(&mut tx, &input, parent).await?,
        };
        let saved = Taxonomies::load(&mut tx)
            .await?
            .region(id)
            .cloned()
            .expect("just written in this transaction");
        self.commit(tx, vec![CacheTag::Nav]).await?;
        Ok(saved)
    }

    pub async fn put_theme(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        input: ThemeInput,
    ) -> AppResult<Theme> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let id = match existing {
            Some(slug) => {
                let current = tax
                    .theme_by_slug(slug)
                    .ok_or_else(|| AppError::NotFound(format!("theme {slug:?}")))?;
                rows::update_theme(&mut tx, current.id, &input).await?;
                current.id
            }
            None => rows::insert_theme(&mut tx, &input).await?,
        };
        let saved = Taxonomies::load(&mut tx)
            .await?
            .theme(id)
            .cloned()
            .expect("just written in this transaction");
        self.commit(tx, vec![CacheTag::Nav]).await?;
        Ok(saved)
    }

    /// Creates or replaces a report, including the order of its articles.
    pub async fn put_report(
        &self,
        actor: &Actor,
        existing: Option<&str>,
        input: ReportInput,
    ) -> AppResult<Report> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let html = markdown_to_html(&input.introduction);
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let mut article_ids = Vec::with_capacity(input.articles.len());
        for (i, slug) in input.articles.iter().enumerate() {
            let article = gazette_store::articles::get_by_slug(&mut tx, slug.as_str())
                .await?
                .ok_or_else(|| {
                    FieldError::new(
                        format!("articles[{i}]"),
                        format!("no article with slug {:?}", slug.as_str()),
                    )
                })?;
            article_ids.push(article.id);
        }
        let id = match existing {
            Some(slug) => {
                let current = tax
                    .report_by_slug(slug)
                    .ok_or_else(|| AppError::NotFound(format!("report {slug:?}")))?;
                rows::update_report(&mut tx, current.id, &input, &html).await?;
                current.id
            }
            None => rows::insert_report(&mut tx, &input, &html).await?,
        };
        rows::set_report_articles(&mut tx, id, &article_ids).await?;
        let saved = Taxonomies::load(&mut tx)
            .await?
            .report(id)
            .cloned()
            .expect("just written in this transaction");
        let mut tags = vec![CacheTag::Nav];
        tags.extend(article_ids.iter().map(|&a| CacheTag::Article(a)));
        self.commit(tx, tags).await?;
        Ok(saved)
    }

    /// The report's articles in its order; with `published_only`, what readers may see.
    pub async fn report_article_slugs(
        &self,
        report: &Report,
        published_only: bool,
    ) -> AppResult<Vec<Slug>> {
        let mut conn = self.store().reader().await?;
        let mut out = Vec::new();
        for id in rows::report_article_ids(&mut conn, report.id).await? {
            if let Some(a) = gazette_store::articles::get(&mut conn, id).await?
                && (!published_only || a.is_public())
            {
                out.push(a.slug);
            }
        }
        Ok(out)
    }

    /// Deletes a taxonomy entry; refused while articles still use it (except reports, which
    /// only lose their list).
    pub async fn delete(&self, actor: &Actor, kind: TaxonomyKind, slug: &str) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let slug = Slug::parse(slug).map_err(|e| FieldError::slug("slug", e))?;
        let mut tx = self.store().begin().await?;
        if !rows::delete(&mut tx, kind, &slug).await? {
            return Err(AppError::NotFound(format!("{slug}")));
        }
        self.commit(tx, vec![CacheTag::Nav]).await
    }
}

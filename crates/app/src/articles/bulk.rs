//! What the articles list does to one row or to many at once: duplicate, and bulk publish,
//! unpublish, delete or file under a region or theme. A bulk action is one transaction: when
//! one article refuses (a draft with no body cannot be published), none changes, and the error
//! names that article.

use gazette_domain::{Article, ArticleId, ArticleStatus, FieldError, Role, Slug};
use gazette_store::articles as rows;

use super::{Articles, StatusChange, change_tags, input_of, load};
use crate::{Actor, AppError, AppResult, Taxonomies, now};

/// Done to every chosen article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkAction {
    Publish,
    Unpublish,
    Delete,
    /// Adds the region (by slug) to each article's regions.
    FileUnderRegion(String),
    /// Adds the theme (by slug) to each article's themes.
    FileUnderTheme(String),
}

/// At most this many articles in one bulk action: a page of the list, with room.
pub const BULK_LIMIT: usize = 100;

impl Articles<'_> {
    /// Does `action` to every article in `ids` in one transaction; returns how many changed
    /// (those already in the state asked for are left as they are).
    pub async fn bulk(
        &self,
        actor: &Actor,
        ids: &[ArticleId],
        action: &BulkAction,
    ) -> AppResult<usize> {
        actor.require(Role::Editor)?;
        if ids.is_empty() {
            return Err(FieldError::new("articles", "choose at least one article").into());
        }
        if ids.len() > BULK_LIMIT {
            return Err(FieldError::new(
                "articles",
                format!("choose at most {BULK_LIMIT} articles at a time"),
            )
            .into());
        }
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        // The region or theme is checked once, before any article: the error is not theirs.
        match action {
            BulkAction::FileUnderRegion(slug) if tax.region_by_slug(slug).is_none() => {
                return Err(
                    FieldError::new("region", format!("there is no region {slug:?}")).into(),
                );
            }
            BulkAction::FileUnderTheme(slug) if tax.theme_by_slug(slug).is_none() => {
                return Err(FieldError::new("theme", format!("there is no theme {slug:?}")).into());
            }
            _ => {}
        }
        let mut tags = Vec::new();
        let (mut changed, mut jobs_queued) = (0, false);
        for &id in ids {
            let before = load(&mut tx, id).await?;
            let after = match self.one(&mut tx, actor, &before, action, &tax).await {
                Ok(after) => after,
                Err(err) => return Err(naming(&before, err)),
            };
            let Some((after, queued)) = after else {
                continue;
            };
            changed += 1;
            jobs_queued |= queued;
            let states: Vec<&Article> = [&before].into_iter().chain(after.as_ref()).collect();
            tags.extend(change_tags(&states, &tax));
        }
        if changed == 0 {
            return Ok(0);
        }
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
        Ok(changed)
    }

    /// One article's part: `None` when it is already as asked; else the article after (none
    /// once deleted) and whether a job was queued.
    async fn one(
        &self,
        tx: &mut sqlx::AnyConnection,
        actor: &Actor,
        before: &Article,
        action: &BulkAction,
        tax: &Taxonomies,
    ) -> AppResult<Option<(Option<Article>, bool)>> {
        let live = matches!(
            before.status,
            ArticleStatus::Published | ArticleStatus::Scheduled
        );
        let change = match action {
            BulkAction::Publish if before.status == ArticleStatus::Published => return Ok(None),
            BulkAction::Unpublish if !live => return Ok(None),
            BulkAction::Publish => StatusChange::Publish,
            BulkAction::Unpublish => StatusChange::Unpublish,
            BulkAction::Delete => {
                rows::delete(tx, before.id, &before.slug, now()).await?;
                return Ok(Some((None, false)));
            }
            BulkAction::FileUnderRegion(slug) | BulkAction::FileUnderTheme(slug) => {
                let mut input = input_of(before, tax);
                // Both exist: checked before the loop.
                let (list, slug) = match action {
                    BulkAction::FileUnderRegion(_) => (
                        &mut input.regions,
                        tax.region_by_slug(slug).map(|r| r.slug.clone()),
                    ),
                    _ => (
                        &mut input.themes,
                        tax.theme_by_slug(slug).map(|t| t.slug.clone()),
                    ),
                };
                let Some(slug) = slug else { return Ok(None) };
                if list.contains(&slug) {
                    return Ok(None);
                }
                list.push(slug);
                let (saved, queued) = self.save(tx, actor, before, input, None, tax).await?;
                return Ok(Some((Some(saved.article), queued)));
            }
        };
        let (after, queued) = self.transition_in(tx, before, change).await?;
        Ok(Some((Some(after), queued)))
    }

    /// A copy of the article as a new draft with the same content and a free slug
    /// (`{slug}-copy`, then numbered), started by `actor`.
    pub async fn duplicate(&self, actor: &Actor, id: ArticleId) -> AppResult<Article> {
        actor.require(Role::Contributor)?;
        let mut tx = self.store().begin().await?;
        let original = load(&mut tx, id).await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let mut input = input_of(&original, &tax);
        input.slug = Some(free_copy_slug(&mut tx, &original.slug).await?);
        let (copy, tags) = self.create_in(&mut tx, actor, input).await?;
        self.commit(tx, tags).await?;
        Ok(copy)
    }
}

async fn free_copy_slug(tx: &mut sqlx::AnyConnection, slug: &Slug) -> AppResult<String> {
    for n in 1..=20 {
        let candidate = match n {
            1 => format!("{slug}-copy"),
            n => format!("{slug}-copy-{n}"),
        };
        if Slug::parse_article(&candidate).is_ok()
            && rows::get_by_slug(tx, &candidate).await?.is_none()
        {
            return Ok(candidate);
        }
    }
    Err(AppError::Conflict {
        field: Some("slug".into()),
        message: format!("every copy slug for {slug:?} is taken"),
    })
}

/// The error with the article's title in front, so a refused bulk action says which one.
fn naming(article: &Article, err: AppError) -> AppError {
    match err {
        AppError::Invalid(e) => {
            let what = format!("“{}”: {} {}", article.title, e.field, e.message);
            FieldError::new("articles", what).into()
        }
        AppError::Conflict { message, .. } => AppError::Conflict {
            field: Some("articles".into()),
            message: format!("“{}”: {message}", article.title),
        },
        other => other,
    }
}

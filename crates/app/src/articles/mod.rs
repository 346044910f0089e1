//! Writing, publishing and withdrawing articles, and their revisions.

use gazette_domain::{
    Article, ArticleId, ArticleInput, ArticlePatch, ArticleStatus, FieldError,
    OriginalPublicationInput, Revision, Role, Timestamp, ValidArticle,
};
use gazette_render::html::body_to_html;
use gazette_render::{CacheTag, Listing};
use gazette_store::{ArticleFilter, ArticleOrder, ArticleWrite, Page, articles as rows};
use sqlx::AnyConnection;

use crate::Actor;
use crate::jobs::JobKind;
use crate::{AppError, AppResult, Taxonomies, now};

crate::service!(
    /// Writing, publishing and withdrawing articles, and their revisions: `app.articles()`.
    Articles
);

/// Editors and administrators change any article; a contributor only a draft they started
/// (the one who saved its first revision), never someone else's.
async fn may_change(tx: &mut AnyConnection, actor: &Actor, article: &Article) -> AppResult<()> {
    actor.require(Role::Contributor)?;
    let Actor::User(user) = actor else {
        return Ok(());
    };
    if user.role >= Role::Editor {
        return Ok(());
    }
    if article.status != ArticleStatus::Draft {
        return actor.require(Role::Editor);
    }
    let started_by = rows::revision(tx, article.id, 1)
        .await?
        .and_then(|r| r.created_by);
    if started_by != Some(user.id) {
        return Err(AppError::Forbidden(Role::Editor.as_str()));
    }
    Ok(())
}

/// Filters for listing articles, by slug as the APIs take them.
#[derive(Debug, Clone, Default)]
pub struct ArticleQuery {
    pub status: Option<ArticleStatus>,
    pub region: Option<String>,
    pub theme: Option<String>,
    pub report: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub title_contains: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

impl Articles<'_> {
    pub async fn create(&self, actor: &Actor, input: ArticleInput) -> AppResult<Article> {
        let mut tx = self.store().begin().await?;
        let (article, tags) = self.create_in(&mut tx, actor, input).await?;
        self.commit(tx, tags).await?;
        Ok(article)
    }

    /// Creates a draft inside the caller's transaction (an import records where it came from in
    /// the same one); returns the cache tags to commit with.
    pub(crate) async fn create_in(
        &self,
        tx: &mut AnyConnection,
        actor: &Actor,
        input: ArticleInput,
    ) -> AppResult<(Article, Vec<CacheTag>)> {
        actor.require(Role::Contributor)?;
        let valid = input.validate()?;
        let tax = Taxonomies::load(tx).await?;
        let now = now();
        let html = body_to_html(valid.input.body_format, &valid.input.body);
        let links = Links::resolve(&valid, &tax)?;
        let id = rows::insert(tx, &links.write(&valid, &html, now), ArticleStatus::Draft).await?;
        rows::reclaim_slug(tx, &valid.slug).await?;
        rows::insert_revision(tx, id, 1, actor.user_id(), &stored_input(&valid), now).await?;
        let article = rows::get(tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound("article".into()))?;
        let tags = change_tags(&[&article], &tax);
        Ok((article, tags))
    }

    /// Replaces the article's content with `input` as a new revision, inside the caller's
    /// transaction; returns the cache tags to commit with.
    pub(crate) async fn replace_in(
        &self,
        tx: &mut AnyConnection,
        actor: &Actor,
        id: ArticleId,
        input: ArticleInput,
    ) -> AppResult<(Article, Vec<CacheTag>)> {
        let before = load(tx, id).await?;
        may_change(tx, actor, &before).await?;
        let tax = Taxonomies::load(tx).await?;
        let article = self.save(tx, actor, &before, input, &tax).await?;
        let tags = change_tags(&[&before, &article], &tax);
        Ok((article, tags))
    }

    /// Applies `patch` to the article; refuses it if someone saved since `patch.base_revision`.
    pub async fn update(
        &self,
        actor: &Actor,
        id: ArticleId,
        patch: ArticlePatch,
    ) -> AppResult<Article> {
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &before).await?;
        if let Some(base) = patch.base_revision
            && base != before.revision
        {
            return Err(AppError::StaleRevision {
                base,
                current: before.revision,
            });
        }
        let tax = Taxonomies::load(&mut tx).await?;
        let mut input = input_of(&before, &tax);
        patch.apply(&mut input);
        let article = self.save(&mut tx, actor, &before, input, &tax).await?;
        let tags = change_tags(&[&before, &article], &tax);
        self.commit_save(tx, tags, &article).await?;
        Ok(article)
    }

    /// Commits a [`Self::save`]; saving a published article queued its translations' refresh,
    /// which the job runner is told of.
    async fn commit_save(
        &self,
        tx: gazette_store::Tx,
        tags: Vec<CacheTag>,
        article: &Article,
    ) -> AppResult<()> {
        self.commit(tx, tags).await?;
        if article.status == ArticleStatus::Published {
            self.wake_jobs();
        }
        Ok(())
    }

    async fn save(
        &self,
        tx: &mut AnyConnection,
        actor: &Actor,
        before: &Article,
        input: ArticleInput,
        tax: &Taxonomies,
    ) -> AppResult<Article> {
        let valid = input.validate()?;
        let html = body_to_html(valid.input.body_format, &valid.input.body);
        let links = Links::resolve(&valid, tax)?;
        let now = now();
        let revision = rows::update(tx, before.id, &links.write(&valid, &html, now)).await?;
        if valid.slug != before.slug {
            rows::reclaim_slug(tx, &valid.slug).await?;
        }
        rows::insert_revision(
            tx,
            before.id,
            revision,
            actor.user_id(),
            &stored_input(&valid),
            now,
        )
        .await?;
        let after = rows::get(tx, before.id)
            .await?
            .ok_or_else(|| AppError::NotFound("article".into()))?;
        // A published article's translations follow its edits (the memory keeps that cheap).
        crate::translations::enqueue_translations(self.core, tx, before, &after).await?;
        Ok(after)
    }

    /// Publishes now; an article published before keeps its first publication date.
    pub async fn publish(&self, actor: &Actor, id: ArticleId) -> AppResult<Article> {
        self.publish_at(actor, id, None).await
    }

    /// Publishes with a given publication date (imports and the demo keep their own dates).
    pub async fn publish_at(
        &self,
        actor: &Actor,
        id: ArticleId,
        at: Option<Timestamp>,
    ) -> AppResult<Article> {
        actor.require(Role::Editor)?;
        self.transition(id, |a| {
            let when = at.or(a.published_at).unwrap_or_else(now);
            Ok((ArticleStatus::Published, Some(when), None))
        })
        .await
    }

    /// Schedules the article to go live at `at`, through the job queue.
    pub async fn schedule(
        &self,
        actor: &Actor,
        id: ArticleId,
        at: Timestamp,
    ) -> AppResult<Article> {
        actor.require(Role::Editor)?;
        if at <= now() {
            return Err(FieldError::new("at", "must be in the future; publish now instead").into());
        }
        let job = (JobKind::PublishScheduled { article: id }, at);
        self.transition_then(id, Some(job), |a| match a.status {
            ArticleStatus::Published => Err(AppError::Conflict {
                field: Some("status".into()),
                message: "the article is already published; unpublish it first".into(),
            }),
            _ => Ok((ArticleStatus::Scheduled, a.published_at, Some(at))),
        })
        .await
    }

    pub async fn unpublish(&self, actor: &Actor, id: ArticleId) -> AppResult<Article> {
        actor.require(Role::Editor)?;
        self.transition(id, |a| {
            Ok((ArticleStatus::Unpublished, a.published_at, None))
        })
        .await
    }

    /// Publishes a scheduled article whose time has come; does nothing if it was rescheduled,
    /// unscheduled or deleted meanwhile (the job is idempotent).
    pub async fn publish_if_due(&self, id: ArticleId) -> AppResult<bool> {
        let mut conn = self.store().reader().await?;
        let due = match rows::get(&mut conn, id).await? {
            Some(a) => {
                a.status == ArticleStatus::Scheduled && a.scheduled_at.is_some_and(|t| t <= now())
            }
            None => false,
        };
        drop(conn);
        if due {
            self.transition(id, |a| {
                Ok((
                    ArticleStatus::Published,
                    Some(a.scheduled_at.unwrap_or_else(now)),
                    None,
                ))
            })
            .await?;
        }
        Ok(due)
    }

    async fn transition(
        &self,
        id: ArticleId,
        next: impl FnOnce(&Article) -> AppResult<(ArticleStatus, Option<Timestamp>, Option<Timestamp>)>,
    ) -> AppResult<Article> {
        self.transition_then(id, None, next).await
    }

    /// Moves the article to the status `next` picks and, in the same transaction, enqueues `job`.
    async fn transition_then(
        &self,
        id: ArticleId,
        job: Option<(JobKind, Timestamp)>,
        next: impl FnOnce(&Article) -> AppResult<(ArticleStatus, Option<Timestamp>, Option<Timestamp>)>,
    ) -> AppResult<Article> {
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        let (status, published_at, scheduled_at) = next(&before)?;
        rows::set_status(&mut tx, id, status, published_at, scheduled_at, now()).await?;
        let after = load(&mut tx, id).await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let tags = change_tags(&[&before, &after], &tax);
        let mut job_queued = job.is_some();
        job_queued |=
            crate::translations::enqueue_translations(self.core, &mut tx, &before, &after).await?;
        if let Some((job, run_at)) = job {
            self.enqueue_in(&mut tx, job, run_at).await?;
        }
        self.commit(tx, tags).await?;
        if job_queued {
            self.wake_jobs();
        }
        Ok(after)
    }

    /// Deletes the article; its URL answers 410 Gone from then on.
    pub async fn delete(&self, actor: &Actor, id: ArticleId) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        rows::delete(&mut tx, id, &before.slug, now()).await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let tags = change_tags(&[&before], &tax);
        self.commit(tx, tags).await
    }

    pub async fn article(&self, id: ArticleId) -> AppResult<Article> {
        load(&mut *self.store().reader().await?, id).await
    }

    pub async fn by_slug(&self, slug: &str) -> AppResult<Option<Article>> {
        Ok(rows::get_by_slug(&mut *self.store().reader().await?, slug).await?)
    }

    /// The article readers may see at `slug`: `Gone` if it was withdrawn or deleted,
    /// `NotFound` if it never was public.
    pub async fn public(&self, slug: &str) -> AppResult<Article> {
        readable(&mut *self.store().reader().await?, slug, false).await
    }

    /// The editor's view of an article's current content, by slugs.
    pub async fn input_of(&self, article: &Article) -> AppResult<ArticleInput> {
        let tax = Taxonomies::load(&mut *self.store().reader().await?).await?;
        Ok(input_of(article, &tax))
    }

    pub async fn revisions(&self, id: ArticleId) -> AppResult<Vec<Revision>> {
        let mut conn = self.store().reader().await?;
        load(&mut conn, id).await?;
        Ok(rows::revisions(&mut conn, id).await?)
    }

    /// Saves revision `number`'s content again, as a new revision.
    pub async fn restore_revision(
        &self,
        actor: &Actor,
        id: ArticleId,
        number: i64,
    ) -> AppResult<Article> {
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &before).await?;
        let revision = rows::revision(&mut tx, id, number)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("revision {number}")))?;
        let tax = Taxonomies::load(&mut tx).await?;
        let article = self
            .save(&mut tx, actor, &before, revision.input, &tax)
            .await?;
        let tags = change_tags(&[&before, &article], &tax);
        self.commit_save(tx, tags, &article).await?;
        Ok(article)
    }

    /// A page of articles and the total count. Slugs that name nothing give an empty page.
    pub async fn list(
        &self,
        q: &ArticleQuery,
        order: ArticleOrder,
    ) -> AppResult<(Vec<Article>, u64)> {
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let Some(filter) = filter_of(q, &tax) else {
            return Ok((Vec::new(), 0));
        };
        let page = Page {
            number: q.page.max(1),
            size: q.per_page.clamp(1, 100),
        };
        Ok(rows::list(&mut conn, &filter, order, page).await?)
    }
}

/// `None` when a filter names a taxonomy that does not exist: nothing can match.
fn filter_of(q: &ArticleQuery, tax: &Taxonomies) -> Option<ArticleFilter> {
    fn lookup<T, Id>(
        slug: &Option<String>,
        find: impl Fn(&str) -> Option<T>,
        id: impl Fn(T) -> Id,
    ) -> Option<Option<Id>> {
        match slug {
            None => Some(None),
            Some(s) => find(s).map(|t| Some(id(t))),
        }
    }
    let regions = match &q.region {
        None => None,
        Some(s) => Some(tax.region_with_descendants(tax.region_by_slug(s)?.id)),
    };
    Some(ArticleFilter {
        status: q.status,
        regions,
        theme: lookup(&q.theme, |s| tax.theme_by_slug(s), |t| t.id)?,
        report: lookup(&q.report, |s| tax.report_by_slug(s), |t| t.id)?,
        author: lookup(&q.author, |s| tax.author_by_slug(s), |t| t.id)?,
        source: lookup(&q.source, |s| tax.source_by_slug(s), |t| t.id)?,
        language: q.language.clone(),
        featured: None,
        title_contains: q.title_contains.clone(),
    })
}

/// The one rule for what readers see at `/{slug}`; a preview shows the article in any status.
pub(crate) async fn readable(
    conn: &mut AnyConnection,
    slug: &str,
    preview: bool,
) -> AppResult<Article> {
    match rows::get_by_slug(conn, slug).await? {
        Some(a) if a.is_public() || preview => Ok(a),
        Some(a) if a.status == ArticleStatus::Unpublished => {
            Err(AppError::Gone(format!("article {slug:?}")))
        }
        Some(_) => Err(AppError::NotFound(format!("article {slug:?}"))),
        None if rows::is_gone(conn, slug).await? => {
            Err(AppError::Gone(format!("article {slug:?}")))
        }
        None => Err(AppError::NotFound(format!("article {slug:?}"))),
    }
}

async fn load(conn: &mut AnyConnection, id: ArticleId) -> AppResult<Article> {
    rows::get(conn, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("article {id}")))
}

/// What a revision keeps: the input with the slug fixed, so restoring never moves the URL.
fn stored_input(valid: &ValidArticle) -> ArticleInput {
    ArticleInput {
        slug: Some(valid.slug.as_str().to_owned()),
        ..valid.input.clone()
    }
}

/// The article's current content as the editor would submit it.
pub(crate) fn input_of(a: &Article, tax: &Taxonomies) -> ArticleInput {
    ArticleInput {
        slug: Some(a.slug.as_str().to_owned()),
        title: a.title.clone(),
        standfirst: a.standfirst.clone(),
        body: a.body_source.clone(),
        body_format: a.body_format,
        image: a.image.clone(),
        language: a.language.clone(),
        featured: a.featured,
        authors: tax.author_slugs(&a.author_ids),
        regions: tax.region_slugs(&a.region_ids),
        themes: tax.theme_slugs(&a.theme_ids),
        reports: tax.report_slugs(&a.report_ids),
        original: a.original.as_ref().and_then(|o| {
            tax.source(o.source_id).map(|s| OriginalPublicationInput {
                source: s.slug.clone(),
                url: o.url.clone(),
                date: o.date.to_string(),
            })
        }),
    }
}

/// The ids an input refers to, each checked to exist.
struct Links {
    authors: Vec<gazette_domain::AuthorId>,
    regions: Vec<gazette_domain::RegionId>,
    themes: Vec<gazette_domain::ThemeId>,
    reports: Vec<gazette_domain::ReportId>,
    source: Option<gazette_domain::SourceId>,
}

impl Links {
    fn resolve(valid: &ValidArticle, tax: &Taxonomies) -> AppResult<Self> {
        let i = &valid.input;
        let source = match &i.original {
            Some(o) => Some(
                tax.source_by_slug(o.source.as_str())
                    .map(|s| s.id)
                    .ok_or_else(|| {
                        AppError::Invalid(FieldError::new(
                            "original.source",
                            format!("no source with slug {:?}", o.source.as_str()),
                        ))
                    })?,
            ),
            None => None,
        };
        Ok(Self {
            authors: Taxonomies::resolve(
                "authors",
                &i.authors,
                "author",
                |s| tax.author_by_slug(s),
                |t| t.id,
            )?,
            regions: Taxonomies::resolve(
                "regions",
                &i.regions,
                "region",
                |s| tax.region_by_slug(s),
                |t| t.id,
            )?,
            themes: Taxonomies::resolve(
                "themes",
                &i.themes,
                "theme",
                |s| tax.theme_by_slug(s),
                |t| t.id,
            )?,
            reports: Taxonomies::resolve(
                "reports",
                &i.reports,
                "report",
                |s| tax.report_by_slug(s),
                |t| t.id,
            )?,
            source,
        })
    }

    fn write<'a>(
        &'a self,
        valid: &'a ValidArticle,
        html: &'a str,
        now: Timestamp,
    ) -> ArticleWrite<'a> {
        let i = &valid.input;
        ArticleWrite {
            slug: &valid.slug,
            title: &i.title,
            standfirst: i.standfirst.trim(),
            body_format: i.body_format,
            body_source: &i.body,
            body_html: html,
            image: i.image.as_ref(),
            language: &i.language,
            featured: i.featured,
            author_ids: &self.authors,
            region_ids: &self.regions,
            theme_ids: &self.themes,
            report_ids: &self.reports,
            original: match (self.source, &i.original, valid.original_date) {
                (Some(source), Some(o), Some(date)) => Some((source, o.url.as_str(), date)),
                _ => None,
            },
            now,
        }
    }
}

/// The cache tags a change to these states of an article makes stale: its own page and every
/// listing it appears (or appeared) in, including the regions above its regions.
pub(crate) fn change_tags(states: &[&Article], tax: &Taxonomies) -> Vec<CacheTag> {
    let mut tags = vec![CacheTag::List(Listing::Home)];
    for a in states {
        tags.push(CacheTag::Article(a.id));
        tags.extend(
            a.author_ids
                .iter()
                .map(|&id| CacheTag::List(Listing::Author(id))),
        );
        tags.extend(
            a.theme_ids
                .iter()
                .map(|&id| CacheTag::List(Listing::Theme(id))),
        );
        tags.extend(
            a.report_ids
                .iter()
                .map(|&id| CacheTag::List(Listing::Report(id))),
        );
        tags.extend(
            a.original
                .iter()
                .map(|o| CacheTag::List(Listing::Source(o.source_id))),
        );
        for region in &a.region_ids {
            tags.extend(
                tax.region_with_ancestors(*region)
                    .iter()
                    .map(|r| CacheTag::List(Listing::Region(r.id))),
            );
        }
    }
    tags.sort();
    tags.dedup();
    tags
}

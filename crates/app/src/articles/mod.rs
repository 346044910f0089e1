//! Writing, publishing and withdrawing articles, and their revisions.
//!
//! Two rules hold for every caller (the admin, the Admin API, imports): a save whose input
//! equals the article's current content makes no revision, and a save with a status change
//! (publish, schedule, unpublish) is one transaction, so it never half-succeeds.

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

mod bulk;
mod pending;
mod review;

pub use bulk::{BULK_LIMIT, BulkAction};
pub use pending::{Restored, Update};

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

/// What a save did: the article as it now is, and whether its content changed (an unchanged
/// input makes no revision).
#[derive(Debug, Clone)]
pub struct Saved {
    pub article: Article,
    pub changed: bool,
}

/// A change of status made together with a save, in its transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusChange {
    /// Live now; an article published before keeps its first publication date.
    Publish,
    /// Live at this time, through the job queue.
    Schedule(Timestamp),
    /// Withdrawn: its address answers 410 Gone.
    Unpublish,
}

/// The status and dates an article moves to: status, published at, scheduled at.
type NextState = (ArticleStatus, Option<Timestamp>, Option<Timestamp>);

impl StatusChange {
    /// What is refused before anything is read: the role, and a schedule time already past.
    fn check(self, actor: &Actor) -> AppResult<()> {
        actor.require(Role::Editor)?;
        match self {
            StatusChange::Schedule(at) if at <= now() => Err(FieldError::new(
                "at",
                "must be in the future; publish now instead",
            )
            .with_kind(gazette_domain::FieldErrorKind::NotInFuture)
            .into()),
            _ => Ok(()),
        }
    }

    fn next(self, a: &Article) -> AppResult<NextState> {
        if self != StatusChange::Unpublish {
            a.ready_to_publish()?;
        }
        match self {
            StatusChange::Publish => Ok(published(a, None)),
            StatusChange::Schedule(at) => match a.status {
                ArticleStatus::Published => Err(AppError::Conflict {
                    field: Some("status".into()),
                    message: "the article is already published; unpublish it first".into(),
                }),
                _ => Ok((ArticleStatus::Scheduled, a.published_at, Some(at))),
            },
            StatusChange::Unpublish => Ok((ArticleStatus::Unpublished, a.published_at, None)),
        }
    }

    /// The job that carries the change out later, with when it runs.
    fn job(self, id: ArticleId) -> Option<(JobKind, Timestamp)> {
        match self {
            StatusChange::Schedule(at) => Some((JobKind::PublishScheduled { article: id }, at)),
            StatusChange::Publish | StatusChange::Unpublish => None,
        }
    }
}

/// Published at `at`, else at its first publication, else now.
fn published(a: &Article, at: Option<Timestamp>) -> NextState {
    let when = at.or(a.published_at).unwrap_or_else(now);
    (ArticleStatus::Published, Some(when), None)
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
    /// Words each found in the title, standfirst or body.
    pub text: Option<String>,
    /// Only articles this user started.
    pub started_by: Option<gazette_domain::UserId>,
    /// Only articles waiting for an editor's review.
    pub in_review: bool,
    pub page: u32,
    pub per_page: u32,
}

impl Articles<'_> {
    pub async fn create(&self, actor: &Actor, input: ArticleInput) -> AppResult<Article> {
        self.create_and(actor, input, None).await
    }

    /// Creates a draft and, in the same transaction, makes `change` to it.
    pub async fn create_and(
        &self,
        actor: &Actor,
        input: ArticleInput,
        change: Option<StatusChange>,
    ) -> AppResult<Article> {
        if let Some(change) = change {
            change.check(actor)?;
        }
        let mut tx = self.store().begin().await?;
        // The draft's tags are the published article's too: the same page and listings.
        let (mut article, tags) = self.create_in(&mut tx, actor, input).await?;
        let mut jobs_queued = false;
        if let Some(change) = change {
            let draft = article;
            (article, jobs_queued) = self.transition_in(&mut tx, &draft, change).await?;
        }
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
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

    /// Replaces the article's content with `input` as a new revision (none if it is the same),
    /// inside the caller's transaction; returns the cache tags to commit with.
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
        let (saved, _) = self.save(tx, actor, &before, input, None, &tax).await?;
        let tags = change_tags(&[&before, &saved.article], &tax);
        Ok((saved.article, tags))
    }

    /// Applies `patch` to the article; refuses it if someone saved since `patch.base_revision`
    /// and it would change something. An unchanged result commits nothing.
    pub async fn update(
        &self,
        actor: &Actor,
        id: ArticleId,
        patch: ArticlePatch,
    ) -> AppResult<Saved> {
        self.save_and(actor, id, patch, None).await
    }

    /// Applies `patch` as [`Self::update`] does and then makes `change`, in one transaction:
    /// when the change is refused, nothing is saved either.
    pub async fn save_and(
        &self,
        actor: &Actor,
        id: ArticleId,
        patch: ArticlePatch,
        change: Option<StatusChange>,
    ) -> AppResult<Saved> {
        self.save_over_pending(actor, id, patch, change, None).await
    }

    /// Saves as [`Self::save_and`] does, and in the same transaction drops the pending changes
    /// the editor's form was loaded from (`seen`: their `saved_at`): the save carries them now.
    /// Pending changes saved since then, by anyone, are kept.
    pub async fn save_over_pending(
        &self,
        actor: &Actor,
        id: ArticleId,
        patch: ArticlePatch,
        change: Option<StatusChange>,
        seen: Option<Timestamp>,
    ) -> AppResult<Saved> {
        if let Some(change) = change {
            change.check(actor)?;
        }
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &before).await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let base = patch.base_revision;
        let mut input = input_of(&before, &tax);
        patch.apply(&mut input);
        let (saved, mut jobs_queued) = self
            .save(&mut tx, actor, &before, input, base, &tax)
            .await?;
        let Saved {
            mut article,
            changed,
        } = saved;
        let consumed = pending::consume(&mut tx, &article, &tax, seen).await?;
        if let Some(change) = change {
            let queued;
            (article, queued) = self.transition_in(&mut tx, &article, change).await?;
            jobs_queued |= queued;
        } else if consumed && !changed {
            // Only the pending changes went: nothing readers see changed.
            tx.commit().await?;
            return Ok(Saved { article, changed });
        } else if !changed {
            // Nothing to write: the transaction ends without a commit.
            return Ok(Saved { article, changed });
        }
        let tags = change_tags(&[&before, &article], &tax);
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
        Ok(Saved { article, changed })
    }

    /// Writes `input` as the article's next revision, unless it equals the current content;
    /// refuses it if `base` is not the current revision and it would change something (equal
    /// content overwrites nothing). Also says whether a job was queued (a published article's
    /// translations follow its edits).
    async fn save(
        &self,
        tx: &mut AnyConnection,
        actor: &Actor,
        before: &Article,
        input: ArticleInput,
        base: Option<i64>,
        tax: &Taxonomies,
    ) -> AppResult<(Saved, bool)> {
        let valid = input.validate()?;
        if stored_input(&valid) == input_of(before, tax) {
            let unchanged = Saved {
                article: before.clone(),
                changed: false,
            };
            return Ok((unchanged, false));
        }
        if let Some(base) = base
            && base != before.revision
        {
            return Err(AppError::StaleRevision {
                base,
                current: before.revision,
            });
        }
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
        let after = load(tx, before.id).await?;
        // Saving a live (or scheduled) article changes what readers get: it needs a body.
        if matches!(
            after.status,
            ArticleStatus::Published | ArticleStatus::Scheduled
        ) {
            after.ready_to_publish()?;
        }
        let jobs_queued =
            crate::translations::enqueue_translations(self.core, tx, before, &after).await?;
        let saved = Saved {
            article: after,
            changed: true,
        };
        Ok((saved, jobs_queued))
    }

    /// Publishes now; an article published before keeps its first publication date.
    pub async fn publish(&self, actor: &Actor, id: ArticleId) -> AppResult<Article> {
        self.change_status(actor, id, StatusChange::Publish).await
    }

    /// Publishes with a given publication date (imports and the demo keep their own dates).
    pub async fn publish_at(
        &self,
        actor: &Actor,
        id: ArticleId,
        at: Option<Timestamp>,
    ) -> AppResult<Article> {
        actor.require(Role::Editor)?;
        self.transition(id, None, |a| {
            a.ready_to_publish()?;
            Ok(published(a, at))
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
        self.change_status(actor, id, StatusChange::Schedule(at))
            .await
    }

    pub async fn unpublish(&self, actor: &Actor, id: ArticleId) -> AppResult<Article> {
        self.change_status(actor, id, StatusChange::Unpublish).await
    }

    async fn change_status(
        &self,
        actor: &Actor,
        id: ArticleId,
        change: StatusChange,
    ) -> AppResult<Article> {
        change.check(actor)?;
        self.transition(id, change.job(id), |a| change.next(a))
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
            self.transition(id, None, |a| {
                let when = a.scheduled_at.unwrap_or_else(now);
                Ok((ArticleStatus::Published, Some(when), None))
            })
            .await?;
        }
        Ok(due)
    }

    /// Moves the article to the state `next` picks and, in the same transaction, enqueues `job`.
    async fn transition(
        &self,
        id: ArticleId,
        job: Option<(JobKind, Timestamp)>,
        next: impl FnOnce(&Article) -> AppResult<NextState>,
    ) -> AppResult<Article> {
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        let (after, jobs_queued) = self
            .set_state_in(&mut tx, &before, next(&before)?, job)
            .await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let tags = change_tags(&[&before, &after], &tax);
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
        Ok(after)
    }

    /// Makes `change` to `before` inside the caller's transaction.
    async fn transition_in(
        &self,
        tx: &mut AnyConnection,
        before: &Article,
        change: StatusChange,
    ) -> AppResult<(Article, bool)> {
        let next = change.next(before)?;
        self.set_state_in(tx, before, next, change.job(before.id))
            .await
    }

    /// Writes the new state and enqueues `job` and the translations a publication asks for;
    /// the article after, and whether a job was queued (the runner is woken after commit).
    async fn set_state_in(
        &self,
        tx: &mut AnyConnection,
        before: &Article,
        (status, published_at, scheduled_at): NextState,
        job: Option<(JobKind, Timestamp)>,
    ) -> AppResult<(Article, bool)> {
        rows::set_status(tx, before.id, status, published_at, scheduled_at, now()).await?;
        // Published, scheduled or withdrawn: no longer waiting for a review.
        rows::end_review(tx, before.id).await?;
        let after = load(tx, before.id).await?;
        let mut jobs_queued = job.is_some();
        jobs_queued |=
            crate::translations::enqueue_translations(self.core, tx, before, &after).await?;
        if let Some((job, run_at)) = job {
            self.enqueue_in(tx, job, run_at).await?;
        }
        Ok((after, jobs_queued))
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

    /// Saves revision `number`'s content again, as a new revision (none if it is the current
    /// content already).
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
        let (saved, jobs_queued) = self
            .save(&mut tx, actor, &before, revision.input, None, &tax)
            .await?;
        if !saved.changed {
            return Ok(saved.article);
        }
        let tags = change_tags(&[&before, &saved.article], &tax);
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
        Ok(saved.article)
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
        text: q.text.clone(),
        started_by: q.started_by,
        in_review: q.in_review,
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

pub(crate) async fn load(conn: &mut AnyConnection, id: ArticleId) -> AppResult<Article> {
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
        sharing: a.sharing.clone(),
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
            sharing: &i.sharing,
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

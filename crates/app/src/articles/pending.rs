//! Pending changes: edits kept beside an article without changing what readers get.
//!
//! A live article is edited this way: "Save changes" keeps them, "Preview changes" shows the
//! page as it would be, "Update" applies them as the next revision, and a scheduled update lets
//! a job apply them later. The editor's autosave keeps what is typed here too, for drafts as
//! well, so nothing typed is lost when a tab closes. One set per article; applying changes
//! made on an older revision than the current one is refused like any stale edit, and the
//! editor then shows both versions.

use gazette_domain::{
    Article, ArticleId, ArticleInput, ArticleStatus, FieldError, PendingChanges, PendingOrigin,
    Role, Timestamp,
};
use gazette_render::html::body_to_html;
use gazette_store::articles as rows;
use sqlx::AnyConnection;

use super::{Articles, Links, Saved, change_tags, input_of, load, may_change, stored_input};
use crate::jobs::JobKind;
use crate::{Actor, AppError, AppResult, Taxonomies, now};

/// What keeping changes did.
#[derive(Debug, Clone)]
pub enum Update {
    /// They are kept, not live.
    Kept(Box<PendingChanges>),
    /// They equal the article as it is: nothing is pending any more.
    Unchanged,
}

/// What restoring a revision did.
#[derive(Debug, Clone)]
pub enum Restored {
    /// A draft, scheduled or withdrawn article: restored as its next revision.
    Applied(Box<Article>),
    /// A live article: the revision is kept as pending changes to review and update.
    ForReview(Box<PendingChanges>),
}

impl Articles<'_> {
    /// The article's pending changes, if it has any.
    pub async fn pending(&self, id: ArticleId) -> AppResult<Option<PendingChanges>> {
        let mut conn = self.store().reader().await?;
        load(&mut conn, id).await?;
        Ok(rows::pending(&mut conn, id).await?)
    }

    /// Scheduled updates of live articles, soonest first: what the dashboard's calendar shows
    /// beside the scheduled articles.
    pub async fn scheduled_updates(&self) -> AppResult<Vec<PendingChanges>> {
        Ok(rows::scheduled_pending(&mut *self.store().reader().await?).await?)
    }

    /// Keeps `input` as the article's pending changes, replacing those loaded into the editor
    /// (`seen`, their `saved_at`); readers see nothing of it. `base` is the revision the editor
    /// started from. Refused when someone else kept changes the editor has not seen, so two
    /// people's unsaved work never overwrite each other. A scheduled update stays scheduled.
    pub async fn keep_pending(
        &self,
        actor: &Actor,
        id: ArticleId,
        input: ArticleInput,
        base: Option<i64>,
        seen: Option<Timestamp>,
        origin: PendingOrigin,
    ) -> AppResult<Update> {
        let valid = input.validate()?;
        let mut tx = self.store().begin().await?;
        let article = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &article).await?;
        let tax = Taxonomies::load(&mut tx).await?;
        Links::resolve(&valid, &tax)?;
        // Changes made on an older revision would undo what was saved since: the editor shows
        // both versions instead (the same refusal as a stale save).
        if let Some(base) = base
            && base != article.revision
        {
            return Err(AppError::StaleRevision {
                base,
                current: article.revision,
            });
        }
        let existing = rows::pending(&mut tx, id).await?;
        if let Some(p) = &existing
            && p.saved_by != actor.user_id()
            && Some(p.saved_at) != seen
        {
            return Err(AppError::Conflict {
                field: None,
                message: "someone else has kept changes to this article that are not in your form; reload the editor to see them".into(),
            });
        }
        let input = stored_input(&valid);
        if input == input_of(&article, &tax) {
            rows::delete_pending(&mut tx, id).await?;
            tx.commit().await?;
            return Ok(Update::Unchanged);
        }
        let pending = PendingChanges {
            article_id: id,
            base_revision: base.unwrap_or(article.revision),
            input,
            origin,
            restored_from: None,
            apply_at: existing.and_then(|p| p.apply_at),
            saved_at: fresh_stamp(seen),
            saved_by: actor.user_id(),
        };
        rows::put_pending(&mut tx, &pending).await?;
        tx.commit().await?;
        Ok(Update::Kept(Box::new(pending)))
    }

    /// Drops the article's pending changes (and a scheduled update of them); whether there
    /// were any.
    pub async fn discard_pending(&self, actor: &Actor, id: ArticleId) -> AppResult<bool> {
        let mut tx = self.store().begin().await?;
        let article = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &article).await?;
        let dropped = rows::delete_pending(&mut tx, id).await?;
        tx.commit().await?;
        Ok(dropped)
    }

    /// Applies the pending changes as the article's next revision: on a live article, what
    /// readers get from now on. Refused, with nothing written, when the article was saved
    /// after the revision they were made on.
    pub async fn apply_pending(&self, actor: &Actor, id: ArticleId) -> AppResult<Saved> {
        actor.require(Role::Editor)?;
        let mut tx = self.store().begin().await?;
        let before = load(&mut tx, id).await?;
        let pending = rows::pending(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound("pending changes".into()))?;
        let tax = Taxonomies::load(&mut tx).await?;
        let (saved, jobs_queued) = self
            .save(
                &mut tx,
                actor,
                &before,
                pending.input,
                Some(pending.base_revision),
                &tax,
            )
            .await?;
        rows::delete_pending(&mut tx, id).await?;
        let tags = change_tags(&[&before, &saved.article], &tax);
        self.commit(tx, tags).await?;
        if jobs_queued {
            self.wake_jobs();
        }
        Ok(saved)
    }

    /// Schedules the pending changes to be applied at `at`, by a job queued in the same
    /// transaction.
    pub async fn schedule_pending(
        &self,
        actor: &Actor,
        id: ArticleId,
        at: Timestamp,
    ) -> AppResult<PendingChanges> {
        actor.require(Role::Editor)?;
        if at <= now() {
            return Err(
                FieldError::new("at", "must be in the future; update now instead")
                    .with_kind(gazette_domain::FieldErrorKind::NotInFuture)
                    .into(),
            );
        }
        let mut tx = self.store().begin().await?;
        load(&mut tx, id).await?;
        let mut pending = rows::pending(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound("pending changes".into()))?;
        pending.apply_at = Some(at);
        rows::put_pending(&mut tx, &pending).await?;
        self.enqueue_in(&mut tx, JobKind::ApplyPendingChanges { article: id }, at)
            .await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(pending)
    }

    /// The scheduled update's job: applies the pending changes if their time has come. Does
    /// nothing when they were discarded, applied or rescheduled meanwhile (the job is
    /// idempotent).
    pub async fn apply_pending_if_due(&self, id: ArticleId) -> AppResult<bool> {
        let mut conn = self.store().reader().await?;
        let due = match rows::pending(&mut conn, id).await? {
            Some(p) => p.apply_at.is_some_and(|t| t <= now()),
            None => false,
        };
        drop(conn);
        if due {
            self.apply_pending(&Actor::System, id).await?;
        }
        Ok(due)
    }

    /// Revision `number` again: on a live article as pending changes to review (nothing
    /// readers see changes until someone updates it), otherwise as the next revision.
    pub async fn restore_for_review(
        &self,
        actor: &Actor,
        id: ArticleId,
        number: i64,
    ) -> AppResult<Restored> {
        let mut tx = self.store().begin().await?;
        let article = load(&mut tx, id).await?;
        if article.status != ArticleStatus::Published {
            drop(tx);
            return self
                .restore_revision(actor, id, number)
                .await
                .map(|a| Restored::Applied(Box::new(a)));
        }
        may_change(&mut tx, actor, &article).await?;
        let revision = rows::revision(&mut tx, id, number)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("revision {number}")))?;
        let pending = PendingChanges {
            article_id: id,
            base_revision: article.revision,
            input: revision.input,
            origin: PendingOrigin::Restored,
            restored_from: Some(number),
            apply_at: None,
            saved_at: fresh_stamp(None),
            saved_by: actor.user_id(),
        };
        rows::put_pending(&mut tx, &pending).await?;
        tx.commit().await?;
        Ok(Restored::ForReview(Box::new(pending)))
    }

    /// The article as it would be with its pending changes applied, for "Preview changes";
    /// nothing is written. The article as it is when it has none.
    pub async fn with_pending(&self, id: ArticleId) -> AppResult<Article> {
        let mut conn = self.store().reader().await?;
        let article = load(&mut conn, id).await?;
        let Some(pending) = rows::pending(&mut conn, id).await? else {
            return Ok(article);
        };
        let tax = Taxonomies::load(&mut conn).await?;
        let valid = pending.input.validate()?;
        let links = Links::resolve(&valid, &tax)?;
        let i = &valid.input;
        Ok(Article {
            slug: valid.slug.clone(),
            title: i.title.clone(),
            standfirst: i.standfirst.trim().to_owned(),
            body_format: i.body_format,
            body_source: i.body.clone(),
            body_html: body_to_html(i.body_format, &i.body),
            image: i.image.clone(),
            language: i.language.clone(),
            featured: i.featured,
            author_ids: links.authors,
            region_ids: links.regions,
            theme_ids: links.themes,
            report_ids: links.reports,
            original: match (links.source, &i.original, valid.original_date) {
                (Some(source_id), Some(o), Some(date)) => {
                    Some(gazette_domain::OriginalPublication {
                        source_id,
                        url: o.url.clone(),
                        date,
                    })
                }
                _ => None,
            },
            ..article
        })
    }
}

/// After a save that left the article as `after`: drops its pending changes when they are the
/// ones the editor's form was loaded from (`seen`, their `saved_at`) or say nothing the article
/// does not say now; whether it did.
pub(super) async fn consume(
    conn: &mut AnyConnection,
    after: &Article,
    tax: &Taxonomies,
    seen: Option<Timestamp>,
) -> AppResult<bool> {
    match rows::pending(conn, after.id).await? {
        Some(p) if Some(p.saved_at) == seen || p.input == input_of(after, tax) => {
            Ok(rows::delete_pending(conn, after.id).await?)
        }
        _ => Ok(false),
    }
}

/// A `saved_at` that differs from the one it replaces: the stamp is how an editor's form names
/// the changes it was loaded from, so two saves within a millisecond must still tell apart.
/// Whole milliseconds, as the store keeps it.
fn fresh_stamp(replaced: Option<Timestamp>) -> Timestamp {
    let now = now();
    let now = now
        .replace_nanosecond(now.nanosecond() / 1_000_000 * 1_000_000)
        .unwrap_or(now);
    match replaced {
        Some(prev) if now <= prev => prev + time::Duration::milliseconds(1),
        _ => now,
    }
}

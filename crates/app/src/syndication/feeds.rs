//! Partner feeds and the review queue.
//!
//! Each feed is polled by its own `PollFeed` job, which schedules the next poll before it ends,
//! so polling survives restarts and never runs twice at once for one feed (the job's unique key).
//! A poll sends the last answer's validators back (ETag, Last-Modified); of the items listed it
//! fetches only those it has not seen, or whose updated stamp changed. New items wait in the
//! review queue, unless their Source is trusted: then they are published at once.

use gazette_domain::{Article, ArticleId, ArticleStatus, FeedId, Role, Source};
use gazette_ingest::feed::parse_feed;
use gazette_ingest::fetch::{Conditional, Validators, parse_http_url};
use gazette_store::syndication::{self as rows, Feed, SyndicatedState};
use serde::Serialize;
use time::OffsetDateTime;

use super::Syndication;
use super::{ImportOutcome, Via, candidate};
use crate::jobs::{JobError, JobKind};
use crate::{Actor, AppError, AppResult, Taxonomies, now};

/// A feed as the admin lists it.
#[derive(Debug, Clone, Serialize)]
pub struct FeedOverview {
    pub id: FeedId,
    pub source: String,
    pub url: String,
    #[serde(with = "time::serde::rfc3339::option")]
    pub polled_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
    /// Whether the last answer gave validators, so the next poll is conditional.
    pub conditional: bool,
}

/// What one poll did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PollSummary {
    /// The feed answered 304 Not Modified.
    pub not_modified: bool,
    /// Items the feed listed.
    pub listed: usize,
    /// Items fetched because they were new or their stamp changed.
    pub fetched: usize,
    pub created: usize,
    pub published: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub flagged: usize,
    /// Items that could not be imported, with the reason.
    pub failed: Vec<(String, String)>,
}

/// A record the editor should look at: new from a feed, or its original changed.
#[derive(Debug, Clone, Serialize)]
pub struct QueueEntry {
    pub id: i64,
    pub source: String,
    pub canonical_url: String,
    pub state: SyndicatedState,
    pub original_changed: bool,
    pub article_id: Option<ArticleId>,
    pub title: Option<String>,
    pub status: Option<ArticleStatus>,
    pub revision: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub fetched_at: OffsetDateTime,
}

impl Syndication<'_> {
    /// Attaches a feed to a Source and polls it right away.
    pub async fn add_feed(
        &self,
        actor: &Actor,
        source: &str,
        url: &str,
    ) -> AppResult<FeedOverview> {
        actor.require(Role::Editor)?;
        let url = parse_http_url(url)
            .map_err(|e| gazette_domain::FieldError::new("url", e.to_string()))?;
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let source = source_by_slug(&tax, source)?;
        let id = rows::insert_feed(&mut tx, source.id, url.as_str(), now()).await?;
        self.enqueue_in(&mut tx, JobKind::PollFeed { feed: id }, now())
            .await?;
        let feed = rows::feed_by_id(&mut tx, id)
            .await?
            .expect("inserted in this transaction");
        tx.commit().await?;
        self.wake_jobs();
        Ok(overview(feed, source))
    }

    pub async fn feeds_of(&self, source: &str) -> AppResult<Vec<FeedOverview>> {
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let source = source_by_slug(&tax, source)?;
        Ok(rows::feeds_of(&mut conn, source.id)
            .await?
            .into_iter()
            .map(|f| overview(f, source))
            .collect())
    }

    /// Stops polling a feed; what it brought stays.
    pub async fn remove_feed(&self, actor: &Actor, id: FeedId) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let mut tx = self.store().begin().await?;
        if !rows::delete_feed(&mut tx, id).await? {
            return Err(AppError::NotFound(format!("feed {id}")));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Moves the feed's next poll to now.
    pub async fn poll_feed_soon(&self, actor: &Actor, id: FeedId) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let mut conn = self.store().reader().await?;
        rows::feed_by_id(&mut conn, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("feed {id}")))?;
        drop(conn);
        self.enqueue(JobKind::PollFeed { feed: id }, now()).await?;
        Ok(())
    }

    /// The job: polls the feed, then schedules its next poll. A feed that fails (the partner's
    /// server is down, the feed is broken) records the error and is tried again next time
    /// rather than retried at once.
    pub(crate) async fn poll_feed_job(&self, feed: FeedId) -> Result<(), JobError> {
        let Some(_) = rows::feed_by_id(&mut *self.store().reader().await?, feed).await? else {
            return Ok(());
        };
        let summary = self.poll_feed(feed).await;
        let next =
            now() + time::Duration::minutes(i64::from(self.config().syndication.poll_minutes));
        self.enqueue(JobKind::PollFeed { feed }, next).await?;
        match summary {
            Ok(s) => {
                tracing::info!(
                    feed = feed.0,
                    listed = s.listed,
                    fetched = s.fetched,
                    created = s.created,
                    published = s.published,
                    updated = s.updated,
                    flagged = s.flagged,
                    failed = s.failed.len(),
                    not_modified = s.not_modified,
                    "polled feed"
                );
                Ok(())
            }
            Err(AppError::Store(e)) => Err(JobError::Retryable(e.to_string())),
            Err(e) => {
                tracing::warn!(feed = feed.0, error = %e, "feed poll failed");
                Ok(())
            }
        }
    }

    /// Polls one feed now and imports what is new or changed.
    pub async fn poll_feed(&self, feed_id: FeedId) -> AppResult<PollSummary> {
        let feed = rows::feed_by_id(&mut *self.store().reader().await?, feed_id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("feed {feed_id}")))?;
        let known = Validators {
            etag: feed.etag.clone(),
            last_modified: feed.last_modified.clone(),
        };
        let answer = self.fetcher().get_if_changed(&feed.url, &known).await;
        let mut summary = PollSummary::default();
        let fetched = match answer {
            Ok(Conditional::NotModified) => {
                summary.not_modified = true;
                self.record_poll(feed_id, None, None).await?;
                return Ok(summary);
            }
            Ok(Conditional::Fetched(f)) => f,
            Err(e) => {
                self.record_poll(feed_id, None, Some(&e.to_string()))
                    .await?;
                return Err(e.into());
            }
        };
        let items = match parse_feed(&fetched.body, fetched.url.as_str()) {
            Ok(items) => items,
            Err(e) => {
                self.record_poll(feed_id, None, Some(&e.to_string()))
                    .await?;
                return Err(gazette_domain::FieldError::new("feed", e.to_string()).into());
            }
        };
        summary.listed = items.len();
        let limit = self.config().syndication.items_per_poll as usize;
        for item in items {
            let seen =
                rows::seen_item(&mut *self.store().reader().await?, feed_id, &item.guid).await?;
            if seen.as_deref() == Some(item.stamp.as_str()) {
                continue;
            }
            if summary.fetched == limit || self.is_shutting_down() {
                // The rest waits for the next poll, which will see them as unseen.
                break;
            }
            summary.fetched += 1;
            match self.import_item(feed_id, &item.url).await {
                Ok((record, outcome, published)) => {
                    match outcome {
                        ImportOutcome::Created => summary.created += 1,
                        ImportOutcome::Updated => summary.updated += 1,
                        ImportOutcome::OriginalChanged => summary.flagged += 1,
                        ImportOutcome::Unchanged | ImportOutcome::Rejected => {
                            summary.unchanged += 1
                        }
                    }
                    summary.published += usize::from(published);
                    self.mark_seen(feed_id, &item.guid, &item.stamp, Some(record))
                        .await?;
                }
                Err(AppError::Store(e)) => return Err(AppError::Store(e)),
                Err(e) => {
                    // A page that will not import (not an article, refused) is not fetched
                    // again until the feed changes its stamp; a passing failure is retried.
                    let transient = matches!(&e, AppError::Fetch(f) if f.is_transient());
                    if !transient {
                        self.mark_seen(feed_id, &item.guid, &item.stamp, None)
                            .await?;
                    }
                    summary.failed.push((item.url.clone(), e.to_string()));
                }
            }
        }
        let v = &fetched.validators;
        self.record_poll(
            feed_id,
            Some((v.etag.as_deref(), v.last_modified.as_deref())),
            None,
        )
        .await?;
        Ok(summary)
    }

    /// Imports one item's page; a trusted Source's new article is published at once. Returns
    /// the record, what the import did, and whether it published.
    async fn import_item(&self, feed: FeedId, url: &str) -> AppResult<(i64, ImportOutcome, bool)> {
        let fetched = self.fetcher().get(url).await?;
        let c = candidate(fetched).await?;
        let imported = self
            .ingest(
                &Actor::System,
                c,
                Via {
                    feed: Some(feed),
                    explicit: false,
                },
            )
            .await?;
        let mut published = false;
        if imported.source.trusted && imported.outcome == ImportOutcome::Created {
            self.accept_record(&Actor::System, imported.record).await?;
            published = true;
        }
        Ok((imported.record, imported.outcome, published))
    }

    async fn record_poll(
        &self,
        feed: FeedId,
        validators: Option<(Option<&str>, Option<&str>)>,
        error: Option<&str>,
    ) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        rows::record_poll(&mut tx, feed, validators, error, now()).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn mark_seen(
        &self,
        feed: FeedId,
        guid: &str,
        stamp: &str,
        record: Option<i64>,
    ) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        rows::mark_item_seen(&mut tx, feed, guid, stamp, record, now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Imports waiting for review and imports whose original changed, newest first.
    pub async fn review_queue(&self, actor: &Actor, limit: u32) -> AppResult<Vec<QueueEntry>> {
        actor.require(Role::Contributor)?;
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let records = rows::review_queue(&mut conn, limit.clamp(1, 500)).await?;
        let mut entries = Vec::with_capacity(records.len());
        for r in records {
            entries.push(entry(&mut conn, &tax, r).await?);
        }
        Ok(entries)
    }

    /// The latest imports in any state (from feeds and by address), newest first.
    pub async fn latest_imports(&self, actor: &Actor, limit: u32) -> AppResult<Vec<QueueEntry>> {
        actor.require(Role::Contributor)?;
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let records = rows::latest(&mut conn, limit.clamp(1, 500)).await?;
        let mut entries = Vec::with_capacity(records.len());
        for r in records {
            entries.push(entry(&mut conn, &tax, r).await?);
        }
        Ok(entries)
    }

    /// One import's record, as the queue shows it.
    pub async fn record(&self, actor: &Actor, id: i64) -> AppResult<QueueEntry> {
        actor.require(Role::Contributor)?;
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let record = rows::syndicated_by_id(&mut conn, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("import {id}")))?;
        entry(&mut conn, &tax, record).await
    }

    /// Publishes a queued import's article and takes it out of the queue.
    pub async fn accept_record(&self, actor: &Actor, id: i64) -> AppResult<Article> {
        actor.require(Role::Editor)?;
        let record = self.syndicated_record(id).await?;
        let article_id = record
            .article_id
            .ok_or_else(|| AppError::Gone(format!("the article of import {id}")))?;
        let article = crate::Articles::of(self.core)
            .publish(actor, article_id)
            .await?;
        let mut tx = self.store().begin().await?;
        rows::set_syndicated_state(
            &mut tx,
            id,
            SyndicatedState::Accepted,
            Some(article.revision),
        )
        .await?;
        tx.commit().await?;
        Ok(article)
    }

    /// Turns a queued import down: its draft is deleted, and its feed will not bring it back.
    pub async fn reject_record(&self, actor: &Actor, id: i64) -> AppResult<()> {
        actor.require(Role::Editor)?;
        let record = self.syndicated_record(id).await?;
        if let Some(article_id) = record.article_id {
            match crate::Articles::of(self.core).article(article_id).await {
                Ok(a) if a.status == ArticleStatus::Draft => {
                    crate::Articles::of(self.core)
                        .delete(actor, article_id)
                        .await?
                }
                Ok(_) => {
                    return Err(AppError::Conflict {
                        field: None,
                        message: "its article is already published; unpublish or delete it instead"
                            .into(),
                    });
                }
                Err(AppError::NotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let mut tx = self.store().begin().await?;
        rows::set_syndicated_state(&mut tx, id, SyndicatedState::Rejected, None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The editor has seen that the original changed (and updated the article, or chose not to).
    pub async fn acknowledge_change(&self, actor: &Actor, id: i64) -> AppResult<()> {
        actor.require(Role::Contributor)?;
        self.syndicated_record(id).await?;
        let mut tx = self.store().begin().await?;
        rows::clear_original_changed(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn syndicated_record(&self, id: i64) -> AppResult<rows::Syndicated> {
        rows::syndicated_by_id(&mut *self.store().reader().await?, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("import {id}")))
    }
}

async fn entry(
    conn: &mut sqlx::AnyConnection,
    tax: &Taxonomies,
    r: rows::Syndicated,
) -> AppResult<QueueEntry> {
    let article: Option<Article> = match r.article_id {
        Some(id) => gazette_store::articles::get(conn, id).await?,
        None => None,
    };
    Ok(QueueEntry {
        id: r.id,
        source: tax
            .source(r.source_id)
            .map(|s| s.slug.as_str().to_owned())
            .unwrap_or_default(),
        canonical_url: r.canonical_url,
        state: r.state,
        original_changed: r.original_changed,
        article_id: article.as_ref().map(|a| a.id),
        title: article.as_ref().map(|a| a.title.clone()),
        status: article.as_ref().map(|a| a.status),
        revision: article.as_ref().map(|a| a.revision),
        fetched_at: r.fetched_at,
    })
}

fn source_by_slug<'a>(tax: &'a Taxonomies, slug: &str) -> AppResult<&'a Source> {
    tax.source_by_slug(slug)
        .ok_or_else(|| AppError::NotFound(format!("source {slug:?}")))
}

fn overview(f: Feed, source: &Source) -> FeedOverview {
    debug_assert_eq!(f.source_id, source.id);
    FeedOverview {
        id: f.id,
        source: source.slug.as_str().to_owned(),
        conditional: f.etag.is_some() || f.last_modified.is_some(),
        url: f.url,
        polled_at: f.polled_at,
        last_error: f.last_error,
    }
}

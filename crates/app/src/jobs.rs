//! The job queue runner: every background capability is a [`JobKind`], stored in the database,
//! claimed by one process at a time, retried with backoff and never lost across a restart.
//!
//! Payloads carry ids only, and a job whose target is gone does nothing, so running one twice
//! (after a crash between its work and its completion) is harmless.

use std::time::Duration;

use gazette_domain::{ArticleId, EditionId, FeedId, NewsletterId, SubscriberId};
use gazette_store::{JobStatus, JobSummary, jobs as rows};
use serde::{Deserialize, Serialize};

use crate::{App, AppError, AppResult, now};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum JobKind {
    /// Publish a scheduled article when its time comes.
    PublishScheduled { article: ArticleId },
    /// Apply an article's pending changes when their scheduled update comes.
    ApplyPendingChanges { article: ArticleId },
    /// Tell the configured WebSub hub that the feeds showing this article changed: the site's
    /// and every language edition's, or with `lang` only that edition's (a translation changed).
    #[serde(rename = "websub_ping")]
    WebSubPing {
        article: ArticleId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// Email a subscriber the link that confirms their subscription (double opt-in).
    ConfirmSubscription { subscriber: SubscriberId },
    /// A newsletter's send time has come: start its edition, and schedule the next time.
    NewsletterDue { newsletter: NewsletterId },
    /// Send an edition's pending deliveries.
    SendEdition { edition: EditionId },
    /// Poll a partner feed and import its new items; schedules the next poll.
    PollFeed { feed: FeedId },
    /// Translate an article into a language (through the translation memory).
    TranslateArticle { article: ArticleId, lang: String },
    /// Translate the site's own words (names, tagline, blurbs) into a language: what is
    /// missing or outdated and not locked.
    TranslateSiteTexts { lang: String },
    /// Email a password-reset link to the account with this address, if there is one. The
    /// address as typed (not a user id) is what the form enqueues, so a known and an unknown
    /// address cost the form the same work and answer alike.
    PasswordReset { email: String },
    /// Email a new user the link that lets them choose their password; `by` invited them.
    Invitation {
        user: gazette_domain::UserId,
        by: Option<gazette_domain::UserId>,
    },
}

impl JobKind {
    fn name(&self) -> &'static str {
        match self {
            Self::PublishScheduled { .. } => "publish_scheduled",
            Self::ApplyPendingChanges { .. } => "apply_pending_changes",
            Self::WebSubPing { .. } => "websub_ping",
            Self::ConfirmSubscription { .. } => "confirm_subscription",
            Self::NewsletterDue { .. } => "newsletter_due",
            Self::SendEdition { .. } => "send_edition",
            Self::PollFeed { .. } => "poll_feed",
            Self::TranslateArticle { .. } => "translate_article",
            Self::TranslateSiteTexts { .. } => "translate_site_texts",
            Self::PasswordReset { .. } => "password_reset",
            Self::Invitation { .. } => "invitation",
        }
    }

    /// Jobs with the same key collapse into one: rescheduling moves the job instead of adding one.
    pub(crate) fn unique_key(&self) -> Option<String> {
        match self {
            Self::PublishScheduled { article } => Some(format!("publish:{article}")),
            // Rescheduling an update moves its job.
            Self::ApplyPendingChanges { article } => Some(format!("update:{article}")),
            // Several saves in a row make one ping.
            Self::WebSubPing {
                article,
                lang: None,
            } => Some(format!("websub:{article}")),
            Self::WebSubPing {
                article,
                lang: Some(lang),
            } => Some(format!("websub:{article}:{lang}")),
            // Asking twice before the email went out sends one email.
            Self::ConfirmSubscription { subscriber } => Some(format!("confirm:{subscriber}")),
            // One schedule per newsletter: changing its send time moves the job.
            Self::NewsletterDue { newsletter } => Some(format!("newsletter:{newsletter}")),
            // One sender per edition; enqueuing it again while it runs makes it run once more.
            Self::SendEdition { edition } => Some(format!("edition:{edition}")),
            // One schedule per feed: "poll now" moves the next poll instead of adding one.
            Self::PollFeed { feed } => Some(format!("feed:{feed}")),
            // Asking again while one waits makes one translation, of the latest revision.
            Self::TranslateArticle { article, lang } => Some(format!("translate:{article}:{lang}")),
            // Every change of an original while one waits makes one run, of the latest texts.
            Self::TranslateSiteTexts { lang } => Some(format!("site-texts:{lang}")),
            // Asking twice before the email went out sends one email.
            Self::PasswordReset { email } => Some(format!("reset:{email}")),
            // Inviting twice before the email went out sends one email.
            Self::Invitation { user, .. } => Some(format!("invitation:{}", user.0)),
        }
    }
}

/// How a job failed: worth another try, or never going to work.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Retryable(String),
    /// Retryable, no sooner than the service asked (`Retry-After`).
    #[error("{0}")]
    RetryAfter(String, Duration),
    #[error("{0}")]
    Permanent(String),
}

impl From<gazette_store::StoreError> for JobError {
    fn from(err: gazette_store::StoreError) -> Self {
        AppError::from(err).into()
    }
}

impl From<sqlx::Error> for JobError {
    fn from(err: sqlx::Error) -> Self {
        AppError::from(err).into()
    }
}

impl From<AppError> for JobError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Store(_) => JobError::Retryable(err.to_string()),
            other => JobError::Permanent(other.to_string()),
        }
    }
}

pub(crate) const MAX_ATTEMPTS: i64 = 8;
/// How long a claim lasts without news from its worker. A running job's lease is renewed every
/// `LEASE / 3`, so a long job (an edition to 100,000 readers) keeps it, and a job whose process
/// died is taken up again within this time.
const LEASE: Duration = Duration::from_secs(15);

/// Delay before attempt `attempts + 1`: 2, 4, 8 … seconds, at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    Duration::from_secs(2u64.saturating_pow(attempts.clamp(1, 12) as u32).min(3600))
}

/// The queue's runner: claims due jobs and hands each to the service that does it. It holds the
/// whole application (cheap to clone), since any service may have work queued.
#[derive(Clone)]
pub struct Jobs(pub(crate) App);

impl std::ops::Deref for Jobs {
    type Target = crate::core::Core;
    fn deref(&self) -> &crate::core::Core {
        self.0.core()
    }
}

impl Jobs {
    pub async fn list(&self, statuses: &[JobStatus], limit: u32) -> AppResult<Vec<JobSummary>> {
        Ok(rows::list(&mut *self.store().reader().await?, statuses, limit).await?)
    }

    /// Runs `job` here if it is queued, due and not held by another process; returns whether it
    /// ran. (`gazette newsletter send` sends in its own process this way, beside any server.)
    pub async fn run_queued(&self, job: JobKind, worker: &str) -> AppResult<bool> {
        let Some(key) = job.unique_key() else {
            return Ok(false);
        };
        let started = now();
        match rows::claim_key(self.store(), worker, &key, started, started + LEASE).await? {
            Some(claimed) => {
                self.run_claimed(claimed).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Claims and runs due jobs until none is left; returns how many ran.
    pub async fn run_due(&self, worker: &str) -> AppResult<usize> {
        let mut ran = 0;
        loop {
            if self.is_shutting_down() {
                return Ok(ran);
            }
            let started = now();
            let Some(job) = rows::claim(self.store(), worker, started, started + LEASE).await?
            else {
                return Ok(ran);
            };
            ran += 1;
            self.run_claimed(job).await?;
        }
    }

    /// Runs a claimed job with its lease kept alive, then records the outcome while the claim holds.
    async fn run_claimed(&self, job: rows::Job) -> AppResult<()> {
        let heartbeat = self.keep_lease(job.clone());
        let outcome = match decode(&job.kind, &job.payload) {
            Ok(kind) => self.run_job(kind).await,
            Err(err) => Err(JobError::Permanent(format!("unreadable job: {err}"))),
        };
        let job = heartbeat.stop().await.unwrap_or(job);
        let mut tx = self.store().begin().await?;
        let held = match outcome {
            Ok(()) => rows::complete(&mut tx, &job, now()).await?,
            Err(JobError::Retryable(msg)) if job.attempts < job.max_attempts => {
                tracing::warn!(job = job.id.0, kind = %job.kind, attempt = job.attempts, error = %msg, "job failed; will retry");
                rows::retry(&mut tx, &job, &msg, now() + backoff(job.attempts), now()).await?
            }
            Err(JobError::RetryAfter(msg, after)) if job.attempts < job.max_attempts => {
                tracing::warn!(job = job.id.0, kind = %job.kind, attempt = job.attempts, error = %msg, "job failed; will retry");
                let delay = backoff(job.attempts).max(after);
                rows::retry(&mut tx, &job, &msg, now() + delay, now()).await?
            }
            Err(err) => {
                tracing::error!(job = job.id.0, kind = %job.kind, error = %err, "job failed for good");
                rows::fail(&mut tx, &job, &err.to_string(), now()).await?
            }
        };
        tx.commit().await?;
        if !held {
            tracing::info!(job = job.id.0, kind = %job.kind, "job was enqueued again or taken over while it ran; leaving it to that run");
        }
        Ok(())
    }

    async fn run_job(&self, job: JobKind) -> Result<(), JobError> {
        let app = &self.0;
        match job {
            JobKind::PublishScheduled { article } => {
                app.articles().publish_if_due(article).await?;
                Ok(())
            }
            JobKind::ApplyPendingChanges { article } => {
                app.articles().apply_pending_if_due(article).await?;
                Ok(())
            }
            JobKind::WebSubPing { article, lang } => {
                app.public().ping_websub_hub(article, lang.as_deref()).await
            }
            JobKind::ConfirmSubscription { subscriber } => {
                app.newsletters().send_confirmation(subscriber).await
            }
            JobKind::NewsletterDue { newsletter } => {
                app.newsletters().newsletter_due(newsletter).await
            }
            JobKind::SendEdition { edition } => app.newsletters().send_edition(edition).await,
            JobKind::PollFeed { feed } => app.syndication().poll_feed_job(feed).await,
            JobKind::TranslateArticle { article, lang } => {
                app.translations().translate_job(article, &lang).await
            }
            JobKind::TranslateSiteTexts { lang } => app.translations().site_texts_job(&lang).await,
            JobKind::PasswordReset { email } => app.sessions().send_password_reset(&email).await,
            JobKind::Invitation { user, by } => app.sessions().send_invitation(user, by).await,
        }
    }

    /// Renews `job`'s lease until stopped; stopping returns the job with its latest lease, which
    /// finishing it must present.
    fn keep_lease(&self, job: rows::Job) -> Heartbeat {
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let store = self.store().clone();
        let task = tokio::spawn(async move {
            let mut job = job;
            loop {
                tokio::select! {
                    _ = &mut stopped => return job,
                    () = tokio::time::sleep(LEASE / 3) => {}
                }
                let renewed = async {
                    let mut conn = store.begin().await?;
                    let held = rows::extend(&mut conn, &mut job, now() + LEASE).await?;
                    conn.commit().await?;
                    Ok::<_, gazette_store::StoreError>(held)
                }
                .await;
                match renewed {
                    Ok(true) => {}
                    Ok(false) => {
                        tracing::info!(job = job.id.0, kind = %job.kind, "job was enqueued again or taken over; its lease is no longer ours");
                        // Nothing more to renew; wait to be stopped.
                        let _ = stopped.await;
                        return job;
                    }
                    Err(err) => {
                        tracing::warn!(job = job.id.0, error = %err, "cannot renew a job's lease")
                    }
                }
            }
        });
        Heartbeat { stop, task }
    }

    /// The queue runner: runs due jobs, then sleeps until woken by a new job or a second passes
    /// (jobs enqueued by other processes, and scheduled times, are noticed within a second).
    /// Returns once [`crate::Core::shut_down`] was called and the job in hand has finished.
    pub async fn run_forever(self, worker: String) {
        let mut shutdown = self.shutdown_signal();
        while !*shutdown.borrow() {
            if let Err(err) = self.run_due(&worker).await {
                tracing::error!(error = %err, "job runner could not reach the queue");
            }
            tokio::select! {
                _ = tokio::time::timeout(Duration::from_secs(1), self.jobs_rung()) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

struct Heartbeat {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<rows::Job>,
}

impl Heartbeat {
    async fn stop(self) -> Option<rows::Job> {
        let _ = self.stop.send(());
        self.task.await.ok()
    }
}

pub(crate) fn encode(job: &JobKind) -> (String, String) {
    let value = serde_json::to_value(job).expect("job kinds serialise");
    (job.name().to_owned(), value["payload"].to_string())
}

fn decode(kind: &str, payload: &str) -> Result<JobKind, serde_json::Error> {
    let payload: serde_json::Value = serde_json::from_str(payload)?;
    serde_json::from_value(serde_json::json!({ "kind": kind, "payload": payload }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_the_table_columns() {
        let job = JobKind::PublishScheduled {
            article: ArticleId(7),
        };
        let (kind, payload) = encode(&job);
        assert_eq!(kind, "publish_scheduled");
        assert_eq!(payload, r#"{"article":7}"#);
        assert_eq!(decode(&kind, &payload).unwrap(), job);
    }

    #[test]
    fn every_kind_decodes_from_the_name_it_is_stored_under() {
        for job in [
            JobKind::PublishScheduled {
                article: ArticleId(1),
            },
            JobKind::WebSubPing {
                article: ArticleId(2),
                lang: None,
            },
            JobKind::WebSubPing {
                article: ArticleId(2),
                lang: Some("es".into()),
            },
            JobKind::ConfirmSubscription {
                subscriber: SubscriberId(3),
            },
            JobKind::NewsletterDue {
                newsletter: NewsletterId(4),
            },
            JobKind::SendEdition {
                edition: EditionId(5),
            },
            JobKind::PollFeed { feed: FeedId(6) },
            JobKind::TranslateArticle {
                article: ArticleId(7),
                lang: "fr".into(),
            },
            JobKind::PasswordReset {
                email: "editor@example.org".into(),
            },
        ] {
            let (kind, payload) = encode(&job);
            assert_eq!(decode(&kind, &payload).unwrap(), job, "{kind}");
        }
    }

    #[test]
    fn ids_are_stored_as_bare_numbers() {
        // Jobs queued before the ids had their own types must still decode.
        let job = JobKind::PollFeed { feed: FeedId(6) };
        assert_eq!(encode(&job).1, r#"{"feed":6}"#);
        assert_eq!(decode("poll_feed", r#"{"feed":6}"#).unwrap(), job);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(40), Duration::from_secs(3600));
    }
}

//! The job queue runner: every background capability is a [`JobKind`], stored in the database,
//! claimed by one process at a time, retried with backoff and never lost across a restart.
//!
//! Payloads carry ids only, and a job whose target is gone does nothing, so running one twice
//! (after a crash between its work and its completion) is harmless.

use std::time::Duration;

use gazette_domain::ArticleId;
use gazette_store::{JobStatus, JobSummary, NewJob, jobs as rows};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{App, AppError, AppResult, now};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum JobKind {
    /// Publish a scheduled article when its time comes.
    PublishScheduled { article: ArticleId },
    /// Tell the configured WebSub hub that the feeds showing this article changed.
    #[serde(rename = "websub_ping")]
    WebSubPing { article: ArticleId },
}

impl JobKind {
    fn name(&self) -> &'static str {
        match self {
            Self::PublishScheduled { .. } => "publish_scheduled",
            Self::WebSubPing { .. } => "websub_ping",
        }
    }

    /// Jobs with the same key collapse into one: rescheduling moves the job instead of adding one.
    fn unique_key(&self) -> Option<String> {
        match self {
            Self::PublishScheduled { article } => Some(format!("publish:{article}")),
            // Several saves in a row make one ping.
            Self::WebSubPing { article } => Some(format!("websub:{article}")),
        }
    }
}

/// How a job failed: worth another try, or never going to work.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Retryable(String),
    #[error("{0}")]
    Permanent(String),
}

impl From<AppError> for JobError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Store(_) => JobError::Retryable(err.to_string()),
            other => JobError::Permanent(other.to_string()),
        }
    }
}

const MAX_ATTEMPTS: i64 = 8;
const LEASE: Duration = Duration::from_secs(300);

/// Delay before attempt `attempts + 1`: 2, 4, 8 … seconds, at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    Duration::from_secs(2u64.saturating_pow(attempts.clamp(1, 12) as u32).min(3600))
}

impl App {
    pub async fn enqueue(&self, job: JobKind, run_at: OffsetDateTime) -> AppResult<i64> {
        let mut tx = self.store().begin().await?;
        let id = self.enqueue_in(&mut tx, job, run_at).await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(id)
    }

    /// Enqueues `job` inside the caller's transaction, so the work and the change that asks for
    /// it commit together. The caller wakes the runner after commit.
    pub(crate) async fn enqueue_in(
        &self,
        conn: &mut sqlx::AnyConnection,
        job: JobKind,
        run_at: OffsetDateTime,
    ) -> AppResult<i64> {
        let (kind, payload) = encode(&job);
        let new = NewJob {
            kind,
            payload,
            unique_key: job.unique_key(),
            run_at,
            max_attempts: MAX_ATTEMPTS,
        };
        Ok(rows::enqueue(conn, &new, now()).await?)
    }

    pub async fn list_jobs(
        &self,
        statuses: &[JobStatus],
        limit: u32,
    ) -> AppResult<Vec<JobSummary>> {
        Ok(rows::list(&mut *self.store().reader().await?, statuses, limit).await?)
    }

    /// Claims and runs due jobs until none is left; returns how many ran.
    pub async fn run_due_jobs(&self, worker: &str) -> AppResult<usize> {
        let mut ran = 0;
        loop {
            let started = now();
            let Some(job) = rows::claim(self.store(), worker, started, started + LEASE).await?
            else {
                return Ok(ran);
            };
            ran += 1;
            let outcome = match decode(&job.kind, &job.payload) {
                Ok(kind) => self.run_job(kind).await,
                Err(err) => Err(JobError::Permanent(format!("unreadable job: {err}"))),
            };
            let mut tx = self.store().begin().await?;
            let held = match outcome {
                Ok(()) => rows::complete(&mut tx, &job, now()).await?,
                Err(JobError::Retryable(msg)) if job.attempts < job.max_attempts => {
                    tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %msg, "job failed; will retry");
                    rows::retry(&mut tx, &job, &msg, now() + backoff(job.attempts), now()).await?
                }
                Err(err) => {
                    tracing::error!(job = job.id, kind = %job.kind, error = %err, "job failed for good");
                    rows::fail(&mut tx, &job, &err.to_string(), now()).await?
                }
            };
            tx.commit().await?;
            if !held {
                tracing::info!(job = job.id, kind = %job.kind, "job was enqueued again or taken over while it ran; leaving it to that run");
            }
        }
    }

    async fn run_job(&self, job: JobKind) -> Result<(), JobError> {
        match job {
            JobKind::PublishScheduled { article } => {
                self.publish_if_due(article).await?;
                Ok(())
            }
            JobKind::WebSubPing { article } => self.ping_websub_hub(article).await,
        }
    }

    /// The queue runner: runs due jobs, then sleeps until woken by a new job or a second passes
    /// (jobs enqueued by other processes, and scheduled times, are noticed within a second).
    pub async fn run_jobs_forever(self, worker: String) {
        loop {
            if let Err(err) = self.run_due_jobs(&worker).await {
                tracing::error!(error = %err, "job runner could not reach the queue");
            }
            let _ =
                tokio::time::timeout(Duration::from_secs(1), self.0.jobs_wakeup.notified()).await;
        }
    }
}

fn encode(job: &JobKind) -> (String, String) {
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
            },
        ] {
            let (kind, payload) = encode(&job);
            assert_eq!(decode(&kind, &payload).unwrap(), job, "{kind}");
        }
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(40), Duration::from_secs(3600));
    }
}

//! The durable job queue's table: enqueue, claim, finish.
//!
//! A claim is a lease: a job whose worker died is claimed again once `locked_until` passes, so
//! nothing is lost across a crash. PostgreSQL claims with `FOR UPDATE SKIP LOCKED` so several
//! processes never take the same job; SQLite has one writer, which gives the same guarantee.
//!
//! Finishing a job (`complete`, `retry`, `fail`) only applies while the claim still holds: a job
//! enqueued again while it ran, or taken over after its lease ran out, is left to its new run.

use gazette_domain::JobId;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::sql::{Sql, Value};
use crate::{Backend, Store, StoreError, from_millis, to_millis};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobStatus {
    Pending,
    Running,
    Done,
    Failed,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        [Self::Pending, Self::Running, Self::Done, Self::Failed]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }
}

#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    /// JSON carrying ids only; the job loads what it needs when it runs.
    pub payload: String,
    /// At most one job per key: enqueuing again reschedules the existing one.
    pub unique_key: Option<String>,
    pub run_at: OffsetDateTime,
    pub max_attempts: i64,
}

/// A claimed job, ready to run.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
    /// The claim, which finishing the job must still hold.
    pub worker: String,
    pub lease_until: OffsetDateTime,
}

/// Matches the job's row only while `job`'s claim holds; binds `$1`–`$3`.
const CLAIM_HOLDS: &str = "id = $1 AND status = 'running' AND locked_by = $2 AND locked_until = $3";

/// A job as `gazette jobs` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct JobSummary {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    pub status: JobStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub run_at: OffsetDateTime,
    pub attempts: i64,
    pub max_attempts: i64,
    pub last_error: Option<String>,
    pub locked_by: Option<String>,
}

pub async fn enqueue(
    conn: &mut AnyConnection,
    job: &NewJob,
    now: OffsetDateTime,
) -> Result<JobId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO jobs (kind, payload, unique_key, status, run_at, attempts, max_attempts, created_at, updated_at) \
         VALUES ($1, $2, $3, 'pending', $4, 0, $5, $6, $6) \
         ON CONFLICT (unique_key) DO UPDATE SET payload = excluded.payload, status = 'pending', run_at = excluded.run_at, \
         attempts = 0, max_attempts = excluded.max_attempts, last_error = NULL, locked_by = NULL, locked_until = NULL, \
         updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(&job.kind)
    .bind(&job.payload)
    .bind(job.unique_key.as_deref())
    .bind(to_millis(job.run_at))
    .bind(job.max_attempts)
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(JobId(row.try_get("id")?))
}

/// Due, or leased to a worker that stopped renewing: what a claim may take.
const CLAIMABLE: &str =
    "((status = 'pending' AND run_at <= $3) OR (status = 'running' AND locked_until < $3))";

/// Takes the next due job (or one whose lease expired) for `worker`, leasing it until `lease_until`.
pub async fn claim(
    store: &Store,
    worker: &str,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
) -> Result<Option<Job>, StoreError> {
    claim_where(store, worker, now, lease_until, None).await
}

/// Claims the job with `unique_key` if it is due and nobody holds it (for a command that runs
/// one job itself, beside any server sharing the queue).
pub async fn claim_key(
    store: &Store,
    worker: &str,
    unique_key: &str,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
) -> Result<Option<Job>, StoreError> {
    claim_where(store, worker, now, lease_until, Some(unique_key)).await
}

async fn claim_where(
    store: &Store,
    worker: &str,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
    unique_key: Option<&str>,
) -> Result<Option<Job>, StoreError> {
    let lock = match store.backend() {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let key = if unique_key.is_some() {
        "unique_key = $4 AND "
    } else {
        ""
    };
    let sql = format!(
        "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, updated_at = $3 \
         WHERE id = (SELECT id FROM jobs WHERE {key}{CLAIMABLE} ORDER BY run_at, id LIMIT 1{lock}) \
         RETURNING id, kind, payload, attempts, max_attempts"
    );
    let mut query = sqlx::query(&sql)
        .bind(worker)
        .bind(to_millis(lease_until))
        .bind(to_millis(now));
    if let Some(key) = unique_key {
        query = query.bind(key);
    }
    let mut tx = store.begin().await?;
    let row = query.fetch_optional(&mut *tx).await?;
    tx.commit().await?;
    Ok(match row {
        Some(row) => Some(Job {
            id: JobId(row.try_get("id")?),
            kind: row.try_get("kind")?,
            payload: row.try_get("payload")?,
            attempts: row.try_get("attempts")?,
            max_attempts: row.try_get("max_attempts")?,
            worker: worker.to_owned(),
            lease_until,
        }),
        None => None,
    })
}

/// Marks a claimed job done. Returns false, changing nothing, if the claim no longer holds.
pub async fn complete(
    conn: &mut AnyConnection,
    job: &Job,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(&format!(
        "UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, updated_at = $4 WHERE {CLAIM_HOLDS}"
    ))
    .bind(job.id.0)
    .bind(&job.worker)
    .bind(to_millis(job.lease_until))
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Moves a claimed job's lease on to `until`, so a long job keeps its claim while its worker
/// lives. Returns false, changing nothing, if the claim no longer holds; on success `job` carries
/// the new lease (which finishing it must then present).
pub async fn extend(
    conn: &mut AnyConnection,
    job: &mut Job,
    until: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(&format!(
        "UPDATE jobs SET locked_until = $4 WHERE {CLAIM_HOLDS}"
    ))
    .bind(job.id.0)
    .bind(&job.worker)
    .bind(to_millis(job.lease_until))
    .bind(to_millis(until))
    .execute(conn)
    .await?;
    let held = done.rows_affected() > 0;
    if held {
        job.lease_until = until;
    }
    Ok(held)
}

/// Puts a claimed job back to run again at `retry_at`. Returns false, changing nothing, if the
/// claim no longer holds.
pub async fn retry(
    conn: &mut AnyConnection,
    job: &Job,
    error: &str,
    retry_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(&format!(
        "UPDATE jobs SET status = 'pending', run_at = $4, last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = $6 WHERE {CLAIM_HOLDS}"
    ))
    .bind(job.id.0)
    .bind(&job.worker)
    .bind(to_millis(job.lease_until))
    .bind(to_millis(retry_at))
    .bind(error)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Gives up on a claimed job: a permanent error, or retries exhausted. It stays listed as
/// failed. Returns false, changing nothing, if the claim no longer holds.
pub async fn fail(
    conn: &mut AnyConnection,
    job: &Job,
    error: &str,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(&format!(
        "UPDATE jobs SET status = 'failed', last_error = $4, locked_by = NULL, locked_until = NULL, updated_at = $5 WHERE {CLAIM_HOLDS}"
    ))
    .bind(job.id.0)
    .bind(&job.worker)
    .bind(to_millis(job.lease_until))
    .bind(error)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Jobs in the given states, oldest due first; empty `statuses` means all.
pub async fn list(
    conn: &mut AnyConnection,
    statuses: &[JobStatus],
    limit: u32,
) -> Result<Vec<JobSummary>, StoreError> {
    let mut sql = Sql::new(
        "SELECT id, kind, payload, status, run_at, attempts, max_attempts, last_error, locked_by FROM jobs WHERE 1 = 1",
    );
    if !statuses.is_empty() {
        sql.push(" AND status IN (");
        for (i, s) in statuses.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(Value::Text(s.as_str().into()));
        }
        sql.push(")");
    }
    sql.push(" ORDER BY run_at, id LIMIT ")
        .bind(Value::Int(i64::from(limit)));
    let rows = sql.query().fetch_all(conn).await?;
    rows.iter().map(summary).collect()
}

fn summary(row: &AnyRow) -> Result<JobSummary, StoreError> {
    let status: String = row.try_get("status")?;
    Ok(JobSummary {
        id: JobId(row.try_get("id")?),
        kind: row.try_get("kind")?,
        payload: row.try_get("payload")?,
        status: JobStatus::parse(&status)
            .ok_or_else(|| StoreError::BadRow(format!("job status {status:?}")))?,
        run_at: from_millis(row.try_get("run_at")?),
        attempts: row.try_get("attempts")?,
        max_attempts: row.try_get("max_attempts")?,
        last_error: row.try_get("last_error")?,
        locked_by: row.try_get("locked_by")?,
    })
}

//! Counts read when metrics are scraped: the job queue by kind, newsletter editions being sent,
//! translations made. Each is one grouped query over an index or a small table.

use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, from_millis, to_millis};

/// The queue of one job kind in one state (`pending` or `running`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueDepth {
    pub kind: String,
    pub status: String,
    pub jobs: i64,
    /// When the longest-waiting due job became due (pending jobs only).
    pub oldest_due: Option<OffsetDateTime>,
}

/// Jobs waiting or running, by kind; finished and failed jobs are not a queue.
pub async fn queue_depths(
    conn: &mut AnyConnection,
    now: OffsetDateTime,
) -> Result<Vec<QueueDepth>, StoreError> {
    let rows = sqlx::query(
        "SELECT kind, status, COUNT(*) AS jobs, \
         MIN(CASE WHEN status = 'pending' AND run_at <= $1 THEN run_at END) AS oldest_due \
         FROM jobs WHERE status IN ('pending', 'running') GROUP BY kind, status",
    )
    .bind(to_millis(now))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(QueueDepth {
                kind: row.try_get("kind")?,
                status: row.try_get("status")?,
                jobs: row.try_get("jobs")?,
                oldest_due: row
                    .try_get::<Option<i64>, _>("oldest_due")?
                    .map(from_millis),
            })
        })
        .collect()
}

/// Deliveries of the editions being sent now, by edition and delivery state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionProgress {
    pub edition: i64,
    pub status: String,
    pub deliveries: i64,
}

pub async fn editions_in_flight(
    conn: &mut AnyConnection,
) -> Result<Vec<EditionProgress>, StoreError> {
    let rows = sqlx::query(
        "SELECT d.edition_id AS edition, d.status AS status, COUNT(*) AS deliveries \
         FROM deliveries d JOIN editions e ON e.id = d.edition_id \
         WHERE e.status = 'sending' GROUP BY d.edition_id, d.status",
    )
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(EditionProgress {
                edition: row.try_get("edition")?,
                status: row.try_get("status")?,
                deliveries: row.try_get("deliveries")?,
            })
        })
        .collect()
}

/// Translations made, by status (`machine`, `reviewed`).
pub async fn translations_by_status(
    conn: &mut AnyConnection,
) -> Result<Vec<(String, i64)>, StoreError> {
    let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM translations GROUP BY status")
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("status")?, row.try_get("n")?)))
        .collect()
}

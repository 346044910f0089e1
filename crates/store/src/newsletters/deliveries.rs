//! Deliveries: one row per (edition, subscriber), the record that makes sending exactly-once.

use gazette_domain::{EditionId, EditionProgress, NewsletterId, SubscriberId};
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use super::bad;
use super::subscribers::clear_hard_bounces;
use crate::sql::{Sql, Value};
use crate::{StoreError, from_millis, to_millis};

/// Writes a pending delivery for every confirmed subscriber of the edition's newsletter, in one
/// statement; running it again adds nobody twice.
pub async fn create_deliveries(
    conn: &mut AnyConnection,
    edition: EditionId,
    newsletter: NewsletterId,
    now: OffsetDateTime,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, next_attempt_at) \
         SELECT $1, s.subscriber_id, 'pending', 0, $3 FROM subscriptions s JOIN subscribers u ON u.id = s.subscriber_id \
         WHERE s.newsletter_id = $2 AND s.confirmed = 1 AND u.status = 'confirmed' \
         ON CONFLICT (edition_id, subscriber_id) DO NOTHING",
    )
    .bind(edition.0)
    .bind(newsletter.0)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Deliveries left `sending` by a run that is gone: their message may or may not have reached
/// the SMTP server. They go back to pending, marked in doubt; returns how many.
pub async fn requeue_in_doubt(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE deliveries SET status = 'pending', in_doubt = 1 WHERE edition_id = $1 AND status = 'sending'",
    )
    .bind(edition.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Puts deliveries claimed but never handed to the SMTP server back to pending: those of
/// `subscribers`, or all of the edition's when None.
pub async fn release_claimed(
    conn: &mut AnyConnection,
    edition: EditionId,
    subscribers: Option<&[SubscriberId]>,
) -> Result<u64, StoreError> {
    let mut sql = Sql::new(
        "UPDATE deliveries SET status = 'pending', attempts = attempts - 1 WHERE status = 'sending' AND edition_id = ",
    );
    sql.bind(Value::Int(edition.0));
    if let Some(ids) = subscribers {
        sql.push(" AND subscriber_id IN ");
        sql.bind_list(&ids.iter().map(|s| s.0).collect::<Vec<_>>());
    }
    let done = sql.query().execute(conn).await?;
    Ok(done.rows_affected())
}

/// A delivery claimed for sending, with what its message needs.
#[derive(Debug, Clone)]
pub struct DueDelivery {
    pub subscriber: SubscriberId,
    pub email: String,
    pub language: String,
    /// Varies the signature of their links (see `Subscriber::link_salt`).
    pub link_salt: String,
    /// This attempt's number, from 1.
    pub attempt: u32,
}

/// Moves up to `limit` due deliveries of `edition` to `sending` and returns those whose
/// subscriber still receives the newsletter; the others (unsubscribed since the edition
/// started) are closed as failed with that reason.
pub async fn claim_deliveries(
    conn: &mut AnyConnection,
    edition: EditionId,
    newsletter: NewsletterId,
    now: OffsetDateTime,
    limit: u32,
) -> Result<Vec<DueDelivery>, StoreError> {
    let claimed = sqlx::query(
        "UPDATE deliveries SET status = 'sending', attempts = attempts + 1 \
         WHERE edition_id = $1 AND subscriber_id IN (SELECT subscriber_id FROM deliveries \
           WHERE edition_id = $1 AND status = 'pending' AND next_attempt_at <= $2 ORDER BY subscriber_id LIMIT $3) \
         RETURNING subscriber_id, attempts",
    )
    .bind(edition.0)
    .bind(to_millis(now))
    .bind(i64::from(limit))
    .fetch_all(&mut *conn)
    .await?;
    if claimed.is_empty() {
        return Ok(Vec::new());
    }
    let mut attempts = std::collections::HashMap::with_capacity(claimed.len());
    for r in &claimed {
        attempts.insert(
            r.try_get::<i64, _>("subscriber_id")?,
            r.try_get::<i64, _>("attempts")?,
        );
    }
    let ids: Vec<i64> = attempts.keys().copied().collect();
    let mut sql = Sql::new(
        "SELECT u.id, u.email, u.language, u.link_salt FROM subscribers u \
         JOIN subscriptions s ON s.subscriber_id = u.id AND s.confirmed = 1 AND s.newsletter_id = ",
    );
    sql.bind(Value::Int(newsletter.0))
        .push(" WHERE u.status = 'confirmed' AND u.id IN ");
    sql.bind_list(&ids);
    let rows = sql.query().fetch_all(&mut *conn).await?;
    let mut due = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        due.push(DueDelivery {
            subscriber: SubscriberId(id),
            email: r.try_get("email")?,
            language: r.try_get("language")?,
            link_salt: r.try_get("link_salt")?,
            attempt: u32::try_from(attempts.remove(&id).unwrap_or(1)).unwrap_or(u32::MAX),
        });
    }
    // Whoever is left in `attempts` has left the newsletter since the edition started.
    for id in attempts.keys() {
        sqlx::query(
            "UPDATE deliveries SET status = 'failed', last_error = 'unsubscribed before it was sent' \
             WHERE edition_id = $1 AND subscriber_id = $2",
        )
        .bind(edition.0)
        .bind(*id)
        .execute(&mut *conn)
        .await?;
    }
    due.sort_by_key(|d| d.subscriber);
    Ok(due)
}

/// What became of one claimed delivery.
#[derive(Debug, Clone)]
pub enum DeliveryOutcome {
    Sent,
    /// Try again at the given instant. `counted: false` gives the attempt back: the failure was
    /// the server's, not this address's.
    Retry {
        at: OffsetDateTime,
        error: String,
        counted: bool,
    },
    Failed {
        error: String,
    },
}

/// Records outcomes of claimed deliveries. Only rows still `sending` change, so an outcome
/// never overwrites what a later run decided.
pub async fn record_outcomes(
    conn: &mut AnyConnection,
    edition: EditionId,
    outcomes: &[(SubscriberId, DeliveryOutcome)],
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let mut sent = Vec::new();
    for (subscriber, outcome) in outcomes {
        match outcome {
            DeliveryOutcome::Sent => sent.push(subscriber.0),
            DeliveryOutcome::Retry { at, error, counted } => {
                sqlx::query(
                    "UPDATE deliveries SET status = 'pending', next_attempt_at = $1, last_error = $2, attempts = attempts - $5 \
                     WHERE edition_id = $3 AND subscriber_id = $4 AND status = 'sending'",
                )
                .bind(to_millis(*at))
                .bind(error)
                .bind(edition.0)
                .bind(subscriber.0)
                .bind(i64::from(!*counted))
                .execute(&mut *conn)
                .await?;
            }
            DeliveryOutcome::Failed { error } => {
                sqlx::query(
                    "UPDATE deliveries SET status = 'failed', last_error = $1 \
                     WHERE edition_id = $2 AND subscriber_id = $3 AND status = 'sending'",
                )
                .bind(error)
                .bind(edition.0)
                .bind(subscriber.0)
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    if !sent.is_empty() {
        let mut sql =
            Sql::new("UPDATE deliveries SET status = 'sent', last_error = NULL, sent_at = ");
        sql.bind(Value::Int(to_millis(now)))
            .push(" WHERE status = 'sending' AND edition_id = ")
            .bind(Value::Int(edition.0))
            .push(" AND subscriber_id IN ");
        sql.bind_list(&sent);
        sql.query().execute(&mut *conn).await?;
        clear_hard_bounces(conn, &sent).await?;
    }
    Ok(())
}

pub async fn progress(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<EditionProgress, StoreError> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n, CAST(SUM(in_doubt) AS BIGINT) AS doubt FROM deliveries WHERE edition_id = $1 GROUP BY status",
    )
    .bind(edition.0)
    .fetch_all(conn)
    .await?;
    let mut p = EditionProgress::default();
    for r in &rows {
        let status: String = r.try_get("status")?;
        let n = r.try_get::<i64, _>("n")? as u64;
        p.resent_in_doubt += r.try_get::<Option<i64>, _>("doubt")?.unwrap_or(0) as u64;
        p.total += n;
        match status.as_str() {
            "pending" => p.pending = n,
            "sending" => p.sending = n,
            "sent" => p.sent = n,
            "failed" => p.failed = n,
            other => return Err(bad("delivery status", other)),
        }
    }
    Ok(p)
}

/// When the earliest delivery waiting for a retry is due.
pub async fn next_retry_at(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<Option<OffsetDateTime>, StoreError> {
    let row = sqlx::query(
        "SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE edition_id = $1 AND status = 'pending'",
    )
    .bind(edition.0)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get::<Option<i64>, _>("at")?.map(from_millis))
}

/// A delivery that failed for good, or that failed and waits for its next attempt.
#[derive(Debug, Clone)]
pub struct DeliveryProblem {
    pub email: String,
    /// `failed`, or `pending` for one waiting to be tried again.
    pub status: String,
    pub attempts: u32,
    pub error: String,
    /// When a waiting one is tried again.
    pub next_attempt_at: Option<OffsetDateTime>,
}

/// The edition's deliveries with an error recorded, failed ones first, by address; at most `limit`.
pub async fn delivery_problems(
    conn: &mut AnyConnection,
    edition: EditionId,
    limit: u32,
) -> Result<Vec<DeliveryProblem>, StoreError> {
    let rows = sqlx::query(
        "SELECT u.email, d.status, d.attempts, d.last_error, d.next_attempt_at FROM deliveries d \
         JOIN subscribers u ON u.id = d.subscriber_id \
         WHERE d.edition_id = $1 AND (d.status = 'failed' OR (d.status = 'pending' AND d.last_error IS NOT NULL)) \
         ORDER BY CASE WHEN d.status = 'failed' THEN 0 ELSE 1 END, u.email LIMIT $2",
    )
    .bind(edition.0)
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            Ok(DeliveryProblem {
                email: r.try_get("email")?,
                attempts: u32::try_from(r.try_get::<i64, _>("attempts")?).unwrap_or(0),
                error: r
                    .try_get::<Option<String>, _>("last_error")?
                    .unwrap_or_default(),
                next_attempt_at: (status == "pending")
                    .then(|| r.try_get::<i64, _>("next_attempt_at").map(from_millis))
                    .transpose()?,
                status,
            })
        })
        .collect()
}

//! Counters per hour window (`rate_limits`), shared by every process on the database, for the
//! limits that must hold site-wide (the subscribe form, sign-in attempts per address).

use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, to_millis};

/// Counts one hit on `bucket` in the window starting at `window_start` and returns the hits in
/// that window, this one included. One statement, so two processes counting at once both count.
pub async fn hit(
    conn: &mut AnyConnection,
    bucket: &str,
    window_start: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
         RETURNING hits",
    )
    .bind(bucket)
    .bind(to_millis(window_start))
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("hits")?)
}

/// The hits counted on `bucket` in the window starting at `window_start` (0 if none).
pub async fn hits(
    conn: &mut AnyConnection,
    bucket: &str,
    window_start: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2")
        .bind(bucket)
        .bind(to_millis(window_start))
        .fetch_optional(conn)
        .await?;
    Ok(match row {
        Some(row) => row.try_get("hits")?,
        None => 0,
    })
}

/// Takes back one hit counted by [`hit`] (a refused request is not held against the address).
pub async fn unhit(
    conn: &mut AnyConnection,
    bucket: &str,
    window_start: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0",
    )
    .bind(bucket)
    .bind(to_millis(window_start))
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets windows that started before `before`; returns how many were dropped.
pub async fn prune(conn: &mut AnyConnection, before: OffsetDateTime) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(to_millis(before))
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

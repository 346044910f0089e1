//! The change log: each committed change's cache tags, numbered in commit order (see migration
//! 0018). Writers record inside their transaction ([`crate::Store::record_changes`]); every
//! server reads what came after the last entry it applied, prunes old entries, and rebuilds in
//! full when its mark is older than the oldest entry kept.

use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, to_millis};

/// One recorded change: its number and its cache tags as written (space-separated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: i64,
    pub tags: String,
}

/// The entries after `mark`, oldest first, at most `limit`.
pub async fn after(
    conn: &mut AnyConnection,
    mark: i64,
    limit: i64,
) -> Result<Vec<Change>, StoreError> {
    let rows = sqlx::query("SELECT id, tags FROM change_log WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(mark)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Change {
                id: r.try_get("id")?,
                tags: r.try_get("tags")?,
            })
        })
        .collect()
}

/// The newest entry's number, or the last one pruned when none is kept (0 on a new site).
pub async fn latest(conn: &mut AnyConnection) -> Result<i64, StoreError> {
    let newest: Option<i64> = sqlx::query("SELECT MAX(id) AS id FROM change_log")
        .fetch_one(&mut *conn)
        .await?
        .try_get("id")?;
    match newest {
        Some(id) => Ok(id),
        None => pruned_through(conn).await,
    }
}

/// The last entry number pruned: a mark below it has missed entries no longer kept.
pub async fn pruned_through(conn: &mut AnyConnection) -> Result<i64, StoreError> {
    Ok(
        sqlx::query("SELECT pruned_through FROM change_log_horizon WHERE id = 1")
            .fetch_optional(conn)
            .await?
            .map(|r| r.try_get("pruned_through"))
            .transpose()?
            .unwrap_or(0),
    )
}

/// Deletes the entries recorded before `before`, keeping the newest one (so [`latest`] stays
/// meaningful), and moves the horizon past them. Returns how many went.
pub async fn prune(conn: &mut AnyConnection, before: OffsetDateTime) -> Result<u64, StoreError> {
    let cutoff: Option<i64> = sqlx::query(
        "SELECT MAX(id) AS id FROM change_log WHERE recorded_at < $1 \
         AND id < (SELECT MAX(id) FROM change_log)",
    )
    .bind(to_millis(before))
    .fetch_one(&mut *conn)
    .await?
    .try_get("id")?;
    let Some(cutoff) = cutoff else {
        return Ok(0);
    };
    let gone = sqlx::query("DELETE FROM change_log WHERE id <= $1")
        .bind(cutoff)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    sqlx::query(
        "UPDATE change_log_horizon SET pruned_through = $1 WHERE id = 1 AND pruned_through < $1",
    )
    .bind(cutoff)
    .execute(&mut *conn)
    .await?;
    Ok(gone)
}

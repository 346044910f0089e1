//! Password reset links (their secrets' hashes), single-use and short-lived.

use gazette_domain::UserId;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, to_millis};

pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    user: UserId,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(to_millis(now))
    .bind(to_millis(expires_at))
    .execute(conn)
    .await?;
    Ok(())
}

/// How many links were made for `user` since `since` (the per-account limit on reset emails).
pub async fn count_since(
    conn: &mut AnyConnection,
    user: UserId,
    since: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM password_resets WHERE user_id = $1 AND created_at >= $2",
    )
    .bind(user.0)
    .bind(to_millis(since))
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("n")?)
}

/// Uses the link if it is valid at `now`: marks it used and returns its user. A used or expired
/// link gives None.
pub async fn take(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<UserId>, StoreError> {
    let row = sqlx::query(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id",
    )
    .bind(to_millis(now))
    .bind(token_hash)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| r.try_get("user_id")).transpose()?.map(UserId))
}

/// Whether the link would work now, without using it (to show the form).
pub async fn is_valid(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT 1 AS ok FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(to_millis(now))
    .fetch_optional(conn)
    .await?;
    Ok(row.is_some())
}

//! Users and their Admin API tokens (stored as SHA-256 hashes, never in clear).

use gazette_domain::{Role, User, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, to_millis};

fn user(row: &AnyRow) -> Result<User, StoreError> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::BadRow(format!("role {role:?}")))?,
    })
}

pub async fn insert(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    role: Role,
    now: OffsetDateTime,
) -> Result<UserId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO users (email, name, role, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(role.as_str())
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(UserId(row.try_get("id")?))
}

/// A user's name, as revisions and pending changes credit them.
pub async fn name(conn: &mut AnyConnection, id: UserId) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT name FROM users WHERE id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.try_get("name")).transpose()?)
}

pub async fn by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<User>, StoreError> {
    let row = sqlx::query("SELECT id, email, name, role FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(user).transpose()
}

pub async fn insert_token(
    conn: &mut AnyConnection,
    user: UserId,
    token_hash: &str,
    label: &str,
    now: OffsetDateTime,
    expires_at: Option<OffsetDateTime>,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO api_tokens (token_hash, user_id, label, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(label)
    .bind(to_millis(now))
    .bind(expires_at.map(to_millis))
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// The active user a token belongs to, if the token exists and has not expired at `now`, with
/// the token's id and when it was last used.
pub async fn by_token_hash(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<(User, i64, Option<OffsetDateTime>)>, StoreError> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name, u.role, t.id AS token_id, t.last_used_at \
         FROM api_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND (t.expires_at IS NULL OR t.expires_at > $2) \
         AND u.deactivated_at IS NULL",
    )
    .bind(token_hash)
    .bind(to_millis(now))
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok((
            user(&r)?,
            r.try_get("token_id")?,
            r.try_get::<Option<i64>, _>("last_used_at")?
                .map(crate::from_millis),
        ))
    })
    .transpose()
}

pub async fn touch_token(
    conn: &mut AnyConnection,
    id: i64,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(to_millis(now))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// An Admin API token as listed: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    pub id: i64,
    pub user_id: UserId,
    pub label: String,
    pub created_at: OffsetDateTime,
    pub expires_at: Option<OffsetDateTime>,
    pub last_used_at: Option<OffsetDateTime>,
}

/// The user's tokens, newest first (every user's with `None`).
pub async fn tokens(
    conn: &mut AnyConnection,
    user: Option<UserId>,
) -> Result<Vec<TokenRow>, StoreError> {
    const SELECT: &str =
        "SELECT id, user_id, label, created_at, expires_at, last_used_at FROM api_tokens";
    const ORDER: &str = "ORDER BY created_at DESC, id DESC";
    let rows = match user {
        Some(u) => {
            sqlx::query(&format!("{SELECT} WHERE user_id = $1 {ORDER}"))
                .bind(u.0)
                .fetch_all(conn)
                .await?
        }
        None => {
            sqlx::query(&format!("{SELECT} {ORDER}"))
                .fetch_all(conn)
                .await?
        }
    };
    rows.iter()
        .map(|r| {
            Ok(TokenRow {
                id: r.try_get("id")?,
                user_id: UserId(r.try_get("user_id")?),
                label: r.try_get("label")?,
                created_at: crate::from_millis(r.try_get("created_at")?),
                expires_at: r
                    .try_get::<Option<i64>, _>("expires_at")?
                    .map(crate::from_millis),
                last_used_at: r
                    .try_get::<Option<i64>, _>("last_used_at")?
                    .map(crate::from_millis),
            })
        })
        .collect()
}

/// The user a token belongs to, by the token's id.
pub async fn token_owner(conn: &mut AnyConnection, id: i64) -> Result<Option<UserId>, StoreError> {
    let row = sqlx::query("SELECT user_id FROM api_tokens WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.map(|r| Ok(UserId(r.try_get("user_id")?))).transpose()
}

/// Revokes one token; false when there is no such token.
pub async fn delete_token(conn: &mut AnyConnection, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM api_tokens WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Revokes every token of the user; returns how many there were.
pub async fn delete_tokens_of(conn: &mut AnyConnection, user: UserId) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Ends every session of the user.
/// Ends the user's sessions but the one whose hash is `keep`.
pub async fn delete_sessions_of_except(
    conn: &mut AnyConnection,
    user: UserId,
    keep: &str,
) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user.0)
        .bind(keep)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

pub async fn delete_sessions_of(conn: &mut AnyConnection, user: UserId) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Deactivates (`Some(now)`) or reactivates (`None`) the user; false when there is no such user.
pub async fn set_deactivated(
    conn: &mut AnyConnection,
    user: UserId,
    at: Option<OffsetDateTime>,
) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE users SET deactivated_at = $1 WHERE id = $2")
        .bind(at.map(to_millis))
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The ids of deactivated users.
pub async fn deactivated(conn: &mut AnyConnection) -> Result<Vec<UserId>, StoreError> {
    let rows = sqlx::query("SELECT id FROM users WHERE deactivated_at IS NOT NULL")
        .fetch_all(conn)
        .await?;
    rows.iter().map(|r| Ok(UserId(r.try_get("id")?))).collect()
}

// --- passwords and sign-in ------------------------------------------------------------------

/// What signing in needs to know of an account.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    /// False once an administrator deactivated the account.
    pub active: bool,
}

pub async fn credentials(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<Credentials>, StoreError> {
    let row = sqlx::query(
        "SELECT id, email, name, role, password_hash, deactivated_at FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Credentials {
            user: user(&r)?,
            password_hash: r.try_get("password_hash")?,
            active: r.try_get::<Option<i64>, _>("deactivated_at")?.is_none(),
        })
    })
    .transpose()
}

pub async fn set_password_hash(
    conn: &mut AnyConnection,
    user: UserId,
    hash: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Counts a sign-in attempt on the account keyed `email_hash` from `network` (or `*`, every
/// network), in one statement so parallel attempts each see their own count; a count older than
/// `window_start` starts again at one. Returns the count including this attempt.
pub async fn count_sign_in_attempt(
    conn: &mut AnyConnection,
    email_hash: &str,
    network: &str,
    now: OffsetDateTime,
    window_start: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO sign_in_attempts (email_hash, network, attempts, window_start) VALUES ($1, $2, 1, $3) \
         ON CONFLICT (email_hash, network) DO UPDATE SET \
         attempts = CASE WHEN sign_in_attempts.window_start <= $4 THEN 1 ELSE sign_in_attempts.attempts + 1 END, \
         window_start = CASE WHEN sign_in_attempts.window_start <= $4 THEN $3 ELSE sign_in_attempts.window_start END \
         RETURNING attempts",
    )
    .bind(email_hash)
    .bind(network)
    .bind(to_millis(now))
    .bind(to_millis(window_start))
    .fetch_one(&mut *conn)
    .await?;
    // Old counts are dropped now and then, so the table holds about one window's attempts.
    if rand_one_in(64) {
        sqlx::query("DELETE FROM sign_in_attempts WHERE window_start <= $1")
            .bind(to_millis(window_start))
            .execute(conn)
            .await?;
    }
    Ok(row.try_get("attempts")?)
}

fn rand_one_in(n: u32) -> bool {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos() % n == 0)
        .unwrap_or(false)
}

/// Forgets the attempts on the account from `network` after a successful sign-in.
pub async fn clear_sign_in_attempts(
    conn: &mut AnyConnection,
    email_hash: &str,
    network: &str,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sign_in_attempts WHERE email_hash = $1 AND network = $2")
        .bind(email_hash)
        .bind(network)
        .execute(conn)
        .await?;
    Ok(())
}

// --- sessions ---------------------------------------------------------------------------------

pub async fn insert_session(
    conn: &mut AnyConnection,
    token_hash: &str,
    user: UserId,
    csrf_token: &str,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(csrf_token)
    .bind(to_millis(now))
    .bind(to_millis(expires_at))
    .execute(conn)
    .await?;
    Ok(())
}

/// The session's user and CSRF token, if it exists and has not expired at `now`.
pub async fn session(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<(User, String)>, StoreError> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name, u.role, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.deactivated_at IS NULL",
    )
    .bind(token_hash)
    .bind(to_millis(now))
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok((user(&r)?, r.try_get("csrf_token")?)))
        .transpose()
}

/// Ends the session, and drops every expired one while at it.
pub async fn delete_session(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1 OR expires_at <= $2")
        .bind(token_hash)
        .bind(to_millis(now))
        .execute(conn)
        .await?;
    Ok(())
}

// --- user administration ----------------------------------------------------------------------

/// Every user, administrators first, then by name.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<User>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, email, name, role FROM users \
         ORDER BY CASE role WHEN 'administrator' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END, name, id",
    )
    .fetch_all(conn)
    .await?;
    rows.iter().map(user).collect()
}

/// Whether the user has set a password (an invited user has not, until they follow the link).
pub async fn has_password(conn: &mut AnyConnection, id: UserId) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    Ok(row
        .map(|r| r.try_get::<Option<String>, _>("password_hash"))
        .transpose()?
        .flatten()
        .is_some())
}

/// The author byline the user writes under, if one is linked.
pub async fn author_of(
    conn: &mut AnyConnection,
    id: UserId,
) -> Result<Option<gazette_domain::AuthorId>, StoreError> {
    let row = sqlx::query("SELECT author_id FROM users WHERE id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    Ok(row
        .map(|r| r.try_get::<Option<i64>, _>("author_id"))
        .transpose()?
        .flatten()
        .map(gazette_domain::AuthorId))
}

/// Sets the user's name and byline; whether the user exists.
pub async fn set_profile(
    conn: &mut AnyConnection,
    id: UserId,
    name: &str,
    author: Option<gazette_domain::AuthorId>,
) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE users SET name = $1, author_id = $2 WHERE id = $3")
        .bind(name)
        .bind(author.map(|a| a.0))
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn by_id(conn: &mut AnyConnection, id: UserId) -> Result<Option<User>, StoreError> {
    let row = sqlx::query("SELECT id, email, name, role FROM users WHERE id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(user).transpose()
}

/// Sets the user's role unless that would leave no administrator; false when refused (or no
/// such user). The check sits in the statement so it and the write see the same rows; on
/// PostgreSQL the administrators' rows are locked first, so two administrators demoting each
/// other at once cannot both succeed (SQLite runs one writer at a time anyway).
pub async fn set_role_keeping_an_administrator(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    id: UserId,
    role: Role,
) -> Result<bool, StoreError> {
    if backend == crate::Backend::Postgres {
        sqlx::query("SELECT id FROM users WHERE role = 'administrator' FOR UPDATE")
            .fetch_all(&mut *conn)
            .await?;
    }
    let done = sqlx::query(
        "UPDATE users SET role = $1 WHERE id = $2 AND ($1 = 'administrator' OR role <> 'administrator' \
         OR (SELECT COUNT(*) FROM users WHERE role = 'administrator') > 1)",
    )
    .bind(role.as_str())
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

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
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(label)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn by_token_hash(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<User>, StoreError> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(user).transpose()
}

// --- passwords and sign-in ------------------------------------------------------------------

/// What signing in needs to know of an account.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub failed_sign_ins: i64,
    pub locked_until: Option<OffsetDateTime>,
}

pub async fn credentials(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<Credentials>, StoreError> {
    let row = sqlx::query(
        "SELECT id, email, name, role, password_hash, failed_sign_ins, locked_until FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(Credentials {
            user: user(&r)?,
            password_hash: r.try_get("password_hash")?,
            failed_sign_ins: r.try_get("failed_sign_ins")?,
            locked_until: r
                .try_get::<Option<i64>, _>("locked_until")?
                .map(crate::from_millis),
        })
    })
    .transpose()
}

pub async fn set_password_hash(
    conn: &mut AnyConnection,
    user: UserId,
    hash: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = $1, failed_sign_ins = 0, locked_until = NULL WHERE id = $2",
    )
    .bind(hash)
    .bind(user.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Records a failed sign-in; from the `lock_after`th in a row the account is locked until `until`.
pub async fn record_failed_sign_in(
    conn: &mut AnyConnection,
    user: UserId,
    lock_after: i64,
    until: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE users SET failed_sign_ins = failed_sign_ins + 1, \
         locked_until = CASE WHEN failed_sign_ins + 1 >= $1 THEN $2 ELSE locked_until END WHERE id = $3",
    )
    .bind(lock_after)
    .bind(to_millis(until))
    .bind(user.0)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn clear_failed_sign_ins(
    conn: &mut AnyConnection,
    user: UserId,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1")
        .bind(user.0)
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
         WHERE s.token_hash = $1 AND s.expires_at > $2",
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

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

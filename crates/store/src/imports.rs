//! Records imported from another system (WordPress, Ghost) keyed by their id there, and the old
//! URLs of a migrated site with their new paths.

use sqlx::{AnyConnection, Row};

use crate::{StoreError, to_millis};

/// Where an imported record went, and what it was when it was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportKey {
    /// `article`, `author`, `region`, `theme`.
    pub entity: String,
    pub entity_id: i64,
    /// A hash of the record as the export gave it (and of how it was mapped).
    pub content_hash: String,
    /// The article's revision as the import left it.
    pub revision: Option<i64>,
    /// Whether the import created the record (false: it found it here and only links to it).
    pub owned: bool,
}

pub async fn key(
    conn: &mut AnyConnection,
    origin: &str,
    key: &str,
) -> Result<Option<ImportKey>, StoreError> {
    let row = sqlx::query(
        "SELECT entity, entity_id, content_hash, entity_revision, owned FROM import_keys \
         WHERE origin = $1 AND key = $2",
    )
    .bind(origin)
    .bind(key)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(ImportKey {
            entity: r.try_get("entity")?,
            entity_id: r.try_get("entity_id")?,
            content_hash: r.try_get("content_hash")?,
            revision: r.try_get("entity_revision")?,
            owned: r.try_get::<i64, _>("owned")? != 0,
        })
    })
    .transpose()
}

/// Records (or replaces) where the record `key` of `origin` went.
pub async fn put_key(
    conn: &mut AnyConnection,
    origin: &str,
    key: &str,
    value: &ImportKey,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO import_keys (origin, key, entity, entity_id, content_hash, entity_revision, owned) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (origin, key) DO UPDATE SET entity = excluded.entity, entity_id = excluded.entity_id, \
         content_hash = excluded.content_hash, entity_revision = excluded.entity_revision, owned = excluded.owned",
    )
    .bind(origin)
    .bind(key)
    .bind(&value.entity)
    .bind(value.entity_id)
    .bind(&value.content_hash)
    .bind(value.revision)
    .bind(i64::from(value.owned))
    .execute(conn)
    .await?;
    Ok(())
}

/// Points the old path `from` at `to`; returns whether anything changed.
pub async fn put_redirect(
    conn: &mut AnyConnection,
    from: &str,
    to: &str,
    now: time::OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO redirects (from_path, to_path, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (from_path) DO UPDATE SET to_path = excluded.to_path \
         WHERE redirects.to_path <> excluded.to_path",
    )
    .bind(from)
    .bind(to)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Where the old path `from` lives now.
pub async fn redirect(conn: &mut AnyConnection, from: &str) -> Result<Option<String>, StoreError> {
    Ok(
        sqlx::query("SELECT to_path FROM redirects WHERE from_path = $1")
            .bind(from)
            .fetch_optional(conn)
            .await?
            .map(|r| r.try_get("to_path"))
            .transpose()?,
    )
}

//! Uploaded images: one row per distinct upload, keyed by the SHA-256 of the bytes sent, with the
//! sizes written to media storage kept as JSON. The files themselves are not this crate's.

use gazette_domain::MediaId;
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, from_millis, to_millis};

/// One re-encoded size of an image, as written to media storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaSize {
    pub width: u32,
    pub height: u32,
    /// The storage key under `media/`, e.g. `2026/12/3f2a…-960.jpg`.
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct NewMedia {
    pub original_name: String,
    pub alt: String,
    /// Of the largest size kept (after orientation and the cap), not of the upload.
    pub width: u32,
    pub height: u32,
    pub content_hash: String,
    /// Smallest first.
    pub sizes: Vec<MediaSize>,
    pub created_by: Option<i64>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct MediaRow {
    pub id: MediaId,
    pub original_name: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
    pub content_hash: String,
    pub sizes: Vec<MediaSize>,
    pub created_by: Option<i64>,
    pub created_at: OffsetDateTime,
}

const COLUMNS: &str =
    "id, original_name, alt, width, height, content_hash, sizes, created_by, created_at";

fn media(row: &AnyRow) -> Result<MediaRow, StoreError> {
    let dimension = |name: &str| -> Result<u32, StoreError> {
        let v: i64 = row.try_get(name)?;
        u32::try_from(v).map_err(|_| StoreError::BadRow(format!("media {name} {v}")))
    };
    Ok(MediaRow {
        id: MediaId(row.try_get("id")?),
        original_name: row.try_get("original_name")?,
        alt: row.try_get("alt")?,
        width: dimension("width")?,
        height: dimension("height")?,
        content_hash: row.try_get("content_hash")?,
        sizes: serde_json::from_str(&row.try_get::<String, _>("sizes")?)?,
        created_by: row.try_get("created_by")?,
        created_at: from_millis(row.try_get("created_at")?),
    })
}

/// Inserts the row; a second row with the same hash is refused as a conflict on `content_hash`.
pub async fn insert(conn: &mut AnyConnection, new: &NewMedia) -> Result<MediaRow, StoreError> {
    let sizes = serde_json::to_string(&new.sizes)?;
    let row = sqlx::query(&format!(
        "INSERT INTO media (original_name, alt, width, height, content_hash, sizes, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {COLUMNS}"
    ))
    .bind(&new.original_name)
    .bind(&new.alt)
    .bind(i64::from(new.width))
    .bind(i64::from(new.height))
    .bind(&new.content_hash)
    .bind(sizes)
    .bind(new.created_by)
    .bind(to_millis(new.created_at))
    .fetch_one(conn)
    .await?;
    media(&row)
}

pub async fn by_hash(
    conn: &mut AnyConnection,
    content_hash: &str,
) -> Result<Option<MediaRow>, StoreError> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM media WHERE content_hash = $1"
    ))
    .bind(content_hash)
    .fetch_optional(conn)
    .await?
    .as_ref()
    .map(media)
    .transpose()
}

/// A page of the library, newest first.
pub async fn newest(
    conn: &mut AnyConnection,
    limit: i64,
    offset: i64,
) -> Result<Vec<MediaRow>, StoreError> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM media ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?
    .iter()
    .map(media)
    .collect()
}

/// Every image, oldest first: what a backup carries the files of.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<MediaRow>, StoreError> {
    sqlx::query(&format!("SELECT {COLUMNS} FROM media ORDER BY id"))
        .fetch_all(conn)
        .await?
        .iter()
        .map(media)
        .collect()
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, StoreError> {
    Ok(sqlx::query("SELECT COUNT(*) AS n FROM media")
        .fetch_one(conn)
        .await?
        .try_get("n")?)
}

pub async fn by_id(conn: &mut AnyConnection, id: MediaId) -> Result<Option<MediaRow>, StoreError> {
    sqlx::query(&format!("SELECT {COLUMNS} FROM media WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(media)
        .transpose()
}

/// Deletes the row and returns it (its sizes name the files to remove), or `None` if absent.
pub async fn delete(conn: &mut AnyConnection, id: MediaId) -> Result<Option<MediaRow>, StoreError> {
    sqlx::query(&format!(
        "DELETE FROM media WHERE id = $1 RETURNING {COLUMNS}"
    ))
    .bind(id.0)
    .fetch_optional(conn)
    .await?
    .as_ref()
    .map(media)
    .transpose()
}

/// Sets an image's description; whether the image exists.
pub async fn set_alt(conn: &mut AnyConnection, id: MediaId, alt: &str) -> Result<bool, StoreError> {
    let done = sqlx::query("UPDATE media SET alt = $1 WHERE id = $2")
        .bind(alt)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

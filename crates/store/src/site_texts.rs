//! The site's own words translated: one row per (language, text key), written whole when the
//! machine or an editor makes it; a failed attempt only sets `last_error`.
//!
//! What a key names (`region:7:name`, `setting:tagline`) is the app's business; this module only
//! stores and finds rows by it.

use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, from_millis, to_millis};

/// A stored translation of one of the site's texts into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteText {
    pub language: String,
    pub text_key: String,
    /// Plain text, or sanitised HTML for a report's introduction.
    pub text: String,
    /// SHA-256 (hex) of the original it was made from.
    pub source_hash: String,
    pub engine: String,
    pub model: String,
    /// `machine` or `reviewed`.
    pub status: String,
    pub locked: bool,
    /// Why the latest attempt failed, until one succeeds.
    pub last_error: Option<String>,
    /// When the text shown was made; `None` when no attempt has succeeded yet.
    pub translated_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
}

impl SiteText {
    /// Whether there is a translated text to show.
    pub fn is_available(&self) -> bool {
        self.translated_at.is_some()
    }
}

const COLUMNS: &str = "language, text_key, text, source_hash, engine, model, status, locked, \
    last_error, translated_at, updated_at";

fn decode(r: &sqlx::any::AnyRow) -> Result<SiteText, StoreError> {
    Ok(SiteText {
        language: r.try_get("language")?,
        text_key: r.try_get("text_key")?,
        text: r.try_get("text")?,
        source_hash: r.try_get("source_hash")?,
        engine: r.try_get("engine")?,
        model: r.try_get("model")?,
        status: r.try_get("status")?,
        locked: r.try_get::<i64, _>("locked")? != 0,
        last_error: r.try_get("last_error")?,
        translated_at: r
            .try_get::<Option<i64>, _>("translated_at")?
            .map(from_millis),
        updated_at: from_millis(r.try_get("updated_at")?),
    })
}

/// Every row in `language` (failed attempts included), by key.
pub async fn list(conn: &mut AnyConnection, language: &str) -> Result<Vec<SiteText>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM site_texts WHERE language = $1 ORDER BY text_key"
    ))
    .bind(language)
    .fetch_all(conn)
    .await?;
    rows.iter().map(decode).collect()
}

/// The texts readers can be shown in `language`: key → text.
pub async fn available(
    conn: &mut AnyConnection,
    language: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT text_key, text FROM site_texts WHERE language = $1 AND translated_at IS NOT NULL",
    )
    .bind(language)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("text_key")?, r.try_get("text")?)))
        .collect()
}

pub async fn get(
    conn: &mut AnyConnection,
    language: &str,
    text_key: &str,
) -> Result<Option<SiteText>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM site_texts WHERE language = $1 AND text_key = $2"
    ))
    .bind(language)
    .bind(text_key)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(decode).transpose()
}

/// The languages that have any site text, made or attempted: those a change of an original
/// must refresh.
pub async fn languages(conn: &mut AnyConnection) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query("SELECT DISTINCT language FROM site_texts ORDER BY language")
        .fetch_all(conn)
        .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

/// Whether `language` has any row, made or attempted.
pub async fn any_in(conn: &mut AnyConnection, language: &str) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT 1 AS one FROM site_texts WHERE language = $1 LIMIT 1")
        .bind(language)
        .fetch_optional(conn)
        .await?;
    Ok(row.is_some())
}

/// What a successful machine translation writes.
#[derive(Debug, Clone)]
pub struct MachineText<'a> {
    pub language: &'a str,
    pub text_key: &'a str,
    pub text: &'a str,
    pub source_hash: &'a str,
    pub engine: &'a str,
    pub model: &'a str,
}

/// Writes a machine translation, replacing the previous one and clearing any error. A locked
/// row is left alone; returns whether the row was written.
pub async fn put(
    conn: &mut AnyConnection,
    t: &MachineText<'_>,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO site_texts (language, text_key, text, source_hash, engine, model, status, \
         locked, last_error, translated_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'machine', 0, NULL, $7, $7, $7) \
         ON CONFLICT (language, text_key) DO UPDATE SET text = excluded.text, \
         source_hash = excluded.source_hash, engine = excluded.engine, model = excluded.model, \
         status = 'machine', last_error = NULL, translated_at = excluded.translated_at, \
         updated_at = excluded.updated_at WHERE site_texts.locked = 0",
    )
    .bind(t.language)
    .bind(t.text_key)
    .bind(t.text)
    .bind(t.source_hash)
    .bind(t.engine)
    .bind(t.model)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// What an editor writes: the text, the original it was written from, its status and lock.
#[derive(Debug, Clone)]
pub struct NewsroomText<'a> {
    pub language: &'a str,
    pub text_key: &'a str,
    pub text: &'a str,
    pub source_hash: &'a str,
    /// `machine` or `reviewed`.
    pub status: &'a str,
    pub locked: bool,
    /// The row's `updated_at` when the editor opened it; `None` where no text was made yet.
    pub base_updated_at: Option<OffsetDateTime>,
}

/// Writes an editor's text. With a base, only a row still as the editor saw it is written
/// (false when the machine or another editor changed it since); without, only where no text
/// exists yet.
pub async fn write_edit(
    conn: &mut AnyConnection,
    e: &NewsroomText<'_>,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let now = to_millis(now);
    let locked = i64::from(e.locked);
    let done = match e.base_updated_at {
        Some(base) => {
            sqlx::query(
                "UPDATE site_texts SET text = $1, source_hash = $2, engine = 'newsroom', \
                 model = '', status = $3, locked = $4, last_error = NULL, translated_at = $5, \
                 updated_at = $5 WHERE language = $6 AND text_key = $7 AND updated_at = $8",
            )
            .bind(e.text)
            .bind(e.source_hash)
            .bind(e.status)
            .bind(locked)
            .bind(now)
            .bind(e.language)
            .bind(e.text_key)
            .bind(to_millis(base))
            .execute(conn)
            .await?
        }
        None => {
            sqlx::query(
                "INSERT INTO site_texts (language, text_key, text, source_hash, engine, model, \
                 status, locked, translated_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'newsroom', '', $5, $6, $7, $7, $7) \
                 ON CONFLICT (language, text_key) DO UPDATE SET text = excluded.text, \
                 source_hash = excluded.source_hash, engine = excluded.engine, \
                 model = excluded.model, status = excluded.status, locked = excluded.locked, \
                 last_error = NULL, translated_at = excluded.translated_at, \
                 updated_at = excluded.updated_at WHERE site_texts.translated_at IS NULL",
            )
            .bind(e.language)
            .bind(e.text_key)
            .bind(e.text)
            .bind(e.source_hash)
            .bind(e.status)
            .bind(locked)
            .bind(now)
            .execute(conn)
            .await?
        }
    };
    Ok(done.rows_affected() > 0)
}

/// Sets a made text's review status and lock, leaving the text; false when there is none.
pub async fn set_review(
    conn: &mut AnyConnection,
    language: &str,
    text_key: &str,
    status: &str,
    locked: bool,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE site_texts SET status = $1, locked = $2, updated_at = $3 \
         WHERE language = $4 AND text_key = $5 AND translated_at IS NOT NULL",
    )
    .bind(status)
    .bind(i64::from(locked))
    .bind(to_millis(now))
    .bind(language)
    .bind(text_key)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Records why an attempt failed, keeping whatever text the row already has.
pub async fn record_error(
    conn: &mut AnyConnection,
    language: &str,
    text_key: &str,
    error: &str,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let now = to_millis(now);
    sqlx::query(
        "INSERT INTO site_texts (language, text_key, last_error, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (language, text_key) DO UPDATE SET last_error = excluded.last_error, \
         updated_at = excluded.updated_at",
    )
    .bind(language)
    .bind(text_key)
    .bind(error)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes one row (its original is gone); returns whether there was one.
pub async fn delete(
    conn: &mut AnyConnection,
    language: &str,
    text_key: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM site_texts WHERE language = $1 AND text_key = $2")
        .bind(language)
        .bind(text_key)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

//! Translations of articles and the translation memory they are assembled from.
//!
//! A translation row is written whole when a translation succeeds ([`put`]), with the record of
//! the segments it left in the original language (`untranslated`, JSON the app reads); a failed
//! attempt only sets `last_error` ([`record_error`]), so the reader keeps the previous
//! translation. The memory holds one translated segment per (engine, target language, source
//! hash); editors' wordings are kept there too, under the engine [`NEWSROOM`].

use std::collections::HashMap;

use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, from_millis, to_millis};

/// The engine name of what the newsroom wrote: a translation written from scratch, and in the
/// memory, a segment an editor worded by hand.
pub const NEWSROOM: &str = "newsroom";

/// A stored translation of one article into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub article_id: i64,
    pub language: String,
    pub title: String,
    pub standfirst: String,
    pub body_html: String,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    /// The article revision it was made from.
    pub source_revision: i64,
    pub engine: String,
    pub model: String,
    /// `machine` or `reviewed`.
    pub status: String,
    pub locked: bool,
    /// Why the latest attempt failed, until one succeeds.
    pub last_error: Option<String>,
    /// The segments the text shown keeps in the original language, as JSON (`[]` for none).
    pub untranslated: String,
    /// When the text shown was made; `None` when no attempt has succeeded yet.
    pub translated_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
}

impl Translation {
    /// Whether there is a translated text to show.
    pub fn is_available(&self) -> bool {
        self.translated_at.is_some()
    }
}

/// What a successful machine translation writes.
#[derive(Debug, Clone)]
pub struct TranslationWrite<'a> {
    pub article_id: i64,
    pub language: &'a str,
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body_html: &'a str,
    pub image_caption: Option<&'a str>,
    pub image_credit: Option<&'a str>,
    pub source_revision: i64,
    pub engine: &'a str,
    pub model: &'a str,
    /// The segments kept in the original language, as JSON.
    pub untranslated: &'a str,
}

const COLUMNS: &str = "article_id, language, title, standfirst, body_html, image_caption, \
    image_credit, source_revision, engine, model, status, locked, last_error, untranslated, \
    translated_at, updated_at";

fn decode(r: &sqlx::any::AnyRow) -> Result<Translation, StoreError> {
    Ok(Translation {
        article_id: r.try_get("article_id")?,
        language: r.try_get("language")?,
        title: r.try_get("title")?,
        standfirst: r.try_get("standfirst")?,
        body_html: r.try_get("body_html")?,
        image_caption: r.try_get("image_caption")?,
        image_credit: r.try_get("image_credit")?,
        source_revision: r.try_get("source_revision")?,
        engine: r.try_get("engine")?,
        model: r.try_get("model")?,
        status: r.try_get("status")?,
        locked: r.try_get::<i64, _>("locked")? != 0,
        last_error: r.try_get("last_error")?,
        untranslated: r.try_get("untranslated")?,
        translated_at: r
            .try_get::<Option<i64>, _>("translated_at")?
            .map(from_millis),
        updated_at: from_millis(r.try_get("updated_at")?),
    })
}

pub async fn get(
    conn: &mut AnyConnection,
    article_id: i64,
    language: &str,
) -> Result<Option<Translation>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM translations WHERE article_id = $1 AND language = $2"
    ))
    .bind(article_id)
    .bind(language)
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(decode).transpose()
}

/// Every translation row of an article (including failed attempts), by language.
pub async fn list(
    conn: &mut AnyConnection,
    article_id: i64,
) -> Result<Vec<Translation>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM translations WHERE article_id = $1 ORDER BY language"
    ))
    .bind(article_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(decode).collect()
}

/// Writes a successful machine translation, replacing the previous one and clearing any error.
/// A locked (newsroom-edited) translation is left alone; returns whether the row was written.
pub async fn put(
    conn: &mut AnyConnection,
    t: &TranslationWrite<'_>,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let now = to_millis(now);
    let done = sqlx::query(
        "INSERT INTO translations (article_id, language, title, standfirst, body_html, image_caption, \
         image_credit, source_revision, engine, model, status, locked, last_error, untranslated, \
         translated_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'machine', 0, NULL, $12, $11, $11, $11) \
         ON CONFLICT (article_id, language) DO UPDATE SET title = excluded.title, \
         standfirst = excluded.standfirst, body_html = excluded.body_html, \
         image_caption = excluded.image_caption, image_credit = excluded.image_credit, \
         source_revision = excluded.source_revision, engine = excluded.engine, model = excluded.model, \
         status = 'machine', last_error = NULL, untranslated = excluded.untranslated, \
         translated_at = excluded.translated_at, updated_at = excluded.updated_at \
         WHERE translations.locked = 0",
    )
    .bind(t.article_id)
    .bind(t.language)
    .bind(t.title)
    .bind(t.standfirst)
    .bind(t.body_html)
    .bind(t.image_caption)
    .bind(t.image_credit)
    .bind(t.source_revision)
    .bind(t.engine)
    .bind(t.model)
    .bind(now)
    .bind(t.untranslated)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// What an editor writes: the whole text, its review status and lock.
#[derive(Debug, Clone)]
pub struct NewsroomEdit<'a> {
    pub article_id: i64,
    pub language: &'a str,
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body_html: &'a str,
    pub image_caption: Option<&'a str>,
    pub image_credit: Option<&'a str>,
    /// The article revision the editor worked from.
    pub source_revision: i64,
    /// `machine` or `reviewed`.
    pub status: &'a str,
    pub locked: bool,
    /// The row's `updated_at` when the editor opened it; `None` for a translation written
    /// from scratch.
    pub base_updated_at: Option<OffsetDateTime>,
    /// The segments still in the original language after the edit, as JSON.
    pub untranslated: &'a str,
}

/// Writes an editor's translation. With a base, only a row still as the editor saw it is
/// written (returns false when the machine or another editor changed it since); without, only
/// where no translation exists yet.
pub async fn write_edit(
    conn: &mut AnyConnection,
    e: &NewsroomEdit<'_>,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let now = to_millis(now);
    let locked = i64::from(e.locked);
    let done = match e.base_updated_at {
        Some(base) => {
            sqlx::query(
                "UPDATE translations SET title = $1, standfirst = $2, body_html = $3, \
                 image_caption = $4, image_credit = $5, source_revision = $6, status = $7, \
                 locked = $8, last_error = NULL, translated_at = $9, updated_at = $9, \
                 untranslated = $13 \
                 WHERE article_id = $10 AND language = $11 AND updated_at = $12",
            )
            .bind(e.title)
            .bind(e.standfirst)
            .bind(e.body_html)
            .bind(e.image_caption)
            .bind(e.image_credit)
            .bind(e.source_revision)
            .bind(e.status)
            .bind(locked)
            .bind(now)
            .bind(e.article_id)
            .bind(e.language)
            .bind(to_millis(base))
            .bind(e.untranslated)
            .execute(conn)
            .await?
        }
        None => {
            sqlx::query(
                "INSERT INTO translations (article_id, language, title, standfirst, body_html, \
                 image_caption, image_credit, source_revision, engine, model, status, locked, \
                 untranslated, translated_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $12, '', $9, $10, '[]', $11, $11, $11) \
                 ON CONFLICT (article_id, language) DO UPDATE SET title = excluded.title, \
                 standfirst = excluded.standfirst, body_html = excluded.body_html, \
                 image_caption = excluded.image_caption, image_credit = excluded.image_credit, \
                 source_revision = excluded.source_revision, engine = excluded.engine, \
                 status = excluded.status, locked = excluded.locked, last_error = NULL, \
                 untranslated = excluded.untranslated, translated_at = excluded.translated_at, updated_at = excluded.updated_at \
                 WHERE translations.translated_at IS NULL",
            )
            .bind(e.article_id)
            .bind(e.language)
            .bind(e.title)
            .bind(e.standfirst)
            .bind(e.body_html)
            .bind(e.image_caption)
            .bind(e.image_credit)
            .bind(e.source_revision)
            .bind(e.status)
            .bind(locked)
            .bind(now)
            .bind(NEWSROOM)
            .execute(conn)
            .await?
        }
    };
    Ok(done.rows_affected() > 0)
}

/// Sets a shown translation's review status and lock, leaving its text; returns false when
/// there is no translation to show.
pub async fn set_review(
    conn: &mut AnyConnection,
    article_id: i64,
    language: &str,
    status: &str,
    locked: bool,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE translations SET status = $1, locked = $2, updated_at = $3 \
         WHERE article_id = $4 AND language = $5 AND translated_at IS NOT NULL",
    )
    .bind(status)
    .bind(i64::from(locked))
    .bind(to_millis(now))
    .bind(article_id)
    .bind(language)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The languages of an article's translations that the machine may refresh (not locked).
pub async fn refreshable_languages(
    conn: &mut AnyConnection,
    article_id: i64,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT language FROM translations WHERE article_id = $1 AND locked = 0 ORDER BY language",
    )
    .bind(article_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

/// Records why an attempt failed, keeping whatever translation the row already has.
pub async fn record_error(
    conn: &mut AnyConnection,
    article_id: i64,
    language: &str,
    error: &str,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let now = to_millis(now);
    sqlx::query(
        "INSERT INTO translations (article_id, language, last_error, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (article_id, language) DO UPDATE SET last_error = excluded.last_error, \
         updated_at = excluded.updated_at",
    )
    .bind(article_id)
    .bind(language)
    .bind(error)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The languages an article has a translation to show in.
pub async fn available_languages(
    conn: &mut AnyConnection,
    article_id: i64,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT language FROM translations WHERE article_id = $1 AND translated_at IS NOT NULL \
         ORDER BY language",
    )
    .bind(article_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

/// The translations readers can open of the given articles (at most a few hundred ids a call),
/// by article and language: what the search index holds beside the originals.
pub async fn available_for(
    conn: &mut AnyConnection,
    article_ids: &[i64],
) -> Result<Vec<Translation>, StoreError> {
    if article_ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=article_ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT {COLUMNS} FROM translations WHERE translated_at IS NOT NULL \
         AND article_id IN ({}) ORDER BY article_id, language",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for id in article_ids {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(conn).await?;
    rows.iter().map(decode).collect()
}

/// The remembered translations of the segments whose hashes are given, made by `engine` into
/// `language`: source hash → (translated segment, model).
pub async fn memory(
    conn: &mut AnyConnection,
    engine: &str,
    language: &str,
    hashes: &[String],
) -> Result<HashMap<String, (String, String)>, StoreError> {
    let mut found = HashMap::new();
    // Chunked so the number of bound parameters stays far below either backend's limit.
    for chunk in hashes.chunks(200) {
        let mut sql = crate::sql::Sql::new(
            "SELECT source_hash, translated, model FROM translation_memory WHERE engine = ",
        );
        sql.bind(crate::sql::Value::Text(engine.into()))
            .push(" AND language = ")
            .bind(crate::sql::Value::Text(language.into()))
            .push(" AND source_hash IN (");
        for (i, h) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(crate::sql::Value::Text(h.clone()));
        }
        sql.push(")");
        for r in sql.query().fetch_all(&mut *conn).await? {
            found.insert(
                r.try_get("source_hash")?,
                (r.try_get("translated")?, r.try_get("model")?),
            );
        }
    }
    Ok(found)
}

/// The remembered translations into `language` of the segments whose hashes are given, made
/// by any engine (the newest where several made one): source hash → (translated segment,
/// engine, model). For pages that show what was translated before, whatever engine made it.
pub async fn memory_of_any_engine(
    conn: &mut AnyConnection,
    language: &str,
    hashes: &[String],
) -> Result<HashMap<String, (String, String, String)>, StoreError> {
    let mut found: HashMap<String, (String, String, String)> = HashMap::new();
    for chunk in hashes.chunks(200) {
        let mut sql = crate::sql::Sql::new(
            "SELECT source_hash, translated, engine, model FROM translation_memory \
             WHERE language = ",
        );
        sql.bind(crate::sql::Value::Text(language.into()))
            .push(" AND source_hash IN (");
        for (i, h) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(crate::sql::Value::Text(h.clone()));
        }
        // Oldest first, so the newest answer for a hash is the one kept.
        sql.push(") ORDER BY created_at, engine");
        for r in sql.query().fetch_all(&mut *conn).await? {
            found.insert(
                r.try_get("source_hash")?,
                (
                    r.try_get("translated")?,
                    r.try_get("engine")?,
                    r.try_get("model")?,
                ),
            );
        }
    }
    Ok(found)
}

/// Remembers one translated segment (replacing an older answer for the same source).
pub async fn remember(
    conn: &mut AnyConnection,
    engine: &str,
    language: &str,
    source_hash: &str,
    translated: &str,
    model: &str,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO translation_memory (engine, language, source_hash, translated, model, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (engine, language, source_hash) DO UPDATE SET translated = excluded.translated, \
         model = excluded.model, created_at = excluded.created_at",
    )
    .bind(engine)
    .bind(language)
    .bind(source_hash)
    .bind(translated)
    .bind(model)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// Machine translations nobody has reviewed yet, newest first, and how many there are in all.
pub async fn awaiting_review(
    conn: &mut AnyConnection,
    limit: u32,
) -> Result<(Vec<Translation>, u64), StoreError> {
    const WAITING: &str = "status = 'machine' AND body_html <> ''";
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM translations WHERE {WAITING}"
    ))
    .fetch_one(&mut *conn)
    .await?
    .try_get("n")?;
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM translations WHERE {WAITING} ORDER BY translated_at DESC, id DESC LIMIT $1"
    ))
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    let waiting = rows.iter().map(decode).collect::<Result<_, _>>()?;
    Ok((waiting, total as u64))
}

/// What a card in another language shows of a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    pub title: String,
    pub standfirst: String,
    /// The record of segments kept in the original (JSON, as the row stores it), so a title
    /// left untranslated is marked with its language.
    pub untranslated: String,
}

/// The available translations into `language` of the articles given, by article id: what
/// their cards on that language's pages show.
pub async fn card_texts(
    conn: &mut AnyConnection,
    language: &str,
    article_ids: &[i64],
) -> Result<HashMap<i64, CardText>, StoreError> {
    let mut found = HashMap::new();
    for chunk in article_ids.chunks(200) {
        let mut sql = crate::sql::Sql::new(
            "SELECT article_id, title, standfirst, untranslated FROM translations \
             WHERE language = ",
        );
        sql.bind(crate::sql::Value::Text(language.into()))
            .push(" AND translated_at IS NOT NULL AND article_id IN ")
            .bind_list(chunk);
        for r in sql.query().fetch_all(&mut *conn).await? {
            found.insert(
                r.try_get("article_id")?,
                CardText {
                    title: r.try_get("title")?,
                    standfirst: r.try_get("standfirst")?,
                    untranslated: r.try_get("untranslated")?,
                },
            );
        }
    }
    Ok(found)
}

/// The languages at least one published article can be read in, in tag order.
pub async fn published_languages(conn: &mut AnyConnection) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT t.language FROM translations t JOIN articles a ON a.id = t.article_id \
         WHERE t.translated_at IS NOT NULL AND a.status = 'published' ORDER BY t.language",
    )
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

/// The available translations into `language` of the articles given, whole, by article id:
/// what an edition's feed shows.
pub async fn available_in(
    conn: &mut AnyConnection,
    language: &str,
    article_ids: &[i64],
) -> Result<HashMap<i64, Translation>, StoreError> {
    let mut found = HashMap::new();
    for chunk in article_ids.chunks(200) {
        let mut sql = crate::sql::Sql::new(&format!(
            "SELECT {COLUMNS} FROM translations WHERE language = "
        ));
        sql.bind(crate::sql::Value::Text(language.into()))
            .push(" AND translated_at IS NOT NULL AND article_id IN ")
            .bind_list(chunk);
        for r in sql.query().fetch_all(&mut *conn).await? {
            let t = decode(&r)?;
            found.insert(t.article_id, t);
        }
    }
    Ok(found)
}

/// The languages each of the articles given can be read in besides its own, by article id.
pub async fn languages_of(
    conn: &mut AnyConnection,
    article_ids: &[i64],
) -> Result<HashMap<i64, Vec<String>>, StoreError> {
    let mut found: HashMap<i64, Vec<String>> = HashMap::new();
    for chunk in article_ids.chunks(500) {
        let mut sql = crate::sql::Sql::new(
            "SELECT article_id, language FROM translations \
             WHERE translated_at IS NOT NULL AND article_id IN ",
        );
        sql.bind_list(chunk).push(" ORDER BY language");
        for r in sql.query().fetch_all(&mut *conn).await? {
            found
                .entry(r.try_get("article_id")?)
                .or_default()
                .push(r.try_get("language")?);
        }
    }
    Ok(found)
}

/// A translation made recently of a published article, for the news sitemap.
#[derive(Debug, Clone)]
pub struct RecentTranslation {
    pub slug: String,
    pub language: String,
    pub title: String,
    pub translated_at: OffsetDateTime,
}

/// Translations of published articles made since `since`, newest first, at most `limit`.
pub async fn made_since(
    conn: &mut AnyConnection,
    since: OffsetDateTime,
    limit: i64,
) -> Result<Vec<RecentTranslation>, StoreError> {
    let rows = sqlx::query(
        "SELECT a.slug, t.language, t.title, t.translated_at FROM translations t \
         JOIN articles a ON a.id = t.article_id \
         WHERE a.status = 'published' AND t.translated_at >= $1 \
         ORDER BY t.translated_at DESC, t.id DESC LIMIT $2",
    )
    .bind(to_millis(since))
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(RecentTranslation {
                slug: r.try_get("slug")?,
                language: r.try_get("language")?,
                title: r.try_get("title")?,
                translated_at: from_millis(r.try_get("translated_at")?),
            })
        })
        .collect()
}

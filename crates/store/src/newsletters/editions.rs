//! Editions: drafted, numbered when they start sending, finished when every delivery is done.

use gazette_domain::{ArticleId, Edition, EditionId, EditionStatus, NewsletterId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use super::bad;
use crate::{StoreError, from_millis, to_millis};

const EDITION_COLUMNS: &str = "id, newsletter_id, number, status, subject, intro, intro_html, created_at, started_at, finished_at";

fn edition_row(row: &AnyRow) -> Result<Edition, StoreError> {
    let status: String = row.try_get("status")?;
    Ok(Edition {
        id: EditionId(row.try_get("id")?),
        newsletter: NewsletterId(row.try_get("newsletter_id")?),
        number: row.try_get("number")?,
        status: EditionStatus::parse(&status).ok_or_else(|| bad("edition status", &status))?,
        subject: row.try_get("subject")?,
        intro: row.try_get("intro")?,
        intro_html: row.try_get("intro_html")?,
        articles: Vec::new(),
        created_at: from_millis(row.try_get("created_at")?),
        started_at: row
            .try_get::<Option<i64>, _>("started_at")?
            .map(from_millis),
        finished_at: row
            .try_get::<Option<i64>, _>("finished_at")?
            .map(from_millis),
    })
}

async fn with_articles(conn: &mut AnyConnection, mut e: Edition) -> Result<Edition, StoreError> {
    let rows = sqlx::query(
        "SELECT article_id FROM edition_articles WHERE edition_id = $1 ORDER BY position",
    )
    .bind(e.id.0)
    .fetch_all(conn)
    .await?;
    e.articles = rows
        .iter()
        .map(|r| Ok(ArticleId(r.try_get("article_id")?)))
        .collect::<Result<_, StoreError>>()?;
    Ok(e)
}

pub async fn edition(
    conn: &mut AnyConnection,
    id: EditionId,
) -> Result<Option<Edition>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {EDITION_COLUMNS} FROM editions WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(r) => Ok(Some(with_articles(conn, edition_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// The next edition being prepared for `newsletter`, made empty if there is none.
pub async fn draft_edition(
    conn: &mut AnyConnection,
    newsletter: NewsletterId,
    now: OffsetDateTime,
) -> Result<Edition, StoreError> {
    sqlx::query(
        "INSERT INTO editions (newsletter_id, status, created_at) VALUES ($1, 'draft', $2) \
         ON CONFLICT (newsletter_id) WHERE status = 'draft' DO NOTHING",
    )
    .bind(newsletter.0)
    .bind(to_millis(now))
    .execute(&mut *conn)
    .await?;
    let row = sqlx::query(&format!(
        "SELECT {EDITION_COLUMNS} FROM editions WHERE newsletter_id = $1 AND status = 'draft'"
    ))
    .bind(newsletter.0)
    .fetch_one(&mut *conn)
    .await?;
    with_articles(conn, edition_row(&row)?).await
}

pub async fn set_edition_content(
    conn: &mut AnyConnection,
    id: EditionId,
    subject: &str,
    intro: &str,
    intro_html: &str,
    articles: &[ArticleId],
) -> Result<(), StoreError> {
    sqlx::query("UPDATE editions SET subject = $1, intro = $2, intro_html = $3 WHERE id = $4")
        .bind(subject)
        .bind(intro)
        .bind(intro_html)
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM edition_articles WHERE edition_id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    for (position, article) in articles.iter().enumerate() {
        sqlx::query(
            "INSERT INTO edition_articles (edition_id, article_id, position) VALUES ($1, $2, $3)",
        )
        .bind(id.0)
        .bind(article.0)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The edition already made for the scheduled send at `slot`, if any.
pub async fn edition_for_slot(
    conn: &mut AnyConnection,
    newsletter: NewsletterId,
    slot: OffsetDateTime,
) -> Result<Option<EditionId>, StoreError> {
    let row = sqlx::query("SELECT id FROM editions WHERE newsletter_id = $1 AND slot = $2")
        .bind(newsletter.0)
        .bind(to_millis(slot))
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?.map(EditionId))
}

/// Takes a draft out of preparation: numbered and `sending` (or `skipped`), answering `slot`
/// when it was the scheduler that sent it.
pub async fn start_edition(
    conn: &mut AnyConnection,
    id: EditionId,
    status: EditionStatus,
    slot: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "UPDATE editions SET status = $1, slot = $2, started_at = $3, \
         number = (SELECT COALESCE(MAX(number), 0) + 1 FROM editions e WHERE e.newsletter_id = editions.newsletter_id) \
         WHERE id = $4 AND status = 'draft' RETURNING number",
    )
    .bind(status.as_str())
    .bind(slot.map(to_millis))
    .bind(to_millis(now))
    .bind(id.0)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("number")?)
}

pub async fn finish_edition(
    conn: &mut AnyConnection,
    id: EditionId,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE editions SET status = 'sent', finished_at = $1 WHERE id = $2 AND status = 'sending'",
    )
    .bind(to_millis(now))
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(())
}

/// Editions of a newsletter that went out (or are going out), newest first.
pub async fn editions(
    conn: &mut AnyConnection,
    newsletter: NewsletterId,
    include_skipped: bool,
    limit: u32,
    offset: u32,
) -> Result<Vec<Edition>, StoreError> {
    let statuses = if include_skipped {
        "('sending', 'sent', 'skipped')"
    } else {
        "('sending', 'sent')"
    };
    let rows = sqlx::query(&format!(
        "SELECT {EDITION_COLUMNS} FROM editions WHERE newsletter_id = $1 AND status IN {statuses} \
         ORDER BY number DESC LIMIT $2 OFFSET $3"
    ))
    .bind(newsletter.0)
    .bind(i64::from(limit))
    .bind(i64::from(offset))
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        out.push(with_articles(&mut *conn, edition_row(r)?).await?);
    }
    Ok(out)
}

pub async fn edition_by_number(
    conn: &mut AnyConnection,
    newsletter: NewsletterId,
    number: i64,
) -> Result<Option<Edition>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {EDITION_COLUMNS} FROM editions WHERE newsletter_id = $1 AND number = $2"
    ))
    .bind(newsletter.0)
    .bind(number)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(r) => Ok(Some(with_articles(conn, edition_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// Editions whose deliveries are still going out, oldest first.
pub async fn sending_editions(conn: &mut AnyConnection) -> Result<Vec<EditionId>, StoreError> {
    let rows = sqlx::query("SELECT id FROM editions WHERE status = 'sending' ORDER BY id")
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|r| Ok(EditionId(r.try_get("id")?)))
        .collect()
}

/// The languages published articles are written in, for the language editions offered.
pub async fn article_languages(conn: &mut AnyConnection) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT language FROM articles WHERE status = 'published' ORDER BY language",
    )
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

/// The number of editions of a newsletter that went out.
pub async fn count_editions(
    conn: &mut AnyConnection,
    newsletter: NewsletterId,
) -> Result<u64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM editions WHERE newsletter_id = $1 AND status IN ('sending', 'sent')",
    )
    .bind(newsletter.0)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get::<i64, _>("n")? as u64)
}

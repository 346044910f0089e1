//! Newsletters, subscribers, subscriptions, editions and deliveries.
//!
//! A delivery row per (edition, subscriber) is the record that makes sending exactly-once: it is
//! written for every recipient when the edition starts, moved to `sending` before its message is
//! handed to the SMTP server and to `sent` when the server accepts it. Addresses are personal
//! data: nothing here logs them.

use gazette_domain::{
    ArticleId, Cadence, Edition, EditionId, EditionProgress, EditionStatus, EmailAddress, Language,
    Newsletter, NewsletterId, Slug, Subscriber, SubscriberId, SubscriberStatus, ValidNewsletter,
};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::sql::{Sql, Value};
use crate::{StoreError, from_millis, to_millis};

fn bad(what: &str, raw: &str) -> StoreError {
    StoreError::BadRow(format!("{what} {raw:?}"))
}

// --- newsletters -----------------------------------------------------------------------------

const NEWSLETTER_COLUMNS: &str = "n.id, n.slug, n.name, n.description, n.cadence, n.weekday, n.send_time, n.time_zone, \
     n.fallback_count, r.slug AS report_slug, n.active";

fn newsletter_row(row: &AnyRow) -> Result<Newsletter, StoreError> {
    let slug: String = row.try_get("slug")?;
    let cadence: String = row.try_get("cadence")?;
    let report: Option<String> = row.try_get("report_slug")?;
    Ok(Newsletter {
        id: NewsletterId(row.try_get("id")?),
        slug: Slug::parse(&slug).map_err(|_| bad("newsletter slug", &slug))?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        cadence: Cadence::parse(&cadence).ok_or_else(|| bad("cadence", &cadence))?,
        weekday: row.try_get("weekday")?,
        send_time: row.try_get("send_time")?,
        time_zone: row.try_get("time_zone")?,
        fallback_count: u32::try_from(row.try_get::<i64, _>("fallback_count")?).unwrap_or(0),
        report: report
            .map(|r| Slug::parse(&r).map_err(|_| bad("report slug", &r)))
            .transpose()?,
        active: row.try_get::<i64, _>("active")? != 0,
    })
}

pub async fn newsletters(conn: &mut AnyConnection) -> Result<Vec<Newsletter>, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {NEWSLETTER_COLUMNS} FROM newsletters n LEFT JOIN reports r ON r.id = n.report_id ORDER BY n.id"
    ))
    .fetch_all(conn)
    .await?;
    rows.iter().map(newsletter_row).collect()
}

/// The row `select` finds where `column` equals `value`.
async fn one_row(
    conn: &mut AnyConnection,
    select: &str,
    column: &str,
    value: Value,
) -> Result<Option<AnyRow>, StoreError> {
    let mut sql = Sql::new(&format!("{select} WHERE {column} = "));
    sql.bind(value);
    Ok(sql.query().fetch_optional(conn).await?)
}

fn newsletter_select() -> String {
    format!(
        "SELECT {NEWSLETTER_COLUMNS} FROM newsletters n LEFT JOIN reports r ON r.id = n.report_id"
    )
}

pub async fn newsletter_by_slug(
    conn: &mut AnyConnection,
    slug: &str,
) -> Result<Option<Newsletter>, StoreError> {
    let row = one_row(
        conn,
        &newsletter_select(),
        "n.slug",
        Value::Text(slug.into()),
    )
    .await?;
    row.as_ref().map(newsletter_row).transpose()
}

pub async fn newsletter(
    conn: &mut AnyConnection,
    id: NewsletterId,
) -> Result<Option<Newsletter>, StoreError> {
    let row = one_row(conn, &newsletter_select(), "n.id", Value::Int(id.0)).await?;
    row.as_ref().map(newsletter_row).transpose()
}

pub async fn insert_newsletter(
    conn: &mut AnyConnection,
    n: &ValidNewsletter,
    report_id: Option<i64>,
    now: OffsetDateTime,
) -> Result<NewsletterId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO newsletters (slug, name, description, cadence, weekday, send_time, time_zone, fallback_count, report_id, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(n.slug.as_str())
    .bind(&n.name)
    .bind(&n.description)
    .bind(n.cadence.as_str())
    .bind(&n.weekday)
    .bind(&n.send_time)
    .bind(&n.time_zone)
    .bind(i64::from(n.fallback_count))
    .bind(report_id)
    .bind(i64::from(n.active))
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(NewsletterId(row.try_get("id")?))
}

pub async fn update_newsletter(
    conn: &mut AnyConnection,
    id: NewsletterId,
    n: &ValidNewsletter,
    report_id: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE newsletters SET slug = $1, name = $2, description = $3, cadence = $4, weekday = $5, send_time = $6, \
         time_zone = $7, fallback_count = $8, report_id = $9, active = $10 WHERE id = $11",
    )
    .bind(n.slug.as_str())
    .bind(&n.name)
    .bind(&n.description)
    .bind(n.cadence.as_str())
    .bind(&n.weekday)
    .bind(&n.send_time)
    .bind(&n.time_zone)
    .bind(i64::from(n.fallback_count))
    .bind(report_id)
    .bind(i64::from(n.active))
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn delete_newsletter(
    conn: &mut AnyConnection,
    id: NewsletterId,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM newsletters WHERE id = $1")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// Confirmed subscribers of each newsletter.
pub async fn subscriber_counts(
    conn: &mut AnyConnection,
) -> Result<Vec<(NewsletterId, u64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.newsletter_id, COUNT(*) AS n FROM subscriptions s JOIN subscribers u ON u.id = s.subscriber_id \
         WHERE s.confirmed = 1 AND u.status = 'confirmed' GROUP BY s.newsletter_id",
    )
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                NewsletterId(r.try_get("newsletter_id")?),
                r.try_get::<i64, _>("n")? as u64,
            ))
        })
        .collect()
}

// --- subscribers -----------------------------------------------------------------------------

const SUBSCRIBER_COLUMNS: &str =
    "id, email, language, status, link_salt, hard_bounces, created_at, confirmed_at";

fn subscriber_row(row: &AnyRow) -> Result<Subscriber, StoreError> {
    let email: String = row.try_get("email")?;
    let language: String = row.try_get("language")?;
    let status: String = row.try_get("status")?;
    Ok(Subscriber {
        id: SubscriberId(row.try_get("id")?),
        email: EmailAddress::parse(&email).map_err(|_| bad("subscriber email", "…"))?,
        language: Language::parse(&language).map_err(|_| bad("language", &language))?,
        status: SubscriberStatus::parse(&status).ok_or_else(|| bad("status", &status))?,
        link_salt: row.try_get("link_salt")?,
        hard_bounces: u32::try_from(row.try_get::<i64, _>("hard_bounces")?).unwrap_or(u32::MAX),
        created_at: from_millis(row.try_get("created_at")?),
        confirmed_at: row
            .try_get::<Option<i64>, _>("confirmed_at")?
            .map(from_millis),
    })
}

pub async fn subscriber_by_email(
    conn: &mut AnyConnection,
    email: &EmailAddress,
) -> Result<Option<(Subscriber, Option<OffsetDateTime>)>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {SUBSCRIBER_COLUMNS}, confirm_sent_at FROM subscribers WHERE email = $1"
    ))
    .bind(email.as_str())
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok((
            subscriber_row(&r)?,
            r.try_get::<Option<i64>, _>("confirm_sent_at")?
                .map(from_millis),
        ))
    })
    .transpose()
}

pub async fn subscriber(
    conn: &mut AnyConnection,
    id: SubscriberId,
) -> Result<Option<Subscriber>, StoreError> {
    let select = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers");
    let row = one_row(conn, &select, "id", Value::Int(id.0)).await?;
    row.as_ref().map(subscriber_row).transpose()
}

/// Notes that a confirmation email was asked for (the per-address rate limit counts these).
pub async fn mark_confirmation_requested(
    conn: &mut AnyConnection,
    id: SubscriberId,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE subscribers SET confirm_sent_at = $1 WHERE id = $2")
        .bind(to_millis(now))
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// The subscriber whose link salt is `salt` (old links are found by their hash this way).
pub async fn subscriber_by_link_salt(
    conn: &mut AnyConnection,
    salt: &str,
) -> Result<Option<Subscriber>, StoreError> {
    let select = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers");
    let row = one_row(conn, &select, "link_salt", Value::Text(salt.into())).await?;
    row.as_ref().map(subscriber_row).transpose()
}

/// Up to `limit` subscribers whose link salt is still a secret from before links were signed:
/// a value with no `kind:` prefix.
pub async fn unprefixed_link_salts(
    conn: &mut AnyConnection,
    limit: u32,
) -> Result<Vec<(SubscriberId, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, link_salt FROM subscribers WHERE link_salt NOT LIKE '%:%' ORDER BY id LIMIT $1",
    )
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| Ok((SubscriberId(r.try_get("id")?), r.try_get("link_salt")?)))
        .collect()
}

pub async fn set_link_salt(
    conn: &mut AnyConnection,
    id: SubscriberId,
    salt: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE subscribers SET link_salt = $1 WHERE id = $2")
        .bind(salt)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// The id of the key recorded for `purpose`, recording `key_id` if none is: the first server
/// to start decides, and the others are compared with it.
pub async fn signing_key_id(
    conn: &mut AnyConnection,
    purpose: &str,
    key_id: &str,
) -> Result<String, StoreError> {
    sqlx::query(
        "INSERT INTO signing_keys (purpose, key_id) VALUES ($1, $2) ON CONFLICT (purpose) DO NOTHING",
    )
    .bind(purpose)
    .bind(key_id)
    .execute(&mut *conn)
    .await?;
    let row = sqlx::query("SELECT key_id FROM signing_keys WHERE purpose = $1")
        .bind(purpose)
        .fetch_one(conn)
        .await?;
    Ok(row.try_get("key_id")?)
}

/// The subscriber a confirmation link was sent to, with the instant the link expires.
pub async fn subscriber_by_confirm_hash(
    conn: &mut AnyConnection,
    hash: &str,
) -> Result<Option<(Subscriber, OffsetDateTime)>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {SUBSCRIBER_COLUMNS}, confirm_expires_at FROM subscribers WHERE confirm_token_hash = $1"
    ))
    .bind(hash)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok((
            subscriber_row(&r)?,
            from_millis(
                r.try_get::<Option<i64>, _>("confirm_expires_at")?
                    .unwrap_or(0),
            ),
        ))
    })
    .transpose()
}

pub async fn insert_subscriber(
    conn: &mut AnyConnection,
    email: &EmailAddress,
    language: &Language,
    status: SubscriberStatus,
    link_salt: &str,
    now: OffsetDateTime,
) -> Result<SubscriberId, StoreError> {
    let confirmed_at = (status == SubscriberStatus::Confirmed).then(|| to_millis(now));
    let row = sqlx::query(
        "INSERT INTO subscribers (email, language, status, link_salt, created_at, confirmed_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email.as_str())
    .bind(language.as_str())
    .bind(status.as_str())
    .bind(link_salt)
    .bind(to_millis(now))
    .bind(confirmed_at)
    .fetch_one(conn)
    .await?;
    Ok(SubscriberId(row.try_get("id")?))
}

/// Records a new confirmation link (only its hash), replacing any earlier one.
pub async fn set_confirmation(
    conn: &mut AnyConnection,
    id: SubscriberId,
    token_hash: &str,
    expires_at: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE subscribers SET confirm_token_hash = $1, confirm_expires_at = $2 WHERE id = $3",
    )
    .bind(token_hash)
    .bind(to_millis(expires_at))
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(())
}

/// Confirms the subscriber and every subscription they asked for.
pub async fn confirm_subscriber(
    conn: &mut AnyConnection,
    id: SubscriberId,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE subscribers SET status = 'confirmed', confirmed_at = COALESCE(confirmed_at, $1), unsubscribed_at = NULL, \
         hard_bounces = 0 WHERE id = $2",
    )
    .bind(to_millis(now))
    .bind(id.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE subscriptions SET confirmed = 1 WHERE subscriber_id = $1")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_subscriber_status(
    conn: &mut AnyConnection,
    id: SubscriberId,
    status: SubscriberStatus,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let left = matches!(
        status,
        SubscriberStatus::Unsubscribed | SubscriberStatus::Bounced
    )
    .then(|| to_millis(now));
    sqlx::query("UPDATE subscribers SET status = $1, unsubscribed_at = $2 WHERE id = $3")
        .bind(status.as_str())
        .bind(left)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_subscriber_language(
    conn: &mut AnyConnection,
    id: SubscriberId,
    language: &Language,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE subscribers SET language = $1 WHERE id = $2")
        .bind(language.as_str())
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// Counts a permanent delivery failure; at `limit` of them the address is unsubscribed
/// (status `bounced`). Returns whether this one did that.
pub async fn record_hard_bounce(
    conn: &mut AnyConnection,
    id: SubscriberId,
    limit: u32,
    now: OffsetDateTime,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "UPDATE subscribers SET hard_bounces = hard_bounces + 1 WHERE id = $1 RETURNING hard_bounces, status",
    )
    .bind(id.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(false) };
    let bounces: i64 = row.try_get("hard_bounces")?;
    let status: String = row.try_get("status")?;
    if bounces >= i64::from(limit) && status == "confirmed" {
        set_subscriber_status(conn, id, SubscriberStatus::Bounced, now).await?;
        return Ok(true);
    }
    Ok(false)
}

/// A successful delivery shows the address works again.
async fn clear_hard_bounces(conn: &mut AnyConnection, ids: &[i64]) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut sql =
        Sql::new("UPDATE subscribers SET hard_bounces = 0 WHERE hard_bounces > 0 AND id IN ");
    sql.bind_list(ids);
    sql.query().execute(conn).await?;
    Ok(())
}

/// The newsletters a subscriber is on, and whether each is confirmed.
pub async fn subscriptions(
    conn: &mut AnyConnection,
    id: SubscriberId,
) -> Result<Vec<(NewsletterId, bool)>, StoreError> {
    let rows = sqlx::query(
        "SELECT newsletter_id, confirmed FROM subscriptions WHERE subscriber_id = $1 ORDER BY newsletter_id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                NewsletterId(r.try_get("newsletter_id")?),
                r.try_get::<i64, _>("confirmed")? != 0,
            ))
        })
        .collect()
}

/// Adds subscriptions (keeping those that exist as they are).
pub async fn add_subscriptions(
    conn: &mut AnyConnection,
    id: SubscriberId,
    newsletters: &[NewsletterId],
    confirmed: bool,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    for n in newsletters {
        sqlx::query(
            "INSERT INTO subscriptions (subscriber_id, newsletter_id, confirmed, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (subscriber_id, newsletter_id) DO NOTHING",
        )
        .bind(id.0)
        .bind(n.0)
        .bind(i64::from(confirmed))
        .bind(to_millis(now))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn remove_subscriptions(
    conn: &mut AnyConnection,
    id: SubscriberId,
    newsletters: &[NewsletterId],
) -> Result<(), StoreError> {
    let mut sql = Sql::new("DELETE FROM subscriptions WHERE subscriber_id = ");
    sql.bind(Value::Int(id.0)).push(" AND newsletter_id IN ");
    sql.bind_list(&newsletters.iter().map(|n| n.0).collect::<Vec<_>>());
    sql.query().execute(conn).await?;
    Ok(())
}

// --- editions --------------------------------------------------------------------------------

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

// --- deliveries ------------------------------------------------------------------------------

/// Writes a pending delivery for every confirmed subscriber of the edition's newsletter, in one
/// statement; running it again adds nobody twice.
pub async fn create_deliveries(
    conn: &mut AnyConnection,
    edition: EditionId,
    newsletter: NewsletterId,
    now: OffsetDateTime,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "INSERT INTO deliveries (edition_id, subscriber_id, status, attempts, next_attempt_at) \
         SELECT $1, s.subscriber_id, 'pending', 0, $3 FROM subscriptions s JOIN subscribers u ON u.id = s.subscriber_id \
         WHERE s.newsletter_id = $2 AND s.confirmed = 1 AND u.status = 'confirmed' \
         ON CONFLICT (edition_id, subscriber_id) DO NOTHING",
    )
    .bind(edition.0)
    .bind(newsletter.0)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Deliveries left `sending` by a run that is gone: their message may or may not have reached
/// the SMTP server. They go back to pending, marked in doubt; returns how many.
pub async fn requeue_in_doubt(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE deliveries SET status = 'pending', in_doubt = 1 WHERE edition_id = $1 AND status = 'sending'",
    )
    .bind(edition.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Puts deliveries claimed but never handed to the SMTP server back to pending: those of
/// `subscribers`, or all of the edition's when None.
pub async fn release_claimed(
    conn: &mut AnyConnection,
    edition: EditionId,
    subscribers: Option<&[SubscriberId]>,
) -> Result<u64, StoreError> {
    let mut sql = Sql::new(
        "UPDATE deliveries SET status = 'pending', attempts = attempts - 1 WHERE status = 'sending' AND edition_id = ",
    );
    sql.bind(Value::Int(edition.0));
    if let Some(ids) = subscribers {
        sql.push(" AND subscriber_id IN ");
        sql.bind_list(&ids.iter().map(|s| s.0).collect::<Vec<_>>());
    }
    let done = sql.query().execute(conn).await?;
    Ok(done.rows_affected())
}

/// A delivery claimed for sending, with what its message needs.
#[derive(Debug, Clone)]
pub struct DueDelivery {
    pub subscriber: SubscriberId,
    pub email: String,
    pub language: String,
    /// Varies the signature of their links (see `Subscriber::link_salt`).
    pub link_salt: String,
    /// This attempt's number, from 1.
    pub attempt: u32,
}

/// Moves up to `limit` due deliveries of `edition` to `sending` and returns those whose
/// subscriber still receives the newsletter; the others (unsubscribed since the edition
/// started) are closed as failed with that reason.
pub async fn claim_deliveries(
    conn: &mut AnyConnection,
    edition: EditionId,
    newsletter: NewsletterId,
    now: OffsetDateTime,
    limit: u32,
) -> Result<Vec<DueDelivery>, StoreError> {
    let claimed = sqlx::query(
        "UPDATE deliveries SET status = 'sending', attempts = attempts + 1 \
         WHERE edition_id = $1 AND subscriber_id IN (SELECT subscriber_id FROM deliveries \
           WHERE edition_id = $1 AND status = 'pending' AND next_attempt_at <= $2 ORDER BY subscriber_id LIMIT $3) \
         RETURNING subscriber_id, attempts",
    )
    .bind(edition.0)
    .bind(to_millis(now))
    .bind(i64::from(limit))
    .fetch_all(&mut *conn)
    .await?;
    if claimed.is_empty() {
        return Ok(Vec::new());
    }
    let mut attempts = std::collections::HashMap::with_capacity(claimed.len());
    for r in &claimed {
        attempts.insert(
            r.try_get::<i64, _>("subscriber_id")?,
            r.try_get::<i64, _>("attempts")?,
        );
    }
    let ids: Vec<i64> = attempts.keys().copied().collect();
    let mut sql = Sql::new(
        "SELECT u.id, u.email, u.language, u.link_salt FROM subscribers u \
         JOIN subscriptions s ON s.subscriber_id = u.id AND s.confirmed = 1 AND s.newsletter_id = ",
    );
    sql.bind(Value::Int(newsletter.0))
        .push(" WHERE u.status = 'confirmed' AND u.id IN ");
    sql.bind_list(&ids);
    let rows = sql.query().fetch_all(&mut *conn).await?;
    let mut due = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        due.push(DueDelivery {
            subscriber: SubscriberId(id),
            email: r.try_get("email")?,
            language: r.try_get("language")?,
            link_salt: r.try_get("link_salt")?,
            attempt: u32::try_from(attempts.remove(&id).unwrap_or(1)).unwrap_or(u32::MAX),
        });
    }
    // Whoever is left in `attempts` has left the newsletter since the edition started.
    for id in attempts.keys() {
        sqlx::query(
            "UPDATE deliveries SET status = 'failed', last_error = 'unsubscribed before it was sent' \
             WHERE edition_id = $1 AND subscriber_id = $2",
        )
        .bind(edition.0)
        .bind(*id)
        .execute(&mut *conn)
        .await?;
    }
    due.sort_by_key(|d| d.subscriber);
    Ok(due)
}

/// What became of one claimed delivery.
#[derive(Debug, Clone)]
pub enum DeliveryOutcome {
    Sent,
    /// Try again at the given instant. `counted: false` gives the attempt back: the failure was
    /// the server's, not this address's.
    Retry {
        at: OffsetDateTime,
        error: String,
        counted: bool,
    },
    Failed {
        error: String,
    },
}

/// Records outcomes of claimed deliveries. Only rows still `sending` change, so an outcome
/// never overwrites what a later run decided.
pub async fn record_outcomes(
    conn: &mut AnyConnection,
    edition: EditionId,
    outcomes: &[(SubscriberId, DeliveryOutcome)],
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let mut sent = Vec::new();
    for (subscriber, outcome) in outcomes {
        match outcome {
            DeliveryOutcome::Sent => sent.push(subscriber.0),
            DeliveryOutcome::Retry { at, error, counted } => {
                sqlx::query(
                    "UPDATE deliveries SET status = 'pending', next_attempt_at = $1, last_error = $2, attempts = attempts - $5 \
                     WHERE edition_id = $3 AND subscriber_id = $4 AND status = 'sending'",
                )
                .bind(to_millis(*at))
                .bind(error)
                .bind(edition.0)
                .bind(subscriber.0)
                .bind(i64::from(!*counted))
                .execute(&mut *conn)
                .await?;
            }
            DeliveryOutcome::Failed { error } => {
                sqlx::query(
                    "UPDATE deliveries SET status = 'failed', last_error = $1 \
                     WHERE edition_id = $2 AND subscriber_id = $3 AND status = 'sending'",
                )
                .bind(error)
                .bind(edition.0)
                .bind(subscriber.0)
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    if !sent.is_empty() {
        let mut sql =
            Sql::new("UPDATE deliveries SET status = 'sent', last_error = NULL, sent_at = ");
        sql.bind(Value::Int(to_millis(now)))
            .push(" WHERE status = 'sending' AND edition_id = ")
            .bind(Value::Int(edition.0))
            .push(" AND subscriber_id IN ");
        sql.bind_list(&sent);
        sql.query().execute(&mut *conn).await?;
        clear_hard_bounces(conn, &sent).await?;
    }
    Ok(())
}

pub async fn progress(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<EditionProgress, StoreError> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n, CAST(SUM(in_doubt) AS BIGINT) AS doubt FROM deliveries WHERE edition_id = $1 GROUP BY status",
    )
    .bind(edition.0)
    .fetch_all(conn)
    .await?;
    let mut p = EditionProgress::default();
    for r in &rows {
        let status: String = r.try_get("status")?;
        let n = r.try_get::<i64, _>("n")? as u64;
        p.resent_in_doubt += r.try_get::<Option<i64>, _>("doubt")?.unwrap_or(0) as u64;
        p.total += n;
        match status.as_str() {
            "pending" => p.pending = n,
            "sending" => p.sending = n,
            "sent" => p.sent = n,
            "failed" => p.failed = n,
            other => return Err(bad("delivery status", other)),
        }
    }
    Ok(p)
}

/// When the earliest delivery waiting for a retry is due.
pub async fn next_retry_at(
    conn: &mut AnyConnection,
    edition: EditionId,
) -> Result<Option<OffsetDateTime>, StoreError> {
    let row = sqlx::query(
        "SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE edition_id = $1 AND status = 'pending'",
    )
    .bind(edition.0)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get::<Option<i64>, _>("at")?.map(from_millis))
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

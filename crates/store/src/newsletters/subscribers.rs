//! Subscribers: their addresses, confirmation links, link salts and hard bounces, and the
//! key the newsletter links are signed with.

use gazette_domain::{EmailAddress, Language, Subscriber, SubscriberId, SubscriberStatus};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use super::{bad, one_row};
use crate::sql::{Sql, Value};
use crate::{StoreError, from_millis, to_millis};

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

/// Adds the subscriber, or returns None when the address is already on the list (also when
/// another request added it a moment ago: the insert waits for that one and leaves its row).
pub async fn insert_subscriber(
    conn: &mut AnyConnection,
    email: &EmailAddress,
    language: &Language,
    status: SubscriberStatus,
    link_salt: &str,
    now: OffsetDateTime,
) -> Result<Option<SubscriberId>, StoreError> {
    let confirmed_at = (status == SubscriberStatus::Confirmed).then(|| to_millis(now));
    let row = sqlx::query(
        "INSERT INTO subscribers (email, language, status, link_salt, created_at, confirmed_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email.as_str())
    .bind(language.as_str())
    .bind(status.as_str())
    .bind(link_salt)
    .bind(to_millis(now))
    .bind(confirmed_at)
    .fetch_optional(conn)
    .await?;
    row.map(|r| Ok(SubscriberId(r.try_get("id")?))).transpose()
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
pub(super) async fn clear_hard_bounces(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut sql =
        Sql::new("UPDATE subscribers SET hard_bounces = 0 WHERE hard_bounces > 0 AND id IN ");
    sql.bind_list(ids);
    sql.query().execute(conn).await?;
    Ok(())
}

/// Which subscribers a listing shows: part of the address, a status, a newsletter they are on.
#[derive(Debug, Clone, Default)]
pub struct SubscriberFilter {
    /// Matched anywhere in the address, ignoring case; `%` and `_` are taken literally.
    pub address_contains: Option<String>,
    pub status: Option<SubscriberStatus>,
    pub newsletter: Option<gazette_domain::NewsletterId>,
}

impl SubscriberFilter {
    /// `WHERE …` for `subscribers u`, binding the filter's values.
    fn push_where(&self, sql: &mut Sql) {
        sql.push(" WHERE 1 = 1");
        if let Some(part) = self.address_contains.as_deref().filter(|p| !p.is_empty()) {
            let escaped = part
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            sql.push(" AND LOWER(u.email) LIKE ")
                .bind(Value::Text(format!("%{escaped}%")))
                .push(" ESCAPE '\\'");
        }
        if let Some(status) = self.status {
            sql.push(" AND u.status = ")
                .bind(Value::Text(status.as_str().into()));
        }
        if let Some(n) = self.newsletter {
            sql.push(" AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.subscriber_id = u.id AND s.newsletter_id = ")
                .bind(Value::Int(n.0))
                .push(")");
        }
    }
}

/// One page of the subscribers `filter` finds, by address, with how many it finds in all.
pub async fn list_subscribers(
    conn: &mut AnyConnection,
    filter: &SubscriberFilter,
    limit: u32,
    offset: u64,
) -> Result<(Vec<Subscriber>, u64), StoreError> {
    let mut count = Sql::new("SELECT COUNT(*) AS n FROM subscribers u");
    filter.push_where(&mut count);
    let total = count.query().fetch_one(&mut *conn).await?;
    let total = total.try_get::<i64, _>("n")? as u64;
    let columns = SUBSCRIBER_COLUMNS
        .split(", ")
        .map(|c| format!("u.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut sql = Sql::new(&format!("SELECT {columns} FROM subscribers u"));
    filter.push_where(&mut sql);
    sql.push(" ORDER BY u.email LIMIT ")
        .bind(Value::Int(i64::from(limit)))
        .push(" OFFSET ")
        .bind(Value::Int(i64::try_from(offset).unwrap_or(i64::MAX)));
    let rows = sql.query().fetch_all(conn).await?;
    let list = rows.iter().map(subscriber_row).collect::<Result<_, _>>()?;
    Ok((list, total))
}

/// The language editions a newsletter's confirmed subscribers receive.
pub async fn subscriber_languages(
    conn: &mut AnyConnection,
    newsletter: gazette_domain::NewsletterId,
) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT u.language FROM subscribers u JOIN subscriptions s ON s.subscriber_id = u.id \
         WHERE s.newsletter_id = $1 AND s.confirmed = 1 AND u.status = 'confirmed' ORDER BY u.language",
    )
    .bind(newsletter.0)
    .fetch_all(conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("language")?)).collect()
}

//! Newsletters, subscribers, subscriptions, editions and deliveries.
//!
//! A delivery row per (edition, subscriber) is the record that makes sending exactly-once: it is
//! written for every recipient when the edition starts, moved to `sending` before its message is
//! handed to the SMTP server and to `sent` when the server accepts it. Addresses are personal
//! data: nothing here logs them.
//!
//! Each table's queries are in their own module (`subscribers`, `subscriptions`, `editions`,
//! `deliveries`; the newsletters themselves are here) and are all reached as
//! `newsletters::…`.

mod deliveries;
mod editions;
mod subscribers;
mod subscriptions;

pub use deliveries::*;
pub use editions::*;
pub use subscribers::*;
pub use subscriptions::*;

use gazette_domain::{Cadence, Newsletter, NewsletterId, Slug, ValidNewsletter};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::sql::{Sql, Value};
use crate::{StoreError, to_millis};

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

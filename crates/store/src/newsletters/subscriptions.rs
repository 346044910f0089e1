//! Which newsletters each subscriber is on, and whether they confirmed.

use gazette_domain::{NewsletterId, SubscriberId};
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::sql::{Sql, Value};
use crate::{StoreError, to_millis};

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

/// The subscriptions of each of `subscribers`: (subscriber, newsletter, confirmed).
pub async fn subscriptions_of(
    conn: &mut AnyConnection,
    subscribers: &[SubscriberId],
) -> Result<Vec<(SubscriberId, NewsletterId, bool)>, StoreError> {
    let mut sql = Sql::new(
        "SELECT subscriber_id, newsletter_id, confirmed FROM subscriptions WHERE subscriber_id IN ",
    );
    sql.bind_list(&subscribers.iter().map(|s| s.0).collect::<Vec<_>>());
    sql.push(" ORDER BY subscriber_id, newsletter_id");
    let rows = sql.query().fetch_all(conn).await?;
    rows.iter()
        .map(|r| {
            Ok((
                SubscriberId(r.try_get("subscriber_id")?),
                NewsletterId(r.try_get("newsletter_id")?),
                r.try_get::<i64, _>("confirmed")? != 0,
            ))
        })
        .collect()
}

//! Partner feeds, the items they listed, and the record of every partner article imported.

use gazette_domain::{ArticleId, FeedId, SourceId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::{StoreError, from_millis, to_millis};

// --- feeds -----------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    pub id: FeedId,
    pub source_id: SourceId,
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub polled_at: Option<OffsetDateTime>,
    pub last_error: Option<String>,
}

const FEED_COLUMNS: &str = "id, source_id, url, etag, last_modified, polled_at, last_error";

fn feed(row: &AnyRow) -> Result<Feed, StoreError> {
    Ok(Feed {
        id: FeedId(row.try_get("id")?),
        source_id: SourceId(row.try_get("source_id")?),
        url: row.try_get("url")?,
        etag: row.try_get("etag")?,
        last_modified: row.try_get("last_modified")?,
        polled_at: row.try_get::<Option<i64>, _>("polled_at")?.map(from_millis),
        last_error: row.try_get("last_error")?,
    })
}

pub async fn insert_feed(
    conn: &mut AnyConnection,
    source: SourceId,
    url: &str,
    now: OffsetDateTime,
) -> Result<FeedId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO source_feeds (source_id, url, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(source.0)
    .bind(url)
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(FeedId(row.try_get("id")?))
}

pub async fn feed_by_id(conn: &mut AnyConnection, id: FeedId) -> Result<Option<Feed>, StoreError> {
    let sql = format!("SELECT {FEED_COLUMNS} FROM source_feeds WHERE id = $1");
    let row = sqlx::query(&sql).bind(id.0).fetch_optional(conn).await?;
    row.as_ref().map(feed).transpose()
}

pub async fn feeds_of(conn: &mut AnyConnection, source: SourceId) -> Result<Vec<Feed>, StoreError> {
    let sql = format!("SELECT {FEED_COLUMNS} FROM source_feeds WHERE source_id = $1 ORDER BY id");
    let rows = sqlx::query(&sql).bind(source.0).fetch_all(conn).await?;
    rows.iter().map(feed).collect()
}

pub async fn delete_feed(conn: &mut AnyConnection, id: FeedId) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM source_feeds WHERE id = $1")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Records a poll: its time, the validators to send next time (kept when `validators` is
/// `None`, as after a 304 or an error), and its error if it failed.
pub async fn record_poll(
    conn: &mut AnyConnection,
    id: FeedId,
    validators: Option<(Option<&str>, Option<&str>)>,
    error: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    match validators {
        Some((etag, last_modified)) => {
            sqlx::query("UPDATE source_feeds SET etag = $1, last_modified = $2, polled_at = $3, last_error = $4 WHERE id = $5")
                .bind(etag)
                .bind(last_modified)
                .bind(to_millis(now))
                .bind(error)
                .bind(id.0)
                .execute(conn)
                .await?
        }
        None => {
            sqlx::query("UPDATE source_feeds SET polled_at = $1, last_error = $2 WHERE id = $3")
                .bind(to_millis(now))
                .bind(error)
                .bind(id.0)
                .execute(conn)
                .await?
        }
    };
    Ok(())
}

/// The stamp a feed last gave `guid`, if the item was seen before.
pub async fn seen_item(
    conn: &mut AnyConnection,
    feed: FeedId,
    guid: &str,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT stamp FROM feed_items WHERE feed_id = $1 AND guid = $2")
        .bind(feed.0)
        .bind(guid)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.try_get("stamp")).transpose()?)
}

pub async fn mark_item_seen(
    conn: &mut AnyConnection,
    feed: FeedId,
    guid: &str,
    stamp: &str,
    syndicated: Option<i64>,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO feed_items (feed_id, guid, stamp, syndicated_id, seen_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (feed_id, guid) DO UPDATE SET stamp = excluded.stamp, \
         syndicated_id = COALESCE(excluded.syndicated_id, feed_items.syndicated_id), seen_at = excluded.seen_at",
    )
    .bind(feed.0)
    .bind(guid)
    .bind(stamp)
    .bind(syndicated)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

// --- imported partner articles ---------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SyndicatedState {
    /// From a feed, waiting for an editor.
    Review,
    /// Imported by an editor, accepted from the queue, or published from a trusted feed.
    Accepted,
    /// Turned down; later polls leave it alone.
    Rejected,
}

impl SyndicatedState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Review => "review",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        match raw {
            "review" => Some(Self::Review),
            "accepted" => Some(Self::Accepted),
            "rejected" => Some(Self::Rejected),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Syndicated {
    pub id: i64,
    pub source_id: SourceId,
    pub feed_id: Option<FeedId>,
    pub canonical_url: String,
    pub content_hash: String,
    pub article_id: Option<ArticleId>,
    pub article_revision: Option<i64>,
    pub state: SyndicatedState,
    pub original_changed: bool,
    pub fetched_at: OffsetDateTime,
    pub created_at: OffsetDateTime,
}

const SYNDICATED_COLUMNS: &str = "id, source_id, feed_id, canonical_url, content_hash, article_id, article_revision, \
     state, original_changed, fetched_at, created_at";

fn syndicated(row: &AnyRow) -> Result<Syndicated, StoreError> {
    let state: String = row.try_get("state")?;
    Ok(Syndicated {
        id: row.try_get("id")?,
        source_id: SourceId(row.try_get("source_id")?),
        feed_id: row.try_get::<Option<i64>, _>("feed_id")?.map(FeedId),
        canonical_url: row.try_get("canonical_url")?,
        content_hash: row.try_get("content_hash")?,
        article_id: row.try_get::<Option<i64>, _>("article_id")?.map(ArticleId),
        article_revision: row.try_get("article_revision")?,
        state: SyndicatedState::parse(&state)
            .ok_or_else(|| StoreError::BadRow(format!("syndicated state {state:?}")))?,
        original_changed: row.try_get::<i64, _>("original_changed")? != 0,
        fetched_at: from_millis(row.try_get("fetched_at")?),
        created_at: from_millis(row.try_get("created_at")?),
    })
}

/// The record for this canonical URL or, failing that, for the same content from the same
/// source under another URL.
pub async fn find_syndicated(
    conn: &mut AnyConnection,
    canonical_url: &str,
    source: SourceId,
    content_hash: &str,
) -> Result<Option<Syndicated>, StoreError> {
    let sql = format!(
        "SELECT {SYNDICATED_COLUMNS} FROM syndicated \
         WHERE canonical_url = $1 OR (source_id = $2 AND content_hash = $3) \
         ORDER BY CASE WHEN canonical_url = $1 THEN 0 ELSE 1 END, id LIMIT 1"
    );
    let row = sqlx::query(&sql)
        .bind(canonical_url)
        .bind(source.0)
        .bind(content_hash)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(syndicated).transpose()
}

pub async fn syndicated_by_id(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<Syndicated>, StoreError> {
    let sql = format!("SELECT {SYNDICATED_COLUMNS} FROM syndicated WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(syndicated).transpose()
}

pub struct NewSyndicated<'a> {
    pub source_id: SourceId,
    pub feed_id: Option<FeedId>,
    pub canonical_url: &'a str,
    pub content_hash: &'a str,
    pub article_id: ArticleId,
    pub article_revision: i64,
    pub state: SyndicatedState,
}

pub async fn insert_syndicated(
    conn: &mut AnyConnection,
    new: &NewSyndicated<'_>,
    now: OffsetDateTime,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO syndicated (source_id, feed_id, canonical_url, content_hash, article_id, article_revision, state, \
         original_changed, fetched_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $8) RETURNING id",
    )
    .bind(new.source_id.0)
    .bind(new.feed_id.map(|f| f.0))
    .bind(new.canonical_url)
    .bind(new.content_hash)
    .bind(new.article_id.0)
    .bind(new.article_revision)
    .bind(new.state.as_str())
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// After a fetch of the original: the hash it had, the article and revision it now maps to,
/// and whether the editor should look at a change that was not applied.
pub async fn update_syndicated(
    conn: &mut AnyConnection,
    id: i64,
    content_hash: &str,
    article: Option<(ArticleId, i64)>,
    original_changed: bool,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE syndicated SET content_hash = $1, article_id = $2, article_revision = $3, original_changed = $4, \
         fetched_at = $5 WHERE id = $6",
    )
    .bind(content_hash)
    .bind(article.map(|a| a.0.0))
    .bind(article.map(|a| a.1))
    .bind(i64::from(original_changed))
    .bind(to_millis(now))
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_syndicated_state(
    conn: &mut AnyConnection,
    id: i64,
    state: SyndicatedState,
    article_revision: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE syndicated SET state = $1, article_revision = COALESCE($2, article_revision) WHERE id = $3",
    )
    .bind(state.as_str())
    .bind(article_revision)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn clear_original_changed(conn: &mut AnyConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE syndicated SET original_changed = 0 WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records waiting for an editor: those in review, and any whose original changed, newest first.
pub async fn review_queue(
    conn: &mut AnyConnection,
    limit: u32,
) -> Result<Vec<Syndicated>, StoreError> {
    newest(conn, "state = 'review' OR original_changed = 1", limit).await
}

/// The latest imports in any state, newest first.
pub async fn latest(conn: &mut AnyConnection, limit: u32) -> Result<Vec<Syndicated>, StoreError> {
    newest(conn, "1 = 1", limit).await
}

async fn newest(
    conn: &mut AnyConnection,
    condition: &str,
    limit: u32,
) -> Result<Vec<Syndicated>, StoreError> {
    let sql = format!(
        "SELECT {SYNDICATED_COLUMNS} FROM syndicated WHERE {condition} \
         ORDER BY created_at DESC, id DESC LIMIT $1"
    );
    let rows = sqlx::query(&sql)
        .bind(i64::from(limit))
        .fetch_all(conn)
        .await?;
    rows.iter().map(syndicated).collect()
}

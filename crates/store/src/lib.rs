//! Gazette's storage: one [`Store`] over SQLite (the embedded default) or PostgreSQL (for several
//! servers sharing one database), chosen at run time from the database URL.
//!
//! Both backends run the same SQL through sqlx's `Any` driver; the few places where the dialects
//! differ (claiming jobs, change notifications) branch on [`Backend`]. Instants are stored as Unix
//! milliseconds and flags as 0/1 so that rows decode the same way on both. Migrations live in
//! `migrations/{sqlite,postgres}/` with the same versions. This crate knows nothing of HTML.

pub mod articles;
pub mod backup;
pub mod changes;
mod error;
pub mod imports;
pub mod jobs;
pub mod media;
pub mod newsletters;
pub mod password_resets;
pub mod rate_limits;
pub mod site_texts;
mod sql;
pub mod stats;
pub mod syndication;
pub mod taxonomy;
pub mod translations;
pub mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyConnection, AnyPool, Executor, Row};
use time::OffsetDateTime;

pub use articles::{ArticleFilter, ArticleOrder, ArticleWrite, Page};
pub use error::StoreError;
pub use jobs::{Job, JobStatus, JobSummary, NewJob};
pub use sqlx::AnyConnection as Conn;

/// A transaction; every change a service makes happens inside one.
pub type Tx = sqlx::Transaction<'static, Any>;

/// The channel PostgreSQL carries cache-invalidation tags on, between `gazette serve` processes.
pub const CHANGES_CHANNEL: &str = "gazette_changes";

/// The advisory lock key that orders change-log entries on PostgreSQL ("gazette" in ASCII).
const CHANGE_LOG_LOCK: i64 = 0x0067_617a_6574_7465;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// How a [`Store`] opens its connections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolSettings {
    /// Connections in the pool (PostgreSQL; SQLite keeps one writer and eight readers).
    pub max_connections: u32,
    /// How long taking a connection may wait before it fails.
    pub acquire_timeout: Duration,
    /// The name PostgreSQL shows for these connections (`pg_stat_activity.application_name`);
    /// empty: "gazette".
    pub application_name: String,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(10),
            application_name: String::new(),
        }
    }
}

/// A pool's connections now, for metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUse {
    /// `read` or `write` (on PostgreSQL one pool serves both and is reported as `write`).
    pub pool: &'static str,
    pub size: u32,
    pub idle: u32,
    pub max: u32,
}

/// The database: a pool for reads and one for writes. On SQLite the write pool holds a single
/// connection, so writers queue in-process instead of failing with `SQLITE_BUSY`.
#[derive(Clone, Debug)]
pub struct Store {
    read: AnyPool,
    write: AnyPool,
    backend: Backend,
    url: String,
}

impl Store {
    /// Opens (and for SQLite, creates) the database at `url`: `sqlite:///path/to/file.db` or
    /// `postgres://user@host/db`, with the default pool.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, &PoolSettings::default()).await
    }

    /// Like [`Store::connect`], with the pool's size, wait and name given.
    pub async fn connect_with(url: &str, pool: &PoolSettings) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(redact(url)));
        };
        let store = match backend {
            Backend::Sqlite => {
                let url = sqlite_url(url);
                let write = sqlite_pool(&url, 1).await?;
                // The journal mode is a property of the file: set once, before readers open it.
                sqlx::query("PRAGMA journal_mode = WAL")
                    .execute(&write)
                    .await?;
                let read = sqlite_pool(&url, 8).await?;
                Self {
                    read,
                    write,
                    backend,
                    url,
                }
            }
            Backend::Postgres => {
                let url = with_application_name(url, &pool.application_name);
                let pool = AnyPoolOptions::new()
                    .max_connections(pool.max_connections.max(1))
                    .acquire_timeout(pool.acquire_timeout)
                    .connect(&url)
                    .await?;
                Self {
                    read: pool.clone(),
                    write: pool,
                    backend,
                    url,
                }
            }
        };
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pools' connections now: opened, idle, and the most allowed.
    pub fn pool_use(&self) -> Vec<PoolUse> {
        let of = |name, pool: &AnyPool| PoolUse {
            pool: name,
            size: pool.size(),
            idle: u32::try_from(pool.num_idle()).unwrap_or(u32::MAX),
            max: pool.options().get_max_connections(),
        };
        match self.backend {
            Backend::Sqlite => vec![of("read", &self.read), of("write", &self.write)],
            Backend::Postgres => vec![of("write", &self.write)],
        }
    }

    /// The URL this store was opened with (for a change listener on PostgreSQL), with its
    /// `application_name`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Applies the migrations of this backend that have not run yet.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.write)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.write)
                    .await?
            }
        }
        Ok(())
    }

    /// The migration versions each backend knows, to check that both dialects stay in step.
    pub fn migration_versions() -> (Vec<i64>, Vec<i64>) {
        let versions = |m: sqlx::migrate::Migrator| m.iter().map(|m| m.version).collect();
        (
            versions(sqlx::migrate!("./migrations/sqlite")),
            versions(sqlx::migrate!("./migrations/postgres")),
        )
    }

    /// The migration versions this binary carries for its backend, in order.
    pub fn known_migrations(&self) -> Vec<i64> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        migrator.iter().map(|m| m.version).collect()
    }

    /// The migration versions the database has applied, in order: one short query, which is
    /// also how readiness learns that the database answers.
    pub async fn applied_migrations(&self) -> Result<Vec<i64>, StoreError> {
        let versions = sqlx::query_scalar::<_, i64>(
            "SELECT version FROM _sqlx_migrations WHERE success = TRUE ORDER BY version",
        )
        .fetch_all(&self.read)
        .await?;
        Ok(versions)
    }

    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(self.write.begin().await?)
    }

    /// A connection for reading outside any transaction.
    pub async fn reader(&self) -> Result<sqlx::pool::PoolConnection<Any>, StoreError> {
        Ok(self.read.acquire().await?)
    }

    /// Records `tags` in the change log inside `tx`, and on PostgreSQL tells listening
    /// processes when `tx` commits. Returns the entry's number.
    ///
    /// On PostgreSQL a transaction-level advisory lock is taken first, so entries are numbered
    /// in commit order (a reader that sees entry n has every entry before it). Call this last
    /// in the transaction: the lock is held until it commits.
    pub async fn record_changes(
        &self,
        tx: &mut AnyConnection,
        tags: &[String],
        now: OffsetDateTime,
    ) -> Result<i64, StoreError> {
        let joined = tags.join(" ");
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(CHANGE_LOG_LOCK)
                .execute(&mut *tx)
                .await?;
        }
        let id: i64 =
            sqlx::query("INSERT INTO change_log (tags, recorded_at) VALUES ($1, $2) RETURNING id")
                .bind(&joined)
                .bind(to_millis(now))
                .fetch_one(&mut *tx)
                .await?
                .try_get("id")?;
        if self.backend == Backend::Postgres {
            // NOTIFY payloads are limited to 8000 bytes; listeners read the log anyway, the
            // payload only wakes them (and tells an older version what changed).
            let payload = if joined.len() > 7000 {
                "*".into()
            } else {
                joined
            };
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANGES_CHANNEL)
                .bind(payload)
                .execute(&mut *tx)
                .await?;
        }
        Ok(id)
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

fn sqlite_url(url: &str) -> String {
    if url.contains('?') {
        url.to_owned()
    } else {
        format!("{url}?mode=rwc")
    }
}

async fn sqlite_pool(url: &str, max: u32) -> Result<AnyPool, StoreError> {
    // Fail early with a clear message when the URL is malformed.
    sqlx::sqlite::SqliteConnectOptions::from_str(url)?;
    Ok(AnyPoolOptions::new()
        .max_connections(max)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;").await?;
                Ok(())
            })
        })
        .connect(url)
        .await?)
}

/// `url` with `application_name` set (unless the operator's URL sets one), so that
/// `pg_stat_activity` tells which process holds each connection.
fn with_application_name(url: &str, name: &str) -> String {
    if url.contains("application_name=") {
        return url.to_owned();
    }
    let name = if name.is_empty() { "gazette" } else { name };
    // Percent-encode everything but unreserved characters: the name goes into a query string.
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}application_name={encoded}")
}

/// Hides the password in a database URL before it is shown anywhere.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

pub(crate) fn to_millis(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

pub(crate) fn from_millis(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .expect("stored instants are in range")
}

pub mod settings {
    //! The single row of site settings, kept as JSON so new settings need no migration.
    use gazette_domain::SiteSettings;
    use sqlx::{AnyConnection, Row};

    use crate::StoreError;

    pub async fn get(conn: &mut AnyConnection) -> Result<SiteSettings, StoreError> {
        let row = sqlx::query("SELECT json FROM site_settings WHERE id = 1")
            .fetch_optional(conn)
            .await?;
        match row {
            Some(row) => Ok(serde_json::from_str(&row.try_get::<String, _>("json")?)?),
            None => Ok(SiteSettings::default()),
        }
    }

    pub async fn put(conn: &mut AnyConnection, settings: &SiteSettings) -> Result<(), StoreError> {
        let json = serde_json::to_string(settings)?;
        sqlx::query("INSERT INTO site_settings (id, json) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET json = excluded.json")
            .bind(json)
            .execute(conn)
            .await?;
        Ok(())
    }
}

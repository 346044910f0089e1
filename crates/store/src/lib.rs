//! Gazette's storage: one [`Store`] over SQLite (the embedded default) or PostgreSQL (for several
//! servers sharing one database), chosen at run time from the database URL.
//!
//! Both backends run the same SQL through sqlx's `Any` driver; the few places where the dialects
//! differ (claiming jobs, change notifications) branch on [`Backend`]. Instants are stored as Unix
//! milliseconds and flags as 0/1 so that rows decode the same way on both. Migrations live in
//! `migrations/{sqlite,postgres}/` with the same versions. This crate knows nothing of HTML.

pub mod articles;
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
use sqlx::{Any, AnyConnection, AnyPool, Executor};
use time::OffsetDateTime;

pub use articles::{ArticleFilter, ArticleOrder, ArticleWrite, Page};
pub use error::StoreError;
pub use jobs::{Job, JobStatus, JobSummary, NewJob};
pub use sqlx::AnyConnection as Conn;

/// A transaction; every change a service makes happens inside one.
pub type Tx = sqlx::Transaction<'static, Any>;

/// The channel PostgreSQL carries cache-invalidation tags on, between `gazette serve` processes.
pub const CHANGES_CHANNEL: &str = "gazette_changes";

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

    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(self.write.begin().await?)
    }

    /// A connection for reading outside any transaction.
    pub async fn reader(&self) -> Result<sqlx::pool::PoolConnection<Any>, StoreError> {
        Ok(self.read.acquire().await?)
    }

    /// Tells other processes, when `tx` commits, which cached pages its change made stale.
    /// On SQLite there are no other processes to tell.
    pub async fn notify_changes(
        &self,
        tx: &mut AnyConnection,
        tags: &[String],
    ) -> Result<(), StoreError> {
        if self.backend == Backend::Postgres && !tags.is_empty() {
            let mut payload = tags.join(" ");
            // NOTIFY payloads are limited to 8000 bytes; past that, everything is stale.
            if payload.len() > 7000 {
                payload = "*".into();
            }
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANGES_CHANNEL)
                .bind(payload)
                .execute(&mut *tx)
                .await?;
        }
        Ok(())
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

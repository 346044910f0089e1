//! The plumbing every service shares: configuration, the store, the page cache and the theme,
//! mail and outbound fetches, the job queue's doorbell, and the commit that tells every process
//! which cached pages a change made stale.
//!
//! A service is a handle over `&Core` (and its own state, if it has any), made by the
//! [`service!`](crate::service) macro: `app.articles()` is `Articles { core }`. Services reach
//! each other by making the other's handle from the same core, never through [`crate::App`].

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use gazette_domain::JobId;
use gazette_render::{CacheTag, PageCache, Theme};
use gazette_store::Store;
use sqlx::AnyConnection;
use time::OffsetDateTime;

use crate::config::Config;
use crate::jobs::{JobKind, MAX_ATTEMPTS};
use crate::{AppResult, now};

/// Shared plumbing, one per process (inside [`crate::App`]).
pub struct Core {
    pub(crate) config: Config,
    store: Store,
    theme: Theme,
    admin_views: gazette_render::AdminViews,
    cache: PageCache,
    base_url: OnceLock<String>,
    jobs_wakeup: tokio::sync::Notify,
    /// Whether this process can be sure it has applied every change made elsewhere: on
    /// PostgreSQL while its listener is connected (and it has caught up since), always on SQLite.
    following: AtomicBool,
    /// Where this process stands in the change log (see [`crate::changes`]).
    pub(crate) changes: crate::changes::ChangeFollower,
    /// The search index, once `start_search` opened it: commits tell it what to refresh.
    pub(crate) search: OnceLock<crate::search::IndexHandle>,
    mailer: gazette_mail::Mailer,
    /// Outbound fetches of partner pages and feeds, under the SSRF guard.
    fetcher: gazette_ingest::fetch::Fetcher,
    /// Set once the process is stopping: long jobs stop at their next safe point.
    shutdown: tokio::sync::watch::Sender<bool>,
    /// Who the reader is behind proxies (`client_ip_header`, `trusted_proxies`).
    client_addresses: crate::client_address::ClientAddressPolicy,
    /// The languages the site has published translations in, kept between changes.
    pub(crate) published_languages: crate::views::PublishedLanguages,
    /// Request, cache and queue figures for Prometheus.
    metrics: crate::metrics::Metrics,
    /// Public addresses recently found to lead nowhere, and the error pages (see
    /// [`crate::public::not_found`]); emptied by every change, here or announced by another process.
    pub(crate) not_found: crate::public::not_found::NotFoundCache,
}

/// Defines a service handle: a `Copy` struct over `&Core` (plus the named state), which derefs
/// to the core so a service reads `self.store()`, `self.commit(…)` and `self.config()`.
#[macro_export]
#[doc(hidden)]
macro_rules! service {
    ($(#[$doc:meta])* $name:ident) => {
        $crate::service!(@define $(#[$doc])* $name);

        impl<'a> $name<'a> {
            /// This service over `core`, for another service that needs it.
            #[allow(dead_code, reason = "not every service is needed by another")]
            pub(crate) fn of(core: &'a $crate::core::Core) -> Self {
                Self { core }
            }
        }
    };
    ($(#[$doc:meta])* $name:ident $(, $field:ident: $state:ty)+) => {
        $crate::service!(@define $(#[$doc])* $name $(, $field: $state)+);
    };
    (@define $(#[$doc:meta])* $name:ident $(, $field:ident: $state:ty)*) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name<'a> {
            pub(crate) core: &'a $crate::core::Core,
            $(pub(crate) $field: &'a $state,)*
        }

        impl ::std::ops::Deref for $name<'_> {
            type Target = $crate::core::Core;
            fn deref(&self) -> &$crate::core::Core {
                self.core
            }
        }
    };
}

impl Core {
    pub(crate) fn new(config: Config, store: Store, parts: CoreParts) -> Self {
        let following = store.backend() == gazette_store::Backend::Sqlite;
        Self {
            config,
            store,
            theme: parts.theme,
            admin_views: parts.admin_views,
            cache: parts.cache,
            base_url: OnceLock::new(),
            jobs_wakeup: tokio::sync::Notify::new(),
            following: AtomicBool::new(following),
            changes: crate::changes::ChangeFollower::default(),
            search: OnceLock::new(),
            mailer: parts.mailer,
            fetcher: parts.fetcher,
            shutdown: tokio::sync::watch::channel(false).0,
            client_addresses: parts.client_addresses,
            published_languages: crate::views::PublishedLanguages::default(),
            metrics: crate::metrics::Metrics::new(),
            not_found: crate::public::not_found::NotFoundCache::new(),
        }
    }

    pub fn metrics(&self) -> &crate::metrics::Metrics {
        &self.metrics
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn admin_views(&self) -> &gazette_render::AdminViews {
        &self.admin_views
    }

    pub fn cache(&self) -> &PageCache {
        &self.cache
    }

    pub fn mailer(&self) -> &gazette_mail::Mailer {
        &self.mailer
    }

    pub fn fetcher(&self) -> &gazette_ingest::fetch::Fetcher {
        &self.fetcher
    }

    /// Fixes the public base URL once the listening address is known (port 0 picks one).
    pub fn set_listen_addr(&self, addr: std::net::SocketAddr) {
        let url = if self.config.base_url.is_empty() {
            format!("http://{addr}")
        } else {
            self.config.base_url.trim_end_matches('/').to_owned()
        };
        let _ = self.base_url.set(url);
    }

    pub fn base_url(&self) -> &str {
        self.base_url
            .get()
            .map(String::as_str)
            .unwrap_or("http://localhost")
    }

    /// The reader's address, from the connection's and the proxy header's (see
    /// [`crate::client_address`]); `header` looks a request header up by its lower-case name.
    pub fn client_address(
        &self,
        peer: std::net::IpAddr,
        header: impl FnOnce(&str) -> Option<String>,
    ) -> std::net::IpAddr {
        let policy = &self.client_addresses;
        let value = policy.header().and_then(header);
        policy.client(peer, value.as_deref())
    }

    /// Whether responses carry Strict-Transport-Security: the site is served over https and
    /// `hsts` is not turned off.
    pub fn sends_hsts(&self) -> bool {
        self.config.hsts && self.base_url().starts_with("https://")
    }

    /// Drops cached pages carrying any of `tags` in this process, and has the search index
    /// refresh the articles they name.
    pub fn invalidate_local(&self, tags: &[CacheTag]) {
        crate::search::reindex_tagged(self, tags);
        self.published_languages.forget();
        // Any change may make a missing address answer (an article published at it, a region
        // renamed to it) or change the error page (navigation, settings): keeping track of which
        // would cost more than the few seconds of 404s it saves.
        if !tags.is_empty() {
            self.not_found.clear();
        }
        if tags.contains(&CacheTag::Everything) {
            self.cache.clear();
        } else {
            self.cache.invalidate(tags);
        }
    }

    /// Records, inside `tx`, that `tags` changed: the change log gets an entry and other
    /// processes hear of it when `tx` commits. Call it last in the transaction (on PostgreSQL it
    /// holds the log's lock until commit). Returns the entry's number, or `None` for no tags.
    pub(crate) async fn announce(
        &self,
        tx: &mut AnyConnection,
        tags: &[CacheTag],
    ) -> AppResult<Option<i64>> {
        if tags.is_empty() {
            return Ok(None);
        }
        let names: Vec<String> = tags.iter().map(CacheTag::to_string).collect();
        let id = self.store.record_changes(tx, &names, now()).await?;
        // This process applies its own change at commit; catching up skips it.
        self.changes.note_own(id);
        Ok(Some(id))
    }

    /// Commits `tx` and drops the stale pages here; other processes drop theirs when they read
    /// the change log (woken by the notification).
    pub(crate) async fn commit(
        &self,
        mut tx: gazette_store::Tx,
        tags: Vec<CacheTag>,
    ) -> AppResult<()> {
        let pinging = crate::public::websub::enqueue_pings(self, &mut tx, &tags).await?;
        let refreshing =
            crate::translations::enqueue_site_texts_refresh(self, &mut tx, &tags).await?;
        self.announce(&mut tx, &tags).await?;
        tx.commit().await?;
        self.invalidate_local(&tags);
        if pinging || refreshing {
            self.wake_jobs();
        }
        Ok(())
    }

    /// Whether this process can be sure its cached pages are current: on PostgreSQL while
    /// [`crate::App::follow_changes`] is listening and has caught up with the change log; on
    /// SQLite always. Pages served while it is false are marked stale.
    pub fn is_following_changes(&self) -> bool {
        self.following.load(Ordering::Acquire)
    }

    pub(crate) fn set_following(&self, following: bool) {
        self.following.store(following, Ordering::Release);
    }

    // --- the job queue ---------------------------------------------------------------------

    pub async fn enqueue(&self, job: JobKind, run_at: OffsetDateTime) -> AppResult<JobId> {
        let mut tx = self.store().begin().await?;
        let id = self.enqueue_in(&mut tx, job, run_at).await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(id)
    }

    /// Enqueues `job` inside the caller's transaction, so the work and the change that asks for
    /// it commit together. The caller wakes the runner after commit.
    pub(crate) async fn enqueue_in(
        &self,
        conn: &mut AnyConnection,
        job: JobKind,
        run_at: OffsetDateTime,
    ) -> AppResult<JobId> {
        let (kind, payload) = crate::jobs::encode(&job);
        let new = gazette_store::NewJob {
            kind,
            payload,
            unique_key: job.unique_key(),
            run_at,
            max_attempts: MAX_ATTEMPTS,
        };
        Ok(gazette_store::jobs::enqueue(conn, &new, now()).await?)
    }

    pub(crate) fn wake_jobs(&self) {
        self.jobs_wakeup.notify_one();
    }

    pub(crate) async fn jobs_rung(&self) {
        self.jobs_wakeup.notified().await;
    }

    /// Asks long jobs to stop at their next safe point and the runner to take no new job.
    /// A newsletter send finishes the messages in flight, records them and re-enqueues the rest.
    /// In `serve` this starts the drain: from now on the process is not ready (`app.health()`)
    /// and every response asks its client to close the connection.
    pub fn shut_down(&self) {
        let _ = self.shutdown.send(true);
        self.wake_jobs();
    }

    /// Whether [`Core::shut_down`] was called.
    pub fn is_shutting_down(&self) -> bool {
        *self.shutdown.borrow()
    }

    pub(crate) fn shutdown_signal(&self) -> tokio::sync::watch::Receiver<bool> {
        self.shutdown.subscribe()
    }
}

/// What [`Core::new`] is made of besides the configuration and the store.
pub(crate) struct CoreParts {
    pub theme: Theme,
    pub admin_views: gazette_render::AdminViews,
    pub cache: PageCache,
    pub mailer: gazette_mail::Mailer,
    pub fetcher: gazette_ingest::fetch::Fetcher,
    pub client_addresses: crate::client_address::ClientAddressPolicy,
}

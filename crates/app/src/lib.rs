//! Gazette's application services: what the public site, the Admin API, the CLI and the
//! background jobs all call, so that they cannot disagree.
//!
//! Services own transactions, enqueue jobs and decide which cached pages a change makes stale
//! (and tell other processes through the store). The rules on single values live in
//! `gazette-domain`; SQL lives in `gazette-store`; templates in `gazette-render`. This crate knows
//! nothing of HTTP.

pub mod client_address;
pub mod config;
pub mod demo;
mod discovery;
mod error;
pub mod jobs;
pub mod media;
mod newsletters;
mod pages;
mod rate_limit;
mod search;
mod services;
pub mod sharing;
mod site_import;
mod syndication;
mod taxonomies;
pub mod translations;
mod websub;

use std::sync::{Arc, OnceLock};

use gazette_render::{PageCache, Theme};
use gazette_store::Store;
use sqlx::AnyConnection;

pub use config::Config;
pub use discovery::FeedFormat;
pub use error::{AppError, AppResult};
pub use gazette_ingest::fetch::FetchError;
pub use gazette_search::{SearchQuery, SearchResults};
pub use newsletters::{
    EditionOverview, ImportSummary, NewsletterOverview, Preferences, SubscribeForm,
    SubscribeOutcome, SubscribeRequest,
};
pub use pages::{ListingKind, PageRoute};
pub use search::SearchParams;
pub use services::articles::{Actor, ArticleQuery};
pub use services::sessions::{Session, random_token};
pub use services::users::{ApiToken, NewUser};
pub use site_import::{
    Counts, Failure, Mapping, SiteImportError, SiteImportOptions, SiteImportSummary,
};
pub use syndication::{FeedOverview, ImportOutcome, Imported, PollSummary, QueueEntry};
pub use taxonomies::Taxonomies;

/// The running application: one per process, cheap to clone.
#[derive(Clone)]
pub struct App(Arc<Inner>);

struct Inner {
    config: Config,
    store: Store,
    theme: Theme,
    admin_views: gazette_render::AdminViews,
    cache: PageCache,
    base_url: OnceLock<String>,
    jobs_wakeup: tokio::sync::Notify,
    /// Whether other processes' changes are being heard (always, on SQLite).
    following: std::sync::atomic::AtomicBool,
    /// The search index, once `start_search` opened it.
    search: OnceLock<search::Search>,
    mailer: gazette_mail::Mailer,
    /// Outbound fetches of partner pages and feeds, under the SSRF guard.
    fetcher: gazette_ingest::fetch::Fetcher,
    /// Set once the process is stopping: long jobs stop at their next safe point.
    shutdown: tokio::sync::watch::Sender<bool>,
    /// Subscribe requests per reader address in the last hour (this process's share).
    subscribe_limiter: rate_limit::RateLimiter,
    /// Who the reader is behind proxies (`client_ip_header`, `trusted_proxies`).
    client_addresses: client_address::ClientAddressPolicy,
    /// Sign-in attempts: per address limits and the cap on password hashes at once.
    sign_in_guard: services::sessions::SignInGuard,
    /// Where uploaded images live: `{data}/media` or the object store `[media]` names.
    media: Box<dyn media::MediaStorage>,
    /// The translation engines and which languages go through which.
    translator: gazette_translate::Router,
    /// Signs newsletter preferences and unsubscribe links.
    link_key: newsletters::links::LinkKey,
}

impl App {
    /// Opens the database (creating the data directory and SQLite file if needed), runs pending
    /// migrations and loads the theme.
    pub async fn open(config: Config) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&config.data).map_err(|e| {
            anyhow::anyhow!(
                "cannot create data directory {}: {e}",
                config.data.display()
            )
        })?;
        std::fs::create_dir_all(config.media_dir())?;
        let store = Store::connect(&config.database_url()).await?;
        store.migrate().await?;
        let link_key = newsletters::links::LinkKey::load(
            &config.newsletter.link_key,
            &config.data.join("newsletter-link.key"),
        )
        .map_err(anyhow::Error::msg)?;
        link_key
            .check_against(&mut *store.reader().await?)
            .await
            .map_err(anyhow::Error::msg)?;
        newsletters::links::hash_stored_secrets(&store).await?;
        let theme = Theme::new(config.theme_dir())?;
        let admin_views = gazette_render::AdminViews::new()?;
        let cache = PageCache::new(config.page_cache_entries);
        let mailer = gazette_mail::Mailer::new(&config.mail)?;
        let policy = config
            .syndication
            .fetch_policy()
            .map_err(|e| anyhow::anyhow!("[syndication] {e}"))?;
        let fetcher = gazette_ingest::fetch::Fetcher::new(policy)?;
        let media = media::storage_from_config(&config).map_err(anyhow::Error::msg)?;
        let translator = config
            .translation
            .router()
            .map_err(|e| anyhow::anyhow!("[translation] {e}"))?;
        let client_addresses = config.client_address_policy().map_err(anyhow::Error::msg)?;
        let store_is_sqlite = store.backend() == gazette_store::Backend::Sqlite;
        Ok(Self(Arc::new(Inner {
            store,
            theme,
            admin_views,
            cache,
            base_url: OnceLock::new(),
            jobs_wakeup: tokio::sync::Notify::new(),
            following: std::sync::atomic::AtomicBool::new(store_is_sqlite),
            search: OnceLock::new(),
            mailer,
            fetcher,
            shutdown: tokio::sync::watch::channel(false).0,
            subscribe_limiter: rate_limit::RateLimiter::new(
                config.newsletter.subscribe_per_ip_per_hour,
            ),
            client_addresses,
            sign_in_guard: services::sessions::SignInGuard::new(),
            media,
            translator,
            link_key,
            config,
        })))
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub(crate) fn translator(&self) -> &gazette_translate::Router {
        &self.0.translator
    }

    pub fn store(&self) -> &Store {
        &self.0.store
    }

    pub fn theme(&self) -> &Theme {
        &self.0.theme
    }

    pub fn admin_views(&self) -> &gazette_render::AdminViews {
        &self.0.admin_views
    }

    pub fn cache(&self) -> &PageCache {
        &self.0.cache
    }

    pub fn mailer(&self) -> &gazette_mail::Mailer {
        &self.0.mailer
    }

    pub fn fetcher(&self) -> &gazette_ingest::fetch::Fetcher {
        &self.0.fetcher
    }

    /// Fixes the public base URL once the listening address is known (port 0 picks one).
    pub fn set_listen_addr(&self, addr: std::net::SocketAddr) {
        let url = if self.0.config.base_url.is_empty() {
            format!("http://{addr}")
        } else {
            self.0.config.base_url.trim_end_matches('/').to_owned()
        };
        let _ = self.0.base_url.set(url);
    }

    /// The reader's address, from the connection's and the proxy header's (see
    /// [`client_address`]); `header` looks a request header up by its lower-case name.
    pub fn client_address(
        &self,
        peer: std::net::IpAddr,
        header: impl FnOnce(&str) -> Option<String>,
    ) -> std::net::IpAddr {
        let policy = &self.0.client_addresses;
        let value = policy.header().and_then(header);
        policy.client(peer, value.as_deref())
    }

    /// Whether responses carry Strict-Transport-Security: the site is served over https and
    /// `hsts` is not turned off.
    pub fn sends_hsts(&self) -> bool {
        self.0.config.hsts && self.base_url().starts_with("https://")
    }

    pub fn base_url(&self) -> &str {
        self.0
            .base_url
            .get()
            .map(String::as_str)
            .unwrap_or("http://localhost")
    }

    /// Drops cached pages carrying any of `tags` in this process, and has the search index
    /// refresh the articles they name.
    pub fn invalidate_local(&self, tags: &[String]) {
        self.reindex_tagged(tags);
        if tags.iter().any(|t| t == "*") {
            self.0.cache.clear();
        } else {
            self.0.cache.invalidate(tags);
        }
    }

    /// Records, inside `tx`, that `tags` changed: other processes hear it when `tx` commits.
    pub(crate) async fn announce(&self, tx: &mut AnyConnection, tags: &[String]) -> AppResult<()> {
        self.0.store.notify_changes(tx, tags).await?;
        Ok(())
    }

    /// Commits `tx` and drops the stale pages here; other processes drop theirs on the notification.
    pub(crate) async fn commit(
        &self,
        mut tx: gazette_store::Tx,
        tags: Vec<String>,
    ) -> AppResult<()> {
        self.announce(&mut tx, &tags).await?;
        let pinging = self.enqueue_websub(&mut tx, &tags).await?;
        tx.commit().await?;
        self.invalidate_local(&tags);
        if pinging {
            self.wake_jobs();
        }
        Ok(())
    }

    pub(crate) fn wake_jobs(&self) {
        self.0.jobs_wakeup.notify_one();
    }

    /// Whether this process hears other processes' changes: on PostgreSQL, once
    /// [`App::follow_changes`] is listening.
    pub fn is_following_changes(&self) -> bool {
        self.0.following.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Listens for other processes' changes (PostgreSQL only) and drops the pages they made
    /// stale. Runs until the process ends.
    pub async fn follow_changes(self) {
        if self.store().backend() != gazette_store::Backend::Postgres {
            return;
        }
        loop {
            match sqlx::postgres::PgListener::connect(self.store().url()).await {
                Ok(mut listener) => {
                    if let Err(err) = listener.listen(gazette_store::CHANGES_CHANNEL).await {
                        tracing::warn!(error = %err, "cannot listen for changes; retrying");
                    } else {
                        // Anything may have changed while we were not listening.
                        self.0.cache.clear();
                        self.0
                            .following
                            .store(true, std::sync::atomic::Ordering::Release);
                        loop {
                            match listener.try_recv().await {
                                Ok(Some(note)) => {
                                    let tags: Vec<String> =
                                        note.payload().split(' ').map(str::to_owned).collect();
                                    self.invalidate_local(&tags);
                                }
                                // The connection dropped and was re-established: notes may
                                // be lost, so every page and the whole index are suspect.
                                Ok(None) => self.invalidate_local(&["*".to_owned()]),
                                Err(err) => {
                                    tracing::warn!(error = %err, "change listener failed; reconnecting");
                                    break;
                                }
                            }
                        }
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, "cannot connect change listener; retrying")
                }
            }
            self.0
                .following
                .store(false, std::sync::atomic::Ordering::Release);
            self.invalidate_local(&["*".to_owned()]);
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    }
}

pub(crate) fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

//! Gazette's application services: what the public site, the Admin API, the CLI and the
//! background jobs all call, so that they cannot disagree.
//!
//! Services own transactions, enqueue jobs and decide which cached pages a change makes stale
//! (and tell other processes through the store). The rules on single values live in
//! `gazette-domain`; SQL lives in `gazette-store`; templates in `gazette-render`. This crate knows
//! nothing of HTTP.

mod actor;
mod articles;
pub mod backup;
mod changes;
pub mod client_address;
pub mod config;
pub mod core;
pub mod demo;
mod error;
pub mod health;
pub mod jobs;
pub mod media;
pub mod metrics;
mod newsletters;
mod public;
mod rate_limit;
mod search;
mod settings;
mod site_import;
mod syndication;
mod taxonomy;
pub mod translations;
mod users;
mod views;

use std::sync::Arc;

use gazette_render::{PageCache, Theme};
use gazette_store::Store;

pub use actor::Actor;
pub use articles::{
    ArticleQuery, Articles, BULK_LIMIT, BulkAction, Restored, Saved, StatusChange, Update,
};
pub use config::Config;
pub use core::Core;
pub use error::{AppError, AppResult, OpenError};
pub use gazette_ingest::fetch::FetchError;
pub use gazette_search::{SearchQuery, SearchResults};
pub use health::{Health, Readiness};
// What callers pass to and get from the services, so that `web` and the binary need not know
// the store: how a listing is ordered, the job queue's records, and hiding a database password.
pub use gazette_store::{ArticleOrder, JobStatus, JobSummary, redact};
pub use jobs::Jobs;
pub use media::Media;
pub use newsletters::{
    ArticleChoice, DeliveryProblem, EditionOverview, EditionPreview, ImportSummary,
    NewsletterOverview, Newsletters, Preferences, SubscribeForm, SubscribeOutcome,
    SubscribeRequest, SubscriberItem, SubscriberList, SubscriberQuery, SubscriptionItem,
};
pub use public::Public;
pub use public::discovery::FeedFormat;
pub use public::listings::ListingKind;
pub use public::pages::PageRoute;
pub use public::sharing::MastodonShare;
pub use search::{Rebuilt, Search, SearchParams};
pub use settings::Settings;
pub use site_import::{
    Counts, Failure, Mapping, SiteImport, SiteImportError, SiteImportOptions, SiteImportSummary,
};
pub use syndication::{
    FeedOverview, ImportOutcome, Imported, PollSummary, QueueEntry, Syndication,
};
pub use taxonomy::{Taxonomies, Taxonomy};
pub use translations::{AwaitingReview, Translations};
pub use users::sessions::{Session, Sessions, random_token};
pub use users::{ApiToken, NewUser, Profile, Users};

/// The running application: one per process, cheap to clone. It holds the shared plumbing
/// ([`Core`], which it derefs to) and each service's own state, and hands out the services:
/// `app.articles()`, `app.newsletters()` and so on.
#[derive(Clone)]
pub struct App(Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) core: Core,
    /// Sign-in attempts: per address limits and the cap on password hashes at once.
    sign_in_guard: users::sessions::SignInGuard,
    newsletters: newsletters::NewsletterState,
    /// Where uploaded images live: `{data}/media` or the object store `[media]` names.
    media: Box<dyn media::MediaStorage>,
    /// The translation engines and which languages go through which.
    translator: gazette_translate::Router,
}

impl std::ops::Deref for App {
    type Target = Core;
    fn deref(&self) -> &Core {
        &self.0.core
    }
}

impl App {
    /// Opens the database (creating the data directory and SQLite file if needed), runs pending
    /// migrations and loads the theme.
    pub async fn open(config: Config) -> Result<Self, OpenError> {
        let dir_error = |dir: &std::path::Path| {
            let dir = dir.to_owned();
            move |source| OpenError::DataDirectory { dir, source }
        };
        std::fs::create_dir_all(&config.data).map_err(dir_error(&config.data))?;
        std::fs::create_dir_all(config.media_dir()).map_err(dir_error(&config.media_dir()))?;
        let store = Store::connect_with(&config.database_url(), &config.database.pool()).await?;
        store.migrate().await?;
        if store.backend() == gazette_store::Backend::Postgres && config.media.storage == "local" {
            // PostgreSQL is how several servers share one site; files on one server's disk are not shared.
            tracing::warn!(
                media_dir = %config.media_dir().display(),
                "media storage is local while the database is PostgreSQL: an image uploaded through \
                 one server is stored on that server's disk and served by that server only (the \
                 others answer 404 for it). With more than one server, set [media] storage = \"s3\" \
                 (an S3-compatible object store), or make the data directory's media folder one \
                 shared path (a network file system mounted on every server)"
            );
        }
        let link_key = newsletters::links::LinkKey::load(
            &config.newsletter.link_key,
            &config.data.join("newsletter-link.key"),
        )
        .map_err(|e| OpenError::Config("newsletter", e))?;
        // Recording the key's id is a write: through the writer, like every other.
        let mut tx = store.begin().await?;
        link_key
            .check_against(&mut tx)
            .await
            .map_err(|e| OpenError::Config("newsletter", e))?;
        tx.commit().await.map_err(gazette_store::StoreError::from)?;
        newsletters::links::hash_stored_secrets(&store).await?;
        let parts = core::CoreParts {
            theme: Theme::new(config.theme_dir())?,
            admin_views: gazette_render::AdminViews::new()?,
            cache: PageCache::new(config.page_cache_entries),
            mailer: gazette_mail::Mailer::new(&config.mail)
                .map_err(|e| OpenError::Config("mail", e.to_string()))?,
            fetcher: gazette_ingest::fetch::Fetcher::new(
                config
                    .syndication
                    .fetch_policy()
                    .map_err(|e| OpenError::Config("syndication", e.to_string()))?,
            )
            .map_err(|e| OpenError::Config("syndication", e.to_string()))?,
            client_addresses: config
                .client_address_policy()
                .map_err(|e| OpenError::Config("trusted_proxies", e))?,
        };
        let media = media::storage_from_config(&config).map_err(OpenError::Setting)?;
        let translator = config
            .translation
            .router()
            .map_err(|e| OpenError::Config("translation", e.to_string()))?;
        let newsletters = newsletters::NewsletterState {
            subscribe_limiter: rate_limit::RateLimiter::new(
                "subscribe",
                config.newsletter.subscribe_per_ip_per_hour,
            ),
            link_key,
        };
        Ok(Self(Arc::new(Inner {
            core: Core::new(config, store, parts),
            sign_in_guard: users::sessions::SignInGuard::new(),
            newsletters,
            media,
            translator,
        })))
    }

    /// The shared plumbing, for what takes it by reference.
    pub fn core(&self) -> &Core {
        &self.0.core
    }

    pub fn articles(&self) -> Articles<'_> {
        Articles { core: self.core() }
    }

    pub fn taxonomy(&self) -> Taxonomy<'_> {
        Taxonomy { core: self.core() }
    }

    pub fn settings(&self) -> Settings<'_> {
        Settings { core: self.core() }
    }

    pub fn users(&self) -> Users<'_> {
        Users { core: self.core() }
    }

    pub fn sessions(&self) -> Sessions<'_> {
        Sessions {
            core: self.core(),
            guard: &self.0.sign_in_guard,
        }
    }

    pub fn media(&self) -> Media<'_> {
        Media {
            core: self.core(),
            storage: &self.0.media,
        }
    }

    pub fn backup(&self) -> backup::Backup<'_> {
        backup::Backup {
            core: self.core(),
            storage: &self.0.media,
            link_key: &self.0.newsletters.link_key,
        }
    }

    pub fn newsletters(&self) -> Newsletters<'_> {
        Newsletters {
            core: self.core(),
            state: &self.0.newsletters,
            engines: &self.0.translator,
        }
    }

    pub fn syndication(&self) -> Syndication<'_> {
        Syndication { core: self.core() }
    }

    pub fn translations(&self) -> Translations<'_> {
        Translations {
            core: self.core(),
            engines: &self.0.translator,
        }
    }

    pub fn search(&self) -> Search<'_> {
        Search { core: self.core() }
    }

    pub fn site_import(&self) -> SiteImport<'_> {
        SiteImport { core: self.core() }
    }

    /// Whether this process is ready for traffic (`/readyz`).
    pub fn health(&self) -> Health<'_> {
        Health { core: self.core() }
    }

    /// The reader-facing site: pages, feeds, sitemaps and sharing.
    pub fn public(&self) -> Public<'_> {
        Public { core: self.core() }
    }

    /// The job queue's runner, which hands each job to the service that does it.
    pub fn jobs(&self) -> Jobs {
        Jobs(self.clone())
    }

    /// Opens the search index and starts its worker (see [`search::start`]).
    pub async fn start_search(&self) -> anyhow::Result<()> {
        search::start(self).await
    }

    /// Like [`App::start_search`], but `false` (and nothing started) when another process on
    /// this data directory holds the index: `gazette reindex` beside a running server.
    pub async fn try_start_search(&self) -> anyhow::Result<bool> {
        match search::start(self).await {
            Ok(()) => Ok(true),
            Err(err)
                if matches!(
                    err.downcast_ref::<gazette_search::SearchError>(),
                    Some(gazette_search::SearchError::Locked { .. })
                ) =>
            {
                Ok(false)
            }
            Err(err) => Err(err),
        }
    }

    /// Keeps this process level with changes made elsewhere (see [`changes`]): reads the change
    /// log now, whenever PostgreSQL says there is more, when the listener reconnects, and by
    /// polling. A listener that drops leaves the cache in place, served marked stale, until the
    /// log is read again. Runs until the process ends.
    pub async fn follow_changes(self) {
        let core = self.core();
        let poller = self.clone();
        let poll = tokio::spawn(async move { changes::poll(poller.core()).await });
        if core.store().backend() == gazette_store::Backend::Postgres {
            self.listen_for_changes().await;
        }
        let _ = poll.await;
    }

    async fn listen_for_changes(&self) {
        let core = self.core();
        let caught_up = || async {
            match core.catch_up().await {
                Ok(_) => true,
                Err(err) => {
                    tracing::warn!(error = %err, "cannot read the change log");
                    false
                }
            }
        };
        loop {
            match sqlx::postgres::PgListener::connect(core.store().url()).await {
                Ok(mut listener) => {
                    if let Err(err) = listener.listen(gazette_store::CHANGES_CHANNEL).await {
                        tracing::warn!(error = %err, "cannot listen for changes; retrying");
                    } else {
                        // Listening first, then reading the log: nothing falls between.
                        core.set_following(caught_up().await);
                        loop {
                            match listener.try_recv().await {
                                // The payload only wakes us: the log says what changed.
                                Ok(Some(_)) => core.set_following(caught_up().await),
                                // The connection dropped. Reconnecting here (not inside the
                                // listener, which would LISTEN again only at the next call)
                                // keeps the order: listen, then read the log, then fresh.
                                Ok(None) => {
                                    tracing::warn!(
                                        "change listener lost its connection; reconnecting"
                                    );
                                    break;
                                }
                                Err(err) => {
                                    tracing::warn!(error = %err, "change listener failed; reconnecting");
                                    break;
                                }
                            }
                        }
                        // Pages stay cached and are served marked stale until the log is read.
                        core.set_following(false);
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                }
                Err(err) => {
                    tracing::debug!(error = %err, "cannot connect change listener; retrying")
                }
            }
            core.set_following(false);
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    }
}

pub(crate) fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

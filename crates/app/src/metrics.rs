//! What a server counts for Prometheus: requests by route kind and status class (with their
//! latency), page-cache hits and misses, and, read from the store when scraped, the job queue by
//! kind, newsletter editions being sent, translations, and the database pool.
//!
//! Labels come from small fixed sets ([`RouteKind`], status classes, job kinds, pools, the
//! editions being sent), never from raw paths, so the number of series stays bounded. The
//! request counters are made once, up front, so counting a request is an array index, an atomic
//! add and a histogram observation: no map lookup, no allocation.

use std::sync::atomic::AtomicU64;

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::core::Core;
use crate::{AppResult, now};

/// What a request was for, as a metric label and in the access log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteKind {
    Article,
    Listing,
    Home,
    Feed,
    Sitemap,
    Search,
    Admin,
    Api,
    Static,
    Media,
    Other,
}

impl RouteKind {
    pub const ALL: [Self; 11] = [
        Self::Article,
        Self::Listing,
        Self::Home,
        Self::Feed,
        Self::Sitemap,
        Self::Search,
        Self::Admin,
        Self::Api,
        Self::Static,
        Self::Media,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Listing => "listing",
            Self::Home => "home",
            Self::Feed => "feed",
            Self::Sitemap => "sitemap",
            Self::Search => "search",
            Self::Admin => "admin",
            Self::Api => "api",
            Self::Static => "static",
            Self::Media => "media",
            Self::Other => "other",
        }
    }
}

/// `1xx` … `5xx`: the label of a status.
const STATUS_CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

/// Latency buckets in seconds: a cached page takes well under a millisecond, a search tens of
/// milliseconds, an import or a sign-in (a password hash) up to seconds.
const LATENCY_BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

type Labels2 = [(&'static str, &'static str); 2];
type OwnedLabels = Vec<(&'static str, String)>;

/// The process's metrics; one per [`Core`].
pub struct Metrics {
    registry: Registry,
    /// `[route kind][status class]`, taken from the family once so a request finds its own.
    requests: Vec<[Histogram; 5]>,
    page_cache: [Counter; 2],
    queue_jobs: Family<OwnedLabels, Gauge>,
    queue_oldest: Family<OwnedLabels, Gauge<f64, AtomicU64>>,
    deliveries: Family<OwnedLabels, Gauge>,
    translations: Family<OwnedLabels, Gauge>,
    pool: Family<OwnedLabels, Gauge>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("gazette");
        let latency: Family<Labels2, Histogram> =
            Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        let requests = RouteKind::ALL
            .iter()
            .map(|kind| {
                STATUS_CLASSES.map(|class| {
                    latency
                        .get_or_create(&[("route", kind.as_str()), ("status", class)])
                        .clone()
                })
            })
            .collect();
        registry.register(
            "http_request_duration_seconds",
            "Time to answer a request, by route kind and status class; _count is the number of requests",
            latency,
        );
        let cache: Family<Labels2, Counter> = Family::default();
        let page_cache = ["hit", "miss"].map(|result| {
            cache
                .get_or_create(&[("result", result), ("cache", "page")])
                .clone()
        });
        registry.register(
            "page_cache_lookups",
            "Public pages looked up in the page cache, by result",
            cache,
        );
        let queue_jobs = Family::default();
        registry.register(
            "jobs",
            "Jobs waiting (pending) or running, by kind",
            queue_jobs.clone(),
        );
        let queue_oldest = Family::default();
        registry.register(
            "jobs_oldest_due_age_seconds",
            "How long the longest-waiting due job of each kind has waited",
            queue_oldest.clone(),
        );
        let deliveries = Family::default();
        registry.register(
            "newsletter_deliveries",
            "Messages of the editions being sent, by edition and state (pending, sending, sent, failed)",
            deliveries.clone(),
        );
        let translations = Family::default();
        registry.register(
            "translations",
            "Translations: queued (jobs waiting or running) and done (by status: machine, reviewed)",
            translations.clone(),
        );
        let pool = Family::default();
        registry.register(
            "db_pool_connections",
            "Database pool connections by pool and state (idle, in_use, max)",
            pool.clone(),
        );
        Self {
            registry,
            requests,
            page_cache,
            queue_jobs,
            queue_oldest,
            deliveries,
            translations,
            pool,
        }
    }

    /// Counts one answered request.
    pub fn observe_request(&self, kind: RouteKind, status: u16, took: std::time::Duration) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        // `ALL` lists the kinds in their declaration order, so the discriminant is the index.
        self.requests[kind as usize][class].observe(took.as_secs_f64());
    }

    /// Counts a public page's look-up in the page cache.
    pub(crate) fn page_cache_lookup(&self, hit: bool) {
        self.page_cache[usize::from(!hit)].inc();
    }
}

impl Core {
    /// The metrics in Prometheus' text format, with the queue, newsletter, translation and pool
    /// figures read now.
    pub async fn metrics_text(&self) -> AppResult<String> {
        let metrics = self.metrics();
        let mut conn = self.store().reader().await?;
        let t = now();
        let depths = gazette_store::stats::queue_depths(&mut conn, t).await?;
        let editions = gazette_store::stats::editions_in_flight(&mut conn).await?;
        let translations = gazette_store::stats::translations_by_status(&mut conn).await?;
        drop(conn);
        // Series of kinds no longer queued (an edition sent) go, rather than stay at their last value.
        metrics.queue_jobs.clear();
        metrics.queue_oldest.clear();
        let mut translations_queued = 0;
        for d in &depths {
            metrics
                .queue_jobs
                .get_or_create(&vec![
                    ("kind", d.kind.clone()),
                    ("status", d.status.clone()),
                ])
                .set(d.jobs);
            if let Some(due) = d.oldest_due {
                metrics
                    .queue_oldest
                    .get_or_create(&vec![("kind", d.kind.clone())])
                    .set((t - due).as_seconds_f64().max(0.0));
            }
            if d.kind == "translate_article" {
                translations_queued += d.jobs;
            }
        }
        metrics.deliveries.clear();
        for e in &editions {
            metrics
                .deliveries
                .get_or_create(&vec![
                    ("edition", e.edition.to_string()),
                    ("status", e.status.clone()),
                ])
                .set(e.deliveries);
        }
        metrics.translations.clear();
        metrics
            .translations
            .get_or_create(&vec![("state", "queued".to_owned())])
            .set(translations_queued);
        for (status, n) in &translations {
            metrics
                .translations
                .get_or_create(&vec![
                    ("state", "done".to_owned()),
                    ("status", status.clone()),
                ])
                .set(*n);
        }
        for pool in self.store().pool_use() {
            let gauge = |state: &str| {
                metrics.pool.get_or_create(&vec![
                    ("pool", pool.pool.to_owned()),
                    ("state", state.to_owned()),
                ])
            };
            gauge("idle").set(i64::from(pool.idle));
            gauge("in_use").set(i64::from(pool.size.saturating_sub(pool.idle)));
            gauge("max").set(i64::from(pool.max));
        }
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &metrics.registry)
            .expect("writing to a String cannot fail");
        Ok(text)
    }
}

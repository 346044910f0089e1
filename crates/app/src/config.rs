//! Configuration: a TOML file, then `GAZETTE_*` and `DATABASE_URL` from the environment, then
//! command-line flags. Every setting has a default that works on a laptop; unknown keys are errors.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The commented file `gazette init` writes. A test checks it parses to exactly the defaults.
pub const DEFAULT_CONFIG_TOML: &str = r#"# Gazette configuration. Every setting is optional; these are the defaults.
# Environment variables override the file: GAZETTE_ADDR, GAZETTE_DATA, GAZETTE_BASE_URL,
# GAZETTE_THEME_DIR, GAZETTE_PAGE_CACHE_ENTRIES, GAZETTE_WEBSUB_HUB, GAZETTE_SMTP_URL,
# GAZETTE_S3_ACCESS_KEY_ID, GAZETTE_S3_SECRET_ACCESS_KEY, GAZETTE_DRAIN_SECS,
# GAZETTE_METRICS_ADDR and DATABASE_URL.

# Address the server listens on. Port 0 picks a free port and prints it.
addr = "127.0.0.1:8080"

# Directory for the SQLite file, uploaded media and search indexes. Created if missing.
data = "gazette-data"

# Database. Empty means the embedded SQLite file `gazette.db` in `data`.
# For several servers sharing one database: "postgres://user:password@host:5432/gazette".
database_url = ""

# The public address of the site, used for canonical links. Empty means "http://{addr}".
base_url = ""

# A directory whose `templates/` and `static/` files override the embedded default theme, file by file.
theme_dir = ""

# How many rendered pages each process keeps in memory.
page_cache_entries = 20000

# A WebSub hub (e.g. "https://hub.example/") to advertise in feeds and to notify on publication.
websub_hub = ""

# When behind a reverse proxy or load balancer: the header carrying the reader's address
# (e.g. "x-forwarded-for"), for rate limits (sign-in, the subscribe form). Empty: the connection's
# address.
client_ip_header = ""
# The proxies (addresses or networks, e.g. ["10.0.0.0/8"]) whose additions to that header are
# believed. The reader's address is the rightmost entry not added by one of them; the header is
# read only on connections from one of them. Empty: the connection itself is the one proxy, so
# the header's rightmost entry is the reader's.
trusted_proxies = []

# Send Strict-Transport-Security (one year) when base_url is https. Turn off only while moving a
# site to https, or when the proxy in front sets the header itself.
hsts = true

# The database connection pool of each process (PostgreSQL; SQLite keeps one writer and eight
# readers). Several servers share the database's limit (PostgreSQL's max_connections, 100 by
# default): each process opens at most max_connections, plus one that listens for changes.
[database]
max_connections = 16
# Seconds a request waits for a free connection before it fails.
acquire_timeout_secs = 10

# Log lines go to stderr: "text" (colours only on a terminal) or "json" (one object a line).
# GAZETTE_LOG filters them, e.g. "info,gazette::access=off".
[log]
format = "text"
# One line per request (method, route kind, status, bytes, duration, client address), under
# the target gazette::access. Off by default: a proxy in front usually keeps its own.
access = false

# Prometheus metrics at http://{addr}/metrics, on an address of their own (never the public one),
# e.g. "127.0.0.1:9090". Empty: off.
[metrics]
addr = ""

# Outgoing mail: newsletter editions, confirmation links.
[mail]
# "" means no SMTP server: messages are written to the log instead (fine on a laptop).
# "smtp://relay.internal:25", "smtp://user:password@smtp.example:587?tls=required" (STARTTLS),
# "smtps://user:password@smtp.example:465" (TLS from the start).
smtp_url = ""
# The From header of every message.
from = "Gazette <newsletter@localhost>"
# SMTP connections kept open, and messages in flight at once.
concurrency = 4
# At most this many messages per second and per hour (0: no limit), to respect a relay's quota.
per_second = 0
per_hour = 0
# Seconds to wait for the SMTP server before counting an attempt as a temporary failure.
timeout_secs = 30
# DKIM signing: all three set, or all empty. The key file is PEM (RSA or Ed25519).
dkim_domain = ""
dkim_selector = ""
dkim_key_file = ""

[newsletter]
# The key preferences and unsubscribe links are signed with, as 64 hex digits. Empty: the key in
# newsletter-link.key in the data directory, made on first start. Servers sharing one database need
# the same key: keep it out of this file with GAZETTE_NEWSLETTER_LINK_KEY.
link_key = ""
# A temporary SMTP failure (4xx, timeout) is retried after this many seconds, doubling each time.
retry_after_secs = 300
# Attempts per message before it counts as failed (8 at 300 s doubling: about ten hours, to ride out
# a relay that is down).
max_attempts = 8
# Permanent failures (5xx) in a row after which an address is unsubscribed.
hard_bounce_limit = 3
# How long a confirmation link stays valid.
confirm_link_hours = 48
# Subscribe requests accepted per reader address (IP) per hour, and confirmation emails per
# email address per hour.
subscribe_per_ip_per_hour = 20
confirmations_per_address_per_hour = 3

# Importing partner articles: pages fetched from a URL, and partner feeds.
[syndication]
# Fetches never reach private, loopback or link-local addresses (so a pasted URL cannot probe the
# server's own network) except the networks listed here, e.g. ["10.20.0.0/16"] for an intranet partner.
allow_private = []
# Redirects followed per fetch, seconds a fetch may take in all, and the largest page accepted.
max_redirects = 5
timeout_secs = 20
max_page_bytes = 10485760
# Minutes between two polls of each partner feed, and the most new items one poll imports.
poll_minutes = 15
items_per_poll = 50

# Machine translation of articles, read at /{lang}/{slug}. Nothing is translated until engines are
# configured here. `auto_languages` are translated on every publication; other languages listed in
# `languages` are translated when an editor asks. Engines by id, e.g.
#   [translation.engines.libre]
#   kind = "libretranslate"   # or "deepl", "openai", "apertium"
#   url = "http://127.0.0.1:5000"
# `default` is the chain of engine ids for any language; `languages` gives a language its own
# chain, e.g. languages = { de = ["deepl", "libre"] }.
[translation]
# The languages readers may be offered, as BCP-47 tags; empty offers every language Gazette
# knows (75, the site's own words included), wherever an engine is configured for it.
offered = []
auto_languages = []
default = []
languages = {}
engines = {}

# Uploaded images. "local" keeps them in `data`/media; "s3" puts them in an S3-compatible object
# store (AWS S3, MinIO, Garage, Ceph, R2, ...), so that several servers share them. Either way
# they are served at /media/... by Gazette itself.
[media]
storage = "local"
# For "s3": the store's address (path-style requests: {endpoint}/{bucket}/{prefix}{key}), the
# bucket, its region (what the store signs with; MinIO and most others accept "us-east-1"), and a
# key pair. Keep the secret out of this file with GAZETTE_S3_SECRET_ACCESS_KEY.
endpoint = ""
bucket = ""
region = "us-east-1"
access_key_id = ""
secret_access_key = ""
# Put every object under this folder of the bucket, e.g. "gazette/" (empty: the bucket's root).
prefix = ""

# Stopping `gazette serve` (SIGTERM or Ctrl-C). First /readyz answers 503 while the server goes on
# accepting connections for `drain_secs`, so that a load balancer polling /readyz moves traffic
# away; then it stops listening, finishes the requests in flight, and closes keep-alive
# connections between requests. A second signal stops at once. Set it above the load balancer's
# health-check interval times the failures it needs to mark a server down (0: stop listening
# at once).
[shutdown]
drain_secs = 5
"#;

#[derive(Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub addr: SocketAddr,
    pub data: PathBuf,
    pub database_url: String,
    pub base_url: String,
    pub theme_dir: String,
    pub page_cache_entries: usize,
    pub websub_hub: String,
    pub client_ip_header: String,
    pub trusted_proxies: Vec<String>,
    pub hsts: bool,
    pub database: DatabaseSettings,
    pub log: LogSettings,
    pub metrics: MetricsSettings,
    pub mail: gazette_mail::MailSettings,
    pub newsletter: NewsletterSettings,
    pub syndication: SyndicationSettings,
    pub translation: TranslationSettings,
    pub media: MediaSettings,
    pub shutdown: ShutdownSettings,
}

/// How `gazette serve` stops (`[shutdown]`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ShutdownSettings {
    /// Seconds between the stop signal and closing the listener, while `/readyz` says 503.
    pub drain_secs: u64,
}

impl Default for ShutdownSettings {
    fn default() -> Self {
        Self { drain_secs: 5 }
    }
}

impl ShutdownSettings {
    /// The longest drain accepted: past it a typo (milliseconds for seconds) would keep a
    /// stopping server up for hours, beyond what any service manager waits.
    pub const MAX_DRAIN_SECS: u64 = 600;

    pub fn validate(&self) -> Result<(), String> {
        if self.drain_secs > Self::MAX_DRAIN_SECS {
            return Err(format!(
                "drain_secs = {} is more than {} (ten minutes)",
                self.drain_secs,
                Self::MAX_DRAIN_SECS
            ));
        }
        Ok(())
    }

    pub fn drain(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.drain_secs)
    }
}

/// Machine translation (`[translation]`): which languages are made on publication and the
/// engines, in the shape [`gazette_translate::TranslateConfig`] reads.
///
/// Engines are kept as TOML tables here and read by the translate crate when checked, so that
/// this file need not mirror every engine's settings.
#[derive(Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TranslationSettings {
    /// The languages offered to readers; empty: every known language.
    pub offered: Vec<String>,
    /// BCP-47 tags translated on every publication.
    pub auto_languages: Vec<String>,
    /// The chain of engine ids for languages without their own.
    pub default: Vec<String>,
    /// BCP-47 tag → chain of engine ids.
    pub languages: std::collections::BTreeMap<String, Vec<String>>,
    pub engines: std::collections::BTreeMap<String, toml::Table>,
}

impl TranslationSettings {
    /// The translate crate's configuration, or what is wrong with it.
    pub fn translate_config(&self) -> Result<gazette_translate::TranslateConfig, String> {
        let value = serde_json::json!({
            "engines": self.engines,
            "default": self.default,
            "languages": self.languages,
        });
        serde_json::from_value(value).map_err(|e| e.to_string())
    }

    /// The engines and routes, built.
    pub fn router(&self) -> Result<gazette_translate::Router, String> {
        for (key, list) in [
            ("offered", &self.offered),
            ("auto_languages", &self.auto_languages),
        ] {
            for lang in list {
                if gazette_translate::languages::lookup(lang).is_none() {
                    return Err(format!("{key}: {lang:?} is not a known language"));
                }
            }
        }
        if let Some(lang) = self.auto_languages.iter().find(|l| !self.shows(l)) {
            return Err(format!("auto_languages: {lang:?} is not in `offered`"));
        }
        gazette_translate::Router::from_config(self.translate_config()?).map_err(|e| e.to_string())
    }

    /// Whether `lang` is in the offered list (any known language when the list is empty):
    /// readers are shown what exists in it, whether or not an engine is configured for it now
    /// (the demo's recorded translations).
    pub fn shows(&self, lang: &str) -> bool {
        gazette_translate::languages::lookup(lang).is_some()
            && (self.offered.is_empty()
                || self.offered.iter().any(|l| l.eq_ignore_ascii_case(lang)))
    }

    /// The languages an editor can ask a translation into: offered and with an engine, in the
    /// table's order.
    pub fn offered_languages(&self) -> Vec<&'static gazette_translate::languages::Language> {
        gazette_translate::languages::LANGUAGES
            .iter()
            .filter(|l| self.offers(l.code))
            .collect()
    }

    /// The languages readers can find translations in: the automatic ones and those with their
    /// own chain, or with a default chain any language asked for.
    pub fn offers(&self, lang: &str) -> bool {
        self.shows(lang)
            && (self
                .auto_languages
                .iter()
                .any(|l| l.eq_ignore_ascii_case(lang))
                || self.languages.keys().any(|l| l.eq_ignore_ascii_case(lang))
                || !self.default.is_empty())
    }
}

/// Where uploaded images are kept (`[media]`).
#[derive(Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MediaSettings {
    /// `local` or `s3`.
    pub storage: String,
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub prefix: String,
}

impl Default for MediaSettings {
    fn default() -> Self {
        Self {
            storage: "local".into(),
            endpoint: String::new(),
            bucket: String::new(),
            region: "us-east-1".into(),
            access_key_id: String::new(),
            secret_access_key: String::new(),
            prefix: String::new(),
        }
    }
}

impl std::fmt::Debug for MediaSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaSettings")
            .field("storage", &self.storage)
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &redacted(&self.secret_access_key))
            .field("prefix", &self.prefix)
            .finish()
    }
}

/// `[media]` for `storage = "s3"`, checked.
#[derive(Clone)]
pub struct S3Settings {
    /// `http` or `https`, a host, maybe a port and a path; no query.
    pub endpoint: url::Url,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Empty, or ending in `/`.
    pub prefix: String,
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint.as_str())
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"[redacted]")
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl MediaSettings {
    /// `None` for the local disk, or the object store's settings; the error names the field.
    /// `secret_access_key` may be left out here when `require_secret` is false (the file is
    /// read before the environment that may carry it).
    pub fn s3(&self, require_secret: bool) -> Result<Option<S3Settings>, String> {
        match self.storage.as_str() {
            "local" => return Ok(None),
            "s3" => {}
            other => {
                return Err(format!("storage = {other:?}: use \"local\" or \"s3\""));
            }
        }
        let missing = |field: &str| format!("storage = \"s3\" needs {field}");
        if self.endpoint.trim().is_empty() {
            return Err(missing(
                "endpoint (e.g. \"https://s3.eu-west-1.amazonaws.com\")",
            ));
        }
        let endpoint = url::Url::parse(self.endpoint.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .filter(|u| u.query().is_none() && u.fragment().is_none())
            .filter(|u| u.username().is_empty() && u.password().is_none())
            .ok_or_else(|| {
                format!(
                    "endpoint = {:?} is not an http:// or https:// address without a query or credentials",
                    self.endpoint
                )
            })?;
        let bucket = self.bucket.trim();
        if bucket.is_empty() {
            return Err(missing("bucket"));
        }
        let bucket_ok = (3..=63).contains(&bucket.len())
            && bucket
                .bytes()
                .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.'))
            && !bucket.starts_with(['-', '.'])
            && !bucket.ends_with(['-', '.']);
        if !bucket_ok {
            return Err(format!(
                "bucket = {bucket:?} is not a bucket name (3 to 63 lowercase letters, digits, '-' and '.')"
            ));
        }
        let region = self.region.trim();
        if region.is_empty() {
            return Err(missing("region (\"us-east-1\" where the store has none)"));
        }
        if self.access_key_id.trim().is_empty() {
            return Err(missing("access_key_id (or GAZETTE_S3_ACCESS_KEY_ID)"));
        }
        if require_secret && self.secret_access_key.is_empty() {
            return Err(missing(
                "secret_access_key (or GAZETTE_S3_SECRET_ACCESS_KEY)",
            ));
        }
        let prefix = self.prefix.trim().trim_matches('/');
        if !prefix.is_empty() && !crate::media::storage::is_safe_key(prefix) {
            return Err(format!(
                "prefix = {:?} is not a folder path such as \"gazette/\"",
                self.prefix
            ));
        }
        Ok(Some(S3Settings {
            endpoint,
            bucket: bucket.to_owned(),
            region: region.to_owned(),
            access_key_id: self.access_key_id.trim().to_owned(),
            secret_access_key: self.secret_access_key.clone(),
            prefix: if prefix.is_empty() {
                String::new()
            } else {
                format!("{prefix}/")
            },
        }))
    }
}

/// The database connection pool (`[database]`; the URL is the top-level `database_url`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// Connections each process may open (PostgreSQL), besides the one that listens for changes.
    pub max_connections: u32,
    /// How long a request waits for a free connection.
    pub acquire_timeout_secs: u64,
    /// What PostgreSQL shows for this process's connections (`pg_stat_activity`), e.g.
    /// "gazette serve 4242": set by the binary for its command, not in the file.
    #[serde(skip)]
    pub application_name: String,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout_secs: 10,
            application_name: String::new(),
        }
    }
}

impl DatabaseSettings {
    /// The largest pool accepted: far past any database's connection limit, so a typo (an extra
    /// digit) is caught rather than tried.
    const MOST_CONNECTIONS: u32 = 10_000;

    fn validate(&self) -> Result<(), String> {
        if self.max_connections == 0 || self.max_connections > Self::MOST_CONNECTIONS {
            return Err(format!(
                "max_connections = {}: use a number from 1 to {} (each process opens that many, plus one for change notifications)",
                self.max_connections,
                Self::MOST_CONNECTIONS
            ));
        }
        if self.acquire_timeout_secs == 0 || self.acquire_timeout_secs > 3600 {
            return Err(format!(
                "acquire_timeout_secs = {}: use a number of seconds from 1 to 3600",
                self.acquire_timeout_secs
            ));
        }
        Ok(())
    }

    /// What the store is opened with.
    pub fn pool(&self) -> gazette_store::PoolSettings {
        gazette_store::PoolSettings {
            max_connections: self.max_connections,
            acquire_timeout: std::time::Duration::from_secs(self.acquire_timeout_secs),
            application_name: self.application_name.clone(),
        }
    }
}

/// Log output (`[log]`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    pub format: LogFormat,
    /// One event per request under the target `gazette::access`.
    pub access: bool,
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            format: LogFormat::Text,
            access: false,
        }
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Readable lines; colours only when stderr is a terminal.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// The Prometheus endpoint (`[metrics]`).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsSettings {
    /// `HOST:PORT` for `/metrics`; empty: no metrics endpoint.
    pub addr: String,
}

impl MetricsSettings {
    /// Where to serve metrics, if anywhere.
    pub fn addr(&self) -> Result<Option<SocketAddr>, String> {
        let raw = self.addr.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse()
            .map(Some)
            .map_err(|_| format!("addr = {raw:?} is not HOST:PORT, such as \"127.0.0.1:9090\""))
    }
}

/// How partner pages and feeds are fetched (`[syndication]`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SyndicationSettings {
    pub allow_private: Vec<String>,
    pub max_redirects: usize,
    pub timeout_secs: u64,
    pub max_page_bytes: usize,
    pub poll_minutes: u32,
    pub items_per_poll: u32,
}

impl Default for SyndicationSettings {
    fn default() -> Self {
        Self {
            allow_private: Vec::new(),
            max_redirects: 5,
            timeout_secs: 20,
            max_page_bytes: 10 * 1024 * 1024,
            poll_minutes: 15,
            items_per_poll: 50,
        }
    }
}

impl SyndicationSettings {
    /// The fetcher's policy, or the entry of `allow_private` that is not a network.
    pub fn fetch_policy(&self) -> Result<gazette_ingest::fetch::FetchPolicy, String> {
        let allowed_private = self
            .allow_private
            .iter()
            .map(|raw| {
                raw.parse::<ipnet::IpNet>()
                    .or_else(|_| raw.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| format!("allow_private: {raw:?} is not an address or a network such as \"10.0.0.0/8\""))
            })
            .collect::<Result<_, _>>()?;
        if self.poll_minutes == 0 {
            return Err("poll_minutes must be at least 1".into());
        }
        Ok(gazette_ingest::fetch::FetchPolicy {
            allowed_private,
            max_redirects: self.max_redirects,
            timeout: std::time::Duration::from_secs(self.timeout_secs.max(1)),
            max_bytes: self.max_page_bytes,
            ..Default::default()
        })
    }
}

/// How newsletters are sent and subscribed to (`[newsletter]`).
#[derive(Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NewsletterSettings {
    /// Signs preferences and unsubscribe links: 64 hex digits, or empty for the key in
    /// `{data}/newsletter-link.key` (made on first start).
    pub link_key: String,
    pub retry_after_secs: u64,
    pub max_attempts: u32,
    pub hard_bounce_limit: u32,
    pub confirm_link_hours: u32,
    pub subscribe_per_ip_per_hour: u32,
    pub confirmations_per_address_per_hour: u32,
}

impl std::fmt::Debug for NewsletterSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            link_key,
            retry_after_secs,
            max_attempts,
            hard_bounce_limit,
            confirm_link_hours,
            subscribe_per_ip_per_hour,
            confirmations_per_address_per_hour,
        } = self;
        f.debug_struct("NewsletterSettings")
            .field("link_key", &redacted(link_key))
            .field("retry_after_secs", retry_after_secs)
            .field("max_attempts", max_attempts)
            .field("hard_bounce_limit", hard_bounce_limit)
            .field("confirm_link_hours", confirm_link_hours)
            .field("subscribe_per_ip_per_hour", subscribe_per_ip_per_hour)
            .field(
                "confirmations_per_address_per_hour",
                confirmations_per_address_per_hour,
            )
            .finish()
    }
}

/// Configuration is logged and printed on errors: passwords in the database URL, and every
/// secret of every section, show as redacted (the sections redact their own).
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            addr,
            data,
            database_url,
            base_url,
            theme_dir,
            page_cache_entries,
            websub_hub,
            client_ip_header,
            trusted_proxies,
            hsts,
            database,
            log,
            metrics,
            mail,
            newsletter,
            syndication,
            translation,
            media,
            shutdown,
        } = self;
        f.debug_struct("Config")
            .field("addr", addr)
            .field("data", data)
            .field("database_url", &gazette_store::redact(database_url))
            .field("base_url", base_url)
            .field("theme_dir", theme_dir)
            .field("page_cache_entries", page_cache_entries)
            .field("websub_hub", websub_hub)
            .field("client_ip_header", client_ip_header)
            .field("trusted_proxies", trusted_proxies)
            .field("hsts", hsts)
            .field("database", database)
            .field("log", log)
            .field("metrics", metrics)
            .field("mail", mail)
            .field("newsletter", newsletter)
            .field("syndication", syndication)
            .field("translation", translation)
            .field("media", media)
            .field("shutdown", shutdown)
            .finish()
    }
}

/// Engine tables are free-form: any setting whose name says it holds a secret is redacted.
impl std::fmt::Debug for TranslationSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secret_name = |name: &str| {
            ["key", "secret", "token", "password"]
                .iter()
                .any(|s| name.to_ascii_lowercase().contains(s))
        };
        let engines: std::collections::BTreeMap<&String, toml::Table> = self
            .engines
            .iter()
            .map(|(id, table)| {
                let shown = table
                    .iter()
                    .map(|(name, value)| match value {
                        toml::Value::String(v) if secret_name(name) => {
                            (name.clone(), toml::Value::String(redacted(v).to_owned()))
                        }
                        other => (name.clone(), other.clone()),
                    })
                    .collect();
                (id, shown)
            })
            .collect();
        f.debug_struct("TranslationSettings")
            .field("offered", &self.offered)
            .field("auto_languages", &self.auto_languages)
            .field("default", &self.default)
            .field("languages", &self.languages)
            .field("engines", &engines)
            .finish()
    }
}

/// How a secret shows in `Debug` output: whether it is set, never what it is.
fn redacted(secret: &str) -> &'static str {
    if secret.is_empty() { "" } else { "[redacted]" }
}

impl Default for NewsletterSettings {
    fn default() -> Self {
        Self {
            link_key: String::new(),
            retry_after_secs: 300,
            max_attempts: 8,
            hard_bounce_limit: 3,
            confirm_link_hours: 48,
            subscribe_per_ip_per_hour: 20,
            confirmations_per_address_per_hour: 3,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            addr: "127.0.0.1:8080".parse().expect("a literal address"),
            data: PathBuf::from("gazette-data"),
            database_url: String::new(),
            base_url: String::new(),
            theme_dir: String::new(),
            page_cache_entries: 20_000,
            websub_hub: String::new(),
            client_ip_header: String::new(),
            trusted_proxies: Vec::new(),
            hsts: true,
            database: DatabaseSettings::default(),
            log: LogSettings::default(),
            metrics: MetricsSettings::default(),
            mail: gazette_mail::MailSettings::default(),
            newsletter: NewsletterSettings::default(),
            syndication: SyndicationSettings::default(),
            translation: TranslationSettings::default(),
            media: MediaSettings::default(),
            shutdown: ShutdownSettings::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
    /// A section is complete only once the environment is read (e.g. a secret given there).
    #[error("[{section}] {message}")]
    Invalid {
        section: &'static str,
        message: String,
    },
    #[error("environment variable {name}={value:?}: {message}")]
    Env {
        name: &'static str,
        value: String,
        message: String,
    },
}

impl Config {
    /// Reads `path` if given (or `gazette.toml` if it exists), then the environment.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let default_path = Path::new("gazette.toml");
        let path = path.or_else(|| default_path.exists().then_some(default_path));
        let mut config = match path {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.into(),
                    source,
                })?;
                Self::parse(&text).map_err(|message| ConfigError::Parse {
                    path: path.into(),
                    message,
                })?
            }
            None => Self::default(),
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        config
            .media
            .s3(true)
            .map_err(|message| ConfigError::Invalid {
                section: "media",
                message,
            })?;
        Ok(config)
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let config: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        config.client_address_policy()?;
        config
            .database
            .validate()
            .map_err(|e| format!("[database] {e}"))?;
        config
            .metrics
            .addr()
            .map_err(|e| format!("[metrics] {e}"))?;
        config.mail.validate().map_err(|e| format!("[mail] {e}"))?;
        config
            .syndication
            .fetch_policy()
            .map_err(|e| format!("[syndication] {e}"))?;
        config.media.s3(false).map_err(|e| format!("[media] {e}"))?;
        config
            .translation
            .router()
            .map_err(|e| format!("[translation] {e}"))?;
        config
            .shutdown
            .validate()
            .map_err(|e| format!("[shutdown] {e}"))?;
        Ok(config)
    }

    fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = var("GAZETTE_ADDR") {
            self.addr = v.parse().map_err(|_| ConfigError::Env {
                name: "GAZETTE_ADDR",
                value: v.clone(),
                message: "not HOST:PORT".into(),
            })?;
        }
        if let Some(v) = var("GAZETTE_DATA") {
            self.data = v.into();
        }
        if let Some(v) = var("DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = var("GAZETTE_BASE_URL") {
            self.base_url = v;
        }
        if let Some(v) = var("GAZETTE_THEME_DIR") {
            self.theme_dir = v;
        }
        if let Some(v) = var("GAZETTE_WEBSUB_HUB") {
            self.websub_hub = v;
        }
        if let Some(v) = var("GAZETTE_SMTP_URL") {
            self.mail.smtp_url = v;
            self.mail.validate().map_err(|e| ConfigError::Env {
                name: "GAZETTE_SMTP_URL",
                value: gazette_store::redact(&self.mail.smtp_url),
                message: e.to_string(),
            })?;
        }
        if let Some(v) = var("GAZETTE_NEWSLETTER_LINK_KEY") {
            self.newsletter.link_key = v;
        }
        if let Some(v) = var("GAZETTE_S3_ACCESS_KEY_ID") {
            self.media.access_key_id = v;
        }
        if let Some(v) = var("GAZETTE_S3_SECRET_ACCESS_KEY") {
            self.media.secret_access_key = v;
        }
        if let Some(v) = var("GAZETTE_DRAIN_SECS") {
            self.shutdown.drain_secs = v.parse().map_err(|_| ConfigError::Env {
                name: "GAZETTE_DRAIN_SECS",
                value: v.clone(),
                message: "not a whole number of seconds".into(),
            })?;
            self.shutdown
                .validate()
                .map_err(|message| ConfigError::Env {
                    name: "GAZETTE_DRAIN_SECS",
                    value: v.clone(),
                    message,
                })?;
        }
        if let Some(v) = var("GAZETTE_METRICS_ADDR") {
            self.metrics.addr = v.clone();
            self.metrics.addr().map_err(|message| ConfigError::Env {
                name: "GAZETTE_METRICS_ADDR",
                value: v,
                message,
            })?;
        }
        if let Some(v) = var("GAZETTE_PAGE_CACHE_ENTRIES") {
            self.page_cache_entries = v.parse().map_err(|_| ConfigError::Env {
                name: "GAZETTE_PAGE_CACHE_ENTRIES",
                value: v.clone(),
                message: "not a number".into(),
            })?;
        }
        Ok(())
    }

    /// How to find the reader's address behind proxies, or the entry of `trusted_proxies` that
    /// is not an address or a network.
    pub fn client_address_policy(
        &self,
    ) -> Result<crate::client_address::ClientAddressPolicy, String> {
        let trusted = self
            .trusted_proxies
            .iter()
            .map(|raw| {
                raw.parse::<ipnet::IpNet>()
                    .or_else(|_| raw.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        format!(
                            "trusted_proxies: {raw:?} is not an address or a network such as \"10.0.0.0/8\""
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(crate::client_address::ClientAddressPolicy::new(
            self.client_ip_header.trim().to_ascii_lowercase(),
            trusted,
        ))
    }

    /// The database to open: `database_url`, or the SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}", self.data.join("gazette.db").display())
        } else {
            self.database_url.clone()
        }
    }

    pub fn media_dir(&self) -> PathBuf {
        self.data.join("media")
    }

    pub fn websub_hub(&self) -> Option<String> {
        (!self.websub_hub.is_empty()).then(|| self.websub_hub.clone())
    }

    pub fn theme_dir(&self) -> Option<PathBuf> {
        (!self.theme_dir.is_empty()).then(|| PathBuf::from(&self.theme_dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commented_default_file_equals_defaults() {
        assert_eq!(
            Config::parse(DEFAULT_CONFIG_TOML).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn drain_secs_is_checked_in_the_file_and_the_environment() {
        assert_eq!(
            Config::parse("[shutdown]\ndrain_secs = 0\n")
                .unwrap()
                .shutdown
                .drain_secs,
            0
        );
        let long = Config::parse("[shutdown]\ndrain_secs = 5000\n").unwrap_err();
        assert!(long.contains("[shutdown] drain_secs = 5000"), "{long}");
        let mut c = Config::default();
        let err = c
            .apply_env(|n| (n == "GAZETTE_DRAIN_SECS").then(|| "5s".to_string()))
            .unwrap_err();
        assert!(err.to_string().contains("GAZETTE_DRAIN_SECS"), "{err}");
        c.apply_env(|n| (n == "GAZETTE_DRAIN_SECS").then(|| "12".to_string()))
            .unwrap();
        assert_eq!(c.shutdown.drain_secs, 12);
    }

    #[test]
    fn translation_engines_are_checked_by_the_translate_crate() {
        let ok = Config::parse(
            "[translation]\nauto_languages = [\"fr\"]\ndefault = [\"libre\"]\n\
             [translation.engines.libre]\nkind = \"libretranslate\"\nurl = \"http://127.0.0.1:5000\"\n",
        )
        .unwrap();
        assert_eq!(
            ok.translation
                .router()
                .unwrap()
                .chain_for("fr")
                .engine_ids(),
            ["libre"]
        );
        assert!(ok.translation.offers("fr") && !ok.translation.offers("region"));
        let unknown_engine = Config::parse("[translation]\ndefault = [\"nope\"]\n").unwrap_err();
        assert!(unknown_engine.contains("nope"), "{unknown_engine}");
        let typo = Config::parse(
            "[translation.engines.x]\nkind = \"apertium\"\nurl = \"http://a\"\nurll = 1\n",
        )
        .unwrap_err();
        assert!(typo.contains("[translation]"), "{typo}");
        let unknown = Config::parse("[translation]\nauto_languages = [\"xx-nope\"]\n").unwrap_err();
        assert!(
            unknown.contains("auto_languages: \"xx-nope\" is not a known language"),
            "{unknown}"
        );
    }

    #[test]
    fn offered_languages_default_to_every_known_one_and_can_be_narrowed() {
        let every = Config::parse(
            "[translation]\ndefault = [\"libre\"]\n\
             [translation.engines.libre]\nkind = \"libretranslate\"\nurl = \"http://127.0.0.1:5000\"\n",
        )
        .unwrap();
        let langs = every.translation.offered_languages();
        assert_eq!(
            langs.len(),
            gazette_translate::languages::LANGUAGES.len(),
            "every known language"
        );
        assert!(langs.len() >= 51, "{} languages", langs.len());
        for rtl in ["ar", "fa", "ur", "he"] {
            assert!(langs.iter().any(|l| l.code == rtl), "{rtl} is offered");
        }
        let narrowed = Config::parse(
            "[translation]\noffered = [\"fr\", \"de\"]\ndefault = [\"libre\"]\n\
             [translation.engines.libre]\nkind = \"libretranslate\"\nurl = \"http://127.0.0.1:5000\"\n",
        )
        .unwrap();
        let mut codes: Vec<_> = narrowed
            .translation
            .offered_languages()
            .iter()
            .map(|l| l.code)
            .collect();
        codes.sort_unstable();
        assert_eq!(codes, ["de", "fr"]);
        assert!(!narrowed.translation.offers("es"));
        let outside = Config::parse(
            "[translation]\noffered = [\"fr\"]\nauto_languages = [\"de\"]\ndefault = [\"libre\"]\n\
             [translation.engines.libre]\nkind = \"libretranslate\"\nurl = \"http://127.0.0.1:5000\"\n",
        )
        .unwrap_err();
        assert!(outside.contains("not in `offered`"), "{outside}");
        let unknown = Config::parse("[translation]\noffered = [\"klingon\"]\n").unwrap_err();
        assert!(
            unknown.contains("offered: \"klingon\" is not a known language"),
            "{unknown}"
        );
    }

    #[test]
    fn pool_log_and_metrics_settings_are_checked() {
        let ok = Config::parse(
            "[database]\nmax_connections = 4\nacquire_timeout_secs = 3\n\
             [log]\nformat = \"json\"\naccess = true\n[metrics]\naddr = \"127.0.0.1:9090\"\n",
        )
        .unwrap();
        assert_eq!(ok.database.pool().max_connections, 4);
        assert_eq!(ok.log.format, LogFormat::Json);
        assert_eq!(
            ok.metrics.addr().unwrap(),
            Some("127.0.0.1:9090".parse().unwrap())
        );
        assert_eq!(
            Config::default().metrics.addr().unwrap(),
            None,
            "off by default"
        );
        for (text, names) in [
            ("[database]\nmax_connections = 0\n", "max_connections = 0"),
            (
                "[database]\nacquire_timeout_secs = 0\n",
                "acquire_timeout_secs = 0",
            ),
            ("[log]\nformat = \"xml\"\n", "xml"),
            ("[metrics]\naddr = \"9090\"\n", "[metrics] addr = \"9090\""),
        ] {
            let err = Config::parse(text).unwrap_err();
            assert!(err.contains(names), "{text}: {err}");
        }
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err = Config::parse("adress = \"x\"").unwrap_err();
        assert!(err.contains("adress"), "{err}");
    }

    #[test]
    fn environment_overrides_file() {
        let mut c = Config::default();
        c.apply_env(|n| (n == "DATABASE_URL").then(|| "postgres://x@h/db".to_string()))
            .unwrap();
        assert_eq!(c.database_url(), "postgres://x@h/db");
        let err = c
            .apply_env(|n| (n == "GAZETTE_ADDR").then(|| "nope".to_string()))
            .unwrap_err();
        assert!(err.to_string().contains("GAZETTE_ADDR"));
    }

    #[test]
    fn s3_media_needs_every_field_and_takes_the_secret_from_the_environment() {
        let base = "[media]\nstorage = \"s3\"\nendpoint = \"http://127.0.0.1:9000\"\n\
                    bucket = \"gazette-media\"\naccess_key_id = \"AKIAEXAMPLE\"\n";
        let mut c = Config::parse(base).expect("the secret may come later");
        let err = c.media.s3(true).unwrap_err();
        assert!(err.contains("secret_access_key"), "{err}");
        c.apply_env(|n| (n == "GAZETTE_S3_SECRET_ACCESS_KEY").then(|| "s3cr3t".to_string()))
            .unwrap();
        let s3 = c.media.s3(true).unwrap().expect("s3 settings");
        assert_eq!(s3.secret_access_key, "s3cr3t");
        assert_eq!(s3.region, "us-east-1");
        assert!(
            !format!("{c:?}").contains("s3cr3t"),
            "the secret is redacted"
        );

        for (extra, names) in [
            ("", "bucket"),
            ("bucket = \"Bad_Bucket\"\n", "bucket"),
            ("endpoint = \"ftp://x\"\n", "endpoint"),
            ("prefix = \"../up\"\n", "prefix"),
        ] {
            let text = if extra.is_empty() {
                base.replace("bucket = \"gazette-media\"\n", "")
            } else {
                let key = extra.split(' ').next().unwrap();
                let kept: String = base
                    .lines()
                    .filter(|l| !l.starts_with(&format!("{key} ")))
                    .map(|l| format!("{l}\n"))
                    .collect();
                format!("{kept}{extra}")
            };
            let err = Config::parse(&text).unwrap_err();
            assert!(err.starts_with("[media]") && err.contains(names), "{err}");
        }
        let err = Config::parse("[media]\nstorage = \"ftp\"").unwrap_err();
        assert!(err.contains("storage"), "{err}");
    }

    #[test]
    fn debug_output_shows_no_secret() {
        let mut c = Config::parse(
            "database_url = \"postgres://gazette:db-pa55@db:5432/gazette\"\n\
             [mail]\nsmtp_url = \"smtp://news:smtp-pa55@relay:587\"\n\
             [newsletter]\nlink_key = \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"\n\
             [translation.engines.deepl]\nkind = \"deepl\"\napi_key = \"deepl-s3cr3t:fx\"\n",
        )
        .expect("a valid configuration");
        c.media.secret_access_key = "s3-s3cr3t".into();
        let shown = format!("{c:?}");
        for secret in [
            "db-pa55",
            "smtp-pa55",
            "0123456789abcdef",
            "deepl-s3cr3t",
            "s3-s3cr3t",
        ] {
            assert!(!shown.contains(secret), "{secret} shows in {shown}");
        }
        assert!(
            shown.contains("postgres://gazette:***@db:5432/gazette"),
            "{shown}"
        );
        assert!(
            shown.contains("deepl"),
            "the engine is still named: {shown}"
        );
    }
}

//! Configuration: a TOML file, then `GAZETTE_*` and `DATABASE_URL` from the environment, then
//! command-line flags. Every setting has a default that works on a laptop; unknown keys are errors.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The commented file `gazette init` writes. A test checks it parses to exactly the defaults.
pub const DEFAULT_CONFIG_TOML: &str = r#"# Gazette configuration. Every setting is optional; these are the defaults.
# Environment variables override the file: GAZETTE_ADDR, GAZETTE_DATA, GAZETTE_BASE_URL,
# GAZETTE_THEME_DIR, GAZETTE_PAGE_CACHE_ENTRIES, GAZETTE_WEBSUB_HUB, GAZETTE_SMTP_URL and
# DATABASE_URL.

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
# (e.g. "x-forwarded-for"), for the subscribe form's rate limit. Empty: the connection's address.
client_ip_header = ""

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
"#;

#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    pub mail: gazette_mail::MailSettings,
    pub newsletter: NewsletterSettings,
    pub syndication: SyndicationSettings,
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NewsletterSettings {
    pub retry_after_secs: u64,
    pub max_attempts: u32,
    pub hard_bounce_limit: u32,
    pub confirm_link_hours: u32,
    pub subscribe_per_ip_per_hour: u32,
    pub confirmations_per_address_per_hour: u32,
}

impl Default for NewsletterSettings {
    fn default() -> Self {
        Self {
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
            mail: gazette_mail::MailSettings::default(),
            newsletter: NewsletterSettings::default(),
            syndication: SyndicationSettings::default(),
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
        Ok(config)
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let config: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        config.mail.validate().map_err(|e| format!("[mail] {e}"))?;
        config
            .syndication
            .fetch_policy()
            .map_err(|e| format!("[syndication] {e}"))?;
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
        if let Some(v) = var("GAZETTE_PAGE_CACHE_ENTRIES") {
            self.page_cache_entries = v.parse().map_err(|_| ConfigError::Env {
                name: "GAZETTE_PAGE_CACHE_ENTRIES",
                value: v.clone(),
                message: "not a number".into(),
            })?;
        }
        Ok(())
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
}

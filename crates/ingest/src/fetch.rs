//! Outbound fetches of partner pages and feeds, guarded against server-side request forgery.
//!
//! A URL an editor pastes, or one a partner's feed lists, must not reach the machine's own
//! services or its private network: every address a host name resolves to is checked before a
//! connection is made (in the resolver, so a name cannot resolve to one address for the check and
//! another for the connection), IP-literal hosts are checked before the request, and redirects are
//! followed here one hop at a time so each hop is checked the same way. Bodies are read up to a
//! size limit, and the whole fetch has a deadline.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use ipnet::IpNet;
use url::Url;

/// What outbound fetches may do; the defaults suit a public server.
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Networks fetched from even though they are private, loopback or link-local (an intranet
    /// partner; `127.0.0.1/32` in tests).
    pub allowed_private: Vec<IpNet>,
    pub max_redirects: usize,
    /// For the whole fetch: connecting, every redirect hop and reading the body.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub max_bytes: usize,
    pub user_agent: String,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allowed_private: Vec::new(),
            max_redirects: 5,
            timeout: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(5),
            max_bytes: 10 * 1024 * 1024,
            user_agent: concat!("Gazette/", env!("CARGO_PKG_VERSION"), " (+syndication)").into(),
        }
    }
}

/// Why a fetch failed. Each names what to tell the editor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("{0:?} is not a valid http(s) URL")]
    InvalidUrl(String),
    /// The address is kept for the log, never put in the message: an editor who may not reach
    /// the server's network should not learn its addresses either.
    #[error(
        "{host} resolves to a private, loopback or link-local address; fetching from it is not allowed"
    )]
    Blocked { host: String, addr: IpAddr },
    #[error("{host} could not be resolved: {reason}")]
    Resolve { host: String, reason: String },
    #[error("more than {0} redirects")]
    TooManyRedirects(usize),
    #[error("the redirect from {from} has no usable Location")]
    BadRedirect { from: String },
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("the answer is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the server answered {status} for {url}")]
    Status { status: u16, url: String },
    #[error("cannot fetch {url}: {reason}")]
    Network { url: String, reason: String },
}

impl FetchError {
    /// Whether trying again later may succeed (a feed poll retries these, and gives up on the rest).
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Timeout(_) | Self::Network { .. } | Self::Resolve { .. } => true,
            Self::Status { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}

/// The validators of an earlier answer, for a conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful answer, after redirects.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the body came from: the last hop of the redirects.
    pub url: Url,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub validators: Validators,
}

impl Fetched {
    /// The body as text, in its declared or sniffed charset.
    pub fn text(&self) -> String {
        crate::decode(&self.body, self.content_type.as_deref())
    }

    /// Whether the answer says it is an HTML page (or says nothing, as some servers do).
    pub fn is_html(&self) -> bool {
        self.content_type.as_deref().is_none_or(|ct| {
            let ct = ct.to_ascii_lowercase();
            ct.starts_with("text/html") || ct.starts_with("application/xhtml+xml")
        })
    }
}

/// The result of a conditional fetch.
#[derive(Debug, Clone)]
pub enum Conditional {
    NotModified,
    Fetched(Fetched),
}

/// An HTTP client that follows [`FetchPolicy`]. Cheap to clone; keeps connections alive.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    policy: Arc<FetchPolicy>,
}

impl Fetcher {
    pub fn new(policy: FetchPolicy) -> Result<Self, FetchError> {
        let policy = Arc::new(policy);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A proxy from the environment would do the resolving, out of the guard's sight.
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver {
                policy: policy.clone(),
            }))
            .connect_timeout(policy.connect_timeout)
            .user_agent(policy.user_agent.clone())
            .build()
            .map_err(|e| FetchError::Network {
                url: String::new(),
                reason: e.to_string(),
            })?;
        Ok(Self { client, policy })
    }

    pub fn policy(&self) -> &FetchPolicy {
        &self.policy
    }

    /// GETs `url`, following redirects; anything but a 2xx answer is an error.
    pub async fn get(&self, url: &str) -> Result<Fetched, FetchError> {
        match self.get_if_changed(url, &Validators::default()).await? {
            Conditional::Fetched(f) => Ok(f),
            // Only a conditional request may be answered 304.
            Conditional::NotModified => Err(FetchError::Status {
                status: 304,
                url: url.to_owned(),
            }),
        }
    }

    /// GETs `url` with `If-None-Match` / `If-Modified-Since` from `known`.
    pub async fn get_if_changed(
        &self,
        url: &str,
        known: &Validators,
    ) -> Result<Conditional, FetchError> {
        let timeout = self.policy.timeout;
        tokio::time::timeout(timeout, self.follow(url, known))
            .await
            .unwrap_or(Err(FetchError::Timeout(timeout)))
    }

    async fn follow(&self, url: &str, known: &Validators) -> Result<Conditional, FetchError> {
        let mut url = parse_http_url(url)?;
        let mut hops = 0;
        loop {
            self.check_literal_host(&url)?;
            let mut request = self.client.get(url.clone());
            if let Some(etag) = &known.etag {
                request = request.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(date) = &known.last_modified {
                request = request.header(reqwest::header::IF_MODIFIED_SINCE, date);
            }
            let response = request
                .send()
                .await
                .map_err(|e| self.network_error(&url, &e))?;
            let status = response.status();
            if status.is_redirection() && status != reqwest::StatusCode::NOT_MODIFIED {
                hops += 1;
                if hops > self.policy.max_redirects {
                    return Err(FetchError::TooManyRedirects(self.policy.max_redirects));
                }
                let next = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|loc| url.join(loc).ok())
                    .filter(|u| matches!(u.scheme(), "http" | "https"))
                    .ok_or_else(|| FetchError::BadRedirect {
                        from: url.to_string(),
                    })?;
                url = next;
                continue;
            }
            if status == reqwest::StatusCode::NOT_MODIFIED {
                return Ok(Conditional::NotModified);
            }
            if !status.is_success() {
                return Err(FetchError::Status {
                    status: status.as_u16(),
                    url: url.to_string(),
                });
            }
            return self.read(url, response).await.map(Conditional::Fetched);
        }
    }

    async fn read(&self, url: Url, mut response: reqwest::Response) -> Result<Fetched, FetchError> {
        let limit = self.policy.max_bytes;
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(FetchError::TooLarge { limit });
        }
        let header = |name: reqwest::header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let validators = Validators {
            etag: header(reqwest::header::ETAG),
            last_modified: header(reqwest::header::LAST_MODIFIED),
        };
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.network_error(&url, &e))?
        {
            if body.len() + chunk.len() > limit {
                return Err(FetchError::TooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched {
            url,
            content_type,
            body,
            validators,
        })
    }

    /// Hosts written as IP addresses never reach the resolver, so they are checked here.
    fn check_literal_host(&self, url: &Url) -> Result<(), FetchError> {
        let addr = match url.host() {
            Some(url::Host::Ipv4(a)) => IpAddr::V4(a),
            Some(url::Host::Ipv6(a)) => IpAddr::V6(a),
            Some(url::Host::Domain(_)) => return Ok(()),
            None => return Err(FetchError::InvalidUrl(url.to_string())),
        };
        if self.policy.allows(addr) {
            Ok(())
        } else {
            Err(FetchError::Blocked {
                host: addr.to_string(),
                addr,
            })
        }
    }
}

/// An absolute http(s) URL with a host, or the error naming it.
pub fn parse_http_url(raw: &str) -> Result<Url, FetchError> {
    let url = Url::parse(raw.trim()).map_err(|_| FetchError::InvalidUrl(raw.to_owned()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(FetchError::InvalidUrl(raw.to_owned()));
    }
    Ok(url)
}

impl FetchPolicy {
    /// Whether a connection to `addr` is allowed.
    pub fn allows(&self, addr: IpAddr) -> bool {
        is_public(addr) || self.allowed_private.iter().any(|net| net.contains(&addr))
    }
}

/// Whether `addr` is on the public internet: not loopback, private, link-local, shared (CGNAT),
/// multicast, unspecified, or reserved, including IPv4 addresses written inside IPv6 ones.
pub fn is_public(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let segments = v6.segments();
            // IPv4-compatible addresses (`::127.0.0.1`, deprecated, ::/96) and 6to4 ones
            // (2002::/16) carry an IPv4 address that some stacks still route to.
            if segments[..6] == [0; 6] {
                let [.., hi, lo] = segments;
                let v4 = std::net::Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
                return !v4.is_unspecified()
                    && v4 != std::net::Ipv4Addr::new(0, 0, 0, 1)
                    && is_public(IpAddr::V4(v4));
            }
            if segments[0] == 0x2002 {
                let v4 = std::net::Ipv4Addr::from(
                    (u32::from(segments[1]) << 16) | u32::from(segments[2]),
                );
                return is_public(IpAddr::V4(v4));
            }
            let first = segments[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link-local
                || (first == 0x2001 && v6.segments()[1] == 0x0db8) // documentation
                || (first == 0x0064 && v6.segments()[1] == 0xff9b) // NAT64 (64:ff9b::/96, 64:ff9b:1::/48)
                || (first == 0x2001 && v6.segments()[1] == 0x0000) // Teredo
                || (first == 0x0100 && v6.segments()[1..4] == [0, 0, 0])) // discard-only
        }
    }
}

impl Fetcher {
    fn network_error(&self, url: &Url, err: &reqwest::Error) -> FetchError {
        // The resolver's refusal comes back wrapped in reqwest's and hyper's errors.
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
        while let Some(e) = source {
            if let Some(blocked) = e.downcast_ref::<Refused>() {
                return blocked.0.clone();
            }
            source = e.source();
        }
        if err.is_timeout() {
            return FetchError::Timeout(self.policy.connect_timeout);
        }
        FetchError::Network {
            url: url.to_string(),
            reason: error_chain(err),
        }
    }
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

/// The resolver's refusal, carried through reqwest's error to [`network_error`].
#[derive(Debug)]
struct Refused(FetchError);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Refused {}

/// Resolves with the system resolver and drops addresses the policy does not allow; a name with
/// none left is refused.
struct GuardedResolver {
    policy: Arc<FetchPolicy>,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.policy.clone();
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await
                .map_err(|e| {
                    Box::new(Refused(FetchError::Resolve {
                        host: host.clone(),
                        reason: e.to_string(),
                    })) as Box<dyn std::error::Error + Send + Sync>
                })?
                .collect();
            let allowed: Vec<SocketAddr> = addrs
                .iter()
                .copied()
                .filter(|a| policy.allows(a.ip()))
                .collect();
            match (allowed.is_empty(), addrs.first()) {
                (false, _) => Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs),
                (true, Some(first)) => Err(Box::new(Refused(FetchError::Blocked {
                    host,
                    addr: first.ip(),
                }))
                    as Box<dyn std::error::Error + Send + Sync>),
                (true, None) => Err(Box::new(Refused(FetchError::Resolve {
                    host,
                    reason: "no addresses".into(),
                }))
                    as Box<dyn std::error::Error + Send + Sync>),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for addr in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            // Issue 12's leftovers: IPv4-compatible IPv6, both NAT64 prefixes, 6to4, Teredo.
            "::127.0.0.1",
            "::10.0.0.1",
            "64:ff9b::7f00:1",
            "64:ff9b:1::7f00:1",
            "2002:7f00:1::1",
            "2001:0:4136:e378::1",
        ] {
            assert!(!is_public(ip(addr)), "{addr} counted as public");
        }
        for addr in [
            "93.184.215.14",
            "8.8.8.8",
            "2606:4700::1111",
            "172.32.0.1",
            "2002:808:808::1",
        ] {
            assert!(is_public(ip(addr)), "{addr} counted as private");
        }
    }

    #[test]
    fn allowed_networks_open_only_themselves() {
        let policy = FetchPolicy {
            allowed_private: vec!["127.0.0.1/32".parse().unwrap()],
            ..FetchPolicy::default()
        };
        assert!(policy.allows(ip("127.0.0.1")));
        assert!(!policy.allows(ip("127.0.0.2")));
        assert!(!policy.allows(ip("10.0.0.1")));
    }

    #[test]
    fn only_absolute_http_urls_are_fetched() {
        for bad in [
            "file:///etc/passwd",
            "ftp://x.example/",
            "/relative",
            "http://",
            "",
        ] {
            assert!(parse_http_url(bad).is_err(), "{bad}");
        }
        assert!(parse_http_url(" https://partner.example/a ").is_ok());
    }
}

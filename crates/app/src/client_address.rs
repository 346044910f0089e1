//! The reader's network address behind proxies, for rate limits.
//!
//! `X-Forwarded-For` is a list each proxy appends to: the client writes whatever it likes at the
//! left, so only the entries added by proxies we trust can be believed. The reader is the
//! rightmost hop that none of them added.

use std::net::IpAddr;

use ipnet::IpNet;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientAddressPolicy {
    /// Lower-case header name; empty: the connection's address is the reader's.
    header: String,
    /// Empty: the connection itself is the one proxy.
    trusted: Vec<IpNet>,
}

impl ClientAddressPolicy {
    pub fn new(header: String, trusted: Vec<IpNet>) -> Self {
        Self { header, trusted }
    }

    fn is_trusted(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.trusted.iter().any(|net| net.contains(&ip))
    }

    /// The reader's address, from the connection's (`peer`) and the proxy header's value.
    pub fn client(&self, peer: IpAddr, header: Option<&str>) -> IpAddr {
        let peer = canonical(peer);
        if self.header.is_empty() {
            return peer;
        }
        // With a list of proxies, a connection from anywhere else is the reader itself, and
        // whatever it wrote in the header is its own invention.
        if !self.trusted.is_empty() && !self.is_trusted(peer) {
            return peer;
        }
        let Some(value) = header else {
            return peer;
        };
        let hops: Vec<IpAddr> = value
            .split(',')
            .filter_map(|hop| parse_hop(hop.trim()))
            .map(canonical)
            .collect();
        if self.trusted.is_empty() {
            // The connection is the one proxy: the rightmost entry is what it saw.
            return hops.last().copied().unwrap_or(peer);
        }
        hops.iter()
            .rev()
            .find(|ip| !self.is_trusted(**ip))
            .or_else(|| hops.first())
            .copied()
            .unwrap_or(peer)
    }

    pub fn header(&self) -> Option<&str> {
        (!self.header.is_empty()).then_some(self.header.as_str())
    }
}

/// One entry of the header: an address, perhaps with a port (`203.0.113.9:4711`,
/// `[2001:db8::1]:443`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(ip) = hop.parse() {
        return Some(ip);
    }
    if let Some(rest) = hop.strip_prefix('[') {
        return rest.split_once(']').and_then(|(ip, _)| ip.parse().ok());
    }
    hop.rsplit_once(':').and_then(|(ip, _)| ip.parse().ok())
}

/// IPv4 addresses written as IPv6 (`::ffff:203.0.113.9`, as a dual-stack socket reports them)
/// are counted as the IPv4 address they are.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn policy(trusted: &[&str]) -> ClientAddressPolicy {
        ClientAddressPolicy::new(
            "x-forwarded-for".into(),
            trusted.iter().map(|t| t.parse().unwrap()).collect(),
        )
    }

    #[test]
    fn without_a_header_setting_the_connection_is_the_reader() {
        let p = ClientAddressPolicy::default();
        assert_eq!(
            p.client(ip("203.0.113.9"), Some("1.2.3.4")),
            ip("203.0.113.9")
        );
    }

    /// The finding of issue 12: the leftmost entry is the client's own writing, so adding one
    /// address to the header escaped the subscribe limit.
    #[test]
    fn an_address_the_client_wrote_itself_is_not_believed() {
        let one_proxy = policy(&[]);
        assert_eq!(
            one_proxy.client(ip("10.0.0.2"), Some("198.51.100.1, 203.0.113.9")),
            ip("203.0.113.9")
        );
        let proxies = policy(&["10.0.0.0/8"]);
        assert_eq!(
            proxies.client(ip("10.0.0.2"), Some("198.51.100.1, 203.0.113.9, 10.0.0.7")),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn the_header_from_an_untrusted_connection_is_ignored() {
        let p = policy(&["10.0.0.0/8"]);
        assert_eq!(
            p.client(ip("203.0.113.9"), Some("198.51.100.1")),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn entries_with_ports_and_mapped_addresses_are_read() {
        let p = policy(&["10.0.0.0/8"]);
        assert_eq!(
            p.client(
                ip("::ffff:10.0.0.2"),
                Some("[2001:db8::7]:443, 10.0.0.3:80")
            ),
            ip("2001:db8::7")
        );
        assert_eq!(p.client(ip("10.0.0.2"), Some("garbage, ")), ip("10.0.0.2"));
        assert_eq!(
            p.client(ip("10.0.0.2"), Some("203.0.113.9:4711")),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_chain_of_trusted_proxies_only_gives_its_first_entry() {
        let p = policy(&["10.0.0.0/8"]);
        assert_eq!(
            p.client(ip("10.0.0.2"), Some("10.1.1.1, 10.0.0.3")),
            ip("10.1.1.1")
        );
    }
}

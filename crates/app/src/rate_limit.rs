//! Rate limits per reader address (the subscribe form, sign-in), counted in this process.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use time::{Duration, OffsetDateTime};

/// Addresses remembered at once. Past this, the address seen least recently is forgotten, so
/// a flood from many addresses costs a bounded amount of memory (each entry holds at most
/// `per_hour` instants).
const MAX_ADDRESSES: usize = 20_000;

/// At most `per_hour` requests per address in any hour, counted in this process. (Several
/// servers each count their own share; the per-email limit, kept in the database, holds across
/// all of them.) IPv6 addresses are counted per /64, the block one household gets.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    per_hour: u32,
    max_addresses: usize,
    seen: Mutex<HashMap<IpAddr, Vec<OffsetDateTime>>>,
}

impl RateLimiter {
    pub(crate) fn new(per_hour: u32) -> Self {
        Self::with_capacity(per_hour, MAX_ADDRESSES)
    }

    fn with_capacity(per_hour: u32, max_addresses: usize) -> Self {
        Self {
            per_hour,
            max_addresses,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// How many addresses are remembered now.
    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.seen
            .lock()
            .expect("the limiter's lock is never poisoned")
            .len()
    }

    /// Counts a request from `ip` at `now`; false when it is over the limit.
    pub(crate) fn allow(&self, ip: IpAddr, now: OffsetDateTime) -> bool {
        let key = match ip {
            IpAddr::V6(v6) => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
            v4 => v4,
        };
        let mut seen = self
            .seen
            .lock()
            .expect("the limiter's lock is never poisoned");
        let since = now - Duration::hours(1);
        if seen.len() >= self.max_addresses && !seen.contains_key(&key) {
            seen.retain(|_, times| times.iter().any(|t| *t > since));
            if seen.len() >= self.max_addresses {
                let stalest = seen
                    .iter()
                    .min_by_key(|(_, times)| times.last().copied())
                    .map(|(ip, _)| *ip);
                if let Some(ip) = stalest {
                    seen.remove(&ip);
                }
            }
        }
        let times = seen.entry(key).or_default();
        times.retain(|t| *t > since);
        if times.len() >= self.per_hour as usize {
            return false;
        }
        times.push(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn allows_the_limit_per_hour_then_refuses_until_the_hour_passes() {
        let limiter = RateLimiter::new(3);
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let t = datetime!(2026-12-01 10:00 UTC);
        assert!((0..3).all(|i| limiter.allow(ip, t + Duration::minutes(i))));
        assert!(!limiter.allow(ip, t + Duration::minutes(10)));
        assert!(limiter.allow("203.0.113.8".parse().unwrap(), t));
        assert!(limiter.allow(ip, t + Duration::minutes(61)));
    }

    #[test]
    fn counts_ipv6_per_64_block() {
        let limiter = RateLimiter::new(1);
        let t = datetime!(2026-12-01 10:00 UTC);
        assert!(limiter.allow("2001:db8:1:2::1".parse().unwrap(), t));
        assert!(!limiter.allow("2001:db8:1:2:ffff::9".parse().unwrap(), t));
        assert!(limiter.allow("2001:db8:1:3::1".parse().unwrap(), t));
    }

    /// The finding of issue 12: one entry per address ever seen in the last hour, unbounded.
    #[test]
    fn memory_stays_bounded_under_a_flood_of_addresses() {
        let limiter = RateLimiter::with_capacity(5, 100);
        let t = datetime!(2026-12-01 10:00 UTC);
        for i in 0..10_000u32 {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            assert!(limiter.allow(ip, t));
        }
        assert_eq!(limiter.remembered(), 100);
    }
}

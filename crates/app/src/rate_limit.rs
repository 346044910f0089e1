//! The subscribe form's rate limit per reader address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use time::{Duration, OffsetDateTime};

/// At most `per_hour` requests per address in any hour, counted in this process. (Several
/// servers each count their own share; the per-email limit, kept in the database, holds across
/// all of them.) IPv6 addresses are counted per /64, the block one household gets.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    per_hour: u32,
    seen: Mutex<HashMap<IpAddr, Vec<OffsetDateTime>>>,
}

impl RateLimiter {
    pub(crate) fn new(per_hour: u32) -> Self {
        Self {
            per_hour,
            seen: Mutex::new(HashMap::new()),
        }
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
        // Forget old entries now and then, so memory stays bounded by the last hour's readers.
        if seen.len() > 10_000 {
            seen.retain(|_, times| times.iter().any(|t| *t > since));
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
}

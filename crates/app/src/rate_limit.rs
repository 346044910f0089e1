//! Rate limits per reader address (the subscribe form, sign-in), counted in the database so
//! that they hold site-wide: three servers sharing one database allow what one would.
//!
//! Each limit counts hits per clock hour in `rate_limits` (an upsert that returns the count, so
//! servers counting at once both count) and weighs the previous hour's count by the part of it
//! still inside the last sixty minutes: a sliding hour, estimated, without a row per request and
//! without the burst a fixed window allows across its boundary. A refused request is taken back,
//! so it is not held against the address. Each process deletes windows past once an hour.

use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};

use gazette_store::Store;
use gazette_store::rate_limits as rows;
use time::{Duration, OffsetDateTime};

use crate::AppResult;

const WINDOW_SECS: i64 = 3600;

/// About `per_hour` requests per address in any sixty minutes, across every process on the
/// database. IPv6 addresses are counted per /64, the block one household gets.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    /// Names the limit in the table's keys (`subscribe`, `sign-in`).
    scope: &'static str,
    per_hour: u32,
    /// The window this process last pruned at, so pruning runs once an hour.
    pruned: AtomicI64,
}

impl RateLimiter {
    pub(crate) fn new(scope: &'static str, per_hour: u32) -> Self {
        Self {
            scope,
            per_hour,
            pruned: AtomicI64::new(i64::MIN),
        }
    }

    /// Counts a request from `ip` at `now`; false when it is over the limit.
    pub(crate) async fn allow(
        &self,
        store: &Store,
        ip: IpAddr,
        now: OffsetDateTime,
    ) -> AppResult<bool> {
        let unix = now.unix_timestamp();
        let into_window = unix.rem_euclid(WINDOW_SECS);
        let window = OffsetDateTime::from_unix_timestamp(unix - into_window)
            .expect("an hour's start is a valid instant");
        let previous = window - Duration::seconds(WINDOW_SECS);
        let bucket = format!("{}:{}", self.scope, network_key(ip));
        let mut tx = store.begin().await?;
        let current = rows::hit(&mut tx, &bucket, window).await?;
        let before = rows::hits(&mut tx, &bucket, previous).await?;
        // The share of the previous hour still within the last sixty minutes.
        let still_in = (WINDOW_SECS - into_window) as f64 / WINDOW_SECS as f64;
        let estimate = current as f64 + before as f64 * still_in;
        let allowed = estimate <= f64::from(self.per_hour);
        if !allowed {
            rows::unhit(&mut tx, &bucket, window).await?;
        }
        let start = window.unix_timestamp();
        if self.pruned.swap(start, Ordering::Relaxed) != start {
            rows::prune(&mut tx, previous).await?;
        }
        tx.commit().await?;
        Ok(allowed)
    }
}

/// The address as counted: IPv4 as is, IPv6 by its /64.
fn network_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    async fn store(dir: &tempfile::TempDir) -> Store {
        let url = format!("sqlite://{}", dir.path().join("limits.db").display());
        let store = Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store
    }

    #[tokio::test]
    async fn allows_the_limit_in_any_hour_also_across_the_clock_hour() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir).await;
        let limiter = RateLimiter::new("test", 3);
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let t = datetime!(2026-12-01 10:50 UTC);
        for i in 0..3 {
            assert!(
                limiter
                    .allow(&store, ip, t + Duration::minutes(i))
                    .await
                    .unwrap()
            );
        }
        assert!(
            !limiter
                .allow(&store, ip, t + Duration::minutes(5))
                .await
                .unwrap()
        );
        let other = "203.0.113.8".parse().unwrap();
        assert!(limiter.allow(&store, other, t).await.unwrap());
        // A new clock hour does not wipe the slate: the last hour still counts.
        assert!(
            !limiter
                .allow(&store, ip, t + Duration::minutes(15))
                .await
                .unwrap()
        );
        // Refused requests were not counted: once the hour has passed, the address may again.
        assert!(
            limiter
                .allow(&store, ip, t + Duration::minutes(70))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn counts_ipv6_per_64_block_and_limits_apart() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir).await;
        let limiter = RateLimiter::new("one", 1);
        let t = datetime!(2026-12-01 10:00 UTC);
        let a = "2001:db8:1:2::1".parse().unwrap();
        assert!(limiter.allow(&store, a, t).await.unwrap());
        let same_block = "2001:db8:1:2:ffff::9".parse().unwrap();
        assert!(!limiter.allow(&store, same_block, t).await.unwrap());
        let next_block = "2001:db8:1:3::1".parse().unwrap();
        assert!(limiter.allow(&store, next_block, t).await.unwrap());
        let other_limit = RateLimiter::new("other", 1);
        assert!(other_limit.allow(&store, a, t).await.unwrap());
    }

    /// Windows past are deleted, so the table holds about one hour of addresses.
    #[tokio::test]
    async fn past_windows_are_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir).await;
        let limiter = RateLimiter::new("test", 5);
        let t = datetime!(2026-12-01 10:00 UTC);
        for i in 0..50u32 {
            let ip = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            assert!(limiter.allow(&store, ip, t).await.unwrap());
        }
        let later = "192.0.2.1".parse().unwrap();
        assert!(
            limiter
                .allow(&store, later, t + Duration::hours(2))
                .await
                .unwrap()
        );
        let mut conn = store.reader().await.unwrap();
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rate_limits")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(
            left, 1,
            "only the last two hours are kept: here, one address"
        );
    }
}

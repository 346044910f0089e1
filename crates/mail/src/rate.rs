//! The sending rate limiter shared by every clone of a [`crate::Mailer`].
//!
//! Two limits, each optional:
//!
//! * **per second**: a bucket holding one token, refilled every `1/per_second` s. Sends are
//!   spaced evenly, so no burst ever exceeds the rate and any one-second window holds at most
//!   `per_second` sends. (A bucket of `per_second` tokens would allow twice that in the second
//!   after an idle spell: the full bucket, then its refill.)
//! * **per hour**: a sliding window. An edition smaller than the hourly allowance goes out at
//!   once (at the per-second pace), and no hour ever holds more than `per_hour` sends.
//!
//! Callers reserve their send time under a mutex, then sleep until it outside the lock, so
//! waiters are served in arrival order and nobody polls. Times come from `tokio::time`, which
//! makes the limiter testable with paused time.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

const HOUR: Duration = Duration::from_secs(3600);

/// Grants within this span share one record of the hourly window, stamped with the latest
/// of them: the window holds at most an hour / `SLOT` records whatever `per_hour` is, and a
/// send waits at most `SLOT` longer than an exact log would make it.
const SLOT: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub(crate) struct RateLimiter {
    state: Option<Mutex<State>>,
}

#[derive(Debug)]
struct State {
    /// The latest time reserved so far: grants are handed out in order.
    last: Option<Instant>,
    /// Spacing of the per-second limit.
    interval: Option<Duration>,
    window: Option<Window>,
}

/// Grants of the last `length`, oldest first, at most `limit` of them.
#[derive(Debug)]
struct Window {
    limit: u32,
    length: Duration,
    runs: VecDeque<Run>,
    total: u32,
}

/// Grants between `first` and `last`, all counted as if made at `last` (later than they were,
/// so the window only ever overestimates what it holds).
#[derive(Debug)]
struct Run {
    first: Instant,
    last: Instant,
    count: u32,
}

impl RateLimiter {
    /// 0 means no limit, for either.
    pub(crate) fn new(per_second: u32, per_hour: u32) -> Self {
        Self::with_window(per_second, per_hour, HOUR)
    }

    fn with_window(per_second: u32, per_window: u32, length: Duration) -> Self {
        if per_second == 0 && per_window == 0 {
            return Self { state: None };
        }
        // Rounded up: rounding down would fit one send too many into some second.
        let interval = (per_second > 0)
            .then(|| Duration::from_nanos(1_000_000_000_u64.div_ceil(per_second.into())));
        let window = (per_window > 0).then(|| Window {
            limit: per_window,
            length,
            runs: VecDeque::new(),
            total: 0,
        });
        Self {
            state: Some(Mutex::new(State {
                last: None,
                interval,
                window,
            })),
        }
    }

    /// Waits until this caller may send. A caller cancelled while waiting leaves its slot
    /// unused, which only ever sends less.
    pub(crate) async fn acquire(&self) {
        let Some(state) = &self.state else { return };
        let at = state
            .lock()
            .expect("the limiter's lock is never held across a panic")
            .reserve(Instant::now());
        tokio::time::sleep_until(at).await;
    }
}

impl State {
    fn reserve(&mut self, now: Instant) -> Instant {
        let mut at = now;
        if let Some(last) = self.last {
            at = at.max(last + self.interval.unwrap_or_default());
        }
        if let Some(window) = &mut self.window {
            at = window.reserve(at);
        }
        self.last = Some(at);
        at
    }
}

impl Window {
    /// The earliest time at or after `at` that keeps the window within its limit, recorded.
    fn reserve(&mut self, mut at: Instant) -> Instant {
        while let Some(run) = self.runs.front() {
            if run.last + self.length > at {
                break;
            }
            self.total -= run.count;
            self.runs.pop_front();
        }
        if self.total >= self.limit {
            // Full: wait until the oldest run has left the window. Grants are reserved in
            // order, so everything after this one waits at least as long, and dropping the run
            // now cannot let a later grant in early.
            let oldest = self
                .runs
                .pop_front()
                .expect("a full window holds at least one run");
            self.total -= oldest.count;
            at = oldest.last + self.length;
        }
        match self.runs.back_mut() {
            Some(run) if at.duration_since(run.first) < SLOT => {
                run.last = at;
                run.count += 1;
            }
            _ => self.runs.push_back(Run {
                first: at,
                last: at,
                count: 1,
            }),
        }
        self.total += 1;
        at
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// Every window of `length` starting at a grant holds at most `limit` grants.
    fn assert_at_most(times: &[Instant], limit: usize, length: Duration) {
        let mut sorted = times.to_vec();
        sorted.sort();
        for (i, start) in sorted.iter().enumerate() {
            let inside = sorted[i..]
                .iter()
                .take_while(|t| t.duration_since(*start) < length)
                .count();
            assert!(
                inside <= limit,
                "{inside} grants within {length:?} of grant {i}, limit {limit}"
            );
        }
    }

    async fn grants(limiter: &RateLimiter, n: usize) -> Vec<Instant> {
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            limiter.acquire().await;
            out.push(Instant::now());
        }
        out
    }

    #[tokio::test(start_paused = true)]
    async fn no_limit_never_waits() {
        let limiter = RateLimiter::new(0, 0);
        let start = Instant::now();
        grants(&limiter, 1000).await;
        assert_eq!(start.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn per_second_spaces_sends_evenly() {
        let limiter = RateLimiter::new(10, 0);
        let start = Instant::now();
        let times = grants(&limiter, 35).await;
        assert_eq!(times[0], start, "the first send does not wait");
        assert_eq!(times[34].duration_since(start), Duration::from_millis(3400));
        assert_at_most(&times, 10, Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn per_second_rounds_the_spacing_up() {
        // 1 s / 3 is not a whole number of nanoseconds; rounding down would fit a fourth send
        // into the first second.
        let limiter = RateLimiter::new(3, 0);
        let times = grants(&limiter, 20).await;
        assert_at_most(&times, 3, Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn idle_time_does_not_build_up_a_burst() {
        let limiter = RateLimiter::new(5, 0);
        grants(&limiter, 3).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        let times = grants(&limiter, 10).await;
        assert_eq!(
            times[9].duration_since(times[0]),
            Duration::from_millis(1800)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn per_hour_sends_the_allowance_at_once_then_waits_an_hour() {
        let limiter = RateLimiter::new(0, 5);
        let start = Instant::now();
        let times = grants(&limiter, 12).await;
        assert!(times[..5].iter().all(|t| *t == start));
        assert!(times[5].duration_since(start) >= HOUR);
        assert!(times[5].duration_since(start) <= HOUR + SLOT);
        assert!(times[10].duration_since(start) >= 2 * HOUR);
        assert_at_most(&times, 5, HOUR);
    }

    #[tokio::test(start_paused = true)]
    async fn both_limits_hold_together() {
        let limiter = RateLimiter::new(2, 7);
        let start = Instant::now();
        let times = grants(&limiter, 30).await;
        assert_at_most(&times, 2, Duration::from_secs(1));
        assert_at_most(&times, 7, HOUR);
        // Seven at the per-second pace, then the hour.
        assert_eq!(times[6].duration_since(start), Duration::from_secs(3));
        assert!(times[7].duration_since(start) >= HOUR);
    }

    #[tokio::test(start_paused = true)]
    async fn a_short_window_with_many_grants_per_slot_stays_within_its_limit() {
        // Exercises the run merging: many grants per SLOT, window of a few slots.
        let limiter = RateLimiter::with_window(50, 120, Duration::from_secs(4));
        let times = grants(&limiter, 600).await;
        assert_at_most(&times, 120, Duration::from_secs(4));
        assert_at_most(&times, 50, Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_callers_share_the_limit() {
        let limiter = Arc::new(RateLimiter::new(20, 0));
        let start = Instant::now();
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let limiter = Arc::clone(&limiter);
                tokio::spawn(async move { grants(&limiter, 25).await })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.extend(task.await.expect("task finished"));
        }
        assert_eq!(times.len(), 200);
        assert_at_most(&times, 20, Duration::from_secs(1));
        let last = times.iter().max().expect("200 grants");
        assert_eq!(last.duration_since(start), Duration::from_millis(199 * 50));
    }
}

//! Catching up with the change log: every committed change records its cache tags in the
//! store's log (see `gazette_store::changes`); each process applies the entries after the last
//! one it applied — dropping exactly those cached pages and reindexing exactly those articles —
//! when it starts, whenever a PostgreSQL notification says there is more, when its listener
//! reconnects, and by polling (on SQLite, where there is no listener, and as a safety net).
//!
//! The search index persists the last entry it has applied beside it (`{data}/search-change-mark`),
//! so a restarted server resumes from there instead of rebuilding; one whose mark is older
//! than the oldest entry kept rebuilds in full. While a process cannot be sure it has heard
//! every change (its listener is down), [`crate::Core::is_following_changes`] is false and its
//! cached pages are served marked stale.

use std::collections::BTreeSet;
use std::time::Duration;

use gazette_render::CacheTag;
use gazette_store::changes;

use crate::core::Core;
use crate::{AppResult, now};

/// Entries read at a time while catching up.
const BATCH: i64 = 500;
/// How often the log is read when nothing wakes the follower: on SQLite (changes made by CLI
/// commands in other processes) and on PostgreSQL while the listener is down.
pub(crate) const POLL_EVERY: Duration = Duration::from_secs(1);
/// How often the log is read on PostgreSQL while notifications are heard: a safety net only.
pub(crate) const SAFETY_POLL_EVERY: Duration = Duration::from_secs(15);
/// Entries older than this are pruned; a server stopped for longer rebuilds its index.
const RETENTION: time::Duration = time::Duration::days(7);
/// How often a process prunes the log.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);
/// Own entries remembered at most (a rolled-back transaction's number is never seen again).
const OWN_KEPT: usize = 4096;

/// Where this process stands in the change log.
#[derive(Default)]
pub(crate) struct ChangeFollower {
    /// The last entry applied here; `None` until the search index or the follower set it.
    applied: tokio::sync::Mutex<Option<i64>>,
    /// Entries this process recorded, already applied here when they committed.
    own: std::sync::Mutex<BTreeSet<i64>>,
}

impl ChangeFollower {
    /// Remembers an entry this process recorded (it applies its own changes at commit).
    pub(crate) fn note_own(&self, id: i64) {
        let mut own = self.own.lock().unwrap_or_else(|p| p.into_inner());
        own.insert(id);
        while own.len() > OWN_KEPT {
            own.pop_first();
        }
    }

    fn take_own(&self, id: i64) -> bool {
        self.own
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&id)
    }

    /// Starts following at `mark` (what the search index has applied), unless already started.
    pub(crate) async fn start_at(&self, mark: i64) {
        let mut applied = self.applied.lock().await;
        if applied.is_none() {
            *applied = Some(mark);
        }
    }

    /// Goes back to `mark` when applying what came after it failed, so it is applied again.
    pub(crate) async fn rewind_to(&self, mark: i64) {
        let mut applied = self.applied.lock().await;
        if applied.is_some_and(|a| a > mark) {
            *applied = Some(mark);
        }
    }
}

impl Core {
    /// Applies every change-log entry after the last one applied here: drops the pages they
    /// name and reindexes their articles (everything, when entries were pruned unseen).
    /// Returns how many entries were applied.
    pub async fn catch_up(&self) -> AppResult<usize> {
        let mut applied = self.changes.applied.lock().await;
        let mut conn = self.store().reader().await?;
        let mut mark = match *applied {
            Some(mark) => mark,
            // Nothing of this process predates its start: begin at the newest entry.
            None => {
                let latest = changes::latest(&mut conn).await?;
                *applied = Some(latest);
                latest
            }
        };
        let mut count = 0;
        if mark < changes::pruned_through(&mut conn).await? {
            tracing::warn!(
                mark,
                "entries this process had not applied were pruned from the change log; rebuilding"
            );
            mark = changes::latest(&mut conn).await?;
            self.invalidate_local(&[CacheTag::Everything]);
            crate::search::queue_applied(self, mark);
            *applied = Some(mark);
            return Ok(1);
        }
        loop {
            let batch = changes::after(&mut conn, mark, BATCH).await?;
            let Some(last) = batch.last().map(|c| c.id) else {
                break;
            };
            let mut tags = Vec::new();
            for change in &batch {
                if !self.changes.take_own(change.id) {
                    tags.extend(logged_tags(&change.tags));
                }
            }
            if tags.contains(&CacheTag::Everything) {
                tags = vec![CacheTag::Everything];
            } else {
                tags.sort_unstable_by_key(ToString::to_string);
                tags.dedup();
            }
            if !tags.is_empty() {
                self.invalidate_local(&tags);
            }
            crate::search::queue_applied(self, last);
            count += batch.len();
            mark = last;
            *applied = Some(mark);
            if batch.len() < BATCH as usize {
                break;
            }
        }
        Ok(count)
    }

    /// Deletes change-log entries older than the retention.
    pub(crate) async fn prune_change_log(&self) -> AppResult<u64> {
        let mut tx = self.store().begin().await?;
        let gone = changes::prune(&mut tx, now() - RETENTION).await?;
        tx.commit().await?;
        Ok(gone)
    }
}

/// The tags of a logged change; one this version does not know (written by a newer process) or
/// cannot read drops every page rather than leaving a stale one.
pub(crate) fn logged_tags(logged: &str) -> Vec<CacheTag> {
    logged
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| t.parse().unwrap_or(CacheTag::Everything))
        .collect()
}

/// Reads the log every [`POLL_EVERY`] (every [`SAFETY_POLL_EVERY`] while a PostgreSQL listener
/// hears notifications) and prunes it now and then. Runs until the process ends.
pub(crate) async fn poll(core: &Core) {
    let postgres = core.store().backend() == gazette_store::Backend::Postgres;
    let mut last_prune: Option<std::time::Instant> = None;
    let mut failing = false;
    loop {
        match core.catch_up().await {
            Ok(_) if failing => {
                tracing::info!("change log readable again");
                failing = false;
            }
            Ok(_) => {}
            Err(err) if !failing => {
                tracing::warn!(error = %err, "cannot read the change log; retrying");
                failing = true;
            }
            Err(_) => {}
        }
        if !failing && last_prune.is_none_or(|at| at.elapsed() >= PRUNE_EVERY) {
            match core.prune_change_log().await {
                Ok(gone) if gone > 0 => tracing::info!(gone, "pruned the change log"),
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "cannot prune the change log"),
            }
            last_prune = Some(std::time::Instant::now());
        }
        let wait = if postgres && core.is_following_changes() {
            SAFETY_POLL_EVERY
        } else {
            POLL_EVERY
        };
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_or_garbled_tags_mean_everything() {
        assert_eq!(logged_tags("nav"), vec![CacheTag::Nav]);
        assert_eq!(logged_tags("no-such-tag"), vec![CacheTag::Everything]);
        assert!(logged_tags("").is_empty());
    }
}

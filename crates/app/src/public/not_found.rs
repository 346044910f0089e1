//! Addresses recently found to lead nowhere, and the rendered error pages, so that a flood of
//! requests for missing pages (scanners, broken links) costs a map lookup instead of a handful
//! of queries and a render each.
//!
//! An entry lives a few seconds at most, and every change emptying it: [`crate::Core::invalidate_local`]
//! clears it for this process's commits and for the tags other processes announce, so a page
//! published at a missing address answers at once. A look-up that began before a clear is not
//! remembered (the generation read before it no longer matches), as the page cache does with
//! its epoch.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long "nothing here" is believed without a change being heard.
const TTL: Duration = Duration::from_secs(5);
/// Addresses remembered at once; a flood of distinct ones empties the map rather than grow it.
const MAX_ENTRIES: usize = 10_000;

#[derive(Debug, Default)]
pub(crate) struct NotFoundCache {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    generation: u64,
    /// Key → when it was found missing.
    missing: HashMap<String, Instant>,
    /// (status, edition) → the error page's HTML.
    error_pages: HashMap<(u16, String), Arc<str>>,
}

impl NotFoundCache {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .expect("the not-found cache's lock is never poisoned")
    }

    /// Read before looking something up; pass it back to remember the answer.
    pub(crate) fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// Whether `key` was found missing in the last few seconds, with no change since.
    pub(crate) fn is_missing(&self, key: &str) -> bool {
        let mut inner = self.lock();
        match inner.missing.get(key) {
            Some(at) if at.elapsed() < TTL => true,
            Some(_) => {
                inner.missing.remove(key);
                false
            }
            None => false,
        }
    }

    /// Remembers that `key` leads nowhere, unless a change came since `generation` was read.
    pub(crate) fn remember_missing(&self, key: String, generation: u64) {
        let mut inner = self.lock();
        if inner.generation != generation {
            return;
        }
        if inner.missing.len() >= MAX_ENTRIES {
            inner.missing.retain(|_, at| at.elapsed() < TTL);
            if inner.missing.len() >= MAX_ENTRIES {
                inner.missing.clear();
            }
        }
        inner.missing.insert(key, Instant::now());
    }

    pub(crate) fn error_page(&self, status: u16, lang: &str) -> Option<Arc<str>> {
        self.lock()
            .error_pages
            .get(&(status, lang.to_owned()))
            .cloned()
    }

    /// Keeps a rendered error page until the next change (it shows the navigation and the
    /// site's name), unless a change came since `generation` was read.
    pub(crate) fn keep_error_page(&self, status: u16, lang: &str, html: Arc<str>, generation: u64) {
        let mut inner = self.lock();
        if inner.generation == generation {
            inner.error_pages.insert((status, lang.to_owned()), html);
        }
    }

    /// Forgets everything: something changed.
    pub(crate) fn clear(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.missing.clear();
        inner.error_pages.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_during_the_lookup_keeps_the_answer_out() {
        let cache = NotFoundCache::new();
        let before = cache.generation();
        cache.clear();
        cache.remember_missing("/x".into(), before);
        assert!(!cache.is_missing("/x"));
        cache.remember_missing("/x".into(), cache.generation());
        assert!(cache.is_missing("/x"));
        cache.clear();
        assert!(!cache.is_missing("/x"), "a change forgets it");
    }

    #[test]
    fn stays_bounded_under_a_flood_of_distinct_addresses() {
        let cache = NotFoundCache::new();
        let g = cache.generation();
        for i in 0..(MAX_ENTRIES * 3) {
            cache.remember_missing(format!("/nothing-{i}"), g);
        }
        assert!(cache.lock().missing.len() <= MAX_ENTRIES);
    }
}

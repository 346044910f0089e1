//! Ranking: BM25 times the recency boost, the top of it kept, and the facets counted in the
//! same pass over the matches.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::facets::{self, SegmentFacetCounter, Tally};
use crate::table::{SegmentTable, Tables};

/// The recency boost: `1 + RECENCY_WEIGHT × exp(−age_days / RECENCY_DAYS)`.
const RECENCY_WEIGHT: f64 = 0.3;
const RECENCY_DAYS: f64 = 365.0;
/// No boost exceeds this (with a margin for rounding to `f32`).
const MAX_BOOST: Score = (1.0 + RECENCY_WEIGHT) as Score * 1.0001;

/// `1 + 0.3 × exp(−age_days / 365)`, with the age clamped at zero.
pub(crate) fn recency_boost(now: i64, published_at: i64) -> Score {
    let age_days = (now.saturating_sub(published_at).max(0) as f64) / 86_400.0;
    (1.0 + RECENCY_WEIGHT * (-age_days / RECENCY_DAYS).exp()) as Score
}

/// Keeps the `limit` best matches by boosted score, counts every match and its facets.
///
/// Tantivy's `TopDocs::tweak_score` would do the ranking, but it computes the boost (a fast
/// field read and an `exp`) for every match. Here a match whose BM25 score could not enter the
/// top even with the largest boost is skipped before that: for a word in every article, almost
/// all of them.
pub(crate) struct RankCollector<'a> {
    pub limit: usize,
    pub now: i64,
    pub tables: &'a Tables,
}

pub(crate) struct Ranked {
    /// Best first; ties go to the lower address, so pages are stable.
    pub top: Vec<(Score, DocAddress)>,
    pub tally: Tally,
}

pub(crate) struct SegmentRanker {
    segment: SegmentOrdinal,
    limit: usize,
    now: i64,
    table: Arc<SegmentTable>,
    /// A min-heap: the worst kept match on top.
    heap: BinaryHeap<Reverse<Entry>>,
    facets: SegmentFacetCounter,
}

/// Ordered from worse to better.
#[derive(Clone, Copy)]
struct Entry {
    score: Score,
    doc: DocId,
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.score
            .total_cmp(&other.score)
            .then_with(|| other.doc.cmp(&self.doc))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

impl Collector for RankCollector<'_> {
    type Fruit = Ranked;
    type Child = SegmentRanker;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentRanker> {
        Ok(SegmentRanker {
            segment,
            limit: self.limit,
            now: self.now,
            table: self.tables.get(reader)?,
            heap: BinaryHeap::with_capacity(self.limit.min(1024) + 1),
            facets: SegmentFacetCounter::new(self.tables, reader)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Ranked>) -> tantivy::Result<Ranked> {
        let mut top = Vec::new();
        let mut tallies = Vec::with_capacity(fruits.len());
        for fruit in fruits {
            top.extend(fruit.top);
            tallies.push(fruit.tally);
        }
        top.sort_by(|(sa, da), (sb, db)| sb.total_cmp(sa).then_with(|| da.cmp(db)));
        top.truncate(self.limit);
        Ok(Ranked {
            top,
            tally: facets::merge(tallies),
        })
    }
}

impl SegmentCollector for SegmentRanker {
    type Fruit = Ranked;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.facets.collect(doc, score);
        if self.limit == 0 {
            return;
        }
        let full = self.heap.len() >= self.limit;
        if full
            && self
                .heap
                .peek()
                .is_some_and(|worst| score * MAX_BOOST < worst.0.score)
        {
            return;
        }
        let entry = Entry {
            score: score * recency_boost(self.now, self.table.published(doc)),
            doc,
        };
        if !full {
            self.heap.push(Reverse(entry));
        } else if let Some(mut worst) = self.heap.peek_mut()
            && entry > worst.0
        {
            *worst = Reverse(entry);
        }
    }

    fn harvest(self) -> Ranked {
        let segment = self.segment;
        Ranked {
            top: self
                .heap
                .into_iter()
                .map(|Reverse(e)| (e.score, DocAddress::new(segment, e.doc)))
                .collect(),
            tally: self.facets.harvest(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recency_boost_is_gentle_and_clamped() {
        let day = 86_400;
        let now = 1_700_000_000;
        assert!((recency_boost(now, now) - 1.3).abs() < 1e-6);
        assert!((recency_boost(now, now + 30 * day) - 1.3).abs() < 1e-6);
        let year_old = recency_boost(now, now - 365 * day);
        assert!((year_old - (1.0 + 0.3 / std::f32::consts::E)).abs() < 1e-4);
        assert!(recency_boost(now, now - 3650 * day) < 1.0001);
        assert!(recency_boost(now, i64::MIN) >= 1.0);
        assert!(recency_boost(now, i64::MAX) <= MAX_BOOST);
    }

    #[test]
    fn entries_order_by_score_then_lower_doc_first() {
        let e = |score, doc| Entry { score, doc };
        assert!(e(2.0, 5) > e(1.0, 1));
        assert!(e(1.0, 1) > e(1.0, 2));
    }
}

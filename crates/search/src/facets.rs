//! Facet counting over every matching document, not just the page shown.
//!
//! All facet values of a document live in one multi-valued string fast field, `facet`, as
//! `dimension:value` (`region:europe`, `year:2024`), indexed too, for filters. Counting is one
//! lookup per matching document in the segment's in-memory table (`table.rs`), incrementing a
//! per-segment array indexed by ordinal; ordinals become strings once per segment, for the
//! values that were seen. Seven separate fields (or tantivy's hierarchical `FacetCollector`)
//! would cost seven lookups per document, and a query for a common word matches most of the
//! publication.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::table::{SegmentTable, Tables};
use crate::{FacetCount, Facets};

/// The name of the facet fast field.
pub(crate) const FIELD: &str = "facet";

pub(crate) const REGION: &str = "region";
pub(crate) const THEME: &str = "theme";
pub(crate) const REPORT: &str = "report";
pub(crate) const AUTHOR: &str = "author";
pub(crate) const SOURCE: &str = "source";
pub(crate) const LANGUAGE: &str = "language";
pub(crate) const YEAR: &str = "year";

/// The indexed form of one facet value. Dimensions have no `:`, so splitting at the first one
/// gives the value back whatever it contains.
pub(crate) fn key(dimension: &str, value: &str) -> String {
    format!("{dimension}:{value}")
}

/// Counts matching documents, in total and per facet value.
pub(crate) struct FacetCounter<'a> {
    pub tables: &'a Tables,
}

#[derive(Default)]
pub(crate) struct Tally {
    pub total: u64,
    pub counts: HashMap<String, u64>,
}

pub(crate) struct SegmentFacetCounter {
    total: u64,
    table: Arc<SegmentTable>,
    counts: Vec<u32>,
}

impl SegmentFacetCounter {
    pub(crate) fn new(
        tables: &Tables,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let table = tables.get(segment)?;
        Ok(SegmentFacetCounter {
            total: 0,
            counts: vec![0; table.values.len()],
            table,
        })
    }
}

impl Collector for FacetCounter<'_> {
    type Fruit = Tally;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        SegmentFacetCounter::new(self.tables, segment)
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        Ok(merge(fruits))
    }
}

pub(crate) fn merge(fruits: Vec<Tally>) -> Tally {
    let mut merged = Tally::default();
    for fruit in fruits {
        merged.total += fruit.total;
        if merged.counts.is_empty() {
            merged.counts = fruit.counts;
            continue;
        }
        for (value, count) in fruit.counts {
            *merged.counts.entry(value).or_default() += count;
        }
    }
    merged
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Tally;

    #[inline]
    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        for &ord in self.table.ords(doc) {
            self.counts[ord as usize] += 1;
        }
    }

    fn harvest(self) -> Tally {
        let counts = self
            .counts
            .iter()
            .zip(&self.table.values)
            .filter(|(count, _)| **count > 0)
            .map(|(count, value)| (value.clone(), u64::from(*count)))
            .collect();
        Tally {
            total: self.total,
            counts,
        }
    }
}

/// Splits the counts into dimensions. Values are sorted by count (then by value), years by year
/// from the newest.
pub(crate) fn into_facets(counts: HashMap<String, u64>) -> Facets {
    let mut facets = Facets::default();
    for (key, count) in counts {
        let Some((dimension, value)) = key.split_once(':') else {
            continue;
        };
        let list = match dimension {
            REGION => &mut facets.regions,
            THEME => &mut facets.themes,
            REPORT => &mut facets.reports,
            AUTHOR => &mut facets.authors,
            SOURCE => &mut facets.sources,
            LANGUAGE => &mut facets.languages,
            YEAR => &mut facets.years,
            _ => continue,
        };
        list.push(FacetCount {
            value: value.to_owned(),
            count,
        });
    }
    for list in [
        &mut facets.regions,
        &mut facets.themes,
        &mut facets.reports,
        &mut facets.authors,
        &mut facets.sources,
        &mut facets.languages,
    ] {
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    }
    // Year strings are not all four digits wide (year 999, or negative), so sort numerically.
    facets
        .years
        .sort_by_key(|f| std::cmp::Reverse(f.value.parse::<i64>().unwrap_or(i64::MIN)));
    facets
}

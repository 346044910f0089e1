//! Facet counting over every matching document, not just the page shown.
//!
//! All facet values of a document live in one multi-valued string fast field, `facet`, as
//! `dimension:value` (`region:europe`, `year:2024`). Counting is then one column read per
//! matching document, incrementing a per-segment array indexed by term ordinal; ordinals become
//! strings once per segment, for the values that were seen. Seven separate fields (or tantivy's
//! hierarchical `FacetCollector`) would cost seven column reads per document, and a query for a
//! common word matches most of the publication.

use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

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
pub(crate) struct FacetCounter;

#[derive(Default)]
pub(crate) struct Tally {
    pub total: u64,
    pub counts: HashMap<String, u64>,
}

pub(crate) struct SegmentFacetCounter {
    total: u64,
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl SegmentFacetCounter {
    pub(crate) fn new(segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounter> {
        // A segment where no document has a facet value has no column at all.
        let column = segment.fast_fields().str(FIELD)?;
        let num_terms = column.as_ref().map_or(0, |c| c.dictionary().num_terms());
        Ok(SegmentFacetCounter {
            total: 0,
            column,
            counts: vec![0; num_terms],
        })
    }
}

impl Collector for FacetCounter {
    type Fruit = Tally;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        SegmentFacetCounter::new(segment)
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
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
        Ok(merged)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        if let Some(column) = &self.column {
            for ord in column.ords().values_for_doc(doc) {
                self.counts[ord as usize] += 1;
            }
        }
    }

    fn harvest(self) -> Tally {
        let mut tally = Tally {
            total: self.total,
            counts: HashMap::new(),
        };
        let Some(column) = &self.column else {
            return tally;
        };
        let seen: Vec<u64> = (0..self.counts.len() as u64)
            .filter(|&ord| self.counts[ord as usize] > 0)
            .collect();
        let mut seen_iter = seen.iter();
        // The dictionary is mmapped index data we just read ordinals from; failing to read it
        // back means the index is damaged, and leaving the facets out says so less loudly than
        // failing the search would.
        let _ = column.dictionary().sorted_ords_to_term_cb(&seen, |bytes| {
            if let Some(&ord) = seen_iter.next() {
                let value = String::from_utf8_lossy(bytes).into_owned();
                tally
                    .counts
                    .insert(value, u64::from(self.counts[ord as usize]));
            }
        });
        tally
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

//! Per-segment tables, in memory, of what is read for every match: facet values and
//! publication time.
//!
//! A query for a common word matches most of the publication, and every match needs its facet
//! values counted. Read through tantivy's columnar format, that is a multi-valued column lookup
//! and a bit-unpacking per value, which was the largest part of such a query. A segment never
//! changes once written (deletes are kept apart), so its table is built once, when a reload
//! first shows the segment, and dropped when no searcher shows it any more. It costs about
//! 50 bytes per document (5 MB per 100,000 articles).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use tantivy::index::SegmentId;
use tantivy::{DocId, Searcher, SegmentReader};

use crate::facets;
use crate::schema::PUBLISHED_AT;

pub(crate) struct SegmentTable {
    /// Document `d`'s facet values are `ords[offsets[d]..offsets[d + 1]]`.
    offsets: Vec<u32>,
    /// Indexes into `values`.
    ords: Vec<u32>,
    /// The segment's distinct facet keys (`region:europe`), by ordinal.
    pub values: Vec<String>,
    published: Vec<i64>,
}

impl SegmentTable {
    fn build(segment: &SegmentReader) -> tantivy::Result<SegmentTable> {
        let max_doc = segment.max_doc();
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut ords = Vec::new();
        let mut values = Vec::new();
        offsets.push(0);
        // A segment where no document has a facet value has no column at all.
        if let Some(column) = segment.fast_fields().str(facets::FIELD)? {
            for doc in 0..max_doc {
                ords.extend(column.ords().values_for_doc(doc).map(|ord| ord as u32));
                offsets.push(ords.len() as u32);
            }
            let mut terms = column.dictionary().stream()?;
            while terms.advance() {
                values.push(String::from_utf8_lossy(terms.key()).into_owned());
            }
        } else {
            offsets.resize(max_doc as usize + 1, 0);
        }
        let published = match segment.fast_fields().i64(PUBLISHED_AT) {
            Ok(column) => {
                let column = column.first_or_default_col(0);
                (0..max_doc).map(|doc| column.get_val(doc)).collect()
            }
            Err(_) => vec![0; max_doc as usize],
        };
        Ok(SegmentTable {
            offsets,
            ords,
            values,
            published,
        })
    }

    /// The ordinals of a document's facet values.
    #[inline]
    pub fn ords(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        &self.ords[self.offsets[doc] as usize..self.offsets[doc + 1] as usize]
    }

    #[inline]
    pub fn published(&self, doc: DocId) -> i64 {
        self.published[doc as usize]
    }
}

#[derive(Default)]
pub(crate) struct Tables {
    by_segment: RwLock<HashMap<SegmentId, Arc<SegmentTable>>>,
}

impl Tables {
    /// The segment's table, built now if no reload has built it yet.
    pub(crate) fn get(&self, segment: &SegmentReader) -> tantivy::Result<Arc<SegmentTable>> {
        let id = segment.segment_id();
        if let Some(table) = self.read().get(&id) {
            return Ok(table.clone());
        }
        let table = Arc::new(SegmentTable::build(segment)?);
        self.write().insert(id, table.clone());
        Ok(table)
    }

    /// Builds the tables of the searcher's new segments and drops those of segments it no
    /// longer has. Searches still running on an older searcher rebuild what they miss.
    pub(crate) fn refresh(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for segment in searcher.segment_readers() {
            self.get(segment)?;
        }
        let live: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        self.write().retain(|id, _| live.contains(id));
        Ok(())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<SegmentId, Arc<SegmentTable>>> {
        // The map holds no invariant a panic could break halfway: use it as it is.
        self.by_segment.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<SegmentId, Arc<SegmentTable>>> {
        self.by_segment.write().unwrap_or_else(|e| e.into_inner())
    }
}

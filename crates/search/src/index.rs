//! Opening, creating and writing the index.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError, Term};

use crate::analysis::Analyzers;
use crate::schema::{self, Fields, SCHEMA_VERSION};
use crate::table::Tables;
use crate::{SearchDoc, SearchError};

/// The file beside tantivy's that says which schema version wrote the index.
const VERSION_FILE: &str = "gazette-search-version";
/// Tantivy's own metadata file: its presence means a tantivy index lives here.
const META_FILE: &str = "meta.json";
/// Indexing memory per writer thread. Tantivy flushes a segment when a thread's budget is
/// full: more memory means fewer, larger segments on a bulk reindex. It is allocated as it is
/// used, so the writer kept open between single-document upserts holds little.
const WRITER_BUDGET_PER_THREAD: usize = 128 * 1024 * 1024;
/// Indexing threads, and threads searching segments in parallel: more than four rarely helps,
/// and the machine has a site to serve.
const MAX_THREADS: usize = 4;
/// `replace_all` reports progress every this many documents.
const PROGRESS_EVERY: u64 = 1000;

/// The search index. Cloning is cheap and every clone is the same index; searching runs
/// concurrently with writing, and writes are serialised.
#[derive(Clone)]
pub struct SearchIndex {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    pub(crate) analyzers: Analyzers,
    pub(crate) tables: Tables,
    /// `None` only between `replace_all` dropping a writer and creating the next one (or when
    /// creating it failed; the next write tries again).
    writer: Mutex<Option<IndexWriter>>,
    needs_rebuild: bool,
    /// For error messages; `None` in RAM.
    path: Option<PathBuf>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating the directory and the index if missing.
    ///
    /// An index written with another schema version (or one tantivy cannot open) is wiped and
    /// recreated empty; so is a directory with a tantivy index but no version marker. A
    /// directory holding anything else is refused rather than wiped.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let io_err = |source| SearchError::Io {
            path: dir.to_owned(),
            source,
        };
        fs::create_dir_all(dir).map_err(io_err)?;
        let (schema, fields) = schema::build();
        let marker = dir.join(VERSION_FILE);
        let has_meta = dir.join(META_FILE).exists();
        let version = match fs::read_to_string(&marker) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_err(e)),
        };
        let current = version.as_deref().map(str::trim) == Some(&*version_line());

        let existing = if current && has_meta {
            match Index::open_in_dir(dir) {
                Ok(index) if index.schema() == schema => Some(index),
                // Same version but another schema, or unreadable: it is derived data, rebuild.
                Ok(_) | Err(_) => None,
            }
        } else {
            None
        };
        let (index, needs_rebuild) = match existing {
            Some(index) => (index, false),
            None => {
                if version.is_some() || has_meta {
                    wipe(dir).map_err(io_err)?;
                } else if fs::read_dir(dir).map_err(io_err)?.next().is_some() {
                    return Err(SearchError::NotAnIndex {
                        path: dir.to_owned(),
                    });
                }
                let directory = MmapDirectory::open(dir).map_err(|e| SearchError::Io {
                    path: dir.to_owned(),
                    source: io::Error::other(e),
                })?;
                (Index::create(directory, schema, Default::default())?, true)
            }
        };
        let this = Self::from_index(index, fields, needs_rebuild, Some(dir.to_owned()))?;
        if needs_rebuild {
            // Commit the empty index so `meta.json` exists before the marker that vouches for it.
            this.with_writer(|writer| writer.commit().map(drop))?;
            fs::write(&marker, format!("{}\n", version_line())).map_err(io_err)?;
        }
        Ok(this)
    }

    /// An index in memory, for tests and tools.
    pub fn open_in_ram() -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        Self::from_index(Index::create_in_ram(schema), fields, false, None)
    }

    fn from_index(
        mut index: Index,
        fields: Fields,
        needs_rebuild: bool,
        path: Option<PathBuf>,
    ) -> Result<Self, SearchError> {
        let analyzers = Analyzers::new();
        analyzers.register(index.tokenizers());
        // Search segments in parallel: a word in every article is scored and its facets counted
        // in every segment, and a bulk reindex leaves several segments of similar size.
        if threads() > 1 {
            index.set_multithread_executor(threads())?;
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let this = SearchIndex {
            inner: Arc::new(Inner {
                index,
                reader,
                fields,
                analyzers,
                tables: Tables::default(),
                writer: Mutex::new(None),
                needs_rebuild,
                path,
            }),
        };
        // Take the writer now, so that a second process on the same directory fails at start.
        this.with_writer(|_| Ok(()))?;
        this.inner.tables.refresh(&this.inner.reader.searcher())?;
        Ok(this)
    }

    /// True when this `open` created the index empty, the first time or because the one on disk
    /// had another schema version: the caller should reindex everything from the store.
    pub fn needs_rebuild(&self) -> bool {
        self.inner.needs_rebuild
    }

    /// Replaces every document of the articles in `docs` with `docs`, commits, and makes them
    /// searchable before returning. Give all of an article's documents (its original and each
    /// translation) together: a language left out is removed, which is how a withdrawn
    /// translation leaves the index.
    pub fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        if docs.is_empty() {
            return Ok(());
        }
        let fields = &self.inner.fields;
        let mut articles: Vec<i64> = docs.iter().map(|d| d.id).collect();
        articles.sort_unstable();
        articles.dedup();
        self.with_writer(|writer| {
            // Deletes apply to documents added before them: every old document goes first, then
            // the new ones, so an article's languages in one batch all stay.
            for &id in &articles {
                writer.delete_term(Term::from_field_i64(fields.id, id));
            }
            for doc in &docs {
                writer.add_document(fields.document(doc))?;
            }
            writer.commit().map(drop)
        })?;
        self.reload()
    }

    /// Removes articles by id, every language of each (unknown ids are ignored), commits and
    /// makes it visible.
    pub fn delete(&self, ids: &[i64]) -> Result<(), SearchError> {
        if ids.is_empty() {
            return Ok(());
        }
        let id_field = self.inner.fields.id;
        self.with_writer(|writer| {
            for &id in ids {
                writer.delete_term(Term::from_field_i64(id_field, id));
            }
            writer.commit().map(drop)
        })?;
        self.reload()
    }

    /// Replaces the whole index with `docs` in one commit (searches see the old index until it
    /// lands), waits for segment merges to finish, and returns how many documents were added.
    /// `progress` is called with the running count every 1,000 documents and at the end.
    ///
    /// For `gazette reindex`: waiting for merges leaves a compact index behind even if the
    /// process exits right after.
    pub fn replace_all(
        &self,
        docs: impl Iterator<Item = SearchDoc>,
        mut progress: impl FnMut(u64),
    ) -> Result<u64, SearchError> {
        let fields = &self.inner.fields;
        let mut slot = self.lock_writer();
        let writer = self.writer_in(&mut slot)?;
        let added = (|| {
            writer.delete_all_documents()?;
            let mut added = 0u64;
            for doc in docs {
                writer.add_document(fields.document(&doc))?;
                added += 1;
                if added.is_multiple_of(PROGRESS_EVERY) {
                    progress(added);
                }
            }
            writer.commit()?;
            Ok::<_, TantivyError>(added)
        })();
        let added = match added {
            Ok(added) => added,
            Err(e) => {
                // Leave nothing half-added for the next commit to publish.
                let _ = writer.rollback();
                return Err(e.into());
            }
        };
        if !added.is_multiple_of(PROGRESS_EVERY) {
            progress(added);
        }
        let writer = slot.take().expect("writer_in filled the slot");
        writer.wait_merging_threads()?;
        // Take the lock again at once, as `open` did, so no other process slips in.
        self.writer_in(&mut slot)?;
        drop(slot);
        self.reload()?;
        Ok(added)
    }

    /// How many documents the current searcher sees.
    pub fn doc_count(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    fn reload(&self) -> Result<(), SearchError> {
        self.inner.reader.reload()?;
        self.inner.tables.refresh(&self.inner.reader.searcher())?;
        Ok(())
    }

    fn lock_writer(&self) -> MutexGuard<'_, Option<IndexWriter>> {
        match self.inner.writer.lock() {
            Ok(guard) => guard,
            Err(poisoned) => {
                // A panic mid-write may have left uncommitted operations: drop them.
                let mut guard = poisoned.into_inner();
                if let Some(writer) = guard.as_mut() {
                    let _ = writer.rollback();
                }
                self.inner.writer.clear_poison();
                guard
            }
        }
    }

    fn writer_in<'a>(
        &self,
        slot: &'a mut Option<IndexWriter>,
    ) -> Result<&'a mut IndexWriter, SearchError> {
        if slot.is_none() {
            let writer = self
                .inner
                .index
                .writer_with_num_threads(threads(), threads() * WRITER_BUDGET_PER_THREAD)
                .map_err(|e| match e {
                    TantivyError::LockFailure(..) => SearchError::Locked {
                        path: self.inner.path.clone().unwrap_or_default(),
                    },
                    other => other.into(),
                })?;
            *slot = Some(writer);
        }
        Ok(slot.as_mut().expect("filled above"))
    }

    fn with_writer<T>(
        &self,
        op: impl FnOnce(&mut IndexWriter) -> tantivy::Result<T>,
    ) -> Result<T, SearchError> {
        let mut slot = self.lock_writer();
        let writer = self.writer_in(&mut slot)?;
        op(writer).map_err(|e| {
            let _ = writer.rollback();
            e.into()
        })
    }
}

fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS)
}

/// The schema version, and whether words were segmented by dictionary: an index written with
/// the `segmenter` feature holds other terms than one written without it.
fn version_line() -> String {
    let words = if cfg!(feature = "segmenter") {
        " segmented"
    } else {
        ""
    };
    format!("gazette-search schema {SCHEMA_VERSION}{words}")
}

/// Empties `dir` without removing it (it may be a mount point).
fn wipe(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        } else {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

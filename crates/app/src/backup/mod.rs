//! Backing a site up into one file and restoring it into an empty database of either backend:
//! `gazette backup FILE`, `gazette restore FILE`, and so moving from SQLite to PostgreSQL.
//!
//! A backup reads every table (whatever the migrations have made: see `gazette_store::backup`)
//! inside one snapshot, so a site keeps serving and writing while it runs, then the files of
//! every image the snapshot's `media` rows name, from whichever storage is configured, and the
//! key that signs subscribers' links. The file's layout is in [`archive`].
//!
//! A restore checks the whole file first (every file's SHA-256, every row decoded) and the
//! target (no rows anywhere, schema not newer than the backup's), brings the target's schema to
//! the backup's version, writes the media, then every row in one transaction, parents first,
//! with PostgreSQL's sequences moved past the restored ids; then migrates on to this binary's
//! version. A failure before the commit removes the media it wrote, so nothing is left half
//! done. The search index is derived data: the caller rebuilds it.

pub mod archive;

use std::path::{Path, PathBuf};

use gazette_store::backup::{self as rows, Table};
use gazette_store::{Backend, Store, StoreError};
use time::OffsetDateTime;

use crate::Config;
use crate::media::{MediaStorage, StorageError};
use crate::newsletters::links::LinkKey;
use archive::{FileEntry, Manifest, TableEntry};

crate::service!(
    /// Backups of the running site: `app.backup()`.
    Backup,
    storage: Box<dyn MediaStorage>,
    link_key: LinkKey
);

/// Why a backup or a restore stopped. Each message names the file, the table or the version
/// at fault; nothing has been written to the target when a restore fails.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{} is not a usable Gazette backup: {why}; nothing was restored",
        file.display()
    )]
    Corrupt { file: PathBuf, why: String },
    #[error(
        "the backup's file format is version {found}, this gazette reads up to {known}: \
         restore it with a newer gazette"
    )]
    NewerFormat { found: u32, known: u32 },
    #[error(
        "the backup was made at schema version {backup}, newer than this gazette's \
         ({known}): restore it with the gazette that made it, or a newer one"
    )]
    NewerSchema { backup: i64, known: i64 },
    #[error("the database is not empty ({}): restore goes only into an empty database", list(.0))]
    NotEmpty(Vec<(String, i64)>),
    #[error(
        "the database's schema is already at version {database}, past the backup's \
         ({backup}): restore into a database with no tables (a new SQLite file, or a \
         freshly created PostgreSQL database)"
    )]
    DatabaseAhead { database: i64, backup: i64 },
    #[error("{0}")]
    LinkKey(String),
    #[error("media storage: {0}")]
    Storage(#[from] StorageError),
    #[error("{0}")]
    Setting(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl BackupError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            source,
        }
    }
}

fn list(tables: &[(String, i64)]) -> String {
    tables
        .iter()
        .map(|(name, n)| format!("{name}: {n} row{}", if *n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Progress through a backup or restore: `done` of `total` steps (a table or a media file).
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Send + Sync);

#[derive(Debug, Clone)]
pub struct BackupSummary {
    pub schema_version: i64,
    pub tables: usize,
    pub rows: u64,
    pub media_files: usize,
    pub media_bytes: u64,
    /// Files a media row named that the storage did not have (deleted while the backup ran).
    pub missing_media: Vec<String>,
    /// The size of the backup file.
    pub file_bytes: u64,
}

#[derive(Debug, Clone)]
pub struct RestoreSummary {
    /// The schema version the backup was made at (the database is now at this binary's).
    pub schema_version: i64,
    pub tables: usize,
    pub rows: u64,
    pub media_files: usize,
}

fn backend_name(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

impl Backup<'_> {
    /// Writes a backup of the site to `file` (replacing it only once the new one is whole).
    pub async fn write_to(
        &self,
        file: &Path,
        progress: Progress<'_>,
    ) -> Result<BackupSummary, BackupError> {
        let now = OffsetDateTime::now_utc();
        let mut out = archive::Writer::create(file, now.unix_timestamp().max(0).unsigned_abs())?;
        match self.write_into(&mut out, now, progress).await {
            Ok((manifest, mut summary)) => {
                summary.file_bytes = out.finish(&manifest)?;
                Ok(summary)
            }
            Err(err) => {
                out.abandon();
                Err(err)
            }
        }
    }

    async fn write_into(
        &self,
        out: &mut archive::Writer,
        now: OffsetDateTime,
        progress: Progress<'_>,
    ) -> Result<(Manifest, BackupSummary), BackupError> {
        let mut snapshot = self.store().snapshot().await?;
        let schema_version = snapshot.schema_version().await?;
        let tables = snapshot.tables().await?;
        let media = gazette_store::media::all(snapshot.conn()).await?;
        // The rows name every uploaded size; a storage that can list its keys adds the files no
        // row names (the demo's pictures).
        let mut keys: std::collections::BTreeSet<String> = media
            .iter()
            .flat_map(|m| m.sizes.iter().map(|s| s.path.clone()))
            .collect();
        keys.extend(self.storage.keys().await?.unwrap_or_default());
        let total = (tables.len() + keys.len()) as u64;
        let mut done = 0;
        let mut table_entries = Vec::with_capacity(tables.len());
        let mut row_count = 0;
        for table in &tables {
            let rows = snapshot.rows(table).await?;
            let mut text = String::new();
            for row in &rows {
                text.push_str(&archive::encode_row(row));
                text.push('\n');
            }
            let path = format!("tables/{}.jsonl", table.name);
            let written = out.add(&path, text.as_bytes())?;
            row_count += rows.len() as u64;
            table_entries.push(TableEntry {
                name: table.name.clone(),
                file: path,
                rows: rows.len() as u64,
                sha256: written.sha256,
                columns: table.columns.clone(),
            });
            done += 1;
            progress(done, total);
        }
        // Files are read while the snapshot is held: an image deleted meanwhile has its row in
        // the snapshot but may have lost its files, which is said rather than failed on.
        let mut media_entries: Vec<FileEntry> = Vec::with_capacity(keys.len());
        let mut missing_media = Vec::new();
        let mut media_bytes = 0;
        for key in keys {
            match self.storage.get(&key).await? {
                Some(bytes) => {
                    media_bytes += bytes.len() as u64;
                    media_entries.push(out.add(&format!("media/{key}"), &bytes)?);
                }
                None => {
                    tracing::warn!(key, "a media file named in the database is missing");
                    missing_media.push(key);
                }
            }
            done += 1;
            progress(done, total);
        }
        snapshot.finish().await?;
        let link_key = out.add(archive::LINK_KEY, self.link_key.to_hex().as_bytes())?;
        let summary = BackupSummary {
            schema_version,
            tables: tables.len(),
            rows: row_count,
            media_files: media_entries.len(),
            media_bytes,
            missing_media: missing_media.clone(),
            file_bytes: 0,
        };
        let manifest = Manifest {
            format: archive::FORMAT.to_owned(),
            format_version: archive::FORMAT_VERSION,
            gazette_version: env!("CARGO_PKG_VERSION").to_owned(),
            created_at: now
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            backend: backend_name(self.store().backend()).to_owned(),
            schema_version,
            tables: table_entries,
            media: media_entries,
            missing_media,
            newsletter_link_key: Some(link_key),
        };
        Ok((manifest, summary))
    }
}

/// Restores the backup at `file` into the database and media storage `config` names. The
/// database must hold no rows; it is created and migrated as needed. Call it without an open
/// [`crate::App`] on that database: opening one writes to it.
pub async fn restore(
    config: &Config,
    file: &Path,
    progress: Progress<'_>,
) -> Result<RestoreSummary, BackupError> {
    let verified = archive::verify(file)?;
    let manifest = &verified.manifest;
    let known = Store::latest_schema_version();
    if manifest.schema_version > known {
        return Err(BackupError::NewerSchema {
            backup: manifest.schema_version,
            known,
        });
    }
    let key_file = config.data.join("newsletter-link.key");
    let write_key = check_link_key(config, &key_file, verified.link_key.as_deref())?;
    std::fs::create_dir_all(&config.data).map_err(|e| BackupError::io(&config.data, e))?;
    let storage = crate::media::storage_from_config(config).map_err(BackupError::Setting)?;
    let store = Store::connect(&config.database_url()).await?;
    let result = restore_into(&store, &*storage, &verified, file, progress).await;
    if result.is_ok() {
        if let Some(key) = write_key {
            crate::newsletters::links::write_private(&key_file, &key)
                .map_err(|e| BackupError::io(&key_file, e))?;
        }
        // The backup's shape is restored; this binary's later migrations take it from there.
        store.migrate().await?;
    }
    store.close().await;
    result
}

/// The link key to write into the data directory, if any; refuses when the target already
/// has another key, since the restored database's links are signed with the backup's.
fn check_link_key(
    config: &Config,
    key_file: &Path,
    backup_key: Option<&str>,
) -> Result<Option<String>, BackupError> {
    let Some(backup_key) = backup_key else {
        return Ok(None);
    };
    let configured = config.newsletter.link_key.trim();
    if !configured.is_empty() {
        return if configured.eq_ignore_ascii_case(backup_key) {
            Ok(None)
        } else {
            Err(BackupError::LinkKey(
                "[newsletter] link_key (or GAZETTE_NEWSLETTER_LINK_KEY) is set to another key \
                 than the backup's, which signs its subscribers' links: unset it, or set it to \
                 the key in the backup's secrets/newsletter-link.key"
                    .into(),
            ))
        };
    }
    match std::fs::read_to_string(key_file) {
        Ok(existing) if existing.trim().eq_ignore_ascii_case(backup_key) => Ok(None),
        Ok(_) => Err(BackupError::LinkKey(format!(
            "{} holds another newsletter link key than the backup's, which signs its \
             subscribers' links: move it away and restore again",
            key_file.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Some(backup_key.to_owned())),
        Err(e) => Err(BackupError::io(key_file, e)),
    }
}

async fn restore_into(
    store: &Store,
    storage: &dyn MediaStorage,
    verified: &archive::Verified,
    file: &Path,
    progress: Progress<'_>,
) -> Result<RestoreSummary, BackupError> {
    let manifest = &verified.manifest;
    let occupied = store.occupied_tables().await?;
    if !occupied.is_empty() {
        return Err(BackupError::NotEmpty(occupied));
    }
    if let Some(database) = store.schema_version().await?
        && database > manifest.schema_version
    {
        return Err(BackupError::DatabaseAhead {
            database,
            backup: manifest.schema_version,
        });
    }
    store.migrate_to(manifest.schema_version).await?;
    let tables = store.tables().await?;
    for entry in &manifest.tables {
        if !tables.iter().any(|t| t.name == entry.name) {
            return Err(BackupError::Corrupt {
                file: file.to_owned(),
                why: format!(
                    "it has a table {} that schema version {} does not have",
                    entry.name, manifest.schema_version
                ),
            });
        }
    }
    let total = (tables.len() + manifest.media.len()) as u64;
    let mut done = 0;
    let mut written: Vec<String> = Vec::new();
    let media = write_media(storage, file, &mut written, &mut || {
        done += 1;
        progress(done, total);
    })
    .await;
    let rows = match media {
        Ok(()) => write_rows(store, &tables, verified, &mut || {
            done += 1;
            progress(done, total);
        })
        .await
        .map_err(BackupError::from),
        Err(err) => Err(err),
    };
    match rows {
        Ok(rows) => Ok(RestoreSummary {
            schema_version: manifest.schema_version,
            tables: manifest.tables.len(),
            rows,
            media_files: written.len(),
        }),
        Err(err) => {
            for key in &written {
                if let Err(e) = storage.delete(key).await {
                    tracing::warn!(key, error = %e, "could not remove a restored media file");
                }
            }
            Err(err)
        }
    }
}

/// Puts every media file of the archive into `storage`, noting each key written.
async fn write_media(
    storage: &dyn MediaStorage,
    file: &Path,
    written: &mut Vec<String>,
    step: &mut (dyn FnMut() + Send),
) -> Result<(), BackupError> {
    // The archive is read on a blocking thread and handed over a few files at a time, so a
    // large media library never sits in memory whole.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(String, Vec<u8>)>(8);
    let path = file.to_owned();
    let reader = tokio::task::spawn_blocking(move || {
        archive::for_each_entry(&path, |name, bytes| {
            if let Some(key) = name.strip_prefix("media/") {
                // The receiver is gone only when a write failed; that error is the one to tell.
                let _ = tx.blocking_send((key.to_owned(), bytes));
            }
            Ok(())
        })
    });
    while let Some((key, bytes)) = rx.recv().await {
        storage.put(&key, bytes).await?;
        written.push(key);
        step();
    }
    reader
        .await
        .map_err(|e| BackupError::Setting(format!("reading the backup: {e}")))??;
    Ok(())
}

async fn write_rows(
    store: &Store,
    tables: &[Table],
    verified: &archive::Verified,
    step: &mut (dyn FnMut() + Send),
) -> Result<u64, StoreError> {
    let backend = store.backend();
    let mut tx = store.begin().await?;
    let mut count = 0;
    for table in tables {
        let entry = verified
            .manifest
            .tables
            .iter()
            .find(|e| e.name == table.name);
        if let (Some(entry), Some(data)) = (entry, verified.tables.get(&table.name)) {
            count += data.len() as u64;
            rows::insert_rows(&mut tx, backend, table, &entry.columns, data.clone()).await?;
        }
        step();
    }
    rows::reset_sequences(&mut tx, backend, tables).await?;
    tx.commit().await?;
    Ok(count)
}

//! The backup file: a gzip-compressed tar an operator can open with `tar -tzf`.
//!
//! ```text
//! tables/{table}.jsonl          one JSON array per row, values in the manifest's column order
//! media/{key}                   each size of each uploaded image, under its storage key
//! secrets/newsletter-link.key   the key that signs subscribers' links (the database keeps its id)
//! manifest.json                 written last: format, schema version, tables with their columns,
//!                               row counts and SHA-256 of every file
//! ```
//!
//! A value is written by its column's kind: integers as JSON numbers (exact up to i64), text as
//! JSON strings, flags as `true`/`false`, reals as their shortest exact decimal in a string (JSON
//! parsers need not read floats back bit for bit), blobs as hex, NULL as `null`. The manifest
//! comes last, so a file cut short has none; gzip's CRC catches damage before the end.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use gazette_store::backup::{Column, ColumnKind, Value};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use super::BackupError;

/// What `manifest.json` says `format` is: anything else is not a Gazette backup.
pub const FORMAT: &str = "gazette-backup";
/// The layout described above; a reader refuses a newer one.
pub const FORMAT_VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const LINK_KEY: &str = "secrets/newsletter-link.key";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub gazette_version: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// `sqlite` or `postgres`: where the snapshot was taken.
    pub backend: String,
    /// The newest migration applied to the database backed up.
    pub schema_version: i64,
    /// Parents before the tables that refer to them.
    pub tables: Vec<TableEntry>,
    pub media: Vec<FileEntry>,
    /// Media keys a row names but the store did not have (deleted while the backup ran).
    #[serde(default)]
    pub missing_media: Vec<String>,
    pub newsletter_link_key: Option<FileEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TableEntry {
    pub name: String,
    pub file: String,
    pub rows: u64,
    pub sha256: String,
    pub columns: Vec<Column>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Writes the archive beside its final name and renames it into place when whole, so a backup
/// that fails leaves no file that looks like one.
pub struct Writer {
    tar: tar::Builder<GzEncoder<BufWriter<File>>>,
    partial: PathBuf,
    target: PathBuf,
    mtime: u64,
    pub bytes_in: u64,
}

impl Writer {
    pub fn create(target: &Path, mtime: u64) -> Result<Self, BackupError> {
        let mut name = target.file_name().unwrap_or_default().to_os_string();
        name.push(".partial");
        let partial = target.with_file_name(name);
        let file = File::create(&partial).map_err(|e| BackupError::io(&partial, e))?;
        Ok(Self {
            tar: tar::Builder::new(GzEncoder::new(BufWriter::new(file), Compression::default())),
            partial,
            target: target.to_owned(),
            mtime,
            bytes_in: 0,
        })
    }

    /// Adds a file and returns its entry for the manifest.
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<FileEntry, BackupError> {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Regular);
        header.set_size(bytes.len() as u64);
        header.set_mode(0o600);
        header.set_mtime(self.mtime);
        self.tar
            .append_data(&mut header, path, bytes)
            .map_err(|e| BackupError::io(&self.partial, e))?;
        self.bytes_in += bytes.len() as u64;
        Ok(FileEntry {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
            sha256: sha256(bytes),
        })
    }

    /// Adds the manifest, flushes everything to disk and moves the file into place.
    pub fn finish(mut self, manifest: &Manifest) -> Result<u64, BackupError> {
        let json = serde_json::to_vec_pretty(manifest).expect("a manifest serialises");
        self.add(MANIFEST, &json)?;
        let partial = self.partial.clone();
        let io = |e| BackupError::io(&partial, e);
        let file = self
            .tar
            .into_inner()
            .map_err(io)?
            .finish()
            .map_err(io)?
            .into_inner()
            .map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        let written = file.metadata().map_err(io)?.len();
        std::fs::rename(&self.partial, &self.target)
            .map_err(|e| BackupError::io(&self.target, e))?;
        Ok(written)
    }

    /// Removes the unfinished file after a failure.
    pub fn abandon(self) {
        let partial = self.partial.clone();
        drop(self);
        let _ = std::fs::remove_file(partial);
    }
}

/// One row as a JSON line.
pub fn encode_row(values: &[Value]) -> String {
    let json: Vec<Json> = values
        .iter()
        .map(|v| match v {
            Value::Null => Json::Null,
            Value::Integer(i) => Json::from(*i),
            Value::Real(f) => Json::String(f.to_string()),
            Value::Text(s) => Json::String(s.clone()),
            Value::Blob(b) => Json::String(hex::encode(b)),
            Value::Boolean(b) => Json::Bool(*b),
        })
        .collect();
    serde_json::to_string(&json).expect("values serialise")
}

/// The rows of a table file, read by the kinds its manifest entry gives.
pub fn decode_rows(entry: &TableEntry, bytes: &[u8]) -> Result<Vec<Vec<Value>>, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("{}: {e}", entry.file))?;
    let mut rows = Vec::with_capacity(usize::try_from(entry.rows).unwrap_or(0));
    for (n, line) in text.lines().enumerate() {
        let at = || format!("{} line {}", entry.file, n + 1);
        let values: Vec<Json> = serde_json::from_str(line).map_err(|e| format!("{}: {e}", at()))?;
        if values.len() != entry.columns.len() {
            return Err(format!(
                "{}: {} values for {} columns",
                at(),
                values.len(),
                entry.columns.len()
            ));
        }
        let row = values
            .into_iter()
            .zip(&entry.columns)
            .map(|(json, column)| {
                decode_value(json, column)
                    .map_err(|why| format!("{}: {}: {why}", at(), column.name))
            })
            .collect::<Result<Vec<_>, _>>()?;
        rows.push(row);
    }
    if rows.len() as u64 != entry.rows {
        return Err(format!(
            "{} has {} rows where the manifest says {}",
            entry.file,
            rows.len(),
            entry.rows
        ));
    }
    Ok(rows)
}

fn decode_value(json: Json, column: &Column) -> Result<Value, String> {
    Ok(match (column.kind, json) {
        (_, Json::Null) => Value::Null,
        (ColumnKind::Integer, Json::Number(n)) => {
            Value::Integer(n.as_i64().ok_or_else(|| format!("{n} is not an integer"))?)
        }
        (ColumnKind::Real, Json::String(s)) => {
            Value::Real(s.parse().map_err(|_| format!("{s:?} is not a number"))?)
        }
        (ColumnKind::Text, Json::String(s)) => Value::Text(s),
        (ColumnKind::Blob, Json::String(s)) => {
            Value::Blob(hex::decode(&s).map_err(|e| format!("not hex: {e}"))?)
        }
        (ColumnKind::Boolean, Json::Bool(b)) => Value::Boolean(b),
        (kind, json) => return Err(format!("{json} where a {kind:?} was expected")),
    })
}

/// A backup file read whole and checked: every file the manifest lists is there with its
/// SHA-256, every table file decodes. Media bytes are checked here and read again when written.
pub struct Verified {
    pub manifest: Manifest,
    pub tables: HashMap<String, Vec<Vec<Value>>>,
    pub link_key: Option<String>,
}

fn corrupt(file: &Path, why: impl std::fmt::Display) -> BackupError {
    BackupError::Corrupt {
        file: file.to_owned(),
        why: why.to_string(),
    }
}

/// Calls `each` with every file of the archive at `file`, in order.
pub fn for_each_entry(
    file: &Path,
    mut each: impl FnMut(&str, Vec<u8>) -> Result<(), BackupError>,
) -> Result<(), BackupError> {
    let reader = File::open(file).map_err(|e| BackupError::io(file, e))?;
    let mut archive = tar::Archive::new(GzDecoder::new(BufReader::new(reader)));
    let entries = archive.entries().map_err(|e| corrupt(file, e))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| corrupt(file, e))?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            continue;
        }
        let path = entry
            .path()
            .map_err(|e| corrupt(file, e))?
            .to_string_lossy()
            .into_owned();
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| corrupt(file, e))?;
        each(&path, bytes)?;
    }
    // What follows the tar's end (padding, gzip's CRC and length) is checked only when read.
    std::io::copy(&mut archive.into_inner(), &mut std::io::sink()).map_err(|e| corrupt(file, e))?;
    Ok(())
}

pub fn verify(file: &Path) -> Result<Verified, BackupError> {
    let mut manifest_bytes = None;
    let mut tables: HashMap<String, Vec<u8>> = HashMap::new();
    let mut media: HashMap<String, String> = HashMap::new();
    let mut link_key = None;
    for_each_entry(file, |path, bytes| {
        if path == MANIFEST {
            manifest_bytes = Some(bytes);
        } else if path == LINK_KEY {
            link_key = Some(bytes);
        } else if path.starts_with("tables/") {
            tables.insert(path.to_owned(), bytes);
        } else if let Some(key) = path.strip_prefix("media/") {
            media.insert(key.to_owned(), sha256(&bytes));
        }
        Ok(())
    })?;
    let Some(manifest_bytes) = manifest_bytes else {
        return Err(corrupt(
            file,
            "it has no manifest.json: it was cut short, or is not a Gazette backup",
        ));
    };
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| corrupt(file, format!("manifest.json: {e}")))?;
    if manifest.format != FORMAT {
        return Err(corrupt(
            file,
            format!("manifest.json says format {:?}", manifest.format),
        ));
    }
    if manifest.format_version > FORMAT_VERSION {
        return Err(BackupError::NewerFormat {
            found: manifest.format_version,
            known: FORMAT_VERSION,
        });
    }
    let mut decoded = HashMap::new();
    for entry in &manifest.tables {
        let bytes = tables
            .remove(&entry.file)
            .ok_or_else(|| corrupt(file, format!("{} is missing", entry.file)))?;
        if sha256(&bytes) != entry.sha256 {
            return Err(corrupt(
                file,
                format!("{} does not match its SHA-256", entry.file),
            ));
        }
        let rows = decode_rows(entry, &bytes).map_err(|why| corrupt(file, why))?;
        decoded.insert(entry.name.clone(), rows);
    }
    for entry in &manifest.media {
        let key = entry.path.strip_prefix("media/").unwrap_or(&entry.path);
        match media.get(key) {
            Some(sum) if *sum == entry.sha256 => {}
            Some(_) => {
                return Err(corrupt(
                    file,
                    format!("{} does not match its SHA-256", entry.path),
                ));
            }
            None => return Err(corrupt(file, format!("{} is missing", entry.path))),
        }
    }
    let link_key = match (&manifest.newsletter_link_key, link_key) {
        (None, _) => None,
        (Some(entry), Some(bytes)) if sha256(&bytes) == entry.sha256 => Some(
            String::from_utf8(bytes)
                .map_err(|e| corrupt(file, format!("{LINK_KEY}: {e}")))?
                .trim()
                .to_owned(),
        ),
        (Some(entry), _) => {
            return Err(corrupt(
                file,
                format!("{} is missing or damaged", entry.path),
            ));
        }
    };
    Ok(Verified {
        manifest,
        tables: decoded,
        link_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_value_reads_back_as_written() {
        let kinds = [
            ColumnKind::Integer,
            ColumnKind::Integer,
            ColumnKind::Real,
            ColumnKind::Text,
            ColumnKind::Blob,
            ColumnKind::Boolean,
            ColumnKind::Text,
        ];
        let columns: Vec<Column> = kinds
            .iter()
            .enumerate()
            .map(|(i, kind)| Column {
                name: format!("c{i}"),
                kind: *kind,
            })
            .collect();
        let row = vec![
            Value::Integer(i64::MIN),
            Value::Integer(i64::MAX),
            Value::Real(0.1 + 0.2),
            Value::Text("naïve \"quoted\"\n\u{1F4F0} 新聞 \\".into()),
            Value::Blob(vec![0, 255, 10, 13]),
            Value::Boolean(true),
            Value::Null,
        ];
        let line = encode_row(&row);
        let entry = TableEntry {
            name: "t".into(),
            file: "tables/t.jsonl".into(),
            rows: 1,
            sha256: String::new(),
            columns,
        };
        assert_eq!(
            decode_rows(&entry, format!("{line}\n").as_bytes()).unwrap(),
            vec![row]
        );
    }
}

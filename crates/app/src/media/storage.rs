//! Where media files go: a small trait, so the local data directory (the default) and an
//! S3-compatible object store shared by several servers ([`super::s3::S3Storage`]) stand behind
//! the same service, and `/media/{key}` serves through whichever is configured.

use std::future::Future;
use std::io;
use std::path::PathBuf;
use std::pin::Pin;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Why media storage failed. The messages name the key or the store's own error code, never a
/// credential.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// A key the service did not make (empty, `..`, a backslash): refused before any IO.
    #[error("media key {0:?} is not a relative path of plain segments")]
    BadKey(String),
    #[error("media storage on disk: {0}")]
    Io(#[from] io::Error),
    /// The object store refused who we are or what we may do (`InvalidAccessKeyId`,
    /// `SignatureDoesNotMatch`, `AccessDenied`): the operator's configuration is at fault.
    #[error("the object store refused Gazette's credentials ({code}: {message})")]
    Denied { code: String, message: String },
    /// The object store answered with an error other than a refusal (`NoSuchBucket`, 5xx).
    #[error("the object store answered {status} to {method} {key:?} ({code}: {message})")]
    Failed {
        method: &'static str,
        key: String,
        status: u16,
        code: String,
        message: String,
    },
    /// No answer: connection refused, DNS, TLS, timeout.
    #[error("the object store cannot be reached: {0}")]
    Unreachable(String),
}

pub type StorageResult<T> = Result<T, StorageError>;

/// Files keyed by a relative path such as `2026/12/3f2a…-960.jpg`, served at `/media/{key}`.
pub trait MediaStorage: Send + Sync {
    /// Writes `bytes` at `key` so that readers see the whole file or none of it.
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, StorageResult<()>>;
    /// The file at `key`, or `None` when there is none.
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<Option<Vec<u8>>>>;
    /// Removes `key`; a missing file is not an error.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<()>>;
    /// Every key stored, for a backup, where the storage can list them; `None` where it cannot,
    /// and a backup takes the keys the database's media rows name.
    fn keys(&self) -> BoxFuture<'_, StorageResult<Option<Vec<String>>>> {
        Box::pin(async { Ok(None) })
    }
}

/// Whether `key` is a relative path of plain segments. Keys are made by the service, but
/// `/media/{*path}` hands readers' paths to [`MediaStorage::get`], so every backend checks.
pub fn is_safe_key(key: &str) -> bool {
    !key.is_empty()
        && key.split('/').all(|p| {
            !p.is_empty() && p != "." && p != ".." && !p.contains('\\') && !p.contains('\0')
        })
}

/// The data directory's `media/`.
pub struct LocalDisk {
    root: PathBuf,
}

impl LocalDisk {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    fn path(&self, key: &str) -> StorageResult<PathBuf> {
        if !is_safe_key(key) {
            return Err(StorageError::BadKey(key.to_owned()));
        }
        Ok(self.root.join(key))
    }
}

impl MediaStorage for LocalDisk {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            let path = self.path(key)?;
            if let Some(dir) = path.parent() {
                tokio::fs::create_dir_all(dir).await?;
            }
            // Written beside the target then renamed over it: a reader (or a crash) never sees
            // half a file, and a rename within one directory is atomic.
            let tmp = path.with_extension(format!("tmp-{}", crate::random_token()));
            let written = async {
                tokio::fs::write(&tmp, &bytes).await?;
                tokio::fs::rename(&tmp, &path).await
            }
            .await;
            if written.is_err() {
                let _ = tokio::fs::remove_file(&tmp).await;
            }
            Ok(written?)
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<Option<Vec<u8>>>> {
        Box::pin(async move {
            match tokio::fs::read(self.path(key)?).await {
                Ok(bytes) => Ok(Some(bytes)),
                // A directory (`/media/2026`) is no file either.
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::NotFound | io::ErrorKind::IsADirectory
                    ) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e.into()),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, StorageResult<()>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                other => Ok(other?),
            }
        })
    }

    /// Every file under the directory (the demo's pictures are there without a media row),
    /// less the temporary files of writes under way.
    fn keys(&self) -> BoxFuture<'_, StorageResult<Option<Vec<String>>>> {
        let root = self.root.clone();
        Box::pin(async move {
            let walk = tokio::task::spawn_blocking(move || -> io::Result<Vec<String>> {
                let mut keys = Vec::new();
                let mut dirs = vec![root.clone()];
                while let Some(dir) = dirs.pop() {
                    let entries = match std::fs::read_dir(&dir) {
                        Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                        other => other?,
                    };
                    for entry in entries {
                        let path = entry?.path();
                        if path.is_dir() {
                            dirs.push(path);
                            continue;
                        }
                        let Ok(relative) = path.strip_prefix(&root) else {
                            continue;
                        };
                        let key = relative
                            .components()
                            .map(|c| c.as_os_str().to_string_lossy())
                            .collect::<Vec<_>>()
                            .join("/");
                        if is_safe_key(&key) && !key.contains(".tmp-") {
                            keys.push(key);
                        }
                    }
                }
                keys.sort();
                Ok(keys)
            });
            let keys = walk.await.map_err(io::Error::other)??;
            Ok(Some(keys))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn local_disk_round_trips_and_refuses_unsafe_keys() {
        let dir = tempfile::tempdir().unwrap();
        let disk = LocalDisk::new(dir.path());
        disk.put("2026/01/a-480.jpg", b"jpeg".to_vec())
            .await
            .unwrap();
        assert_eq!(
            disk.get("2026/01/a-480.jpg").await.unwrap().as_deref(),
            Some(&b"jpeg"[..])
        );
        assert_eq!(disk.get("2026/01").await.unwrap(), None);
        assert_eq!(disk.get("2026/01/missing.jpg").await.unwrap(), None);
        disk.delete("2026/01/a-480.jpg").await.unwrap();
        disk.delete("2026/01/a-480.jpg").await.unwrap();
        assert_eq!(disk.get("2026/01/a-480.jpg").await.unwrap(), None);
        for bad in ["", "../x", "a//b", "a/./b", "a\\b", "/abs"] {
            assert!(
                matches!(disk.get(bad).await, Err(StorageError::BadKey(_))),
                "{bad:?}"
            );
        }
    }
}

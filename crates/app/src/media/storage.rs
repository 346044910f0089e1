//! Where media files go: a small trait, so the local data directory (the default) and an
//! object store shared by several servers can stand behind the same service.

use std::future::Future;
use std::io;
use std::path::PathBuf;
use std::pin::Pin;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Files keyed by a relative path such as `2026/12/3f2a…-960.jpg`, served at `/media/{key}`.
pub trait MediaStorage: Send + Sync {
    /// Writes `bytes` at `key` so that readers see the whole file or none of it.
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, io::Result<()>>;
    /// Removes `key`; a missing file is not an error.
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, io::Result<()>>;
}

/// The data directory's `media/`, which `/media/{*path}` serves.
pub struct LocalDisk {
    root: PathBuf,
}

impl LocalDisk {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    fn path(&self, key: &str) -> io::Result<PathBuf> {
        // Keys are made by the service, never taken from a request; this is a second guard.
        let safe = !key.is_empty()
            && key
                .split('/')
                .all(|p| !p.is_empty() && p != "." && p != ".." && !p.contains('\\'));
        if !safe {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("media key {key:?}"),
            ));
        }
        Ok(self.root.join(key))
    }
}

impl MediaStorage for LocalDisk {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> BoxFuture<'a, io::Result<()>> {
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
            written
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                other => other,
            }
        })
    }
}

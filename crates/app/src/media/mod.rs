//! Uploaded images: checked, stripped of metadata, resized into responsive widths, stored, and
//! listed in the admin's library.
//!
//! An upload is recognised by its bytes' signature (JPEG, PNG, WebP, GIF), refused when too
//! large in bytes or pixels, decoded and re-encoded (see [`process`]) off the async threads, and
//! written as `media/{yyyy}/{mm}/{hash}-{width}.{ext}` through [`MediaStorage`]. The SHA-256 of
//! the bytes sent dedupes a second identical upload. Files are written before the row and removed
//! if the row cannot be written, so a failed upload leaves neither. Deleting goes the other way:
//! the row first, so no library entry ever points at missing files, then the files.
//!
//! The storage is the data directory's `media/` ([`LocalDisk`]) or, with `[media] storage =
//! "s3"`, an S3-compatible object store ([`s3::S3Storage`]); `/media/{key}` reads through the same
//! [`MediaStorage`], so the addresses in pages and `srcset`s do not depend on which.

pub mod process;
pub mod s3;
pub mod storage;

use gazette_domain::{ArticleId, FieldError, MediaId};
use gazette_store::StoreError;
use gazette_store::media::{self as rows, MediaRow, MediaSize, NewMedia};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub use process::{MAX_PIXELS, MAX_SIDE, MAX_UPLOAD_BYTES};
pub use storage::{LocalDisk, MediaStorage, StorageError};

use crate::Actor;
use crate::{AppError, AppResult, now};

crate::service!(
    /// Uploaded images and their sizes, on disk or in an object store: `app.media()`.
    Media,
    storage: Box<dyn MediaStorage>
);

/// Images per library page.
pub const PER_PAGE: u32 = 24;
const MAX_ALT_CHARS: usize = 300;
const MAX_NAME_CHARS: usize = 200;

/// An image as the admin shows it.
#[derive(Debug, Clone, Serialize)]
pub struct MediaItem {
    pub id: MediaId,
    pub original_name: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
    /// The widest size, `/media/…`: what to paste as an article's featured image.
    pub src: String,
    /// The narrowest size, for thumbnails.
    pub thumb: String,
    /// `"/media/…-480.jpg 480w, …"`.
    pub srcset: String,
    pub sizes: Vec<MediaSize>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

impl From<MediaRow> for MediaItem {
    fn from(row: MediaRow) -> Self {
        let url = |s: &MediaSize| format!("/media/{}", s.path);
        Self {
            id: row.id,
            src: row.sizes.last().map(url).unwrap_or_default(),
            thumb: row.sizes.first().map(url).unwrap_or_default(),
            srcset: srcset(&row.sizes),
            original_name: row.original_name,
            alt: row.alt,
            width: row.width,
            height: row.height,
            sizes: row.sizes,
            created_at: row
                .created_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        }
    }
}

/// The `srcset` of a featured image whose `src` is a size the upload service wrote
/// (`/media/{yyyy}/{mm}/{hash}-{width}.{ext}`), or empty for any other address.
///
/// The narrower sizes follow from the name alone: an upload keeps every standard width narrower
/// than its widest size, so no lookup is needed while a page is built.
pub fn srcset_for_src(src: &str) -> String {
    let Some((width, stem, ext)) = parse_size_path(src) else {
        return String::new();
    };
    let widths: Vec<u32> = process::WIDTHS
        .into_iter()
        .filter(|w| *w < width)
        .chain([width])
        .collect();
    if widths.len() < 2 {
        // A single size: `src` says all there is.
        return String::new();
    }
    widths
        .iter()
        .map(|w| format!("{stem}-{w}.{ext} {w}w"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An image's description, trimmed, or why it will not do.
fn checked_alt(alt: &str) -> AppResult<&str> {
    let alt = alt.trim();
    if alt.is_empty() {
        return Err(
            FieldError::new("alt", "describe the image for readers who cannot see it")
                .with_kind(gazette_domain::FieldErrorKind::ImageWithoutAlt)
                .into(),
        );
    }
    if alt.chars().count() > MAX_ALT_CHARS {
        return Err(FieldError::too_long("alt", MAX_ALT_CHARS).into());
    }
    Ok(alt)
}

/// `/media/yyyy/mm/hash-`: what every size of one image starts with.
fn shared_prefix(sizes: &[MediaSize]) -> Option<String> {
    let path = &sizes.first()?.path;
    let (stem, _) = path.rsplit_once('-')?;
    Some(format!("/media/{stem}-"))
}

/// The refusal to delete an image articles show, naming them.
fn in_use(users: &[(ArticleId, String)]) -> AppError {
    let mut names: Vec<String> = users
        .iter()
        .take(5)
        .map(|(_, title)| format!("\u{201c}{title}\u{201d}"))
        .collect();
    if users.len() > 5 {
        names.push(format!("{} more", users.len() - 5));
    }
    AppError::Conflict {
        field: None,
        message: format!(
            "the image is used by {} article{}: {}; take it out of {} first",
            users.len(),
            if users.len() == 1 { "" } else { "s" },
            names.join(", "),
            if users.len() == 1 { "it" } else { "them" }
        ),
    }
}

/// A sanitised body with a `srcset` (and `sizes` for the text column) on every image whose
/// `src` is one of the library's sizes, so a phone downloads a small one. The body is the
/// sanitiser's output: tags are well formed and attribute values are quoted with `"` (which
/// they cannot contain). The added values are built from a path `parse_size_path` accepted (digits, a
/// hex hash, an extension), so nothing else from the body is copied into them.
pub fn with_srcsets(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("<img ") {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find("<img ") {
        // The tag ends at the first `>` outside a quoted value (an alt text may hold one).
        let mut quoted = false;
        let Some(close) = rest[at..]
            .bytes()
            .position(|b| {
                quoted ^= b == b'"';
                b == b'>' && !quoted
            })
            .map(|c| at + c)
        else {
            break;
        };
        let tag = &rest[at..close];
        let srcset = tag
            .find(" src=\"")
            .map(|i| &tag[i + 6..])
            .and_then(|v| v.split('"').next())
            .map(srcset_for_src)
            .unwrap_or_default();
        out.push_str(&rest[..close]);
        if !srcset.is_empty() && !tag.contains(" srcset=") {
            out.push_str(" srcset=\"");
            out.push_str(&srcset);
            out.push_str("\" sizes=\"(min-width: 44rem) 42rem, 100vw\"");
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `(width, "/media/yyyy/mm/hash", ext)` of a path the upload service writes.
fn parse_size_path(src: &str) -> Option<(u32, &str, &str)> {
    let rest = src.strip_prefix("/media/")?;
    let mut parts = rest.split('/');
    let (year, month, file) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    let (name, ext) = file.rsplit_once('.')?;
    let (hash, width) = name.split_once('-')?;
    let is_hex = hash.len() == 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !is_hex || !matches!(ext, "jpg" | "png" | "webp") || width.starts_with('0') {
        return None;
    }
    let width: u32 = width.parse().ok()?;
    (width <= process::MAX_KEPT_WIDTH)
        .then(|| (width, &src[..src.len() - file.len() + hash.len()], ext))
}

/// The `srcset` attribute's value for these sizes.
pub fn srcset(sizes: &[MediaSize]) -> String {
    sizes
        .iter()
        .map(|s| format!("/media/{} {}w", s.path, s.width))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Clone, Serialize)]
pub struct Uploaded {
    pub item: MediaItem,
    /// The same bytes were uploaded before: nothing new was stored.
    pub deduplicated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MediaLibrary {
    pub items: Vec<MediaItem>,
    pub page: u32,
    pub total_pages: u32,
    pub total: i64,
}

/// The storage `[media]` configures; the error names the bad or missing setting.
pub fn storage_from_config(config: &crate::Config) -> Result<Box<dyn MediaStorage>, String> {
    match config.media.s3(true).map_err(|e| format!("[media] {e}"))? {
        None => Ok(Box::new(LocalDisk::new(config.media_dir()))),
        Some(settings) => Ok(Box::new(
            s3::S3Storage::new(settings).map_err(|e| format!("[media] {e}"))?,
        )),
    }
}

/// The `Content-Type` of a media file, from its extension.
pub fn content_type(key: &str) -> &'static str {
    let ext = key.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext.to_ascii_lowercase().as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        _ => "application/octet-stream",
    }
}

/// A media file as `/media/{key}` serves it.
pub struct MediaFile {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

impl Media<'_> {
    /// Where media files are written and read: the data directory's `media/` or the object store.
    pub fn storage(&self) -> &dyn MediaStorage {
        &**self.storage
    }

    /// The file at `/media/{key}`, from the configured storage; `None` when there is none (or
    /// the key is no plain relative path).
    pub async fn file(&self, key: &str) -> AppResult<Option<MediaFile>> {
        if !storage::is_safe_key(key) {
            return Ok(None);
        }
        Ok(self.storage().get(key).await?.map(|bytes| MediaFile {
            bytes,
            content_type: content_type(key),
        }))
    }

    /// One image of the library.
    pub async fn item(&self, _actor: &Actor, id: MediaId) -> AppResult<MediaItem> {
        rows::by_id(&mut *self.store().reader().await?, id)
            .await?
            .map(MediaItem::from)
            .ok_or_else(|| AppError::NotFound(format!("image {id}")))
    }

    /// The articles that show the image, in their body or as their featured image (pending
    /// changes included), with their titles.
    pub async fn used_by(&self, id: MediaId) -> AppResult<Vec<(ArticleId, String)>> {
        let mut conn = self.store().reader().await?;
        let row = rows::by_id(&mut conn, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("image {id}")))?;
        Ok(match shared_prefix(&row.sizes) {
            Some(prefix) => gazette_store::articles::using_path(&mut conn, &prefix).await?,
            None => Vec::new(),
        })
    }

    /// Changes an image's description, the alt text it brings into articles from now on.
    pub async fn set_alt(&self, actor: &Actor, id: MediaId, alt: &str) -> AppResult<MediaItem> {
        actor.require(gazette_domain::Role::Contributor)?;
        let alt = checked_alt(alt)?;
        let mut tx = self.store().begin().await?;
        if !rows::set_alt(&mut tx, id, alt).await? {
            return Err(AppError::NotFound(format!("image {id}")));
        }
        let row = rows::by_id(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("image {id}")))?;
        tx.commit().await?;
        Ok(row.into())
    }

    /// Removes an image from the library, then its files. An editor's call, refused while an
    /// article shows it (the refusal names them): readers would get a broken image.
    pub async fn delete(&self, actor: &Actor, id: MediaId) -> AppResult<()> {
        actor.require(gazette_domain::Role::Editor)?;
        let removed = async {
            let mut tx = self.store().begin().await?;
            let Some(row) = rows::by_id(&mut tx, id).await? else {
                return Ok(Err(AppError::NotFound(format!("image {id}"))));
            };
            if let Some(prefix) = shared_prefix(&row.sizes) {
                let users = gazette_store::articles::using_path(&mut tx, &prefix).await?;
                if !users.is_empty() {
                    return Ok(Err(in_use(&users)));
                }
            }
            let row = rows::delete(&mut tx, id).await?;
            tx.commit().await?;
            Ok::<_, StoreError>(row.ok_or_else(|| AppError::NotFound(format!("image {id}"))))
        }
        .await??;
        let keys: Vec<&str> = removed.sizes.iter().map(|s| s.path.as_str()).collect();
        // The row is gone, so nothing links to these any more: a file left behind is only space.
        remove(self.storage(), &keys).await;
        tracing::info!(media = id.0, sizes = keys.len(), "image deleted");
        Ok(())
    }

    /// Checks, processes and stores an uploaded image; `name` is the browser's file name, kept
    /// for the library only.
    pub async fn upload(
        &self,
        actor: &Actor,
        name: &str,
        alt: &str,
        bytes: Vec<u8>,
    ) -> AppResult<Uploaded> {
        let alt = checked_alt(alt)?;
        let hash = hex::encode(Sha256::digest(&bytes));
        if let Some(existing) = rows::by_hash(&mut *self.store().reader().await?, &hash).await? {
            return Ok(Uploaded {
                item: existing.into(),
                deduplicated: true,
            });
        }

        let processed = tokio::task::spawn_blocking(move || process::process(&bytes))
            .await
            .map_err(|e| {
                AppError::Unavailable(if e.is_panic() {
                    "image decoding"
                } else {
                    "the blocking pool"
                })
            })??;

        let created_at = now();
        let dir = format!(
            "{:04}/{:02}",
            created_at.year(),
            u8::from(created_at.month())
        );
        let ext = processed.kind.output_extension();
        let sizes: Vec<MediaSize> = processed
            .renditions
            .iter()
            .map(|r| MediaSize {
                width: r.width,
                height: r.height,
                path: format!("{dir}/{}-{}.{ext}", &hash[..16], r.width),
            })
            .collect();
        let widest = sizes
            .last()
            .expect("process makes at least one size")
            .clone();

        let storage = self.storage();
        let mut written: Vec<&str> = Vec::new();
        for (size, rendition) in sizes.iter().zip(processed.renditions) {
            if let Err(err) = storage.put(&size.path, rendition.bytes).await {
                // Logged where it is answered (the web layer's error mapping), with the key.
                remove(storage, &written).await;
                return Err(err.into());
            }
            written.push(&size.path);
        }

        let new = NewMedia {
            original_name: clean_name(name),
            alt: alt.to_owned(),
            width: widest.width,
            height: widest.height,
            content_hash: hash.clone(),
            sizes: sizes.clone(),
            created_by: match actor {
                Actor::User(u) => Some(u.id.0),
                Actor::System => None,
            },
            created_at,
        };
        let inserted = async {
            let mut tx = self.store().begin().await?;
            let row = rows::insert(&mut tx, &new).await?;
            tx.commit().await?;
            Ok::<_, StoreError>(row)
        }
        .await;
        match inserted {
            Ok(row) => {
                tracing::info!(media = row.id.0, sizes = row.sizes.len(), "image uploaded");
                Ok(Uploaded {
                    item: row.into(),
                    deduplicated: false,
                })
            }
            // The same bytes arrived at the same moment from elsewhere: that upload wrote the
            // same files under the same names and owns them now, so none is removed.
            Err(StoreError::Conflict { field }) if field == "content_hash" => {
                let existing = rows::by_hash(&mut *self.store().reader().await?, &hash)
                    .await?
                    .ok_or_else(|| AppError::NotFound("the image uploaded meanwhile".into()))?;
                Ok(Uploaded {
                    item: existing.into(),
                    deduplicated: true,
                })
            }
            Err(err) => {
                remove(storage, &written).await;
                Err(err.into())
            }
        }
    }

    /// A page of the library, newest first; `page` counts from 1.
    pub async fn library(&self, _actor: &Actor, page: u32) -> AppResult<MediaLibrary> {
        let page = page.max(1);
        let mut conn = self.store().reader().await?;
        let total = rows::count(&mut conn).await?;
        let total_pages = (total.max(0) as u64).div_ceil(u64::from(PER_PAGE)).max(1) as u32;
        let items = rows::newest(
            &mut conn,
            i64::from(PER_PAGE),
            i64::from(page - 1) * i64::from(PER_PAGE),
        )
        .await?
        .into_iter()
        .map(MediaItem::from)
        .collect();
        Ok(MediaLibrary {
            items,
            page,
            total_pages,
            total,
        })
    }
}

/// Best effort: a file left behind is only disk space, and the error is logged.
async fn remove(storage: &dyn MediaStorage, keys: &[&str]) {
    for key in keys {
        if let Err(err) = storage.delete(key).await {
            tracing::warn!(error = %err, path = %key, "cannot remove a file of a failed upload");
        }
    }
}

/// The file name without any directory a browser sent, trimmed to a sensible length.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let base: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    if base.is_empty() {
        "upload".into()
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::{srcset_for_src, with_srcsets};

    #[test]
    fn body_images_from_the_library_get_their_srcset_and_others_do_not() {
        let body = "<p>x</p><figure><img src=\"/media/2026/12/0123456789abcdef-1200.jpg\" alt=\"Quay\"><figcaption>c</figcaption></figure><img alt=\"b\" src=\"https://elsewhere.example/a-1200.jpg\"><img alt=\"c\" src=\"/media/2026/12/0123456789abcdef-960.png\">";
        let out = with_srcsets(body);
        assert_eq!(out.matches(" srcset=").count(), 2, "{out}");
        assert!(out.contains("<img src=\"/media/2026/12/0123456789abcdef-1200.jpg\" alt=\"Quay\" srcset=\"/media/2026/12/0123456789abcdef-480.jpg 480w, "), "{out}");
        assert!(
            out.contains("<img alt=\"c\" src=\"/media/2026/12/0123456789abcdef-960.png\" srcset="),
            "{out}"
        );
        assert!(
            out.contains("<img alt=\"b\" src=\"https://elsewhere.example/a-1200.jpg\">"),
            "{out}"
        );
        assert_eq!(with_srcsets("<p>no images</p>"), "<p>no images</p>");
        // A `>` inside the alt text is not the end of the tag.
        let tricky =
            with_srcsets("<img src=\"/media/2026/12/0123456789abcdef-1200.jpg\" alt=\"a > b\">");
        assert!(tricky.ends_with("alt=\"a > b\" srcset=\"/media/2026/12/0123456789abcdef-480.jpg 480w, /media/2026/12/0123456789abcdef-960.jpg 960w, /media/2026/12/0123456789abcdef-1200.jpg 1200w\" sizes=\"(min-width: 44rem) 42rem, 100vw\">"), "{tricky}");
    }

    #[test]
    fn derives_the_srcset_of_an_uploaded_size_only() {
        assert_eq!(
            srcset_for_src("/media/2026/12/0123456789abcdef-1200.jpg"),
            "/media/2026/12/0123456789abcdef-480.jpg 480w, /media/2026/12/0123456789abcdef-960.jpg 960w, \
             /media/2026/12/0123456789abcdef-1200.jpg 1200w"
        );
        assert_eq!(
            srcset_for_src("/media/2026/12/0123456789abcdef-400.png"),
            ""
        );
        assert_eq!(srcset_for_src("/media/cranes.jpg"), "");
        assert_eq!(
            srcset_for_src("/media/demo/2026/12/0123456789abcdef-960.jpg"),
            ""
        );
        assert_eq!(
            srcset_for_src("https://images.example/2026/12/0123456789abcdef-960.jpg"),
            ""
        );
        assert_eq!(
            srcset_for_src("/media/2026/12/0123456789abcdef-9600.jpg"),
            ""
        );
        assert_eq!(
            srcset_for_src("/media/2026/12/0123456789abcdef-960.gif"),
            ""
        );
    }
}

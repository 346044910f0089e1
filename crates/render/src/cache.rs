//! The page cache: rendered pages kept precompressed, with their validators, until something
//! they show changes.
//!
//! # Tags
//! Each page is inserted with the tags of everything it shows, chosen by the caller: an article
//! page might carry `article:12`, `author:3`, `region:7` and `settings`. When something changes,
//! the service that changed it calls [`PageCache::invalidate`] with its tags, after the write is
//! committed, and every page carrying any of them is dropped.
//!
//! # The render race
//! A request that misses the cache reads the store, renders, and inserts. If an editor's change
//! is committed and invalidated while that render is under way, the render may have read the old
//! data, and inserting its page would serve stale content until the next change. So:
//!
//! ```text
//! let epoch = cache.epoch();               // 1. before reading anything
//! let html = render(store.load(..)?)?;     // 2. read and render
//! cache.insert_if_fresh(key, page, tags, epoch); // 3. refused if a tag was invalidated since 1
//! ```
//!
//! A refused insert is harmless: the page is still served to this request, and the next request
//! renders it again from the new data.
//!
//! # Reads
//! [`PageCache::get`] touches no global lock: pages live in a sharded concurrent map. Writes
//! (inserts and invalidations, both rare next to reads) take one mutex that guards the tag index,
//! which is what makes check-and-insert atomic with respect to invalidation.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use dashmap::DashMap;
use flate2::Compression;
use flate2::write::GzEncoder;
use gazette_domain::{ArticleId, AuthorId, RegionId, ReportId, SourceId, ThemeId};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use time::format_description::FormatItem;
use time::macros::format_description;

/// Which page: its path and the language it is rendered in (translations get their own entry).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    pub path: String,
    pub lang: String,
}

/// A rendered page with its compressed forms and validators, built once and shared.
#[derive(Debug)]
pub struct CachedPage {
    pub html: Bytes,
    pub gzip: Bytes,
    pub brotli: Bytes,
    /// A quoted strong ETag, a hash of `html`. Responses must carry `Vary: Accept-Encoding`.
    pub etag: String,
    /// An IMF-fixdate, e.g. "Wed, 25 Nov 2026 11:06:22 GMT".
    pub last_modified: String,
    pub status: u16,
    /// The `Content-Type` of the body: HTML pages, and feeds and sitemaps.
    pub content_type: &'static str,
}

/// A content coding the client accepts, chosen by [`negotiate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// The `Content-Encoding` header value, if any.
    pub fn header_value(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Gzip => Some("gzip"),
            Encoding::Brotli => Some("br"),
        }
    }
}

const GZIP_LEVEL: u32 = 6;
/// Measured on a 25 KB article page (release build, one core): quality 8 took 2.3 ms; 9 took
/// 12 ms for 1.6% fewer bytes; 7 took 1.2 ms for about the same size; 5 took 0.7 ms for 7% more.
/// Gzip level 6 took 0.5 ms.
const BROTLI_QUALITY: i32 = 8;
const BROTLI_WINDOW: i32 = 22;

static IMF_FIXDATE: &[FormatItem<'static>] = format_description!(
    "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
);

impl CachedPage {
    /// Compresses `html` once, for every later response.
    pub fn new(html: String, status: u16, last_modified: OffsetDateTime) -> CachedPage {
        Self::with_content_type(html, "text/html; charset=utf-8", status, last_modified)
    }

    /// A document of another type (a feed, a sitemap), cached and served like a page.
    pub fn with_content_type(
        html: String,
        content_type: &'static str,
        status: u16,
        last_modified: OffsetDateTime,
    ) -> CachedPage {
        let gzip = gzip(html.as_bytes()).expect("compressing into memory cannot fail");
        let brotli = brotli(html.as_bytes()).expect("compressing into memory cannot fail");
        let digest = Sha256::digest(html.as_bytes());
        CachedPage {
            etag: format!("\"{}\"", hex::encode(&digest[..16])),
            last_modified: http_date(last_modified),
            html: Bytes::from(html),
            gzip: Bytes::from(gzip),
            brotli: Bytes::from(brotli),
            status,
            content_type,
        }
    }

    /// The body in `encoding` (a cheap reference-counted clone).
    pub fn body(&self, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => self.html.clone(),
            Encoding::Gzip => self.gzip.clone(),
            Encoding::Brotli => self.brotli.clone(),
        }
    }
}

fn gzip(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = GzEncoder::new(
        Vec::with_capacity(data.len() / 3),
        Compression::new(GZIP_LEVEL),
    );
    encoder.write_all(data)?;
    encoder.finish()
}

fn brotli(mut data: &[u8]) -> io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW,
        size_hint: data.len(),
        mode: brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_TEXT,
        ..Default::default()
    };
    let mut out = Vec::with_capacity(data.len() / 4);
    brotli::BrotliCompress(&mut data, &mut out, &params)?;
    Ok(out)
}

/// Formats a time as an HTTP date (IMF-fixdate, always GMT).
fn http_date(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(IMF_FIXDATE)
        .expect("IMF-fixdate has only fields every date has")
}

/// Picks the encoding to send from an `Accept-Encoding` header: brotli when acceptable, else
/// gzip, else identity. A coding with `q=0` is refused; `*` stands for codings not named.
///
/// It runs on every page request, so it compares in place rather than lowercasing copies.
pub fn negotiate(accept_encoding: Option<&str>) -> Encoding {
    let Some(header) = accept_encoding else {
        return Encoding::Identity;
    };
    let mut brotli = None;
    let mut gzip = None;
    let mut any = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim();
        let mut q = 1.0_f32;
        for param in parts {
            if let Some((name, value)) = param.split_once('=')
                && name.trim().eq_ignore_ascii_case("q")
            {
                // An unreadable weight counts as a refusal rather than a guess.
                q = value.trim().parse().unwrap_or(0.0);
            }
        }
        let acceptable = q > 0.0;
        let is = |name: &str| coding.eq_ignore_ascii_case(name);
        if is("br") {
            brotli = Some(acceptable);
        } else if is("gzip") || is("x-gzip") {
            gzip = Some(acceptable);
        } else if coding == "*" {
            any = Some(acceptable);
        }
    }
    if brotli.or(any).unwrap_or(false) {
        Encoding::Brotli
    } else if gzip.or(any).unwrap_or(false) {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// What a cached page shows, so that a change drops exactly the pages showing it. The only way
/// to name a tag: services build these, the cache indexes pages by them, and `Display` and
/// `FromStr` carry them between processes in change notifications (`article:7`, `list:home`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CacheTag {
    /// Every page: after a lost notification, or for a change too broad to name (`*`).
    Everything,
    /// The site's settings, which every page's header and footer show.
    Settings,
    /// The navigation: region, theme and report names and slugs.
    Nav,
    /// One article: its page, and its card wherever one is shown.
    Article(ArticleId),
    /// An author's name and slug, as bylines show them.
    Author(AuthorId),
    /// A source's name and slug, as credits show them.
    Source(SourceId),
    /// Which articles a listing holds (and so its feeds).
    List(Listing),
    /// One article's translation into one language: its page in that language, and its card
    /// and feed entry on that language's pages.
    ArticleIn(ArticleId, TagLang),
    /// Which languages one article can be read in: its pages' language menus and alternates,
    /// and the sitemap entries listing its versions.
    Translations(ArticleId),
    /// Which languages the site can be read in: every page's language menu and alternates.
    Languages,
    /// The site's own words (region, theme and report names, tagline, blurbs) translated into
    /// one language: every page rendered in that language carries it.
    SiteTexts(TagLang),
}

/// A language tag small enough to copy, as a cache tag names it (`es`, `pt-BR`, `zh-Hans`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TagLang {
    len: u8,
    bytes: [u8; TagLang::MAX],
}

impl TagLang {
    const MAX: usize = 15;

    /// The tag, if it is one: ASCII letters, digits and `-`, at most 15 of them.
    pub fn new(tag: &str) -> Option<Self> {
        let ok = !tag.is_empty()
            && tag.len() <= Self::MAX
            && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        ok.then(|| {
            let mut bytes = [0; Self::MAX];
            bytes[..tag.len()].copy_from_slice(tag.as_bytes());
            Self {
                len: u8::try_from(tag.len()).expect("at most MAX bytes"),
                bytes,
            }
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).expect("built from ASCII")
    }
}

impl std::fmt::Debug for TagLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// The listings whose contents a change can alter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Listing {
    Home,
    Region(RegionId),
    Theme(ThemeId),
    Report(ReportId),
    Author(AuthorId),
    Source(SourceId),
}

impl std::fmt::Display for CacheTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CacheTag::Everything => f.write_str("*"),
            CacheTag::Settings => f.write_str("settings"),
            CacheTag::Nav => f.write_str("nav"),
            CacheTag::Article(id) => write!(f, "article:{id}"),
            CacheTag::Author(id) => write!(f, "author:{id}"),
            CacheTag::Source(id) => write!(f, "source:{id}"),
            CacheTag::List(Listing::Home) => f.write_str("list:home"),
            CacheTag::List(Listing::Region(id)) => write!(f, "list:region:{id}"),
            CacheTag::List(Listing::Theme(id)) => write!(f, "list:theme:{id}"),
            CacheTag::List(Listing::Report(id)) => write!(f, "list:report:{id}"),
            CacheTag::List(Listing::Author(id)) => write!(f, "list:author:{id}"),
            CacheTag::List(Listing::Source(id)) => write!(f, "list:source:{id}"),
            CacheTag::ArticleIn(id, lang) => write!(f, "article:{id}:{}", lang.as_str()),
            CacheTag::Translations(id) => write!(f, "translations:{id}"),
            CacheTag::Languages => f.write_str("languages"),
            CacheTag::SiteTexts(lang) => write!(f, "site-texts:{}", lang.as_str()),
        }
    }
}

/// A notification named a tag this version does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown cache tag {0:?}")]
pub struct UnknownTag(pub String);

impl std::str::FromStr for CacheTag {
    type Err = UnknownTag;

    fn from_str(s: &str) -> Result<Self, UnknownTag> {
        let unknown = || UnknownTag(s.to_owned());
        let id = |v: &str| v.parse::<i64>().map_err(|_| unknown());
        Ok(match s {
            "*" => CacheTag::Everything,
            "settings" => CacheTag::Settings,
            "nav" => CacheTag::Nav,
            "list:home" => CacheTag::List(Listing::Home),
            "languages" => CacheTag::Languages,
            _ if s.starts_with("article:") && s.matches(':').count() == 2 => {
                let (id_part, lang) = s["article:".len()..].split_once(':').ok_or_else(unknown)?;
                CacheTag::ArticleIn(
                    ArticleId(id(id_part)?),
                    TagLang::new(lang).ok_or_else(unknown)?,
                )
            }
            _ => {
                let (kind, rest) = s.rsplit_once(':').ok_or_else(unknown)?;
                match kind {
                    "article" => CacheTag::Article(ArticleId(id(rest)?)),
                    "translations" => CacheTag::Translations(ArticleId(id(rest)?)),
                    "author" => CacheTag::Author(AuthorId(id(rest)?)),
                    "source" => CacheTag::Source(SourceId(id(rest)?)),
                    "list:region" => CacheTag::List(Listing::Region(RegionId(id(rest)?))),
                    "list:theme" => CacheTag::List(Listing::Theme(ThemeId(id(rest)?))),
                    "list:report" => CacheTag::List(Listing::Report(ReportId(id(rest)?))),
                    "list:author" => CacheTag::List(Listing::Author(AuthorId(id(rest)?))),
                    "list:source" => CacheTag::List(Listing::Source(SourceId(id(rest)?))),
                    "site-texts" => CacheTag::SiteTexts(TagLang::new(rest).ok_or_else(unknown)?),
                    _ => return Err(unknown()),
                }
            }
        })
    }
}

/// Rendered pages by [`PageKey`], dropped by tag. See the module docs.
pub struct PageCache {
    pages: DashMap<PageKey, Slot>,
    index: Mutex<TagIndex>,
    /// Bumped by every invalidation and clear; read by [`PageCache::epoch`].
    epoch: AtomicU64,
    /// Bumped by every insert; stamped on a page when it is read, to find the least recently
    /// used pages when the cache is full. Reads only load it, so it is not a contended counter.
    clock: AtomicU64,
    max_entries: usize,
}

struct Slot {
    page: Arc<CachedPage>,
    tags: Box<[CacheTag]>,
    last_used: AtomicU64,
}

#[derive(Default)]
struct TagIndex {
    /// Which pages carry each tag.
    pages_by_tag: HashMap<CacheTag, HashSet<PageKey>>,
    /// The epoch at which each tag was last invalidated.
    invalidated_at: HashMap<CacheTag, u64>,
    /// Inserts prepared before this epoch are refused whatever their tags: set by `clear` and
    /// when `invalidated_at` is pruned.
    floor: u64,
}

impl PageCache {
    /// A cache holding at most `max_entries` pages (0 disables caching).
    pub fn new(max_entries: usize) -> Self {
        PageCache {
            pages: DashMap::new(),
            index: Mutex::new(TagIndex::default()),
            epoch: AtomicU64::new(0),
            clock: AtomicU64::new(0),
            max_entries,
        }
    }

    pub fn get(&self, key: &PageKey) -> Option<Arc<CachedPage>> {
        let slot = self.pages.get(key)?;
        slot.last_used
            .store(self.clock.load(Ordering::Relaxed), Ordering::Relaxed);
        Some(Arc::clone(&slot.page))
    }

    /// Inserts unconditionally, replacing any page under `key`. Use [`PageCache::insert_if_fresh`]
    /// for pages rendered from the store.
    pub fn insert(&self, key: PageKey, page: Arc<CachedPage>, tags: Vec<CacheTag>) {
        let mut index = self.lock_index();
        self.insert_locked(&mut index, key, page, tags);
    }

    /// The current epoch, to read before loading the data a page is rendered from.
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// Inserts the page unless one of its tags was invalidated (or the cache cleared) after
    /// `epoch` was read, in which case the page may show old data. Returns whether it was
    /// inserted.
    pub fn insert_if_fresh(
        &self,
        key: PageKey,
        page: Arc<CachedPage>,
        tags: Vec<CacheTag>,
        epoch: u64,
    ) -> bool {
        let mut index = self.lock_index();
        let stale = epoch < index.floor
            || tags
                .iter()
                .any(|tag| index.invalidated_at.get(tag).is_some_and(|&at| at > epoch));
        if stale {
            return false;
        }
        self.insert_locked(&mut index, key, page, tags);
        true
    }

    /// Drops every page carrying any of `tags`. Call it after the change is committed.
    pub fn invalidate(&self, tags: &[CacheTag]) {
        let mut index = self.lock_index();
        let epoch = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        let mut doomed = HashSet::new();
        for tag in tags {
            index.invalidated_at.insert(*tag, epoch);
            if let Some(keys) = index.pages_by_tag.remove(tag) {
                doomed.extend(keys);
            }
        }
        for key in doomed {
            self.remove_locked(&mut index, &key);
        }
        // Invalidation stamps matter only to renders in flight, which take milliseconds; forget
        // them once there are many, and refuse any insert that began before the purge instead.
        if index.invalidated_at.len() > MAX_REMEMBERED_TAGS {
            index.invalidated_at.clear();
            index.floor = epoch;
        }
    }

    /// Drops every page, and refuses inserts of pages whose render began before.
    pub fn clear(&self) {
        let mut index = self.lock_index();
        let epoch = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        index.floor = epoch;
        index.pages_by_tag.clear();
        index.invalidated_at.clear();
        self.pages.clear();
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }

    fn lock_index(&self) -> MutexGuard<'_, TagIndex> {
        // The index is only ever changed in small steps that leave it consistent, so a panic in
        // another holder leaves nothing to repair.
        self.index
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn insert_locked(
        &self,
        index: &mut TagIndex,
        key: PageKey,
        page: Arc<CachedPage>,
        tags: Vec<CacheTag>,
    ) {
        if self.max_entries == 0 {
            return;
        }
        self.remove_locked(index, &key);
        if self.pages.len() >= self.max_entries {
            self.evict_locked(index);
        }
        let mut tags = tags;
        tags.sort();
        tags.dedup();
        for tag in &tags {
            index
                .pages_by_tag
                .entry(*tag)
                .or_default()
                .insert(key.clone());
        }
        let now = self.clock.fetch_add(1, Ordering::Relaxed) + 1;
        self.pages.insert(
            key,
            Slot {
                page,
                tags: tags.into_boxed_slice(),
                last_used: AtomicU64::new(now),
            },
        );
    }

    fn remove_locked(&self, index: &mut TagIndex, key: &PageKey) {
        let Some((_, slot)) = self.pages.remove(key) else {
            return;
        };
        for tag in &slot.tags {
            if let Some(keys) = index.pages_by_tag.get_mut(tag) {
                keys.remove(key);
                if keys.is_empty() {
                    index.pages_by_tag.remove(tag);
                }
            }
        }
    }

    /// Drops the least recently used tenth of the cache (at least one page), so that a full cache
    /// pays for a scan once every many inserts rather than on each.
    fn evict_locked(&self, index: &mut TagIndex) {
        let mut by_age: Vec<(u64, PageKey)> = self
            .pages
            .iter()
            .map(|entry| (entry.last_used.load(Ordering::Relaxed), entry.key().clone()))
            .collect();
        let count = (self.max_entries / 10).max(1).min(by_age.len());
        if count == 0 {
            return;
        }
        if count < by_age.len() {
            by_age.select_nth_unstable_by_key(count - 1, |(used, _)| *used);
        }
        for (_, key) in by_age.into_iter().take(count) {
            self.remove_locked(index, &key);
        }
    }
}

/// How many invalidated tags to remember before purging (see [`PageCache::invalidate`]).
const MAX_REMEMBERED_TAGS: usize = 10_000;

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageCache")
            .field("len", &self.len())
            .field("max_entries", &self.max_entries)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn decompress(encoding: Encoding, body: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        match encoding {
            Encoding::Identity => out.extend_from_slice(body),
            Encoding::Gzip => {
                flate2::read::GzDecoder::new(body).read_to_end(&mut out)?;
            }
            Encoding::Brotli => {
                brotli::Decompressor::new(body, 4096).read_to_end(&mut out)?;
            }
        }
        Ok(out)
    }

    fn key(path: &str) -> PageKey {
        PageKey {
            path: path.into(),
            lang: "en".into(),
        }
    }

    fn page(html: &str) -> Arc<CachedPage> {
        Arc::new(CachedPage::new(
            html.into(),
            200,
            OffsetDateTime::UNIX_EPOCH,
        ))
    }

    fn tags(list: &[&str]) -> Vec<CacheTag> {
        list.iter()
            .map(|t| t.parse().expect("a cache tag"))
            .collect()
    }

    #[test]
    fn tags_read_back_what_they_write() {
        use gazette_domain::{ArticleId, ReportId, SourceId};
        for tag in [
            CacheTag::Everything,
            CacheTag::Settings,
            CacheTag::Nav,
            CacheTag::Article(ArticleId(7)),
            CacheTag::Source(SourceId(3)),
            CacheTag::List(Listing::Home),
            CacheTag::List(Listing::Report(ReportId(12))),
            CacheTag::List(Listing::Source(SourceId(4))),
            CacheTag::ArticleIn(ArticleId(7), TagLang::new("pt-BR").unwrap()),
            CacheTag::Translations(ArticleId(7)),
            CacheTag::Languages,
            CacheTag::SiteTexts(TagLang::new("pt-BR").unwrap()),
        ] {
            assert_eq!(tag.to_string().parse::<CacheTag>(), Ok(tag));
        }
        assert_eq!(CacheTag::List(Listing::Home).to_string(), "list:home");
        assert_eq!(
            CacheTag::ArticleIn(ArticleId(7), TagLang::new("es").unwrap()).to_string(),
            "article:7:es"
        );
        assert_eq!(
            CacheTag::SiteTexts(TagLang::new("zh-Hant").unwrap()).to_string(),
            "site-texts:zh-Hant"
        );
        for bad in [
            "",
            "article",
            "article:x",
            "article:7:",
            "article:7:e s",
            "list:planet:1",
            "region:3",
            "site-texts:",
            "site-texts:<b>",
            "site-texts:far-too-long-a-tag",
        ] {
            assert!(bad.parse::<CacheTag>().is_err(), "{bad}");
        }
    }

    #[test]
    fn compressed_bodies_decompress_to_the_html() {
        let html = "<!doctype html><p>Harbour news</p>".repeat(500);
        let page = CachedPage::new(html.clone(), 200, OffsetDateTime::UNIX_EPOCH);
        assert!(page.gzip.len() < html.len() / 10);
        assert!(page.brotli.len() < html.len() / 10);
        for encoding in [Encoding::Identity, Encoding::Gzip, Encoding::Brotli] {
            let body = decompress(encoding, &page.body(encoding)).unwrap();
            assert_eq!(body, html.as_bytes(), "{encoding:?}");
        }
    }

    #[test]
    fn etag_is_a_quoted_hash_of_the_html() {
        let a = page("<p>a</p>");
        let b = page("<p>b</p>");
        assert!(
            a.etag.starts_with('"') && a.etag.ends_with('"'),
            "{}",
            a.etag
        );
        assert_eq!(a.etag.len(), 34);
        assert_ne!(a.etag, b.etag);
        assert_eq!(a.etag, page("<p>a</p>").etag);
    }

    #[test]
    fn last_modified_is_an_imf_fixdate_in_gmt() {
        let at = time::macros::datetime!(2026-11-25 12:06:22 +01:00);
        let page = CachedPage::new(String::new(), 200, at);
        assert_eq!(page.last_modified, "Wed, 25 Nov 2026 11:06:22 GMT");
        let early = CachedPage::new(
            String::new(),
            404,
            time::macros::datetime!(2026-01-05 03:04:05 UTC),
        );
        assert_eq!(early.last_modified, "Mon, 05 Jan 2026 03:04:05 GMT");
        assert_eq!(early.status, 404);
    }

    #[test]
    fn invalidating_a_tag_drops_exactly_the_pages_carrying_it() {
        let cache = PageCache::new(100);
        cache.insert(
            key("/a"),
            page("a"),
            tags(&["article:1", "nav", "settings"]),
        );
        cache.insert(key("/b"), page("b"), tags(&["article:2", "settings"]));
        cache.insert(key("/region/x"), page("r"), tags(&["list:region:3"]));
        cache.invalidate(&tags(&["article:1"]));
        assert!(cache.get(&key("/a")).is_none());
        assert!(cache.get(&key("/b")).is_some());
        assert!(cache.get(&key("/region/x")).is_some());
        cache.invalidate(&tags(&["settings", "author:99"]));
        assert!(cache.get(&key("/b")).is_none());
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn languages_are_separate_entries() {
        let cache = PageCache::new(10);
        cache.insert(key("/a"), page("en"), tags(&["article:1"]));
        let fr = PageKey {
            path: "/a".into(),
            lang: "fr".into(),
        };
        assert!(cache.get(&fr).is_none());
        cache.insert(fr.clone(), page("fr"), tags(&["article:1"]));
        assert_eq!(cache.len(), 2);
        cache.invalidate(&tags(&["article:1"]));
        assert!(cache.is_empty());
    }

    #[test]
    fn replacing_a_page_forgets_its_old_tags() {
        let cache = PageCache::new(10);
        cache.insert(key("/a"), page("old"), tags(&["author:1"]));
        cache.insert(key("/a"), page("new"), tags(&["author:2"]));
        cache.invalidate(&tags(&["author:1"]));
        assert_eq!(&cache.get(&key("/a")).unwrap().html[..], b"new");
    }

    #[test]
    fn refuses_a_page_whose_tag_was_invalidated_during_its_render() {
        let cache = PageCache::new(10);
        let epoch = cache.epoch();
        // An editor's change lands while the page is being rendered from the old data.
        cache.invalidate(&tags(&["article:7"]));
        let inserted = cache.insert_if_fresh(
            key("/a"),
            page("stale"),
            tags(&["article:7", "settings"]),
            epoch,
        );
        assert!(!inserted);
        assert!(cache.get(&key("/a")).is_none());
    }

    #[test]
    fn accepts_a_page_when_only_other_tags_were_invalidated() {
        let cache = PageCache::new(10);
        let epoch = cache.epoch();
        cache.invalidate(&tags(&["article:8"]));
        assert!(cache.insert_if_fresh(key("/a"), page("fresh"), tags(&["article:7"]), epoch));
        // A render that starts after the invalidation is fresh too.
        let later = cache.epoch();
        assert!(cache.insert_if_fresh(key("/b"), page("fresh"), tags(&["article:8"]), later));
        assert_eq!(cache.len(), 2);
    }

    #[test]
    fn clear_refuses_renders_that_began_before_it() {
        let cache = PageCache::new(10);
        cache.insert(key("/a"), page("a"), tags(&["article:91"]));
        let epoch = cache.epoch();
        cache.clear();
        assert!(cache.is_empty());
        assert!(!cache.insert_if_fresh(key("/b"), page("b"), tags(&["article:92"]), epoch));
        assert!(cache.insert_if_fresh(key("/b"), page("b"), tags(&["article:92"]), cache.epoch()));
    }

    #[test]
    fn purging_remembered_tags_still_refuses_renders_in_flight() {
        let cache = PageCache::new(10);
        let epoch = cache.epoch();
        let many: Vec<CacheTag> = (0..=MAX_REMEMBERED_TAGS)
            .map(|i| CacheTag::Article(gazette_domain::ArticleId(i as i64)))
            .collect();
        cache.invalidate(&many);
        assert!(!cache.insert_if_fresh(key("/a"), page("a"), tags(&["article:93"]), epoch));
    }

    #[test]
    fn stays_within_its_bound_and_evicts_the_least_recently_used() {
        let cache = PageCache::new(10);
        cache.insert(key("/tick"), page("p"), vec![]);
        for i in 0..9 {
            cache.insert(key(&format!("/{i}")), page("p"), tags(&["settings"]));
        }
        // Touch every page but /3, which becomes the least recently used. Re-inserting /tick
        // (a replacement, so nothing is evicted) moves the clock on between reads.
        for i in (0..9).filter(|&i| i != 3) {
            cache.insert(key("/tick"), page("p"), vec![]);
            cache.get(&key(&format!("/{i}"))).unwrap();
        }
        cache.insert(key("/new"), page("p"), tags(&["settings"]));
        assert!(cache.len() <= 10, "{}", cache.len());
        assert!(cache.get(&key("/3")).is_none());
        assert!(cache.get(&key("/new")).is_some());
        // The evicted page left the tag index too.
        cache.invalidate(&tags(&["settings"]));
        assert_eq!(cache.len(), 1, "only /tick is untagged");
    }

    #[test]
    fn a_zero_sized_cache_holds_nothing() {
        let cache = PageCache::new(0);
        cache.insert(key("/a"), page("a"), vec![]);
        assert!(cache.is_empty());
    }

    #[test]
    fn concurrent_readers_and_writers_agree() {
        let cache = Arc::new(PageCache::new(1000));
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let cache = Arc::clone(&cache);
                std::thread::spawn(move || {
                    for i in 0..200 {
                        let k = key(&format!("/{t}/{i}"));
                        let epoch = cache.epoch();
                        cache.insert_if_fresh(
                            k.clone(),
                            page("p"),
                            vec![CacheTag::Author(gazette_domain::AuthorId(i64::from(i % 7)))],
                            epoch,
                        );
                        cache.get(&k);
                        if i % 50 == 0 {
                            cache.invalidate(&[CacheTag::Author(gazette_domain::AuthorId(
                                i64::from(i % 7),
                            ))]);
                        }
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        cache.invalidate(
            &(0..7)
                .map(|i| CacheTag::Author(gazette_domain::AuthorId(i)))
                .collect::<Vec<_>>(),
        );
        assert!(cache.is_empty());
    }

    #[test]
    fn negotiation_prefers_brotli_then_gzip() {
        assert_eq!(negotiate(None), Encoding::Identity);
        assert_eq!(negotiate(Some("")), Encoding::Identity);
        assert_eq!(negotiate(Some("gzip, deflate, br, zstd")), Encoding::Brotli);
        assert_eq!(negotiate(Some("gzip;q=1.0, br;q=0.5")), Encoding::Brotli);
        assert_eq!(negotiate(Some("gzip, deflate")), Encoding::Gzip);
        assert_eq!(negotiate(Some("GZIP")), Encoding::Gzip);
        assert_eq!(negotiate(Some("x-gzip")), Encoding::Gzip);
        assert_eq!(negotiate(Some("deflate")), Encoding::Identity);
        assert_eq!(negotiate(Some("identity")), Encoding::Identity);
    }

    #[test]
    fn negotiation_respects_refusals() {
        assert_eq!(negotiate(Some("br;q=0, gzip")), Encoding::Gzip);
        assert_eq!(negotiate(Some("br; q=0.000, gzip;q=0")), Encoding::Identity);
        assert_eq!(negotiate(Some("*")), Encoding::Brotli);
        assert_eq!(negotiate(Some("*;q=0.1, br;q=0")), Encoding::Gzip);
        assert_eq!(negotiate(Some("gzip, *;q=0")), Encoding::Gzip);
        assert_eq!(negotiate(Some("br;q=nonsense, gzip")), Encoding::Gzip);
        assert_eq!(negotiate(Some("br;q=0.001")), Encoding::Brotli);
    }
}

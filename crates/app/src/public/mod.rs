//! The reader-facing site: article, home and listing pages, feeds and sitemaps, sharing, and
//! the WebSub pings that tell subscribers' readers a feed changed.

pub(crate) mod discovery;
pub(crate) mod listings;
pub(crate) mod pages;
pub(crate) mod sharing;
pub(crate) mod websub;

crate::service!(
    /// Pages, feeds, sitemaps and sharing: `app.public()`.
    Public
);

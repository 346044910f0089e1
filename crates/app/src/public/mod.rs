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

impl Public<'_> {
    /// The edition a path segment names (`es`, `pt-br` → `pt-BR`): a language the site may
    /// show, as Gazette writes its tag; whether the site has pages in it yet is the page's
    /// question. Cheap, no storage: asked of every request's first segment.
    pub fn edition(&self, segment: &str) -> Option<&'static str> {
        let language = crate::translations::languages::lookup(segment)?;
        // Aliases (`zh`, `no`) are not editions: one address per page.
        (language.code.eq_ignore_ascii_case(segment)
            && language.code != crate::views::SITE_LANG
            && self.config().translation.shows(language.code))
        .then_some(language.code)
    }
}

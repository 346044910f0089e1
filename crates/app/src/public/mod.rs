//! The reader-facing site: article, home and listing pages, feeds and sitemaps, sharing, and
//! the WebSub pings that tell subscribers' readers a feed changed.

pub(crate) mod discovery;
pub(crate) mod listings;
pub(crate) mod not_found;
pub(crate) mod pages;
pub(crate) mod sharing;
pub(crate) mod websub;

crate::service!(
    /// Pages, feeds, sitemaps and sharing: `app.public()`.
    Public
);

/// The longest tag in the languages table (`zh-Hans`).
const LONGEST_TAG: usize = 7;

impl Public<'_> {
    /// The edition a path segment names (`es`, `pt-br` → `pt-BR`): a language the site may
    /// show, as Gazette writes its tag; whether the site has pages in it yet is the page's
    /// question. Cheap, no storage: asked of every request's first segment.
    pub fn edition(&self, segment: &str) -> Option<&'static str> {
        // Most first segments are article slugs, longer than any tag here (`zh-Hant`): those
        // are turned away before the table is searched.
        if !(2..=LONGEST_TAG).contains(&segment.len()) {
            return None;
        }
        let language = crate::translations::languages::lookup(segment)?;
        // Aliases (`zh`, `no`) are not editions: one address per page.
        (language.code.eq_ignore_ascii_case(segment)
            && language.code != crate::views::SITE_LANG
            && self.config().translation.shows(language.code))
        .then_some(language.code)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_language_tag_fits_the_edition_filter() {
        for l in crate::translations::languages::LANGUAGES {
            assert!(
                (2..=super::LONGEST_TAG).contains(&l.code.len()),
                "{}",
                l.code
            );
        }
    }
}

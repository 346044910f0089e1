//! What each listing (a region, theme, report, author or source page, and their feeds) holds:
//! the one place both the pages and the feeds read it from.

use gazette_domain::ArticleStatus;
use gazette_render::views::ListingView;
use gazette_render::{CacheTag, Listing};
use gazette_store::{ArticleFilter, ArticleOrder};

use crate::views::region_link;
use crate::{AppError, AppResult, Taxonomies};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingKind {
    Region,
    Theme,
    Report,
    Author,
    Source,
}

impl ListingKind {
    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "region" => Self::Region,
            "theme" => Self::Theme,
            "report" => Self::Report,
            "author" => Self::Author,
            "source" => Self::Source,
            _ => return None,
        })
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Region => "region",
            Self::Theme => "theme",
            Self::Report => "report",
            Self::Author => "author",
            Self::Source => "source",
        }
    }
}

/// What a listing shows: the filter and order of its articles, its cache tag, and its header.
pub(crate) fn listing_scope(
    tax: &Taxonomies,
    kind: ListingKind,
    slug: &str,
) -> AppResult<(ArticleFilter, ArticleOrder, CacheTag, ListingView)> {
    let missing = || AppError::NotFound(format!("{} {slug:?}", kind.as_str()));
    let mut filter = ArticleFilter {
        status: Some(ArticleStatus::Published),
        ..Default::default()
    };
    let mut order = ArticleOrder::Newest;
    let mut listing = ListingView {
        kind: kind.as_str().into(),
        title: String::new(),
        intro_html: String::new(),
        breadcrumbs: Vec::new(),
        children: Vec::new(),
        external_url: None,
    };
    let tag = match kind {
        ListingKind::Region => {
            let region = tax.region_by_slug(slug).ok_or_else(missing)?;
            filter.regions = Some(tax.region_with_descendants(region.id));
            listing.title = region.name.clone();
            listing.breadcrumbs = tax
                .region_with_ancestors(region.id)
                .iter()
                .skip(1)
                .rev()
                .map(|r| region_link(r))
                .collect();
            listing.children = tax
                .regions
                .iter()
                .filter(|r| r.parent_id == Some(region.id))
                .map(region_link)
                .collect();
            CacheTag::List(Listing::Region(region.id))
        }
        ListingKind::Theme => {
            let theme = tax.theme_by_slug(slug).ok_or_else(missing)?;
            filter.theme = Some(theme.id);
            listing.title = theme.name.clone();
            listing.intro_html = paragraph(&theme.description);
            CacheTag::List(Listing::Theme(theme.id))
        }
        ListingKind::Report => {
            let report = tax.report_by_slug(slug).ok_or_else(missing)?;
            filter.report = Some(report.id);
            order = ArticleOrder::ReportPosition;
            listing.title = report.title.clone();
            listing.intro_html = report.introduction_html.clone();
            CacheTag::List(Listing::Report(report.id))
        }
        ListingKind::Author => {
            let author = tax.author_by_slug(slug).ok_or_else(missing)?;
            filter.author = Some(author.id);
            listing.title = author.name.clone();
            listing.intro_html = paragraph(&author.bio);
            listing.external_url = author.url.clone();
            CacheTag::List(Listing::Author(author.id))
        }
        ListingKind::Source => {
            let source = tax.source_by_slug(slug).ok_or_else(missing)?;
            filter.source = Some(source.id);
            listing.title = source.name.clone();
            listing.intro_html = paragraph(&source.reprint_terms);
            listing.external_url = Some(source.home_url.clone());
            CacheTag::List(Listing::Source(source.id))
        }
    };
    Ok((filter, order, tag, listing))
}

/// Plain text (a bio, a description) as one escaped paragraph.
fn paragraph(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    format!("<p>{escaped}</p>")
}

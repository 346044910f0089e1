//! How readers and machines find the publication: feeds (RSS, Atom, JSON Feed) for the site and
//! every listing, sitemaps split at the protocol's limits, the Google News sitemap, robots.txt.
//!
//! Each document is built from the same listing rules as the pages (`pages::listing_scope`) and
//! cached under the same tags, so it is dropped exactly when the listing it follows changes.

use gazette_domain::ArticleStatus;
use gazette_render::feeds::{self, FeedItem, FeedView, NewsUrl, SITEMAP_MAX_URLS, SitemapUrl};
use gazette_render::{CacheTag, Listing};
use gazette_store::{ArticleFilter, ArticleOrder, Page, articles as rows};
use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::Public;
use super::listings::{ListingKind, listing_scope};
use crate::views::{absolute, absolute_links};
use crate::{AppError, AppResult, Taxonomies, now};

/// How many articles a feed carries.
const FEED_ITEMS: u32 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedFormat {
    Rss,
    Atom,
    Json,
}

impl FeedFormat {
    /// The format named by a feed's file name: `feed.rss`, `feed.atom`, `feed.json`.
    pub fn from_file(name: &str) -> Option<Self> {
        match name {
            "feed.rss" => Some(Self::Rss),
            "feed.atom" => Some(Self::Atom),
            "feed.json" => Some(Self::Json),
            _ => None,
        }
    }

    pub fn file(self) -> &'static str {
        match self {
            Self::Rss => "feed.rss",
            Self::Atom => "feed.atom",
            Self::Json => "feed.json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Rss => feeds::RSS_TYPE,
            Self::Atom => feeds::ATOM_TYPE,
            Self::Json => feeds::JSON_FEED_TYPE,
        }
    }
}

/// A built document with what the cache needs to keep it.
pub(crate) struct Document {
    pub body: String,
    pub content_type: &'static str,
    pub tags: Vec<CacheTag>,
    pub modified: OffsetDateTime,
}

impl Public<'_> {
    /// The path of a listing's page (`/region/iraq`) or of the home page.
    fn scope_path(scope: Option<(ListingKind, &str)>) -> String {
        match scope {
            Some((kind, slug)) => format!("/{}/{slug}", kind.as_str()),
            None => String::new(),
        }
    }

    pub(crate) async fn feed_document(
        &self,
        conn: &mut AnyConnection,
        tax: &Taxonomies,
        scope: Option<(ListingKind, &str)>,
        format: FeedFormat,
    ) -> AppResult<Document> {
        let settings = gazette_store::settings::get(conn).await?;
        let (filter, title, description, tag) = match scope {
            Some((kind, slug)) => {
                let (filter, _, tag, listing) = listing_scope(tax, kind, slug)?;
                let description = gazette_render::plain_text_excerpt(&listing.intro_html, 300);
                (
                    filter,
                    format!("{} — {}", listing.title, settings.name),
                    description,
                    tag,
                )
            }
            None => (
                ArticleFilter {
                    status: Some(ArticleStatus::Published),
                    ..Default::default()
                },
                settings.name.clone(),
                settings.tagline.clone(),
                CacheTag::List(Listing::Home),
            ),
        };
        // Feeds are newest first even for reports: a reader follows what is new.
        let page = Page {
            number: 1,
            size: FEED_ITEMS,
        };
        let (articles, _) = rows::list(conn, &filter, ArticleOrder::Newest, page).await?;
        let base = self.base_url();
        let path = Self::scope_path(scope);
        let mut tags = vec![tag, CacheTag::Settings, CacheTag::Nav];
        tags.extend(articles.iter().map(|a| CacheTag::Article(a.id)));
        let items: Vec<FeedItem> = articles
            .iter()
            .map(|a| {
                tags.extend(a.author_ids.iter().map(|&id| CacheTag::Author(id)));
                let published = a.published_at.unwrap_or(a.updated_at);
                let mut categories: Vec<String> = a
                    .region_ids
                    .iter()
                    .filter_map(|id| tax.region(*id))
                    .map(|r| r.name.clone())
                    .collect();
                categories.extend(
                    a.theme_ids
                        .iter()
                        .filter_map(|id| tax.theme(*id))
                        .map(|t| t.name.clone()),
                );
                FeedItem {
                    url: format!("{base}/{}", a.slug),
                    title: a.title.clone(),
                    summary: if a.standfirst.is_empty() {
                        gazette_render::plain_text_excerpt(&a.body_html, 300)
                    } else {
                        a.standfirst.clone()
                    },
                    content_html: settings
                        .feed_full_content
                        .then(|| absolute_links(&a.body_html, base)),
                    authors: a
                        .author_ids
                        .iter()
                        .filter_map(|id| tax.author(*id))
                        .map(|x| x.name.clone())
                        .collect(),
                    categories,
                    published,
                    updated: a.updated_at.max(published),
                    image: a.image.as_ref().map(|i| absolute(&i.src, base)),
                    language: a.language.to_string(),
                }
            })
            .collect();
        let updated = items.iter().map(|i| i.updated).max().unwrap_or_else(now);
        let view = FeedView {
            title,
            description,
            home_url: format!("{base}{}", if path.is_empty() { "/" } else { &path }),
            rss_url: format!("{base}{path}/feed.rss"),
            atom_url: format!("{base}{path}/feed.atom"),
            json_url: format!("{base}{path}/feed.json"),
            language: "en".to_owned(),
            hub: self.config().websub_hub(),
            updated,
            items,
        };
        let body = match format {
            FeedFormat::Rss => feeds::rss(&view),
            FeedFormat::Atom => feeds::atom(&view),
            FeedFormat::Json => feeds::json_feed(&view),
        };
        Ok(Document {
            body,
            content_type: format.content_type(),
            tags,
            modified: updated,
        })
    }

    /// The sitemap index: the listings' sitemap, one sitemap per 50,000 articles, and the news sitemap.
    pub(crate) async fn sitemap_index(&self, conn: &mut AnyConnection) -> AppResult<Document> {
        let base = self.base_url();
        let count = rows::count_published(conn).await?;
        let files = count.div_ceil(SITEMAP_MAX_URLS as u64).max(1);
        let mut maps = vec![SitemapUrl {
            loc: format!("{base}/sitemaps/pages.xml"),
            lastmod: None,
        }];
        maps.extend((1..=files).map(|n| SitemapUrl {
            loc: format!("{base}/sitemaps/articles-{n}.xml"),
            lastmod: None,
        }));
        maps.push(SitemapUrl {
            loc: format!("{base}/sitemaps/news.xml"),
            lastmod: None,
        });
        Ok(Document {
            body: feeds::sitemap_index(&maps),
            content_type: feeds::XML_TYPE,
            tags: vec![CacheTag::List(Listing::Home)],
            modified: now(),
        })
    }

    /// Articles `n` (1-based) of the sitemap split.
    pub(crate) async fn sitemap_articles(
        &self,
        conn: &mut AnyConnection,
        n: u32,
    ) -> AppResult<Document> {
        let offset = i64::from(n.saturating_sub(1)) * SITEMAP_MAX_URLS as i64;
        let entries = rows::published_entries(conn, None, offset, SITEMAP_MAX_URLS as i64).await?;
        if entries.is_empty() && n > 1 {
            return Err(AppError::NotFound(format!("sitemap {n}")));
        }
        let base = self.base_url();
        let urls: Vec<SitemapUrl> = entries
            .iter()
            .map(|e| SitemapUrl {
                loc: format!("{base}/{}", e.slug),
                lastmod: Some(e.updated_at),
            })
            .collect();
        Ok(Document {
            body: feeds::sitemap(&urls),
            content_type: feeds::XML_TYPE,
            // Any publication or edit moves entries between files or changes a lastmod.
            tags: vec![CacheTag::List(Listing::Home)],
            modified: entries
                .iter()
                .map(|e| e.updated_at)
                .max()
                .unwrap_or_else(now),
        })
    }

    /// The home page and every listing page.
    pub(crate) async fn sitemap_pages(&self, tax: &Taxonomies) -> AppResult<Document> {
        let base = self.base_url();
        let mut urls = vec![SitemapUrl {
            loc: format!("{base}/"),
            lastmod: None,
        }];
        let mut add = |kind: &str, slug: &gazette_domain::Slug| {
            urls.push(SitemapUrl {
                loc: format!("{base}/{kind}/{slug}"),
                lastmod: None,
            })
        };
        tax.regions.iter().for_each(|r| add("region", &r.slug));
        tax.themes.iter().for_each(|t| add("theme", &t.slug));
        tax.reports.iter().for_each(|r| add("report", &r.slug));
        tax.authors.iter().for_each(|a| add("author", &a.slug));
        tax.sources.iter().for_each(|s| add("source", &s.slug));
        Ok(Document {
            body: feeds::sitemap(&urls),
            content_type: feeds::XML_TYPE,
            tags: vec![CacheTag::Nav],
            modified: now(),
        })
    }

    /// Articles published in the last two days, as Google News asks.
    pub(crate) async fn news_sitemap(&self, conn: &mut AnyConnection) -> AppResult<Document> {
        let settings = gazette_store::settings::get(conn).await?;
        let since = now() - time::Duration::days(2);
        // Google News reads at most 1,000 URLs from one news sitemap.
        let entries = rows::published_entries(conn, Some(since), 0, 1000).await?;
        let base = self.base_url();
        let urls: Vec<NewsUrl> = entries
            .iter()
            .map(|e| NewsUrl {
                loc: format!("{base}/{}", e.slug),
                title: e.title.clone(),
                language: e.language.clone(),
                published: e.published_at,
            })
            .collect();
        Ok(Document {
            body: feeds::news_sitemap(&settings.name, &urls),
            content_type: feeds::XML_TYPE,
            tags: vec![CacheTag::List(Listing::Home), CacheTag::Settings],
            modified: entries.first().map(|e| e.updated_at).unwrap_or_else(now),
        })
    }

    /// robots.txt: everything public may be crawled; the APIs and previews may not.
    pub fn robots_txt(&self) -> String {
        format!(
            "User-agent: *\nDisallow: /api/\nAllow: /api/v1/articles\n\nSitemap: {}/sitemap.xml\n",
            self.base_url()
        )
    }
}

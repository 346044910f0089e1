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
use crate::views::{Ctx, SITE_LANG, absolute, absolute_links};
use crate::{AppError, AppResult, now};

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

    /// The feed of the site or of a listing in `ctx`'s edition: each entry translated where a
    /// translation into the edition's language exists, else the original, marked with its
    /// language.
    pub(crate) async fn feed_document(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        scope: Option<(ListingKind, &str)>,
        format: FeedFormat,
    ) -> AppResult<Document> {
        let (settings, tax) = (&ctx.settings, &ctx.tax);
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
        let translated = match &ctx.lang {
            Some(lang) => {
                let ids: Vec<i64> = articles.iter().map(|a| a.id.0).collect();
                gazette_store::translations::available_in(conn, lang, &ids).await?
            }
            None => Default::default(),
        };
        let base = self.base_url();
        let path = Self::scope_path(scope);
        let mut tags = vec![tag, CacheTag::Settings, CacheTag::Nav];
        tags.extend(ctx.article_tags(&articles));
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
                let (url, title, standfirst, body, language) = match translated.get(&a.id.0) {
                    Some(t) => (
                        ctx.url_in(ctx.lang.as_deref(), &format!("/{}", a.slug)),
                        t.title.clone(),
                        t.standfirst.clone(),
                        // Engine output: sanitised again as it leaves, as on the page.
                        gazette_render::sanitize_html(&t.body_html),
                        t.language.clone(),
                    ),
                    None => (
                        format!("{base}/{}", a.slug),
                        a.title.clone(),
                        a.standfirst.clone(),
                        a.body_html.clone(),
                        a.language.to_string(),
                    ),
                };
                let title_language = translated
                    .get(&a.id.0)
                    .filter(|t| {
                        crate::translations::untranslated::decode(&t.untranslated)
                            .iter()
                            .any(|s| s.part == crate::translations::Part::Title)
                    })
                    .map(|_| a.language.to_string());
                FeedItem {
                    url,
                    title,
                    summary: if standfirst.is_empty() {
                        gazette_render::plain_text_excerpt(&body, 300)
                    } else {
                        standfirst
                    },
                    content_html: settings
                        .feed_full_content
                        .then(|| absolute_links(&body, base)),
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
                    language,
                    title_language,
                }
            })
            .collect();
        let updated = items.iter().map(|i| i.updated).max().unwrap_or_else(now);
        let home = ctx.url_in(
            ctx.lang.as_deref(),
            if path.is_empty() { "/" } else { &path },
        );
        let feeds = ctx.url_in(ctx.lang.as_deref(), &path);
        let view = FeedView {
            title,
            description,
            home_url: home,
            rss_url: format!("{feeds}/feed.rss"),
            atom_url: format!("{feeds}/feed.atom"),
            json_url: format!("{feeds}/feed.json"),
            language: ctx.page_lang().to_owned(),
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

    /// How many articles one sitemap file lists: every language version of an article is a
    /// URL of its own, and a file holds at most the protocol's 50,000.
    fn articles_per_sitemap(ctx: &Ctx) -> usize {
        SITEMAP_MAX_URLS / (1 + ctx.languages.len())
    }

    /// The sitemap index: the listings' sitemap, the articles' sitemaps, and the news sitemap.
    pub(crate) async fn sitemap_index(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
    ) -> AppResult<Document> {
        let base = self.base_url();
        let count = rows::count_published(conn).await?;
        let files = count
            .div_ceil(Self::articles_per_sitemap(ctx) as u64)
            .max(1);
        let sitemap = |loc: String| SitemapUrl {
            loc,
            lastmod: None,
            alternates: Vec::new(),
        };
        let mut maps = vec![sitemap(format!("{base}/sitemaps/pages.xml"))];
        maps.extend((1..=files).map(|n| sitemap(format!("{base}/sitemaps/articles-{n}.xml"))));
        maps.push(sitemap(format!("{base}/sitemaps/news.xml")));
        Ok(Document {
            body: feeds::sitemap_index(&maps),
            content_type: feeds::XML_TYPE,
            tags: vec![CacheTag::List(Listing::Home)],
            modified: now(),
        })
    }

    /// Articles `n` (1-based) of the sitemap split, each in every language it can be read in.
    pub(crate) async fn sitemap_articles(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        n: u32,
    ) -> AppResult<Document> {
        let per_file = Self::articles_per_sitemap(ctx) as i64;
        let offset = i64::from(n.saturating_sub(1)) * per_file;
        let entries = rows::published_entries(conn, None, offset, per_file).await?;
        if entries.is_empty() && n > 1 {
            return Err(AppError::NotFound(format!("sitemap {n}")));
        }
        let ids: Vec<i64> = entries.iter().map(|e| e.id).collect();
        let translated = if ctx.languages.is_empty() {
            Default::default()
        } else {
            gazette_store::translations::languages_of(conn, &ids).await?
        };
        // Any publication or edit moves entries between files or changes a lastmod; a new
        // translation adds a version to its article's entries.
        let mut tags = vec![CacheTag::List(Listing::Home)];
        let mut urls = Vec::with_capacity(entries.len());
        for e in &entries {
            let path = format!("/{}", e.slug);
            let mut versions = vec![(e.language.clone(), ctx.url_in(None, &path))];
            versions.extend(
                translated
                    .get(&e.id)
                    .into_iter()
                    .flatten()
                    .filter(|l| ctx.languages.contains(l))
                    .map(|l| (l.clone(), ctx.url_in(Some(l), &path))),
            );
            if !ctx.languages.is_empty() {
                tags.push(CacheTag::Translations(gazette_domain::ArticleId(e.id)));
            }
            urls.extend(language_versions(versions, Some(e.updated_at)));
        }
        Ok(Document {
            body: feeds::sitemap(&urls),
            content_type: feeds::XML_TYPE,
            tags,
            modified: entries
                .iter()
                .map(|e| e.updated_at)
                .max()
                .unwrap_or_else(now),
        })
    }

    /// The home page and every listing page, in the site's language and every edition.
    pub(crate) fn sitemap_pages(&self, ctx: &Ctx) -> Document {
        let tax = &ctx.tax;
        let mut paths = vec!["/".to_owned()];
        let mut add =
            |kind: &str, slug: &gazette_domain::Slug| paths.push(format!("/{kind}/{slug}"));
        tax.regions.iter().for_each(|r| add("region", &r.slug));
        tax.themes.iter().for_each(|t| add("theme", &t.slug));
        tax.reports.iter().for_each(|r| add("report", &r.slug));
        tax.authors.iter().for_each(|a| add("author", &a.slug));
        tax.sources.iter().for_each(|s| add("source", &s.slug));
        let urls: Vec<SitemapUrl> = paths
            .iter()
            .flat_map(|path| {
                let mut versions = vec![(SITE_LANG.to_owned(), ctx.url_in(None, path))];
                versions.extend(
                    ctx.languages
                        .iter()
                        .map(|l| (l.clone(), ctx.url_in(Some(l), path))),
                );
                language_versions(versions, None)
            })
            .collect();
        Document {
            body: feeds::sitemap(&urls),
            content_type: feeds::XML_TYPE,
            tags: vec![CacheTag::Nav, CacheTag::Languages],
            modified: now(),
        }
    }

    /// Articles published in the last two days, and translations made in them, each in its
    /// language, as Google News asks.
    pub(crate) async fn news_sitemap(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
    ) -> AppResult<Document> {
        let since = now() - time::Duration::days(2);
        // Google News reads at most 1,000 URLs from one news sitemap.
        let entries = rows::published_entries(conn, Some(since), 0, 1000).await?;
        let base = self.base_url();
        let mut urls: Vec<NewsUrl> = entries
            .iter()
            .map(|e| NewsUrl {
                loc: format!("{base}/{}", e.slug),
                title: e.title.clone(),
                language: e.language.clone(),
                published: e.published_at,
            })
            .collect();
        let room = 1000 - urls.len() as i64;
        if room > 0 && !ctx.languages.is_empty() {
            let made = gazette_store::translations::made_since(conn, since, room).await?;
            urls.extend(
                made.into_iter()
                    .filter(|t| ctx.languages.contains(&t.language))
                    .map(|t| NewsUrl {
                        loc: ctx.url_in(Some(&t.language), &format!("/{}", t.slug)),
                        title: t.title,
                        language: t.language,
                        published: t.translated_at,
                    }),
            );
        }
        Ok(Document {
            body: feeds::news_sitemap(&ctx.settings.name, &urls),
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

/// One sitemap entry per language version, each listing all of them and the first (the
/// original) as `x-default`.
fn language_versions(
    versions: Vec<(String, String)>,
    lastmod: Option<OffsetDateTime>,
) -> Vec<SitemapUrl> {
    if versions.len() < 2 {
        return versions
            .into_iter()
            .map(|(_, loc)| SitemapUrl {
                loc,
                lastmod,
                alternates: Vec::new(),
            })
            .collect();
    }
    let mut alternates = versions.clone();
    alternates.push(("x-default".to_owned(), versions[0].1.clone()));
    versions
        .into_iter()
        .map(|(_, loc)| SitemapUrl {
            loc,
            lastmod,
            alternates: alternates.clone(),
        })
        .collect()
}

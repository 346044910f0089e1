//! The reader's pages: built from the store into the theme's view structs, rendered once, kept
//! in the page cache with the tags of everything they show, and dropped when one of those changes.

use std::sync::Arc;

use gazette_domain::{Article, ArticleStatus};
use gazette_render::views::{
    ArticlePage, ArticleView, AuthorView, ErrorPage, FeedLink, HomePage, LanguageLink, Link,
    ListingPage, OriginalView, PageMeta, SiteView, TranslationView,
};
use gazette_render::{CacheTag, CachedPage, Listing, PageKey, TagLang, html::plain_text_excerpt};
use gazette_store::{ArticleFilter, ArticleOrder, Page, articles as rows};
use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::Public;
use super::discovery::{Document, FeedFormat};
use super::listings::{ListingKind, listing_scope};
use crate::views::{
    Ctx, PER_PAGE, absolute, image_view, iso, language_name, paged, pagination, region_links,
    text_direction, theme_links,
};
use crate::{AppError, AppResult, now};

/// A public page a reader can ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageRoute {
    Home {
        page: u32,
    },
    /// An article, or in an edition (`/{lang}/{slug}`) its translation.
    Article {
        slug: String,
    },
    Listing {
        kind: ListingKind,
        slug: String,
        page: u32,
    },
    /// The site's feed (`scope` None) or a listing's.
    Feed {
        scope: Option<(ListingKind, String)>,
        format: FeedFormat,
    },
    SitemapIndex,
    /// The `n`th (1-based) sitemap of articles.
    SitemapArticles {
        n: u32,
    },
    /// The home page and listing pages.
    SitemapPages,
    NewsSitemap,
}

impl PageRoute {
    fn key(&self, lang: &str) -> PageKey {
        let path = match self {
            Self::Home { page } => format!("/?page={page}"),
            Self::Article { slug } => format!("/{slug}"),
            Self::Listing { kind, slug, page } => format!("/{}/{slug}?page={page}", kind.as_str()),
            Self::Feed {
                scope: None,
                format,
            } => format!("/{}", format.file()),
            Self::Feed {
                scope: Some((kind, slug)),
                format,
            } => {
                format!("/{}/{slug}/{}", kind.as_str(), format.file())
            }
            Self::SitemapIndex => "/sitemap.xml".to_owned(),
            Self::SitemapArticles { n } => format!("/sitemaps/articles-{n}.xml"),
            Self::SitemapPages => "/sitemaps/pages.xml".to_owned(),
            Self::NewsSitemap => "/sitemaps/news.xml".to_owned(),
        };
        PageKey {
            path,
            lang: lang.to_owned(),
        }
    }
}

impl Public<'_> {
    /// The page at `route` in the edition `lang` (None: the site's own language), from the
    /// cache or freshly rendered. `NotFound` and `Gone` errors tell the caller to answer with
    /// the error page; an edition the site does not have is `NotFound`.
    pub async fn page(&self, route: &PageRoute, lang: Option<&str>) -> AppResult<Arc<CachedPage>> {
        let key = route.key(lang.unwrap_or(""));
        if let Some(page) = self.cache().get(&key) {
            self.metrics().page_cache_lookup(true);
            return Ok(page);
        }
        self.metrics().page_cache_lookup(false);
        // A flood of requests for missing pages is answered from memory (see `not_found`).
        let missing = format!("{}|{}", key.lang, key.path);
        if self.not_found.is_missing(&missing) {
            return Err(AppError::NotFound(
                "a page found missing a moment ago".into(),
            ));
        }
        let generation = self.not_found.generation();
        match self.render_page(route, lang, key).await {
            Err(AppError::NotFound(what)) => {
                self.not_found.remember_missing(missing, generation);
                Err(AppError::NotFound(what))
            }
            other => other,
        }
    }

    /// [`Public::page`] past the caches: built from the store, rendered and kept.
    async fn render_page(
        &self,
        route: &PageRoute,
        lang: Option<&str>,
        key: PageKey,
    ) -> AppResult<Arc<CachedPage>> {
        // Read the epoch before the data: an invalidation during rendering keeps this page out.
        let epoch = self.cache().epoch();
        let mut conn = self.store().reader().await?;
        let ctx = match route {
            PageRoute::Article { .. } => self.article_ctx(&mut conn, lang).await?,
            _ => self.page_ctx(&mut conn, lang).await?,
        };
        let site_wide = matches!(
            route,
            PageRoute::SitemapIndex
                | PageRoute::SitemapArticles { .. }
                | PageRoute::SitemapPages
                | PageRoute::NewsSitemap
        );
        if site_wide && ctx.lang.is_some() {
            // One set of sitemaps lists every edition.
            return Err(AppError::NotFound("sitemap in an edition".into()));
        }
        let document = |(body, tags, modified): (String, Vec<CacheTag>, OffsetDateTime)| Document {
            body,
            content_type: "text/html; charset=utf-8",
            tags,
            modified,
        };
        let mut doc = match route {
            PageRoute::Home { page } => document(self.home(&mut conn, &ctx, *page).await?),
            PageRoute::Article { slug } => {
                document(self.article_page(&mut conn, &ctx, slug, false).await?)
            }
            PageRoute::Listing { kind, slug, page } => {
                document(self.listing(&mut conn, &ctx, *kind, slug, *page).await?)
            }
            PageRoute::Feed { scope, format } => {
                let scope = scope.as_ref().map(|(kind, slug)| (*kind, slug.as_str()));
                self.feed_document(&mut conn, &ctx, scope, *format).await?
            }
            PageRoute::SitemapIndex => self.sitemap_index(&mut conn, &ctx).await?,
            PageRoute::SitemapArticles { n } => self.sitemap_articles(&mut conn, &ctx, *n).await?,
            PageRoute::SitemapPages => self.sitemap_pages(&ctx),
            PageRoute::NewsSitemap => self.news_sitemap(&mut conn, &ctx).await?,
        };
        doc.tags
            .extend([CacheTag::Nav, CacheTag::Settings, CacheTag::Languages]);
        // The edition's site texts (names, tagline) are on every page of it.
        doc.tags.extend(
            ctx.lang
                .as_deref()
                .and_then(TagLang::new)
                .map(CacheTag::SiteTexts),
        );
        let page = Arc::new(CachedPage::with_content_type(
            doc.body,
            doc.content_type,
            200,
            doc.modified,
        ));
        // The news sitemap depends on the clock (the last two days), so it is never kept.
        if *route != PageRoute::NewsSitemap {
            self.cache()
                .insert_if_fresh(key, page.clone(), doc.tags, epoch);
        }
        Ok(page)
    }

    /// An article exactly as readers will see it, whatever its status, with its pending
    /// changes when it has any; never cached.
    pub async fn preview_page(&self, id: gazette_domain::ArticleId) -> AppResult<String> {
        let article = crate::Articles::of(self.core).with_pending(id).await?;
        let mut conn = self.store().reader().await?;
        let ctx = self.page_ctx(&mut conn, None).await?;
        Ok(self
            .article_page_of(&mut conn, &ctx, article, true)
            .await?
            .0)
    }

    /// The error page for `status`, its words from the catalogues in `lang` (the site's
    /// language when None).
    pub async fn error_page(&self, status: u16, lang: Option<&str>) -> AppResult<Arc<str>> {
        // Kept until the next change: a flood of 404s renders it once.
        if let Some(html) = self.not_found.error_page(status, lang.unwrap_or("")) {
            return Ok(html);
        }
        let generation = self.not_found.generation();
        let (html, offline) = self.render_error_page(status, lang).await?;
        let html: Arc<str> = html.into();
        // One made without the database is not kept: it has the default settings.
        if !offline {
            self.not_found
                .keep_error_page(status, lang.unwrap_or(""), html.clone(), generation);
        }
        Ok(html)
    }

    /// The error page, and whether it was made without the database.
    async fn render_error_page(
        &self,
        status: u16,
        lang: Option<&str>,
    ) -> AppResult<(String, bool)> {
        let (ctx, offline) = match self.error_ctx(lang).await {
            Ok(ctx) => (ctx, false),
            // The database being out of reach is what this page may be saying: it is made
            // without it, with the default settings, in the site's language.
            Err(AppError::Store(e)) if e.is_unreachable() => {
                (crate::views::Ctx::offline(self.base_url()), true)
            }
            Err(e) => return Err(e),
        };
        let lang = ctx.page_lang();
        let (heading, message) = match status {
            404 => ("error-not-found", "error-not-found-text"),
            410 => ("error-gone", "error-gone-text"),
            // "Please try again in a moment" is what a reader needs to hear here too.
            503 => ("error-unavailable", "error-other-text"),
            _ => ("error-other", "error-other-text"),
        };
        let i18n = self.theme().i18n();
        let heading = i18n.message(lang, heading, &[]);
        let view = ErrorPage {
            site: ctx.site_with(Vec::new()),
            nav: ctx.nav(),
            page: PageMeta {
                title: format!("{heading} — {}", ctx.settings.name),
                description: String::new(),
                canonical: ctx.base.clone(),
                robots: Some("noindex".into()),
                ..PageMeta::default()
            },
            status,
            heading,
            message: i18n.message(lang, message, &[]),
        };
        Ok((self.theme().render("error.html", &view)?, offline))
    }

    /// The context of an error page: in any language the site may show, as the reader asked
    /// (a withdrawn article's edition may have no other page); any other tag gets the site's.
    async fn error_ctx(&self, lang: Option<&str>) -> AppResult<crate::views::Ctx> {
        let mut conn = self.store().reader().await?;
        match self.article_ctx(&mut conn, lang).await {
            Err(AppError::NotFound(_)) => self.page_ctx(&mut conn, None).await,
            other => other,
        }
    }

    async fn home(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        page: u32,
    ) -> AppResult<(String, Vec<CacheTag>, OffsetDateTime)> {
        let published = ArticleFilter {
            status: Some(ArticleStatus::Published),
            ..Default::default()
        };
        let (latest, total) = rows::list(
            conn,
            &published,
            ArticleOrder::Newest,
            Page {
                number: page,
                size: PER_PAGE,
            },
        )
        .await?;
        if page > 1 && latest.is_empty() {
            return Err(AppError::NotFound(format!("page {page}")));
        }
        let featured = if page == 1 {
            let filter = ArticleFilter {
                featured: Some(true),
                ..published
            };
            rows::list(
                conn,
                &filter,
                ArticleOrder::Newest,
                Page { number: 1, size: 4 },
            )
            .await?
            .0
        } else {
            Vec::new()
        };
        let mut tags = vec![CacheTag::List(Listing::Home)];
        tags.extend(ctx.article_tags(latest.iter().chain(&featured)));
        tags.extend(card_tags(latest.iter().chain(&featured)));
        let modified = latest
            .iter()
            .map(|a| a.updated_at)
            .max()
            .unwrap_or_else(now);
        let i18n = self.theme().i18n();
        let mut shown = latest.clone();
        shown.extend(featured.iter().cloned());
        let texts = ctx.card_texts(conn, &shown).await?;
        let prefix = ctx.prefix();
        let view = HomePage {
            site: ctx.site_at("/"),
            nav: ctx.nav(),
            page: PageMeta {
                title: format!("{} — {}", ctx.settings.name, ctx.settings.tagline),
                description: ctx.settings.tagline.clone(),
                canonical: paged(&ctx.url_in(ctx.lang.as_deref(), "/"), page),
                robots: None,
                feeds: feed_links(&ctx.settings.name, &prefix),
                image: None,
            },
            featured: ctx.cards(&featured, &texts, i18n),
            latest: ctx.cards(&latest, &texts, i18n),
            reports: ctx
                .tax
                .reports
                .iter()
                .map(|r| Link {
                    name: r.title.clone(),
                    url: format!("{prefix}/report/{}", r.slug),
                })
                .collect(),
            pagination: pagination(&format!("{prefix}/"), page, total),
        };
        Ok((self.theme().render("home.html", &view)?, tags, modified))
    }

    async fn article_page(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        slug: &str,
        preview: bool,
    ) -> AppResult<(String, Vec<CacheTag>, OffsetDateTime)> {
        let article = crate::articles::readable(conn, slug, preview).await?;
        self.article_page_of(conn, ctx, article, preview).await
    }

    /// The page of `article` as given, in `ctx`'s edition (its translation there): a preview
    /// passes one with its pending changes applied.
    async fn article_page_of(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        mut article: gazette_domain::Article,
        preview: bool,
    ) -> AppResult<(String, Vec<CacheTag>, OffsetDateTime)> {
        let lang = ctx.lang.as_deref();
        let original_lang = article.language.to_string();
        let path = format!("/{}", article.slug);
        let original_url = ctx.url_in(None, &path);
        let translation = match lang {
            Some(lang) => Some(
                gazette_store::translations::get(conn, article.id.0, lang)
                    .await?
                    .filter(|t| t.is_available())
                    .ok_or_else(|| AppError::NotFound("translation".into()))?,
            ),
            None => None,
        };
        let languages = if preview {
            Vec::new()
        } else {
            let translated =
                gazette_store::translations::available_languages(conn, article.id.0).await?;
            self.language_links(ctx, &original_lang, &path, &translated)
        };
        let translation_view = translation.as_ref().map(|t| {
            let (engine, model) = crate::translations::engine_for_readers(
                &self.config().translation,
                &t.engine,
                &t.model,
            );
            let untranslated = crate::translations::untranslated::decode(&t.untranslated);
            let mut parts: Vec<String> = untranslated
                .iter()
                .map(|s| s.part.as_str().to_owned())
                .collect();
            parts.sort();
            parts.dedup();
            TranslationView {
                status: t.status.clone(),
                engine,
                model,
                original_url: original_url.clone(),
                original_language_name: language_name(&original_lang),
                original_lang: original_lang.clone(),
                outdated: t.source_revision < article.revision,
                locked: t.locked,
                untranslated: untranslated.len(),
                untranslated_parts: parts,
            }
        });
        if let Some(t) = &translation {
            article.title = t.title.clone();
            article.standfirst = t.standfirst.clone();
            // Sanitised again as it is shown: a translation stored before today's checks (or
            // written into the table by anything but the service) is still engine output.
            article.body_html = gazette_render::sanitize_html(&t.body_html);
            if let Some(image) = article.image.as_mut() {
                if let Some(caption) = &t.image_caption {
                    image.caption = caption.clone();
                }
                if let Some(credit) = &t.image_credit {
                    image.credit = credit.clone();
                }
            }
        }
        let page_lang = lang.map_or_else(|| original_lang.clone(), str::to_owned);
        let prefix = ctx.prefix();
        let tax = &ctx.tax;
        let related = if article.region_ids.is_empty() && article.theme_ids.is_empty() {
            Vec::new()
        } else {
            let filter = ArticleFilter {
                status: Some(ArticleStatus::Published),
                regions: (!article.region_ids.is_empty()).then(|| article.region_ids.clone()),
                theme: if article.region_ids.is_empty() {
                    article.theme_ids.first().copied()
                } else {
                    None
                },
                ..Default::default()
            };
            let (found, _) = rows::list(
                conn,
                &filter,
                ArticleOrder::Newest,
                Page { number: 1, size: 4 },
            )
            .await?;
            found
                .into_iter()
                .filter(|a| a.id != article.id)
                .take(3)
                .collect::<Vec<_>>()
        };
        let mut tags = ctx.article_tags(std::iter::once(&article).chain(&related));
        tags.push(CacheTag::Translations(article.id));
        tags.extend(card_tags(std::iter::once(&article).chain(&related)));

        let published = article.published_at.unwrap_or(article.updated_at);
        let original = article.original.as_ref().and_then(|o| {
            let source = tax.source(o.source_id)?;
            let names: Vec<&str> = article
                .author_ids
                .iter()
                .filter_map(|id| tax.author(*id))
                .map(|a| a.name.as_str())
                .collect();
            Some(OriginalView {
                source: Link {
                    name: source.name.clone(),
                    url: format!("{prefix}/source/{}", source.slug),
                },
                source_home: source.home_url.clone(),
                url: o.url.clone(),
                date: self.theme().i18n().long_date(o.date, &page_lang),
                date_iso: o.date.to_string(),
                copyright_line: source.copyright_line(&names, o.date.year()),
                reprint_terms: source.reprint_terms.clone(),
            })
        });
        let url = ctx.url_in(lang, &path);
        // A partner may ask that search engines credit its original.
        let canonical = article
            .original
            .as_ref()
            .filter(|_| translation.is_none())
            .filter(|o| {
                tax.source(o.source_id)
                    .is_some_and(|s| s.canonical_to_original)
            })
            .map_or_else(|| url.clone(), |o| o.url.clone());
        // Dates on an article page are in the page's language, as its theme words are.
        let published_text = self.theme().i18n().long_date(published.date(), &page_lang);
        let republish_html = crate::public::sharing::may_republish(&article, &ctx.settings, tax)
            .then(|| {
                crate::public::sharing::republish_html(
                    &article,
                    &url,
                    &ctx.base,
                    &ctx.settings,
                    tax,
                    &published_text,
                    self.theme().i18n(),
                    &page_lang,
                )
            });
        let related_texts = ctx.card_texts(conn, &related).await?;
        let prefixed = |mut links: Vec<Link>| {
            for l in &mut links {
                l.url.insert_str(0, &prefix);
            }
            links
        };
        let view = ArticlePage {
            site: SiteView {
                dir: text_direction(&page_lang).to_owned(),
                lang: page_lang.clone(),
                ..ctx.site_with(languages)
            },
            nav: ctx.nav(),
            page: PageMeta {
                title: format!("{} — {}", article.title, ctx.settings.name),
                // The newsroom's own description is in the article's language: a translation
                // keeps its translated standfirst.
                description: if translation.is_none() && !article.sharing.description.is_empty() {
                    article.sharing.description.clone()
                } else if article.standfirst.is_empty() {
                    plain_text_excerpt(&article.body_html, 200)
                } else {
                    article.standfirst.clone()
                },
                canonical,
                robots: preview.then(|| "noindex".to_owned()),
                feeds: feed_links(&ctx.settings.name, &prefix),
                image: article
                    .sharing
                    .image
                    .as_deref()
                    .or(article.image.as_ref().map(|i| i.src.as_str()))
                    .map(|src| absolute(src, &ctx.base)),
            },
            article: ArticleView {
                title: article.title.clone(),
                standfirst: article.standfirst.clone(),
                body_html: crate::media::with_srcsets(&article.body_html).into_owned(),
                language: page_lang.clone(),
                published: published_text.clone(),
                published_iso: iso(published),
                updated_iso: iso(article.updated_at),
                authors: article
                    .author_ids
                    .iter()
                    .filter_map(|id| tax.author(*id))
                    .map(|a| AuthorView {
                        name: a.name.clone(),
                        url: format!("{prefix}/author/{}", a.slug),
                        kind: a.kind.as_str().into(),
                    })
                    .collect(),
                regions: prefixed(region_links(&article, tax)),
                themes: prefixed(theme_links(&article, tax)),
                reports: article
                    .report_ids
                    .iter()
                    .filter_map(|id| tax.report(*id))
                    .map(|r| Link {
                        name: r.title.clone(),
                        url: format!("{prefix}/report/{}", r.slug),
                    })
                    .collect(),
                image: article.image.as_ref().map(image_view),
                original,
                share: crate::public::sharing::share_links(
                    &url,
                    &article.title,
                    &ctx.settings.name,
                    &self.theme().i18n().message(&page_lang, "share-email", &[]),
                ),
                share_text: format!("{} {url}", article.title),
                republish_html,
                url,
            },
            related: ctx.cards(&related, &related_texts, self.theme().i18n()),
            preview,
            translation: translation_view,
        };
        Ok((
            self.theme().render("article.html", &view)?,
            tags,
            article.updated_at,
        ))
    }

    async fn listing(
        &self,
        conn: &mut AnyConnection,
        ctx: &Ctx,
        kind: ListingKind,
        slug: &str,
        page: u32,
    ) -> AppResult<(String, Vec<CacheTag>, OffsetDateTime)> {
        let tax = &ctx.tax;
        let (filter, order, tag, listing) = listing_scope(tax, kind, slug)?;
        let (articles, total) = rows::list(
            conn,
            &filter,
            order,
            Page {
                number: page,
                size: PER_PAGE,
            },
        )
        .await?;
        if page > 1 && articles.is_empty() {
            return Err(AppError::NotFound(format!("page {page}")));
        }
        let mut tags = vec![tag];
        tags.extend(ctx.article_tags(&articles));
        tags.extend(card_tags(articles.iter()));
        let prefix = ctx.prefix();
        let path = format!("/{}/{slug}", kind.as_str());
        let texts = ctx.card_texts(conn, &articles).await?;
        let mut listing = listing;
        for l in listing.breadcrumbs.iter_mut().chain(&mut listing.children) {
            if l.url.starts_with('/') {
                l.url.insert_str(0, &prefix);
            }
        }
        let view = ListingPage {
            site: ctx.site_at(&path),
            nav: ctx.nav(),
            page: PageMeta {
                title: format!("{} — {}", listing.title, ctx.settings.name),
                description: plain_text_excerpt(&listing.intro_html, 200),
                canonical: paged(&ctx.url_in(ctx.lang.as_deref(), &path), page),
                robots: None,
                feeds: feed_links(&listing.title, &format!("{prefix}{path}")),
                image: None,
            },
            listing,
            articles: ctx.cards(&articles, &texts, self.theme().i18n()),
            pagination: pagination(&format!("{prefix}{path}"), page, total),
        };
        let modified = articles
            .iter()
            .map(|a| a.updated_at)
            .max()
            .unwrap_or_else(now);
        Ok((self.theme().render("listing.html", &view)?, tags, modified))
    }
}

/// The three feeds of the page at `path` ("" for the site, "/es" for its Spanish edition).
fn feed_links(title: &str, path: &str) -> Vec<FeedLink> {
    [
        ("RSS", "feed.rss", "application/rss+xml"),
        ("Atom", "feed.atom", "application/atom+xml"),
        ("JSON Feed", "feed.json", "application/feed+json"),
    ]
    .into_iter()
    .map(|(name, file, media_type)| FeedLink {
        title: format!("{title} ({name})"),
        url: format!("{path}/{file}"),
        media_type: media_type.to_owned(),
    })
    .collect()
}

impl Public<'_> {
    /// The original and each translation readers can open, for the language menu and the
    /// alternates; empty when there is no translation to switch to.
    fn language_links(
        &self,
        ctx: &Ctx,
        original_lang: &str,
        path: &str,
        translated: &[String],
    ) -> Vec<LanguageLink> {
        let config = &self.config().translation;
        let shown: Vec<&String> = translated.iter().filter(|l| config.shows(l)).collect();
        if shown.is_empty() {
            return Vec::new();
        }
        let mut links = vec![LanguageLink {
            lang: original_lang.to_owned(),
            name: language_name(original_lang),
            url: ctx.url_in(None, path),
            current: ctx.lang.is_none(),
            original: true,
        }];
        links.extend(shown.into_iter().map(|l| LanguageLink {
            lang: l.clone(),
            name: language_name(l),
            url: ctx.url_in(Some(l), path),
            current: ctx.lang.as_deref() == Some(l.as_str()),
            original: false,
        }));
        links
    }
}

/// Cards show author and source names: their pages depend on those too.
fn card_tags<'a>(articles: impl Iterator<Item = &'a Article>) -> Vec<CacheTag> {
    let mut tags = Vec::new();
    for a in articles {
        tags.extend(a.author_ids.iter().map(|&id| CacheTag::Author(id)));
        tags.extend(a.original.iter().map(|o| CacheTag::Source(o.source_id)));
    }
    tags.sort();
    tags.dedup();
    tags
}

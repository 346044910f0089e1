//! Search over published articles: the tantivy index (`gazette-search`) kept in step with the
//! store. The index is derived data: it lives in the data directory, is updated by one
//! background worker whenever an article's cache tag changes (here or, on PostgreSQL, in another
//! process), and can always be rebuilt from the store (`gazette reindex`).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Weak};

use gazette_domain::{Article, ArticleId, ArticleStatus, AuthorId, SourceId};
use gazette_render::CacheTag;
use gazette_search::{SearchDoc, SearchIndex, SearchQuery, SearchResults};
use gazette_store::translations::Translation;
use gazette_store::{ArticleFilter, ArticleOrder, Page, articles as rows};
use tokio::sync::mpsc;

use crate::core::Core;
use crate::{App, AppError, AppResult, Taxonomies};

crate::service!(
    /// Full-text search over published articles: `app.search()`.
    Search
);

/// What a rebuild of the index put in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    /// Published articles, each in its own language.
    pub articles: u64,
    /// Their translations readers can open.
    pub translations: u64,
}

/// Work for the indexing worker.
pub(crate) enum IndexWork {
    Articles(Vec<i64>),
    /// The published articles credited to these authors and sources: their slugs are facet
    /// values, and editing one may have changed it.
    Credited {
        authors: Vec<i64>,
        sources: Vec<i64>,
    },
    Everything,
    /// Every change-log entry up to this one has been queued: once the work before it is in
    /// the index, the mark beside the index moves here (see [`crate::changes`]).
    Applied(i64),
}

/// The file beside the index naming the last change-log entry the index has applied.
const MARK_FILE: &str = "search-change-mark";

/// The running index and the queue of its worker (kept in [`Core`], since every commit tells
/// it what to refresh).
pub(crate) struct IndexHandle {
    pub index: SearchIndex,
    pub work: mpsc::UnboundedSender<IndexWork>,
}

/// Opens the search index in `{data}/search` and starts its worker. The index resumes from the
/// change-log entry it last applied (the mark beside it); it is rebuilt in the background when
/// it is new, its format changed, it has no mark, or entries it missed were pruned. Only
/// `serve`, `reindex` and tests call this: one process owns an index directory.
pub(crate) async fn start(app: &App) -> anyhow::Result<()> {
    let dir = app.config().data.join("search");
    let index = tokio::task::spawn_blocking(move || SearchIndex::open(&dir)).await??;
    let saved = read_mark(&app.config().data);
    let (latest, pruned) = {
        let mut conn = app.store().reader().await?;
        (
            gazette_store::changes::latest(&mut conn).await?,
            gazette_store::changes::pruned_through(&mut conn).await?,
        )
    };
    let resume = saved.filter(|&mark| mark >= pruned && mark <= latest);
    let rebuild = index.needs_rebuild() || index.doc_count() == 0 || resume.is_none();
    let (tx, rx) = mpsc::unbounded_channel();
    if app
        .core()
        .search
        .set(IndexHandle { index, work: tx })
        .is_err()
    {
        return Ok(()); // already running
    }
    // Entries after the mark are applied by catching up; a rebuild covers everything before.
    app.core()
        .changes
        .start_at(if rebuild {
            latest
        } else {
            resume.unwrap_or(latest)
        })
        .await;
    // The worker holds the app weakly: the app holds the worker's sender, so a strong
    // reference would keep both (and the index's writer lock) alive after the app is dropped.
    tokio::spawn(index_worker(
        Arc::downgrade(&app.0),
        rx,
        resume.unwrap_or(0),
    ));
    if rebuild {
        tracing::info!(through = latest, "search index rebuilding from the store");
        queue(app.core(), IndexWork::Everything);
        queue_applied(app.core(), latest);
    } else if let Some(mark) = resume {
        tracing::info!(
            from = mark,
            latest,
            "search index resumes from its change mark"
        );
    }
    Ok(())
}

fn queue(core: &Core, work: IndexWork) {
    if let Some(search) = core.search.get() {
        let _ = search.work.send(work);
    }
}

/// Tells the worker that every change-log entry up to `id` has been queued.
pub(crate) fn queue_applied(core: &Core, id: i64) {
    queue(core, IndexWork::Applied(id));
}

/// The last change-log entry the index in `data` has applied, if it says.
fn read_mark(data: &std::path::Path) -> Option<i64> {
    std::fs::read_to_string(data.join(MARK_FILE))
        .ok()
        .and_then(|s| s.trim().parse().ok())
}

/// Records `mark` beside the index, replacing the file whole so a crash never leaves half.
fn write_mark(data: &std::path::Path, mark: i64) -> std::io::Result<()> {
    let tmp = data.join(format!("{MARK_FILE}.tmp"));
    std::fs::write(&tmp, format!("{mark}\n"))?;
    std::fs::rename(tmp, data.join(MARK_FILE))
}

/// Asks the worker to refresh the articles named in cache `tags`, and those credited to an
/// author or source they name.
pub(crate) fn reindex_tagged(core: &Core, tags: &[CacheTag]) {
    if tags.contains(&CacheTag::Everything) || tags.contains(&CacheTag::Nav) {
        // Everything may have changed, or taxonomy names and slugs did.
        queue(core, IndexWork::Everything);
        return;
    }
    let (mut articles, mut authors, mut sources) = (Vec::new(), Vec::new(), Vec::new());
    for tag in tags {
        match tag {
            // A translation made, edited or withdrawn names its article in its language, and
            // the article's set of languages: either way its documents are written again.
            CacheTag::Article(id) | CacheTag::ArticleIn(id, _) | CacheTag::Translations(id) => {
                articles.push(id.0)
            }
            CacheTag::Author(id) => authors.push(id.0),
            CacheTag::Source(id) => sources.push(id.0),
            _ => {}
        }
    }
    if !authors.is_empty() || !sources.is_empty() {
        queue(core, IndexWork::Credited { authors, sources });
    }
    if !articles.is_empty() {
        queue(core, IndexWork::Articles(articles));
    }
}

/// One worker applies every change in order, reading each article's state when it runs, so
/// a late update can never overwrite a newer one. `persisted` is the mark beside the index.
async fn index_worker(
    app: Weak<crate::Inner>,
    mut rx: mpsc::UnboundedReceiver<IndexWork>,
    mut persisted: i64,
) {
    while let Some(first) = rx.recv().await {
        // Gone once the last handle to the app is dropped; its index goes with it.
        let Some(app) = app.upgrade().map(App) else {
            break;
        };
        let mut everything = false;
        let mut ids = BTreeSet::new();
        let (mut authors, mut sources) = (Vec::new(), Vec::new());
        let mut applied = None;
        let mut take = |w: IndexWork| match w {
            IndexWork::Articles(list) => ids.extend(list),
            IndexWork::Credited {
                authors: a,
                sources: s,
            } => {
                authors.extend(a);
                sources.extend(s);
            }
            IndexWork::Everything => everything = true,
            IndexWork::Applied(id) => applied = applied.max(Some(id)),
        };
        take(first);
        while let Ok(more) = rx.try_recv() {
            take(more);
        }
        let outcome = if everything {
            app.search().rebuild_index(|_, _| {}).await.map(|_| ())
        } else if ids.is_empty() && authors.is_empty() && sources.is_empty() {
            Ok(())
        } else {
            match app.search().credited_articles(&authors, &sources).await {
                Ok(credited) => {
                    ids.extend(credited);
                    app.search().index_articles(ids.into_iter().collect()).await
                }
                Err(err) => Err(err),
            }
        };
        match (outcome, applied) {
            (Ok(()), Some(mark)) if mark > persisted => {
                match write_mark(&app.config().data, mark) {
                    Ok(()) => persisted = mark,
                    Err(err) => {
                        tracing::warn!(error = %err, "cannot record the search index's change mark")
                    }
                }
            }
            (Ok(()), _) => {}
            (Err(err), _) => {
                tracing::error!(error = %err, "search indexing failed; the changes will be applied again");
                // Catching up goes back to what the index holds, and applies the rest again.
                app.core().changes.rewind_to(persisted).await;
            }
        }
    }
}

impl Search<'_> {
    fn index(&self) -> AppResult<&SearchIndex> {
        self.core
            .search
            .get()
            .map(|s| &s.index)
            .ok_or(AppError::Unavailable("search"))
    }

    /// The published articles by any of `authors` or from any of `sources`.
    async fn credited_articles(&self, authors: &[i64], sources: &[i64]) -> AppResult<Vec<i64>> {
        let mut out = Vec::new();
        if authors.is_empty() && sources.is_empty() {
            return Ok(out);
        }
        let published = ArticleFilter {
            status: Some(ArticleStatus::Published),
            ..Default::default()
        };
        let filters = authors
            .iter()
            .map(|&id| ArticleFilter {
                author: Some(AuthorId(id)),
                ..published.clone()
            })
            .chain(sources.iter().map(|&id| ArticleFilter {
                source: Some(SourceId(id)),
                ..published.clone()
            }));
        let mut conn = self.store().reader().await?;
        for filter in filters {
            out.extend(
                all_matching(&mut conn, &filter)
                    .await?
                    .iter()
                    .map(|a| a.id.0),
            );
        }
        Ok(out)
    }

    /// Brings the index in line with these articles: each published one with its original and
    /// every translation readers can open (a withdrawn translation leaves with the upsert), the
    /// others (unpublished, deleted) removed in every language.
    async fn index_articles(&self, ids: Vec<i64>) -> AppResult<()> {
        let index = self.index()?.clone();
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let mut published = Vec::new();
        let mut gone = Vec::new();
        for id in ids {
            match rows::get(&mut conn, ArticleId(id)).await? {
                Some(a) if a.status == ArticleStatus::Published => published.push(a),
                _ => gone.push(id),
            }
        }
        let docs = search_docs(&mut conn, &published, &tax).await?;
        drop(conn);
        tokio::task::spawn_blocking(move || {
            if !gone.is_empty() {
                index.delete(&gone)?;
            }
            if !docs.is_empty() {
                index.upsert(docs)?;
            }
            Ok::<_, gazette_search::SearchError>(())
        })
        .await
        .map_err(|e| AppError::Search(e.to_string()))?
        .map_err(|e| AppError::Search(e.to_string()))
    }

    /// Rebuilds the index from every published article and its translations; `progress` hears
    /// (documents done, documents in all).
    pub async fn rebuild_index(
        &self,
        mut progress: impl FnMut(u64, u64) + Send + 'static,
    ) -> AppResult<Rebuilt> {
        let index = self.index()?.clone();
        let mut conn = self.store().reader().await?;
        let tax = Taxonomies::load(&mut conn).await?;
        let filter = ArticleFilter {
            status: Some(ArticleStatus::Published),
            ..Default::default()
        };
        let articles = all_matching(&mut conn, &filter).await?;
        let docs = search_docs(&mut conn, &articles, &tax).await?;
        drop(conn);
        let (articles, total) = (articles.len() as u64, docs.len() as u64);
        let added = tokio::task::spawn_blocking(move || {
            index.replace_all(docs.into_iter(), |done| progress(done, total))
        })
        .await
        .map_err(|e| AppError::Search(e.to_string()))?
        .map_err(|e| AppError::Search(e.to_string()))?;
        Ok(Rebuilt {
            articles,
            translations: added - articles,
        })
    }

    /// Searches as the language edition `edition` (a language tag) reads the site: its
    /// translations and the articles written in it, as `/{edition}/search` does; `None` is the
    /// site's own search. An edition the site does not show is refused, naming it.
    pub async fn query_in(
        &self,
        mut query: SearchQuery,
        edition: Option<&str>,
    ) -> AppResult<SearchResults> {
        if let Some(tag) = edition.map(str::trim).filter(|t| !t.is_empty()) {
            let code = crate::translations::languages::lookup(tag)
                .map(|l| l.code)
                .filter(|&code| {
                    code != crate::views::SITE_LANG && self.config().translation.shows(code)
                })
                .ok_or_else(|| {
                    gazette_domain::FieldError::new(
                        "edition",
                        format!("{tag:?} names none of this site's language editions"),
                    )
                })?;
            query.reader_language = Some(code.to_owned());
        }
        self.query(query).await
    }

    /// Records a change-log entry that has every server rebuild its index from the store (and
    /// drop its cached pages) when it reads it; returns the entry's number. `gazette reindex`
    /// beside running servers.
    pub async fn request_rebuild(&self) -> AppResult<i64> {
        let mut tx = self.store().begin().await?;
        let id = self.announce(&mut tx, &[CacheTag::Everything]).await?;
        tx.commit().await?;
        // One tag was announced, so there is an entry.
        Ok(id.unwrap_or_default())
    }

    /// The last change-log entry the index in this data directory has applied, as recorded
    /// beside it (by this process or the server that owns the index).
    pub fn applied_change(&self) -> Option<i64> {
        read_mark(&self.config().data)
    }

    /// Records that this process's index has applied every entry up to `id` (after a rebuild
    /// it ran itself); a later mark already recorded stays.
    pub fn record_applied(&self, id: i64) -> AppResult<()> {
        let data = &self.config().data;
        if read_mark(data).is_some_and(|mark| mark >= id) {
            return Ok(());
        }
        write_mark(data, id).map_err(|e| AppError::Search(e.to_string()))
    }

    pub async fn query(&self, query: SearchQuery) -> AppResult<SearchResults> {
        let index = self.index()?.clone();
        tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| AppError::Search(e.to_string()))?
            .map_err(|e| AppError::Search(e.to_string()))
    }
}

/// Every article matching `filter`, read in pages so no single query grows with the store.
async fn all_matching(
    conn: &mut sqlx::AnyConnection,
    filter: &ArticleFilter,
) -> AppResult<Vec<Article>> {
    let mut out = Vec::new();
    for number in 1.. {
        let (batch, _) = rows::list(
            conn,
            filter,
            ArticleOrder::Newest,
            Page { number, size: 500 },
        )
        .await?;
        if batch.is_empty() {
            break;
        }
        out.extend(batch);
    }
    Ok(out)
}

/// Translations are read for this many articles at a time.
const TRANSLATIONS_BATCH: usize = 400;

/// The documents of `articles`: each original and its translations readers can open.
async fn search_docs(
    conn: &mut sqlx::AnyConnection,
    articles: &[Article],
    tax: &Taxonomies,
) -> AppResult<Vec<SearchDoc>> {
    let mut docs = Vec::with_capacity(articles.len());
    for batch in articles.chunks(TRANSLATIONS_BATCH) {
        let ids: Vec<i64> = batch.iter().map(|a| a.id.0).collect();
        let mut translations: HashMap<i64, Vec<Translation>> = HashMap::new();
        for t in gazette_store::translations::available_for(conn, &ids).await? {
            translations.entry(t.article_id).or_default().push(t);
        }
        for article in batch {
            let original = search_doc(article, tax);
            if let Some(list) = translations.get(&article.id.0) {
                docs.extend(
                    list.iter()
                        .filter_map(|t| translated_doc(article, t, &original)),
                );
            }
            docs.push(original);
        }
    }
    Ok(docs)
}

/// A translation as the index sees it: its own text and language, the article's slug, date
/// and facets, and the original's language and title. `None` for a translation into the
/// article's own language, which readers never see.
fn translated_doc(article: &Article, t: &Translation, original: &SearchDoc) -> Option<SearchDoc> {
    if t.language.eq_ignore_ascii_case(article.language.as_str()) {
        return None;
    }
    Some(SearchDoc {
        title: t.title.clone(),
        standfirst: t.standfirst.clone(),
        body_text: gazette_render::plain_text_excerpt(&t.body_html, usize::MAX),
        language: t.language.clone(),
        original: Some(gazette_search::Original {
            language: original.language.clone(),
            title: original.title.clone(),
        }),
        ..original.clone()
    })
}

/// An article as the index sees it: text, language, date, and taxonomy slugs (regions with the
/// regions above them, so searching a region finds its sub-regions' articles).
fn search_doc(a: &Article, tax: &Taxonomies) -> SearchDoc {
    let mut regions: Vec<String> = Vec::new();
    for id in &a.region_ids {
        for r in tax.region_with_ancestors(*id) {
            if !regions.iter().any(|s| s == r.slug.as_str()) {
                regions.push(r.slug.to_string());
            }
        }
    }
    SearchDoc {
        id: a.id.0,
        slug: a.slug.to_string(),
        title: a.title.clone(),
        standfirst: a.standfirst.clone(),
        body_text: gazette_render::plain_text_excerpt(&a.body_html, usize::MAX),
        language: a.language.to_string(),
        published_at: a.published_at.unwrap_or(a.updated_at).unix_timestamp(),
        authors: slugs(tax.author_slugs(&a.author_ids)),
        regions,
        themes: slugs(tax.theme_slugs(&a.theme_ids)),
        reports: slugs(tax.report_slugs(&a.report_ids)),
        source: a
            .original
            .as_ref()
            .and_then(|o| tax.source(o.source_id))
            .map(|s| s.slug.to_string()),
        original: None,
    }
}

/// A reader's search as the site's URL carries it (`/search?q=…&region=…&page=2`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    pub q: String,
    pub region: Option<String>,
    pub theme: Option<String>,
    pub report: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub year: Option<i32>,
    pub page: Option<u32>,
}

impl SearchParams {
    /// Readers may type anything; past this many characters the rest is ignored.
    const MAX_QUERY: usize = 256;

    pub fn query(&self, per_page: u32) -> SearchQuery {
        let clean = |v: &Option<String>| {
            v.as_ref()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        SearchQuery {
            text: self.q.chars().take(Self::MAX_QUERY).collect(),
            region: clean(&self.region),
            theme: clean(&self.theme),
            report: clean(&self.report),
            author: clean(&self.author),
            source: clean(&self.source),
            language: clean(&self.language),
            // The reader's language is the page's, never a parameter (see `Search::page`).
            reader_language: None,
            year: self.year,
            page: self.page.unwrap_or(1).clamp(1, 1000),
            per_page,
        }
    }

    /// This search's URL on the search page at `path` (`/search`, `/es/search`) with one
    /// parameter set (or removed with `None`), back on page 1.
    fn url_with(&self, path: &str, key: &str, value: Option<&str>) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        let year = self.year.map(|y| y.to_string());
        for (k, v) in [
            ("region", &self.region),
            ("theme", &self.theme),
            ("report", &self.report),
            ("author", &self.author),
            ("source", &self.source),
            ("language", &self.language),
            ("year", &year),
        ] {
            if k != key
                && let Some(v) = v
            {
                pairs.push((k, v.clone()));
            }
        }
        if let Some(v) = value {
            pairs.push((key, v.to_owned()));
        }
        let mut ser = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            ser.append_pair(k, v);
        }
        format!("{path}?{}", ser.finish())
    }

    fn page_url(&self, path: &str, page: u32) -> String {
        let base = self.url_with(path, "", None);
        if page <= 1 {
            base
        } else {
            format!("{base}&page={page}")
        }
    }
}

impl Search<'_> {
    /// The public search page, in the reader's language: `lang` is `None` on the site's own
    /// pages (`/search`, the originals in every language) and the reader's language on its
    /// editions (`/es/search`: the Spanish translations and the articles written in Spanish,
    /// each translation with a link to its original).
    pub async fn page(&self, params: &SearchParams, lang: Option<&str>) -> AppResult<String> {
        use gazette_render::views::{
            FacetGroup, FacetValue, Link, OriginalLink, PageMeta, Pagination, SearchHitView,
            SearchPage,
        };
        const PER_PAGE: u32 = 10;
        // The edition first: a language the site is not read in has no search page.
        let ctx = self
            .page_ctx(&mut *self.store().reader().await?, lang)
            .await?;
        let lang = ctx.lang.as_deref();
        let mut query = params.query(PER_PAGE);
        query.reader_language = lang.map(str::to_owned);
        let results = self.query(query).await?;
        let (settings, tax) = (&ctx.settings, &ctx.tax);
        // Titles kept in the original by a translation, to mark with their language.
        let kept_titles: HashMap<i64, Vec<crate::translations::Part>> = match lang {
            Some(lang) => {
                let ids: Vec<i64> = results
                    .hits
                    .iter()
                    .filter(|h| h.original.is_some())
                    .map(|h| h.id)
                    .collect();
                let mut conn = self.store().reader().await?;
                gazette_store::translations::card_texts(&mut conn, lang, &ids)
                    .await?
                    .iter()
                    .map(|(id, t)| (*id, crate::views::kept_in_original(t)))
                    .collect()
            }
            None => HashMap::new(),
        };

        let page_lang = ctx.page_lang();
        let i18n = self.theme().i18n();
        let word = |key: &str| i18n.message(page_lang, key, &[]);
        let path = format!("{}/search", ctx.prefix());
        let label = |group: &str, slug: &str| -> String {
            let found = match group {
                "region" => tax.region_by_slug(slug).map(|r| r.name.clone()),
                "theme" => tax.theme_by_slug(slug).map(|t| t.name.clone()),
                "report" => tax.report_by_slug(slug).map(|r| r.title.clone()),
                "author" => tax.author_by_slug(slug).map(|a| a.name.clone()),
                "source" => tax.source_by_slug(slug).map(|s| s.name.clone()),
                "language" => Some(crate::views::language_name(slug)),
                _ => None,
            };
            found.unwrap_or_else(|| slug.to_owned())
        };
        let current = |group: &str| -> Option<String> {
            match group {
                "region" => params.region.clone(),
                "theme" => params.theme.clone(),
                "report" => params.report.clone(),
                "author" => params.author.clone(),
                "source" => params.source.clone(),
                "language" => params.language.clone(),
                "year" => params.year.map(|y| y.to_string()),
                _ => None,
            }
        };
        let f = &results.facets;
        // On a language edition every hit is in that language: no language facet there.
        let languages: &[gazette_search::FacetCount] = match lang {
            Some(_) => &[],
            None => &f.languages,
        };
        let groups = [
            ("kind-region", "region", f.regions.as_slice()),
            ("kind-theme", "theme", &f.themes),
            ("kind-report", "report", &f.reports),
            ("kind-source", "source", &f.sources),
            ("kind-author", "author", &f.authors),
            ("facet-language", "language", languages),
            ("facet-year", "year", &f.years),
        ];
        let facets = groups
            .iter()
            .filter(|(_, _, counts)| !counts.is_empty())
            .map(|(name, key, counts)| FacetGroup {
                name: word(name),
                values: counts
                    .iter()
                    .take(12)
                    .map(|c| {
                        let selected = current(key).as_deref() == Some(c.value.as_str());
                        FacetValue {
                            label: label(key, &c.value),
                            count: c.count,
                            url: params.url_with(
                                &path,
                                key,
                                (!selected).then_some(c.value.as_str()),
                            ),
                            selected,
                        }
                    })
                    .collect(),
            })
            .collect();
        let active = groups
            .iter()
            .filter_map(|(name, key, _)| {
                current(key).map(|v| Link {
                    name: format!("{}: {}", word(name), label(key, &v)),
                    url: params.url_with(&path, key, None),
                })
            })
            .collect();
        let page = params.page.unwrap_or(1).clamp(1, 1000);
        let total_pages = results.total.div_ceil(u64::from(PER_PAGE)).max(1) as u32;
        let search_word = word("search");
        // The language menu offers the same search in every edition.
        let this_search = params.url_with("/search", "", None);
        let view = SearchPage {
            site: ctx.site_at(this_search.trim_end_matches('?')),
            nav: ctx.nav(),
            page: PageMeta {
                title: if params.q.trim().is_empty() {
                    format!("{search_word} — {}", settings.name)
                } else {
                    format!(
                        "{} — {search_word} — {}",
                        params.q.chars().take(80).collect::<String>(),
                        settings.name
                    )
                },
                canonical: ctx.url_in(lang, "/search"),
                // Result pages are endless variations; search engines should index the articles.
                robots: Some("noindex, follow".into()),
                ..Default::default()
            },
            query: params.q.chars().take(SearchParams::MAX_QUERY).collect(),
            total: results.total,
            hits: results
                .hits
                .into_iter()
                .map(|h| {
                    let at = time::OffsetDateTime::from_unix_timestamp(h.published_at)
                        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
                    let original = h.original.map(|o| OriginalLink {
                        url: format!("/{}", h.slug),
                        language_name: crate::views::language_name(&o.language),
                        lang: language_tag(&o.language),
                        title: o.title,
                    });
                    let hit_lang = language_tag(&h.language);
                    let title_lang = original
                        .as_ref()
                        .filter(|_| {
                            kept_titles.get(&h.id).is_some_and(|kept| {
                                kept.contains(&crate::translations::Part::Title)
                            })
                        })
                        .map(|o| o.lang.clone());
                    SearchHitView {
                        title_lang,
                        title: h.title,
                        // A translation is read on its language's edition; an original (also
                        // one written in the reader's language) at its own address.
                        url: match (&original, lang) {
                            (Some(_), Some(lang)) => format!("/{lang}/{}", h.slug),
                            (Some(_), None) => format!("/{hit_lang}/{}", h.slug),
                            (None, _) => format!("/{}", h.slug),
                        },
                        lang: hit_lang,
                        original,
                        snippet_html: h.snippet_html,
                        published: i18n.long_date(at.date(), page_lang),
                        published_iso: at
                            .format(&time::format_description::well_known::Rfc3339)
                            .unwrap_or_default(),
                    }
                })
                .collect(),
            facets,
            active,
            pagination: Pagination {
                page,
                total_pages,
                prev_url: (page > 1).then(|| params.page_url(&path, page - 1)),
                next_url: (page < total_pages).then(|| params.page_url(&path, page + 1)),
            },
        };
        Ok(self.theme().render("search.html", &view)?)
    }
}

/// A language tag as Gazette writes it (`pt-BR`; the index keeps tags in lower case).
fn language_tag(tag: &str) -> String {
    gazette_translate::languages::lookup(tag).map_or_else(|| tag.to_owned(), |l| l.code.to_owned())
}

fn slugs(list: Vec<gazette_domain::Slug>) -> Vec<String> {
    list.into_iter().map(|s| s.to_string()).collect()
}

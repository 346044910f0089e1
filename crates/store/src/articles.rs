//! Article rows, their links to authors, regions, themes and reports, and their revisions.

use gazette_domain::{
    Article, ArticleId, ArticleInput, ArticleStatus, AuthorId, BodyFormat, FeaturedImage, Language,
    OriginalPublication, PendingChanges, PendingOrigin, RegionId, ReportId, ReviewRequest,
    Revision, Sharing, Slug, SourceId, ThemeId, Timestamp, UserId,
};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::Date;

use crate::sql::{Sql, Value};
use crate::{StoreError, from_millis, to_millis};

/// Everything written to an article row; the service fills it from a validated input.
#[derive(Debug, Clone)]
pub struct ArticleWrite<'a> {
    pub slug: &'a Slug,
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body_format: BodyFormat,
    pub body_source: &'a str,
    pub body_html: &'a str,
    pub image: Option<&'a FeaturedImage>,
    pub language: &'a Language,
    pub featured: bool,
    pub author_ids: &'a [AuthorId],
    pub region_ids: &'a [RegionId],
    pub theme_ids: &'a [ThemeId],
    pub report_ids: &'a [ReportId],
    pub original: Option<(SourceId, &'a str, Date)>,
    pub sharing: &'a Sharing,
    pub now: Timestamp,
}

#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub status: Option<ArticleStatus>,
    /// Articles filed under any of these regions.
    pub regions: Option<Vec<RegionId>>,
    pub theme: Option<ThemeId>,
    pub report: Option<ReportId>,
    pub author: Option<AuthorId>,
    pub source: Option<SourceId>,
    pub language: Option<String>,
    pub featured: Option<bool>,
    /// Case-insensitive substring of the title.
    pub title_contains: Option<String>,
    /// Words that must each appear, in any case, in the title, standfirst or body.
    pub text: Option<String>,
    /// Articles whose first revision this user saved: what they started.
    pub started_by: Option<UserId>,
    /// Only articles a contributor asked an editor to review.
    pub in_review: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ArticleOrder {
    /// Newest publication first: what readers see.
    #[default]
    Newest,
    /// Last edited first: what editors see.
    RecentlyUpdated,
    /// The order a report's editor chose; needs `ArticleFilter::report`.
    ReportPosition,
    /// Oldest publication (or creation, for drafts) first.
    Oldest,
    /// By title, A to Z.
    Title,
}

/// A 1-based page of `size` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    fn offset(self) -> i64 {
        i64::from(self.number.saturating_sub(1)) * i64::from(self.size)
    }
}

const COLUMNS: &str = "a.id, a.slug, a.title, a.standfirst, a.body_format, a.body_source, a.body_html, a.image_json, \
    a.language, a.status, a.featured, a.original_source_id, a.original_url, a.original_date, a.published_at, \
    a.scheduled_at, a.created_at, a.updated_at, a.revision, a.share_description, a.share_image";

pub async fn insert(
    conn: &mut AnyConnection,
    w: &ArticleWrite<'_>,
    status: ArticleStatus,
) -> Result<ArticleId, StoreError> {
    let image = w.image.map(serde_json::to_string).transpose()?;
    let (source, url, date) = split_original(w);
    let id: i64 = sqlx::query(
        "INSERT INTO articles (slug, title, standfirst, body_format, body_source, body_html, image_json, language, \
         status, featured, original_source_id, original_url, original_date, created_at, updated_at, revision, \
         share_description, share_image) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, 1, $15, $16) RETURNING id",
    )
    .bind(w.slug.as_str())
    .bind(w.title)
    .bind(w.standfirst)
    .bind(w.body_format.as_str())
    .bind(w.body_source)
    .bind(w.body_html)
    .bind(image)
    .bind(w.language.as_str())
    .bind(status.as_str())
    .bind(i64::from(w.featured))
    .bind(source)
    .bind(url)
    .bind(date)
    .bind(to_millis(w.now))
    .bind(&w.sharing.description)
    .bind(w.sharing.image.as_deref())
    .fetch_one(&mut *conn)
    .await?
    .try_get("id")?;
    let id = ArticleId(id);
    write_links(conn, id, w).await?;
    Ok(id)
}

/// Replaces the article's content and links and bumps its revision number; returns the new one.
pub async fn update(
    conn: &mut AnyConnection,
    id: ArticleId,
    w: &ArticleWrite<'_>,
) -> Result<i64, StoreError> {
    let image = w.image.map(serde_json::to_string).transpose()?;
    let (source, url, date) = split_original(w);
    let revision: i64 = sqlx::query(
        "UPDATE articles SET slug = $1, title = $2, standfirst = $3, body_format = $4, body_source = $5, \
         body_html = $6, image_json = $7, language = $8, featured = $9, original_source_id = $10, \
         original_url = $11, original_date = $12, updated_at = $13, revision = revision + 1, \
         share_description = $15, share_image = $16 WHERE id = $14 RETURNING revision",
    )
    .bind(w.slug.as_str())
    .bind(w.title)
    .bind(w.standfirst)
    .bind(w.body_format.as_str())
    .bind(w.body_source)
    .bind(w.body_html)
    .bind(image)
    .bind(w.language.as_str())
    .bind(i64::from(w.featured))
    .bind(source)
    .bind(url)
    .bind(date)
    .bind(to_millis(w.now))
    .bind(id.0)
    .bind(&w.sharing.description)
    .bind(w.sharing.image.as_deref())
    .fetch_one(&mut *conn)
    .await?
    .try_get("revision")?;
    write_links(conn, id, w).await?;
    Ok(revision)
}

fn split_original(w: &ArticleWrite<'_>) -> (Option<i64>, Option<String>, Option<String>) {
    match w.original {
        Some((source, url, date)) => (Some(source.0), Some(url.to_owned()), Some(date.to_string())),
        None => (None, None, None),
    }
}

async fn write_links(
    conn: &mut AnyConnection,
    id: ArticleId,
    w: &ArticleWrite<'_>,
) -> Result<(), StoreError> {
    for (table, column, ids) in [
        (
            "article_authors",
            "author_id",
            w.author_ids.iter().map(|i| i.0).collect::<Vec<_>>(),
        ),
        (
            "article_regions",
            "region_id",
            w.region_ids.iter().map(|i| i.0).collect(),
        ),
        (
            "article_themes",
            "theme_id",
            w.theme_ids.iter().map(|i| i.0).collect(),
        ),
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE article_id = $1"))
            .bind(id.0)
            .execute(&mut *conn)
            .await?;
        for (position, other) in ids.iter().enumerate() {
            sqlx::query(&format!(
                "INSERT INTO {table} (article_id, {column}, position) VALUES ($1, $2, $3)"
            ))
            .bind(id.0)
            .bind(*other)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    // Report membership keeps the report's own order: leave reports the article stays in alone,
    // append it to reports it joins.
    let mut keep = Sql::new("DELETE FROM report_articles WHERE article_id = ");
    keep.bind(Value::Int(id.0));
    if !w.report_ids.is_empty() {
        keep.push(" AND report_id NOT IN ")
            .bind_list(&w.report_ids.iter().map(|r| r.0).collect::<Vec<_>>());
    }
    keep.query().execute(&mut *conn).await?;
    for report in w.report_ids {
        sqlx::query(
            "INSERT INTO report_articles (report_id, article_id, position) \
             SELECT $1, $2, COALESCE(MAX(position) + 1, 0) FROM report_articles WHERE report_id = $1 \
             ON CONFLICT (report_id, article_id) DO NOTHING",
        )
        .bind(report.0)
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Moves an article to `status`, setting the instants that go with it.
pub async fn set_status(
    conn: &mut AnyConnection,
    id: ArticleId,
    status: ArticleStatus,
    published_at: Option<Timestamp>,
    scheduled_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE articles SET status = $1, published_at = $2, scheduled_at = $3, updated_at = $4 WHERE id = $5")
        .bind(status.as_str())
        .bind(published_at.map(to_millis))
        .bind(scheduled_at.map(to_millis))
        .bind(to_millis(now))
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes an article and remembers its slug so its URL answers 410 Gone.
pub async fn delete(
    conn: &mut AnyConnection,
    id: ArticleId,
    slug: &Slug,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM articles WHERE id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO gone_slugs (slug, gone_at) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING",
    )
    .bind(slug.as_str())
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets that a slug is gone, when a new article takes it.
pub async fn reclaim_slug(conn: &mut AnyConnection, slug: &Slug) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM gone_slugs WHERE slug = $1")
        .bind(slug.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn is_gone(conn: &mut AnyConnection, slug: &str) -> Result<bool, StoreError> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM gone_slugs WHERE slug = $1")
            .bind(slug)
            .fetch_optional(conn)
            .await?
            .is_some(),
    )
}

pub async fn get(conn: &mut AnyConnection, id: ArticleId) -> Result<Option<Article>, StoreError> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM articles a WHERE a.id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?;
    one_with_links(conn, row).await
}

pub async fn get_by_slug(
    conn: &mut AnyConnection,
    slug: &str,
) -> Result<Option<Article>, StoreError> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM articles a WHERE a.slug = $1"
    ))
    .bind(slug)
    .fetch_optional(&mut *conn)
    .await?;
    one_with_links(conn, row).await
}

async fn one_with_links(
    conn: &mut AnyConnection,
    row: Option<AnyRow>,
) -> Result<Option<Article>, StoreError> {
    let Some(row) = row else { return Ok(None) };
    let mut articles = vec![from_row(&row)?];
    load_links(conn, &mut articles).await?;
    Ok(articles.pop())
}

/// One page of articles matching `filter`, and how many match in all.
pub async fn list(
    conn: &mut AnyConnection,
    filter: &ArticleFilter,
    order: ArticleOrder,
    page: Page,
) -> Result<(Vec<Article>, u64), StoreError> {
    let mut count = Sql::new("SELECT COUNT(*) AS n FROM articles a");
    apply_filter(&mut count, filter);
    let total: i64 = count.query().fetch_one(&mut *conn).await?.try_get("n")?;

    let mut select = Sql::new(&format!("SELECT {COLUMNS} FROM articles a"));
    if order == ArticleOrder::ReportPosition {
        select.push(" JOIN report_articles ro ON ro.article_id = a.id AND ro.report_id = ");
        select.bind(Value::Int(filter.report.map_or(0, |r| r.0)));
    }
    apply_filter(&mut select, filter);
    select.push(match order {
        ArticleOrder::Newest => " ORDER BY COALESCE(a.published_at, a.updated_at) DESC, a.id DESC",
        ArticleOrder::RecentlyUpdated => " ORDER BY a.updated_at DESC, a.id DESC",
        ArticleOrder::ReportPosition => " ORDER BY ro.position, a.id",
        ArticleOrder::Oldest => " ORDER BY COALESCE(a.published_at, a.created_at), a.id",
        ArticleOrder::Title => " ORDER BY LOWER(a.title), a.id",
    });
    select
        .push(" LIMIT ")
        .bind(Value::Int(i64::from(page.size)));
    select.push(" OFFSET ").bind(Value::Int(page.offset()));
    let rows = select.query().fetch_all(&mut *conn).await?;
    let mut articles = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    load_links(conn, &mut articles).await?;
    Ok((articles, total as u64))
}

fn apply_filter(sql: &mut Sql, f: &ArticleFilter) {
    sql.push(" WHERE 1 = 1");
    if let Some(status) = f.status {
        sql.push(" AND a.status = ")
            .bind(Value::Text(status.as_str().into()));
    }
    if let Some(regions) = &f.regions {
        sql.push(" AND a.id IN (SELECT article_id FROM article_regions WHERE region_id IN ");
        sql.bind_list(&regions.iter().map(|r| r.0).collect::<Vec<_>>())
            .push(")");
    }
    if let Some(theme) = f.theme {
        sql.push(" AND a.id IN (SELECT article_id FROM article_themes WHERE theme_id = ")
            .bind(Value::Int(theme.0))
            .push(")");
    }
    if let Some(report) = f.report {
        sql.push(" AND a.id IN (SELECT article_id FROM report_articles WHERE report_id = ")
            .bind(Value::Int(report.0))
            .push(")");
    }
    if let Some(author) = f.author {
        sql.push(" AND a.id IN (SELECT article_id FROM article_authors WHERE author_id = ")
            .bind(Value::Int(author.0))
            .push(")");
    }
    if let Some(source) = f.source {
        sql.push(" AND a.original_source_id = ")
            .bind(Value::Int(source.0));
    }
    if let Some(language) = &f.language {
        sql.push(" AND a.language = ")
            .bind(Value::Text(language.clone()));
    }
    if let Some(featured) = f.featured {
        sql.push(" AND a.featured = ")
            .bind(Value::Int(i64::from(featured)));
    }
    if let Some(needle) = &f.title_contains {
        sql.push(" AND LOWER(a.title) LIKE ")
            .bind(like_pattern(needle))
            .push(" ESCAPE '\\'");
    }
    for word in f.text.iter().flat_map(|t| t.split_whitespace()) {
        let pattern = like_pattern(word);
        sql.push(" AND (LOWER(a.title) LIKE ")
            .bind(pattern.clone())
            .push(" ESCAPE '\\' OR LOWER(a.standfirst) LIKE ")
            .bind(pattern.clone())
            .push(" ESCAPE '\\' OR LOWER(a.body_source) LIKE ")
            .bind(pattern)
            .push(" ESCAPE '\\')");
    }
    if let Some(user) = f.started_by {
        sql.push(
            " AND a.id IN (SELECT article_id FROM article_revisions WHERE number = 1 AND created_by = ",
        )
        .bind(Value::Int(user.0))
        .push(")");
    }
    if f.in_review {
        sql.push(" AND a.id IN (SELECT article_id FROM review_requests)");
    }
}

/// `%needle%` for a case-insensitive `LIKE … ESCAPE '\'`, with the needle's own wildcards
/// escaped so they match themselves.
fn like_pattern(needle: &str) -> Value {
    let escaped = needle
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Value::Text(format!("%{escaped}%"))
}

/// Scheduled articles whose time has come (the queue normally publishes them; this catches up).
pub async fn due_scheduled(
    conn: &mut AnyConnection,
    now: Timestamp,
) -> Result<Vec<ArticleId>, StoreError> {
    let rows =
        sqlx::query("SELECT id FROM articles WHERE status = 'scheduled' AND scheduled_at <= $1")
            .bind(to_millis(now))
            .fetch_all(conn)
            .await?;
    rows.iter()
        .map(|r| Ok(ArticleId(r.try_get("id")?)))
        .collect()
}

fn from_row(row: &AnyRow) -> Result<Article, StoreError> {
    let bad = |what: &str, value: &str| StoreError::BadRow(format!("article {what} {value:?}"));
    let slug: String = row.try_get("slug")?;
    let format: String = row.try_get("body_format")?;
    let status: String = row.try_get("status")?;
    let language: String = row.try_get("language")?;
    let image: Option<String> = row.try_get("image_json")?;
    let original = match (
        row.try_get::<Option<i64>, _>("original_source_id")?,
        row.try_get::<Option<String>, _>("original_url")?,
        row.try_get::<Option<String>, _>("original_date")?,
    ) {
        (Some(source), Some(url), Some(date)) => Some(OriginalPublication {
            source_id: SourceId(source),
            url,
            date: gazette_domain::parse_date("original_date", &date)
                .map_err(|_| bad("date", &date))?,
        }),
        _ => None,
    };
    Ok(Article {
        id: ArticleId(row.try_get("id")?),
        slug: Slug::parse(&slug).map_err(|_| bad("slug", &slug))?,
        title: row.try_get("title")?,
        standfirst: row.try_get("standfirst")?,
        body_format: BodyFormat::parse(&format).ok_or_else(|| bad("body format", &format))?,
        body_source: row.try_get("body_source")?,
        body_html: row.try_get("body_html")?,
        image: image.map(|json| serde_json::from_str(&json)).transpose()?,
        language: Language::parse(&language).map_err(|_| bad("language", &language))?,
        status: ArticleStatus::parse(&status).ok_or_else(|| bad("status", &status))?,
        featured: row.try_get::<i64, _>("featured")? != 0,
        author_ids: Vec::new(),
        region_ids: Vec::new(),
        theme_ids: Vec::new(),
        report_ids: Vec::new(),
        original,
        published_at: row
            .try_get::<Option<i64>, _>("published_at")?
            .map(from_millis),
        scheduled_at: row
            .try_get::<Option<i64>, _>("scheduled_at")?
            .map(from_millis),
        created_at: from_millis(row.try_get("created_at")?),
        updated_at: from_millis(row.try_get("updated_at")?),
        revision: row.try_get("revision")?,
        sharing: Sharing {
            description: row.try_get("share_description")?,
            image: row.try_get("share_image")?,
        },
    })
}

/// Fills in authors, regions, themes and reports for a batch of articles: four queries, not 4×N.
async fn load_links(conn: &mut AnyConnection, articles: &mut [Article]) -> Result<(), StoreError> {
    if articles.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = articles.iter().map(|a| a.id.0).collect();
    for (table, column) in [
        ("article_authors", "author_id"),
        ("article_regions", "region_id"),
        ("article_themes", "theme_id"),
        ("report_articles", "report_id"),
    ] {
        let mut sql = Sql::new(&format!(
            "SELECT article_id, {column} AS other FROM {table} WHERE article_id IN "
        ));
        sql.bind_list(&ids).push(" ORDER BY position, other");
        for row in sql.query().fetch_all(&mut *conn).await? {
            let article_id: i64 = row.try_get("article_id")?;
            let other: i64 = row.try_get("other")?;
            for a in articles.iter_mut().filter(|a| a.id.0 == article_id) {
                match table {
                    "article_authors" => a.author_ids.push(AuthorId(other)),
                    "article_regions" => a.region_ids.push(RegionId(other)),
                    "article_themes" => a.theme_ids.push(ThemeId(other)),
                    _ => a.report_ids.push(ReportId(other)),
                }
            }
        }
    }
    Ok(())
}

pub async fn insert_revision(
    conn: &mut AnyConnection,
    article: ArticleId,
    number: i64,
    by: Option<UserId>,
    input: &ArticleInput,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO article_revisions (article_id, number, created_at, created_by, input_json) VALUES ($1, $2, $3, $4, $5)")
        .bind(article.0)
        .bind(number)
        .bind(to_millis(now))
        .bind(by.map(|u| u.0))
        .bind(serde_json::to_string(input)?)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn revisions(
    conn: &mut AnyConnection,
    article: ArticleId,
) -> Result<Vec<Revision>, StoreError> {
    let rows = sqlx::query("SELECT article_id, number, created_at, created_by, input_json FROM article_revisions WHERE article_id = $1 ORDER BY number DESC")
        .bind(article.0)
        .fetch_all(conn)
        .await?;
    rows.iter().map(revision_from_row).collect()
}

pub async fn revision(
    conn: &mut AnyConnection,
    article: ArticleId,
    number: i64,
) -> Result<Option<Revision>, StoreError> {
    let row = sqlx::query("SELECT article_id, number, created_at, created_by, input_json FROM article_revisions WHERE article_id = $1 AND number = $2")
        .bind(article.0)
        .bind(number)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(revision_from_row).transpose()
}

fn revision_from_row(row: &AnyRow) -> Result<Revision, StoreError> {
    Ok(Revision {
        article_id: ArticleId(row.try_get("article_id")?),
        number: row.try_get("number")?,
        created_at: from_millis(row.try_get("created_at")?),
        created_by: row.try_get::<Option<i64>, _>("created_by")?.map(UserId),
        input: serde_json::from_str(&row.try_get::<String, _>("input_json")?)?,
    })
}

/// A published article's address data, for sitemaps: no bodies, no links.
#[derive(Debug, Clone)]
pub struct PublishedEntry {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub language: String,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Published articles, newest first, `limit` from `offset`, optionally only those published since.
pub async fn published_entries(
    conn: &mut AnyConnection,
    since: Option<Timestamp>,
    offset: i64,
    limit: i64,
) -> Result<Vec<PublishedEntry>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, slug, title, language, published_at, updated_at FROM articles \
         WHERE status = 'published' AND published_at >= $1 \
         ORDER BY published_at DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(since.map_or(i64::MIN, to_millis))
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PublishedEntry {
                id: r.try_get("id")?,
                slug: r.try_get("slug")?,
                title: r.try_get("title")?,
                language: r.try_get("language")?,
                published_at: from_millis(r.try_get("published_at")?),
                updated_at: from_millis(r.try_get("updated_at")?),
            })
        })
        .collect()
}

pub async fn count_published(conn: &mut AnyConnection) -> Result<u64, StoreError> {
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM articles WHERE status = 'published'")
        .fetch_one(conn)
        .await?
        .try_get("n")?;
    Ok(n as u64)
}

/// The article's pending changes, if it has any.
pub async fn pending(
    conn: &mut AnyConnection,
    article: ArticleId,
) -> Result<Option<PendingChanges>, StoreError> {
    let row = sqlx::query("SELECT article_id, base_revision, input_json, origin, restored_from, apply_at, saved_at, saved_by FROM article_pending WHERE article_id = $1")
        .bind(article.0)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(pending_from_row).transpose()
}

/// Pending changes a job will apply (scheduled updates of live articles), soonest first.
pub async fn scheduled_pending(
    conn: &mut AnyConnection,
) -> Result<Vec<PendingChanges>, StoreError> {
    let rows = sqlx::query("SELECT article_id, base_revision, input_json, origin, restored_from, apply_at, saved_at, saved_by FROM article_pending WHERE apply_at IS NOT NULL ORDER BY apply_at, article_id")
        .fetch_all(conn)
        .await?;
    rows.iter().map(pending_from_row).collect()
}

/// Keeps `p` as the article's pending changes, replacing any it had.
pub async fn put_pending(conn: &mut AnyConnection, p: &PendingChanges) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO article_pending (article_id, base_revision, input_json, origin, restored_from, apply_at, saved_at, saved_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (article_id) DO UPDATE SET base_revision = excluded.base_revision, input_json = excluded.input_json, \
         origin = excluded.origin, restored_from = excluded.restored_from, apply_at = excluded.apply_at, \
         saved_at = excluded.saved_at, saved_by = excluded.saved_by",
    )
    .bind(p.article_id.0)
    .bind(p.base_revision)
    .bind(serde_json::to_string(&p.input)?)
    .bind(p.origin.as_str())
    .bind(p.restored_from)
    .bind(p.apply_at.map(to_millis))
    .bind(to_millis(p.saved_at))
    .bind(p.saved_by.map(|u| u.0))
    .execute(conn)
    .await?;
    Ok(())
}

/// Drops the article's pending changes; whether there were any.
pub async fn delete_pending(
    conn: &mut AnyConnection,
    article: ArticleId,
) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM article_pending WHERE article_id = $1")
        .bind(article.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

fn pending_from_row(row: &AnyRow) -> Result<PendingChanges, StoreError> {
    let origin: String = row.try_get("origin")?;
    Ok(PendingChanges {
        article_id: ArticleId(row.try_get("article_id")?),
        base_revision: row.try_get("base_revision")?,
        input: serde_json::from_str(&row.try_get::<String, _>("input_json")?)?,
        origin: PendingOrigin::parse(&origin)
            .ok_or_else(|| StoreError::BadRow(format!("pending changes origin {origin:?}")))?,
        restored_from: row.try_get("restored_from")?,
        apply_at: row.try_get::<Option<i64>, _>("apply_at")?.map(from_millis),
        saved_at: from_millis(row.try_get("saved_at")?),
        saved_by: row.try_get::<Option<i64>, _>("saved_by")?.map(UserId),
    })
}

/// Articles whose body or featured image names a path starting with `prefix` (an image's
/// sizes share one), with their titles; pending changes count too, since applying them would
/// bring the image back.
pub async fn using_path(
    conn: &mut AnyConnection,
    prefix: &str,
) -> Result<Vec<(ArticleId, String)>, StoreError> {
    let pattern = format!("%{prefix}%");
    let rows = sqlx::query(
        "SELECT id, title FROM articles WHERE body_source LIKE $1 OR image_json LIKE $1 \
         OR id IN (SELECT article_id FROM article_pending WHERE input_json LIKE $1) ORDER BY id",
    )
    .bind(pattern)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| Ok((ArticleId(r.try_get("id")?), r.try_get("title")?)))
        .collect()
}

// --- review requests --------------------------------------------------------------------------

/// Records (or renews) a request that an editor review the article.
pub async fn request_review(conn: &mut AnyConnection, r: &ReviewRequest) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO review_requests (article_id, requested_by, requested_at, note) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (article_id) DO UPDATE SET requested_by = excluded.requested_by, \
         requested_at = excluded.requested_at, note = excluded.note",
    )
    .bind(r.article_id.0)
    .bind(r.requested_by.map(|u| u.0))
    .bind(to_millis(r.requested_at))
    .bind(&r.note)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends the article's review request, if it has one; says whether it had.
pub async fn end_review(conn: &mut AnyConnection, article: ArticleId) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM review_requests WHERE article_id = $1")
        .bind(article.0)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Open review requests, oldest first (the one waiting longest is read first); `article` narrows
/// them to one article.
pub async fn review_requests(
    conn: &mut AnyConnection,
    article: Option<ArticleId>,
) -> Result<Vec<ReviewRequest>, StoreError> {
    let mut sql = Sql::new(
        "SELECT article_id, requested_by, requested_at, note FROM review_requests WHERE 1 = 1",
    );
    if let Some(id) = article {
        sql.push(" AND article_id = ").bind(Value::Int(id.0));
    }
    sql.push(" ORDER BY requested_at, article_id");
    sql.query()
        .fetch_all(conn)
        .await?
        .iter()
        .map(|row| {
            Ok(ReviewRequest {
                article_id: ArticleId(row.try_get("article_id")?),
                requested_by: row.try_get::<Option<i64>, _>("requested_by")?.map(UserId),
                requested_at: from_millis(row.try_get("requested_at")?),
                note: row.try_get("note")?,
            })
        })
        .collect()
}

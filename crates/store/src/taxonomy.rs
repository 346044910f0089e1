//! Authors, sources, regions, themes and in-depth reports.
//!
//! These lists are small (tens to a few thousand rows), so they are read whole and looked up in
//! memory by the services.

use gazette_domain::{
    ArticleId, Author, AuthorId, AuthorInput, AuthorKind, Region, RegionId, RegionInput, Report,
    ReportId, ReportInput, Slug, Source, SourceId, SourceInput, TaxonomyKind, Theme, ThemeId,
    ThemeInput,
};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::StoreError;

fn slug(row: &AnyRow) -> Result<Slug, StoreError> {
    let raw: String = row.try_get("slug")?;
    Slug::parse(&raw).map_err(|_| StoreError::BadRow(format!("slug {raw:?}")))
}

// --- authors -------------------------------------------------------------------------------

fn author(row: &AnyRow) -> Result<Author, StoreError> {
    let kind: String = row.try_get("kind")?;
    Ok(Author {
        id: AuthorId(row.try_get("id")?),
        slug: slug(row)?,
        name: row.try_get("name")?,
        kind: AuthorKind::parse(&kind)
            .ok_or_else(|| StoreError::BadRow(format!("author kind {kind:?}")))?,
        bio: row.try_get("bio")?,
        url: row.try_get("url")?,
    })
}

pub async fn authors(conn: &mut AnyConnection) -> Result<Vec<Author>, StoreError> {
    let rows = sqlx::query("SELECT id, slug, name, kind, bio, url FROM authors ORDER BY name, id")
        .fetch_all(conn)
        .await?;
    rows.iter().map(author).collect()
}

pub async fn insert_author(
    conn: &mut AnyConnection,
    a: &AuthorInput,
) -> Result<AuthorId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO authors (slug, name, kind, bio, url) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(a.slug.as_str())
    .bind(&a.name)
    .bind(a.kind.as_str())
    .bind(&a.bio)
    .bind(a.url.as_deref())
    .fetch_one(conn)
    .await?;
    Ok(AuthorId(row.try_get("id")?))
}

pub async fn update_author(
    conn: &mut AnyConnection,
    id: AuthorId,
    a: &AuthorInput,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE authors SET slug = $1, name = $2, kind = $3, bio = $4, url = $5 WHERE id = $6",
    )
    .bind(a.slug.as_str())
    .bind(&a.name)
    .bind(a.kind.as_str())
    .bind(&a.bio)
    .bind(a.url.as_deref())
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(())
}

// --- sources -------------------------------------------------------------------------------

fn source(row: &AnyRow) -> Result<Source, StoreError> {
    Ok(Source {
        id: SourceId(row.try_get("id")?),
        slug: slug(row)?,
        name: row.try_get("name")?,
        home_url: row.try_get("home_url")?,
        copyright_template: row.try_get("copyright_template")?,
        reprint_terms: row.try_get("reprint_terms")?,
        canonical_to_original: row.try_get::<i64, _>("canonical_to_original")? != 0,
        allow_republish: row.try_get::<i64, _>("allow_republish")? != 0,
        trusted: row.try_get::<i64, _>("trusted")? != 0,
    })
}

pub async fn sources(conn: &mut AnyConnection) -> Result<Vec<Source>, StoreError> {
    let rows = sqlx::query("SELECT id, slug, name, home_url, copyright_template, reprint_terms, canonical_to_original, allow_republish, trusted FROM sources ORDER BY name, id")
        .fetch_all(conn)
        .await?;
    rows.iter().map(source).collect()
}

pub async fn insert_source(
    conn: &mut AnyConnection,
    s: &SourceInput,
) -> Result<SourceId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO sources (slug, name, home_url, copyright_template, reprint_terms, canonical_to_original, allow_republish, trusted) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(s.slug.as_str())
    .bind(&s.name)
    .bind(&s.home_url)
    .bind(&s.copyright_template)
    .bind(&s.reprint_terms)
    .bind(i64::from(s.canonical_to_original))
    .bind(i64::from(s.allow_republish))
    .bind(i64::from(s.trusted))
    .fetch_one(conn)
    .await?;
    Ok(SourceId(row.try_get("id")?))
}

pub async fn update_source(
    conn: &mut AnyConnection,
    id: SourceId,
    s: &SourceInput,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE sources SET slug = $1, name = $2, home_url = $3, copyright_template = $4, reprint_terms = $5, \
         canonical_to_original = $6, allow_republish = $7, trusted = $8 WHERE id = $9",
    )
        .bind(s.slug.as_str())
        .bind(&s.name)
        .bind(&s.home_url)
        .bind(&s.copyright_template)
        .bind(&s.reprint_terms)
        .bind(i64::from(s.canonical_to_original))
        .bind(i64::from(s.allow_republish))
        .bind(i64::from(s.trusted))
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

// --- regions -------------------------------------------------------------------------------

fn region(row: &AnyRow) -> Result<Region, StoreError> {
    Ok(Region {
        id: RegionId(row.try_get("id")?),
        slug: slug(row)?,
        name: row.try_get("name")?,
        parent_id: row.try_get::<Option<i64>, _>("parent_id")?.map(RegionId),
    })
}

pub async fn regions(conn: &mut AnyConnection) -> Result<Vec<Region>, StoreError> {
    let rows = sqlx::query("SELECT id, slug, name, parent_id FROM regions ORDER BY name, id")
        .fetch_all(conn)
        .await?;
    rows.iter().map(region).collect()
}

pub async fn insert_region(
    conn: &mut AnyConnection,
    r: &RegionInput,
    parent: Option<RegionId>,
) -> Result<RegionId, StoreError> {
    let row =
        sqlx::query("INSERT INTO regions (slug, name, parent_id) VALUES ($1, $2, $3) RETURNING id")
            .bind(r.slug.as_str())
            .bind(&r.name)
            .bind(parent.map(|p| p.0))
            .fetch_one(conn)
            .await?;
    Ok(RegionId(row.try_get("id")?))
}

pub async fn update_region(
    conn: &mut AnyConnection,
    id: RegionId,
    r: &RegionInput,
    parent: Option<RegionId>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE regions SET slug = $1, name = $2, parent_id = $3 WHERE id = $4")
        .bind(r.slug.as_str())
        .bind(&r.name)
        .bind(parent.map(|p| p.0))
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

// --- themes --------------------------------------------------------------------------------

fn theme(row: &AnyRow) -> Result<Theme, StoreError> {
    Ok(Theme {
        id: ThemeId(row.try_get("id")?),
        slug: slug(row)?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
    })
}

pub async fn themes(conn: &mut AnyConnection) -> Result<Vec<Theme>, StoreError> {
    let rows = sqlx::query("SELECT id, slug, name, description FROM themes ORDER BY name, id")
        .fetch_all(conn)
        .await?;
    rows.iter().map(theme).collect()
}

pub async fn insert_theme(conn: &mut AnyConnection, t: &ThemeInput) -> Result<ThemeId, StoreError> {
    let row = sqlx::query(
        "INSERT INTO themes (slug, name, description) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(t.slug.as_str())
    .bind(&t.name)
    .bind(&t.description)
    .fetch_one(conn)
    .await?;
    Ok(ThemeId(row.try_get("id")?))
}

pub async fn update_theme(
    conn: &mut AnyConnection,
    id: ThemeId,
    t: &ThemeInput,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE themes SET slug = $1, name = $2, description = $3 WHERE id = $4")
        .bind(t.slug.as_str())
        .bind(&t.name)
        .bind(&t.description)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

// --- reports -------------------------------------------------------------------------------

fn report(row: &AnyRow) -> Result<Report, StoreError> {
    Ok(Report {
        id: ReportId(row.try_get("id")?),
        slug: slug(row)?,
        title: row.try_get("title")?,
        introduction: row.try_get("introduction")?,
        introduction_html: row.try_get("introduction_html")?,
    })
}

pub async fn reports(conn: &mut AnyConnection) -> Result<Vec<Report>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, slug, title, introduction, introduction_html FROM reports ORDER BY title, id",
    )
    .fetch_all(conn)
    .await?;
    rows.iter().map(report).collect()
}

pub async fn insert_report(
    conn: &mut AnyConnection,
    r: &ReportInput,
    introduction_html: &str,
) -> Result<ReportId, StoreError> {
    let row = sqlx::query("INSERT INTO reports (slug, title, introduction, introduction_html) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(r.slug.as_str())
        .bind(&r.title)
        .bind(&r.introduction)
        .bind(introduction_html)
        .fetch_one(conn)
        .await?;
    Ok(ReportId(row.try_get("id")?))
}

pub async fn update_report(
    conn: &mut AnyConnection,
    id: ReportId,
    r: &ReportInput,
    introduction_html: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE reports SET slug = $1, title = $2, introduction = $3, introduction_html = $4 WHERE id = $5")
        .bind(r.slug.as_str())
        .bind(&r.title)
        .bind(&r.introduction)
        .bind(introduction_html)
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}

/// Makes `articles` the report's articles, in that order.
pub async fn set_report_articles(
    conn: &mut AnyConnection,
    id: ReportId,
    articles: &[ArticleId],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM report_articles WHERE report_id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    for (position, article) in articles.iter().enumerate() {
        sqlx::query(
            "INSERT INTO report_articles (report_id, article_id, position) VALUES ($1, $2, $3)",
        )
        .bind(id.0)
        .bind(article.0)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The report's article ids in its order.
pub async fn report_article_ids(
    conn: &mut AnyConnection,
    id: ReportId,
) -> Result<Vec<ArticleId>, StoreError> {
    let rows = sqlx::query(
        "SELECT article_id FROM report_articles WHERE report_id = $1 ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| Ok(ArticleId(r.try_get("article_id")?)))
        .collect()
}

/// Deletes a taxonomy row by slug. Fails with [`StoreError::InUse`] while articles still use it.
pub async fn delete(
    conn: &mut AnyConnection,
    kind: TaxonomyKind,
    slug: &Slug,
) -> Result<bool, StoreError> {
    let done = sqlx::query(&format!("DELETE FROM {} WHERE slug = $1", table_name(kind)))
        .bind(slug.as_str())
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

fn table_name(kind: TaxonomyKind) -> &'static str {
    match kind {
        TaxonomyKind::Authors => "authors",
        TaxonomyKind::Sources => "sources",
        TaxonomyKind::Regions => "regions",
        TaxonomyKind::Themes => "themes",
        TaxonomyKind::Reports => "reports",
    }
}

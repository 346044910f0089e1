//! Moving a whole site into Gazette: a WordPress (WXR) or Ghost (JSON) export mapped onto
//! authors, regions, themes and articles, with a redirect from each old URL.
//!
//! The exports are parsed by `gazette-ingest` into neutral structs; `wordpress.rs` and `ghost.rs`
//! here turn those into [`Record`]s, and this module writes them. Every record (an author, a
//! term, a post) is written in its own transaction together with its row in `import_keys`
//! (origin + its id in the export, a hash of what was imported, the revision it left), so:
//!
//! - a second run over the same file finds every hash unchanged and writes nothing;
//! - a record that changed in the export is updated as a new revision, unless an editor saved
//!   the article here since (its revision moved on), or deleted it: then it is left alone;
//! - a failure midway loses nothing already done, and the next run carries on.
//!
//! A malformed file is refused before anything is written: the WordPress reader checks the whole
//! file in a first pass, the Ghost one parses it whole.
//!
//! Pages become draft articles, whatever their status there. Gazette has no page type, and a
//! published article enters the home page, the listings, the feeds, the sitemaps and the
//! newsletters as a dated piece of news, which "About us" or "Contact" is not. Editors publish
//! the pages that are real content and move the rest into the site settings (disclaimer, media
//! contact). Their old URLs still get redirects, which lead somewhere once they are published.
//!
//! Imported articles do not ping the WebSub hub: they are old news, and a migration of ten
//! thousand posts would send the hub ten thousand notifications.

mod ghost;
mod mapping;
mod wordpress;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gazette_domain::{
    ArticleId, ArticleInput, ArticleStatus, AuthorInput, BodyFormat, FeaturedImage, Language,
    RegionInput, Slug, ThemeInput, Timestamp,
};
use gazette_render::{CacheTag, Listing};
use gazette_store::imports::{self, ImportKey};
use gazette_store::{articles as article_rows, taxonomy as tax_rows};
use serde::Serialize;
use sha2::{Digest, Sha256};

use mapping::TermKind;
pub use mapping::{Mapping, Target};

use crate::Actor;
use crate::{AppError, AppResult, Taxonomies, now};

crate::service!(
    /// Moving a whole site in from WordPress or Ghost: `app.site_import()`.
    SiteImport
);

/// What the operator chose for this import.
#[derive(Debug, Clone, Default)]
pub struct SiteImportOptions {
    pub mapping: Mapping,
    /// The old site's address, for exports that leave it out (Ghost writes `__GHOST_URL__`) or
    /// to resolve relative links; by default the export's own.
    pub site_url: Option<String>,
}

/// Why an import could not start. Once records are being written, a record's failure is
/// reported in the summary instead.
#[derive(Debug, thiserror::Error)]
pub enum SiteImportError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    WordPress {
        path: PathBuf,
        source: gazette_ingest::wordpress::WxrError,
    },
    #[error("{}: {source}", path.display())]
    Ghost {
        path: PathBuf,
        source: gazette_ingest::ghost::GhostError,
    },
    #[error(
        "this export writes the old site's address as {placeholder}; give it with --site-url https://…",
        placeholder = gazette_ingest::ghost::URL_PLACEHOLDER
    )]
    NeedsSiteUrl,
    #[error("--site-url {0:?} is not an absolute http(s) URL")]
    BadSiteUrl(String),
    #[error(transparent)]
    App(#[from] AppError),
}

/// How many records of one kind ended which way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Matched to a record that already existed here (same slug), which is used as it is.
    pub linked: u64,
    /// Changed in the export but edited (or deleted) here since the import: left alone.
    pub skipped_edited_here: u64,
    /// Not imported by rule (trash, auto-drafts, terms mapped to `ignore`).
    pub skipped: u64,
    pub failed: u64,
}

impl Counts {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Created => self.created += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Linked => self.linked += 1,
            Outcome::EditedHere => self.skipped_edited_here += 1,
            Outcome::Skipped => self.skipped += 1,
        }
    }
}

/// A record that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// `post:12`, `author:mira`, `category:lakes`.
    pub key: String,
    pub title: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SiteImportSummary {
    /// `wordpress:https://old.example`, `ghost:…`: what the import keys are filed under.
    pub origin: String,
    pub authors: Counts,
    pub regions: Counts,
    pub themes: Counts,
    pub posts: Counts,
    pub pages: Counts,
    pub redirects_added: u64,
    pub failures: Vec<Failure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Created,
    Updated,
    Unchanged,
    Linked,
    EditedHere,
    Skipped,
}

// ---------------------------------------------------------------------------------------------
// The neutral shape both exports are turned into
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AuthorRecord {
    /// The login (WordPress) or slug (Ghost): what posts refer to.
    key: String,
    slug: Option<Slug>,
    name: String,
    bio: String,
    url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct TermRecord {
    kind: TermKind,
    /// The term's slug in the export: what posts and the mapping refer to.
    key: String,
    slug: Option<Slug>,
    name: String,
    description: String,
    /// The parent term's key (WordPress categories nest).
    parent: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) enum RecordKind {
    Post,
    Page,
}

/// What the article should be in Gazette, as far as the export says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) enum Wanted {
    Published(#[serde(with = "time::serde::rfc3339")] Timestamp),
    Draft,
    /// Not imported; the reason is the summary's.
    Skip(&'static str),
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Record {
    /// `post:12`, `page:13`.
    key: String,
    kind: RecordKind,
    title: String,
    slug: Option<Slug>,
    /// A number unique in the export, for slugs when the title gives none.
    id: String,
    wanted: Wanted,
    standfirst: String,
    body_html: String,
    language: Option<Language>,
    /// Author keys, byline order.
    authors: Vec<String>,
    /// `(kind, key)` of the record's terms.
    terms: Vec<(TermKind, String)>,
    image: Option<FeaturedImage>,
    /// The old URL's path, normalised, where it had one of its own.
    old_path: Option<String>,
    /// Why the record cannot be imported although the export is readable.
    #[serde(skip)]
    problem: Option<String>,
}

/// One export ready to be written: the taxonomy up front, posts as a stream.
pub(crate) struct Plan {
    origin: String,
    authors: Vec<AuthorRecord>,
    terms: Vec<TermRecord>,
    /// Ghost's tags are its only taxonomy, so they become themes unless the mapping says not.
    tag_default: Target,
    total: u64,
    records: Box<dyn Iterator<Item = Result<Record, String>> + Send>,
}

impl SiteImport<'_> {
    /// Imports a WordPress export (WXR). `progress(done, total)` is called as records are done.
    pub async fn wordpress(
        &self,
        path: &Path,
        options: &SiteImportOptions,
        progress: impl FnMut(u64, u64),
    ) -> Result<SiteImportSummary, SiteImportError> {
        let plan = wordpress::plan(path, options)?;
        Ok(self.run_import(plan, &options.mapping, progress).await?)
    }

    /// Imports a Ghost export (JSON).
    pub async fn ghost(
        &self,
        path: &Path,
        options: &SiteImportOptions,
        progress: impl FnMut(u64, u64),
    ) -> Result<SiteImportSummary, SiteImportError> {
        let plan = ghost::plan(path, options)?;
        Ok(self.run_import(plan, &options.mapping, progress).await?)
    }

    /// The new path of an old URL's path, if the site was migrated from one that had it.
    pub async fn redirect_for(&self, path: &str) -> AppResult<Option<String>> {
        let Some(from) = normalise_path(path) else {
            return Ok(None);
        };
        // A path with no redirect is remembered for a few seconds, like a missing page (see
        // `public::not_found`), so a flood of 404s asks the store nothing.
        let missing = format!("redirect|{from}");
        if self.not_found.is_missing(&missing) {
            return Ok(None);
        }
        let generation = self.not_found.generation();
        let to = imports::redirect(&mut *self.store().reader().await?, &from).await?;
        if to.is_none() {
            self.not_found.remember_missing(missing, generation);
        }
        // `/slug` itself missing (its article is a draft) must not redirect to itself.
        Ok(to.filter(|to| to != path))
    }

    async fn run_import(
        &self,
        plan: Plan,
        mapping: &Mapping,
        mut progress: impl FnMut(u64, u64),
    ) -> AppResult<SiteImportSummary> {
        let Plan {
            origin,
            authors,
            terms,
            tag_default,
            total,
            records,
        } = plan;
        let total = total + authors.len() as u64 + terms.len() as u64;
        let mut done = 0;
        progress(done, total);
        let mut summary = SiteImportSummary {
            origin: origin.clone(),
            ..SiteImportSummary::default()
        };

        let mut author_slugs: HashMap<String, Slug> = HashMap::new();
        for author in &authors {
            match self.import_author(&origin, author).await {
                Ok((outcome, slug)) => {
                    summary.authors.add(outcome);
                    author_slugs.insert(author.key.clone(), slug);
                }
                Err(e) => {
                    summary.authors.failed += 1;
                    summary.failures.push(Failure {
                        key: format!("author:{}", author.key),
                        title: author.name.clone(),
                        reason: e.to_string(),
                    });
                }
            }
            done += 1;
            progress(done, total);
        }

        // Parents before children, so a nested region finds its parent made.
        let by_key: HashMap<(TermKind, &str), &TermRecord> = terms
            .iter()
            .map(|t| ((t.kind, t.key.as_str()), t))
            .collect();
        let depth = |t: &TermRecord| {
            let mut d = 0;
            let mut next = t.parent.as_deref();
            while let Some(p) = next
                && d < 32
            {
                d += 1;
                next = by_key.get(&(t.kind, p)).and_then(|p| p.parent.as_deref());
            }
            d
        };
        let mut ordered: Vec<&TermRecord> = terms.iter().collect();
        ordered.sort_by_cached_key(|t| depth(t));
        let mut filed: HashMap<(TermKind, String), Filed> = HashMap::new();
        for term in ordered {
            let default = match term.kind {
                TermKind::Category => Target::Theme,
                TermKind::Tag => tag_default,
            };
            let target = mapping.target(term.kind, &term.key, default);
            let counts = match target {
                Target::Region => &mut summary.regions,
                Target::Theme => &mut summary.themes,
                Target::Ignore => {
                    done += 1;
                    progress(done, total);
                    continue;
                }
            };
            let parent = term
                .parent
                .as_ref()
                .and_then(|p| filed.get(&(term.kind, p.clone())))
                .and_then(|f| match f {
                    Filed::Region(slug) => Some(slug.clone()),
                    Filed::Theme(_) => None,
                });
            match self
                .import_term(
                    &origin,
                    term,
                    target,
                    mapping.rename(term.kind, &term.key),
                    parent,
                )
                .await
            {
                Ok((outcome, f)) => {
                    counts.add(outcome);
                    filed.insert((term.kind, term.key.clone()), f);
                }
                Err(e) => {
                    counts.failed += 1;
                    summary.failures.push(Failure {
                        key: format!("{}:{}", term_prefix(term.kind), term.key),
                        title: term.name.clone(),
                        reason: e.to_string(),
                    });
                }
            }
            done += 1;
            progress(done, total);
        }

        for record in records {
            let record = match record {
                Ok(r) => r,
                // The file changed between the two passes, or could not be read again.
                Err(reason) => {
                    summary.failures.push(Failure {
                        key: "export".into(),
                        title: String::new(),
                        reason,
                    });
                    break;
                }
            };
            let counts = match record.kind {
                RecordKind::Post => &mut summary.posts,
                RecordKind::Page => &mut summary.pages,
            };
            match self
                .import_record(&origin, &record, mapping, &author_slugs, &filed)
                .await
            {
                Ok((outcome, redirected)) => {
                    counts.add(outcome);
                    summary.redirects_added += u64::from(redirected);
                }
                Err(e) => {
                    counts.failed += 1;
                    summary.failures.push(Failure {
                        key: record.key.clone(),
                        title: record.title.clone(),
                        reason: e.to_string(),
                    });
                }
            }
            done += 1;
            progress(done, total);
        }
        Ok(summary)
    }

    /// Commits an import's transaction: announces and drops stale pages like every change, but
    /// enqueues no WebSub ping (see the module docs).
    async fn commit_import(&self, mut tx: gazette_store::Tx, tags: Vec<CacheTag>) -> AppResult<()> {
        if !tags.is_empty() {
            self.announce(&mut tx, &tags).await?;
        }
        tx.commit().await?;
        if !tags.is_empty() {
            self.invalidate_local(&tags);
        }
        Ok(())
    }

    async fn import_author(
        &self,
        origin: &str,
        author: &AuthorRecord,
    ) -> AppResult<(Outcome, Slug)> {
        let key = format!("author:{}", author.key);
        let hash = hash_of(author);
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let existing = imports::key(&mut tx, origin, &key).await?;
        if let Some(k) = &existing
            && let Some(found) = tax.authors.iter().find(|a| a.id.0 == k.entity_id)
        {
            if k.content_hash == hash || !k.owned {
                return Ok((Outcome::Unchanged, found.slug.clone()));
            }
            let input = AuthorInput {
                slug: found.slug.clone(),
                name: author.name.clone(),
                kind: found.kind,
                bio: author.bio.clone(),
                url: author.url.clone(),
            };
            input.validate()?;
            tax_rows::update_author(&mut tx, found.id, &input).await?;
            imports::put_key(
                &mut tx,
                origin,
                &key,
                &ImportKey {
                    content_hash: hash,
                    ..k.clone()
                },
            )
            .await?;
            let slug = found.slug.clone();
            let id = found.id;
            self.commit_import(
                tx,
                vec![CacheTag::Author(id), CacheTag::List(Listing::Author(id))],
            )
            .await?;
            return Ok((Outcome::Updated, slug));
        }
        let slug = author
            .slug
            .clone()
            .ok_or_else(|| invalid("slug", format!("cannot make a slug from {:?}", author.key)))?;
        let (outcome, id, owned) = match tax.author_by_slug(slug.as_str()) {
            Some(a) => (Outcome::Linked, a.id, false),
            None => {
                let input = AuthorInput {
                    slug: slug.clone(),
                    name: author.name.clone(),
                    kind: Default::default(),
                    bio: author.bio.clone(),
                    url: author.url.clone(),
                };
                input.validate()?;
                (
                    Outcome::Created,
                    tax_rows::insert_author(&mut tx, &input).await?,
                    true,
                )
            }
        };
        imports::put_key(
            &mut tx,
            origin,
            &key,
            &ImportKey {
                entity: "author".into(),
                entity_id: id.0,
                content_hash: hash,
                revision: None,
                owned,
            },
        )
        .await?;
        let tags = match outcome {
            Outcome::Created => vec![CacheTag::Author(id)],
            _ => Vec::new(),
        };
        self.commit_import(tx, tags).await?;
        Ok((outcome, slug))
    }

    async fn import_term(
        &self,
        origin: &str,
        term: &TermRecord,
        target: Target,
        rename: Option<&Slug>,
        parent: Option<Slug>,
    ) -> AppResult<(Outcome, Filed)> {
        let key = format!("{}:{}", term_prefix(term.kind), term.key);
        let entity = match target {
            Target::Region => "region",
            _ => "theme",
        };
        // The mapping is part of what was imported: moving a category from themes to regions
        // files it anew.
        let hash = hash_of(&(term, entity, rename, &parent));
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        let existing = imports::key(&mut tx, origin, &key)
            .await?
            .filter(|k| k.entity == entity);
        let found_slug = |id: i64| match target {
            Target::Region => tax
                .regions
                .iter()
                .find(|r| r.id.0 == id)
                .map(|r| r.slug.clone()),
            _ => tax
                .themes
                .iter()
                .find(|t| t.id.0 == id)
                .map(|t| t.slug.clone()),
        };
        let filed = |slug: Slug| match target {
            Target::Region => Filed::Region(slug),
            _ => Filed::Theme(slug),
        };
        if let Some(k) = &existing
            && let Some(slug) = found_slug(k.entity_id)
        {
            if k.content_hash == hash || !k.owned {
                return Ok((Outcome::Unchanged, filed(slug)));
            }
            match target {
                Target::Region => {
                    let input = RegionInput {
                        slug: slug.clone(),
                        name: term.name.clone(),
                        parent: parent.clone(),
                    };
                    input.validate()?;
                    let parent_id = parent
                        .as_ref()
                        .and_then(|p| tax.region_by_slug(p.as_str()))
                        .map(|r| r.id);
                    tax_rows::update_region(
                        &mut tx,
                        gazette_domain::RegionId(k.entity_id),
                        &input,
                        parent_id,
                    )
                    .await?;
                }
                _ => {
                    let input = ThemeInput {
                        slug: slug.clone(),
                        name: term.name.clone(),
                        description: term.description.clone(),
                    };
                    input.validate()?;
                    tax_rows::update_theme(&mut tx, gazette_domain::ThemeId(k.entity_id), &input)
                        .await?;
                }
            }
            imports::put_key(
                &mut tx,
                origin,
                &key,
                &ImportKey {
                    content_hash: hash,
                    ..k.clone()
                },
            )
            .await?;
            self.commit_import(tx, vec![CacheTag::Nav]).await?;
            return Ok((Outcome::Updated, filed(slug)));
        }
        let slug = match rename.or(term.slug.as_ref()) {
            Some(s) => s.clone(),
            None => Slug::parse(&format!(
                "{}-{}",
                term_prefix(term.kind),
                hash_prefix(&term.key)
            ))
            .map_err(|m| invalid("slug", m))?,
        };
        let (outcome, id, owned) = match target {
            Target::Region => match tax.region_by_slug(slug.as_str()) {
                Some(r) => (Outcome::Linked, r.id.0, false),
                None => {
                    let input = RegionInput {
                        slug: slug.clone(),
                        name: term.name.clone(),
                        parent: parent.clone(),
                    };
                    input.validate()?;
                    let parent_id = parent
                        .as_ref()
                        .and_then(|p| tax.region_by_slug(p.as_str()))
                        .map(|r| r.id);
                    let id = tax_rows::insert_region(&mut tx, &input, parent_id).await?;
                    (Outcome::Created, id.0, true)
                }
            },
            _ => match tax.theme_by_slug(slug.as_str()) {
                Some(t) => (Outcome::Linked, t.id.0, false),
                None => {
                    let input = ThemeInput {
                        slug: slug.clone(),
                        name: term.name.clone(),
                        description: term.description.clone(),
                    };
                    input.validate()?;
                    let id = tax_rows::insert_theme(&mut tx, &input).await?;
                    (Outcome::Created, id.0, true)
                }
            },
        };
        imports::put_key(
            &mut tx,
            origin,
            &key,
            &ImportKey {
                entity: entity.into(),
                entity_id: id,
                content_hash: hash,
                revision: None,
                owned,
            },
        )
        .await?;
        let tags = if outcome == Outcome::Created {
            vec![CacheTag::Nav]
        } else {
            Vec::new()
        };
        self.commit_import(tx, tags).await?;
        Ok((outcome, filed(slug)))
    }

    /// Writes one post or page; returns what happened and whether a redirect was added.
    async fn import_record(
        &self,
        origin: &str,
        record: &Record,
        mapping: &Mapping,
        authors: &HashMap<String, Slug>,
        filed: &HashMap<(TermKind, String), Filed>,
    ) -> AppResult<(Outcome, bool)> {
        if let Some(problem) = &record.problem {
            return Err(invalid("body", problem.clone()));
        }
        let published_at = match record.wanted {
            Wanted::Skip(_) => return Ok((Outcome::Skipped, false)),
            Wanted::Published(at) => Some(at),
            Wanted::Draft => None,
        };
        let mut regions = Vec::new();
        let mut themes = Vec::new();
        for (kind, key) in &record.terms {
            match filed.get(&(*kind, key.clone())) {
                Some(Filed::Region(s)) if !regions.contains(s) => regions.push(s.clone()),
                Some(Filed::Theme(s)) if !themes.contains(s) => themes.push(s.clone()),
                _ => {}
            }
        }
        let mut bylines = Vec::new();
        for a in &record.authors {
            if let Some(slug) = authors.get(a)
                && !bylines.contains(slug)
            {
                bylines.push(slug.clone());
            }
        }
        let language = mapping
            .language
            .clone()
            .or_else(|| record.language.clone())
            .unwrap_or_default();
        let mut input = ArticleInput {
            slug: None,
            title: record.title.clone(),
            standfirst: record.standfirst.clone(),
            body: record.body_html.clone(),
            body_format: BodyFormat::Html,
            image: record.image.clone(),
            language,
            featured: false,
            authors: bylines,
            regions,
            themes,
            reports: Vec::new(),
            original: None,
            sharing: Default::default(),
        };
        let hash = hash_of(&(&input, record));
        let key = record.key.as_str();

        let mut tx = self.store().begin().await?;
        let existing = imports::key(&mut tx, origin, key).await?;
        let system = Actor::System;
        let (outcome, article, tags) = match existing {
            Some(k) if k.content_hash == hash => return Ok((Outcome::Unchanged, false)),
            Some(k) => {
                let Some(current) = article_rows::get(&mut tx, ArticleId(k.entity_id)).await?
                else {
                    // Deleted here after the import: an editor's decision the import respects.
                    return Ok((Outcome::EditedHere, false));
                };
                if Some(current.revision) != k.revision {
                    return Ok((Outcome::EditedHere, false));
                }
                // The URL stays where the first import put it.
                input.slug = Some(current.slug.as_str().to_owned());
                let (mut article, tags) = crate::Articles::of(self.core)
                    .replace_in(&mut tx, &system, current.id, input)
                    .await?;
                // A draft there that was published since; imports never withdraw anything.
                if let Some(at) = published_at
                    && article.status == ArticleStatus::Draft
                {
                    article = publish_in(&mut tx, article.id, at).await?;
                }
                imports::put_key(
                    &mut tx,
                    origin,
                    key,
                    &ImportKey {
                        content_hash: hash,
                        revision: Some(article.revision),
                        ..k
                    },
                )
                .await?;
                (Outcome::Updated, article, tags)
            }
            None => {
                input.slug = Some(free_slug(&mut tx, record).await?.as_str().to_owned());
                let (mut article, tags) = crate::Articles::of(self.core)
                    .create_in(&mut tx, &system, input)
                    .await?;
                if let Some(at) = published_at {
                    article = publish_in(&mut tx, article.id, at).await?;
                }
                imports::put_key(
                    &mut tx,
                    origin,
                    key,
                    &ImportKey {
                        entity: "article".into(),
                        entity_id: article.id.0,
                        content_hash: hash,
                        revision: Some(article.revision),
                        owned: true,
                    },
                )
                .await?;
                (Outcome::Created, article, tags)
            }
        };
        let new_path = format!("/{}", article.slug);
        // Kept even where the paths are the same but for the trailing slash: `/slug/` misses
        // here and is answered from this row.
        let redirected = match &record.old_path {
            Some(old) => imports::put_redirect(&mut tx, old, &new_path, now()).await?,
            None => false,
        };
        self.commit_import(tx, tags).await?;
        Ok((outcome, redirected))
    }
}

/// Where a term was filed.
#[derive(Debug, Clone)]
enum Filed {
    Region(Slug),
    Theme(Slug),
}

fn term_prefix(kind: TermKind) -> &'static str {
    match kind {
        TermKind::Category => "category",
        TermKind::Tag => "tag",
    }
}

fn invalid(field: &'static str, message: impl Into<String>) -> AppError {
    AppError::Invalid(gazette_domain::FieldError::new(field, message))
}

/// Publishes an imported article with its original date, inside the import's transaction.
async fn publish_in(
    tx: &mut sqlx::AnyConnection,
    id: ArticleId,
    at: Timestamp,
) -> AppResult<gazette_domain::Article> {
    let draft = article_rows::get(tx, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("article {id}")))?;
    draft.ready_to_publish()?;
    article_rows::set_status(tx, id, ArticleStatus::Published, Some(at), None, now()).await?;
    article_rows::get(tx, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("article {id}")))
}

/// The record's own slug if it is free, else one made free: a title's slug, then numbered.
async fn free_slug(tx: &mut sqlx::AnyConnection, record: &Record) -> AppResult<Slug> {
    let fallback = match record.kind {
        RecordKind::Post => format!("post-{}", record.id),
        RecordKind::Page => format!("page-{}", record.id),
    };
    let base = record
        .slug
        .clone()
        .filter(|s| Slug::parse_article(s.as_str()).is_ok())
        .or_else(|| Slug::from_title(&record.title))
        .or_else(|| Slug::parse_article(&fallback).ok())
        .ok_or_else(|| invalid("slug", format!("cannot make a slug for {:?}", record.key)))?;
    let mut candidates = vec![base.as_str().to_owned()];
    candidates.extend((2..=5).map(|n| format!("{base}-{n}")));
    candidates.push(format!("{base}-{}", record.id));
    candidates.push(fallback);
    for candidate in candidates {
        let Ok(slug) = Slug::parse_article(&candidate) else {
            continue;
        };
        if article_rows::get_by_slug(tx, slug.as_str())
            .await?
            .is_none()
        {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict {
        field: Some("slug".into()),
        message: format!("every slug tried for {:?} is taken", record.key),
    })
}

fn hash_of(value: &impl Serialize) -> String {
    let json = serde_json::to_vec(value).expect("import records serialise");
    hex::encode(Sha256::digest(&json))
}

fn hash_prefix(text: &str) -> String {
    hex::encode(&Sha256::digest(text.as_bytes())[..4])
}

/// An old URL (absolute or a path) as the key of its redirect: the path alone, percent-decoded,
/// without a trailing slash. `None` for the home page and for URLs that are only a query
/// (`/?p=12`), which no redirect can match.
pub(crate) fn normalise_path(url: &str) -> Option<String> {
    let path = match url.find("://") {
        Some(scheme) => {
            let rest = &url[scheme + 3..];
            &rest[rest.find('/').unwrap_or(rest.len())..]
        }
        None => url,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let trimmed = decoded.trim_end_matches('/');
    if trimmed.is_empty() || !trimmed.starts_with('/') {
        return None;
    }
    Some(trimmed.to_owned())
}

/// Text of an HTML fragment (an excerpt), whitespace collapsed, at most `max` characters.
pub(crate) fn plain_text(html: &str, max: usize) -> String {
    let mut out = String::with_capacity(html.len().min(max * 4));
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out
        .replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&#8217;", "’")
        .replace("&quot;", "\"");
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max {
        joined
    } else {
        let cut: String = joined.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A slug from an export's slug, which may be percent-encoded UTF-8, or failing that from the
/// name; `None` when neither gives one.
pub(crate) fn slug_from(export_slug: &str, name: &str) -> Option<Slug> {
    Slug::parse(export_slug)
        .ok()
        .or_else(|| {
            let decoded = percent_encoding::percent_decode_str(export_slug).decode_utf8_lossy();
            Slug::from_name(&decoded)
        })
        .or_else(|| Slug::from_name(name))
}

/// An absolute URL for a link the export gave, resolved against the old site's address.
pub(crate) fn absolute(url: &str, site: &str) -> Option<String> {
    let url = url.trim();
    if url.starts_with("http://") || url.starts_with("https://") {
        return Some(url.to_owned());
    }
    if let Some(rest) = url.strip_prefix("//") {
        return Some(format!("https://{rest}"));
    }
    if url.starts_with('/') && !site.is_empty() {
        return Some(format!("{}{url}", site.trim_end_matches('/')));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_paths_are_normalised() {
        assert_eq!(
            normalise_path("https://old.example/2024/01/ice-ferry/").as_deref(),
            Some("/2024/01/ice-ferry")
        );
        assert_eq!(
            normalise_path("/2024/01/ice-ferry").as_deref(),
            Some("/2024/01/ice-ferry")
        );
        assert_eq!(
            normalise_path("https://old.example/%C3%A9t%C3%A9/").as_deref(),
            Some("/été")
        );
        assert_eq!(normalise_path("https://old.example/?p=12"), None);
        assert_eq!(normalise_path("https://old.example"), None);
        assert_eq!(normalise_path("/"), None);
    }

    #[test]
    fn excerpts_become_short_plain_text() {
        assert_eq!(
            plain_text("<p>One &amp; <em>two</em></p>\n<p>three</p>", 100),
            "One & two three"
        );
        assert_eq!(plain_text("abcdef", 4), "abc…");
    }

    #[test]
    fn slugs_from_encoded_or_names() {
        assert_eq!(slug_from("lakes", "x").unwrap().as_str(), "lakes");
        assert_eq!(slug_from("%c3%a9t%c3%a9", "x").unwrap().as_str(), "ete");
        assert_eq!(slug_from("%d8%b9", "Water").unwrap().as_str(), "water");
        // A name in another script is transliterated; only one with nothing to read has none.
        let arabic = slug_from("%d8%b9", "ماء").unwrap();
        assert!(
            arabic.as_str().bytes().all(|b| b.is_ascii_lowercase()),
            "{arabic}"
        );
        assert!(slug_from("%e2%80%94", "—").is_none());
    }
}

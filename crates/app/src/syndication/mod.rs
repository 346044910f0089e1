//! Republishing partner articles: a page fetched from a URL (or listed by a partner's feed) becomes
//! a draft credited to its Source, and fetching it again updates that draft instead of adding one.
//!
//! The rules, in one place for the Admin API, the CLI and the feed poller:
//! - The article's identity is its canonical URL, when the page names one on its own site, else
//!   the URL it was fetched from; the same content (by hash) from the same Source under another
//!   URL is the same article.
//! - The Source is the one whose home URL's host is the article's host or a parent of it
//!   (`www.` aside); if none matches, one is created from the page's site name.
//! - A changed original updates the draft when an editor asked for the import, or when nobody
//!   has edited the draft since the last import. Otherwise (published, or edited here) the text
//!   stays as it is and the record is flagged for the editor.

mod feeds;

use gazette_domain::{
    Article, ArticleInput, ArticleStatus, AuthorInput, AuthorKind, BodyFormat, FeaturedImage,
    FeedId, FieldError, Language, OriginalPublicationInput, Slug, Source, SourceInput,
};
use gazette_ingest::Extracted;
use gazette_ingest::fetch::Fetched;
use gazette_store::syndication::{self as rows, NewSyndicated, SyndicatedState};
use gazette_store::taxonomy;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use url::Url;

use crate::{Actor, AppError, AppResult, Taxonomies, now};

pub use feeds::{FeedOverview, PollSummary, QueueEntry};

crate::service!(
    /// Republishing partners' articles: URL imports, feeds and the review queue: `app.syndication()`.
    Syndication
);

/// What importing a page did to Gazette's copy of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new draft.
    Created,
    /// The draft took the original's new text, as a new revision.
    Updated,
    /// The original has not changed since the last import.
    Unchanged,
    /// The original changed, but the article is published or was edited here: it was left as it
    /// is and flagged for the editor.
    OriginalChanged,
    /// An editor turned this article down from the review queue; a feed does not bring it back.
    Rejected,
}

impl ImportOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Unchanged => "unchanged",
            Self::OriginalChanged => "original_changed",
            Self::Rejected => "rejected",
        }
    }
}

/// The result of one import.
#[derive(Debug, Clone)]
pub struct Imported {
    pub outcome: ImportOutcome,
    /// The record of the import (the review queue's id).
    pub record: i64,
    pub article: Option<Article>,
    pub source: Source,
    pub canonical_url: String,
}

/// Who asked, and what a new record starts as.
#[derive(Debug, Clone, Copy)]
struct Via {
    feed: Option<FeedId>,
    /// An editor asked for this page: a changed original updates the draft even if edited.
    explicit: bool,
}

/// A fetched page's article, before it touches the store.
struct Candidate {
    extracted: Extracted,
    title: String,
    canonical: Url,
    hash: String,
}

impl Syndication<'_> {
    /// Fetches `url`, extracts its article and makes (or updates) a draft republished from its
    /// Source. Contributors may import; the draft is theirs to edit.
    pub async fn import_url(&self, actor: &Actor, url: &str) -> AppResult<Imported> {
        actor.require(gazette_domain::Role::Contributor)?;
        let fetched = self.fetcher().get(url).await?;
        let candidate = candidate(fetched).await?;
        self.ingest(
            actor,
            candidate,
            Via {
                feed: None,
                explicit: true,
            },
        )
        .await
    }

    async fn ingest(&self, actor: &Actor, c: Candidate, via: Via) -> AppResult<Imported> {
        let mut tx = self.store().begin().await?;
        let tax = Taxonomies::load(&mut tx).await?;
        // Creating Sources and authors is an editor's decision; a contributor's import may only
        // use those that exist.
        let may_create = actor.require(gazette_domain::Role::Editor).is_ok();
        let source = match source_for(&tax, &c.canonical) {
            Some(s) => s.clone(),
            None if may_create => create_source(&mut tx, &tax, &c).await?,
            None => {
                return Err(FieldError::new(
                    "url",
                    format!(
                        "{} is not the site of a known Source; an editor can add the Source first",
                        c.canonical.host_str().unwrap_or("this page")
                    ),
                )
                .into());
            }
        };
        let existing =
            rows::find_syndicated(&mut tx, c.canonical.as_str(), source.id, &c.hash).await?;
        let current = match existing.as_ref().and_then(|r| r.article_id) {
            Some(id) => gazette_store::articles::get(&mut tx, id).await?,
            None => None,
        };
        let now = now();
        let done = |outcome, record, article| Imported {
            outcome,
            record,
            article,
            source: source.clone(),
            canonical_url: c.canonical.to_string(),
        };
        let (imported, tags) = match (existing, current) {
            (Some(rec), _) if rec.state == SyndicatedState::Rejected && !via.explicit => {
                (done(ImportOutcome::Rejected, rec.id, None), Vec::new())
            }
            (Some(rec), Some(article)) if rec.content_hash == c.hash => (
                done(ImportOutcome::Unchanged, rec.id, Some(article)),
                Vec::new(),
            ),
            (Some(rec), Some(article)) => {
                let untouched = rec.article_revision == Some(article.revision);
                if article.status == ArticleStatus::Draft && (via.explicit || untouched) {
                    let input = self
                        .article_input_for(&mut tx, &c, &source, Some(&article), may_create)
                        .await?;
                    let (updated, tags) = crate::Articles::of(self.core)
                        .replace_in(&mut tx, actor, article.id, input)
                        .await?;
                    rows::update_syndicated(
                        &mut tx,
                        rec.id,
                        &c.hash,
                        Some((updated.id, updated.revision)),
                        false,
                        now,
                    )
                    .await?;
                    if via.explicit && rec.state == SyndicatedState::Rejected {
                        rows::set_syndicated_state(
                            &mut tx,
                            rec.id,
                            SyndicatedState::Accepted,
                            None,
                        )
                        .await?;
                    }
                    (done(ImportOutcome::Updated, rec.id, Some(updated)), tags)
                } else {
                    rows::update_syndicated(
                        &mut tx,
                        rec.id,
                        &c.hash,
                        Some((article.id, rec.article_revision.unwrap_or(article.revision))),
                        true,
                        now,
                    )
                    .await?;
                    (
                        done(ImportOutcome::OriginalChanged, rec.id, Some(article)),
                        Vec::new(),
                    )
                }
            }
            // Known, but its article was deleted here: import it afresh.
            (Some(rec), None) => {
                let input = self
                    .article_input_for(&mut tx, &c, &source, None, may_create)
                    .await?;
                let (article, tags) = crate::Articles::of(self.core)
                    .create_in(&mut tx, actor, input)
                    .await?;
                rows::update_syndicated(
                    &mut tx,
                    rec.id,
                    &c.hash,
                    Some((article.id, article.revision)),
                    false,
                    now,
                )
                .await?;
                (done(ImportOutcome::Created, rec.id, Some(article)), tags)
            }
            (None, _) => {
                let input = self
                    .article_input_for(&mut tx, &c, &source, None, may_create)
                    .await?;
                let (article, tags) = crate::Articles::of(self.core)
                    .create_in(&mut tx, actor, input)
                    .await?;
                let state = if via.explicit {
                    SyndicatedState::Accepted
                } else {
                    SyndicatedState::Review
                };
                let record = rows::insert_syndicated(
                    &mut tx,
                    &NewSyndicated {
                        source_id: source.id,
                        feed_id: via.feed,
                        canonical_url: c.canonical.as_str(),
                        content_hash: &c.hash,
                        article_id: article.id,
                        article_revision: article.revision,
                        state,
                    },
                    now,
                )
                .await?;
                (done(ImportOutcome::Created, record, Some(article)), tags)
            }
        };
        self.commit(tx, tags).await?;
        Ok(imported)
    }

    /// The draft's content from the page: the text, byline, image and original publication are
    /// the partner's; the filing (regions, themes, reports, featured) stays the editor's.
    async fn article_input_for(
        &self,
        tx: &mut AnyConnection,
        c: &Candidate,
        source: &Source,
        current: Option<&Article>,
        may_create: bool,
    ) -> AppResult<ArticleInput> {
        let authors = ensure_authors(tx, &c.extracted.authors, may_create).await?;
        let (slug, filing) = match current {
            Some(article) => {
                let tax = Taxonomies::load(tx).await?;
                let input = crate::articles::input_of(article, &tax);
                (input.slug.clone(), Some(input))
            }
            None => (Some(free_slug(tx, c).await?), None),
        };
        let e = &c.extracted;
        let date = e
            .published
            .map(|t| t.date())
            .unwrap_or_else(|| now().date());
        let image = e
            .image
            .as_ref()
            .filter(|src| src.starts_with("https://") || src.starts_with("http://"))
            .map(|src| FeaturedImage {
                src: src.clone(),
                alt: c.title.clone(),
                caption: String::new(),
                credit: source.name.clone(),
            });
        let language = e
            .language
            .as_deref()
            .and_then(language_of)
            .or_else(|| filing.as_ref().map(|f| f.language.clone()))
            .unwrap_or_default();
        let filing = filing.unwrap_or_else(|| ArticleInput {
            slug: None,
            title: String::new(),
            standfirst: String::new(),
            body: String::new(),
            body_format: BodyFormat::Html,
            image: None,
            language: Language::default(),
            featured: false,
            authors: Vec::new(),
            regions: Vec::new(),
            themes: Vec::new(),
            reports: Vec::new(),
            original: None,
            sharing: Default::default(),
        });
        Ok(ArticleInput {
            slug,
            title: c.title.clone(),
            standfirst: e
                .lead
                .as_deref()
                .map(|l| l.chars().take(2000).collect())
                .unwrap_or_default(),
            body: e.body_html.clone(),
            body_format: BodyFormat::Html,
            image,
            language,
            authors,
            original: Some(OriginalPublicationInput {
                source: source.slug.clone(),
                url: c.canonical.to_string(),
                date: date.to_string(),
            }),
            ..filing
        })
    }
}

const MIN_ARTICLE_WORDS: usize = 15;

/// Extracts the article (on a blocking thread: it is CPU work) and fixes its identity.
async fn candidate(fetched: Fetched) -> AppResult<Candidate> {
    if !fetched.is_html() {
        return Err(FieldError::new(
            "url",
            format!(
                "{} is {}, not an HTML page",
                fetched.url,
                fetched.content_type.as_deref().unwrap_or("?")
            ),
        )
        .into());
    }
    let url = fetched.url.clone();
    let extracted = tokio::task::spawn_blocking(move || {
        gazette_ingest::extract(&fetched.text(), Some(fetched.url.as_str()))
    })
    .await
    .map_err(|_| AppError::Unavailable("the extractor"))?;
    let title = extracted
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| FieldError::new("url", format!("no article title found at {url}")))?
        .chars()
        .take(300)
        .collect::<String>();
    // A page whose "body" is a few words (a menu, an error message) holds no article.
    let words = extracted.text.split_whitespace().count();
    if words < MIN_ARTICLE_WORDS {
        return Err(FieldError::new(
            "url",
            format!(
                "no article text found at {url} (only {words} words outside the site's furniture)"
            ),
        )
        .into());
    }
    let canonical = canonical_url(&url, extracted.canonical_url.as_deref());
    let hash = hex::encode(Sha256::digest(format!("{title}\n{}", extracted.text)));
    Ok(Candidate {
        extracted,
        title,
        canonical,
        hash,
    })
}

/// The page's own canonical URL if it is on the same site as where it was fetched (a page cannot
/// claim another site's article), else the fetched URL; without its fragment either way.
fn canonical_url(fetched: &Url, stated: Option<&str>) -> Url {
    let mut url = stated
        .and_then(|s| Url::parse(s).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .filter(|u| site_host(u).is_some() && site_host(u) == site_host(fetched))
        .unwrap_or_else(|| fetched.clone());
    url.set_fragment(None);
    url
}

/// The host a Source is matched by: lowercase, without a leading `www.`.
fn site_host(url: &Url) -> Option<String> {
    let host = url.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

/// The Source whose host is the article's host or the nearest parent of it.
fn source_for<'a>(tax: &'a Taxonomies, article: &Url) -> Option<&'a Source> {
    let host = site_host(article)?;
    tax.sources
        .iter()
        .filter_map(|s| {
            let home = site_host(&Url::parse(&s.home_url).ok()?)?;
            (host == home || host.ends_with(&format!(".{home}"))).then_some((home.len(), s))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, s)| s)
}

async fn create_source(
    tx: &mut AnyConnection,
    tax: &Taxonomies,
    c: &Candidate,
) -> AppResult<Source> {
    let host = site_host(&c.canonical).unwrap_or_default();
    let name = c
        .extracted
        .site_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty() && n.chars().count() <= 200)
        .unwrap_or(&host)
        .to_owned();
    let base = Slug::from_name(&name)
        .or_else(|| Slug::from_name(&host))
        .ok_or_else(|| FieldError::new("url", format!("cannot name a source for {host}")))?;
    let slug = (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => Slug::parse(&format!("{base}-{n}")).unwrap_or_else(|_| base.clone()),
        })
        .find(|s| tax.source_by_slug(s.as_str()).is_none())
        .expect("an unused slug exists");
    let input = SourceInput {
        slug,
        name,
        home_url: format!("{}/", c.canonical.origin().ascii_serialization()),
        copyright_template: "Copyright © {source}, {authors}, {year}".into(),
        reprint_terms: String::new(),
        canonical_to_original: false,
        allow_republish: false,
        trusted: false,
    };
    input.validate()?;
    let id = taxonomy::insert_source(tx, &input).await?;
    Ok(taxonomy::sources(tx)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .expect("inserted in this transaction"))
}

/// Author slugs for the byline's names, creating the authors not yet known.
/// With `may_create` false (a contributor's import), names that are not known authors are left
/// out of the byline instead.
async fn ensure_authors(
    tx: &mut AnyConnection,
    names: &[String],
    may_create: bool,
) -> AppResult<Vec<Slug>> {
    let known = taxonomy::authors(tx).await?;
    let mut slugs: Vec<Slug> = Vec::new();
    for name in names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .take(10)
    {
        let name: String = name.chars().take(200).collect();
        let Some(slug) = Slug::from_name(&name) else {
            continue;
        };
        if slugs.contains(&slug) {
            continue;
        }
        if !known.iter().any(|a| a.slug == slug) {
            if !may_create {
                continue;
            }
            taxonomy::insert_author(
                tx,
                &AuthorInput {
                    slug: slug.clone(),
                    name,
                    kind: AuthorKind::Person,
                    bio: String::new(),
                    url: None,
                },
            )
            .await?;
        }
        slugs.push(slug);
    }
    Ok(slugs)
}

/// A slug for a new article from its title (or the original URL's last segment, or its hash)
/// that no other article has.
async fn free_slug(tx: &mut AnyConnection, c: &Candidate) -> AppResult<String> {
    let from_url = c
        .canonical
        .path_segments()
        .and_then(|mut s| s.rfind(|seg| !seg.is_empty()))
        .and_then(|seg| Slug::from_title(seg.trim_end_matches(".html").trim_end_matches(".htm")));
    let base = Slug::from_title(&c.title)
        .or(from_url)
        .or_else(|| Slug::parse(&format!("article-{}", &c.hash[..10])).ok())
        .expect("a hex slug is valid");
    for n in 1..100 {
        let candidate = match n {
            1 => base.as_str().to_owned(),
            n => format!("{}-{n}", base.as_str()),
        };
        if gazette_store::articles::get_by_slug(tx, &candidate)
            .await?
            .is_none()
        {
            return Ok(candidate);
        }
    }
    Ok(format!("{}-{}", base.as_str(), &c.hash[..10]))
}

/// A page's language (`en`, `pt-BR`, `EN_us`) as Gazette's tag, if it is one.
fn language_of(raw: &str) -> Option<Language> {
    let raw = raw.trim().replace('_', "-");
    let (primary, rest) = raw.split_once('-').unwrap_or((&raw, ""));
    let tag = if rest.is_empty() {
        primary.to_ascii_lowercase()
    } else {
        format!(
            "{}-{}",
            primary.to_ascii_lowercase(),
            rest.to_ascii_uppercase()
        )
    };
    Language::parse(&tag).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn canonical_urls_from_other_sites_are_not_believed() {
        let fetched = url("https://www.partner.example/2026/11/story?utm_source=x#top");
        assert_eq!(
            canonical_url(&fetched, Some("https://partner.example/story")).as_str(),
            "https://partner.example/story"
        );
        assert_eq!(
            canonical_url(&fetched, Some("https://rival.example/story")).as_str(),
            "https://www.partner.example/2026/11/story?utm_source=x"
        );
        assert_eq!(
            canonical_url(&fetched, Some("javascript:alert(1)")).as_str(),
            "https://www.partner.example/2026/11/story?utm_source=x"
        );
    }

    #[test]
    fn languages_are_normalised_or_dropped() {
        assert_eq!(language_of("EN_us").unwrap().as_str(), "en-US");
        assert_eq!(language_of("ar").unwrap().as_str(), "ar");
        assert!(language_of("english").is_none());
    }
}

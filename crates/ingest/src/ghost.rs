//! Ghost exports (Settings › Labs › Export, a JSON file): posts and pages with their HTML, tags,
//! staff users, and the tables that link them, read into plain structs.
//!
//! Ghost 1.x to 5.x write `{"db": [{"meta": …, "data": {…}}]}`; older ones the inner object
//! alone, which is read too. Ids are strings (ObjectIds) or, in old exports, numbers; both are
//! read as text. Nothing here knows Gazette's domain or storage: the importer maps these.

use std::collections::HashMap;

use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What the importer needs from one export, with each post's tags and authors resolved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GhostExport {
    /// The site's title from its settings, when the export includes them.
    pub title: String,
    pub version: String,
    pub users: Vec<GhostUser>,
    pub tags: Vec<GhostTag>,
    pub posts: Vec<GhostPost>,
    /// Whether any URL in the export is written as `__GHOST_URL__/…`, Ghost's placeholder for
    /// the site's own address (Ghost 4 and later).
    pub uses_url_placeholder: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GhostUser {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub bio: String,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GhostTag {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// Internal tags (`#name`, visibility `internal`) organise the editor's work, not readers'.
    pub internal: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GhostPostType {
    Post,
    Page,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GhostPost {
    pub id: String,
    pub post_type: GhostPostType,
    pub title: String,
    pub slug: String,
    /// `published`, `draft`, `scheduled`, `sent` (sent as email only), as Ghost wrote it.
    pub status: String,
    /// `public`, `members`, `paid` or `tiers`.
    pub visibility: String,
    pub published_at: Option<OffsetDateTime>,
    pub html: Option<String>,
    pub custom_excerpt: Option<String>,
    pub feature_image: Option<String>,
    pub feature_image_alt: Option<String>,
    pub feature_image_caption: Option<String>,
    /// Tag ids, primary tag first.
    pub tags: Vec<String>,
    /// User ids, primary author first.
    pub authors: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum GhostError {
    /// Not JSON, or JSON of another shape; serde's message names the line and column.
    #[error("not a Ghost export: {0}")]
    Json(#[from] serde_json::Error),
    #[error("not a Ghost export: {0}")]
    Shape(String),
    #[error("post {index} ({title:?}): {problem}")]
    Post {
        /// 1-based, in the export's order.
        index: usize,
        title: String,
        problem: String,
    },
}

/// Reads an export. Every post is checked (ids, dates, type) before anything is returned, so a
/// caller writes nothing from a file that is broken further down.
pub fn parse(json: &[u8]) -> Result<GhostExport, GhostError> {
    let file: File = serde_json::from_slice(json)?;
    let db = match file {
        File::Wrapped { db } => db
            .into_iter()
            .next()
            .ok_or_else(|| GhostError::Shape("\"db\" is an empty list".into()))?,
        File::Bare(db) => db,
    };
    let data = db.data;
    let setting = |key: &str| {
        data.settings
            .iter()
            .find(|s| s.key == key)
            .and_then(|s| s.value.as_ref())
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let title = setting("title").unwrap_or_default();

    // The link tables, read once into maps so each post finds its rows without a scan.
    let mut tags_of: HashMap<&str, Vec<(i64, &str)>> = HashMap::new();
    for link in &data.posts_tags {
        tags_of
            .entry(link.post_id.0.as_str())
            .or_default()
            .push((link.sort_order.unwrap_or(0), link.tag_id.0.as_str()));
    }
    let mut authors_of: HashMap<&str, Vec<(i64, &str)>> = HashMap::new();
    for link in &data.posts_authors {
        authors_of
            .entry(link.post_id.0.as_str())
            .or_default()
            .push((link.sort_order.unwrap_or(0), link.author_id.0.as_str()));
    }
    let meta_of: HashMap<&str, &RawPostMeta> = data
        .posts_meta
        .iter()
        .map(|m| (m.post_id.0.as_str(), m))
        .collect();

    let mut posts = Vec::with_capacity(data.posts.len());
    for (i, raw) in data.posts.iter().enumerate() {
        let fail = |problem: String| GhostError::Post {
            index: i + 1,
            title: raw.title.clone().unwrap_or_default(),
            problem,
        };
        let id = raw.id.0.clone();
        if id.is_empty() {
            return Err(fail("it has no id".into()));
        }
        let post_type = match raw.r#type.as_deref().unwrap_or("post") {
            "post" => GhostPostType::Post,
            "page" => GhostPostType::Page,
            other => return Err(fail(format!("type {other:?} is neither post nor page"))),
        };
        // Ghost 1.x marked pages with `"page": true` instead of a type.
        let post_type = if raw.page.as_ref().is_some_and(Flag::is_set) {
            GhostPostType::Page
        } else {
            post_type
        };
        let published_at = match &raw.published_at {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(
                OffsetDateTime::parse(s, &Rfc3339)
                    .map_err(|_| fail(format!("published_at {s:?} is not an RFC 3339 date")))?,
            ),
            // Ghost 0.x wrote milliseconds since the epoch.
            Some(serde_json::Value::Number(n)) => Some(
                n.as_i64()
                    .and_then(|ms| {
                        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()
                    })
                    .ok_or_else(|| fail(format!("published_at {n} is not a date")))?,
            ),
            Some(other) => return Err(fail(format!("published_at {other} is not a date"))),
        };
        let mut tags = tags_of.get(id.as_str()).cloned().unwrap_or_default();
        tags.sort_by_key(|(order, _)| *order);
        let mut authors = authors_of.get(id.as_str()).cloned().unwrap_or_default();
        authors.sort_by_key(|(order, _)| *order);
        let mut authors: Vec<String> = authors.into_iter().map(|(_, a)| a.to_owned()).collect();
        if authors.is_empty()
            && let Some(a) = raw.author_id.as_ref().filter(|a| !a.0.is_empty())
        {
            authors.push(a.0.clone());
        }
        let meta = meta_of.get(id.as_str());
        posts.push(GhostPost {
            id,
            post_type,
            title: raw.title.clone().unwrap_or_default().trim().to_owned(),
            slug: raw.slug.clone().unwrap_or_default(),
            status: raw.status.clone().unwrap_or_else(|| "draft".into()),
            visibility: raw.visibility.clone().unwrap_or_else(|| "public".into()),
            published_at,
            html: raw.html.clone().filter(|h| !h.trim().is_empty()),
            custom_excerpt: raw.custom_excerpt.clone().filter(|e| !e.trim().is_empty()),
            feature_image: raw.feature_image.clone().filter(|u| !u.is_empty()),
            feature_image_alt: meta
                .and_then(|m| m.feature_image_alt.clone())
                .filter(|a| !a.is_empty()),
            feature_image_caption: meta
                .and_then(|m| m.feature_image_caption.clone())
                .filter(|c| !c.is_empty()),
            tags: tags.into_iter().map(|(_, t)| t.to_owned()).collect(),
            authors,
        });
    }
    let uses_url_placeholder = posts.iter().any(|p| {
        p.html
            .as_deref()
            .is_some_and(|h| h.contains(URL_PLACEHOLDER))
            || p.feature_image
                .as_deref()
                .is_some_and(|u| u.contains(URL_PLACEHOLDER))
    });
    Ok(GhostExport {
        title,
        version: db.meta.and_then(|m| m.version).unwrap_or_default(),
        users: data
            .users
            .into_iter()
            .map(|u| GhostUser {
                id: u.id.0,
                slug: u.slug.unwrap_or_default(),
                name: u.name.unwrap_or_default(),
                bio: u.bio.unwrap_or_default(),
                website: u.website.filter(|w| !w.is_empty()),
            })
            .collect(),
        tags: data
            .tags
            .into_iter()
            .map(|t| {
                let name = t.name.unwrap_or_default();
                GhostTag {
                    internal: t.visibility.as_deref() == Some("internal") || name.starts_with('#'),
                    id: t.id.0,
                    slug: t.slug.unwrap_or_default(),
                    name,
                    description: t.description.unwrap_or_default(),
                }
            })
            .collect(),
        posts,
        uses_url_placeholder,
    })
}

/// What Ghost 4+ writes in place of the site's own address.
pub const URL_PLACEHOLDER: &str = "__GHOST_URL__";

// The file as serde reads it. Unknown fields are ignored: exports carry dozens of tables and
// columns the importer has no use for, and each Ghost version adds some.

#[derive(Deserialize)]
#[serde(untagged)]
enum File {
    Wrapped { db: Vec<Db> },
    Bare(Db),
}

#[derive(Deserialize)]
struct Db {
    #[serde(default)]
    meta: Option<Meta>,
    data: Data,
}

#[derive(Deserialize)]
struct Meta {
    #[serde(default)]
    version: Option<String>,
}

#[derive(Deserialize)]
struct Data {
    #[serde(default)]
    posts: Vec<RawPost>,
    #[serde(default)]
    tags: Vec<RawTag>,
    #[serde(default)]
    users: Vec<RawUser>,
    #[serde(default)]
    posts_tags: Vec<RawPostTag>,
    #[serde(default)]
    posts_authors: Vec<RawPostAuthor>,
    #[serde(default)]
    posts_meta: Vec<RawPostMeta>,
    #[serde(default)]
    settings: Vec<RawSetting>,
}

/// An id as Ghost wrote it: an ObjectId string, or a number in old exports.
#[derive(Debug, Clone, Default)]
struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Ok(Id(s)),
            serde_json::Value::Number(n) => Ok(Id(n.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "an id must be a string or a number, not {other}"
            ))),
        }
    }
}

/// `true`/`false` or `1`/`0`, as different Ghost versions wrote flags.
#[derive(Deserialize)]
#[serde(untagged)]
enum Flag {
    Bool(bool),
    Int(i64),
}

impl Flag {
    fn is_set(&self) -> bool {
        matches!(self, Flag::Bool(true)) || matches!(self, Flag::Int(n) if *n != 0)
    }
}

#[derive(Deserialize)]
struct RawPost {
    id: Id,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    visibility: Option<String>,
    #[serde(default)]
    r#type: Option<String>,
    #[serde(default)]
    page: Option<Flag>,
    #[serde(default)]
    published_at: Option<serde_json::Value>,
    #[serde(default)]
    custom_excerpt: Option<String>,
    #[serde(default)]
    feature_image: Option<String>,
    #[serde(default)]
    author_id: Option<Id>,
}

#[derive(Deserialize)]
struct RawTag {
    id: Id,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    visibility: Option<String>,
}

#[derive(Deserialize)]
struct RawUser {
    id: Id,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    slug: Option<String>,
    #[serde(default)]
    bio: Option<String>,
    #[serde(default)]
    website: Option<String>,
}

#[derive(Deserialize)]
struct RawPostTag {
    post_id: Id,
    tag_id: Id,
    #[serde(default)]
    sort_order: Option<i64>,
}

#[derive(Deserialize)]
struct RawPostAuthor {
    post_id: Id,
    author_id: Id,
    #[serde(default)]
    sort_order: Option<i64>,
}

#[derive(Deserialize)]
struct RawPostMeta {
    post_id: Id,
    #[serde(default)]
    feature_image_alt: Option<String>,
    #[serde(default)]
    feature_image_caption: Option<String>,
}

#[derive(Deserialize)]
struct RawSetting {
    key: String,
    #[serde(default)]
    value: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r##"{"db": [{
        "meta": {"exported_on": 1717000000000, "version": "5.82.0"},
        "data": {
            "posts": [
                {"id": "6650a1", "title": "Salt flats at noon", "slug": "salt-flats", "html": "<p>White ground.</p>",
                 "status": "published", "visibility": "public", "type": "post",
                 "published_at": "2024-05-20T10:00:00.000Z", "custom_excerpt": "Heat and glare.",
                 "feature_image": "__GHOST_URL__/content/images/salt.jpg"},
                {"id": "6650a2", "title": "About", "slug": "about", "html": "<p>Us.</p>", "status": "published",
                 "type": "page", "published_at": null}
            ],
            "tags": [
                {"id": "t1", "name": "Deserts", "slug": "deserts"},
                {"id": "t2", "name": "#feature", "slug": "hash-feature", "visibility": "internal"}
            ],
            "users": [{"id": "u1", "name": "Tomas Reyes", "slug": "tomas", "bio": null}],
            "posts_tags": [
                {"post_id": "6650a1", "tag_id": "t2", "sort_order": 1},
                {"post_id": "6650a1", "tag_id": "t1", "sort_order": 0}
            ],
            "posts_authors": [{"post_id": "6650a1", "author_id": "u1", "sort_order": 0}],
            "posts_meta": [{"post_id": "6650a1", "feature_image_alt": "Cracked salt", "feature_image_caption": null}],
            "settings": [{"key": "title", "value": "Dry Country"}]
        }
    }]}"##;

    #[test]
    fn reads_posts_with_their_links() {
        let export = parse(EXPORT.as_bytes()).unwrap();
        assert_eq!(export.title, "Dry Country");
        assert_eq!(export.version, "5.82.0");
        assert!(export.uses_url_placeholder);
        let post = &export.posts[0];
        assert_eq!(post.tags, ["t1", "t2"], "primary tag first");
        assert_eq!(post.authors, ["u1"]);
        assert_eq!(post.feature_image_alt.as_deref(), Some("Cracked salt"));
        assert_eq!(
            post.published_at.unwrap(),
            time::macros::datetime!(2024-05-20 10:00:00 UTC)
        );
        assert_eq!(export.posts[1].post_type, GhostPostType::Page);
        assert!(export.tags[1].internal);
    }

    #[test]
    fn bare_old_exports_with_numeric_ids_are_read() {
        let old = r#"{"meta": {}, "data": {"posts": [{"id": 7, "title": "Old", "slug": "old", "html": "<p>x</p>",
            "status": "published", "page": 0, "published_at": 1400000000000, "author_id": 1}],
            "users": [{"id": 1, "name": "Ana", "slug": "ana"}]}}"#;
        let export = parse(old.as_bytes()).unwrap();
        assert_eq!(export.posts[0].id, "7");
        assert_eq!(export.posts[0].authors, ["1"]);
        assert_eq!(export.posts[0].post_type, GhostPostType::Post);
        assert!(export.posts[0].published_at.is_some());
    }

    #[test]
    fn bad_date_names_the_post() {
        let bad = EXPORT.replace("2024-05-20T10:00:00.000Z", "last tuesday");
        let err = parse(bad.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("post 1 (\"Salt flats at noon\")"), "{err}");
        assert!(err.contains("last tuesday"), "{err}");
    }

    #[test]
    fn broken_json_names_the_place() {
        let err = parse(&EXPORT.as_bytes()[..200]).unwrap_err().to_string();
        assert!(err.contains("line"), "{err}");
        assert!(parse(b"[]").is_err());
        assert!(
            parse(b"{\"db\": []}")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
    }
}

//! A WordPress export as import records: authors by login, categories and tags by slug, posts
//! and pages read from the file a second time as they are written.

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use gazette_domain::{FeaturedImage, Language, validate_url};
use gazette_ingest::wordpress::{self as wxr, WxrAttachment, WxrItem, WxrPostType};

use super::mapping::{Target, TermKind};
use super::{
    AuthorRecord, Plan, Record, RecordKind, SiteImportError, SiteImportOptions, TermRecord, Wanted,
    absolute, normalise_path, plain_text, slug_from,
};
use crate::now;

/// Checks the whole file, then plans the import over a second reading of it.
pub(crate) fn plan(path: &Path, options: &SiteImportOptions) -> Result<Plan, SiteImportError> {
    let open = || {
        File::open(path)
            .map(|f| BufReader::with_capacity(256 * 1024, f))
            .map_err(|source| SiteImportError::Read {
                path: path.to_owned(),
                source,
            })
    };
    let site = wxr::scan(open()?).map_err(|source| SiteImportError::WordPress {
        path: path.to_owned(),
        source,
    })?;
    let site_url = match &options.site_url {
        Some(url) => {
            validate_url("site_url", url).map_err(|_| SiteImportError::BadSiteUrl(url.clone()))?;
            url.trim_end_matches('/').to_owned()
        }
        None => site.site_url.clone(),
    };
    // Keyed by the export's own address, so a re-run finds the same keys whatever flags it has.
    let origin = format!("wordpress:{}", site.site_url);
    let authors = site
        .authors
        .iter()
        .filter(|a| !a.login.is_empty())
        .map(|a| {
            let full = format!("{} {}", a.first_name, a.last_name);
            let name = [a.display_name.trim(), full.trim(), a.login.trim()]
                .into_iter()
                .find(|n| !n.is_empty())
                .unwrap_or_default()
                .to_owned();
            AuthorRecord {
                key: a.login.clone(),
                slug: slug_from(&a.login, &name),
                name,
                bio: String::new(),
                url: None,
            }
        })
        .collect();
    let terms = site
        .categories
        .iter()
        .map(|t| (TermKind::Category, t))
        .chain(site.tags.iter().map(|t| (TermKind::Tag, t)))
        .map(|(kind, t)| TermRecord {
            kind,
            key: t.slug.clone(),
            slug: slug_from(&t.slug, &t.name),
            name: if t.name.is_empty() {
                t.slug.clone()
            } else {
                t.name.clone()
            },
            description: plain_text(&t.description, 5000),
            parent: t.parent.clone(),
        })
        .collect();
    let language = site
        .language
        .as_deref()
        .and_then(|l| Language::parse(l).ok());
    let attachments = site.attachments;
    let records = wxr::WxrItems::new(open()?).map(move |item| {
        item.map(|item| record(item, &attachments, &site_url, language.clone()))
            .map_err(|e| format!("the export could not be read again: {e}"))
    });
    Ok(Plan {
        origin,
        authors,
        terms,
        tag_default: Target::Ignore,
        total: (site.posts + site.pages) as u64,
        records: Box::new(records),
    })
}

fn record(
    item: WxrItem,
    attachments: &HashMap<String, WxrAttachment>,
    site_url: &str,
    language: Option<Language>,
) -> Record {
    let kind = match item.post_type {
        WxrPostType::Post => RecordKind::Post,
        WxrPostType::Page => RecordKind::Page,
    };
    let wanted = match (item.status.as_str(), kind) {
        ("publish", RecordKind::Post) => Wanted::Published(item.published.unwrap_or_else(now)),
        ("trash", _) => Wanted::Skip("in the trash"),
        ("auto-draft", _) => Wanted::Skip("an auto-draft"),
        // Pages, drafts, pending, private and future posts wait for an editor.
        _ => Wanted::Draft,
    };
    let image = item
        .thumbnail_id
        .as_deref()
        .and_then(|id| attachments.get(id))
        .and_then(|a| {
            let src = absolute(&a.url, site_url)?;
            let alt = [a.alt.trim(), item.title.trim()]
                .into_iter()
                .find(|t| !t.is_empty())
                .unwrap_or("Featured image")
                .to_owned();
            Some(FeaturedImage {
                src,
                alt,
                caption: plain_text(&a.caption, 500),
                credit: String::new(),
            })
        });
    let body_html = absolute_images(&wxr::content_to_html(&item.content), site_url);
    let mut terms: Vec<(TermKind, String)> = item
        .categories
        .iter()
        .map(|c| (TermKind::Category, c.clone()))
        .collect();
    terms.extend(item.tags.iter().map(|t| (TermKind::Tag, t.clone())));
    Record {
        key: format!(
            "{}:{}",
            match kind {
                RecordKind::Post => "post",
                RecordKind::Page => "page",
            },
            item.id
        ),
        kind,
        slug: Some(&item.slug)
            .filter(|s| !s.is_empty())
            .and_then(|s| slug_from(s, "")),
        title: item.title,
        id: item.id,
        wanted,
        standfirst: plain_text(&item.excerpt, 2000),
        body_html,
        language,
        authors: Some(item.creator)
            .filter(|c| !c.is_empty())
            .into_iter()
            .collect(),
        terms,
        image,
        old_path: normalise_path(&item.link),
        problem: None,
    }
}

/// Images the old site served by path (`/wp-content/uploads/…`) are fetched from it by
/// address; links by path stay paths, so they reach the old URLs' redirects here.
pub(super) fn absolute_images(html: &str, site_url: &str) -> String {
    if site_url.is_empty() || !html.contains("src=\"/") {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find("src=\"/") {
        let after = &rest[at + 5..];
        out.push_str(&rest[..at + 5]);
        if !after.starts_with("//") {
            out.push_str(site_url);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn image_paths_gain_the_old_address() {
        assert_eq!(
            super::absolute_images(
                "<img src=\"/wp-content/a.jpg\"><img src=\"//cdn.example/b.jpg\"><a href=\"/x/\">",
                "https://old.example"
            ),
            "<img src=\"https://old.example/wp-content/a.jpg\"><img src=\"//cdn.example/b.jpg\"><a href=\"/x/\">"
        );
    }
}

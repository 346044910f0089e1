//! The view builders every reader-facing page shares (the site's header and footer, the
//! navigation, article cards, pagination), used by the public pages, search, sharing and the
//! newsletters alike. They turn domain values into `gazette_render::views` structs and know
//! nothing of where the page goes.

use gazette_domain::{Article, SiteSettings};
use gazette_render::i18n::Catalogues;
use gazette_render::views::{ArticleCard, ImageView, Link, Nav, NavRegion, Pagination, SiteView};
use sqlx::AnyConnection;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::{AppResult, Taxonomies};

/// Listings show this many articles a page.
pub(crate) const PER_PAGE: u32 = 12;

/// Pages built in one read: the page's data and what it needs from around the site.
pub(crate) struct Ctx {
    pub(crate) settings: SiteSettings,
    pub(crate) tax: Taxonomies,
    pub(crate) base: String,
}

impl Ctx {
    pub(crate) async fn load(conn: &mut AnyConnection, base: &str) -> AppResult<Self> {
        Ok(Self {
            settings: gazette_store::settings::get(conn).await?,
            tax: Taxonomies::load(conn).await?,
            base: base.to_owned(),
        })
    }
}

/// A site path made absolute (`/media/a.svg` → `https://site/media/a.svg`); URLs pass through.
pub(crate) fn absolute(src: &str, base: &str) -> String {
    if src.starts_with('/') {
        format!("{base}{src}")
    } else {
        src.to_owned()
    }
}

pub(crate) fn site_view(s: &SiteSettings) -> SiteView {
    SiteView {
        name: s.name.clone(),
        tagline: s.tagline.clone(),
        disclaimer: s.disclaimer.clone(),
        footer_copyright: s.footer_copyright.clone(),
        media_contact: s.media_contact.clone(),
        newsletter_blurb: s.newsletter_blurb.clone(),
        translate_blurb: s.translate_blurb.clone(),
        membership_blurb: s.membership_blurb.clone(),
        social: s
            .social
            .iter()
            .map(|l| Link {
                name: l.label.clone(),
                url: l.url.clone(),
            })
            .collect(),
        lang: SITE_LANG.into(),
        dir: "ltr".into(),
    }
}

pub(crate) fn nav(tax: &Taxonomies) -> Nav {
    Nav {
        regions: tax
            .regions
            .iter()
            .filter(|r| r.parent_id.is_none())
            .map(|r| NavRegion {
                name: r.name.clone(),
                url: format!("/region/{}", r.slug),
                children: tax
                    .regions
                    .iter()
                    .filter(|c| c.parent_id == Some(r.id))
                    .map(region_link)
                    .collect(),
            })
            .collect(),
        themes: tax
            .themes
            .iter()
            .map(|t| Link {
                name: t.name.clone(),
                url: format!("/theme/{}", t.slug),
            })
            .collect(),
        reports: tax
            .reports
            .iter()
            .map(|r| Link {
                name: r.title.clone(),
                url: format!("/report/{}", r.slug),
            })
            .collect(),
    }
}

pub(crate) fn region_link(r: &gazette_domain::Region) -> Link {
    Link {
        name: r.name.clone(),
        url: format!("/region/{}", r.slug),
    }
}

pub(crate) fn region_links(a: &Article, tax: &Taxonomies) -> Vec<Link> {
    a.region_ids
        .iter()
        .filter_map(|id| tax.region(*id))
        .map(region_link)
        .collect()
}

pub(crate) fn theme_links(a: &Article, tax: &Taxonomies) -> Vec<Link> {
    a.theme_ids
        .iter()
        .filter_map(|id| tax.theme(*id))
        .map(|t| Link {
            name: t.name.clone(),
            url: format!("/theme/{}", t.slug),
        })
        .collect()
}

/// The language of pages that have none of their own (home, listings, search, newsletters);
/// an article page is in its own language or its translation's.
pub(crate) const SITE_LANG: &str = "en";

/// An article as a listing shows it, its date written in `lang`.
pub(crate) fn card(a: &Article, tax: &Taxonomies, i18n: &Catalogues, lang: &str) -> ArticleCard {
    let published = a.published_at.unwrap_or(a.updated_at);
    ArticleCard {
        title: a.title.clone(),
        url: format!("/{}", a.slug),
        standfirst: a.standfirst.clone(),
        published: i18n.long_date(published.date(), lang),
        published_iso: iso(published),
        image: a.image.as_ref().map(image_view),
        authors: a
            .author_ids
            .iter()
            .filter_map(|id| tax.author(*id))
            .map(|x| Link {
                name: x.name.clone(),
                url: format!("/author/{}", x.slug),
            })
            .collect(),
        source: a
            .original
            .as_ref()
            .and_then(|o| tax.source(o.source_id))
            .map(|s| Link {
                name: s.name.clone(),
                url: format!("/source/{}", s.slug),
            }),
        regions: region_links(a, tax),
        themes: theme_links(a, tax),
    }
}

pub(crate) fn image_view(i: &gazette_domain::FeaturedImage) -> ImageView {
    ImageView {
        srcset: crate::media::srcset_for_src(&i.src),
        src: i.src.clone(),
        alt: i.alt.clone(),
        caption: i.caption.clone(),
        credit: i.credit.clone(),
    }
}

pub(crate) fn pagination(path: &str, page: u32, total: u64) -> Pagination {
    let total_pages = total.div_ceil(u64::from(PER_PAGE)).max(1) as u32;
    Pagination {
        page,
        total_pages,
        prev_url: (page > 1).then(|| paged(path, page - 1)),
        next_url: (page < total_pages).then(|| paged(path, page + 1)),
    }
}

pub(crate) fn paged(path: &str, page: u32) -> String {
    if page <= 1 {
        path.to_owned()
    } else {
        format!("{path}?page={page}")
    }
}

pub(crate) fn iso(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// Feed readers and other sites resolve relative links against themselves, not us: make site
/// links absolute.
///
/// Only `href` and `src` attributes holding a path on this site (`/region/iraq`) change: a
/// link to another host written without a scheme (`//host/path`) is already absolute, and text
/// that merely reads like an attribute (an HTML sample in a code block) is the article's.
/// Tags are found by a plain scan, which is sound because `html` is the sanitiser's output:
/// text never holds a raw `<`, and attribute values are double-quoted with `"` escaped.
pub(crate) fn absolute_links(html: &str, base: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let len = tag_len(rest);
        let mut tag = &rest[..len];
        // Each step copies up to and including the `/` that opens a site path.
        while let Some(slash) = [" href=\"/", " src=\"/"]
            .iter()
            .filter_map(|a| tag.find(a).map(|i| i + a.len() - 1))
            .min()
        {
            out.push_str(&tag[..slash]);
            if !tag[slash..].starts_with("//") {
                out.push_str(base);
            }
            out.push('/');
            tag = &tag[slash + 1..];
        }
        out.push_str(tag);
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// Length of the tag at the start of `s` (which starts with `<`), up to and including the `>`
/// that is not inside a quoted attribute value (the serialiser leaves `>` unescaped there).
fn tag_len(s: &str) -> usize {
    let mut in_quotes = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'>' if !in_quotes => return i + 1,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::absolute_links;

    #[test]
    fn absolute_links_changes_only_site_paths_in_tags() {
        let base = "https://r.example";
        let body = concat!(
            r#"<p><a href="/region/iraq">Iraq</a> <a href="//partner.example/x">partner</a> "#,
            r#"<a href="https://other.example/">other</a></p>"#,
            r#"<img alt="a > b" src="/media/quay.jpg">"#,
            "<pre><code>&lt;a href=\"/contact\"&gt;</code></pre>",
        );
        assert_eq!(
            absolute_links(body, base),
            concat!(
                r#"<p><a href="https://r.example/region/iraq">Iraq</a> <a href="//partner.example/x">partner</a> "#,
                r#"<a href="https://other.example/">other</a></p>"#,
                r#"<img alt="a > b" src="https://r.example/media/quay.jpg">"#,
                "<pre><code>&lt;a href=\"/contact\"&gt;</code></pre>",
            )
        );
    }
}

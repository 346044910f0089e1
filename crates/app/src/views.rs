//! The view builders every reader-facing page shares (the site's header and footer, the
//! navigation, article cards, pagination), used by the public pages, search, sharing and the
//! newsletters alike. They turn domain values into `gazette_render::views` structs and know
//! nothing of where the page goes.

use std::collections::HashMap;

use gazette_domain::{Article, SiteSettings};
use gazette_render::i18n::Catalogues;
use gazette_render::views::{
    ArticleCard, ImageView, LanguageLink, Link, Nav, NavRegion, Pagination, SiteView,
};
use gazette_render::{CacheTag, TagLang};
use gazette_store::translations::CardText;
use sqlx::AnyConnection;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::translations::Part;
use crate::{AppResult, Taxonomies};

/// Listings show this many articles a page.
pub(crate) const PER_PAGE: u32 = 12;

/// Pages built in one read: the page's data and what it needs from around the site.
pub(crate) struct Ctx {
    pub(crate) settings: SiteSettings,
    pub(crate) tax: Taxonomies,
    pub(crate) base: String,
    /// The edition the page belongs to: None for the site's own language, `Some("es")` for a
    /// page under `/es/`.
    pub(crate) lang: Option<String>,
    /// The languages besides the site's own that readers can read the site in: offered, and at
    /// least one published article translated into it.
    pub(crate) languages: Vec<String>,
}

impl Ctx {
    /// The context of a page in the site's own language, with no language menu.
    pub(crate) async fn load(conn: &mut AnyConnection, base: &str) -> AppResult<Self> {
        Ok(Self {
            settings: gazette_store::settings::get(conn).await?,
            tax: Taxonomies::load(conn).await?,
            base: base.to_owned(),
            lang: None,
            languages: Vec::new(),
        })
    }

    /// The context of a page made without the database (the error page saying it is out of
    /// reach): default settings, no taxonomies, the site's own language.
    pub(crate) fn offline(base: &str) -> Self {
        Self {
            settings: SiteSettings::default(),
            tax: Taxonomies::default(),
            base: base.to_owned(),
            lang: None,
            languages: Vec::new(),
        }
    }

    /// The language of the page's words: the edition's, or the site's.
    pub(crate) fn page_lang(&self) -> &str {
        self.lang.as_deref().unwrap_or(SITE_LANG)
    }

    /// What site links on this page start with: "" or "/es".
    pub(crate) fn prefix(&self) -> String {
        self.lang
            .as_ref()
            .map_or_else(String::new, |l| format!("/{l}"))
    }

    /// The page's URL at site path `path` ("/", "/region/iraq") in `lang` (None: the site's).
    pub(crate) fn url_in(&self, lang: Option<&str>, path: &str) -> String {
        match lang {
            Some(l) => format!("{}/{l}{path}", self.base),
            None => format!("{}{path}", self.base),
        }
    }

    /// The header and footer in the page's language, with a language menu offering the page at
    /// site path `path` in every language the site is read in.
    pub(crate) fn site_at(&self, path: &str) -> SiteView {
        let mut links = Vec::new();
        if !self.languages.is_empty() {
            links.push(LanguageLink {
                lang: SITE_LANG.to_owned(),
                name: language_name(SITE_LANG),
                url: self.url_in(None, path),
                current: self.lang.is_none(),
                original: true,
            });
            links.extend(self.languages.iter().map(|l| LanguageLink {
                lang: l.clone(),
                name: language_name(l),
                url: self.url_in(Some(l), path),
                current: self.lang.as_deref() == Some(l.as_str()),
                original: false,
            }));
        }
        self.site_with(links)
    }

    /// The header and footer in the page's language with the language menu given.
    pub(crate) fn site_with(&self, languages: Vec<LanguageLink>) -> SiteView {
        let lang = self.page_lang();
        SiteView {
            lang: lang.to_owned(),
            dir: text_direction(lang).to_owned(),
            prefix: self.prefix(),
            home: format!("{}/", self.prefix()),
            languages,
            ..site_view(&self.settings)
        }
    }

    /// The navigation, its links in the page's edition.
    pub(crate) fn nav(&self) -> Nav {
        with_prefix(nav(&self.tax), &self.prefix())
    }

    /// The cards of `articles` in the page's language: the translation's title and standfirst
    /// where one exists (`texts`, from [`Ctx::card_texts`]), else the original's, marked with
    /// its language.
    pub(crate) fn cards(
        &self,
        articles: &[Article],
        texts: &HashMap<i64, CardText>,
        i18n: &Catalogues,
    ) -> Vec<ArticleCard> {
        let page_lang = self.page_lang();
        let prefix = self.prefix();
        articles
            .iter()
            .map(|a| {
                let mut c = card(a, &self.tax, i18n, page_lang);
                let mut links = [&mut c.authors, &mut c.regions, &mut c.themes];
                for list in &mut links {
                    for l in list.iter_mut() {
                        l.url.insert_str(0, &prefix);
                    }
                }
                if let Some(source) = c.source.as_mut() {
                    source.url.insert_str(0, &prefix);
                }
                match texts.get(&a.id.0) {
                    Some(t) => {
                        c.title = t.title.clone();
                        c.standfirst = t.standfirst.clone();
                        c.url = format!("{prefix}/{}", a.slug);
                        let kept = kept_in_original(t);
                        let original = || Some(a.language.to_string());
                        c.title_lang = kept.contains(&Part::Title).then(original).flatten();
                        c.standfirst_lang =
                            kept.contains(&Part::Standfirst).then(original).flatten();
                    }
                    None if a.language.as_str() != page_lang => {
                        c.lang = Some(a.language.to_string());
                        c.language_name = Some(language_name(a.language.as_str()));
                    }
                    None => {}
                }
                c
            })
            .collect()
    }

    /// The translations the page's cards of `articles` show (none on the site's own pages).
    pub(crate) async fn card_texts(
        &self,
        conn: &mut AnyConnection,
        articles: &[Article],
    ) -> AppResult<HashMap<i64, CardText>> {
        match &self.lang {
            Some(lang) => {
                let ids: Vec<i64> = articles.iter().map(|a| a.id.0).collect();
                Ok(gazette_store::translations::card_texts(conn, lang, &ids).await?)
            }
            None => Ok(HashMap::new()),
        }
    }

    /// The tags of a page in this edition showing `articles`: their translations into the
    /// edition's language as well as the articles themselves.
    pub(crate) fn article_tags<'a>(
        &self,
        articles: impl IntoIterator<Item = &'a Article>,
    ) -> Vec<CacheTag> {
        let lang = self.lang.as_deref().and_then(TagLang::new);
        let mut tags = Vec::new();
        for a in articles {
            tags.push(CacheTag::Article(a.id));
            if let Some(lang) = lang {
                tags.push(CacheTag::ArticleIn(a.id, lang));
            }
        }
        tags
    }
}

impl crate::Core {
    /// The context of a reader page in the edition `lang` (None: the site's own language),
    /// with the languages the site is read in; `NotFound` when the site has no such edition.
    pub(crate) async fn page_ctx(
        &self,
        conn: &mut AnyConnection,
        lang: Option<&str>,
    ) -> AppResult<Ctx> {
        let ctx = self.article_ctx(conn, lang).await?;
        match &ctx.lang {
            Some(lang) if !ctx.languages.contains(lang) => {
                Err(crate::AppError::NotFound(format!("the site in {lang:?}")))
            }
            _ => Ok(ctx),
        }
    }

    /// Like [`Core::page_ctx`], for an article's page, whose translation decides whether it
    /// exists: a withdrawn article's translation is gone (410) even when it was the last page
    /// of its edition.
    pub(crate) async fn article_ctx(
        &self,
        conn: &mut AnyConnection,
        lang: Option<&str>,
    ) -> AppResult<Ctx> {
        let mut ctx = Ctx::load(conn, self.base_url()).await?;
        let config = &self.config().translation;
        ctx.languages = self
            .published_languages
            .get(conn)
            .await?
            .iter()
            .filter(|l| *l != SITE_LANG && config.shows(l))
            .cloned()
            .collect();
        if let Some(lang) = lang {
            let known = gazette_translate::languages::lookup(lang)
                .filter(|l| l.code.eq_ignore_ascii_case(lang) && config.shows(l.code))
                .ok_or_else(|| crate::AppError::NotFound(format!("the site in {lang:?}")))?;
            ctx.lang = Some(known.code.to_owned());
            // The site's own words in the edition: names, tagline, blurbs, where translated.
            let texts = crate::translations::SiteTexts::load(conn, known.code).await?;
            ctx.settings = texts.settings(&ctx.settings);
            ctx.tax = texts.taxonomies(&ctx.tax);
        }
        Ok(ctx)
    }
}

/// The languages with a published translation, which every page's language menu lists: read
/// once after each change rather than on every page built (a scan of the translations).
///
/// Any change this process makes or hears forgets the list ([`Core::invalidate_local`]); a
/// read that raced with a change is not kept, since it may predate it.
#[derive(Debug, Default)]
pub(crate) struct PublishedLanguages {
    state: std::sync::Mutex<(u64, Option<std::sync::Arc<Vec<String>>>)>,
}

impl PublishedLanguages {
    pub(crate) async fn get(
        &self,
        conn: &mut AnyConnection,
    ) -> AppResult<std::sync::Arc<Vec<String>>> {
        let generation = {
            let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(known) = &state.1 {
                return Ok(known.clone());
            }
            state.0
        };
        let read =
            std::sync::Arc::new(gazette_store::translations::published_languages(conn).await?);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.0 == generation {
            state.1 = Some(read.clone());
        }
        Ok(read)
    }

    pub(crate) fn forget(&self) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.0 += 1;
        state.1 = None;
    }
}

/// `nav` with every link starting with `prefix` ("/es").
fn with_prefix(mut nav: Nav, prefix: &str) -> Nav {
    if prefix.is_empty() {
        return nav;
    }
    for r in &mut nav.regions {
        r.url.insert_str(0, prefix);
        for c in &mut r.children {
            c.url.insert_str(0, prefix);
        }
    }
    for l in nav.themes.iter_mut().chain(&mut nav.reports) {
        l.url.insert_str(0, prefix);
    }
    nav
}

/// "rtl" for languages written right to left, else "ltr".
pub(crate) fn text_direction(lang: &str) -> &'static str {
    gazette_translate::languages::lookup(lang).map_or("ltr", |l| l.direction().as_str())
}

/// A language's name in itself, or its tag where the table does not know it.
pub(crate) fn language_name(lang: &str) -> String {
    gazette_translate::languages::lookup(lang)
        .map_or_else(|| lang.to_owned(), |l| l.native_name.to_owned())
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
        prefix: String::new(),
        home: "/".into(),
        languages: Vec::new(),
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
        lang: None,
        language_name: None,
        title_lang: None,
        standfirst_lang: None,
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

/// The parts of a translation's card text left in the original language.
pub(crate) fn kept_in_original(t: &CardText) -> Vec<Part> {
    if t.untranslated == "[]" {
        return Vec::new();
    }
    crate::translations::untranslated::decode(&t.untranslated)
        .into_iter()
        .map(|s| s.part)
        .collect()
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

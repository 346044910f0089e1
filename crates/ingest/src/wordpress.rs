//! WordPress exports (WXR 1.0–1.2, what Tools › Export writes): the site, its authors,
//! categories and tags, posts and pages, and the attachments that serve as featured images.
//!
//! The export is read as a stream of XML events, never as a tree, so a file with tens of
//! thousands of posts costs one post's worth of memory at a time. Reading happens in two passes
//! over the same bytes: [`scan`] checks the whole file and collects what every post refers to
//! (authors, terms, attachments, counts), so a broken export is refused before anything is
//! written; [`WxrItems`] then yields posts and pages one by one.
//!
//! Post content is WordPress's own: "autop" text with shortcodes, or Gutenberg block markup.
//! [`content_to_html`] turns either into plain HTML; the caller still sanitises it.
//!
//! Nothing here knows Gazette's domain or storage: the importer maps these structs.

use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::sync::LazyLock;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use regex::Regex;
use time::{OffsetDateTime, PrimitiveDateTime};

/// The site the export came from, and everything posts refer to by id or slug.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WxrSite {
    pub title: String,
    /// `wp:base_blog_url` (else `wp:base_site_url`, else the channel's link), without a
    /// trailing slash: the address the old URLs were on.
    pub site_url: String,
    pub language: Option<String>,
    pub wxr_version: String,
    pub authors: Vec<WxrAuthor>,
    pub categories: Vec<WxrTerm>,
    pub tags: Vec<WxrTerm>,
    /// Attachments by post id: what `_thumbnail_id` points at.
    pub attachments: HashMap<String, WxrAttachment>,
    /// How many posts and pages [`WxrItems`] will yield.
    pub posts: usize,
    pub pages: usize,
    /// Items of other types (revisions, menu items, custom post types), which are not read.
    pub other_items: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WxrAuthor {
    pub id: String,
    /// What posts name in `dc:creator`.
    pub login: String,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
}

/// A category or a tag.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WxrTerm {
    pub id: String,
    /// The `nicename`, as posts name it.
    pub slug: String,
    pub name: String,
    pub description: String,
    /// The parent category's slug.
    pub parent: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WxrAttachment {
    pub url: String,
    /// `_wp_attachment_image_alt`.
    pub alt: String,
    pub title: String,
    /// The attachment's caption (its excerpt).
    pub caption: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WxrPostType {
    Post,
    Page,
}

/// A post or a page.
#[derive(Debug, Clone, PartialEq)]
pub struct WxrItem {
    /// `wp:post_id`: the key of the record in the export.
    pub id: String,
    pub post_type: WxrPostType,
    pub title: String,
    /// The permalink, absolute (`?p=12` for drafts).
    pub link: String,
    /// `wp:post_name`; empty for many drafts.
    pub slug: String,
    /// `publish`, `draft`, `pending`, `private`, `future`, `trash`…, as WordPress wrote it.
    pub status: String,
    /// `wp:post_date_gmt`; absent for drafts never saved with a date.
    pub published: Option<OffsetDateTime>,
    /// The author's login.
    pub creator: String,
    /// `content:encoded` as WordPress stored it; see [`content_to_html`].
    pub content: String,
    pub excerpt: String,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    /// The featured image's attachment id.
    pub thumbnail_id: Option<String>,
}

/// Why an export cannot be read; the message names the place or the record.
#[derive(Debug, thiserror::Error)]
pub enum WxrError {
    #[error("line {line}: {message}")]
    Xml { line: u64, message: String },
    #[error("not a WordPress export: {0}")]
    NotWxr(String),
    #[error("item {index} ({title:?}) at line {line}: {problem}")]
    Item {
        /// 1-based, counting every `<item>`.
        index: usize,
        title: String,
        line: u64,
        problem: String,
    },
}

/// Reads the whole export once, checking every item, and returns the site with its authors,
/// terms and attachments. Nothing is kept of the posts' content.
pub fn scan<R: BufRead>(source: R) -> Result<WxrSite, WxrError> {
    let mut parser = Parser::new(source);
    while let Some(item) = parser.next_item()? {
        match item.post_type {
            WxrPostType::Post => parser.site.posts += 1,
            WxrPostType::Page => parser.site.pages += 1,
        }
    }
    parser.finish()
}

/// Posts and pages, one at a time, in the order of the export.
pub struct WxrItems<R> {
    parser: Parser<R>,
    done: bool,
}

impl<R: BufRead> WxrItems<R> {
    pub fn new(source: R) -> Self {
        Self {
            parser: Parser::new(source),
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for WxrItems<R> {
    type Item = Result<WxrItem, WxrError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.parser.next_item() {
            Ok(Some(item)) => Some(Ok(item)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Both passes at once, for exports small enough to hold (tests, previews).
pub fn parse(xml: &str) -> Result<(WxrSite, Vec<WxrItem>), WxrError> {
    let site = scan(xml.as_bytes())?;
    let items = WxrItems::new(xml.as_bytes()).collect::<Result<_, _>>()?;
    Ok((site, items))
}

// ---------------------------------------------------------------------------------------------
// The event reader
// ---------------------------------------------------------------------------------------------

/// Counts the lines the XML reader has consumed, so errors can say where they are without the
/// file being held or read twice.
struct Lines<R> {
    inner: R,
    line: u64,
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.line += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Lines<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        // `fill_buf` after a `fill_buf` that returned these bytes hands back the same buffer
        // without reading, so this only looks at what is being consumed.
        if let Ok(buf) = self.inner.fill_buf() {
            let end = amt.min(buf.len());
            self.line += memchr::memchr_iter(b'\n', &buf[..end]).count() as u64;
        }
        self.inner.consume(amt);
    }
}

/// The namespaces WXR uses, told apart by URI rather than by prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    None,
    Wp,
    Content,
    Excerpt,
    Dc,
    Other,
}

fn classify(ns: &ResolveResult<'_>) -> Ns {
    match ns {
        ResolveResult::Bound(n) => {
            let uri = n.0;
            if uri.starts_with("http://wordpress.org/export/") {
                if uri.trim_end_matches('/').ends_with("/excerpt") {
                    Ns::Excerpt
                } else {
                    Ns::Wp
                }
            } else if uri == "http://purl.org/rss/1.0/modules/content/" {
                Ns::Content
            } else if uri == "http://purl.org/dc/elements/1.1/" {
                Ns::Dc
            } else {
                Ns::Other
            }
        }
        ResolveResult::Unbound => Ns::None,
        ResolveResult::Unknown(_) => Ns::Other,
    }
}

#[derive(Debug, Clone)]
struct El {
    ns: Ns,
    name: String,
}

impl El {
    fn is(&self, ns: Ns, name: &str) -> bool {
        self.ns == ns && self.name == name
    }
}

/// What the reader is inside of, at the channel's level.
#[derive(Debug)]
enum Record {
    None,
    Author(WxrAuthor),
    Category(WxrTerm),
    Tag(WxrTerm),
    Term { taxonomy: String, term: WxrTerm },
    Item(Box<ItemDraft>),
}

#[derive(Debug, Default)]
struct ItemDraft {
    line: u64,
    id: String,
    post_type: String,
    title: String,
    link: String,
    slug: String,
    status: String,
    date_gmt: String,
    date_local: String,
    creator: String,
    content: String,
    excerpt: String,
    categories: Vec<String>,
    tags: Vec<String>,
    attachment_url: String,
    meta_key: String,
    meta_value: String,
    meta: Vec<(String, String)>,
    /// The `category` element being read: its domain and nicename.
    category: Option<(String, String)>,
}

struct Parser<R> {
    reader: NsReader<Lines<R>>,
    buf: Vec<u8>,
    stack: Vec<El>,
    text: String,
    record: Record,
    site: WxrSite,
    base_blog_url: String,
    base_site_url: String,
    channel_link: String,
    items_seen: usize,
    saw_rss: bool,
    saw_channel: bool,
}

impl<R: BufRead> Parser<R> {
    fn new(source: R) -> Self {
        let mut reader = NsReader::from_reader(Lines {
            inner: source,
            line: 1,
        });
        // Titles in the wild carry a bare `&` now and then; WordPress escapes most but not all.
        reader.config_mut().allow_dangling_amp = true;
        Self {
            reader,
            buf: Vec::with_capacity(64 * 1024),
            stack: Vec::with_capacity(8),
            text: String::new(),
            record: Record::None,
            site: WxrSite::default(),
            base_blog_url: String::new(),
            base_site_url: String::new(),
            channel_link: String::new(),
            items_seen: 0,
            saw_rss: false,
            saw_channel: false,
        }
    }

    fn line(&self) -> u64 {
        self.reader.get_ref().line
    }

    fn xml_error(&self, message: impl std::fmt::Display) -> WxrError {
        WxrError::Xml {
            line: self.line(),
            message: message.to_string(),
        }
    }

    /// The next post or page, or `None` at the end of the document.
    fn next_item(&mut self) -> Result<Option<WxrItem>, WxrError> {
        loop {
            self.buf.clear();
            let (ns, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok((ns, event)) => (classify(&ns), event.into_owned()),
                Err(e) => return Err(self.xml_error(e)),
            };
            match event {
                Event::Start(start) => self.start(ns, &start)?,
                Event::Empty(start) => {
                    self.start(ns, &start)?;
                    if let Some(item) = self.end()? {
                        return Ok(Some(item));
                    }
                }
                Event::End(_) => {
                    if let Some(item) = self.end()? {
                        return Ok(Some(item));
                    }
                }
                Event::Text(t) => self.text.push_str(&t.xml10_content()),
                Event::CData(t) => self.text.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => self.text.push(c),
                        Ok(None) => match &*r {
                            "amp" => self.text.push('&'),
                            "lt" => self.text.push('<'),
                            "gt" => self.text.push('>'),
                            "quot" => self.text.push('"'),
                            "apos" => self.text.push('\''),
                            // An HTML entity WordPress let through: kept as written, for the
                            // HTML it ends up in to read.
                            other => {
                                self.text.push('&');
                                self.text.push_str(other);
                                self.text.push(';');
                            }
                        },
                        Err(e) => return Err(self.xml_error(e)),
                    }
                }
                Event::Eof => {
                    if !self.stack.is_empty() {
                        let open = self
                            .stack
                            .last()
                            .map(|e| e.name.clone())
                            .unwrap_or_default();
                        return Err(self.xml_error(format!(
                            "the file ends inside <{open}>: it was cut short"
                        )));
                    }
                    return Ok(None);
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            }
        }
    }

    fn start(&mut self, ns: Ns, start: &BytesStart<'_>) -> Result<(), WxrError> {
        let el = El {
            ns,
            name: start.local_name().as_ref().to_owned(),
        };
        self.text.clear();
        let depth = self.stack.len();
        match depth {
            0 if !el.is(Ns::None, "rss") => {
                return Err(WxrError::NotWxr(format!(
                    "the document is <{}>, not an RSS document as WordPress writes",
                    start.name().as_ref()
                )));
            }
            0 => self.saw_rss = true,
            1 if el.is(Ns::None, "channel") => self.saw_channel = true,
            2 => {
                self.record = match (el.ns, el.name.as_str()) {
                    (Ns::Wp, "author") => Record::Author(WxrAuthor::default()),
                    (Ns::Wp, "category") => Record::Category(WxrTerm::default()),
                    (Ns::Wp, "tag") => Record::Tag(WxrTerm::default()),
                    (Ns::Wp, "term") => Record::Term {
                        taxonomy: String::new(),
                        term: WxrTerm::default(),
                    },
                    (Ns::None, "item") => {
                        self.items_seen += 1;
                        Record::Item(Box::new(ItemDraft {
                            line: self.line(),
                            ..ItemDraft::default()
                        }))
                    }
                    _ => Record::None,
                }
            }
            3 if el.is(Ns::None, "category") && matches!(self.record, Record::Item(_)) => {
                let mut domain = String::new();
                let mut nicename = String::new();
                for attr in start.attributes().flatten() {
                    let value = attr
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| self.xml_error(e))?
                        .into_owned();
                    match attr.key.as_ref() {
                        "domain" => domain = value,
                        "nicename" => nicename = value,
                        _ => {}
                    }
                }
                if let Record::Item(item) = &mut self.record {
                    item.category = Some((domain, nicename));
                }
            }
            _ => {}
        }
        self.stack.push(el);
        Ok(())
    }

    /// Closes the innermost element; returns a finished post or page.
    fn end(&mut self) -> Result<Option<WxrItem>, WxrError> {
        let Some(el) = self.stack.pop() else {
            return Err(self.xml_error("a closing tag with nothing open"));
        };
        let text = std::mem::take(&mut self.text);
        let depth = self.stack.len();
        match depth {
            // Children of <channel>: either the site's own fields or a record ending.
            2 => match std::mem::replace(&mut self.record, Record::None) {
                Record::None => self.channel_field(&el, text),
                Record::Author(a) => self.site.authors.push(a),
                Record::Category(t) => push_term(&mut self.site.categories, t),
                Record::Tag(t) => push_term(&mut self.site.tags, t),
                Record::Term { taxonomy, term } => match taxonomy.as_str() {
                    "category" => push_term(&mut self.site.categories, term),
                    "post_tag" => push_term(&mut self.site.tags, term),
                    _ => {}
                },
                Record::Item(item) => return self.finish_item(*item),
            },
            3 => self.record_field(&el, text),
            4 => {
                if let Record::Item(item) = &mut self.record
                    && self.stack[3].is(Ns::Wp, "postmeta")
                {
                    if el.is(Ns::Wp, "meta_key") {
                        item.meta_key = text;
                    } else if el.is(Ns::Wp, "meta_value") {
                        item.meta_value = text;
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn channel_field(&mut self, el: &El, text: String) {
        match (el.ns, el.name.as_str()) {
            (Ns::None, "title") => self.site.title = text.trim().to_owned(),
            (Ns::None, "link") => self.channel_link = text.trim().to_owned(),
            (Ns::None, "language") => {
                self.site.language = Some(text.trim().to_owned()).filter(|l| !l.is_empty())
            }
            (Ns::Wp, "wxr_version") => self.site.wxr_version = text.trim().to_owned(),
            (Ns::Wp, "base_site_url") => self.base_site_url = text.trim().to_owned(),
            (Ns::Wp, "base_blog_url") => self.base_blog_url = text.trim().to_owned(),
            _ => {}
        }
    }

    fn record_field(&mut self, el: &El, text: String) {
        let wp = el.ns == Ns::Wp;
        match &mut self.record {
            Record::None => {}
            Record::Author(a) if wp => match el.name.as_str() {
                "author_id" => a.id = text.trim().to_owned(),
                "author_login" => a.login = text.trim().to_owned(),
                "author_display_name" => a.display_name = text.trim().to_owned(),
                "author_first_name" => a.first_name = text.trim().to_owned(),
                "author_last_name" => a.last_name = text.trim().to_owned(),
                _ => {}
            },
            Record::Category(t) if wp => match el.name.as_str() {
                "term_id" => t.id = text.trim().to_owned(),
                "category_nicename" => t.slug = text.trim().to_owned(),
                "category_parent" => {
                    t.parent = Some(text.trim().to_owned()).filter(|p| !p.is_empty())
                }
                "cat_name" => t.name = text.trim().to_owned(),
                "category_description" => t.description = text.trim().to_owned(),
                _ => {}
            },
            Record::Tag(t) if wp => match el.name.as_str() {
                "term_id" => t.id = text.trim().to_owned(),
                "tag_slug" => t.slug = text.trim().to_owned(),
                "tag_name" => t.name = text.trim().to_owned(),
                "tag_description" => t.description = text.trim().to_owned(),
                _ => {}
            },
            Record::Term { taxonomy, term } if wp => match el.name.as_str() {
                "term_id" => term.id = text.trim().to_owned(),
                "term_taxonomy" => *taxonomy = text.trim().to_owned(),
                "term_slug" => term.slug = text.trim().to_owned(),
                "term_parent" => {
                    term.parent = Some(text.trim().to_owned()).filter(|p| !p.is_empty())
                }
                "term_name" => term.name = text.trim().to_owned(),
                "term_description" => term.description = text.trim().to_owned(),
                _ => {}
            },
            Record::Item(item) => match (el.ns, el.name.as_str()) {
                (Ns::None, "title") => item.title = text.trim().to_owned(),
                (Ns::None, "link") => item.link = text.trim().to_owned(),
                (Ns::None, "category") => {
                    if let Some((domain, nicename)) = item.category.take() {
                        let slug = if nicename.is_empty() {
                            text.trim().to_owned()
                        } else {
                            nicename
                        };
                        let list = match domain.as_str() {
                            "category" => &mut item.categories,
                            "post_tag" => &mut item.tags,
                            _ => return,
                        };
                        if !slug.is_empty() && !list.contains(&slug) {
                            list.push(slug);
                        }
                    }
                }
                (Ns::Dc, "creator") => item.creator = text.trim().to_owned(),
                (Ns::Content, "encoded") => item.content = text,
                (Ns::Excerpt, "encoded") => item.excerpt = text.trim().to_owned(),
                (Ns::Wp, "post_id") => item.id = text.trim().to_owned(),
                (Ns::Wp, "post_type") => item.post_type = text.trim().to_owned(),
                (Ns::Wp, "post_name") => item.slug = text.trim().to_owned(),
                (Ns::Wp, "status") => item.status = text.trim().to_owned(),
                (Ns::Wp, "post_date_gmt") => item.date_gmt = text.trim().to_owned(),
                (Ns::Wp, "post_date") => item.date_local = text.trim().to_owned(),
                (Ns::Wp, "attachment_url") => item.attachment_url = text.trim().to_owned(),
                (Ns::Wp, "postmeta") => {
                    let key = std::mem::take(&mut item.meta_key);
                    let value = std::mem::take(&mut item.meta_value);
                    if matches!(key.as_str(), "_thumbnail_id" | "_wp_attachment_image_alt") {
                        item.meta.push((key, value));
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }

    fn finish_item(&mut self, d: ItemDraft) -> Result<Option<WxrItem>, WxrError> {
        let index = self.items_seen;
        let fail = |problem: String| WxrError::Item {
            index,
            title: d.title.clone(),
            line: d.line,
            problem,
        };
        let meta = |key: &str| {
            d.meta
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_owned())
        };
        let post_type = match d.post_type.as_str() {
            "post" => WxrPostType::Post,
            "page" => WxrPostType::Page,
            "attachment" => {
                if d.id.is_empty() {
                    return Err(fail("the attachment has no wp:post_id".into()));
                }
                self.site.attachments.insert(
                    d.id.clone(),
                    WxrAttachment {
                        url: if d.attachment_url.is_empty() {
                            d.link.clone()
                        } else {
                            d.attachment_url.clone()
                        },
                        alt: meta("_wp_attachment_image_alt").unwrap_or_default(),
                        title: d.title.clone(),
                        caption: d.excerpt.clone(),
                    },
                );
                return Ok(None);
            }
            "" => return Err(fail("it has no wp:post_type".into())),
            _ => {
                self.site.other_items += 1;
                return Ok(None);
            }
        };
        if d.id.is_empty() || !d.id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(format!("wp:post_id {:?} is not a post number", d.id)));
        }
        let published = match parse_wp_date(&d.date_gmt) {
            Ok(Some(t)) => Some(t),
            // Some exporters leave the GMT date empty; the local one is the best there is.
            Ok(None) => parse_wp_date(&d.date_local).map_err(|raw| {
                fail(format!(
                    "wp:post_date {raw:?} is not a date like \"2024-03-01 09:30:00\""
                ))
            })?,
            Err(raw) => {
                return Err(fail(format!(
                    "wp:post_date_gmt {raw:?} is not a date like \"2024-03-01 09:30:00\""
                )));
            }
        };
        Ok(Some(WxrItem {
            thumbnail_id: meta("_thumbnail_id").filter(|v| !v.is_empty() && v != "0"),
            id: d.id,
            post_type,
            title: d.title,
            link: d.link,
            slug: d.slug,
            status: d.status,
            published,
            creator: d.creator,
            content: d.content,
            excerpt: d.excerpt,
            categories: d.categories,
            tags: d.tags,
        }))
    }

    fn finish(mut self) -> Result<WxrSite, WxrError> {
        if !self.saw_rss || !self.saw_channel {
            return Err(WxrError::NotWxr("there is no <rss><channel>".into()));
        }
        if self.site.wxr_version.is_empty() {
            return Err(WxrError::NotWxr(
                "the channel has no <wp:wxr_version>; export the site with Tools › Export".into(),
            ));
        }
        let url = [&self.base_blog_url, &self.base_site_url, &self.channel_link]
            .into_iter()
            .find(|u| !u.is_empty())
            .cloned()
            .unwrap_or_default();
        self.site.site_url = url.trim_end_matches('/').to_owned();
        Ok(self.site)
    }
}

/// Terms are listed twice in some exports (`wp:category` and `wp:term`); the first one wins.
fn push_term(list: &mut Vec<WxrTerm>, term: WxrTerm) {
    if !term.slug.is_empty() && !list.iter().any(|t| t.slug == term.slug) {
        list.push(term);
    }
}

/// `2024-03-01 09:30:00` as UTC; `None` for empty or WordPress's zero date. `Err` gives back the
/// text that is neither.
fn parse_wp_date(raw: &str) -> Result<Option<OffsetDateTime>, String> {
    if raw.is_empty() || raw.starts_with("0000-00-00") {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    PrimitiveDateTime::parse(raw, format)
        .map(|t| Some(t.assume_utc()))
        .map_err(|_| raw.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Content: Gutenberg blocks, shortcodes, autop
// ---------------------------------------------------------------------------------------------

/// Turns a post's stored content into HTML the way WordPress would have shown it, minus what
/// only WordPress can render:
///
/// - Gutenberg block comments (`<!-- wp:paragraph -->`) are dropped; block content is already
///   HTML, so it is not run through autop (WordPress does not either).
/// - `[caption]` becomes a `<figure>` with its `<figcaption>`; `[embed]URL[/embed]` a link.
///   Other shortcodes are dropped and their inner text kept. A bracketed word is taken for a
///   shortcode only when WordPress ships it, when it is closed (`[x]…[/x]`), or when it has
///   attributes or a closing slash, so "[sic]" and "[1]" stay as written.
/// - Classic content goes through autop: blank lines make paragraphs, single newlines `<br>`,
///   except inside `<pre>` and around block-level tags.
///
/// The result is not sanitised; the caller does that.
pub fn content_to_html(content: &str) -> String {
    let content = content.replace("\r\n", "\n").replace('\r', "\n");
    let has_blocks = content.contains("<!-- wp:");
    let without_blocks = BLOCK_COMMENT.replace_all(&content, "");
    let expanded = expand_shortcodes(&without_blocks);
    if has_blocks {
        expanded.trim().to_owned()
    } else {
        autop(&expanded)
    }
}

static BLOCK_COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--[ \t\n]*/?wp:[^>]*?-->").expect("a valid block-comment pattern")
});

/// Shortcodes WordPress itself registers; any of these is a shortcode even when bare.
const CORE_SHORTCODES: &[&str] = &[
    "caption",
    "wp_caption",
    "gallery",
    "audio",
    "video",
    "playlist",
    "embed",
];

/// One `[name attrs]` or `[/name]` found in the text.
#[derive(Debug)]
struct Shortcode<'a> {
    start: usize,
    end: usize,
    name: &'a str,
    attrs: &'a str,
    closing: bool,
    self_closing: bool,
}

fn find_shortcodes(text: &str) -> Vec<Shortcode<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr::memchr(b'[', &bytes[i..]) {
        let start = i + offset;
        i = start + 1;
        // `[[x]]` is WordPress's escape for a literal `[x]`.
        if bytes.get(start + 1) == Some(&b'[') {
            i = start + 2;
            continue;
        }
        let Some(len) = memchr::memchr2(b']', b'[', &bytes[start + 1..]) else {
            break;
        };
        let close = start + 1 + len;
        if bytes[close] != b']' {
            continue;
        }
        let inner = &text[start + 1..close];
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let name_len = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(inner.len());
        let name = &inner[..name_len];
        let rest = &inner[name_len..];
        let starts_with_letter = name.starts_with(|c: char| c.is_ascii_alphabetic());
        if !starts_with_letter || !(rest.is_empty() || rest.starts_with([' ', '\t', '\n', '/'])) {
            continue;
        }
        let self_closing = rest.trim_end().ends_with('/');
        out.push(Shortcode {
            start,
            end: close + 1,
            name,
            attrs: rest.trim().trim_end_matches('/').trim(),
            closing,
            self_closing,
        });
    }
    out
}

/// Expands shortcodes in one pass over the text: each opening tag is paired with the next
/// closing tag of the same name, if any.
fn expand_shortcodes(text: &str) -> String {
    if !text.contains('[') {
        return text.to_owned();
    }
    let codes = find_shortcodes(text);
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut k = 0;
    while k < codes.len() {
        let code = &codes[k];
        if code.start < pos {
            k += 1;
            continue;
        }
        let partner = if code.closing || code.self_closing {
            None
        } else {
            codes[k + 1..]
                .iter()
                .position(|c| c.closing && c.name == code.name)
                .map(|p| k + 1 + p)
        };
        let known = CORE_SHORTCODES.contains(&code.name);
        let is_shortcode = known
            || partner.is_some()
            || code.self_closing
            || !code.attrs.is_empty()
            || (code.closing && codes[..k].iter().any(|c| !c.closing && c.name == code.name));
        if !is_shortcode {
            k += 1;
            continue;
        }
        out.push_str(&unescape_brackets(&text[pos..code.start]));
        match partner {
            Some(p) => {
                let inner = &text[code.end..codes[p].start];
                let inner = expand_shortcodes(inner);
                out.push_str(&render_shortcode(code.name, code.attrs, &inner));
                pos = codes[p].end;
                k = p + 1;
            }
            None => {
                // A bare or self-closing shortcode (`[gallery ids="1,2"]`) has nothing to keep.
                pos = code.end;
                k += 1;
            }
        }
    }
    out.push_str(&unescape_brackets(&text[pos..]));
    out
}

fn unescape_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("[[") {
        std::borrow::Cow::Owned(text.replace("[[", "[").replace("]]", "]"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn render_shortcode(name: &str, attrs: &str, inner: &str) -> String {
    match name {
        "caption" | "wp_caption" => caption(attrs, inner),
        "embed" => {
            let url = inner.trim();
            if url.starts_with("http://") || url.starts_with("https://") {
                format!("\n\n<p><a href=\"{url}\">{url}</a></p>\n\n")
            } else {
                inner.to_owned()
            }
        }
        _ => inner.to_owned(),
    }
}

/// `[caption …]<a><img></a> Caption text[/caption]` → a figure. Old posts give the caption as
/// an attribute instead.
fn caption(attrs: &str, inner: &str) -> String {
    let inner = inner.trim();
    let media_end = if inner.starts_with("<a") {
        inner.find("</a>").map(|i| i + 4)
    } else if inner.starts_with("<img") {
        inner.find('>').map(|i| i + 1)
    } else {
        None
    };
    let (media, mut text) = match media_end {
        Some(end) => (&inner[..end], inner[end..].trim().to_owned()),
        None => ("", inner.to_owned()),
    };
    if text.is_empty()
        && let Some(attr) = attribute(attrs, "caption")
    {
        text = attr;
    }
    let caption = if text.is_empty() {
        String::new()
    } else {
        format!("<figcaption>{text}</figcaption>")
    };
    format!("\n\n<figure>{media}{caption}</figure>\n\n")
}

/// A shortcode attribute's value (`name="v"`, `name='v'` or `name=v`).
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let parsed = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
                _ => value.split_whitespace().next().unwrap_or(""),
            };
            return Some(parsed.to_owned());
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// Block-level elements: autop neither wraps them in `<p>` nor puts `<br>` next to them.
const BLOCKS: &str = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary";

static BLOCK_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(<(?:{BLOCKS})[ \t\n/>])")).expect("a valid block pattern")
});
static BLOCK_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(</(?:{BLOCKS})>)")).expect("a valid block pattern")
});
static ONLY_BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^</?(?:{BLOCKS})(?:[ \t\n/>]|$)")).expect("a valid block pattern")
});
static BLOCK_TAG_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)</?(?:{BLOCKS})(?:[ \t\n][^>]*)?/?>$"))
        .expect("a valid block pattern")
});
static BLOCK_TAG_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^</?(?:{BLOCKS})(?:[ \t\n][^>]*)?/?>"))
        .expect("a valid block pattern")
});
static PARAGRAPH_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n[ \t]*\n[ \t\n]*").expect("a valid break pattern"));

/// WordPress's automatic paragraphs, in the few rules that matter for stored content.
fn autop(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    // `<pre>` keeps its newlines: set aside, put back at the end.
    let mut pres = Vec::new();
    let text = set_aside_pre(text, &mut pres);
    // A newline inside a tag (`<img\nsrc=…>`) is not a line break.
    let text = join_lines_in_tags(&text);
    let text = BLOCK_OPEN.replace_all(&text, "\n\n$1");
    let text = BLOCK_CLOSE.replace_all(&text, "$1\n\n");
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for chunk in PARAGRAPH_BREAK.split(&text) {
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        if ONLY_BLOCK_TAG.is_match(chunk) {
            out.push_str(&line_breaks(chunk));
        } else {
            out.push_str("<p>");
            out.push_str(&line_breaks(chunk));
            out.push_str("</p>");
        }
        out.push('\n');
    }
    let mut out = out.trim_end().to_owned();
    for (i, pre) in pres.iter().enumerate() {
        out = out.replace(&pre_marker(i), pre);
    }
    out
}

fn pre_marker(i: usize) -> String {
    format!("<pre wp-pre-{i}></pre>")
}

fn set_aside_pre(text: &str, pres: &mut Vec<String>) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    while let Some(start) = lower[pos..].find("<pre").map(|i| pos + i) {
        let Some(end) = lower[start..].find("</pre>").map(|i| start + i + 6) else {
            break;
        };
        out.push_str(&text[pos..start]);
        out.push_str(&pre_marker(pres.len()));
        pres.push(text[start..end].to_owned());
        pos = end;
    }
    out.push_str(&text[pos..]);
    out
}

fn join_lines_in_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '\n' if in_tag => {
                out.push(' ');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Single newlines inside a paragraph become `<br>`, except next to a block-level tag.
fn line_breaks(chunk: &str) -> String {
    let lines: Vec<&str> = chunk.split('\n').map(str::trim_end).collect();
    let mut out = String::with_capacity(chunk.len() + lines.len() * 5);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        if let Some(next) = lines.get(i + 1) {
            let next = next.trim_start();
            if BLOCK_TAG_AT_END.is_match(line)
                || BLOCK_TAG_AT_START.is_match(next)
                || line.ends_with("<br>")
                || line.ends_with("<br />")
            {
                out.push('\n');
            } else {
                out.push_str("<br>\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
    xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
    <title>Lakeside Ledger</title>
    <link>https://ledger.example</link>
    <language>en-GB</language>
    <wp:wxr_version>1.2</wp:wxr_version>
    <wp:base_site_url>https://ledger.example</wp:base_site_url>
    <wp:base_blog_url>https://ledger.example/</wp:base_blog_url>
    <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[mira]]></wp:author_login><wp:author_display_name><![CDATA[Mira Okafor]]></wp:author_display_name></wp:author>
    <wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>lakes</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Lakes & Rivers]]></wp:cat_name></wp:category>
    <wp:tag><wp:term_id>3</wp:term_id><wp:tag_slug>fishing</wp:tag_slug><wp:tag_name><![CDATA[Fishing]]></wp:tag_name></wp:tag>
    <wp:term><wp:term_id>2</wp:term_id><wp:term_taxonomy>category</wp:term_taxonomy><wp:term_slug>lakes</wp:term_slug><wp:term_name>Lakes</wp:term_name></wp:term>
    <item>
        <title>Ice &amp; the ferry</title>
        <link>https://ledger.example/2024/01/ice-ferry/</link>
        <dc:creator><![CDATA[mira]]></dc:creator>
        <content:encoded><![CDATA[First line
second line

Another paragraph.]]></content:encoded>
        <excerpt:encoded><![CDATA[The ferry waits.]]></excerpt:encoded>
        <wp:post_id>10</wp:post_id>
        <wp:post_date_gmt>2024-01-15 07:45:00</wp:post_date_gmt>
        <wp:post_name>ice-ferry</wp:post_name>
        <wp:status>publish</wp:status>
        <wp:post_type>post</wp:post_type>
        <category domain="category" nicename="lakes"><![CDATA[Lakes]]></category>
        <category domain="post_tag" nicename="fishing"><![CDATA[Fishing]]></category>
        <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>11</wp:meta_value></wp:postmeta>
    </item>
    <item>
        <title>ferry.jpg</title>
        <wp:post_id>11</wp:post_id>
        <wp:post_type>attachment</wp:post_type>
        <wp:attachment_url>https://ledger.example/wp-content/uploads/ferry.jpg</wp:attachment_url>
        <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>The ferry in ice</wp:meta_value></wp:postmeta>
    </item>
    <item>
        <title>Menu</title><wp:post_id>12</wp:post_id><wp:post_type>nav_menu_item</wp:post_type>
    </item>
    <item>
        <title>Draft thoughts</title>
        <link>https://ledger.example/?p=13</link>
        <wp:post_id>13</wp:post_id>
        <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
        <wp:status>draft</wp:status>
        <wp:post_type>page</wp:post_type>
    </item>
</channel>
</rss>"#;

    #[test]
    fn reads_site_terms_items_and_attachments() {
        let (site, items) = parse(EXPORT).unwrap();
        assert_eq!(site.title, "Lakeside Ledger");
        assert_eq!(site.site_url, "https://ledger.example");
        assert_eq!(site.authors[0].login, "mira");
        assert_eq!(site.authors[0].display_name, "Mira Okafor");
        assert_eq!(site.categories.len(), 1, "wp:term repeats wp:category");
        assert_eq!(site.categories[0].name, "Lakes & Rivers");
        assert_eq!(site.tags[0].slug, "fishing");
        assert_eq!((site.posts, site.pages, site.other_items), (1, 1, 1));
        assert_eq!(site.attachments["11"].alt, "The ferry in ice");
        assert_eq!(items.len(), 2);
        let post = &items[0];
        assert_eq!(post.title, "Ice & the ferry");
        assert_eq!(post.categories, ["lakes"]);
        assert_eq!(post.tags, ["fishing"]);
        assert_eq!(post.thumbnail_id.as_deref(), Some("11"));
        assert_eq!(
            post.published.unwrap(),
            time::macros::datetime!(2024-01-15 07:45:00 UTC)
        );
        assert_eq!(post.creator, "mira");
        assert_eq!(post.excerpt, "The ferry waits.");
        assert_eq!(items[1].post_type, WxrPostType::Page);
        assert_eq!(items[1].published, None);
    }

    #[test]
    fn broken_xml_names_the_line() {
        let broken = EXPORT.replace("</wp:post_name>", "</wp:post_nam>");
        let err = scan(broken.as_bytes()).unwrap_err();
        match err {
            WxrError::Xml { line, ref message } => {
                assert_eq!(line, 29, "{message}");
            }
            other => panic!("expected an XML error, got {other}"),
        }
    }

    #[test]
    fn truncated_file_is_refused() {
        let cut = &EXPORT[..EXPORT.find("<wp:post_type>attachment").unwrap()];
        let err = scan(cut.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("cut short"), "{err}");
    }

    #[test]
    fn bad_date_names_the_item() {
        let bad = EXPORT.replace("2024-01-15 07:45:00", "yesterday");
        let err = scan(bad.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("item 1 (\"Ice & the ferry\")"), "{err}");
        assert!(err.contains("\"yesterday\""), "{err}");
    }

    #[test]
    fn other_documents_are_not_exports() {
        assert!(matches!(
            scan("<html><body/></html>".as_bytes()),
            Err(WxrError::NotWxr(_))
        ));
        assert!(matches!(
            scan("<rss><channel><title>x</title></channel></rss>".as_bytes()),
            Err(WxrError::NotWxr(_))
        ));
        assert!(scan("".as_bytes()).is_err());
        assert!(scan(&[0xff, 0xfe, 0x00][..]).is_err());
    }

    #[test]
    fn autop_makes_paragraphs_and_breaks() {
        assert_eq!(
            content_to_html("First line\nsecond line\n\nAnother paragraph."),
            "<p>First line<br>\nsecond line</p>\n<p>Another paragraph.</p>"
        );
    }

    #[test]
    fn autop_leaves_blocks_and_pre_alone() {
        let html = content_to_html(
            "Intro\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre>a\n\nb</pre>\n\nEnd",
        );
        assert_eq!(
            html,
            "<p>Intro</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre>a\n\nb</pre>\n<p>End</p>"
        );
    }

    #[test]
    fn caption_becomes_figure() {
        let html = content_to_html(
            "Before.\n\n[caption id=\"attachment_11\" align=\"alignnone\" width=\"640\"]<img src=\"https://ledger.example/ferry.jpg\" alt=\"Ferry\" width=\"640\" /> The ferry at dawn[/caption]\n\nAfter.",
        );
        assert_eq!(
            html,
            "<p>Before.</p>\n<figure><img src=\"https://ledger.example/ferry.jpg\" alt=\"Ferry\" width=\"640\" />\n<figcaption>The ferry at dawn</figcaption>\n</figure>\n<p>After.</p>"
        );
    }

    #[test]
    fn old_caption_attribute_is_used() {
        let html = content_to_html(
            "[caption caption=\"Boats\" width=\"300\"]<a href=\"https://x.example/b.jpg\"><img src=\"https://x.example/b.jpg\" alt=\"\"></a>[/caption]",
        );
        assert!(html.contains("<figcaption>Boats</figcaption>"), "{html}");
        assert!(html.starts_with("<figure><a href"), "{html}");
    }

    #[test]
    fn unknown_shortcodes_keep_their_text_and_brackets_stay() {
        assert_eq!(
            content_to_html(
                "[pullquote align=\"left\"]Nobody came.[/pullquote] A note [sic] and [1]. [gallery ids=\"1,2\"] [[literal]]"
            ),
            "<p>Nobody came. A note [sic] and [1].  [literal]</p>"
        );
    }

    #[test]
    fn gutenberg_comments_are_dropped_without_autop() {
        let html = content_to_html(
            "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":11} -->\n<figure class=\"wp-block-image\"><img src=\"https://x.example/a.jpg\" alt=\"\"/></figure>\n<!-- /wp:image -->",
        );
        assert!(!html.contains("wp:"), "{html}");
        assert!(!html.contains("<br>"), "{html}");
        assert!(html.starts_with("<p>One</p>"), "{html}");
    }

    #[test]
    fn embed_becomes_a_link() {
        let html = content_to_html("Watch:\n\n[embed]https://video.example/v/1[/embed]");
        assert!(
            html.contains("<a href=\"https://video.example/v/1\">"),
            "{html}"
        );
    }

    #[test]
    fn unbalanced_and_odd_input_never_panics() {
        for raw in [
            "[",
            "]",
            "[/caption]",
            "[caption]",
            "[caption]<img",
            "[[[[",
            "<pre>",
            "<",
            "\n\n\n",
            "[a b='x]",
            "é[é]é",
        ] {
            let _ = content_to_html(raw);
        }
    }
}

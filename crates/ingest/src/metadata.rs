//! Article metadata from what pages state about themselves: JSON-LD (schema.org), OpenGraph
//! and other `<meta>` tags, `<link rel=canonical>`, `<html lang>`, bylines and `<time>`.
//! Structured data comes first because a site writes it for machines; visible bylines and
//! dates are the fallback.

use serde_json::Value;
use time::{Date, Month, OffsetDateTime, Time, UtcOffset};
use url::Url;

use crate::dom::{DOCUMENT, Dom};
use crate::extract::fold;

#[derive(Debug, Default)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<OffsetDateTime>,
    pub description: Option<String>,
    pub canonical_url: Option<String>,
    pub language: Option<String>,
    pub image: Option<String>,
    pub site_name: Option<String>,
    /// schema.org `articleBody`: the text as the site states it, for pages whose markup hides
    /// it (paywall overlays, text rendered by script).
    pub article_body: Option<String>,
}

/// schema.org types whose properties describe the article itself.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit('/').next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "Report"
                | "LiveBlogPosting"
                | "SocialMediaPosting"
                | "Blog"
                | "WebPage"
                | "ItemPage"
        )
}

#[derive(Default)]
struct Found {
    meta: Vec<(String, String)>,
    canonical: Option<String>,
    html_lang: Option<String>,
    title_tag: Option<String>,
    h1: Vec<String>,
    json_ld: Vec<Value>,
    bylines: Vec<String>,
    time: Option<String>,
}

pub(crate) fn read(dom: &Dom, base: Option<&Url>) -> Metadata {
    let mut f = Found::default();
    // Nodes inside a form or a comment section: the names there are commenters' (or a comment
    // form's "Name *" label), never the article's byline. Descendants come in document order,
    // so a node's parent is marked before it.
    let mut in_comments = vec![false; dom.nodes.len()];
    for id in dom.descendants(DOCUMENT) {
        let Some(tag) = dom.name(id) else { continue };
        let inherited = dom.nodes[id].parent.is_some_and(|p| in_comments[p]);
        in_comments[id] = inherited || &**tag == "form" || names_comments(dom, id);
        match &**tag {
            "meta" => {
                let key = dom
                    .attr(id, "property")
                    .or_else(|| dom.attr(id, "name"))
                    .or_else(|| dom.attr(id, "itemprop"))
                    .or_else(|| dom.attr(id, "http-equiv"));
                if let (Some(k), Some(v)) = (key, dom.attr(id, "content")) {
                    let v = v.trim();
                    if !v.is_empty() {
                        f.meta.push((k.trim().to_ascii_lowercase(), v.to_string()));
                    }
                }
            }
            "link" => {
                let rel = dom.attr(id, "rel").unwrap_or("");
                if rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                    && f.canonical.is_none()
                {
                    f.canonical = dom.attr(id, "href").map(str::to_string);
                }
            }
            "html" if f.html_lang.is_none() => {
                f.html_lang = dom
                    .attr(id, "lang")
                    .or_else(|| dom.attr(id, "xml:lang"))
                    .map(str::to_string);
            }
            "title" if f.title_tag.is_none() => {
                f.title_tag = Some(fold_keep_case(&dom.raw_text(id)));
            }
            "h1" => {
                let t = fold_keep_case(&dom.raw_text(id));
                if !t.is_empty() && f.h1.len() < 5 {
                    f.h1.push(t);
                }
            }
            "script"
                if dom
                    .attr(id, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let raw = dom.raw_text(id);
                let raw = raw
                    .trim()
                    .trim_start_matches("<!--")
                    .trim_end_matches("-->")
                    .trim();
                if let Ok(v) = serde_json::from_str::<Value>(raw) {
                    f.json_ld.push(v);
                }
            }
            "time" if f.time.is_none() => {
                f.time = dom.attr(id, "datetime").map(str::to_string);
            }
            _ => {}
        }
        // Bylines: marked up as authors by microdata, rel, or a class naming them.
        let class = dom.attr(id, "class").unwrap_or("");
        // The word test first: it rules out nearly every class in one pass, where the
        // substring tests (which keep mixed-case words like `AuThor` out) would take four.
        let is_byline = dom.attr(id, "rel") == Some("author")
            || dom.attr(id, "itemprop") == Some("author")
            || class.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| {
                t.eq_ignore_ascii_case("byline")
                    || t.eq_ignore_ascii_case("author")
                    || t.eq_ignore_ascii_case("authors")
            }) && (class.contains("uthor")
                || class.contains("yline")
                || class.contains("YLINE")
                || class.contains("UTHOR"));
        if is_byline && !in_comments[id] && f.bylines.len() < 10 {
            let mut t = fold_keep_case(&dom.raw_text(id));
            if t.is_empty() {
                // Microdata may state the name only as `<span itemprop="name" content="…">`.
                t = dom
                    .descendants(id)
                    .filter(|&d| dom.attr(d, "itemprop") == Some("name"))
                    .find_map(|d| dom.attr(d, "content"))
                    .map(fold_keep_case)
                    .unwrap_or_default();
            }
            if !t.is_empty() && t.chars().count() < 100 {
                f.bylines.push(t);
            }
        }
    }
    build(f, base)
}

/// An element whose class or id names comments (`comments`, `comment-list`, `commentlist`).
fn names_comments(dom: &Dom, id: usize) -> bool {
    ["class", "id"].iter().any(|a| {
        dom.attr(id, a)
            .is_some_and(|v| v.contains("comment") || v.contains("Comment"))
    })
}

fn build(f: Found, base: Option<&Url>) -> Metadata {
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            f.meta
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, v)| v.clone())
        })
    };
    let articles = article_objects(&f.json_ld);
    let ld = |key: &str| -> Option<&Value> { articles.iter().find_map(|a| a.get(key)) };
    let ld_str = |key: &str| ld(key).and_then(text_of);

    let site_name = meta(&["og:site_name", "application-name"]);
    let mut title = ld_str("headline")
        .map(|t| decode_leftover_references(&t))
        .or_else(|| {
            meta(&[
                "og:title",
                "twitter:title",
                "dc.title",
                "citation_title",
                "title",
            ])
            .map(|t| decode_leftover_references(&t))
        })
        .or_else(|| {
            f.title_tag
                .clone()
                .map(|t| strip_site(&t, site_name.as_deref()))
        });
    // A visible <h1> that the stated title contains (or that contains it) is the article's
    // own wording, without the site name that og:title and <title> often add.
    if let Some(t) = &title {
        let ft = fold(t);
        if let Some(h) = f.h1.iter().find(|h| {
            let fh = fold(h);
            fh.len() > 10 && (ft.contains(&fh) || fh.contains(&ft))
        }) {
            title = Some(h.clone());
        } else {
            title = Some(strip_site(t, site_name.as_deref()));
        }
    } else {
        title = f.h1.first().cloned();
    }

    let mut authors: Vec<String> = Vec::new();
    if let Some(a) = ld("author").or_else(|| ld("creator")) {
        collect_names(a, &mut authors);
    }
    if authors.is_empty() {
        for (k, v) in &f.meta {
            if matches!(
                k.as_str(),
                "author"
                    | "article:author"
                    | "dc.creator"
                    | "citation_author"
                    | "parsely-author"
                    | "sailthru.author"
                    | "byl"
            ) && !v.starts_with("http")
            {
                for n in split_names(v) {
                    push_unique(&mut authors, n);
                }
            }
        }
    }
    if authors.is_empty() {
        for b in &f.bylines {
            for n in split_names(b) {
                push_unique(&mut authors, n);
            }
        }
    }
    authors.retain(|a| plausible_name(a));
    let mut authors = without_roles(authors)
        .into_iter()
        .fold(Vec::new(), |mut all, a| {
            push_unique(&mut all, a);
            all
        });
    // Byline elements nest (a name inside the byline box), and their text can run names
    // together ("JILL LAWLESSAssociated Press"): keep the shortest form of each.
    let all = authors.clone();
    authors.retain(|a| {
        !all.iter()
            .any(|b| b.len() < a.len() && a.contains(b.as_str()))
    });
    authors.truncate(8);

    let published = ld_str("datePublished")
        .and_then(|d| parse_date(&d))
        .filter(plausible_date)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "datepublished",
                "og:published_time",
                "published_time",
                "publish-date",
                "pubdate",
                "publishdate",
                "dc.date.issued",
                "dc.date",
                "dcterms.created",
                "citation_publication_date",
                "parsely-pub-date",
                "sailthru.date",
                "date",
                "article.published",
                "og:updated_time",
            ])
            .and_then(|d| parse_date(&d))
            .filter(plausible_date)
        })
        .or_else(|| {
            ld_str("dateCreated")
                .and_then(|d| parse_date(&d))
                .filter(plausible_date)
        })
        .or_else(|| {
            f.time
                .as_deref()
                .and_then(parse_date)
                .filter(plausible_date)
        });

    let description = ld_str("description")
        .or_else(|| {
            meta(&[
                "og:description",
                "description",
                "twitter:description",
                "dc.description",
            ])
        })
        .map(|d| fold_keep_case(&d))
        .filter(|d| !d.is_empty());

    let resolve = |u: &str| -> Option<String> {
        let u = u.trim();
        let url = match base {
            Some(b) => b.join(u).ok()?,
            None => Url::parse(u).ok()?,
        };
        matches!(url.scheme(), "http" | "https").then(|| url.to_string())
    };
    let canonical_url = f
        .canonical
        .as_deref()
        .and_then(resolve)
        .or_else(|| {
            meta(&["og:url", "twitter:url"])
                .as_deref()
                .and_then(resolve)
        })
        .or_else(|| {
            ld("mainEntityOfPage")
                .and_then(|v| v.get("@id").and_then(text_of).or_else(|| text_of(v)))
                .as_deref()
                .and_then(resolve)
        })
        .or_else(|| ld_str("url").as_deref().and_then(resolve));

    let language = ld_str("inLanguage")
        .or(f.html_lang)
        .or_else(|| meta(&["content-language", "og:locale", "dc.language", "language"]))
        .and_then(|l| normalise_lang(&l));

    let image = meta(&[
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ])
    .or_else(|| ld("image").and_then(image_of))
    .as_deref()
    .and_then(resolve);

    let article_body = ld("articleBody")
        .and_then(Value::as_str)
        .map(str::to_string);

    Metadata {
        title,
        authors,
        published,
        description,
        canonical_url,
        language,
        image,
        site_name,
        article_body,
    }
}

/// The JSON-LD objects describing an article, best first: article types before pages.
fn article_objects(docs: &[Value]) -> Vec<&Value> {
    let mut all = Vec::new();
    let mut stack: Vec<&Value> = docs.iter().rev().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
                let types: Vec<&str> = match o.get("@type") {
                    Some(Value::String(s)) => vec![s.as_str()],
                    Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                    _ => vec![],
                };
                if types.iter().any(|t| is_article_type(t)) {
                    let page = types
                        .iter()
                        .all(|t| matches!(*t, "WebPage" | "ItemPage" | "Blog"));
                    all.push((page, v));
                }
            }
            _ => {}
        }
    }
    all.sort_by_key(|(page, _)| *page);
    all.into_iter().map(|(_, v)| v).collect()
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Array(a) => a.iter().find_map(text_of),
        Value::Object(o) => o.get("name").or_else(|| o.get("@value")).and_then(text_of),
        _ => None,
    }
}

fn image_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(image_of),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(image_of),
        _ => None,
    }
}

fn collect_names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.starts_with("http") => {
            for n in split_names(s) {
                push_unique(out, n);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                collect_names(n, out);
            }
        }
        _ => {}
    }
}

fn push_unique(out: &mut Vec<String>, n: String) {
    if !out.iter().any(|o| o.eq_ignore_ascii_case(&n)) {
        out.push(n);
    }
}

/// Splits a byline ("By Jane Doe and John Roe, Reuters") into names.
fn split_names(s: &str) -> Vec<String> {
    let s = fold_keep_case(s);
    let lower = s.to_lowercase();
    let s = if lower.starts_with("by ") {
        &s[3..]
    } else {
        s.as_str()
    };
    s.split([',', ';', '|', '&', '\n'])
        .flat_map(|p| p.split(" and "))
        .map(|p| {
            p.trim()
                .trim_start_matches("By ")
                .trim_start_matches("by ")
                .trim()
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Drops what a byline lists beside the names: a role ("AP Auto Writer", "CNN
/// Editor-at-large") or a credential ("MS", "PhD"), once at least one name is left; and "Analysis
/// by" before a name.
fn without_roles(names: Vec<String>) -> Vec<String> {
    const ROLES: [&str; 10] = [
        "writer",
        "editor",
        "correspondent",
        "reporter",
        "columnist",
        "contributor",
        "producer",
        "at-large",
        "bureau chief",
        "photographer",
    ];
    let names: Vec<String> = names
        .into_iter()
        .map(|n| match n.to_lowercase().find(" by ") {
            // "Analysis by Chris Cillizza": a word or two of genre, then the name.
            Some(i) if n[..i].split_whitespace().count() <= 2 => n[i + 4..].trim().to_string(),
            _ => n,
        })
        .collect();
    let is_extra = |n: &str| {
        let lower = n.to_lowercase();
        let credential = n.len() <= 4
            && n.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && n.chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == 'h');
        credential || ROLES.iter().any(|r| lower.contains(r))
    };
    if names.iter().all(|n| is_extra(n)) {
        return names;
    }
    names.into_iter().filter(|n| !is_extra(n)).collect()
}

/// A date a page could have been published on: not a placeholder such as `0001-01-01`.
fn plausible_date(d: &OffsetDateTime) -> bool {
    d.year() >= 1990 && *d <= OffsetDateTime::now_utc() + time::Duration::days(2)
}

/// `&#8216;Quote&#8217;`: character references a site escaped twice, so they survive parsing.
fn decode_leftover_references(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest[1..].find(';').filter(|&j| j <= 10).and_then(|j| {
            let name = &rest[1..=j];
            let c = match name.strip_prefix('#') {
                Some(num) => match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                }
                .and_then(char::from_u32),
                None => match name {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                },
            };
            c.map(|c| (c, j + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A person's name, not a date, a role or a sentence that a byline element also holds.
fn plausible_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=5).contains(&words)
        && s.chars().count() <= 60
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || c == '@' || c == ':')
        && s.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
}

fn fold_keep_case(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops a site-name suffix or prefix from a `<title>`-style string ("Headline | Site").
fn strip_site(t: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let tail_is_site =
                site.is_some_and(|s| fold(s) == fold(tail)) || tail.split_whitespace().count() <= 4;
            if tail_is_site && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
            // "Site – Headline", as some older sites write it.
            let head_is_site =
                site.is_some_and(|s| fold(s) == fold(head)) || head.split_whitespace().count() <= 3;
            if head_is_site && tail.split_whitespace().count() >= 4 {
                return tail.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// `en_US`, `EN-us`, `en-US,fr` → `en-US`; only the shape of a language tag is kept.
fn normalise_lang(l: &str) -> Option<String> {
    let l = l.split([',', ';']).next()?.trim().replace('_', "-");
    let mut parts = l.split('-');
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary;
    if let Some(region) = parts.next()
        && (2..=4).contains(&region.len())
        && region.chars().all(|c| c.is_ascii_alphanumeric())
    {
        out.push('-');
        if region.len() == 2 {
            out.push_str(&region.to_ascii_uppercase());
        } else {
            out.push_str(region);
        }
    }
    Some(out)
}

/// Parses the date forms pages use: RFC 3339 and its relatives (`2019-11-19T05:00:00.000Z`,
/// `2019-11-19T05:00:00+0000`, `2019-11-19 05:00:00`, `2019-11-19`). Without an offset the
/// time is taken as UTC.
pub(crate) fn parse_date(s: &str) -> Option<OffsetDateTime> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let year = num(0, 4)? as i32;
    let sep = *b.get(4)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    let month = num(5, 2)?;
    let day = num(8, 2)?;
    let date =
        Date::from_calendar_date(year, Month::try_from(month as u8).ok()?, day as u8).ok()?;
    let mut time = Time::MIDNIGHT;
    let mut offset = UtcOffset::UTC;
    if matches!(b.get(10), Some(b'T' | b't' | b' '))
        && let (Some(h), Some(m)) = (num(11, 2), num(14, 2))
    {
        let sec = num(17, 2).unwrap_or(0);
        time = Time::from_hms(h as u8, m as u8, sec.min(59) as u8).ok()?;
        // The offset is whatever follows the seconds and any fraction.
        let mut i = if num(17, 2).is_some() { 19 } else { 16 };
        if b.get(i) == Some(&b'.') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        if let Some(b'+' | b'-') = b.get(i) {
            let sign: i8 = if b[i] == b'-' { -1 } else { 1 };
            let oh = num(i + 1, 2)?;
            let om = num(i + 4, 2).or_else(|| num(i + 3, 2)).unwrap_or(0);
            offset = UtcOffset::from_hms(sign * oh as i8, sign * om as i8, 0).ok()?;
        }
    }
    Some(date.with_time(time).assume_offset(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_date_forms_pages_use() {
        let d = parse_date("2019-11-19T05:00:00.000Z").unwrap();
        assert_eq!(
            (d.year(), d.month() as u8, d.day(), d.hour()),
            (2019, 11, 19, 5)
        );
        let d = parse_date("2019-11-19T05:00:00-0500").unwrap();
        assert_eq!(d.offset().whole_hours(), -5);
        let d = parse_date("2019-11-19T05:00:00+05:30").unwrap();
        assert_eq!(d.offset().whole_minutes(), 330);
        assert_eq!(parse_date("2019-11-19").unwrap().day(), 19);
        assert!(parse_date("19 November 2019").is_none());
        assert!(parse_date("2019-13-45").is_none());
    }

    #[test]
    fn normalises_language_tags() {
        assert_eq!(normalise_lang("en_us").as_deref(), Some("en-US"));
        assert_eq!(normalise_lang("FR").as_deref(), Some("fr"));
        assert_eq!(normalise_lang("zh-Hant-TW").as_deref(), Some("zh-Hant"));
        assert_eq!(normalise_lang("english"), None);
    }

    #[test]
    fn splits_bylines_into_names() {
        assert_eq!(
            split_names("By Jane Doe and John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(split_names("Ann Lee, Bo Ma"), vec!["Ann Lee", "Bo Ma"]);
    }

    #[test]
    fn keeps_names_and_drops_roles_and_credentials_beside_them() {
        let names = |v: &[&str]| without_roles(v.iter().map(|s| s.to_string()).collect());
        assert_eq!(
            names(&["TOM KRISHER", "AP Auto Writer"]),
            vec!["TOM KRISHER"]
        );
        assert_eq!(
            names(&["Ilana Muhlstein", "MS", "RDN"]),
            vec!["Ilana Muhlstein"]
        );
        assert_eq!(
            names(&["Analysis by Chris Cillizza", "CNN Editor-at-large"]),
            vec!["Chris Cillizza"]
        );
        // A byline that is only a desk is kept as it is.
        assert_eq!(names(&["Staff Writer"]), vec!["Staff Writer"]);
        assert_eq!(names(&["Ann Lee", "Bo Ma"]), vec!["Ann Lee", "Bo Ma"]);
    }

    #[test]
    fn a_placeholder_date_is_not_a_publication_date() {
        assert!(!plausible_date(
            &parse_date("0001-01-01T00:00:00Z").unwrap()
        ));
        assert!(!plausible_date(&parse_date("2999-01-01").unwrap()));
        assert!(plausible_date(&parse_date("2019-11-19T05:00:00Z").unwrap()));
    }

    #[test]
    fn decodes_references_a_site_escaped_twice() {
        assert_eq!(
            decode_leftover_references("&#8216;The Medium&#8217; &amp; more &#x2014; A&B &bogus;"),
            "\u{2018}The Medium\u{2019} & more \u{2014} A&B &bogus;"
        );
    }

    #[test]
    fn a_comment_forms_name_field_is_not_a_byline() {
        let html = r#"<html><body><article><h1>Dams leave the valley dry</h1>
            <p>Text of the article, long enough to be one.</p></article>
            <div id="comments"><p class="comment-author">Reader One</p></div>
            <form><p class="comment-form-author"><label for="author">Name *</label></p></form>
            </body></html>"#;
        let m = read(&Dom::parse(html), None);
        assert!(m.authors.is_empty(), "{:?}", m.authors);
        let html = r#"<html><body><p class="byline">By Ines Varga</p></body></html>"#;
        assert_eq!(read(&Dom::parse(html), None).authors, vec!["Ines Varga"]);
    }

    #[test]
    fn strips_site_names_from_titles() {
        assert_eq!(
            strip_site("Dams leave farmers dry | The Meridian", None),
            "Dams leave farmers dry"
        );
        assert_eq!(strip_site("A - B", None), "A - B");
    }
}

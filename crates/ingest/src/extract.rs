//! Finding the article body in a page and writing it out as clean HTML and plain text.
//!
//! The approach, in order:
//! 1. Mark what is never article text: scripts, forms' controls, embedded media players,
//!    hidden elements, and the site's furniture recognised by tag (`nav`, `aside`, `footer`),
//!    ARIA role, or a class or id naming what it is (share, newsletter, related, comments…).
//!    Furniture marks are ignored on any element that holds a large share of the page's text,
//!    because a class like `page-with-sidebar` can sit on the element wrapping everything.
//! 2. Score containers by the paragraphs they hold (length, commas, few links), the way
//!    Readability does, and take the best one together with those of its siblings that look
//!    like continuations of the same text.
//! 3. Walk that content and keep blocks (paragraphs, headings, lists, quotes, figures,
//!    tables), dropping sub-blocks that are mostly links, mostly controls, or stock
//!    furniture phrases.

use std::collections::{HashMap, HashSet};

use url::Url;

use crate::dom::{DOCUMENT, Dom, NodeData, NodeId};

/// What the walk over the chosen content produces.
pub(crate) struct Body {
    pub html: String,
    pub text: String,
}

/// Per-node figures, summed over the node's live descendants.
#[derive(Clone, Copy, Default)]
struct Stats {
    /// Non-whitespace characters of text.
    chars: u32,
    /// Of which inside links.
    link_chars: u32,
    commas: u32,
    paragraphs: u32,
    images: u32,
    inputs: u32,
    embeds: u32,
}

pub(crate) struct Extractor<'a> {
    dom: &'a Dom,
    base: Option<Url>,
    gone: Vec<bool>,
    stats: Vec<Stats>,
    /// Per element, computed once: whether its class or id names furniture, and its
    /// Readability class weight.
    furniture_name: Vec<bool>,
    caption_name: Vec<bool>,
    weight: Vec<f64>,
    /// Per text node, counted once: non-whitespace characters and commas.
    text_counts: Vec<(u32, u32)>,
    title: Option<String>,
}

/// Tags whose content is never article text.
fn never_text(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "canvas"
            | "iframe"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "source"
            | "track"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "dialog"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "map"
    )
}

/// Tags that are site furniture unless they hold most of the page's text.
fn furniture_tag(tag: &str) -> bool {
    matches!(tag, "nav" | "aside" | "footer" | "header" | "menu" | "form")
}

fn furniture_role(role: &str) -> bool {
    matches!(
        role,
        "navigation"
            | "banner"
            | "contentinfo"
            | "complementary"
            | "dialog"
            | "alertdialog"
            | "search"
            | "menu"
            | "menubar"
            | "toolbar"
            | "tablist"
            | "alert"
    )
}

/// A set of words as a function: a `match` on string literals, which the compiler turns into a
/// length switch and a few comparisons (this runs for every word of every class on a page).
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, [$($word:literal),* $(,)?]) => {
        $(#[$doc])*
        fn $name(w: &str) -> bool {
            matches!(w, $($word)|*)
        }
    };
}

word_set!(
    /// Words that name furniture when one of the words of a class or id is one of them.
    /// Class names are split into words at `-`, `_` and lower-to-upper case changes, so
    /// `share-bar`, `socialLinks` and `related_stories` match but `entry-content` does not hit
    /// `tent`. Kept to words that name furniture on their own, on any site.
    is_furniture_word, [
    "comment", "comments", "share", "shares", "sharing", "sharebar", "social", "newsletter",
    "newsletters", "subscribe", "subscription", "signup", "related", "recommended",
    "recommendations", "promo", "promos", "promotion", "sidebar", "breadcrumb", "breadcrumbs",
    "cookie", "cookies", "consent", "gdpr", "popup", "footer", "masthead", "navbar", "nav",
    "navigation", "menu", "pagination", "pager", "sponsor", "sponsored", "advert", "advertisement",
    "ad", "ads", "outbrain", "taboola", "disqus", "trending", "popular", "toolbar", "follow",
    "byline", "disclaimer", "copyright", "paywall", "donate", "banner", "overlay", "tags", "meta",
    "tools", "print", "topics", "credits", "rss", "skip", "jump", "login", "signin", "sronly",
    "keywords",
    // The same furniture as other languages' sites name it (French, German, Spanish,
    // Portuguese, Italian, Dutch).
    "partage", "partager", "commentaires", "reactions", "publicite", "pub", "kommentare", "teilen",
    "werbung", "anzeige", "compartir", "comentarios", "publicidad", "relacionados", "relacionadas",
    "compartilhar", "compartilhe", "condividi", "commenti", "correlati", "pubblicita", "delen",
    "reacties", "gerelateerd",
]);

word_set!(
    /// Words of class or id that mark an element as the article's own container.
    is_content_word, [
    "article", "content", "entry", "post", "story", "body", "text", "main", "blog", "prose",
]);

word_set!(
    /// Furniture words that still win over a content word in the same class (`article-share`).
    is_strong_furniture_word, [
    "comment", "comments", "share", "sharing", "social", "newsletter", "subscribe", "related",
    "recommended", "promo", "cookie", "consent", "advert", "outbrain", "taboola", "disqus",
    "popular", "trending", "paywall", "byline", "commentaires", "kommentare", "comentarios", "commenti",
    "reacties",
]);

/// Calls `f` with each word of one class name, lowercased, in a reused buffer: `relatedStories`
/// → related, stories; `sr-only` → sr, only, and then `sronly` (two short pieces joined, so
/// `sr-only` and `visually-hidden` style names can be listed as one word).
fn each_word(name: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    if name.is_ascii() {
        each_ascii_word(name, buf, &mut f);
    } else {
        buf.clear();
        let mut prev_lower = false;
        for c in name.chars() {
            if !c.is_alphanumeric() {
                if !buf.is_empty() {
                    f(buf);
                    buf.clear();
                }
                prev_lower = false;
                continue;
            }
            if c.is_uppercase() && prev_lower && !buf.is_empty() {
                f(buf);
                buf.clear();
            }
            prev_lower = c.is_lowercase();
            buf.extend(c.to_lowercase());
        }
        if !buf.is_empty() {
            f(buf);
        }
    }
    if name.eq_ignore_ascii_case("sr-only") || name.eq_ignore_ascii_case("visually-hidden") {
        f("sronly");
    }
}

/// The same split for an ASCII name (nearly every class on the web), without copying: a word
/// is a slice of the name, and only a word with capitals is lowercased into `buf`.
fn each_ascii_word(name: &str, buf: &mut String, f: &mut impl FnMut(&str)) {
    let b = name.as_bytes();
    let mut word = |start: usize, end: usize, upper: bool, f: &mut dyn FnMut(&str)| {
        if start < end {
            if upper {
                buf.clear();
                buf.push_str(&name[start..end]);
                buf.make_ascii_lowercase();
                f(buf);
            } else {
                f(&name[start..end]);
            }
        }
    };
    let (mut start, mut upper, mut prev_lower) = (0, false, false);
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            word(start, i, upper, f);
            (start, upper, prev_lower) = (i + 1, false, false);
            continue;
        }
        if c.is_ascii_uppercase() {
            if prev_lower {
                word(start, i, upper, f);
                start = i;
            }
            upper = true;
        }
        prev_lower = c.is_ascii_lowercase();
    }
    word(start, b.len(), upper, f);
}

/// What an element's class and id say about it.
#[derive(Clone, Copy, Default)]
struct Names {
    furniture: bool,
    caption: bool,
    /// Readability's class weight: a nudge for containers named like article text, against
    /// those named like furniture.
    weight: f64,
}

/// Judges each class name (and the id) on its own: one with a strong furniture word is
/// furniture (`article-share`, `comment-content`), a weak one is outweighed by a content word
/// in the same name (`content-with-sidebar`), and one made only of content words
/// (`l-article-body-segment`) vouches for the element whatever its other classes say
/// (`l-sidebar-fixed`, a layout class).
fn judge_names(class: &str, id: &str) -> Names {
    let mut buf = String::new();
    let (mut furniture, mut vouched, mut any_content, mut caption) = (false, false, false, false);
    for name in class.split_whitespace().chain(id.split_whitespace()) {
        let (mut strong, mut weak, mut content) = (false, false, false);
        each_word(name, &mut buf, |w| {
            strong |= is_strong_furniture_word(w);
            weak |= is_furniture_word(w);
            content |= is_content_word(w);
            caption |= matches!(
                w,
                "caption" | "captions" | "figcaption" | "credit" | "credits"
            );
        });
        any_content |= content;
        if strong || (weak && !content) {
            furniture = true;
        } else if content && !weak {
            vouched = true;
        }
    }
    let furniture = furniture && !vouched;
    let mut weight = 0.0;
    if any_content {
        weight += 25.0;
    }
    if furniture || caption {
        weight -= 25.0;
    }
    Names {
        furniture,
        caption,
        weight,
    }
}

/// Non-whitespace characters and commas of a text node; ASCII text (most of it, on most
/// pages) is counted by byte.
fn count_text(t: &str) -> (u32, u32) {
    let (mut chars, mut commas) = (0u32, 0u32);
    if t.is_ascii() {
        for &b in t.as_bytes() {
            // `char::is_whitespace` on ASCII: space and \t to \r (vertical tab included).
            chars += u32::from(!matches!(b, b' ' | b'\t'..=b'\r'));
            commas += u32::from(b == b',');
        }
    } else {
        for c in t.chars() {
            chars += u32::from(!c.is_whitespace());
            commas += u32::from(matches!(c, ',' | '，' | '、'));
        }
    }
    (chars, commas)
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() || dom.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    dom.attr(id, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Block-level tags: a `div` with none of these inside acts as a paragraph.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "figure"
            | "figcaption"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "form"
            | "hr"
            | "address"
            | "center"
            | "caption"
    )
}

/// Stock phrases of furniture that sit inside article containers as ordinary paragraphs.
fn is_stock_phrase(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches([':', '.', '!', '»', '›', '→'])
        .trim()
        .to_lowercase();
    const EXACT: &[&str] = &[
        "advertisement",
        "advertising",
        "ad",
        "sponsored",
        "share",
        "share this",
        "share this article",
        "share this story",
        "tweet",
        "email",
        "print",
        "comments",
        "read more",
        "continue reading",
        "related",
        "related articles",
        "related stories",
        "recommended",
        "more",
        "loading",
        "skip to content",
        "skip advertisement",
        "subscribe",
        "sign up",
        "log in",
        "story continues below advertisement",
        "article continues below advertisement",
        "supported by",
    ];
    if EXACT.contains(&t.as_str()) {
        return true;
    }
    const STARTS: &[&str] = &[
        "read more:",
        "read more at",
        "related:",
        "see also:",
        "also read:",
        "sign up for",
        "subscribe to",
        "follow us on",
        "click here to",
        "copyright ©",
        "© copyright",
        "all rights reserved",
        "share this:",
        "we use cookies",
        "this website uses cookies",
        "posted:",
        "updated:",
        "published:",
        "last updated",
        "this slideshow requires javascript",
        "image:",
        "photo:",
        "picture:",
    ];
    // Newsletter pitches written as an ordinary paragraph.
    let pitch = (t.contains("sign up") || t.contains("subscribe"))
        && (t.contains("newsletter") || t.contains("inbox") || t.contains("free"));
    if t.len() < 250 && pitch {
        return true;
    }
    t.len() < 200
        && (STARTS.iter().any(|s| t.starts_with(s)) || (t.starts_with('©') && t.len() < 120))
}

/// A small box asking the reader to do something other than read: subscribe, sign up, donate.
fn is_call_to_action(text: &str) -> bool {
    let t = text.to_lowercase();
    const CTA: &[&str] = &[
        "subscribe",
        "sign up",
        "signup",
        "newsletter",
        "in your inbox",
        "donate",
        "support our journalism",
        "become a member",
        "follow us",
        "download the app",
        "get the app",
    ];
    CTA.iter().any(|c| t.contains(c))
}

impl<'a> Extractor<'a> {
    pub fn new(dom: &'a Dom, base: Option<Url>, title: Option<String>) -> Self {
        let n = dom.nodes.len();
        let mut furniture_name = vec![false; n];
        let mut weight = vec![0.0; n];
        let mut caption_name = vec![false; n];
        let mut text_counts = vec![(0, 0); n];
        // The standard (keyed) hasher: a page cannot choose class names that collide.
        let mut judged: HashMap<&str, Names> = HashMap::new();
        for (id, node) in dom.nodes.iter().enumerate() {
            match &node.data {
                NodeData::Text(t) => text_counts[id] = count_text(t),
                NodeData::Element { attrs } => {
                    // Case kept: it splits camelCase words. The first of each attribute counts,
                    // as for `Dom::attr`.
                    let (mut class, mut id_attr) = (None, None);
                    for a in attrs {
                        match &*a.name.local {
                            "class" if class.is_none() => class = Some(&*a.value),
                            "id" if id_attr.is_none() => id_attr = Some(&*a.value),
                            _ => {}
                        }
                    }
                    let (class, id_attr) = (class.unwrap_or(""), id_attr.unwrap_or(""));
                    if !class.is_empty() || !id_attr.is_empty() {
                        // Most elements with a class share it with others (list items, cards,
                        // paragraphs), and most have no id: judge each such class once.
                        let n = if id_attr.is_empty() {
                            *judged
                                .entry(class)
                                .or_insert_with(|| judge_names(class, ""))
                        } else {
                            judge_names(class, id_attr)
                        };
                        furniture_name[id] = n.furniture;
                        weight[id] = n.weight;
                        caption_name[id] = n.caption;
                    }
                }
                _ => {}
            }
        }
        Extractor {
            dom,
            base,
            gone: vec![false; n],
            stats: vec![Stats::default(); n],
            furniture_name,
            caption_name,
            weight,
            text_counts,
            title,
        }
    }

    /// Node ids in document order (pre-order), parents before children.
    fn preorder(&self) -> Vec<NodeId> {
        self.dom.descendants(DOCUMENT).collect()
    }

    fn compute_stats(&mut self, order: &[NodeId]) {
        let dom = self.dom;
        for s in self.stats.iter_mut() {
            *s = Stats::default();
        }
        for &id in order.iter().rev() {
            if self.gone[id] {
                continue;
            }
            let mut s = self.stats[id];
            match &dom.nodes[id].data {
                NodeData::Text(_) => (s.chars, s.commas) = self.text_counts[id],
                NodeData::Element { .. } => match dom.name(id).map_or("", |n| &**n) {
                    "a" => s.link_chars = s.chars,
                    "p" => s.paragraphs += 1,
                    "img" => s.images += 1,
                    "input" | "select" | "textarea" | "button" => s.inputs += 1,
                    "iframe" | "embed" | "object" | "video" => s.embeds += 1,
                    _ => {}
                },
                _ => {}
            }
            self.stats[id] = s;
            if let Some(p) = dom.nodes[id].parent {
                let ps = &mut self.stats[p];
                ps.chars += s.chars;
                ps.link_chars += s.link_chars;
                ps.commas += s.commas;
                ps.paragraphs += s.paragraphs;
                ps.images += s.images;
                ps.inputs += s.inputs;
                ps.embeds += s.embeds;
            }
        }
    }

    fn link_density(&self, id: NodeId) -> f64 {
        let s = self.stats[id];
        if s.chars == 0 {
            0.0
        } else {
            f64::from(s.link_chars) / f64::from(s.chars)
        }
    }

    /// Step 1: marks what is never text, then furniture (guarded by share of text).
    fn prune(&mut self) -> Vec<NodeId> {
        let dom = self.dom;
        let order = self.preorder();
        // Controls, media and hidden elements count no text even for the guard below:
        // they are gone whatever their size (inputs' options, hidden menus).
        for &id in &order {
            let Some(tag) = dom.name(id) else { continue };
            if never_text(tag) || (is_hidden(dom, id) && !matches!(&**tag, "html" | "body")) {
                self.gone[id] = true;
            }
        }
        self.propagate(&order);
        self.compute_stats(&order);
        let total = self.stats[DOCUMENT].chars.max(1);
        let mut furniture = Vec::new();
        for &id in &order {
            if self.gone[id] {
                continue;
            }
            let Some(tag) = dom.name(id) else { continue };
            if matches!(&**tag, "html" | "body" | "article" | "main") {
                continue;
            }
            let role = dom.attr(id, "role").unwrap_or("");
            let by_itemprop = dom
                .attr(id, "itemprop")
                .is_some_and(|p| p.contains("articleBody"));
            if by_itemprop {
                continue;
            }
            let is_furniture =
                furniture_tag(tag) || furniture_role(role) || self.furniture_name[id];
            // The guard: furniture never holds most of the page. An element marked as
            // furniture that does is a page wrapper with an unlucky name.
            if is_furniture && f64::from(self.stats[id].chars) < 0.35 * f64::from(total) {
                furniture.push(id);
            }
        }
        for id in furniture {
            self.gone[id] = true;
        }
        self.propagate(&order);
        self.compute_stats(&order);
        order
    }

    fn propagate(&mut self, order: &[NodeId]) {
        for &id in order {
            if let Some(p) = self.dom.nodes[id].parent
                && self.gone[p]
            {
                self.gone[id] = true;
            }
        }
    }

    fn tag(&self, id: NodeId) -> &str {
        self.dom.name(id).map_or("", |n| &**n)
    }

    /// A node whose text scores its ancestors: paragraphs and paragraph-like blocks.
    fn is_scoring_block(&self, id: NodeId) -> bool {
        match self.tag(id) {
            "p" | "pre" | "td" | "blockquote" | "dd" => true,
            "div" | "section" | "span" | "font" | "center" => {
                // A block with direct text and no block children is a paragraph in disguise.
                let kids = self.dom.children(id);
                kids.iter().any(|&k| matches!(&self.dom.nodes[k].data, NodeData::Text(t) if t.trim().len() > 20))
                    && !kids.iter().any(|&k| self.dom.name(k).is_some_and(|n| is_block(n)))
            }
            _ => false,
        }
    }

    /// Step 2: the container(s) of the article text.
    fn choose(&self, order: &[NodeId]) -> Vec<NodeId> {
        let dom = self.dom;
        let n = dom.nodes.len();
        let mut score = vec![f64::NAN; n];
        let init = |id: NodeId, score: &mut Vec<f64>| {
            if score[id].is_nan() {
                let base = match self.tag(id) {
                    "div" | "article" | "main" | "section" => 5.0,
                    "pre" | "td" | "blockquote" => 3.0,
                    "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                    _ => 0.0,
                };
                let bonus = if self.tag(id) == "article"
                    || dom
                        .attr(id, "itemprop")
                        .is_some_and(|p| p.contains("articleBody"))
                {
                    10.0
                } else {
                    0.0
                };
                score[id] = base + bonus + self.weight[id];
            }
        };
        let mut touched = Vec::new();
        for &id in order {
            if self.gone[id] {
                continue;
            }
            let (chars, commas, first) = if self.is_scoring_block(id) {
                (
                    self.stats[id].chars,
                    self.stats[id].commas,
                    dom.nodes[id].parent,
                )
            } else if matches!(
                self.tag(id),
                "div" | "section" | "article" | "main" | "td" | "span" | "font" | "center"
            ) {
                // Text written straight into a container between other blocks (paragraphs
                // separated by `<br>` or empty `<div>`s) scores the container itself.
                let (mut c, mut k) = (0, 0);
                for &kid in dom.children(id) {
                    if let NodeData::Text(_) = dom.nodes[kid].data {
                        c += self.stats[kid].chars;
                        k += self.stats[kid].commas;
                    }
                }
                (c, k, Some(id))
            } else {
                continue;
            };
            if chars < 25 {
                continue;
            }
            let s = 1.0 + f64::from(commas) + (f64::from(chars) / 100.0).min(3.0);
            let mut anc = first;
            let mut level = 0;
            while let Some(a) = anc {
                if a == DOCUMENT || level > 4 {
                    break;
                }
                if score[a].is_nan() {
                    touched.push(a);
                }
                init(a, &mut score);
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => f64::from(l as u32) * 3.0,
                };
                score[a] += s / divider;
                anc = dom.nodes[a].parent;
                level += 1;
            }
        }
        let mut best: Option<(NodeId, f64)> = None;
        let mut finals: Vec<(NodeId, f64)> = Vec::with_capacity(touched.len());
        for &id in &touched {
            let f = score[id] * (1.0 - self.link_density(id));
            finals.push((id, f));
            if best.is_none_or(|(_, b)| f > b) {
                best = Some((id, f));
            }
        }
        let Some((mut top, top_score)) = best else {
            return self.body().into_iter().collect();
        };
        // Where the best few candidates share an ancestor that itself scores well, the text
        // is split over several containers (paragraph groups between ads): take the ancestor.
        finals.sort_by(|a, b| b.1.total_cmp(&a.1));
        let alternatives: Vec<NodeId> = finals
            .iter()
            .skip(1)
            .take(5)
            .filter(|(_, s)| *s >= 0.75 * top_score)
            .map(|(id, _)| *id)
            .collect();
        if alternatives.len() >= 2 {
            let mut anc = dom.nodes[top].parent;
            while let Some(a) = anc {
                if a == DOCUMENT || self.tag(a) == "body" || self.tag(a) == "html" {
                    break;
                }
                let holds = alternatives
                    .iter()
                    .filter(|&&alt| self.is_ancestor(a, alt))
                    .count();
                if holds >= 2 {
                    top = a;
                    break;
                }
                anc = dom.nodes[a].parent;
            }
        }
        // Readability's walk up: a parent that scores higher than the candidate gathers text
        // from several of its children (sections of one article), so it is the better pick.
        let final_of = |id: NodeId| {
            if score[id].is_nan() {
                f64::NAN
            } else {
                score[id] * (1.0 - self.link_density(id))
            }
        };
        {
            let mut last = final_of(top);
            let floor = last / 3.0;
            let mut anc = dom.nodes[top].parent;
            while let Some(a) = anc {
                if a == DOCUMENT || matches!(self.tag(a), "body" | "html") {
                    break;
                }
                let s = final_of(a);
                if !s.is_nan() {
                    if s < floor {
                        break;
                    }
                    if s > last {
                        top = a;
                        break;
                    }
                    last = s;
                }
                anc = dom.nodes[a].parent;
            }
        }
        // A candidate that is its parent's only content says nothing the parent does not.
        while let Some(p) = dom.nodes[top].parent {
            if p == DOCUMENT || matches!(self.tag(p), "body" | "html") {
                break;
            }
            let live: Vec<NodeId> = dom
                .children(p)
                .iter()
                .copied()
                .filter(|&c| !self.gone[c] && self.stats[c].chars > 0)
                .collect();
            if live.len() == 1 {
                top = p;
            } else {
                break;
            }
        }
        let top_final = if score[top].is_nan() {
            top_score
        } else {
            score[top] * (1.0 - self.link_density(top))
        };
        let threshold = (top_final * 0.2).max(10.0);
        let top_class = dom.attr(top, "class").unwrap_or("");
        let Some(parent) = dom.nodes[top].parent else {
            return vec![top];
        };
        let mut out = Vec::new();
        for &sib in dom.children(parent) {
            if self.gone[sib] {
                continue;
            }
            if sib == top {
                out.push(sib);
                continue;
            }
            if dom.name(sib).is_none() {
                continue;
            }
            let mut bonus = 0.0;
            if !top_class.is_empty() && dom.attr(sib, "class") == Some(top_class) {
                bonus = top_final * 0.2;
            }
            let s = if score[sib].is_nan() {
                f64::NEG_INFINITY
            } else {
                score[sib] * (1.0 - self.link_density(sib))
            };
            if s + bonus >= threshold {
                out.push(sib);
                continue;
            }
            let st = self.stats[sib];
            let ld = self.link_density(sib);
            // A paragraph of running text next to the article is part of it (also when the
            // site writes its paragraphs as `div`s).
            if self.tag(sib) == "p" || self.is_scoring_block(sib) {
                if (st.chars > 80 && ld < 0.25)
                    || (st.chars > 0 && ld == 0.0 && self.dom.raw_text(sib).contains(". "))
                {
                    out.push(sib);
                }
                continue;
            }
            // A sibling built like the article's own container (same class), or holding
            // several paragraphs of plain text, continues the article after a figure or an ad;
            // its paragraphs can sit too deep to have scored it.
            let same_class = !top_class.is_empty() && dom.attr(sib, "class") == Some(top_class);
            if (same_class && st.chars > 100 && ld < 0.3)
                || (st.paragraphs >= 3
                    && ld < 0.15
                    && st.chars / st.paragraphs >= 120
                    && f64::from(st.chars) >= 0.3 * f64::from(self.stats[top].chars))
            {
                out.push(sib);
            }
        }
        out
    }

    fn is_ancestor(&self, a: NodeId, mut node: NodeId) -> bool {
        while let Some(p) = self.dom.nodes[node].parent {
            if p == a {
                return true;
            }
            node = p;
        }
        false
    }

    fn body(&self) -> Option<NodeId> {
        self.dom
            .descendants(DOCUMENT)
            .find(|&id| self.dom.is(id, "body"))
    }

    /// Readability's conditional cleaning: is this sub-block of the content furniture?
    fn drop_conditionally(&self, id: NodeId) -> bool {
        let tag = self.tag(id);
        if !matches!(
            tag,
            "div"
                | "section"
                | "ul"
                | "ol"
                | "table"
                | "dl"
                | "aside"
                | "form"
                | "header"
                | "p"
                | "span"
                | "td"
        ) {
            return false;
        }
        let st = self.stats[id];
        let ld = self.link_density(id);
        let weight = self.weight[id];
        let is_list = matches!(tag, "ul" | "ol" | "dl");
        if tag == "p" || tag == "span" || tag == "td" {
            return st.chars < 200 && ld > 0.66 && st.chars > 0;
        }
        if matches!(tag, "div" | "section" | "aside" | "form")
            && st.chars < 300
            && is_call_to_action(&self.dom.raw_text(id))
        {
            return true;
        }
        if weight < 0.0 {
            return true;
        }
        if st.commas >= 10 {
            return false;
        }
        let p = f64::from(st.paragraphs);
        let img = f64::from(st.images);
        if tag == "table" {
            // Layout tables of links (a site's index) rather than data.
            return ld > 0.5;
        }
        if is_list {
            return ld > 0.5 && st.chars < 2000;
        }
        if st.inputs > 0 && f64::from(st.inputs) > p / 3.0 {
            return true;
        }
        if img > 1.0 && p / img < 0.5 && !self.has_figure(id) {
            return st.chars < 200;
        }
        if st.chars < 25 && (img == 0.0 || img > 2.0) && st.embeds == 0 {
            return true;
        }
        if ld > 0.5 || (weight < 25.0 && ld > 0.33 && st.chars < 500) {
            return true;
        }
        false
    }

    fn has_figure(&self, id: NodeId) -> bool {
        self.dom
            .descendants(id)
            .any(|d| self.dom.is(d, "figure") || self.dom.is(d, "figcaption"))
    }

    pub fn run(mut self) -> Body {
        let order = self.prune();
        let chosen = self.choose(&order);
        let mut w = Writer::new(&self);
        for id in chosen {
            w.block_root(id);
        }
        w.finish()
    }
}

/// Writes the chosen content as the body's HTML, clean by construction (only the tags and
/// attributes of `BODY_TAGS`, text and values escaped, links checked, elements well nested),
/// and as plain text, one block per paragraph.
struct Writer<'e, 'a> {
    ex: &'e Extractor<'a>,
    html: String,
    text: String,
    /// Text of the block being built, whitespace folded.
    line: String,
    inline: Inline,
    seen_images: HashSet<String>,
    /// Inside a `figcaption`: kept in the HTML with its image, left out of the running text.
    in_caption: bool,
    /// Where the paragraph the writer opened for loose content starts in `html`.
    auto_open: usize,
    /// The inline elements (`a`, `em`, `strong`) the walk is inside, outermost first. A block
    /// boundary closes them in the HTML and the next inline content opens them again inside
    /// the new block, as a browser's parser would, so the body is always well nested.
    inlines: Vec<OpenInline>,
    /// Whether the elements of `inlines` are open in `html` now.
    inlines_open: bool,
    /// A buffer `push_text` reuses for the escaped text.
    scratch: String,
}

struct OpenInline {
    tag: &'static str,
    /// The start tag as written (`<a href="…" rel="…">`), for opening it again.
    start: String,
    open: usize,
    content: usize,
}

/// Where inline content currently goes.
#[derive(Clone, Copy, PartialEq)]
enum Inline {
    /// Between blocks: loose inline content opens a `<p>` of its own.
    Closed,
    /// In a `<p>` the writer opened for loose content.
    AutoParagraph,
    /// Directly in a kept leaf block (`<p>`, `<li>`, `<h2>`, `<td>`…).
    Leaf,
}

/// How deep the writer follows the tree; content deeper than this is written as the text of
/// its nearest kept block. Real articles nest a few dozen levels at most.
const MAX_DEPTH: usize = 64;

enum Step {
    Enter(NodeId, usize),
    /// Closes an element opened at `open` whose content starts at `content`: an element left
    /// empty (or holding only whitespace) is taken out again rather than closed.
    /// Leaves the innermost element of the writer's `inlines`.
    CloseInline,
    CloseBlock(&'static str, usize, usize),
    EndBlock,
    EndCaption,
}

impl<'e, 'a> Writer<'e, 'a> {
    fn new(ex: &'e Extractor<'a>) -> Self {
        Writer {
            ex,
            html: String::new(),
            text: String::new(),
            line: String::new(),
            inline: Inline::Closed,
            seen_images: HashSet::new(),
            in_caption: false,
            auto_open: 0,
            inlines: Vec::new(),
            inlines_open: true,
            scratch: String::new(),
        }
    }

    fn dom(&self) -> &'a Dom {
        self.ex.dom
    }

    fn resolve(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        let url = match &self.ex.base {
            Some(b) => b.join(href).ok()?,
            None => Url::parse(href).ok()?,
        };
        matches!(url.scheme(), "http" | "https" | "mailto").then(|| url.to_string())
    }

    fn ensure_inline(&mut self) {
        if self.inline == Inline::Closed {
            // Inline elements opened between blocks (a link around an image) go inside the
            // new paragraph, not around it.
            self.suspend_inlines();
            self.auto_open = self.html.len();
            self.html.push_str("<p>");
            self.inline = Inline::AutoParagraph;
        }
    }

    /// Ends the text block in progress: closes a paragraph the writer opened and moves the
    /// folded text into `text`.
    fn end_block(&mut self) {
        self.suspend_inlines();
        if self.inline == Inline::AutoParagraph {
            let (open, content) = (self.auto_open, self.auto_open + "<p>".len());
            self.close("p", open, content);
        }
        self.inline = Inline::Closed;
        self.flush_line();
    }

    /// Closes the open inline elements in the HTML (innermost first; an empty one is taken out
    /// again), keeping them in `inlines` to be opened again by the next inline content.
    fn suspend_inlines(&mut self) {
        if !self.inlines_open {
            return;
        }
        for i in (0..self.inlines.len()).rev() {
            let OpenInline {
                tag, open, content, ..
            } = self.inlines[i];
            self.close(tag, open, content);
        }
        self.inlines_open = false;
    }

    /// Opens again, where inline content is about to go, the inline elements a block boundary
    /// closed.
    fn resume_inlines(&mut self) {
        if self.inlines_open {
            return;
        }
        for inline in &mut self.inlines {
            inline.open = self.html.len();
            self.html.push_str(&inline.start);
            inline.content = self.html.len();
        }
        self.inlines_open = true;
    }

    /// Starts an inline element in the current paragraph.
    fn open_inline(&mut self, tag: &'static str, start: String) {
        self.ensure_inline();
        self.resume_inlines();
        let open = self.html.len();
        self.html.push_str(&start);
        self.inlines.push(OpenInline {
            tag,
            start,
            open,
            content: self.html.len(),
        });
    }

    fn close_inline(&mut self) {
        if let Some(inline) = self.inlines.pop()
            && self.inlines_open
        {
            self.close(inline.tag, inline.open, inline.content);
        }
    }

    /// Moves the folded text of the current line into `text` (captions stay out of it),
    /// leaving the HTML as it is.
    fn flush_line(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() && !self.in_caption {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.text.push_str(line);
        }
        self.line.clear();
    }

    fn push_text(&mut self, t: &str) {
        // Fold whitespace as a browser does; a run becomes one space. Runs of plain ASCII
        // words and single spaces are copied whole; other characters one at a time.
        let mut space = self.line.is_empty() || self.line.ends_with([' ', '\n']);
        let mut html = std::mem::take(&mut self.scratch);
        html.clear();
        let mut visible = false;
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if is_plain_ascii(c) {
                // A single space after a word is already folded, so it joins the run.
                let start = i;
                i += 1;
                while i < b.len() && (is_plain_ascii(b[i]) || (b[i] == b' ' && b[i - 1] != b' ')) {
                    i += 1;
                }
                self.line.push_str(&t[start..i]);
                html.push_str(&t[start..i]);
                space = b[i - 1] == b' ';
                visible = true;
                continue;
            }
            let Some(ch) = t[i..].chars().next() else {
                break;
            };
            i += ch.len_utf8();
            if ch.is_whitespace() {
                if !space {
                    self.line.push(' ');
                    html.push(' ');
                    space = true;
                }
                continue;
            }
            if ch == '\0' {
                continue;
            }
            space = false;
            visible = true;
            self.line.push(ch);
            match ch {
                '<' => html.push_str("&lt;"),
                '>' => html.push_str("&gt;"),
                '&' => html.push_str("&amp;"),
                ch => html.push(ch),
            }
        }
        if visible || (self.inline != Inline::Closed && !html.is_empty()) {
            self.ensure_inline();
            if visible {
                self.resume_inlines();
            }
            self.html.push_str(&html);
        }
        self.scratch = html;
    }

    fn close(&mut self, tag: &str, open: usize, content: usize) {
        // Anything but whitespace is content (an `<img>` is).
        if self.html[content..].trim().is_empty() {
            self.html.truncate(open);
            return;
        }
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
    }

    /// Opens `tag` (with `attrs` already escaped) and returns where it and its content start.
    fn open(&mut self, tag: &str, attrs: &str) -> (usize, usize) {
        let open = self.html.len();
        self.html.push('<');
        self.html.push_str(tag);
        self.html.push_str(attrs);
        self.html.push('>');
        (open, self.html.len())
    }

    fn block_root(&mut self, root: NodeId) {
        let mut stack = vec![Step::Enter(root, 0)];
        while let Some(step) = stack.pop() {
            match step {
                Step::CloseInline => self.close_inline(),
                Step::CloseBlock(tag, open, content) => {
                    self.end_block();
                    if tag == "figcaption" {
                        self.in_caption = false;
                    }
                    self.close(tag, open, content);
                }
                Step::EndBlock => self.end_block(),
                Step::EndCaption => {
                    self.flush_line();
                    self.in_caption = false;
                }
                Step::Enter(id, depth) => self.enter(id, depth, &mut stack),
            }
        }
        self.end_block();
    }

    fn enter(&mut self, id: NodeId, depth: usize, stack: &mut Vec<Step>) {
        let ex = self.ex;
        let dom = self.dom();
        if ex.gone[id] {
            return;
        }
        let tag = match &dom.nodes[id].data {
            NodeData::Text(t) => {
                self.push_text(t);
                return;
            }
            NodeData::Element { .. } => dom.name(id).map_or("", |n| &**n),
            _ => return,
        };
        if depth > MAX_DEPTH {
            // Past any real article's depth: keep the words, not the structure.
            self.push_text(&dom.raw_text(id));
            self.push_text(" ");
            return;
        }
        let inline_tag = matches!(
            tag,
            "a" | "em" | "strong" | "b" | "i" | "span" | "cite" | "br" | "img"
        );
        // Captions outside `figcaption` (a `div class="image-caption"`): kept in the HTML next
        // to their image, left out of the running text like `figcaption`.
        if !self.in_caption && depth > 0 && ex.caption_name[id] {
            // Only the text is set apart: the caption may sit inside a paragraph, which stays
            // open in the HTML.
            self.flush_line();
            self.in_caption = true;
            stack.push(Step::EndCaption);
        }
        if depth > 0 && (ex.drop_conditionally(id) || (!inline_tag && ex.furniture_name[id])) {
            return;
        }
        let children = |stack: &mut Vec<Step>| {
            for &c in dom.children(id).iter().rev() {
                stack.push(Step::Enter(c, depth + 1));
            }
        };
        if let Some(out) = leaf_block(tag) {
            if tag == "h1" {
                // h1 is the title, which is kept apart from the body.
                return;
            }
            // Stock phrases and repeated titles are short; most blocks need no copy of their text.
            let raw = if ex.stats[id].chars < 200 {
                dom.raw_text(id)
            } else {
                String::new()
            };
            if is_stock_phrase(&raw) {
                return;
            }
            if out.starts_with('h') && ex.title.as_deref().is_some_and(|t| fold(t) == fold(&raw)) {
                return;
            }
            self.end_block();
            let (open, content) = self.open(out, "");
            self.inline = Inline::Leaf;
            if out == "figcaption" {
                self.in_caption = true;
            }
            stack.push(Step::CloseBlock(out, open, content));
            children(stack);
            return;
        }
        if let Some(out) = container_block(tag) {
            self.end_block();
            let (open, content) = self.open(out, "");
            stack.push(Step::CloseBlock(out, open, content));
            children(stack);
            return;
        }
        match tag {
            "br" => {
                if self.inline != Inline::Closed {
                    self.html.push_str("<br>");
                }
                // A line break in the text; the scorer and readers both see a word boundary.
                while self.line.ends_with(' ') {
                    self.line.pop();
                }
                self.line.push('\n');
            }
            "hr" => self.end_block(),
            "img" => self.image(id),
            "a" => {
                if let Some(href) = dom.attr(id, "href").and_then(|h| self.resolve(h)) {
                    let start = format!(
                        "<a href=\"{}\" rel=\"noopener noreferrer\">",
                        escape_attr(&href)
                    );
                    self.open_inline("a", start);
                    stack.push(Step::CloseInline);
                }
                children(stack);
            }
            "em" | "i" | "cite" => {
                self.open_inline("em", "<em>".to_string());
                stack.push(Step::CloseInline);
                children(stack);
            }
            "strong" | "b" => {
                // Old layouts set the headline in bold at the top of the text cell.
                if ex.stats[id].chars < 200
                    && ex
                        .title
                        .as_deref()
                        .is_some_and(|t| fold(t) == fold(&dom.raw_text(id)))
                {
                    return;
                }
                self.open_inline("strong", "<strong>".to_string());
                stack.push(Step::CloseInline);
                children(stack);
            }
            t if is_block(t) => {
                self.end_block();
                stack.push(Step::EndBlock);
                children(stack);
            }
            _ => children(stack),
        }
    }

    fn image(&mut self, id: NodeId) {
        let dom = self.dom();
        let src = [
            "src",
            "data-src",
            "data-lazy-src",
            "data-original",
            "data-url",
        ]
        .iter()
        .filter_map(|a| dom.attr(id, a))
        .find(|s| !s.trim().is_empty() && !s.trim_start().starts_with("data:"))
        .map(str::to_string)
        .or_else(|| {
            dom.attr(id, "srcset")
                .or_else(|| dom.attr(id, "data-srcset"))
                .and_then(|s| {
                    s.split(',')
                        .next()
                        .and_then(|c| c.split_whitespace().next())
                        .map(str::to_string)
                })
        });
        let Some(src) = src.and_then(|s| self.resolve(&s)) else {
            return;
        };
        if !self.seen_images.insert(src.clone()) {
            return;
        }
        let alt = dom.attr(id, "alt").unwrap_or("").trim().to_string();
        // Inside a link that a block boundary closed, the image is the link's content again.
        self.resume_inlines();
        self.html.push_str("<img src=\"");
        self.html.push_str(&escape_attr(&src));
        self.html.push_str("\" alt=\"");
        self.html.push_str(&escape_attr(&alt));
        self.html.push_str("\">");
    }

    fn finish(mut self) -> Body {
        self.end_block();
        Body {
            html: self.html,
            text: self.text,
        }
    }
}

/// An ASCII byte that `push_text` copies as it is: not whitespace (as `char::is_whitespace`
/// has it), not NUL, nothing to escape.
fn is_plain_ascii(c: u8) -> bool {
    c.is_ascii() && !matches!(c, b'\t'..=b'\r' | b' ' | 0 | b'<' | b'>' | b'&')
}

/// A body from plain text (schema.org `articleBody`): one paragraph per line. The text may
/// carry HTML-escaped entities or stray tags, as sites write it; tags are dropped.
pub(crate) fn body_from_text(text: &str) -> Option<Body> {
    let mut html = String::new();
    let mut out = String::new();
    for line in text.split(['\n', '\r']) {
        let line = fold_keep_case(&strip_tags(line));
        if line.is_empty() {
            continue;
        }
        html.push_str("<p>");
        html.push_str(
            &line
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        );
        html.push_str("</p>");
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    (!out.is_empty()).then_some(Body { html, text: out })
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn fold_keep_case(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Blocks that hold inline content directly, and the tag each is written as.
fn leaf_block(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "p" | "pre" | "dt" | "dd" | "address" => "p",
        "h1" | "h2" => "h2",
        "h3" => "h3",
        "h4" | "h5" | "h6" => "h4",
        "li" => "li",
        "figcaption" => "figcaption",
        "td" => "td",
        "th" => "th",
        "caption" => "caption",
        _ => return None,
    })
}

/// Blocks that hold other blocks, written as themselves.
fn container_block(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "ul" => "ul",
        "ol" => "ol",
        "blockquote" => "blockquote",
        "figure" => "figure",
        "table" => "table",
        "thead" => "thead",
        "tbody" => "tbody",
        "tfoot" => "tfoot",
        "tr" => "tr",
        _ => return None,
    })
}

pub(crate) fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

//! A pass over the raw HTML before parsing that drops what can never be article text and
//! costs the parser most of its time: the bodies of `<script>` and `<style>`, comments, and
//! inline `<svg>` drawings (together about 60 % of a typical news page's bytes).
//!
//! It keeps the `<script>`/`<style>` tags themselves, so the tree the parser builds is the
//! same, and it keeps JSON-LD scripts whole, because the metadata comes from them. It tracks
//! tags and quoted attribute values, so a `<script` written inside an attribute or a comment
//! is not taken for a tag.
//!
//! Elements that are furniture by tag (`nav`, `aside`, `footer`) and form controls are
//! skipped whole when they are a small part of the page; the extractor would drop them anyway.
//!
//! It also drops the attributes the extractor never reads (`data-*` payloads, event handlers,
//! tracking parameters: a third of what is left of a page), keeping the ones listed in
//! [`keep`]. A tag it cannot read cleanly is copied as it stands.

pub(crate) fn strip(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0; // next byte to look at
    let mut copied = 0; // bytes of `html` before this are already in `out` (or dropped)
    let mut given_up = [false; FURNITURE_SKIP.len()];
    let mut no_skip_before = 0;
    // The end of the last tag copied as it is, and whether it was a block's (see below).
    let (mut prev_end, mut prev_block) = (0, false);
    while let Some(off) = memchr_lt(&b[i..]) {
        let lt = i + off;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            let end = find(&b[lt + 4..], b"-->").map_or(b.len(), |e| lt + 4 + e + 3);
            out.push_str(&html[copied..lt]);
            copied = end;
            i = end;
            prev_block = false;
            continue;
        }
        let (name, after_name) = tag_name(b, lt + 1);
        if name.is_empty() {
            i = lt + 1;
            continue;
        }
        let end = tag_end(b, after_name);
        // Lowered in a buffer on the stack: this runs for every tag of the page. Names longer
        // than any handled below match nothing.
        let mut lower_buf = [0u8; 16];
        let lower: &[u8] = match lower_buf.get_mut(..name.len()) {
            Some(buf) => {
                buf.copy_from_slice(name);
                buf.make_ascii_lowercase();
                buf
            }
            None => &[],
        };
        // Whitespace alone between two block tags is a text node that nothing reads (the
        // writer folds it away at the block boundary), yet one the parser must build: drop it.
        let block = is_layout_block(lower);
        if block
            && prev_block
            && copied <= prev_end
            && b[prev_end..lt]
                .iter()
                .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            out.push_str(&html[copied..prev_end]);
            copied = lt;
        }
        prev_block = false;
        let closing = b.get(lt + 1) == Some(&b'/');
        if closing {
            (prev_end, prev_block) = (end, block);
            i = end;
            continue;
        }
        match lower {
            b"script" | b"style" => {
                let keep = lower == b"script" && is_json_ld(&b[after_name..end]);
                let close: &[u8] = if lower == b"script" {
                    b"</script"
                } else {
                    b"</style"
                };
                let body_end = find_ci(&b[end..], close).map_or(b.len(), |e| end + e);
                if !keep {
                    out.push_str(&html[copied..end]);
                    copied = body_end;
                }
                i = body_end.max(end);
            }
            b"svg" => {
                let close = find_ci(&b[end..], b"</svg").map(|e| end + e);
                let stop = close.map_or(b.len(), |c| tag_end(b, c + 5));
                out.push_str(&html[copied..lt]);
                copied = stop;
                i = stop;
            }
            b"nav" | b"aside" | b"footer" | b"select" | b"button" => {
                // Furniture by tag: the extractor drops these anyway unless one holds a large
                // share of the page, so skipping them here only saves parsing. An element that
                // is a large share of the page's bytes, or whose end cannot be found by
                // counting its own opening and closing tags, is left to the parser.
                // Each search can run to the end of the page, so a page of thousands of
                // unclosed or nested furniture tags must not cost one search per tag: after a
                // failed search that tag is not tried again, and inside an element too large to
                // skip nothing is tried.
                let slot = FURNITURE_SKIP.iter().position(|t| *t == lower).unwrap_or(0);
                let found = if given_up[slot] || lt < no_skip_before {
                    None
                } else {
                    balanced_end(b, end, lower)
                };
                match found {
                    Some(stop) if (stop - lt) * 4 < b.len() => {
                        out.push_str(&html[copied..lt]);
                        copied = stop;
                        i = stop;
                    }
                    Some(stop) => {
                        no_skip_before = stop;
                        i = end;
                    }
                    None => {
                        given_up[slot] = true;
                        i = end;
                    }
                }
            }
            b"title" | b"textarea" | b"xmp" | b"noscript" | b"noembed" | b"noframes"
            | b"iframe" | b"plaintext" => {
                // Raw-text elements: their content is not markup; skip to the closing tag.
                let mut close = b"</".to_vec();
                close.extend_from_slice(lower);
                i = find_ci(&b[end..], &close).map_or(b.len(), |e| end + e);
            }
            _ => {
                out.push_str(&html[copied..lt]);
                copied = lt;
                if slim_tag(&html[lt..end], name.len(), &mut out) {
                    copied = end;
                }
                (prev_end, prev_block) = (end, block);
                i = end;
            }
        }
        // Never cut a character in half: all positions above are at ASCII bytes.
        debug_assert!(html.is_char_boundary(copied.min(html.len())));
    }
    if copied < html.len() {
        out.push_str(&html[copied..]);
    }
    out
}

/// Writes `tag` (from `<` to `>` inclusive) to `out` with only the [`keep`] attributes, and
/// says whether it did; a tag that is not plain enough to rewrite safely is left to be copied
/// as it stands (and `out` is as it was).
fn slim_tag(tag: &str, name_len: usize, out: &mut String) -> bool {
    let b = tag.as_bytes();
    if b.last() != Some(&b'>') {
        return false;
    }
    let rollback = out.len();
    let inner_end = b.len() - 1;
    let mut at = 1 + name_len;
    out.push_str(&tag[..1 + name_len]);
    loop {
        while at < inner_end && (b[at].is_ascii_whitespace() || b[at] == b'/') {
            at += 1;
        }
        if at >= inner_end {
            break;
        }
        let start = at;
        while at < inner_end
            && !b[at].is_ascii_whitespace()
            && !matches!(b[at], b'=' | b'/' | b'>' | b'"' | b'\'' | b'<')
        {
            at += 1;
        }
        if at == start {
            out.truncate(rollback);
            return false;
        }
        let name_end = at;
        let mut j = at;
        while j < inner_end && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < inner_end && b[j] == b'=' {
            j += 1;
            while j < inner_end && b[j].is_ascii_whitespace() {
                j += 1;
            }
            match b.get(j) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let Some(close) = memchr::memchr(q, &b[j + 1..inner_end]) else {
                        out.truncate(rollback);
                        return false;
                    };
                    at = j + 1 + close + 1;
                }
                _ => {
                    while j < inner_end && !b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    at = j;
                }
            }
        }
        if keep(&tag[start..name_end]) {
            out.push(' ');
            out.push_str(&tag[start..at.max(name_end)]);
        }
    }
    out.push('>');
    true
}

/// Whether anything downstream reads this attribute: the extractor (furniture, hidden, roles,
/// microdata, links and images, lazy-loading sources), the metadata reader (`<meta>`,
/// `<link>`, `<html lang>`, `<time>`, `<base>`) and the parser itself (`type`, `charset`).
/// The name is lowered on the stack and matched by the compiler's length switch, as this runs
/// for every attribute of the page.
fn keep(name: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return false;
    };
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"class"
            | b"id"
            | b"style"
            | b"hidden"
            | b"aria-hidden"
            | b"role"
            | b"itemprop"
            | b"href"
            | b"src"
            | b"alt"
            | b"srcset"
            | b"data-src"
            | b"data-srcset"
            | b"data-lazy-src"
            | b"data-original"
            | b"data-url"
            | b"rel"
            | b"property"
            | b"name"
            | b"content"
            | b"http-equiv"
            | b"charset"
            | b"lang"
            | b"xml:lang"
            | b"datetime"
            | b"type"
            | b"colspan"
            | b"rowspan"
    )
}

/// Tags between which whitespace is never content: the block-level elements of the page's
/// layout, and those of `<head>`.
fn is_layout_block(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"div"
            | b"p"
            | b"ul"
            | b"ol"
            | b"li"
            | b"dl"
            | b"dt"
            | b"dd"
            | b"section"
            | b"article"
            | b"main"
            | b"header"
            | b"footer"
            | b"nav"
            | b"aside"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"table"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"tr"
            | b"td"
            | b"th"
            | b"figure"
            | b"figcaption"
            | b"blockquote"
            | b"form"
            | b"html"
            | b"head"
            | b"body"
            | b"meta"
            | b"link"
    )
}

/// Elements skipped whole (see the module docs).
const FURNITURE_SKIP: &[&[u8]] = &[b"nav", b"aside", b"footer", b"select", b"button"];

/// Where the element `name` whose start tag ends at `from` ends (after its end tag), counting
/// nested elements of the same name.
fn balanced_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut depth = 1usize;
    let mut at = from;
    while let Some(off) = memchr_lt(&b[at..]) {
        let lt = at + off;
        let closing = b.get(lt + 1) == Some(&b'/');
        let start = if closing { lt + 2 } else { lt + 1 };
        let matches_name = b.len() >= start + name.len()
            && b[start..start + name.len()].eq_ignore_ascii_case(name)
            && !b
                .get(start + name.len())
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-');
        if matches_name {
            if closing {
                depth -= 1;
                if depth == 0 {
                    return Some(tag_end(b, start + name.len()));
                }
            } else {
                depth += 1;
            }
        }
        at = lt + 1;
    }
    None
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', b)
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    memchr::memmem::find(h, n)
}

/// Case-insensitive search for an ASCII needle that starts with `<`.
fn find_ci(h: &[u8], n: &[u8]) -> Option<usize> {
    let first = n[0];
    let mut i = 0;
    while let Some(p) = memchr::memchr(first, &h[i..]) {
        let at = i + p;
        if h.len() - at >= n.len() && h[at..at + n.len()].eq_ignore_ascii_case(n) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The tag name starting at `at` (after `<` or `</`), and where it ends.
fn tag_name(b: &[u8], mut at: usize) -> (&[u8], usize) {
    if b.get(at) == Some(&b'/') {
        at += 1;
    }
    let start = at;
    if !b.get(at).is_some_and(u8::is_ascii_alphabetic) {
        return (&[], at);
    }
    while b
        .get(at)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b':')
    {
        at += 1;
    }
    (&b[start..at], at)
}

/// The position just after the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(b: &[u8], mut at: usize) -> usize {
    while let Some(off) = memchr::memchr3(b'>', b'"', b'\'', &b[at.min(b.len())..]) {
        let c = b[at + off];
        at += off + 1;
        if c == b'>' {
            return at;
        }
        match memchr::memchr(c, &b[at..]) {
            Some(close) => at += close + 1,
            None => return b.len(),
        }
    }
    b.len()
}

fn is_json_ld(attrs: &[u8]) -> bool {
    attrs.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn drops_script_and_style_bodies_but_keeps_json_ld() {
        let html = "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style>\
                    <script type=\"application/ld+json\">{\"a\":1}</script><p>b</p>";
        assert_eq!(
            strip(html),
            "<p>a</p><script></script><style></style><script type=\"application/ld+json\">{\"a\":1}</script><p>b</p>"
        );
    }

    #[test]
    fn a_script_inside_an_attribute_or_comment_is_not_a_tag() {
        let html = "<div class=\"<script>\">keep</div><!-- <script> -->after";
        assert_eq!(strip(html), "<div class=\"<script>\">keep</div>after");
    }

    #[test]
    fn drops_attributes_nothing_reads() {
        let html = "<div data-track='{\"a\":1}' class=\"story\" onclick=alert(1) hidden><a href=/x target=_blank>x</a></div>";
        assert_eq!(
            strip(html),
            "<div class=\"story\" hidden><a href=/x>x</a></div>"
        );
        // Odd markup: copied as it stands.
        assert_eq!(strip("<p class=a>é</p>"), "<p class=a>é</p>");
        assert_eq!(strip("<p a=\"x>y</p>"), "<p a=\"x>y</p>");
    }

    #[test]
    fn drops_whitespace_between_block_tags_only() {
        assert_eq!(
            strip("<div>\n  <p>a</p>\n  <p>b <b>c</b> <i>d</i></p>\n</div> <span>x</span>\n<br>"),
            "<div><p>a</p><p>b <b>c</b> <i>d</i></p></div> <span>x</span>\n<br>"
        );
        // Not across a comment, text or a skipped element.
        assert_eq!(
            strip("<p>a</p> <!-- c --> <p>b</p> x <p>c</p>"),
            "<p>a</p>  <p>b</p> x <p>c</p>"
        );
    }

    #[test]
    fn keep_matches_the_list() {
        for k in [
            "class",
            "id",
            "href",
            "data-lazy-src",
            "aria-hidden",
            "xml:lang",
            "rowspan",
        ] {
            assert!(
                super::keep(k) && super::keep(&k.to_ascii_uppercase()),
                "{k}"
            );
        }
        assert!(!super::keep("onclick") && !super::keep("data-track") && !super::keep(""));
        assert!(!super::keep("a-very-long-attribute-name-indeed"));
    }

    #[test]
    fn skips_furniture_elements_counting_nested_ones() {
        let page = format!(
            "<nav><nav>a</nav><p>b</p></nav><article><p>{}</p></article><Aside>c</ASIDE>",
            "text ".repeat(50)
        );
        let out = strip(&page);
        assert!(
            out.starts_with("<article>") && out.ends_with("</article>"),
            "{out}"
        );
        // Unbalanced, or most of the page: left to the parser.
        assert_eq!(strip("<nav><p>x</p>"), "<nav><p>x</p>");
        assert_eq!(strip("<footer>all</footer>"), "<footer>all</footer>");
        // A longer tag name that starts the same is not the element.
        assert_eq!(strip("<navbar>x</navbar>"), "<navbar>x</navbar>");
    }

    #[test]
    fn thousands_of_unclosed_furniture_tags_stay_linear() {
        let page = "<nav>x".repeat(50_000) + &"<aside><footer>".repeat(20_000);
        let start = std::time::Instant::now();
        let _ = strip(&page);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn unterminated_constructs_do_not_panic() {
        for h in [
            "<script>",
            "<!--",
            "<svg><path",
            "<div a=\"",
            "<",
            "</",
            "<title>x",
            "é<scr",
        ] {
            let _ = strip(h);
        }
        assert_eq!(strip("é<svg>x</svg>ü"), "éü");
    }
}

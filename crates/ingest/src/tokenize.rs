//! A byte-level tokenizer for the markup nearly every page is made of, feeding html5ever's own
//! tree builder, so the tree is built by the same rules (implied end tags, tables, misnested
//! formatting) as with html5ever's tokenizer, which reads a character at a time and was half
//! of all the time spent on a page.
//!
//! It implements the HTML tokenizer's states for the well-formed cases: text with character
//! references, start and end tags with any kind of attribute value, comments, a plain
//! DOCTYPE, and the raw-text elements the tree builder switches it to. Whatever else it meets
//! (a NUL byte, a bogus comment, `<![CDATA[`, a script body with `<!--`, markup cut off by the
//! end of the page…) makes it give up, and the page is parsed again by html5ever whole: the
//! rare page costs twice, every page gets the tree html5ever would build.

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::{TreeBuilder, TreeSink};
use html5ever::{Attribute, LocalName, QualName, local_name, ns};

/// The markup this tokenizer does not handle; the caller parses the page with html5ever.
pub(crate) struct GaveUp;

type Result<T> = std::result::Result<T, GaveUp>;

/// Tokenizes `html` (with line breaks already normalised to `\n`) into a new tree builder
/// over `sink`, and returns what the sink made of it.
pub(crate) fn parse<S: TreeSink>(html: &str, sink: S) -> Result<S::Output> {
    let tb = TreeBuilder::new(sink, Default::default());
    let mut t = Tokenizer {
        html,
        b: html.as_bytes(),
        at: 0,
        tb: &tb,
        text: String::new(),
    };
    t.run()?;
    let _ = tb.process_token(Token::EOFToken, 0);
    tb.end();
    Ok(tb.sink.finish())
}

struct Tokenizer<'h, 't, S: TreeSink> {
    html: &'h str,
    b: &'h [u8],
    at: usize,
    tb: &'t TreeBuilder<S::Handle, S>,
    /// Text with character references decoded, reused between text runs and values.
    text: String,
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b' ')
}

impl<S: TreeSink> Tokenizer<'_, '_, S> {
    fn emit(&self, token: Token) -> TokenSinkResult<S::Handle> {
        self.tb.process_token(token, 0)
    }

    /// Passes on a token after which the tokenizer stays in its text state: the tree builder
    /// only switches it after a start tag (and then only to raw text), and a script's end
    /// tag asks for nothing this parser does.
    fn feed(&self, token: Token) {
        let _ = self.emit(token);
    }

    fn emit_text(&self, s: &str) {
        if !s.is_empty() {
            self.feed(Token::CharacterTokens(StrTendril::from_slice(s)));
        }
    }

    fn run(&mut self) -> Result<()> {
        let b = self.b;
        while self.at < b.len() {
            // Text up to the next markup character.
            let start = self.at;
            let stop = memchr::memchr2(b'<', b'&', &b[start..]).map_or(b.len(), |p| start + p);
            if stop > start {
                self.emit_text(&self.html[start..stop]);
            }
            self.at = stop;
            if stop == b.len() {
                break;
            }
            if b[stop] == b'&' {
                self.text.clear();
                let mut text = std::mem::take(&mut self.text);
                self.at = char_ref(self.html, stop, false, &mut text)?;
                self.emit_text(&text);
                self.text = text;
                continue;
            }
            self.markup()?;
        }
        Ok(())
    }

    /// At a `<` in text.
    fn markup(&mut self) -> Result<()> {
        let b = self.b;
        let lt = self.at;
        match b.get(lt + 1) {
            Some(c) if c.is_ascii_alphabetic() => {
                let tag = self.tag(lt + 1, TagKind::StartTag)?;
                let name = tag.name.clone();
                match self.emit(Token::TagToken(tag)) {
                    TokenSinkResult::RawData(kind) => self.raw_text(kind, &name)?,
                    TokenSinkResult::Plaintext => return Err(GaveUp),
                    _ => {}
                }
            }
            Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let tag = self.tag(lt + 2, TagKind::EndTag)?;
                self.feed(Token::TagToken(tag));
            }
            Some(b'!') if b[lt..].starts_with(b"<!--") => self.comment(lt)?,
            Some(b'!')
                if b.len() >= lt + 9 && b[lt + 2..lt + 9].eq_ignore_ascii_case(b"doctype") =>
            {
                self.doctype(lt + 9)?
            }
            // `</>`, `</1`, `<!x`, `<?x`: bogus comments and such.
            Some(b'/' | b'!' | b'?') | None => return Err(GaveUp),
            // A `<` that starts nothing is text.
            Some(_) => {
                self.emit_text("<");
                self.at = lt + 1;
            }
        }
        Ok(())
    }

    /// A tag whose name starts at `at`; leaves `self.at` after its `>`.
    fn tag(&mut self, at: usize, kind: TagKind) -> Result<Tag> {
        let b = self.b;
        let mut i = at;
        while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            if b[i] == 0 {
                return Err(GaveUp);
            }
            i += 1;
        }
        let name = lower_name(&self.html[at..i]);
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut self_closing = false;
        let mut had_duplicate_attributes = false;
        loop {
            // Before an attribute name.
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                None => return Err(GaveUp),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => {
                    if b.get(i + 1) == Some(&b'>') {
                        self_closing = true;
                        i += 2;
                        break;
                    }
                    // A stray slash is ignored.
                    i += 1;
                    continue;
                }
                Some(b'=' | b'"' | b'\'' | b'<') => return Err(GaveUp),
                Some(_) => {}
            }
            let name_start = i;
            while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                if matches!(b[i], b'"' | b'\'' | b'<' | 0) {
                    return Err(GaveUp);
                }
                i += 1;
            }
            let attr_name = &self.html[name_start..i];
            // After the name: `=` and a value, or none.
            let mut j = i;
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
            self.text.clear();
            if b.get(j) == Some(&b'=') {
                j += 1;
                while j < b.len() && is_space(b[j]) {
                    j += 1;
                }
                match b.get(j) {
                    None => return Err(GaveUp),
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let close = memchr::memchr(q, &b[j + 1..]).ok_or(GaveUp)? + j + 1;
                        self.value(j + 1, close)?;
                        i = close + 1;
                    }
                    // `a=>`: an empty value; the `>` ends the tag.
                    Some(b'>') => i = j,
                    Some(_) => {
                        let mut end = j;
                        while end < b.len() && !is_space(b[end]) && b[end] != b'>' {
                            end += 1;
                        }
                        if end == b.len() {
                            return Err(GaveUp);
                        }
                        self.value(j, end)?;
                        i = end;
                    }
                }
            } else {
                i = j;
            }
            if kind == TagKind::StartTag {
                let local = lower_name(attr_name);
                // The first of two attributes with the same name wins.
                if attrs.iter().any(|a| a.name.local == local) {
                    had_duplicate_attributes = true;
                } else {
                    attrs.push(Attribute {
                        name: QualName::new(None, ns!(), local),
                        value: StrTendril::from_slice(&self.text),
                    });
                }
            }
        }
        self.at = i;
        Ok(Tag {
            kind,
            name,
            self_closing,
            attrs,
            had_duplicate_attributes,
        })
    }

    /// Decodes the attribute value in `from..to` into `self.text`.
    fn value(&mut self, from: usize, to: usize) -> Result<()> {
        let raw = &self.html[from..to];
        if memchr::memchr2(b'&', 0, raw.as_bytes()).is_none() {
            self.text.push_str(raw);
            return Ok(());
        }
        let mut i = from;
        while i < to {
            match memchr::memchr2(b'&', 0, &self.b[i..to]) {
                None => {
                    self.text.push_str(&self.html[i..to]);
                    break;
                }
                Some(p) => {
                    let amp = i + p;
                    if self.b[amp] == 0 {
                        return Err(GaveUp);
                    }
                    self.text.push_str(&self.html[i..amp]);
                    // A reference cannot run past the value's end.
                    i = char_ref(&self.html[..to], amp, true, &mut self.text)?;
                }
            }
        }
        Ok(())
    }

    fn comment(&mut self, lt: usize) -> Result<()> {
        let b = self.b;
        let body = lt + 4;
        // `<!-->`, `<!--->`: empty comments by the tokenizer's own rules.
        if matches!(b.get(body), Some(b'>' | b'-')) {
            return Err(GaveUp);
        }
        let end = memchr::memmem::find(&b[body..], b"-->").ok_or(GaveUp)? + body;
        let text = &self.html[body..end];
        if text.contains("--!>") || text.ends_with('-') {
            return Err(GaveUp);
        }
        self.feed(Token::CommentToken(StrTendril::from_slice(text)));
        self.at = end + 3;
        Ok(())
    }

    /// `<!DOCTYPE name>`, with a public and system identifier or without; `at` is after the
    /// word DOCTYPE.
    fn doctype(&mut self, at: usize) -> Result<()> {
        let b = self.b;
        let mut i = at;
        let skip = |i: &mut usize| {
            while *i < b.len() && is_space(b[*i]) {
                *i += 1;
            }
        };
        if !b.get(i).is_some_and(|&c| is_space(c)) {
            return Err(GaveUp);
        }
        skip(&mut i);
        let name_start = i;
        while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
            if b[i] == 0 {
                return Err(GaveUp);
            }
            i += 1;
        }
        if i == name_start {
            return Err(GaveUp);
        }
        let name = lower_name(&self.html[name_start..i]);
        skip(&mut i);
        let mut public_id = None;
        let mut system_id = None;
        let quoted = |i: &mut usize| -> Result<StrTendril> {
            let q = *b.get(*i).ok_or(GaveUp)?;
            if q != b'"' && q != b'\'' {
                return Err(GaveUp);
            }
            let close = memchr::memchr(q, &b[*i + 1..]).ok_or(GaveUp)? + *i + 1;
            let id = &self.html[*i + 1..close];
            if id.contains(['>', '\0']) {
                return Err(GaveUp);
            }
            *i = close + 1;
            Ok(StrTendril::from_slice(id))
        };
        if b.get(i) != Some(&b'>') {
            let keyword = b.get(i..i + 6).ok_or(GaveUp)?;
            let public = keyword.eq_ignore_ascii_case(b"public");
            if !public && !keyword.eq_ignore_ascii_case(b"system") {
                return Err(GaveUp);
            }
            i += 6;
            if !b.get(i).is_some_and(|&c| is_space(c)) {
                return Err(GaveUp);
            }
            skip(&mut i);
            if public {
                public_id = Some(quoted(&mut i)?);
                if b.get(i) != Some(&b'>') {
                    if !b.get(i).is_some_and(|&c| is_space(c)) {
                        return Err(GaveUp);
                    }
                    skip(&mut i);
                    if b.get(i) != Some(&b'>') {
                        system_id = Some(quoted(&mut i)?);
                    }
                }
            } else {
                system_id = Some(quoted(&mut i)?);
            }
            skip(&mut i);
            if b.get(i) != Some(&b'>') {
                return Err(GaveUp);
            }
        }
        self.feed(Token::DoctypeToken(Doctype {
            name: Some(StrTendril::from_slice(&name)),
            public_id,
            system_id,
            force_quirks: false,
        }));
        self.at = i + 1;
        Ok(())
    }

    /// The content of a raw-text element (`<title>`, `<style>`, `<script>`…) up to its end
    /// tag, which is then tokenized as a tag.
    fn raw_text(&mut self, kind: RawKind, name: &LocalName) -> Result<()> {
        let b = self.b;
        let start = self.at;
        let mut i = start;
        let end = loop {
            let lt = memchr::memmem::find(&b[i..], b"</").ok_or(GaveUp)? + i;
            let after = lt + 2 + name.len();
            if b.len() > after
                && b[lt + 2..after].eq_ignore_ascii_case(name.as_bytes())
                && (is_space(b[after]) || b[after] == b'/' || b[after] == b'>')
            {
                break lt;
            }
            i = lt + 2;
        };
        let body = &self.html[start..end];
        if body.contains('\0') {
            return Err(GaveUp);
        }
        match kind {
            RawKind::Rawtext => self.emit_text(body),
            RawKind::ScriptData if !body.contains("<!--") => self.emit_text(body),
            RawKind::Rcdata => {
                self.text.clear();
                let mut text = std::mem::take(&mut self.text);
                let mut j = start;
                while let Some(p) = memchr::memchr(b'&', &b[j..end]) {
                    text.push_str(&self.html[j..j + p]);
                    j = char_ref(&self.html[..end], j + p, false, &mut text)?;
                }
                text.push_str(&self.html[j..end]);
                self.emit_text(&text);
                self.text = text;
            }
            _ => return Err(GaveUp),
        }
        self.at = end;
        let tag = self.tag(end + 2, TagKind::EndTag)?;
        self.feed(Token::TagToken(tag));
        Ok(())
    }
}

/// A tag or attribute name as the tokenizer keeps it: ASCII capitals lowered.
fn lower_name(s: &str) -> LocalName {
    if let Some(common) = common_name(s) {
        return common;
    }
    if s.bytes().any(|c| c.is_ascii_uppercase()) {
        LocalName::from(s.to_ascii_lowercase())
    } else {
        LocalName::from(s)
    }
}

/// The names most tags and attributes have, without hashing them to find their atom (which
/// interning each name would do).
fn common_name(s: &str) -> Option<LocalName> {
    Some(match s {
        "a" => local_name!("a"),
        "p" => local_name!("p"),
        "b" => local_name!("b"),
        "i" => local_name!("i"),
        "li" => local_name!("li"),
        "ul" => local_name!("ul"),
        "br" => local_name!("br"),
        "em" => local_name!("em"),
        "td" => local_name!("td"),
        "tr" => local_name!("tr"),
        "h2" => local_name!("h2"),
        "h3" => local_name!("h3"),
        "id" => local_name!("id"),
        "div" => local_name!("div"),
        "img" => local_name!("img"),
        "nav" => local_name!("nav"),
        "src" => local_name!("src"),
        "alt" => local_name!("alt"),
        "rel" => local_name!("rel"),
        "span" => local_name!("span"),
        "meta" => local_name!("meta"),
        "link" => local_name!("link"),
        "time" => local_name!("time"),
        "href" => local_name!("href"),
        "name" => local_name!("name"),
        "role" => local_name!("role"),
        "type" => local_name!("type"),
        "class" => local_name!("class"),
        "style" => local_name!("style"),
        "script" => local_name!("script"),
        "strong" => local_name!("strong"),
        "figure" => local_name!("figure"),
        "button" => local_name!("button"),
        "source" => local_name!("source"),
        "header" => local_name!("header"),
        "footer" => local_name!("footer"),
        "section" => local_name!("section"),
        "article" => local_name!("article"),
        "picture" => local_name!("picture"),
        "content" => local_name!("content"),
        "itemprop" => local_name!("itemprop"),
        "property" => local_name!("property"),
        "srcset" => local_name!("srcset"),
        _ => return None,
    })
}

/// Decodes the character reference at `amp` (an `&`) in `s` into `out`, by the tokenizer's
/// rules (the longest entity name that matches, the legacy names without `;`, and in an
/// attribute value a legacy name followed by `=` or a letter left alone); returns where the
/// text goes on. What is not a reference is copied as it stands.
fn char_ref(s: &str, amp: usize, in_attribute: bool, out: &mut String) -> Result<usize> {
    let b = s.as_bytes();
    let rest = &b[amp + 1..];
    match rest.first() {
        Some(b'#') => numeric_ref(s, amp, out),
        Some(c) if c.is_ascii_alphanumeric() => {
            // Entity names are ASCII and at most 32 bytes with their `;`.
            let mut best: Option<((u32, u32), usize)> = None;
            let mut len = 0;
            while len < rest.len() && len < 40 && rest[len].is_ascii() {
                len += 1;
                let Some(&m) = NAMED_ENTITIES.get(&s[amp + 1..amp + 1 + len]) else {
                    break;
                };
                if m.0 != 0 {
                    best = Some((m, len));
                }
                if rest[len - 1] == b';' {
                    break;
                }
            }
            let Some(((c1, c2), len)) = best else {
                out.push('&');
                return Ok(amp + 1);
            };
            let next = rest.get(len);
            if rest[len - 1] != b';'
                && in_attribute
                && next.is_some_and(|&c| c == b'=' || c.is_ascii_alphanumeric())
            {
                out.push('&');
                return Ok(amp + 1);
            }
            out.push(char::from_u32(c1).ok_or(GaveUp)?);
            if c2 != 0 {
                out.push(char::from_u32(c2).ok_or(GaveUp)?);
            }
            Ok(amp + 1 + len)
        }
        _ => {
            out.push('&');
            Ok(amp + 1)
        }
    }
}

/// `&#123;` or `&#x7b;`, the `;` optional, with the tokenizer's replacements for values
/// that are not characters or are C1 controls.
fn numeric_ref(s: &str, amp: usize, out: &mut String) -> Result<usize> {
    let b = s.as_bytes();
    let mut i = amp + 2;
    let hex = matches!(b.get(i), Some(b'x' | b'X'));
    if hex {
        i += 1;
    }
    let base = if hex { 16 } else { 10 };
    let digits_start = i;
    let mut n: u32 = 0;
    let mut too_big = false;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(base)) {
        n = n.wrapping_mul(base);
        if n > 0x10FFFF {
            too_big = true;
        }
        n = n.wrapping_add(d);
        i += 1;
    }
    if i == digits_start {
        // `&#` or `&#x` with no digits: not a reference.
        out.push_str(&s[amp..digits_start]);
        return Ok(digits_start);
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match n {
        n if too_big || n > 0x10FFFF => '\u{fffd}',
        0 | 0xD800..=0xDFFF => '\u{fffd}',
        0x80..=0x9F => C1_REPLACEMENTS[(n - 0x80) as usize]
            .or_else(|| char::from_u32(n))
            .ok_or(GaveUp)?,
        n => char::from_u32(n).ok_or(GaveUp)?,
    };
    out.push(c);
    Ok(i)
}

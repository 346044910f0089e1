//! Broken input never panics and decodes right. Regression-style: each test is one way real
//! pages (or attackers) break HTML.

use gazette_ingest::{decode, extract};

fn article(inner: &str) -> String {
    format!(
        "<html><body><article>{inner}<p>This is a perfectly ordinary closing paragraph of text, long enough to count.</p></article></body></html>"
    )
}

#[test]
fn unclosed_tags_are_recovered() {
    let html = "<html><body><div><article><p>First paragraph of the story with <b>bold <i>and italic text that never closes, which is long enough\n<p>Second paragraph of the story, also with enough words to be scored as text.<ul><li>item";
    let e = extract(html, Some("https://example.org/a"));
    assert!(e.text.contains("First paragraph"));
    assert!(e.text.contains("Second paragraph"));
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow_the_stack() {
    let depth = 10_000;
    let html = format!(
        "{}<p>Deep text at the bottom of the tree, with words enough to count.</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    // Run on a thread with a small stack, as a job runner's worker might have.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract(&html, None))
        .expect("thread starts");
    let e = handle.join().expect("extract did not panic");
    assert!(e.text.contains("Deep text"), "{:?}", e.text);
    let inline = format!("<p>{}deep{}</p>", "<b>".repeat(depth), "</b>".repeat(depth));
    let _ = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract(&inline, None))
        .unwrap()
        .join()
        .expect("no panic");
}

#[test]
fn nul_bytes_and_control_characters_are_dropped() {
    let html = article(
        "<p>Nul\0 in the \u{1} middle of a paragraph that is long enough to be kept as text.</p>",
    );
    let e = extract(&html, None);
    assert!(!e.body_html.contains('\0') && !e.text.contains('\0'));
    assert!(e.text.contains("middle of a paragraph"));
}

#[test]
fn a_huge_attribute_is_harmless() {
    let big = "x".repeat(3 * 1024 * 1024);
    let html = article(&format!(
        "<p class=\"{big}\" data-x='{big}'>A paragraph behind a five megabyte attribute, with words to count.</p><img src=\"/{}.jpg\">",
        &big[..100_000]
    ));
    let e = extract(&html, Some("https://example.org/"));
    assert!(e.text.contains("five megabyte attribute"));
}

#[test]
fn script_content_and_event_handlers_never_reach_the_body() {
    let html = article(
        "<p onclick=\"alert(1)\">Click me if you can, this paragraph is long enough to be kept.</p><script>alert(2)</script><a href=\"javascript:alert(3)\">link</a><img src=x onerror=alert(4)><iframe src=\"https://evil.example\"></iframe>",
    );
    let e = extract(&html, Some("https://example.org/"));
    assert!(!e.body_html.contains("alert"), "{}", e.body_html);
    assert!(!e.body_html.contains("javascript:"));
    assert!(!e.body_html.contains("<iframe"));
}

#[test]
fn windows_1252_bytes_decode_with_their_declared_charset() {
    let bytes = b"<html><head><meta charset=\"windows-1252\"></head><body><article><p>\x93Quoted\x94 caf\xe9 na\xefve \x80 price, a paragraph long enough to keep.</p></article></body></html>";
    let html = decode(bytes, None);
    let e = extract(&html, None);
    assert!(
        e.text.contains("\u{201c}Quoted\u{201d} café naïve € price"),
        "{}",
        e.text
    );
}

#[test]
fn iso_8859_1_from_the_header_decodes_as_browsers_do() {
    let bytes = b"<p>Gr\xfc\xdfe aus K\xf6ln, a paragraph long enough to keep as the article text here.</p>";
    let html = decode(bytes, Some("text/html; charset=ISO-8859-1"));
    assert!(extract(&html, None).text.contains("Grüße aus Köln"));
}

#[test]
fn shift_jis_decodes() {
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("<html><head><meta charset=\"shift_jis\"></head><body><article><p>東京の天気は晴れ、気温は二十度まで上がる見込みです。週末は雨になるでしょう。</p></article></body></html>");
    let html = decode(&bytes, None);
    assert!(extract(&html, None).text.contains("東京の天気は晴れ"));
}

#[test]
fn invalid_utf8_under_a_declared_charset_never_panics() {
    let mut bytes = b"<meta charset=utf-8><article><p>".to_vec();
    bytes.extend_from_slice(&[0xff, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f]);
    bytes.extend_from_slice(
        b" still a readable paragraph that is long enough to count.</p></article>",
    );
    let html = decode(&bytes, Some("text/html; charset=utf-8"));
    assert!(
        extract(&html, None)
            .text
            .contains("still a readable paragraph")
    );
    for label in [
        "windows-1252",
        "iso-8859-1",
        "shift_jis",
        "euc-jp",
        "gb18030",
        "utf-16le",
        "x-unknown",
    ] {
        let _ = extract(
            &decode(&bytes, Some(&format!("text/html; charset={label}"))),
            None,
        );
    }
}

#[test]
fn empty_and_odd_inputs_give_an_empty_article() {
    for html in [
        "",
        " ",
        "<",
        "<!--",
        "<html>",
        "</p></p></div>",
        "<svg><p>",
        "<table><td><table><td>",
        "\u{feff}",
        "<base href=\"javascript:x\"><a href=\"y\">z</a>",
    ] {
        let e = extract(html, Some("not a url"));
        assert!(e.text.len() < 100);
    }
}

/// A small deterministic generator of broken HTML (no test dependency needed): tag soup from
/// a seeded xorshift, fed through decode and extract.
#[test]
fn random_tag_soup_never_panics() {
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"article-body\">",
        "</div>",
        "<a href=\"/x\">",
        "</a>",
        "<table>",
        "<td>",
        "<tr>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<svg>",
        "</svg>",
        "<b>",
        "<i>",
        "<ul><li>",
        "</li>",
        "<img src=",
        "\"",
        "'",
        ">",
        "<",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "\0",
        "text words here, ",
        "<br>",
        "<h1>",
        "<h2>",
        "<figure>",
        "<figcaption>",
        "<blockquote>",
        "<noscript>",
        "<template>",
        "<select><option>",
        "<form>",
        "<meta charset=shift_jis>",
        "<base href=\"http://a/\">",
        "<frameset>",
        "<math>",
        "<title>",
        "é",
        "😀",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..400 {
        let len = (next() % 300) as usize;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let mut bytes = s.into_bytes();
        // Corrupt a few bytes so the input is not valid UTF-8 either.
        for _ in 0..(next() % 4) {
            if !bytes.is_empty() {
                let i = (next() % bytes.len() as u64) as usize;
                bytes[i] = (next() & 0xff) as u8;
            }
        }
        let html = decode(&bytes, None);
        let _ = extract(&html, Some("https://example.org/dir/page"));
    }
}

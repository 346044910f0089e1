//! Arbitrary bytes through the whole import path after fetching: decode with a charset taken
//! from the input itself, then extract. The extractor must never panic, whatever the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

const LABELS: &[&str] = &[
    "utf-8",
    "windows-1252",
    "iso-8859-1",
    "shift_jis",
    "euc-kr",
    "gb18030",
    "utf-16le",
    "koi8-r",
    "bogus",
];

fuzz_target!(|data: &[u8]| {
    // The first byte picks a declared charset (or none), so every decoder is exercised.
    let (content_type, body) = match data.split_first() {
        Some((&b, rest)) if (b as usize) < LABELS.len() => (
            Some(format!("text/html; charset={}", LABELS[b as usize])),
            rest,
        ),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let html = gazette_ingest::decode(body, content_type.as_deref());
    let out = gazette_ingest::extract(&html, Some("https://example.org/section/page.html"));
    // What comes out is sanitised: no script, whatever went in.
    assert!(!out.body_html.contains("<script"));
});

//! A partner's feed as fetched: RSS, Atom or JSON Feed bytes through `gazette_ingest::feed`.
//! Never panics; every item it keeps has an absolute http(s) page URL.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(items) = gazette_ingest::feed::parse_feed(data, "https://partner.example/news/feed.xml")
    else {
        return;
    };
    for item in items {
        assert!(
            item.url.starts_with("https://") || item.url.starts_with("http://"),
            "item page {:?} is not an absolute http(s) URL",
            item.url
        );
    }
});

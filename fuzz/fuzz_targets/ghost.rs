//! A Ghost export as uploaded: JSON bytes through `gazette_ingest::ghost::parse`. Never panics;
//! what it accepts has an id on every post and says whether the URL placeholder occurs.
#![no_main]

use gazette_ingest::ghost::{URL_PLACEHOLDER, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(export) = parse(data) else {
        return;
    };
    let mut placeholder = false;
    for post in &export.posts {
        assert!(!post.id.is_empty(), "a post without an id was accepted");
        placeholder |= post
            .html
            .as_deref()
            .is_some_and(|h| h.contains(URL_PLACEHOLDER))
            || post
                .feature_image
                .as_deref()
                .is_some_and(|u| u.contains(URL_PLACEHOLDER));
    }
    assert_eq!(export.uses_url_placeholder, placeholder);
});

//! A WordPress export (WXR) as uploaded, through `gazette_ingest::wordpress`: the scan, the
//! item stream, and each post's content turned into HTML. Never panics, and the reader's answer
//! does not depend on how its input arrives: read through a buffer of a few bytes it gives the
//! same site and the same posts as from one string.
#![no_main]

use std::io::BufReader;

use gazette_ingest::wordpress::{WxrItems, content_to_html, parse, scan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if mode & 1 == 1 {
        // Post content alone: shortcodes, block comments, autop.
        content_to_html(&text);
        return;
    }
    let whole = parse(&text);
    let capacity = 1 + usize::from(mode >> 1) % 64;
    let site = scan(BufReader::with_capacity(capacity, text.as_bytes()));
    let items: Result<Vec<_>, _> =
        WxrItems::new(BufReader::with_capacity(capacity, text.as_bytes())).collect();
    match (whole, site, items) {
        (Ok((whole_site, whole_items)), Ok(site), Ok(items)) => {
            assert_eq!(
                whole_site, site,
                "the scan depends on the read buffer's size"
            );
            assert_eq!(
                whole_items, items,
                "the items depend on the read buffer's size"
            );
            assert_eq!(
                site.posts + site.pages,
                items.len(),
                "the scan and the stream disagree"
            );
            for item in &items {
                content_to_html(&item.content);
            }
        }
        (Err(_), site, items) => assert!(
            site.is_err() || items.is_err(),
            "refused as one string, accepted through a {capacity}-byte buffer"
        ),
        (Ok(_), site, items) => panic!(
            "accepted as one string, refused through a {capacity}-byte buffer: {:?} {:?}",
            site.err(),
            items.err()
        ),
    }
});

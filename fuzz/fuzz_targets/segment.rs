//! The translation segmenter and the answer check (`gazette_translate`), on article HTML and an
//! engine's answer. Never panics, and:
//!
//! - reassembling the segments' own texts gives back HTML with the same text, which segments
//!   into the same texts again and reassembles to itself (one pass normalises, the next changes
//!   nothing);
//! - reassembling with a wrong number of translations is an error, not a panic;
//! - a segment checked against itself never fails on markup (tags, links, attributes, balance):
//!   only the language checks may refuse an answer that is the source.
//!
//! Input: byte 0 sets `max_chars`, byte 1 the language pair; the rest is the document, then
//! after a NUL byte (if any) an engine's answer checked against each segment.
#![no_main]

use gazette_translate::check::{CheckError, check_segment};
use gazette_translate::html_to_text;
use gazette_translate::segment::{SegmentOptions, segment_with};
use libfuzzer_sys::fuzz_target;

const LANGUAGES: &[&str] = &[
    "en", "fr", "es", "de", "ru", "ja", "zh", "ar", "el", "he", "hi", "ko", "pt-BR", "xx", "",
];

fuzz_target!(|data: &[u8]| {
    let [limit, pair, rest @ ..] = data else {
        return;
    };
    let options = SegmentOptions {
        max_chars: usize::from(*limit) * 4,
    };
    let source_lang = LANGUAGES[usize::from(pair & 0x0f) % LANGUAGES.len()];
    let target_lang = LANGUAGES[usize::from(pair >> 4) % LANGUAGES.len()];
    let (document, answer) = match rest.iter().position(|&b| b == 0) {
        Some(at) => (&rest[..at], Some(String::from_utf8_lossy(&rest[at + 1..]))),
        None => (rest, None),
    };
    let html = String::from_utf8_lossy(document);

    let doc = segment_with(&html, &options);
    let texts = doc.texts();
    let once = doc
        .reassemble(&texts)
        .expect("a document takes back its own segments");
    if let Some((_, fewer)) = texts.split_last() {
        assert!(doc.reassemble(fewer).is_err());
    }
    assert_eq!(
        html_to_text(&once),
        html_to_text(&html),
        "reassembly changed the text"
    );

    let again = segment_with(&once, &options);
    assert_eq!(
        again.texts(),
        texts,
        "segmenting the reassembled document cut it differently"
    );
    assert_eq!(
        again.reassemble(&again.texts()).expect("same count"),
        once,
        "a second reassembly changed the document"
    );

    for text in &texts {
        match check_segment(text, text, source_lang, target_lang) {
            Ok(_)
            | Err(
                CheckError::Untranslated
                | CheckError::WrongScript { .. }
                | CheckError::WrongLanguage { .. },
            ) => {}
            Err(markup) => panic!("{text:?} checked against itself: {markup}"),
        }
        if let Some(answer) = &answer {
            let _ = check_segment(text, answer, source_lang, target_lang);
        }
    }
    if let Some(answer) = &answer {
        let _ = check_segment(&html, answer, source_lang, target_lang);
        let answers = vec![answer.as_ref(); texts.len()];
        doc.reassemble(&answers).expect("same count");
    }
});

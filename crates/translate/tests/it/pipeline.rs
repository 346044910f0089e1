//! The whole path over the fake servers: fallback between engines, markup checks with retry
//! and flagging, glossary terms.

use std::sync::Arc;
use std::time::Duration;

use gazette_translate::check::CheckError;
use gazette_translate::glossary::GlossaryError;
use gazette_translate::{ChainError, Glossary, Outcome, Problem, Router, Term, translate_html};

use crate::{deepl, libretranslate};

async fn router() -> (
    Router,
    crate::support::Shared<deepl::Mode>,
    crate::support::Shared<libretranslate::Mode>,
) {
    let (deepl_url, deepl_state) = deepl::server().await;
    let (libre_url, libre_state) = libretranslate::server().await;
    let router = Router::new()
        .with_engine("deepl", Arc::new(deepl::engine(&deepl_url)))
        .with_engine("libre", Arc::new(libretranslate::engine(&libre_url)))
        .with_default(&["deepl", "libre"])
        .with_language("ru", &["libre"])
        .with_language("sw", &["deepl", "libre"]);
    (router, deepl_state, libre_state)
}

const ARTICLE: &str = "<h2>Budget vote</h2>\n<p>The <a href=\"https://example.org/vote\">vote</a> was close.</p>\n<p>Nobody expected it.</p>";

#[tokio::test]
async fn quota_exceeded_falls_back_to_the_next_engine() {
    let (router, deepl_state, _) = router().await;
    deepl_state.set(deepl::Mode::QuotaExceeded);
    let doc = translate_html(
        &router.chain_for("de"),
        &Glossary::default(),
        "en",
        "de",
        ARTICLE,
    )
    .await
    .unwrap();
    let provenance = doc.provenance.clone().unwrap();
    assert_eq!(
        (provenance.engine_id.as_str(), provenance.engine.as_str()),
        ("libre", "libretranslate")
    );
    assert_eq!(
        doc.html,
        "<h2>BUDGET VOTE</h2>\n<p>THE <a href=\"https://example.org/vote\">VOTE</a> WAS CLOSE.</p>\n<p>NOBODY EXPECTED IT.</p>"
    );
    assert!(doc.is_complete());
}

#[tokio::test]
async fn first_engine_translates_when_it_can() {
    let (router, _, libre_state) = router().await;
    let doc = translate_html(
        &router.chain_for("de"),
        &Glossary::default(),
        "en",
        "de",
        ARTICLE,
    )
    .await
    .unwrap();
    assert_eq!(doc.provenance.unwrap().engine, "deepl");
    assert!(libre_state.logged().is_empty());
    assert_eq!(doc.segments.len(), 3);
}

#[tokio::test]
async fn unsupported_language_moves_on_without_asking() {
    let (router, deepl_state, _) = router().await;
    let doc = translate_html(
        &router.chain_for("sw"),
        &Glossary::default(),
        "en",
        "sw",
        ARTICLE,
    )
    .await
    .unwrap();
    assert_eq!(doc.provenance.unwrap().engine_id, "libre");
    assert!(deepl_state.logged().is_empty());
}

#[tokio::test]
async fn rate_limit_is_returned_as_retryable_not_hidden_by_fallback() {
    let (router, deepl_state, libre_state) = router().await;
    deepl_state.set(deepl::Mode::RateLimited);
    let err = translate_html(
        &router.chain_for("fr"),
        &Glossary::default(),
        "en",
        "fr",
        ARTICLE,
    )
    .await
    .unwrap_err();
    assert!(err.is_retryable(), "{err}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert!(libre_state.logged().is_empty());
}

#[tokio::test]
async fn every_engine_refusing_is_a_permanent_error() {
    let (router, deepl_state, libre_state) = router().await;
    deepl_state.set(deepl::Mode::QuotaExceeded);
    let err = translate_html(
        &router.chain_for("ja"),
        &Glossary::default(),
        "en",
        "ja",
        ARTICLE,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, ChainError::Exhausted { attempts, .. } if attempts.len() == 2),
        "{err}"
    );
    assert!(!err.is_retryable());
    assert_eq!(libre_state.logged().len(), 1);
}

#[tokio::test]
async fn dropped_link_is_rejected_and_retried_with_the_next_engine() {
    // LibreTranslate first this time, losing links; DeepL second.
    let (d_url, _) = deepl::server().await;
    let (l_url, l_state) = libretranslate::server().await;
    l_state.set(libretranslate::Mode::DropLinks);
    let chain = Router::new()
        .with_engine("libre", Arc::new(libretranslate::engine(&l_url)))
        .with_engine("deepl", Arc::new(deepl::engine(&d_url)))
        .with_default(&["libre", "deepl"])
        .chain_for("de");
    let doc = translate_html(&chain, &Glossary::default(), "en", "de", ARTICLE)
        .await
        .unwrap();
    assert!(doc.is_complete());
    assert!(
        doc.html
            .contains("<a href=\"https://example.org/vote\">VOTE</a>"),
        "{}",
        doc.html
    );
    match &doc.segments[1].outcome {
        Outcome::Translated {
            provenance,
            retried,
            ..
        } => {
            assert!(*retried);
            assert_eq!(provenance.engine_id, "deepl");
        }
        other => panic!("segment with the link: {other:?}"),
    }
    match &doc.segments[2].outcome {
        Outcome::Translated {
            provenance,
            retried,
            ..
        } => {
            assert!(!*retried);
            assert_eq!(provenance.engine_id, "libre");
        }
        other => panic!("segment without a link: {other:?}"),
    }
}

#[tokio::test]
async fn a_rejected_segment_goes_to_every_engine_of_the_chain_before_it_is_flagged() {
    // Two engines in a row lose the link; the third keeps it.
    let (first_url, first) = libretranslate::server().await;
    let (second_url, second) = libretranslate::server().await;
    let (d_url, _) = deepl::server().await;
    first.set(libretranslate::Mode::DropLinks);
    second.set(libretranslate::Mode::DropLinks);
    let chain = Router::new()
        .with_engine("libre-a", Arc::new(libretranslate::engine(&first_url)))
        .with_engine("libre-b", Arc::new(libretranslate::engine(&second_url)))
        .with_engine("deepl", Arc::new(deepl::engine(&d_url)))
        .with_default(&["libre-a", "libre-b", "deepl"])
        .chain_for("de");
    let doc = translate_html(&chain, &Glossary::default(), "en", "de", ARTICLE)
        .await
        .unwrap();
    assert!(doc.is_complete(), "{:?}", doc.flagged().collect::<Vec<_>>());
    match &doc.segments[1].outcome {
        Outcome::Translated {
            provenance,
            retried,
            ..
        } => {
            assert!(*retried);
            assert_eq!(provenance.engine_id, "deepl");
        }
        other => panic!("segment with the link: {other:?}"),
    }
    // Each engine that got it wrong was asked once, with the segment it got wrong.
    assert_eq!(first.logged().len(), 1);
    assert_eq!(second.logged().len(), 1);

    // With every engine losing it, it is flagged with the last engine's problem.
    let chain = Router::new()
        .with_engine("libre-a", Arc::new(libretranslate::engine(&first_url)))
        .with_engine("libre-b", Arc::new(libretranslate::engine(&second_url)))
        .with_default(&["libre-a", "libre-b"])
        .chain_for("de");
    let doc = translate_html(&chain, &Glossary::default(), "en", "de", ARTICLE)
        .await
        .unwrap();
    let flagged: Vec<_> = doc.flagged().map(|(i, _)| i).collect();
    assert_eq!(flagged, [1]);
    match &doc.segments[1].outcome {
        Outcome::Flagged { provenance, .. } => {
            assert_eq!(provenance.as_ref().unwrap().engine_id, "libre-b");
        }
        other => panic!("segment with the link: {other:?}"),
    }
    assert_eq!(first.logged().len(), 2);
    assert_eq!(second.logged().len(), 2);
}

#[tokio::test]
async fn dropped_link_with_no_other_engine_is_flagged_and_keeps_the_source() {
    let (l_url, l_state) = libretranslate::server().await;
    l_state.set(libretranslate::Mode::DropLinks);
    let chain = Router::new()
        .with_engine("libre", Arc::new(libretranslate::engine(&l_url)))
        .with_default(&["libre"])
        .chain_for("de");
    let doc = translate_html(&chain, &Glossary::default(), "en", "de", ARTICLE)
        .await
        .unwrap();
    let flagged: Vec<_> = doc.flagged().collect();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0].0, 1);
    assert!(
        matches!(flagged[0].1, Problem::Markup(CheckError::TagCount { tag, .. }) if tag == "a")
    );
    assert!(
        doc.html
            .contains("<p>The <a href=\"https://example.org/vote\">vote</a> was close.</p>")
    );
    assert!(doc.html.contains("NOBODY EXPECTED IT."));
    // Sent twice: the retry went to the same, only engine.
    assert_eq!(l_state.logged().len(), 2);
}

#[tokio::test]
async fn glossary_terms_are_kept_or_mapped() {
    let (router, _, _) = router().await;
    let glossary = Glossary::new([
        Term::keep("Maria Lopez"),
        Term::keep("Bank of England").mapped("de", "Bank von England"),
    ]);
    let html = "<p>Maria Lopez of the <em>Bank of England</em> spoke.</p>";
    let doc = translate_html(&router.chain_for("de"), &glossary, "en", "de", html)
        .await
        .unwrap();
    assert!(doc.is_complete(), "{:?}", doc.flagged().collect::<Vec<_>>());
    assert_eq!(
        doc.html,
        "<p>Maria Lopez OF THE <em>Bank von England</em> SPOKE.</p>"
    );
}

#[tokio::test]
async fn lost_glossary_term_is_flagged() {
    let (l_url, l_state) = libretranslate::server().await;
    l_state.set(libretranslate::Mode::DropPlaceholders);
    let chain = Router::new()
        .with_engine("libre", Arc::new(libretranslate::engine(&l_url)))
        .with_default(&["libre"])
        .chain_for("de");
    let glossary = Glossary::new([Term::keep("Maria Lopez")]);
    let doc = translate_html(
        &chain,
        &glossary,
        "en",
        "de",
        "<p>Maria Lopez spoke today.</p>",
    )
    .await
    .unwrap();
    let flagged: Vec<_> = doc.flagged().collect();
    assert_eq!(flagged.len(), 1);
    assert!(
        matches!(flagged[0].1, Problem::Glossary(GlossaryError::TermLost { term }) if term == "Maria Lopez")
    );
}

#[tokio::test]
async fn answer_in_the_wrong_script_is_flagged() {
    let (router, _, _) = router().await;
    // The fake upper-cases Latin text: for Russian that is an answer in the wrong language.
    let doc = translate_html(
        &router.chain_for("ru"),
        &Glossary::default(),
        "en",
        "ru",
        "<p>The minister resigned on Tuesday evening.</p>",
    )
    .await
    .unwrap();
    let flagged: Vec<_> = doc.flagged().collect();
    assert!(
        matches!(
            flagged[..],
            [(0, Problem::Markup(CheckError::WrongScript { .. }))]
        ),
        "{flagged:?}"
    );
}

#[tokio::test]
async fn inline_code_is_not_translated() {
    let (router, _, _) = router().await;
    let html = "<p>Type <code>make all</code> and wait.</p><pre><code>rm -rf build</code></pre>";
    let doc = translate_html(
        &router.chain_for("de"),
        &Glossary::default(),
        "en",
        "de",
        html,
    )
    .await
    .unwrap();
    assert!(doc.is_complete());
    assert_eq!(
        doc.html,
        "<p>TYPE <code>make all</code> AND WAIT.</p><pre><code>rm -rf build</code></pre>"
    );
}

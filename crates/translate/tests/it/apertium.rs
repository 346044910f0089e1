//! A real English-to-Spanish pipeline through Apertium APy, started on a free port.
//!
//! Needs the Debian packages `apertium-apy` and `apertium-eng-spa`. Without them the test
//! says it skipped and passes, unless `GAZETTE_REQUIRE_APERTIUM=1`, where it fails
//! (`gazette_testkit::apertium`).

use std::sync::Arc;

use gazette_testkit::apertium::Apy;
use gazette_translate::engine::Apertium;
use gazette_translate::engine::apertium::ApertiumConfig;
use gazette_translate::{Glossary, Outcome, Router, Term, translate_html};

#[tokio::test]
async fn apertium_translates_english_to_spanish_keeping_markup_and_terms() {
    let Some(apy) = Apy::start_or_skip(&["eng-spa"]).await else {
        return;
    };
    let engine = Apertium::new(ApertiumConfig::new(&apy.url)).expect("valid config");
    let chain = Router::new()
        .with_engine("apertium", Arc::new(engine))
        .with_default(&["apertium"])
        .chain_for("es");
    let glossary = Glossary::new([
        Term::keep("Maria Lopez"),
        Term::keep("Green Party").mapped("es", "Partido Verde"),
    ]);
    let html = "<h2>The new houses</h2>\n<p>The <a href=\"https://example.org/report\">report</a> was published by <em>the government</em> on Tuesday. Maria Lopez of the Green Party said that the houses are very expensive.</p>";
    let doc = translate_html(&chain, &glossary, "en", "es", html)
        .await
        .expect("APy translates");
    assert!(
        doc.is_complete(),
        "flagged: {:?}",
        doc.flagged().collect::<Vec<_>>()
    );
    let out = &doc.html;
    eprintln!("apertium: {out}");
    assert!(
        out.starts_with("<h2>") && out.contains("</h2>\n<p>") && out.ends_with("</p>"),
        "{out}"
    );
    assert_eq!(
        out.matches("<a href=\"https://example.org/report\">")
            .count(),
        1,
        "{out}"
    );
    assert!(out.contains("<em>") && out.contains("</em>"), "{out}");
    assert!(out.contains("Maria Lopez"), "{out}");
    assert!(
        out.contains("Partido Verde") && !out.contains("Green Party"),
        "{out}"
    );
    let lower = out.to_lowercase();
    for word in ["casas", "gobierno", "informe", "martes"] {
        assert!(lower.contains(word), "no {word:?} in {out}");
    }
    assert!(
        !lower.contains("houses") && !lower.contains("government"),
        "{out}"
    );
    let provenance = doc.provenance.expect("translated");
    assert_eq!(provenance.engine, "apertium");
    assert_eq!(provenance.model, "apertium:eng-spa");
    assert!(matches!(
        doc.segments[0].outcome,
        Outcome::Translated { .. }
    ));
}

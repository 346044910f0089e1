//! A real English-to-Spanish pipeline through Apertium APy, started on a free port.
//!
//! Needs the Debian packages `apertium-apy` and `apertium-eng-spa`. Without them the test
//! prints "skipped: apertium-apy not installed" and passes, unless `GAZETTE_REQUIRE_APERTIUM=1`,
//! where it fails.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use gazette_translate::engine::Apertium;
use gazette_translate::engine::apertium::ApertiumConfig;
use gazette_translate::{Glossary, Outcome, Router, Term, translate_html};

const MODES: &str = "/usr/share/apertium/modes";

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The APy binary, or `None` (after saying so) when the test should be skipped.
fn apy_or_skip() -> Option<PathBuf> {
    let found =
        find_on_path("apertium-apy").filter(|_| Path::new(MODES).join("eng-spa.mode").is_file());
    if found.is_none() {
        if std::env::var("GAZETTE_REQUIRE_APERTIUM").as_deref() == Ok("1") {
            panic!(
                "GAZETTE_REQUIRE_APERTIUM=1 but apertium-apy or the eng-spa pair ({MODES}/eng-spa.mode) is missing"
            );
        }
        eprintln!(
            "skipped: apertium-apy not installed (apt-get install apertium-apy apertium-eng-spa)"
        );
    }
    found
}

struct Apy {
    child: tokio::process::Child,
    url: String,
}

impl Apy {
    async fn start(binary: &Path) -> Apy {
        // APy takes a port, not a listener: find a free one and hand it over.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free local port")
            .port();
        let child = tokio::process::Command::new(binary)
            .arg("--port")
            .arg(port.to_string())
            .arg(MODES)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("apertium-apy starts");
        let url = format!("http://127.0.0.1:{port}");
        // Ready when it lists its pairs.
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = client.get(format!("{url}/listPairs")).send().await
                && r.status().is_success()
            {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "apertium-apy did not answer within 60 s"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Apy { child, url }
    }
}

#[tokio::test]
async fn apertium_translates_english_to_spanish_keeping_markup_and_terms() {
    let Some(binary) = apy_or_skip() else { return };
    let mut apy = Apy::start(&binary).await;
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
    let _ = apy.child.kill().await;
}

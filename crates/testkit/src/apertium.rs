//! A real Apertium APy (the Debian package `apertium-apy`, with pairs such as
//! `apertium-eng-spa`), started for one test on a free port of 127.0.0.1 and stopped when
//! dropped.
//!
//! Where APy or a pair the test needs is not installed, [`Apy::start_or_skip`] says "skipped"
//! on stderr and returns `None`, unless `GAZETTE_REQUIRE_APERTIUM=1`, where it panics: a
//! machine meant to run these tests must not pass them by skipping.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Where Debian's pair packages put their modes (`eng-spa.mode`, …).
pub const MODES: &str = "/usr/share/apertium/modes";

/// A running APy; killed on drop.
pub struct Apy {
    /// Base URL, e.g. `http://127.0.0.1:41234`, for `[translation.engines.x] url`.
    pub url: String,
    _child: tokio::process::Child,
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

impl Apy {
    /// Starts APy with the installed pairs, once it answers; `pairs` are the mode names the
    /// test needs (`eng-spa`).
    pub async fn start_or_skip(pairs: &[&str]) -> Option<Apy> {
        let missing: Vec<String> = pairs
            .iter()
            .filter(|p| !Path::new(MODES).join(format!("{p}.mode")).is_file())
            .map(|p| format!("{MODES}/{p}.mode"))
            .collect();
        let binary = find_on_path("apertium-apy");
        let Some(binary) = binary.filter(|_| missing.is_empty()) else {
            let what = if missing.is_empty() {
                "apertium-apy is not on PATH".to_owned()
            } else {
                format!("missing {}", missing.join(", "))
            };
            if std::env::var("GAZETTE_REQUIRE_APERTIUM").as_deref() == Ok("1") {
                panic!("GAZETTE_REQUIRE_APERTIUM=1 but Apertium cannot run: {what}");
            }
            eprintln!(
                "SKIPPED (Apertium part): {what} (apt-get install apertium-apy apertium-eng-spa)"
            );
            return None;
        };
        Some(Self::start(&binary).await)
    }

    async fn start(binary: &Path) -> Apy {
        // APy takes a port number, not a listener: find a free one and hand it over.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free local port")
            .port();
        let child = tokio::process::Command::new(binary)
            .arg("--port")
            .arg(port.to_string())
            .arg(MODES)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("apertium-apy starts");
        let url = format!("http://127.0.0.1:{port}");
        // Ready when it lists its pairs.
        let client = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("an HTTP client");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = client.get(format!("{url}/listPairs")).send().await
                && r.status().is_success()
            {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "apertium-apy did not answer on {url} within 60 s"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Apy { url, _child: child }
    }
}

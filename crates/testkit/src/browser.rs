//! Headless Chromium for tests that need a real browser: pages rendered, links followed and forms
//! filled as a reader would, against the [`TestServer`](crate::TestServer).
//!
//! [`Browser::start`] runs Debian's `chromedriver` on an ephemeral port and opens one WebDriver
//! session in `/usr/bin/chromium`. Where either is not installed the test is skipped with a
//! `skipping browser test: …` line on stderr, unless `GAZETTE_REQUIRE_BROWSER=1` (set by
//! `.ci/run`), which makes it a failure. The helpers panic with the selector and the page they
//! were on, since a test has nothing better to do with a WebDriver error; [`Browser::client`]
//! gives the full fantoccini API for anything else.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub use fantoccini;
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long [`Browser::wait_for`] and the helpers built on it wait for an element.
pub const WAIT: Duration = Duration::from_secs(10);
/// Chromium's first start on a busy two-core machine takes seconds; chromedriver's own limit is 60.
const START: Duration = Duration::from_secs(60);

/// One chromedriver process and its WebDriver session in headless Chromium; both end on drop.
pub struct Browser {
    client: Client,
    driver: Child,
    port: u16,
    session: String,
    /// chromedriver's and Chromium's `TMPDIR`: Chromium leaves its singleton socket there even
    /// after a clean quit. Removed after both have exited (fields drop after `drop` has run).
    _tmp: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and Chromium, or returns `None` (saying so on stderr) where they are
    /// not installed. Panics if they are installed but do not start, or if they are missing and
    /// `GAZETTE_REQUIRE_BROWSER=1`.
    pub async fn start() -> Option<Browser> {
        Self::start_reading(None).await
    }

    /// [`Browser::start`] for a reader whose browser asks for `languages` (an `Accept-Language`
    /// list such as `"es,en"`), in its requests and in `navigator.languages`.
    pub async fn start_reading(languages: Option<&str>) -> Option<Browser> {
        if let Some(missing) = [CHROMIUM, CHROMEDRIVER]
            .into_iter()
            .find(|p| !Path::new(p).exists())
        {
            let why =
                format!("{missing} is not installed (apt-get install chromium chromium-driver)");
            if std::env::var("GAZETTE_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
                panic!("GAZETTE_REQUIRE_BROWSER=1 but {why}");
            }
            // Straight to the stream, not eprintln!: libtest captures the macros' output of a
            // passing test, and a skip must not be silent.
            let _ = writeln!(std::io::stderr(), "skipping browser test: {why}");
            return None;
        }

        // Port 0 lets chromedriver bind a free port itself, which it then prints; no window in
        // which another process could take a port picked for it.
        let tmp = tempfile::tempdir().expect("a temporary directory for Chromium");
        let mut driver = Command::new(CHROMEDRIVER)
            .arg("--port=0")
            .env("TMPDIR", tmp.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{CHROMEDRIVER} does not start: {e}"));
        let stdout = driver.stdout.take().expect("stdout was piped");
        let (tx, rx) = mpsc::channel();
        // A plain thread reads the port line, then keeps draining so a chatty chromedriver never
        // blocks on a full pipe; it ends when chromedriver does.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(port) = started_on(&line) {
                    let _ = tx.send(port);
                }
            }
        });
        let port = match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(port) => port,
            Err(_) => {
                let _ = driver.kill();
                let _ = driver.wait();
                panic!("{CHROMEDRIVER} did not report a listening port within 10 s");
            }
        };

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        let mut options = json!({
            "binary": CHROMIUM,
            // --no-sandbox: Chromium's sandbox refuses to run as root, which tests here do.
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"],
        });
        if let Some(languages) = languages {
            options["args"]
                .as_array_mut()
                .expect("a list")
                .push(json!(format!(
                    "--lang={}",
                    languages.split(',').next().unwrap_or("")
                )));
            options["prefs"] = json!({"intl.accept_languages": languages});
        }
        caps.insert("goog:chromeOptions".into(), options);
        let webdriver = format!("http://127.0.0.1:{port}");
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(caps);
        let client = match tokio::time::timeout(START, builder.connect(&webdriver)).await {
            Ok(Ok(client)) => client,
            failed => {
                let _ = driver.kill();
                let _ = driver.wait();
                let why = match failed {
                    Ok(Err(e)) => e.to_string(),
                    _ => format!("no session within {START:?}"),
                };
                panic!("chromedriver at {webdriver} did not open {CHROMIUM}: {why}");
            }
        };
        let session = client
            .session_id()
            .await
            .ok()
            .flatten()
            .expect("a new session has an id");
        Some(Browser {
            client,
            driver,
            port,
            session,
            _tmp: tmp,
        })
    }

    /// The fantoccini client, for what the helpers do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Opens `url` and waits for it to load.
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("the browser does not open {url}: {e}"));
    }

    pub async fn current_url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_else(|e| panic!("the browser does not say where it is: {e}"))
    }

    /// The first element matching `css`, waiting up to [`WAIT`] for it to appear.
    /// A search interrupted by a page's own navigation (a script that saves, then follows a
    /// link) is made again on the next page.
    pub async fn wait_for(&self, css: &str) -> Element {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self
                .client
                .wait()
                .at_most(left)
                .for_element(Locator::Css(css))
                .await
            {
                Ok(element) => return element,
                Err(fantoccini::error::CmdError::WaitTimeout) => {
                    let url = self.current_url().await;
                    panic!("no element matches `{css}` on {url} after {WAIT:?}")
                }
                Err(e) if e.to_string().contains("navigation") && !left.is_zero() => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => {
                    let url = self.current_url().await;
                    panic!("cannot look for `{css}` on {url}: {e}")
                }
            }
        }
    }

    /// Waits up to [`WAIT`] until no element matches `css`: the page it was on has gone (a
    /// form's post answered with the next page).
    pub async fn wait_gone(&self, css: &str) {
        let deadline = std::time::Instant::now() + WAIT;
        while self.client.find(Locator::Css(css)).await.is_ok() {
            if std::time::Instant::now() > deadline {
                let url = self.current_url().await;
                panic!("`{css}` is still on {url} after {WAIT:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the value of the field matching `css` with `text`, typed as keystrokes.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        let typed = async {
            field.clear().await?;
            field.send_keys(text).await
        };
        if let Err(e) = typed.await {
            let url = self.current_url().await;
            panic!("cannot type into `{css}` on {url}: {e}");
        }
    }

    /// Clicks the element matching `css`; a link's navigation has loaded when this returns.
    pub async fn click(&self, css: &str) {
        let target = self.wait_for(css).await;
        if let Err(e) = target.click().await {
            let url = self.current_url().await;
            panic!("cannot click `{css}` on {url}: {e}");
        }
    }

    /// The rendered text of the element matching `css`: what a reader sees, so hidden text is
    /// left out.
    ///
    /// A form submitted just before may replace the page between finding the element and reading
    /// it; the element is then looked up again on the new page.
    pub async fn text(&self, css: &str) -> String {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let element = self.wait_for(css).await;
            match element.text().await {
                Ok(text) => return text,
                Err(e)
                    if e.is_stale_element_reference() && std::time::Instant::now() < deadline =>
                {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => {
                    let url = self.current_url().await;
                    panic!("cannot read the text of `{css}` on {url}: {e}")
                }
            }
        }
    }

    /// Saves the viewport as `target/screenshots/{name}.png` in the workspace; returns the path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("the browser takes no screenshot: {e}"));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .expect("testkit lives at crates/testkit in the workspace")
            .join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        path
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Killing chromedriver alone leaves Chromium running (its crash handlers even in process
        // groups of their own). Ending the session makes chromedriver quit Chromium and remove its
        // profile. Drop cannot await, and a test's runtime may have only this thread, so the
        // request goes over a blocking socket rather than through the client.
        let _ = end_session(self.port, &self.session);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// `DELETE /session/{id}`, answered once Chromium has exited.
fn end_session(port: u16, session: &str) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )?;
    // chromedriver starts answering once Chromium has exited, and then keeps the connection open
    // whatever the request says, so its first byte is the end of the wait.
    stream.read_exact(&mut [0; 1])?;
    Ok(())
}

/// The port in chromedriver's "ChromeDriver was started successfully on port 40123." line.
fn started_on(line: &str) -> Option<u16> {
    line.strip_prefix("ChromeDriver was started successfully on port ")?
        .trim_end_matches('.')
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::started_on;

    #[test]
    fn reads_the_port_chromedriver_chose() {
        assert_eq!(
            started_on("ChromeDriver was started successfully on port 44607."),
            Some(44607)
        );
        assert_eq!(started_on("Only local connections are allowed."), None);
    }
}

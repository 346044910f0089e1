//! What an operator watches, from the real `gazette` binary: Prometheus metrics on their own
//! address (off by default), JSON log lines, the access log, no colour codes in a log file,
//! named database connections and a pool no larger than configured.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use gazette_testkit::{PgDatabase, pg_reachable, reqwest};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_gazette");

/// A `gazette serve` child, killed when dropped, with its stderr kept line by line.
struct Server {
    child: Child,
    base: String,
    metrics: Option<String>,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `gazette serve` with `config` (TOML) and waits for the line saying where it serves.
    fn start(dir: &Path, config: &str, database_url: Option<&str>) -> Self {
        Self::run("serve", dir, config, database_url)
    }

    /// Like [`Server::start`] with another serving command (`demo`).
    fn run(command: &str, dir: &Path, config: &str, database_url: Option<&str>) -> Self {
        let config_path = dir.join("gazette.toml");
        std::fs::write(&config_path, config).expect("the config file is written");
        let mut cmd = Command::new(BIN);
        cmd.current_dir(dir);
        for var in [
            "DATABASE_URL",
            "GAZETTE_LOG",
            "GAZETTE_ADDR",
            "GAZETTE_DATA",
            "GAZETTE_METRICS_ADDR",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        if let Some(url) = database_url {
            cmd.env("DATABASE_URL", url);
        }
        let mut child = cmd
            .args([command, "--addr", "127.0.0.1:0", "--data"])
            .arg(dir.join("data"))
            .arg("--config")
            .arg(&config_path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gazette serve starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut stderr = child.stderr.take().expect("piped stderr");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let kept = lines.clone();
        std::thread::spawn(move || {
            // Bytes, not lines of UTF-8: an escape code must show up, not end the reading.
            let mut raw = Vec::new();
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&buf[..n]);
                while let Some(end) = raw.iter().position(|b| *b == b'\n') {
                    let line: Vec<u8> = raw.drain(..=end).collect();
                    kept.lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&line[..line.len() - 1]).into_owned());
                }
            }
        });
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut metrics = None;
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.strip_prefix("Gazette metrics at ") {
                    metrics = Some(rest.trim().to_owned());
                }
                if let Some(rest) = line.strip_prefix("Gazette is serving ") {
                    let _ = tx.send((
                        rest.trim().trim_end_matches('/').to_owned(),
                        metrics.clone(),
                    ));
                }
            }
        });
        let (base, metrics) = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("gazette serve did not start: {:?}", lines.lock().unwrap()));
        Self {
            child,
            base,
            metrics,
            stderr: lines,
        }
    }

    fn stderr(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until a stderr line satisfies `found`; panics with what was logged after 10 s.
    fn wait_for_log(&self, what: &str, found: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            if let Some(line) = self.stderr().into_iter().find(|l| found(l)) {
                return line;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no log line {what}: {:#?}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client")
}

async fn get(client: &reqwest::Client, url: &str) -> (u16, String) {
    let res = client.get(url).send().await.expect("the server answers");
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// The value of the sample `name{labels}` in Prometheus text, 0 when absent.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(' '))
        .find(|(series, _)| {
            series.split_once('{').is_some_and(|(n, rest)| {
                n == name
                    && labels
                        .iter()
                        .all(|(k, v)| rest.contains(&format!("{k}=\"{v}\"")))
            })
        })
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_are_off_by_default_and_served_on_their_own_address_when_set() {
    let client = client();
    let off_dir = tempfile::tempdir().unwrap();
    let off = Server::start(off_dir.path(), "", None);
    assert_eq!(off.metrics, None, "no metrics address by default");
    assert_eq!(get(&client, &format!("{}/metrics", off.base)).await.0, 404);
    drop(off);

    // The demo, for a queue with jobs in it (articles scheduled to go live in a few minutes).
    let dir = tempfile::tempdir().unwrap();
    let s = Server::run(
        "demo",
        dir.path(),
        "[metrics]\naddr = \"127.0.0.1:0\"\n",
        None,
    );
    let metrics = s.metrics.clone().expect("the metrics address is printed");
    assert!(
        !metrics.starts_with(&s.base),
        "metrics are not on the public address: {metrics}"
    );
    let (status, public) = get(&client, &format!("{}/metrics", s.base)).await;
    assert!(
        status == 404 && !public.contains("gazette_http"),
        "nothing of the metrics on the public address"
    );

    let (status, before) = get(&client, &metrics).await;
    assert_eq!(status, 200, "{before}");
    // Families with series now (those of newsletter editions in flight and of due jobs'
    // ages have none while nothing is sent or waiting).
    for family in [
        "# TYPE gazette_http_request_duration_seconds histogram",
        "gazette_http_request_duration_seconds_bucket{",
        "# TYPE gazette_page_cache_lookups counter",
        "gazette_jobs{kind=\"publish_scheduled\",status=\"pending\"}",
        "gazette_translations{state=\"queued\"}",
        "gazette_translations{state=\"done\",status=\"machine\"}",
        "# TYPE gazette_db_pool_connections gauge",
    ] {
        assert!(before.contains(family), "{family} in:\n{before}");
    }
    let listing = [("route", "listing"), ("status", "2xx")];
    let count = "gazette_http_request_duration_seconds_count";
    let hits = |text: &str| {
        sample(
            text,
            "gazette_page_cache_lookups_total",
            &[("result", "hit")],
        )
    };
    let misses = |text: &str| {
        sample(
            text,
            "gazette_page_cache_lookups_total",
            &[("result", "miss")],
        )
    };
    let missing = [("route", "article"), ("status", "4xx")];
    for _ in 0..3 {
        let region = format!("{}/region/middle-east-north-africa", s.base);
        assert_eq!(get(&client, &region).await.0, 200);
    }
    assert_eq!(
        get(&client, &format!("{}/no-such-article", s.base)).await.0,
        404
    );
    let (_, after) = get(&client, &metrics).await;
    assert_eq!(
        sample(&after, count, &listing) - sample(&before, count, &listing),
        3.0,
        "three listing pages counted:\n{after}"
    );
    assert_eq!(
        sample(&after, count, &missing) - sample(&before, count, &missing),
        1.0,
        "the 404 counted as an article's 4xx"
    );
    assert!(
        hits(&after) >= hits(&before) + 2.0 && misses(&after) > misses(&before),
        "the page cache's look-ups counted:\n{after}"
    );
    // The database pool: SQLite's writer and readers, each with its limit.
    assert_eq!(
        sample(
            &after,
            "gazette_db_pool_connections",
            &[("pool", "write"), ("state", "max")]
        ),
        1.0,
        "{after}"
    );
    let (status, _) = get(&client, &metrics.replace("/metrics", "/")).await;
    assert_eq!(status, 404, "only /metrics on the metrics address");
}

#[tokio::test]
async fn json_logs_parse_and_the_access_log_has_one_event_per_request() {
    let client = client();
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(
        dir.path(),
        "[log]\nformat = \"json\"\naccess = true\n",
        None,
    );
    assert_eq!(get(&client, &format!("{}/", s.base)).await.0, 200);
    assert_eq!(
        get(&client, &format!("{}/region/nowhere", s.base)).await.0,
        404
    );
    let line = s.wait_for_log("for the 404", |l| l.contains("\"listing\""));
    let event: Value = serde_json::from_str(&line).expect("an access line is JSON");
    assert_eq!(event["target"], "gazette::access", "{event}");
    assert_eq!(event["method"], "GET", "{event}");
    assert_eq!(event["route"], "listing", "{event}");
    assert_eq!(event["status"], 404, "{event}");
    assert_eq!(event["client"], "127.0.0.1", "{event}");
    assert!(event["duration_ms"].as_f64().is_some(), "{event}");
    assert!(event["bytes"].as_u64().is_some_and(|b| b > 0), "{event}");
    let lines = s.stderr();
    let home = lines
        .iter()
        .filter(|l| l.contains("\"route\":\"home\""))
        .count();
    assert_eq!(home, 1, "one event for the one home page: {lines:#?}");
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        let parsed: Result<Value, _> = serde_json::from_str(line);
        assert!(
            parsed.is_ok_and(|v| v["level"].is_string()),
            "not a JSON log line: {line:?}"
        );
    }
}

#[tokio::test]
async fn text_logs_carry_no_colour_codes_when_stderr_is_not_a_terminal() {
    let client = client();
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), "[log]\naccess = true\n", None);
    assert_eq!(get(&client, &format!("{}/", s.base)).await.0, 200);
    let line = s.wait_for_log("for the home page", |l| {
        l.contains("route=\"home\"") || l.contains("route=home")
    });
    assert!(line.contains("status=200"), "{line}");
    let lines = s.stderr();
    assert!(!lines.is_empty(), "{lines:#?}");
    for line in &lines {
        assert!(!line.contains('\u{1b}'), "an escape code in {line:?}");
    }
}

#[tokio::test]
async fn a_bad_pool_setting_stops_start_up_with_a_message_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("gazette.toml"),
        "[database]\nmax_connections = 0\n",
    )
    .unwrap();
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .env_remove("GAZETTE_CONFIG")
        .args(["serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(dir.path().join("data"))
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("[database] max_connections = 0"),
        "{stderr}"
    );
}

/// On PostgreSQL: every connection says which process holds it, a server never holds more
/// than `max_connections` (plus its change listener) however many requests wait, and local
/// media storage is warned about.
#[tokio::test]
async fn postgres_connections_are_named_and_bounded_by_the_pool_setting() {
    if !pg_reachable().await {
        return;
    }
    let db = PgDatabase::create().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(
        dir.path(),
        "[database]\nmax_connections = 3\nacquire_timeout_secs = 30\n",
        Some(&db.url),
    );
    let pid = s.child.id();
    s.wait_for_log("warning of local media", |l| {
        l.contains("media storage is local while the database is PostgreSQL")
            && l.contains("served by that server only")
    });
    let name = format!("gazette serve {pid}");
    sqlx::any::install_default_drivers();
    let watcher = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(&db.url)
        .await
        .unwrap();
    let database = db.url.rsplit('/').next().unwrap().to_owned();
    let count = || {
        let watcher = watcher.clone();
        let name = name.clone();
        let database = database.clone();
        async move {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2",
            )
            .bind(name)
            .bind(database)
            .fetch_one(&watcher)
            .await
            .unwrap();
            n
        }
    };
    // Load: pages that are not cached (every one a different listing page), 48 at once.
    let client = client();
    let mut most = 0;
    let load = {
        let base = s.base.clone();
        let client = client.clone();
        tokio::spawn(async move {
            let mut tasks = Vec::new();
            for round in 0..4 {
                for i in 0..48 {
                    let url = format!("{base}/?page={}", round * 48 + i + 2);
                    let client = client.clone();
                    tasks.push(tokio::spawn(async move {
                        client.get(url).send().await.map(|r| r.status().as_u16())
                    }));
                }
            }
            let mut statuses = Vec::new();
            for t in tasks {
                statuses.push(t.await.unwrap().unwrap());
            }
            statuses
        })
    };
    while !load.is_finished() {
        most = most.max(count().await);
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let statuses = load.await.unwrap();
    assert!(
        statuses.iter().all(|s| *s == 404),
        "every page past the last answers 404 (none timed out waiting for a connection)"
    );
    most = most.max(count().await);
    assert!(
        (1..=4).contains(&most),
        "{most} connections named {name:?}: at most 3 in the pool and 1 listening"
    );
}

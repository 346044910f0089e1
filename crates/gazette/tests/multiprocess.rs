//! The real `gazette` binary, as an operator runs it: several `gazette serve` processes sharing
//! one PostgreSQL database must serve a change made through any one of them within a second;
//! and the SQLite set-up commands (`migrate`, `init`) behave as documented.

use std::path::Path;
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

use gazette_testkit::{PgDatabase, pg_reachable, reqwest};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");

/// "A change made through any one of them is served by all within a second."
const PROPAGATION_DEADLINE: Duration = Duration::from_secs(1);

/// The binary as an operator runs it, with defaults only: no configuration leaks in from the
/// developer's shell or a `gazette.toml` in the working directory.
fn gazette(cwd: &Path) -> Command {
    gazette_testkit::process::gazette(BIN, cwd)
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the gazette binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Child processes killed when the test ends, passed or panicked.
#[derive(Default)]
struct Processes(Vec<Child>);

impl Drop for Processes {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Processes {
    /// Starts `gazette serve` on an ephemeral port and returns its base URL, read from the line
    /// it prints once it listens (no sleeping and hoping).
    fn serve(&mut self, cwd: &Path, data: &Path, database_url: &str) -> String {
        let (child, url) = gazette_testkit::process::spawn_serving(
            gazette(cwd)
                .args(["serve", "--addr", "127.0.0.1:0", "--data"])
                .arg(data)
                .env("DATABASE_URL", database_url),
        );
        self.0.push(child);
        url
    }
}

struct Admin {
    client: reqwest::Client,
    token: String,
}

impl Admin {
    async fn call(&self, method: reqwest::Method, url: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = self.client.request(method, url).bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("the server answers");
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        (status, serde_json::from_str(&body).unwrap_or(Value::Null))
    }
}

/// GETs `url` until `done` says so or the deadline passes; returns how long it took.
async fn poll_until(
    client: &reqwest::Client,
    url: &str,
    deadline: Duration,
    done: impl Fn(u16, &str) -> bool,
) -> Result<Duration, (u16, String)> {
    let start = Instant::now();
    loop {
        let res = client.get(url).send().await.expect("the server answers");
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        if done(status, &body) {
            return Ok(start.elapsed());
        }
        if start.elapsed() > deadline {
            return Err((status, body));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_change_through_one_server_is_served_by_another_within_a_second() {
    if !pg_reachable().await {
        eprintln!("SKIPPED multiprocess: needs PostgreSQL to share between processes");
        return;
    }
    let db = PgDatabase::create().await.expect("a fresh database");
    let tmp = tempfile::tempdir().unwrap();
    let (data_a, data_b) = (tmp.path().join("a"), tmp.path().join("b"));

    // The operator's first step: a user, whose token is the only thing on stdout, even with
    // logging turned up (logs belong on stderr).
    let out = run(gazette(tmp.path())
        .args([
            "user",
            "add",
            "--email",
            "editor@ledger.example",
            "--name",
            "Desk Editor",
            "--role",
            "editor",
            "--data",
        ])
        .arg(&data_a)
        .env("DATABASE_URL", &db.url)
        .env("GAZETTE_LOG", "debug"));
    assert!(out.status.success(), "user add: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "stdout is the token alone, ready for TOKEN=$(gazette user add …): {stdout:?}"
    );
    let token = lines[0].trim().to_owned();
    assert!(!token.is_empty() && !token.contains(' '), "{token:?}");

    // Servers sharing a database sign newsletter links with one key: the operator copies the
    // first server's (made by the command above) to the others.
    std::fs::create_dir_all(&data_b).unwrap();
    std::fs::copy(
        data_a.join("newsletter-link.key"),
        data_b.join("newsletter-link.key"),
    )
    .expect("the first server made its link key");

    let mut processes = Processes::default();
    let a = processes.serve(tmp.path(), &data_a, &db.url);
    let b = processes.serve(tmp.path(), &data_b, &db.url);
    assert_ne!(a, b);

    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client");
    let admin = Admin {
        client: client.clone(),
        token,
    };
    let (status, article) = admin
        .call(
            reqwest::Method::POST,
            &format!("{a}/api/v1/admin/articles"),
            Some(
                json!({"title": "Harbour strike enters third week", "body": "Dockers stayed out."}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{article}");
    let id = article["id"].as_i64().expect("an id");
    let (status, body) = admin
        .call(
            reqwest::Method::POST,
            &format!("{a}/api/v1/admin/articles/{id}/publish"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");

    // B serves what A wrote, and caches it.
    let page_b = format!("{b}/harbour-strike-enters-third-week");
    let first = client.get(&page_b).send().await.unwrap();
    assert_eq!(first.status(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(
        first
            .text()
            .await
            .unwrap()
            .contains("Harbour strike enters third week")
    );
    let second = client.get(&page_b).send().await.unwrap();
    assert_eq!(second.status(), 200);
    assert_eq!(
        second.headers()["etag"].to_str().unwrap(),
        etag,
        "B serves its cached page"
    );

    // An edit through A reaches B's cache.
    let (status, body) = admin
        .call(
            reqwest::Method::PATCH,
            &format!("{a}/api/v1/admin/articles/{id}"),
            Some(json!({"title": "Harbour strike ends after three weeks"})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let took = poll_until(&client, &page_b, PROPAGATION_DEADLINE, |status, body| {
        status == 200 && body.contains("Harbour strike ends after three weeks")
    })
    .await
    .unwrap_or_else(|(status, body)| {
        panic!(
            "B still serves the old page {PROPAGATION_DEADLINE:?} after the edit: {status} {}",
            body.chars().take(300).collect::<String>()
        )
    });
    eprintln!("the edit reached B after {took:?}");
    let fresh = client.get(&page_b).send().await.unwrap();
    assert_ne!(
        fresh.headers()["etag"].to_str().unwrap(),
        etag,
        "a new page, a new ETag"
    );

    // Withdrawing through A: B answers 410 Gone.
    let (status, body) = admin
        .call(
            reqwest::Method::POST,
            &format!("{a}/api/v1/admin/articles/{id}/unpublish"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let took = poll_until(&client, &page_b, PROPAGATION_DEADLINE, |status, _| {
        status == 410
    })
    .await
    .unwrap_or_else(|(status, _)| {
        panic!("B still answers {status} {PROPAGATION_DEADLINE:?} after the unpublish")
    });
    eprintln!("the unpublish reached B after {took:?}");

    drop(processes);
    drop(db);
}

#[test]
fn migrate_creates_the_sqlite_database_and_init_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");

    let out = run(gazette(tmp.path()).args(["migrate", "--data"]).arg(&data));
    assert!(out.status.success(), "migrate: {}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("database is up to date"),
        "{}",
        text(&out.stdout)
    );
    assert!(data.join("gazette.db").is_file());
    // Running it again is harmless.
    let out = run(gazette(tmp.path()).args(["migrate", "--data"]).arg(&data));
    assert!(
        out.status.success(),
        "second migrate: {}",
        text(&out.stderr)
    );

    let config = tmp.path().join("site.toml");
    let out = run(gazette(tmp.path()).arg("init").arg(&config));
    assert!(out.status.success(), "init: {}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        gazette_app::config::DEFAULT_CONFIG_TOML
    );

    // An operator's edited file is not clobbered…
    std::fs::write(&config, "# my settings\naddr = \"0.0.0.0:80\"\n").unwrap();
    let out = run(gazette(tmp.path()).arg("init").arg(&config));
    assert!(
        !out.status.success(),
        "init over an existing file must fail"
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("--force"),
        "the error names --force: {stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "# my settings\naddr = \"0.0.0.0:80\"\n"
    );

    // …unless asked to.
    let out = run(gazette(tmp.path()).arg("init").arg(&config).arg("--force"));
    assert!(out.status.success(), "init --force: {}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        gazette_app::config::DEFAULT_CONFIG_TOML
    );
}

//! Test support, for integration tests only: the real server on an ephemeral port, against a
//! fresh SQLite file or a fresh PostgreSQL database, talked to over real HTTP.
//!
//! PostgreSQL tests use `GAZETTE_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/test`)
//! to create one database per test. Where that server cannot be reached they are skipped with a
//! message on stderr, unless `GAZETTE_REQUIRE_PG=1` (set by `.ci/run`), which makes it a failure.

use std::time::Duration;

use gazette_app::{App, Config, NewUser};
use serde_json::Value;
use sqlx::Connection;

/// A real SMTP server on an ephemeral port: `smtp::SmtpServer::start()`.
pub use gazette_mail::test_server as smtp;
pub use reqwest;

pub mod admin;
pub mod apertium;
pub mod browser;
mod fixtures;
pub mod html;
pub mod libretranslate;
pub mod nginx;
pub mod partner;
pub mod process;
pub use fixtures::article_id;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/test";

pub fn pg_admin_url() -> String {
    std::env::var("GAZETTE_TEST_PG_URL").unwrap_or_else(|_| DEFAULT_PG.to_owned())
}

/// The backends this machine can test: SQLite always, PostgreSQL when reachable.
pub async fn backends() -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite];
    if pg_reachable().await {
        out.push(Backend::Postgres);
    }
    out
}

/// Whether the test PostgreSQL answers; says so loudly when it does not.
pub async fn pg_reachable() -> bool {
    sqlx::any::install_default_drivers();
    let url = pg_admin_url();
    let attempt =
        tokio::time::timeout(Duration::from_secs(3), sqlx::AnyConnection::connect(&url)).await;
    match attempt {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            true
        }
        other => {
            let why = match other {
                Ok(Err(e)) => e.to_string(),
                _ => "timed out".to_owned(),
            };
            if std::env::var("GAZETTE_REQUIRE_PG").is_ok_and(|v| v == "1") {
                panic!("GAZETTE_REQUIRE_PG=1 but PostgreSQL at {url} is not reachable: {why}");
            }
            eprintln!("SKIPPED (PostgreSQL part): PostgreSQL at {url} is not reachable: {why}");
            false
        }
    }
}

/// A PostgreSQL database made for one test and dropped after it.
pub struct PgDatabase {
    pub url: String,
    name: String,
}

impl PgDatabase {
    pub async fn create() -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let admin = pg_admin_url();
        let name = format!("gazette_t_{}_{}", std::process::id(), rand_suffix());
        let mut conn = sqlx::AnyConnection::connect(&admin).await?;
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
        Ok(Self {
            url: format!("{base}/{name}"),
            name,
        })
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs outside async; a short-lived runtime on its own thread does the cleanup.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for cleanup");
            rt.block_on(async move {
                if let Ok(mut conn) = sqlx::AnyConnection::connect(&pg_admin_url()).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}

fn rand_suffix() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{}_{}", COUNTER.fetch_add(1, Ordering::Relaxed), nanos)
}

/// Fresh storage for one test: a temporary data directory and, for PostgreSQL, a database.
pub struct TestStore {
    pub dir: tempfile::TempDir,
    pub pg: Option<PgDatabase>,
}

impl TestStore {
    pub async fn new(backend: Backend) -> anyhow::Result<Self> {
        let dir = tempfile::tempdir()?;
        let pg = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PgDatabase::create().await?),
        };
        Ok(Self { dir, pg })
    }

    pub fn config(&self) -> Config {
        Config {
            addr: "127.0.0.1:0".parse().expect("a literal address"),
            data: self.dir.path().to_path_buf(),
            database_url: self.pg.as_ref().map(|p| p.url.clone()).unwrap_or_default(),
            ..Config::default()
        }
    }
}

/// The real server, in this process, on an ephemeral port, with its job runner.
pub struct TestServer {
    pub app: App,
    pub base: String,
    pub client: reqwest::Client,
    /// An administrator's Admin API token.
    pub token: String,
    pub store: TestStore,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestServer {
    pub async fn start(backend: Backend) -> Self {
        Self::start_with(backend, |_| {}).await
    }

    /// Like [`TestServer::start`], with a chance to adjust the configuration.
    pub async fn start_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> Self {
        let store = TestStore::new(backend).await.expect("fresh test storage");
        let mut config = store.config();
        adjust(&mut config);
        let app = App::open(config)
            .await
            .expect("the app opens on fresh storage");
        app.start_search()
            .await
            .expect("the search index opens in the fresh data directory");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("an ephemeral port");
        let addr = listener.local_addr().expect("a bound address");
        app.set_listen_addr(addr);
        let (_, token) = app
            .users()
            .add(NewUser {
                email: "admin@test.example".into(),
                name: "Test Admin".into(),
                role: gazette_domain::Role::Administrator,
            })
            .await
            .expect("a fresh database takes a user");
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(gazette_web::serve(app.clone(), listener, async move {
            let _ = rx.await;
        }));
        tokio::spawn(app.jobs().run_forever("test".into()));
        tokio::spawn(app.clone().follow_changes());
        // Pages count as fresh once the listener listens and has read the change log; let that
        // happen before the test warms any page.
        for _ in 0..500 {
            if app.is_following_changes() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(
            app.is_following_changes(),
            "the change listener did not start within 5 s"
        );
        let client = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("an HTTP client");
        Self {
            app,
            base: format!("http://{addr}"),
            client,
            token,
            store,
            shutdown: Some(tx),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("the server answers")
    }

    /// An Admin API call with the administrator's token; returns status and JSON (or Null).
    pub async fn admin(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, self.url(path))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("the server answers");
        let status = res.status().as_u16();
        let text = res.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// The Admin API's state of the article's translation into `lang`, once `done` holds of
    /// it (the job queue makes translations in the background); panics after 15 s.
    pub async fn wait_for_translation(
        &self,
        id: i64,
        lang: &str,
        done: impl Fn(&Value) -> bool,
    ) -> Value {
        let path = format!("/api/v1/admin/articles/{id}/translations");
        let mut last = Value::Null;
        for _ in 0..600 {
            let (status, list) = self.admin(reqwest::Method::GET, &path, None).await;
            assert_eq!(status, 200, "{list}");
            if let Some(t) = list
                .as_array()
                .into_iter()
                .flatten()
                .find(|t| t["language"] == lang)
            {
                if done(t) {
                    return t.clone();
                }
                last = t.clone();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the {lang} translation did not get there within 30 s; last seen: {last}");
    }

    /// The Admin API's list of the site's texts in `lang` once every one is settled (made, or
    /// its attempt failed): the job queue makes them in the background, after a language's
    /// first article. Panics after 30 s.
    pub async fn wait_for_site_texts(&self, lang: &str) -> Value {
        self.wait_for_site_texts_where(lang, |t| !t["text"].is_null() || !t["last_error"].is_null())
            .await
    }

    /// [`Self::wait_for_site_texts`], once `done` holds of every text.
    pub async fn wait_for_site_texts_where(
        &self,
        lang: &str,
        done: impl Fn(&Value) -> bool,
    ) -> Value {
        let path = format!("/api/v1/admin/site-texts/{lang}");
        let mut last = Value::Null;
        for _ in 0..600 {
            let (status, texts) = self.admin(reqwest::Method::GET, &path, None).await;
            assert_eq!(status, 200, "{texts}");
            if texts
                .as_array()
                .is_some_and(|t| !t.is_empty() && t.iter().all(&done))
            {
                return texts;
            }
            last = texts;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the {lang} site texts did not get there within 30 s; last seen: {last}");
    }
}

/// What a `gazette` command printed, and whether it succeeded.
pub struct CliRun {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl TestServer {
    /// A configuration file for a command run beside this server: its data directory and
    /// database, then `extra` (TOML).
    pub fn config_file(&self, extra: &str) -> std::path::PathBuf {
        let file = self.store.dir.path().join("gazette.toml");
        let database = match &self.store.pg {
            Some(pg) => format!("database_url = {:?}\n", pg.url),
            None => String::new(),
        };
        std::fs::write(
            &file,
            format!("data = {:?}\n{database}{extra}", self.store.dir.path()),
        )
        .expect("the config file is written");
        file
    }

    /// Runs the `gazette` binary at `bin` (`env!("CARGO_BIN_EXE_gazette")`) with `args`, on this
    /// server's storage and `extra_config`, and nothing from the developer's environment.
    pub async fn run_cli(&self, bin: &str, args: &[&str], extra_config: &str) -> CliRun {
        let config = self.config_file(extra_config);
        let mut cmd = tokio::process::Command::new(bin);
        cmd.args(args)
            .arg("--config")
            .arg(&config)
            .current_dir(self.store.dir.path())
            .kill_on_drop(true);
        for var in [
            "DATABASE_URL",
            "GAZETTE_CONFIG",
            "GAZETTE_ADDR",
            "GAZETTE_DATA",
            "GAZETTE_BASE_URL",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("GAZETTE_LOG", "warn");
        let out = cmd.output().await.expect("the gazette binary runs");
        CliRun {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

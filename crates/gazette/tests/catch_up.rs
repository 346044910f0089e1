//! Servers that catch up (issue 16): the real `gazette` binary on one PostgreSQL database. A
//! server stopped (killed, or asked to stop) while another publishes, edits and unpublishes
//! comes back with its search agreeing with the database; one whose change listener is cut
//! catches up, page and search; `gazette reindex` works beside a running server; and a server
//! whose database is out of reach keeps serving the pages it has, marked stale, and answers
//! 503 with `Retry-After` for the rest, until the database is back.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use gazette_testkit::{PgDatabase, pg_reachable, reqwest};
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");

/// "Require B's search to agree with the database within a few seconds."
const CATCH_UP_DEADLINE: Duration = Duration::from_secs(5);
/// How long a server may take to notice its database is gone or back.
const NOTICE_DEADLINE: Duration = Duration::from_secs(10);
/// The word every article of these tests has in its body, to search for them all at once.
const WORD: &str = "harbourmaster";
const STALE: &str = "gazette-stale";

fn gazette(cwd: &Path) -> Command {
    gazette_testkit::process::gazette(BIN, cwd)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One `gazette serve`, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    /// Starts `gazette serve` on an ephemeral port (SQLite in `data` when `database_url` is
    /// None) and waits for the line it prints once it listens.
    fn start(cwd: &Path, data: &Path, database_url: Option<&str>) -> Self {
        let mut cmd = gazette(cwd);
        cmd.args(["serve", "--addr", "127.0.0.1:0", "--data"])
            .arg(data);
        if let Some(url) = database_url {
            cmd.env("DATABASE_URL", url);
        }
        let (child, url) = gazette_testkit::process::spawn_serving(&mut cmd);
        Self { child, url }
    }

    /// `kill -9`: no chance to finish anything.
    fn kill(mut self) {
        self.child.kill().expect("the server is killed");
        let _ = self.child.wait();
    }

    /// SIGTERM, as a rolling deploy does, and waits for the process to end.
    fn terminate(mut self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let start = Instant::now();
        while self
            .child
            .try_wait()
            .expect("the child can be waited on")
            .is_none()
        {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the server did not stop within 60 s of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An editor's token for the database at `database_url` (SQLite in `data` when None).
fn editor_token(cwd: &Path, data: &Path, database_url: Option<&str>) -> String {
    let mut cmd = gazette(cwd);
    cmd.args([
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
    .arg(data);
    if let Some(url) = database_url {
        cmd.env("DATABASE_URL", url);
    }
    let out = cmd.output().expect("the gazette binary runs");
    assert!(out.status.success(), "user add: {}", text(&out.stderr));
    text(&out.stdout).trim().to_owned()
}

/// Two data directories sharing one database sign newsletter links with one key.
fn share_link_key(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    std::fs::copy(
        from.join("newsletter-link.key"),
        to.join("newsletter-link.key"),
    )
    .expect("the first data directory has its link key");
}

struct Editor {
    client: reqwest::Client,
    token: String,
}

impl Editor {
    fn new(token: String) -> Self {
        Self {
            client: client(),
            token,
        }
    }

    async fn call(&self, method: reqwest::Method, url: &str, body: Option<Value>) -> Value {
        let mut req = self.client.request(method, url).bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("the server answers");
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        assert!((200..300).contains(&status), "{url}: {status} {body}");
        serde_json::from_str(&body).unwrap_or(Value::Null)
    }

    /// Writes and publishes an article through the server at `base`; returns its id.
    async fn publish(&self, base: &str, title: &str) -> i64 {
        let article = self
            .call(
                reqwest::Method::POST,
                &format!("{base}/api/v1/admin/articles"),
                Some(json!({"title": title, "body": format!("The {WORD} said so.")})),
            )
            .await;
        let id = article["id"].as_i64().expect("an id");
        self.call(
            reqwest::Method::POST,
            &format!("{base}/api/v1/admin/articles/{id}/publish"),
            None,
        )
        .await;
        id
    }

    async fn retitle(&self, base: &str, id: i64, title: &str) {
        self.call(
            reqwest::Method::PATCH,
            &format!("{base}/api/v1/admin/articles/{id}"),
            Some(json!({ "title": title })),
        )
        .await;
    }

    async fn unpublish(&self, base: &str, id: i64) {
        self.call(
            reqwest::Method::POST,
            &format!("{base}/api/v1/admin/articles/{id}/unpublish"),
            None,
        )
        .await;
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client")
}

/// What `base` finds for [`WORD`], on the search page and through the API: the titles in each
/// (sorted), or why it could not say.
async fn found_titles(
    client: &reqwest::Client,
    base: &str,
) -> Result<(String, Vec<String>), String> {
    let page = client
        .get(format!("{base}/search?q={WORD}"))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if page.status() != 200 {
        return Err(format!("/search answered {}", page.status()));
    }
    let html = page.text().await.map_err(|e| e.to_string())?;
    let api = client
        .get(format!("{base}/api/v1/search?q={WORD}&per_page=50"))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if api.status() != 200 {
        return Err(format!("/api/v1/search answered {}", api.status()));
    }
    let json: Value = api.json().await.map_err(|e| e.to_string())?;
    let mut titles: Vec<String> = json
        .as_object()
        .and_then(|o| o.values().find_map(Value::as_array))
        .map(|hits| {
            hits.iter()
                .filter_map(|h| h["title"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    titles.sort();
    Ok((html, titles))
}

/// Waits until `base`'s search (page and API) shows exactly `expected` (and the page none of
/// `absent`); panics with what it showed at the deadline.
async fn search_agrees(base: &str, expected: &[&str], absent: &[&str], deadline: Duration) {
    let client = client();
    let mut want: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
    want.sort();
    let start = Instant::now();
    loop {
        let seen = found_titles(&client, base).await;
        if let Ok((html, titles)) = &seen
            && *titles == want
            && expected.iter().all(|t| html.contains(t))
            && absent.iter().all(|t| !html.contains(t))
        {
            eprintln!("{base}'s search agreed after {:?}", start.elapsed());
            return;
        }
        if start.elapsed() > deadline {
            let shown = seen.map(|(_, titles)| titles);
            panic!(
                "{base}'s search does not agree with the database {deadline:?} on: wanted \
                 {want:?} (and not {absent:?}), the API shows {shown:?}"
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until GET `url` satisfies `done`; panics with the last answer at the deadline.
async fn until(
    url: &str,
    deadline: Duration,
    done: impl Fn(u16, &reqwest::header::HeaderMap, &str) -> bool,
) -> (u16, reqwest::header::HeaderMap, String) {
    let client = client();
    let start = Instant::now();
    loop {
        let res = client.get(url).send().await.expect("the server answers");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        if done(status, &headers, &body) {
            return (status, headers, body);
        }
        assert!(
            start.elapsed() < deadline,
            "{url} still answers {status} {headers:?} after {deadline:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

struct Site {
    tmp: tempfile::TempDir,
    db: PgDatabase,
    editor: Editor,
}

impl Site {
    async fn new() -> Option<Self> {
        if !pg_reachable().await {
            eprintln!("SKIPPED catch_up: needs PostgreSQL to share between processes");
            return None;
        }
        let db = PgDatabase::create().await.expect("a fresh database");
        let tmp = tempfile::tempdir().unwrap();
        let token = editor_token(tmp.path(), &tmp.path().join("a"), Some(&db.url));
        share_link_key(&tmp.path().join("a"), &tmp.path().join("b"));
        Some(Self {
            tmp,
            db,
            editor: Editor::new(token),
        })
    }

    fn data(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn serve(&self, name: &str) -> Server {
        Server::start(self.tmp.path(), &self.data(name), Some(&self.db.url))
    }
}

#[tokio::test]
async fn a_restarted_server_catches_up_with_what_changed_while_it_was_down() {
    let Some(site) = Site::new().await else {
        return;
    };
    let ed = &site.editor;
    let a = site.serve("a");
    let mut b = site.serve("b");
    let withdrawn = ed.publish(&a.url, "Quayside cranes stand idle").await;
    let edited = ed.publish(&a.url, "Ferry timetable for autumn").await;
    search_agrees(
        &b.url,
        &["Ferry timetable for autumn", "Quayside cranes stand idle"],
        &[],
        CATCH_UP_DEADLINE,
    )
    .await;

    // kill -9: B learns nothing of what follows until it starts again.
    b.kill();
    ed.unpublish(&a.url, withdrawn).await;
    ed.retitle(&a.url, edited, "Ferry timetable rewritten for winter")
        .await;
    let lighthouse = ed.publish(&a.url, "Lighthouse keeper retires").await;
    b = site.serve("b");
    search_agrees(
        &b.url,
        &[
            "Ferry timetable rewritten for winter",
            "Lighthouse keeper retires",
        ],
        &["Quayside cranes stand idle", "Ferry timetable for autumn"],
        CATCH_UP_DEADLINE,
    )
    .await;
    assert!(
        site.data("b").join("search-change-mark").is_file(),
        "B records how far its index has applied the change log"
    );

    // SIGTERM, as in a rolling deploy: the same.
    b.terminate();
    ed.unpublish(&a.url, lighthouse).await;
    ed.retitle(&a.url, edited, "Ferry timetable suspended")
        .await;
    let b = site.serve("b");
    search_agrees(
        &b.url,
        &["Ferry timetable suspended"],
        &[
            "Lighthouse keeper retires",
            "Ferry timetable rewritten for winter",
        ],
        CATCH_UP_DEADLINE,
    )
    .await;
    let gone = client()
        .get(format!("{}/lighthouse-keeper-retires", b.url))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 410, "B's page agrees too");
}

#[tokio::test]
async fn a_server_whose_listener_is_cut_catches_up_page_and_search() {
    let Some(site) = Site::new().await else {
        return;
    };
    let ed = &site.editor;
    let a = site.serve("a");
    let b = site.serve("b");
    let withdrawn = ed.publish(&a.url, "Quayside cranes stand idle").await;
    let edited = ed.publish(&a.url, "Ferry timetable for autumn").await;
    let page_b = format!("{}/ferry-timetable-for-autumn", b.url);
    until(&page_b, CATCH_UP_DEADLINE, |s, _, body| {
        s == 200 && body.contains("Ferry timetable for autumn")
    })
    .await;
    search_agrees(
        &b.url,
        &["Ferry timetable for autumn", "Quayside cranes stand idle"],
        &[],
        CATCH_UP_DEADLINE,
    )
    .await;

    // Cut every listener on this database while A changes things: B may hear nothing of it.
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&site.db.url)
        .await
        .expect("a connection to the test database");
    let cut = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
               WHERE datname = current_database() AND query LIKE 'LISTEN%'";
    let terminated = sqlx::query(cut).fetch_all(&mut conn).await.unwrap();
    assert!(terminated.len() >= 2, "both servers were listening");
    ed.retitle(&a.url, edited, "Ferry timetable rewritten for winter")
        .await;
    sqlx::query(cut).fetch_all(&mut conn).await.unwrap();
    ed.unpublish(&a.url, withdrawn).await;

    until(&page_b, CATCH_UP_DEADLINE, |s, headers, body| {
        s == 200
            && body.contains("Ferry timetable rewritten for winter")
            && !headers.contains_key(STALE)
    })
    .await;
    search_agrees(
        &b.url,
        &["Ferry timetable rewritten for winter"],
        &["Quayside cranes stand idle", "Ferry timetable for autumn"],
        CATCH_UP_DEADLINE,
    )
    .await;
}

/// Runs `gazette reindex` on `data` (SQLite there when `database_url` is None).
fn reindex(cwd: &Path, data: &Path, database_url: Option<&str>) -> String {
    let mut cmd = gazette(cwd);
    cmd.args(["reindex", "--data"]).arg(data);
    if let Some(url) = database_url {
        cmd.env("DATABASE_URL", url);
    }
    let out = cmd.output().expect("the gazette binary runs");
    assert!(
        out.status.success(),
        "reindex beside a running server: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Changes a title behind every server's back, so only a rebuild from the store can find it.
async fn retitle_in_the_database(database_url: &str, id: i64, title: &str) {
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(database_url)
        .await
        .expect("a connection to the database");
    let done = sqlx::query("UPDATE articles SET title = $1 WHERE id = $2")
        .bind(title)
        .bind(id)
        .execute(&mut conn)
        .await
        .expect("the title is changed");
    assert_eq!(done.rows_affected(), 1);
}

#[tokio::test]
async fn reindex_beside_a_running_server_on_postgres() {
    let Some(site) = Site::new().await else {
        return;
    };
    let a = site.serve("a");
    let id = site
        .editor
        .publish(&a.url, "Ferry timetable for autumn")
        .await;
    search_agrees(
        &a.url,
        &["Ferry timetable for autumn"],
        &[],
        CATCH_UP_DEADLINE,
    )
    .await;
    retitle_in_the_database(&site.db.url, id, "Ferry timetable found in the archive").await;

    let out = reindex(site.tmp.path(), &site.data("a"), Some(&site.db.url));
    assert!(out.contains("rebuilt by the running server"), "{out}");
    search_agrees(
        &a.url,
        &["Ferry timetable found in the archive"],
        &["Ferry timetable for autumn"],
        // The server rebuilt before the command returned.
        Duration::ZERO,
    )
    .await;
}

#[tokio::test]
async fn reindex_beside_a_running_server_on_sqlite() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("site");
    let editor = Editor::new(editor_token(tmp.path(), &data, None));
    let server = Server::start(tmp.path(), &data, None);
    let id = editor
        .publish(&server.url, "Ferry timetable for autumn")
        .await;
    search_agrees(
        &server.url,
        &["Ferry timetable for autumn"],
        &[],
        CATCH_UP_DEADLINE,
    )
    .await;
    let db_url = format!("sqlite://{}", data.join("gazette.db").display());
    retitle_in_the_database(&db_url, id, "Ferry timetable found in the archive").await;

    let out = reindex(tmp.path(), &data, None);
    assert!(out.contains("rebuilt by the running server"), "{out}");
    search_agrees(
        &server.url,
        &["Ferry timetable found in the archive"],
        &["Ferry timetable for autumn"],
        Duration::ZERO,
    )
    .await;
}

/// A TCP relay to PostgreSQL that the test can cut: while cut, it closes every connection it
/// carries and every new one at once, as a database that went away would.
struct Relay {
    port: u16,
    cut: Arc<AtomicBool>,
}

impl Relay {
    async fn start(target: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let cut = Arc::new(AtomicBool::new(false));
        let flag = cut.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if flag.load(Ordering::SeqCst) {
                    let _ = inbound.shutdown().await;
                    continue;
                }
                let flag = flag.clone();
                let target = target.clone();
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(&target).await else {
                        return;
                    };
                    let relay = tokio::io::copy_bidirectional(&mut inbound, &mut outbound);
                    let watch = async {
                        while !flag.load(Ordering::SeqCst) {
                            tokio::time::sleep(Duration::from_millis(20)).await;
                        }
                    };
                    tokio::select! {
                        _ = relay => {}
                        () = watch => {}
                    }
                });
            }
        });
        Self { port, cut }
    }

    fn set_cut(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
    }
}

// The relay runs on the runtime while the test blocks a thread starting the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_database_leaves_cached_pages_served_stale_and_the_rest_503() {
    let Some(site) = Site::new().await else {
        return;
    };
    // The server reaches the database only through the relay.
    let target = site
        .db
        .url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('@'))
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(host, _)| host.to_owned())
        .expect("host:port in the test database URL");
    let relay = Relay::start(target.clone()).await;
    let relayed = site
        .db
        .url
        .replacen(&target, &format!("127.0.0.1:{}", relay.port), 1);
    let b = Server::start(site.tmp.path(), &site.data("b"), Some(&relayed));
    site.editor
        .publish(&b.url, "Ferry timetable for autumn")
        .await;
    site.editor
        .publish(&b.url, "Lighthouse keeper retires")
        .await;
    let cached = format!("{}/ferry-timetable-for-autumn", b.url);
    let uncached = format!("{}/lighthouse-keeper-retires", b.url);
    let (_, headers, _) = until(&cached, CATCH_UP_DEADLINE, |s, h, _| {
        s == 200 && !h.contains_key(STALE)
    })
    .await;
    let etag = headers["etag"].clone();

    relay.set_cut(true);
    // The cached page stays, marked stale once the server knows it cannot hear changes.
    let (_, headers, body) = until(&cached, NOTICE_DEADLINE, |s, h, _| {
        s == 200 && h.get(STALE).is_some_and(|v| v == "1")
    })
    .await;
    assert_eq!(headers["etag"], etag, "the same cached page");
    assert!(body.contains("Ferry timetable for autumn"));
    // A page it does not have: 503 with a retry hint and the site's error page, never a 500.
    let started = Instant::now();
    let res = client().get(&uncached).send().await.unwrap();
    eprintln!(
        "an uncached page answered {} after {:?} with the database unreachable",
        res.status(),
        started.elapsed()
    );
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "5");
    let html = res.text().await.unwrap();
    assert!(html.contains("Temporarily unavailable"), "{html}");
    let res = client()
        .get(format!("{}/api/v1/articles", b.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "5");
    let json: Value = res.json().await.unwrap();
    assert_eq!(json["error"]["code"], "database_unavailable", "{json}");

    // The database is back: fresh again, and the other page is served.
    relay.set_cut(false);
    until(&cached, NOTICE_DEADLINE, |s, h, _| {
        s == 200 && !h.contains_key(STALE)
    })
    .await;
    until(&uncached, NOTICE_DEADLINE, |s, h, body| {
        s == 200 && !h.contains_key(STALE) && body.contains("Lighthouse keeper retires")
    })
    .await;
}

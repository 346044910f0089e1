//! `gazette backup` and `gazette restore`, with the real binary, as an operator moves a site:
//! the demo publication plus subscribers, a user and an uploaded image, backed up beside the
//! running server and restored into an empty database of the same backend and of the other
//! (SQLite → PostgreSQL → SQLite). Every table must come back row for row, and every page a
//! reader can reach (crawled from the home page and the sitemaps: articles, editions in other
//! languages, listings, feeds, images) must be served byte for byte the same by a server on
//! the restored database. Both servers get the same `base_url`, so nothing needs masking.
//!
//! And what must be refused without writing anything: a database that is not empty, a file
//! cut short, a file that is no backup, a backup made at a newer schema.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use gazette_app::{Actor, NewUser};
use gazette_store::Store;
use gazette_store::backup::Value;
use gazette_testkit::{Backend, TestServer, TestStore, backends};
use serde_json::json;

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
/// Both servers render their absolute links from this, so their pages can be compared whole.
const BASE_URL: &str = "https://news.example";
/// Enough to reach every page of the demo; a bound so that a crawl always ends.
const MAX_PAGES: usize = 800;

/// Every table's rows in a form that compares across backends: `column=value` joined, flags as
/// 0/1, rows sorted (PostgreSQL and SQLite collate text differently).
type Dump = BTreeMap<String, Vec<String>>;

async fn dump(database_url: &str) -> Dump {
    let store = Store::connect(database_url)
        .await
        .expect("the database opens");
    let mut snapshot = store.snapshot().await.expect("a snapshot");
    let mut out = Dump::new();
    for table in snapshot.tables().await.expect("the tables are listed") {
        let rows = snapshot.rows(&table).await.expect("the rows read");
        let mut lines: Vec<String> = rows
            .iter()
            .map(|row| {
                // Columns by name: a column added by ALTER TABLE on PostgreSQL sits last, where
                // SQLite's rebuilt table has it in place.
                let mut cells: Vec<String> = table
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| {
                        let v = match v {
                            Value::Boolean(b) => format!("Integer({})", i64::from(*b)),
                            other => format!("{other:?}"),
                        };
                        format!("{}={v}", c.name)
                    })
                    .collect();
                cells.sort();
                cells.join(" | ")
            })
            .collect();
        lines.sort();
        out.insert(table.name.clone(), lines);
    }
    snapshot.finish().await.expect("the snapshot ends");
    store.close().await;
    out
}

fn assert_same_dump(expected: &Dump, got: &Dump, ctx: &str) {
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        got.keys().collect::<Vec<_>>(),
        "{ctx}: the same tables"
    );
    for (table, rows) in expected {
        let other = &got[table];
        if rows != other {
            let missing: Vec<&String> = rows.iter().filter(|r| !other.contains(r)).collect();
            let extra: Vec<&String> = other.iter().filter(|r| !rows.contains(r)).collect();
            panic!(
                "{ctx}: table {table} differs ({} rows vs {}); first missing: {:?}; first extra: {:?}",
                rows.len(),
                other.len(),
                missing.first(),
                extra.first()
            );
        }
    }
}

/// The source's dump once nothing changes it any more (its job runner has finished what the
/// demo queued): two reads a little apart that agree.
async fn settled_dump(url: &str) -> Dump {
    let mut last = dump(url).await;
    for _ in 0..60 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = dump(url).await;
        if now == last {
            return now;
        }
        last = now;
    }
    panic!("the source database kept changing for 30 s");
}

/// A configuration file for commands on `store`, with the shared base URL.
fn config_for(store: &TestStore, name: &str) -> PathBuf {
    let file = store.dir.path().join(name);
    let database = match &store.pg {
        Some(pg) => format!("database_url = {:?}\n", pg.url),
        None => String::new(),
    };
    std::fs::write(
        &file,
        format!(
            "data = {:?}\n{database}base_url = {BASE_URL:?}\n",
            store.dir.path()
        ),
    )
    .expect("the config file is written");
    file
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

async fn gazette(args: &[&str], config: &Path) -> Run {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.args(args)
        .arg("--config")
        .arg(config)
        .kill_on_drop(true);
    for var in [
        "DATABASE_URL",
        "GAZETTE_CONFIG",
        "GAZETTE_ADDR",
        "GAZETTE_DATA",
        "GAZETTE_BASE_URL",
        "GAZETTE_NEWSLETTER_LINK_KEY",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("GAZETTE_LOG", "warn");
    let out = cmd.output().await.expect("the gazette binary runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `gazette serve` on the restored storage, killed when dropped.
struct Served {
    child: tokio::process::Child,
    base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

async fn serve(config: &Path, client: &gazette_testkit::reqwest::Client) -> Served {
    // The base URL is the shared one, so the address is chosen here and asked for.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.args(["serve", "--addr", &addr, "--config"])
        .arg(config)
        .env_remove("DATABASE_URL")
        .env_remove("GAZETTE_BASE_URL")
        .env("GAZETTE_LOG", "warn")
        .stdout(Stdio::null())
        .kill_on_drop(true);
    let child = cmd.spawn().expect("gazette serve starts");
    let base = format!("http://{addr}");
    for _ in 0..300 {
        if let Ok(res) = client.get(format!("{base}/healthz")).send().await
            && res.status() == 200
        {
            return Served { child, base };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("gazette serve on the restored database did not answer within 30 s");
}

/// The site-relative target of a link in a page, if it is one of the site's own pages.
fn own_path(link: &str) -> Option<String> {
    let link = link.replace("&amp;", "&");
    let path = link.strip_prefix(BASE_URL).unwrap_or(&link);
    let path = path.split('#').next().unwrap_or_default();
    let skip = ["/admin", "/static/", "/api/", "/search"];
    (path.starts_with('/') && !path.starts_with("//") && !skip.iter().any(|s| path.starts_with(s)))
        .then(|| path.to_owned())
}

/// Every `href`, `src`, `srcset` entry and `<loc>` in `body`.
fn links(body: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["href=\"", "src=\"", "srcset=\""] {
        for (at, _) in body.match_indices(marker) {
            let rest = &body[at + marker.len()..];
            let value = &rest[..rest.find('"').unwrap_or(0)];
            if marker == "srcset=\"" {
                found.extend(
                    value
                        .split(',')
                        .filter_map(|e| e.split_whitespace().next().map(str::to_owned)),
                );
            } else {
                found.push(value.to_owned());
            }
        }
    }
    for (at, _) in body.match_indices("<loc>") {
        let rest = &body[at + 5..];
        found.push(rest[..rest.find("</loc>").unwrap_or(0)].to_owned());
    }
    found
}

/// Crawls the source from its home page, sitemaps and feeds, and requires the restored server
/// to answer every page with the same status and body. Returns how many pages were compared.
async fn same_pages(
    client: &gazette_testkit::reqwest::Client,
    source: &str,
    restored: &str,
    seeds: &[String],
    ctx: &str,
) -> BTreeSet<String> {
    let mut queue: VecDeque<String> = [
        "/",
        "/sitemap.xml",
        "/feed.rss",
        "/feed.atom",
        "/feed.json",
        "/robots.txt",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain(seeds.iter().cloned())
    .collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    while let Some(path) = queue.pop_front() {
        let fetch = |base: &str| {
            let url = format!("{base}{path}");
            async move {
                let res = client.get(&url).send().await.expect("the server answers");
                let status = res.status().as_u16();
                let kind = res
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                (status, kind, res.bytes().await.expect("a body").to_vec())
            }
        };
        let (status, kind, body) = fetch(source).await;
        let (r_status, r_kind, r_body) = fetch(restored).await;
        assert_eq!(status, r_status, "{ctx}: status of {path}");
        assert_eq!(kind, r_kind, "{ctx}: content type of {path}");
        if body != r_body {
            let (a, b) = (
                String::from_utf8_lossy(&body),
                String::from_utf8_lossy(&r_body),
            );
            let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let from = a
                .char_indices()
                .nth(at.saturating_sub(80))
                .map_or(0, |(i, _)| i);
            panic!(
                "{ctx}: {path} differs from character {at}:\n source:   {:?}\n restored: {:?}",
                a[from..].chars().take(240).collect::<String>(),
                b[from.min(b.len())..].chars().take(240).collect::<String>()
            );
        }
        if status != 200
            || !(kind.contains("html") || kind.contains("xml") || kind.contains("json"))
        {
            continue;
        }
        for link in links(&String::from_utf8_lossy(&body)) {
            if let Some(next) = own_path(&link)
                && seen.len() < MAX_PAGES
                && seen.insert(next.clone())
            {
                queue.push_back(next);
            }
        }
    }
    seen
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("a PNG encodes");
    out
}

/// The demo, two subscribers, an editor and an uploaded image; returns the image's address.
async fn fill(s: &TestServer) -> String {
    gazette_app::demo::load(&s.app)
        .await
        .expect("the demo loads");
    let summary = s
        .app
        .newsletters()
        .import_subscribers(
            "morning-selection",
            [
                "reader@example.org".to_owned(),
                "lectora.ñandú@example.es".to_owned(),
            ],
            "en",
        )
        .await
        .expect("subscribers import");
    assert!(summary.invalid.is_empty(), "{summary:?}");
    s.app
        .users()
        .add(NewUser {
            email: "zoe@example.org".into(),
            name: "Zoë Ødegård 編集".into(),
            role: gazette_domain::Role::Editor,
        })
        .await
        .expect("a user is added");
    let uploaded = s
        .app
        .media()
        .upload(
            &Actor::System,
            "harbour.png",
            "The harbour at dawn, «quiet» — 港",
            png(900, 600),
        )
        .await
        .expect("an image uploads");
    uploaded.item.src
}

/// Backs up the server `s` with the binary, beside it as it runs.
async fn backup_of(config: &Path, file: &Path) {
    let run = gazette(&["backup", file.to_str().expect("a UTF-8 path")], config).await;
    assert!(run.ok, "backup failed: {}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("backup written to"), "{}", run.stdout);
}

/// Restores `file` into a fresh store of `backend`; returns the store and its config file.
async fn restored(backend: Backend, file: &Path) -> (TestStore, PathBuf) {
    let store = TestStore::new(backend).await.expect("fresh storage");
    let config = config_for(&store, "gazette.toml");
    let run = gazette(&["restore", file.to_str().expect("a UTF-8 path")], &config).await;
    assert!(
        run.ok,
        "restore into {backend:?} failed: {}{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stdout.contains("search index rebuilt"),
        "{}",
        run.stdout
    );
    (store, config)
}

async fn start_source(backend: Backend) -> (TestServer, String) {
    let s = TestServer::start_with(backend, |c| c.base_url = BASE_URL.into()).await;
    let image = fill(&s).await;
    (s, image)
}

fn url_of(store: &TestStore) -> String {
    store.config().database_url()
}

#[tokio::test]
async fn a_site_backed_up_and_restored_on_the_same_backend_is_the_same_site() {
    for backend in backends().await {
        let ctx = format!("{backend:?} → {backend:?}");
        let (s, image) = start_source(backend).await;
        let before = settled_dump(&url_of(&s.store)).await;
        for table in [
            "articles",
            "translations",
            "subscribers",
            "users",
            "media",
            "jobs",
        ] {
            assert!(!before[table].is_empty(), "{ctx}: the source has {table}");
        }
        let file = s.store.dir.path().join("site.tar.gz");
        backup_of(&s.config_file(&format!("base_url = {BASE_URL:?}\n")), &file).await;
        let (target, config) = restored(backend, &file).await;
        assert_same_dump(&before, &dump(&url_of(&target)).await, &ctx);
        let served = serve(&config, &s.client).await;
        let pages = same_pages(
            &s.client,
            &s.base,
            &served.base,
            std::slice::from_ref(&image),
            &ctx,
        )
        .await;
        assert!(
            pages.contains(&image),
            "{ctx}: the uploaded image was compared"
        );
        assert!(
            pages.iter().any(|p| p.starts_with("/es/")),
            "{ctx}: a Spanish edition was compared: {pages:?}"
        );
        assert!(
            pages.iter().any(|p| p.starts_with("/media/demo/")),
            "{ctx}: the demo's pictures were compared"
        );
        assert!(pages.len() > 100, "{ctx}: only {} pages", pages.len());
        eprintln!(
            "{ctx}: {} tables, {} pages identical",
            before.len(),
            pages.len()
        );
    }
}

#[tokio::test]
async fn a_site_moves_from_sqlite_to_postgresql_and_back_unchanged() {
    if !backends().await.contains(&Backend::Postgres) {
        eprintln!("SKIPPED: SQLite → PostgreSQL → SQLite needs PostgreSQL");
        return;
    }
    let (s, image) = start_source(Backend::Sqlite).await;
    let before = settled_dump(&url_of(&s.store)).await;
    let first = s.store.dir.path().join("from-sqlite.tar.gz");
    backup_of(
        &s.config_file(&format!("base_url = {BASE_URL:?}\n")),
        &first,
    )
    .await;

    let (pg, pg_config) = restored(Backend::Postgres, &first).await;
    assert_same_dump(&before, &dump(&url_of(&pg)).await, "SQLite → PostgreSQL");
    let served = serve(&pg_config, &s.client).await;
    let pages = same_pages(
        &s.client,
        &s.base,
        &served.base,
        std::slice::from_ref(&image),
        "SQLite → PostgreSQL",
    )
    .await;

    // Back again, backed up while the PostgreSQL server runs.
    let second = s.store.dir.path().join("from-postgres.tar.gz");
    backup_of(&pg_config, &second).await;
    let (back, back_config) = restored(Backend::Sqlite, &second).await;
    assert_same_dump(
        &before,
        &dump(&url_of(&back)).await,
        "SQLite → PostgreSQL → SQLite",
    );
    drop(served);
    let served = serve(&back_config, &s.client).await;
    let again = same_pages(
        &s.client,
        &s.base,
        &served.base,
        std::slice::from_ref(&image),
        "SQLite → PostgreSQL → SQLite",
    )
    .await;
    assert_eq!(pages, again, "the same pages were reached both times");
    eprintln!(
        "SQLite → PostgreSQL → SQLite: {} tables, {} pages identical",
        before.len(),
        pages.len()
    );
}

#[tokio::test]
async fn a_backup_taken_while_the_site_is_written_to_restores_a_consistent_site() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let (s, _) = start_source(backend).await;
        let count = |url: String| async move { dump(&url).await["articles"].len() };
        let at_start = count(url_of(&s.store)).await;
        // An editor keeps creating and publishing articles while the backup runs.
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let writer = {
            let stop = stop.clone();
            let (client, base, token) = (s.client.clone(), s.base.clone(), s.token.clone());
            tokio::spawn(async move {
                let mut made = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let res = client
                        .post(format!("{base}/api/v1/admin/articles"))
                        .bearer_auth(&token)
                        .json(&json!({"title": format!("Written during the backup {made}"), "body": "Meanwhile, more news."}))
                        .send()
                        .await
                        .expect("the server answers");
                    // 503 is the server's "try again" (its pool waited too long on a loaded
                    // machine); anything else but a creation is a failure.
                    if res.status() == 503 {
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                    let status = res.status();
                    let body = res.text().await.unwrap_or_default();
                    assert_eq!(
                        status, 201,
                        "an article is created during the backup: {body}"
                    );
                    made += 1;
                }
                made
            })
        };
        let file = s.store.dir.path().join("live.tar.gz");
        tokio::time::sleep(Duration::from_millis(200)).await;
        backup_of(&s.config_file(""), &file).await;
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let made = writer.await.expect("the writer ends");
        assert!(made > 0, "{ctx}: articles were written during the backup");
        let at_end = count(url_of(&s.store)).await;
        let (target, _) = restored(backend, &file).await;
        let restored = dump(&url_of(&target)).await;
        let n = restored["articles"].len();
        assert!(
            (at_start..=at_end).contains(&n),
            "{ctx}: the backup holds {n} articles, between {at_start} and {at_end}"
        );
        // One instant: every article restored has its first revision, and no revision lacks
        // its article (the restore's foreign keys would have refused that too).
        let revisions = restored["article_revisions"]
            .iter()
            .filter(|r| r.contains("number=Integer(1)"))
            .count();
        assert_eq!(revisions, n, "{ctx}: one first revision per article");
        eprintln!("{ctx}: {made} articles written during the backup, {n} in it");
    }
}

/// The backup with its manifest changed by `edit`.
fn with_manifest(file: &Path, out: &Path, edit: impl Fn(&mut serde_json::Value)) {
    rewrite(file, out, |entries| {
        for (path, bytes) in entries.iter_mut() {
            if path == "manifest.json" {
                let mut manifest: serde_json::Value =
                    serde_json::from_slice(bytes).expect("the manifest is JSON");
                edit(&mut manifest);
                *bytes = serde_json::to_vec(&manifest).expect("JSON");
            }
        }
    });
}

/// The backup with its files changed by `edit`.
fn rewrite(file: &Path, out: &Path, edit: impl Fn(&mut Vec<(String, Vec<u8>)>)) {
    let mut entries = Vec::new();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(
        std::fs::File::open(file).expect("the backup opens"),
    ));
    for entry in archive.entries().expect("entries") {
        let mut entry = entry.expect("an entry");
        let path = entry.path().expect("a path").to_string_lossy().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("the entry reads");
        entries.push((path, bytes));
    }
    edit(&mut entries);
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        std::fs::File::create(out).expect("a file"),
        flate2::Compression::fast(),
    ));
    for (path, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o600);
        builder
            .append_data(&mut header, path, &bytes[..])
            .expect("an entry is written");
    }
    builder
        .into_inner()
        .expect("the tar ends")
        .finish()
        .expect("the gzip ends")
        .flush()
        .expect("flushed");
}

/// Restoring `file` into a fresh store fails with a message containing `says`, and leaves
/// no row and no media file behind.
async fn refused(backend: Backend, file: &Path, says: &str) {
    let store = TestStore::new(backend).await.expect("fresh storage");
    let config = config_for(&store, "gazette.toml");
    let run = gazette(&["restore", file.to_str().expect("a UTF-8 path")], &config).await;
    assert!(
        !run.ok,
        "{backend:?}: restore of {} succeeded",
        file.display()
    );
    assert!(
        run.stderr.contains(says),
        "{backend:?}: the error says {says:?}: {}",
        run.stderr
    );
    let db = Store::connect(&url_of(&store))
        .await
        .expect("the database opens");
    assert_eq!(
        db.occupied_tables().await.expect("tables listed"),
        vec![],
        "{backend:?}: nothing was written"
    );
    db.close().await;
    let media = store.dir.path().join("media");
    let files = std::fs::read_dir(&media).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 0, "{backend:?}: no media was written");
}

#[tokio::test]
async fn restore_refuses_a_full_database_a_damaged_file_and_a_newer_schema() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let (s, _) = start_source(backend).await;
        let dir = s.store.dir.path();
        let file = dir.join("site.tar.gz");
        let config = s.config_file("");
        backup_of(&config, &file).await;

        // Into the very database it came from.
        let before = dump(&url_of(&s.store)).await;
        let run = gazette(&["restore", file.to_str().unwrap()], &config).await;
        assert!(!run.ok, "{ctx}: restore into a full database succeeded");
        assert!(
            run.stderr.contains("the database is not empty") && run.stderr.contains("articles: "),
            "{ctx}: the error names what it found: {}",
            run.stderr
        );
        assert_same_dump(&before, &dump(&url_of(&s.store)).await, &ctx);

        // Cut short at every quarter: never restored, never half-written.
        let bytes = std::fs::read(&file).unwrap();
        for cut in [
            bytes.len() / 4,
            bytes.len() / 2,
            bytes.len() * 3 / 4,
            bytes.len() - 9,
        ] {
            let short = dir.join(format!("short-{cut}.tar.gz"));
            std::fs::write(&short, &bytes[..cut]).unwrap();
            refused(backend, &short, "is not a usable Gazette backup").await;
        }

        // Not a backup at all: a page of text, and a tar.gz of something else.
        let text = dir.join("notes.tar.gz");
        std::fs::write(&text, "these are not the files you are looking for\n").unwrap();
        refused(backend, &text, "is not a usable Gazette backup").await;
        let other = dir.join("other.tar.gz");
        with_manifest(&file, &other, |m| m["format"] = json!("something-else"));
        refused(backend, &other, "is not a usable Gazette backup").await;

        // Made by a newer gazette.
        let newer = dir.join("newer.tar.gz");
        let next = Store::latest_schema_version() + 1;
        with_manifest(&file, &newer, |m| m["schema_version"] = json!(next));
        refused(backend, &newer, "newer than this gazette's").await;

        // A row changed after the backup was written: its checksum no longer matches.
        let tampered = dir.join("tampered.tar.gz");
        with_manifest(&file, &tampered, |m| {
            m["tables"][0]["sha256"] = json!("0".repeat(64));
        });
        refused(backend, &tampered, "does not match its SHA-256").await;
    }
}

#[tokio::test]
async fn a_backup_lists_its_tables_and_files_in_a_manifest_an_operator_can_read() {
    let s = TestServer::start_with(Backend::Sqlite, |c| c.base_url = BASE_URL.into()).await;
    let image = fill(&s).await;
    let file = s.store.dir.path().join("site.tar.gz");
    backup_of(&s.config_file(""), &file).await;
    let mut names = Vec::new();
    let mut manifest = serde_json::Value::Null;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(
        std::fs::File::open(&file).unwrap(),
    ));
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().to_string_lossy().into_owned();
        if path == "manifest.json" {
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            manifest = serde_json::from_str(&text).unwrap();
        }
        names.push(path);
    }
    assert_eq!(
        names.last().map(String::as_str),
        Some("manifest.json"),
        "the manifest comes last"
    );
    assert!(
        names.contains(&"tables/articles.jsonl".to_owned()),
        "{names:?}"
    );
    let key = format!("media{}", image.trim_start_matches("/media"));
    assert!(
        names.contains(&key),
        "the uploaded image is in the file: {names:?}"
    );
    assert_eq!(manifest["format"], "gazette-backup");
    assert_eq!(
        manifest["schema_version"],
        json!(Store::latest_schema_version())
    );
    let tables: Vec<&str> = manifest["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    let position = |name: &str| tables.iter().position(|t| *t == name).unwrap();
    assert!(
        position("articles") < position("article_revisions"),
        "parents first: {tables:?}"
    );
    assert!(
        position("users") < position("sessions"),
        "parents first: {tables:?}"
    );
    assert!(!tables.contains(&"_sqlx_migrations"), "{tables:?}");
}

#[tokio::test]
async fn a_backup_made_at_an_older_schema_is_restored_and_migrated_forward() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let (s, _) = start_source(backend).await;
        let before = settled_dump(&url_of(&s.store)).await;
        let file = s.store.dir.path().join("site.tar.gz");
        backup_of(&s.config_file(""), &file).await;
        // What the same site's backup looked like before migration 17 added
        // `translations.untranslated` (default '[]'), 18 the change log and 19 the shared rate
        // limits: schema 16, without that column and those tables.
        let latest = Store::latest_schema_version();
        assert_eq!(
            latest, 19,
            "this test builds a schema-16 backup by hand; move it on"
        );
        const LATER_TABLES: [&str; 3] = ["change_log", "change_log_horizon", "rate_limits"];
        let older = s.store.dir.path().join("older.tar.gz");
        rewrite(&file, &older, |entries| {
            let manifest_at = entries
                .iter()
                .position(|(p, _)| p == "manifest.json")
                .unwrap();
            let mut manifest: serde_json::Value =
                serde_json::from_slice(&entries[manifest_at].1).unwrap();
            manifest["schema_version"] = json!(16);
            manifest["tables"]
                .as_array_mut()
                .unwrap()
                .retain(|t| !LATER_TABLES.iter().any(|later| t["name"] == *later));
            entries.retain(|(p, _)| {
                !LATER_TABLES
                    .iter()
                    .any(|later| p == &format!("tables/{later}.jsonl"))
            });
            let manifest_at = entries
                .iter()
                .position(|(p, _)| p == "manifest.json")
                .unwrap();
            let table = manifest["tables"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|t| t["name"] == "translations")
                .unwrap();
            let columns = table["columns"].as_array_mut().unwrap();
            let at = columns
                .iter()
                .position(|c| c["name"] == "untranslated")
                .unwrap();
            columns.remove(at);
            let (_, rows) = entries
                .iter_mut()
                .find(|(p, _)| p == "tables/translations.jsonl")
                .unwrap();
            let mut text = String::new();
            for line in String::from_utf8(rows.clone()).unwrap().lines() {
                let mut row: Vec<serde_json::Value> = serde_json::from_str(line).unwrap();
                assert_eq!(row.remove(at), json!("[]"), "the demo keeps no passages");
                text.push_str(&serde_json::to_string(&row).unwrap());
                text.push('\n');
            }
            *rows = text.into_bytes();
            table["sha256"] = json!(gazette_app::backup::archive::sha256(rows));
            entries[manifest_at].1 = serde_json::to_vec(&manifest).unwrap();
        });
        let (target, _) = restored(backend, &older).await;
        let db = Store::connect(&url_of(&target)).await.unwrap();
        assert_eq!(
            db.schema_version().await.unwrap(),
            Some(latest),
            "{ctx}: migrated on"
        );
        db.close().await;
        // The column the old schema lacked took its default: the site is the same again. The
        // change log starts anew (the restore's own entries), as on any schema-16 site moved on.
        let mut before = before;
        let mut after = dump(&url_of(&target)).await;
        for later in LATER_TABLES {
            before.remove(later);
            after.remove(later);
        }
        assert_same_dump(&before, &after, &ctx);
    }
}

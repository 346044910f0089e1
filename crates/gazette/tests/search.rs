//! Search over real HTTP, on each available backend: the Content API's `GET /api/v1/search` and
//! the public `/search` page, kept in step with publishing; stemming per language, facets and
//! their filters, escaped snippets, any input a reader can type, and an index that survives a
//! restart and is rebuilt by `gazette reindex`.

use std::path::Path;
use std::time::{Duration, Instant};

use gazette_app::{Actor, App, SearchQuery, SearchResults};
use gazette_domain::{ArticleId, ArticleInput};
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{self, Method, header};
use gazette_testkit::{Backend, TestServer, TestStore, article_id, backends};
use serde_json::{Value, json};

/// "The index is updated within a second of a publish or edit."
const INDEX_DEADLINE: Duration = Duration::from_secs(1);
const POLL_EVERY: Duration = Duration::from_millis(20);
/// How long a dropped app's index worker may take to let go of the index. Not a promise to
/// readers (that is `INDEX_DEADLINE`): on a loaded machine the worker's last batch can be slow.
const RELEASE_DEADLINE: Duration = Duration::from_secs(10);
/// How often the job runner looks for due jobs (scheduled publishing) when nothing wakes it.
const JOB_RUNNER_INTERVAL: Duration = Duration::from_secs(1);
/// A bound on one request made with hostile input: it must answer, not hang. Generous, as the
/// machine may be busy; no test asserts on timings otherwise.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

const BIN: &str = env!("CARGO_BIN_EXE_gazette");

/// Query parameters, as pairs.
type Params<'a> = Vec<(&'a str, &'a str)>;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// `GET /api/v1/search` with `params`, form-encoded as a browser or client library would send
/// them; status and JSON.
async fn api_search(s: &TestServer, params: &[(&str, &str)]) -> (u16, Value) {
    let res = s
        .client
        .get(s.url("/api/v1/search"))
        .query(params)
        .send()
        .await
        .expect("the server answers");
    let status = res.status().as_u16();
    let text = res.text().await.unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A search that must succeed.
async fn search(s: &TestServer, params: &[(&str, &str)]) -> Value {
    let (status, out) = api_search(s, params).await;
    assert_eq!(status, 200, "search {params:?}: {out}");
    out
}

fn slugs(out: &Value) -> Vec<String> {
    out["hits"]
        .as_array()
        .unwrap_or_else(|| panic!("search results carry hits: {out}"))
        .iter()
        .map(|h| h["slug"].as_str().expect("a hit's slug").to_owned())
        .collect()
}

fn total(out: &Value) -> u64 {
    out["total"]
        .as_u64()
        .unwrap_or_else(|| panic!("search results carry a total: {out}"))
}

/// One facet's counts as `(value, count)`, in the order served.
fn facet(out: &Value, name: &str) -> Vec<(String, u64)> {
    out["facets"][name]
        .as_array()
        .unwrap_or_else(|| panic!("facets carry {name}: {out}"))
        .iter()
        .map(|c| {
            (
                c["value"].as_str().expect("a facet value").to_owned(),
                c["count"].as_u64().expect("a facet count"),
            )
        })
        .collect()
}

/// Hits listed by date (a search with no words) come newest first.
fn assert_newest_first(out: &Value) {
    let dates: Vec<&str> = out["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["published_at"].as_str().expect("a publication date"))
        .collect();
    // RFC 3339 in UTC sorts as text.
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );
}

fn counts(pairs: &[(&str, u64)]) -> Vec<(String, u64)> {
    pairs.iter().map(|(v, n)| ((*v).to_owned(), *n)).collect()
}

/// Searches every [`POLL_EVERY`] until `done` holds; fails once [`INDEX_DEADLINE`] has passed
/// since `since` (taken before the change was sent, so the request itself counts).
async fn within_deadline(
    s: &TestServer,
    since: Instant,
    params: &[(&str, &str)],
    what: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    loop {
        let out = search(s, params).await;
        if done(&out) {
            return out;
        }
        assert!(
            since.elapsed() < INDEX_DEADLINE,
            "{what}: not seen within {INDEX_DEADLINE:?} ({params:?}): {out}"
        );
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// Waits until a search for `word` lists exactly `expected` (slugs, in any order).
async fn until_found(s: &TestServer, since: Instant, word: &str, expected: &[&str]) -> Value {
    let mut want: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
    want.sort();
    within_deadline(s, since, &[("q", word)], word, |out| {
        let mut got = slugs(out);
        got.sort();
        got == want && total(out) == want.len() as u64
    })
    .await
}

async fn admin_ok(s: &TestServer, method: Method, path: &str, body: Option<Value>) -> Value {
    let (status, out) = s.admin(method.clone(), path, body).await;
    assert!(
        (200..300).contains(&status),
        "{method} {path}: {status} {out}"
    );
    out
}

/// The calendar year (UTC) of an article as the Admin API returns it.
fn year_of(article: &Value) -> String {
    let at = article["published_at"]
        .as_str()
        .unwrap_or_else(|| panic!("a published article: {article}"));
    at[..4].to_owned()
}

/// A client whose every request gives up after [`REQUEST_TIMEOUT`].
fn impatient_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("an HTTP client")
}

/// A snippet must be escaped text with `<mark>` around matches and no other markup: returns
/// the text it shows, entities decoded, after checking that.
fn snippet_text(snippet: &str) -> String {
    let bare = snippet.replace("<mark>", "").replace("</mark>", "");
    assert!(
        !bare.contains('<') && !bare.contains('>'),
        "only <mark> may be unescaped in a snippet: {snippet}"
    );
    let mut rest = bare.as_str();
    let mut text = String::new();
    while let Some(at) = rest.find('&') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let (entity, decoded) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&#x27;", '\''),
        ]
        .into_iter()
        .find(|(entity, _)| rest.starts_with(entity))
        .unwrap_or_else(|| panic!("a bare & in a snippet: {snippet}"));
        text.push(decoded);
        rest = &rest[entity.len()..];
    }
    text.push_str(rest);
    text
}

/// An article input for the services, from the Admin API's JSON shape.
fn input(article: Value) -> ArticleInput {
    serde_json::from_value(article).expect("a valid article input")
}

fn query(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.to_owned(),
        ..SearchQuery::default()
    }
}

fn result_slugs(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|h| h.slug.as_str()).collect()
}

/// Searches `app` directly until `text` lists exactly `expected`, within the deadline.
async fn app_until_found(app: &App, since: Instant, text: &str, expected: &[&str]) {
    loop {
        let results = app
            .search()
            .query(query(text))
            .await
            .expect("the search runs");
        if result_slugs(&results) == expected {
            return;
        }
        assert!(
            since.elapsed() < INDEX_DEADLINE,
            "{text}: expected {expected:?} within {INDEX_DEADLINE:?}, got {:?}",
            result_slugs(&results)
        );
        tokio::time::sleep(POLL_EVERY).await;
    }
}

/// Closes an app and drops it, so that its search index (and the index's writer lock) is let go,
/// as when a process exits.
async fn close(app: App) {
    app.store().close().await;
    drop(app);
}

/// Opens a new app on `store` and its search index. The previous app's index worker may still
/// be finishing the batch that made the last search succeed (it holds the index until then), so
/// a lock held by it is waited out, as an operator's restart would.
async fn reopen(store: &TestStore) -> App {
    let app = App::open(store.config())
        .await
        .expect("the app opens again on the same storage");
    let since = Instant::now();
    loop {
        match app.start_search().await {
            Ok(()) => return app,
            Err(err) if since.elapsed() < RELEASE_DEADLINE => {
                eprintln!("search index not yet released: {err}");
                tokio::time::sleep(POLL_EVERY).await;
            }
            Err(err) => panic!("the search index reopens after the app was dropped: {err:#}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// Middle East › Iraq and Europe, two themes, two authors, a partner source, and three published
/// articles mentioning "quayside" (one in French) plus a draft that does too. The report
/// `ports-in-crisis` is made last, listing two of them. Returns the year they were published in.
async fn quayside_publication(s: &TestServer) -> String {
    s.add_region("middle-east", "Middle East", None).await;
    s.add_region("iraq", "Iraq", Some("middle-east")).await;
    s.add_region("europe", "Europe", None).await;
    s.add_theme("labour", "Labour").await;
    s.add_theme("environment", "Environment").await;
    s.add_author("amal-rahim", "Amal Rahim").await;
    s.add_author("jo-park", "Jo Park").await;
    s.add_source("harbour-dispatch", "Harbour Dispatch").await;
    let basra = s
        .add_published(json!({
            "title": "Strike on the Basra quayside", "body": "Dockers walked out at dawn.",
            "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"],
            "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/a", "date": "2026-11-18"}
        }))
        .await;
    s.add_published(json!({
        "title": "Marshes reach the quayside", "body": "The water rose overnight.",
        "regions": ["middle-east"], "themes": ["environment"], "authors": ["jo-park"]
    }))
    .await;
    s.add_published(json!({
        "title": "Grève sur le quayside", "body": "Les dockers restent dehors.", "language": "fr",
        "regions": ["europe"], "themes": ["labour"], "authors": ["jo-park"]
    }))
    .await;
    s.add_draft(json!({
        "title": "Quayside draft", "body": "Not ready.",
        "regions": ["iraq"], "themes": ["labour"], "authors": ["amal-rahim"]
    }))
    .await;
    // Made after the articles: listing them in a report must reach the index too.
    let since = Instant::now();
    s.add_report(
        "ports-in-crisis",
        "Ports in Crisis",
        &["strike-on-the-basra-quayside", "greve-sur-le-quayside"],
    )
    .await;
    within_deadline(
        s,
        since,
        &[("q", "quayside")],
        "the report's articles",
        |out| total(out) == 3 && facet(out, "reports") == counts(&[("ports-in-crisis", 2)]),
    )
    .await;
    year_of(&basra)
}

// ---------------------------------------------------------------------------------------------
// Keeping in step with the store
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn publishing_editing_and_withdrawing_show_in_search_within_a_second() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        // A draft made first: once a later publish is searchable, the worker (which applies
        // changes in order) has seen the draft too.
        let draft = s
            .add_draft(json!({"title": "Pelican census", "body": "Counted on the pier."}))
            .await;

        let since = Instant::now();
        let published = s
            .add_published(json!({
                "title": "Albatross returns", "standfirst": "Seabirds are back.",
                "body": "Seen over the breakwater at dusk."
            }))
            .await;
        let id = article_id(&published);
        let out = until_found(&s, since, "albatross", &["albatross-returns"]).await;
        let hit = &out["hits"][0];
        assert_eq!(hit["id"], id, "{backend:?}: {out}");
        assert_eq!(hit["title"], "Albatross returns", "{backend:?}");
        assert_eq!(
            hit["url"],
            s.url("/albatross-returns"),
            "{backend:?}: hits link to the public article"
        );
        assert!(
            hit["score"].as_f64().is_some_and(|s| s > 0.0),
            "{backend:?}: {hit}"
        );
        for word in ["pelican", "census", "pier"] {
            let out = search(&s, &[("q", word)]).await;
            assert_eq!(total(&out), 0, "{backend:?}: a draft is never found: {out}");
        }
        // Editing a draft does not make it searchable either.
        let since = Instant::now();
        let path = format!("/api/v1/admin/articles/{}", article_id(&draft));
        admin_ok(
            &s,
            Method::PATCH,
            &path,
            Some(json!({"title": "Pelican tally"})),
        )
        .await;
        let other = s
            .add_published(json!({"title": "Gannet colony", "body": "On the cliffs."}))
            .await;
        until_found(&s, since, "gannet", &["gannet-colony"]).await;
        for word in ["pelican", "tally"] {
            assert_eq!(total(&search(&s, &[("q", word)]).await), 0, "{backend:?}");
        }

        // A new title is found, and the old one no longer is.
        let since = Instant::now();
        let path = format!("/api/v1/admin/articles/{id}");
        admin_ok(
            &s,
            Method::PATCH,
            &path,
            Some(json!({"title": "Cormorant returns"})),
        )
        .await;
        until_found(&s, since, "cormorant", &["albatross-returns"]).await;
        within_deadline(&s, since, &[("q", "albatross")], "old title gone", |out| {
            total(out) == 0
        })
        .await;
        let out = search(&s, &[("q", "cormorant")]).await;
        assert_eq!(out["hits"][0]["title"], "Cormorant returns", "{backend:?}");
        // A body edit too.
        let since = Instant::now();
        admin_ok(
            &s,
            Method::PATCH,
            &path,
            Some(json!({"body": "Seen over the lighthouse at dusk."})),
        )
        .await;
        until_found(&s, since, "lighthouse", &["albatross-returns"]).await;
        within_deadline(&s, since, &[("q", "breakwater")], "old body gone", |out| {
            total(out) == 0
        })
        .await;

        // Withdrawn: gone; published again: back.
        let since = Instant::now();
        admin_ok(&s, Method::POST, &format!("{path}/unpublish"), None).await;
        until_found(&s, since, "cormorant", &[]).await;
        let since = Instant::now();
        s.publish(id).await;
        until_found(&s, since, "cormorant", &["albatross-returns"]).await;

        // Deleted: gone.
        let since = Instant::now();
        let other_path = format!("/api/v1/admin/articles/{}", article_id(&other));
        let (status, out) = s.admin(Method::DELETE, &other_path, None).await;
        assert_eq!(status, 204, "{backend:?}: {out}");
        until_found(&s, since, "gannet", &[]).await;
        // The rest of the index is untouched.
        until_found(&s, since, "cormorant", &["albatross-returns"]).await;
    }
}

#[tokio::test]
async fn scheduled_articles_are_found_once_they_go_live() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let draft = s
            .add_draft(json!({"title": "Skua patrol", "body": "Over the colony."}))
            .await;
        let at = time::OffsetDateTime::now_utc() + Duration::from_secs(3);
        let path = format!("/api/v1/admin/articles/{}/schedule", article_id(&draft));
        let at_text = at
            .format(&time::format_description::well_known::Rfc3339)
            .expect("a formattable time");
        admin_ok(&s, Method::POST, &path, Some(json!({"at": at_text}))).await;
        // A later publish is searchable, so the schedule was seen: not yet found.
        let since = Instant::now();
        s.add_published(json!({"title": "Gull count", "body": "On the roofs."}))
            .await;
        until_found(&s, since, "gull", &["gull-count"]).await;
        assert_eq!(
            total(&search(&s, &[("q", "skua")]).await),
            0,
            "{backend:?}: not before its time"
        );
        // Due at `at`; the job runner looks at the queue every second, so the article is live
        // by a second later, and from then the index has its own second.
        let due = Duration::try_from(at - time::OffsetDateTime::now_utc()).unwrap_or_default();
        let live_by = Instant::now() + due + JOB_RUNNER_INTERVAL;
        until_found(&s, live_by, "skua", &["skua-patrol"]).await;
    }
}

#[tokio::test]
async fn renaming_an_author_or_a_source_updates_their_facets_within_a_second() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_author("amal-rahim", "Amal Rahim").await;
        s.add_source("harbour-dispatch", "Harbour Dispatch").await;
        let since = Instant::now();
        s.add_published(json!({
            "title": "Storm petrels", "body": "Seen at night.", "authors": ["amal-rahim"],
            "original": {"source": "harbour-dispatch", "url": "https://harbour-dispatch.example/p", "date": "2026-11-18"}
        }))
        .await;
        until_found(&s, since, "petrels", &["storm-petrels"]).await;

        let since = Instant::now();
        admin_ok(
            &s,
            Method::PUT,
            "/api/v1/admin/authors/amal-rahim",
            Some(json!({"slug": "amal-r", "name": "Amal R."})),
        )
        .await;
        admin_ok(
            &s,
            Method::PUT,
            "/api/v1/admin/sources/harbour-dispatch",
            Some(json!({"slug": "dispatch", "name": "The Dispatch", "home_url": "https://harbour-dispatch.example"})),
        )
        .await;
        let out = within_deadline(
            &s,
            since,
            &[
                ("q", "petrels"),
                ("author", "amal-r"),
                ("source", "dispatch"),
            ],
            "the new slugs",
            |out| total(out) == 1,
        )
        .await;
        assert_eq!(
            facet(&out, "authors"),
            counts(&[("amal-r", 1)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "sources"),
            counts(&[("dispatch", 1)]),
            "{backend:?}"
        );
        let out = search(&s, &[("q", "petrels"), ("author", "amal-rahim")]).await;
        assert_eq!(total(&out), 0, "{backend:?}: the old slug is gone: {out}");
        let (_, page) = s.page("/search?q=petrels").await;
        assert!(
            page.contains("Amal R."),
            "{backend:?}: the facet shows the new name"
        );
        assert!(page.contains("The Dispatch"), "{backend:?}");
    }
}

#[tokio::test]
async fn index_survives_a_restart_and_is_searchable_at_once() {
    for backend in backends().await {
        let store = TestStore::new(backend).await.expect("fresh test storage");
        let app = App::open(store.config()).await.expect("the app opens");
        app.start_search().await.expect("the index opens");
        let since = Instant::now();
        let draft = app
            .articles()
            .create(
                &Actor::System,
                input(json!({"title": "Kittiwake survey", "body": "Nests on every ledge."})),
            )
            .await
            .expect("a draft");
        app.articles()
            .publish(&Actor::System, draft.id)
            .await
            .expect("published");
        app_until_found(&app, since, "kittiwake", &["kittiwake-survey"]).await;
        close(app).await;

        let app = reopen(&store).await;
        // Before any change: what the index holds on disk is searchable as it opens.
        let results = app
            .search()
            .query(query("kittiwake"))
            .await
            .expect("the search runs");
        assert_eq!(
            result_slugs(&results),
            ["kittiwake-survey"],
            "{backend:?}: found right after the restart"
        );
        let results = app
            .search()
            .query(query("nests"))
            .await
            .expect("the search runs");
        assert_eq!(result_slugs(&results), ["kittiwake-survey"], "{backend:?}");

        // The new process's worker keeps the index in step.
        let since = Instant::now();
        app.articles()
            .update(
                &Actor::System,
                draft.id,
                serde_json::from_value(json!({"title": "Fulmar survey"})).expect("a patch"),
            )
            .await
            .expect("edited");
        app_until_found(&app, since, "fulmar", &["kittiwake-survey"]).await;
        app_until_found(&app, since, "kittiwake", &[]).await;
        close(app).await;
    }
}

/// The binary as an operator runs it, with defaults only: no configuration leaks in from the
/// developer's shell or a `gazette.toml` in the working directory.
fn gazette(cwd: &Path) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(BIN);
    cmd.current_dir(cwd).kill_on_drop(true);
    for var in [
        "DATABASE_URL",
        "GAZETTE_LOG",
        "GAZETTE_CONFIG",
        "GAZETTE_ADDR",
        "GAZETTE_DATA",
        "GAZETTE_BASE_URL",
        "GAZETTE_THEME_DIR",
        "GAZETTE_PAGE_CACHE_ENTRIES",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

async fn publish(app: &App, article: Value) -> ArticleId {
    let draft = app
        .articles()
        .create(&Actor::System, input(article))
        .await
        .expect("a draft");
    app.articles()
        .publish(&Actor::System, draft.id)
        .await
        .expect("published")
        .id
}

#[tokio::test]
async fn reindex_command_rebuilds_the_index_from_the_store() {
    for backend in backends().await {
        let store = TestStore::new(backend).await.expect("fresh test storage");
        // The index learns of one article, then falls behind the store: another process (with
        // no search running) publishes one more and withdraws the first.
        let app = App::open(store.config()).await.expect("the app opens");
        app.start_search().await.expect("the index opens");
        let since = Instant::now();
        let puffin = publish(
            &app,
            json!({"title": "Puffin burrows", "body": "On the island."}),
        )
        .await;
        publish(
            &app,
            json!({"title": "Tern colony", "body": "On the shingle."}),
        )
        .await;
        app_until_found(&app, since, "puffin", &["puffin-burrows"]).await;
        app_until_found(&app, since, "tern", &["tern-colony"]).await;
        close(app).await;

        let app = App::open(store.config()).await.expect("the app opens");
        publish(
            &app,
            json!({"title": "Shearwater flight", "body": "Over the sound."}),
        )
        .await;
        app.articles()
            .unpublish(&Actor::System, puffin)
            .await
            .expect("withdrawn");
        close(app).await;

        let cwd = tempfile::tempdir().expect("a working directory");
        // As in `reopen`: the first app's index worker may still hold the index for a moment.
        let since = Instant::now();
        let out = loop {
            let mut cmd = gazette(cwd.path());
            cmd.arg("reindex").arg("--data").arg(store.dir.path());
            if let Some(pg) = &store.pg {
                cmd.env("DATABASE_URL", &pg.url);
            }
            let out = tokio::time::timeout(Duration::from_secs(120), cmd.output())
                .await
                .expect("gazette reindex finishes")
                .expect("the gazette binary runs");
            let locked = String::from_utf8_lossy(&out.stderr).contains("locked by another process");
            if !(locked && since.elapsed() < RELEASE_DEADLINE) {
                break out;
            }
            eprintln!("search index not yet released; running gazette reindex again");
            tokio::time::sleep(POLL_EVERY).await;
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{backend:?}: gazette reindex failed: {}\nstdout: {stdout}\nstderr: {stderr}",
            out.status
        );
        assert!(
            stdout.lines().any(
                |l| l.trim() == "search index rebuilt: 2 published articles and 0 translations"
            ),
            "{backend:?}: stdout: {stdout}\nstderr: {stderr}"
        );

        // The rebuilt index is the store's: searchable as soon as it opens.
        let app = reopen(&store).await;
        for (word, expected) in [
            ("shearwater", &["shearwater-flight"][..]),
            ("tern", &["tern-colony"][..]),
            ("puffin", &[][..]),
        ] {
            let results = app
                .search()
                .query(query(word))
                .await
                .expect("the search runs");
            assert_eq!(result_slugs(&results), expected, "{backend:?}: {word}");
        }
        let everything = app
            .search()
            .query(query(""))
            .await
            .expect("the search runs");
        assert_eq!(everything.total, 2, "{backend:?}");
        close(app).await;
    }
}

// ---------------------------------------------------------------------------------------------
// Language analysis and ranking
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn words_are_stemmed_per_language() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({
            "title": "Dockers vote", "body": "Repeated strikes closed the port for a month."
        }))
        .await;
        s.add_published(json!({
            "title": "Budget du port", "language": "fr",
            "body": "Les économies de la ville inquiètent les dockers."
        }))
        .await;
        let since = Instant::now();
        s.add_published(json!({"title": "Last one", "body": "Marker."}))
            .await;
        until_found(&s, since, "marker", &["last-one"]).await;

        for word in ["strikes", "striking", "strike", "STRIKE"] {
            let out = search(&s, &[("q", word)]).await;
            assert_eq!(slugs(&out), ["dockers-vote"], "{backend:?}: {word}: {out}");
            let snippet = out["hits"][0]["snippet_html"].as_str().unwrap();
            assert!(
                snippet.contains("<mark>strikes</mark>"),
                "{backend:?}: {word} highlights the word as written: {snippet}"
            );
        }
        for (word, language) in [
            ("économies", None),
            ("économie", None),
            ("économie", Some("fr")),
            ("economie", None),
            ("Économie", Some("fr")),
        ] {
            let mut params = vec![("q", word)];
            if let Some(language) = language {
                params.push(("language", language));
            }
            let out = search(&s, &params).await;
            assert_eq!(
                slugs(&out),
                ["budget-du-port"],
                "{backend:?}: {params:?}: {out}"
            );
        }
        // Restricted to English, the French article is not searched.
        let out = search(&s, &[("q", "économie"), ("language", "en")]).await;
        assert_eq!(total(&out), 0, "{backend:?}: {out}");
    }
}

#[tokio::test]
async fn title_matches_rank_above_passing_mentions() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({
            "title": "Osprey nests on the crane", "standfirst": "A rare osprey pair.",
            "body": "The osprey pair built on the idle crane."
        }))
        .await;
        // Newer, so it gets the larger recency boost; one mention in a long body still loses.
        let filler = "The harbour board met again to discuss tariffs and berths. ".repeat(20);
        let since = Instant::now();
        s.add_published(json!({
            "title": "Harbour board minutes",
            "body": format!("{filler} An osprey was seen. {filler}")
        }))
        .await;
        let out = until_found(
            &s,
            since,
            "osprey",
            &["osprey-nests-on-the-crane", "harbour-board-minutes"],
        )
        .await;
        assert_eq!(
            slugs(&out),
            ["osprey-nests-on-the-crane", "harbour-board-minutes"],
            "{backend:?}: {out}"
        );
        let scores: Vec<f64> = out["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["score"].as_f64().unwrap())
            .collect();
        assert!(scores[0] > scores[1], "{backend:?}: {scores:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Facets and filters
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn results_carry_facet_counts_for_every_dimension() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let year = quayside_publication(&s).await;
        let out = search(&s, &[("q", "quayside")]).await;
        assert_eq!(
            total(&out),
            3,
            "{backend:?}: the draft is not counted: {out}"
        );
        assert_eq!(
            facet(&out, "regions"),
            // Iraq's article counts for the Middle East too.
            counts(&[("middle-east", 2), ("europe", 1), ("iraq", 1)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "themes"),
            counts(&[("labour", 2), ("environment", 1)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "reports"),
            counts(&[("ports-in-crisis", 2)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "sources"),
            counts(&[("harbour-dispatch", 1)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "authors"),
            counts(&[("jo-park", 2), ("amal-rahim", 1)]),
            "{backend:?}"
        );
        assert_eq!(
            facet(&out, "languages"),
            counts(&[("en", 2), ("fr", 1)]),
            "{backend:?}"
        );
        assert_eq!(facet(&out, "years"), vec![(year.clone(), 3)], "{backend:?}");

        // Facets count the whole result set, not the page.
        let page = search(&s, &[("q", "quayside"), ("per_page", "1")]).await;
        assert_eq!(slugs(&page).len(), 1, "{backend:?}");
        assert_eq!(page["facets"], out["facets"], "{backend:?}");
        // With no words, everything published is listed, newest first.
        let all = search(&s, &[]).await;
        assert_eq!(total(&all), 3, "{backend:?}: {all}");
        assert_newest_first(&all);
        assert_eq!(all["facets"], out["facets"], "{backend:?}");
    }
}

#[tokio::test]
async fn facet_filters_narrow_results_and_a_parent_region_includes_its_sub_regions() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let year = quayside_publication(&s).await;
        let basra = "strike-on-the-basra-quayside";
        let marshes = "marshes-reach-the-quayside";
        let greve = "greve-sur-le-quayside";
        let cases: Vec<(Params, Vec<&str>)> = vec![
            (vec![("region", "middle-east")], vec![marshes, basra]),
            (vec![("region", "iraq")], vec![basra]),
            (vec![("region", "europe")], vec![greve]),
            (vec![("theme", "labour")], vec![greve, basra]),
            (vec![("report", "ports-in-crisis")], vec![greve, basra]),
            (vec![("source", "harbour-dispatch")], vec![basra]),
            (vec![("author", "jo-park")], vec![greve, marshes]),
            (vec![("language", "fr")], vec![greve]),
            (vec![("year", year.as_str())], vec![greve, marshes, basra]),
            (
                vec![("region", "middle-east"), ("author", "jo-park")],
                vec![marshes],
            ),
            (vec![("theme", "labour"), ("language", "en")], vec![basra]),
        ];
        for (filters, expected) in cases {
            for q in ["quayside", ""] {
                let mut params = vec![("q", q)];
                params.extend(filters.iter().copied());
                let out = search(&s, &params).await;
                let mut got = slugs(&out);
                let mut want: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
                got.sort();
                want.sort();
                assert_eq!(got, want, "{backend:?}: {params:?}: {out}");
                if q.is_empty() {
                    assert_newest_first(&out);
                }
                assert_eq!(
                    total(&out),
                    expected.len() as u64,
                    "{backend:?}: {params:?}"
                );
            }
        }
        // A filtered search's facets describe what it found.
        let out = search(&s, &[("q", "quayside"), ("region", "middle-east")]).await;
        assert_eq!(
            facet(&out, "regions"),
            counts(&[("middle-east", 2), ("iraq", 1)]),
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn unknown_facet_values_find_nothing_and_malformed_parameters_are_refused() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        quayside_publication(&s).await;
        for (key, value) in [
            ("region", "nowhere"),
            ("theme", "nowhere"),
            ("report", "nowhere"),
            ("source", "nowhere"),
            ("author", "nobody"),
            ("language", "xx"),
            ("language", "not a language"),
            ("year", "1900"),
            ("year", "-5"),
            ("region", "%00"),
            ("region", "middle-east:iraq"),
            ("region", "🌍"),
        ] {
            for q in ["quayside", ""] {
                let params = [("q", q), (key, value)];
                let (status, out) = api_search(&s, &params).await;
                assert_eq!(status, 200, "{backend:?}: {params:?}: {out}");
                assert_eq!(total(&out), 0, "{backend:?}: {params:?}: {out}");
                assert_eq!(slugs(&out), Vec::<String>::new(), "{backend:?}");
            }
            let (status, page) = s
                .page(&format!("/search?q=quayside&{key}={}", encode(value)))
                .await;
            assert_eq!(status, 200, "{backend:?}: /search {key}={value}");
            assert!(page.contains("0 articles"), "{backend:?}: {key}={value}");
        }
        // A blank filter is no filter.
        let out = search(&s, &[("q", "quayside"), ("region", "")]).await;
        assert_eq!(total(&out), 3, "{backend:?}: {out}");

        for (params, field) in [
            (vec![("q", "quayside"), ("year", "abc")], "year"),
            (vec![("year", "2024.5")], "year"),
            (vec![("year", "99999999999")], "year"),
            (vec![("q", "quayside"), ("page", "0")], "page"),
            (vec![("page", "-1")], "page"),
            (vec![("page", "4294967296")], "page"),
            (vec![("per_page", "0")], "per_page"),
            (vec![("per_page", "101")], "per_page"),
            (vec![("per_page", "ten")], "per_page"),
            (vec![("q", "quayside"), ("colour", "red")], "colour"),
        ] {
            let (status, out) = api_search(&s, &params).await;
            assert_eq!(status, 400, "{backend:?}: {params:?}: {out}");
            let error = &out["error"];
            assert_eq!(error["code"], "bad_request", "{backend:?}: {out}");
            assert_eq!(
                error["field"], field,
                "{backend:?}: {params:?}: the error names the parameter: {out}"
            );
            assert!(
                error["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{backend:?}: {out}"
            );
        }
        // The reader's page is lenient: a malformed value is dropped, an unknown key ignored.
        for path in [
            "/search?q=quayside&year=abc",
            "/search?q=quayside&page=0",
            "/search?q=quayside&page=abc",
            "/search?q=quayside&page=4294967296",
            "/search?q=quayside&colour=red",
        ] {
            let (status, page) = s.page(path).await;
            assert_eq!(status, 200, "{backend:?}: {path}");
            assert!(page.contains("3 articles"), "{backend:?}: {path}");
        }
        // Far past the last page: no hits, the total still told.
        let out = search(&s, &[("q", "quayside"), ("page", "1000")]).await;
        assert_eq!((total(&out), slugs(&out).len()), (3, 0), "{backend:?}");
        let out = search(
            &s,
            &[
                ("q", "quayside"),
                ("page", "4294967295"),
                ("per_page", "100"),
            ],
        )
        .await;
        assert_eq!((total(&out), slugs(&out).len()), (3, 0), "{backend:?}");
    }
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Snippets
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn snippets_mark_matches_and_escape_everything_else() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        s.add_published(json!({
            "title": "Council vote",
            "body": "The zebrafinch motion said 1 < 2 & \"quotes\" matter, with <b>bold</b> words, \
                     \\<script\\>alert(1)\\</script\\> as text, and <script>alert(2)</script> as markup."
        }))
        .await;
        s.add_published(json!({
            "title": "Board minutes", "body_format": "html",
            "body": "<p>The kingfisher clause: 3 &gt; 2 &amp;&amp; <i>it's</i> &lt;img src=x onerror=alert(3)&gt; fine.</p><script>alert(4)</script>"
        }))
        .await;
        // A long body: the snippet is cut from the middle, around the match.
        let filler = "The harbour board met again to discuss tariffs and berths. ".repeat(15);
        s.add_published(json!({
            "title": "Long minutes",
            "body": format!("{filler}\n\nThen the sandpiper rule: a\\<b & c\\>d \"held\". {filler}")
        }))
        .await;
        // Matched in the title only: the snippet is the standfirst's opening, escaped too.
        let since = Instant::now();
        s.add_published(json!({
            "title": "Heron <em>sightings</em> & \"counts\"",
            "standfirst": "Tom & Jerry <em>are not</em> markup.",
            "body": "Nothing about birds."
        }))
        .await;
        until_found(&s, since, "heron", &["heron-em-sightings-em-counts"]).await;

        let out = search(&s, &[("q", "zebrafinch")]).await;
        let snippet = out["hits"][0]["snippet_html"].as_str().expect("a snippet");
        assert!(
            snippet.contains("<mark>zebrafinch</mark>"),
            "{backend:?}: {snippet}"
        );
        let text = snippet_text(snippet);
        assert!(
            text.contains("1 < 2 & \"quotes\" matter"),
            "{backend:?}: the text as written, escaped once: {snippet}"
        );
        assert!(
            text.contains("<script>alert(1)</script> as text"),
            "{backend:?}: {snippet}"
        );
        assert!(
            !text.contains("alert(2)"),
            "{backend:?}: script content is not prose: {snippet}"
        );
        assert!(
            text.contains("with bold words"),
            "{backend:?}: markup is dropped, its text kept: {snippet}"
        );

        let out = search(&s, &[("q", "kingfisher")]).await;
        let snippet = out["hits"][0]["snippet_html"].as_str().expect("a snippet");
        assert!(
            snippet.contains("<mark>kingfisher</mark>"),
            "{backend:?}: {snippet}"
        );
        let text = snippet_text(snippet);
        assert!(
            text.contains("3 > 2 && it's <img src=x onerror=alert(3)> fine."),
            "{backend:?}: {snippet}"
        );
        assert!(!text.contains("alert(4)"), "{backend:?}: {snippet}");

        // A phrase and two words, each highlighted.
        let out = search(&s, &[("q", "\"zebrafinch motion\" quotes")]).await;
        assert_eq!(slugs(&out), ["council-vote"], "{backend:?}: {out}");
        let snippet = out["hits"][0]["snippet_html"].as_str().unwrap();
        for word in ["zebrafinch", "motion", "quotes"] {
            assert!(
                snippet.contains(&format!("<mark>{word}</mark>")),
                "{backend:?}: {word}: {snippet}"
            );
        }
        snippet_text(snippet);
        // Excluded words and filters are not highlighted.
        let out = search(&s, &[("q", "zebrafinch -kingfisher")]).await;
        assert_eq!(slugs(&out), ["council-vote"], "{backend:?}: {out}");

        let out = search(&s, &[("q", "sandpiper")]).await;
        let snippet = out["hits"][0]["snippet_html"].as_str().expect("a snippet");
        assert!(
            snippet.contains("<mark>sandpiper</mark>"),
            "{backend:?}: {snippet}"
        );
        let text = snippet_text(snippet);
        assert!(
            text.starts_with("… ") && text.ends_with(" …"),
            "{backend:?}: cut from a longer text: {snippet}"
        );
        assert!(
            text.contains("sandpiper rule: a<b & c>d \"held\"."),
            "{backend:?}: {snippet}"
        );
        assert!(
            text.len() < 400,
            "{backend:?}: a snippet, not the body: {snippet}"
        );

        let out = search(&s, &[("q", "heron")]).await;
        let hit = &out["hits"][0];
        assert_eq!(
            hit["title"], "Heron <em>sightings</em> & \"counts\"",
            "{backend:?}: the API gives the title as text"
        );
        let snippet = hit["snippet_html"].as_str().unwrap();
        assert_eq!(
            snippet_text(snippet),
            "Tom & Jerry <em>are not</em> markup.",
            "{backend:?}: {snippet}"
        );

        // The page shows the same snippets, and escapes the titles.
        for q in ["zebrafinch", "kingfisher", "heron"] {
            let (status, page) = s.page(&format!("/search?q={q}")).await;
            assert_eq!(status, 200, "{backend:?}");
            for snippet in page
                .split("<p class=\"snippet\">")
                .skip(1)
                .map(|rest| &rest[..rest.find("</p>").expect("a closed snippet")])
            {
                snippet_text(snippet);
            }
            assert!(!page.contains("<em>sightings"), "{backend:?}: {q}");
            assert!(!page.contains("alert(2)"), "{backend:?}: {q}");
            assert!(!page.contains("<script>alert"), "{backend:?}: {q}");
        }
        let (_, page) = s.page("/search?q=heron").await;
        assert!(
            page.contains("Heron &lt;em&gt;sightings&lt;/em&gt; &amp; &quot;counts&quot;")
                || page
                    .contains("Heron &lt;em&gt;sightings&lt;&#x2f;em&gt; &amp; &quot;counts&quot;"),
            "{backend:?}: the title escaped on the page"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The search page
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn search_page_lists_hits_with_links_and_facets_and_is_not_indexed() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        quayside_publication(&s).await;
        let res = s.get("/search?q=quayside").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8",
            "{backend:?}"
        );
        let page = res.text().await.unwrap();
        let robots: Vec<&str> = tags(&page, "meta")
            .into_iter()
            .filter(|t| attr(t, "name") == Some("robots"))
            .collect();
        assert_eq!(robots.len(), 1, "{backend:?}: one robots meta");
        assert!(
            attr(robots[0], "content").is_some_and(|c| c.contains("noindex")),
            "{backend:?}: {}",
            robots[0]
        );
        assert!(page.contains("3 articles"), "{backend:?}");
        let hrefs: Vec<&str> = tags(&page, "a")
            .into_iter()
            .filter_map(|t| attr(t, "href"))
            .collect();
        for slug in [
            "strike-on-the-basra-quayside",
            "marshes-reach-the-quayside",
            "greve-sur-le-quayside",
        ] {
            assert!(
                hrefs.contains(&format!("/{slug}").as_str()),
                "{backend:?}: a link to {slug}: {hrefs:?}"
            );
        }
        assert!(!hrefs.contains(&"/quayside-draft"), "{backend:?}: no draft");
        // Facet links keep the query and add a filter; labels are the names.
        let middle_east = hrefs
            .iter()
            .find(|h| h.starts_with("/search?") && h.contains("region=middle-east"))
            .unwrap_or_else(|| panic!("{backend:?}: a Middle East facet link: {hrefs:?}"))
            .replace("&amp;", "&");
        assert!(
            middle_east.contains("q=quayside"),
            "{backend:?}: {middle_east}"
        );
        for dimension in [
            "theme=labour",
            "report=ports-in-crisis",
            "source=harbour-dispatch",
            "author=jo-park",
            "language=fr",
            "year=",
        ] {
            assert!(
                hrefs
                    .iter()
                    .any(|h| h.starts_with("/search?") && h.contains(dimension)),
                "{backend:?}: a facet link with {dimension}: {hrefs:?}"
            );
        }
        for label in [
            "Middle East",
            "Iraq",
            "Labour",
            "Ports in Crisis",
            "Harbour Dispatch",
            "Jo Park",
        ] {
            assert!(page.contains(label), "{backend:?}: facet label {label}");
        }

        // Following a facet link narrows the results; the filter shows as selected.
        let (status, narrowed) = s.page(&middle_east).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(narrowed.contains("2 articles"), "{backend:?}");
        assert!(
            !narrowed.contains("href=\"/greve-sur-le-quayside\""),
            "{backend:?}"
        );
        assert!(
            narrowed.contains("href=\"/marshes-reach-the-quayside\""),
            "{backend:?}"
        );
        assert!(
            narrowed.contains("href=\"/strike-on-the-basra-quayside\""),
            "{backend:?}"
        );
        assert!(
            tags(&narrowed, "a")
                .iter()
                .any(|t| attr(t, "aria-current") == Some("true")
                    && attr(t, "href").is_some_and(|h| !h.contains("region="))),
            "{backend:?}: the selected value links to the search without it"
        );

        // The query is echoed escaped.
        let (status, page) = s
            .page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E")
            .await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(!page.contains("<script>alert(1)"), "{backend:?}");
        let input = tags(&page, "input")
            .into_iter()
            .find(|t| attr(t, "id") == Some("search-page-q"))
            .unwrap_or_else(|| panic!("{backend:?}: the search box"));
        let value = attr(input, "value").unwrap_or_default();
        assert!(
            value.starts_with("&lt;script&gt;") && value.ends_with("&gt;"),
            "{backend:?}: the whole query stays inside the attribute: {input}"
        );

        // An empty search page lists everything published.
        let (status, page) = s.page("/search").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(page.contains("3 articles"), "{backend:?}");
    }
}

/// What readers (and robots) type: operators, syntax of other engines, broken quotes, very long
/// input, and text in any script.
fn hostile_queries() -> Vec<String> {
    let mut queries: Vec<String> = [
        "\"unbalanced",
        "quayside\"",
        "\"quayside",
        "\"a\" \"b",
        "\"\"",
        "-\"\"",
        "\"\"\"\"\"",
        "AND OR NOT",
        "AND",
        "OR",
        "NOT",
        "NOT NOT quayside",
        "quayside OR OR OR strike",
        "quayside AND",
        "-quayside",
        "-",
        "--",
        "- -x",
        "-a -b -c",
        "title:",
        "title:quayside",
        "body:\"x\"",
        "*",
        "quay*",
        "~",
        "quayside~2",
        "^",
        "quayside^10",
        "(quayside",
        ")",
        "[a TO z]",
        "{}",
        "\\",
        "\\\"",
        "+quayside +strike",
        "&&",
        "||",
        "!",
        "?",
        ":",
        "/",
        "'",
        "%",
        "%00",
        "NULL",
        "undefined",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "of the",
        "\"the of and to a in\"",
        "the the the the the the the the the the the the the the the the the the",
        "🚢⚓",
        "🏳️‍🌈",
        "👩🏽‍🔬 quayside",
        "إضراب عمال الميناء",
        "\u{202E}edisyauq\u{202C}",
        "\u{200B}\u{200D}\u{FEFF}",
        "港口罢工",
        "ストライキ",
        "การนัดหยุดงาน",
        "हड़ताल",
        "வேலைநிறுத்தம்",
        "«grève» „Streik“ “strike”",
        "Ǆ ǅ ǆ ﬁ ß İ",
        "\u{1F600}\u{FE0F}\u{20E3}",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    queries.push(format!("e{}", "\u{301}".repeat(5000)));
    queries.push("\"".repeat(5000));
    queries.push(format!("\"{}\"", "of the ".repeat(500)));
    queries.push("quayside ".repeat(20 * 1024 / 9));
    queries.push("x".repeat(20 * 1024));
    queries.push("-".repeat(20 * 1024));
    queries.push("AND ".repeat(5 * 1024));
    queries.push("🚢".repeat(5 * 1024));
    queries.push("ب".repeat(10 * 1024));
    queries
}

#[tokio::test]
async fn any_query_gets_an_answer_from_the_page_and_the_api() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        quayside_publication(&s).await;
        s.add_published(json!({
            "title": "إضراب في الميناء", "slug": "idrab", "language": "ar",
            "body": "عمال الميناء يواصلون الإضراب."
        }))
        .await;
        let since = Instant::now();
        s.add_published(json!({
            "title": "港口罢工", "slug": "gangkou", "language": "zh", "body": "工人继续罢工。"
        }))
        .await;
        within_deadline(&s, since, &[], "all published", |out| total(out) == 5).await;

        let client = impatient_client();
        let filters: [&[(&str, &str)]; 3] = [
            &[],
            &[("language", "ar")],
            &[("region", "middle-east"), ("year", "2024")],
        ];
        for q in hostile_queries() {
            let shown: String = q.chars().take(40).collect();
            for extra in filters {
                let mut params = vec![("q", q.as_str())];
                params.extend(extra.iter().copied());
                let res = client
                    .get(s.url("/api/v1/search"))
                    .query(&params)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{backend:?}: API q={shown:?} {extra:?}: {e}"));
                let status = res.status();
                let body = res.text().await.unwrap_or_default();
                assert_eq!(
                    status, 200,
                    "{backend:?}: API q={shown:?} {extra:?}: {body}"
                );
                let out: Value = serde_json::from_str(&body)
                    .unwrap_or_else(|e| panic!("{backend:?}: q={shown:?}: {e}: {body}"));
                for hit in out["hits"].as_array().expect("hits") {
                    snippet_text(hit["snippet_html"].as_str().expect("a snippet"));
                }

                let res = client
                    .get(s.url("/search"))
                    .query(&params)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{backend:?}: page q={shown:?} {extra:?}: {e}"));
                assert_eq!(res.status(), 200, "{backend:?}: page q={shown:?} {extra:?}");
                let page = res.text().await.unwrap_or_default();
                assert!(page.contains("noindex"), "{backend:?}: q={shown:?}");
                assert!(!page.contains("<script>alert"), "{backend:?}: q={shown:?}");
            }
        }

        // Bytes no form would send: NUL, invalid UTF-8, broken escapes, repeated keys.
        for query in [
            "q=%00",
            "q=quayside%00",
            "q=%00%00%00&region=%00",
            "q=%FF%FE%FD",
            "q=%C3",
            "q=%",
            "q=%zz",
            "q=%E2%80%AE",
            "q=quayside&q=strike",
            "q&region",
            "=",
            "&&&",
            "q=%22%5C%22",
        ] {
            for path in ["/search", "/api/v1/search"] {
                let url = format!("{}{path}?{query}", s.base);
                let res = client
                    .get(&url)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{backend:?}: {path}?{query}: {e}"));
                let status = res.status().as_u16();
                let body = res.text().await.unwrap_or_default();
                if path == "/search" {
                    assert_eq!(status, 200, "{backend:?}: {path}?{query}");
                } else {
                    // The API may refuse what it cannot read, but never fail on it.
                    assert!(
                        status == 200 || status == 400,
                        "{backend:?}: {path}?{query}: {status} {body}"
                    );
                }
            }
        }

        // Non-Latin scripts are searched, not just survived.
        let out = search(&s, &[("q", "الميناء")]).await;
        assert_eq!(slugs(&out).len(), 1, "{backend:?}: Arabic: {out}");
        let out = search(&s, &[("q", "罢工")]).await;
        assert_eq!(slugs(&out).len(), 1, "{backend:?}: Chinese: {out}");
        // Syntax is read as the docs say: quotes make a phrase, OR either, - excludes.
        let out = search(&s, &[("q", "\"strike on the basra\"")]).await;
        assert_eq!(slugs(&out), ["strike-on-the-basra-quayside"], "{backend:?}");
        let out = search(&s, &[("q", "\"basra strike\"")]).await;
        assert_eq!(total(&out), 0, "{backend:?}: words out of order: {out}");
        let out = search(&s, &[("q", "marshes OR dockers")]).await;
        assert_eq!(total(&out), 3, "{backend:?}: {out}");
        let out = search(&s, &[("q", "quayside -marshes")]).await;
        assert_eq!(total(&out), 2, "{backend:?}: {out}");
        let out = search(&s, &[("q", "quayside NOT marshes")]).await;
        assert_eq!(total(&out), 2, "{backend:?}: {out}");
        // Only exclusions: everything else, newest first.
        let out = search(&s, &[("q", "-marshes")]).await;
        assert_eq!(total(&out), 4, "{backend:?}: {out}");
    }
}

#[tokio::test]
async fn search_is_answered_without_an_index_only_as_unavailable() {
    // Without `start_search` (a process that does not own the index), searching is refused
    // plainly rather than failing obscurely.
    let store = TestStore::new(Backend::Sqlite)
        .await
        .expect("fresh test storage");
    let app = App::open(store.config()).await.expect("the app opens");
    let err = app
        .search()
        .query(query("anything"))
        .await
        .expect_err("no index, no search");
    assert!(err.to_string().contains("search"), "{err}");
    close(app).await;
}

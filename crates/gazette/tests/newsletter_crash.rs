//! The `gazette serve` process killed in the middle of an edition, then started again, against a
//! real SMTP server on 127.0.0.1: every subscriber receives the edition once.
//!
//! Stopped with SIGTERM (what `systemctl stop`, `docker stop` and Ctrl-C send), the sender
//! records the messages in flight before it exits, and the restart sends each remaining
//! subscriber exactly one message. Killed with SIGKILL, a message handed to the SMTP server
//! whose answer was never recorded cannot be known to have arrived; the restart sends it again
//! with the same Message-ID (receivers that keep one copy per Message-ID drop the second), and
//! the progress counts it. The test checks both: exact counts for SIGTERM; for SIGKILL, that
//! everyone got the edition, that every second copy is the same message, and that there are no
//! more of them than were in flight and counted.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use gazette_app::{Actor, App, Config};
use gazette_domain::{EditionId, EditionProgress, NewsletterInput};
use gazette_testkit::smtp::SmtpServer;
use gazette_testkit::{Backend, TestStore, backends};

const SUBSCRIBERS: usize = 400;
const CONCURRENCY: usize = 4;

/// A data directory with a newsletter, its subscribers and an edition whose sending has been
/// asked for; returns the config file the server processes read, and the edition.
async fn prepare(store: &TestStore, smtp: &SmtpServer) -> (std::path::PathBuf, EditionId) {
    let mut config: Config = store.config();
    config.mail.smtp_url = smtp.url();
    config.mail.concurrency = CONCURRENCY;
    // Slow enough that the kill lands in the middle: 400 messages take about 4 s.
    config.mail.per_second = 100;
    let app = App::open(config.clone()).await.expect("the app opens");
    let system = Actor::System;
    app.newsletters()
        .create(
            &system,
            NewsletterInput {
                slug: "daily".into(),
                name: "The Daily".into(),
                description: String::new(),
                cadence: gazette_domain::Cadence::Daily,
                weekday: "monday".into(),
                send_time: "07:00".into(),
                time_zone: "UTC".into(),
                fallback_count: 5,
                report: None,
                active: true,
            },
        )
        .await
        .expect("a newsletter");
    let article = app
        .articles().create(
            &system,
            serde_json::from_value(serde_json::json!({"slug": "harbour-strike", "title": "Harbour strike", "body": "Text."}))
                .unwrap(),
        )
        .await
        .expect("an article");
    app.articles().publish(&system, article.id).await.unwrap();
    let emails: Vec<String> = (0..SUBSCRIBERS)
        .map(|i| format!("reader{i}@example.org"))
        .collect();
    app.newsletters()
        .import_subscribers("daily", emails, "")
        .await
        .expect("subscribers");
    let edition = app
        .newsletters()
        .send_next_edition_now(&system, "daily")
        .await
        .expect("the edition starts");
    assert_eq!(edition.progress.total, SUBSCRIBERS as u64);
    app.store().close().await;

    let file = store.dir.path().join("gazette.toml");
    let database = match &store.pg {
        Some(pg) => format!("database_url = {:?}\n", pg.url),
        None => String::new(),
    };
    std::fs::write(
        &file,
        format!(
            "addr = \"127.0.0.1:0\"\ndata = {:?}\n{database}\n[mail]\nsmtp_url = {:?}\nconcurrency = {CONCURRENCY}\nper_second = 100\n",
            store.dir.path(),
            smtp.url()
        ),
    )
    .unwrap();
    (file, edition.id)
}

/// Starts `gazette serve` and waits until it serves.
fn serve(config: &std::path::Path) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["serve", "--config"])
        .arg(config)
        .env("GAZETTE_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the gazette binary starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.starts_with("Gazette is serving") => break,
            Some(Ok(_)) => {}
            _ => panic!("gazette serve exited before serving"),
        }
    }
    // Keep reading so the child never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    child
}

async fn progress(store: &TestStore, edition: EditionId) -> EditionProgress {
    let url = store.config().database_url();
    let db = gazette_store::Store::connect(&url).await.unwrap();
    let mut conn = db.reader().await.unwrap();
    let p = gazette_store::newsletters::progress(&mut conn, edition)
        .await
        .unwrap();
    drop(conn);
    db.close().await;
    p
}

async fn wait_until_done(store: &TestStore, edition: EditionId) -> EditionProgress {
    // After SIGKILL the edition's job is taken up again once its lease (15 s) runs out.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let p = progress(store, edition).await;
        if p.done() == p.total {
            return p;
        }
        assert!(
            Instant::now() < deadline,
            "the edition did not finish: {p:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn kill_mid_edition(signal: &str) -> Vec<(Backend, SmtpServer, EditionProgress)> {
    let mut out = Vec::new();
    for backend in backends().await {
        let smtp = SmtpServer::start();
        let store = TestStore::new(backend).await.unwrap();
        let (config, edition) = prepare(&store, &smtp).await;
        let mut first = serve(&config);
        let started = Instant::now();
        while smtp.count() < SUBSCRIBERS / 3 {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "sending did not start"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let status = Command::new("kill")
            .args([signal, &first.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        first.wait().unwrap();
        let at_kill = smtp.count();
        assert!(
            at_kill < SUBSCRIBERS,
            "{backend:?}: the kill came too late to test anything ({at_kill})"
        );
        let mut second = serve(&config);
        let p = wait_until_done(&store, edition).await;
        second.kill().unwrap();
        second.wait().unwrap();
        out.push((backend, smtp, p));
    }
    out
}

fn received(smtp: &SmtpServer) -> HashMap<String, usize> {
    smtp.per_recipient_counts()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopped_with_sigterm_mid_edition_every_subscriber_gets_it_exactly_once() {
    for (backend, smtp, p) in kill_mid_edition("-TERM").await {
        let counts = received(&smtp);
        assert_eq!(p.sent, SUBSCRIBERS as u64, "{backend:?}: {p:?}");
        assert_eq!(
            p.resent_in_doubt, 0,
            "{backend:?}: a clean stop leaves nothing in doubt"
        );
        assert_eq!(counts.len(), SUBSCRIBERS, "{backend:?}: everyone got it");
        let twice: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
        assert!(
            twice.is_empty(),
            "{backend:?}: received other than once: {twice:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_outright_mid_edition_every_subscriber_gets_it_and_no_different_copy() {
    for (backend, smtp, p) in kill_mid_edition("-KILL").await {
        let counts = received(&smtp);
        assert_eq!(p.sent, SUBSCRIBERS as u64, "{backend:?}: {p:?}");
        assert_eq!(counts.len(), SUBSCRIBERS, "{backend:?}: everyone got it");
        // Second copies only where a message was in flight when the process died, each the
        // same message (same Message-ID) as the first.
        // The sender claims a batch at a time and writes answers every 16, so at most the
        // messages in flight plus 16 answers can be lost with the process.
        let extra: usize = counts.values().map(|n| n - 1).sum();
        assert!(
            extra <= CONCURRENCY + 16,
            "{backend:?}: {extra} second copies; at most {} messages can be in doubt",
            CONCURRENCY + 16
        );
        assert!(
            extra as u64 <= p.resent_in_doubt,
            "{backend:?}: {extra} second copies but only {} were counted in doubt",
            p.resent_in_doubt
        );
        let mut ids: HashMap<String, Vec<String>> = HashMap::new();
        for m in smtp.messages() {
            ids.entry(m.to[0].clone())
                .or_default()
                .push(m.message_id().unwrap_or_default());
        }
        for (to, list) in ids {
            assert!(
                list.windows(2).all(|w| w[0] == w[1]),
                "{backend:?}: {to} got different messages: {list:?}"
            );
        }
        eprintln!(
            "{backend:?}: killed outright; {} in doubt resent, {extra} second copies delivered",
            p.resent_in_doubt
        );
    }
}

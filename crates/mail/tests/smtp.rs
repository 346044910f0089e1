//! The Mailer against the real SMTP server of `gazette_mail::test_server`.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use base64::Engine as _;
use gazette_mail::test_server::SmtpServer;
use gazette_mail::{Email, MailError, MailSettings, Mailer, SendError};
use sha2::Digest as _;

const WAIT: Duration = Duration::from_secs(10);

/// Test-only keys, generated once with `openssl genpkey -algorithm ed25519` and
/// `openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:1024` (then `openssl rsa
/// -traditional` for the PKCS#1 form). They sign nothing outside these tests.
const ED25519_PKCS8: &str = "-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIBRP3NKfzFDqGABhnU2l2od7Gy+hbDD3J8k01AfRoxaB
-----END PRIVATE KEY-----
";
const RSA_PKCS8: &str = "-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMDZG9iuOF43DiqD
bt+Ly1aEkzOKYpFs7kitDjg3ai/qw/rBz08HO3njm2lyWSS/ABd0T2DXJGf96p0c
F2bPFmRq6GcBVQDfbUSRSqCBWmOJIfLuIm7TVG8mmvwIjfU1/Qj53N5+ykNOoeE6
KAUOiC6m9cIsc5uJfSQltSspVEJLAgMBAAECgYEAllqvM0jh+dLC4LKIhxHe/x1u
BwklwGxFe7QxGfNafvFyytbAYsUoweeLC7NzfQrNb3vnR4F1iP6XJNb6B9X9hgJ7
yd2+prsdHUwTlgT3Mx+wjpEwVtB+qqJwkG7D4+FFhRGF+eN2EcPGTr+SOrYCyVRp
cIc+cohjryx7iaqRx8ECQQDmzzxbKRl5eUjgcD629AyWkduEdMiJAOT49ru90O9R
bilGfCfrsCDV29enITVP46bnHlN1JaHwfsYpPMG2h0ldAkEA1eU9R38hbWORWU+R
zi5s9TCWD7N2G7lpOc9xy70hSFqTbjja69exjZ2VJgAQ/vxkXIvGK5X+DXBmpJkq
7lB3xwJAWfCzckqHtMBAV8UliyF6rknUIr9nTYvdre5npkX+m9qzltXWsI8HnI54
cJYOMj1h0noMx3+MpSyhh3w3eCsruQJAbvySPYUT/UTK6MLG72tbkiZx1xfR0zT0
CtE/RO6QVJDbKzhJMFMtiEQaXitupkCkevj0DS25M5P9Tq9DfYE3hQJAbqxdn/Wk
X99tnG0EZ0n5Jcp+pWvgirePifbRVWeoeFikYex3yTrmRpmdZFVAZbC+aRd+FyLR
OYa3K1QyZqHKug==
-----END PRIVATE KEY-----
";
const RSA_PKCS1: &str = "-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQDA2RvYrjheNw4qg27fi8tWhJMzimKRbO5IrQ44N2ov6sP6wc9P
Bzt545tpclkkvwAXdE9g1yRn/eqdHBdmzxZkauhnAVUA321EkUqggVpjiSHy7iJu
01RvJpr8CI31Nf0I+dzefspDTqHhOigFDogupvXCLHObiX0kJbUrKVRCSwIDAQAB
AoGBAJZarzNI4fnSwuCyiIcR3v8dbgcJJcBsRXu0MRnzWn7xcsrWwGLFKMHniwuz
c30KzW9750eBdYj+lyTW+gfV/YYCe8ndvqa7HR1ME5YE9zMfsI6RMFbQfqqicJBu
w+PhRYURhfnjdhHDxk6/kjq2AslUaXCHPnKIY68se4mqkcfBAkEA5s88WykZeXlI
4HA+tvQMlpHbhHTIiQDk+Pa7vdDvUW4pRnwn67Ag1dvXpyE1T+Om5x5TdSWh8H7G
KTzBtodJXQJBANXlPUd/IW1jkVlPkc4ubPUwlg+zdhu5aTnPccu9IUhak2442uvX
sY2dlSYAEP78ZFyLxiuV/g1wZqSZKu5Qd8cCQFnws3JKh7TAQFfFJYsheq5J1CK/
Z02L3a3uZ6ZF/pvas5bV1rCPB5yOeHCWDjI9YdJ6DMd/jKUsoYd8N3grK7kCQG78
kj2FE/1EyujCxu9rW5ImcdcX0dM09ArRP0TukFSQ2ys4STBTLYhEGl4rbqZApHr4
9A0tuTOT/U6vQ32BN4UCQG6sXZ/1pF/fbZxtBGdJ+SXKfqVr4Iq3j4n20VVnqHhY
pGHsd8k65kaZnWRVQGWwvmkXfhci0TmGtytUMmahyro=
-----END RSA PRIVATE KEY-----
";

fn settings(server: &SmtpServer) -> MailSettings {
    MailSettings {
        smtp_url: server.url(),
        from: "The Meridian Review <newsletter@meridian.example>".into(),
        timeout_secs: 5,
        ..MailSettings::default()
    }
}

fn email(to: &str, n: usize) -> Email {
    Email {
        to: to.into(),
        subject: format!("The Daily, edition {n}"),
        text: format!("Edition {n}.\nRead it online."),
        html: None,
        message_id: format!("edition-7.subscriber-{n}@meridian.example"),
        list_unsubscribe: None,
        list_id: None,
    }
}

#[tokio::test]
async fn delivers_text_and_html_with_list_headers() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    let unsubscribe = "https://meridian.example/newsletter/unsubscribe?token=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG9mcmVk";
    mailer
        .send(&Email {
            to: "Reader@Example.org".into(),
            subject: "Morning brief — Zoë's election notes".into(),
            text: "Good morning.\nThree stories today.".into(),
            html: Some("<h1>Good morning</h1>\n<p>Three stories today — read on.</p>".into()),
            message_id: "edition-7.subscriber-42@meridian.example".into(),
            list_unsubscribe: Some(unsubscribe.into()),
            list_id: Some("The Daily <daily.meridian.example>".into()),
        })
        .await
        .expect("sent");

    let received = server.wait_for(1, WAIT).await;
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    assert_eq!(mail.from, "newsletter@meridian.example");
    assert_eq!(mail.to, ["reader@example.org"]);
    assert_eq!(mail.subject(), "Morning brief — Zoë's election notes");
    assert_eq!(
        mail.text().trim_end(),
        "Good morning.\nThree stories today."
    );
    assert_eq!(
        mail.html().expect("an html part").trim_end(),
        "<h1>Good morning</h1>\n<p>Three stories today — read on.</p>"
    );
    assert_eq!(
        mail.header("list-unsubscribe").as_deref(),
        Some(format!("<{unsubscribe}>").as_str())
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert_eq!(
        mail.header("List-Id").as_deref(),
        Some("The Daily <daily.meridian.example>")
    );
    assert_eq!(
        mail.message_id().as_deref(),
        Some("edition-7.subscriber-42@meridian.example")
    );
    assert_eq!(
        mail.header("From").as_deref(),
        Some("\"The Meridian Review\" <newsletter@meridian.example>")
    );
    assert!(mail.header("Date").is_some());

    let raw = String::from_utf8(mail.raw.clone()).expect("7-bit message");
    assert!(raw.contains("multipart/alternative"), "{raw}");
    let text_at = raw.find("text/plain").expect("text part");
    let html_at = raw.find("text/html").expect("html part");
    assert!(text_at < html_at, "the text alternative comes first");
}

#[tokio::test]
async fn text_only_mail_has_no_html_part_and_no_list_headers() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    mailer
        .send(&email("reader@example.org", 1))
        .await
        .expect("sent");
    let mail = &server.wait_for(1, WAIT).await[0];
    assert_eq!(mail.text().trim_end(), "Edition 1.\nRead it online.");
    assert_eq!(mail.html(), None);
    assert_eq!(mail.header("List-Unsubscribe"), None);
    assert_eq!(mail.header("List-Id"), None);
}

#[tokio::test]
async fn rcpt_451_is_temporary_and_550_is_permanent() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    server.reject("busy@example.org", 451, "4.2.1 Mailbox busy, try later");
    server.reject(
        "GONE@example.org",
        550,
        "5.1.1 <gone@example.org>: Recipient address rejected",
    );

    match mailer.send(&email("busy@example.org", 1)).await {
        Err(SendError::Temporary(message)) => {
            assert!(
                message.contains("451") && message.contains("busy"),
                "{message}"
            );
        }
        other => panic!("expected Temporary, got {other:?}"),
    }
    match mailer.send(&email("gone@example.org", 2)).await {
        Err(SendError::Permanent { code, message }) => {
            assert_eq!(code, Some(550));
            assert!(message.contains("Recipient address rejected"), "{message}");
            assert!(
                !message.contains("gone@example.org"),
                "the address is redacted: {message}"
            );
        }
        other => panic!("expected Permanent, got {other:?}"),
    }

    // The refused transactions break nothing for the next messages, and accept() undoes.
    mailer
        .send(&email("reader@example.org", 3))
        .await
        .expect("sent");
    server.accept("Busy@Example.org");
    mailer
        .send(&email("busy@example.org", 4))
        .await
        .expect("accepted again");
    server.wait_for(2, WAIT).await;
    assert_eq!(server.count(), 2);
    assert_eq!(server.count_for("BUSY@example.org"), 1);
    assert_eq!(server.count_for("gone@example.org"), 0);
    assert_eq!(
        server.connections_accepted(),
        1,
        "a refused recipient costs a RSET, not the connection"
    );
}

#[tokio::test]
async fn a_closed_port_is_temporary() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let mailer = Mailer::new(&MailSettings {
        smtp_url: format!("smtp://127.0.0.1:{port}"),
        ..MailSettings::default()
    })
    .expect("valid settings");
    match mailer.send(&email("reader@example.org", 1)).await {
        Err(SendError::Temporary(message)) => {
            assert!(message.to_lowercase().contains("connection"), "{message}");
        }
        other => panic!("expected Temporary, got {other:?}"),
    }
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_as_temporary() {
    // Accepts connections (the kernel does, from the backlog) and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let mailer = Mailer::new(&MailSettings {
        smtp_url: format!("smtp://{}", silent.local_addr().expect("addr")),
        timeout_secs: 1,
        ..MailSettings::default()
    })
    .expect("valid settings");
    let start = Instant::now();
    let sent = tokio::time::timeout(WAIT, mailer.send(&email("reader@example.org", 1)))
        .await
        .expect("the mailer's own timeout fires first");
    assert!(matches!(sent, Err(SendError::Temporary(_))), "{sent:?}");
    assert!(start.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_server_gone_away_is_temporary() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    mailer
        .send(&email("reader@example.org", 1))
        .await
        .expect("sent");
    // The pooled connection is now dead, and nothing listens.
    drop(server);
    assert!(matches!(
        mailer.send(&email("reader@example.org", 2)).await,
        Err(SendError::Temporary(_))
    ));
}

#[tokio::test]
async fn an_invalid_recipient_is_invalid_and_sends_nothing() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    for to in [
        "not an address",
        "",
        "reader@",
        "two@example.org, three@example.org",
    ] {
        match mailer.send(&email(to, 1)).await {
            Err(SendError::Invalid(_)) => {}
            other => panic!("{to:?}: expected Invalid, got {other:?}"),
        }
    }
    assert_eq!(server.connections_accepted(), 0);
}

/// The `tag=value` pairs of a DKIM-Signature header.
fn dkim_tags(header: &str) -> Vec<(String, String)> {
    header
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.split_whitespace().collect()))
        .collect()
}

fn tag<'a>(tags: &'a [(String, String)], name: &str) -> &'a str {
    tags.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name}= in {tags:?}"))
}

/// The body hash of RFC 6376 §3.4.4 ("relaxed") over the body as received.
fn relaxed_body_hash(raw: &[u8]) -> String {
    let raw = std::str::from_utf8(raw).expect("7-bit message");
    let body = &raw[raw.find("\r\n\r\n").expect("headers end") + 4..];
    let mut lines: Vec<String> = body
        .split("\r\n")
        .map(|line| {
            line.split([' ', '\t'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let canonical: String = lines.iter().map(|l| format!("{l}\r\n")).collect();
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(canonical.as_bytes()))
}

fn dkim_settings(server: &SmtpServer, dir: &tempfile::TempDir, pem: &str) -> MailSettings {
    let path = dir.path().join(format!("key-{}.pem", pem.len()));
    std::fs::write(&path, pem).expect("write key");
    MailSettings {
        dkim_domain: "meridian.example".into(),
        dkim_selector: "news2026".into(),
        dkim_key_file: path.to_str().expect("utf-8 path").to_owned(),
        ..settings(server)
    }
}

#[tokio::test]
async fn dkim_signs_with_domain_selector_and_the_list_headers() {
    let server = SmtpServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let mailer = Mailer::new(&dkim_settings(&server, &dir, ED25519_PKCS8)).expect("valid key");
    mailer
        .send(&Email {
            html: Some("<p>Edition  1 </p>".into()),
            list_unsubscribe: Some("https://meridian.example/u/abc".into()),
            ..email("reader@example.org", 1)
        })
        .await
        .expect("sent");
    let mail = &server.wait_for(1, WAIT).await[0];
    let signature = mail.header("DKIM-Signature").expect("signed");
    let tags = dkim_tags(&signature);
    assert_eq!(tag(&tags, "v"), "1");
    assert_eq!(tag(&tags, "a"), "ed25519-sha256");
    assert_eq!(tag(&tags, "d"), "meridian.example");
    assert_eq!(tag(&tags, "s"), "news2026");
    assert_eq!(tag(&tags, "c"), "relaxed/relaxed");
    let signed: Vec<&str> = tag(&tags, "h").split(':').collect();
    for name in [
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "list-unsubscribe",
        "list-unsubscribe-post",
    ] {
        assert!(signed.contains(&name), "{name} not in h={signed:?}");
    }
    assert_eq!(
        tag(&tags, "bh"),
        relaxed_body_hash(&mail.raw),
        "body hash of what arrived"
    );
    assert!(!tag(&tags, "b").is_empty());
}

#[tokio::test]
async fn dkim_takes_rsa_keys_in_pkcs1_and_pkcs8() {
    let server = SmtpServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    for pem in [RSA_PKCS1, RSA_PKCS8] {
        let mailer = Mailer::new(&dkim_settings(&server, &dir, pem)).expect("valid key");
        let raw = mailer
            .format(&email("reader@example.org", 1))
            .expect("formats");
        let raw = String::from_utf8(raw).expect("7-bit");
        assert!(
            raw.starts_with("DKIM-Signature: ") || raw.contains("\r\nDKIM-Signature: "),
            "{raw}"
        );
        assert!(
            raw.contains("a=rsa-sha256") && raw.contains("d=meridian.example"),
            "{raw}"
        );
    }
}

#[tokio::test]
async fn a_bad_dkim_key_names_the_file() {
    let server = SmtpServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = dkim_settings(
        &server,
        &dir,
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    );
    let err = Mailer::new(&settings).expect_err("not a private key");
    assert!(matches!(err, MailError::DkimKey { .. }));
    assert!(err.to_string().contains(&settings.dkim_key_file), "{err}");

    let missing = MailSettings {
        dkim_key_file: "/nonexistent/dkim.pem".into(),
        ..settings
    };
    let err = Mailer::new(&missing).expect_err("no such file").to_string();
    assert!(err.contains("/nonexistent/dkim.pem"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_messages_at_concurrency_four_arrive_exactly_once() {
    let server = SmtpServer::start();
    let mailer = Mailer::new(&MailSettings {
        concurrency: 4,
        ..settings(&server)
    })
    .expect("valid settings");
    let mut sends = tokio::task::JoinSet::new();
    for n in 0..200 {
        let mailer = mailer.clone();
        sends.spawn(async move {
            mailer
                .send(&email(&format!("reader{n}@example.org"), n))
                .await
        });
    }
    while let Some(sent) = sends.join_next().await {
        sent.expect("task ran").expect("sent");
    }

    let received = server.wait_for(200, WAIT).await;
    assert_eq!(server.count(), 200);
    let counts = server.per_recipient_counts();
    assert_eq!(counts.len(), 200);
    assert!(counts.values().all(|&c| c == 1), "{counts:?}");
    let ids: HashSet<_> = received.iter().filter_map(|m| m.message_id()).collect();
    assert_eq!(ids.len(), 200);
    assert!(
        server.connections_accepted() <= 4,
        "{} connections for concurrency 4",
        server.connections_accepted()
    );
}

#[tokio::test]
async fn per_second_fifty_spreads_a_hundred_messages_over_two_seconds() {
    let server = SmtpServer::start_counting();
    let mailer = Mailer::new(&MailSettings {
        per_second: 50,
        concurrency: 8,
        ..settings(&server)
    })
    .expect("valid settings");
    let start = Instant::now();
    let mut sends = tokio::task::JoinSet::new();
    for n in 0..100 {
        let mailer = mailer.clone();
        sends.spawn(async move {
            mailer
                .send(&email(&format!("reader{n}@example.org"), n))
                .await
        });
    }
    while let Some(sent) = sends.join_next().await {
        sent.expect("task ran").expect("sent");
    }
    let elapsed = start.elapsed();
    assert_eq!(server.count(), 100);
    assert!(elapsed >= Duration::from_millis(1500), "took {elapsed:?}");
}

#[tokio::test]
async fn a_counting_server_keeps_counts_not_bodies() {
    let server = SmtpServer::start_counting();
    let mailer = Mailer::new(&settings(&server)).expect("valid settings");
    for n in 0..3 {
        mailer
            .send(&email("Reader@example.org", n))
            .await
            .expect("sent");
    }
    assert_eq!(server.count(), 3);
    assert_eq!(server.count_for("reader@EXAMPLE.org"), 3);
    assert!(server.messages().is_empty());
}

#[test]
fn dropping_the_server_stops_it() {
    let server = SmtpServer::start();
    let addr = server.addr;
    let open = std::net::TcpStream::connect(addr).expect("listening");
    drop(server);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "still accepting"
    );
    // The open connection was closed too: reading ends (after the greeting, if it was sent).
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut &open, &mut rest).expect("closed cleanly");
}

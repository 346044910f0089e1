//! A real SMTP server on an ephemeral port, for tests and benchmarks (feature `test-server`).
//!
//! The protocol is `mailin`'s state machine; the I/O is here: one thread accepts on
//! `127.0.0.1:0`, one thread serves each connection, replies are flushed only once the client's
//! pipelined input is consumed. Dropping the server stops accepting and closes every open
//! connection. (mailin-embedded, the server that ships with mailin, cannot be stopped and has
//! no build without TLS.)
//!
//! Addresses are compared case-insensitively and kept lowercase, without angle brackets.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use mailin::{Action, Handler, Response, SessionBuilder};

/// A running server; see the module docs.
pub struct SmtpServer {
    /// Where it listens, `127.0.0.1` and an ephemeral port.
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

/// One accepted message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMail {
    /// The envelope sender (MAIL FROM), lowercase.
    pub from: String,
    /// The envelope recipients (accepted RCPT TO), lowercase.
    pub to: Vec<String>,
    /// The message as received, dot-unstuffed, CRLF line endings.
    pub raw: Vec<u8>,
}

struct Shared {
    keep_bodies: bool,
    stopping: AtomicBool,
    received: Mutex<Received>,
    /// Recipient → the reply its RCPT TO gets instead of 250.
    rejections: Mutex<HashMap<String, (u16, String)>>,
    /// Clones of the open connections' sockets, so that drop can shut them down.
    connections: Mutex<HashMap<u64, TcpStream>>,
    /// Connections accepted so far; also the next connection's id.
    next_connection: AtomicU64,
}

#[derive(Default)]
struct Received {
    messages: Vec<ReceivedMail>,
    count: usize,
    per_recipient: HashMap<String, usize>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A connection thread that panicked leaves the data as consistent as any test needs.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn normalize(address: &str) -> String {
    address
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_lowercase()
}

impl SmtpServer {
    /// Listens on 127.0.0.1:0 in background threads; keeps every message.
    pub fn start() -> Self {
        Self::spawn(true)
    }

    /// Keeps only counts (total, and per recipient), not bodies: memory stays flat for 100,000+
    /// messages (for the benchmark).
    pub fn start_counting() -> Self {
        Self::spawn(false)
    }

    fn spawn(keep_bodies: bool) -> Self {
        let listener =
            TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("can bind a port on 127.0.0.1");
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        let shared = Arc::new(Shared {
            keep_bodies,
            stopping: AtomicBool::new(false),
            received: Mutex::default(),
            rejections: Mutex::default(),
            connections: Mutex::default(),
            next_connection: AtomicU64::new(0),
        });
        let acceptor = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name(format!("smtp-accept-{}", addr.port()))
                .spawn(move || accept(&listener, &shared))
                .expect("can spawn a thread")
        };
        Self {
            addr,
            shared,
            acceptor: Some(acceptor),
        }
    }

    /// `smtp://127.0.0.1:PORT`, for [`crate::MailSettings::smtp_url`].
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Every message accepted so far, in order (empty for a counting server).
    pub fn messages(&self) -> Vec<ReceivedMail> {
        lock(&self.shared.received).messages.clone()
    }

    /// Messages accepted (DATA answered 250).
    pub fn count(&self) -> usize {
        lock(&self.shared.received).count
    }

    /// Accepted messages with this envelope recipient.
    pub fn count_for(&self, recipient: &str) -> usize {
        lock(&self.shared.received)
            .per_recipient
            .get(&normalize(recipient))
            .copied()
            .unwrap_or(0)
    }

    /// Accepted messages per envelope recipient.
    pub fn per_recipient_counts(&self) -> HashMap<String, usize> {
        lock(&self.shared.received).per_recipient.clone()
    }

    /// Connections accepted so far (a pooled client opens few).
    pub fn connections_accepted(&self) -> usize {
        usize::try_from(self.shared.next_connection.load(Ordering::Relaxed))
            .expect("fewer connections than usize::MAX")
    }

    /// Polls until at least n messages arrived or the timeout passes; returns what arrived.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        while self.count() < n && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        self.messages()
    }

    /// From now on, RCPT TO this address is answered with `code` (e.g. 451 temporary, 550
    /// permanent) and `text`; [`SmtpServer::accept`] undoes it. A 421 also closes the
    /// connection, as the code means.
    pub fn reject(&self, recipient: &str, code: u16, text: &str) {
        assert!(
            (400..600).contains(&code),
            "a rejection is a 4xx or 5xx code, not {code}"
        );
        lock(&self.shared.rejections).insert(normalize(recipient), (code, text.to_owned()));
    }

    /// Accepts this recipient again.
    pub fn accept(&self, recipient: &str) {
        lock(&self.shared.rejections).remove(&normalize(recipient));
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wake the acceptor, blocked in accept(), so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
        for (_, stream) in lock(&self.shared.connections).drain() {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }
}

fn accept(listener: &TcpListener, shared: &Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else {
            // Out of file descriptors, most likely: let some connections finish.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
        if let Ok(clone) = stream.try_clone() {
            lock(&shared.connections).insert(id, clone);
        }
        let shared = Arc::clone(shared);
        let spawned = std::thread::Builder::new()
            .name(format!("smtp-conn-{id}"))
            .spawn(move || {
                let _ = serve(stream, &shared);
                lock(&shared.connections).remove(&id);
            });
        if spawned.is_err() {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn serve(stream: TcpStream, shared: &Arc<Shared>) -> std::io::Result<()> {
    let peer = stream
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |a| a.ip());
    stream.set_nodelay(true)?;
    // A client that vanishes without closing must not keep a thread forever.
    stream.set_read_timeout(Some(Duration::from_secs(300)))?;
    let mut reader = BufReader::with_capacity(64 * 1024, stream.try_clone()?);
    let mut writer = BufWriter::new(stream);
    let handler = Session {
        shared: Arc::clone(shared),
        from: String::new(),
        to: Vec::new(),
        data: Vec::new(),
    };
    let mut session = SessionBuilder::new("gazette-test-smtp").build(peer, handler);
    session.greeting().write_to(&mut writer)?;
    writer.flush()?;
    let mut line = Vec::with_capacity(1024);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let response = session.process(&line);
        match response.action {
            Action::NoReply => {}
            Action::Reply => {
                response.write_to(&mut writer)?;
                // Pipelined commands still buffered get their replies in the same write.
                if reader.buffer().is_empty() {
                    writer.flush()?;
                }
            }
            // STARTTLS is never offered, so an upgrade request ends the session as well.
            Action::Close | Action::UpgradeTls => {
                response.write_to(&mut writer)?;
                writer.flush()?;
                return Ok(());
            }
        }
    }
}

/// mailin's callbacks for one connection.
struct Session {
    shared: Arc<Shared>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Session {
    fn rcpt(&mut self, to: &str) -> Response {
        match lock(&self.shared.rejections).get(&normalize(to)) {
            Some((code, text)) => Response::custom(*code, text.clone()),
            None => mailin::response::OK,
        }
    }

    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.from = normalize(from);
        self.to = to.iter().map(|t| normalize(t)).collect();
        self.data.clear();
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if self.shared.keep_bodies {
            self.data.extend_from_slice(buf);
        }
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let mut received = lock(&self.shared.received);
        received.count += 1;
        for to in &self.to {
            *received.per_recipient.entry(to.clone()).or_default() += 1;
        }
        if self.shared.keep_bodies {
            received.messages.push(ReceivedMail {
                from: std::mem::take(&mut self.from),
                to: std::mem::take(&mut self.to),
                raw: std::mem::take(&mut self.data),
            });
        }
        mailin::response::OK
    }
}

impl ReceivedMail {
    fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("mail-parser reads any byte string as a message")
    }

    /// The first header of that name (case-insensitive), unfolded and trimmed, as sent (not
    /// RFC 2047-decoded; [`ReceivedMail::subject`] is).
    pub fn header(&self, name: &str) -> Option<String> {
        let parsed = self.parsed();
        parsed
            .headers_raw()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, value)| unfold(value))
    }

    /// The decoded Subject, "" when there is none.
    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    /// The decoded text/plain body, with LF line endings.
    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .map(|t| t.replace("\r\n", "\n"))
            .unwrap_or_default()
    }

    /// The decoded text/html body, with LF line endings, when the message has one.
    pub fn html(&self) -> Option<String> {
        let parsed = self.parsed();
        match &parsed.html_part(0)?.body {
            mail_parser::PartType::Html(html) => Some(html.replace("\r\n", "\n")),
            // mail-parser offers the text part as HTML when there is no HTML part.
            _ => None,
        }
    }

    /// The Message-ID without angle brackets.
    pub fn message_id(&self) -> Option<String> {
        self.parsed().message_id().map(str::to_owned)
    }
}

fn unfold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, line) in value.split("\r\n").enumerate() {
        if i > 0 && !line.is_empty() {
            out.push(' ');
        }
        out.push_str(line.trim());
    }
    out.trim().to_owned()
}

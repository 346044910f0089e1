//! SMTP sessions and the pool that keeps them, over lettre's `AsyncSmtpConnection`.
//!
//! lettre's own `AsyncSmtpTransport` is not used, for three reasons found in its 0.11 source:
//! its async timeout covers only the TCP connect (a server that stalls afterwards hangs the send
//! for ever, and cancelling one would hand a connection in mid-transaction back to its pool);
//! its pool takes connections back from a task spawned on drop, so the next send often opens a
//! new connection and the pool then closes the surplus; and its sockets keep Nagle's algorithm,
//! so the lone `.` ending each message waits for the server's delayed ACK, about 40 ms per
//! message. Here connections are checked in before the caller's permit is released (so there
//! are never more than `concurrency`), every step runs under the timeout, a connection is reused
//! only when its state is known, and plain and STARTTLS sockets are `TCP_NODELAY`.
//!
//! Driving the transaction command by command also says which step failed: only RCPT, DATA and
//! the end of data can be the recipient's or the message's fault. A failure to connect, greet,
//! start TLS, authenticate, or a refused MAIL FROM is the server's or the configuration's, and
//! is temporary whatever its code, so that a wrong password never marks subscribers as gone.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::{SMTP_PORT, SUBMISSION_PORT, SUBMISSIONS_PORT};
use tokio::time::timeout;

use crate::SendError;

/// Idle connections older than this are closed rather than reused: servers drop idle clients
/// after a minute or more, and a NOOP on a dead one would only cost a timeout.
const IDLE_LIMIT: Duration = Duration::from_secs(60);

pub(crate) struct Transport {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
    timeout: Duration,
    /// Most recently used last.
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("authenticated", &self.credentials.is_some())
            .finish_non_exhaustive()
    }
}

/// What went wrong, and whether the connection can serve the next message.
struct Failure {
    error: SendError,
    reusable: bool,
}

impl Transport {
    /// From an `smtp_url` that [`crate::MailSettings::validate`] accepted.
    pub(crate) fn from_url(raw: &str, timeout: Duration) -> Result<Self, String> {
        let url = url::Url::parse(raw).map_err(|e| e.to_string())?;
        let host = url.host_str().ok_or("no host")?.to_owned();
        let tls_mode = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let parameters = || TlsParameters::new(host.clone()).map_err(|e| e.to_string());
        let (tls, default_port) = match (url.scheme(), tls_mode.as_deref()) {
            ("smtps", _) => (Tls::Wrapper(parameters()?), SUBMISSIONS_PORT),
            ("smtp", Some("required")) => (Tls::Required(parameters()?), SUBMISSION_PORT),
            ("smtp", Some("opportunistic")) => (Tls::Opportunistic(parameters()?), SUBMISSION_PORT),
            ("smtp", None) => (Tls::None, SMTP_PORT),
            (scheme, tls) => return Err(format!("scheme {scheme:?} with tls={tls:?}")),
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
                .map_err(|e| format!("user or password is not UTF-8 once decoded: {e}"))
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        // As in lettre's URLs: a path names the EHLO host.
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        Ok(Self {
            port: url.port().unwrap_or(default_port),
            host,
            tls,
            credentials,
            hello,
            timeout,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Sends one message on a pooled connection. The caller holds one of at most
    /// `concurrency` permits, so connections never outnumber them.
    pub(crate) async fn send(&self, envelope: &Envelope, bytes: &[u8]) -> Result<(), SendError> {
        let mut conn = self.checkout().await?;
        let outcome = match timeout(self.timeout, transaction(&mut conn, envelope, bytes)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(Failure {
                error: SendError::Temporary(format!(
                    "no answer within {}s during the SMTP transaction",
                    self.timeout.as_secs()
                )),
                reusable: false,
            }),
        };
        match outcome {
            Ok(()) => {
                self.checkin(conn);
                Ok(())
            }
            Err(Failure { error, reusable }) => {
                // A refused RCPT or DATA leaves the session sound once reset; anything else
                // (I/O error, timeout, garbled reply) leaves it in an unknown state.
                if reusable && matches!(timeout(self.timeout, conn.command(Rset)).await, Ok(Ok(_)))
                {
                    self.checkin(conn);
                }
                Err(error)
            }
        }
    }

    fn checkin(&self, conn: AsyncSmtpConnection) {
        lock(&self.idle).push((conn, Instant::now()));
    }

    async fn checkout(&self) -> Result<AsyncSmtpConnection, SendError> {
        loop {
            let Some((mut conn, since)) = lock(&self.idle).pop() else {
                break;
            };
            if since.elapsed() >= IDLE_LIMIT {
                continue;
            }
            // As lettre's pool does: a NOOP tells whether the server still holds the session.
            if matches!(timeout(self.timeout, conn.test_connected()).await, Ok(true)) {
                return Ok(conn);
            }
        }
        match timeout(self.timeout, self.connect()).await {
            Ok(result) => result.map_err(|e| {
                SendError::Temporary(format!(
                    "cannot open an SMTP session with {}:{}: {e}",
                    self.host, self.port
                ))
            }),
            Err(_) => Err(SendError::Temporary(format!(
                "cannot open an SMTP session with {}:{}: no answer within {}s",
                self.host,
                self.port,
                self.timeout.as_secs()
            ))),
        }
    }

    /// Connects, reads the greeting, says EHLO, starts TLS as configured and authenticates.
    async fn connect(&self) -> Result<AsyncSmtpConnection, ConnectError> {
        let mut conn = if let Tls::Wrapper(parameters) = &self.tls {
            // Implicit TLS: lettre opens this socket itself, so it keeps Nagle's algorithm.
            AsyncSmtpConnection::connect_tokio1(
                (self.host.as_str(), self.port),
                Some(self.timeout),
                &self.hello,
                Some(parameters.clone()),
                None,
            )
            .await?
        } else {
            let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port)).await?;
            tcp.set_nodelay(true)?;
            AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello).await?
        };
        match &self.tls {
            Tls::Required(parameters) => conn.starttls(parameters.clone(), &self.hello).await?,
            Tls::Opportunistic(parameters) if conn.can_starttls() => {
                conn.starttls(parameters.clone(), &self.hello).await?;
            }
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials).await?;
        }
        Ok(conn)
    }
}

#[derive(Debug, thiserror::Error)]
enum ConnectError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Smtp(#[from] SmtpError),
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Only pushes and pops happen under this lock; a panic cannot leave the Vec inconsistent.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// MAIL, RCPT, DATA and the message, as lettre's `send` does, minding which step failed.
async fn transaction(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    bytes: &[u8],
) -> Result<(), Failure> {
    let mut parameters = Vec::new();
    let ascii = |a: &lettre::Address| AsRef::<str>::as_ref(a).is_ascii();
    let non_ascii_address =
        envelope.from().is_some_and(|a| !ascii(a)) || envelope.to().iter().any(|a| !ascii(a));
    if non_ascii_address {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err(Failure {
                error: SendError::Permanent {
                    code: None,
                    message: "the address is not ASCII and the server does not support SMTPUTF8"
                        .to_owned(),
                },
                reusable: true,
            });
        }
        parameters.push(MailParameter::SmtpUtfEight);
    }
    if !bytes.is_ascii() {
        // Bodies are always 7-bit encoded; only SMTPUTF8 headers can be 8-bit, and SMTPUTF8
        // implies 8BITMIME.
        parameters.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }

    conn.command(Mail::new(envelope.from().cloned(), parameters))
        .await
        .map_err(|e| Failure {
            // The server refuses our sender, not this recipient: never permanent.
            error: SendError::Temporary(format!("MAIL FROM refused: {e}")),
            reusable: is_reply(&e),
        })?;
    for to in envelope.to() {
        conn.command(Rcpt::new(to.clone(), Vec::new()))
            .await
            .map_err(recipient_failure)?;
    }
    conn.command(Data).await.map_err(recipient_failure)?;
    conn.message(bytes).await.map_err(recipient_failure)?;
    Ok(())
}

/// A negative reply, as opposed to I/O errors and unreadable replies.
fn is_reply(e: &SmtpError) -> bool {
    e.is_transient() || e.is_permanent()
}

/// A failure of RCPT, DATA or the end of data: 5xx is permanent for this message, anything else
/// is worth a retry.
fn recipient_failure(e: SmtpError) -> Failure {
    let error = if e.is_permanent() {
        SendError::Permanent {
            code: e.status().map(u16::from),
            message: e.to_string(),
        }
    } else {
        SendError::Temporary(e.to_string())
    };
    Failure {
        error,
        reusable: is_reply(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> Transport {
        Transport::from_url(url, Duration::from_secs(5)).unwrap_or_else(|e| panic!("{url}: {e}"))
    }

    #[test]
    fn reads_ports_tls_modes_credentials_and_ehlo_names() {
        let plain = parse("smtp://relay.internal");
        assert_eq!((plain.port, matches!(plain.tls, Tls::None)), (25, true));
        assert!(plain.credentials.is_none());

        let starttls = parse("smtp://news:s3cr%40t@mail.example?tls=required");
        assert_eq!(starttls.port, 587);
        assert!(matches!(starttls.tls, Tls::Required(_)));
        assert!(starttls.credentials == Some(Credentials::new("news".into(), "s3cr@t".into())));

        let opportunistic = parse("smtp://mail.example:2525?tls=opportunistic");
        assert_eq!(opportunistic.port, 2525);
        assert!(matches!(opportunistic.tls, Tls::Opportunistic(_)));

        let implicit = parse("smtps://u:p@mail.example/gazette.example");
        assert_eq!(implicit.port, 465);
        assert!(matches!(implicit.tls, Tls::Wrapper(_)));
        assert!(matches!(&implicit.hello, ClientId::Domain(d) if d == "gazette.example"));
    }
}

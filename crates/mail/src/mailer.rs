//! The [`Mailer`]: a pooled SMTP transport behind a concurrency limit and a rate limiter.

use std::sync::Arc;
use std::time::Duration;

use lettre::Message;
use lettre::message::Mailbox;
use lettre::message::dkim::DkimConfig;
use tokio::sync::Semaphore;

use crate::rate::RateLimiter;
use crate::smtp::Transport;
use crate::{Email, MailError, MailSettings, message};

/// Why a message was not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth retrying later: 4xx replies, connection refused/reset, timeouts, TLS hiccups, and
    /// anything else that is not the recipient's or the message's fault.
    #[error("temporary failure, retry later: {0}")]
    Temporary(String),
    /// The server refused for good (5xx); `code` is the SMTP reply code when there was one.
    #[error("permanent failure{}: {message}", .code.map(|c| format!(" ({c})")).unwrap_or_default())]
    Permanent { code: Option<u16>, message: String },
    /// The message could not be built (bad recipient address etc.): never retry.
    #[error("invalid message: {0}")]
    Invalid(String),
}

/// Sends [`Email`]s. Cheap to clone: clones share the connections, the concurrency limit and
/// the rate limiter.
#[derive(Clone)]
pub struct Mailer {
    inner: Arc<Inner>,
}

struct Inner {
    /// None: no SMTP server, messages are logged.
    transport: Option<Transport>,
    from: Mailbox,
    dkim: Option<DkimConfig>,
    limiter: RateLimiter,
    in_flight: Semaphore,
    concurrency: usize,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("configured", &self.is_configured())
            .field("from", &self.inner.from.to_string())
            .field("dkim", &self.inner.dkim.is_some())
            .field("concurrency", &self.inner.concurrency)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// Parses the URL and the From mailbox and reads the DKIM key; opens no connection.
    pub fn new(settings: &MailSettings) -> Result<Self, MailError> {
        settings.validate()?;
        let transport = if settings.is_configured() {
            let timeout = Duration::from_secs(settings.timeout_secs);
            let transport = Transport::from_url(&settings.smtp_url, timeout).map_err(|reason| {
                MailError::Setting {
                    setting: "smtp_url",
                    value: crate::settings::redact_url(&settings.smtp_url),
                    reason,
                }
            })?;
            Some(transport)
        } else {
            None
        };
        let dkim = match settings.dkim()? {
            Some((domain, selector, path)) => Some(message::load_dkim(domain, selector, path)?),
            None => None,
        };
        Ok(Self {
            inner: Arc::new(Inner {
                transport,
                from: settings.sender()?,
                dkim,
                limiter: RateLimiter::new(settings.per_second, settings.per_hour),
                in_flight: Semaphore::new(settings.concurrency),
                concurrency: settings.concurrency,
            }),
        })
    }

    /// False when `smtp_url` is "": messages are logged instead of sent.
    pub fn is_configured(&self) -> bool {
        self.inner.transport.is_some()
    }

    /// Messages in flight at once; callers gain nothing from running more sends than this.
    pub fn concurrency(&self) -> usize {
        self.inner.concurrency
    }

    /// Waits for a connection slot and the rate limiter, then sends. With no SMTP configured,
    /// logs the subject and the text body and returns Ok; never the recipient's address, which
    /// error messages leave out too (a server's reply quoting it has it replaced).
    pub async fn send(&self, email: &Email) -> Result<(), SendError> {
        // Built first so that an invalid message fails without waiting its turn.
        let mut message = message::build(&self.inner.from, email)?;
        let Some(transport) = &self.inner.transport else {
            tracing::info!(
                message_id = %email.message_id,
                subject = %email.subject.trim(),
                text = %email.text,
                "no SMTP server configured; mail logged instead of sent"
            );
            return Ok(());
        };
        let _permit = self
            .inner
            .in_flight
            .acquire()
            .await
            .expect("the semaphore is never closed");
        // After the permit: waiting for a permit after the limiter would let sends bunch up.
        self.inner.limiter.acquire().await;
        // Dated and signed now, not before the wait (up to an hour with a per-hour limit).
        message
            .headers_mut()
            .set(lettre::message::header::Date::now());
        if let Some(dkim) = &self.inner.dkim {
            message.sign(dkim);
        }
        let bytes = message.formatted();
        transport
            .send(message.envelope(), &bytes)
            .await
            .map_err(|e| e.without_address(&email.to))
    }

    /// The exact bytes that would be sent (after DKIM signing), for tests and previews.
    pub fn format(&self, email: &Email) -> Result<Vec<u8>, SendError> {
        Ok(self.signed(email)?.formatted())
    }

    fn signed(&self, email: &Email) -> Result<Message, SendError> {
        let mut message = message::build(&self.inner.from, email)?;
        if let Some(dkim) = &self.inner.dkim {
            message.sign(dkim);
        }
        Ok(message)
    }
}

impl SendError {
    /// The same error with the recipient's address replaced: servers often quote it in their
    /// replies ("<x@y>: Recipient address rejected"), and these messages end up in logs.
    fn without_address(self, recipient: &str) -> Self {
        match self {
            Self::Temporary(m) => Self::Temporary(redact_address(&m, recipient)),
            Self::Permanent { code, message } => Self::Permanent {
                code,
                message: redact_address(&message, recipient),
            },
            Self::Invalid(m) => Self::Invalid(redact_address(&m, recipient)),
        }
    }
}

fn redact_address(text: &str, recipient: &str) -> String {
    let address = recipient
        .rsplit_once('<')
        .map_or(recipient, |(_, rest)| rest.trim_end_matches('>'))
        .trim();
    if address.is_empty() {
        return text.to_owned();
    }
    // ASCII lowercasing keeps byte offsets, so positions found in the copy apply to the text.
    let haystack = text.to_ascii_lowercase();
    let needle = address.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (start, _) in haystack.match_indices(&needle) {
        out.push_str(&text[rest..start]);
        out.push_str("(recipient)");
        rest = start + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_the_recipient_in_server_replies() {
        assert_eq!(
            redact_address(
                "permanent error (550): 5.1.1 <Reader@Example.org>: Recipient address rejected",
                "reader@example.org"
            ),
            "permanent error (550): 5.1.1 <(recipient)>: Recipient address rejected"
        );
        assert_eq!(
            redact_address(
                "550 no such user reader@example.org",
                "Reader <reader@example.org>"
            ),
            "550 no such user (recipient)"
        );
        assert_eq!(
            redact_address("451 try later", "a@b.example"),
            "451 try later"
        );
    }

    #[test]
    fn new_needs_no_runtime_and_no_network() {
        let mailer = Mailer::new(&MailSettings {
            smtp_url: "smtp://127.0.0.1:1".into(),
            ..MailSettings::default()
        })
        .expect("valid settings");
        assert!(mailer.is_configured());
        assert_eq!(mailer.concurrency(), 4);
        drop(mailer);
    }

    #[tokio::test]
    async fn without_smtp_send_logs_and_succeeds() {
        let mailer = Mailer::new(&MailSettings::default()).expect("defaults");
        assert!(!mailer.is_configured());
        let email = Email {
            to: "reader@example.org".into(),
            subject: "Hello".into(),
            text: "Body".into(),
            html: None,
            message_id: "1@localhost".into(),
            list_unsubscribe: None,
            list_id: None,
        };
        mailer.send(&email).await.expect("logged");
        let invalid = Email {
            to: "nope".into(),
            ..email
        };
        assert!(matches!(
            mailer.send(&invalid).await,
            Err(SendError::Invalid(_))
        ));
    }
}

//! Composing and sending email over SMTP.
//!
//! This crate owns the wire side of mail: turning an [`Email`] (addresses, subject, text and
//! HTML bodies, list headers) into an RFC 5322 message, signing it with DKIM, and sending it
//! through a pool of SMTP connections (plain, STARTTLS or implicit TLS over rustls) at most
//! [`MailSettings::concurrency`] at a time and within the configured per-second and per-hour
//! rates. It tells failures a retry can fix ([`SendError::Temporary`]) from those it cannot
//! ([`SendError::Permanent`], [`SendError::Invalid`]), so that callers can keep the difference
//! in their job queue.
//!
//! It knows nothing of routes, SQL, subscribers or templates: callers render the bodies, choose
//! stable Message-IDs and decide what to do with each outcome.
//!
//! With the `test-server` feature, `test_server` is a real SMTP server for tests and
//! benchmarks, and `smtp-sink` a binary around it.

mod mailer;
mod message;
mod rate;
mod settings;
mod smtp;
#[cfg(feature = "test-server")]
pub mod test_server;

use std::path::PathBuf;

pub use mailer::{Mailer, SendError};
pub use message::Email;
pub use settings::{CONCURRENCY_RANGE, MailSettings};

/// A `[mail]` setting that cannot work.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// `value` is shown with any password redacted.
    #[error("mail.{setting} = {value:?}: {reason}")]
    Setting {
        setting: &'static str,
        value: String,
        reason: String,
    },
    #[error("mail.dkim_key_file {path:?}: {reason}")]
    DkimKey { path: PathBuf, reason: String },
}

//! Turning an [`Email`] into a lettre message, and DKIM keys into a signing configuration.

use std::path::Path;

use base64::Engine as _;
use lettre::Message;
use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use rsa::pkcs8::der::pem::LineEnding;
use rsa::pkcs8::{ObjectIdentifier, PrivateKeyInfo, SecretDocument};

use crate::{MailError, SendError};

/// One message to one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The recipient's address (`user@example.org`, or `Name <user@example.org>`).
    pub to: String,
    /// Surrounding whitespace is trimmed (a subject template's final newline); a line break
    /// inside is [`SendError::Invalid`].
    pub subject: String,
    /// Plain-text alternative, always present.
    pub text: String,
    /// When Some: multipart/alternative (text first, then html).
    pub html: Option<String>,
    /// Message-ID without angle brackets (`local@domain`), stable per (edition, subscriber) so
    /// that a copy resent after a crash is recognisably the same message (receivers that drop
    /// duplicate Message-IDs drop it).
    pub message_id: String,
    /// When Some(url): `List-Unsubscribe: <url>` and
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058). An http(s) URL.
    pub list_unsubscribe: Option<String>,
    /// When Some: `List-Id` header value, e.g. "The Daily <daily.meridian.example>".
    pub list_id: Option<String>,
}

/// Headers covered by the DKIM signature. RFC 8058 requires the List-Unsubscribe pair to be
/// signed; naming a header the message lacks (List-Id on a one-off message) signs its absence,
/// so nobody can add one on the way.
const SIGNED_HEADERS: [&str; 10] = [
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "MIME-Version",
    "Content-Type",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "List-Id",
];

pub(crate) fn build(from: &Mailbox, email: &Email) -> Result<Message, SendError> {
    let to: Mailbox = email
        .to
        .parse()
        .map_err(|e| SendError::Invalid(format!("the recipient is not a valid address ({e})")))?;
    let subject = email.subject.trim();
    if subject.contains(['\r', '\n']) {
        return Err(SendError::Invalid(format!(
            "the subject {subject:?} contains a line break"
        )));
    }
    check_message_id(&email.message_id)?;

    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .message_id(Some(format!("<{}>", email.message_id)));
    if let Some(url) = &email.list_unsubscribe {
        check_unsubscribe_url(url)?;
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    if let Some(list_id) = &email.list_id {
        if list_id.contains(['\r', '\n']) || !list_id.trim_end().ends_with('>') {
            return Err(SendError::Invalid(format!(
                "the List-Id {list_id:?} is not of the form \"Name <id.domain>\""
            )));
        }
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Id"),
            list_id.trim().to_owned(),
        ));
    }
    let built = match &email.html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            email.text.clone(),
            html.clone(),
        )),
        None => builder.singlepart(SinglePart::plain(email.text.clone())),
    };
    built.map_err(|e| SendError::Invalid(format!("the message cannot be built: {e}")))
}

/// `local@domain`, both made of dot-atom characters: what fits between the angle brackets.
fn check_message_id(id: &str) -> Result<(), SendError> {
    let atom = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
    };
    match id.split_once('@') {
        Some((local, domain)) if atom(local) && atom(domain) => Ok(()),
        _ => Err(SendError::Invalid(format!(
            "the Message-ID {id:?} is not of the form local@domain (without angle brackets)"
        ))),
    }
}

fn check_unsubscribe_url(url: &str) -> Result<(), SendError> {
    let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
    let chars_ok = url
        .chars()
        .all(|c| c.is_ascii_graphic() && c != '<' && c != '>');
    if scheme_ok && chars_ok {
        Ok(())
    } else {
        Err(SendError::Invalid(format!(
            "the List-Unsubscribe URL {url:?} is not an http(s) URL without spaces"
        )))
    }
}

/// Ed25519 (RFC 8410) and rsaEncryption, the two key types DKIM signs with.
const ED25519: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// Reads a PEM private key. lettre wants RSA keys as PKCS#1 PEM and Ed25519 keys as the bare
/// base64 seed, while `openssl genpkey` writes PKCS#8 for both: unwrap it here.
pub(crate) fn load_dkim(domain: &str, selector: &str, path: &str) -> Result<DkimConfig, MailError> {
    let bad = |reason: String| MailError::DkimKey {
        path: Path::new(path).to_owned(),
        reason,
    };
    let pem = std::fs::read_to_string(path).map_err(|e| bad(format!("cannot be read: {e}")))?;
    let key = if pem.contains("-----BEGIN RSA PRIVATE KEY-----") {
        DkimSigningKey::new(&pem, DkimSigningAlgorithm::Rsa)
            .map_err(|e| bad(format!("is not a PKCS#1 RSA key: {e}")))?
    } else if pem.contains("-----BEGIN PRIVATE KEY-----") {
        let (_, document) = SecretDocument::from_pem(&pem)
            .map_err(|e| bad(format!("is not a PEM document: {e}")))?;
        let info = PrivateKeyInfo::try_from(document.as_bytes())
            .map_err(|e| bad(format!("is not a PKCS#8 private key: {e}")))?;
        if info.algorithm.oid == ED25519 {
            // The key is an OCTET STRING of the 32-byte seed: 0x04 0x20, then the seed.
            let seed = match info.private_key {
                [0x04, 0x20, seed @ ..] if seed.len() == 32 => seed,
                _ => return Err(bad("holds a malformed Ed25519 key".to_owned())),
            };
            let encoded = base64::engine::general_purpose::STANDARD.encode(seed);
            DkimSigningKey::new(&encoded, DkimSigningAlgorithm::Ed25519)
                .map_err(|e| bad(format!("is not an Ed25519 key: {e}")))?
        } else if info.algorithm.oid == RSA_ENCRYPTION {
            // The PKCS#8 payload of an RSA key is its PKCS#1 encoding.
            let pkcs1 = rsa::pkcs8::der::pem::encode_string(
                "RSA PRIVATE KEY",
                LineEnding::LF,
                info.private_key,
            )
            .map_err(|e| bad(format!("cannot be re-encoded: {e}")))?;
            DkimSigningKey::new(&pkcs1, DkimSigningAlgorithm::Rsa)
                .map_err(|e| bad(format!("is not an RSA key: {e}")))?
        } else {
            return Err(bad(format!(
                "holds a {} key; DKIM signs with RSA or Ed25519",
                info.algorithm.oid
            )));
        }
    } else {
        return Err(bad(
            "is not a PEM private key (\"BEGIN PRIVATE KEY\" or \"BEGIN RSA PRIVATE KEY\")"
                .to_owned(),
        ));
    };
    Ok(DkimConfig::new(
        selector.to_owned(),
        domain.to_owned(),
        key,
        SIGNED_HEADERS
            .iter()
            .map(|name| HeaderName::new_from_ascii_str(name))
            .collect(),
        // Relaxed both ways survives relays that refold headers or trim trailing spaces.
        DkimCanonicalization {
            header: DkimCanonicalizationType::Relaxed,
            body: DkimCanonicalizationType::Relaxed,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Email {
        Email {
            to: "reader@example.org".into(),
            subject: "The Daily".into(),
            text: "Hello".into(),
            html: None,
            message_id: "e1.s2@meridian.example".into(),
            list_unsubscribe: None,
            list_id: None,
        }
    }

    fn from() -> Mailbox {
        "Gazette <newsletter@localhost>".parse().expect("valid")
    }

    fn invalid(email: &Email) -> String {
        match build(&from(), email) {
            Err(SendError::Invalid(message)) => message,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn rejects_a_bad_recipient_without_naming_it() {
        let message = invalid(&Email {
            to: "not-an-address".into(),
            ..email()
        });
        assert!(message.contains("recipient"), "{message}");
        assert!(!message.contains("not-an-address"), "{message}");
    }

    #[test]
    fn rejects_message_ids_with_brackets_or_spaces() {
        for id in ["<a@b>", "a b@c", "nodomain", "@b", "a@"] {
            let message = invalid(&Email {
                message_id: id.into(),
                ..email()
            });
            assert!(message.contains("Message-ID"), "{message}");
        }
    }

    #[test]
    fn rejects_header_injection() {
        invalid(&Email {
            subject: "Hi\r\nBcc: x@y.example".into(),
            ..email()
        });
        invalid(&Email {
            list_unsubscribe: Some("https://x.example/u>\r\nBcc: x@y".into()),
            ..email()
        });
        invalid(&Email {
            list_id: Some("Daily <d.example>\r\nBcc: x@y".into()),
            ..email()
        });
    }

    #[test]
    fn trims_the_subject() {
        let message = build(
            &from(),
            &Email {
                subject: "  The Daily\n".into(),
                ..email()
            },
        )
        .expect("valid");
        let raw = String::from_utf8(message.formatted()).expect("ascii");
        assert!(raw.contains("Subject: The Daily\r\n"), "{raw}");
    }

    #[test]
    fn text_only_is_a_single_part() {
        let raw =
            String::from_utf8(build(&from(), &email()).expect("valid").formatted()).expect("ascii");
        assert!(raw.contains("Content-Type: text/plain"), "{raw}");
        assert!(!raw.contains("multipart"), "{raw}");
        assert!(
            raw.contains("Message-ID: <e1.s2@meridian.example>"),
            "{raw}"
        );
    }

    #[test]
    fn non_ascii_text_is_encoded_to_seven_bits() {
        let message = build(
            &from(),
            &Email {
                subject: "Ça va, Zoë?".into(),
                text: "Réunion à 9 h — ordre du jour".into(),
                html: Some("<p>Réunion à 9 h</p>".into()),
                ..email()
            },
        )
        .expect("valid");
        assert!(message.formatted().is_ascii());
    }
}

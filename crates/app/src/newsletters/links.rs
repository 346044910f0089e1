//! The preferences and unsubscribe links in every newsletter message.
//!
//! A link must be in each message, so its secret cannot be kept only as a hash the way the
//! confirmation link's is. Instead a link is `{subscriber id}.{signature}`, the signature an
//! HMAC-SHA256 of the id and the subscriber's salt under a key kept outside the database (in
//! the environment or a file in the data directory): a copy of the database alone opens no one's
//! preferences. Changing a subscriber's salt ends every link they were sent.
//!
//! Links sent before signing were the stored secret itself; that secret is replaced by its
//! SHA-256 (`sha256:` prefix) when the application starts, and such links still work.

use std::path::Path;

use gazette_domain::{Subscriber, SubscriberId};
use gazette_store::newsletters as rows;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::AppResult;

/// The purpose under which the key's id is recorded in `signing_keys`.
const PURPOSE: &str = "newsletter-links";
/// Bytes of the HMAC kept in a link: 128 bits.
const SIGNATURE_BYTES: usize = 16;
/// Subscribers whose old secrets are hashed per transaction when the application starts.
const HASH_BATCH: u32 = 500;

/// The key newsletter links are signed with.
#[derive(Clone)]
pub struct LinkKey([u8; 32]);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey([redacted])")
    }
}

impl LinkKey {
    /// The key given as 64 hex digits (`[newsletter] link_key` or
    /// `GAZETTE_NEWSLETTER_LINK_KEY`), or else the one in `file`, made there on first use.
    pub fn load(configured: &str, file: &Path) -> Result<Self, String> {
        if !configured.is_empty() {
            return Self::from_hex(configured.trim()).ok_or_else(|| {
                "[newsletter] link_key must be 64 hex digits (32 bytes)".to_owned()
            });
        }
        match std::fs::read_to_string(file) {
            Ok(text) => Self::from_hex(text.trim())
                .ok_or_else(|| format!("{} must hold 64 hex digits (32 bytes)", file.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut key = [0u8; 32];
                rand::RngCore::fill_bytes(&mut rand::rng(), &mut key);
                write_private(file, &hex::encode(key))
                    .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
                Ok(Self(key))
            }
            Err(e) => Err(format!("cannot read {}: {e}", file.display())),
        }
    }

    /// The key as `newsletter-link.key` holds it, for a backup to carry.
    pub(crate) fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    fn from_hex(text: &str) -> Option<Self> {
        let bytes = hex::decode(text).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    /// Names the key without revealing it, so servers can compare theirs.
    fn id(&self) -> String {
        hex::encode(&self.mac(b"key-id").finalize().into_bytes()[..8])
    }

    fn mac(&self, message: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(message);
        mac
    }

    fn signed(&self, id: SubscriberId, salt: &str) -> Hmac<Sha256> {
        let mut mac = self.mac(b"newsletter-link\0");
        mac.update(id.0.to_string().as_bytes());
        mac.update(b"\0");
        mac.update(salt.as_bytes());
        mac
    }

    /// The secret part of the subscriber's links: what follows `/newsletter/manage/`.
    pub fn link(&self, id: SubscriberId, salt: &str) -> String {
        let signature = self.signed(id, salt).finalize().into_bytes();
        format!("{}.{}", id.0, hex::encode(&signature[..SIGNATURE_BYTES]))
    }

    /// The subscriber a link belongs to, or None for a link that is not (or no longer) theirs.
    pub async fn subscriber(
        &self,
        conn: &mut AnyConnection,
        link: &str,
    ) -> AppResult<Option<Subscriber>> {
        if link.is_empty() || link.len() > 128 {
            return Ok(None);
        }
        let Some((id, signature)) = link.split_once('.') else {
            // A link from before signing: its hash is what is stored.
            let salt = format!("sha256:{}", hex::encode(Sha256::digest(link.as_bytes())));
            return Ok(rows::subscriber_by_link_salt(conn, &salt).await?);
        };
        let (Ok(id), Ok(signature)) = (id.parse::<i64>(), hex::decode(signature)) else {
            return Ok(None);
        };
        if signature.len() != SIGNATURE_BYTES {
            return Ok(None);
        }
        let Some(s) = rows::subscriber(conn, SubscriberId(id)).await? else {
            return Ok(None);
        };
        // verify_truncated_left compares in constant time.
        let genuine = self
            .signed(s.id, &s.link_salt)
            .verify_truncated_left(&signature)
            .is_ok();
        Ok(genuine.then_some(s))
    }

    /// Records this key's id for the database, or refuses a key other than the one recorded:
    /// two servers signing with different keys would each break the other's links.
    pub async fn check_against(&self, conn: &mut AnyConnection) -> Result<(), String> {
        let mine = self.id();
        let recorded = rows::signing_key_id(conn, PURPOSE, &mine)
            .await
            .map_err(|e| e.to_string())?;
        if recorded != mine {
            return Err(format!(
                "this server's newsletter link key (id {mine}) is not the one this database's \
                 links are signed with (id {recorded}); every server sharing a database needs \
                 the same key: copy newsletter-link.key from the data directory of the first \
                 server, or set GAZETTE_NEWSLETTER_LINK_KEY on all of them"
            ));
        }
        Ok(())
    }
}

/// A salt for a new subscriber's links.
pub fn new_salt() -> String {
    format!("salt:{}", super::new_secret())
}

/// Replaces link secrets stored before links were signed by their SHA-256, so the database no
/// longer holds them; returns how many were replaced.
pub async fn hash_stored_secrets(store: &gazette_store::Store) -> AppResult<u64> {
    let mut replaced = 0;
    loop {
        let mut tx = store.begin().await?;
        let batch = rows::unprefixed_link_salts(&mut tx, HASH_BATCH).await?;
        if batch.is_empty() {
            return Ok(replaced);
        }
        for (id, secret) in &batch {
            let hashed = format!("sha256:{}", hex::encode(Sha256::digest(secret.as_bytes())));
            rows::set_link_salt(&mut tx, *id, &hashed).await?;
        }
        tx.commit().await?;
        replaced += batch.len() as u64;
    }
}

/// Writes `text` to a new file readable by its owner only (the key file, here or restored).
pub(crate) fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_names_its_subscriber_and_changes_with_the_salt_and_the_key() {
        let key = LinkKey([7; 32]);
        let link = key.link(SubscriberId(42), "salt:a");
        assert!(link.starts_with("42."), "{link}");
        assert_eq!(link.len(), 3 + 2 * SIGNATURE_BYTES);
        assert_eq!(link, key.link(SubscriberId(42), "salt:a"));
        assert_ne!(link, key.link(SubscriberId(42), "salt:b"));
        assert_ne!(link, key.link(SubscriberId(43), "salt:a"));
        assert_ne!(link, LinkKey([8; 32]).link(SubscriberId(42), "salt:a"));
    }

    #[test]
    fn a_key_is_made_once_kept_private_and_read_back() {
        let dir =
            std::env::temp_dir().join(format!("gazette-link-key-{}", super::super::new_secret()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("newsletter-link.key");
        let first = LinkKey::load("", &file).unwrap();
        let again = LinkKey::load("", &file).unwrap();
        assert_eq!(first.id(), again.id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let configured = LinkKey::load(&"ab".repeat(32), &file).unwrap();
        assert_ne!(configured.id(), first.id());
        let err = LinkKey::load("not hex", &file).unwrap_err();
        assert!(err.contains("64 hex digits"), "{err}");
        std::fs::write(&file, "short").unwrap();
        let err = LinkKey::load("", &file).unwrap_err();
        assert!(err.contains("newsletter-link.key"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_key_does_not_appear_in_debug_output() {
        assert_eq!(format!("{:?}", LinkKey([1; 32])), "LinkKey([redacted])");
    }
}

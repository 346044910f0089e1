//! Signing in to the admin: passwords hashed with argon2id, sessions kept in the database (so
//! several servers share them), and throttling of repeated failures per account.
//!
//! The cookie carries a random secret; the store keeps only its SHA-256, as for API tokens.
//! Each session has its own CSRF token, which every admin form posts back. A forgotten password
//! is replaced through a single-use link sent by email.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use gazette_domain::{EmailAddress, FieldError, User};
use gazette_store::password_resets as resets;
use gazette_store::users as rows;
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::Duration;

use crate::{App, AppError, AppResult, now};

/// How long a session lasts from sign-in.
const SESSION_LIFETIME: Duration = Duration::days(14);
/// Failed sign-ins in a row after which the account waits [`LOCKOUT`].
const FAILURES_BEFORE_LOCKOUT: i64 = 5;
const LOCKOUT: Duration = Duration::minutes(15);
const MIN_PASSWORD_CHARS: usize = 10;
const MAX_PASSWORD_BYTES: usize = 1024;

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    /// What every form of this session must post back.
    pub csrf_token: String,
}

impl App {
    /// Sets (or replaces) a user's password; it must be at least ten characters.
    pub async fn set_password(&self, email: &str, password: &str) -> AppResult<()> {
        check_password(password)?;
        let email = normalise(email)?;
        let hash = hash_password(password.to_owned()).await?;
        let mut tx = self.store().begin().await?;
        let user = rows::by_email(&mut tx, &email)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("user {email:?}")))?;
        rows::set_password_hash(&mut tx, user.id, &hash).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checks the password and opens a session; returns the cookie's secret with it.
    ///
    /// Every wrong answer reads the same, whether the address is unknown or the password wrong,
    /// and an unknown address costs the same hashing time, so neither tells which accounts exist.
    pub async fn sign_in(&self, email: &str, password: &str) -> AppResult<(String, Session)> {
        let wrong = || AppError::SignIn("that email address and password do not match".into());
        let email = normalise(email).map_err(|_| wrong())?;
        let found = rows::credentials(&mut *self.store().reader().await?, &email).await?;
        let started = now();
        if let Some(c) = &found
            && let Some(until) = c.locked_until.filter(|u| *u > started)
        {
            let minutes = ((until - started).whole_seconds() + 59) / 60;
            return Err(AppError::RateLimited(format!(
                "too many failed sign-ins; try again in {minutes} minutes"
            )));
        }
        let stored = found.as_ref().and_then(|c| c.password_hash.clone());
        let ok = verify_password(password.to_owned(), stored).await?;
        let Some(c) = found else {
            return Err(wrong());
        };
        let mut tx = self.store().begin().await?;
        if !ok {
            rows::record_failed_sign_in(
                &mut tx,
                c.user.id,
                FAILURES_BEFORE_LOCKOUT,
                started + LOCKOUT,
            )
            .await?;
            tx.commit().await?;
            return Err(wrong());
        }
        rows::clear_failed_sign_ins(&mut tx, c.user.id).await?;
        let secret = random_token();
        let csrf_token = random_token();
        rows::insert_session(
            &mut tx,
            &hash(&secret),
            c.user.id,
            &csrf_token,
            started,
            started + SESSION_LIFETIME,
        )
        .await?;
        tx.commit().await?;
        Ok((
            secret,
            Session {
                user: c.user,
                csrf_token,
            },
        ))
    }

    /// The session a cookie's secret opens, if it is still valid.
    pub async fn session(&self, secret: &str) -> AppResult<Option<Session>> {
        let found = rows::session(&mut *self.store().reader().await?, &hash(secret), now()).await?;
        Ok(found.map(|(user, csrf_token)| Session { user, csrf_token }))
    }

    pub async fn sign_out(&self, secret: &str) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        rows::delete_session(&mut tx, &hash(secret), now()).await?;
        tx.commit().await?;
        Ok(())
    }
}

const RESET_LIFETIME: Duration = Duration::hours(1);
/// Reset emails per account per hour: enough for a lost message, too few to flood an inbox.
const RESETS_PER_HOUR: i64 = 3;

impl App {
    /// Emails a link that sets a new password (through the mail settings; with no SMTP server
    /// configured, the message, link included, is written to the log). Unknown addresses get no
    /// email and the same answer, so the form does not tell which accounts exist.
    pub async fn request_password_reset(&self, email: &str) -> AppResult<()> {
        let Ok(email) = normalise(email) else {
            return Ok(());
        };
        let mut tx = self.store().begin().await?;
        let Some(user) = rows::by_email(&mut tx, &email).await? else {
            return Ok(());
        };
        let started = now();
        if resets::count_since(&mut tx, user.id, started - Duration::hours(1)).await?
            >= RESETS_PER_HOUR
        {
            tracing::info!(
                user = user.id.0,
                "password reset asked for too often; no email sent"
            );
            return Ok(());
        }
        let secret = random_token();
        resets::insert(
            &mut tx,
            &hash(&secret),
            user.id,
            started,
            started + RESET_LIFETIME,
        )
        .await?;
        tx.commit().await?;
        let site = self.settings().await?.name;
        let link = format!("{}/admin/reset/{secret}", self.base_url());
        let host = url::Url::parse(self.base_url())
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "localhost".into());
        let email = gazette_mail::Email {
            to: user.email.clone(),
            subject: format!("Set a new password for {site}"),
            text: format!(
                "Someone (we hope you) asked to set a new password for your account at {site}.\n\n\
                 Open this link within an hour to choose one:\n\n{link}\n\n\
                 If it was not you, ignore this message: your password stays as it is.\n"
            ),
            html: None,
            message_id: format!("reset-{}@{host}", &hash(&secret)[..16]),
            list_unsubscribe: None,
            list_id: None,
        };
        self.mailer()
            .send(&email)
            .await
            .map_err(|e| AppError::Mail(e.to_string()))
    }

    /// Whether a reset link still works (unused, not expired).
    pub async fn reset_link_is_valid(&self, secret: &str) -> AppResult<bool> {
        Ok(resets::is_valid(&mut *self.store().reader().await?, &hash(secret), now()).await?)
    }

    /// Sets the new password through a reset link, which then stops working, and signs the user
    /// out everywhere.
    pub async fn reset_password(&self, secret: &str, password: &str) -> AppResult<()> {
        // Checked before the link is used, so a too-short password does not spend it.
        check_password(password)?;
        let hashed = hash_password(password.to_owned()).await?;
        let mut tx = self.store().begin().await?;
        let user = resets::take(&mut tx, &hash(secret), now())
            .await?
            .ok_or_else(|| AppError::Gone("this reset link".into()))?;
        rows::set_password_hash(&mut tx, user, &hashed).await?;
        resets::end_sessions(&mut tx, user).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn check_password(password: &str) -> AppResult<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(FieldError::new(
            "password",
            format!("must be at least {MIN_PASSWORD_CHARS} characters"),
        )
        .into());
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(FieldError::new(
            "password",
            format!("must be at most {MAX_PASSWORD_BYTES} bytes"),
        )
        .into());
    }
    Ok(())
}

fn normalise(email: &str) -> AppResult<String> {
    Ok(EmailAddress::parse(&email.trim().to_lowercase())
        .map_err(|m| FieldError::new("email", m))?
        .to_string())
}

/// argon2id with the crate's default cost, off the async threads (it takes tens of milliseconds
/// on purpose).
async fn hash_password(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
        argon2::Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await
    .map_err(|_| AppError::Unavailable("password hashing"))?
    .map_err(|e| AppError::Invalid(FieldError::new("password", e.to_string())))
}

/// Whether `password` matches `stored`; with nothing stored, a hash of the same cost is still
/// computed so the answer takes as long.
async fn verify_password(password: String, stored: Option<String>) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let argon = argon2::Argon2::default();
        match stored.as_deref().map(PasswordHash::new) {
            Some(Ok(hash)) => argon.verify_password(password.as_bytes(), &hash).is_ok(),
            _ => {
                let salt = SaltString::encode_b64(&[0u8; 16]).expect("a valid salt");
                let _ = argon.hash_password(password.as_bytes(), &salt);
                false
            }
        }
    })
    .await
    .map_err(|_| AppError::Unavailable("password checking"))
}

/// 256 random bits in hex: session secrets and CSRF tokens.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

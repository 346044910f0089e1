//! Signing in to the admin: passwords hashed with argon2id, sessions kept in the database (so
//! several servers share them), and throttling of repeated failures per account.
//!
//! The cookie carries a random secret; the store keeps only its SHA-256, as for API tokens.
//! Each session has its own CSRF token, which every admin form posts back. A forgotten password
//! is replaced through a single-use link sent by email.

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use gazette_domain::{EmailAddress, FieldError, User};
use gazette_store::password_resets as resets;
use gazette_store::users as rows;
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::Duration;

use crate::Actor;
use crate::jobs::{JobError, JobKind};
use crate::rate_limit::RateLimiter;
use crate::{AppError, AppResult, now};

crate::service!(
    /// Signing in and out, sessions and password resets: `app.sessions()`.
    Sessions,
    guard: SignInGuard
);

/// How long a session lasts from sign-in.
const SESSION_LIFETIME: Duration = Duration::days(14);
/// Attempts on one account from one network within [`ATTEMPT_WINDOW`], after which that
/// network's attempts on it are refused until the window passes. Counted per network so that
/// someone guessing from elsewhere cannot lock the account's owner out.
const ATTEMPTS_PER_NETWORK: i64 = 5;
/// Attempts on one account from everywhere within the window: a ceiling on guessing spread over
/// many networks.
const ATTEMPTS_PER_ACCOUNT: i64 = 50;
const ATTEMPT_WINDOW: Duration = Duration::minutes(15);
/// Sign-in attempts one reader address may make in an hour, whatever the accounts.
const ATTEMPTS_PER_ADDRESS_PER_HOUR: u32 = 30;
/// Password hashes computed at once, each on its own long-lived thread. Each argon2id run holds
/// 19 MiB, and the allocator keeps a freed block in the arena of the thread that used it: on
/// tokio's blocking pool (a new thread per burst) 48 parallel sign-ins grew the process by
/// hundreds of megabytes even with a cap on how many ran at once. Four threads hold four blocks.
const HASHES_AT_ONCE: usize = 4;
/// Attempts waiting for a hashing thread; past this, an attempt is told to come back later.
const HASH_QUEUE: usize = 64;
/// How long an attempt waits for its hash before it is told to come back later.
const HASH_QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(10);
const MIN_PASSWORD_CHARS: usize = 10;
const MAX_PASSWORD_BYTES: usize = 1024;

/// The one answer to a sign-in that did not succeed, whether the address is unknown, the
/// password wrong or the account locked for this network, so none of them can be told apart.
const WRONG_SIGN_IN: &str = "that email address and password do not match (after several \
     failed attempts, wait 15 minutes or ask for a new password)";

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    /// What every form of this session must post back.
    pub csrf_token: String,
}

/// What keeps sign-in cheap to defend: a limit per reader address (counted in the database, so
/// site-wide), and a cap on password hashes at once (this process's CPU; the per-account counts
/// are in the database too).
#[derive(Debug)]
pub(crate) struct SignInGuard {
    per_address: RateLimiter,
    hashing: HashingThreads,
}

impl SignInGuard {
    pub(crate) fn new() -> Self {
        Self {
            per_address: RateLimiter::new("sign-in", ATTEMPTS_PER_ADDRESS_PER_HOUR),
            hashing: HashingThreads::start(),
        }
    }
}

type HashJob = Box<dyn FnOnce() + Send>;

/// [`HASHES_AT_ONCE`] threads that compute password hashes from a bounded queue; they end
/// when the application (the queue's sender) is dropped.
struct HashingThreads {
    queue: std::sync::mpsc::SyncSender<HashJob>,
}

impl std::fmt::Debug for HashingThreads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HashingThreads")
    }
}

impl HashingThreads {
    fn start() -> Self {
        let (queue, jobs) = std::sync::mpsc::sync_channel::<HashJob>(HASH_QUEUE);
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        for n in 0..HASHES_AT_ONCE {
            let jobs = jobs.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-hash-{n}"))
                .spawn(move || {
                    loop {
                        // The lock is held only to take a job, not while running it.
                        let job = match jobs.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(err) = spawned {
                tracing::error!(error = %err, "cannot start a password hashing thread");
            }
        }
        Self { queue }
    }

    /// Runs `work` on a hashing thread; `None` when the queue is full or the answer takes
    /// longer than [`HASH_QUEUE_WAIT`].
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.queue
            .try_send(Box::new(move || {
                let _ = tx.send(work());
            }))
            .ok()?;
        tokio::time::timeout(HASH_QUEUE_WAIT, rx).await.ok()?.ok()
    }
}

impl Sessions<'_> {
    /// Sets (or replaces) a user's password; it must be at least ten characters.
    pub async fn set_password(&self, email: &str, password: &str) -> AppResult<()> {
        check_password(password)?;
        let email = normalise(email)?;
        let hash = self.hash_password(password.to_owned()).await?;
        let mut tx = self.store().begin().await?;
        let user = rows::by_email(&mut tx, &email)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("user {email:?}")))?;
        rows::set_password_hash(&mut tx, user.id, &hash).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checks the password and opens a session; returns the cookie's secret with it. `client`
    /// is the reader's network address.
    ///
    /// The attempt is counted before the password is verified, in one statement, so parallel
    /// guesses cannot all slip in before the first failure is recorded. Unknown addresses,
    /// wrong passwords and accounts locked for this network get the same answer after the same
    /// work (one argon2id run and the same writes), so none of them tells which accounts exist.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        client: std::net::IpAddr,
    ) -> AppResult<(String, Session)> {
        let wrong = || AppError::SignIn(WRONG_SIGN_IN.into());
        let started = now();
        if !self
            .guard
            .per_address
            .allow(self.store(), client, started)
            .await?
        {
            return Err(AppError::RateLimited(
                "too many sign-in attempts from your network; try again in an hour".into(),
            ));
        }
        // Too long to be an address or a password: refused before any work, whoever it names.
        if email.len() > 320 || password.len() > MAX_PASSWORD_BYTES {
            return Err(wrong());
        }
        let typed = email.trim().to_lowercase();
        let key = hash(&typed);
        let network = network_of(client);
        let mut tx = self.store().begin().await?;
        let window_start = started - ATTEMPT_WINDOW;
        let from_here =
            rows::count_sign_in_attempt(&mut tx, &key, &network, started, window_start).await?;
        let everywhere =
            rows::count_sign_in_attempt(&mut tx, &key, "*", started, window_start).await?;
        tx.commit().await?;
        let locked = from_here > ATTEMPTS_PER_NETWORK || everywhere > ATTEMPTS_PER_ACCOUNT;

        let found = match normalise(&typed) {
            Ok(email) => rows::credentials(&mut *self.store().reader().await?, &email).await?,
            Err(_) => None,
        };
        let stored = found.as_ref().and_then(|c| c.password_hash.clone());
        let ok = self.verify_password(password.to_owned(), stored).await?;
        let Some(c) = found.filter(|c| ok && !locked && c.active) else {
            return Err(wrong());
        };
        let mut tx = self.store().begin().await?;
        rows::clear_sign_in_attempts(&mut tx, &key, &network).await?;
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
/// An invitation waits for someone who may not read their mail today.
const INVITATION_LIFETIME: Duration = Duration::days(7);

/// Which email a password link goes out in.
enum LinkMail {
    Reset,
    Invitation { inviter: Option<String> },
}
/// Reset emails per account per hour: enough for a lost message, too few to flood an inbox.
const RESETS_PER_HOUR: i64 = 3;

impl Sessions<'_> {
    /// Asks for a link that sets a new password to be emailed (through the mail settings; with
    /// no SMTP server configured, the message, link included, is written to the log). The email
    /// is made and sent by the job queue, and the form only enqueues the address as typed, so
    /// known and unknown addresses get the same answer in the same time.
    pub async fn request_password_reset(&self, email: &str) -> AppResult<()> {
        let Ok(email) = normalise(email) else {
            return Ok(());
        };
        let mut tx = self.store().begin().await?;
        self.enqueue_in(&mut tx, JobKind::PasswordReset { email }, now())
            .await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(())
    }

    /// The job behind [`App::request_password_reset`]: makes the link (only its hash is kept)
    /// and emails it, unless the address has no account or asked too often.
    pub(crate) async fn send_password_reset(&self, email: &str) -> Result<(), JobError> {
        let mut tx = self.store().begin().await?;
        let Some(user) = rows::by_email(&mut tx, email).await? else {
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
        self.send_link(tx, user, LinkMail::Reset).await
    }

    /// The invitation's job: a link that lets the new user choose their password, valid for a
    /// week, emailed to them. Nothing when the user is gone or already has a password.
    pub(crate) async fn send_invitation(
        &self,
        user: gazette_domain::UserId,
        by: Option<gazette_domain::UserId>,
    ) -> Result<(), JobError> {
        let mut tx = self.store().begin().await?;
        let Some(user) = rows::by_id(&mut tx, user).await? else {
            return Ok(());
        };
        if rows::has_password(&mut tx, user.id).await? {
            return Ok(());
        }
        let inviter = match by {
            Some(by) => rows::name(&mut tx, by).await?,
            None => None,
        };
        self.send_link(tx, user, LinkMail::Invitation { inviter })
            .await
    }

    /// Makes a single-use link that sets the user's password (only its hash is kept), stores
    /// it in `tx` and emails it. The link is stored before it is sent: a failed send is retried
    /// with a new link, and the one never delivered simply expires.
    async fn send_link(
        &self,
        mut tx: gazette_store::Tx,
        user: gazette_domain::User,
        kind: LinkMail,
    ) -> Result<(), JobError> {
        let started = now();
        let secret = random_token();
        let lifetime = match kind {
            LinkMail::Reset => RESET_LIFETIME,
            LinkMail::Invitation { .. } => INVITATION_LIFETIME,
        };
        resets::insert(
            &mut tx,
            &hash(&secret),
            user.id,
            started,
            started + lifetime,
        )
        .await?;
        let site = crate::Settings::of(self.core)
            .get()
            .await
            .map_err(|e| JobError::Retryable(e.to_string()))?
            .name;
        let link = format!("{}/admin/reset/{secret}", self.base_url());
        let host = url::Url::parse(self.base_url())
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "localhost".into());
        let (subject, text, id_prefix) = match kind {
            LinkMail::Reset => (
                format!("Set a new password for {site}"),
                format!(
                    "Someone (we hope you) asked to set a new password for your account at {site}.\n\n\
                     Open this link within an hour to choose one:\n\n{link}\n\n\
                     If it was not you, ignore this message: your password stays as it is.\n"
                ),
                "reset",
            ),
            LinkMail::Invitation { inviter } => (
                format!("You are invited to write for {site}"),
                format!(
                    "{} added you to {site}'s newsroom as {}, {}.\n\n\
                     Open this link within seven days to choose your password and sign in:\n\n{link}\n\n\
                     If you did not expect this, ignore this message.\n",
                    inviter.as_deref().unwrap_or("An administrator"),
                    user.name,
                    match user.role {
                        gazette_domain::Role::Contributor => "a contributor (you write drafts)",
                        gazette_domain::Role::Editor => "an editor (you write and publish)",
                        gazette_domain::Role::Administrator =>
                            "an administrator (you also manage users and settings)",
                    }
                ),
                "invitation",
            ),
        };
        let message = gazette_mail::Email {
            to: user.email.clone(),
            subject,
            text,
            html: None,
            message_id: format!("{id_prefix}-{}@{host}", &hash(&secret)[..16]),
            list_unsubscribe: None,
            list_id: None,
        };
        tx.commit().await?;
        self.mailer()
            .send(&message)
            .await
            .map_err(|e| JobError::Retryable(format!("sending the {id_prefix} email: {e}")))
    }

    /// Whether a reset link still works (unused, not expired).
    pub async fn reset_link_is_valid(&self, secret: &str) -> AppResult<bool> {
        Ok(resets::is_valid(&mut *self.store().reader().await?, &hash(secret), now()).await?)
    }

    /// Sets the new password through a reset link, which then stops working, and signs the user
    /// out everywhere; with `revoke_tokens`, their Admin API tokens are revoked too (for when the
    /// reset is because the account may have been taken over).
    pub async fn reset_password(
        &self,
        secret: &str,
        password: &str,
        revoke_tokens: bool,
    ) -> AppResult<()> {
        // Checked before the link is used, so a too-short password does not spend it.
        check_password(password)?;
        let hashed = self.hash_password(password.to_owned()).await?;
        let mut tx = self.store().begin().await?;
        let user = resets::take(&mut tx, &hash(secret), now())
            .await?
            .ok_or_else(|| AppError::Gone("this reset link".into()))?;
        rows::set_password_hash(&mut tx, user, &hashed).await?;
        rows::delete_sessions_of(&mut tx, user).await?;
        if revoke_tokens {
            rows::delete_tokens_of(&mut tx, user).await?;
        }
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
        .with_kind(gazette_domain::FieldErrorKind::PasswordTooShort {
            min: MIN_PASSWORD_CHARS as u64,
        })
        .into());
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(FieldError::new(
            "password",
            format!("must be at most {MAX_PASSWORD_BYTES} bytes"),
        )
        .with_kind(gazette_domain::FieldErrorKind::TooLong {
            max: MAX_PASSWORD_BYTES as u64,
            unit: gazette_domain::LengthUnit::Bytes,
        })
        .into());
    }
    Ok(())
}

fn normalise(email: &str) -> AppResult<String> {
    Ok(EmailAddress::parse_field("email", &email.trim().to_lowercase())?.to_string())
}

/// The network an address belongs to, for counting attempts: the address itself for IPv4, the
/// /64 (one household or server) for IPv6.
fn network_of(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            format!("{}/64", std::net::Ipv6Addr::from(segments))
        }
        v4 => v4.to_string(),
    }
}

impl Sessions<'_> {
    fn busy() -> AppError {
        AppError::RateLimited("too many sign-ins at once; try again in a minute".into())
    }

    /// argon2id with the crate's default cost, off the async threads (it takes tens of
    /// milliseconds on purpose), on one of the hashing threads.
    pub(crate) async fn hash_password(&self, password: String) -> AppResult<String> {
        self.guard
            .hashing
            .run(move || {
                let mut salt = [0u8; 16];
                rand::rng().fill_bytes(&mut salt);
                let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
                argon2::Argon2::default()
                    .hash_password(password.as_bytes(), &salt)
                    .map(|h| h.to_string())
            })
            .await
            .ok_or_else(Self::busy)?
            .map_err(|e| AppError::Invalid(FieldError::new("password", e.to_string())))
    }

    /// Whether `password` matches `stored`; with nothing stored, a hash of the same cost is
    /// still computed so the answer takes as long.
    async fn verify_password(&self, password: String, stored: Option<String>) -> AppResult<bool> {
        self.guard
            .hashing
            .run(move || argon2_matches(password.as_bytes(), stored.as_deref()))
            .await
            .ok_or_else(Self::busy)
    }
}

thread_local! {
    /// Each hashing thread's argon2 working memory (19 MiB at the default cost), kept between
    /// runs: allocating and freeing it per attempt left freed blocks behind in the allocator's
    /// arenas, and a burst of sign-ins grew the process by hundreds of megabytes for good.
    static ARGON2_MEMORY: std::cell::RefCell<Vec<argon2::Block>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `password` matches the PHC string `stored`, computed in the thread's kept memory;
/// with nothing usable stored (an unknown address), the same work at the default cost, so the
/// answer takes as long, and no match.
fn argon2_matches(password: &[u8], stored: Option<&str>) -> bool {
    let parsed = stored.and_then(|s| PasswordHash::new(s).ok());
    let mut salt = [0u8; 64];
    let known = parsed.as_ref().and_then(|h| {
        let params = argon2::Params::try_from(h).ok()?;
        let algorithm = argon2::Algorithm::try_from(h.algorithm).ok()?;
        let version = match h.version {
            Some(v) => argon2::Version::try_from(v).ok()?,
            None => argon2::Version::default(),
        };
        let salt_len = h.salt?.decode_b64(&mut salt).ok()?.len();
        Some((
            argon2::Argon2::new(algorithm, version, params),
            salt_len,
            h.hash?,
        ))
    });
    let (argon, salt_len, expected) = match known {
        Some((argon, salt_len, expected)) => (argon, salt_len, Some(expected)),
        None => (argon2::Argon2::default(), 16, None),
    };
    let mut out = vec![0u8; expected.as_ref().map_or(32, |e| e.len())];
    let blocks = argon.params().block_count();
    let computed = ARGON2_MEMORY.with(|memory| {
        let mut memory = memory.borrow_mut();
        if memory.len() < blocks {
            memory.resize(blocks, argon2::Block::default());
        }
        argon
            .hash_password_into_with_memory(
                password,
                &salt[..salt_len],
                &mut out,
                &mut memory[..blocks],
            )
            .is_ok()
    });
    // Compared in constant time: every byte is looked at whatever the first difference.
    computed
        && expected.is_some_and(|e| {
            e.as_bytes().len() == out.len()
                && e.as_bytes()
                    .iter()
                    .zip(&out)
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        })
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

impl Sessions<'_> {
    /// Changes the signed-in user's own password: the current one must be given, so a session
    /// left open on a shared computer cannot take the account over. Other sessions end; this
    /// one (`keep`, its cookie's secret) stays signed in.
    pub async fn change_password(
        &self,
        actor: &Actor,
        keep: &str,
        current: &str,
        new: &str,
    ) -> AppResult<()> {
        let Actor::User(user) = actor else {
            return Err(AppError::Unauthorized);
        };
        check_password(new).map_err(|e| match e {
            AppError::Invalid(f) => AppError::Invalid(FieldError {
                field: "new_password".into(),
                ..f
            }),
            other => other,
        })?;
        let stored = rows::credentials(&mut *self.store().reader().await?, &user.email)
            .await?
            .and_then(|c| c.password_hash);
        if current.len() > MAX_PASSWORD_BYTES
            || !self.verify_password(current.to_owned(), stored).await?
        {
            return Err(
                FieldError::new("current_password", "is not your current password")
                    .with_kind(gazette_domain::FieldErrorKind::WrongPassword)
                    .into(),
            );
        }
        let hashed = self.hash_password(new.to_owned()).await?;
        let mut tx = self.store().begin().await?;
        rows::set_password_hash(&mut tx, user.id, &hashed).await?;
        rows::delete_sessions_of_except(&mut tx, user.id, &hash(keep)).await?;
        tx.commit().await?;
        Ok(())
    }
}

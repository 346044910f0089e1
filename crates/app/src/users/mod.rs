//! Users and their Admin API tokens.
//!
//! A token is shown once, when it is made; only its SHA-256 is kept. Tokens have a name, an
//! optional expiry and the time of their last use, and can be listed and revoked. A user may
//! manage their own tokens; administrators manage everyone's.

mod admin;
pub use admin::Profile;
pub mod sessions;

use gazette_domain::{EmailAddress, FieldError, Role, User, UserId};
use gazette_store::users as rows;
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use crate::Actor;
use crate::{AppError, AppResult, now};

crate::service!(
    /// Accounts, roles and Admin API tokens: `app.users()`.
    Users
);

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// A new user's address (lowercased: sign-in compares it so) and name (trimmed), or why not.
fn checked(new: &NewUser) -> AppResult<(String, String)> {
    let email = EmailAddress::parse_field("email", &new.email.to_lowercase())?.to_string();
    let name = new.name.trim();
    if name.is_empty() {
        return Err(FieldError::required("name").into());
    }
    Ok((email, name.to_owned()))
}

/// An Admin API token as listed: never the token itself.
pub type ApiToken = rows::TokenRow;

/// How often a token's "last used" time is written: reads stay reads.
const LAST_USED_PRECISION: Duration = Duration::hours(1);
const MAX_TOKEN_NAME_CHARS: usize = 100;

impl Users<'_> {
    /// The name of the user with this id, if there is one.
    pub async fn name_of(&self, id: UserId) -> AppResult<Option<String>> {
        Ok(rows::name(&mut *self.store().reader().await?, id).await?)
    }

    /// Adds a user and returns them with a new API token, shown this once (only its hash is kept).
    pub async fn add(&self, new: NewUser) -> AppResult<(User, String)> {
        let (email, _) = checked(&new)?;
        let mut tx = self.store().begin().await?;
        let id = rows::insert(&mut tx, &email, new.name.trim(), new.role, now()).await?;
        let token = new_token();
        rows::insert_token(
            &mut tx,
            id,
            &hash_token(&token),
            "created with the user",
            now(),
            None,
        )
        .await?;
        tx.commit().await?;
        Ok((
            User {
                id,
                email,
                name: new.name.trim().to_owned(),
                role: new.role,
            },
            token,
        ))
    }

    /// The user an Admin API bearer token belongs to: unknown, expired and revoked tokens, and
    /// those of deactivated users, open nothing.
    pub async fn for_token(&self, token: &str) -> AppResult<User> {
        let at = now();
        let found = {
            let mut conn = self.store().reader().await?;
            rows::by_token_hash(&mut conn, &hash_token(token), at).await?
        };
        let (user, id, last_used) = found.ok_or(AppError::Unauthorized)?;
        if last_used.is_none_or(|t| at - t > LAST_USED_PRECISION) {
            let mut tx = self.store().begin().await?;
            rows::touch_token(&mut tx, id, at).await?;
            tx.commit().await?;
        }
        Ok(user)
    }

    /// Makes a named token for `user` (the actor themselves, or anyone for an administrator),
    /// valid until `expires_at` if given; returns it with the token, shown this once.
    pub async fn create_token(
        &self,
        actor: &Actor,
        user: UserId,
        name: &str,
        expires_at: Option<OffsetDateTime>,
    ) -> AppResult<(ApiToken, String)> {
        require_self_or_administrator(actor, user)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(FieldError::new(
                "name",
                "give the token a name, such as the tool that will use it",
            )
            .into());
        }
        if name.chars().count() > MAX_TOKEN_NAME_CHARS {
            return Err(FieldError::too_long("name", MAX_TOKEN_NAME_CHARS).into());
        }
        let created = now();
        if expires_at.is_some_and(|e| e <= created) {
            return Err(FieldError::new("expires_at", "must be in the future")
                .with_kind(gazette_domain::FieldErrorKind::NotInFuture)
                .into());
        }
        let token = new_token();
        let mut tx = self.store().begin().await?;
        if rows::by_id(&mut tx, user).await?.is_none() {
            return Err(AppError::NotFound(format!("user {}", user.0)));
        }
        let id = rows::insert_token(
            &mut tx,
            user,
            &hash_token(&token),
            name,
            created,
            expires_at,
        )
        .await?;
        tx.commit().await?;
        Ok((
            ApiToken {
                id,
                user_id: user,
                label: name.to_owned(),
                created_at: created,
                expires_at,
                last_used_at: None,
            },
            token,
        ))
    }

    /// The tokens of `user` (the actor's own, or anyone's for an administrator); every user's
    /// with `None` (administrators only).
    pub async fn tokens(&self, actor: &Actor, user: Option<UserId>) -> AppResult<Vec<ApiToken>> {
        match user {
            Some(u) => require_self_or_administrator(actor, u)?,
            None => actor.require(Role::Administrator)?,
        }
        Ok(rows::tokens(&mut *self.store().reader().await?, user).await?)
    }

    /// Revokes a token: the actor's own, or anyone's for an administrator.
    pub async fn revoke_token(&self, actor: &Actor, id: i64) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        let owner = rows::token_owner(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("token {id}")))?;
        require_self_or_administrator(actor, owner)?;
        rows::delete_token(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn require_self_or_administrator(actor: &Actor, user: UserId) -> AppResult<()> {
    if actor.user_id() == Some(user) {
        return Ok(());
    }
    actor.require(Role::Administrator)
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("gz_{}", hex::encode(bytes))
}

fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

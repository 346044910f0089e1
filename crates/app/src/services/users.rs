//! Users and their Admin API tokens.

use gazette_domain::{EmailAddress, FieldError, Role, User};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::{App, AppError, AppResult, now};

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
}

impl App {
    /// Adds a user and returns them with a new API token, shown this once (only its hash is kept).
    pub async fn add_user(&self, new: NewUser) -> AppResult<(User, String)> {
        // Sign-in addresses compare case-insensitively, so the whole address is lowercased.
        let email = EmailAddress::parse(&new.email.to_lowercase())
            .map_err(|m| FieldError::new("email", m))?
            .to_string();
        if new.name.trim().is_empty() {
            return Err(FieldError::new("name", "must not be empty").into());
        }
        let mut tx = self.store().begin().await?;
        let id =
            gazette_store::users::insert(&mut tx, &email, new.name.trim(), new.role, now()).await?;
        let token = new_token();
        gazette_store::users::insert_token(
            &mut tx,
            id,
            &hash_token(&token),
            "created with the user",
            now(),
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

    /// The user an Admin API bearer token belongs to.
    pub async fn user_for_token(&self, token: &str) -> AppResult<User> {
        let mut conn = self.store().reader().await?;
        gazette_store::users::by_token_hash(&mut conn, &hash_token(token))
            .await?
            .ok_or(AppError::Unauthorized)
    }
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("gz_{}", hex::encode(bytes))
}

fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

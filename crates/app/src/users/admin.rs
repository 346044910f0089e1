//! Administering users from the admin: listing them, adding one, changing a role.
//!
//! Only administrators may do any of it. The one rule of its own: the publication always keeps
//! an administrator, so nobody can demote the last one (themselves included) and lock everyone
//! out of users and settings.

use gazette_domain::{Role, User, UserId};

use super::Users;
use crate::Actor;
use crate::NewUser;
use crate::jobs::JobKind;
use crate::{AppError, AppResult, now};

impl Users<'_> {
    pub async fn list(&self, actor: &Actor) -> AppResult<Vec<User>> {
        actor.require(Role::Administrator)?;
        Ok(gazette_store::users::all(&mut *self.store().reader().await?).await?)
    }

    /// [`App::add_user`] on behalf of a signed-in administrator; returns the API token, shown
    /// this once.
    pub async fn add_as(&self, actor: &Actor, new: NewUser) -> AppResult<(User, String)> {
        actor.require(Role::Administrator)?;
        self.add(new).await
    }

    /// Adds a user with no password and no token, and emails them an invitation whose link
    /// lets them choose their password (the job is queued in the same transaction).
    pub async fn invite(&self, actor: &Actor, new: NewUser) -> AppResult<User> {
        actor.require(Role::Administrator)?;
        let (email, name) = super::checked(&new)?;
        let mut tx = self.store().begin().await?;
        let id = gazette_store::users::insert(&mut tx, &email, &name, new.role, now()).await?;
        self.enqueue_in(
            &mut tx,
            JobKind::Invitation {
                user: id,
                by: actor.user_id(),
            },
            now(),
        )
        .await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(User {
            id,
            email,
            name,
            role: new.role,
        })
    }

    pub async fn set_role(&self, actor: &Actor, id: UserId, role: Role) -> AppResult<User> {
        actor.require(Role::Administrator)?;
        let mut tx = self.store().begin().await?;
        let user = gazette_store::users::by_id(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("user {}", id.0)))?;
        let backend = self.store().backend();
        if !gazette_store::users::set_role_keeping_an_administrator(&mut tx, backend, id, role)
            .await?
        {
            return Err(AppError::Conflict {
                field: Some("role".into()),
                message: format!(
                    "{} is the last administrator; make someone else an administrator first",
                    user.name
                ),
            });
        }
        tx.commit().await?;
        Ok(User { role, ..user })
    }
}

impl Users<'_> {
    /// Deactivates a user: they can no longer sign in, their sessions end and their tokens are
    /// revoked at once; their byline and history stay. The last active administrator cannot be
    /// deactivated, nor can anyone deactivate themselves.
    pub async fn deactivate(&self, actor: &Actor, id: UserId) -> AppResult<User> {
        actor.require(Role::Administrator)?;
        if actor.user_id() == Some(id) {
            return Err(AppError::Conflict {
                field: None,
                message: "you cannot deactivate yourself; ask another administrator".into(),
            });
        }
        let mut tx = self.store().begin().await?;
        let user = gazette_store::users::by_id(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("user {}", id.0)))?;
        if user.role == Role::Administrator {
            let inactive = gazette_store::users::deactivated(&mut tx).await?;
            let active_admins = gazette_store::users::all(&mut tx)
                .await?
                .into_iter()
                .filter(|u| u.role == Role::Administrator && !inactive.contains(&u.id))
                .count();
            if active_admins <= 1 && !inactive.contains(&id) {
                return Err(AppError::Conflict {
                    field: None,
                    message: format!("{} is the last active administrator", user.name),
                });
            }
        }
        gazette_store::users::set_deactivated(&mut tx, id, Some(crate::now())).await?;
        gazette_store::users::delete_sessions_of(&mut tx, id).await?;
        let revoked = gazette_store::users::delete_tokens_of(&mut tx, id).await?;
        tx.commit().await?;
        tracing::info!(user = id.0, tokens = revoked, "user deactivated");
        Ok(user)
    }

    /// Lets a deactivated user sign in again (with a new password or token: the old tokens were
    /// revoked).
    pub async fn reactivate(&self, actor: &Actor, id: UserId) -> AppResult<User> {
        actor.require(Role::Administrator)?;
        let mut tx = self.store().begin().await?;
        let user = gazette_store::users::by_id(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("user {}", id.0)))?;
        gazette_store::users::set_deactivated(&mut tx, id, None).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// The ids of deactivated users, for the users page.
    pub async fn deactivated(&self, actor: &Actor) -> AppResult<Vec<UserId>> {
        actor.require(Role::Administrator)?;
        Ok(gazette_store::users::deactivated(&mut *self.store().reader().await?).await?)
    }
}

/// A user's own profile: their name and the author byline they write under.
#[derive(Debug, Clone)]
pub struct Profile {
    pub user: User,
    pub author: Option<gazette_domain::AuthorId>,
}

impl Users<'_> {
    /// The signed-in user's profile.
    pub async fn profile(&self, actor: &Actor) -> AppResult<Profile> {
        let Actor::User(user) = actor else {
            return Err(AppError::Unauthorized);
        };
        let mut conn = self.store().reader().await?;
        let user = gazette_store::users::by_id(&mut conn, user.id)
            .await?
            .ok_or(AppError::Unauthorized)?;
        let author = gazette_store::users::author_of(&mut conn, user.id).await?;
        Ok(Profile { user, author })
    }

    /// Changes the signed-in user's name and byline (an author's slug, or none). Anyone may
    /// edit their own; the byline must be an existing author.
    pub async fn update_profile(
        &self,
        actor: &Actor,
        name: &str,
        author: Option<&str>,
    ) -> AppResult<Profile> {
        let Actor::User(user) = actor else {
            return Err(AppError::Unauthorized);
        };
        let name = name.trim();
        if name.is_empty() {
            return Err(gazette_domain::FieldError::required("name").into());
        }
        let mut tx = self.store().begin().await?;
        let author = match author.map(str::trim).filter(|a| !a.is_empty()) {
            Some(slug) => Some(
                crate::Taxonomies::load(&mut tx)
                    .await?
                    .author_by_slug(slug)
                    .map(|a| a.id)
                    .ok_or_else(|| {
                        gazette_domain::FieldError::new("author", format!("no author {slug:?}"))
                    })?,
            ),
            None => None,
        };
        if !gazette_store::users::set_profile(&mut tx, user.id, name, author).await? {
            return Err(AppError::Unauthorized);
        }
        tx.commit().await?;
        Ok(Profile {
            user: User {
                name: name.to_owned(),
                ..user.clone()
            },
            author,
        })
    }
}

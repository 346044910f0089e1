//! Administering users from the admin: listing them, adding one, changing a role.
//!
//! Only administrators may do any of it. The one rule of its own: the publication always keeps
//! an administrator, so nobody can demote the last one (themselves included) and lock everyone
//! out of users and settings.

use gazette_domain::{Role, User, UserId};

use crate::services::articles::Actor;
use crate::services::users::NewUser;
use crate::{App, AppError, AppResult};

impl App {
    pub async fn users(&self, actor: &Actor) -> AppResult<Vec<User>> {
        actor.require(Role::Administrator)?;
        Ok(gazette_store::users::all(&mut *self.store().reader().await?).await?)
    }

    /// [`App::add_user`] on behalf of a signed-in administrator; returns the API token, shown
    /// this once.
    pub async fn add_user_as(&self, actor: &Actor, new: NewUser) -> AppResult<(User, String)> {
        actor.require(Role::Administrator)?;
        self.add_user(new).await
    }

    pub async fn set_user_role(&self, actor: &Actor, id: UserId, role: Role) -> AppResult<User> {
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

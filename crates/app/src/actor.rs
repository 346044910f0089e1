//! Who is asking for a change: a signed-in user with a role, or Gazette itself.

use gazette_domain::{Role, User};

use crate::{AppError, AppResult};

/// Who is asking: a signed-in user, or Gazette itself (the CLI, the demo loader, a job).
#[derive(Debug, Clone)]
pub enum Actor {
    System,
    User(User),
}

impl Actor {
    /// The signed-in user, if it is one.
    pub fn user(&self) -> Option<&User> {
        match self {
            Actor::System => None,
            Actor::User(u) => Some(u),
        }
    }

    pub(crate) fn user_id(&self) -> Option<gazette_domain::UserId> {
        match self {
            Actor::System => None,
            Actor::User(u) => Some(u.id),
        }
    }

    pub(crate) fn require(&self, role: Role) -> AppResult<()> {
        match self {
            Actor::User(u) if u.role < role => Err(AppError::Forbidden(role.as_str())),
            _ => Ok(()),
        }
    }
}

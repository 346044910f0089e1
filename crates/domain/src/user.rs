//! People who work on the publication.

use serde::{Deserialize, Serialize};

use crate::UserId;

/// Contributors write drafts; editors publish; administrators also manage users and settings.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Contributor,
    Editor,
    Administrator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Contributor => "contributor",
            Self::Editor => "editor",
            Self::Administrator => "administrator",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "contributor" => Some(Self::Contributor),
            "editor" => Some(Self::Editor),
            "administrator" => Some(Self::Administrator),
            _ => None,
        }
    }

    pub fn can_publish(self) -> bool {
        self >= Self::Editor
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

//! The services: each public method is one use case, in one transaction.

pub mod articles;
pub mod sessions;
pub mod settings;
pub mod taxonomy;
pub mod user_admin;
pub mod users;

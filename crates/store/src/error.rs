use sqlx::error::ErrorKind;

/// What can go wrong in storage, kept apart where a caller acts differently on it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    /// A unique constraint refused the write; `field` is the column it guards.
    #[error("{field} is already taken")]
    Conflict { field: String },
    /// A foreign key refused the write: something still refers to the row, or a reference is dangling.
    #[error("the change refers to, or is referred to by, another record")]
    InUse,
    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("stored row is not valid: {0}")]
    BadRow(String),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database cannot be reached (refused, reset, shut down, no connection free in time):
    /// a passing condition, answered with "try again later", never a failure of the request.
    #[error("the database is unreachable: {0}")]
    Unreachable(sqlx::Error),
    #[error(transparent)]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &err {
            match db.kind() {
                ErrorKind::UniqueViolation => {
                    return StoreError::Conflict {
                        field: unique_field(db.constraint(), db.message()),
                    };
                }
                ErrorKind::ForeignKeyViolation => return StoreError::InUse,
                _ => {}
            }
        }
        if is_unreachable(&err) {
            return StoreError::Unreachable(err);
        }
        StoreError::Database(err)
    }
}

impl StoreError {
    /// Whether this is the database being out of reach rather than the request failing.
    pub fn is_unreachable(&self) -> bool {
        matches!(self, StoreError::Unreachable(_))
    }
}

/// Errors that say the database is out of reach: the connection (or getting one) failed, or
/// PostgreSQL said it is shutting down, starting, or out of connections (SQLSTATE classes 08
/// and 57P, and 53300).
fn is_unreachable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P") || c == "53300"),
        _ => false,
    }
}

/// The column a unique violation is about. Constraints are named `{table}_{column}_key` in both
/// dialects; SQLite reports "UNIQUE constraint failed: table.column" instead of the name.
fn unique_field(constraint: Option<&str>, message: &str) -> String {
    if let Some(name) = constraint {
        let trimmed = name.strip_suffix("_key").unwrap_or(name);
        return trimmed
            .split_once('_')
            .map(|(_, col)| col)
            .unwrap_or(trimmed)
            .to_owned();
    }
    message
        .rsplit_once('.')
        .map(|(_, col)| col.trim().to_owned())
        .unwrap_or_else(|| "value".to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_the_column_from_either_dialect() {
        assert_eq!(super::unique_field(Some("articles_slug_key"), ""), "slug");
        assert_eq!(
            super::unique_field(Some("jobs_unique_key_key"), ""),
            "unique_key"
        );
        assert_eq!(
            super::unique_field(None, "UNIQUE constraint failed: articles.slug"),
            "slug"
        );
    }
}

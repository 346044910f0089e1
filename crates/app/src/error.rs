use gazette_domain::FieldError;
use gazette_store::StoreError;

/// What a service call can fail with; the web layer maps each variant to one HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input broke a rule; `field` names where.
    #[error(transparent)]
    Invalid(#[from] FieldError),
    #[error("{0} not found")]
    NotFound(String),
    /// It existed and was withdrawn or deleted: readers get 410 Gone.
    #[error("{0} is no longer available")]
    Gone(String),
    /// The value is already taken, or the record is still in use.
    #[error("{message}")]
    Conflict {
        field: Option<String>,
        message: String,
    },
    /// Someone saved the article after the revision this edit started from.
    #[error(
        "the article was saved as revision {current} after revision {base}, which this edit started from"
    )]
    StaleRevision { base: i64, current: i64 },
    #[error("this action needs the {0} role")]
    Forbidden(&'static str),
    #[error("a valid API token is required")]
    Unauthorized,
    /// Signing in failed; the message is the same whichever part was wrong.
    #[error("{0}")]
    SignIn(String),
    /// Too many requests of one kind from one reader; the message says when to try again.
    #[error("{0}")]
    RateLimited(String),
    /// Sending mail failed in a way the caller should report (the job queue retries it).
    #[error("mail: {0}")]
    Mail(String),
    /// A part of Gazette this process does not run (e.g. search in a CLI command).
    #[error("{0} is not available in this process")]
    Unavailable(&'static str),
    /// Fetching a partner's page or feed failed; the message says why (refused address,
    /// timeout, the partner's answer).
    #[error("fetching failed: {0}")]
    Fetch(#[from] gazette_ingest::fetch::FetchError),
    /// Media storage (the data directory or the object store) failed or refused.
    #[error(transparent)]
    Media(#[from] crate::media::StorageError),
    #[error("search failed: {0}")]
    Search(String),
    #[error(transparent)]
    Render(#[from] gazette_render::RenderError),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict { field } => AppError::Conflict {
                message: format!("{field} is already taken"),
                field: Some(field),
            },
            StoreError::InUse => AppError::Conflict {
                field: None,
                message: "it is still used by other records; remove those links first".into(),
            },
            other => AppError::Store(other),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        StoreError::from(err).into()
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Why the application could not start; each names what to fix.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot create data directory {}: {source}", dir.display())]
    DataDirectory {
        dir: std::path::PathBuf,
        source: std::io::Error,
    },
    /// A section of the configuration cannot be used as it is.
    #[error("[{0}] {1}")]
    Config(&'static str, String),
    /// A setting that cannot be used, in a message that already names it.
    #[error("{0}")]
    Setting(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] gazette_render::RenderError),
    #[error(transparent)]
    Other(#[from] AppError),
}

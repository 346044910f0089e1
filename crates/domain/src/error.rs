use std::borrow::Cow;

/// A value that breaks a rule, with the name of the field it came from so that an API client or
/// a form can point at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: Cow<'static, str>,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The same error reported under a field nested in `parent` (`original` + `url` → `original.url`).
    pub fn within(self, parent: &str) -> Self {
        Self::new(format!("{parent}.{}", self.field), self.message)
    }
}

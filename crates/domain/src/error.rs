use std::borrow::Cow;

use serde::Serialize;

/// A value that breaks a rule, with the name of the field it came from so that an API client or
/// a form can point at it.
///
/// `message` is the English sentence the JSON APIs send (their clients read it). `kind` says
/// the same thing as data, for the admin, which words it from its message catalogue beside the
/// field; it is `None` for refusals no form of the admin meets yet, which show `message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: Cow<'static, str>,
    pub message: String,
    pub kind: Option<FieldErrorKind>,
}

/// What is wrong with a field, with the values a sentence about it needs.
///
/// The variant's name in kebab case, after `field-`, is the key of its sentence in the admin's
/// catalogue (`TooLong` → `field-too-long`), and its fields are the message's variables
/// (`$max`, `$unit`). So adding a kind is a variant here and an entry in
/// `crates/render/admin/locales/en.ftl`; a test in the web crate fails while either is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "key", rename_all = "kebab-case")]
pub enum FieldErrorKind {
    /// Left empty where something is needed.
    Required,
    /// Longer than the field holds.
    TooLong {
        max: u64,
        unit: LengthUnit,
    },
    /// Not an absolute http(s) address.
    NotUrl,
    /// An image address that is neither the media library's nor an http(s) URL.
    NotImageAddress,
    /// Not a date, or not a date and time, in the form the field asks for.
    NotDate,
    NotDateTime,
    /// No date and time chosen where one is needed.
    NoDateTime,
    /// A time that has passed where a future one is needed.
    NotInFuture,
    NotTimeZone,
    NotEmail,
    NotLanguage,
    /// A slug with a character outside lowercase letters, digits and hyphens.
    SlugCharacter {
        character: String,
    },
    /// A slug that starts or ends with a hyphen, or has two in a row.
    SlugHyphens,
    /// A slug the site's own addresses use.
    SlugReserved,
    /// No slug given, and none can be made from the title or name.
    SlugNotMade,
    /// An image without the description readers who cannot see it need.
    ImageWithoutAlt,
    /// Publishing an article that has no body yet.
    BodyToPublish,
    /// The same item twice in a list (an author in the byline, an article in a report).
    ListedTwice {
        item: String,
    },
    PasswordTooShort {
        min: u64,
    },
    /// What was typed as the current password is not it.
    WrongPassword,
    /// A choice left unmade (a role, a cadence, a source).
    Choose,
}

/// What a length limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LengthUnit {
    Characters,
    Bytes,
}

impl FieldError {
    /// An error the admin shows by its message (no [`FieldErrorKind`] describes it yet).
    pub fn new(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            kind: None,
        }
    }

    /// The same error, also described as `kind` for the admin's catalogue.
    pub fn with_kind(mut self, kind: FieldErrorKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// "must not be empty".
    pub fn required(field: impl Into<Cow<'static, str>>) -> Self {
        Self::new(field, "must not be empty").with_kind(FieldErrorKind::Required)
    }

    /// "must be at most {max} characters".
    pub fn too_long(field: impl Into<Cow<'static, str>>, max: usize) -> Self {
        Self::new(field, format!("must be at most {max} characters")).with_kind(
            FieldErrorKind::TooLong {
                max: max as u64,
                unit: LengthUnit::Characters,
            },
        )
    }

    /// A refused slug, worded as [`SlugError`] words it.
    pub fn slug(field: impl Into<Cow<'static, str>>, error: SlugError) -> Self {
        let kind = match &error {
            SlugError::Empty => FieldErrorKind::Required,
            SlugError::TooLong { max, .. } => FieldErrorKind::TooLong {
                max: *max as u64,
                unit: LengthUnit::Characters,
            },
            SlugError::Character { character, .. } => FieldErrorKind::SlugCharacter {
                character: character.to_string(),
            },
            SlugError::Hyphens { .. } => FieldErrorKind::SlugHyphens,
            SlugError::Reserved { .. } => FieldErrorKind::SlugReserved,
        };
        Self::new(field, error.to_string()).with_kind(kind)
    }

    /// The same error reported under a field nested in `parent` (`original` + `url` → `original.url`).
    pub fn within(self, parent: &str) -> Self {
        Self {
            field: format!("{parent}.{}", self.field).into(),
            ..self
        }
    }
}

/// Why a text is not a slug. Its `Display` is the English the APIs have always sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SlugError {
    #[error("must not be empty")]
    Empty,
    #[error("is {len} characters long; at most {max} are allowed")]
    TooLong { len: usize, max: usize },
    #[error("{raw:?} contains {character:?}; use lowercase letters, digits and hyphens")]
    Character { raw: String, character: char },
    #[error("{raw:?} must not start or end with a hyphen or contain two in a row")]
    Hyphens { raw: String },
    #[error("{raw:?} is reserved for the site's own pages")]
    Reserved { raw: String },
}

/// For callers that only pass the sentence on (a stored row that does not parse, a line of an
/// import); the admin's forms use [`FieldError::slug`], which keeps the kind.
impl From<SlugError> for String {
    fn from(error: SlugError) -> String {
        error.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Slug, check_lengths};

    #[test]
    fn a_refusal_keeps_the_api_message_and_says_what_is_wrong_as_data() {
        let err = Slug::parse("Iraq")
            .map_err(|e| FieldError::slug("slug", e))
            .unwrap_err();
        assert_eq!(
            err.message,
            r#""Iraq" contains 'I'; use lowercase letters, digits and hyphens"#
        );
        assert_eq!(
            err.kind,
            Some(FieldErrorKind::SlugCharacter {
                character: "I".into()
            })
        );

        let err = check_lengths(&"x".repeat(301), "", "", "body").unwrap_err();
        assert_eq!(err.message, "must be at most 300 characters");
        let too_long = FieldErrorKind::TooLong {
            max: 300,
            unit: LengthUnit::Characters,
        };
        assert_eq!(err.kind, Some(too_long.clone()));

        // Reported under a parent field, it is still the same refusal.
        let nested = err.within("sharing");
        assert_eq!(nested.field, "sharing.title");
        assert_eq!(nested.kind, Some(too_long));
    }
}

//! What the admin says to a person in sentences: notices after something was done, refusals,
//! and the error page's headings and advice. The sentences are in the admin's catalogue
//! (`crates/render/admin/locales/en.ftl`); here they are named, as data.
//!
//! Each message is a variant of an enum that serialises as its key and its variables
//! (`EditorSaved { revision }` → `editor-saved` with `$revision`), so the compiler checks the
//! values a handler passes, and adding a message is one variant and one catalogue entry. The
//! tests below word every variant and every [`FieldErrorKind`], so a message missing from the
//! catalogue, or a variable it does not receive, fails them.

use gazette_app::App;
use gazette_domain::FieldErrorKind;
use serde::Serialize;

use super::sentence;

/// A notice or a refusal the admin's handlers word.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "key", rename_all = "kebab-case")]
pub(super) enum Text {
    // What a redirect's `?notice=` code asks the management pages to say.
    NoticeCreated,
    NoticeSaved,
    NoticeDeleted,
    NoticeFeedAdded,
    NoticeFeedRemoved,
    NoticePolling,
    NoticeTestSent,
    NoticeSending,

    // Signing in and one's own profile.
    SignInExpired,
    FormExpiredRetry,
    PasswordSet,
    ProfileSaved,
    PasswordChanged,

    // The article editor, after what was last done (`?done=`) or in the form.
    EditorCreated {
        revision: i64,
    },
    EditorSaved {
        revision: i64,
    },
    EditorUnchanged {
        revision: i64,
    },
    EditorPublished {
        revision: i64,
    },
    EditorScheduled {
        revision: i64,
        at: String,
    },
    EditorUnpublished,
    EditorRestored {
        revision: i64,
    },
    EditorKept,
    EditorUpdateScheduled,
    EditorDiscarded,
    EditorDuplicated,
    EditorReviewRequested {
        revision: i64,
    },
    EditorReviewWithdrawn,
    EditorRestoredForReview,
    PreviewUpdated,
    ImageInForm,
    RevisionRestored {
        from: String,
        revision: i64,
    },

    // The articles list, after a row or bulk action on `count` articles.
    ListDeleted {
        count: i64,
    },
    ListPublished {
        count: i64,
    },
    ListUnpublished {
        count: i64,
    },
    ListFiled {
        count: i64,
    },
    ListUnchanged,
    ListChooseAction,
    ListChooseRegion,
    ListChooseTheme,

    // The media library.
    ImageDeleted,
    ImageDescribed,
    UploadTooLarge {
        max_mib: i64,
    },
    UploadCutShort,
    UploadFormExpired,

    // Subscribers.
    ImportUnreadable,

    // Translations.
    TranslationRequested {
        language: String,
    },
    TranslationReviewed,
    TranslationMachine,
    TranslationLocked,
    TranslationUnlocked,
    TranslationRefresh,
    TranslationSaved,

    // The site's own words in other languages.
    SiteTextsRequested {
        language: String,
    },
    SiteTextSaved,
    SiteTextReviewed,
    SiteTextMachine,
    SiteTextLocked,
    SiteTextUnlocked,

    // The next edition of a newsletter. $why: the refusal, or the mail server's answer.
    TestNotSent {
        why: String,
    },
    NothingSent {
        why: String,
    },

    // API tokens.
    TokenChooseExpiry,

    /// A post whose CSRF token is not the session's.
    FormExpired,
}

/// The kinds of failure the error page tells apart, each with a heading (`heading-{kind}`) and
/// what to do next (`advice-{kind}`).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Trouble {
    NotFound,
    Gone,
    Forbidden,
    Conflict,
    Invalid,
    TooMany,
    Unavailable,
    Failed,
    Expired,
}

impl Trouble {
    /// The kind of failure an HTTP status stands for.
    pub(super) fn of_status(status: u16) -> Self {
        match status {
            404 => Self::NotFound,
            410 => Self::Gone,
            403 => Self::Forbidden,
            409 => Self::Conflict,
            400 | 422 => Self::Invalid,
            429 => Self::TooMany,
            502..=504 => Self::Unavailable,
            _ => Self::Failed,
        }
    }

    pub(super) fn heading(self, app: &App) -> String {
        app.admin_views().text("heading-", &self)
    }

    pub(super) fn advice(self, app: &App) -> String {
        app.admin_views().text("advice-", &self)
    }
}

impl Text {
    /// The sentence, from the admin's catalogue.
    pub(super) fn show(&self, app: &App) -> String {
        app.admin_views().text("", self)
    }
}

/// What a field's refusal says to the editor: the catalogue's sentence for its kind, or, for a
/// refusal no kind describes yet, the service's message written as a sentence.
pub(super) fn field_text(app: &App, kind: Option<&FieldErrorKind>, message: &str) -> String {
    match kind {
        Some(kind) => app
            .admin_views()
            .try_text("field-", kind)
            .unwrap_or_else(|error| {
                // The tests word every kind, so this is a catalogue bug: say what the service
                // said rather than nothing.
                tracing::warn!(%error, "field error cannot be worded");
                sentence(message)
            }),
        None => sentence(message),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use gazette_domain::LengthUnit;
    use gazette_render::AdminViews;

    use super::*;

    /// One of every [`Text`]; the match below stops compiling when a variant is added without
    /// one here.
    fn every_text() -> Vec<Text> {
        let all = vec![
            Text::NoticeCreated,
            Text::NoticeSaved,
            Text::NoticeDeleted,
            Text::NoticeFeedAdded,
            Text::NoticeFeedRemoved,
            Text::NoticePolling,
            Text::NoticeTestSent,
            Text::NoticeSending,
            Text::SignInExpired,
            Text::PasswordSet,
            Text::ProfileSaved,
            Text::PasswordChanged,
            Text::EditorCreated { revision: 1 },
            Text::EditorSaved { revision: 2 },
            Text::EditorUnchanged { revision: 2 },
            Text::EditorPublished { revision: 3 },
            Text::EditorScheduled {
                revision: 3,
                at: "2026-12-01 14:30 WET".into(),
            },
            Text::EditorUnpublished,
            Text::EditorRestored { revision: 4 },
            Text::EditorKept,
            Text::EditorUpdateScheduled,
            Text::EditorDiscarded,
            Text::EditorDuplicated,
            Text::EditorReviewRequested { revision: 5 },
            Text::EditorReviewWithdrawn,
            Text::EditorRestoredForReview,
            Text::PreviewUpdated,
            Text::ImageInForm,
            Text::RevisionRestored {
                from: "2".into(),
                revision: 6,
            },
            Text::ListDeleted { count: 2 },
            Text::ListPublished { count: 1 },
            Text::ListUnpublished { count: 3 },
            Text::ListFiled { count: 2 },
            Text::ListUnchanged,
            Text::ListChooseAction,
            Text::ListChooseRegion,
            Text::ListChooseTheme,
            Text::ImageDeleted,
            Text::ImageDescribed,
            Text::UploadTooLarge { max_mib: 12 },
            Text::UploadCutShort,
            Text::UploadFormExpired,
            Text::ImportUnreadable,
            Text::FormExpiredRetry,
            Text::TranslationRequested {
                language: "French".into(),
            },
            Text::TranslationReviewed,
            Text::TranslationMachine,
            Text::TranslationLocked,
            Text::TranslationUnlocked,
            Text::TranslationRefresh,
            Text::TranslationSaved,
            Text::SiteTextsRequested {
                language: "Spanish (Español)".into(),
            },
            Text::SiteTextSaved,
            Text::SiteTextReviewed,
            Text::SiteTextMachine,
            Text::SiteTextLocked,
            Text::SiteTextUnlocked,
            Text::TestNotSent {
                why: "The mail server refused the address.".into(),
            },
            Text::NothingSent {
                why: "Tick the box to confirm sending.".into(),
            },
            Text::TokenChooseExpiry,
            Text::FormExpired,
        ];
        for text in &all {
            match text {
                Text::NoticeCreated
                | Text::NoticeSaved
                | Text::NoticeDeleted
                | Text::NoticeFeedAdded
                | Text::NoticeFeedRemoved
                | Text::NoticePolling
                | Text::NoticeTestSent
                | Text::NoticeSending
                | Text::SignInExpired
                | Text::PasswordSet
                | Text::ProfileSaved
                | Text::PasswordChanged
                | Text::EditorCreated { .. }
                | Text::EditorSaved { .. }
                | Text::EditorUnchanged { .. }
                | Text::EditorPublished { .. }
                | Text::EditorScheduled { .. }
                | Text::EditorUnpublished
                | Text::EditorRestored { .. }
                | Text::EditorKept
                | Text::EditorUpdateScheduled
                | Text::EditorDiscarded
                | Text::EditorDuplicated
                | Text::EditorReviewRequested { .. }
                | Text::EditorReviewWithdrawn
                | Text::EditorRestoredForReview
                | Text::PreviewUpdated
                | Text::ImageInForm
                | Text::RevisionRestored { .. }
                | Text::ListDeleted { .. }
                | Text::ListPublished { .. }
                | Text::ListUnpublished { .. }
                | Text::ListFiled { .. }
                | Text::ListUnchanged
                | Text::ListChooseAction
                | Text::ListChooseRegion
                | Text::ListChooseTheme
                | Text::ImageDeleted
                | Text::ImageDescribed
                | Text::UploadTooLarge { .. }
                | Text::UploadCutShort
                | Text::UploadFormExpired
                | Text::ImportUnreadable
                | Text::FormExpiredRetry
                | Text::TranslationRequested { .. }
                | Text::TranslationReviewed
                | Text::TranslationMachine
                | Text::TranslationLocked
                | Text::TranslationUnlocked
                | Text::TranslationRefresh
                | Text::TranslationSaved
                | Text::SiteTextsRequested { .. }
                | Text::SiteTextSaved
                | Text::SiteTextReviewed
                | Text::SiteTextMachine
                | Text::SiteTextLocked
                | Text::SiteTextUnlocked
                | Text::TestNotSent { .. }
                | Text::NothingSent { .. }
                | Text::TokenChooseExpiry
                | Text::FormExpired => {}
            }
        }
        all
    }

    /// One of every [`FieldErrorKind`], checked the same way.
    fn every_kind() -> Vec<FieldErrorKind> {
        use FieldErrorKind as K;
        let chars = |max| K::TooLong {
            max,
            unit: LengthUnit::Characters,
        };
        let all = vec![
            K::Required,
            chars(300),
            K::TooLong {
                max: 2_097_152,
                unit: LengthUnit::Bytes,
            },
            K::NotUrl,
            K::NotImageAddress,
            K::NotDate,
            K::NotDateTime,
            K::NoDateTime,
            K::NotInFuture,
            K::NotTimeZone,
            K::NotEmail,
            K::NotLanguage,
            K::SlugCharacter {
                character: "É".into(),
            },
            K::SlugHyphens,
            K::SlugReserved,
            K::SlugNotMade,
            K::ImageWithoutAlt,
            K::BodyToPublish,
            K::ListedTwice {
                item: "amal-rahim".into(),
            },
            K::PasswordTooShort { min: 12 },
            K::WrongPassword,
            K::Choose,
        ];
        for kind in &all {
            match kind {
                K::Required
                | K::TooLong { .. }
                | K::NotUrl
                | K::NotImageAddress
                | K::NotDate
                | K::NotDateTime
                | K::NoDateTime
                | K::NotInFuture
                | K::NotTimeZone
                | K::NotEmail
                | K::NotLanguage
                | K::SlugCharacter { .. }
                | K::SlugHyphens
                | K::SlugReserved
                | K::SlugNotMade
                | K::ImageWithoutAlt
                | K::BodyToPublish
                | K::ListedTwice { .. }
                | K::PasswordTooShort { .. }
                | K::WrongPassword
                | K::Choose => {}
            }
        }
        all
    }

    const EVERY_TROUBLE: [Trouble; 9] = [
        Trouble::NotFound,
        Trouble::Gone,
        Trouble::Forbidden,
        Trouble::Conflict,
        Trouble::Invalid,
        Trouble::TooMany,
        Trouble::Unavailable,
        Trouble::Failed,
        Trouble::Expired,
    ];

    /// Every message the code names, by its key, worded with its example's values.
    fn worded(views: &AdminViews) -> Vec<(String, Result<String, String>)> {
        fn word(
            views: &AdminViews,
            prefix: &str,
            value: &impl Serialize,
            out: &mut Vec<(String, Result<String, String>)>,
        ) {
            let key = match serde_json::to_value(value).expect("the enums serialise") {
                serde_json::Value::String(key) => key,
                serde_json::Value::Object(fields) => fields["key"]
                    .as_str()
                    .expect("tagged with \"key\"")
                    .to_owned(),
                other => panic!("{other} names no message"),
            };
            let text = views.try_text(prefix, value).map_err(|e| e.to_string());
            out.push((format!("{prefix}{key}"), text));
        }
        let mut out = Vec::new();
        for text in every_text() {
            word(views, "", &text, &mut out);
        }
        for kind in every_kind() {
            word(views, "field-", &kind, &mut out);
        }
        for trouble in EVERY_TROUBLE {
            word(views, "heading-", &trouble, &mut out);
            word(views, "advice-", &trouble, &mut out);
        }
        out
    }

    #[test]
    fn the_catalogue_words_every_message_the_admin_names() {
        let views = AdminViews::new().expect("the admin's templates and catalogue load");
        let worded = worded(&views);
        let failures: Vec<String> = worded
            .iter()
            .filter_map(|(key, text)| text.as_ref().err().map(|e| format!("{key}: {e}")))
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
        for (key, text) in &worded {
            let text = text.as_ref().expect("checked above");
            assert!(
                !text.trim().is_empty() && !text.contains('{'),
                "{key} words as {text:?}"
            );
        }
    }

    #[test]
    fn the_catalogue_has_no_message_the_admin_does_not_name() {
        let views = AdminViews::new().expect("the admin's templates and catalogue load");
        let named: BTreeSet<String> = worded(&views).into_iter().map(|(k, _)| k).collect();
        let unused: Vec<String> = views
            .i18n()
            .reference_messages()
            .into_keys()
            .filter(|key| !named.contains(key))
            .collect();
        assert!(
            unused.is_empty(),
            "en.ftl has messages no code names (remove them, or name them in the tests): {unused:?}"
        );
    }

    #[test]
    fn field_errors_are_worded_with_their_values() {
        let views = AdminViews::new().expect("the admin's templates and catalogue load");
        let too_long = FieldErrorKind::TooLong {
            max: 300,
            unit: LengthUnit::Characters,
        };
        assert_eq!(
            views.try_text("field-", &too_long).unwrap(),
            "Keep this to 300 characters or fewer."
        );
        let twice = FieldErrorKind::ListedTwice {
            item: "amal-rahim".into(),
        };
        assert!(
            views
                .try_text("field-", &twice)
                .unwrap()
                .contains("amal-rahim")
        );
    }
}

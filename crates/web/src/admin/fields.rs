//! What the management pages' forms share: fields built from raw values (so a refused form
//! comes back exactly as it was sent), a refusal placed beside the field the service named, the
//! notices a redirect asks for by code, and the page for what only administrators may open.

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, AppError};
use gazette_domain::{FieldError, FieldErrorKind, Role, Slug};
use serde::{Deserialize, Serialize};

use super::messages::{Text, field_text};
use super::{Chrome, SignedIn, page as render};
use crate::error::ApiError;

/// Raw field values by form name: what the editor typed, or what is stored, as text.
pub(super) type Values = HashMap<String, String>;

#[derive(Deserialize)]
pub(super) struct NoticeQuery {
    pub(super) notice: Option<String>,
}

/// The confirmation a redirect asks for by code, so no text of the address is echoed back.
pub(super) fn notice_text(app: &App, code: &str) -> Option<String> {
    let notice = match code {
        "created" => Text::NoticeCreated,
        "saved" => Text::NoticeSaved,
        "deleted" => Text::NoticeDeleted,
        "feed-added" => Text::NoticeFeedAdded,
        "feed-removed" => Text::NoticeFeedRemoved,
        "polling" => Text::NoticePolling,
        "test-sent" => Text::NoticeTestSent,
        "sending" => Text::NoticeSending,
        _ => return None,
    };
    Some(notice.show(app))
}

/// One form control.
#[derive(Serialize)]
pub(super) struct FieldView {
    pub(super) name: String,
    pub(super) label: &'static str,
    /// `text`, `url`, `email`, `textarea`, `checkbox` or `select`.
    pub(super) input: &'static str,
    pub(super) value: String,
    pub(super) options: Vec<Choice>,
    pub(super) hint: &'static str,
    pub(super) error: Option<String>,
    pub(super) required: bool,
    /// Takes the form's whole width; narrow fields sit two to a row.
    pub(super) wide: bool,
}

#[derive(Serialize)]
pub(super) struct Choice {
    pub(super) value: String,
    pub(super) label: String,
}

/// Builds fields from the values, so every form shows what was typed or stored.
pub(super) struct Fields<'a> {
    values: &'a Values,
    pub(super) list: Vec<FieldView>,
}

impl<'a> Fields<'a> {
    pub(super) fn new(values: &'a Values) -> Self {
        Self {
            values,
            list: Vec::new(),
        }
    }

    pub(super) fn add(mut self, input: &'static str, name: &str, label: &'static str) -> Self {
        self.list.push(FieldView {
            name: name.to_owned(),
            label,
            input,
            value: self.values.get(name).cloned().unwrap_or_default(),
            options: Vec::new(),
            hint: "",
            error: None,
            required: false,
            wide: matches!(input, "textarea" | "checkbox"),
        });
        self
    }

    pub(super) fn wide(mut self) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.wide = true;
        }
        self
    }

    pub(super) fn hint(mut self, hint: &'static str) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.hint = hint;
        }
        self
    }

    pub(super) fn required(mut self) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.required = true;
        }
        self
    }

    pub(super) fn options(mut self, options: Vec<Choice>) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.options = options;
        }
        self
    }

    pub(super) fn slug(self) -> Self {
        self.add("text", "slug", "Slug")
            .hint("Leave empty to make one from the name.")
    }
}

/// A refused save: the status, the form field it belongs to (if any), and what is wrong.
pub(super) struct Failure {
    pub(super) status: StatusCode,
    pub(super) field: Option<String>,
    /// The service's message, shown when no kind describes the refusal.
    message: String,
    kind: Option<FieldErrorKind>,
}

impl Failure {
    /// What the editor reads: the catalogue's sentence for the refusal's kind, else the
    /// service's message as a sentence.
    pub(super) fn text(&self, app: &App) -> String {
        field_text(app, self.kind.as_ref(), &self.message)
    }
}

impl From<AppError> for Failure {
    fn from(err: AppError) -> Self {
        let (field, message, kind) = match &err {
            AppError::Invalid(e) => (
                Some(form_field(&e.field)),
                e.message.clone(),
                e.kind.clone(),
            ),
            AppError::Conflict { field, message } => {
                (field.as_deref().map(form_field), message.clone(), None)
            }
            _ => (None, String::new(), None),
        };
        let api = ApiError::from(err);
        let (status, api_message, _) = api.parts();
        Failure {
            status,
            field,
            message: if message.is_empty() {
                api_message.to_owned()
            } else {
                message
            },
            kind,
        }
    }
}

impl From<FieldError> for Failure {
    fn from(err: FieldError) -> Self {
        AppError::from(err).into()
    }
}

/// The form control a service's field path points at: the articles textarea for
/// `articles[2]`, the row's input for `social[1].url`.
pub(super) fn form_field(field: &str) -> String {
    if field.starts_with("articles[") {
        return "articles".into();
    }
    if let Some(rest) = field.strip_prefix("social[")
        && let Some((index, part)) = rest.split_once("].")
    {
        return format!("social_{part}_{index}");
    }
    field.to_owned()
}

/// Puts the failure beside its field; when no field shows it, it goes above the form.
pub(super) fn place_error(
    app: &App,
    fields: &mut [FieldView],
    failure: Option<&Failure>,
) -> Option<String> {
    let failure = failure?;
    let text = failure.text(app);
    if let Some(name) = &failure.field
        && let Some(field) = fields.iter_mut().find(|f| &f.name == name)
    {
        field.error = Some(text);
        return None;
    }
    Some(text)
}

/// The slug typed, or one made from the name when the field was left empty.
pub(super) fn slug_from(typed: &str, name: &str) -> Result<Slug, FieldError> {
    if typed.is_empty() {
        Slug::from_name(name).ok_or_else(|| {
            FieldError::new("slug", "give a slug, or a name to make one from")
                .with_kind(FieldErrorKind::SlugNotMade)
        })
    } else {
        Slug::parse(typed).map_err(|e| FieldError::slug("slug", e))
    }
}

pub(super) fn checkbox(on: bool) -> String {
    if on { "on".into() } else { String::new() }
}

pub(super) fn values(pairs: &[(&str, String)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

pub(super) fn choice(value: &str, label: &str) -> Choice {
    Choice {
        value: value.into(),
        label: label.into(),
    }
}

#[derive(Serialize)]
struct ForbiddenView {
    #[serde(flatten)]
    chrome: Chrome,
    what: &'static str,
    needs: &'static str,
}

/// The page an editor or contributor gets for an administrators' page.
pub(super) async fn forbidden(
    app: &App,
    user: &SignedIn,
    section: &'static str,
    what: &'static str,
) -> Response {
    forbidden_needing(app, user, section, what, Role::Administrator.as_str()).await
}

/// The page for someone whose role is below `needs` (a role's name, as `AppError::Forbidden`
/// carries it).
pub(super) async fn forbidden_needing(
    app: &App,
    user: &SignedIn,
    section: &'static str,
    what: &'static str,
    needs: &'static str,
) -> Response {
    let view = ForbiddenView {
        chrome: user.chrome(app, section).await,
        what,
        needs,
    };
    render(app, StatusCode::FORBIDDEN, "manage_forbidden.html", &view)
}

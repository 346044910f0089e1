//! The newsletter desk: the newsletters with their schedule and fallback (this file), the next
//! edition (`edition`), the editions sent and their delivery results (`sent`) and the
//! subscribers (`subscribers`). Editors and administrators use it; the newsletters service
//! says who may (`may_open_desk`) and holds every rule.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::{App, AppError, NewsletterOverview};
use gazette_domain::{Cadence, FieldError, FieldErrorKind, NewsletterInput};
use serde::Serialize;

use super::fields::{
    Choice, Failure, FieldView, Fields, NoticeQuery, Values, checkbox, choice, forbidden_needing,
    notice_text, place_error, slug_from, values,
};
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

mod edition;
mod sent;
mod subscribers;

const SECTION: &str = "newsletters";

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/newsletters", get(list).post(create))
        .route("/admin/newsletters/{slug}", get(edit).post(save))
        .route("/admin/newsletters/{slug}/delete", post(delete))
        .merge(edition::routes())
        .merge(sent::routes())
        .merge(subscribers::routes())
}

/// The refusal of the desk to someone whose role does not open it, if theirs does not.
async fn refusal(app: &App, user: &SignedIn) -> Option<Response> {
    match app.newsletters().may_open_desk(&user.actor()) {
        Ok(()) => None,
        Err(err) => Some(refused(app, user, err).await),
    }
}

/// What a service refused, as a page: "not for your role", or the error page.
async fn refused(app: &App, user: &SignedIn, err: AppError) -> Response {
    match err {
        AppError::Forbidden(needs) => {
            forbidden_needing(app, user, SECTION, "This newsletter page", needs).await
        }
        err => error_page(app, err),
    }
}

#[derive(Serialize)]
struct NewslettersView {
    #[serde(flatten)]
    chrome: Chrome,
    newsletters: Vec<NewsletterOverview>,
    /// The newsletter being edited; none on the "new" form.
    editing: Option<NewsletterOverview>,
    fields: Vec<FieldView>,
    error: Option<String>,
    /// Why the newsletter was not deleted.
    delete_error: Option<String>,
    notice: Option<String>,
    /// Deleting is for administrators.
    can_delete: bool,
}

/// What the newsletters page shows.
#[derive(Default)]
struct Screen {
    editing: Option<String>,
    status: Option<StatusCode>,
    /// What was typed, when a save was refused; else the stored newsletter's values.
    typed: Option<Values>,
    failure: Option<Failure>,
    notice: Option<String>,
}

impl Screen {
    async fn show(self, app: &App, user: &SignedIn) -> Response {
        if let Some(refused) = refusal(app, user).await {
            return refused;
        }
        let newsletters = match app.newsletters().overviews().await {
            Ok(list) => list,
            Err(err) => return error_page(app, err),
        };
        let editing = match &self.editing {
            Some(slug) => match newsletters
                .iter()
                .find(|n| n.newsletter.slug.as_str() == slug)
            {
                Some(n) => Some(n.clone()),
                None => {
                    return error_page(app, AppError::NotFound(format!("newsletter {slug:?}")));
                }
            },
            None => None,
        };
        let reports = match app.taxonomy().all().await {
            Ok(tax) => tax.reports,
            Err(err) => return error_page(app, err),
        };
        let chrome = user.chrome(app, SECTION).await;
        let values = self.typed.unwrap_or_else(|| match &editing {
            Some(o) => stored_values(o),
            None => blank_values(&chrome.time_zone),
        });
        let mut report_choices = vec![choice("", "— none: the newest articles —")];
        report_choices.extend(reports.iter().map(|r| choice(r.slug.as_str(), &r.title)));
        let mut fields = form_fields(&values, report_choices);
        // The delete form's confirmation is not among the settings' fields.
        let (delete_error, failure) = match self.failure {
            Some(f) if f.field.as_deref() == Some("confirm") => (Some(f.text(app)), None),
            other => (None, other),
        };
        let error = place_error(app, &mut fields, failure.as_ref());
        let view = NewslettersView {
            can_delete: chrome.user.role == gazette_domain::Role::Administrator,
            chrome,
            newsletters,
            editing,
            fields,
            error,
            delete_error,
            notice: self.notice,
        };
        render(
            app,
            self.status.unwrap_or(StatusCode::OK),
            "newsletters.html",
            &view,
        )
    }
}

fn blank_values(time_zone: &str) -> Values {
    values(&[
        ("cadence", "daily".into()),
        ("weekday", "monday".into()),
        ("send_time", "07:00".into()),
        ("time_zone", time_zone.to_owned()),
        ("fallback_count", "5".into()),
        ("active", checkbox(true)),
    ])
}

fn stored_values(o: &NewsletterOverview) -> Values {
    let n = &o.newsletter;
    values(&[
        ("name", n.name.clone()),
        ("slug", n.slug.to_string()),
        ("description", n.description.clone()),
        ("cadence", n.cadence.as_str().into()),
        ("weekday", n.weekday.clone()),
        ("send_time", n.send_time.clone()),
        ("time_zone", n.time_zone.clone()),
        ("fallback_count", n.fallback_count.to_string()),
        (
            "report",
            n.report.as_ref().map(|r| r.to_string()).unwrap_or_default(),
        ),
        ("active", checkbox(n.active)),
    ])
}

fn form_fields(values: &Values, reports: Vec<Choice>) -> Vec<FieldView> {
    Fields::new(values)
        .add("text", "name", "Name")
        .required()
        .slug()
        .add("textarea", "description", "Description")
        .hint("One or two sentences for the subscribe form.")
        .add("select", "cadence", "Goes out")
        .options(vec![
            choice("daily", "Every day"),
            choice("weekly", "Once a week"),
        ])
        .add("select", "weekday", "On (weekly)")
        .options(
            gazette_domain::WEEKDAYS
                .iter()
                .map(|d| {
                    let mut label = d.to_string();
                    label[..1].make_ascii_uppercase();
                    choice(d, &label)
                })
                .collect(),
        )
        .add("time", "send_time", "At")
        .required()
        .add("text", "time_zone", "Time zone")
        .required()
        .hint("Like Europe/Paris or UTC.")
        .add("number", "fallback_count", "Fallback articles")
        .hint("When nothing is picked: send the newest this many (0 sends nothing).")
        .add("select", "report", "Fallback from report")
        .options(reports)
        .add(
            "checkbox",
            "active",
            "Active: offered to readers and sent on schedule",
        )
        .list
}

/// The posted form as the service's input.
fn input(form: &Form) -> Result<NewsletterInput, FieldError> {
    let text = |name: &str| form.get(name).unwrap_or_default().trim().to_owned();
    let cadence = Cadence::parse(&text("cadence")).ok_or_else(|| {
        FieldError::new("cadence", "choose every day or once a week")
            .with_kind(FieldErrorKind::Choose)
    })?;
    let fallback = text("fallback_count");
    let fallback_count = if fallback.is_empty() {
        0
    } else {
        fallback.parse().map_err(|_| {
            FieldError::new(
                "fallback_count",
                format!("{fallback:?} is not a number of articles such as 5"),
            )
        })?
    };
    let report = Some(text("report")).filter(|r| !r.is_empty());
    Ok(NewsletterInput {
        slug: slug_from(&text("slug"), &text("name"))?.to_string(),
        name: text("name"),
        description: text("description"),
        cadence,
        weekday: text("weekday"),
        send_time: text("send_time"),
        time_zone: text("time_zone"),
        fallback_count,
        report,
        active: form.get("active").is_some_and(|v| !v.is_empty()),
    })
}

async fn list(State(app): State<App>, user: SignedIn, Query(q): Query<NoticeQuery>) -> Response {
    let screen = Screen {
        notice: q.notice.as_deref().and_then(|code| notice_text(&app, code)),
        ..Default::default()
    };
    screen.show(&app, &user).await
}

async fn edit(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let screen = Screen {
        editing: Some(slug),
        notice: q.notice.as_deref().and_then(|code| notice_text(&app, code)),
        ..Default::default()
    };
    screen.show(&app, &user).await
}

async fn create(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    put(&app, &user, None, &body).await
}

async fn save(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    put(&app, &user, Some(slug), &body).await
}

async fn put(app: &App, user: &SignedIn, existing: Option<String>, body: &[u8]) -> Response {
    if let Some(refused) = csrf_refusal(app, user, body) {
        return refused;
    }
    let form = Form::parse(body);
    let saved = match input(&form) {
        Ok(input) => match &existing {
            Some(slug) => app.newsletters().replace(&user.actor(), slug, input).await,
            None => app.newsletters().create(&user.actor(), input).await,
        },
        Err(err) => Err(err.into()),
    };
    match saved {
        Ok(n) => {
            let notice = if existing.is_some() {
                "saved"
            } else {
                "created"
            };
            redirect(&format!(
                "/admin/newsletters/{}?notice={notice}",
                n.newsletter.slug
            ))
        }
        Err(err @ AppError::Forbidden(_)) => refused(app, user, err).await,
        Err(err) => {
            let failure = Failure::from(err);
            let screen = Screen {
                editing: existing,
                status: Some(failure.status),
                typed: Some(form.into_map()),
                failure: Some(failure),
                notice: None,
            };
            screen.show(app, user).await
        }
    }
}

async fn delete(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let result = if form.get("confirm").is_some_and(|v| !v.is_empty()) {
        app.newsletters().delete(&user.actor(), &slug).await
    } else {
        Err(FieldError::new(
            "confirm",
            "tick the box to confirm; deleting cannot be undone",
        )
        .into())
    };
    match result {
        Ok(()) => redirect("/admin/newsletters?notice=deleted"),
        Err(err @ AppError::Forbidden(_)) => refused(&app, &user, err).await,
        Err(err) => {
            let failure = Failure::from(err);
            let screen = Screen {
                editing: Some(slug),
                status: Some(failure.status),
                failure: Some(failure),
                ..Default::default()
            };
            screen.show(&app, &user).await
        }
    }
}

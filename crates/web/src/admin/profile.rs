//! The signed-in user's own page: their name, the author byline they write under (a new
//! article starts with it), and their password, which they change by giving the current one.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::App;
use serde::Serialize;

use super::fields::{Failure, FieldView, Fields, NoticeQuery, Values, choice, place_error, values};
use super::messages::Text;
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/profile", get(page).post(save))
        .route("/admin/profile/password", post(change_password))
}

#[derive(Serialize)]
struct ProfileView {
    #[serde(flatten)]
    chrome: Chrome,
    email: String,
    fields: Vec<FieldView>,
    password_fields: Vec<FieldView>,
    error: Option<String>,
    password_error: Option<String>,
    notice: Option<String>,
}

/// What the page shows besides the stored profile: what was typed, and what was refused.
#[derive(Default)]
struct Screen {
    status: Option<StatusCode>,
    typed: Option<Values>,
    failure: Option<Failure>,
    password_failure: Option<Failure>,
    notice: Option<String>,
}

async fn show(app: &App, user: &SignedIn, screen: Screen) -> Response {
    let actor = user.actor();
    let (profile, tax) = match (
        app.users().profile(&actor).await,
        app.taxonomy().all().await,
    ) {
        (Ok(p), Ok(t)) => (p, t),
        (Err(err), _) | (_, Err(err)) => return error_page(app, err),
    };
    let byline = profile
        .author
        .and_then(|id| tax.authors.iter().find(|a| a.id == id))
        .map(|a| a.slug.as_str().to_owned())
        .unwrap_or_default();
    let typed = screen
        .typed
        .unwrap_or_else(|| values(&[("name", profile.user.name.clone()), ("author", byline)]));
    let mut authors = vec![choice("", "— None —")];
    let mut sorted: Vec<_> = tax.authors.iter().collect();
    sorted.sort_by_cached_key(|a| a.name.to_lowercase());
    authors.extend(sorted.into_iter().map(|a| choice(a.slug.as_str(), &a.name)));
    let mut fields = Fields::new(&typed)
        .add("text", "name", "Your name")
        .required()
        .wide()
        .hint("How the newsroom sees you in the admin: revisions and notices name you so.")
        .add("select", "author", "Your byline")
        .wide()
        .options(authors)
        .hint("The author you write as: a new article starts with this byline. Authors are made under Manage › Authors.")
        .list;
    let error = place_error(app, &mut fields, screen.failure.as_ref());
    let blank = Values::new();
    let mut password_fields = Fields::new(&blank)
        .add("password", "current_password", "Current password")
        .required()
        .add("password", "new_password", "New password")
        .required()
        .hint("At least ten characters; a few unrelated words are easy to remember and hard to guess.")
        .list;
    let password_error = place_error(app, &mut password_fields, screen.password_failure.as_ref());
    let view = ProfileView {
        chrome: user.chrome(app, "profile").await,
        email: profile.user.email,
        fields,
        password_fields,
        error,
        password_error,
        notice: screen.notice,
    };
    render(
        app,
        screen.status.unwrap_or(StatusCode::OK),
        "profile.html",
        &view,
    )
}

async fn page(State(app): State<App>, user: SignedIn, Query(q): Query<NoticeQuery>) -> Response {
    let notice = match q.notice.as_deref() {
        Some("saved") => Some(Text::ProfileSaved.show(&app)),
        Some("password") => Some(Text::PasswordChanged.show(&app)),
        _ => None,
    };
    show(
        &app,
        &user,
        Screen {
            notice,
            ..Screen::default()
        },
    )
    .await
}

async fn save(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    match app
        .users()
        .update_profile(
            &user.actor(),
            form.get("name").unwrap_or_default(),
            form.get("author"),
        )
        .await
    {
        Ok(_) => redirect("/admin/profile?notice=saved"),
        Err(err) => {
            let failure = Failure::from(err);
            let screen = Screen {
                status: Some(failure.status),
                failure: Some(failure),
                typed: Some(form.into_map()),
                ..Screen::default()
            };
            show(&app, &user, screen).await
        }
    }
}

async fn change_password(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    match app
        .sessions()
        .change_password(
            &user.actor(),
            user.secret(),
            form.get("current_password").unwrap_or_default(),
            form.get("new_password").unwrap_or_default(),
        )
        .await
    {
        Ok(()) => redirect("/admin/profile?notice=password"),
        Err(err) => {
            let failure = Failure::from(err);
            let screen = Screen {
                status: Some(failure.status),
                password_failure: Some(failure),
                ..Screen::default()
            };
            show(&app, &user, screen).await
        }
    }
}

//! Users: the list with each one's role and access, inviting a user (an email whose link
//! lets them choose their password), changing a role, deactivating and reactivating. The administrators' page; the users
//! service decides who may.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::{App, AppError, NewUser};
use gazette_domain::{FieldError, FieldErrorKind, Role, User, UserId};
use serde::Serialize;

use super::fields::{
    Failure, FieldView, Fields, NoticeQuery, Values, choice, forbidden, notice_text, place_error,
};
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/users", get(page).post(add))
        .route("/admin/users/{id}/role", post(change_role))
        .route("/admin/users/{id}/{action}", post(change_access))
}

#[derive(Serialize)]
struct UsersView {
    #[serde(flatten)]
    chrome: Chrome,
    users: Vec<User>,
    /// Users who can no longer sign in.
    inactive: Vec<UserId>,
    roles: [&'static str; 3],
    fields: Vec<FieldView>,
    error: Option<String>,
    /// The user just invited.
    invited: Option<User>,
    /// A refused role change: whose, and why.
    role_error: Option<(UserId, String)>,
    notice: Option<String>,
}

#[derive(Default)]
struct UsersScreen {
    status: Option<StatusCode>,
    typed: Values,
    failure: Option<Failure>,
    invited: Option<User>,
    role_error: Option<(UserId, String)>,
    notice: Option<String>,
}

async fn show(app: &App, user: &SignedIn, screen: UsersScreen) -> Response {
    let users = match app.users().list(&user.actor()).await {
        Ok(users) => users,
        Err(AppError::Forbidden(_)) => return forbidden(app, user, "users", "Users").await,
        Err(err) => return error_page(app, err),
    };
    let inactive = app
        .users()
        .deactivated(&user.actor())
        .await
        .unwrap_or_default();
    let mut typed = screen.typed;
    typed
        .entry("role".into())
        .or_insert_with(|| "editor".into());
    let mut fields = Fields::new(&typed)
        .add("text", "name", "Name")
        .required()
        .wide()
        .add("email", "email", "Email")
        .required()
        .wide()
        .add("select", "role", "Role")
        .wide()
        .options(vec![
            choice("contributor", "Contributor: writes drafts"),
            choice("editor", "Editor: also publishes"),
            choice("administrator", "Administrator: also users and settings"),
        ])
        .list;
    let error = place_error(app, &mut fields, screen.failure.as_ref());
    let view = UsersView {
        chrome: user.chrome(app, "users").await,
        users,
        inactive,
        roles: ["contributor", "editor", "administrator"],
        fields,
        error,
        invited: screen.invited,
        role_error: screen.role_error,
        notice: screen.notice,
    };
    render(
        app,
        screen.status.unwrap_or(StatusCode::OK),
        "manage_users.html",
        &view,
    )
}

async fn page(State(app): State<App>, user: SignedIn, Query(q): Query<NoticeQuery>) -> Response {
    let notice = q.notice.as_deref().and_then(|code| notice_text(&app, code));
    show(
        &app,
        &user,
        UsersScreen {
            notice,
            ..Default::default()
        },
    )
    .await
}

async fn add(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let Some(role) = Role::parse(form.get("role").unwrap_or_default()) else {
        let failure = Failure::from(
            FieldError::new("role", "choose a role").with_kind(FieldErrorKind::Choose),
        );
        let screen = UsersScreen {
            status: Some(failure.status),
            failure: Some(failure),
            typed: form.into_map(),
            ..Default::default()
        };
        return show(&app, &user, screen).await;
    };
    let new = NewUser {
        email: form.get("email").unwrap_or_default().trim().to_owned(),
        name: form.get("name").unwrap_or_default().to_owned(),
        role,
    };
    match app.users().invite(&user.actor(), new).await {
        Ok(invited) => {
            let screen = UsersScreen {
                status: Some(StatusCode::CREATED),
                invited: Some(invited),
                ..Default::default()
            };
            show(&app, &user, screen).await
        }
        Err(AppError::Forbidden(_)) => forbidden(&app, &user, "users", "Users").await,
        Err(err) => {
            let failure = Failure::from(err);
            let screen = UsersScreen {
                status: Some(failure.status),
                failure: Some(failure),
                typed: form.into_map(),
                ..Default::default()
            };
            show(&app, &user, screen).await
        }
    }
}

async fn change_role(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let id = UserId(id);
    let result = match Role::parse(form.get("role").unwrap_or_default()) {
        Some(role) => app.users().set_role(&user.actor(), id, role).await,
        None => Err(FieldError::new("role", "choose a role")
            .with_kind(FieldErrorKind::Choose)
            .into()),
    };
    match result {
        Ok(_) => redirect("/admin/users?notice=saved"),
        Err(err) => refused_on_row(&app, &user, id, err).await,
    }
}

/// The users page again, with why a change to one user's row was refused beside it.
async fn refused_on_row(app: &App, user: &SignedIn, id: UserId, err: AppError) -> Response {
    if let AppError::Forbidden(_) = err {
        return forbidden(app, user, "users", "Users").await;
    }
    let failure = Failure::from(err);
    let screen = UsersScreen {
        status: Some(failure.status),
        role_error: Some((id, failure.text(app))),
        ..Default::default()
    };
    show(app, user, screen).await
}

/// Deactivates or reactivates a user.
async fn change_access(
    State(app): State<App>,
    user: SignedIn,
    Path((id, action)): Path<(i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let id = UserId(id);
    let result = match action.as_str() {
        "deactivate" => app.users().deactivate(&user.actor(), id).await,
        "reactivate" => app.users().reactivate(&user.actor(), id).await,
        _ => return error_page(&app, AppError::NotFound(format!("the action {action:?}"))),
    };
    match result {
        Ok(_) => redirect("/admin/users?notice=saved"),
        Err(err) => refused_on_row(&app, &user, id, err).await,
    }
}

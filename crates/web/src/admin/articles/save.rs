//! Saving from the editor: the first save of a new article and every later one, each together
//! with the status change its button asks for in one service call, so a refused change saves
//! nothing. Delete deletes without saving; Preview and picking an image save nothing.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, AppError, StatusChange};
use gazette_domain::{ArticleId, ArticleInput, FieldError, Timestamp};

use super::draft::full_patch;
use super::editor::{EditorState, ShownError, StaleView, editor, editor_for, pick_image};
use super::{Draft, diff};
use crate::admin::{Form, SignedIn, csrf_refusal, error_page, redirect};

/// `POST /admin/articles/new`: the first save, with whatever the button asked for.
pub(super) async fn create(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let mut draft = Draft::from_fields(&f);
    let action = f.get("action").unwrap_or_default();
    let mut state = EditorState {
        schedule_at: f.get("schedule_at").unwrap_or_default().to_owned(),
        ..EditorState::default()
    };
    let picked = f.get("pick_image").unwrap_or_default();
    if !picked.is_empty() {
        state.notice = pick_image(&app, &user, &mut draft, picked).await;
        return editor(&app, &user, StatusCode::OK, draft, state).await;
    }
    if action == "preview" {
        state.preview = true;
        return editor(&app, &user, StatusCode::OK, draft, state).await;
    }
    let created = match requested(&draft, action, &state.schedule_at) {
        Ok((input, change)) => app
            .articles()
            .create_and(&user.actor(), input, change)
            .await
            .map(|article| (article, change)),
        Err(err) => Err(err.into()),
    };
    match created {
        Ok((article, change)) => redirect(&format!(
            "/admin/articles/{}?done={}",
            article.id.0,
            done(change, "created")
        )),
        Err(err) => {
            let (status, error) = ShownError::of(err);
            state.error = Some(error);
            editor(&app, &user, status, draft, state).await
        }
    }
}

/// `POST /admin/articles/{id}`: saves what was typed (the service makes no revision when
/// nothing changed) together with the publish, schedule or unpublish its button asked for.
pub(super) async fn save(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let id = ArticleId(id);
    let f = Form::parse(&body);
    let mut draft = Draft::from_fields(&f);
    let action = f.get("action").unwrap_or_default();
    let base_revision = f
        .get("base_revision")
        .unwrap_or_default()
        .parse::<i64>()
        .ok();
    let mut state = EditorState {
        base_revision,
        schedule_at: f.get("schedule_at").unwrap_or_default().to_owned(),
        ..EditorState::default()
    };
    let picked = f.get("pick_image").unwrap_or_default();
    if !picked.is_empty() {
        state.notice = pick_image(&app, &user, &mut draft, picked).await;
        return editor_for(&app, &user, id, StatusCode::OK, draft, state).await;
    }
    match action {
        "preview" => {
            state.preview = true;
            return editor_for(&app, &user, id, StatusCode::OK, draft, state).await;
        }
        "delete" => {
            return match app.articles().delete(&user.actor(), id).await {
                Ok(()) => redirect("/admin/articles?done=deleted"),
                Err(err) => refused(&app, &user, id, draft, state, err).await,
            };
        }
        _ => {}
    }
    let (input, change) = match requested(&draft, action, &state.schedule_at) {
        Ok(requested) => requested,
        Err(err) => return refused(&app, &user, id, draft, state, err.into()).await,
    };
    let patch = full_patch(input, base_revision);
    match app
        .articles()
        .save_and(&user.actor(), id, patch, change)
        .await
    {
        Ok(saved) => {
            let kept = if saved.changed { "saved" } else { "unchanged" };
            redirect(&format!(
                "/admin/articles/{}?done={}",
                id.0,
                done(change, kept)
            ))
        }
        Err(AppError::StaleRevision { base, current }) => {
            stale(&app, &user, id, draft, state, (base, current)).await
        }
        Err(err) => refused(&app, &user, id, draft, state, err).await,
    }
}

/// The input to save and the status change the pressed button asks for.
fn requested(
    draft: &Draft,
    action: &str,
    schedule_at: &str,
) -> Result<(ArticleInput, Option<StatusChange>), FieldError> {
    let input = draft.to_input()?;
    let change = match action {
        "publish" => Some(StatusChange::Publish),
        "unpublish" => Some(StatusChange::Unpublish),
        "schedule" => Some(StatusChange::Schedule(schedule_time(schedule_at)?)),
        _ => None,
    };
    Ok((input, change))
}

/// The code of the notice the editor shows after a save that made `change`.
fn done(change: Option<StatusChange>, saved: &'static str) -> &'static str {
    match change {
        Some(StatusChange::Publish) => "published",
        Some(StatusChange::Schedule(_)) => "scheduled",
        Some(StatusChange::Unpublish) => "unpublished",
        None => saved,
    }
}

/// The editor again with why the post was refused; nothing was saved.
async fn refused(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    draft: Draft,
    mut state: EditorState,
    err: AppError,
) -> Response {
    let (status, error) = ShownError::of(err);
    state.error = Some(error);
    editor_for(app, user, id, status, draft, state).await
}

/// Someone saved since the editor's base revision: their version beside what was typed.
async fn stale(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    draft: Draft,
    mut state: EditorState,
    (base, current): (i64, i64),
) -> Response {
    let article = match app.articles().article(id).await {
        Ok(a) => a,
        Err(err) => return error_page(app, err),
    };
    let saved = match app.articles().input_of(&article).await {
        Ok(input) => Draft::from_input(&input),
        Err(err) => return error_page(app, err),
    };
    state.stale = Some(StaleView {
        base,
        current,
        changes: diff::changes(&saved, &draft),
        saved,
    });
    // Saving again applies theirs on top of the revision they have now seen.
    state.base_revision = Some(current);
    state.article = Some(article);
    editor(app, user, StatusCode::CONFLICT, draft, state).await
}

fn schedule_time(raw: &str) -> Result<Timestamp, FieldError> {
    use time::macros::format_description;
    let raw = raw.trim();
    time::PrimitiveDateTime::parse(
        raw,
        format_description!("[year]-[month]-[day]T[hour]:[minute]"),
    )
    .or_else(|_| {
        time::PrimitiveDateTime::parse(
            raw,
            format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
        )
    })
    .map(|t| t.assume_utc())
    .map_err(|_| {
        FieldError::new(
            "at",
            format!("{raw:?} is not a date and time such as 2026-12-01T14:30"),
        )
    })
}

//! Saving from the editor: the first save of a new article and every later one, each together
//! with the status change its button asks for in one service call, so a refused change saves
//! nothing. Delete deletes without saving; Preview and picking an image save nothing.
//!
//! A live article's changes are kept pending ("Save changes", "Preview changes", "Schedule
//! update") until "Update" saves them as the next revision. The script's autosave keeps what is
//! typed the same way, for any article; a new article's first autosave makes it a draft.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use gazette_app::{App, AppError, StatusChange, Update};
use gazette_domain::{ArticleId, ArticleInput, FieldError, PendingOrigin, SiteClock, Timestamp};
use serde::Serialize;

use super::draft::full_patch;
use super::editor::{EditorState, ShownError, StaleView, editor, editor_for, pick_image};
use super::{Draft, diff};
use crate::admin::{Form, SignedIn, clock, csrf_refusal, error_page, redirect};

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
    if action == "autosave" {
        return autosave_new(&app, &user, &draft).await;
    }
    let site_clock = clock(&app).await;
    let created = match requested(&draft, action, &state.schedule_at, &site_clock) {
        Ok((input, change)) => app
            .articles()
            .create_and(&user.actor(), input, change)
            .await
            .map(|article| (article, change)),
        Err(err) => Err(err.into()),
    };
    match created {
        Ok((article, _)) if action == "review" => {
            let note = f.get("review_note").unwrap_or_default();
            let requested = app
                .articles()
                .request_review(&user.actor(), article.id, note)
                .await;
            match requested {
                Ok(_) => redirect(&format!(
                    "/admin/articles/{}?done=review_requested",
                    article.id.0
                )),
                Err(err) => error_page(&app, err),
            }
        }
        Ok((article, change)) => redirect(&format!(
            "/admin/articles/{}?done={}",
            article.id.0,
            done(change, "created")
        )),
        Err(err) => {
            let (status, error) = ShownError::of(&app, err);
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
    let pending_seen = stamp(f.get("pending_seen"));
    let mut state = EditorState {
        base_revision,
        pending_seen,
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
        "discard" => {
            return match app.articles().discard_pending(&user.actor(), id).await {
                Ok(_) => redirect(&format!("/admin/articles/{}?done=discarded", id.0)),
                Err(err) => refused(&app, &user, id, draft, state, err).await,
            };
        }
        "keep" | "preview_changes" | "schedule_update" => {
            return keep(&app, &user, id, draft, state, action).await;
        }
        "withdraw_review" => {
            return match app.articles().withdraw_review(&user.actor(), id).await {
                Ok(()) => redirect(&format!("/admin/articles/{}?done=review_withdrawn", id.0)),
                Err(err) => refused(&app, &user, id, draft, state, err).await,
            };
        }
        _ => {}
    }
    let site_clock = clock(&app).await;
    let (input, change) = match requested(&draft, action, &state.schedule_at, &site_clock) {
        Ok(requested) => requested,
        Err(err) => return refused(&app, &user, id, draft, state, err.into()).await,
    };
    let patch = full_patch(input, base_revision);
    match app
        .articles()
        .save_over_pending(&user.actor(), id, patch, change, pending_seen)
        .await
    {
        Ok(_) if action == "review" => {
            let note = f.get("review_note").unwrap_or_default();
            match app.articles().request_review(&user.actor(), id, note).await {
                Ok(_) => redirect(&format!("/admin/articles/{}?done=review_requested", id.0)),
                Err(err) => refused(&app, &user, id, draft, state, err).await,
            }
        }
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

/// Changes to a live article kept without going live ("Save changes"), kept and then shown as
/// readers would get them ("Preview changes", the form's target is a new tab), or kept and
/// scheduled to go live ("Schedule update").
async fn keep(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    draft: Draft,
    state: EditorState,
    action: &str,
) -> Response {
    let kept = async {
        let input = draft.to_input()?;
        let at = match action {
            "schedule_update" => Some(schedule_time(&clock(app).await, &state.schedule_at)?),
            _ => None,
        };
        let articles = app.articles();
        let update = articles
            .keep_pending(
                &user.actor(),
                id,
                input,
                state.base_revision,
                state.pending_seen,
                PendingOrigin::Saved,
            )
            .await?;
        if let (Some(at), Update::Kept(_)) = (at, &update) {
            articles.schedule_pending(&user.actor(), id, at).await?;
        }
        Ok::<_, AppError>(update)
    }
    .await;
    match (kept, action) {
        (Ok(_), "preview_changes") => redirect(&format!("/admin/articles/{}/preview", id.0)),
        (Ok(Update::Kept(_)), "schedule_update") => {
            redirect(&format!("/admin/articles/{}?done=update_scheduled", id.0))
        }
        (Ok(Update::Kept(_)), _) => redirect(&format!("/admin/articles/{}?done=kept", id.0)),
        (Ok(Update::Unchanged), _) => redirect(&format!("/admin/articles/{}?done=unchanged", id.0)),
        (Err(AppError::StaleRevision { base, current }), _) => {
            stale(app, user, id, draft, state, (base, current)).await
        }
        (Err(err), _) => refused(app, user, id, draft, state, err).await,
    }
}

/// What an autosave answers the editor's script: when it kept the form, or why it did not.
#[derive(Serialize, Default)]
struct Autosaved {
    /// The stamp of the kept changes, for the form's `pending_seen`; none when the form equals
    /// the saved article (nothing is pending then).
    pending_seen: Option<i64>,
    /// The time it was kept, as the admin shows times.
    time: Option<String>,
    /// A new article's first autosave made it a draft: where it is edited from now on.
    edit_url: Option<String>,
    revision: Option<i64>,
    error: Option<String>,
    field: Option<String>,
}

fn autosave_answer(status: StatusCode, body: &Autosaved) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

fn autosave_refused(app: &App, err: AppError) -> Response {
    let (status, shown) = ShownError::of(app, err);
    let (field, message) = shown.into_parts();
    autosave_answer(
        status,
        &Autosaved {
            error: Some(message),
            field: (!field.is_empty()).then_some(field),
            ..Autosaved::default()
        },
    )
}

/// `POST /admin/articles/{id}/autosave`: the editor's script keeps what is typed as the
/// article's pending changes every few seconds; nothing readers see changes, and a save or an
/// update later carries them.
pub(super) async fn autosave(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let draft = Draft::from_fields(&f);
    let input = match draft.to_input() {
        Ok(input) => input,
        Err(err) => return autosave_refused(&app, err.into()),
    };
    let base = f.get("base_revision").and_then(|b| b.parse::<i64>().ok());
    match app
        .articles()
        .keep_pending(
            &user.actor(),
            ArticleId(id),
            input,
            base,
            stamp(f.get("pending_seen")),
            PendingOrigin::Autosave,
        )
        .await
    {
        Ok(Update::Kept(p)) => autosave_answer(
            StatusCode::OK,
            &Autosaved {
                pending_seen: Some(millis(p.saved_at)),
                time: Some(clock(&app).await.minutes(p.saved_at)),
                ..Autosaved::default()
            },
        ),
        Ok(Update::Unchanged) => autosave_answer(StatusCode::OK, &Autosaved::default()),
        Err(err) => autosave_refused(&app, err),
    }
}

/// A new article's autosave: once it has a title it becomes a draft (its first revision), and
/// the editor carries on editing that draft. Before that there is nothing to keep.
async fn autosave_new(app: &App, user: &SignedIn, draft: &Draft) -> Response {
    if draft.title.trim().is_empty() {
        return autosave_answer(StatusCode::OK, &Autosaved::default());
    }
    let created = match draft.to_input() {
        Ok(input) => app.articles().create(&user.actor(), input).await,
        Err(err) => Err(err.into()),
    };
    match created {
        Ok(article) => autosave_answer(
            StatusCode::OK,
            &Autosaved {
                time: Some(clock(app).await.minutes(article.updated_at)),
                edit_url: Some(format!("/admin/articles/{}", article.id.0)),
                revision: Some(article.revision),
                ..Autosaved::default()
            },
        ),
        Err(err) => autosave_refused(app, err),
    }
}

/// The `pending_seen` stamp a form carries: milliseconds since the epoch.
fn stamp(raw: Option<&str>) -> Option<Timestamp> {
    let ms = raw?.trim().parse::<i128>().ok()?;
    Timestamp::from_unix_timestamp_nanos(ms.checked_mul(1_000_000)?).ok()
}

pub(super) fn millis(t: Timestamp) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// The input to save and the status change the pressed button asks for.
fn requested(
    draft: &Draft,
    action: &str,
    schedule_at: &str,
    clock: &SiteClock,
) -> Result<(ArticleInput, Option<StatusChange>), FieldError> {
    let input = draft.to_input()?;
    let change = match action {
        "publish" => Some(StatusChange::Publish),
        "unpublish" => Some(StatusChange::Unpublish),
        "schedule" => Some(StatusChange::Schedule(schedule_time(clock, schedule_at)?)),
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
    let (status, error) = ShownError::of(app, err);
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

/// The schedule field, read in the newsroom's time zone.
fn schedule_time(clock: &SiteClock, raw: &str) -> Result<Timestamp, FieldError> {
    clock.parse_input("at", raw)
}

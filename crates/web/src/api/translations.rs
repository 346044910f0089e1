//! The Admin API for translations: asking for one, each language's state (including why the
//! latest attempt failed), and the newsroom's edits, reviews and locks; the same for the
//! site's own texts (names, tagline, blurbs) per language.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use gazette_app::App;
use gazette_app::translations::{
    SiteTextEdit, SiteTextState, TranslationDetail, TranslationEdit, TranslationState,
};
use gazette_domain::ArticleId;

use crate::error::{ApiResult, ErrorBody};
use crate::extract::{Editor, JsonInput, PathInput};

/// Translates the article into `lang` as soon as a job runner is free (again, if it was).
#[utoipa::path(post, path = "/api/v1/admin/articles/{id}/translations/{lang}", tag = "admin",
    params(("id" = i64, Path), ("lang" = String, Path, description = "BCP-47 tag, e.g. `fr`")), security(("bearer" = [])),
    responses((status = 202), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_translation(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput((id, lang)): PathInput<(i64, String)>,
) -> ApiResult<StatusCode> {
    app.translations()
        .request(&actor, ArticleId(id), &lang)
        .await?;
    Ok(StatusCode::ACCEPTED)
}

/// The article's translations by language: provenance, whether the original changed since, and
/// the latest attempt's error.
#[utoipa::path(get, path = "/api/v1/admin/articles/{id}/translations", tag = "admin",
    params(("id" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = Vec<TranslationState>), (status = 404, body = ErrorBody)))]
pub async fn list_translations(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(id): PathInput<i64>,
) -> ApiResult<Json<Vec<TranslationState>>> {
    Ok(Json(app.translations().list(&actor, ArticleId(id)).await?))
}

/// One translation beside the article's current text, with the `version` an edit sends back.
#[utoipa::path(get, path = "/api/v1/admin/articles/{id}/translations/{lang}", tag = "admin",
    params(("id" = i64, Path), ("lang" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = TranslationDetail), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn get_translation(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput((id, lang)): PathInput<(i64, String)>,
) -> ApiResult<Json<TranslationDetail>> {
    Ok(Json(
        app.translations().get(&actor, ArticleId(id), &lang).await?,
    ))
}

/// Edits a translation's text (locking it against machine refresh unless `locked: false`),
/// marks it reviewed or not, or locks or unlocks it. A text edit from an old `version` is
/// refused with 409.
#[utoipa::path(patch, path = "/api/v1/admin/articles/{id}/translations/{lang}", tag = "admin",
    params(("id" = i64, Path), ("lang" = String, Path)), request_body = TranslationEdit, security(("bearer" = [])),
    responses((status = 200, body = TranslationDetail), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn edit_translation(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput((id, lang)): PathInput<(i64, String)>,
    JsonInput(edit): JsonInput<TranslationEdit>,
) -> ApiResult<Json<TranslationDetail>> {
    Ok(Json(
        app.translations()
            .edit(&actor, ArticleId(id), &lang, edit)
            .await?,
    ))
}

/// Every site text (region, theme and report names, report introductions, newsletter names,
/// the settings readers see) beside its translation into `lang`: made or not, reviewed,
/// locked, outdated, and why the latest attempt failed.
#[utoipa::path(get, path = "/api/v1/admin/site-texts/{lang}", tag = "admin",
    params(("lang" = String, Path, description = "BCP-47 tag, e.g. `es`")), security(("bearer" = [])),
    responses((status = 200, body = Vec<SiteTextState>), (status = 422, body = ErrorBody)))]
pub async fn list_site_texts(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(lang): PathInput<String>,
) -> ApiResult<Json<Vec<SiteTextState>>> {
    Ok(Json(app.translations().site_texts(&actor, &lang).await?))
}

/// Translates into `lang` the site texts that are missing or whose original changed, as soon
/// as a job runner is free; locked ones are left alone.
#[utoipa::path(post, path = "/api/v1/admin/site-texts/{lang}", tag = "admin",
    params(("lang" = String, Path)), security(("bearer" = [])),
    responses((status = 202), (status = 422, body = ErrorBody)))]
pub async fn request_site_texts(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput(lang): PathInput<String>,
) -> ApiResult<StatusCode> {
    app.translations().request_site_texts(&actor, &lang).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Edits one site text (`key` as listed, e.g. `region:7:name`): a new `text` is marked
/// reviewed and locked unless `reviewed`/`locked` say otherwise; without one, only the flags
/// change. A text edit from an old `version` is refused with 409.
#[utoipa::path(patch, path = "/api/v1/admin/site-texts/{lang}/{key}", tag = "admin",
    params(("lang" = String, Path), ("key" = String, Path, description = "e.g. `region:7:name`, `setting:tagline`")),
    request_body = SiteTextEdit, security(("bearer" = [])),
    responses((status = 200, body = SiteTextState), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn edit_site_text(
    State(app): State<App>,
    Editor(actor): Editor,
    PathInput((lang, key)): PathInput<(String, String)>,
    JsonInput(edit): JsonInput<SiteTextEdit>,
) -> ApiResult<Json<SiteTextState>> {
    Ok(Json(
        app.translations()
            .edit_site_text(&actor, &lang, &key, edit)
            .await?,
    ))
}

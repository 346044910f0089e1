//! An article's translations: each language's state (engine, review, lock, whether the original
//! changed since, why the latest attempt failed, how many passages stayed in the original),
//! asking for one, and the side-by-side editor where the newsroom corrects a translation, marks
//! it reviewed or locks it, and words the passages no engine could translate, each beside why
//! its last translation was refused.
//!
//! The editor posts the version it was opened at; when the machine refreshed the translation
//! or another editor saved it meanwhile, the service refuses and the page shows the text as
//! typed with the reason, so nothing is overwritten and nothing typed is lost.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use gazette_app::translations::{
    Part, TranslationDetail, TranslationEdit, TranslationState, WordingError,
};
use gazette_app::{App, AppError};
use gazette_domain::ArticleId;
use serde::{Deserialize, Serialize};

use super::messages::{Refusal, Text};
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};
use crate::error::ApiError;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/articles/{id}/translations", get(list).post(request))
        .route(
            "/admin/articles/{id}/translations/{lang}",
            get(edit).post(save),
        )
}

#[derive(Serialize)]
struct LanguageOption {
    code: &'static str,
    name: String,
}

#[derive(Serialize)]
struct ListView {
    #[serde(flatten)]
    chrome: Chrome,
    id: i64,
    title: String,
    language: String,
    translations: Vec<Row>,
    /// Languages that can be asked for and have no translation yet.
    missing: Vec<LanguageOption>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    state: TranslationState,
    name: String,
}

#[derive(Deserialize)]
struct ListQuery {
    requested: Option<String>,
}

async fn list(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<ListQuery>,
) -> Response {
    let notice = q.requested.map(|lang| {
        Text::TranslationRequested {
            language: language_name(&lang),
        }
        .show(&app)
    });
    list_view(&app, &user, ArticleId(id), StatusCode::OK, notice, None).await
}

async fn list_view(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    status: StatusCode,
    notice: Option<String>,
    error: Option<String>,
) -> Response {
    let article = match app.articles().article(id).await {
        Ok(a) => a,
        Err(err) => return error_page(app, err),
    };
    let states = match app.translations().list(&user.actor(), id).await {
        Ok(s) => s,
        Err(err) => return error_page(app, err),
    };
    let own = article.language.to_string();
    let missing = app
        .translations()
        .offered_languages()
        .into_iter()
        .filter(|l| {
            !l.code.eq_ignore_ascii_case(&own) && !states.iter().any(|s| s.language == l.code)
        })
        .map(|l| LanguageOption {
            code: l.code,
            name: format!("{} ({})", l.english_name, l.native_name),
        })
        .collect();
    let view = ListView {
        chrome: user.chrome(app, "articles").await,
        id: id.0,
        title: article.title,
        language: own,
        translations: states
            .into_iter()
            .map(|state| Row {
                name: language_name(&state.language),
                state,
            })
            .collect(),
        missing,
        notice,
        error,
    };
    render(app, status, "translations.html", &view)
}

/// "Translate now" for a new language (the form's `lang`) or again for a listed one.
async fn request(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let lang = form.get("lang").unwrap_or_default();
    match app
        .translations()
        .request(&user.actor(), ArticleId(id), lang)
        .await
    {
        Ok(()) => redirect(&format!(
            "/admin/articles/{id}/translations?requested={}",
            form_urlencoded::byte_serialize(lang.as_bytes()).collect::<String>()
        )),
        Err(err) => {
            let err = ApiError::from(err);
            let (status, message, _) = err.parts();
            let message = format!("{lang:?} {message}");
            list_view(&app, &user, ArticleId(id), status, None, Some(message)).await
        }
    }
}

/// The side-by-side editor's fields as typed.
#[derive(Serialize, Default)]
struct Typed {
    title: String,
    standfirst: String,
    body_html: String,
    image_caption: String,
    image_credit: String,
    reviewed: bool,
    locked: bool,
    version: i64,
}

/// A passage no engine could translate, as the editor sees it.
#[derive(Serialize)]
struct UntranslatedView {
    part: Part,
    number: Option<usize>,
    key: String,
    source_html: String,
    /// Why the last answer was refused, from the catalogue.
    why: String,
    engine: Option<String>,
    /// What the wording field holds: the editor's refused wording, or the original's HTML (its
    /// links and emphasis in place, to translate around them).
    wording: String,
    /// Why the editor's wording was refused, from the catalogue.
    wording_error: Option<String>,
}

/// An editor's wording of a passage that was refused, shown back beside the passage.
struct RefusedWording {
    key: String,
    text: String,
    why: String,
}

#[derive(Serialize)]
struct EditView {
    #[serde(flatten)]
    chrome: Chrome,
    id: i64,
    lang: String,
    name: String,
    dir: &'static str,
    translation: TranslationDetail,
    untranslated: Vec<UntranslatedView>,
    typed: Typed,
    has_image: bool,
    notice: Option<String>,
    error: Option<String>,
    error_field: Option<String>,
}

#[derive(Deserialize)]
struct EditQuery {
    saved: Option<String>,
}

async fn edit(
    State(app): State<App>,
    user: SignedIn,
    Path((id, lang)): Path<(i64, String)>,
    Query(q): Query<EditQuery>,
) -> Response {
    let notice = q.saved.map(|what| {
        match what.as_str() {
            "reviewed" => Text::TranslationReviewed,
            "machine" => Text::TranslationMachine,
            "locked" => Text::TranslationLocked,
            "unlocked" => Text::TranslationUnlocked,
            "refresh" => Text::TranslationRefresh,
            "word" => Text::TranslationWorded,
            _ => Text::TranslationSaved,
        }
        .show(&app)
    });
    edit_view(
        &app,
        &user,
        ArticleId(id),
        &lang,
        None,
        StatusCode::OK,
        notice,
        None,
        None,
    )
    .await
}

#[allow(
    clippy::too_many_arguments,
    reason = "the edit page is drawn from the article, the form as typed and its outcome; a struct would only rename them"
)]
async fn edit_view(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    lang: &str,
    typed: Option<Typed>,
    status: StatusCode,
    notice: Option<String>,
    error: Option<ApiError>,
    refused_wording: Option<RefusedWording>,
) -> Response {
    let translation = match app.translations().get(&user.actor(), id, lang).await {
        Ok(t) => t,
        Err(err) => return error_page(app, err),
    };
    let typed = typed.unwrap_or_else(|| Typed {
        title: translation.title.clone(),
        standfirst: translation.standfirst.clone(),
        body_html: translation.body_html.clone(),
        image_caption: translation.image_caption.clone().unwrap_or_default(),
        image_credit: translation.image_credit.clone().unwrap_or_default(),
        reviewed: translation.state.status == "reviewed",
        // Saving an edit locks it unless the editor unticks the box.
        locked: true,
        version: translation.version,
    });
    let (error, error_field) = match &error {
        Some(e) => {
            let (_, message, field) = e.parts();
            (Some(message.to_owned()), field.map(str::to_owned))
        }
        None => (None, None),
    };
    let untranslated = translation
        .untranslated_segments
        .iter()
        .map(|s| {
            let refused = refused_wording.as_ref().filter(|r| r.key == s.key);
            UntranslatedView {
                part: s.part,
                number: s.number,
                key: s.key.clone(),
                source_html: s.source_html.clone(),
                why: Refusal::of(&s.refusal).show(app),
                engine: s.engine.clone(),
                wording: refused.map_or_else(|| s.source_html.clone(), |r| r.text.clone()),
                wording_error: refused.map(|r| r.why.clone()),
            }
        })
        .collect();
    let language = gazette_app::translations::languages::lookup(&translation.state.language);
    let view = EditView {
        chrome: user.chrome(app, "articles").await,
        id: id.0,
        lang: translation.state.language.clone(),
        name: language_name(&translation.state.language),
        dir: language.map_or("ltr", |l| l.direction().as_str()),
        has_image: translation.original.image_caption.is_some(),
        translation,
        untranslated,
        typed,
        notice,
        error,
        error_field,
    };
    render(app, status, "translation_edit.html", &view)
}

/// One form, several buttons: `save` writes the text; `reviewed`/`machine`/`locked`/`unlocked`
/// change only the flags; `refresh` asks the machine again. Each passage left in the original
/// has a form of its own: `word` with its `key` and the editor's `wording`.
async fn save(
    State(app): State<App>,
    user: SignedIn,
    Path((id, lang)): Path<(i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let actor = user.actor();
    let article = ArticleId(id);
    let action = form.get("action").unwrap_or("save").to_owned();
    // The flag buttons change (reviewed, locked) only; Save sends the text typed, which a
    // refused save shows again.
    let mut typed_back = None;
    let done = match action.as_str() {
        "reviewed" | "machine" | "locked" | "unlocked" => {
            let (reviewed, locked) = match action.as_str() {
                "reviewed" => (Some(true), None),
                "machine" => (Some(false), None),
                "locked" => (None, Some(true)),
                _ => (None, Some(false)),
            };
            let edit = TranslationEdit {
                reviewed,
                locked,
                ..TranslationEdit::default()
            };
            app.translations()
                .edit(&actor, article, &lang, edit)
                .await
                .map(drop)
        }
        "refresh" => app.translations().request(&actor, article, &lang).await,
        "word" => {
            let key = form.get("key").unwrap_or_default();
            let wording = form.get("wording").unwrap_or_default();
            match app
                .translations()
                .word_segment(&actor, article, &lang, key, wording)
                .await
            {
                Ok(()) => Ok(()),
                Err(WordingError::Refused(problem)) => {
                    let refused = RefusedWording {
                        key: key.to_owned(),
                        text: wording.to_owned(),
                        why: Refusal::of(&problem).show(&app),
                    };
                    return edit_view(
                        &app,
                        &user,
                        article,
                        &lang,
                        None,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        None,
                        None,
                        Some(refused),
                    )
                    .await;
                }
                Err(WordingError::App(err)) => Err(err),
            }
        }
        "save" => {
            let typed = typed(&form);
            let edit = TranslationEdit {
                title: Some(typed.title.clone()),
                standfirst: Some(typed.standfirst.clone()),
                body_html: Some(typed.body_html.clone()),
                image_caption: form.get("image_caption").map(str::to_owned),
                image_credit: form.get("image_credit").map(str::to_owned),
                reviewed: Some(typed.reviewed),
                locked: Some(typed.locked),
                version: Some(typed.version),
            };
            typed_back = Some(typed);
            app.translations()
                .edit(&actor, article, &lang, edit)
                .await
                .map(drop)
        }
        other => Err(AppError::NotFound(format!("action {other:?}"))),
    };
    match done {
        Ok(()) => redirect(&format!(
            "/admin/articles/{id}/translations/{lang}?saved={action}"
        )),
        Err(err) => {
            let err = ApiError::from(err);
            let status = err.parts().0;
            edit_view(
                &app,
                &user,
                article,
                &lang,
                typed_back,
                status,
                None,
                Some(err),
                None,
            )
            .await
        }
    }
}

fn typed(form: &Form) -> Typed {
    let text = |name: &str| form.get(name).unwrap_or_default().to_owned();
    Typed {
        title: text("title"),
        standfirst: text("standfirst"),
        body_html: text("body_html"),
        image_caption: text("image_caption"),
        image_credit: text("image_credit"),
        reviewed: form.get("reviewed").is_some(),
        locked: form.get("locked").is_some(),
        version: form
            .get("version")
            .and_then(|v| v.parse().ok())
            .unwrap_or_default(),
    }
}

/// "French (Français)", or the tag where the table does not know it.
fn language_name(lang: &str) -> String {
    gazette_app::translations::languages::lookup(lang).map_or_else(
        || lang.to_owned(),
        |l| format!("{} ({})", l.english_name, l.native_name),
    )
}

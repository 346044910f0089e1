//! The site's own words in other languages: an overview of each language (how many texts are
//! made, reviewed, locked, outdated, failed), and per language every text beside its original,
//! where the newsroom corrects one (which marks it reviewed and locks it), marks it reviewed as
//! it is, locks or unlocks it, or asks the machine for what is missing or outdated.
//!
//! Each text's form posts the version it was opened at; when the machine refreshed the text or
//! another editor saved it meanwhile, the service refuses and the page shows the text as typed
//! beside the reason, so nothing is overwritten and nothing typed is lost.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::translations::{SiteTextEdit, SiteTextState, SiteTextsSummary, languages};
use gazette_app::{App, AppError};
use serde::{Deserialize, Serialize};

use super::fields::Failure;
use super::messages::Text;
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};
use crate::error::ApiError;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/site-texts", get(overview).post(request))
        .route("/admin/site-texts/{lang}", get(language))
        .route("/admin/site-texts/{lang}/{key}", post(save))
}

#[derive(Serialize)]
struct OverviewView {
    #[serde(flatten)]
    chrome: Chrome,
    languages: Vec<Summary>,
    /// Languages that can be asked for and are not listed yet.
    others: Vec<LanguageOption>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Serialize)]
struct LanguageOption {
    code: &'static str,
    name: String,
}

#[derive(Serialize)]
struct Summary {
    #[serde(flatten)]
    counts: SiteTextsSummary,
    name: String,
}

#[derive(Deserialize)]
struct NoticeQuery {
    requested: Option<String>,
    saved: Option<String>,
    key: Option<String>,
}

async fn overview(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let notice = q.requested.map(|lang| {
        Text::SiteTextsRequested {
            language: language_name(&lang),
        }
        .show(&app)
    });
    overview_view(&app, &user, StatusCode::OK, notice, None).await
}

async fn overview_view(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    notice: Option<String>,
    error: Option<String>,
) -> Response {
    let summaries = match app.translations().site_texts_summary(&user.actor()).await {
        Ok(s) => s,
        Err(err) => return error_page(app, err),
    };
    let others = app
        .translations()
        .offered_languages()
        .into_iter()
        .filter(|l| !summaries.iter().any(|s| s.language == l.code))
        .filter(|l| app.translations().site_texts_offered(l.code))
        .map(|l| LanguageOption {
            code: l.code,
            name: language_name(l.code),
        })
        .collect();
    let view = OverviewView {
        chrome: user.chrome(app, "site-texts").await,
        others,
        languages: summaries
            .into_iter()
            .map(|counts| Summary {
                name: language_name(&counts.language),
                counts,
            })
            .collect(),
        notice,
        error,
    };
    render(app, status, "site_texts.html", &view)
}

/// "Translate now": what is missing or outdated in the form's `lang`, by the job queue. The
/// language page posts here too and is shown again.
async fn request(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let lang = form.get("lang").unwrap_or_default();
    let encoded = form_urlencoded::byte_serialize(lang.as_bytes()).collect::<String>();
    match app
        .translations()
        .request_site_texts(&user.actor(), lang)
        .await
    {
        Ok(()) if form.get("back").is_some() => {
            redirect(&format!("/admin/site-texts/{encoded}?requested={encoded}"))
        }
        Ok(()) => redirect(&format!("/admin/site-texts?requested={encoded}")),
        Err(err) => {
            let err = ApiError::from(err);
            let (status, message, _) = err.parts();
            let message = format!("{lang:?} {message}");
            overview_view(&app, &user, status, None, Some(message)).await
        }
    }
}

/// One text's form as typed, when a save was refused.
#[derive(Serialize)]
struct Typed {
    key: String,
    text: String,
    reviewed: bool,
    locked: bool,
    error: String,
}

#[derive(Serialize)]
struct LanguageView {
    #[serde(flatten)]
    chrome: Chrome,
    lang: String,
    name: String,
    dir: &'static str,
    texts: Vec<SiteTextState>,
    typed: Option<Typed>,
    notice: Option<String>,
    /// The text the notice is about, to scroll to.
    notice_key: Option<String>,
}

async fn language(
    State(app): State<App>,
    user: SignedIn,
    Path(lang): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let notice = match (&q.requested, &q.saved) {
        (Some(_), _) => Some(
            Text::SiteTextsRequested {
                language: language_name(&lang),
            }
            .show(&app),
        ),
        (None, Some(what)) => Some(
            match what.as_str() {
                "reviewed" => Text::SiteTextReviewed,
                "machine" => Text::SiteTextMachine,
                "locked" => Text::SiteTextLocked,
                "unlocked" => Text::SiteTextUnlocked,
                _ => Text::SiteTextSaved,
            }
            .show(&app),
        ),
        (None, None) => None,
    };
    language_view(&app, &user, &lang, StatusCode::OK, None, notice, q.key).await
}

async fn language_view(
    app: &App,
    user: &SignedIn,
    lang: &str,
    status: StatusCode,
    typed: Option<Typed>,
    notice: Option<String>,
    notice_key: Option<String>,
) -> Response {
    let texts = match app.translations().site_texts(&user.actor(), lang).await {
        Ok(t) => t,
        Err(err) => return error_page(app, err),
    };
    let language = languages::lookup(lang);
    let view = LanguageView {
        chrome: user.chrome(app, "site-texts").await,
        lang: language.map_or_else(|| lang.to_owned(), |l| l.code.to_owned()),
        name: language_name(lang),
        dir: language.map_or("ltr", |l| l.direction().as_str()),
        texts,
        typed,
        notice,
        notice_key,
    };
    render(app, status, "site_text_language.html", &view)
}

/// One form per text, several buttons: `save` writes the text typed (reviewed and locked unless
/// unticked); `reviewed`/`machine`/`locked`/`unlocked` change only the flags.
async fn save(
    State(app): State<App>,
    user: SignedIn,
    Path((lang, key)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let action = form.get("action").unwrap_or("save").to_owned();
    let version = form.get("version").and_then(|v| v.parse().ok());
    let edit = match action.as_str() {
        "reviewed" => SiteTextEdit {
            reviewed: Some(true),
            ..SiteTextEdit::default()
        },
        "machine" => SiteTextEdit {
            reviewed: Some(false),
            ..SiteTextEdit::default()
        },
        "locked" | "unlocked" => SiteTextEdit {
            locked: Some(action == "locked"),
            ..SiteTextEdit::default()
        },
        "save" => SiteTextEdit {
            text: Some(form.get("text").unwrap_or_default().to_owned()),
            reviewed: Some(form.get("reviewed").is_some()),
            locked: Some(form.get("locked").is_some()),
            version,
        },
        other => {
            return error_page(&app, AppError::NotFound(format!("action {other:?}")));
        }
    };
    let typed = edit.text.clone();
    match app
        .translations()
        .edit_site_text(&user.actor(), &lang, &key, edit)
        .await
    {
        Ok(_) => redirect(&format!(
            "/admin/site-texts/{lang}?saved={action}&key={}#text-{}",
            form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>(),
            anchor(&key)
        )),
        Err(err @ AppError::NotFound(_)) => error_page(&app, err),
        Err(err) => {
            let failure = Failure::from(err);
            let typed = Typed {
                key,
                text: typed.unwrap_or_default(),
                reviewed: form.get("reviewed").is_some(),
                locked: form.get("locked").is_some(),
                error: failure.text(&app),
            };
            language_view(&app, &user, &lang, failure.status, Some(typed), None, None).await
        }
    }
}

/// A key as an element id: `region:7:name` → `region-7-name`.
fn anchor(key: &str) -> String {
    key.replace(':', "-")
}

/// "Spanish (Español)", or the tag where the table does not know it.
fn language_name(lang: &str) -> String {
    languages::lookup(lang).map_or_else(
        || lang.to_owned(),
        |l| format!("{} ({})", l.english_name, l.native_name),
    )
}

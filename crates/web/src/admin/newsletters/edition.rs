//! The next edition of a newsletter: its articles picked and ordered (the report's ordering
//! list over a text field of slugs, so it works without the script), its subject and
//! introduction; the email previewed in each language edition as sending renders it; a test
//! sent to the signed-in editor; and "Send now", confirmed by a tick.
//!
//! Preview and test save the form first, so what is previewed or tested is what was typed.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use gazette_app::{App, AppError, ArticleChoice, EditionOverview, NewsletterOverview};
use gazette_domain::{EditionInput, FieldError};
use serde::{Deserialize, Serialize};

use super::{SECTION, refusal, refused};
use crate::admin::fields::{
    Failure, FieldView, Fields, NoticeQuery, Values, notice_text, place_error, values,
};
use crate::admin::messages::Text;
use crate::admin::{Chrome, Form, SignedIn, csrf_refusal, page as render, redirect};

/// The preview is the email's own document: its inline styles are allowed, nothing runs, and
/// it opens no connection of its own beyond its pictures.
const PREVIEW_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: http: data:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox allow-popups allow-popups-to-escape-sandbox";

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/newsletters/{slug}/next", get(page).post(save))
        .route("/admin/newsletters/{slug}/next/preview", get(preview))
        .route("/admin/newsletters/{slug}/next/send", post(send_now))
}

#[derive(Serialize)]
struct EditionView {
    #[serde(flatten)]
    chrome: Chrome,
    newsletter: NewsletterOverview,
    edition: EditionOverview,
    fields: Vec<FieldView>,
    error: Option<String>,
    notice: Option<String>,
    article_choices: Vec<ArticleChoice>,
    /// The language editions, each with its preview.
    languages: Vec<String>,
    /// Why "Send a test" or "Send now" did not go.
    send_error: Option<String>,
}

#[derive(Default)]
struct Screen {
    status: Option<StatusCode>,
    typed: Option<Values>,
    failure: Option<Failure>,
    notice: Option<String>,
    send_error: Option<String>,
}

impl Screen {
    async fn show(self, app: &App, user: &SignedIn, slug: &str) -> Response {
        if let Some(refused) = refusal(app, user).await {
            return refused;
        }
        let newsletters = app.newsletters();
        let loaded = async {
            Ok::<_, AppError>((
                newsletters.overview(slug).await?,
                newsletters.next_edition(slug).await?,
                newsletters.article_choices().await?,
                newsletters.edition_languages(slug).await?,
            ))
        };
        let (newsletter, edition, article_choices, languages) = match loaded.await {
            Ok(all) => all,
            Err(err) => return refused(app, user, err).await,
        };
        let values = self.typed.unwrap_or_else(|| {
            values(&[
                ("subject", edition.subject.clone()),
                ("intro", edition.intro.clone()),
                ("articles", edition.articles.join("\n")),
            ])
        });
        let mut fields = Fields::new(&values)
            .add("textarea", "articles", "Articles, in order")
            .hint("One article slug per line, in the order the email presents them.")
            .add("text", "subject", "Subject")
            .wide()
            .hint("Leave empty for the newsletter's name and the date.")
            .add("textarea", "intro", "Introduction")
            .hint("Markdown: **bold**, *italics*, [links](https://…). Shown above the articles.")
            .list;
        let error = place_error(app, &mut fields, self.failure.as_ref());
        let view = EditionView {
            chrome: user.chrome(app, SECTION).await,
            newsletter,
            edition,
            fields,
            error,
            notice: self.notice,
            article_choices,
            languages,
            send_error: self.send_error,
        };
        render(
            app,
            self.status.unwrap_or(StatusCode::OK),
            "newsletter_edition.html",
            &view,
        )
    }
}

async fn page(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let screen = Screen {
        notice: q.notice.as_deref().and_then(|code| notice_text(&app, code)),
        ..Default::default()
    };
    screen.show(&app, &user, &slug).await
}

/// The posted form as the service's input: the articles field holds one slug per line.
fn input(form: &Form) -> EditionInput {
    let articles = form
        .get("articles")
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    EditionInput {
        subject: form.get("subject").unwrap_or_default().trim().to_owned(),
        intro: form.get("intro").unwrap_or_default().to_owned(),
        articles,
    }
}

/// Saves the form; then, as the button asked, shows the preview or sends a test.
async fn save(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let newsletters = app.newsletters();
    if let Err(err) = newsletters
        .set_next_edition(&user.actor(), &slug, input(&form))
        .await
    {
        if matches!(err, AppError::Forbidden(_) | AppError::NotFound(_)) {
            return refused(&app, &user, err).await;
        }
        let failure = Failure::from(err);
        let screen = Screen {
            status: Some(failure.status),
            typed: Some(form.into_map()),
            failure: Some(failure),
            ..Default::default()
        };
        return screen.show(&app, &user, &slug).await;
    }
    let here = format!("/admin/newsletters/{slug}/next");
    // A preview button names its language edition; the test button is an action.
    if let Some(language) = form.get("preview") {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("language", language)
            .finish();
        return redirect(&format!("{here}/preview?{query}"));
    }
    if form.get("action") == Some("test") {
        return match newsletters.send_test(&user.actor(), &slug).await {
            Ok(_) => redirect(&format!("{here}?notice=test-sent")),
            Err(err) => not_sent(&app, &user, &slug, true, err).await,
        };
    }
    redirect(&format!("{here}?notice=saved"))
}

/// The edition page again, saying why a send did not go.
/// `test` tells a test to oneself from the edition itself.
async fn not_sent(app: &App, user: &SignedIn, slug: &str, test: bool, err: AppError) -> Response {
    let (status, why) = match err {
        // The mail server's own answer is what the editor needs to hear.
        AppError::Mail(m) => (StatusCode::BAD_GATEWAY, m),
        err => {
            let failure = Failure::from(err);
            (failure.status, failure.text(app))
        }
    };
    let said = if test {
        Text::TestNotSent { why }
    } else {
        Text::NothingSent { why }
    };
    let screen = Screen {
        status: Some(status),
        send_error: Some(said.show(app)),
        ..Default::default()
    };
    screen.show(app, user, slug).await
}

#[derive(Deserialize)]
struct PreviewQuery {
    #[serde(default)]
    language: String,
}

/// The email of the next edition, as its subscribers in `language` would get it.
async fn preview(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<PreviewQuery>,
) -> Response {
    if let Some(refused) = refusal(&app, &user).await {
        return refused;
    }
    match app
        .newsletters()
        .preview_next_edition(&slug, &q.language)
        .await
    {
        Ok(email) => {
            let mut response = (
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                email.html,
            )
                .into_response();
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(PREVIEW_CSP),
            );
            response
        }
        Err(err) => refused(&app, &user, err).await,
    }
}

/// Sends the next edition now, once the editor ticked the confirmation.
async fn send_now(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    if form.get("confirm").is_none_or(str::is_empty) {
        let err = FieldError::new("confirm", "tick the box to confirm sending").into();
        return not_sent(&app, &user, &slug, false, err).await;
    }
    match app
        .newsletters()
        .send_next_edition_now(&user.actor(), &slug)
        .await
    {
        Ok(e) => redirect(&format!(
            "/admin/newsletters/{slug}/editions/{}?notice=sending",
            e.id
        )),
        Err(err @ (AppError::Forbidden(_) | AppError::NotFound(_))) => {
            refused(&app, &user, err).await
        }
        Err(err) => not_sent(&app, &user, &slug, false, err).await,
    }
}

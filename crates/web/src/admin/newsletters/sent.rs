//! The editions that went out: each with its sending progress (sent, failed, waiting), and a
//! page per edition listing the deliveries that failed or wait to be tried again.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use gazette_app::{App, AppError, DeliveryProblem, EditionOverview, NewsletterOverview};
use gazette_domain::EditionId;
use serde::Serialize;

use super::{SECTION, refusal, refused};
use crate::admin::fields::{NoticeQuery, notice_text};
use crate::admin::{Chrome, SignedIn, page as render};

/// Editions listed, and failures shown on an edition's page.
const EDITIONS_SHOWN: u32 = 50;
const PROBLEMS_SHOWN: u32 = 500;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/newsletters/{slug}/editions", get(list))
        .route("/admin/newsletters/{slug}/editions/{id}", get(one))
}

#[derive(Serialize)]
struct EditionsView {
    #[serde(flatten)]
    chrome: Chrome,
    newsletter: NewsletterOverview,
    editions: Vec<EditionOverview>,
}

async fn list(State(app): State<App>, user: SignedIn, Path(slug): Path<String>) -> Response {
    if let Some(refused) = refusal(&app, &user).await {
        return refused;
    }
    let newsletters = app.newsletters();
    let loaded = async {
        Ok::<_, AppError>((
            newsletters.overview(&slug).await?,
            newsletters.editions(&slug, EDITIONS_SHOWN).await?,
        ))
    };
    match loaded.await {
        Ok((newsletter, editions)) => {
            let view = EditionsView {
                chrome: user.chrome(&app, SECTION).await,
                newsletter,
                editions,
            };
            render(&app, StatusCode::OK, "newsletter_editions.html", &view)
        }
        Err(err) => refused(&app, &user, err).await,
    }
}

#[derive(Serialize)]
struct EditionView {
    #[serde(flatten)]
    chrome: Chrome,
    newsletter: NewsletterOverview,
    edition: EditionOverview,
    problems: Vec<DeliveryProblem>,
    /// The list stops at this many.
    problems_shown: u32,
    notice: Option<String>,
}

async fn one(
    State(app): State<App>,
    user: SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let newsletters = app.newsletters();
    let id = EditionId(id);
    let loaded = async {
        let edition = newsletters.edition_overview(id).await?;
        // An edition is only found under its own newsletter's address.
        if edition.newsletter.as_str() != slug {
            return Err(AppError::NotFound(format!("edition {id}")));
        }
        Ok((
            newsletters.overview(&slug).await?,
            edition,
            newsletters
                .delivery_problems(&user.actor(), id, PROBLEMS_SHOWN)
                .await?,
        ))
    };
    match loaded.await {
        Ok((newsletter, edition, problems)) => {
            let view = EditionView {
                chrome: user.chrome(&app, SECTION).await,
                newsletter,
                edition,
                problems,
                problems_shown: PROBLEMS_SHOWN,
                notice: q.notice.as_deref().and_then(|code| notice_text(&app, code)),
            };
            render(&app, StatusCode::OK, "newsletter_sent.html", &view)
        }
        Err(err) => refused(&app, &user, err).await,
    }
}

//! The subscribers: searched by address, filtered by status and newsletter, a page at a time;
//! exported as CSV with the same filters; and imported to a newsletter from pasted addresses
//! or a CSV file (its first column), as confirmed subscribers who gave their consent elsewhere.

use axum::Router;
use axum::extract::multipart::Multipart;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use gazette_app::{App, AppError, NewsletterOverview, SubscriberList, SubscriberQuery};
use serde::{Deserialize, Serialize};

use super::{SECTION, refusal, refused};
use crate::admin::fields::Failure;
use crate::admin::messages::Text;
use crate::admin::{Chrome, SignedIn, error_page, page as render, token_refusal};

/// Invalid lines an import lists; the count says how many there were.
const INVALID_SHOWN: usize = 20;

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/subscribers", get(page))
        .route("/admin/subscribers/export", get(export))
        .route("/admin/subscribers/import", post(import))
}

/// The list's filters as the address carries them.
#[derive(Debug, Default, Deserialize, Serialize)]
struct Filters {
    #[serde(default)]
    q: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    newsletter: String,
    #[serde(default)]
    page: Option<u32>,
}

impl Filters {
    fn query(&self) -> SubscriberQuery {
        SubscriberQuery {
            search: self.q.clone(),
            status: self.status.clone(),
            newsletter: self.newsletter.clone(),
            page: self.page.unwrap_or(1),
        }
    }

    /// This list's address at `page`, for the pager and the export.
    fn href(&self, path: &str, page: Option<u32>) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("q", &self.q),
            ("status", &self.status),
            ("newsletter", &self.newsletter),
        ] {
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        if let Some(p) = page {
            q.append_pair("page", &p.to_string());
        }
        let q = q.finish();
        if q.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{q}")
        }
    }
}

#[derive(Serialize)]
struct SubscribersView {
    #[serde(flatten)]
    chrome: Chrome,
    filters: Filters,
    filtered: bool,
    list: Option<SubscriberList>,
    /// Why the filters found nothing to list (an unknown newsletter or status).
    filter_error: Option<String>,
    prev: Option<String>,
    next: Option<String>,
    export: String,
    newsletters: Vec<NewsletterOverview>,
    import: ImportView,
}

/// The import form: what was chosen and typed, and what the last import did.
#[derive(Default, Serialize)]
struct ImportView {
    newsletter: String,
    language: String,
    addresses: String,
    /// The field at fault and why.
    error: Option<(String, String)>,
    done: Option<ImportDone>,
}

#[derive(Serialize)]
struct ImportDone {
    newsletter: String,
    added: u64,
    existing: u64,
    invalid: usize,
    invalid_lines: Vec<(usize, String)>,
}

async fn show(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    filters: Filters,
    import: ImportView,
) -> Response {
    if let Some(refused) = refusal(app, user).await {
        return refused;
    }
    let newsletters = match app.newsletters().overviews().await {
        Ok(list) => list,
        Err(err) => return error_page(app, err),
    };
    let (list, filter_error) = match app
        .newsletters()
        .subscribers(&user.actor(), &filters.query())
        .await
    {
        Ok(list) => (Some(list), None),
        Err(err @ (AppError::Invalid(_) | AppError::NotFound(_))) => {
            (None, Some(Failure::from(err).text(app)))
        }
        Err(err) => return refused(app, user, err).await,
    };
    let (prev, next) = match &list {
        Some(l) => (
            (l.page > 1).then(|| filters.href("/admin/subscribers", Some(l.page - 1))),
            (l.page < l.pages).then(|| filters.href("/admin/subscribers", Some(l.page + 1))),
        ),
        None => (None, None),
    };
    let view = SubscribersView {
        chrome: user.chrome(app, SECTION).await,
        filtered: !(filters.q.is_empty()
            && filters.status.is_empty()
            && filters.newsletter.is_empty()),
        export: filters.href("/admin/subscribers/export", None),
        filters,
        list,
        filter_error,
        prev,
        next,
        newsletters,
        import,
    };
    render(app, status, "newsletter_subscribers.html", &view)
}

async fn page(State(app): State<App>, user: SignedIn, Query(filters): Query<Filters>) -> Response {
    let import = ImportView {
        newsletter: filters.newsletter.clone(),
        ..Default::default()
    };
    show(&app, &user, StatusCode::OK, filters, import).await
}

/// The subscribers the filters find, every page of them, as a CSV download.
async fn export(
    State(app): State<App>,
    user: SignedIn,
    Query(filters): Query<Filters>,
) -> Response {
    match app
        .newsletters()
        .export_subscribers(&user.actor(), &filters.query())
        .await
    {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"subscribers.csv\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            csv,
        )
            .into_response(),
        Err(err) => refused(&app, &user, err).await,
    }
}

/// The import form's fields (a multipart body, for the file).
#[derive(Default)]
struct ImportForm {
    csrf: String,
    newsletter: String,
    language: String,
    addresses: String,
    file: String,
}

async fn read_import(app: &App, multipart: &mut Multipart) -> Result<ImportForm, String> {
    let mut form = ImportForm::default();
    let unreadable = |_| Text::ImportUnreadable.show(app);
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        let text = field.bytes().await.map_err(unreadable)?;
        let text = String::from_utf8_lossy(&text).into_owned();
        match name.as_str() {
            "csrf" => form.csrf = text,
            "newsletter" => form.newsletter = text,
            "language" => form.language = text,
            "addresses" => form.addresses = text,
            "file" => form.file = text,
            _ => {}
        }
    }
    Ok(form)
}

async fn import(State(app): State<App>, user: SignedIn, mut multipart: Multipart) -> Response {
    let form = match read_import(&app, &mut multipart).await {
        Ok(form) => form,
        Err(message) => {
            let import = ImportView {
                error: Some(("file".into(), message)),
                ..Default::default()
            };
            return show(
                &app,
                &user,
                StatusCode::BAD_REQUEST,
                Filters::default(),
                import,
            )
            .await;
        }
    };
    if let Some(refused) = token_refusal(&app, &user, Some(form.csrf.as_str())) {
        return refused;
    }
    if let Some(refused) = refusal(&app, &user).await {
        return refused;
    }
    let mut import = ImportView {
        newsletter: form.newsletter.clone(),
        language: form.language.clone(),
        addresses: form.addresses.clone(),
        ..Default::default()
    };
    let lines: Vec<String> = form
        .addresses
        .lines()
        .chain(form.file.lines())
        .map(str::to_owned)
        .collect();
    let result = if lines.iter().all(|l| l.trim().is_empty()) {
        Err(gazette_domain::FieldError::new(
            "addresses",
            "paste addresses, one per line, or choose a CSV file",
        )
        .into())
    } else {
        app.newsletters()
            .import_subscribers(&form.newsletter, lines, &form.language)
            .await
    };
    let filters = Filters {
        newsletter: form.newsletter.clone(),
        ..Default::default()
    };
    match result {
        Ok(summary) => {
            import.addresses.clear();
            import.done = Some(ImportDone {
                newsletter: form.newsletter,
                added: summary.added,
                existing: summary.existing,
                invalid: summary.invalid.len(),
                invalid_lines: summary.invalid.into_iter().take(INVALID_SHOWN).collect(),
            });
            show(&app, &user, StatusCode::OK, filters, import).await
        }
        Err(err) => {
            let unknown_newsletter = matches!(err, AppError::NotFound(_));
            let failure = Failure::from(err);
            let text = failure.text(&app);
            let field = if unknown_newsletter {
                "newsletter".to_owned()
            } else {
                failure.field.unwrap_or_else(|| "addresses".into())
            };
            import.error = Some((field, text));
            show(&app, &user, failure.status, Filters::default(), import).await
        }
    }
}

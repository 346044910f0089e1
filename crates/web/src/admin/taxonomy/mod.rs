//! The taxonomy pages: authors, sources (with their partner feeds), regions, themes and in-depth
//! reports.
//!
//! The five kinds share one page shape (the list beside a form) and one template, so each kind
//! is described as data (`kind`): its columns, its form fields and how a posted form becomes the
//! service's input (`form`). What was typed travels as a map of raw field values, so a refused
//! form comes back exactly as it was sent, with the error beside the field the service named.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::{App, AppError, FeedOverview, Taxonomies};
use gazette_domain::Slug;
use serde::Serialize;

use crate::admin::fields::{Failure, FieldView, NoticeQuery, Values, notice_text, place_error};
use crate::admin::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

mod form;
mod kind;

use form::{blank_values, form_fields, put, region_tree, stored_values};
pub(super) use kind::Kind;

/// Authors printed in a Source's example copyright line.
const EXAMPLE_AUTHORS: [&str; 2] = ["Amal Rahim", "Jo Park"];

pub(super) fn routes() -> Router<App> {
    let mut router = Router::new();
    for kind in Kind::ALL {
        let base = format!("/admin/{}", kind.path());
        router =
            router
                .route(
                    &base,
                    get(
                        move |State(app): State<App>,
                              user: SignedIn,
                              Query(q): Query<NoticeQuery>| async move {
                            Screen::new(kind, None)
                                .notice(q.notice)
                                .show(&app, &user)
                                .await
                        },
                    )
                    .post(
                        move |State(app): State<App>, user: SignedIn, body: Bytes| async move {
                            save(&app, &user, kind, None, &body).await
                        },
                    ),
                )
                .route(
                    &format!("{base}/{{slug}}"),
                    get(
                        move |State(app): State<App>,
                              user: SignedIn,
                              Path(slug): Path<String>,
                              Query(q): Query<NoticeQuery>| async move {
                            Screen::new(kind, Some(slug))
                                .notice(q.notice)
                                .show(&app, &user)
                                .await
                        },
                    )
                    .post(
                        move |State(app): State<App>,
                              user: SignedIn,
                              Path(slug): Path<String>,
                              body: Bytes| async move {
                            save(&app, &user, kind, Some(slug), &body).await
                        },
                    ),
                )
                .route(
                    &format!("{base}/{{slug}}/delete"),
                    post(
                        move |State(app): State<App>,
                              user: SignedIn,
                              Path(slug): Path<String>,
                              body: Bytes| async move {
                            delete(&app, &user, kind, slug, &body).await
                        },
                    ),
                );
    }
    router
}

#[derive(Serialize)]
struct ManageView {
    #[serde(flatten)]
    chrome: Chrome,
    kind: &'static str,
    title: &'static str,
    singular: &'static str,
    intro: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<RowView>,
    /// The stored slug of the entry being edited; none on the "new" form.
    editing: Option<String>,
    fields: Vec<FieldView>,
    error: Option<String>,
    notice: Option<String>,
    /// The Source's copyright line as an article would carry it.
    example: Option<String>,
    feeds: Option<FeedsView>,
    /// A report's articles can be picked from these (the latest, and those it holds): the
    /// ordering list shows their titles.
    article_choices: Vec<ArticleChoice>,
}

#[derive(Serialize)]
struct ArticleChoice {
    slug: String,
    title: String,
}

/// The articles a report's form offers: the hundred latest, and those it already holds.
async fn article_choices(app: &App, held: &str) -> Result<Vec<ArticleChoice>, AppError> {
    let query = gazette_app::ArticleQuery {
        per_page: 100,
        ..Default::default()
    };
    let (latest, _) = app
        .articles()
        .list(&query, gazette_app::ArticleOrder::RecentlyUpdated)
        .await?;
    let mut choices: Vec<ArticleChoice> = latest
        .into_iter()
        .map(|a| ArticleChoice {
            slug: a.slug.as_str().to_owned(),
            title: a.title,
        })
        .collect();
    for slug in held.lines().map(str::trim).filter(|s| !s.is_empty()) {
        if choices.iter().any(|c| c.slug == slug) {
            continue;
        }
        if let Some(a) = app.articles().by_slug(slug).await? {
            choices.push(ArticleChoice {
                slug: a.slug.as_str().to_owned(),
                title: a.title,
            });
        }
    }
    Ok(choices)
}

#[derive(Serialize)]
struct RowView {
    href: String,
    cells: Vec<String>,
    /// Flags shown as tags after the cells.
    tags: Vec<&'static str>,
    /// Nesting depth, for regions.
    depth: usize,
    current: bool,
}

#[derive(Serialize)]
struct FeedsView {
    list: Vec<FeedOverview>,
    url: String,
    error: Option<String>,
}

/// What one taxonomy page shows.
pub(super) struct Screen {
    kind: Kind,
    editing: Option<String>,
    status: StatusCode,
    /// What was typed, when a save was refused; else the stored entry's values.
    typed: Option<Values>,
    failure: Option<Failure>,
    /// The `?notice=` code, worded when the page is shown.
    notice_code: Option<String>,
    feed_url: String,
    feed_failure: Option<Failure>,
}

impl Screen {
    pub(super) fn new(kind: Kind, editing: Option<String>) -> Self {
        Self {
            kind,
            editing,
            status: StatusCode::OK,
            typed: None,
            failure: None,
            notice_code: None,
            feed_url: String::new(),
            feed_failure: None,
        }
    }

    /// The notice a redirect asked for by code.
    fn notice(mut self, code: Option<String>) -> Self {
        self.notice_code = code;
        self
    }

    fn refused(mut self, typed: Values, failure: Failure) -> Self {
        self.status = failure.status;
        self.typed = Some(typed);
        self.failure = Some(failure);
        self
    }

    /// A source's feed form refused: the URL typed and why, at the feeds.
    pub(super) fn feed_refused(mut self, url: String, failure: Failure) -> Self {
        self.status = failure.status;
        self.feed_url = url;
        self.feed_failure = Some(failure);
        self
    }

    pub(super) async fn show(self, app: &App, user: &SignedIn) -> Response {
        let tax = match app.taxonomy().all().await {
            Ok(tax) => tax,
            Err(err) => return error_page(app, err),
        };
        let kind = self.kind;
        let stored = match &self.editing {
            Some(slug) => match stored_values(app, &tax, kind, slug).await {
                Ok(Some(values)) => Some(values),
                Ok(None) => {
                    return error_page(
                        app,
                        AppError::NotFound(format!("{} {slug:?}", kind.singular())),
                    );
                }
                Err(err) => return error_page(app, err),
            },
            None => None,
        };
        let values = self.typed.or(stored).unwrap_or_else(|| blank_values(kind));
        let mut fields = form_fields(kind, &values, &tax, self.editing.as_deref());
        let error = place_error(app, &mut fields, self.failure.as_ref());
        let editing = self.editing.as_deref();
        // The example is of what is saved, so a refused edit does not pass for the real line.
        let example = match (kind, editing) {
            (Kind::Sources, Some(slug)) => tax.source_by_slug(slug).map(|s| {
                s.copyright_line(&EXAMPLE_AUTHORS, time::OffsetDateTime::now_utc().year())
            }),
            _ => None,
        };
        let feeds = match (kind, editing) {
            (Kind::Sources, Some(slug)) => match app.syndication().feeds_of(slug).await {
                Ok(list) => Some(FeedsView {
                    list,
                    url: self.feed_url,
                    error: self.feed_failure.map(|f| f.text(app)),
                }),
                Err(err) => return error_page(app, err),
            },
            _ => None,
        };
        let article_choices = match kind {
            Kind::Reports => {
                let held = values.get("articles").map_or("", String::as_str);
                match article_choices(app, held).await {
                    Ok(choices) => choices,
                    Err(err) => return error_page(app, err),
                }
            }
            _ => Vec::new(),
        };
        let status = self.status;
        let view = ManageView {
            chrome: user.chrome(app, kind.path()).await,
            kind: kind.path(),
            title: kind.title(),
            singular: kind.singular(),
            intro: kind.intro(),
            columns: kind.columns(),
            rows: rows(kind, &tax, editing),
            editing: self.editing.clone(),
            fields,
            error,
            notice: self
                .notice_code
                .as_deref()
                .and_then(|code| notice_text(app, code)),
            example,
            feeds,
            article_choices,
        };
        render(app, status, "manage.html", &view)
    }
}

fn rows(kind: Kind, tax: &Taxonomies, editing: Option<&str>) -> Vec<RowView> {
    let row = |slug: &Slug, cells: Vec<String>, tags: Vec<&'static str>, depth| RowView {
        href: format!("/admin/{}/{slug}", kind.path()),
        current: editing == Some(slug.as_str()),
        cells,
        tags,
        depth,
    };
    let by_name = |mut v: Vec<RowView>| {
        v.sort_by_key(|r| r.cells[0].to_lowercase());
        v
    };
    match kind {
        Kind::Authors => by_name(
            tax.authors
                .iter()
                .map(|a| {
                    let cells = vec![a.name.clone(), a.kind.as_str().into(), a.slug.to_string()];
                    row(&a.slug, cells, vec![], 0)
                })
                .collect(),
        ),
        Kind::Sources => by_name(
            tax.sources
                .iter()
                .map(|s| {
                    let mut tags = Vec::new();
                    if s.trusted {
                        tags.push("trusted");
                    }
                    if s.canonical_to_original {
                        tags.push("canonical to original");
                    }
                    if s.allow_republish {
                        tags.push("republishable");
                    }
                    row(&s.slug, vec![s.name.clone(), s.home_url.clone()], tags, 0)
                })
                .collect(),
        ),
        Kind::Regions => region_tree(tax)
            .into_iter()
            .map(|(r, depth)| {
                row(
                    &r.slug,
                    vec![r.name.clone(), r.slug.to_string()],
                    vec![],
                    depth,
                )
            })
            .collect(),
        Kind::Themes => by_name(
            tax.themes
                .iter()
                .map(|t| {
                    let description: String = t.description.chars().take(90).collect();
                    let cells = vec![t.name.clone(), t.slug.to_string(), description];
                    row(&t.slug, cells, vec![], 0)
                })
                .collect(),
        ),
        Kind::Reports => by_name(
            tax.reports
                .iter()
                .map(|r| {
                    row(
                        &r.slug,
                        vec![r.title.clone(), r.slug.to_string()],
                        vec![],
                        0,
                    )
                })
                .collect(),
        ),
    }
}

async fn save(
    app: &App,
    user: &SignedIn,
    kind: Kind,
    existing: Option<String>,
    body: &[u8],
) -> Response {
    if let Some(refused) = csrf_refusal(app, user, body) {
        return refused;
    }
    let form = Form::parse(body);
    match put(app, user, kind, existing.as_deref(), &form).await {
        Ok(slug) => {
            let notice = if existing.is_some() {
                "saved"
            } else {
                "created"
            };
            redirect(&format!("/admin/{}/{slug}?notice={notice}", kind.path()))
        }
        Err(failure) => {
            Screen::new(kind, existing)
                .refused(form.into_map(), failure)
                .show(app, user)
                .await
        }
    }
}

async fn delete(app: &App, user: &SignedIn, kind: Kind, slug: String, body: &[u8]) -> Response {
    if let Some(refused) = csrf_refusal(app, user, body) {
        return refused;
    }
    match app
        .taxonomy()
        .delete(&user.actor(), kind.table(), &slug)
        .await
    {
        Ok(()) => redirect(&format!("/admin/{}?notice=deleted", kind.path())),
        Err(err) => {
            let mut failure = Failure::from(err);
            // A refusal to delete is about the whole entry, not the field it may name.
            failure.field = None;
            let mut screen = Screen::new(kind, Some(slug));
            screen.status = failure.status;
            screen.failure = Some(failure);
            screen.show(app, user).await
        }
    }
}

//! Management pages: authors, sources (with their partner feeds), regions, themes, in-depth
//! reports, users and the site settings.
//!
//! The five taxonomy kinds share one page shape (the list beside a form) and one template, so
//! each kind is described here as data: its columns, its form fields and how a posted form
//! becomes the service's input. What was typed travels as a map of raw field values, so a refused
//! form comes back exactly as it was sent, with the error beside the field the service named.

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use gazette_app::{App, AppError, FeedOverview, NewUser, Taxonomies};
use gazette_domain::{
    AuthorInput, AuthorKind, FieldError, RegionId, RegionInput, ReportInput, Role, SiteSettings,
    Slug, SocialLink, SourceInput, ThemeInput, User, UserId,
};
use gazette_store::taxonomy::Table;
use serde::{Deserialize, Serialize};

use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};
use crate::error::ApiError;

/// Raw field values by form name: what the editor typed, or what is stored, as text.
type Values = HashMap<String, String>;

/// Authors printed in a Source's example copyright line.
const EXAMPLE_AUTHORS: [&str; 2] = ["Amal Rahim", "Jo Park"];

/// Blank social-link rows the settings form offers beyond the stored ones.
const SPARE_SOCIAL_ROWS: usize = 2;

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
        .route("/admin/sources/{slug}/feeds", post(add_feed))
        .route(
            "/admin/sources/{slug}/feeds/{id}/{action}",
            post(feed_action),
        )
        .route("/admin/users", get(users_page).post(add_user))
        .route("/admin/users/{id}/role", post(change_role))
        .route("/admin/users/{id}/{action}", post(change_access))
        .route("/admin/settings", get(settings_page).post(save_settings))
}

#[derive(Deserialize)]
struct NoticeQuery {
    notice: Option<String>,
}

/// The confirmation a redirect asks for by code, so no text of the address is echoed back.
fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "created" => "Created.",
        "saved" => "Saved.",
        "deleted" => "Deleted.",
        "feed-added" => "Feed added; Gazette polls it in a moment.",
        "feed-removed" => "Feed removed. What it brought stays.",
        "polling" => "The feed will be polled in a moment.",
        _ => return None,
    })
}

// --- the kinds --------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Authors,
    Sources,
    Regions,
    Themes,
    Reports,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Authors,
        Kind::Sources,
        Kind::Regions,
        Kind::Themes,
        Kind::Reports,
    ];

    fn path(self) -> &'static str {
        match self {
            Kind::Authors => "authors",
            Kind::Sources => "sources",
            Kind::Regions => "regions",
            Kind::Themes => "themes",
            Kind::Reports => "reports",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Kind::Authors => "Authors",
            Kind::Sources => "Sources",
            Kind::Regions => "Regions",
            Kind::Themes => "Themes",
            Kind::Reports => "In-depth reports",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            Kind::Authors => "author",
            Kind::Sources => "source",
            Kind::Regions => "region",
            Kind::Themes => "theme",
            Kind::Reports => "report",
        }
    }

    fn intro(self) -> &'static str {
        match self {
            Kind::Authors => "People and organisations named in bylines.",
            Kind::Sources => {
                "Partner outlets whose articles are republished, with the terms of that republication."
            }
            Kind::Regions => {
                "Places articles are about. Regions nest: a country inside its region."
            }
            Kind::Themes => "The subjects articles are filed under.",
            Kind::Reports => "Dossiers: an introduction and an ordered list of articles.",
        }
    }

    fn table(self) -> Table {
        match self {
            Kind::Authors => Table::Authors,
            Kind::Sources => Table::Sources,
            Kind::Regions => Table::Regions,
            Kind::Themes => Table::Themes,
            Kind::Reports => Table::Reports,
        }
    }

    /// The field a blank slug is made from.
    fn name_field(self) -> &'static str {
        if self == Kind::Reports {
            "title"
        } else {
            "name"
        }
    }

    fn columns(self) -> Vec<&'static str> {
        match self {
            Kind::Authors => vec!["Name", "Kind", "Slug"],
            Kind::Sources => vec!["Name", "Home page", "Terms"],
            Kind::Regions => vec!["Region", "Slug"],
            Kind::Themes => vec!["Theme", "Slug", "Description"],
            Kind::Reports => vec!["Report", "Slug"],
        }
    }
}

// --- views --------------------------------------------------------------------------------------

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
    notice: Option<&'static str>,
    /// The Source's copyright line as an article would carry it.
    example: Option<String>,
    feeds: Option<FeedsView>,
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

/// One form control.
#[derive(Serialize)]
struct FieldView {
    name: String,
    label: &'static str,
    /// `text`, `url`, `email`, `textarea`, `checkbox` or `select`.
    input: &'static str,
    value: String,
    options: Vec<Choice>,
    hint: &'static str,
    error: Option<String>,
    required: bool,
    /// Takes the form's whole width; narrow fields sit two to a row.
    wide: bool,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

/// Builds fields from the values, so every form shows what was typed or stored.
struct Fields<'a> {
    values: &'a Values,
    list: Vec<FieldView>,
}

impl<'a> Fields<'a> {
    fn new(values: &'a Values) -> Self {
        Self {
            values,
            list: Vec::new(),
        }
    }

    fn add(mut self, input: &'static str, name: &str, label: &'static str) -> Self {
        self.list.push(FieldView {
            name: name.to_owned(),
            label,
            input,
            value: self.values.get(name).cloned().unwrap_or_default(),
            options: Vec::new(),
            hint: "",
            error: None,
            required: false,
            wide: matches!(input, "textarea" | "checkbox"),
        });
        self
    }

    fn wide(mut self) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.wide = true;
        }
        self
    }

    fn hint(mut self, hint: &'static str) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.hint = hint;
        }
        self
    }

    fn required(mut self) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.required = true;
        }
        self
    }

    fn options(mut self, options: Vec<Choice>) -> Self {
        if let Some(last) = self.list.last_mut() {
            last.options = options;
        }
        self
    }

    fn slug(self) -> Self {
        self.add("text", "slug", "Slug")
            .hint("Leave empty to make one from the name.")
    }
}

/// A refused save: the status, and the message with the form field it belongs to, if any.
struct Failure {
    status: StatusCode,
    field: Option<String>,
    message: String,
}

impl From<AppError> for Failure {
    fn from(err: AppError) -> Self {
        let (field, message) = match &err {
            AppError::Invalid(e) => (Some(form_field(&e.field)), e.message.clone()),
            AppError::Conflict { field, message } => {
                (field.as_deref().map(form_field), message.clone())
            }
            _ => (None, String::new()),
        };
        let api = ApiError::from(err);
        let (status, api_message, _) = api.parts();
        Failure {
            status,
            field,
            message: if message.is_empty() {
                api_message.to_owned()
            } else {
                message
            },
        }
    }
}

impl From<FieldError> for Failure {
    fn from(err: FieldError) -> Self {
        AppError::from(err).into()
    }
}

/// The form control a service's field path points at: the articles textarea for
/// `articles[2]`, the row's input for `social[1].url`.
fn form_field(field: &str) -> String {
    if field.starts_with("articles[") {
        return "articles".into();
    }
    if let Some(rest) = field.strip_prefix("social[")
        && let Some((index, part)) = rest.split_once("].")
    {
        return format!("social_{part}_{index}");
    }
    field.to_owned()
}

/// Puts the failure beside its field; when no field shows it, it goes above the form.
fn place_error(fields: &mut [FieldView], failure: Option<&Failure>) -> Option<String> {
    let failure = failure?;
    if let Some(name) = &failure.field
        && let Some(field) = fields.iter_mut().find(|f| &f.name == name)
    {
        field.error = Some(failure.message.clone());
        return None;
    }
    Some(failure.message.clone())
}

fn checkbox(on: bool) -> String {
    if on { "on".into() } else { String::new() }
}

fn values(pairs: &[(&str, String)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

// --- the taxonomy pages ---------------------------------------------------------------------

/// What one taxonomy page shows.
struct Screen {
    kind: Kind,
    editing: Option<String>,
    status: StatusCode,
    /// What was typed, when a save was refused; else the stored entry's values.
    typed: Option<Values>,
    failure: Option<Failure>,
    notice: Option<&'static str>,
    feed_url: String,
    feed_failure: Option<Failure>,
}

impl Screen {
    fn new(kind: Kind, editing: Option<String>) -> Self {
        Self {
            kind,
            editing,
            status: StatusCode::OK,
            typed: None,
            failure: None,
            notice: None,
            feed_url: String::new(),
            feed_failure: None,
        }
    }

    fn notice(mut self, code: Option<String>) -> Self {
        self.notice = code.as_deref().and_then(notice_text);
        self
    }

    fn refused(mut self, typed: Values, failure: Failure) -> Self {
        self.status = failure.status;
        self.typed = Some(typed);
        self.failure = Some(failure);
        self
    }

    async fn show(self, app: &App, user: &SignedIn) -> Response {
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
        let error = place_error(&mut fields, self.failure.as_ref());
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
                    error: self.feed_failure.map(|f| f.message),
                }),
                Err(err) => return error_page(app, err),
            },
            _ => None,
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
            notice: self.notice,
            example,
            feeds,
        };
        render(app, status, "manage.html", &view)
    }
}

fn blank_values(kind: Kind) -> Values {
    match kind {
        Kind::Authors => values(&[("kind", "person".into())]),
        Kind::Sources => values(&[(
            "copyright_template",
            "Copyright © {source}, {authors}, {year}".into(),
        )]),
        _ => Values::new(),
    }
}

/// The stored entry's values, or none if no entry has that slug.
async fn stored_values(
    app: &App,
    tax: &Taxonomies,
    kind: Kind,
    slug: &str,
) -> Result<Option<Values>, AppError> {
    Ok(match kind {
        Kind::Authors => tax.author_by_slug(slug).map(|a| {
            values(&[
                ("name", a.name.clone()),
                ("slug", a.slug.to_string()),
                ("kind", a.kind.as_str().into()),
                ("bio", a.bio.clone()),
                ("url", a.url.clone().unwrap_or_default()),
            ])
        }),
        Kind::Sources => tax.source_by_slug(slug).map(|s| {
            values(&[
                ("name", s.name.clone()),
                ("slug", s.slug.to_string()),
                ("home_url", s.home_url.clone()),
                ("copyright_template", s.copyright_template.clone()),
                ("reprint_terms", s.reprint_terms.clone()),
                ("canonical_to_original", checkbox(s.canonical_to_original)),
                ("allow_republish", checkbox(s.allow_republish)),
                ("trusted", checkbox(s.trusted)),
            ])
        }),
        Kind::Regions => tax.region_by_slug(slug).map(|r| {
            let parent = r
                .parent_id
                .and_then(|p| tax.region(p))
                .map(|p| p.slug.to_string())
                .unwrap_or_default();
            values(&[
                ("name", r.name.clone()),
                ("slug", r.slug.to_string()),
                ("parent", parent),
            ])
        }),
        Kind::Themes => tax.theme_by_slug(slug).map(|t| {
            values(&[
                ("name", t.name.clone()),
                ("slug", t.slug.to_string()),
                ("description", t.description.clone()),
            ])
        }),
        Kind::Reports => match tax.report_by_slug(slug) {
            Some(r) => {
                let articles = app.taxonomy().report_article_slugs(r, false).await?;
                let articles: Vec<&str> = articles.iter().map(Slug::as_str).collect();
                Some(values(&[
                    ("title", r.title.clone()),
                    ("slug", r.slug.to_string()),
                    ("introduction", r.introduction.clone()),
                    ("articles", articles.join("\n")),
                ]))
            }
            None => None,
        },
    })
}

fn form_fields(
    kind: Kind,
    values: &Values,
    tax: &Taxonomies,
    editing: Option<&str>,
) -> Vec<FieldView> {
    let f = Fields::new(values);
    let f = match kind {
        Kind::Authors => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("select", "kind", "Kind")
            .options(vec![
                choice("person", "Person"),
                choice("organisation", "Organisation"),
            ])
            .add("url", "url", "Web page")
            .add("textarea", "bio", "Biography"),
        Kind::Sources => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("url", "home_url", "Home page")
            .required()
            .wide()
            .add("text", "copyright_template", "Copyright line")
            .wide()
            .hint("{source}, {authors} and {year} are filled in for each article.")
            .add("textarea", "reprint_terms", "Reprint terms")
            .hint("What the partner allows, as agreed; for the desk's reference.")
            .add(
                "checkbox",
                "canonical_to_original",
                "Point search engines at the original",
            )
            .add(
                "checkbox",
                "allow_republish",
                "Readers may republish its articles",
            )
            .add(
                "checkbox",
                "trusted",
                "Trusted: publish feed items without review",
            ),
        Kind::Regions => f
            .add("text", "name", "Name")
            .required()
            .slug()
            .add("select", "parent", "Inside")
            .options(parent_choices(tax, editing))
            .wide(),
        Kind::Themes => f.add("text", "name", "Name").required().slug().add(
            "textarea",
            "description",
            "Description",
        ),
        Kind::Reports => f
            .add("text", "title", "Title")
            .required()
            .slug()
            .add("textarea", "introduction", "Introduction")
            .hint("Markdown.")
            .add("textarea", "articles", "Articles, in order")
            .hint("One article slug per line, in the order the report presents them."),
    };
    f.list
}

fn choice(value: &str, label: &str) -> Choice {
    Choice {
        value: value.into(),
        label: label.into(),
    }
}

/// Regions in tree order with their depth: each parent followed by its children, by name.
fn region_tree(tax: &Taxonomies) -> Vec<(&gazette_domain::Region, usize)> {
    fn walk<'a>(
        tax: &'a Taxonomies,
        parent: Option<RegionId>,
        depth: usize,
        out: &mut Vec<(&'a gazette_domain::Region, usize)>,
    ) {
        let mut children: Vec<_> = tax
            .regions
            .iter()
            .filter(|r| r.parent_id == parent)
            .collect();
        children.sort_by(|a, b| a.name.cmp(&b.name));
        for child in children {
            out.push((child, depth));
            // A cycle cannot be stored (the service refuses it); the bound is belt and braces.
            if depth < 32 {
                walk(tax, Some(child.id), depth + 1, out);
            }
        }
    }
    let mut out = Vec::with_capacity(tax.regions.len());
    walk(tax, None, 0, &mut out);
    out
}

/// Where a region may go: the top level or any region not inside the one being edited.
fn parent_choices(tax: &Taxonomies, editing: Option<&str>) -> Vec<Choice> {
    let inside: Vec<RegionId> = editing
        .and_then(|slug| tax.region_by_slug(slug))
        .map(|r| tax.region_with_descendants(r.id))
        .unwrap_or_default();
    let mut choices = vec![choice("", "— top level —")];
    for (region, depth) in region_tree(tax) {
        if !inside.contains(&region.id) {
            choices.push(Choice {
                value: region.slug.to_string(),
                label: format!("{}{}", "\u{a0}\u{a0}\u{a0}".repeat(depth), region.name),
            });
        }
    }
    choices
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

/// Turns the form into the kind's input and saves it through its service; the saved slug.
async fn put(
    app: &App,
    user: &SignedIn,
    kind: Kind,
    existing: Option<&str>,
    form: &Form,
) -> Result<Slug, Failure> {
    let text = |name: &str| form.get(name).unwrap_or_default().trim().to_owned();
    let on = |name: &str| form.get(name).is_some_and(|v| !v.is_empty());
    let slug = slug_from(&text("slug"), &text(kind.name_field()))?;
    let actor = user.actor();
    let saved = match kind {
        Kind::Authors => {
            let author_kind = AuthorKind::parse(&text("kind"))
                .ok_or_else(|| FieldError::new("kind", "choose person or organisation"))?;
            let url = Some(text("url")).filter(|u| !u.is_empty());
            let input = AuthorInput {
                slug,
                name: text("name"),
                kind: author_kind,
                bio: text("bio"),
                url,
            };
            app.taxonomy()
                .put_author(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Sources => {
            let input = SourceInput {
                slug,
                name: text("name"),
                home_url: text("home_url"),
                copyright_template: text("copyright_template"),
                reprint_terms: text("reprint_terms"),
                canonical_to_original: on("canonical_to_original"),
                allow_republish: on("allow_republish"),
                trusted: on("trusted"),
            };
            app.taxonomy()
                .put_source(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Regions => {
            let parent = match text("parent").as_str() {
                "" => None,
                raw => Some(Slug::parse(raw).map_err(|m| FieldError::new("parent", m))?),
            };
            let input = RegionInput {
                slug,
                name: text("name"),
                parent,
            };
            app.taxonomy()
                .put_region(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Themes => {
            let input = ThemeInput {
                slug,
                name: text("name"),
                description: text("description"),
            };
            app.taxonomy()
                .put_theme(&actor, existing, input)
                .await?
                .slug
        }
        Kind::Reports => {
            let mut articles = Vec::new();
            for (i, line) in text("articles").lines().map(str::trim).enumerate() {
                if !line.is_empty() {
                    articles.push(Slug::parse(line).map_err(|m| {
                        FieldError::new("articles", format!("line {}: {m}", i + 1))
                    })?);
                }
            }
            let input = ReportInput {
                slug,
                title: text("title"),
                introduction: form.get("introduction").unwrap_or_default().to_owned(),
                articles,
            };
            app.taxonomy()
                .put_report(&actor, existing, input)
                .await?
                .slug
        }
    };
    Ok(saved)
}

/// The slug typed, or one made from the name when the field was left empty.
fn slug_from(typed: &str, name: &str) -> Result<Slug, FieldError> {
    if typed.is_empty() {
        Slug::from_name(name)
            .ok_or_else(|| FieldError::new("slug", "give a slug, or a name to make one from"))
    } else {
        Slug::parse(typed).map_err(|m| FieldError::new("slug", m))
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

// --- partner feeds ----------------------------------------------------------------------------

async fn add_feed(
    State(app): State<App>,
    user: SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let url = form.get("url").unwrap_or_default().trim();
    match app.syndication().add_feed(&user.actor(), &slug, url).await {
        Ok(_) => redirect(&format!("/admin/sources/{slug}?notice=feed-added#feeds")),
        Err(err) => {
            let failure = Failure::from(err);
            let mut screen = Screen::new(Kind::Sources, Some(slug));
            screen.status = failure.status;
            screen.feed_url = url.to_owned();
            screen.feed_failure = Some(failure);
            screen.show(&app, &user).await
        }
    }
}

async fn feed_action(
    State(app): State<App>,
    user: SignedIn,
    Path((slug, id, action)): Path<(String, i64, String)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let actor = user.actor();
    let done = match action.as_str() {
        "remove" => app
            .syndication()
            .remove_feed(&actor, id)
            .await
            .map(|()| "feed-removed"),
        "poll" => app
            .syndication()
            .poll_feed_soon(&actor, id)
            .await
            .map(|()| "polling"),
        _ => Err(AppError::NotFound(format!("action {action:?}"))),
    };
    match done {
        Ok(notice) => redirect(&format!("/admin/sources/{slug}?notice={notice}#feeds")),
        Err(err) => {
            let failure = Failure::from(err);
            let mut screen = Screen::new(Kind::Sources, Some(slug));
            screen.status = failure.status;
            screen.feed_failure = Some(failure);
            screen.show(&app, &user).await
        }
    }
}

// --- users ------------------------------------------------------------------------------------

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
    /// The new user and their API token, shown this once.
    added: Option<(User, String)>,
    /// A refused role change: whose, and why.
    role_error: Option<(UserId, String)>,
    notice: Option<&'static str>,
}

#[derive(Serialize)]
struct ForbiddenView {
    #[serde(flatten)]
    chrome: Chrome,
    what: &'static str,
    needs: &'static str,
}

/// The page an editor or contributor gets for an administrators' page.
async fn forbidden(
    app: &App,
    user: &SignedIn,
    section: &'static str,
    what: &'static str,
) -> Response {
    let view = ForbiddenView {
        chrome: user.chrome(app, section).await,
        what,
        needs: Role::Administrator.as_str(),
    };
    render(app, StatusCode::FORBIDDEN, "manage_forbidden.html", &view)
}

#[derive(Default)]
struct UsersScreen {
    status: Option<StatusCode>,
    typed: Values,
    failure: Option<Failure>,
    added: Option<(User, String)>,
    role_error: Option<(UserId, String)>,
    notice: Option<&'static str>,
}

async fn show_users(app: &App, user: &SignedIn, screen: UsersScreen) -> Response {
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
    let error = place_error(&mut fields, screen.failure.as_ref());
    let view = UsersView {
        chrome: user.chrome(app, "users").await,
        users,
        inactive,
        roles: ["contributor", "editor", "administrator"],
        fields,
        error,
        added: screen.added,
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

async fn users_page(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Response {
    let notice = q.notice.as_deref().and_then(notice_text);
    show_users(
        &app,
        &user,
        UsersScreen {
            notice,
            ..Default::default()
        },
    )
    .await
}

async fn add_user(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let Some(role) = Role::parse(form.get("role").unwrap_or_default()) else {
        let failure = Failure::from(FieldError::new("role", "choose a role"));
        let screen = UsersScreen {
            status: Some(failure.status),
            failure: Some(failure),
            typed: form.into_map(),
            ..Default::default()
        };
        return show_users(&app, &user, screen).await;
    };
    let new = NewUser {
        email: form.get("email").unwrap_or_default().trim().to_owned(),
        name: form.get("name").unwrap_or_default().to_owned(),
        role,
    };
    // The token is shown on this answer rather than after a redirect, so it is never stored
    // anywhere but in the editor's copy.
    match app.users().add_as(&user.actor(), new).await {
        Ok(added) => {
            let screen = UsersScreen {
                status: Some(StatusCode::CREATED),
                added: Some(added),
                ..Default::default()
            };
            show_users(&app, &user, screen).await
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
            show_users(&app, &user, screen).await
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
        None => Err(FieldError::new("role", "choose a role").into()),
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
        role_error: Some((id, failure.message)),
        ..Default::default()
    };
    show_users(app, user, screen).await
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

// --- site settings ----------------------------------------------------------------------------

#[derive(Serialize)]
struct SettingsView {
    #[serde(flatten)]
    chrome: Chrome,
    fields: Vec<FieldView>,
    social: Vec<SocialRow>,
    error: Option<String>,
    notice: Option<&'static str>,
}

#[derive(Serialize)]
struct SocialRow {
    index: usize,
    label: String,
    url: String,
    label_error: Option<String>,
    url_error: Option<String>,
}

fn settings_values(s: &SiteSettings) -> Values {
    let mut v = values(&[
        ("name", s.name.clone()),
        ("tagline", s.tagline.clone()),
        ("disclaimer", s.disclaimer.clone()),
        ("footer_copyright", s.footer_copyright.clone()),
        ("media_contact", s.media_contact.clone()),
        ("newsletter_blurb", s.newsletter_blurb.clone()),
        ("translate_blurb", s.translate_blurb.clone()),
        ("membership_blurb", s.membership_blurb.clone()),
        ("feed_full_content", checkbox(s.feed_full_content)),
        ("allow_republish", checkbox(s.allow_republish)),
        ("glossary", s.glossary.clone()),
    ]);
    for (i, link) in s.social.iter().enumerate() {
        v.insert(format!("social_label_{i}"), link.label.clone());
        v.insert(format!("social_url_{i}"), link.url.clone());
    }
    v
}

/// The settings from the form; social rows left wholly blank are dropped.
fn settings_from(form: &Form) -> SiteSettings {
    let text = |name: &str| form.get(name).unwrap_or_default().trim().to_owned();
    let on = |name: &str| form.get(name).is_some_and(|v| !v.is_empty());
    let mut social = Vec::new();
    for i in 0..social_rows(form.names()) {
        let link = SocialLink {
            label: text(&format!("social_label_{i}")),
            url: text(&format!("social_url_{i}")),
        };
        if !link.label.is_empty() || !link.url.is_empty() {
            social.push(link);
        }
    }
    SiteSettings {
        name: text("name"),
        tagline: text("tagline"),
        disclaimer: text("disclaimer"),
        footer_copyright: text("footer_copyright"),
        media_contact: text("media_contact"),
        newsletter_blurb: text("newsletter_blurb"),
        translate_blurb: text("translate_blurb"),
        membership_blurb: text("membership_blurb"),
        social,
        feed_full_content: on("feed_full_content"),
        allow_republish: on("allow_republish"),
        // Browsers send textarea lines with CRLF; stored with LF, as the API sends it.
        glossary: text("glossary").replace("\r\n", "\n"),
    }
}

/// How many social rows the values hold (one past the highest numbered row).
fn social_rows<'n>(names: impl Iterator<Item = &'n str>) -> usize {
    names
        .filter_map(|k| {
            k.strip_prefix("social_label_")
                .or_else(|| k.strip_prefix("social_url_"))
        })
        .filter_map(|i| i.parse::<usize>().ok())
        .filter(|i| *i < 100)
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
}

async fn show_settings(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    values: Values,
    failure: Option<Failure>,
    notice: Option<&'static str>,
) -> Response {
    let mut fields = Fields::new(&values)
        .add("text", "name", "Publication name")
        .required()
        .wide()
        .add("text", "tagline", "Tagline")
        .wide()
        .add("textarea", "disclaimer", "Disclaimer")
        .hint("Shown under every article: the authors' responsibility, fair use, cross-posting.")
        .add("text", "footer_copyright", "Footer copyright")
        .hint("The line at the foot of every page.")
        .wide()
        .add("email", "media_contact", "Media inquiries")
        .hint("The address journalists write to.")
        .wide()
        .add("textarea", "newsletter_blurb", "Newsletter blurb")
        .add("textarea", "translate_blurb", "Translation blurb")
        .add("textarea", "membership_blurb", "Membership blurb")
        .add(
            "checkbox",
            "feed_full_content",
            "Feeds carry whole articles (not only standfirsts)",
        )
        .add(
            "checkbox",
            "allow_republish",
            "Readers may republish our own articles",
        )
        .add("textarea", "glossary", "Protected terms")
        .hint(
            "One per line. A name alone stays as it is in every translation: Ana Lima. \
             Mapped per language: Port Authority | fr: Autorité portuaire | es: Autoridad \
             Portuaria (other languages keep it). Matched as whole words, case counts; \
             lines starting with # are notes.",
        )
        .list;
    let mut social: Vec<SocialRow> = (0..social_rows(values.keys().map(String::as_str))
        + SPARE_SOCIAL_ROWS)
        .map(|i| SocialRow {
            index: i,
            label: values
                .get(&format!("social_label_{i}"))
                .cloned()
                .unwrap_or_default(),
            url: values
                .get(&format!("social_url_{i}"))
                .cloned()
                .unwrap_or_default(),
            label_error: None,
            url_error: None,
        })
        .collect();
    let mut failure = failure;
    if let Some(f) = &failure
        && let Some(name) = &f.field
        && let Some(row) = social.iter_mut().find(|r| {
            *name == format!("social_label_{}", r.index)
                || *name == format!("social_url_{}", r.index)
        })
    {
        if name.starts_with("social_label_") {
            row.label_error = Some(f.message.clone());
        } else {
            row.url_error = Some(f.message.clone());
        }
        failure = None;
    }
    let error = place_error(&mut fields, failure.as_ref());
    let view = SettingsView {
        chrome: user.chrome(app, "settings").await,
        fields,
        social,
        error,
        notice,
    };
    render(app, status, "manage_settings.html", &view)
}

async fn settings_page(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Response {
    if user.session.user.role < Role::Administrator {
        return forbidden(&app, &user, "settings", "Site settings").await;
    }
    let settings = match app.settings().get().await {
        Ok(s) => s,
        Err(err) => return error_page(&app, err),
    };
    let notice = q.notice.as_deref().and_then(notice_text);
    show_settings(
        &app,
        &user,
        StatusCode::OK,
        settings_values(&settings),
        None,
        notice,
    )
    .await
}

async fn save_settings(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let form = Form::parse(&body);
    let settings = settings_from(&form);
    match app.settings().put(&user.actor(), settings.clone()).await {
        Ok(_) => redirect("/admin/settings?notice=saved"),
        Err(AppError::Forbidden(_)) => forbidden(&app, &user, "settings", "Site settings").await,
        Err(err) => {
            let failure = Failure::from(err);
            // Blank rows were dropped before validation, so the service's row index counts only
            // the rows kept; showing the settings as sent renumbers the rows the same way.
            let values = settings_values(&settings);
            show_settings(&app, &user, failure.status, values, Some(failure), None).await
        }
    }
}

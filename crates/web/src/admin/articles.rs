//! Articles: the list with its filters, the editor (every field of an `ArticleInput`, a live
//! Markdown preview, publishing and scheduling), the revision history with diffs and restore,
//! and the draft preview exactly as readers will see it.
//!
//! The form is kept as typed (`Draft`, all strings) and turned into an `ArticleInput` only to
//! save, so a refused save shows the error next to its field with everything still there. Saves
//! carry the revision the editor started from; when someone else saved meanwhile the service
//! refuses, and the page shows both versions and overwrites nothing.
//!
//! The featured image comes from the media library: the editor shows the current image and the
//! latest uploads to pick from. Picking one is a submit button (the form comes back with the
//! image in it, nothing saved) that the script turns into filling the fields in place; uploading
//! is the script posting the file to the media upload endpoint, or without it a link to the
//! library, which sends the chosen image back into the editor.

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use gazette_app::media::{MediaItem, srcset_for_src};
use gazette_app::{App, AppError, ArticleQuery, Taxonomies};
use gazette_domain::{
    Article, ArticleId, ArticleInput, ArticlePatch, ArticleStatus, BodyFormat, FeaturedImage,
    FieldError, Language, OriginalPublicationInput, Slug, Timestamp,
};
use gazette_render::body_to_html;
use gazette_store::ArticleOrder;
use serde::Serialize;

use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, plain, redirect};
use crate::error::ApiError;

mod diff;

const PER_PAGE: u32 = 25;
/// How many of the latest uploads the editor's picker shows.
const PICKER_ITEMS: usize = 12;

/// The editor's script, embedded like the templates beside it.
const ADMIN_JS: &str = include_str!("../../../render/admin/admin.js");

pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/admin/admin.js", get(script))
        .route("/admin/css/{file}", get(stylesheet))
        .route("/admin/articles", get(list))
        .route("/admin/articles/new", get(new).post(create))
        .route("/admin/articles/preview", post(preview_fragment))
        .route("/admin/articles/{id}", get(edit).post(save))
        .route("/admin/articles/{id}/preview", get(reader_preview))
        .route("/admin/articles/{id}/revisions", get(revisions))
        .route(
            "/admin/articles/{id}/revisions/{number}/restore",
            post(restore),
        )
}

// --- the form as typed -----------------------------------------------------------------------

/// The editor's fields exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
struct Draft {
    title: String,
    slug: String,
    standfirst: String,
    body: String,
    body_format: String,
    language: String,
    featured: bool,
    authors: Vec<String>,
    regions: Vec<String>,
    themes: Vec<String>,
    reports: Vec<String>,
    image_src: String,
    image_alt: String,
    image_caption: String,
    image_credit: String,
    original_source: String,
    original_url: String,
    original_date: String,
}

impl Draft {
    fn blank() -> Self {
        Self {
            body_format: BodyFormat::Markdown.as_str().into(),
            language: Language::default().as_str().into(),
            ..Self::default()
        }
    }

    fn from_fields(f: &Form) -> Self {
        Self {
            title: f.get("title").unwrap_or_default().into(),
            slug: f.get("slug").unwrap_or_default().trim().into(),
            standfirst: f.get("standfirst").unwrap_or_default().into(),
            body: f.get("body").unwrap_or_default().into(),
            body_format: f.get("body_format").unwrap_or_default().into(),
            language: f.get("language").unwrap_or_default().trim().into(),
            featured: f.get("featured").unwrap_or_default() == "on",
            authors: f.all("authors"),
            regions: f.all("regions"),
            themes: f.all("themes"),
            reports: f.all("reports"),
            image_src: f.get("image_src").unwrap_or_default().trim().into(),
            image_alt: f.get("image_alt").unwrap_or_default().into(),
            image_caption: f.get("image_caption").unwrap_or_default().into(),
            image_credit: f.get("image_credit").unwrap_or_default().into(),
            original_source: f.get("original_source").unwrap_or_default().into(),
            original_url: f.get("original_url").unwrap_or_default().trim().into(),
            original_date: f.get("original_date").unwrap_or_default().trim().into(),
        }
    }

    /// The library image at `src` in the featured-image field; its description fills the alt
    /// text only when none was typed.
    fn use_image(&mut self, src: &str, alt: &str) {
        self.image_src = src.trim().to_owned();
        if self.image_alt.trim().is_empty() {
            self.image_alt = alt.to_owned();
        }
    }

    fn from_input(i: &ArticleInput) -> Self {
        let slugs = |v: &[Slug]| v.iter().map(|s| s.as_str().to_owned()).collect();
        let image = i.image.as_ref();
        let original = i.original.as_ref();
        Self {
            title: i.title.clone(),
            slug: i.slug.clone().unwrap_or_default(),
            standfirst: i.standfirst.clone(),
            body: i.body.clone(),
            body_format: i.body_format.as_str().into(),
            language: i.language.as_str().into(),
            featured: i.featured,
            authors: slugs(&i.authors),
            regions: slugs(&i.regions),
            themes: slugs(&i.themes),
            reports: slugs(&i.reports),
            image_src: image.map(|m| m.src.clone()).unwrap_or_default(),
            image_alt: image.map(|m| m.alt.clone()).unwrap_or_default(),
            image_caption: image.map(|m| m.caption.clone()).unwrap_or_default(),
            image_credit: image.map(|m| m.credit.clone()).unwrap_or_default(),
            original_source: original
                .map(|o| o.source.as_str().to_owned())
                .unwrap_or_default(),
            original_url: original.map(|o| o.url.clone()).unwrap_or_default(),
            original_date: original.map(|o| o.date.clone()).unwrap_or_default(),
        }
    }

    /// The input to save; what the form itself can get wrong (a list value that is no slug, an
    /// unknown format) is named by field like the domain's own errors.
    fn to_input(&self) -> Result<ArticleInput, FieldError> {
        fn slugs(field: &'static str, values: &[String]) -> Result<Vec<Slug>, FieldError> {
            values
                .iter()
                .map(|v| Slug::parse(v).map_err(|m| FieldError::new(field, m)))
                .collect()
        }
        let body_format = BodyFormat::parse(&self.body_format)
            .ok_or_else(|| FieldError::new("body_format", "choose Markdown or HTML"))?;
        let language = if self.language.is_empty() {
            Language::default()
        } else {
            Language::parse(&self.language).map_err(|m| FieldError::new("language", m))?
        };
        let image = [
            &self.image_src,
            &self.image_alt,
            &self.image_caption,
            &self.image_credit,
        ]
        .iter()
        .any(|v| !v.trim().is_empty())
        .then(|| FeaturedImage {
            src: self.image_src.clone(),
            alt: self.image_alt.trim().to_owned(),
            caption: self.image_caption.trim().to_owned(),
            credit: self.image_credit.trim().to_owned(),
        });
        let original = if [
            &self.original_source,
            &self.original_url,
            &self.original_date,
        ]
        .iter()
        .all(|v| v.is_empty())
        {
            None
        } else if self.original_source.is_empty() {
            return Err(FieldError::new(
                "original.source",
                "choose the source that first published it",
            ));
        } else {
            Some(OriginalPublicationInput {
                source: Slug::parse(&self.original_source)
                    .map_err(|m| FieldError::new("original.source", m))?,
                url: self.original_url.clone(),
                date: self.original_date.clone(),
            })
        };
        Ok(ArticleInput {
            slug: (!self.slug.is_empty()).then(|| self.slug.clone()),
            title: self.title.clone(),
            standfirst: self.standfirst.clone(),
            body: self.body.clone(),
            body_format,
            image,
            language,
            featured: self.featured,
            authors: slugs("authors", &self.authors)?,
            regions: slugs("regions", &self.regions)?,
            themes: slugs("themes", &self.themes)?,
            reports: slugs("reports", &self.reports)?,
            original,
        })
    }
}

/// Every field of the input, as a patch that replaces them all.
fn full_patch(input: ArticleInput, base_revision: Option<i64>) -> ArticlePatch {
    ArticlePatch {
        slug: input.slug,
        title: Some(input.title),
        standfirst: Some(input.standfirst),
        body: Some(input.body),
        body_format: Some(input.body_format),
        image: Some(input.image),
        language: Some(input.language),
        featured: Some(input.featured),
        authors: Some(input.authors),
        regions: Some(input.regions),
        themes: Some(input.themes),
        reports: Some(input.reports),
        original: Some(input.original),
        base_revision,
    }
}

// --- the list ----------------------------------------------------------------------------------

#[derive(Serialize)]
struct ListView {
    #[serde(flatten)]
    chrome: Chrome,
    /// Every filter, empty when not set (templates may not compare what is undefined).
    shown_filters: HashMap<&'static str, String>,
    filtered: bool,
    notice: Option<&'static str>,
    rows: Vec<ListRow>,
    total: u64,
    page: u32,
    pages: u32,
    prev: Option<String>,
    next: Option<String>,
    options: Options,
}

#[derive(Serialize)]
struct ListRow {
    id: i64,
    title: String,
    slug: String,
    status: &'static str,
    authors: Vec<String>,
    source: Option<String>,
    language: String,
    featured: bool,
    updated: String,
    when: Option<String>,
}

const FILTERS: [&str; 8] = [
    "status", "author", "source", "region", "theme", "report", "language", "q",
];

async fn list(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let filters: HashMap<String, String> = FILTERS
        .iter()
        .filter_map(|&k| {
            q.get(k)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(|v| (k.to_owned(), v.to_owned()))
        })
        .collect();
    let page = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1u32);
    let text = |k: &str| filters.get(k).cloned();
    let query = ArticleQuery {
        status: filters.get("status").and_then(|s| ArticleStatus::parse(s)),
        region: text("region"),
        theme: text("theme"),
        report: text("report"),
        author: text("author"),
        source: text("source"),
        language: text("language"),
        title_contains: text("q"),
        page,
        per_page: PER_PAGE,
    };
    let (articles, total) = match app
        .articles()
        .list(&query, ArticleOrder::RecentlyUpdated)
        .await
    {
        Ok(found) => found,
        Err(err) => return error_page(&app, err),
    };
    let tax = match app.taxonomy().all().await {
        Ok(tax) => tax,
        Err(err) => return error_page(&app, err),
    };
    let pages = (total.div_ceil(u64::from(PER_PAGE)) as u32).max(1);
    let link = |to: u32| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for k in FILTERS {
            if let Some(v) = filters.get(k) {
                s.append_pair(k, v);
            }
        }
        s.append_pair("page", &to.to_string());
        format!("/admin/articles?{}", s.finish())
    };
    let notice = match q.get("done").map(String::as_str) {
        Some("deleted") => Some("The article was deleted; its address now answers 410 Gone."),
        _ => None,
    };
    let view = ListView {
        chrome: user.chrome(&app, "articles").await,
        rows: articles.iter().map(|a| list_row(a, &tax)).collect(),
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        options: Options::of(&tax, &Draft::default()),
        shown_filters: FILTERS
            .iter()
            .map(|&k| (k, filters.get(k).cloned().unwrap_or_default()))
            .collect(),
        filtered: !filters.is_empty(),
        notice,
        total,
        page,
        pages,
    };
    render(&app, StatusCode::OK, "articles.html", &view)
}

fn list_row(a: &Article, tax: &Taxonomies) -> ListRow {
    ListRow {
        id: a.id.0,
        title: a.title.clone(),
        slug: a.slug.as_str().to_owned(),
        status: a.status.as_str(),
        authors: a
            .author_ids
            .iter()
            .filter_map(|id| tax.author(*id).map(|x| x.name.clone()))
            .collect(),
        source: a
            .original
            .as_ref()
            .and_then(|o| tax.source(o.source_id).map(|s| s.name.clone())),
        language: a.language.as_str().to_owned(),
        featured: a.featured,
        updated: minutes(a.updated_at),
        when: match a.status {
            ArticleStatus::Scheduled => a.scheduled_at.map(|t| format!("for {}", minutes(t))),
            _ => a.published_at.map(minutes),
        },
    }
}

// --- the editor --------------------------------------------------------------------------------

/// The choices for the taxonomy fields, the chosen ones first in the draft's order (so the
/// byline keeps its order when the form posts them back).
#[derive(Serialize)]
struct Options {
    authors: Vec<Choice>,
    regions: Vec<Choice>,
    themes: Vec<Choice>,
    reports: Vec<Choice>,
    sources: Vec<Choice>,
}

#[derive(Serialize)]
struct Choice {
    slug: String,
    name: String,
    checked: bool,
}

impl Options {
    fn of(tax: &Taxonomies, d: &Draft) -> Self {
        fn choices(all: Vec<(String, String)>, chosen: &[String]) -> Vec<Choice> {
            let mut out: Vec<Choice> = chosen
                .iter()
                .map(|slug| Choice {
                    name: all
                        .iter()
                        .find(|(s, _)| s == slug)
                        .map_or_else(|| slug.clone(), |(_, n)| n.clone()),
                    slug: slug.clone(),
                    checked: true,
                })
                .collect();
            out.extend(
                all.into_iter()
                    .filter(|(s, _)| !chosen.contains(s))
                    .map(|(slug, name)| Choice {
                        slug,
                        name,
                        checked: false,
                    }),
            );
            out
        }
        let pairs = |it: Vec<(&Slug, String)>| {
            let mut v: Vec<(String, String)> = it
                .into_iter()
                .map(|(s, n)| (s.as_str().to_owned(), n))
                .collect();
            v.sort_by_cached_key(|(_, name)| name.to_lowercase());
            v
        };
        // Regions read with the regions above them, so two "Northern" regions can be told apart.
        let region_name = |id| {
            let mut names: Vec<String> = tax
                .region_with_ancestors(id)
                .iter()
                .map(|r| r.name.clone())
                .collect();
            names.reverse();
            names.join(" › ")
        };
        let source = [d.original_source.clone()];
        Self {
            authors: choices(
                pairs(
                    tax.authors
                        .iter()
                        .map(|a| (&a.slug, a.name.clone()))
                        .collect(),
                ),
                &d.authors,
            ),
            regions: choices(
                pairs(
                    tax.regions
                        .iter()
                        .map(|r| (&r.slug, region_name(r.id)))
                        .collect(),
                ),
                &d.regions,
            ),
            themes: choices(
                pairs(
                    tax.themes
                        .iter()
                        .map(|t| (&t.slug, t.name.clone()))
                        .collect(),
                ),
                &d.themes,
            ),
            reports: choices(
                pairs(
                    tax.reports
                        .iter()
                        .map(|r| (&r.slug, r.title.clone()))
                        .collect(),
                ),
                &d.reports,
            ),
            sources: pairs(
                tax.sources
                    .iter()
                    .map(|s| (&s.slug, s.name.clone()))
                    .collect(),
            )
            .into_iter()
            .map(|(slug, name)| Choice {
                checked: source[0] == slug,
                slug,
                name,
            })
            .collect(),
        }
    }
}

#[derive(Serialize)]
struct EditorView {
    #[serde(flatten)]
    chrome: Chrome,
    id: Option<i64>,
    status: Option<&'static str>,
    revision: Option<i64>,
    base_revision: Option<i64>,
    public_path: Option<String>,
    published_at: Option<String>,
    scheduled_at: Option<String>,
    schedule_at: String,
    draft: Draft,
    options: Options,
    error: Option<ShownError>,
    notice: Option<String>,
    preview_html: String,
    stale: Option<StaleView>,
    image: ImagePanel,
}

/// The featured-image panel: the current image and the latest uploads to choose from.
#[derive(Serialize)]
struct ImagePanel {
    /// The current image when the admin may show it (its own `/media/` files; the admin's
    /// policy loads no image from elsewhere).
    thumb: Option<String>,
    srcset: String,
    /// The image is somewhere else: named, not shown.
    external: bool,
    recent: Vec<Pick>,
    total: i64,
    /// The library, choosing for this article: the way to upload without the script.
    library_href: String,
}

#[derive(Serialize)]
struct Pick {
    src: String,
    thumb: String,
    alt: String,
    name: String,
    width: u32,
    height: u32,
    chosen: bool,
}

impl ImagePanel {
    fn of(draft: &Draft, id: Option<i64>, recent: Vec<MediaItem>, total: i64) -> Self {
        let src = draft.image_src.as_str();
        let own = src.starts_with('/') && !src.starts_with("//");
        Self {
            thumb: own.then(|| src.to_owned()),
            srcset: if own {
                srcset_for_src(src)
            } else {
                String::new()
            },
            external: !src.is_empty() && !own,
            recent: recent
                .into_iter()
                .map(|m| Pick {
                    chosen: m.src == src,
                    src: m.src,
                    thumb: m.thumb,
                    alt: m.alt,
                    name: m.original_name,
                    width: m.width,
                    height: m.height,
                })
                .collect(),
            total,
            library_href: format!(
                "/admin/media?for={}",
                id.map_or_else(|| "new".to_owned(), |id| id.to_string())
            ),
        }
    }
}

/// An error to show: next to `field` when it names one of the form's fields, else at the top.
#[derive(Serialize)]
struct ShownError {
    field: String,
    message: String,
}

impl ShownError {
    fn of(err: AppError) -> (StatusCode, Self) {
        let err = ApiError::from(err);
        let (status, message, field) = err.parts();
        // `regions[1]` is shown at the regions list.
        let field = field
            .map(|f| f.split('[').next().unwrap_or(f).to_owned())
            .unwrap_or_default();
        (
            status,
            Self {
                field,
                message: message.to_owned(),
            },
        )
    }
}

/// Someone saved while this editor was typing: their saved version, and how it differs.
#[derive(Serialize)]
struct StaleView {
    base: i64,
    current: i64,
    saved: Draft,
    changes: Vec<diff::FieldChange>,
}

/// What the editor page shows besides the draft.
#[derive(Default)]
struct EditorState {
    article: Option<Article>,
    base_revision: Option<i64>,
    schedule_at: String,
    error: Option<ShownError>,
    notice: Option<String>,
    preview: bool,
    stale: Option<StaleView>,
}

async fn editor(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    draft: Draft,
    state: EditorState,
) -> Response {
    let tax = match app.taxonomy().all().await {
        Ok(tax) => tax,
        Err(err) => return error_page(app, err),
    };
    let (recent, total) = match app.media().library(&user.actor(), 1).await {
        Ok(library) => {
            let mut items = library.items;
            items.truncate(PICKER_ITEMS);
            (items, library.total)
        }
        Err(err) => return error_page(app, err),
    };
    let a = state.article.as_ref();
    // The pane shows the typed body; the script keeps it current from there.
    let preview_html = BodyFormat::parse(&draft.body_format)
        .map(|f| body_to_html(f, &draft.body))
        .unwrap_or_default();
    let view = EditorView {
        chrome: user.chrome(app, "articles").await,
        id: a.map(|a| a.id.0),
        status: a.map(|a| a.status.as_str()),
        revision: a.map(|a| a.revision),
        base_revision: state.base_revision.or(a.map(|a| a.revision)),
        public_path: a
            .filter(|a| a.is_public())
            .map(|a| format!("/{}", a.slug.as_str())),
        published_at: a.and_then(|a| a.published_at).map(minutes),
        scheduled_at: a.and_then(|a| a.scheduled_at).map(minutes),
        schedule_at: state.schedule_at,
        options: Options::of(&tax, &draft),
        image: ImagePanel::of(&draft, a.map(|a| a.id.0), recent, total),
        draft,
        error: state.error,
        notice: state.notice.or_else(|| {
            state
                .preview
                .then(|| "Preview updated below; nothing was saved.".to_owned())
        }),
        preview_html,
        stale: state.stale,
    };
    render(app, status, "article.html", &view)
}

/// The image the media library sent back (`?image_src=…&image_alt=…`), put in the form with a
/// notice that it is not saved yet.
fn library_choice(q: &HashMap<String, String>, draft: &mut Draft) -> Option<String> {
    let src = q
        .get("image_src")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())?;
    draft.use_image(src, q.get("image_alt").map_or("", String::as_str));
    Some(IMAGE_IN_FORM.to_owned())
}

const IMAGE_IN_FORM: &str = "The image is in the form below; press Save to keep it.";

async fn new(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let mut draft = Draft::blank();
    let state = EditorState {
        notice: library_choice(&q, &mut draft),
        ..EditorState::default()
    };
    editor(&app, &user, StatusCode::OK, draft, state).await
}

/// A press of one of the picker's images (without the script): the form comes back with that
/// image in it and nothing saved. The description comes from the library when it has the image.
async fn pick_image(app: &App, user: &SignedIn, draft: &mut Draft, src: &str) -> Option<String> {
    let alt = match app.media().library(&user.actor(), 1).await {
        Ok(library) => library
            .items
            .into_iter()
            .find(|m| m.src == src)
            .map(|m| m.alt)
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    draft.use_image(src, &alt);
    Some(IMAGE_IN_FORM.to_owned())
}

async fn edit(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let article = match app.articles().article(ArticleId(id)).await {
        Ok(a) => a,
        Err(err) => return error_page(&app, err),
    };
    let input = match app.articles().input_of(&article).await {
        Ok(i) => i,
        Err(err) => return error_page(&app, err),
    };
    let mut draft = Draft::from_input(&input);
    let notice = library_choice(&q, &mut draft)
        .or_else(|| q.get("done").and_then(|d| done_notice(d, &article)));
    let state = EditorState {
        article: Some(article),
        notice,
        ..EditorState::default()
    };
    editor(&app, &user, StatusCode::OK, draft, state).await
}

fn done_notice(done: &str, a: &Article) -> Option<String> {
    let r = a.revision;
    Some(match done {
        "created" => format!("Saved as a new draft (revision {r})."),
        "saved" => format!("Saved as revision {r}."),
        "unchanged" => "Nothing had changed, so no new revision was made.".to_owned(),
        "published" => format!("Published (revision {r}); readers can see it now."),
        "scheduled" => format!(
            "Scheduled to go live at {} UTC (revision {r}).",
            a.scheduled_at.map(minutes).unwrap_or_default()
        ),
        "unpublished" => "Unpublished; its address now answers 410 Gone.".to_owned(),
        "restored" => format!("Restored as revision {r}."),
        _ => return None,
    })
}

/// `POST /admin/articles/new`: the first save, then whatever the button asked for.
async fn create(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let mut draft = Draft::from_fields(&f);
    let action = f.get("action").unwrap_or_default();
    let schedule_at = f.get("schedule_at").unwrap_or_default().to_owned();
    if !f.get("pick_image").unwrap_or_default().is_empty() {
        let state = EditorState {
            schedule_at,
            notice: pick_image(
                &app,
                &user,
                &mut draft,
                f.get("pick_image").unwrap_or_default(),
            )
            .await,
            ..EditorState::default()
        };
        return editor(&app, &user, StatusCode::OK, draft, state).await;
    }
    let refused = |err, schedule_at| {
        let (status, error) = ShownError::of(err);
        let state = EditorState {
            schedule_at,
            error: Some(error),
            ..EditorState::default()
        };
        (status, state)
    };
    if action == "preview" {
        let state = EditorState {
            schedule_at,
            preview: true,
            ..EditorState::default()
        };
        return editor(&app, &user, StatusCode::OK, draft, state).await;
    }
    let input = match draft.to_input() {
        Ok(input) => input,
        Err(err) => {
            let (status, state) = refused(err.into(), schedule_at);
            return editor(&app, &user, status, draft, state).await;
        }
    };
    let article = match app.articles().create(&user.actor(), input).await {
        Ok(a) => a,
        Err(err) => {
            let (status, state) = refused(err, schedule_at);
            return editor(&app, &user, status, draft, state).await;
        }
    };
    after_save(&app, &user, article, draft, action, schedule_at, "created").await
}

/// `POST /admin/articles/{id}`: saves what was typed (unless nothing changed), then publishes,
/// schedules or unpublishes if that button was pressed; Delete deletes without saving.
async fn save(
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
    let schedule_at = f.get("schedule_at").unwrap_or_default().to_owned();
    let base_revision = f
        .get("base_revision")
        .unwrap_or_default()
        .parse::<i64>()
        .ok();
    let article = match app.articles().article(id).await {
        Ok(a) => a,
        Err(err) => return error_page(&app, err),
    };
    let shown = |article: Article, err: Option<AppError>, preview: bool| {
        let (status, error) = match err {
            Some(err) => {
                let (status, error) = ShownError::of(err);
                (status, Some(error))
            }
            None => (StatusCode::OK, None),
        };
        let state = EditorState {
            article: Some(article),
            base_revision,
            schedule_at: schedule_at.clone(),
            error,
            preview,
            ..EditorState::default()
        };
        (status, state)
    };
    if !f.get("pick_image").unwrap_or_default().is_empty() {
        let notice = pick_image(
            &app,
            &user,
            &mut draft,
            f.get("pick_image").unwrap_or_default(),
        )
        .await;
        let (status, mut state) = shown(article, None, false);
        state.notice = notice;
        return editor(&app, &user, status, draft, state).await;
    }
    match action {
        "preview" => {
            let (status, state) = shown(article, None, true);
            return editor(&app, &user, status, draft, state).await;
        }
        "delete" => {
            return match app.articles().delete(&user.actor(), id).await {
                Ok(()) => redirect("/admin/articles?done=deleted"),
                Err(err) => {
                    let (status, state) = shown(article, Some(err), false);
                    editor(&app, &user, status, draft, state).await
                }
            };
        }
        _ => {}
    }
    let input = match draft.to_input() {
        Ok(input) => input,
        Err(err) => {
            let (status, state) = shown(article, Some(err.into()), false);
            return editor(&app, &user, status, draft, state).await;
        }
    };
    let saved_input = match app.articles().input_of(&article).await {
        Ok(i) => i,
        Err(err) => return error_page(&app, err),
    };
    // Pressing Publish on an unchanged article must not add an empty revision.
    if input == saved_input {
        return after_save(
            &app,
            &user,
            article,
            draft,
            action,
            schedule_at,
            "unchanged",
        )
        .await;
    }
    match app
        .articles()
        .update(&user.actor(), id, full_patch(input, base_revision))
        .await
    {
        Ok(saved) => after_save(&app, &user, saved, draft, action, schedule_at, "saved").await,
        Err(AppError::StaleRevision { base, current }) => {
            let saved = Draft::from_input(&saved_input);
            let stale = StaleView {
                base,
                current,
                changes: diff::changes(&saved, &draft),
                saved,
            };
            let state = EditorState {
                article: Some(article),
                // Saving again applies theirs on top of the revision they have now seen.
                base_revision: Some(current),
                schedule_at,
                stale: Some(stale),
                ..EditorState::default()
            };
            editor(&app, &user, StatusCode::CONFLICT, draft, state).await
        }
        Err(err) => {
            let (status, state) = shown(article, Some(err), false);
            editor(&app, &user, status, draft, state).await
        }
    }
}

/// After a successful save: the status change the button asked for, then back to the editor.
async fn after_save(
    app: &App,
    user: &SignedIn,
    article: Article,
    draft: Draft,
    action: &str,
    schedule_at: String,
    saved: &'static str,
) -> Response {
    let actor = user.actor();
    let id = article.id;
    let changed = match action {
        "publish" => app
            .articles()
            .publish(&actor, id)
            .await
            .map(|_| "published"),
        "unpublish" => app
            .articles()
            .unpublish(&actor, id)
            .await
            .map(|_| "unpublished"),
        "schedule" => match schedule_time(&schedule_at) {
            Ok(at) => app
                .articles()
                .schedule(&actor, id, at)
                .await
                .map(|_| "scheduled"),
            Err(err) => Err(err.into()),
        },
        _ => Ok(saved),
    };
    match changed {
        Ok(done) => redirect(&format!("/admin/articles/{}?done={done}", id.0)),
        Err(err) => {
            // The content was saved; only the status change failed, so the editor continues
            // from the new revision.
            let (status, error) = ShownError::of(err);
            let notice =
                (saved != "unchanged").then(|| format!("Saved as revision {}.", article.revision));
            let state = EditorState {
                article: Some(article),
                schedule_at,
                error: Some(error),
                notice,
                ..EditorState::default()
            };
            editor(app, user, status, draft, state).await
        }
    }
}

/// A `datetime-local` value, read as UTC (the form says so).
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

/// `POST /admin/articles/preview`: the body as readers would get it, for the live preview.
async fn preview_fragment(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    let f = Form::parse(&body);
    let format = BodyFormat::parse(f.get("body_format").unwrap_or_default()).unwrap_or_default();
    let mut response = plain(
        &app,
        StatusCode::OK,
        &body_to_html(format, f.get("body").unwrap_or_default()),
    );
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// The draft as readers will see it: the public page, through the Admin API's preview service.
/// It is the site's page, so it gets the site's styles rather than the admin's strict policy.
async fn reader_preview(State(app): State<App>, _: SignedIn, Path(id): Path<i64>) -> Response {
    match app.public().preview_page(ArticleId(id)).await {
        Ok(html) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
                (header::X_FRAME_OPTIONS, "DENY"),
            ],
            html,
        )
            .into_response(),
        Err(err) => error_page(&app, err),
    }
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        ADMIN_JS,
    )
        .into_response()
}

async fn stylesheet(Path(file): Path<String>) -> Response {
    match gazette_render::AdminViews::stylesheet(&file) {
        Some(css) => (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            css,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

// --- revisions ---------------------------------------------------------------------------------

#[derive(Serialize)]
struct RevisionsView {
    #[serde(flatten)]
    chrome: Chrome,
    id: i64,
    title: String,
    current: i64,
    notice: Option<String>,
    revisions: Vec<RevisionRow>,
}

#[derive(Serialize)]
struct RevisionRow {
    number: i64,
    created: String,
    title: String,
    changes: Vec<diff::FieldChange>,
}

async fn revisions(
    State(app): State<App>,
    user: SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let id = ArticleId(id);
    let (article, mut revisions) = match (
        app.articles().article(id).await,
        app.articles().revisions(id).await,
    ) {
        (Ok(a), Ok(r)) => (a, r),
        (Err(err), _) | (_, Err(err)) => return error_page(&app, err),
    };
    revisions.sort_by_key(|r| r.number);
    let drafts: Vec<Draft> = revisions
        .iter()
        .map(|r| Draft::from_input(&r.input))
        .collect();
    let mut rows: Vec<RevisionRow> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| RevisionRow {
            number: r.number,
            created: minutes(r.created_at),
            title: r.input.title.clone(),
            changes: match i.checked_sub(1) {
                Some(prev) => diff::changes(&drafts[prev], &drafts[i]),
                None => Vec::new(),
            },
        })
        .collect();
    rows.reverse();
    let notice = q
        .get("restored")
        .map(|n| format!("Revision {n} restored as revision {}.", article.revision));
    let view = RevisionsView {
        chrome: user.chrome(&app, "articles").await,
        id: id.0,
        title: article.title,
        current: article.revision,
        notice,
        revisions: rows,
    };
    render(&app, StatusCode::OK, "article_revisions.html", &view)
}

async fn restore(
    State(app): State<App>,
    user: SignedIn,
    Path((id, number)): Path<(i64, i64)>,
    body: Bytes,
) -> Response {
    if let Some(refused) = csrf_refusal(&app, &user, &body) {
        return refused;
    }
    match app
        .articles()
        .restore_revision(&user.actor(), ArticleId(id), number)
        .await
    {
        Ok(_) => redirect(&format!("/admin/articles/{id}/revisions?restored={number}")),
        Err(err) => error_page(&app, err),
    }
}

/// A time to the minute, as the admin shows times (always UTC).
fn minutes(t: Timestamp) -> String {
    t.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]"
    ))
    .unwrap_or_default()
}

//! The editor: every field of the draft, the taxonomy choices, the featured-image panel, and
//! the notice or error of what was last done.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::media::{MediaItem, srcset_for_src};
use gazette_app::{App, AppError, Taxonomies};
use gazette_domain::{
    Article, ArticleId, BodyFormat, PendingChanges, SEARCH_TITLE_CHARS, SiteClock, Slug, Timestamp,
};
use gazette_render::body_to_html;
use gazette_render::html::plain_text_excerpt;
use serde::Serialize;

use super::{Draft, diff, instant};
use crate::admin::fields::Failure;
use crate::admin::messages::Text;
use crate::admin::{Chrome, SignedIn, error_page, page as render};

/// How many of the latest uploads the editor's picker shows.
const PICKER_ITEMS: usize = 12;

/// The choices for the taxonomy fields, the chosen ones first in the draft's order (so the
/// byline keeps its order when the form posts them back).
#[derive(Serialize)]
pub(super) struct Options {
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
    pub(super) fn of(tax: &Taxonomies, d: &Draft) -> Self {
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
    pending_seen: Option<i64>,
    pending: Option<PendingView>,
    checks: Option<Checks>,
    review: Option<ReviewView>,
    /// Whether this user may publish (editors and administrators); a contributor sends a draft
    /// for review instead.
    may_publish: bool,
}

/// The draft's open review request, as the editor shows it.
#[derive(Serialize)]
struct ReviewView {
    since: String,
    by: Option<String>,
    note: String,
}

/// Before publishing: what readers or search engines would miss (warned, never refused), the
/// length, and how the article shows in search results and when shared.
#[derive(Serialize)]
struct Checks {
    /// `PublishingWarning` codes; the template words them.
    warnings: Vec<&'static str>,
    words: usize,
    minutes: usize,
    /// The title as search results show it, cut where they cut it.
    search_title: String,
    /// The address readers get.
    url: String,
    /// The description search results and shared links show: the standfirst, else the start
    /// of the body.
    description: String,
    /// The image shared links show, when it is one of the site's own.
    share_thumb: Option<String>,
}

impl Checks {
    fn of(draft: &Draft, base: &str) -> Option<Self> {
        let input = draft.to_input().ok()?;
        let (words, minutes) = input.word_count();
        let title = input.title.trim();
        let search_title = if title.chars().count() > SEARCH_TITLE_CHARS {
            let cut: String = title.chars().take(SEARCH_TITLE_CHARS - 1).collect();
            format!("{}…", cut.trim_end())
        } else {
            title.to_owned()
        };
        let description = if !input.sharing.description.is_empty() {
            plain_text_excerpt(&input.sharing.description, 155)
        } else if input.standfirst.trim().is_empty() {
            plain_text_excerpt(&body_to_html(input.body_format, &input.body), 155)
        } else {
            plain_text_excerpt(&input.standfirst, 155)
        };
        let slug = input
            .slug
            .clone()
            .or_else(|| Slug::from_title(title).map(|s| s.as_str().to_owned()))
            .unwrap_or_default();
        Some(Self {
            warnings: input
                .publishing_warnings()
                .into_iter()
                .map(|w| w.code())
                .collect(),
            words,
            minutes,
            search_title,
            url: format!("{}/{}", base.trim_end_matches('/'), slug),
            description,
            // The admin's policy loads only its own images: a preview of the site's media.
            share_thumb: input
                .sharing
                .image
                .as_ref()
                .or(input.image.as_ref().map(|i| &i.src))
                .filter(|src| src.starts_with("/media/"))
                .cloned(),
        })
    }
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
pub(super) struct ShownError {
    field: String,
    message: String,
}

impl ShownError {
    pub(super) fn into_parts(self) -> (String, String) {
        (self.field, self.message)
    }

    /// The refusal worded as the management pages word theirs ([`Failure`]).
    pub(super) fn of(app: &App, err: AppError) -> (StatusCode, Self) {
        let failure = Failure::from(err);
        // `regions[1]` is shown at the regions list.
        let field = failure
            .field
            .as_deref()
            .map(|f| f.split('[').next().unwrap_or(f).to_owned())
            .unwrap_or_default();
        (
            failure.status,
            Self {
                field,
                message: failure.text(app),
            },
        )
    }
}

/// Someone saved while this editor was typing: their saved version, and how it differs.
#[derive(Serialize)]
pub(super) struct StaleView {
    pub(super) base: i64,
    pub(super) current: i64,
    pub(super) saved: Draft,
    pub(super) changes: Vec<diff::FieldChange>,
}

/// What the editor page shows besides the draft.
#[derive(Default)]
pub(super) struct EditorState {
    pub(super) article: Option<Article>,
    pub(super) base_revision: Option<i64>,
    pub(super) schedule_at: String,
    pub(super) error: Option<ShownError>,
    pub(super) notice: Option<String>,
    pub(super) preview: bool,
    pub(super) stale: Option<StaleView>,
    /// The stamp of the pending changes the form was loaded from.
    pub(super) pending_seen: Option<Timestamp>,
    /// The pending changes in the form, when it was loaded from them.
    pub(super) pending: Option<PendingChanges>,
}

/// Changes kept but not live, as the editor tells of them.
#[derive(Serialize)]
struct PendingView {
    /// `saved`, `autosave` or `restored`.
    origin: &'static str,
    restored_from: Option<i64>,
    saved_at: String,
    saved_by: Option<String>,
    apply_at: Option<String>,
    /// The revision they were made on is no longer the current one.
    stale: bool,
}

pub(super) async fn editor(
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
    let pending = match &state.pending {
        Some(p) => Some(PendingView {
            origin: p.origin.as_str(),
            restored_from: p.restored_from,
            saved_at: instant(p.saved_at),
            saved_by: match p.saved_by {
                Some(by) => app.users().name_of(by).await.ok().flatten(),
                None => None,
            },
            apply_at: p.apply_at.map(instant),
            stale: a.is_some_and(|a| a.revision != p.base_revision),
        }),
        None => None,
    };
    let review = match a {
        Some(a) => match app.articles().review_requests(Some(a.id)).await {
            Ok(mut found) => match found.pop() {
                Some(r) => Some(ReviewView {
                    since: instant(r.requested_at),
                    by: match r.requested_by {
                        Some(by) => app.users().name_of(by).await.ok().flatten(),
                        None => None,
                    },
                    note: r.note,
                }),
                None => None,
            },
            Err(err) => return error_page(app, err),
        },
        None => None,
    };
    let checks = Checks::of(&draft, app.base_url());
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
        published_at: a.and_then(|a| a.published_at).map(instant),
        scheduled_at: a.and_then(|a| a.scheduled_at).map(instant),
        // A scheduled article's time, in the newsroom's zone, until another is typed.
        schedule_at: if state.schedule_at.is_empty() {
            let scheduled = a
                .and_then(|a| a.scheduled_at)
                .or(state.pending.as_ref().and_then(|p| p.apply_at));
            match scheduled {
                Some(t) => crate::admin::clock(app).await.input_value(t),
                None => String::new(),
            }
        } else {
            state.schedule_at
        },
        options: Options::of(&tax, &draft),
        image: ImagePanel::of(&draft, a.map(|a| a.id.0), recent, total),
        draft,
        error: state.error,
        notice: state
            .notice
            .or_else(|| state.preview.then(|| Text::PreviewUpdated.show(app))),
        preview_html,
        stale: state.stale,
        checks,
        review,
        may_publish: user
            .actor()
            .user()
            .is_some_and(|u| u.role >= gazette_domain::Role::Editor),
        pending_seen: state
            .pending_seen
            .or(state.pending.as_ref().map(|p| p.saved_at))
            .map(super::save::millis),
        pending,
    };
    render(app, status, "article.html", &view)
}

/// The editor for article `id` as it is stored, with `draft` in the form; for a post that
/// saved nothing.
pub(super) async fn editor_for(
    app: &App,
    user: &SignedIn,
    id: ArticleId,
    status: StatusCode,
    draft: Draft,
    mut state: EditorState,
) -> Response {
    match app.articles().article(id).await {
        Ok(article) => {
            state.article = Some(article);
            editor(app, user, status, draft, state).await
        }
        Err(err) => error_page(app, err),
    }
}

/// The image the media library sent back (`?image_src=…&image_alt=…`), put in the form with a
/// notice that it is not saved yet.
fn library_choice(app: &App, q: &HashMap<String, String>, draft: &mut Draft) -> Option<String> {
    let src = q
        .get("image_src")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())?;
    draft.use_image(src, q.get("image_alt").map_or("", String::as_str));
    Some(Text::ImageInForm.show(app))
}

pub(super) async fn new(
    State(app): State<App>,
    user: SignedIn,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let mut draft = Draft::blank();
    // A new article starts with its writer's byline, when their profile names one.
    if let (Ok(profile), Ok(tax)) = (
        app.users().profile(&user.actor()).await,
        app.taxonomy().all().await,
    ) && let Some(author) = profile
        .author
        .and_then(|id| tax.authors.iter().find(|a| a.id == id))
    {
        draft.authors = vec![author.slug.as_str().to_owned()];
    }
    let state = EditorState {
        notice: library_choice(&app, &q, &mut draft),
        ..EditorState::default()
    };
    editor(&app, &user, StatusCode::OK, draft, state).await
}

/// A press of one of the picker's images (without the script): the form comes back with that
/// image in it and nothing saved. The description comes from the library when it has the image.
pub(super) async fn pick_image(
    app: &App,
    user: &SignedIn,
    draft: &mut Draft,
    src: &str,
) -> Option<String> {
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
    Some(Text::ImageInForm.show(app))
}

pub(super) async fn edit(
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
    // Pending changes are what the editor continues from; the saved article stays as it is.
    let pending = match app.articles().pending(ArticleId(id)).await {
        Ok(p) => p,
        Err(err) => return error_page(&app, err),
    };
    let mut draft = Draft::from_input(pending.as_ref().map_or(&input, |p| &p.input));
    let clock = crate::admin::clock(&app).await;
    let notice = library_choice(&app, &q, &mut draft).or_else(|| {
        q.get("done")
            .and_then(|d| done_notice(d, &article, &clock))
            .map(|notice| notice.show(&app))
    });
    let state = EditorState {
        base_revision: pending.as_ref().map(|p| p.base_revision),
        article: Some(article),
        notice,
        pending,
        ..EditorState::default()
    };
    editor(&app, &user, StatusCode::OK, draft, state).await
}

/// The notice for what the editor's last post did (`?done=`, the codes `save.rs` redirects
/// with).
fn done_notice(done: &str, a: &Article, clock: &SiteClock) -> Option<Text> {
    let revision = a.revision;
    Some(match done {
        "created" => Text::EditorCreated { revision },
        "saved" => Text::EditorSaved { revision },
        "unchanged" => Text::EditorUnchanged { revision },
        "published" => Text::EditorPublished { revision },
        "scheduled" => Text::EditorScheduled {
            revision,
            at: a.scheduled_at.map(|t| clock.minutes(t)).unwrap_or_default(),
        },
        "unpublished" => Text::EditorUnpublished,
        "restored" => Text::EditorRestored { revision },
        "kept" => Text::EditorKept,
        "update_scheduled" => Text::EditorUpdateScheduled,
        "discarded" => Text::EditorDiscarded,
        "duplicated" => Text::EditorDuplicated,
        "review_requested" => Text::EditorReviewRequested { revision },
        "review_withdrawn" => Text::EditorReviewWithdrawn,
        "restored_for_review" => Text::EditorRestoredForReview,
        _ => return None,
    })
}

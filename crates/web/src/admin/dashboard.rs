//! The dashboard at `/admin`, where signing in lands: what is waiting for this person. Their
//! drafts, the drafts sent for review, a calendar of what is scheduled, the imports and feed
//! items waiting, the machine translations not yet reviewed, each newsletter's next send and,
//! for editors, the jobs that failed for good. Each part is one service's own listing; nothing
//! here decides anything.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use gazette_app::{App, AppResult, ArticleOrder, ArticleQuery, JobStatus};
use gazette_domain::{Article, ArticleStatus, Role, SiteClock};
use serde::Serialize;
use time::Duration;

use super::articles::instant;
use super::{Chrome, SignedIn, clock, error_page, page};

/// How many items each part shows; each links to its full list.
const SHOWN: u32 = 6;
/// The calendar's weeks, from the start of this one.
const CALENDAR_WEEKS: i64 = 4;

#[derive(Serialize)]
struct DashboardView {
    #[serde(flatten)]
    chrome: Chrome,
    editor: bool,
    my_drafts: Vec<ArticleLine>,
    reviews: Vec<ReviewLine>,
    calendar: Vec<Vec<CalendarDay>>,
    /// Scheduled beyond the calendar's weeks.
    later: Vec<ArticleLine>,
    waiting_imports: Vec<ImportLine>,
    latest_imports: Vec<ImportLine>,
    translations: Vec<TranslationLine>,
    translations_total: u64,
    newsletters: Vec<NewsletterLine>,
    failed_jobs: Vec<JobLine>,
}

#[derive(Serialize)]
struct ArticleLine {
    id: i64,
    title: String,
    status: &'static str,
    /// RFC 3339: when it was edited, or when it goes live for a scheduled one.
    at: String,
}

#[derive(Serialize)]
struct ReviewLine {
    id: i64,
    title: String,
    by: Option<String>,
    since: String,
    note: String,
}

#[derive(Serialize)]
struct CalendarDay {
    /// `2026-12-07`.
    date: String,
    /// `Mon 7 Dec`.
    label: String,
    today: bool,
    past: bool,
    items: Vec<CalendarItem>,
}

#[derive(Serialize)]
struct CalendarItem {
    id: i64,
    title: String,
    time: String,
    /// A live article's scheduled update, not its first publication.
    update: bool,
}

/// Something that goes live at a time: an article, or a live article's update.
struct Scheduled {
    id: i64,
    title: String,
    at: gazette_domain::Timestamp,
    update: bool,
}

#[derive(Serialize)]
struct ImportLine {
    id: i64,
    title: String,
    source: String,
    article_id: Option<i64>,
    state: &'static str,
    changed: bool,
    at: String,
}

#[derive(Serialize)]
struct TranslationLine {
    article_id: i64,
    language: String,
    title: String,
    at: Option<String>,
}

#[derive(Serialize)]
struct NewsletterLine {
    slug: String,
    name: String,
    subscribers: u64,
    next_send: Option<String>,
}

#[derive(Serialize)]
struct JobLine {
    kind: String,
    attempts: i64,
    error: String,
    at: String,
}

/// `GET /admin`.
pub(super) async fn dashboard(State(app): State<App>, user: SignedIn) -> Response {
    match view(&app, &user).await {
        Ok(view) => page(&app, StatusCode::OK, "dashboard.html", &view),
        Err(err) => error_page(&app, err),
    }
}

async fn view(app: &App, user: &SignedIn) -> AppResult<DashboardView> {
    let actor = user.actor();
    let me = actor.user().cloned();
    let editor = me.as_ref().is_some_and(|u| u.role >= Role::Editor);
    let articles = app.articles();
    let recent = |query: ArticleQuery, order| async move { articles.list(&query, order).await };

    let (my_drafts, _) = recent(
        ArticleQuery {
            status: Some(ArticleStatus::Draft),
            started_by: me.as_ref().map(|u| u.id),
            per_page: SHOWN,
            page: 1,
            ..ArticleQuery::default()
        },
        ArticleOrder::RecentlyUpdated,
    )
    .await?;
    let (in_review, _) = recent(
        ArticleQuery {
            in_review: true,
            per_page: 100,
            page: 1,
            // A contributor follows their own requests; editors see the whole queue.
            started_by: if editor {
                None
            } else {
                me.as_ref().map(|u| u.id)
            },
            ..ArticleQuery::default()
        },
        ArticleOrder::RecentlyUpdated,
    )
    .await?;
    let (scheduled, _) = recent(
        ArticleQuery {
            status: Some(ArticleStatus::Scheduled),
            per_page: 100,
            page: 1,
            ..ArticleQuery::default()
        },
        ArticleOrder::RecentlyUpdated,
    )
    .await?;
    let requests = articles.review_requests(None).await?;
    let mut reviews = Vec::new();
    for r in requests {
        let Some(a) = in_review.iter().find(|a| a.id == r.article_id) else {
            continue;
        };
        let by = match r.requested_by {
            Some(id) => app.users().name_of(id).await?,
            None => None,
        };
        reviews.push(ReviewLine {
            id: a.id.0,
            title: a.title.clone(),
            by,
            since: instant(r.requested_at),
            note: r.note,
        });
    }

    let mut going_live: Vec<Scheduled> = scheduled
        .iter()
        .filter_map(|a| {
            Some(Scheduled {
                id: a.id.0,
                title: a.title.clone(),
                at: a.scheduled_at?,
                update: false,
            })
        })
        .collect();
    for p in articles.scheduled_updates().await? {
        if let Some(at) = p.apply_at {
            going_live.push(Scheduled {
                id: p.article_id.0,
                title: p.input.title,
                at,
                update: true,
            });
        }
    }
    going_live.sort_by_key(|s| s.at);
    let site_clock = clock(app).await;
    let (calendar, later) = calendar(&site_clock, going_live);

    let syndication = app.syndication();
    let imports = |entries: Vec<gazette_app::QueueEntry>| {
        entries
            .into_iter()
            .map(|e| ImportLine {
                id: e.id,
                title: e.title.unwrap_or_else(|| e.canonical_url.clone()),
                source: e.source,
                article_id: e.article_id.map(|id| id.0),
                state: e.state.as_str(),
                changed: e.original_changed,
                at: instant(e.fetched_at),
            })
            .collect::<Vec<_>>()
    };
    let waiting_imports = imports(syndication.review_queue(&actor, SHOWN).await?);
    let latest_imports = imports(syndication.latest_imports(&actor, SHOWN).await?);

    let (waiting, translations_total) = app.translations().awaiting_review(&actor, SHOWN).await?;
    let translations = waiting
        .into_iter()
        .map(|t| TranslationLine {
            article_id: t.article_id.0,
            language: t.language,
            title: t.title,
            at: t.translated_at.map(instant),
        })
        .collect();

    let newsletters = app
        .newsletters()
        .overviews()
        .await?
        .into_iter()
        .map(|n| NewsletterLine {
            slug: n.newsletter.slug.as_str().to_owned(),
            name: n.newsletter.name.clone(),
            subscribers: n.subscribers,
            next_send: n.next_send,
        })
        .collect();

    let failed_jobs = if editor {
        app.jobs()
            .list(&[JobStatus::Failed], SHOWN)
            .await?
            .into_iter()
            .map(|j| JobLine {
                kind: j.kind,
                attempts: j.attempts,
                error: j.last_error.unwrap_or_default(),
                at: instant(j.run_at),
            })
            .collect()
    } else {
        Vec::new()
    };

    Ok(DashboardView {
        chrome: user.chrome(app, "dashboard").await,
        editor,
        my_drafts: my_drafts.iter().map(|a| line(a, a.updated_at)).collect(),
        reviews,
        calendar,
        later,
        waiting_imports,
        latest_imports,
        translations,
        translations_total,
        newsletters,
        failed_jobs,
    })
}

fn line(a: &Article, at: gazette_domain::Timestamp) -> ArticleLine {
    ArticleLine {
        id: a.id.0,
        title: a.title.clone(),
        status: a.status.as_str(),
        at: instant(at),
    }
}

/// The weeks from this one's Monday, each day with what goes live on it (in the newsroom's
/// time zone), and what is scheduled after them. `going_live` is in time order.
fn calendar(
    clock: &SiteClock,
    going_live: Vec<Scheduled>,
) -> (Vec<Vec<CalendarDay>>, Vec<ArticleLine>) {
    let Some((today, _)) = clock.day_and_time(gazette_domain::Timestamp::now_utc()) else {
        return (Vec::new(), Vec::new());
    };
    let start = today - Duration::days(i64::from(today.weekday().number_days_from_monday()));
    let end = start + Duration::weeks(CALENDAR_WEEKS);
    let mut by_day: BTreeMap<time::Date, Vec<CalendarItem>> = BTreeMap::new();
    let mut later = Vec::new();
    for s in going_live {
        match clock.day_and_time(s.at) {
            Some((day, time)) if day < end => by_day.entry(day).or_default().push(CalendarItem {
                id: s.id,
                title: s.title,
                time,
                update: s.update,
            }),
            _ => later.push(ArticleLine {
                id: s.id,
                title: s.title,
                status: if s.update { "update" } else { "scheduled" },
                at: instant(s.at),
            }),
        }
    }
    let weeks = (0..CALENDAR_WEEKS)
        .map(|week| {
            (0..7)
                .map(|d| {
                    let date = start + Duration::days(week * 7 + d);
                    CalendarDay {
                        date: date.to_string(),
                        label: format!(
                            "{} {} {}",
                            &date.weekday().to_string()[..3],
                            date.day(),
                            &date.month().to_string()[..3]
                        ),
                        today: date == today,
                        past: date < today,
                        items: by_day.remove(&date).unwrap_or_default(),
                    }
                })
                .collect()
        })
        .collect();
    (weeks, later)
}

//! The site settings: name, tagline, footer, blurbs, social links and the translation
//! glossary. The administrators' page; the settings service decides who may.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use gazette_app::{App, AppError};
use gazette_domain::{SiteSettings, SocialLink};
use serde::Serialize;

use super::fields::{
    Failure, FieldView, Fields, NoticeQuery, Values, checkbox, forbidden, notice_text, place_error,
    values,
};
use super::{Chrome, Form, SignedIn, csrf_refusal, error_page, page as render, redirect};

pub(super) fn routes() -> Router<App> {
    Router::new().route("/admin/settings", get(page).post(save))
}

/// Blank social-link rows the settings form offers beyond the stored ones.
const SPARE_SOCIAL_ROWS: usize = 2;

#[derive(Serialize)]
struct SettingsView {
    #[serde(flatten)]
    chrome: Chrome,
    fields: Vec<FieldView>,
    social: Vec<SocialRow>,
    error: Option<String>,
    notice: Option<String>,
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
        ("time_zone", s.time_zone.clone()),
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
        // Left empty, the newsroom keeps UTC.
        time_zone: Some(text("time_zone"))
            .filter(|z| !z.is_empty())
            .unwrap_or_else(|| "UTC".into()),
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

async fn show(
    app: &App,
    user: &SignedIn,
    status: StatusCode,
    values: Values,
    failure: Option<Failure>,
    notice: Option<String>,
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
        .add("text", "time_zone", "Newsroom time zone")
        .hint(
            "Every time in the admin is shown in it, and times you type are read in it: \
             a name such as Europe/Lisbon, America/Bogota or UTC (the default).",
        )
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
            row.label_error = Some(f.text(app));
        } else {
            row.url_error = Some(f.text(app));
        }
        failure = None;
    }
    let error = place_error(app, &mut fields, failure.as_ref());
    let view = SettingsView {
        chrome: user.chrome(app, "settings").await,
        fields,
        social,
        error,
        notice,
    };
    render(app, status, "manage_settings.html", &view)
}

async fn page(State(app): State<App>, user: SignedIn, Query(q): Query<NoticeQuery>) -> Response {
    let settings = match app.settings().editable(&user.actor()).await {
        Ok(s) => s,
        Err(AppError::Forbidden(_)) => {
            return forbidden(&app, &user, "settings", "Site settings").await;
        }
        Err(err) => return error_page(&app, err),
    };
    let notice = q.notice.as_deref().and_then(|code| notice_text(&app, code));
    show(
        &app,
        &user,
        StatusCode::OK,
        settings_values(&settings),
        None,
        notice,
    )
    .await
}

async fn save(State(app): State<App>, user: SignedIn, body: Bytes) -> Response {
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
            show(&app, &user, failure.status, values, Some(failure), None).await
        }
    }
}

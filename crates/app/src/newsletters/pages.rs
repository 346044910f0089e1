//! The reader's newsletter pages: subscribe, notices, preferences, unsubscribe, the archive.
//!
//! The subscribe page and the archive are public pages like any other; the preferences and
//! unsubscribe pages are reached by a secret link, so the web layer sends them uncached and
//! marked private. Every word a reader reads here, notices and refusals included, comes from
//! the theme's catalogues, in the page's language.

use gazette_domain::{Cadence, Newsletter};
use gazette_render::i18n::Catalogues;
use gazette_render::views::{
    ArchivePage, EditionLink, EditionPage, FormError, LanguageChoice, Link, NewsletterChoice,
    NoticePage, PageMeta, PreferencesPage, SubscribePage, UnsubscribePage,
};
use gazette_store::newsletters as rows;
use sqlx::AnyConnection;

use super::{Newsletters, SubscribeOutcome};
use crate::views::{Ctx, SITE_LANG, nav, pagination, site_view};
use crate::{AppError, AppResult};

const PER_PAGE: u32 = 12;

/// What a refused subscribe form held, to show it again with the error beside its field.
#[derive(Debug, Default)]
pub struct SubscribeForm {
    pub email: String,
    pub newsletters: Vec<String>,
    pub language: String,
    /// Why it was refused: bad input or too many requests.
    pub refused: Option<AppError>,
}

/// The short pages that tell a reader where their subscription stands.
enum Notice<'a> {
    CheckInbox,
    Confirmation(&'a SubscribeOutcome),
}

/// Display names of the languages Gazette knows how to name; others show their code.
fn language_name(code: &str) -> &str {
    match code {
        "ar" => "العربية",
        "de" => "Deutsch",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "he" => "עברית",
        "hi" => "हिन्दी",
        "id" => "Bahasa Indonesia",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "pt" => "Português",
        "ru" => "Русский",
        "sw" => "Kiswahili",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        "zh" => "中文",
        other => other,
    }
}

/// "Every day at 07:00 (Europe/Paris)".
pub(super) fn schedule(n: &Newsletter) -> String {
    match n.cadence {
        Cadence::Daily => format!("Every day at {} ({})", n.send_time, n.time_zone),
        Cadence::Weekly => {
            let mut day = n.weekday.clone();
            if let Some(first) = day.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("Every {day} at {} ({})", n.send_time, n.time_zone)
        }
    }
}

fn choice(n: &Newsletter, checked: bool) -> NewsletterChoice {
    NewsletterChoice {
        slug: n.slug.to_string(),
        name: n.name.clone(),
        description: n.description.clone(),
        schedule: schedule(n),
        checked,
        url: format!("/newsletter/{}", n.slug),
    }
}

/// The words of a refused form, from the catalogues, beside the field at fault. `email` is what
/// the reader typed, if the form has an address.
fn refusal(i18n: &Catalogues, err: &AppError, email: &str) -> FormError {
    let (field, key) = match err {
        AppError::Invalid(e) if e.field == "email" && email.trim().is_empty() => {
            ("email", "form-email-missing")
        }
        AppError::Invalid(e) if e.field == "email" => ("email", "form-invalid-email"),
        // No newsletter chosen and none to fall back on.
        AppError::Invalid(e) if e.field == "newsletters" => ("newsletters", "no-newsletters"),
        // The form shows list errors at the list, whichever entry was at fault.
        AppError::Invalid(e) if e.field.starts_with("newsletters") => {
            ("newsletters", "form-unknown-newsletter")
        }
        AppError::Invalid(e) if e.field == "language" => ("language", "form-invalid"),
        AppError::RateLimited(_) => ("", "form-rate-limited"),
        _ => ("", "form-invalid"),
    };
    FormError {
        field: field.to_owned(),
        message: i18n.message(SITE_LANG, key, &[]),
    }
}

/// "A, B and C", or "our newsletter" when there is no name to give.
fn names(i18n: &Catalogues, list: &[String]) -> String {
    let word = |key| i18n.message(SITE_LANG, key, &[]);
    match list {
        [] => word("our-newsletter"),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{}{}{last}",
            rest.join(&word("list-separator")),
            word("list-and")
        ),
    }
}

fn meta(ctx: &Ctx, title: &str, path: &str, robots: Option<&str>) -> PageMeta {
    PageMeta {
        title: format!("{title} — {}", ctx.settings.name),
        description: ctx.settings.newsletter_blurb.clone(),
        canonical: format!("{}{path}", ctx.base),
        robots: robots.map(str::to_owned),
        feeds: Vec::new(),
        image: None,
    }
}

impl Newsletters<'_> {
    async fn language_choices(
        &self,
        conn: &mut AnyConnection,
        selected: &str,
    ) -> AppResult<Vec<LanguageChoice>> {
        let mut codes = vec!["en".to_owned()];
        for code in rows::article_languages(conn).await? {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        let selected = if selected.is_empty() { "en" } else { selected };
        Ok(codes
            .into_iter()
            .map(|code| LanguageChoice {
                name: language_name(&code).to_owned(),
                selected: code == selected,
                code,
            })
            .collect())
    }

    /// The subscribe page, empty or showing a refused form again.
    pub async fn subscribe_page(&self, form: &SubscribeForm) -> AppResult<String> {
        let mut conn = self.store().reader().await?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let all: Vec<Newsletter> = rows::newsletters(&mut conn)
            .await?
            .into_iter()
            .filter(|n| n.active)
            .collect();
        let main = super::main_newsletter(&all.iter().collect::<Vec<_>>()).map(|n| n.id);
        let newsletters = all
            .iter()
            .map(|n| {
                let checked = if form.newsletters.is_empty() {
                    Some(n.id) == main
                } else {
                    form.newsletters.iter().any(|s| s == n.slug.as_str())
                };
                choice(n, checked)
            })
            .collect();
        let i18n = self.theme().i18n();
        let view = SubscribePage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(
                &ctx,
                &i18n.message(SITE_LANG, "newsletters", &[]),
                "/newsletter",
                None,
            ),
            newsletters,
            languages: self.language_choices(&mut conn, &form.language).await?,
            email: form.email.clone(),
            error: form
                .refused
                .as_ref()
                .map(|err| refusal(i18n, err, &form.email)),
        };
        Ok(self.theme().render("newsletter.html", &view)?)
    }

    /// The page after the subscribe form: a confirmation email is on its way.
    pub async fn check_inbox_page(&self) -> AppResult<String> {
        self.notice_page(Notice::CheckInbox).await
    }

    /// Follows a confirmation link and says what it did.
    pub async fn confirm_page(&self, token: &str) -> AppResult<(SubscribeOutcome, String)> {
        let outcome = self.confirm_subscription(token).await?;
        let page = self.notice_page(Notice::Confirmation(&outcome)).await?;
        Ok((outcome, page))
    }

    /// A short page with a heading, a sentence and perhaps one link.
    async fn notice_page(&self, notice: Notice<'_>) -> AppResult<String> {
        let i18n = self.theme().i18n();
        let word = |key| i18n.message(SITE_LANG, key, &[]);
        let subscribe = |key| {
            Some(Link {
                name: word(key),
                url: "/newsletter".into(),
            })
        };
        let (heading, message, link) = match notice {
            Notice::CheckInbox => (
                word("notice-check-inbox"),
                word("notice-check-inbox-text"),
                None,
            ),
            Notice::Confirmation(SubscribeOutcome::Confirmed { newsletters }) => (
                word("notice-subscribed"),
                i18n.message(
                    SITE_LANG,
                    "notice-subscribed-text",
                    &[("newsletters", names(i18n, newsletters).into())],
                ),
                None,
            ),
            Notice::Confirmation(SubscribeOutcome::AlreadyConfirmed) => (
                word("notice-already-subscribed"),
                word("notice-already-subscribed-text"),
                None,
            ),
            Notice::Confirmation(SubscribeOutcome::Expired) => (
                word("notice-link-expired"),
                word("notice-link-expired-text"),
                subscribe("subscribe-again"),
            ),
            Notice::Confirmation(SubscribeOutcome::Unknown) => (
                word("notice-link-unknown"),
                word("notice-link-unknown-text"),
                subscribe("subscribe"),
            ),
        };
        let mut conn = self.store().reader().await?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let view = NoticePage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(&ctx, &heading, "/newsletter", Some("noindex")),
            heading,
            message,
            link,
        };
        Ok(self.theme().render("newsletter-notice.html", &view)?)
    }

    /// The preferences page behind a manage link.
    pub async fn preferences_page(
        &self,
        token: &str,
        saved: bool,
        refused: Option<&AppError>,
    ) -> AppResult<String> {
        let prefs = self.preferences(token).await?;
        let mut conn = self.store().reader().await?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let all = rows::newsletters(&mut conn).await?;
        let newsletters = prefs
            .newsletters
            .iter()
            .filter_map(|p| {
                all.iter()
                    .find(|n| n.slug.as_str() == p.slug)
                    .map(|n| choice(n, p.subscribed))
            })
            .collect();
        let i18n = self.theme().i18n();
        let view = PreferencesPage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(
                &ctx,
                &i18n.message(SITE_LANG, "your-newsletters", &[]),
                "/newsletter",
                Some("noindex"),
            ),
            email_hint: prefs.email_hint,
            newsletters,
            languages: self.language_choices(&mut conn, &prefs.language).await?,
            action_url: format!("/newsletter/manage/{token}"),
            unsubscribe_url: format!("/newsletter/unsubscribe/{token}"),
            saved,
            error: refused.map(|err| refusal(i18n, err, "")),
        };
        Ok(self.theme().render("newsletter-preferences.html", &view)?)
    }

    /// The unsubscribe page: the one button before, the confirmation after.
    pub async fn unsubscribe_page(
        &self,
        token: &str,
        list: Option<&str>,
        left: Option<Vec<String>>,
    ) -> AppResult<String> {
        let mut conn = self.store().reader().await?;
        // The link must be real, or the page would offer a button that does nothing.
        self.subscriber_by_link(&mut conn, token).await?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let newsletter_name = match list {
            Some(slug) => rows::newsletter_by_slug(&mut conn, slug)
                .await?
                .map(|n| n.name),
            None => None,
        };
        let action_url = match list {
            Some(slug) if newsletter_name.is_some() => {
                format!("/newsletter/unsubscribe/{token}?list={slug}")
            }
            _ => format!("/newsletter/unsubscribe/{token}"),
        };
        let view = UnsubscribePage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(
                &ctx,
                &self.theme().i18n().message(SITE_LANG, "unsubscribe", &[]),
                "/newsletter",
                Some("noindex"),
            ),
            newsletter_name,
            action_url,
            preferences_url: format!("/newsletter/manage/{token}"),
            done: left.is_some(),
            left: left.unwrap_or_default(),
        };
        Ok(self.theme().render("newsletter-unsubscribe.html", &view)?)
    }

    /// A newsletter's past editions, newest first.
    pub async fn archive_page(&self, slug: &str, page: u32) -> AppResult<String> {
        let mut conn = self.store().reader().await?;
        let n = super::newsletter_by_slug(&mut conn, slug).await?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let total = rows::count_editions(&mut conn, n.id).await?;
        let editions =
            rows::editions(&mut conn, n.id, false, PER_PAGE, (page - 1) * PER_PAGE).await?;
        if page > 1 && editions.is_empty() {
            return Err(AppError::NotFound(format!("page {page}")));
        }
        let mut links = Vec::with_capacity(editions.len());
        for e in &editions {
            let (subject, date) = super::sending::heading(&n, e, self.theme().i18n());
            let number = e.number.unwrap_or(0);
            links.push(EditionLink {
                number,
                subject,
                date,
                date_iso: crate::views::iso(e.started_at.unwrap_or(e.created_at)),
                url: format!("/newsletter/{}/{number}", n.slug),
            });
        }
        let path = format!("/newsletter/{}", n.slug);
        let view = ArchivePage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(&ctx, &n.name, &path, None),
            newsletter: choice(&n, false),
            editions: links,
            pagination: pagination(&path, page, total),
        };
        Ok(self.theme().render("newsletter-archive.html", &view)?)
    }

    /// One edition as a web page.
    pub async fn edition_page(&self, slug: &str, number: i64) -> AppResult<String> {
        let mut conn = self.store().reader().await?;
        let n = super::newsletter_by_slug(&mut conn, slug).await?;
        let e = rows::edition_by_number(&mut conn, n.id, number)
            .await?
            .filter(|e| e.status != gazette_domain::EditionStatus::Skipped)
            .ok_or_else(|| AppError::NotFound(format!("edition {number} of {slug:?}")))?;
        let ctx = Ctx::load(&mut conn, self.base_url()).await?;
        let edition = self.edition_view(&mut conn, &n, &e).await?;
        let view = EditionPage {
            site: site_view(&ctx.settings),
            nav: nav(&ctx.tax),
            page: meta(
                &ctx,
                &edition.subject,
                &format!("/newsletter/{}/{number}", n.slug),
                None,
            ),
            newsletter: choice(&n, false),
            edition,
            number,
        };
        Ok(self.theme().render("newsletter-edition.html", &view)?)
    }
}

//! The reader's newsletter pages: subscribe, notices, preferences, unsubscribe, the archive.
//!
//! The subscribe page and the archive are public pages like any other; the preferences and
//! unsubscribe pages are reached by a secret link, so the web layer sends them uncached and
//! marked private. Every word a reader reads here, notices and refusals included, comes from
//! the theme's catalogues, in the page's language: each builder takes the reader's language
//! (`None` for the site's own, at `/newsletter…`; `Some("es")` at `/es/newsletter…`), and
//! its links stay in that language.

use gazette_domain::{Cadence, Newsletter};
use gazette_render::i18n::Catalogues;
use gazette_render::views::{
    ArchivePage, EditionLink, EditionPage, FormError, LanguageChoice, Link, NewsletterChoice,
    NoticePage, PageMeta, PreferencesPage, SubscribePage, UnsubscribePage,
};
use gazette_store::newsletters as rows;
use sqlx::AnyConnection;

use super::sending::{edition_lang, lang_prefix};
use super::{Newsletters, SubscribeOutcome};
use crate::translations::{EngineUse, SiteTexts};
use crate::views::{Ctx, SITE_LANG, language_name, pagination};
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

/// When the newsletter goes out, in `lang`'s words: a reader's page, or the editors' screens and
/// the Admin API in the site's language ("Every day at 07:00 (Europe/Paris)").
pub(super) fn schedule_in(i18n: &Catalogues, lang: &str, n: &Newsletter) -> String {
    let time = ("time", n.send_time.as_str().into());
    let zone = ("zone", n.time_zone.as_str().into());
    match n.cadence {
        Cadence::Daily => i18n.message(lang, "schedule-daily", &[time, zone]),
        Cadence::Weekly => i18n.message(
            lang,
            "schedule-weekly",
            &[("day", n.weekday.as_str().into()), time, zone],
        ),
    }
}

/// A newsletter as a page in `lang` lists it: its name and description from the site's texts in
/// that language where they are translated.
fn choice(
    i18n: &Catalogues,
    texts: &SiteTexts,
    n: &Newsletter,
    checked: bool,
    lang: &str,
) -> NewsletterChoice {
    let n = &texts.newsletter_in(n);
    NewsletterChoice {
        slug: n.slug.to_string(),
        name: n.name.clone(),
        description: n.description.clone(),
        schedule: schedule_in(i18n, lang, n),
        checked,
        url: format!("{}/newsletter/{}", lang_prefix(lang), n.slug),
    }
}

/// The language of a page asked for in `lang`: the language table's spelling of it, or the
/// site's language.
fn page_lang(lang: Option<&str>) -> &'static str {
    lang.map_or(SITE_LANG, edition_lang)
}

/// The edition a page in `lang` belongs to: None for the site's own language.
fn edition_of(lang: &str) -> Option<&str> {
    (lang != SITE_LANG).then_some(lang)
}

/// The words of a refused form, from the catalogues, beside the field at fault. `email` is what
/// the reader typed, if the form has an address.
fn refusal(i18n: &Catalogues, lang: &str, err: &AppError, email: &str) -> FormError {
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
        message: i18n.message(lang, key, &[]),
    }
}

/// "A, B and C", or "our newsletter" when there is no name to give.
fn names(i18n: &Catalogues, lang: &str, list: &[String]) -> String {
    let word = |key| i18n.message(lang, key, &[]);
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

/// The page's metadata; `path` is the page's own, in its language (`/es/newsletter`).
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
    /// The language editions a reader may choose: the site's, the articles' own, the page's,
    /// and those readers are offered translations in; `selected` is chosen.
    async fn language_choices(
        &self,
        conn: &mut AnyConnection,
        page: &str,
        selected: &str,
    ) -> AppResult<Vec<LanguageChoice>> {
        let mut codes = vec![SITE_LANG.to_owned()];
        let offered = self.translations().offered_languages();
        let more = rows::article_languages(conn)
            .await?
            .into_iter()
            .chain([page.to_owned()])
            .chain(offered.iter().map(|l| l.code.to_owned()))
            .collect::<Vec<String>>();
        for code in more {
            if !codes.iter().any(|c| c.eq_ignore_ascii_case(&code)) {
                codes.push(code);
            }
        }
        let selected = if selected.trim().is_empty() {
            page
        } else {
            selected.trim()
        };
        Ok(codes
            .into_iter()
            .map(|code| LanguageChoice {
                name: language_name(&code),
                selected: code.eq_ignore_ascii_case(selected),
                code,
            })
            .collect())
    }

    /// The subscribe page in `lang`, empty or showing a refused form again; a page in a
    /// language chooses that language edition unless the form chose another.
    pub async fn subscribe_page(
        &self,
        form: &SubscribeForm,
        lang: Option<&str>,
    ) -> AppResult<String> {
        let lang = page_lang(lang);
        let prefix = lang_prefix(lang);
        let mut conn = self.store().reader().await?;
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let texts = SiteTexts::load(&mut conn, lang).await?;
        let all: Vec<Newsletter> = rows::newsletters(&mut conn)
            .await?
            .into_iter()
            .filter(|n| n.active)
            .collect();
        let main = super::main_newsletter(&all.iter().collect::<Vec<_>>()).map(|n| n.id);
        let i18n = self.theme().i18n();
        let newsletters = all
            .iter()
            .map(|n| {
                let checked = if form.newsletters.is_empty() {
                    Some(n.id) == main
                } else {
                    form.newsletters.iter().any(|s| s == n.slug.as_str())
                };
                choice(i18n, &texts, n, checked, lang)
            })
            .collect();
        let view = SubscribePage {
            site: ctx.site_at("/newsletter"),
            nav: ctx.nav(),
            page: meta(
                &ctx,
                &i18n.message(lang, "newsletters", &[]),
                &format!("{prefix}/newsletter"),
                None,
            ),
            newsletters,
            languages: self
                .language_choices(&mut conn, lang, &form.language)
                .await?,
            email: form.email.clone(),
            error: form
                .refused
                .as_ref()
                .map(|err| refusal(i18n, lang, err, &form.email)),
            action_url: format!("{prefix}/newsletter/subscribe"),
        };
        Ok(self.theme().render("newsletter.html", &view)?)
    }

    /// The page after the subscribe form, in `lang`: a confirmation email is on its way.
    pub async fn check_inbox_page(&self, lang: Option<&str>) -> AppResult<String> {
        self.notice_page(Notice::CheckInbox, page_lang(lang)).await
    }

    /// Follows a confirmation link and says what it did, in `lang`.
    pub async fn confirm_page(
        &self,
        token: &str,
        lang: Option<&str>,
    ) -> AppResult<(SubscribeOutcome, String)> {
        let outcome = self.confirm_subscription(token).await?;
        let page = self
            .notice_page(Notice::Confirmation(&outcome), page_lang(lang))
            .await?;
        Ok((outcome, page))
    }

    /// A short page with a heading, a sentence and perhaps one link.
    async fn notice_page(&self, notice: Notice<'_>, lang: &str) -> AppResult<String> {
        let i18n = self.theme().i18n();
        let word = |key| i18n.message(lang, key, &[]);
        let newsletter_url = format!("{}/newsletter", lang_prefix(lang));
        let subscribe = |key| {
            Some(Link {
                name: word(key),
                url: newsletter_url.clone(),
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
                    lang,
                    "notice-subscribed-text",
                    &[("newsletters", names(i18n, lang, newsletters).into())],
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
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let view = NoticePage {
            // Behind a secret link or a form's answer: no other language to offer.
            site: ctx.site_with(Vec::new()),
            nav: ctx.nav(),
            page: meta(&ctx, &heading, &newsletter_url, Some("noindex")),
            heading,
            message,
            link,
        };
        Ok(self.theme().render("newsletter-notice.html", &view)?)
    }

    /// The preferences page behind a manage link, in `lang`.
    pub async fn preferences_page(
        &self,
        token: &str,
        saved: bool,
        refused: Option<&AppError>,
        lang: Option<&str>,
    ) -> AppResult<String> {
        let lang = page_lang(lang);
        let prefix = lang_prefix(lang);
        let prefs = self.preferences(token).await?;
        let mut conn = self.store().reader().await?;
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let texts = SiteTexts::load(&mut conn, lang).await?;
        let all = rows::newsletters(&mut conn).await?;
        let i18n = self.theme().i18n();
        let newsletters = prefs
            .newsletters
            .iter()
            .filter_map(|p| {
                all.iter()
                    .find(|n| n.slug.as_str() == p.slug)
                    .map(|n| choice(i18n, &texts, n, p.subscribed, lang))
            })
            .collect();
        let view = PreferencesPage {
            site: ctx.site_with(Vec::new()),
            nav: ctx.nav(),
            page: meta(
                &ctx,
                &i18n.message(lang, "your-newsletters", &[]),
                &format!("{prefix}/newsletter"),
                Some("noindex"),
            ),
            email_hint: prefs.email_hint,
            newsletters,
            languages: self
                .language_choices(&mut conn, lang, &prefs.language)
                .await?,
            action_url: format!("{prefix}/newsletter/manage/{token}"),
            unsubscribe_url: format!("{prefix}/newsletter/unsubscribe/{token}"),
            saved,
            error: refused.map(|err| refusal(i18n, lang, err, "")),
        };
        Ok(self.theme().render("newsletter-preferences.html", &view)?)
    }

    /// The unsubscribe page in `lang`: the one button before, the confirmation after.
    pub async fn unsubscribe_page(
        &self,
        token: &str,
        list: Option<&str>,
        left: Option<Vec<String>>,
        lang: Option<&str>,
    ) -> AppResult<String> {
        let lang = page_lang(lang);
        let prefix = lang_prefix(lang);
        let mut conn = self.store().reader().await?;
        // The link must be real, or the page would offer a button that does nothing.
        self.subscriber_by_link(&mut conn, token).await?;
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let texts = SiteTexts::load(&mut conn, lang).await?;
        let newsletter_name = match list {
            Some(slug) => rows::newsletter_by_slug(&mut conn, slug)
                .await?
                .map(|n| texts.newsletter_in(&n).name),
            None => None,
        };
        let action_url = match list {
            Some(slug) if newsletter_name.is_some() => {
                format!("{prefix}/newsletter/unsubscribe/{token}?list={slug}")
            }
            _ => format!("{prefix}/newsletter/unsubscribe/{token}"),
        };
        let view = UnsubscribePage {
            site: ctx.site_with(Vec::new()),
            nav: ctx.nav(),
            page: meta(
                &ctx,
                &self.theme().i18n().message(lang, "unsubscribe", &[]),
                &format!("{prefix}/newsletter"),
                Some("noindex"),
            ),
            newsletter_name,
            action_url,
            preferences_url: format!("{prefix}/newsletter/manage/{token}"),
            done: left.is_some(),
            left: left.unwrap_or_default(),
        };
        Ok(self.theme().render("newsletter-unsubscribe.html", &view)?)
    }

    /// A newsletter's past editions, newest first, in `lang`: each edition's subject as that
    /// language edition has it (see [`Self::edition_page`]).
    pub async fn archive_page(
        &self,
        slug: &str,
        page: u32,
        lang: Option<&str>,
    ) -> AppResult<String> {
        let lang = page_lang(lang);
        let prefix = lang_prefix(lang);
        let mut conn = self.store().reader().await?;
        let n = super::newsletter_by_slug(&mut conn, slug).await?;
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let texts = SiteTexts::load(&mut conn, lang).await?;
        let total = rows::count_editions(&mut conn, n.id).await?;
        let editions =
            rows::editions(&mut conn, n.id, false, PER_PAGE, (page - 1) * PER_PAGE).await?;
        if page > 1 && editions.is_empty() {
            return Err(AppError::NotFound(format!("page {page}")));
        }
        let mut links = Vec::with_capacity(editions.len());
        let translations = self.translations();
        for e in &editions {
            let (subject, date) = super::sending::heading(&n, e, self.theme().i18n(), lang);
            let translated = if e.subject.is_empty() {
                None
            } else {
                translations
                    .snippet_text(&subject, SITE_LANG, lang, EngineUse::MemoryOnly)
                    .await?
            };
            let number = e.number.unwrap_or(0);
            links.push(EditionLink {
                number,
                subject_lang: (translated.is_none() && !e.subject.is_empty() && lang != SITE_LANG)
                    .then(|| SITE_LANG.to_owned()),
                subject: translated.unwrap_or(subject),
                date,
                date_iso: crate::views::iso(e.started_at.unwrap_or(e.created_at)),
                url: format!("{prefix}/newsletter/{}/{number}", n.slug),
            });
        }
        let path = format!("{prefix}/newsletter/{}", n.slug);
        let view = ArchivePage {
            site: ctx.site_at(&format!("/newsletter/{}", n.slug)),
            nav: ctx.nav(),
            page: meta(&ctx, &n.name, &path, None),
            newsletter: choice(self.theme().i18n(), &texts, &n, false, lang),
            editions: links,
            pagination: pagination(&path, page, total),
            subscribe_url: format!("{prefix}/newsletter"),
        };
        Ok(self.theme().render("newsletter-archive.html", &view)?)
    }

    /// One edition as a web page, as the language edition `lang` was sent (its subject and
    /// introduction as the sender translated them, found in the memory; no engine is asked
    /// while a reader waits).
    pub async fn edition_page(
        &self,
        slug: &str,
        number: i64,
        lang: Option<&str>,
    ) -> AppResult<String> {
        let lang = page_lang(lang);
        let prefix = lang_prefix(lang);
        let mut conn = self.store().reader().await?;
        let n = super::newsletter_by_slug(&mut conn, slug).await?;
        let e = rows::edition_by_number(&mut conn, n.id, number)
            .await?
            .filter(|e| e.status != gazette_domain::EditionStatus::Skipped)
            .ok_or_else(|| AppError::NotFound(format!("edition {number} of {slug:?}")))?;
        let ctx = self.article_ctx(&mut conn, edition_of(lang)).await?;
        let texts = SiteTexts::load(&mut conn, lang).await?;
        let edition = self
            .edition_view(&mut conn, &n, &e, lang, EngineUse::MemoryOnly)
            .await?;
        let view = EditionPage {
            site: ctx.site_at(&format!("/newsletter/{}/{number}", n.slug)),
            nav: ctx.nav(),
            page: meta(
                &ctx,
                &edition.subject,
                &format!("{prefix}/newsletter/{}/{number}", n.slug),
                None,
            ),
            newsletter: choice(self.theme().i18n(), &texts, &n, false, lang),
            edition,
            number,
            subscribe_url: format!("{prefix}/newsletter"),
        };
        Ok(self.theme().render("newsletter-edition.html", &view)?)
    }
}

//! Newsletters: subscribing with double opt-in, preferences and one-click unsubscribing, the
//! editors' next edition, and the archive. Sending lives in `sending`.
//!
//! A reader's address is personal data: it is never logged, and the answer to a subscribe
//! request is the same whether or not the address was already on the list, so the form cannot
//! be used to learn who reads the publication.

mod desk;
pub(crate) mod links;
mod pages;
mod sending;

use std::net::IpAddr;

use gazette_domain::{
    ArticleStatus, Edition, EditionId, EditionInput, EditionProgress, EditionStatus, EmailAddress,
    FieldError, Language, Newsletter, NewsletterId, NewsletterInput, Role, Subscriber,
    SubscriberStatus,
};
use gazette_render::html::markdown_to_html;
use gazette_store::newsletters as rows;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use time::OffsetDateTime;

use crate::Actor;
use crate::jobs::JobKind;
use crate::views::SITE_LANG;
use crate::{AppError, AppResult, now};

pub use desk::{
    ArticleChoice, DeliveryProblem, EditionPreview, SubscriberItem, SubscriberList,
    SubscriberQuery, SubscriptionItem,
};
pub use pages::SubscribeForm;

crate::service!(
    /// Subscribers, newsletters, editions and their sending: `app.newsletters()`. It holds the
    /// translation engines too, for each language edition's subject and introduction.
    Newsletters,
    state: NewsletterState,
    engines: gazette_translate::Router
);

impl<'a> Newsletters<'a> {
    /// The translations service, for each language edition's words.
    fn translations(&self) -> crate::Translations<'a> {
        crate::Translations {
            core: self.core,
            engines: self.engines,
        }
    }
}

/// What the newsletters keep between calls.
pub(crate) struct NewsletterState {
    /// Subscribe requests per reader address per hour, counted site-wide in the database.
    pub(crate) subscribe_limiter: crate::rate_limit::RateLimiter,
    /// Signs preferences and unsubscribe links.
    pub(crate) link_key: links::LinkKey,
}

/// A reader asking to receive newsletters.
#[derive(Debug, Clone, Default)]
pub struct SubscribeRequest {
    pub email: String,
    /// Newsletter slugs; empty means the site's main newsletter.
    pub newsletters: Vec<String>,
    /// The language edition; empty means the site's language.
    pub language: String,
    /// The reader's network address, for the rate limit (None from the CLI).
    pub client_ip: Option<IpAddr>,
}

/// What following a confirmation link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubscribeOutcome {
    Confirmed {
        newsletters: Vec<String>,
    },
    /// The link had been used already; the subscription stands.
    AlreadyConfirmed,
    /// The link is too old; subscribing again sends a new one.
    Expired,
    /// No such link (mistyped, or replaced by a newer one).
    Unknown,
}

/// A subscriber's preferences page.
#[derive(Debug, Clone, Serialize)]
pub struct Preferences {
    /// The address, partly hidden (`r•••@example.org`): the page is reachable by a link that
    /// may be forwarded.
    pub email_hint: String,
    pub language: String,
    pub status: SubscriberStatus,
    pub newsletters: Vec<PreferenceItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PreferenceItem {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub subscribed: bool,
}

/// A newsletter with what editors want to know about it.
#[derive(Debug, Clone, Serialize)]
pub struct NewsletterOverview {
    #[serde(flatten)]
    pub newsletter: Newsletter,
    pub subscribers: u64,
    /// The next scheduled send, RFC 3339; None when inactive.
    pub next_send: Option<String>,
    /// When it goes out, in words: "Every day at 07:00 (Europe/Paris)".
    pub schedule: String,
}

/// An edition with its newsletter and how far its sending has come.
#[derive(Debug, Clone, Serialize)]
pub struct EditionOverview {
    pub id: EditionId,
    pub newsletter: gazette_domain::Slug,
    pub number: Option<i64>,
    pub status: EditionStatus,
    pub subject: String,
    pub intro: String,
    /// Article slugs in order.
    pub articles: Vec<String>,
    /// The public page of the edition once sent.
    pub url: Option<String>,
    pub progress: EditionProgress,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
}

/// What `gazette newsletter import` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: u64,
    /// Already on the list (their subscription was added if missing).
    pub existing: u64,
    /// Lines that are not an email address, with their line numbers.
    pub invalid: Vec<(usize, String)>,
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn hash_secret(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn email_hint(email: &EmailAddress) -> String {
    let (local, domain) = email.as_str().rsplit_once('@').unwrap_or(("", ""));
    let first: String = local.chars().take(1).collect();
    format!("{first}•••@{domain}")
}

fn rfc3339(t: OffsetDateTime) -> String {
    crate::views::iso(t)
}

impl Newsletters<'_> {
    // --- readers --------------------------------------------------------------------------

    /// Asks for a confirmation email (double opt-in). Answers the same for new and known
    /// addresses; refuses bad input, unknown newsletters and too many requests.
    pub async fn subscribe(&self, req: SubscribeRequest) -> AppResult<()> {
        let email = EmailAddress::parse_field("email", &req.email)?;
        if let Some(ip) = req.client_ip
            && !self
                .state
                .subscribe_limiter
                .allow(self.store(), ip, now())
                .await?
        {
            return Err(AppError::RateLimited(
                "too many subscribe requests from your network; please try again in an hour".into(),
            ));
        }
        let mut conn = self.store().reader().await?;
        let chosen = self.chosen_newsletters(&mut conn, &req.newsletters).await?;
        drop(conn);
        let language = self.edition_language(&req.language)?;
        let settings = &self.config().newsletter;
        let mut tx = self.store().begin().await?;
        let t = now();
        let subscriber = match rows::subscriber_by_email(&mut tx, &email).await? {
            Some((s, last_asked)) => {
                let window = time::Duration::hours(1);
                let limit = settings.confirmations_per_address_per_hour;
                // The per-address limit is kept in the database, so it holds across processes:
                // at most `limit` requests an hour means at least an hour / limit between two.
                if let Some(last) = last_asked
                    && (limit == 0 || t - last < window / limit.max(1))
                {
                    return Err(AppError::RateLimited(
                            "a confirmation email was sent to this address a moment ago; please check your inbox (and spam folder)"
                                .into(),
                        ));
                }
                if s.language != language {
                    rows::set_subscriber_language(&mut tx, s.id, &language).await?;
                }
                s
            }
            None => {
                // A double submit may have added the address since it was read: either way,
                // the row is there now and this request goes on as for a known address.
                rows::insert_subscriber(
                    &mut tx,
                    &email,
                    &language,
                    SubscriberStatus::Pending,
                    &links::new_salt(),
                    t,
                )
                .await?;
                rows::subscriber_by_email(&mut tx, &email)
                    .await?
                    .map(|(s, _)| s)
                    .ok_or_else(|| AppError::NotFound("subscriber".into()))?
            }
        };
        rows::add_subscriptions(&mut tx, subscriber.id, &chosen, false, t).await?;
        // The link itself is made by the job that sends it; this marks when it was asked for.
        rows::mark_confirmation_requested(&mut tx, subscriber.id, t).await?;
        self.enqueue_in(
            &mut tx,
            JobKind::ConfirmSubscription {
                subscriber: subscriber.id,
            },
            t,
        )
        .await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(())
    }

    async fn chosen_newsletters(
        &self,
        conn: &mut AnyConnection,
        slugs: &[String],
    ) -> AppResult<Vec<NewsletterId>> {
        let all = rows::newsletters(conn).await?;
        let active: Vec<&Newsletter> = all.iter().filter(|n| n.active).collect();
        if slugs.is_empty() {
            return match main_newsletter(&active) {
                Some(n) => Ok(vec![n.id]),
                None => Err(FieldError::new(
                    "newsletters",
                    "this site has no newsletter to subscribe to yet",
                )
                .into()),
            };
        }
        let mut ids = Vec::new();
        for (i, slug) in slugs.iter().enumerate() {
            match active.iter().find(|n| n.slug.as_str() == slug) {
                Some(n) if !ids.contains(&n.id) => ids.push(n.id),
                Some(_) => {}
                None => {
                    return Err(FieldError::new(
                        format!("newsletters[{i}]"),
                        format!("there is no newsletter {slug:?}"),
                    )
                    .into());
                }
            }
        }
        Ok(ids)
    }

    /// The language a subscriber asked for, or the site's.
    fn edition_language(&self, raw: &str) -> AppResult<Language> {
        if raw.trim().is_empty() {
            return Ok(Language::default());
        }
        Language::parse(raw.trim()).map_err(|m| FieldError::new("language", m).into())
    }

    /// Follows a confirmation link.
    pub async fn confirm_subscription(&self, token: &str) -> AppResult<SubscribeOutcome> {
        if token.is_empty() || token.len() > 128 {
            return Ok(SubscribeOutcome::Unknown);
        }
        let mut tx = self.store().begin().await?;
        let Some((subscriber, expires_at)) =
            rows::subscriber_by_confirm_hash(&mut tx, &hash_secret(token)).await?
        else {
            return Ok(SubscribeOutcome::Unknown);
        };
        let subs = rows::subscriptions(&mut tx, subscriber.id).await?;
        let waiting = subs.iter().any(|(_, confirmed)| !confirmed);
        if subscriber.status == SubscriberStatus::Confirmed && !waiting {
            return Ok(SubscribeOutcome::AlreadyConfirmed);
        }
        if now() > expires_at {
            return Ok(SubscribeOutcome::Expired);
        }
        rows::confirm_subscriber(&mut tx, subscriber.id, now()).await?;
        let all = rows::newsletters(&mut tx).await?;
        tx.commit().await?;
        let names = subs
            .iter()
            .filter_map(|(id, _)| all.iter().find(|n| n.id == *id))
            .map(|n| n.name.clone())
            .collect();
        Ok(SubscribeOutcome::Confirmed { newsletters: names })
    }

    pub(super) async fn subscriber_by_link(
        &self,
        conn: &mut AnyConnection,
        token: &str,
    ) -> AppResult<Subscriber> {
        self.state
            .link_key
            .subscriber(conn, token)
            .await?
            .ok_or_else(|| AppError::NotFound("subscription link".into()))
    }

    /// The preferences behind a manage link from any email.
    pub async fn preferences(&self, token: &str) -> AppResult<Preferences> {
        let mut conn = self.store().reader().await?;
        let s = self.subscriber_by_link(&mut conn, token).await?;
        self.preferences_of(&mut conn, &s).await
    }

    async fn preferences_of(
        &self,
        conn: &mut AnyConnection,
        s: &Subscriber,
    ) -> AppResult<Preferences> {
        let subs = rows::subscriptions(conn, s.id).await?;
        let receiving = s.status == SubscriberStatus::Confirmed;
        let newsletters = rows::newsletters(conn)
            .await?
            .into_iter()
            .filter(|n| n.active)
            .map(|n| PreferenceItem {
                subscribed: receiving && subs.iter().any(|(id, c)| *id == n.id && *c),
                slug: n.slug.to_string(),
                name: n.name,
                description: n.description,
            })
            .collect();
        Ok(Preferences {
            email_hint: email_hint(&s.email),
            language: s.language.to_string(),
            status: s.status,
            newsletters,
        })
    }

    /// Sets which newsletters the subscriber receives and in which language. Choosing none is
    /// unsubscribing; choosing some again after unsubscribing needs no new confirmation, since
    /// the link proves the address is theirs.
    pub async fn update_preferences(
        &self,
        token: &str,
        newsletters: &[String],
        language: &str,
    ) -> AppResult<Preferences> {
        let language = self.edition_language(language)?;
        let mut tx = self.store().begin().await?;
        let s = self.subscriber_by_link(&mut tx, token).await?;
        let all = rows::newsletters(&mut tx).await?;
        let mut wanted = Vec::new();
        for (i, slug) in newsletters.iter().enumerate() {
            let n = all
                .iter()
                .find(|n| n.active && n.slug.as_str() == slug)
                .ok_or_else(|| {
                    FieldError::new(
                        format!("newsletters[{i}]"),
                        format!("there is no newsletter {slug:?}"),
                    )
                })?;
            wanted.push(n.id);
        }
        let unwanted: Vec<NewsletterId> = all
            .iter()
            .map(|n| n.id)
            .filter(|id| !wanted.contains(id))
            .collect();
        rows::remove_subscriptions(&mut tx, s.id, &unwanted).await?;
        rows::add_subscriptions(&mut tx, s.id, &wanted, true, now()).await?;
        rows::set_subscriber_language(&mut tx, s.id, &language).await?;
        if wanted.is_empty() {
            rows::set_subscriber_status(&mut tx, s.id, SubscriberStatus::Unsubscribed, now())
                .await?;
        } else {
            rows::confirm_subscriber(&mut tx, s.id, now()).await?;
        }
        let s = self.subscriber_by_link(&mut tx, token).await?;
        let prefs = self.preferences_of(&mut tx, &s).await?;
        tx.commit().await?;
        Ok(prefs)
    }

    /// One-click unsubscribe (RFC 8058) from one newsletter, or from all when `newsletter` is
    /// None or the last one is left. Needs no sign-in: the link is the proof. Returns the names
    /// of the newsletters left. Repeating it is harmless.
    pub async fn unsubscribe(
        &self,
        token: &str,
        newsletter: Option<&str>,
    ) -> AppResult<Vec<String>> {
        let mut tx = self.store().begin().await?;
        let s = self.subscriber_by_link(&mut tx, token).await?;
        let all = rows::newsletters(&mut tx).await?;
        let subs = rows::subscriptions(&mut tx, s.id).await?;
        let on_list = |n: &&Newsletter| subs.iter().any(|(id, _)| *id == n.id);
        let mut leaving: Vec<&Newsletter> = match newsletter {
            Some(slug) => all.iter().filter(|n| n.slug.as_str() == slug).collect(),
            None => all.iter().filter(on_list).collect(),
        };
        if leaving.is_empty() {
            // An old link for a newsletter since removed: leave everything, which is what the
            // reader asked for in spirit.
            leaving = all.iter().filter(on_list).collect();
        }
        let ids: Vec<NewsletterId> = leaving.iter().map(|n| n.id).collect();
        rows::remove_subscriptions(&mut tx, s.id, &ids).await?;
        let remaining = rows::subscriptions(&mut tx, s.id).await?;
        if remaining.is_empty() && s.status != SubscriberStatus::Bounced {
            rows::set_subscriber_status(&mut tx, s.id, SubscriberStatus::Unsubscribed, now())
                .await?;
        }
        tx.commit().await?;
        Ok(leaving.iter().map(|n| n.name.clone()).collect())
    }

    /// Newsletters readers can choose on the subscribe page.
    pub async fn public(&self) -> AppResult<Vec<Newsletter>> {
        let mut conn = self.store().reader().await?;
        Ok(rows::newsletters(&mut conn)
            .await?
            .into_iter()
            .filter(|n| n.active)
            .collect())
    }

    // --- editors --------------------------------------------------------------------------

    pub async fn overviews(&self) -> AppResult<Vec<NewsletterOverview>> {
        let mut conn = self.store().reader().await?;
        let counts = rows::subscriber_counts(&mut conn).await?;
        Ok(rows::newsletters(&mut conn)
            .await?
            .into_iter()
            .map(|n| overview(self.theme().i18n(), n, &counts))
            .collect())
    }

    pub async fn overview(&self, slug: &str) -> AppResult<NewsletterOverview> {
        let mut conn = self.store().reader().await?;
        let n = newsletter_by_slug(&mut conn, slug).await?;
        let counts = rows::subscriber_counts(&mut conn).await?;
        Ok(overview(self.theme().i18n(), n, &counts))
    }

    pub async fn create(
        &self,
        actor: &Actor,
        input: NewsletterInput,
    ) -> AppResult<NewsletterOverview> {
        actor.require(Role::Editor)?;
        let valid = input.validate()?;
        let mut tx = self.store().begin().await?;
        let report = self.report_id(&mut tx, valid.report.as_ref()).await?;
        let id = rows::insert_newsletter(&mut tx, &valid, report, now()).await?;
        let n = rows::newsletter(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("newsletter {id}")))?;
        self.schedule_newsletter(&mut tx, &n).await?;
        self.commit(tx, vec![gazette_render::CacheTag::Settings])
            .await?;
        self.wake_jobs();
        self.overview(valid.slug.as_str()).await
    }

    pub async fn replace(
        &self,
        actor: &Actor,
        slug: &str,
        input: NewsletterInput,
    ) -> AppResult<NewsletterOverview> {
        actor.require(Role::Editor)?;
        let valid = input.validate()?;
        let mut tx = self.store().begin().await?;
        let existing = newsletter_by_slug(&mut tx, slug).await?;
        let report = self.report_id(&mut tx, valid.report.as_ref()).await?;
        rows::update_newsletter(&mut tx, existing.id, &valid, report).await?;
        let n = rows::newsletter(&mut tx, existing.id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("newsletter {slug:?}")))?;
        self.schedule_newsletter(&mut tx, &n).await?;
        self.commit(tx, vec![gazette_render::CacheTag::Settings])
            .await?;
        self.wake_jobs();
        self.overview(valid.slug.as_str()).await
    }

    /// Deletes a newsletter with its editions and subscriptions (subscribers stay).
    pub async fn delete(&self, actor: &Actor, slug: &str) -> AppResult<()> {
        actor.require(Role::Administrator)?;
        let mut tx = self.store().begin().await?;
        let n = newsletter_by_slug(&mut tx, slug).await?;
        rows::delete_newsletter(&mut tx, n.id).await?;
        self.commit(tx, vec![gazette_render::CacheTag::Settings])
            .await?;
        Ok(())
    }

    async fn report_id(
        &self,
        conn: &mut AnyConnection,
        slug: Option<&gazette_domain::Slug>,
    ) -> AppResult<Option<i64>> {
        let Some(slug) = slug else { return Ok(None) };
        let tax = crate::Taxonomies::load(conn).await?;
        tax.report_by_slug(slug.as_str())
            .map(|r| Some(r.id.0))
            .ok_or_else(|| {
                FieldError::new("report", format!("there is no report {:?}", slug.as_str())).into()
            })
    }

    /// The next edition of a newsletter, as the editors are preparing it.
    pub async fn next_edition(&self, slug: &str) -> AppResult<EditionOverview> {
        let mut tx = self.store().begin().await?;
        let n = newsletter_by_slug(&mut tx, slug).await?;
        let e = rows::draft_edition(&mut tx, n.id, now()).await?;
        let out = self.edition_overview_in(&mut tx, &n, e).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// Sets the next edition's subject, introduction and articles (published ones, in order).
    pub async fn set_next_edition(
        &self,
        actor: &Actor,
        slug: &str,
        input: EditionInput,
    ) -> AppResult<EditionOverview> {
        actor.require(Role::Editor)?;
        input.validate()?;
        let mut tx = self.store().begin().await?;
        let n = newsletter_by_slug(&mut tx, slug).await?;
        let mut ids = Vec::with_capacity(input.articles.len());
        for (i, article) in input.articles.iter().enumerate() {
            let field = || format!("articles[{i}]");
            let a = gazette_store::articles::get_by_slug(&mut tx, article)
                .await?
                .ok_or_else(|| {
                    FieldError::new(field(), format!("there is no article {article:?}"))
                })?;
            if a.status != ArticleStatus::Published && a.status != ArticleStatus::Scheduled {
                return Err(FieldError::new(
                    field(),
                    format!("{article:?} is {}; only published or scheduled articles can go in an edition", a.status.as_str()),
                )
                .into());
            }
            ids.push(a.id);
        }
        let draft = rows::draft_edition(&mut tx, n.id, now()).await?;
        let intro_html = markdown_to_html(&input.intro);
        rows::set_edition_content(
            &mut tx,
            draft.id,
            input.subject.trim(),
            &input.intro,
            &intro_html,
            &ids,
        )
        .await?;
        let e = rows::edition(&mut tx, draft.id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("edition {}", draft.id)))?;
        let out = self.edition_overview_in(&mut tx, &n, e).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// Sends the next edition now, outside its schedule. If an edition of this newsletter is
    /// still going out (say, after a crash), that one is resumed instead.
    pub async fn send_next_edition_now(
        &self,
        actor: &Actor,
        slug: &str,
    ) -> AppResult<EditionOverview> {
        actor.require(Role::Editor)?;
        let mut tx = self.store().begin().await?;
        let n = newsletter_by_slug(&mut tx, slug).await?;
        for id in rows::sending_editions(&mut tx).await? {
            if let Some(e) = rows::edition(&mut tx, id).await?
                && e.newsletter == n.id
            {
                self.enqueue_in(&mut tx, JobKind::SendEdition { edition: e.id }, now())
                    .await?;
                let out = self.edition_overview_in(&mut tx, &n, e).await?;
                tx.commit().await?;
                self.wake_jobs();
                return Ok(out);
            }
        }
        let id = self.start_edition(&mut tx, &n, None).await?;
        let e = rows::edition(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("edition {id}")))?;
        if e.status == EditionStatus::Skipped {
            return Err(AppError::Conflict {
                field: Some("articles".into()),
                message: format!(
                    "the next edition of {:?} has no articles and the newsletter has no fallback; pick some first",
                    n.name
                ),
            });
        }
        let out = self.edition_overview_in(&mut tx, &n, e).await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(out)
    }

    /// Editions that went out (or are going out), newest first.
    pub async fn editions(&self, slug: &str, limit: u32) -> AppResult<Vec<EditionOverview>> {
        let mut conn = self.store().reader().await?;
        let n = newsletter_by_slug(&mut conn, slug).await?;
        let list = rows::editions(&mut conn, n.id, true, limit, 0).await?;
        let mut out = Vec::with_capacity(list.len());
        for e in list {
            out.push(self.edition_overview_in(&mut conn, &n, e).await?);
        }
        Ok(out)
    }

    pub async fn edition_overview(&self, id: EditionId) -> AppResult<EditionOverview> {
        let mut conn = self.store().reader().await?;
        let e = rows::edition(&mut conn, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("edition {id}")))?;
        let n = rows::newsletter(&mut conn, e.newsletter)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("newsletter {}", e.newsletter)))?;
        self.edition_overview_in(&mut conn, &n, e).await
    }

    async fn edition_overview_in(
        &self,
        conn: &mut AnyConnection,
        n: &Newsletter,
        e: Edition,
    ) -> AppResult<EditionOverview> {
        let progress = rows::progress(conn, e.id).await?;
        let mut articles = Vec::with_capacity(e.articles.len());
        for id in &e.articles {
            if let Some(a) = gazette_store::articles::get(conn, *id).await? {
                articles.push(a.slug.to_string());
            }
        }
        Ok(EditionOverview {
            id: e.id,
            newsletter: n.slug.clone(),
            url: e
                .number
                .filter(|_| e.status != EditionStatus::Skipped)
                .map(|num| format!("{}/newsletter/{}/{num}", self.base_url(), n.slug)),
            number: e.number,
            status: e.status,
            subject: e.subject,
            intro: e.intro,
            articles,
            progress,
            started_at: e.started_at.map(rfc3339),
            finished_at: e.finished_at.map(rfc3339),
        })
    }

    /// Adds addresses that already gave their consent elsewhere (a list moved from another
    /// service), one per line, to `slug`, confirmed. Running it again adds nobody twice.
    pub async fn import_subscribers(
        &self,
        slug: &str,
        lines: impl IntoIterator<Item = String>,
        language: &str,
    ) -> AppResult<ImportSummary> {
        let language = self.edition_language(language)?;
        let mut conn = self.store().reader().await?;
        let n = newsletter_by_slug(&mut conn, slug).await?;
        drop(conn);
        let mut summary = ImportSummary::default();
        let mut batch: Vec<EmailAddress> = Vec::with_capacity(1000);
        for (i, line) in lines.into_iter().enumerate() {
            let raw = line
                .split([',', ';', '\t'])
                .next()
                .unwrap_or("")
                .trim()
                .to_owned();
            if raw.is_empty() || raw.eq_ignore_ascii_case("email") {
                continue;
            }
            match EmailAddress::parse(&raw) {
                Ok(email) => batch.push(email),
                Err(_) => summary.invalid.push((i + 1, raw)),
            }
            if batch.len() == 1000 {
                self.import_batch(n.id, &language, &batch, &mut summary)
                    .await?;
                batch.clear();
            }
        }
        self.import_batch(n.id, &language, &batch, &mut summary)
            .await?;
        Ok(summary)
    }

    async fn import_batch(
        &self,
        newsletter: NewsletterId,
        language: &Language,
        batch: &[EmailAddress],
        summary: &mut ImportSummary,
    ) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        let t = now();
        for email in batch {
            let id = match rows::subscriber_by_email(&mut tx, email).await? {
                Some((s, _)) => {
                    summary.existing += 1;
                    s.id
                }
                None => {
                    let added = rows::insert_subscriber(
                        &mut tx,
                        email,
                        language,
                        SubscriberStatus::Confirmed,
                        &links::new_salt(),
                        t,
                    )
                    .await?;
                    match added {
                        Some(id) => {
                            summary.added += 1;
                            id
                        }
                        // Subscribed through the form while the import ran.
                        None => {
                            summary.existing += 1;
                            rows::subscriber_by_email(&mut tx, email)
                                .await?
                                .map(|(s, _)| s.id)
                                .ok_or_else(|| AppError::NotFound("subscriber".into()))?
                        }
                    }
                }
            };
            rows::add_subscriptions(&mut tx, id, &[newsletter], true, t).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The newsletter a form without a choice subscribes to: the first daily one, else the first.
fn main_newsletter<'a>(active: &[&'a Newsletter]) -> Option<&'a Newsletter> {
    active
        .iter()
        .find(|n| n.cadence == gazette_domain::Cadence::Daily && n.report.is_none())
        .or_else(|| active.first())
        .copied()
}

async fn newsletter_by_slug(conn: &mut AnyConnection, slug: &str) -> AppResult<Newsletter> {
    rows::newsletter_by_slug(conn, slug)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("newsletter {slug:?}")))
}

fn overview(
    i18n: &gazette_render::i18n::Catalogues,
    n: Newsletter,
    counts: &[(NewsletterId, u64)],
) -> NewsletterOverview {
    NewsletterOverview {
        subscribers: counts
            .iter()
            .find(|(id, _)| *id == n.id)
            .map(|(_, c)| *c)
            .unwrap_or(0),
        next_send: n
            .active
            .then(|| n.next_send_after(now()))
            .flatten()
            .map(rfc3339),
        schedule: pages::schedule_in(i18n, SITE_LANG, &n),
        newsletter: n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_hide_most_of_the_address() {
        let e = EmailAddress::parse("reader@example.org").unwrap();
        assert_eq!(email_hint(&e), "r•••@example.org");
    }

    #[test]
    fn secrets_are_long_and_distinct() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(hash_secret(&a), a);
    }
}

//! Sending: confirmation emails, the schedule that starts each edition, and the edition sender.
//!
//! # Exactly once
//! When an edition starts, one delivery row per recipient is written in the same transaction.
//! The sender claims rows in batches (`pending` → `sending`), hands each message to the SMTP
//! server, and records each answer (`sent`, retry later, `failed`) as soon as it arrives, a few
//! at a time. A stopping process (SIGTERM, Ctrl-C) takes no new batch, waits for the messages
//! in flight and records them, so a restart sends each remaining reader exactly one message.
//!
//! A process killed outright can leave rows `sending`: their message was handed over but the
//! answer not recorded. No client can know whether such a message was accepted (the server's
//! "250 OK" may have been in flight), so the next run sends them again, marked in doubt and
//! counted in the progress, with the same Message-ID, by which receiving systems that keep
//! one copy per Message-ID drop the second. There are at most as many of them as messages were
//! in flight (the SMTP concurrency) plus the answers not yet written (at most one small batch).

use std::collections::HashMap;
use std::sync::Arc;

use gazette_domain::{
    Article, ArticleStatus, Edition, EditionId, EditionStatus, Newsletter, NewsletterId,
    SubscriberId, SubscriberStatus,
};
use gazette_mail::{Email, SendError};
use gazette_render::html::plain_text_excerpt;
use gazette_render::i18n::Catalogues;
use gazette_render::views::{ConfirmMail, EditionMail, MailArticle};
use gazette_store::newsletters::{self as rows, DeliveryOutcome, DueDelivery};
use gazette_store::{ArticleFilter, ArticleOrder, Page};
use sqlx::AnyConnection;
use time::OffsetDateTime;

use super::Newsletters;
use super::{hash_secret, new_secret};
use crate::jobs::{JobError, JobKind};
use crate::translations::{EngineUse, languages};
use crate::views::{SITE_LANG, language_name, text_direction};
use crate::{AppError, AppResult, Taxonomies, now};

/// Stands for the subscriber's own link secret in a rendered edition; replaced per message.
pub(super) const TOKEN_SLOT: &str = "GAZETTE-SUBSCRIBER-TOKEN";

/// This many temporary failures in a row mean the SMTP server (not the addresses) is in trouble:
/// the edition pauses for `retry_after_secs` without counting those attempts against anyone.
const PAUSE_AFTER: usize = 16;

/// Outcomes are written after this many answers (or when the batch ends), so a killed process
/// leaves few answers unrecorded while the database is not asked for a commit per message.
const RECORD_EVERY: usize = 16;

/// An edition rendered once per language edition, ready to be personalised per message.
pub(super) struct RenderedEdition {
    pub(super) subject: String,
    pub(super) html: String,
    pub(super) text: String,
}

fn mail_error(err: SendError) -> JobError {
    match err {
        SendError::Temporary(m) => JobError::Retryable(format!("mail: {m}")),
        other => JobError::Permanent(format!("mail: {other}")),
    }
}

impl Newsletters<'_> {
    // --- confirmation ---------------------------------------------------------------------

    /// Makes a new confirmation link and emails it. Only the link's hash is kept, so it is made
    /// here, where it is sent; running this twice sends a second link and the first stops working.
    pub(crate) async fn send_confirmation(&self, id: SubscriberId) -> Result<(), JobError> {
        let settings = self.config().newsletter.clone();
        let mut tx = self.store().begin().await?;
        let Some(s) = rows::subscriber(&mut tx, id).await? else {
            return Ok(());
        };
        let subs = rows::subscriptions(&mut tx, id).await?;
        let waiting: Vec<NewsletterId> = subs.iter().filter(|(_, c)| !c).map(|(n, _)| *n).collect();
        if waiting.is_empty() && s.status == SubscriberStatus::Confirmed {
            return Ok(());
        }
        let all = rows::newsletters(&mut tx).await?;
        let names: Vec<String> = all
            .iter()
            .filter(|n| {
                waiting.contains(&n.id)
                    || (waiting.is_empty() && subs.iter().any(|(x, _)| *x == n.id))
            })
            .map(|n| n.name.clone())
            .collect();
        let token = new_secret();
        let t = now();
        let expires = t + time::Duration::hours(i64::from(settings.confirm_link_hours));
        rows::set_confirmation(&mut tx, id, &hash_secret(&token), expires).await?;
        tx.commit().await?;

        let site = crate::Settings::of(self.core).get().await?;
        let view = ConfirmMail {
            site_name: site.name.clone(),
            site_url: format!("{}/", self.base_url()),
            newsletters: names,
            // The link leads back to the edition the reader subscribed in.
            confirm_url: format!(
                "{}{}/newsletter/confirm/{token}",
                self.base_url(),
                self.reader_prefix(edition_lang(s.language.as_str()))
            ),
            expires_hours: settings.confirm_link_hours,
            lang: s.language.to_string(),
            dir: text_direction(s.language.as_str()).to_owned(),
        };
        let render = |name: &str| self.theme().render(name, &view).map_err(AppError::from);
        let email = Email {
            to: s.email.to_string(),
            subject: one_line(&render("mail/confirm-subject.txt")?),
            text: render("mail/confirm.txt")?,
            html: Some(render("mail/confirm.html")?),
            message_id: format!("confirm-{id}-{}@{}", &token[..12], self.mail_host()),
            list_unsubscribe: None,
            list_id: None,
        };
        if !self.mailer().is_configured() {
            // A laptop without SMTP: the editor can still follow the link from the log.
            tracing::info!(subscriber = %id, url = %view.confirm_url, "no SMTP server configured; confirmation link");
        }
        self.mailer().send(&email).await.map_err(mail_error)
    }

    /// The host part of Message-IDs: the site's own domain.
    pub(super) fn mail_host(&self) -> String {
        let base = self.base_url();
        let host = base
            .split("://")
            .nth(1)
            .unwrap_or(base)
            .split(['/', ':'])
            .next()
            .unwrap_or("localhost");
        if host.is_empty() {
            "localhost".into()
        } else {
            host.to_owned()
        }
    }

    // --- schedule -------------------------------------------------------------------------

    /// Enqueues the newsletter's next scheduled send (replacing any earlier schedule).
    pub(crate) async fn schedule_newsletter(
        &self,
        conn: &mut AnyConnection,
        n: &Newsletter,
    ) -> AppResult<()> {
        if let (true, Some(at)) = (n.active, n.next_send_after(now())) {
            self.enqueue_in(conn, JobKind::NewsletterDue { newsletter: n.id }, at)
                .await?;
        }
        Ok(())
    }

    /// The send time has come: the editors' edition (or the fallback) goes out, and the next
    /// send is scheduled. Running it twice for one send time makes one edition.
    pub(crate) async fn newsletter_due(&self, id: NewsletterId) -> Result<(), JobError> {
        let mut tx = self.store().begin().await?;
        let Some(n) = rows::newsletter(&mut tx, id).await? else {
            return Ok(());
        };
        if !n.active {
            return Ok(());
        }
        // The send time this run answers: the latest one not after now.
        let t = now();
        let slot = latest_slot(&n, t);
        if let Some(slot) = slot {
            let done = rows::edition_for_slot(&mut tx, n.id, slot).await?;
            if done.is_none() {
                self.start_edition(&mut tx, &n, Some(slot)).await?;
            }
        }
        self.schedule_newsletter(&mut tx, &n).await?;
        tx.commit().await?;
        self.wake_jobs();
        Ok(())
    }

    /// Takes the draft out of preparation: with the editors' articles, else the fallback, else
    /// as skipped. Writes every delivery and enqueues the sender, all in `conn`'s transaction.
    pub(crate) async fn start_edition(
        &self,
        conn: &mut AnyConnection,
        n: &Newsletter,
        slot: Option<OffsetDateTime>,
    ) -> AppResult<EditionId> {
        let t = now();
        let draft = rows::draft_edition(conn, n.id, t).await?;
        let mut articles = Vec::new();
        for id in &draft.articles {
            if let Some(a) = gazette_store::articles::get(conn, *id).await?
                && a.status == ArticleStatus::Published
            {
                articles.push(a.id);
            }
        }
        if articles.is_empty() && n.fallback_count > 0 {
            let tax = Taxonomies::load(conn).await?;
            let filter = ArticleFilter {
                status: Some(ArticleStatus::Published),
                report: n
                    .report
                    .as_ref()
                    .and_then(|r| tax.report_by_slug(r.as_str()))
                    .map(|r| r.id),
                ..Default::default()
            };
            let page = Page {
                number: 1,
                size: n.fallback_count,
            };
            let (newest, _) =
                gazette_store::articles::list(conn, &filter, ArticleOrder::Newest, page).await?;
            articles = newest.iter().map(|a| a.id).collect();
        }
        rows::set_edition_content(
            conn,
            draft.id,
            &draft.subject,
            &draft.intro,
            &draft.intro_html,
            &articles,
        )
        .await?;
        if articles.is_empty() {
            rows::start_edition(conn, draft.id, EditionStatus::Skipped, slot, t).await?;
            tracing::info!(newsletter = %n.slug, "nothing picked and no fallback; edition skipped");
            return Ok(draft.id);
        }
        let number = rows::start_edition(conn, draft.id, EditionStatus::Sending, slot, t).await?;
        let recipients = rows::create_deliveries(conn, draft.id, n.id, t).await?;
        self.enqueue_in(conn, JobKind::SendEdition { edition: draft.id }, t)
            .await?;
        tracing::info!(newsletter = %n.slug, edition = number, recipients, "edition started");
        Ok(draft.id)
    }

    // --- the sender -----------------------------------------------------------------------

    /// Sends an edition's due deliveries until none is left, the process stops, or only
    /// retries waiting for later remain (then it comes back at the earliest).
    pub(crate) async fn send_edition(&self, id: EditionId) -> Result<(), JobError> {
        let mut conn = self.store().begin().await?;
        let Some(edition) = rows::edition(&mut conn, id).await? else {
            return Ok(());
        };
        if edition.status != EditionStatus::Sending {
            return Ok(());
        }
        let Some(n) = rows::newsletter(&mut conn, edition.newsletter).await? else {
            return Ok(());
        };
        // This job is the only run of this edition while it holds its claim: rows still
        // `sending` belong to a run that died.
        let in_doubt = rows::requeue_in_doubt(&mut conn, id).await?;
        conn.commit().await?;
        if in_doubt > 0 {
            tracing::warn!(edition = %id, in_doubt, "a previous run died with messages in flight; sending them again with the same Message-ID");
        }
        // One rendering per language edition, made when its first reader's batch comes up.
        let mut rendered: HashMap<&'static str, Arc<RenderedEdition>> = HashMap::new();
        let batch_size = (self.mailer().concurrency() * 32).clamp(64, 1024) as u32;
        loop {
            if self.is_shutting_down() {
                // Come back first thing after the restart.
                self.enqueue(JobKind::SendEdition { edition: id }, now())
                    .await?;
                tracing::info!(edition = %id, "stopping: messages in flight were recorded; the rest is sent after the restart");
                return Ok(());
            }
            let mut tx = self.store().begin().await?;
            let due = rows::claim_deliveries(&mut tx, id, n.id, now(), batch_size).await?;
            tx.commit().await?;
            if due.is_empty() {
                return self.finish_or_come_back(id).await;
            }
            if !self.mailer().is_configured() {
                // Back to pending: `gazette newsletter send --now` resumes once a server is set.
                let mut tx = self.store().begin().await?;
                rows::release_claimed(&mut tx, id, None).await?;
                tx.commit().await?;
                return Err(JobError::Permanent(
                    "no SMTP server is configured ([mail] smtp_url); the edition waits, and `gazette newsletter send --now` resumes it once one is".into(),
                ));
            }
            for d in &due {
                let lang = edition_lang(&d.language);
                if !rendered.contains_key(lang) {
                    let r = self
                        .render_edition(&n, &edition, lang, EngineUse::Ask)
                        .await?;
                    rendered.insert(lang, Arc::new(r));
                }
            }
            if self.send_batch(&n, &edition, due, &rendered).await? {
                let wait = self.config().newsletter.retry_after_secs;
                let at = now() + time::Duration::seconds(wait.min(86_400) as i64);
                self.enqueue(JobKind::SendEdition { edition: id }, at)
                    .await?;
                tracing::warn!(edition = %id, retry_in_secs = wait, "the SMTP server failed {PAUSE_AFTER} messages in a row for now; the edition pauses and no attempt is counted");
                return Ok(());
            }
        }
    }

    async fn finish_or_come_back(&self, id: EditionId) -> Result<(), JobError> {
        let mut tx = self.store().begin().await?;
        match rows::next_retry_at(&mut tx, id).await? {
            Some(at) => {
                self.enqueue_in(&mut tx, JobKind::SendEdition { edition: id }, at)
                    .await?;
                tx.commit().await?;
            }
            None => {
                rows::finish_edition(&mut tx, id, now()).await?;
                let p = rows::progress(&mut tx, id).await?;
                tx.commit().await?;
                tracing::info!(edition = %id, sent = p.sent, failed = p.failed, resent_in_doubt = p.resent_in_doubt, "edition sent");
            }
        }
        Ok(())
    }

    /// Sends one claimed batch, `concurrency` messages at a time, recording answers as they come.
    /// Returns true when it stopped early because the server kept failing (the edition pauses).
    async fn send_batch(
        &self,
        n: &Newsletter,
        edition: &Edition,
        due: Vec<DueDelivery>,
        rendered: &HashMap<&'static str, Arc<RenderedEdition>>,
    ) -> Result<bool, JobError> {
        let concurrency = self.mailer().concurrency();
        let host = self.mail_host();
        let base = self.base_url().to_owned();
        let mut in_flight = tokio::task::JoinSet::new();
        let mut answers: Vec<(SubscriberId, Result<(), SendError>, u32)> =
            Vec::with_capacity(RECORD_EVERY);
        let mut queue = due.into_iter();
        let mut failing_in_a_row = 0;
        let mut paused = false;
        loop {
            while in_flight.len() < concurrency {
                if self.is_shutting_down() || paused {
                    // Stopping or pausing: the rest of the batch was never handed over; give it back.
                    let unsent: Vec<SubscriberId> = queue.by_ref().map(|d| d.subscriber).collect();
                    if !unsent.is_empty() {
                        let mut tx = self.store().begin().await?;
                        rows::release_claimed(&mut tx, edition.id, Some(&unsent)).await?;
                        tx.commit().await?;
                    }
                    break;
                }
                let Some(d) = queue.next() else { break };
                let Some(r) = rendered.get(edition_lang(&d.language)).map(Arc::clone) else {
                    // Every language of the batch was rendered before it was handed over.
                    tracing::error!(edition = %edition.id, "no rendering for a subscriber's language; their delivery is retried by the next run");
                    continue;
                };
                let link = self.state.link_key.link(d.subscriber, &d.link_salt);
                let email = Email {
                    to: d.email,
                    subject: r.subject.clone(),
                    text: r.text.replace(TOKEN_SLOT, &link),
                    html: Some(r.html.replace(TOKEN_SLOT, &link)),
                    message_id: format!("edition-{}.{}@{host}", edition.id, d.subscriber),
                    list_unsubscribe: Some(format!(
                        "{base}{}/newsletter/unsubscribe/{link}?list={}",
                        self.reader_prefix(edition_lang(&d.language)),
                        n.slug
                    )),
                    list_id: Some(format!(
                        "{} <{}.{host}>",
                        n.name.replace(['<', '>', '"'], ""),
                        n.slug
                    )),
                };
                let mailer = self.mailer().clone();
                let (subscriber, attempt) = (d.subscriber, d.attempt);
                in_flight.spawn(async move { (subscriber, mailer.send(&email).await, attempt) });
            }
            let Some(joined) = in_flight.join_next().await else {
                break;
            };
            match joined {
                Ok(answer) => {
                    if matches!(answer.1, Err(SendError::Temporary(_))) {
                        failing_in_a_row += 1;
                    } else {
                        failing_in_a_row = 0;
                    }
                    paused |= failing_in_a_row >= PAUSE_AFTER;
                    answers.push(answer);
                }
                Err(err) => {
                    tracing::error!(error = %err, "a send task failed; its delivery is retried by the next run")
                }
            }
            // While pausing, the answers still in flight are written with the rest, uncounted.
            if !paused && answers.len() >= RECORD_EVERY {
                self.record(edition.id, std::mem::take(&mut answers), false)
                    .await?;
            }
        }
        self.record(edition.id, answers, paused).await?;
        Ok(paused)
    }

    /// Writes the answers; with `paused`, temporary failures are retried without counting.
    async fn record(
        &self,
        edition: EditionId,
        answers: Vec<(SubscriberId, Result<(), SendError>, u32)>,
        paused: bool,
    ) -> Result<(), JobError> {
        if answers.is_empty() {
            return Ok(());
        }
        let settings = &self.config().newsletter;
        let t = now();
        let mut outcomes = Vec::with_capacity(answers.len());
        let mut bounced = Vec::new();
        for (subscriber, answer, attempt) in answers {
            let outcome = match answer {
                Ok(()) => DeliveryOutcome::Sent,
                Err(SendError::Temporary(msg)) if paused => DeliveryOutcome::Retry {
                    at: t + time::Duration::seconds(settings.retry_after_secs.min(86_400) as i64),
                    error: msg,
                    counted: false,
                },
                Err(SendError::Temporary(msg)) if attempt < settings.max_attempts => {
                    let wait = settings
                        .retry_after_secs
                        .saturating_mul(1 << (attempt - 1).min(10));
                    DeliveryOutcome::Retry {
                        at: t + time::Duration::seconds(wait.min(86_400) as i64),
                        error: msg,
                        counted: true,
                    }
                }
                Err(SendError::Temporary(msg)) => DeliveryOutcome::Failed {
                    error: format!("gave up after {attempt} attempts: {msg}"),
                },
                Err(err @ SendError::Permanent { .. }) => {
                    bounced.push(subscriber);
                    DeliveryOutcome::Failed {
                        error: err.to_string(),
                    }
                }
                Err(err) => DeliveryOutcome::Failed {
                    error: err.to_string(),
                },
            };
            outcomes.push((subscriber, outcome));
        }
        let mut tx = self.store().begin().await?;
        rows::record_outcomes(&mut tx, edition, &outcomes, t).await?;
        for s in bounced {
            if rows::record_hard_bounce(&mut tx, s, settings.hard_bounce_limit, t).await? {
                tracing::info!(subscriber = %s, "address refused repeatedly; unsubscribed");
            }
        }
        tx.commit().await?;
        Ok(())
    }

    // --- rendering ------------------------------------------------------------------------

    /// The edition's view in the language edition `lang` (a tag from the language table): the
    /// words around it in `lang`; each article's title and standfirst from its translation into
    /// `lang` where one is available, linking to it at `/{lang}/{slug}`, and otherwise the
    /// original, marked with its language; the editors' subject and introduction translated by
    /// `lang`'s engines where they can be (through the memory), and otherwise as written,
    /// marked likewise.
    pub(crate) async fn edition_view(
        &self,
        conn: &mut AnyConnection,
        n: &Newsletter,
        e: &Edition,
        lang: &str,
        engines: EngineUse,
    ) -> AppResult<EditionMail> {
        let site = gazette_store::settings::get(conn).await?;
        let tax = Taxonomies::load(conn).await?;
        let base = self.base_url().to_owned();
        let i18n = self.theme().i18n();
        // The newsletter's name as the site's texts have it in `lang`.
        let n = &crate::translations::SiteTexts::load(conn, lang)
            .await?
            .newsletter_in(n);
        let mut articles = Vec::with_capacity(e.articles.len());
        for id in &e.articles {
            let Some(a) = gazette_store::articles::get(conn, *id).await? else {
                continue;
            };
            if a.status != ArticleStatus::Published {
                continue;
            }
            let translation = if a.language.as_str().eq_ignore_ascii_case(lang)
                || !self.config().translation.shows(lang)
            {
                None
            } else {
                gazette_store::translations::get(conn, a.id.0, lang)
                    .await?
                    .filter(gazette_store::translations::Translation::is_available)
            };
            articles.push(mail_article(
                &a,
                translation.as_ref(),
                lang,
                &tax,
                &base,
                i18n,
            ));
        }
        let (subject, date) = heading(n, e, i18n, lang);
        let translations = self.translations();
        // A subject the editors left empty is made in `lang` already ("{newsletter} — {date}").
        let subject_translated = if e.subject.is_empty() || lang == SITE_LANG {
            None
        } else {
            translations
                .snippet_text(&subject, SITE_LANG, lang, engines)
                .await?
        };
        let has_intro = !e.intro_html.trim().is_empty();
        let intro_translated = if !has_intro || lang == SITE_LANG {
            None
        } else {
            translations
                .snippet_html(&e.intro_html, SITE_LANG, lang, engines)
                .await?
        };
        // Words left as the editors wrote them, in an edition of another language, say so.
        let written_in = |written: bool, translated: bool| {
            (written && !translated && lang != SITE_LANG).then(|| SITE_LANG.to_owned())
        };
        let subject_lang = written_in(!e.subject.is_empty(), subject_translated.is_some());
        let intro_lang = written_in(has_intro, intro_translated.is_some());
        let intro_html = intro_translated.unwrap_or_else(|| e.intro_html.clone());
        let number = e.number.unwrap_or(0);
        let prefix = self.reader_prefix(lang);
        Ok(EditionMail {
            site_name: site.name.clone(),
            site_url: format!("{base}{prefix}/"),
            newsletter_name: n.name.clone(),
            newsletter_url: format!("{base}{prefix}/newsletter/{}", n.slug),
            subject: subject_translated.unwrap_or(subject),
            subject_lang,
            date,
            intro_text: plain_text_excerpt(&intro_html, 5_000),
            intro_html,
            intro_lang,
            articles,
            web_url: format!("{base}{prefix}/newsletter/{}/{number}", n.slug),
            unsubscribe_url: format!(
                "{base}{prefix}/newsletter/unsubscribe/{TOKEN_SLOT}?list={}",
                n.slug
            ),
            preferences_url: format!("{base}{prefix}/newsletter/manage/{TOKEN_SLOT}"),
            footer_copyright: site.footer_copyright.clone(),
            language_name: language_name(lang),
            language_edition: lang != SITE_LANG,
            lang: lang.to_owned(),
            dir: text_direction(lang).to_owned(),
        })
    }

    /// The path prefix of the site's pages in `lang` ("/es"), for links in an email: none for the
    /// site's language, or for one the site does not show (the words are still in it).
    fn reader_prefix(&self, lang: &str) -> String {
        if self.config().translation.shows(lang) {
            lang_prefix(lang)
        } else {
            String::new()
        }
    }

    /// The edition's email in the language edition `lang`, with `TOKEN_SLOT` for each
    /// subscriber's own links.
    pub(super) async fn render_edition(
        &self,
        n: &Newsletter,
        e: &Edition,
        lang: &str,
        engines: EngineUse,
    ) -> AppResult<RenderedEdition> {
        let mut conn = self.store().reader().await?;
        let view = self.edition_view(&mut conn, n, e, lang, engines).await?;
        drop(conn);
        let render = |name: &str| self.theme().render(name, &view).map_err(AppError::from);
        Ok(RenderedEdition {
            subject: one_line(&render("mail/edition-subject.txt")?),
            html: render("mail/edition.html")?,
            text: render("mail/edition.txt")?,
        })
    }
}

/// The language edition a subscriber's language tag falls in: the language table's spelling of
/// it, or the site's language for a tag the table does not know.
pub(crate) fn edition_lang(raw: &str) -> &'static str {
    languages::lookup(raw.trim()).map_or(SITE_LANG, |l| l.code)
}

/// The path prefix of reader pages in `lang`: none for the site's own language.
pub(crate) fn lang_prefix(lang: &str) -> String {
    if lang == SITE_LANG {
        String::new()
    } else {
        format!("/{lang}")
    }
}

/// An edition's subject (the editors' or "{newsletter} — {date}") and its date, in `lang`.
pub(crate) fn heading(
    n: &Newsletter,
    e: &Edition,
    i18n: &Catalogues,
    lang: &str,
) -> (String, String) {
    let date = i18n.long_date(e.started_at.unwrap_or(e.created_at).date(), lang);
    let subject = if e.subject.is_empty() {
        format!("{} — {date}", n.name)
    } else {
        e.subject.clone()
    };
    (subject, date)
}

/// The latest scheduled send time of `n` not after `t`.
fn latest_slot(n: &Newsletter, t: OffsetDateTime) -> Option<OffsetDateTime> {
    let mut slot = n.next_send_after(t - time::Duration::days(8))?;
    if slot > t {
        return None;
    }
    while let Some(next) = n.next_send_after(slot) {
        if next > t {
            break;
        }
        slot = next;
    }
    Some(slot)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An article as an edition in `lang` lists it: its translation's title and standfirst, linked
/// at `/{lang}/{slug}`, where there is one; otherwise the original, marked with its language
/// unless that is `lang`.
fn mail_article(
    a: &Article,
    translation: Option<&gazette_store::translations::Translation>,
    lang: &str,
    tax: &Taxonomies,
    base: &str,
    i18n: &Catalogues,
) -> MailArticle {
    let card = crate::views::card(a, tax, i18n, lang);
    let names: Vec<String> = card.authors.iter().map(|l| l.name.clone()).collect();
    let word = |key| i18n.message(lang, key, &[]);
    let authors = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{}{}{last}",
            rest.join(&word("list-separator")),
            word("list-and")
        ),
    };
    let byline = if authors.is_empty() {
        authors
    } else {
        i18n.message(lang, "byline", &[("authors", authors.into())])
    };
    let (title, standfirst, url, original_lang) = match translation {
        Some(t) => (
            t.title.clone(),
            t.standfirst.clone(),
            format!("/{lang}/{}", a.slug),
            None,
        ),
        None => {
            let own =
                languages::lookup(a.language.as_str()).map_or(a.language.as_str(), |l| l.code);
            let marked = (!own.eq_ignore_ascii_case(lang)).then(|| own.to_owned());
            (card.title, card.standfirst, card.url, marked)
        }
    };
    MailArticle {
        url: crate::views::absolute(&url, base),
        title,
        standfirst,
        byline,
        source: card.source.map(|s| s.name),
        published: card.published,
        image: card.image.map(|mut i| {
            i.src = crate::views::absolute(&i.src, base);
            i
        }),
        original_language: original_lang.as_deref().map(language_name),
        original_lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gazette_domain::{Cadence, Slug};
    use time::macros::datetime;

    #[test]
    fn latest_slot_is_the_last_send_time_not_after_now() {
        let n = Newsletter {
            id: NewsletterId(1),
            slug: Slug::parse("daily").unwrap(),
            name: "Daily".into(),
            description: String::new(),
            cadence: Cadence::Daily,
            weekday: "monday".into(),
            send_time: "07:00".into(),
            time_zone: "UTC".into(),
            fallback_count: 5,
            report: None,
            active: true,
        };
        assert_eq!(
            latest_slot(&n, datetime!(2026-12-01 07:00:30 UTC)),
            Some(datetime!(2026-12-01 07:00 UTC))
        );
        assert_eq!(
            latest_slot(&n, datetime!(2026-12-01 06:59 UTC)),
            Some(datetime!(2026-11-30 07:00 UTC))
        );
    }
}

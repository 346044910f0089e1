//! The newsletter desk: what the editors' screens need besides the use cases the Admin API
//! shares. Who may open it, the subscriber list (search, paging, CSV export), the articles an
//! edition may hold, the edition's language editions and its preview, a test sent to one
//! address, and the deliveries of an edition that went wrong.
//!
//! Subscribers' addresses are personal data: every reader of them here asks for an editor.

use gazette_domain::{
    ArticleStatus, EditionId, EmailAddress, Language, NewsletterId, Role, SubscriberStatus,
};
use gazette_mail::Email;
use gazette_store::newsletters::{self as rows, SubscriberFilter};
use gazette_store::{ArticleFilter, ArticleOrder, Page};
use serde::Serialize;

use super::sending::{RenderedEdition, TOKEN_SLOT, edition_lang};
use super::{Newsletters, newsletter_by_slug, rfc3339};
use crate::translations::EngineUse;
use crate::views::SITE_LANG;
use crate::{Actor, AppError, AppResult, now};

/// Subscribers listed per page, and read per query by the export.
const PAGE_SIZE: u32 = 50;
const EXPORT_BATCH: u32 = 1000;

/// Which subscribers to list or export.
#[derive(Debug, Clone, Default)]
pub struct SubscriberQuery {
    /// Part of the address.
    pub search: String,
    /// `pending`, `confirmed`, `unsubscribed` or `bounced`; empty for any.
    pub status: String,
    /// A newsletter's slug; empty for any.
    pub newsletter: String,
    /// From 1.
    pub page: u32,
}

/// One subscriber as the list shows them.
#[derive(Debug, Clone, Serialize)]
pub struct SubscriberItem {
    pub email: String,
    pub language: String,
    pub status: SubscriberStatus,
    /// The newsletters they are on, with whether they confirmed each.
    pub newsletters: Vec<SubscriptionItem>,
    /// RFC 3339.
    pub since: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubscriptionItem {
    pub name: String,
    pub confirmed: bool,
}

/// A page of subscribers.
#[derive(Debug, Clone, Serialize)]
pub struct SubscriberList {
    pub items: Vec<SubscriberItem>,
    /// How many match in all.
    pub total: u64,
    pub page: u32,
    pub pages: u32,
}

/// An article an edition may hold: published, or scheduled to be.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleChoice {
    pub slug: String,
    pub title: String,
    pub status: ArticleStatus,
}

/// The email an edition makes, rendered as sending renders it.
#[derive(Debug, Clone, Serialize)]
pub struct EditionPreview {
    pub subject: String,
    pub html: String,
    pub text: String,
}

/// A delivery of an edition that went wrong, as the results page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct DeliveryProblem {
    pub email: String,
    /// `failed` (for good) or `pending` (tried again later).
    pub status: String,
    pub attempts: u32,
    pub error: String,
    /// RFC 3339; when a pending one is tried again.
    pub next_attempt_at: Option<String>,
}

impl Newsletters<'_> {
    /// Whether `actor` may open the newsletter desk: editors and administrators prepare and
    /// send newsletters and see their subscribers.
    pub fn may_open_desk(&self, actor: &Actor) -> AppResult<()> {
        actor.require(Role::Editor)
    }

    fn subscriber_filter(
        &self,
        q: &SubscriberQuery,
        newsletter: Option<NewsletterId>,
    ) -> AppResult<SubscriberFilter> {
        let status = match q.status.trim() {
            "" => None,
            raw => Some(SubscriberStatus::parse(raw).ok_or_else(|| {
                gazette_domain::FieldError::new(
                    "status",
                    format!("{raw:?} is not pending, confirmed, unsubscribed or bounced"),
                )
            })?),
        };
        Ok(SubscriberFilter {
            address_contains: Some(q.search.trim().to_owned()).filter(|s| !s.is_empty()),
            status,
            newsletter,
        })
    }

    /// The newsletter a query names, if it names one.
    async fn queried_newsletter(
        &self,
        conn: &mut sqlx::AnyConnection,
        q: &SubscriberQuery,
    ) -> AppResult<Option<NewsletterId>> {
        match q.newsletter.trim() {
            "" => Ok(None),
            slug => Ok(Some(newsletter_by_slug(conn, slug).await?.id)),
        }
    }

    /// A page of the subscribers the query finds, by address.
    pub async fn subscribers(
        &self,
        actor: &Actor,
        q: &SubscriberQuery,
    ) -> AppResult<SubscriberList> {
        self.may_open_desk(actor)?;
        let mut conn = self.store().reader().await?;
        let newsletter = self.queried_newsletter(&mut conn, q).await?;
        let filter = self.subscriber_filter(q, newsletter)?;
        let page = q.page.max(1);
        let offset = u64::from(page - 1) * u64::from(PAGE_SIZE);
        let (found, total) = rows::list_subscribers(&mut conn, &filter, PAGE_SIZE, offset).await?;
        let items = self.items(&mut conn, found).await?;
        Ok(SubscriberList {
            items,
            total,
            page,
            pages: u32::try_from(total.div_ceil(u64::from(PAGE_SIZE)))
                .unwrap_or(u32::MAX)
                .max(1),
        })
    }

    async fn items(
        &self,
        conn: &mut sqlx::AnyConnection,
        found: Vec<gazette_domain::Subscriber>,
    ) -> AppResult<Vec<SubscriberItem>> {
        let ids: Vec<_> = found.iter().map(|s| s.id).collect();
        let subs = rows::subscriptions_of(conn, &ids).await?;
        let all = rows::newsletters(conn).await?;
        Ok(found
            .into_iter()
            .map(|s| SubscriberItem {
                newsletters: subs
                    .iter()
                    .filter(|(id, _, _)| *id == s.id)
                    .filter_map(|(_, n, confirmed)| {
                        all.iter().find(|x| x.id == *n).map(|x| SubscriptionItem {
                            name: x.name.clone(),
                            confirmed: *confirmed,
                        })
                    })
                    .collect(),
                email: s.email.to_string(),
                language: s.language.to_string(),
                status: s.status,
                since: rfc3339(s.created_at),
            })
            .collect())
    }

    /// Every subscriber the query finds (whatever its page), as CSV with a header line:
    /// address, language, status, newsletters (`;`-separated, unconfirmed ones marked), since.
    pub async fn export_subscribers(
        &self,
        actor: &Actor,
        q: &SubscriberQuery,
    ) -> AppResult<String> {
        self.may_open_desk(actor)?;
        let mut conn = self.store().reader().await?;
        let newsletter = self.queried_newsletter(&mut conn, q).await?;
        let filter = self.subscriber_filter(q, newsletter)?;
        let mut out = String::from("email,language,status,newsletters,since\r\n");
        let mut offset = 0;
        loop {
            let (found, _) =
                rows::list_subscribers(&mut conn, &filter, EXPORT_BATCH, offset).await?;
            let n = found.len();
            for item in self.items(&mut conn, found).await? {
                let newsletters: Vec<String> = item
                    .newsletters
                    .iter()
                    .map(|s| {
                        if s.confirmed {
                            s.name.clone()
                        } else {
                            format!("{} (unconfirmed)", s.name)
                        }
                    })
                    .collect();
                let cells = [
                    item.email,
                    item.language,
                    item.status.as_str().to_owned(),
                    newsletters.join("; "),
                    item.since,
                ];
                let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
                out.push_str(&line.join(","));
                out.push_str("\r\n");
            }
            if n < EXPORT_BATCH as usize {
                return Ok(out);
            }
            offset += u64::from(EXPORT_BATCH);
        }
    }

    /// The articles an edition may hold, newest first: the scheduled ones, then the hundred
    /// latest published.
    pub async fn article_choices(&self) -> AppResult<Vec<ArticleChoice>> {
        let mut conn = self.store().reader().await?;
        let mut out = Vec::new();
        for (status, size) in [
            (ArticleStatus::Scheduled, 50),
            (ArticleStatus::Published, 100),
        ] {
            let filter = ArticleFilter {
                status: Some(status),
                ..Default::default()
            };
            let page = Page { number: 1, size };
            let (list, _) =
                gazette_store::articles::list(&mut conn, &filter, ArticleOrder::Newest, page)
                    .await?;
            out.extend(list.into_iter().map(|a| ArticleChoice {
                slug: a.slug.to_string(),
                title: a.title,
                status: a.status,
            }));
        }
        Ok(out)
    }

    /// The language editions of a newsletter: the site's, and those its subscribers chose.
    pub async fn edition_languages(&self, slug: &str) -> AppResult<Vec<String>> {
        let mut conn = self.store().reader().await?;
        let n = newsletter_by_slug(&mut conn, slug).await?;
        let mut out = vec![Language::default().to_string()];
        for l in rows::subscriber_languages(&mut conn, n.id).await? {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        Ok(out)
    }

    /// The next edition's email in the language edition `language`, rendered as sending
    /// renders it (its subject and introduction sent to that language's engines if the memory
    /// lacks them). Its personal links lead nowhere.
    pub async fn preview_next_edition(
        &self,
        slug: &str,
        language: &str,
    ) -> AppResult<EditionPreview> {
        let language = self.edition_language(language)?;
        let rendered = self
            .render_next_edition(slug, edition_lang(language.as_str()))
            .await?
            .1;
        Ok(EditionPreview {
            subject: rendered.subject,
            html: rendered.html.replace(TOKEN_SLOT, "preview"),
            text: rendered.text.replace(TOKEN_SLOT, "preview"),
        })
    }

    async fn render_next_edition(
        &self,
        slug: &str,
        lang: &str,
    ) -> AppResult<(EditionId, RenderedEdition)> {
        let mut tx = self.store().begin().await?;
        let n = newsletter_by_slug(&mut tx, slug).await?;
        let draft = rows::draft_edition(&mut tx, n.id, now()).await?;
        tx.commit().await?;
        let rendered = self
            .render_edition(&n, &draft, lang, EngineUse::Ask)
            .await?;
        Ok((draft.id, rendered))
    }

    /// Sends the next edition, as it stands, to the signed-in editor alone, marked as a test.
    /// It is no delivery: no subscriber receives it and the edition's counts do not change.
    /// Returns the address it went to.
    pub async fn send_test(&self, actor: &Actor, slug: &str) -> AppResult<String> {
        self.may_open_desk(actor)?;
        let user = actor
            .user()
            .ok_or_else(|| AppError::NotFound("a signed-in user to send the test to".into()))?;
        let to = EmailAddress::parse_field("email", &user.email)?;
        if !self.mailer().is_configured() {
            return Err(AppError::Conflict {
                field: None,
                message: "no SMTP server is configured ([mail] smtp_url), so no test can be sent"
                    .into(),
            });
        }
        let (edition, rendered) = self.render_next_edition(slug, SITE_LANG).await?;
        let email = Email {
            to: to.to_string(),
            subject: format!("[Test] {}", rendered.subject),
            text: rendered.text.replace(TOKEN_SLOT, "preview"),
            html: Some(rendered.html.replace(TOKEN_SLOT, "preview")),
            message_id: format!(
                "test-{edition}-{}@{}",
                &crate::random_token()[..12],
                self.mail_host()
            ),
            list_unsubscribe: None,
            list_id: None,
        };
        self.mailer()
            .send(&email)
            .await
            .map_err(|e| AppError::Mail(e.to_string()))?;
        Ok(to.to_string())
    }

    /// The deliveries of an edition with an error recorded (failed, or waiting to be tried
    /// again), failed ones first; at most `limit`.
    pub async fn delivery_problems(
        &self,
        actor: &Actor,
        edition: EditionId,
        limit: u32,
    ) -> AppResult<Vec<DeliveryProblem>> {
        self.may_open_desk(actor)?;
        let mut conn = self.store().reader().await?;
        Ok(rows::delivery_problems(&mut conn, edition, limit)
            .await?
            .into_iter()
            .map(|p| DeliveryProblem {
                email: p.email,
                status: p.status,
                attempts: p.attempts,
                error: p.error,
                next_attempt_at: p.next_attempt_at.map(rfc3339),
            })
            .collect())
    }
}

/// A CSV cell: quoted when it holds a separator, a quote or a line break; a leading `=`, `+`,
/// `-` or `@` is escaped with `'` so a spreadsheet does not run it as a formula.
fn csv_cell(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n', ';']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("reader@example.org"), "reader@example.org");
        assert_eq!(csv_cell("The Daily; Weekly"), "\"The Daily; Weekly\"");
        assert_eq!(csv_cell("say \"hi\", then"), "\"say \"\"hi\"\", then\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}

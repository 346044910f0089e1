//! WebSub: when a published article changes, tell the configured hub which feeds changed, so
//! subscribers hear at once instead of polling (W3C WebSub, "publish" notification).

use std::time::Duration;

use gazette_domain::{ArticleId, ArticleStatus};
use gazette_render::CacheTag;

use super::Public;
use crate::core::Core;
use crate::jobs::{JobError, JobKind};
use crate::{AppResult, Taxonomies, now};

/// Enqueues a hub ping for every article named in `tags`, inside the change's transaction.
pub(crate) async fn enqueue_pings(
    core: &Core,
    tx: &mut sqlx::AnyConnection,
    tags: &[CacheTag],
) -> AppResult<bool> {
    if core.config().websub_hub().is_none() {
        return Ok(false);
    }
    let mut queued = false;
    for tag in tags {
        let job = match tag {
            CacheTag::Article(article) => JobKind::WebSubPing {
                article: *article,
                lang: None,
            },
            CacheTag::ArticleIn(article, lang) => JobKind::WebSubPing {
                article: *article,
                lang: Some(lang.as_str().to_owned()),
            },
            _ => continue,
        };
        core.enqueue_in(tx, job, now()).await?;
        queued = true;
    }
    Ok(queued)
}

impl Public<'_> {
    /// The feeds an article appears in: the site's and those of its regions (and the regions
    /// above them), themes, reports, authors and source, in every format; in each language
    /// edition the site has (an edition lists the article translated or in its original), or
    /// with `lang` in that edition only.
    async fn feed_topics(
        &self,
        article: ArticleId,
        lang: Option<&str>,
    ) -> AppResult<Option<Vec<String>>> {
        let mut conn = self.store().reader().await?;
        let editions: Vec<String> = match lang {
            Some(lang) => vec![format!("/{lang}")],
            None => {
                let mut editions = vec![String::new()];
                editions.extend(
                    gazette_store::translations::published_languages(&mut conn)
                        .await?
                        .into_iter()
                        .filter_map(|l| self.edition(&l))
                        .map(|l| format!("/{l}")),
                );
                editions
            }
        };
        let found = gazette_store::articles::get(&mut conn, article).await?;
        let mut paths = vec![String::new()];
        if let Some(a) = &found {
            // Drafts and scheduled pieces are in no feed; a withdrawn or deleted one just left them.
            if matches!(a.status, ArticleStatus::Draft | ArticleStatus::Scheduled) {
                return Ok(None);
            }
            let tax = Taxonomies::load(&mut conn).await?;
            for id in &a.region_ids {
                paths.extend(
                    tax.region_with_ancestors(*id)
                        .iter()
                        .map(|r| format!("/region/{}", r.slug)),
                );
            }
            paths.extend(
                a.theme_ids
                    .iter()
                    .filter_map(|id| tax.theme(*id))
                    .map(|t| format!("/theme/{}", t.slug)),
            );
            paths.extend(
                a.report_ids
                    .iter()
                    .filter_map(|id| tax.report(*id))
                    .map(|r| format!("/report/{}", r.slug)),
            );
            paths.extend(
                a.author_ids
                    .iter()
                    .filter_map(|id| tax.author(*id))
                    .map(|x| format!("/author/{}", x.slug)),
            );
            paths.extend(
                a.original
                    .iter()
                    .filter_map(|o| tax.source(o.source_id))
                    .map(|s| format!("/source/{}", s.slug)),
            );
        }
        paths.sort();
        paths.dedup();
        let base = self.base_url();
        Ok(Some(
            editions
                .iter()
                .flat_map(|edition| paths.iter().map(move |p| format!("{edition}{p}")))
                .flat_map(|p| {
                    ["feed.rss", "feed.atom", "feed.json"].map(|f| format!("{base}{p}/{f}"))
                })
                .collect(),
        ))
    }

    pub(crate) async fn ping_websub_hub(
        &self,
        article: ArticleId,
        lang: Option<&str>,
    ) -> Result<(), JobError> {
        let Some(hub) = self.config().websub_hub() else {
            return Ok(());
        };
        let Some(topics) = self.feed_topics(article, lang).await? else {
            return Ok(());
        };
        let mut form: Vec<(&str, &str)> = vec![("hub.mode", "publish")];
        form.extend(topics.iter().map(|t| ("hub.url", t.as_str())));
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| JobError::Permanent(format!("HTTP client: {e}")))?;
        let response = client
            .post(&hub)
            .form(&form)
            .send()
            .await
            .map_err(|e| JobError::Retryable(format!("WebSub hub {hub}: {e}")))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else if status.is_server_error() || status.as_u16() == 429 {
            Err(JobError::Retryable(format!(
                "WebSub hub {hub} answered {status}"
            )))
        } else {
            Err(JobError::Permanent(format!(
                "WebSub hub {hub} refused the notification: {status}"
            )))
        }
    }
}

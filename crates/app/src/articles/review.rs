//! Review requests: a contributor asks an editor to look at a draft; the dashboard lists what
//! waits. Publishing, scheduling or withdrawing the article ends its request (in the same
//! transaction, see `set_state_in`), as does deleting it.

use gazette_domain::{ArticleId, ArticleStatus, FieldError, ReviewRequest, Role};
use gazette_store::articles as rows;

use super::{Articles, load, may_change};
use crate::{Actor, AppError, AppResult, now};

/// The longest note a contributor may leave with a request.
const NOTE_CHARS: usize = 1_000;

impl Articles<'_> {
    /// Asks the editors to review the draft; asking again renews the request and its note.
    pub async fn request_review(
        &self,
        actor: &Actor,
        id: ArticleId,
        note: &str,
    ) -> AppResult<ReviewRequest> {
        let note = note.trim();
        if note.chars().count() > NOTE_CHARS {
            return Err(
                FieldError::new("note", format!("is longer than {NOTE_CHARS} characters"))
                    .with_kind(gazette_domain::FieldErrorKind::TooLong {
                        max: NOTE_CHARS as u64,
                        unit: gazette_domain::LengthUnit::Characters,
                    })
                    .into(),
            );
        }
        let mut tx = self.store().begin().await?;
        let article = load(&mut tx, id).await?;
        may_change(&mut tx, actor, &article).await?;
        if article.status != ArticleStatus::Draft {
            return Err(AppError::Conflict {
                field: Some("status".into()),
                message: "only a draft can be sent for review".into(),
            });
        }
        let request = ReviewRequest {
            article_id: id,
            requested_by: actor.user_id(),
            requested_at: now(),
            note: note.to_owned(),
        };
        rows::request_review(&mut tx, &request).await?;
        tx.commit().await?;
        Ok(request)
    }

    /// Ends the article's review request: its writer takes it back, or an editor hands it back.
    pub async fn withdraw_review(&self, actor: &Actor, id: ArticleId) -> AppResult<()> {
        let mut tx = self.store().begin().await?;
        let article = load(&mut tx, id).await?;
        if actor.require(Role::Editor).is_err() {
            may_change(&mut tx, actor, &article).await?;
        }
        rows::end_review(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Open review requests, oldest first; `article` narrows them to one article.
    pub async fn review_requests(
        &self,
        article: Option<ArticleId>,
    ) -> AppResult<Vec<ReviewRequest>> {
        Ok(rows::review_requests(&mut *self.store().reader().await?, article).await?)
    }
}

//! Machine translations made elsewhere and brought in whole: the demo ships translations made
//! with Apertium by `demo/translate`, so a site with no engine still has them. They are
//! recorded as what they are (the engine and model that made them, and when), and pass the
//! same checks as an engine's answer before readers see them.

use gazette_domain::{ArticleId, ArticleStatus, FieldError, Role};
use gazette_store::translations::{self as rows, TranslationWrite};
use time::OffsetDateTime;

use super::{Translations, known_language};
use crate::{Actor, AppError, AppResult, now};

/// A machine translation of an article, with who made it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineTranslation {
    pub language: String,
    pub title: String,
    pub standfirst: String,
    /// HTML; sanitised like any engine's answer.
    pub body_html: String,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    /// The engine's configuration id where it was made (`apertium`).
    pub engine: String,
    /// What the engine reported as its model (`apertium:eng-spa`).
    pub model: String,
    pub translated_at: OffsetDateTime,
}

impl Translations<'_> {
    /// Brings in a machine translation of a published article, made from its current text
    /// (so it is not shown as outdated). A translation the newsroom locked is left alone;
    /// returns whether it was written.
    pub async fn import_machine(
        &self,
        actor: &Actor,
        id: ArticleId,
        t: &MachineTranslation,
    ) -> AppResult<bool> {
        actor.require(Role::Editor)?;
        let language = known_language(&t.language)?;
        for (field, value) in [("engine", &t.engine), ("model", &t.model)] {
            if value.trim().is_empty() {
                return Err(FieldError::required(field).into());
            }
        }
        if t.translated_at > now() {
            return Err(FieldError::new(
                "translated_at",
                format!("{} is in the future", crate::views::iso(t.translated_at)),
            )
            .into());
        }
        let body_html = gazette_render::sanitize_html(&t.body_html);
        gazette_domain::check_text(&t.title, &t.standfirst, &body_html, "body_html")?;
        if gazette_render::plain_text_excerpt(&body_html, 1).is_empty() {
            return Err(FieldError::new("body_html", "has no text once sanitised").into());
        }
        let optional = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let (caption, credit) = (optional(&t.image_caption), optional(&t.image_credit));

        let mut tx = self.store().begin().await?;
        let article = gazette_store::articles::get(&mut tx, id)
            .await?
            .ok_or_else(|| AppError::NotFound("article".into()))?;
        if article.status != ArticleStatus::Published {
            return Err(FieldError::new(
                "article",
                format!(
                    "{} is {}: only a published article's translation can be brought in",
                    article.slug,
                    article.status.as_str()
                ),
            )
            .into());
        }
        if article.language.as_str().eq_ignore_ascii_case(language) {
            return Err(FieldError::new("language", "is the article's own language").into());
        }
        let before = super::ShownBefore::read(&mut tx, id, language).await?;
        let written = rows::put(
            &mut tx,
            &TranslationWrite {
                article_id: id.0,
                language,
                title: t.title.trim(),
                standfirst: t.standfirst.trim(),
                body_html: &body_html,
                image_caption: caption.as_deref(),
                image_credit: credit.as_deref(),
                source_revision: article.revision,
                engine: t.engine.trim(),
                model: t.model.trim(),
                // Brought in whole: any passage its maker kept in the original is not known
                // as such here, and a refresh by an engine makes the record afresh.
                untranslated: "[]",
            },
            t.translated_at,
        )
        .await?;
        if written {
            self.commit(tx, before.tags_after_write(id, language))
                .await?;
        } else {
            tx.commit().await?;
        }
        Ok(written)
    }
}

//! What readers see of a translation: the engine named as a reader knows it (not by the
//! configuration's id for it), and which cached pages a new or changed translation drops.

use gazette_domain::ArticleId;
use gazette_render::{CacheTag, TagLang};
use sqlx::AnyConnection;

use crate::AppResult;
use crate::config::TranslationSettings;

/// Where a translation stood before a change, read in the change's transaction before it
/// writes: whether it could be read, and whether the site had any page in its language.
pub(crate) struct ShownBefore {
    available: bool,
    site_had_language: bool,
}

impl ShownBefore {
    pub(crate) async fn read(
        conn: &mut AnyConnection,
        article: ArticleId,
        lang: &str,
    ) -> AppResult<Self> {
        let available = gazette_store::translations::get(conn, article.0, lang)
            .await?
            .is_some_and(|t| t.is_available());
        let site_had_language = available
            || gazette_store::translations::published_languages(conn)
                .await?
                .iter()
                .any(|l| l == lang);
        Ok(Self {
            available,
            site_had_language,
        })
    }

    /// The tags of the pages a new text of `article` in `lang` changes: the pages showing it
    /// in that language; when it is new, its pages' language menus; when the language is new
    /// to the site, every page's.
    pub(crate) fn tags_after_write(&self, article: ArticleId, lang: &str) -> Vec<CacheTag> {
        let mut tags = match TagLang::new(lang) {
            Some(l) => vec![CacheTag::ArticleIn(article, l)],
            None => vec![CacheTag::Article(article)],
        };
        if !self.available {
            tags.push(CacheTag::Translations(article));
        }
        if !self.site_had_language {
            tags.push(CacheTag::Languages);
        }
        tags
    }
}

/// The engine's product name and, where it means something to a reader (a language model's
/// name), the model; an empty model is not shown. `engine` is the configuration id recorded with
/// the translation, `model` what the engine said it used (`apertium:eng-spa`).
pub(crate) fn engine_for_readers(
    config: &TranslationSettings,
    engine: &str,
    model: &str,
) -> (String, String) {
    // The kind from the configuration; for a translation recorded elsewhere (the demo's), from
    // the model label, which the Apertium engine writes as `apertium:pair`.
    let kind = config
        .engines
        .get(engine)
        .and_then(|t| t.get("kind"))
        .and_then(|k| k.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| model.split(':').next().unwrap_or(engine).to_owned());
    let name = gazette_translate::engine::product_name(&kind)
        .or_else(|| gazette_translate::engine::product_name(engine))
        .map_or_else(|| engine.to_owned(), str::to_owned);
    let model = if kind == "openai" {
        model.to_owned()
    } else {
        String::new()
    };
    (name, model)
}

#[cfg(test)]
mod tests {
    use super::engine_for_readers;
    use crate::config::Config;

    #[test]
    fn engines_are_named_as_readers_know_them() {
        let config = Config::parse(
            "[translation]\ndefault = [\"apy\"]\n\
             [translation.engines.apy]\nkind = \"apertium\"\nurl = \"http://127.0.0.1:2737\"\n\
             [translation.engines.llm]\nkind = \"openai\"\nurl = \"http://127.0.0.1:1\"\nmodel = \"m\"\napi_key = \"k\"\n",
        )
        .unwrap();
        let t = &config.translation;
        assert_eq!(
            engine_for_readers(t, "apy", "apertium:eng-spa"),
            ("Apertium".to_owned(), String::new())
        );
        assert_eq!(
            engine_for_readers(t, "llm", "gpt-x"),
            ("OpenAI".to_owned(), "gpt-x".to_owned())
        );
        // Recorded by an engine no longer configured: named from its model label.
        assert_eq!(
            engine_for_readers(t, "old-apy", "apertium:eng-cat"),
            ("Apertium".to_owned(), String::new())
        );
        assert_eq!(
            engine_for_readers(t, "mystery", ""),
            ("mystery".to_owned(), String::new())
        );
    }
}

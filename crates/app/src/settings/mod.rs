//! The site-wide settings, and the translation glossary they hold.

use gazette_domain::{FieldError, GlossaryEntry, Role, SiteSettings};
use gazette_translate::{Glossary, Term, languages};

use gazette_render::CacheTag;

use crate::Actor;
use crate::AppResult;

crate::service!(
    /// The site's settings and the translation glossary: `app.settings()`.
    Settings
);

impl Settings<'_> {
    pub async fn get(&self) -> AppResult<SiteSettings> {
        Ok(gazette_store::settings::get(&mut *self.store().reader().await?).await?)
    }

    /// The settings to edit: an administrator's, as changing them is.
    pub async fn editable(&self, actor: &Actor) -> AppResult<SiteSettings> {
        actor.require(Role::Administrator)?;
        self.get().await
    }

    pub async fn put(&self, actor: &Actor, settings: SiteSettings) -> AppResult<SiteSettings> {
        actor.require(Role::Administrator)?;
        settings.validate()?;
        glossary_of(&settings)?;
        let mut tx = self.store().begin().await?;
        gazette_store::settings::put(&mut tx, &settings).await?;
        self.commit(tx, vec![CacheTag::Settings]).await?;
        Ok(settings)
    }

    /// The protected terms every translation keeps, from the site settings.
    pub async fn glossary(&self) -> AppResult<Glossary> {
        Ok(glossary_of(&self.get().await?)?)
    }
}

/// The settings' glossary text as the translate crate's [`Glossary`]: the one place it is
/// built. Beyond the domain's reading of the text, each language must be one Gazette
/// translates into (a rendering for a tag the table lacks would never be used), and is
/// spelled as the table spells it.
pub(crate) fn glossary_of(settings: &SiteSettings) -> Result<Glossary, FieldError> {
    let mut terms = Vec::new();
    for entry in GlossaryEntry::parse(&settings.glossary)? {
        let mut term = Term::keep(entry.term);
        for (lang, rendering) in entry.renderings {
            let Some(known) = languages::lookup(lang.as_str()) else {
                return Err(FieldError::new(
                    "glossary",
                    format!(
                        "line {}: {:?} is not a language Gazette translates into",
                        entry.line,
                        lang.as_str()
                    ),
                ));
            };
            if term.translations.contains_key(known.code) {
                return Err(FieldError::new(
                    "glossary",
                    format!(
                        "line {}: {:?} is a second rendering for {}",
                        entry.line,
                        lang.as_str(),
                        known.code
                    ),
                ));
            }
            term = term.mapped(known.code, rendering);
        }
        terms.push(term);
    }
    Ok(Glossary::new(terms))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(glossary: &str) -> SiteSettings {
        SiteSettings {
            glossary: glossary.into(),
            ..SiteSettings::default()
        }
    }

    #[test]
    fn the_glossary_keeps_and_maps_terms_per_language() {
        let glossary = glossary_of(&settings(
            "Ana Lima\nPort Authority | fr: Autorité portuaire | pt-br: Autoridade Portuária",
        ))
        .unwrap();
        let p = glossary.protect("Ana Lima of the Port Authority.", "fr");
        assert_eq!(p.placeholder_count(), 2);
        assert_eq!(
            p.restore(&p.html).unwrap(),
            "Ana Lima of the Autorité portuaire."
        );
        let p = glossary.protect("The Port Authority.", "pt-BR");
        assert_eq!(p.restore(&p.html).unwrap(), "The Autoridade Portuária.");
        let p = glossary.protect("The Port Authority.", "de");
        assert_eq!(p.restore(&p.html).unwrap(), "The Port Authority.");
        assert!(glossary_of(&settings("")).unwrap().is_empty());
    }

    #[test]
    fn a_language_outside_the_table_is_refused_naming_the_line() {
        let err = glossary_of(&settings("Ana Lima\nPort Authority | xx: Nope")).unwrap_err();
        assert_eq!(err.field, "glossary");
        assert!(err.message.starts_with("line 2: \"xx\""), "{}", err.message);
        let err = glossary_of(&settings("Bahn | de: Bahn | de-AT: Bahn")).unwrap_err();
        assert!(
            err.message.contains("second rendering for de"),
            "{}",
            err.message
        );
    }
}

//! The site-wide words every page carries (name, tagline, disclaimer, contacts), and the
//! protected terms that translation leaves alone.

use serde::{Deserialize, Serialize};

use crate::{FieldError, Language, validate_url};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SiteSettings {
    pub name: String,
    pub tagline: String,
    /// Shown under every article: responsibility of authors, fair use, permission to cross-post.
    pub disclaimer: String,
    pub footer_copyright: String,
    /// Where journalists write for media inquiries (an email address).
    pub media_contact: String,
    pub newsletter_blurb: String,
    pub translate_blurb: String,
    pub membership_blurb: String,
    pub social: Vec<SocialLink>,
    /// Whether feeds carry whole articles (true) or only their standfirsts.
    pub feed_full_content: bool,
    /// Whether readers may republish the publication's own articles (the "Republish" box).
    pub allow_republish: bool,
    /// Protected terms for machine translation (names of people, organisations, places), one
    /// per line: `Ana Lima` stays as it is in every language; `Port Authority | fr: Autorité
    /// portuaire | es: Autoridad Portuaria` is rendered so in those languages and kept in the
    /// others. Blank lines and lines starting with `#` are ignored. See [`GlossaryEntry::parse`].
    pub glossary: String,
    /// The newsroom's time zone (an IANA name such as `Europe/Lisbon`): every time the admin
    /// shows is in it, and every time an editor types is read in it.
    pub time_zone: String,
}

impl Default for SiteSettings {
    fn default() -> Self {
        Self {
            name: "Gazette".into(),
            tagline: "An independent publication".into(),
            disclaimer: String::new(),
            footer_copyright: String::new(),
            media_contact: String::new(),
            newsletter_blurb: String::new(),
            translate_blurb: String::new(),
            membership_blurb: String::new(),
            social: Vec::new(),
            feed_full_content: true,
            allow_republish: false,
            glossary: String::new(),
            time_zone: "UTC".into(),
        }
    }
}

impl SiteSettings {
    pub fn validate(&self) -> Result<(), FieldError> {
        if self.name.trim().is_empty() {
            return Err(FieldError::required("name"));
        }
        if !self.media_contact.is_empty()
            && crate::EmailAddress::parse(&self.media_contact).is_err()
        {
            return Err(FieldError::new(
                "media_contact",
                format!("{:?} is not an email address", self.media_contact),
            )
            .with_kind(crate::FieldErrorKind::NotEmail));
        }
        for (i, link) in self.social.iter().enumerate() {
            if link.label.trim().is_empty() {
                return Err(FieldError::required(format!("social[{i}].label")));
            }
            validate_url("url", &link.url).map_err(|e| e.within(&format!("social[{i}]")))?;
        }
        GlossaryEntry::parse(&self.glossary)?;
        crate::SiteClock::new(&self.time_zone)?;
        Ok(())
    }
}

/// One line of the glossary: a term and its renderings in some languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The line it was written on (from 1), for errors found later (an unknown language).
    pub line: usize,
    /// The term as written in articles; matched case-sensitively, as a whole word.
    pub term: String,
    /// Its rendering per language, in the order written; a language not listed keeps the term.
    pub renderings: Vec<(Language, String)>,
}

/// The longest term accepted: a name, not a paragraph.
const MAX_TERM_CHARS: usize = 200;

impl GlossaryEntry {
    /// Reads the glossary's text, one term per line; an error names the field `glossary` and
    /// the line. The only reader of that format.
    pub fn parse(text: &str) -> Result<Vec<GlossaryEntry>, FieldError> {
        let mut entries: Vec<GlossaryEntry> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let bad = |problem: String| {
                FieldError::new("glossary", format!("line {line} ({trimmed:?}): {problem}"))
            };
            let mut parts = trimmed.split('|').map(str::trim);
            let term = parts.next().unwrap_or_default();
            if term.is_empty() {
                return Err(bad("the term is missing before the first \"|\"".to_owned()));
            }
            if term.chars().count() > MAX_TERM_CHARS {
                return Err(bad(format!(
                    "a term is at most {MAX_TERM_CHARS} characters"
                )));
            }
            if let Some(earlier) = entries.iter().find(|e| e.term == term) {
                return Err(bad(format!(
                    "{term:?} is already listed on line {}",
                    earlier.line
                )));
            }
            let mut renderings: Vec<(Language, String)> = Vec::new();
            for part in parts {
                let Some((lang, rendering)) = part.split_once(':') else {
                    return Err(bad(format!(
                        "{part:?} is not \"language: rendering\", as in \"fr: Autorité portuaire\""
                    )));
                };
                let (lang, rendering) = (lang.trim(), rendering.trim());
                let lang = Language::parse(lang).map_err(bad)?;
                if rendering.is_empty() {
                    return Err(bad(format!(
                        "the rendering for {:?} is empty",
                        lang.as_str()
                    )));
                }
                if renderings
                    .iter()
                    .any(|(l, _)| l.as_str().eq_ignore_ascii_case(lang.as_str()))
                {
                    return Err(bad(format!("{:?} is given twice", lang.as_str())));
                }
                renderings.push((lang, rendering.to_owned()));
            }
            entries.push(GlossaryEntry {
                line,
                term: term.to_owned(),
                renderings,
            });
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_lines_keep_or_map_terms() {
        let entries = GlossaryEntry::parse(
            "# people\nAna Lima\n\n  Port Authority | fr: Autorité portuaire | es:Autoridad Portuaria  \r\nPT | pt-BR: PT",
        )
        .unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].term, "Ana Lima");
        assert!(entries[0].renderings.is_empty());
        assert_eq!(entries[0].line, 2);
        assert_eq!(entries[1].term, "Port Authority");
        let langs: Vec<(&str, &str)> = entries[1]
            .renderings
            .iter()
            .map(|(l, r)| (l.as_str(), r.as_str()))
            .collect();
        assert_eq!(
            langs,
            [("fr", "Autorité portuaire"), ("es", "Autoridad Portuaria")]
        );
        assert_eq!(entries[2].renderings[0].0.as_str(), "pt-BR");
        assert_eq!(GlossaryEntry::parse("").unwrap(), []);
    }

    #[test]
    fn a_bad_glossary_line_is_named_in_the_error() {
        for (text, line, says) in [
            ("Ana Lima\n| fr: x", 2, "the term is missing"),
            (
                "Port Authority | fr Autorité",
                1,
                "is not \"language: rendering\"",
            ),
            ("Port Authority | french: Autorité", 1, "not a language tag"),
            (
                "Port Authority | fr: ",
                1,
                "the rendering for \"fr\" is empty",
            ),
            ("Port Authority | fr: a | fr: b", 1, "\"fr\" is given twice"),
            (
                "Port Authority | fr: a |",
                1,
                "is not \"language: rendering\"",
            ),
            ("Ana Lima\n\nAna Lima", 3, "already listed on line 1"),
        ] {
            let err = GlossaryEntry::parse(text).unwrap_err();
            assert_eq!(err.field, "glossary", "{text:?}");
            assert!(
                err.message.starts_with(&format!("line {line} (")),
                "{text:?}: {}",
                err.message
            );
            assert!(err.message.contains(says), "{text:?}: {}", err.message);
        }
        let settings = SiteSettings {
            glossary: "Port Authority | fr".into(),
            ..SiteSettings::default()
        };
        assert_eq!(settings.validate().unwrap_err().field, "glossary");
    }
}

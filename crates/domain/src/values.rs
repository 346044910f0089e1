//! Small validated values shared by every entity.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use time::{Date, OffsetDateTime, format_description::well_known::Rfc3339};

use crate::FieldError;
use crate::error::{FieldErrorKind, SlugError};

/// Instants are UTC `OffsetDateTime`s, written as RFC 3339 on the wire.
pub type Timestamp = OffsetDateTime;

/// Path segments that belong to the site itself and so can never be an article's slug.
const RESERVED_SLUGS: &[&str] = &[
    "api",
    "admin",
    "region",
    "theme",
    "report",
    "author",
    "source",
    "search",
    "static",
    "media",
    "feed",
    "feeds",
    "sitemap",
    "robots",
    "healthz",
    "readyz",
    "favicon",
    "page",
    "newsletter",
];

/// A URL path segment: 1–120 characters of lowercase ASCII letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(transparent)]
#[schema(value_type = String, example = "harbour-strike-enters-third-week")]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 120;

    pub fn parse(raw: &str) -> Result<Self, SlugError> {
        if raw.is_empty() {
            return Err(SlugError::Empty);
        }
        if raw.len() > Self::MAX_LEN {
            return Err(SlugError::TooLong {
                len: raw.len(),
                max: Self::MAX_LEN,
            });
        }
        if let Some(bad) = raw
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(SlugError::Character {
                raw: raw.to_owned(),
                character: bad,
            });
        }
        if raw.starts_with('-') || raw.ends_with('-') || raw.contains("--") {
            return Err(SlugError::Hyphens {
                raw: raw.to_owned(),
            });
        }
        Ok(Self(raw.to_owned()))
    }

    /// Like [`Slug::parse`], and also refuses the words the site's own URLs use, since an article
    /// lives at `/{slug}`.
    pub fn parse_article(raw: &str) -> Result<Self, SlugError> {
        let slug = Self::parse(raw)?;
        if RESERVED_SLUGS.contains(&raw) || Language::is_language_shaped(raw) {
            return Err(SlugError::Reserved {
                raw: raw.to_owned(),
            });
        }
        Ok(slug)
    }

    /// Makes a slug from a title: "Iraq & the US: What's Next?" → "iraq-the-us-what-s-next".
    /// A title in any script gives a readable Latin slug ("Москва готовится" →
    /// "moskva-gotovitsia", "北京的冬天" → "bei-jing-de-dong-tian"; Japanese kanji are read as
    /// Chinese, Arabic without its vowels); `None` when nothing usable
    /// is left (only punctuation, or a word the site's own pages use).
    pub fn from_title(title: &str) -> Option<Self> {
        Self::parse_article(Self::from_name(title)?.as_str()).ok()
    }

    /// `article-` and a fingerprint of the title: the slug of a title that makes none, so
    /// saving never fails for want of one.
    pub fn fingerprint(title: &str) -> Self {
        Self(format!("article-{:08x}", fnv1a(title.trim())))
    }

    /// Makes a slug from any name (a login, a category): letters of every script transliterated
    /// to Latin, accents dropped, words joined with hyphens. Unlike [`Slug::from_title`] it
    /// allows the words the site's own URLs use, since authors, regions and themes live under
    /// their own prefix; `None` when nothing usable is left.
    pub fn from_name(name: &str) -> Option<Self> {
        fn push(out: &mut String, c: char) {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let mut out = String::with_capacity(name.len());
        for c in name.chars() {
            if c.is_ascii() {
                push(&mut out, c);
            } else {
                // The character's Latin reading; what has none (emoji, symbols) separates.
                for latin in deunicode::deunicode_char(c).unwrap_or(" ").chars() {
                    push(&mut out, latin);
                }
            }
            if out.len() >= 80 {
                break;
            }
        }
        out.truncate(80);
        Self::parse(out.trim_end_matches('-')).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// 32-bit FNV-1a: a short, stable fingerprint of a title for a slug that names nothing else.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Slug::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A BCP 47 language tag in its common shape: `en`, `fr`, `pt-BR`, `zh-Hant`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(transparent)]
#[schema(value_type = String, example = "en")]
pub struct Language(String);

impl Language {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut parts = raw.split('-');
        let primary = parts.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
        let rest_ok = parts
            .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(format!(
                "{raw:?} is not a language tag such as \"en\" or \"pt-BR\""
            ))
        }
    }

    /// Whether a slug could be mistaken for a language prefix (`/fr`, `/pt-br`), which the
    /// site keeps for translations.
    fn is_language_shaped(raw: &str) -> bool {
        let letters = |s: &str| s.chars().all(|c| c.is_ascii_lowercase());
        match raw.split_once('-') {
            None => raw.len() <= 3 && letters(raw),
            Some((a, b)) => a.len() == 2 && b.len() == 2 && letters(a) && letters(b),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Language {
    fn default() -> Self {
        Self("en".into())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Language::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// Parses an RFC 3339 instant ("2026-11-20T09:30:00Z").
pub fn parse_timestamp(field: &'static str, raw: &str) -> Result<Timestamp, FieldError> {
    OffsetDateTime::parse(raw, &Rfc3339)
        .map(|t| t.to_offset(time::UtcOffset::UTC))
        .map_err(|_| {
            FieldError::new(
                field,
                format!("{raw:?} is not a date-time like \"2026-11-20T09:30:00Z\""),
            )
            .with_kind(FieldErrorKind::NotDateTime)
        })
}

/// Parses a calendar date ("2026-11-18").
pub fn parse_date(field: &'static str, raw: &str) -> Result<Date, FieldError> {
    Date::parse(
        raw,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| {
        FieldError::new(field, format!("{raw:?} is not a date like \"2026-11-18\""))
            .with_kind(FieldErrorKind::NotDate)
    })
}

/// Accepts absolute http(s) URLs only, so no `javascript:` or `data:` link can be stored.
pub fn validate_url(field: &'static str, raw: &str) -> Result<(), FieldError> {
    let lower = raw.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty()
                && !host.starts_with('/')
                && !raw.chars().any(char::is_whitespace)
                && raw.len() <= 2048 =>
        {
            Ok(())
        }
        _ => Err(
            FieldError::new(field, format!("{raw:?} is not an absolute http(s) URL"))
                .with_kind(FieldErrorKind::NotUrl),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_rules() {
        assert!(Slug::parse("iraq-report-2026").is_ok());
        assert!(Slug::parse("Iraq").unwrap_err().to_string().contains("'I'"));
        assert!(Slug::parse("a--b").is_err());
        assert!(Slug::parse("-a").is_err());
        assert!(Slug::parse("").is_err());
        assert!(Slug::parse(&"a".repeat(121)).is_err());
        assert!(Slug::parse_article("admin").is_err());
        assert!(Slug::parse_article("fr").is_err());
        assert!(Slug::parse_article("pt-br").is_err());
        assert!(Slug::parse_article("france").is_ok());
    }

    #[test]
    fn slug_from_title_folds_and_joins() {
        assert_eq!(
            Slug::from_title("Iraq & the US: What's Next?")
                .unwrap()
                .as_str(),
            "iraq-the-us-what-s-next"
        );
        assert_eq!(
            Slug::from_title("Économie réelle").unwrap().as_str(),
            "economie-reelle"
        );
    }

    /// Issue 15: a title in any script makes a readable Latin slug (a Chinese title gave
    /// "cannot be made from this title").
    #[test]
    fn slug_from_title_transliterates_every_script() {
        let slug = |title: &str| Slug::from_title(title).map(|s| s.as_str().to_owned());
        for (title, expected) in [
            ("Москва готовится к зиме", "moskva-gotovitsia-k-zime"),
            ("Η Αθήνα μετά την καταιγίδα", "e-athena-meta-ten-kataigida"),
            ("北京的冬天", "bei-jing-de-dong-tian"),
            ("東京の地下鉄", "dong-jing-nodi-xia-tie"),
            ("مياه البصرة", "myh-lbsr"),
            ("दिल्ली में बारिश", "dillii-men-baarish"),
            ("서울의 봄", "seoulyi-bom"),
            ("Ferry 🚢 returns", "ferry-ship-returns"),
        ] {
            assert_eq!(slug(title).as_deref(), Some(expected), "{title}");
        }
        // Nothing to read: no slug, and validation falls back to a fingerprint of the title.
        assert_eq!(slug("!!!"), None);
        assert_eq!(
            Slug::fingerprint("!!!").as_str(),
            Slug::fingerprint(" !!! ").as_str()
        );
        assert!(Slug::parse_article(Slug::fingerprint("!!!").as_str()).is_ok());
    }

    #[test]
    fn slug_from_name_allows_reserved_words() {
        assert_eq!(Slug::from_name("admin").unwrap().as_str(), "admin");
        assert_eq!(Slug::from_name("J.Doe_92").unwrap().as_str(), "j-doe-92");
        assert!(Slug::from_title("admin").is_none());
        assert!(Slug::from_name("—").is_none());
    }

    #[test]
    fn urls_must_be_http() {
        assert!(validate_url("u", "https://harbourdispatch.example/a").is_ok());
        assert!(validate_url("u", "javascript:alert(1)").is_err());
        assert!(validate_url("u", "JavaScript://x").is_err());
        assert!(validate_url("u", "https:///nohost").is_err());
    }

    #[test]
    fn languages() {
        assert!(Language::parse("en").is_ok());
        assert!(Language::parse("pt-BR").is_ok());
        assert!(Language::parse("English").is_err());
    }
}

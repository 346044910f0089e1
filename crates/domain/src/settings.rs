//! The site-wide words every page carries: name, tagline, disclaimer, contacts.

use serde::{Deserialize, Serialize};

use crate::{FieldError, validate_url};

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
        }
    }
}

impl SiteSettings {
    pub fn validate(&self) -> Result<(), FieldError> {
        if self.name.trim().is_empty() {
            return Err(FieldError::new("name", "must not be empty"));
        }
        if !self.media_contact.is_empty()
            && crate::EmailAddress::parse(&self.media_contact).is_err()
        {
            return Err(FieldError::new(
                "media_contact",
                format!("{:?} is not an email address", self.media_contact),
            ));
        }
        for (i, link) in self.social.iter().enumerate() {
            if link.label.trim().is_empty() {
                return Err(FieldError::new(
                    format!("social[{i}].label"),
                    "must not be empty",
                ));
            }
            validate_url("url", &link.url).map_err(|e| e.within(&format!("social[{i}]")))?;
        }
        Ok(())
    }
}

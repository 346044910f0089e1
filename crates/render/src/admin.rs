//! The editors' admin pages: templates embedded in the binary (`admin/` beside this crate). They
//! are not part of the theme, so an operator's restyling of the site cannot break the newsroom's
//! tools.
//!
//! What the admin says to a person in sentences (refusals beside a field, notices, the error
//! page) comes from its own Fluent catalogue, `admin/locales/{tag}.ftl`, loaded and checked by
//! the theme's machinery ([`crate::i18n`]). English is its only language for now; another file
//! there is checked against `en.ftl` like the theme's. Handlers ask for a message with
//! [`AdminViews::text`] (a value naming it, see [`Catalogues::message_for`]). The templates'
//! headings and labels are still written in them; moving them here would add the theme's
//! `t(key, **args)` function to this environment.

use include_dir::{Dir, include_dir};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::RenderError;
use crate::i18n::{Catalogues, REFERENCE_LANG};

static ADMIN_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/admin");

/// `{{ t | when(time_zone) }}`: an instant (RFC 3339, as the views carry them) to the minute in
/// the site's time zone, with the zone's abbreviation. Anything else is shown as it is.
fn when(value: String, zone: Option<String>) -> String {
    use time::format_description::well_known::Rfc3339;
    match time::OffsetDateTime::parse(&value, &Rfc3339) {
        Ok(t) => gazette_domain::SiteClock::or_utc(zone.as_deref().unwrap_or("UTC")).minutes(t),
        Err(_) => value,
    }
}

pub struct AdminViews {
    env: Environment<'static>,
    i18n: Catalogues,
}

/// The language the admin speaks until editors can choose theirs.
const ADMIN_LANG: &str = REFERENCE_LANG;

impl AdminViews {
    /// An admin stylesheet (`admin/css/{name}`), served as a file: the admin's Content-Security-
    /// Policy refuses inline styles.
    pub fn stylesheet(name: &str) -> Option<&'static str> {
        ADMIN_TEMPLATES
            .get_file(format!("css/{name}"))
            .and_then(|f| f.contents_utf8())
    }

    /// Loads and compiles every admin template and checks the catalogues, so a broken one
    /// stops start-up.
    pub fn new() -> Result<Self, RenderError> {
        let i18n = Catalogues::load_from(ADMIN_TEMPLATES.get_dir("locales"), None)?;
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        // The theme's escaping: addresses keep their slashes readable.
        env.set_formatter(crate::theme::html_formatter);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.add_filter("when", when);
        for file in ADMIN_TEMPLATES.files() {
            let name = file.path().to_string_lossy().into_owned();
            let source = file.contents_utf8().ok_or_else(|| RenderError::Template {
                name: name.clone(),
                source: minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    "the template is not UTF-8",
                ),
            })?;
            env.add_template_owned(name.clone(), source.to_owned())
                .map_err(|source| RenderError::Template { name, source })?;
        }
        Ok(Self { env, i18n })
    }

    /// The sentence `message` names in the admin's catalogue, `prefix` before its key (see
    /// [`Catalogues::message_for`]). A message missing from the catalogue is a bug the admin's
    /// tests catch; should one reach a page, it is logged and the page says which is missing.
    pub fn text(&self, prefix: &str, message: &impl Serialize) -> String {
        self.try_text(prefix, message).unwrap_or_else(|error| {
            tracing::warn!(%error, "admin message cannot be formatted");
            error.to_string()
        })
    }

    /// Like [`AdminViews::text`], but a missing message or variable is an error (for tests,
    /// and for callers with a fallback of their own).
    pub fn try_text(
        &self,
        prefix: &str,
        message: &impl Serialize,
    ) -> Result<String, crate::i18n::MessageError> {
        self.i18n.message_for(ADMIN_LANG, prefix, message)
    }

    /// The admin's catalogues, for tests that hold them to what the code asks for.
    pub fn i18n(&self) -> &Catalogues {
        &self.i18n
    }

    pub fn render(&self, template: &str, context: &impl Serialize) -> Result<String, RenderError> {
        let wrap = |source| RenderError::Template {
            name: template.to_owned(),
            source,
        };
        self.env
            .get_template(template)
            .map_err(wrap)?
            .render(context)
            .map_err(wrap)
    }
}

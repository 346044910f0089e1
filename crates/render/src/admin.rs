//! The editors' admin pages: templates embedded in the binary (`admin/` beside this crate). They
//! are not part of the theme, so an operator's restyling of the site cannot break the newsroom's
//! tools.

use include_dir::{Dir, include_dir};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::RenderError;

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
}

impl AdminViews {
    /// An admin stylesheet (`admin/css/{name}`), served as a file: the admin's Content-Security-
    /// Policy refuses inline styles.
    pub fn stylesheet(name: &str) -> Option<&'static str> {
        ADMIN_TEMPLATES
            .get_file(format!("css/{name}"))
            .and_then(|f| f.contents_utf8())
    }

    /// Loads and compiles every admin template, so a broken one stops start-up.
    pub fn new() -> Result<Self, RenderError> {
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
        Ok(Self { env })
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

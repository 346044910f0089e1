//! The `[mail]` settings and their validation.

use std::fmt;

use lettre::message::Mailbox;

use crate::MailError;

/// The `[mail]` table of gazette.toml. Every field has a default; unknown keys are an error.
#[derive(Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailSettings {
    /// "" = no SMTP server: messages are written to the log instead of sent (for a laptop).
    /// `smtp://host:port` (plain, for a local relay), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS; also `tls=opportunistic`), `smtps://user:pass@host:465` (implicit TLS).
    /// Reserved characters in the user or password are percent-encoded (`@` is `%40`).
    pub smtp_url: String,
    /// The From header, e.g. "The Meridian Review <newsletter@meridian.example>".
    pub from: String,
    /// SMTP connections kept open, and messages in flight at once (1 to 64).
    pub concurrency: usize,
    /// Messages per second, spaced evenly (`1/per_second` apart); 0 = no limit.
    pub per_second: u32,
    /// Messages in any hour; 0 = no limit.
    pub per_hour: u32,
    /// Seconds allowed for opening a session (connect, greeting, EHLO, TLS, AUTH), and again
    /// for each message's transaction (MAIL FROM to the reply after the final dot).
    pub timeout_secs: u64,
    /// DKIM signing domain (`d=`); the three DKIM settings are all empty (no DKIM) or all set.
    pub dkim_domain: String,
    /// DKIM selector (`s=`): the key is published at `{selector}._domainkey.{domain}`.
    pub dkim_selector: String,
    /// PEM file of the DKIM private key: RSA (PKCS#1 or PKCS#8) or Ed25519 (PKCS#8).
    pub dkim_key_file: String,
}

/// Where [`MailSettings::concurrency`] may lie.
pub const CONCURRENCY_RANGE: std::ops::RangeInclusive<usize> = 1..=64;

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            smtp_url: String::new(),
            from: "Gazette <newsletter@localhost>".to_owned(),
            concurrency: 4,
            per_second: 0,
            per_hour: 0,
            timeout_secs: 30,
            dkim_domain: String::new(),
            dkim_selector: String::new(),
            dkim_key_file: String::new(),
        }
    }
}

impl fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailSettings")
            .field("smtp_url", &redact_url(&self.smtp_url))
            .field("from", &self.from)
            .field("concurrency", &self.concurrency)
            .field("per_second", &self.per_second)
            .field("per_hour", &self.per_hour)
            .field("timeout_secs", &self.timeout_secs)
            .field("dkim_domain", &self.dkim_domain)
            .field("dkim_selector", &self.dkim_selector)
            .field("dkim_key_file", &self.dkim_key_file)
            .finish()
    }
}

impl MailSettings {
    /// Whether messages go to an SMTP server (false: they are logged).
    pub fn is_configured(&self) -> bool {
        !self.smtp_url.is_empty()
    }

    /// Checks every setting without touching the network or the file system (the DKIM key file
    /// is read by [`crate::Mailer::new`]).
    pub fn validate(&self) -> Result<(), MailError> {
        if self.is_configured() {
            check_smtp_url(&self.smtp_url)?;
        }
        self.sender()?;
        if !CONCURRENCY_RANGE.contains(&self.concurrency) {
            return Err(bad(
                "concurrency",
                self.concurrency,
                format!(
                    "must be between {} and {}",
                    CONCURRENCY_RANGE.start(),
                    CONCURRENCY_RANGE.end()
                ),
            ));
        }
        if self.timeout_secs == 0 {
            return Err(bad("timeout_secs", 0, "must be at least 1"));
        }
        self.dkim()?;
        Ok(())
    }

    /// The From mailbox. Its address must be ASCII: every message would otherwise need SMTPUTF8.
    pub(crate) fn sender(&self) -> Result<Mailbox, MailError> {
        let mailbox: Mailbox = self.from.parse().map_err(|e| {
            bad(
                "from",
                &self.from,
                format!("is not a mailbox like \"Name <user@example.org>\" ({e})"),
            )
        })?;
        if !<lettre::Address as AsRef<str>>::as_ref(&mailbox.email).is_ascii() {
            return Err(bad("from", &self.from, "the address must be ASCII"));
        }
        Ok(mailbox)
    }

    /// `(domain, selector, key file)` when DKIM is configured.
    pub(crate) fn dkim(&self) -> Result<Option<(&str, &str, &str)>, MailError> {
        let fields = [
            ("dkim_domain", self.dkim_domain.as_str()),
            ("dkim_selector", self.dkim_selector.as_str()),
            ("dkim_key_file", self.dkim_key_file.as_str()),
        ];
        if fields.iter().all(|(_, v)| v.is_empty()) {
            return Ok(None);
        }
        if let Some((name, _)) = fields.iter().find(|(_, v)| v.is_empty()) {
            return Err(bad(
                name,
                "",
                "dkim_domain, dkim_selector and dkim_key_file are set together or not at all",
            ));
        }
        for (name, value) in &fields[..2] {
            let label_chars = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
            if !value.chars().all(label_chars) || value.starts_with('.') || value.ends_with('.') {
                return Err(bad(
                    name,
                    value,
                    "must be a DNS name (letters, digits, '-' and '.')",
                ));
            }
        }
        Ok(Some((
            &self.dkim_domain,
            &self.dkim_selector,
            &self.dkim_key_file,
        )))
    }
}

fn bad(setting: &'static str, value: impl fmt::Display, reason: impl Into<String>) -> MailError {
    MailError::Setting {
        setting,
        value: value.to_string(),
        reason: reason.into(),
    }
}

/// The checks lettre's URL parser leaves to run time (or does not make), with messages that say
/// which part is wrong.
fn check_smtp_url(raw: &str) -> Result<(), MailError> {
    let shown = redact_url(raw);
    let url = url::Url::parse(raw).map_err(|e| {
        bad(
            "smtp_url",
            &shown,
            format!(
                "is not a URL ({e}); percent-encode reserved characters in the user and password"
            ),
        )
    })?;
    let scheme = url.scheme();
    if scheme != "smtp" && scheme != "smtps" {
        return Err(bad(
            "smtp_url",
            &shown,
            format!("scheme {scheme:?} is neither smtp nor smtps"),
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("smtp_url", &shown, "has no host"));
    }
    for (key, value) in url.query_pairs() {
        match (key.as_ref(), value.as_ref(), scheme) {
            ("tls", "required" | "opportunistic", "smtp") => {}
            ("tls", _, "smtps") => {
                return Err(bad(
                    "smtp_url",
                    &shown,
                    "smtps is always TLS; drop the tls parameter",
                ));
            }
            ("tls", other, _) => {
                return Err(bad(
                    "smtp_url",
                    &shown,
                    format!("tls={other:?} is neither \"required\" nor \"opportunistic\""),
                ));
            }
            (other, _, _) => {
                return Err(bad(
                    "smtp_url",
                    &shown,
                    format!("unknown parameter {other:?} (only tls is understood)"),
                ));
            }
        }
    }
    Ok(())
}

/// The URL with its password replaced by `***`; works on malformed URLs too, since those are
/// the ones that end up in error messages.
pub(crate) fn redact_url(raw: &str) -> String {
    let Some(scheme_end) = raw.find("://") else {
        return raw.to_owned();
    };
    let authority_start = scheme_end + 3;
    let rest = &raw[authority_start..];
    let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_len];
    let Some(at) = authority.rfind('@') else {
        return raw.to_owned();
    };
    let Some(colon) = authority[..at].find(':') else {
        return raw.to_owned();
    };
    format!(
        "{}{}***{}",
        &raw[..authority_start],
        &authority[..=colon],
        &raw[authority_start + at..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        MailSettings::default()
            .validate()
            .expect("defaults are valid");
    }

    #[test]
    fn debug_redacts_the_password() {
        let settings = MailSettings {
            smtp_url: "smtp://news:s3cr%40t@mail.example:587?tls=required".into(),
            ..MailSettings::default()
        };
        let shown = format!("{settings:?}");
        assert!(!shown.contains("s3cr"), "{shown}");
        assert!(
            shown.contains("smtp://news:***@mail.example:587?tls=required"),
            "{shown}"
        );
    }

    #[test]
    fn redacts_malformed_urls() {
        assert_eq!(redact_url("smtp://u:p@ss@host"), "smtp://u:***@host");
        assert_eq!(redact_url("smtp://host:25"), "smtp://host:25");
        assert_eq!(redact_url("smtp://user@host"), "smtp://user@host");
        assert_eq!(redact_url("not a url"), "not a url");
    }

    #[test]
    fn accepts_the_documented_urls() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://user:pass@mail.example:587?tls=required",
            "smtp://user:pass@mail.example:587?tls=opportunistic",
            "smtps://user:pass@mail.example:465",
        ] {
            check_smtp_url(url).unwrap_or_else(|e| panic!("{url}: {e}"));
        }
    }

    #[test]
    fn rejects_bad_urls_naming_the_problem_without_the_password() {
        for (url, needle) in [
            ("http://mail.example", "neither smtp nor smtps"),
            ("smtp://u:hunter2@mail.example?tls=yes", "tls=\"yes\""),
            (
                "smtps://u:hunter2@mail.example?tls=required",
                "drop the tls",
            ),
            ("smtp://mail.example?port=25", "unknown parameter \"port\""),
            ("mail.example:25", "neither smtp"),
        ] {
            let err = check_smtp_url(url).expect_err(url).to_string();
            assert!(err.contains("smtp_url"), "{err}");
            assert!(err.contains(needle), "{url}: {err}");
            assert!(!err.contains("hunter2"), "{err}");
        }
    }

    #[test]
    fn rejects_out_of_range_concurrency() {
        for concurrency in [0, 65] {
            let settings = MailSettings {
                concurrency,
                ..MailSettings::default()
            };
            let err = settings.validate().expect_err("out of range").to_string();
            assert!(
                err.contains("concurrency") && err.contains(&concurrency.to_string()),
                "{err}"
            );
        }
    }

    #[test]
    fn rejects_a_bad_from() {
        let settings = MailSettings {
            from: "The Review newsletter.example".into(),
            ..MailSettings::default()
        };
        let err = settings.validate().expect_err("not a mailbox").to_string();
        assert!(
            err.contains("from") && err.contains("The Review newsletter.example"),
            "{err}"
        );
    }

    #[test]
    fn dkim_settings_come_together() {
        let settings = MailSettings {
            dkim_domain: "meridian.example".into(),
            dkim_selector: "news".into(),
            ..MailSettings::default()
        };
        let err = settings.validate().expect_err("no key file").to_string();
        assert!(err.contains("dkim_key_file"), "{err}");
    }

    #[test]
    fn reads_a_mail_table_and_rejects_unknown_keys() {
        let settings: MailSettings =
            toml::from_str("smtp_url = \"smtp://127.0.0.1:2525\"\nper_second = 14\n")
                .expect("valid table");
        assert_eq!(settings.per_second, 14);
        assert_eq!(settings.concurrency, MailSettings::default().concurrency);

        let err = toml::from_str::<MailSettings>("smtp_password = \"x\"\n")
            .expect_err("unknown key")
            .to_string();
        assert!(err.contains("smtp_password"), "{err}");
    }
}

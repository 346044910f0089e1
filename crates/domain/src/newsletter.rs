//! Newsletters, their subscribers and editions: what a reader signs up for, what editors send,
//! and the rules on each value (addresses, send times, time zones).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use time::OffsetDateTime;

use crate::{ArticleId, FieldError, FieldErrorKind, Language, LengthUnit, Slug};

/// Words a newsletter's slug cannot be, because `/newsletter/{word}` is one of the site's own pages.
const RESERVED_NEWSLETTER_SLUGS: &[&str] = &["subscribe", "confirm", "manage", "unsubscribe"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NewsletterId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SubscriberId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EditionId(pub i64);

macro_rules! display_id {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}
display_id!(NewsletterId, SubscriberId, EditionId);

/// An email address as Gazette accepts it: `local@domain`, the domain lowercased, within the
/// lengths SMTP allows, and none of the quoting or comments RFC 5322 permits but that readers
/// never type and some relays refuse.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(transparent)]
#[schema(value_type = String, example = "reader@example.org")]
pub struct EmailAddress(String);

impl EmailAddress {
    /// [`EmailAddress::parse`] for a form's field: the refusal names `field` and says what is
    /// wrong as a [`FieldErrorKind`] too.
    pub fn parse_field(
        field: impl Into<std::borrow::Cow<'static, str>>,
        raw: &str,
    ) -> Result<Self, FieldError> {
        Self::parse(raw).map_err(|message| {
            let trimmed = raw.trim();
            let kind = if trimmed.is_empty() {
                FieldErrorKind::Required
            } else if trimmed.len() > 254 {
                FieldErrorKind::TooLong {
                    max: 254,
                    unit: LengthUnit::Characters,
                }
            } else {
                FieldErrorKind::NotEmail
            };
            FieldError::new(field, message).with_kind(kind)
        })
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim();
        let bad = || format!("{trimmed:?} is not an email address");
        if trimmed.is_empty() {
            return Err("must not be empty".into());
        }
        if trimmed.len() > 254 {
            return Err(format!(
                "is {} characters long; an email address has at most 254",
                trimmed.len()
            ));
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(bad)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let domain = domain.to_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !(local_ok && domain_ok) {
            return Err(bad());
        }
        Ok(Self(format!("{local}@{domain}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for EmailAddress {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        EmailAddress::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// How often a newsletter goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Cadence {
    Daily,
    /// Once a week, on `Newsletter::weekday`.
    Weekly,
}

impl Cadence {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::Weekly => "weekly",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "daily" => Some(Self::Daily),
            "weekly" => Some(Self::Weekly),
            _ => None,
        }
    }
}

/// The weekday values a weekly newsletter's `weekday` takes, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A newsletter readers can subscribe to: the daily selection, a weekly digest, one per report.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Newsletter {
    #[schema(value_type = i64)]
    pub id: NewsletterId,
    pub slug: Slug,
    pub name: String,
    /// One or two sentences for the subscribe form.
    pub description: String,
    pub cadence: Cadence,
    /// For weekly newsletters: "monday" … "sunday".
    pub weekday: String,
    /// Local time of day it goes out, "HH:MM".
    pub send_time: String,
    /// An IANA time zone, e.g. "Europe/Paris".
    pub time_zone: String,
    /// When editors picked nothing: send the newest this many published articles (0: send nothing).
    pub fallback_count: u32,
    /// A newsletter about one in-depth report draws its fallback from that report.
    pub report: Option<Slug>,
    /// Whether it is offered to readers and sent on schedule.
    pub active: bool,
}

/// What an editor sends to create or replace a newsletter.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewsletterInput {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_cadence")]
    pub cadence: Cadence,
    #[serde(default = "default_weekday")]
    pub weekday: String,
    #[serde(default = "default_send_time")]
    pub send_time: String,
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    #[serde(default = "default_fallback")]
    pub fallback_count: u32,
    #[serde(default)]
    pub report: Option<String>,
    #[serde(default = "default_active")]
    pub active: bool,
}

fn default_cadence() -> Cadence {
    Cadence::Daily
}
fn default_weekday() -> String {
    "monday".into()
}
fn default_send_time() -> String {
    "07:00".into()
}
fn default_time_zone() -> String {
    "UTC".into()
}
fn default_fallback() -> u32 {
    5
}
fn default_active() -> bool {
    true
}

/// A newsletter input that passed every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidNewsletter {
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub cadence: Cadence,
    pub weekday: String,
    pub send_time: String,
    pub time_zone: String,
    pub fallback_count: u32,
    pub report: Option<Slug>,
    pub active: bool,
}

impl NewsletterInput {
    pub fn validate(self) -> Result<ValidNewsletter, FieldError> {
        let slug = Slug::parse(&self.slug).map_err(|e| FieldError::slug("slug", e))?;
        if RESERVED_NEWSLETTER_SLUGS.contains(&slug.as_str()) {
            return Err(FieldError::new(
                "slug",
                format!("{:?} is reserved for the site's own pages", self.slug),
            )
            .with_kind(FieldErrorKind::SlugReserved));
        }
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            return Err(FieldError::required("name"));
        }
        if name.chars().count() > 120 {
            return Err(
                FieldError::new("name", "is longer than 120 characters").with_kind(
                    FieldErrorKind::TooLong {
                        max: 120,
                        unit: LengthUnit::Characters,
                    },
                ),
            );
        }
        let weekday = self.weekday.trim().to_lowercase();
        if !WEEKDAYS.contains(&weekday.as_str()) {
            return Err(FieldError::new(
                "weekday",
                format!(
                    "{:?} is not a day of the week like \"monday\"",
                    self.weekday
                ),
            ));
        }
        parse_send_time(&self.send_time)?;
        jiff::tz::TimeZone::get(&self.time_zone).map_err(|_| {
            FieldError::new(
                "time_zone",
                format!(
                    "{:?} is not a time zone like \"Europe/Paris\" or \"UTC\"",
                    self.time_zone
                ),
            )
            .with_kind(FieldErrorKind::NotTimeZone)
        })?;
        if self.fallback_count > 50 {
            return Err(FieldError::new(
                "fallback_count",
                format!("{} is more than 50 articles", self.fallback_count),
            ));
        }
        let report = self
            .report
            .filter(|r| !r.is_empty())
            .map(|r| Slug::parse(&r).map_err(|e| FieldError::slug("report", e)))
            .transpose()?;
        Ok(ValidNewsletter {
            slug,
            name,
            description: self.description.trim().to_owned(),
            cadence: self.cadence,
            weekday,
            send_time: self.send_time,
            time_zone: self.time_zone,
            fallback_count: self.fallback_count,
            report,
            active: self.active,
        })
    }
}

fn parse_send_time(raw: &str) -> Result<(i8, i8), FieldError> {
    let bad = || {
        FieldError::new(
            "send_time",
            format!("{raw:?} is not a time of day like \"07:00\""),
        )
    };
    let (h, m) = raw.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let hour: i8 = h.parse().map_err(|_| bad())?;
    let minute: i8 = m.parse().map_err(|_| bad())?;
    if !(0..24).contains(&hour) || !(0..60).contains(&minute) {
        return Err(bad());
    }
    Ok((hour, minute))
}

impl Newsletter {
    /// The first send time strictly after `after`, in the newsletter's time zone. On a day when
    /// the clock skips the send time (spring forward) it goes out just after the gap; on a day it
    /// repeats (fall back), at the first of the two.
    pub fn next_send_after(&self, after: OffsetDateTime) -> Option<OffsetDateTime> {
        let (hour, minute) = parse_send_time(&self.send_time).ok()?;
        let tz = jiff::tz::TimeZone::get(&self.time_zone).ok()?;
        let after_ts = jiff::Timestamp::from_second(after.unix_timestamp()).ok()?;
        let mut day = after_ts.to_zoned_datetime(tz.clone()).date();
        let weekday = WEEKDAYS.iter().position(|d| *d == self.weekday);
        // Eight days always reach the next slot: today's may have passed, and a weekly one is
        // at most seven days on.
        for _ in 0..9 {
            let on_day = match (self.cadence, weekday) {
                (Cadence::Daily, _) => true,
                (Cadence::Weekly, Some(w)) => day.weekday().to_monday_zero_offset() as usize == w,
                (Cadence::Weekly, None) => return None,
            };
            if on_day {
                let local = day.at(hour, minute, 0, 0);
                if let Ok(zoned) = local.to_zoned_datetime(tz.clone()) {
                    let ts = zoned.timestamp();
                    if ts > after_ts {
                        return OffsetDateTime::from_unix_timestamp(ts.as_second()).ok();
                    }
                }
            }
            day = day.tomorrow().ok()?;
        }
        None
    }
}

/// Where a reader's address stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SubscriberStatus {
    /// Asked to subscribe; the confirmation link has not been followed yet.
    Pending,
    Confirmed,
    /// Left every newsletter.
    Unsubscribed,
    /// Unsubscribed by Gazette after repeated permanent delivery failures.
    Bounced,
}

impl SubscriberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Confirmed => "confirmed",
            Self::Unsubscribed => "unsubscribed",
            Self::Bounced => "bounced",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Confirmed,
            Self::Unsubscribed,
            Self::Bounced,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// A reader's address and what they receive. Their address is personal data: it is never
/// logged and only editors see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subscriber {
    pub id: SubscriberId,
    pub email: EmailAddress,
    /// The language edition they receive.
    pub language: Language,
    pub status: SubscriberStatus,
    /// Varies the signature of their preferences and unsubscribe links: a new salt ends every
    /// link sent so far. Not a secret by itself (the signing key is kept outside the database).
    #[serde(skip)]
    pub link_salt: String,
    pub hard_bounces: u32,
    pub created_at: OffsetDateTime,
    pub confirmed_at: Option<OffsetDateTime>,
}

/// Where an edition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum EditionStatus {
    /// The next edition, being prepared by the editors.
    Draft,
    /// Its deliveries are going out.
    Sending,
    /// Every delivery ended (sent, or failed for good).
    Sent,
    /// Its time came with nothing picked and no fallback: nothing was sent.
    Skipped,
}

impl EditionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Skipped => "skipped",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Draft, Self::Sending, Self::Sent, Self::Skipped]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }
}

/// One issue of a newsletter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edition {
    pub id: EditionId,
    pub newsletter: NewsletterId,
    /// 1, 2, 3 … per newsletter once it goes out (its archive address); None while a draft.
    pub number: Option<i64>,
    pub status: EditionStatus,
    /// Empty: the newsletter's name and the date.
    pub subject: String,
    /// Markdown written by the editors; may be empty.
    pub intro: String,
    /// The introduction as sanitised HTML.
    pub intro_html: String,
    /// The articles picked, in order.
    pub articles: Vec<ArticleId>,
    pub created_at: OffsetDateTime,
    pub started_at: Option<OffsetDateTime>,
    pub finished_at: Option<OffsetDateTime>,
}

/// What editors set on the next edition.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditionInput {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub intro: String,
    /// Article slugs, in the order they should appear.
    #[serde(default)]
    pub articles: Vec<String>,
}

impl EditionInput {
    pub fn validate(&self) -> Result<(), FieldError> {
        if self.subject.chars().count() > 200 {
            return Err(
                FieldError::new("subject", "is longer than 200 characters").with_kind(
                    FieldErrorKind::TooLong {
                        max: 200,
                        unit: LengthUnit::Characters,
                    },
                ),
            );
        }
        if self.subject.contains(['\r', '\n']) {
            return Err(FieldError::new("subject", "must be a single line"));
        }
        if self.intro.len() > 20_000 {
            return Err(
                FieldError::new("intro", "is longer than 20,000 bytes").with_kind(
                    FieldErrorKind::TooLong {
                        max: 20_000,
                        unit: LengthUnit::Bytes,
                    },
                ),
            );
        }
        if self.articles.len() > 50 {
            return Err(FieldError::new(
                "articles",
                format!("{} articles is more than 50", self.articles.len()),
            ));
        }
        for (i, slug) in self.articles.iter().enumerate() {
            if self.articles[..i].contains(slug) {
                return Err(FieldError::new(
                    format!("articles[{i}]"),
                    format!("{slug:?} is already in the edition"),
                )
                .with_kind(FieldErrorKind::ListedTwice { item: slug.clone() }));
            }
        }
        Ok(())
    }
}

/// Where one (edition, subscriber) delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryStatus {
    /// To send, or to try again at its next attempt time.
    Pending,
    /// Handed to the SMTP server by a run that has not recorded the outcome yet.
    Sending,
    Sent,
    /// Refused for good, or retries exhausted.
    Failed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
}

/// How far an edition's sending has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct EditionProgress {
    pub total: u64,
    pub sent: u64,
    pub pending: u64,
    pub sending: u64,
    pub failed: u64,
    /// Deliveries a crashed run had handed to the SMTP server without recording the answer; they
    /// were sent again with the same Message-ID.
    pub resent_in_doubt: u64,
}

impl EditionProgress {
    pub fn done(&self) -> u64 {
        self.sent + self.failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn addresses() {
        assert_eq!(
            EmailAddress::parse(" Reader.One+news@Example.ORG ")
                .unwrap()
                .as_str(),
            "Reader.One+news@example.org"
        );
        for bad in [
            "",
            "reader",
            "reader@",
            "@example.org",
            "reader@localhost",
            "two@@example.org",
            "a b@example.org",
            "reader@exa mple.org",
            ".reader@example.org",
            "re..ader@example.org",
            "reader@-example.org",
            "reader@example..org",
            "\"quoted\"@example.org",
            "reader@example.org\r\nBcc: victim@example.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let long = format!("{}@example.org", "a".repeat(65));
        assert!(EmailAddress::parse(&long).is_err());
    }

    fn newsletter(cadence: Cadence, weekday: &str, time: &str, tz: &str) -> Newsletter {
        Newsletter {
            id: NewsletterId(1),
            slug: Slug::parse("daily").unwrap(),
            name: "Daily".into(),
            description: String::new(),
            cadence,
            weekday: weekday.into(),
            send_time: time.into(),
            time_zone: tz.into(),
            fallback_count: 5,
            report: None,
            active: true,
        }
    }

    #[test]
    fn next_daily_send_is_in_the_newsletters_time_zone() {
        let n = newsletter(Cadence::Daily, "monday", "07:00", "Europe/Paris");
        // 05:30 UTC on 1 December is 06:30 in Paris: today's 07:00 (06:00 UTC) is still to come.
        assert_eq!(
            n.next_send_after(datetime!(2026-12-01 05:30 UTC)),
            Some(datetime!(2026-12-01 06:00 UTC))
        );
        // Exactly at the send time, the next one is tomorrow's.
        assert_eq!(
            n.next_send_after(datetime!(2026-12-01 06:00 UTC)),
            Some(datetime!(2026-12-02 06:00 UTC))
        );
        // Summer time: 07:00 in Paris is 05:00 UTC.
        assert_eq!(
            n.next_send_after(datetime!(2026-07-01 12:00 UTC)),
            Some(datetime!(2026-07-02 05:00 UTC))
        );
    }

    #[test]
    fn next_weekly_send_falls_on_its_weekday() {
        // 1 December 2026 is a Tuesday.
        let n = newsletter(Cadence::Weekly, "monday", "18:30", "UTC");
        assert_eq!(
            n.next_send_after(datetime!(2026-12-01 10:00 UTC)),
            Some(datetime!(2026-12-07 18:30 UTC))
        );
        let n = newsletter(Cadence::Weekly, "tuesday", "18:30", "UTC");
        assert_eq!(
            n.next_send_after(datetime!(2026-12-01 10:00 UTC)),
            Some(datetime!(2026-12-01 18:30 UTC))
        );
    }

    #[test]
    fn a_send_time_skipped_by_the_clock_goes_out_after_the_gap() {
        // In New York, 02:30 does not exist on 8 March 2026 (02:00 → 03:00).
        let n = newsletter(Cadence::Daily, "monday", "02:30", "America/New_York");
        assert_eq!(
            n.next_send_after(datetime!(2026-03-08 05:00 UTC)),
            Some(datetime!(2026-03-08 07:30 UTC))
        );
    }

    #[test]
    fn newsletter_input_rules() {
        let input = |f: &dyn Fn(&mut NewsletterInput)| {
            let mut i = NewsletterInput {
                slug: "daily".into(),
                name: "The Daily".into(),
                description: String::new(),
                cadence: Cadence::Daily,
                weekday: "monday".into(),
                send_time: "07:00".into(),
                time_zone: "Europe/Paris".into(),
                fallback_count: 5,
                report: None,
                active: true,
            };
            f(&mut i);
            i.validate()
        };
        assert!(input(&|_| {}).is_ok());
        let field = |f: &dyn Fn(&mut NewsletterInput)| input(f).unwrap_err().field.into_owned();
        assert_eq!(field(&|i| i.slug = "confirm".into()), "slug");
        assert_eq!(field(&|i| i.name = " ".into()), "name");
        assert_eq!(field(&|i| i.send_time = "7:00".into()), "send_time");
        assert_eq!(field(&|i| i.send_time = "24:00".into()), "send_time");
        assert_eq!(field(&|i| i.time_zone = "Mars/Olympus".into()), "time_zone");
        assert_eq!(field(&|i| i.weekday = "caturday".into()), "weekday");
        assert_eq!(field(&|i| i.fallback_count = 51), "fallback_count");
    }

    #[test]
    fn edition_input_rules() {
        let mut e = EditionInput {
            subject: "Monday".into(),
            intro: String::new(),
            articles: vec!["a".into(), "b".into()],
        };
        assert!(e.validate().is_ok());
        e.articles.push("a".into());
        assert_eq!(e.validate().unwrap_err().field, "articles[2]");
        e.articles.pop();
        e.subject = "Two\nlines".into();
        assert_eq!(e.validate().unwrap_err().field, "subject");
    }
}

//! Times as the newsroom reads and types them: in the site's time zone, never bare UTC.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use crate::{FieldError, FieldErrorKind, Timestamp};

/// The site's time zone, for every time the admin shows and every time an editor types.
#[derive(Debug, Clone)]
pub struct SiteClock {
    zone: TimeZone,
    name: String,
}

impl SiteClock {
    /// The clock of the zone named `name` (an IANA name such as `Europe/Lisbon`, or `UTC`).
    pub fn new(name: &str) -> Result<Self, FieldError> {
        let name = name.trim();
        let zone = TimeZone::get(name).map_err(|_| {
            FieldError::new(
                "time_zone",
                format!("{name:?} is not a time zone name such as Europe/Lisbon or America/Bogota"),
            )
            .with_kind(FieldErrorKind::NotTimeZone)
        })?;
        Ok(Self {
            zone,
            name: name.to_owned(),
        })
    }

    pub fn utc() -> Self {
        Self {
            zone: TimeZone::UTC,
            name: "UTC".into(),
        }
    }

    /// The zone named `name`, or UTC when the name is not one (a setting written before it was
    /// checked): a page must still show its times.
    pub fn or_utc(name: &str) -> Self {
        Self::new(name).unwrap_or_else(|_| Self::utc())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn zoned(&self, t: Timestamp) -> Option<jiff::ZonedDateTime> {
        jiff::Timestamp::from_nanosecond(t.unix_timestamp_nanos())
            .ok()
            .map(|ts| ts.to_zoned_datetime(self.zone.clone()))
    }

    /// `2026-12-07 15:30 CET`: to the minute, with the zone's abbreviation.
    pub fn minutes(&self, t: Timestamp) -> String {
        self.zoned(t)
            .map(|z| z.strftime("%Y-%m-%d %H:%M %Z").to_string())
            .unwrap_or_default()
    }

    /// The calendar day `t` falls on in this zone, and its time of day there (`15:30`): where
    /// a calendar files it.
    pub fn day_and_time(&self, t: Timestamp) -> Option<(time::Date, String)> {
        let z = self.zoned(t)?;
        let month = time::Month::try_from(u8::try_from(z.month()).ok()?).ok()?;
        let day =
            time::Date::from_calendar_date(i32::from(z.year()), month, u8::try_from(z.day()).ok()?)
                .ok()?;
        Some((day, z.strftime("%H:%M").to_string()))
    }

    /// The value of a `datetime-local` input showing `t`: `2026-12-07T15:30`.
    pub fn input_value(&self, t: Timestamp) -> String {
        self.zoned(t)
            .map(|z| z.strftime("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default()
    }

    /// A `datetime-local` value (`2026-12-07T15:30`, seconds optional) read in this zone. A
    /// time the clocks skip (the hour lost in spring) is read as the moment after the gap.
    pub fn parse_input(&self, field: &'static str, raw: &str) -> Result<Timestamp, FieldError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(FieldError::new(field, "choose a date and a time")
                .with_kind(FieldErrorKind::NoDateTime));
        }
        let refused = || {
            FieldError::new(
                field,
                format!("{raw:?} is not a date and time; pick one, such as 2026-12-01 14:30"),
            )
            .with_kind(FieldErrorKind::NotDateTime)
        };
        let civil = DateTime::strptime("%Y-%m-%dT%H:%M:%S", raw)
            .or_else(|_| DateTime::strptime("%Y-%m-%dT%H:%M", raw))
            .map_err(|_| refused())?;
        let instant = self
            .zone
            .to_ambiguous_timestamp(civil)
            .compatible()
            .map_err(|_| refused())?;
        Timestamp::from_unix_timestamp_nanos(instant.as_nanosecond()).map_err(|_| refused())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_and_reads_times_in_the_site_zone() {
        let lisbon = SiteClock::new("Europe/Lisbon").unwrap();
        let paris = SiteClock::new("Europe/Paris").unwrap();
        // 14:30 UTC on a winter day.
        let t = Timestamp::from_unix_timestamp(1_796_653_800).unwrap();
        assert_eq!(SiteClock::utc().minutes(t), "2026-12-07 14:30 UTC");
        assert_eq!(paris.minutes(t), "2026-12-07 15:30 CET");
        assert_eq!(paris.input_value(t), "2026-12-07T15:30");
        assert_eq!(paris.parse_input("at", "2026-12-07T15:30").unwrap(), t);
        assert_eq!(lisbon.parse_input("at", "2026-12-07T14:30:00").unwrap(), t);
        let (day, at) = paris.day_and_time(t).unwrap();
        assert_eq!(
            (day.to_string().as_str(), at.as_str()),
            ("2026-12-07", "15:30")
        );
        // Late in the evening in UTC is already the next day in Tokyo.
        let late = Timestamp::from_unix_timestamp(1_796_684_400).unwrap(); // 23:00 UTC
        let tokyo = SiteClock::new("Asia/Tokyo").unwrap();
        assert_eq!(
            tokyo.day_and_time(late).unwrap().0.to_string(),
            "2026-12-08"
        );
        // Summer time: Paris is two hours ahead.
        let summer = paris.parse_input("at", "2026-07-01T12:00").unwrap();
        assert_eq!(summer.hour(), 10);
        // The hour skipped in spring reads as the moment after it.
        let gap = paris.parse_input("at", "2026-03-29T02:30").unwrap();
        assert_eq!(paris.minutes(gap), "2026-03-29 03:30 CEST");
        let err = paris.parse_input("at", "").unwrap_err();
        assert_eq!(err.message, "choose a date and a time");
        let err = paris.parse_input("at", "tomorrow").unwrap_err();
        assert!(err.message.contains("is not a date and time"), "{err:?}");
        assert!(SiteClock::new("Mars/Olympus").is_err());
        assert_eq!(SiteClock::or_utc("Mars/Olympus").name(), "UTC");
    }
}

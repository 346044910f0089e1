//! Gazette's domain: the things a publication is made of (articles, authors, partner sources,
//! regions, themes, in-depth reports, site settings, users, newsletters and their subscribers) and the rules that make them valid.
//!
//! Values are validated when they are constructed (`Slug::parse`, `ArticleInput::validate`), so
//! every other crate can trust what it is handed. This crate knows nothing of HTTP, SQL or HTML
//! rendering; turning a body into sanitised HTML is the renderer's job.

mod article;
mod clock;
mod error;
mod ids;
mod newsletter;
mod settings;
mod taxonomy;
mod user;
mod values;

pub use article::{
    Article, ArticleInput, ArticlePatch, ArticleStatus, BodyFormat, FeaturedImage,
    OriginalPublication, OriginalPublicationInput, PendingChanges, PendingOrigin,
    PublishingWarning, ReviewRequest, Revision, SEARCH_TITLE_CHARS, SHARING_DESCRIPTION_CHARS,
    Sharing, ValidArticle, check_lengths, check_text,
};
pub use clock::SiteClock;
pub use error::{FieldError, FieldErrorKind, LengthUnit, SlugError};
pub use ids::{
    ArticleId, AuthorId, FeedId, JobId, MediaId, RegionId, ReportId, SourceId, ThemeId, UserId,
};
pub use newsletter::{
    Cadence, DeliveryStatus, Edition, EditionId, EditionInput, EditionProgress, EditionStatus,
    EmailAddress, Newsletter, NewsletterId, NewsletterInput, Subscriber, SubscriberId,
    SubscriberStatus, ValidNewsletter, WEEKDAYS,
};
pub use settings::{GlossaryEntry, SiteSettings, SocialLink};
pub use taxonomy::{
    Author, AuthorInput, AuthorKind, Region, RegionInput, Report, ReportInput, Source, SourceInput,
    TaxonomyKind, Theme, ThemeInput,
};
pub use user::{Role, User};
pub use values::{Language, Slug, Timestamp, parse_date, parse_timestamp, validate_url};

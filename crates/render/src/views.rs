//! The template context: what a theme's templates can read. This is the theme API, documented
//! field by field in `docs/THEMES.md`; renaming a field breaks operators' themes.
//!
//! Callers fill these from the store with every string ready to print: dates are preformatted
//! ("13 November 2026") with an ISO 8601 twin for `<time datetime>`, URLs are final, and the only
//! fields holding HTML (`body_html`, `intro_html`) are already sanitised.

use serde::Serialize;

/// A named link: an author, a region, a theme, a report, a social profile.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// The site-wide words every page carries (from the site settings).
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub name: String,
    pub tagline: String,
    pub disclaimer: String,
    pub footer_copyright: String,
    /// An email address, or empty.
    pub media_contact: String,
    pub newsletter_blurb: String,
    pub translate_blurb: String,
    pub membership_blurb: String,
    pub social: Vec<Link>,
    /// The page's language, e.g. "en".
    pub lang: String,
    /// "ltr" or "rtl".
    pub dir: String,
    /// What the page's site links start with: "" on the site's own pages, "/es" on its Spanish
    /// edition (`{{ site.prefix }}/search`).
    pub prefix: String,
    /// The home page in the page's language: "/" or "/es/".
    pub home: String,
    /// The languages this page can be read in, the current one marked, for the header's
    /// language menu and the `hreflang` alternates; empty when there is only one.
    pub languages: Vec<LanguageLink>,
}

/// The site navigation: regions (with their sub-regions), themes, and in-depth reports.
#[derive(Debug, Clone, Serialize)]
pub struct Nav {
    pub regions: Vec<NavRegion>,
    pub themes: Vec<Link>,
    pub reports: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavRegion {
    pub name: String,
    pub url: String,
    pub children: Vec<Link>,
}

/// What goes in the document head.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageMeta {
    /// The `<title>`.
    pub title: String,
    pub description: String,
    /// An absolute URL.
    pub canonical: String,
    /// The `robots` meta content (e.g. "noindex"), if the page should carry one.
    pub robots: Option<String>,
    /// Feeds following this page, for `<link rel="alternate">`.
    pub feeds: Vec<FeedLink>,
    /// An absolute image URL for link previews (`og:image`, `twitter:image`).
    pub image: Option<String>,
}

/// A feed of a page: the site's on the home page, a listing's on that listing.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FeedLink {
    pub title: String,
    pub url: String,
    /// `application/rss+xml`, `application/atom+xml` or `application/feed+json`.
    pub media_type: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    pub src: String,
    /// `"/media/…-480.jpg 480w, …"` when `src` is an uploaded image with narrower sizes; else empty.
    pub srcset: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
}

/// An article as it appears in a list: home page, listings, related articles.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleCard {
    pub title: String,
    pub url: String,
    pub standfirst: String,
    pub published: String,
    pub published_iso: String,
    pub image: Option<ImageView>,
    pub authors: Vec<Link>,
    /// The partner outlet, for republished pieces.
    pub source: Option<Link>,
    pub regions: Vec<Link>,
    pub themes: Vec<Link>,
    /// The card's language when it is not the page's (an article not translated into the
    /// page's language is shown in its original), for `lang` and a visible label.
    pub lang: Option<String>,
    /// That language's name in itself ("English"), to label the card.
    pub language_name: Option<String>,
    /// The original's language, on a translated card whose title (or standfirst) no engine
    /// could translate and which is shown as written.
    pub title_lang: Option<String>,
    pub standfirst_lang: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorView {
    pub name: String,
    pub url: String,
    /// "person" or "organisation".
    pub kind: String,
}

/// Where a republished article first appeared.
#[derive(Debug, Clone, Serialize)]
pub struct OriginalView {
    /// The source's page on this site.
    pub source: Link,
    /// The partner's home page.
    pub source_home: String,
    /// The original article.
    pub url: String,
    pub date: String,
    pub date_iso: String,
    pub copyright_line: String,
    pub reprint_terms: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleView {
    pub title: String,
    pub standfirst: String,
    /// Already sanitised: templates print it with `|safe`.
    pub body_html: String,
    pub language: String,
    pub published: String,
    pub published_iso: String,
    pub updated_iso: String,
    pub authors: Vec<AuthorView>,
    pub regions: Vec<Link>,
    pub themes: Vec<Link>,
    pub reports: Vec<Link>,
    pub image: Option<ImageView>,
    pub original: Option<OriginalView>,
    pub url: String,
    /// Plain share links (email, Mastodon, Bluesky, …), in display order.
    pub share: Vec<Link>,
    /// The text a share carries: the title and the address.
    pub share_text: String,
    /// Ready-to-paste HTML for other sites, where the article's terms allow republishing.
    pub republish_html: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// 1-based.
    pub page: u32,
    pub total_pages: u32,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
}

/// The thing a listing page lists articles of.
#[derive(Debug, Clone, Serialize)]
pub struct ListingView {
    /// "region", "theme", "report", "author" or "source".
    pub kind: String,
    pub title: String,
    /// Sanitised HTML: a report's introduction, an author's bio, a theme's description, a source's
    /// reprint terms. May be empty.
    pub intro_html: String,
    /// Parent regions, outermost first.
    pub breadcrumbs: Vec<Link>,
    /// Sub-regions.
    pub children: Vec<Link>,
    /// A source's home page or an author's own site.
    pub external_url: Option<String>,
}

/// Context of `article.html`.
#[derive(Debug, Clone, Serialize)]
pub struct ArticlePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub article: ArticleView,
    pub related: Vec<ArticleCard>,
    /// An editor's preview of an unpublished revision: bannered and never indexed.
    pub preview: bool,
    /// Set on a translation (`/{lang}/{slug}`): what kind it is and where the original is.
    pub translation: Option<TranslationView>,
}

/// What a reader is told about a translated page.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationView {
    /// `machine` or `reviewed`.
    pub status: String,
    /// The engine and model that made a machine translation.
    pub engine: String,
    pub model: String,
    pub original_url: String,
    /// The original's language, e.g. "en", and its name in that language.
    pub original_lang: String,
    pub original_language_name: String,
    /// The original was edited after this translation was made.
    pub outdated: bool,
    /// The newsroom locked it against machine refresh, so no update comes by itself.
    pub locked: bool,
    /// How many passages no engine could translate: the page keeps them in the original's
    /// language (body passages in a `span.original-language` naming it) and says so.
    pub untranslated: usize,
    /// The parts of the article among them, by name: `title`, `standfirst`, `image-caption`,
    /// `image-credit`, `body`.
    pub untranslated_parts: Vec<String>,
}

/// One language a page can be read in.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    /// BCP-47 tag, as in `hreflang`.
    pub lang: String,
    /// The language's name in itself.
    pub name: String,
    /// Absolute URL.
    pub url: String,
    /// The page being shown.
    pub current: bool,
    /// The article's own language, or the site's on other pages: the `x-default` alternate.
    pub original: bool,
}

/// Context of `listing.html`.
#[derive(Debug, Clone, Serialize)]
pub struct ListingPage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub listing: ListingView,
    /// Newest first.
    pub articles: Vec<ArticleCard>,
    pub pagination: Pagination,
}

/// Context of `home.html`.
#[derive(Debug, Clone, Serialize)]
pub struct HomePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub featured: Vec<ArticleCard>,
    pub latest: Vec<ArticleCard>,
    pub reports: Vec<Link>,
    pub pagination: Pagination,
}

/// Context of `error.html`.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorPage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub status: u16,
    pub heading: String,
    pub message: String,
}

/// The "Share on Mastodon" page, which asks for the reader's server once.
#[derive(Debug, Clone, Serialize)]
pub struct MastodonSharePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    /// The post: the article's title and address.
    pub text: String,
    /// What the reader typed, kept when it was refused.
    pub instance: String,
    pub error: Option<String>,
}

/// The search page: the query, one page of hits, facets to narrow by, and the filters applied.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    /// What the reader typed, to show back in the box.
    pub query: String,
    pub total: u64,
    pub hits: Vec<SearchHitView>,
    /// Facet groups in display order: region, theme, report, source, author, language, year.
    pub facets: Vec<FacetGroup>,
    /// Filters in force, each with a link that removes it.
    pub active: Vec<Link>,
    pub pagination: Pagination,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchHitView {
    pub title: String,
    /// The hit in its language: a translation on its language's edition (`/es/{slug}`).
    pub url: String,
    /// The hit's language (BCP-47), for `lang` where it is not the page's.
    pub lang: String,
    /// Set when the hit is a translation: where to read the original.
    pub original: Option<OriginalLink>,
    /// The original's language, on a translation whose title no engine could translate.
    pub title_lang: Option<String>,
    /// Escaped text with `<mark>` around matches: render with `|safe`.
    pub snippet_html: String,
    pub published: String,
    pub published_iso: String,
}

/// A translated search hit's original.
#[derive(Debug, Clone, Serialize)]
pub struct OriginalLink {
    pub url: String,
    /// The original's language (BCP-47) and its name in that language ("English").
    pub lang: String,
    pub language_name: String,
    /// The original's title, in its language.
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetGroup {
    pub name: String,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetValue {
    pub label: String,
    pub count: u64,
    /// The search with this value applied (or removed, when `selected`).
    pub url: String,
    pub selected: bool,
}

// --- newsletters -------------------------------------------------------------------------------

/// An article in a newsletter edition. Every URL is absolute: the email is read away from the site.
#[derive(Debug, Clone, Serialize)]
pub struct MailArticle {
    pub title: String,
    pub url: String,
    pub standfirst: String,
    /// "By Lina Haddad and Tomás Arriaga", or empty.
    pub byline: String,
    /// The partner outlet's name, for republished pieces.
    pub source: Option<String>,
    pub published: String,
    pub image: Option<ImageView>,
    /// The article's language, when the edition shows it untranslated in an edition of
    /// another language (for a `lang` attribute), and its name in itself (a visible label).
    pub original_lang: Option<String>,
    pub original_language: Option<String>,
}

/// Context of `mail/edition.html`, `mail/edition.txt` and `mail/edition-subject.txt`, and of the
/// edition's public page. The links that are the subscriber's own (`unsubscribe_url`,
/// `preferences_url`) are filled in per message after rendering.
#[derive(Debug, Clone, Serialize)]
pub struct EditionMail {
    pub site_name: String,
    pub site_url: String,
    pub newsletter_name: String,
    /// The newsletter's archive page.
    pub newsletter_url: String,
    /// The subject line (the editors' or "{newsletter} — {date}"), translated in an edition
    /// of another language where an engine could.
    pub subject: String,
    /// The language the subject is in when it could not be translated into `lang`.
    pub subject_lang: Option<String>,
    pub date: String,
    /// Sanitised; may be empty.
    pub intro_html: String,
    pub intro_text: String,
    /// The language the introduction is in when it could not be translated into `lang`.
    pub intro_lang: Option<String>,
    pub articles: Vec<MailArticle>,
    /// This edition on the web.
    pub web_url: String,
    pub unsubscribe_url: String,
    pub preferences_url: String,
    pub footer_copyright: String,
    /// `lang`'s name in itself.
    pub language_name: String,
    /// An edition in another language than the site's, which says so at its top.
    pub language_edition: bool,
    pub lang: String,
    pub dir: String,
}

/// Context of `mail/confirm.html`, `mail/confirm.txt` and `mail/confirm-subject.txt`.
#[derive(Debug, Clone, Serialize)]
pub struct ConfirmMail {
    pub site_name: String,
    pub site_url: String,
    /// Names of the newsletters the link confirms.
    pub newsletters: Vec<String>,
    pub confirm_url: String,
    pub expires_hours: u32,
    /// The subscriber's language edition, which the email is written in.
    pub lang: String,
    /// "rtl" for a language written right to left, else "ltr".
    pub dir: String,
}

/// A newsletter offered on a form.
#[derive(Debug, Clone, Serialize)]
pub struct NewsletterChoice {
    pub slug: String,
    pub name: String,
    pub description: String,
    /// "Daily at 07:00 (Europe/Paris)".
    pub schedule: String,
    pub checked: bool,
    /// Its archive of past editions.
    pub url: String,
}

/// A language edition offered on a form.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageChoice {
    pub code: String,
    pub name: String,
    pub selected: bool,
}

/// A problem with what a reader typed, shown next to the field it names.
#[derive(Debug, Clone, Serialize)]
pub struct FormError {
    /// `email`, `newsletters` or `language`; empty for the form as a whole.
    pub field: String,
    pub message: String,
}

/// Context of `newsletter.html`: the subscribe page, also shown again with the error when the
/// form (there or in any page's footer) was refused.
#[derive(Debug, Clone, Serialize)]
pub struct SubscribePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub newsletters: Vec<NewsletterChoice>,
    pub languages: Vec<LanguageChoice>,
    /// What the reader typed, kept when the form was refused.
    pub email: String,
    pub error: Option<FormError>,
    /// Where the form posts: the subscribe address in the page's language.
    pub action_url: String,
}

/// Context of `newsletter-notice.html`: "check your inbox", "you're subscribed", "this link
/// has expired"…
#[derive(Debug, Clone, Serialize)]
pub struct NoticePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub heading: String,
    pub message: String,
    pub link: Option<Link>,
}

/// Context of `newsletter-preferences.html`, reached from the link in every email.
#[derive(Debug, Clone, Serialize)]
pub struct PreferencesPage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    /// The address, partly hidden.
    pub email_hint: String,
    pub newsletters: Vec<NewsletterChoice>,
    pub languages: Vec<LanguageChoice>,
    /// Where the form posts (the same secret link).
    pub action_url: String,
    pub unsubscribe_url: String,
    /// Set after a successful save.
    pub saved: bool,
    pub error: Option<FormError>,
}

/// Context of `newsletter-unsubscribe.html`: one button, then the confirmation.
#[derive(Debug, Clone, Serialize)]
pub struct UnsubscribePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    /// The newsletter the link is for; None for all of them.
    pub newsletter_name: Option<String>,
    pub action_url: String,
    pub preferences_url: String,
    /// After the button: the newsletters left.
    pub done: bool,
    pub left: Vec<String>,
}

/// An edition in a newsletter's archive.
#[derive(Debug, Clone, Serialize)]
pub struct EditionLink {
    pub number: i64,
    pub subject: String,
    /// The language the subject is in when it is not the page's (it could not be translated).
    pub subject_lang: Option<String>,
    pub date: String,
    pub date_iso: String,
    pub url: String,
}

/// Context of `newsletter-archive.html`.
#[derive(Debug, Clone, Serialize)]
pub struct ArchivePage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub newsletter: NewsletterChoice,
    pub editions: Vec<EditionLink>,
    pub pagination: Pagination,
    /// The subscribe page in the page's language.
    pub subscribe_url: String,
}

/// Context of `newsletter-edition.html`: an edition as a web page.
#[derive(Debug, Clone, Serialize)]
pub struct EditionPage {
    pub site: SiteView,
    pub nav: Nav,
    pub page: PageMeta,
    pub newsletter: NewsletterChoice,
    pub edition: EditionMail,
    pub number: i64,
    /// The subscribe page in the page's language.
    pub subscribe_url: String,
}

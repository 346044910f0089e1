//! Everything between the data a page shows and the bytes a reader receives.
//!
//! This crate owns:
//! - the theme: Jinja templates and static assets. The default theme is embedded in the binary
//!   (`theme/` beside this crate); an operator's theme directory overrides it file by file
//!   ([`Theme`]).
//! - the template context, which is the theme's public API ([`views`], documented field by field
//!   in `docs/THEMES.md`).
//! - the theme's own words in every language: Fluent message catalogues, long dates and
//!   numbers as each language writes them ([`i18n`]).
//! - turning article bodies (Markdown or HTML) into sanitised HTML ([`html`]).
//! - the page cache: rendered pages kept precompressed with their validators, dropped by tag when
//!   something they show changes ([`cache`]).
//!
//! - the editors' admin pages, embedded and not themable ([`admin`]).
//!
//! It knows nothing of SQL, HTTP routing or sessions: callers fill the view structs and decide
//! which cache tags a page carries; the web crate turns a [`CachedPage`] into a response.

pub mod admin;
pub mod cache;
pub mod feeds;
pub mod html;
pub mod i18n;
pub mod theme;
pub mod views;

pub use admin::AdminViews;
pub use cache::{CacheTag, CachedPage, Encoding, Listing, PageCache, PageKey, TagLang, negotiate};
pub use html::{body_to_html, markdown_to_html, plain_text_excerpt, sanitize_html};
pub use theme::{Asset, RenderError, Theme};

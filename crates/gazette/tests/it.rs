//! Every integration test of the gazette binary and its crates, in one test binary: one link
//! instead of one per file, which keeps a clean build of the tests small and quick. Each module
//! is one area, tested over real HTTP against a server on an ephemeral port.

mod admin_account;
mod admin_articles;
mod admin_articles_browser;
mod admin_browser;
mod admin_dashboard;
mod admin_manage;
mod admin_manage_browser;
mod admin_media;
mod admin_media_browser;
mod admin_newsletters;
mod admin_newsletters_browser;
mod admin_pending;
mod admin_profile;
mod admin_session;
mod admin_tour_browser;
mod admin_translations_browser;
mod api_admin;
mod api_content;
mod browser_smoke;
mod demo;
mod feeds;
mod hostile_xss;
mod html_errors;
mod i18n;
mod import_site;
mod jobs;
mod media_s3;
mod multiprocess;
mod newsletter;
mod newsletter_crash;
mod newsletter_languages;
mod openapi;
mod page_cache;
mod search;
mod security;
mod sharing;
mod site;
mod smoke;
mod storage;
mod syndication;
mod translations;
mod translations_apertium;
mod translations_review;
mod websub;

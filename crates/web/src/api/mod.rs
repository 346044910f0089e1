//! The JSON APIs under `/api/v1`, and their OpenAPI document, generated from these declarations.

pub mod admin;
pub mod content;
pub mod dto;
pub mod media;
pub mod newsletters;
pub mod syndication;
pub mod translations;

use gazette_app::App;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Gazette API", description = "Content API (public, read-only) and Admin API (bearer token per user)."),
    modifiers(&BearerAuth),
    tags((name = "content", description = "Published articles and taxonomies"), (name = "admin", description = "Editing, publishing and managing"))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The API routes and the OpenAPI document describing exactly them.
pub fn router() -> (axum::Router<App>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(content::list_articles))
        .routes(routes!(content::get_article))
        .routes(routes!(content::list_authors))
        .routes(routes!(content::list_sources))
        .routes(routes!(content::list_regions))
        .routes(routes!(content::list_themes))
        .routes(routes!(content::list_reports))
        .routes(routes!(content::get_report))
        .routes(routes!(content::search))
        .routes(routes!(admin::list_articles, admin::create_article))
        .routes(routes!(
            admin::get_article,
            admin::update_article,
            admin::delete_article
        ))
        .routes(routes!(admin::publish_article))
        .routes(routes!(admin::unpublish_article))
        .routes(routes!(admin::schedule_article))
        .routes(routes!(admin::list_revisions))
        .routes(routes!(admin::restore_revision))
        .routes(routes!(admin::preview_article))
        .routes(routes!(admin::create_author))
        .routes(routes!(admin::replace_author, admin::delete_author))
        .routes(routes!(admin::create_source))
        .routes(routes!(admin::replace_source, admin::delete_source))
        .routes(routes!(admin::create_region))
        .routes(routes!(admin::replace_region, admin::delete_region))
        .routes(routes!(admin::create_theme))
        .routes(routes!(admin::replace_theme, admin::delete_theme))
        .routes(routes!(admin::create_report))
        .routes(routes!(admin::replace_report, admin::delete_report))
        .routes(routes!(admin::get_settings, admin::put_settings))
        .routes(routes!(admin::list_jobs))
        .merge(
            // Uploads carry a file: their own body limit, above the JSON routes'.
            OpenApiRouter::new()
                .routes(routes!(media::list_media, media::upload_media))
                .routes(routes!(media::get_media, media::delete_media))
                .layer(axum::extract::DefaultBodyLimit::max(media::BODY_LIMIT)),
        )
        .routes(routes!(syndication::import_url))
        .routes(routes!(syndication::review_queue))
        .routes(routes!(syndication::accept_import))
        .routes(routes!(syndication::reject_import))
        .routes(routes!(syndication::acknowledge_import))
        .routes(routes!(syndication::list_feeds, syndication::add_feed))
        .routes(routes!(syndication::delete_feed))
        .routes(routes!(syndication::poll_feed))
        .routes(routes!(
            translations::request_translation,
            translations::get_translation,
            translations::edit_translation
        ))
        .routes(routes!(translations::list_translations))
        .routes(routes!(newsletters::subscribe))
        .routes(routes!(
            newsletters::list_newsletters,
            newsletters::create_newsletter
        ))
        .routes(routes!(
            newsletters::get_newsletter,
            newsletters::replace_newsletter,
            newsletters::delete_newsletter
        ))
        .routes(routes!(
            newsletters::get_next_edition,
            newsletters::set_next_edition
        ))
        .routes(routes!(newsletters::send_newsletter))
        .routes(routes!(newsletters::list_editions))
        .routes(routes!(newsletters::get_edition))
        .split_for_parts()
}

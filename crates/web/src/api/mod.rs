//! The JSON APIs under `/api/v1`, and their OpenAPI document, generated from these declarations.

pub mod admin;
pub mod content;
pub mod dto;
pub mod media;
pub mod newsletters;
pub mod syndication;
pub mod tokens;
pub mod translations;

use gazette_app::App;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Header, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use crate::error::{ErrorBody, ErrorDetail};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Gazette API", description = "Content API (public, read-only) and Admin API (bearer token per user)."),
    modifiers(&BearerAuth),
    components(schemas(ErrorBody, ErrorDetail)),
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

/// The error answers every operation of a kind can give, whatever its handler does, because they
/// come from the extractors it shares with the others (`crate::extract`): a token refused (401)
/// or not allowed (403), a path or query parameter that does not parse (400), and a JSON body
/// that is not JSON (415), does not parse (400), is too large (413) or names a bad field (422).
/// Declared here once, for each operation that has the token, parameter or body; an operation's
/// own declaration of the same status is kept.
fn declare_common_errors(openapi: &mut utoipa::openapi::OpenApi) {
    for item in openapi.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for op in operations.into_iter().flatten() {
            declare_operation_errors(op);
        }
    }
}

fn declare_operation_errors(op: &mut Operation) {
    let has_parameters = op.parameters.as_ref().is_some_and(|ps| {
        ps.iter()
            .any(|p| matches!(p.parameter_in, ParameterIn::Path | ParameterIn::Query))
    });
    let json_body = op
        .request_body
        .as_ref()
        .is_some_and(|b| b.content.contains_key("application/json"));
    let mut errors = Vec::new();
    if op.security.as_ref().is_some_and(|s| !s.is_empty()) {
        let unauthorized = error_response("The API token is missing, unknown or revoked.");
        errors.push(("401", unauthorized));
        errors.push(("403", error_response("The token's user may not do this.")));
    }
    match (has_parameters, json_body) {
        (true, true) => errors.push((
            "400",
            error_response("A parameter is malformed, or the body is not well-formed JSON."),
        )),
        (true, false) => errors.push((
            "400",
            error_response("A path or query parameter is unknown or malformed."),
        )),
        (false, true) => errors.push(("400", error_response("The body is not well-formed JSON."))),
        (false, false) => {}
    }
    if json_body {
        errors.push(("413", error_response("The body is larger than the limit.")));
        errors.push((
            "415",
            error_response("The body is not sent as application/json."),
        ));
        errors.push((
            "422",
            error_response("A field is missing, unknown or invalid; `field` names it."),
        ));
    }
    for (status, response) in errors {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::T(response.build()));
    }
    // `ApiError` sends the challenge with every 401, whichever declaration the 401 came from.
    if let Some(RefOr::T(unauthorized)) = op.responses.responses.get_mut("401") {
        unauthorized
            .headers
            .entry("WWW-Authenticate".to_owned())
            .or_insert_with(|| {
                let mut challenge = Header::default();
                challenge.description = Some("`Bearer`".to_owned());
                challenge
            });
    }
}

fn error_response(description: &str) -> ResponseBuilder {
    ResponseBuilder::new().description(description).content(
        "application/json",
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("ErrorBody")))
            .build(),
    )
}

/// The API routes and the OpenAPI document describing exactly them.
pub fn router() -> (axum::Router<App>, utoipa::openapi::OpenApi) {
    let (router, mut openapi) = routes().split_for_parts();
    declare_common_errors(&mut openapi);
    (router, openapi)
}

fn routes() -> OpenApiRouter<App> {
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
        .routes(routes!(tokens::list_tokens, tokens::create_token))
        .routes(routes!(tokens::revoke_token))
        .routes(routes!(tokens::deactivate_user))
        .routes(routes!(tokens::reactivate_user))
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
        .routes(routes!(
            translations::list_site_texts,
            translations::request_site_texts
        ))
        .routes(routes!(translations::edit_site_text))
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
}

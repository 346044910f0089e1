//! (being written)

use axum::Router;
use gazette_app::App;

pub(super) fn routes() -> Router<App> {
    Router::new()
}

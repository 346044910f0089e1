//! What load balancers and service managers ask: `/healthz` (liveness: the process answers,
//! nothing else is consulted) and `/readyz` (readiness: `app.health()`'s checks). Both answer
//! plain text, are never cached by anyone, and stay out of the page cache and the editions.
//!
//! While the process drains (after SIGTERM) every HTTP/1 response also carries
//! `Connection: close`, so that a client on a keep-alive connection, nginx's upstream pool
//! included, opens its next request elsewhere instead of meeting a closed socket.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Version, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gazette_app::App;

const NO_STORE: (header::HeaderName, &str) = (header::CACHE_CONTROL, "no-store");

/// Liveness: 200 while the process can answer at all.
pub async fn healthz() -> impl IntoResponse {
    ([NO_STORE], "ok\n")
}

/// Readiness: 200 `ready` with each check's finding, or 503 naming the checks that failed.
pub async fn readyz(State(app): State<App>) -> Response {
    let readiness = app.health().readiness().await;
    let mut body = if readiness.is_ready() {
        "ready\n".to_owned()
    } else {
        format!("not ready: {}\n", readiness.failing().join(", "))
    };
    for (name, outcome) in readiness.checks() {
        let (verdict, finding) = match outcome {
            Ok(finding) => ("pass", finding),
            Err(finding) => ("fail", finding),
        };
        body.push_str(&format!("{name}: {verdict}: {finding}\n"));
    }
    let status = if readiness.is_ready() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, [NO_STORE], body).into_response()
}

/// Once the process is stopping, asks HTTP/1 clients to close the connection after this
/// response (hyper then closes it itself once the response is written).
pub async fn close_when_draining(State(app): State<App>, request: Request, next: Next) -> Response {
    let http1 = matches!(request.version(), Version::HTTP_10 | Version::HTTP_11);
    let mut response = next.run(request).await;
    if http1 && app.is_shutting_down() {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

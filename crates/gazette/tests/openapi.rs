//! The served OpenAPI document against the running server, on each available backend: every
//! operation it documents is routed, answers as documented, and every route we know is in it.

use gazette_testkit::reqwest::{Method, header};
use gazette_testkit::{TestServer, backends};
use serde_json::{Value, json};

/// One request to try: what it is, the status it must get, its path, the token it sends and a
/// header it adds.
type Probe<'a> = (
    &'a str,
    u16,
    String,
    Option<&'a str>,
    Option<(&'a str, &'a str)>,
);

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The routes declared in `crates/web/src/api/mod.rs`, as (method, path).
const KNOWN_ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/articles"),
    ("get", "/api/v1/articles/{slug}"),
    ("get", "/api/v1/authors"),
    ("get", "/api/v1/sources"),
    ("get", "/api/v1/regions"),
    ("get", "/api/v1/themes"),
    ("get", "/api/v1/reports"),
    ("get", "/api/v1/reports/{slug}"),
    ("get", "/api/v1/admin/articles"),
    ("post", "/api/v1/admin/articles"),
    ("get", "/api/v1/admin/articles/{id}"),
    ("patch", "/api/v1/admin/articles/{id}"),
    ("delete", "/api/v1/admin/articles/{id}"),
    ("post", "/api/v1/admin/articles/{id}/publish"),
    ("post", "/api/v1/admin/articles/{id}/unpublish"),
    ("post", "/api/v1/admin/articles/{id}/schedule"),
    ("get", "/api/v1/admin/articles/{id}/revisions"),
    (
        "post",
        "/api/v1/admin/articles/{id}/revisions/{number}/restore",
    ),
    ("get", "/api/v1/admin/articles/{id}/preview"),
    ("post", "/api/v1/admin/authors"),
    ("put", "/api/v1/admin/authors/{slug}"),
    ("delete", "/api/v1/admin/authors/{slug}"),
    ("post", "/api/v1/admin/sources"),
    ("put", "/api/v1/admin/sources/{slug}"),
    ("delete", "/api/v1/admin/sources/{slug}"),
    ("post", "/api/v1/admin/regions"),
    ("put", "/api/v1/admin/regions/{slug}"),
    ("delete", "/api/v1/admin/regions/{slug}"),
    ("post", "/api/v1/admin/themes"),
    ("put", "/api/v1/admin/themes/{slug}"),
    ("delete", "/api/v1/admin/themes/{slug}"),
    ("post", "/api/v1/admin/reports"),
    ("put", "/api/v1/admin/reports/{slug}"),
    ("delete", "/api/v1/admin/reports/{slug}"),
    ("get", "/api/v1/admin/settings"),
    ("put", "/api/v1/admin/settings"),
    ("get", "/api/v1/admin/jobs"),
    ("get", "/api/v1/admin/site-texts/{lang}"),
    ("post", "/api/v1/admin/site-texts/{lang}"),
    ("patch", "/api/v1/admin/site-texts/{lang}/{key}"),
    ("post", "/api/v1/newsletter/subscribe"),
    ("get", "/api/v1/admin/newsletters"),
    ("post", "/api/v1/admin/newsletters"),
    ("get", "/api/v1/admin/newsletters/{slug}"),
    ("put", "/api/v1/admin/newsletters/{slug}"),
    ("delete", "/api/v1/admin/newsletters/{slug}"),
    ("get", "/api/v1/admin/newsletters/{slug}/next"),
    ("put", "/api/v1/admin/newsletters/{slug}/next"),
    ("post", "/api/v1/admin/newsletters/{slug}/send"),
    ("get", "/api/v1/admin/newsletters/{slug}/editions"),
    ("get", "/api/v1/admin/editions/{id}"),
];

/// One documented operation.
struct Operation {
    method: Method,
    path: String,
    spec: Value,
}

impl Operation {
    /// The path with every `{param}` replaced by a value that names nothing that exists, so a
    /// routed request reaches its handler and is answered there (404 JSON, 422 JSON, …).
    fn example_path(&self) -> String {
        let mut out = String::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').expect("a closed parameter") + open;
            out.push_str(match &rest[open + 1..close] {
                "id" => "999999",
                "number" => "1",
                _ => "no-such-thing",
            });
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn needs_token(&self) -> bool {
        self.spec["security"]
            .as_array()
            .is_some_and(|s| s.iter().any(|req| req.get("bearer").is_some()))
    }

    fn declares(&self, status: u16) -> bool {
        self.spec["responses"].get(status.to_string()).is_some()
    }
}

async fn document(s: &TestServer) -> Value {
    let res = s.get("/api/openapi.json").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/json");
    serde_json::from_str(&res.text().await.unwrap()).expect("the document is JSON")
}

fn operations(doc: &Value) -> Vec<Operation> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(spec) = item.get(method) {
                out.push(Operation {
                    method: method.to_uppercase().parse().expect("an HTTP method"),
                    path: path.clone(),
                    spec: spec.clone(),
                });
            }
        }
    }
    out
}

/// Sends the operation with example values: a JSON body of `{}` where one is expected.
async fn call(s: &TestServer, op: &Operation, token: Option<&str>) -> (u16, String, String) {
    let mut req = s
        .client
        .request(op.method.clone(), s.url(&op.example_path()));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    if op.spec.get("requestBody").is_some() {
        req = req.json(&json!({}));
    }
    let res = req.send().await.expect("the server answers");
    let status = res.status().as_u16();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (status, content_type, res.text().await.unwrap_or_default())
}

#[tokio::test]
async fn openapi_document_is_openapi_3_json_describing_the_api() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        let version = doc["openapi"].as_str().expect("an openapi version");
        assert!(version.starts_with("3."), "{backend:?}: {version}");
        assert_eq!(doc["info"]["title"], "Gazette API");
        assert!(doc["info"]["version"].is_string());
        assert_eq!(
            doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer",
            "{backend:?}"
        );
        let ops = operations(&doc);
        assert!(ops.len() >= KNOWN_ROUTES.len(), "{backend:?}");
        for op in &ops {
            assert!(
                op.path.starts_with("/api/v1/"),
                "{}: versioned under /api/v1",
                op.path
            );
            assert!(
                op.spec["responses"]
                    .as_object()
                    .is_some_and(|r| !r.is_empty()),
                "{} {}: documents its responses",
                op.method,
                op.path
            );
            // Every `$ref` points at a schema the document defines.
            check_refs(&doc, &op.spec);
        }
    }
}

fn check_refs(doc: &Value, v: &Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                let name = target
                    .strip_prefix("#/components/schemas/")
                    .unwrap_or_else(|| panic!("an unexpected $ref {target}"));
                assert!(
                    doc["components"]["schemas"].get(name).is_some(),
                    "$ref to undefined schema {name}"
                );
            }
            map.values().for_each(|v| check_refs(doc, v));
        }
        Value::Array(items) => items.iter().for_each(|v| check_refs(doc, v)),
        _ => {}
    }
}

#[tokio::test]
async fn every_known_route_is_documented() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        for (method, path) in KNOWN_ROUTES {
            assert!(
                doc["paths"][path].get(method).is_some(),
                "{backend:?}: {method} {path} is not in the OpenAPI document"
            );
        }
    }
}

#[tokio::test]
async fn every_documented_operation_is_routed_and_answers_as_documented() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        let mut undeclared = Vec::new();
        for op in operations(&doc) {
            let token = op.needs_token().then_some(s.token.as_str());
            let (status, content_type, body) = call(&s, &op, token).await;
            let what = format!("{backend:?} {} {}", op.method, op.example_path());
            assert_ne!(status, 405, "{what}: the method is not routed");
            assert_ne!(status, 401, "{what}: the token was refused");
            if !(200..300).contains(&status) {
                // A handler's error is JSON; the router's own 404 is the HTML error page.
                assert!(
                    content_type.starts_with("application/json"),
                    "{what}: {status} {content_type} — no handler answered"
                );
                let error: Value = serde_json::from_str(&body).expect("a JSON error");
                assert!(error["error"]["code"].is_string(), "{what}: {body}");
            }
            if !op.declares(status) {
                undeclared.push(format!("{what} answered {status}: {body}"));
            }
        }
        assert!(
            undeclared.is_empty(),
            "answers the OpenAPI document does not declare:\n{}",
            undeclared.join("\n")
        );
    }
}

#[tokio::test]
async fn every_operation_that_documents_a_token_requires_one() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        let ops = operations(&doc);
        assert!(
            ops.iter()
                .filter(|op| op.path.starts_with("/api/v1/admin/"))
                .all(Operation::needs_token),
            "{backend:?}: every Admin API operation documents the bearer token"
        );
        for op in ops {
            let what = format!("{backend:?} {} {}", op.method, op.example_path());
            let (status, _, body) = call(&s, &op, None).await;
            if op.needs_token() {
                assert_eq!(status, 401, "{what}: {body}");
                let error: Value = serde_json::from_str(&body).expect("a JSON error");
                assert_eq!(error["error"]["code"], "unauthorized", "{what}");
            } else {
                assert_ne!(status, 401, "{what}: the Content API is public");
            }
        }
    }
}

/// Sends `body` with `content_type` (or nothing) to `path`; returns status, content type, body.
async fn send(
    s: &TestServer,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<(&str, &str)>,
) -> (u16, String, String) {
    let mut req = s.client.request(method, s.url(path));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    if let Some((content_type, body)) = body {
        req = req
            .header(header::CONTENT_TYPE, content_type)
            .body(body.to_owned());
    }
    let res = req.send().await.expect("the server answers");
    let status = res.status().as_u16();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (status, content_type, res.text().await.unwrap_or_default())
}

/// Found by schemathesis: every operation answered 401 (no token), 400 (a path parameter that
/// does not parse, malformed JSON), 415 (not JSON) or 422 from the extractors it shares with the
/// others, and most did not declare them; path parameters answered plain text. Each operation
/// is sent each kind of bad input it can receive: the answer is the JSON error shape, with a
/// status its declaration lists.
#[tokio::test]
async fn every_operation_declares_the_errors_its_extractors_answer() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        let mut wrong = Vec::new();
        for op in operations(&doc) {
            let token = op.needs_token().then_some(s.token.as_str());
            let json_body = op.spec["requestBody"]["content"]
                .get("application/json")
                .is_some();
            let mut probes: Vec<Probe> = Vec::new();
            if op.needs_token() {
                probes.push(("no token", 401, op.example_path(), None, None));
                let declared = &op.spec["responses"]["401"];
                if declared["headers"].get("WWW-Authenticate").is_none() {
                    wrong.push(format!(
                        "{} {}: 401 without WWW-Authenticate",
                        op.method, op.path
                    ));
                }
                if !op.declares(403) {
                    wrong.push(format!("{} {}: 403 undeclared", op.method, op.path));
                }
            }
            if json_body {
                let valid = Some(("text/plain", "{}"));
                probes.push(("text/plain body", 415, op.example_path(), token, valid));
                let broken = Some(("application/json", "{not json"));
                probes.push(("malformed JSON", 400, op.example_path(), token, broken));
                let wrong_type = Some(("application/json", "[1, 2]"));
                probes.push(("a JSON array", 422, op.example_path(), token, wrong_type));
            }
            if op.path.contains("{id}") {
                let path = op.example_path().replace("999999", "not-a-number");
                let body = json_body.then_some(("application/json", "{}"));
                probes.push(("unparsable id", 400, path, token, body));
            }
            for (what, want, path, token, body) in probes {
                let (status, content_type, text) =
                    send(&s, op.method.clone(), &path, token, body).await;
                let shaped = content_type.starts_with("application/json")
                    && serde_json::from_str::<Value>(&text)
                        .is_ok_and(|v| v["error"]["code"].is_string());
                if status != want || !shaped || !op.declares(status) {
                    wrong.push(format!(
                        "{backend:?} {} {path} ({what}): {status} {content_type} {text}; \
                         wanted {want} as JSON, declared: {}",
                        op.method,
                        op.declares(status)
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

/// Found by schemathesis: answers the services give that the declarations left out.
#[tokio::test]
async fn taken_and_invalid_slugs_answer_as_declared() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let doc = document(&s).await;
        let declares = |method: &str, path: &str, status: u16| {
            doc["paths"][path][method]["responses"]
                .get(status.to_string())
                .is_some()
        };
        s.add_region("senegal", "Senegal", None).await;
        s.add_region("indonesia", "Indonesia", None).await;
        let (status, out) = s
            .admin(
                Method::PUT,
                "/api/v1/admin/regions/senegal",
                Some(json!({"slug": "indonesia", "name": "Indonesia"})),
            )
            .await;
        assert_eq!(
            status, 409,
            "{backend:?}: renaming onto a taken slug: {out}"
        );
        assert_eq!(out["error"]["field"], "slug", "{backend:?}");
        for kind in ["authors", "sources", "regions", "themes", "reports"] {
            let path = format!("/api/v1/admin/{kind}/{{slug}}");
            assert!(declares("put", &path, 409), "PUT {path} declares 409");
            assert!(declares("delete", &path, 422), "DELETE {path} declares 422");
        }
        assert!(declares("put", "/api/v1/admin/newsletters/{slug}", 409));

        let (status, out) = s
            .admin(Method::DELETE, "/api/v1/admin/themes/Z", None)
            .await;
        assert_eq!(status, 422, "{backend:?}: an invalid slug: {out}");
        assert_eq!(out["error"]["field"], "slug", "{backend:?}");
        assert!(declares(
            "post",
            "/api/v1/admin/articles/{id}/revisions/{number}/restore",
            422
        ));
    }
}

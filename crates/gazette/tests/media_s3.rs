//! Media through the Admin API, on the local disk and on a real S3-compatible server.
//!
//! The object store is moto's server (PyPI `moto[server]`), started here on an ephemeral port
//! with request signing enforced: an IAM user and key are made while it is open, then every
//! request must carry a valid Signature V4 for that key. What is in the bucket is checked with
//! boto3 (AWS's own SDK, which moto brings), never through Gazette. Without moto the S3 test says
//! `skipped: …` on stderr and passes, unless `GAZETTE_REQUIRE_S3=1` (as in CI).

use std::process::Stdio;
use std::time::Duration;

use gazette_app::config::MediaSettings;
use gazette_testkit::reqwest::{Method, StatusCode, header};
use gazette_testkit::{TestServer, backends};
use image::{ImageFormat, Rgb, RgbImage};
use serde_json::{Value, json};
use std::io::{BufRead, Read};

const BOUNDARY: &str = "----gazette-media-api-5c1e";
const BUCKET: &str = "gazette-media";
const PREFIX: &str = "site/";

/// A JPEG of `w`×`h`; `seed` makes different bytes of the same size.
fn jpeg(w: u32, h: u32, seed: u8) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, seed]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Jpeg)
        .unwrap();
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A multipart body of text fields then, if given, the file.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((filename, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// `POST /api/v1/admin/media` with `token`; the status and the JSON answer.
async fn upload(s: &TestServer, token: &str, body: Vec<u8>) -> (StatusCode, Value) {
    let res = s
        .client
        .post(s.url("/api/v1/admin/media"))
        .bearer_auth(token)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .expect("the server answers");
    let status = res.status();
    let json = res.json().await.unwrap_or(Value::Null);
    (status, json)
}

fn size_paths(item: &Value) -> Vec<String> {
    item["sizes"]
        .as_array()
        .expect("sizes")
        .iter()
        .map(|s| s["src"].as_str().unwrap().to_owned())
        .collect()
}

fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                found.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[tokio::test]
async fn admin_api_uploads_lists_serves_and_deletes_media_on_local_disk() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let media_dir = s.app.config().media_dir();
        let photo = jpeg(1300, 800, 7);

        let (status, body) = upload(
            &s,
            &s.token,
            multipart(
                &[("alt", "Cranes over the harbour")],
                Some(("harbour.jpg", &photo)),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{ctx}: {body}");
        assert_eq!(body["deduplicated"], false, "{ctx}");
        assert_eq!(body["alt"], "Cranes over the harbour", "{ctx}");
        assert_eq!(body["original_name"], "harbour.jpg", "{ctx}");
        assert_eq!(
            (body["width"].as_u64(), body["height"].as_u64()),
            (Some(1300), Some(800)),
            "{ctx}: the widest size is the image itself"
        );
        let id = body["id"].as_i64().expect("an id");
        let paths = size_paths(&body);
        let widths: Vec<u64> = body["sizes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["width"].as_u64().unwrap())
            .collect();
        assert_eq!(widths, vec![480, 960, 1300], "{ctx}");
        assert_eq!(body["src"], paths.last().unwrap().as_str(), "{ctx}");
        let on_disk: Vec<String> = paths
            .iter()
            .map(|p| p.strip_prefix("/media/").unwrap().to_owned())
            .collect();
        let mut expected = on_disk.clone();
        expected.sort();
        assert_eq!(files_under(&media_dir), expected, "{ctx}");
        for path in &paths {
            let res = s.get(path).await;
            assert_eq!(res.status(), StatusCode::OK, "{ctx}: {path}");
            assert_eq!(res.headers()[header::CONTENT_TYPE], "image/jpeg", "{ctx}");
            assert!(
                res.headers()[header::CONTENT_SECURITY_POLICY]
                    .to_str()
                    .unwrap()
                    .contains("sandbox"),
                "{ctx}"
            );
            let served = res.bytes().await.unwrap();
            let file =
                std::fs::read(media_dir.join(path.strip_prefix("/media/").unwrap())).unwrap();
            assert_eq!(served.as_ref(), file.as_slice(), "{ctx}: {path}");
        }

        // The same bytes again: the first image, nothing new stored.
        let (status, again) = upload(
            &s,
            &s.token,
            multipart(&[("alt", "Another caption")], Some(("copy.jpg", &photo))),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{ctx}: {again}");
        assert_eq!(
            (again["id"].as_i64(), &again["deduplicated"]),
            (Some(id), &Value::Bool(true)),
            "{ctx}"
        );

        // The admin's checks, each naming what is wrong; nothing is stored by any of them.
        let refusals = [
            (
                multipart(
                    &[("alt", "x")],
                    Some(("notes.jpg", b"plain text, not an image")),
                ),
                StatusCode::UNPROCESSABLE_ENTITY,
                "file",
            ),
            (
                multipart(&[], Some(("other.jpg", &jpeg(40, 30, 9)))),
                StatusCode::UNPROCESSABLE_ENTITY,
                "alt",
            ),
            (
                multipart(&[("alt", "   ")], Some(("other.jpg", &jpeg(40, 30, 9)))),
                StatusCode::UNPROCESSABLE_ENTITY,
                "alt",
            ),
            (
                multipart(&[("alt", "no file")], None),
                StatusCode::UNPROCESSABLE_ENTITY,
                "file",
            ),
        ];
        for (body, want, field) in refusals {
            let (status, answer) = upload(&s, &s.token, body).await;
            assert_eq!(status, want, "{ctx}: {answer}");
            assert_eq!(answer["error"]["field"], field, "{ctx}: {answer}");
            let message = answer["error"]["message"].as_str().unwrap();
            assert!(!message.is_empty(), "{ctx}");
        }
        let too_big = vec![0xFFu8; gazette_app::media::MAX_UPLOAD_BYTES + 10];
        let (status, answer) = upload(
            &s,
            &s.token,
            multipart(&[("alt", "huge")], Some(("huge.jpg", &too_big))),
        )
        .await;
        assert!(
            status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::UNPROCESSABLE_ENTITY,
            "{ctx}: {status} {answer}"
        );
        assert!(
            answer["error"]["message"].as_str().unwrap().contains("MiB"),
            "{ctx}: {answer}"
        );
        let res = s
            .client
            .post(s.url("/api/v1/admin/media"))
            .bearer_auth(&s.token)
            .json(&serde_json::json!({"file": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ctx}");
        let (status, _) = upload(
            &s,
            "not-a-token",
            multipart(&[("alt", "x")], Some(("a.jpg", &photo))),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{ctx}");
        assert_eq!(
            files_under(&media_dir),
            expected,
            "{ctx}: refusals store nothing"
        );

        // The library, page by page.
        let (status, second) = upload(
            &s,
            &s.token,
            multipart(
                &[("alt", "A second photo")],
                Some(("two.jpg", &jpeg(500, 400, 11))),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{ctx}: {second}");
        let (status, list) = s.admin(Method::GET, "/api/v1/admin/media", None).await;
        assert_eq!(status, 200, "{ctx}: {list}");
        assert_eq!(list["total"], 2, "{ctx}");
        assert_eq!(list["page"], 1, "{ctx}");
        assert_eq!(list["total_pages"], 1, "{ctx}");
        let ids: Vec<i64> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        assert_eq!(
            ids,
            vec![second["id"].as_i64().unwrap(), id],
            "{ctx}: newest first"
        );
        let (_, page2) = s
            .admin(Method::GET, "/api/v1/admin/media?page=2", None)
            .await;
        assert_eq!(page2["items"], Value::Array(vec![]), "{ctx}");
        let (status, bad) = s
            .admin(Method::GET, "/api/v1/admin/media?page=0", None)
            .await;
        assert_eq!(
            (status, &bad["error"]["field"]),
            (400, &Value::from("page")),
            "{ctx}"
        );
        let (status, one) = s
            .admin(Method::GET, &format!("/api/v1/admin/media/{id}"), None)
            .await;
        assert_eq!(status, 200, "{ctx}");
        assert_eq!(one["srcset"], body["srcset"], "{ctx}");

        // A contributor may upload but not delete.
        let (_, contributor) = s
            .app
            .users()
            .add(gazette_app::NewUser {
                email: "stringer@test.example".into(),
                name: "Stringer".into(),
                role: gazette_domain::Role::Contributor,
            })
            .await
            .unwrap();
        let res = s
            .client
            .delete(s.url(&format!("/api/v1/admin/media/{id}")))
            .bearer_auth(&contributor)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");

        // While an article shows it (here a narrower size, in the body) it is not deleted, and
        // the refusal names the article.
        let narrow = paths.first().unwrap();
        let (status, article) = s
            .admin(
                Method::POST,
                "/api/v1/admin/articles",
                Some(json!({"title": "Cranes over the estuary", "body": format!("![Cranes]({narrow})")})),
            )
            .await;
        assert_eq!(status, 201, "{ctx}: {article}");
        let (status, refused) = s
            .admin(Method::DELETE, &format!("/api/v1/admin/media/{id}"), None)
            .await;
        assert_eq!(status, 409, "{ctx}: {refused}");
        assert!(
            refused["error"]["message"]
                .as_str()
                .unwrap()
                .contains("\u{201c}Cranes over the estuary\u{201d}"),
            "{ctx}: {refused}"
        );
        assert_eq!(s.get(narrow).await.status(), StatusCode::OK, "{ctx}");
        let (status, _) = s
            .admin(
                Method::DELETE,
                &format!("/api/v1/admin/articles/{}", article["id"]),
                None,
            )
            .await;
        assert_eq!(status, 204, "{ctx}");

        let (status, _) = s
            .admin(Method::DELETE, &format!("/api/v1/admin/media/{id}"), None)
            .await;
        assert_eq!(status, 204, "{ctx}");
        for path in &paths {
            assert_eq!(
                s.get(path).await.status(),
                StatusCode::NOT_FOUND,
                "{ctx}: {path}"
            );
        }
        let left = files_under(&media_dir);
        assert!(on_disk.iter().all(|p| !left.contains(p)), "{ctx}: {left:?}");
        let (status, _) = s
            .admin(Method::GET, &format!("/api/v1/admin/media/{id}"), None)
            .await;
        assert_eq!(status, 404, "{ctx}");
        let (status, _) = s
            .admin(Method::DELETE, &format!("/api/v1/admin/media/{id}"), None)
            .await;
        assert_eq!(status, 404, "{ctx}");
        let (_, list) = s.admin(Method::GET, "/api/v1/admin/media", None).await;
        assert_eq!(list["total"], 1, "{ctx}");
    }
}

#[tokio::test]
async fn openapi_describes_the_media_endpoints() {
    let doc = serde_json::to_value(gazette_web::openapi()).unwrap();
    let paths = &doc["paths"];
    for (path, methods) in [
        ("/api/v1/admin/media", &["get", "post"][..]),
        ("/api/v1/admin/media/{id}", &["get", "delete"][..]),
    ] {
        for m in methods {
            assert!(paths[path][m].is_object(), "{path} {m}");
        }
    }
    assert!(
        paths["/api/v1/admin/media"]["post"]["requestBody"]["content"]["multipart/form-data"]
            .is_object()
    );
}

/// moto's S3 (and IAM) on 127.0.0.1, ended when dropped.
struct Moto {
    child: std::process::Child,
    endpoint: String,
}

/// boto3 against moto: `setup` makes a user with a key allowed everything and the bucket, then
/// has moto check every request's signature; `list` and `get` read the bucket with that key.
const HELPER: &str = r#"
import json, sys, urllib.request
import boto3
from botocore.config import Config

cmd, endpoint = sys.argv[1], sys.argv[2]
def client(service, key=None, secret=None):
    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id=key or "AKIASETUPONLY0000000", aws_secret_access_key=secret or "setup",
        config=Config(s3={"addressing_style": "path"}))
if cmd == "setup":
    bucket = sys.argv[3]
    iam = client("iam")
    iam.create_user(UserName="gazette")
    iam.put_user_policy(UserName="gazette", PolicyName="all", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    key = iam.create_access_key(UserName="gazette")["AccessKey"]
    client("s3", key["AccessKeyId"], key["SecretAccessKey"]).create_bucket(Bucket=bucket)
    urllib.request.urlopen(urllib.request.Request(endpoint + "/moto-api/reset-auth", data=b"0", method="POST",
        headers={"Content-Type": "text/plain"})).read()
    print(key["AccessKeyId"], key["SecretAccessKey"])
else:
    key, secret, bucket = sys.argv[3], sys.argv[4], sys.argv[5]
    s3 = client("s3", key, secret)
    if cmd == "list":
        for o in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
            print(o["Key"])
    elif cmd == "get":
        o = s3.get_object(Bucket=bucket, Key=sys.argv[6])
        print(o["ContentType"], o["Body"].read().hex())
"#;

async fn helper(args: &[&str]) -> String {
    let out = tokio::process::Command::new("python3")
        .arg("-c")
        .arg(HELPER)
        .args(args)
        .output()
        .await
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "boto3 {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

impl Moto {
    /// `None` (after saying so) when moto is not installed and CI does not require it.
    fn start() -> Option<Self> {
        let installed = std::process::Command::new("python3")
            .args(["-c", "import moto.server, boto3"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !installed {
            let why = "python3 with moto[server] is not installed (pip install 'moto[server]')";
            if std::env::var("GAZETTE_REQUIRE_S3").as_deref() == Ok("1") {
                panic!("GAZETTE_REQUIRE_S3=1 but {why}");
            }
            eprintln!("skipped: the S3 media test needs an S3-compatible server: {why}");
            return None;
        }
        let mut child = std::process::Command::new("python3")
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("moto starts");
        // Werkzeug prints "Running on http://127.0.0.1:PORT" (to stderr) once it listens. Both
        // streams are drained for as long as it runs, so that its request log never blocks it.
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let stdout = child.stdout.take().expect("piped");
        let stderr = child.stderr.take().expect("piped");
        let drain = |stream: Box<dyn Read + Send>, tx: std::sync::mpsc::Sender<String>| {
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    let _ = tx.send(line);
                }
            });
        };
        drain(Box::new(stdout), tx.clone());
        drain(Box::new(stderr), tx);
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let endpoint = loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(at) = line.find("http://127.0.0.1:") {
                        let url = line[at..].split_whitespace().next().unwrap_or("");
                        break url.to_owned();
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("moto did not print its address within 30 s");
                }
            }
        };
        Some(Self { child, endpoint })
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn s3_media(endpoint: &str, key: &str, secret: &str) -> MediaSettings {
    MediaSettings {
        storage: "s3".into(),
        endpoint: endpoint.into(),
        bucket: BUCKET.into(),
        region: "us-east-1".into(),
        access_key_id: key.into(),
        secret_access_key: secret.into(),
        prefix: PREFIX.into(),
    }
}

#[tokio::test]
async fn media_lives_in_an_s3_bucket_when_configured() {
    let Some(moto) = Moto::start() else {
        return;
    };
    let endpoint = moto.endpoint.clone();
    let creds = helper(&["setup", &endpoint, BUCKET]).await;
    let (key, secret) = creds.trim().split_once(' ').expect("a key and a secret");
    let list = async || helper(&["list", &endpoint, key, secret, BUCKET]).await;
    assert_eq!(list().await, "", "a new bucket is empty");

    let s = TestServer::start_with(gazette_testkit::Backend::Sqlite, |c| {
        c.media = s3_media(&endpoint, key, secret);
    })
    .await;
    let photo = jpeg(1000, 700, 3);
    let (status, body) = upload(
        &s,
        &s.token,
        multipart(&[("alt", "The river at dusk")], Some(("river.jpg", &photo))),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_i64().unwrap();
    let paths = size_paths(&body);
    assert!(paths.len() >= 2, "{paths:?}");
    // The URLs stay `/media/…`; the objects are under the prefix in the bucket, not on disk.
    let objects: Vec<String> = paths
        .iter()
        .map(|p| format!("{PREFIX}{}", p.strip_prefix("/media/").unwrap()))
        .collect();
    let mut expected = objects.clone();
    expected.sort();
    let mut listed: Vec<String> = list().await.lines().map(str::to_owned).collect();
    listed.sort();
    assert_eq!(listed, expected);
    assert_eq!(
        files_under(&s.app.config().media_dir()),
        Vec::<String>::new()
    );

    for (path, object) in paths.iter().zip(&objects) {
        let stored = helper(&["get", &endpoint, key, secret, BUCKET, object]).await;
        let (content_type, stored_hex) = stored.trim().split_once(' ').unwrap();
        assert_eq!(content_type, "image/jpeg", "{object}");
        let res = s.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers()[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(
            res.headers()[header::CACHE_CONTROL],
            "public, max-age=86400"
        );
        assert!(
            res.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
        let served = res.bytes().await.unwrap();
        assert!(served.starts_with(&[0xFF, 0xD8]), "{path} is a JPEG");
        // Not assert_eq: a mismatch would print two images in hex.
        assert!(
            hex(&served) == stored_hex,
            "{path} is not the object's bytes"
        );
    }
    assert_eq!(
        s.get("/media/2026/01/0123456789abcdef-480.jpg")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "a key the bucket lacks"
    );

    let (status, _) = s
        .admin(Method::DELETE, &format!("/api/v1/admin/media/{id}"), None)
        .await;
    assert_eq!(status, 204);
    assert_eq!(list().await, "", "the objects are gone from the bucket");
    for path in &paths {
        assert_eq!(s.get(path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }

    // Wrong credentials: the upload is refused with a message naming the settings to check,
    // and neither an object nor a library row is left behind.
    for (bad_key, bad_secret, code) in [
        (key, "not-the-secret", "SignatureDoesNotMatch"),
        ("AKIAUNKNOWN000000000", secret, "InvalidAccessKeyId"),
    ] {
        let bad = TestServer::start_with(gazette_testkit::Backend::Sqlite, |c| {
            c.media = s3_media(&endpoint, bad_key, bad_secret);
        })
        .await;
        let (status, answer) = upload(
            &bad,
            &bad.token,
            multipart(
                &[("alt", "The river at dawn")],
                Some(("dawn.jpg", &jpeg(600, 400, 5))),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{answer}");
        assert_eq!(answer["error"]["code"], "media_storage", "{answer}");
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(
            message.contains(code) && message.contains("secret_access_key"),
            "{message}"
        );
        assert!(
            !message.contains(bad_secret),
            "the secret is never sent back"
        );
        let (_, library) = bad.admin(Method::GET, "/api/v1/admin/media", None).await;
        assert_eq!(library["total"], 0, "no row for a failed upload");
        assert_eq!(list().await, "", "no object for a failed upload");
    }

    // A configuration missing a field stops the server at start-up, naming the field.
    let run = s
        .run_cli(
            env!("CARGO_BIN_EXE_gazette"),
            &["migrate"],
            &format!(
                "[media]\nstorage = \"s3\"\nendpoint = {endpoint:?}\naccess_key_id = \"AKIAX\"\n\
                 secret_access_key = \"x\"\n"
            ),
        )
        .await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stderr.contains("[media]") && run.stderr.contains("bucket"),
        "{}",
        run.stderr
    );
}

//! The admin's media uploads over real HTTP, on SQLite and PostgreSQL: images made here are
//! uploaded through the multipart form, come back resized and without their EXIF, and what is
//! not an image, too large or unsigned by the session's CSRF token is refused, leaving no file.
//! A featured image pasted from the library gets its `srcset` on the public site.

use std::io::Cursor;
use std::path::Path;

use gazette_testkit::admin::AdminClient;
use gazette_testkit::html::{attr, tags};
use gazette_testkit::reqwest::{self, Method, StatusCode, header};
use gazette_testkit::{TestServer, backends};
use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "negatives in the darkroom";
/// Written into the test JPEG's EXIF block; no served file may contain it.
const EXIF_MARKER: &[u8] = b"GazetteTestCamera GPS 51.5N";
const BOUNDARY: &str = "----gazette-test-boundary-7f3a";

async fn sign_in(s: &TestServer) -> AdminClient<'_> {
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .unwrap();
    AdminClient::sign_in(s, EMAIL, PASSWORD, "/admin/media").await
}

/// The media library's upload form, posted as a browser posts it.
trait UploadForm {
    async fn upload(
        &self,
        csrf: Option<&str>,
        name: &str,
        alt: &str,
        bytes: &[u8],
    ) -> reqwest::Response;
}

impl UploadForm for AdminClient<'_> {
    /// Posts the upload form; `csrf` None leaves the token out.
    async fn upload(
        &self,
        csrf: Option<&str>,
        name: &str,
        alt: &str,
        bytes: &[u8],
    ) -> reqwest::Response {
        let mut body = Vec::new();
        let mut text = |name: &str, value: &str| {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            )
        };
        if let Some(csrf) = csrf {
            text("csrf", csrf);
        }
        text("alt", alt);
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
                 Content-Type: image/jpeg\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        self.request(Method::POST, "/admin/media")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

/// A JPEG of `w`×`h` with an EXIF APP1 segment inserted by hand right after SOI.
fn jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 120]));
    let mut plain = Vec::new();
    img.write_to(&mut Cursor::new(&mut plain), ImageFormat::Jpeg)
        .unwrap();
    // "Exif\0\0", then a big-endian TIFF header whose first IFD has no entries, then the marker.
    let mut payload = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    payload.extend_from_slice(EXIF_MARKER);
    let len = u16::try_from(payload.len() + 2).unwrap();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&plain[2..]);
    out
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = RgbaImage::from_fn(w, h, |x, y| {
        Rgba([40, (x % 256) as u8, (y % 256) as u8, 200])
    });
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .unwrap();
    out
}

/// Every file under the media directory.
fn media_files(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                found.push(p.display().to_string());
            }
        }
    }
    found.sort();
    found
}

/// The `srcset` of the library's image `id`: its `(path, width)` pairs.
fn srcset_of(html: &str, id: &str) -> Vec<(String, u32)> {
    let start = html
        .find(&format!("data-media=\"{id}\""))
        .expect("the image is in the library");
    let img = tags(&html[start..], "img")[0];
    attr(img, "srcset")
        .expect("a srcset")
        .split(", ")
        .map(|entry| {
            let (path, w) = entry.split_once(' ').unwrap();
            (path.to_owned(), w.trim_end_matches('w').parse().unwrap())
        })
        .collect()
}

fn uploaded_id(res: &reqwest::Response) -> String {
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = res.headers()[header::LOCATION].to_str().unwrap();
    let query = location.strip_prefix("/admin/media?uploaded=").unwrap();
    query.split('&').next().unwrap().to_owned()
}

#[tokio::test]
async fn uploads_are_resized_stripped_served_and_deduplicated() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let a = sign_in(&s).await;
        let media_dir = s.app.config().media_dir();

        let jpeg = jpeg_with_exif(1200, 800);
        assert!(jpeg.windows(EXIF_MARKER.len()).any(|w| w == EXIF_MARKER));
        let res = a
            .upload(
                Some(&a.csrf),
                "harbour.jpg",
                "Boats in the harbour at dusk",
                &jpeg,
            )
            .await;
        let id = uploaded_id(&res);
        let (_, html) = a.get(&format!("/admin/media?uploaded={id}")).await;
        assert!(html.contains("Uploaded."), "{ctx}");
        let sizes = srcset_of(&html, &id);
        assert_eq!(
            sizes.iter().map(|(_, w)| *w).collect::<Vec<_>>(),
            vec![480, 960, 1200],
            "{ctx}: never upscaled"
        );
        // The copy field holds the widest size's path.
        assert!(
            html.contains(&format!("value=\"{}\" readonly", sizes[2].0)),
            "{ctx}"
        );
        assert!(
            html.contains("alt=\"Boats in the harbour at dusk\""),
            "{ctx}"
        );
        for (path, width) in &sizes {
            assert!(path.starts_with("/media/20") && path.ends_with(&format!("-{width}.jpg")));
            let res = s.get(path).await;
            assert_eq!(res.status(), StatusCode::OK, "{ctx}: {path}");
            assert_eq!(res.headers()[header::CONTENT_TYPE], "image/jpeg", "{ctx}");
            let bytes = res.bytes().await.unwrap();
            assert!(
                !bytes.windows(EXIF_MARKER.len()).any(|w| w == EXIF_MARKER)
                    && !bytes.windows(6).any(|w| w == b"Exif\0\0"),
                "{ctx}: {path} still carries EXIF"
            );
            let decoded = image::load_from_memory(&bytes).unwrap();
            assert_eq!(decoded.width(), *width, "{ctx}");
            assert_eq!(decoded.height(), width * 800 / 1200, "{ctx}");
        }

        // Pasted as a featured image, the widest size brings its narrower ones to readers.
        let article = s
            .add_published(serde_json::json!({
                "title": "Night fishing resumes",
                "body": "The fleet went out again on Monday.",
                "image": {"src": sizes[2].0, "alt": "Boats in the harbour at dusk"}
            }))
            .await;
        let expected_srcset = sizes
            .iter()
            .map(|(p, w)| format!("{p} {w}w"))
            .collect::<Vec<_>>()
            .join(", ");
        let (status, page) = s
            .page(&format!("/{}", article["slug"].as_str().unwrap()))
            .await;
        assert_eq!(status, 200, "{ctx}");
        let lead = tags(&page, "img")
            .into_iter()
            .find(|t| attr(t, "src") == Some(sizes[2].0.as_str()))
            .expect("the lead image");
        assert_eq!(
            attr(lead, "srcset"),
            Some(expected_srcset.as_str()),
            "{ctx}"
        );
        assert!(attr(lead, "sizes").is_some(), "{ctx}");
        let (_, home) = s.page("/").await;
        let card = tags(&home, "img")
            .into_iter()
            .find(|t| attr(t, "class") == Some("card-image"))
            .expect("the card's image");
        assert_eq!(
            attr(card, "srcset"),
            Some(expected_srcset.as_str()),
            "{ctx}"
        );

        let res = a
            .upload(
                Some(&a.csrf),
                "chart.png",
                "A bar chart of ferry crossings",
                &png(700, 500),
            )
            .await;
        let png_id = uploaded_id(&res);
        let (_, html) = a.get("/admin/media").await;
        let png_sizes = srcset_of(&html, &png_id);
        assert_eq!(
            png_sizes.iter().map(|(_, w)| *w).collect::<Vec<_>>(),
            vec![480, 700]
        );
        let res = s.get(&png_sizes[0].0).await;
        assert_eq!(res.headers()[header::CONTENT_TYPE], "image/png", "{ctx}");
        // Newest first.
        assert!(
            html.find(&format!("data-media=\"{png_id}\"")).unwrap()
                < html.find(&format!("data-media=\"{id}\"")).unwrap(),
            "{ctx}"
        );

        // The same bytes again: the same image, nothing new stored.
        let files = media_files(&media_dir);
        assert_eq!(files.len(), 5, "{ctx}: {files:?}");
        let res = a
            .upload(Some(&a.csrf), "copy-of-harbour.jpg", "Again", &jpeg)
            .await;
        assert!(
            res.headers()[header::LOCATION]
                .to_str()
                .unwrap()
                .ends_with("&dedup=1"),
            "{ctx}"
        );
        assert_eq!(uploaded_id(&res), id, "{ctx}");
        assert_eq!(media_files(&media_dir), files, "{ctx}");
        let (_, html) = a.get("/admin/media").await;
        assert_eq!(html.matches("data-media=").count(), 2, "{ctx}");
    }
}

#[tokio::test]
async fn refuses_what_is_not_an_image_too_large_or_unsigned() {
    for backend in backends().await {
        let ctx = format!("{backend:?}");
        let s = TestServer::start(backend).await;
        let a = sign_in(&s).await;
        let media_dir = s.app.config().media_dir();

        // A text file named like a JPEG.
        let res = a
            .upload(
                Some(&a.csrf),
                "notes.jpg",
                "Notes",
                b"Minutes of the council meeting\n",
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        let html = res.text().await.unwrap();
        assert!(html.contains("id=\"file-error\""), "{ctx}: {html}");
        assert!(html.contains("not a JPEG, PNG, WebP or GIF image"), "{ctx}");
        assert!(
            html.contains("value=\"Notes\""),
            "{ctx}: the alt text typed is kept"
        );

        // Too many bytes (under the route's body limit, over the service's).
        let mut big = png(4, 4);
        big.resize(13 * 1024 * 1024, 0);
        let res = a.upload(Some(&a.csrf), "huge.png", "Huge", &big).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("the largest accepted is 12 MiB"),
            "{ctx}"
        );

        // Past the route's body limit the form is not read to the end, and says why.
        big.resize(16 * 1024 * 1024, 0);
        let res = a.upload(Some(&a.csrf), "huger.png", "Huger", &big).await;
        assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE, "{ctx}");
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("The file is larger than 12 MiB"),
            "{ctx}"
        );

        // Too many pixels, in a small file.
        let res = a
            .upload(Some(&a.csrf), "strip.png", "A strip", &png(12_001, 1))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            res.text().await.unwrap().contains("12001×1 pixels"),
            "{ctx}"
        );

        // No alt text.
        let res = a.upload(Some(&a.csrf), "a.png", "  ", &png(10, 10)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(
            res.text().await.unwrap().contains("id=\"alt-error\""),
            "{ctx}"
        );

        // Without the session's CSRF token, or with another.
        let res = a.upload(None, "a.png", "A square", &png(10, 10)).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");
        let res = a
            .upload(Some("forged"), "a.png", "A square", &png(10, 10))
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{ctx}");

        assert_eq!(media_files(&media_dir), Vec::<String>::new(), "{ctx}");
        let (_, html) = a.get("/admin/media").await;
        assert!(html.contains("No images yet"), "{ctx}");
    }
}

/// Images in the body: a library image written as Markdown with a title is a figure with its
/// caption and credit on the public page, with every size in its `srcset`. The library edits an
/// image's description, and refuses to delete an image an article shows, naming the article
/// with a link to it; once no article shows it, it goes.
#[tokio::test]
async fn body_images_become_figures_and_an_image_in_use_is_not_deleted() {
    for backend in backends().await {
        let s = TestServer::start(backend).await;
        let ctx = format!("{backend:?}");
        let e = sign_in(&s).await;
        let (_, html) = e.get("/admin/media").await;
        let csrf = gazette_testkit::admin::csrf_field(&html);
        let res = e
            .upload(Some(&csrf), "quay.png", "The quay at dusk", &png(1300, 800))
            .await;
        let id = uploaded_id(&res);
        let (_, html) = e.get("/admin/media").await;
        let widest = srcset_of(&html, &id).last().unwrap().0.clone();

        // The description is edited in the library.
        let (status, location, _) = e
            .post(
                &format!("/admin/media/{id}/alt"),
                &[("alt", "Lamps along the quay at dusk")],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = e.get(&location).await;
        assert!(html.contains("Description saved"), "{ctx}");
        assert!(
            html.contains("value=\"Lamps along the quay at dusk\""),
            "{ctx}"
        );
        let (status, _, html) = e
            .post(&format!("/admin/media/{id}/alt"), &[("alt", "  ")])
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{ctx}");
        assert!(html.contains(&format!("id=\"media-error-{id}\"")), "{ctx}");
        assert!(html.contains("Describe the image"), "{ctx}: {html}");

        // In the body with a caption and a credit: a figure, with its sizes.
        let body = format!(
            "The lamps were lit on Friday.\n\n![Lamps along the quay]({widest} \"The north quay at dusk | Photo: Ana Ruiz\")\n\nThey stay on until dawn."
        );
        let (status, article) = s
            .admin(
                Method::POST,
                "/api/v1/admin/articles",
                Some(serde_json::json!({"title": "Lamps relit", "slug": "lamps-relit", "body": body})),
            )
            .await;
        assert_eq!(status, 201, "{ctx}: {article}");
        let article_id = article["id"].as_i64().unwrap();
        s.admin(
            Method::POST,
            &format!("/api/v1/admin/articles/{article_id}/publish"),
            None,
        )
        .await;
        let page = s.get("/lamps-relit").await.text().await.unwrap();
        let figure = &page[page.find("<figure><img").expect("a figure in the body")..];
        let img = tags(figure, "img")[0];
        assert_eq!(attr(img, "src"), Some(widest.as_str()), "{ctx}");
        assert_eq!(attr(img, "alt"), Some("Lamps along the quay"), "{ctx}");
        let srcset = attr(img, "srcset").expect("a srcset");
        assert_eq!(srcset.split(", ").count(), 3, "{ctx}: {srcset}");
        assert!(
            figure.contains(
                "<figcaption>The north quay at dusk <small>Photo: Ana Ruiz</small></figcaption>"
            ),
            "{ctx}"
        );

        // Deleting it now is refused, naming and linking the article; nothing is removed.
        let (status, _, html) = e.post(&format!("/admin/media/{id}/delete"), &[]).await;
        assert_eq!(status, StatusCode::CONFLICT, "{ctx}");
        assert!(
            html.contains("The image is used by 1 article: \u{201c}Lamps relit\u{201d}"),
            "{ctx}: {html}"
        );
        assert!(
            html.contains(&format!(
                "<a href=\"/admin/articles/{article_id}\">Lamps relit</a>"
            )),
            "{ctx}"
        );
        assert_eq!(s.get(&widest).await.status(), StatusCode::OK, "{ctx}");

        // Without the image in the article it is deleted, every size with it.
        let (status, _) = s
            .admin(
                Method::PATCH,
                &format!("/api/v1/admin/articles/{article_id}"),
                Some(serde_json::json!({"body": "The lamps were lit on Friday."})),
            )
            .await;
        assert_eq!(status, 200, "{ctx}");
        let (status, location, _) = e.post(&format!("/admin/media/{id}/delete"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{ctx}");
        let (_, html) = e.get(&location).await;
        assert!(html.contains("Image deleted"), "{ctx}");
        assert_eq!(
            s.get(&widest).await.status(),
            StatusCode::NOT_FOUND,
            "{ctx}"
        );
    }
}

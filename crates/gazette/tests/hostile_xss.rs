//! Hostile text, XSS part (issue 12, item 6): the vectors in `fixtures/xss_vectors.txt` (the
//! kinds of the OWASP XSS Filter Evasion Cheat Sheet, written for these tests) pushed through
//! every way text enters Gazette, and every page that then shows it loaded in Chromium.
//!
//! Each payload, if it ran, would set `xssFired` on its window and the top one; each page is checked after it has loaded and painted for that marker, and also for
//! script that is armed but waits for a click or a focus: an event-handler attribute on any
//! element, a `javascript:`/`vbscript:`/`data:` address where it would be followed, a frame,
//! plugin, `<base>` or refresh, an SVG animation of a link, a script element that is not the
//! site's own. Every HTTP answer on the way, API and page alike, must not be a 5xx. A refusal
//! (4xx) is fine: refusing hostile text is one way of being safe.
//!
//! Entry points, each its own test on its own server: article bodies (Markdown and HTML) and the
//! article's other fields with the names of the authors, regions, themes, reports and sources it
//! is filed under; site settings; newsletters (introductions, subjects, names); search queries
//! and addresses; admin form fields echoed back by a refusal; a partner's page imported from its
//! address; a partner's feed; WordPress and Ghost exports; translation engines' answers.
//!
//! Where each vector needs a parse of its own (bodies and other sanitised HTML), each gets its
//! own page; where text is only ever escaped (names, settings, form fields), vectors are packed a
//! few to a value, the ones that leave something unclosed last. Public pages are loaded a dozen
//! at a time, each in a frame of its own on one harness page (a frame is a document of its own,
//! and the marker names the window it ran in); the admin, which refuses to be framed, and the
//! answers to submitted forms are loaded in the window itself. A control at the start of each
//! test checks that the inspection sees a payload run when one does.
//!
//! Chromium is optional as in the other browser tests: without it the HTTP half still runs and
//! the browser half is skipped with a message; `GAZETTE_REQUIRE_BROWSER=1` makes that a failure.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use gazette_testkit::admin::AdminClient;
use gazette_testkit::browser::Browser;
use gazette_testkit::libretranslate::{LibreTranslate, Mode};
use gazette_testkit::partner::PartnerSite;
use gazette_testkit::reqwest::Method;
use gazette_testkit::{Backend, TestServer};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const EMAIL: &str = "admin@test.example";
const PASSWORD: &str = "hostile text on the wire";

/// What every payload runs if it gets the chance: no quotes and no spaces, so it survives any
/// attribute or URL it is put in. It marks its own window and the top one, so a page loaded in
/// a frame of the batch harness (see [`BATCH`]) is told apart from its neighbours.
const MARKER: &str = "void(top.xssFired=self.xssFired=1)";

// --- the vectors ------------------------------------------------------------------------------

/// One line of the fixture, its placeholders expanded.
#[derive(Debug, Clone)]
struct Vector {
    /// 1-based, in file order.
    n: usize,
    label: String,
    payload: String,
}

impl Vector {
    fn name(&self) -> String {
        format!("vector {} ({})", self.n, self.label)
    }
}

fn vectors() -> Vec<Vector> {
    let text = include_str!("fixtures/xss_vectors.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(i, line)| {
            let (label, raw) = line
                .split_once(" :: ")
                .unwrap_or_else(|| panic!("not `label :: payload`: {line}"));
            assert!(
                [
                    "XSS()",
                    "XSS_DEC()",
                    "XSS_HEX()",
                    "XSS_CHARCODE()",
                    "XSS_URLENC()",
                    "XSS_B64()"
                ]
                .iter()
                .any(|p| raw.contains(p)),
                "{label} would set no marker: {raw}"
            );
            Vector {
                n: i + 1,
                label: label.trim().to_owned(),
                payload: expand(raw),
            }
        })
        .collect()
}

fn script_marker() -> String {
    format!("<script>{MARKER}</script>")
}

fn expand(raw: &str) -> String {
    let decimal: String = MARKER.chars().map(|c| format!("&#{};", c as u32)).collect();
    let hex: String = MARKER
        .chars()
        .map(|c| format!("&#x{:x};", c as u32))
        .collect();
    let codes: Vec<String> = MARKER.chars().map(|c| (c as u32).to_string()).collect();
    let charcode = format!("eval(String.fromCharCode({}))", codes.join(","));
    let urlenc: String = MARKER.bytes().map(|b| format!("%{b:02X}")).collect();
    let mut out = raw
        .replace("XSS_DEC()", &decimal)
        .replace("XSS_HEX()", &hex)
        .replace("XSS_CHARCODE()", &charcode)
        .replace("XSS_URLENC()", &urlenc)
        .replace("XSS_B64()", &b64(&script_marker()))
        .replace("XSS()", MARKER);
    while let Some(start) = out.find("{U+") {
        let len = out[start..].find('}').expect("a closing brace") + 1;
        let code = u32::from_str_radix(&out[start + 3..start + len - 1], 16)
            .expect("{U+XXXX} is hexadecimal");
        let c = char::from_u32(code).expect("a character");
        out.replace_range(start..start + len, &c.to_string());
    }
    out
}

fn b64(text: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The vectors packed a few to a string of at most `max` characters, in file order (so the
/// unclosed ones, last in the file, end their pack), each pack with the vectors it holds.
fn packs(vectors: &[Vector], max: usize) -> Vec<(String, Vec<&Vector>)> {
    let mut out: Vec<(String, Vec<&Vector>)> = Vec::new();
    for v in vectors {
        let fits = out
            .last()
            .is_some_and(|(text, _)| text.chars().count() + 1 + v.payload.chars().count() <= max);
        match out.last_mut() {
            Some((text, members)) if fits => {
                text.push(' ');
                text.push_str(&v.payload);
                members.push(v);
            }
            _ => out.push((v.payload.clone(), vec![v])),
        }
    }
    out
}

fn pack_name(members: &[&Vector]) -> String {
    let first = members.first().expect("a pack has a vector").n;
    let last = members.last().expect("a pack has a vector").n;
    if first == last {
        format!("vector {first}")
    } else {
        format!("vectors {first}–{last}")
    }
}

/// Characters XML 1.0 cannot carry at all (feeds and WordPress exports leave such vectors out).
fn xml_can_carry(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    })
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

// --- the server and the checks ----------------------------------------------------------------

async fn server(adjust: impl FnOnce(&mut gazette_app::Config)) -> TestServer {
    let s = TestServer::start_with(Backend::Sqlite, |c| {
        c.syndication.allow_private = vec!["127.0.0.1/32".into()];
        // The suite submits the public subscribe form once per pack of vectors.
        c.newsletter.subscribe_per_ip_per_hour = 10_000;
        adjust(c);
    })
    .await;
    s.app
        .sessions()
        .set_password(EMAIL, PASSWORD)
        .await
        .expect("the administrator gets a password");
    s
}

/// What the page looked like to the browser once it had loaded and painted.
#[derive(Debug)]
struct Seen {
    fired: bool,
    url: String,
    status: u64,
    text: String,
    armed: Vec<String>,
}

impl Seen {
    fn read(v: &Value) -> Option<Seen> {
        Some(Seen {
            fired: v["fired"].as_bool()?,
            url: v["url"].as_str()?.to_owned(),
            status: v["status"].as_u64()?,
            text: v["text"].as_str().unwrap_or_default().to_owned(),
            armed: v["armed"]
                .as_array()?
                .iter()
                .filter_map(|a| a.as_str().map(str::to_owned))
                .collect(),
        })
    }
}

/// What is checked of a page (a window) once it has loaded: the marker, and whatever script
/// lies in wait in it and its same-origin frames. Shared by [`INSPECT`] and [`BATCH`].
const INSPECT_WINDOW: &str = r#"
const inspectWindow = (win) => {
  const armed = [];
  const show = (el) => el.outerHTML.slice(0, 200).replace(/\s+/g, ' ');
  const docs = [win.document];
  for (const f of win.document.querySelectorAll('iframe, frame')) {
    try { if (f.contentDocument) docs.push(f.contentDocument); } catch (e) {}
  }
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'background', 'lowsrc',
    'dynsrc', 'codebase'];
  for (const doc of docs) {
    for (const el of doc.querySelectorAll('*')) {
      const tag = el.localName.toLowerCase();
      if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag)) {
        armed.push('a <' + tag + '> element: ' + show(el));
      }
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) {
        armed.push('a refresh: ' + show(el));
      }
      if (tag === 'script') {
        const src = el.getAttribute('src');
        const type = (el.getAttribute('type') || '').toLowerCase();
        let own = false;
        if (src !== null) {
          try {
            const u = new URL(src, doc.baseURI);
            own = u.origin === win.location.origin && /^\/(static|admin)\//.test(u.pathname);
          } catch (e) {}
        } else if (type === 'application/ld+json') {
          try { JSON.parse(el.textContent); own = true; } catch (e) {}
        }
        if (!own) armed.push('a script that is not the site\'s: ' + show(el));
      }
      if (['animate', 'set', 'animatemotion', 'animatetransform'].includes(tag)) {
        const target = (el.getAttribute('attributeName') || '').toLowerCase();
        if (target.includes('href') || target.startsWith('on')) {
          armed.push('an animation of ' + target + ': ' + show(el));
        }
      }
      for (const name of el.getAttributeNames()) {
        const lower = name.toLowerCase();
        const value = el.getAttribute(name);
        if (lower.startsWith('on')) {
          armed.push('an event handler ' + name + ' on <' + tag + '>: ' + show(el));
        } else if (lower === 'srcdoc') {
          armed.push('a srcdoc on <' + tag + '>: ' + show(el));
        } else if (urlAttributes.includes(lower) || lower.endsWith(':href')) {
          let protocol;
          try { protocol = new URL(value, doc.baseURI).protocol; } catch (e) { continue; }
          const image = tag === 'img' && lower === 'src';
          if (protocol === 'javascript:' || protocol === 'vbscript:'
              || (protocol === 'data:' && !image)) {
            armed.push('a ' + protocol + ' address in ' + name + ' of <' + tag + '>: ' + show(el));
          }
        }
      }
    }
  }
  const nav = win.performance.getEntriesByType('navigation')[0];
  const body = win.document.body;
  return {
    fired: win.xssFired !== undefined,
    url: win.location.href,
    status: (nav && nav.responseStatus) || 0,
    text: body ? body.innerText.slice(0, 300) : '',
    armed: armed,
  };
};
"#;

/// Inspects the page in the browser's window once a frame has been painted after its load
/// (for handlers fired by `load`, `toggle`, animations starting).
const INSPECT: &str = r#"
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => setTimeout(() => done(inspectWindow(window)), 0));
"#;

/// Loads many pages at once, each in a frame of its own (its own document and parse), and
/// inspects each once all have loaded. `top` says whether any script reached the harness page
/// itself (a payload in a nested frame of a page marks only the top window).
const BATCH: &str = r#"
const [urls, done] = [arguments[0], arguments[arguments.length - 1]];
document.documentElement.innerHTML = '<body></body>';
let pending = urls.length;
const frames = urls.map((url) => {
  const f = document.createElement('iframe');
  f.style.cssText = 'width:300px;height:200px;border:0;margin:1px';
  f.dataset.loaded = '';
  f.addEventListener('load', () => {
    if (f.dataset.loaded) return;
    f.dataset.loaded = '1';
    if (--pending === 0) requestAnimationFrame(() => setTimeout(finish, 0));
  });
  f.src = url;
  document.body.appendChild(f);
  return f;
});
let finished = false;
const finish = () => {
  if (finished) return;
  finished = true;
  const results = frames.map((f) => {
    if (!f.dataset.loaded) return {missing: 'did not load within 20 s'};
    try { return inspectWindow(f.contentWindow); } catch (e) { return {missing: String(e)}; }
  });
  done({top: window.xssFired !== undefined, results: results});
};
setTimeout(finish, 20000);
"#;

/// Pages loaded side by side by one [`BATCH`].
const BATCH_SIZE: usize = 12;

/// A script for `execute_async` with [`INSPECT_WINDOW`] in scope.
fn script(body: &str) -> String {
    format!("{INSPECT_WINDOW}\n{body}")
}

/// Builds a POST form with the page's CSRF token and the given fields, and submits it.
const SUBMIT: &str = r#"
const [action, fields] = arguments;
const form = document.createElement('form');
form.method = 'post';
form.action = action;
const csrf = document.querySelector('input[name=csrf]');
if (csrf) fields.unshift(['csrf', csrf.value]);
for (const [name, value] of fields) {
  const field = document.createElement('textarea');
  field.name = name;
  field.value = value;
  form.appendChild(field);
}
document.body.appendChild(form);
window.leavingForTheForm = true;
form.submit();
"#;

/// Every page and answer of one test, checked as it comes; the findings are reported together
/// at the end, so one run names every vector that got through.
struct Check<'a> {
    s: &'a TestServer,
    admin: AdminClient<'a>,
    browser: Option<Browser>,
    findings: Vec<String>,
    /// Pages waiting to be loaded in the browser: what they show, and their path.
    queue: Vec<(String, String)>,
    pages: usize,
    answers: usize,
    refusals: Vec<String>,
    started: Instant,
}

impl<'a> Check<'a> {
    async fn new(s: &'a TestServer) -> Check<'a> {
        let admin = AdminClient::sign_in(s, EMAIL, PASSWORD, "/admin/articles").await;
        let browser = Browser::start().await;
        if let Some(b) = &browser {
            b.goto(&s.url("/admin/sign-in?next=/admin/articles")).await;
            b.fill("#email", EMAIL).await;
            b.fill("#password", PASSWORD).await;
            b.click("button[type=submit]").await;
            b.wait_for("#q").await;
            control(b).await;
        }
        Check {
            s,
            admin,
            browser,
            findings: Vec::new(),
            queue: Vec::new(),
            pages: 0,
            answers: 0,
            refusals: Vec::new(),
            started: Instant::now(),
        }
    }

    /// An HTTP answer on the way: a 5xx is a finding, a 4xx is noted as a refusal.
    fn answer(&mut self, what: &str, status: u16, body: &dyn std::fmt::Display) {
        self.answers += 1;
        if status >= 500 && !upstream_failure(what, status) {
            let body = body.to_string();
            self.findings.push(format!(
                "{what}: HTTP {status}: {}",
                body.chars().take(300).collect::<String>()
            ));
        } else if status >= 400 {
            let body = body.to_string();
            self.refusals.push(format!(
                "{what}: {status} {}",
                body.chars()
                    .take(160)
                    .collect::<String>()
                    .replace('\n', " ")
            ));
        }
    }

    /// An Admin API call; the answer is checked and handed back.
    async fn api(
        &mut self,
        what: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let (status, out) = self.s.admin(method.clone(), path, body).await;
        self.answer(&format!("{what}: {method} {path}"), status, &out);
        (status, out)
    }

    /// An Admin API call whose hostile fields may be refused one by one: each field the server
    /// names in a 422 is given `plain` instead and the call made again. Returns the final answer
    /// and the fields that were refused.
    async fn api_lenient(
        &mut self,
        what: &str,
        method: Method,
        path: &str,
        mut body: Value,
        plain: impl Fn(&str) -> Value,
    ) -> (u16, Value, Vec<String>) {
        let mut refused = Vec::new();
        loop {
            let (status, out) = self
                .api(what, method.clone(), path, Some(body.clone()))
                .await;
            if status != 422 || refused.len() > 12 {
                return (status, out, refused);
            }
            let Some(field) = out["error"]["field"].as_str().map(str::to_owned) else {
                return (status, out, refused);
            };
            let Some(slot) = field_slot(&mut body, &field) else {
                return (status, out, refused);
            };
            let replacement = plain(&field);
            if *slot == replacement {
                return (status, out, refused);
            }
            *slot = replacement;
            refused.push(field);
        }
    }

    /// A public page: loaded in the browser, which reports its status too; fetched over HTTP
    /// where there is no browser.
    async fn page(&mut self, what: impl AsRef<str>, path: &str) {
        if self.browser.is_some() {
            self.visit(what.as_ref(), path).await;
        } else {
            self.http(what, path).await;
        }
    }

    /// A public page over HTTP only, for its status: where the vector shows only escaped, a
    /// browser load per pack of vectors is enough, but each vector alone must not break it.
    async fn http(&mut self, what: impl AsRef<str>, path: &str) {
        let (status, body) = self.s.page(path).await;
        self.answer(&format!("{}: GET {path}", what.as_ref()), status, &body);
    }

    /// An admin page, as the signed-in administrator.
    async fn admin_page(&mut self, what: impl AsRef<str>, path: &str) {
        // The admin refuses to be framed, so its pages are loaded alone.
        if self.browser.is_some() {
            self.flush().await;
            self.alone(what.as_ref(), path).await;
            return;
        }
        let (status, body) = self.admin.get(path).await;
        self.answer(
            &format!("{}: GET {path} (signed in)", what.as_ref()),
            status.as_u16(),
            &body,
        );
    }

    /// Queues the page for the browser; pages are loaded [`BATCH_SIZE`] at a time.
    async fn visit(&mut self, what: &str, path: &str) {
        self.queue.push((what.to_owned(), path.to_owned()));
        if self.queue.len() >= BATCH_SIZE {
            self.flush().await;
        }
    }

    /// Loads the queued pages side by side in frames of one harness page and records what
    /// each showed. A page that did not load in a frame (framing refused, too slow), or a
    /// batch whose harness was marked by a script no frame owns up to, is loaded again alone.
    async fn flush(&mut self) {
        let batch = std::mem::take(&mut self.queue);
        let Some(browser) = &self.browser else { return };
        if batch.is_empty() {
            return;
        }
        let urls: Vec<Value> = batch.iter().map(|(_, p)| json!(self.s.url(p))).collect();
        let loaded = match browser.client().goto(&self.s.url("/healthz")).await {
            Ok(()) => browser
                .client()
                .execute_async(&script(BATCH), vec![Value::Array(urls)])
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        let out = match loaded {
            Ok(out) => out,
            Err(e) => {
                dismiss_alert(browser).await;
                self.findings.push(format!(
                    "a batch of pages could not be inspected ({e}); loading each alone"
                ));
                for (what, path) in batch {
                    self.alone(&what, &path).await;
                }
                return;
            }
        };
        let results = out["results"].as_array().cloned().unwrap_or_default();
        let mut owned_up = false;
        let mut again = Vec::new();
        for (i, (what, path)) in batch.iter().enumerate() {
            match results.get(i).and_then(Seen::read) {
                Some(seen) => {
                    self.pages += 1;
                    owned_up |= seen.fired;
                    self.record(what, path, seen);
                }
                None => again.push((what.clone(), path.clone())),
            }
        }
        if out["top"] == json!(true) && !owned_up {
            again = batch;
        }
        for (what, path) in again {
            self.alone(&what, &path).await;
        }
    }

    /// Loads one page in the browser's own window and records what it showed.
    async fn alone(&mut self, what: &str, path: &str) {
        let Some(browser) = &self.browser else { return };
        let url = self.s.url(path);
        self.pages += 1;
        if let Err(e) = browser.client().goto(&url).await {
            self.findings
                .push(format!("{what}: the browser could not open {path}: {e}"));
            dismiss_alert(browser).await;
            return;
        }
        self.inspect(what, path).await;
    }

    /// Opens `form_page` in the browser and submits a form to `action` with `fields` (and the
    /// page's CSRF token), as the form on that page would; then checks the page that comes back.
    /// Without a browser the form is posted over HTTP, for its status.
    async fn submit(
        &mut self,
        what: &str,
        form_page: &str,
        action: &str,
        fields: &[(&str, String)],
    ) {
        let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if self.browser.is_none() {
            let (status, _, body) = if action.starts_with("/admin") {
                self.admin.post(action, &form).await
            } else {
                let res = self
                    .s
                    .client
                    .post(self.s.url(action))
                    .form(&form)
                    .send()
                    .await
                    .expect("the server answers");
                let status = res.status();
                (status, String::new(), res.text().await.unwrap_or_default())
            };
            self.answer(&format!("{what}: POST {action}"), status.as_u16(), &body);
            return;
        }
        self.flush().await;
        let Some(browser) = &self.browser else { return };
        if let Err(e) = browser.client().goto(&self.s.url(form_page)).await {
            self.findings.push(format!(
                "{what}: the browser could not open {form_page}: {e}"
            ));
            return;
        }
        let fields: Vec<Value> = fields.iter().map(|(k, v)| json!([k, v])).collect();
        if let Err(e) = browser
            .client()
            .execute(SUBMIT, vec![json!(action), Value::Array(fields)])
            .await
        {
            self.findings.push(format!(
                "{what}: the form to {action} was not submitted: {e}"
            ));
            return;
        }
        // The form's answer has replaced the page once the flag set before submitting is gone.
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let arrived = browser
                .client()
                .execute(
                    "return window.leavingForTheForm === undefined && document.readyState === 'complete'",
                    vec![],
                )
                .await;
            if matches!(arrived, Ok(Value::Bool(true))) {
                break;
            }
            if Instant::now() > deadline {
                self.findings.push(format!(
                    "{what}: no answer to the form to {action} within 15 s"
                ));
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.pages += 1;
        self.inspect(what, action).await;
    }

    async fn inspect(&mut self, what: &str, path: &str) {
        let Some(browser) = &self.browser else { return };
        let seen = match browser
            .client()
            .execute_async(&script(INSPECT), vec![])
            .await
        {
            Ok(v) => Seen::read(&v).ok_or(v),
            Err(e) => {
                self.findings
                    .push(format!("{what}: {path} could not be inspected: {e}"));
                dismiss_alert(browser).await;
                return;
            }
        };
        match seen {
            Ok(seen) => self.record(what, path, seen),
            Err(v) => self
                .findings
                .push(format!("{what}: {path}: unreadable report: {v}")),
        }
    }

    fn record(&mut self, what: &str, path: &str, seen: Seen) {
        if seen.fired {
            self.findings.push(format!("{what}: SCRIPT RAN on {path}"));
        }
        if seen.status >= 500
            && !upstream_failure(path, u16::try_from(seen.status).unwrap_or(u16::MAX))
        {
            self.findings.push(format!(
                "{what}: {path} answered the browser {}: {}",
                seen.status,
                seen.text.replace('\n', " ")
            ));
        }
        // A redirect within the site is fine; a page that sends the reader elsewhere is not.
        if !seen.url.starts_with(&format!("{}/", self.s.base)) {
            self.findings
                .push(format!("{what}: {path} sent the browser to {}", seen.url));
        }
        for armed in seen.armed {
            self.findings
                .push(format!("{what}: {path} carries {armed}"));
        }
    }

    /// Reports what was checked and fails with every finding.
    async fn finish(mut self, test: &str) {
        self.flush().await;
        let Check {
            browser,
            findings,
            pages,
            answers,
            refusals,
            started,
            ..
        } = self;
        let mut summary = format!(
            "{test}: {answers} HTTP answers, {pages} pages loaded in Chromium{}, {} refusals, {:.1} s",
            if browser.is_none() {
                " (browser skipped)"
            } else {
                ""
            },
            refusals.len(),
            started.elapsed().as_secs_f64()
        );
        for r in refusals.iter().take(5) {
            let _ = write!(summary, "\n  refused (fine): {r}");
        }
        if refusals.len() > 5 {
            let _ = write!(summary, "\n  … and {} more refusals", refusals.len() - 5);
        }
        // Straight to the stream: libtest keeps a passing test's eprintln! output to itself.
        let _ =
            std::io::Write::write_all(&mut std::io::stderr(), format!("{summary}\n").as_bytes());
        drop(browser);
        let mut findings = findings;
        // A page with the same armed element several times (title, standfirst, body) says so once.
        let mut seen = std::collections::HashSet::new();
        findings.retain(|f| seen.insert(f.clone()));
        assert!(
            findings.is_empty(),
            "{test}: {} findings:\n{}",
            findings.len(),
            findings.join("\n")
        );
    }
}

/// The control: the inspection must see a payload run and a handler lie in wait when there is
/// one, or every "no script ran" below would prove nothing. A few vectors are put into a blank
/// page (inserted HTML runs handlers, not `<script>`), then inspected. Not a page of the site:
/// its Content-Security-Policy refuses inline handlers, which is what the control needs to run.
async fn control(b: &Browser) {
    let vs = vectors();
    let hostile: String = vs
        .iter()
        .filter(|v| {
            [
                "img-onerror",
                "img-onerror-charcode",
                "img-onerror-hex-refs",
                "href-tab-ref-in-scheme",
            ]
            .contains(&v.label.as_str())
        })
        .map(|v| v.payload.clone())
        .collect();
    b.goto("about:blank").await;
    b.client()
        .execute(
            "document.body.insertAdjacentHTML('beforeend', arguments[0])",
            vec![json!(hostile)],
        )
        .await
        .expect("the control's HTML is inserted");
    // The images fail to load asynchronously; give their handlers a moment.
    let mut fired = json!(false);
    for _ in 0..100 {
        fired = b
            .client()
            .execute("return window.xssFired !== undefined", vec![])
            .await
            .expect("the marker is read");
        if fired == json!(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let seen = b
        .client()
        .execute_async(&script(INSPECT), vec![])
        .await
        .ok()
        .and_then(|v| Seen::read(&v))
        .expect("the control page is inspected");
    assert!(
        fired == json!(true) && seen.fired,
        "the control payloads did not set the marker: {seen:?}"
    );
    assert!(
        seen.armed.iter().any(|a| a.contains("onerror"))
            && seen.armed.iter().any(|a| a.contains("javascript:")),
        "the inspection misses a handler or a script address: {seen:?}"
    );
}

/// Importing from an address that does not answer (the test machine resolves no outside
/// names) is answered 502 or 504 by design, naming the partner's failure: not a server error.
fn upstream_failure(what: &str, status: u16) -> bool {
    matches!(status, 502 | 504)
        && (what.contains("/admin/imports") || what.contains("/api/v1/admin/imports"))
}

async fn dismiss_alert(browser: &Browser) {
    let _ = browser.client().dismiss_alert().await;
}

/// The JSON value at a field path as the API names it (`title`, `original.url`, `social[0].url`).
fn field_slot<'v>(body: &'v mut Value, field: &str) -> Option<&'v mut Value> {
    let mut at = body;
    for part in field.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        at = at.get_mut(name)?;
        if let Some(i) = index {
            at = at.get_mut(i)?;
        }
    }
    Some(at)
}

/// What a refused hostile field is given instead: something its check accepts.
fn plain_text(field: &str) -> Value {
    let last = field.rsplit('.').next().unwrap_or(field);
    if last.ends_with("url") || last == "src" {
        json!("https://example.org/plain")
    } else if last.contains("email") || last.contains("contact") {
        json!("desk@example.org")
    } else if last == "date" {
        json!("2026-11-20")
    } else {
        json!(format!("Plain {}", field.replace(['.', '[', ']'], " ")))
    }
}

/// Creates and publishes an article; returns its id and slug, or None where it was refused.
async fn publish(c: &mut Check<'_>, what: &str, article: Value) -> Option<(i64, String)> {
    let (status, out, _) = c
        .api_lenient(
            what,
            Method::POST,
            "/api/v1/admin/articles",
            article,
            plain_text,
        )
        .await;
    if status != 201 {
        return None;
    }
    let id = out["id"].as_i64()?;
    let (status, out) = c
        .api(
            what,
            Method::POST,
            &format!("/api/v1/admin/articles/{id}/publish"),
            None,
        )
        .await;
    (status == 200).then(|| (id, out["slug"].as_str().unwrap_or_default().to_owned()))
}

/// A slug-safe number.
fn nnn(v: &Vector) -> String {
    format!("{:03}", v.n)
}

// --- the tests ---------------------------------------------------------------------------------

#[tokio::test]
async fn article_bodies_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    // Each vector alone in a body of each format, between two paragraphs of its own.
    for v in &vs {
        let n = nnn(v);
        let p = &v.payload;
        for format in ["markdown", "html"] {
            let what = format!("{format} body: {}", v.name());
            let body = if format == "markdown" {
                format!("Before vector {n}.\n\n{p}\n\nAfter vector {n}.")
            } else {
                format!("<p>Before vector {n}.</p>{p}<p>After vector {n}.</p>")
            };
            let slug = format!("{}-{n}", &format[..2]);
            let article = json!({"slug": slug, "title": format!("Body {n} as {format}"),
                "body": body, "body_format": format});
            if publish(&mut c, &what, article).await.is_some() {
                c.page(&what, &format!("/{slug}")).await;
            }
        }
    }
    // Every vector in one body: the editor shows it as typed and as previewed.
    let all: String = vs.iter().map(|v| format!("{}\n\n", v.payload)).collect();
    for format in ["markdown", "html"] {
        let what = format!("all vectors in one {format} body");
        let article = json!({"slug": format!("all-{format}"),
            "title": format!("Every vector as {format}"), "body": all, "body_format": format});
        if let Some((id, slug)) = publish(&mut c, &what, article).await {
            c.page(&what, &format!("/{slug}")).await;
            c.admin_page(&what, &format!("/admin/articles/{id}")).await;
            c.admin_page(&what, &format!("/admin/articles/{id}/preview"))
                .await;
            c.admin_page(&what, &format!("/admin/articles/{id}/revisions"))
                .await;
        }
    }
    c.page("home page", "/").await;
    c.page("site feed as HTML neighbour", "/search?q=vector")
        .await;
    c.finish("article bodies").await;
}

#[tokio::test]
async fn article_fields_and_the_names_they_are_filed_under_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    // Names are only ever printed escaped, so they take the vectors a pack at a time (at most
    // 200 characters, the names' limit): an author, region, theme, report and source per pack.
    // Descriptions, bios, reprint terms and report introductions (Markdown) take them too.
    let packed = packs(&vs, 200);
    for (i, (p, members)) in packed.iter().enumerate() {
        let what = format!("names: {}", pack_name(members));
        c.api_lenient(
            &what,
            Method::POST,
            "/api/v1/admin/authors",
            json!({"slug": format!("a-{i}"), "name": p, "bio": p, "url": p}),
            plain_text,
        )
        .await;
        c.api_lenient(
            &what,
            Method::POST,
            "/api/v1/admin/regions",
            json!({"slug": format!("r-{i}"), "name": p}),
            plain_text,
        )
        .await;
        c.api_lenient(
            &what,
            Method::POST,
            "/api/v1/admin/themes",
            json!({"slug": format!("t-{i}"), "name": p, "description": p}),
            plain_text,
        )
        .await;
        c.api_lenient(
            &what,
            Method::POST,
            "/api/v1/admin/sources",
            json!({"slug": format!("s-{i}"), "name": p, "home_url": p,
                   "copyright_template": format!("{p} {{source}} {{authors}} {{year}}"),
                   "reprint_terms": p, "allow_republish": true}),
            |field| match field {
                "home_url" => json!(format!("https://s{i}.example/")),
                "copyright_template" => json!("© {source}, {authors}, {year}"),
                other => plain_text(other),
            },
        )
        .await;
        // Every other field of an article, filed under those names and republished from that
        // source, so its page shows them all: byline, filing, credit, copyright line, JSON-LD.
        let article = json!({
            "slug": format!("fields-{i}"), "title": p, "standfirst": p, "body": format!("Fields {i}."),
            "image": {"src": format!("https://img.example/{i}.jpg"), "alt": p, "caption": p, "credit": p},
            "authors": [format!("a-{i}")], "regions": [format!("r-{i}")], "themes": [format!("t-{i}")],
            "original": {"source": format!("s-{i}"), "url": p, "date": "2026-11-20"},
        });
        let published = publish(&mut c, &what, article).await;
        let articles: Vec<String> = published.iter().map(|(_, slug)| slug.clone()).collect();
        let intro: String = members
            .iter()
            .map(|v| format!("{}\n\n", v.payload))
            .collect();
        c.api_lenient(&what, Method::POST, "/api/v1/admin/reports",
            json!({"slug": format!("p-{i}"), "title": p, "introduction": intro, "articles": articles}),
            plain_text).await;
        if let Some((_, slug)) = published {
            c.page(&what, &format!("/{slug}")).await;
        }
        // The report's page shows its introduction, sanitised Markdown: every pack. The other
        // kinds' pages show only escaped names and descriptions: every third pack.
        c.page(&what, &format!("/report/p-{i}")).await;
        if i % 3 == 0 {
            for (kind, prefix) in [
                ("author", "a"),
                ("region", "r"),
                ("theme", "t"),
                ("source", "s"),
            ] {
                c.page(&what, &format!("/{kind}/{prefix}-{i}")).await;
            }
        }
    }
    // An article's own address fields, one vector each: only some pass the URL check, and the
    // ones that do end up in links.
    for v in vs
        .iter()
        .filter(|v| v.label.starts_with("url-") || v.label.starts_with("href-"))
    {
        let what = format!("original address: {}", v.name());
        let n = nnn(v);
        let article = json!({"slug": format!("address-{n}"), "title": format!("Address {n}"),
            "body": "Text.", "original": {"source": "s-0", "url": v.payload, "date": "2026-11-20"},
            "image": {"src": v.payload, "alt": "x"}});
        if let Some((_, slug)) = publish(&mut c, &what, article).await {
            c.page(&what, &format!("/{slug}")).await;
        }
    }
    c.page("home page", "/").await;
    for page in 1..=3 {
        c.admin_page(
            "admin article list",
            &format!("/admin/articles?page={page}"),
        )
        .await;
    }
    for kind in ["authors", "regions", "themes", "reports", "sources"] {
        c.admin_page(format!("admin {kind}"), &format!("/admin/{kind}"))
            .await;
    }
    for (i, (_, members)) in packed.iter().enumerate().step_by(10) {
        for (kind, prefix) in [
            ("authors", "a"),
            ("regions", "r"),
            ("themes", "t"),
            ("reports", "p"),
            ("sources", "s"),
        ] {
            c.admin_page(
                format!("admin {kind} form: {}", pack_name(members)),
                &format!("/admin/{kind}/{prefix}-{i}"),
            )
            .await;
        }
    }
    c.finish("article fields and names").await;
}

#[tokio::test]
async fn site_settings_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    let article = publish(
        &mut c,
        "settings",
        json!({"slug": "quiet-harbour",
        "title": "A quiet harbour", "body": "Nothing happened.", "authors": []}),
    )
    .await;
    let (_, newsletter) = c
        .api(
            "settings",
            Method::POST,
            "/api/v1/admin/newsletters",
            Some(json!({"slug": "daily", "name": "The Daily", "send_time": "07:00"})),
        )
        .await;
    assert!(newsletter.is_object(), "{newsletter}");
    for (pack, members) in packs(&vs, 400) {
        let what = format!("site settings: {}", pack_name(&members));
        let settings = json!({
            "name": pack, "tagline": pack, "disclaimer": pack, "footer_copyright": pack,
            "media_contact": pack, "newsletter_blurb": pack, "translate_blurb": pack,
            "membership_blurb": pack, "social": [{"label": pack, "url": pack}],
            "feed_full_content": true, "allow_republish": true, "glossary": pack,
        });
        let (status, _, _) = c
            .api_lenient(
                &what,
                Method::PUT,
                "/api/v1/admin/settings",
                settings,
                |field| match field {
                    "media_contact" => json!("desk@example.org"),
                    f if f.ends_with("url") => json!("https://social.example/@desk"),
                    f => plain_text(f),
                },
            )
            .await;
        if !(200..300).contains(&status) {
            continue;
        }
        c.page(&what, "/").await;
        if let Some((_, slug)) = &article {
            c.page(&what, &format!("/{slug}")).await;
        }
        c.page(&what, "/newsletter").await;
        c.page(&what, "/no-such-page").await;
        c.admin_page(&what, "/admin/settings").await;
    }
    // Email- and URL-shaped vectors pass those fields' checks more easily; each is tried alone.
    for v in vs
        .iter()
        .filter(|v| v.label.starts_with("email-") || v.label.starts_with("url-"))
    {
        let what = format!("site settings, contact and social link: {}", v.name());
        let settings = json!({"name": "Harbour Desk", "media_contact": v.payload,
            "social": [{"label": "Mastodon", "url": v.payload}]});
        let (status, _, _) = c
            .api_lenient(
                &what,
                Method::PUT,
                "/api/v1/admin/settings",
                settings,
                |field| match field {
                    "media_contact" => json!("desk@example.org"),
                    f => json!(format!("https://social.example/{}", f.len())),
                },
            )
            .await;
        if (200..300).contains(&status) {
            c.page(&what, "/").await;
            c.admin_page(&what, "/admin/settings").await;
        }
    }
    c.finish("site settings").await;
}

/// Waits until the edition is no longer being sent.
async fn sent(c: &mut Check<'_>, what: &str, id: i64) -> Value {
    for _ in 0..300 {
        let (status, e) = c
            .api(
                what,
                Method::GET,
                &format!("/api/v1/admin/editions/{id}"),
                None,
            )
            .await;
        if status != 200 || e["status"] != "sending" {
            return e;
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    panic!("{what}: edition {id} was still sending after 9 s");
}

#[tokio::test]
async fn newsletter_introductions_subjects_and_names_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    let Some((_, slug)) = publish(
        &mut c,
        "newsletter",
        json!({"slug": "tide-tables",
        "title": "Tide tables for the week", "standfirst": "High water at noon.", "body": "Text."}),
    )
    .await
    else {
        panic!("a plain article is published");
    };
    c.api(
        "newsletter",
        Method::POST,
        "/api/v1/admin/newsletters",
        Some(json!({"slug": "daily", "name": "The Daily", "send_time": "07:00"})),
    )
    .await;
    // Each introduction (Markdown) and subject on an edition of its own, read in the archive.
    for v in &vs {
        let what = format!("newsletter introduction: {}", v.name());
        let (status, _, _) = c
            .api_lenient(
                &what,
                Method::PUT,
                "/api/v1/admin/newsletters/daily/next",
                json!({"subject": v.payload, "intro": v.payload, "articles": [slug]}),
                plain_text,
            )
            .await;
        if !(200..300).contains(&status) {
            continue;
        }
        let (status, edition) = c
            .api(
                &what,
                Method::POST,
                "/api/v1/admin/newsletters/daily/send",
                None,
            )
            .await;
        let Some(id) = edition["id"].as_i64().filter(|_| status == 202) else {
            continue;
        };
        let edition = sent(&mut c, &what, id).await;
        match edition["number"]
            .as_i64()
            .or(edition["edition"]["number"].as_i64())
        {
            Some(number) => c.page(&what, &format!("/newsletter/daily/{number}")).await,
            None => c
                .findings
                .push(format!("{what}: the edition has no number: {edition}")),
        }
    }
    c.page("newsletter archive", "/newsletter/daily").await;
    // Newsletters named with the vectors, a pack to each.
    for (i, (pack, members)) in packs(&vs, 200).into_iter().enumerate() {
        let what = format!("newsletter name: {}", pack_name(&members));
        let slug = format!("n-{i}");
        let (status, _, _) = c
            .api_lenient(
                &what,
                Method::POST,
                "/api/v1/admin/newsletters",
                json!({"slug": slug, "name": pack, "description": pack, "send_time": "07:00"}),
                plain_text,
            )
            .await;
        if status == 201 {
            c.page(&what, &format!("/newsletter/{slug}")).await;
        }
    }
    c.page("newsletter page with every name", "/newsletter")
        .await;
    c.finish("newsletters").await;
}

fn query(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[tokio::test]
async fn search_queries_snippets_and_addresses_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    // Articles whose text (not markup) is the vector: search snippets quote it.
    for v in &vs {
        let n = nnn(v);
        let escaped = xml_escape(&v.payload);
        let needle = format!("needle{}", v.n / 8);
        publish(&mut c, &format!("search snippet: {}", v.name()), json!({"slug": format!("text-{n}"),
            "title": format!("Harbour text {n}"), "body_format": "html",
            "body": format!("<p>The {needle} harbour report {n}: {escaped} and more about the {needle} tides.</p>")})).await;
    }
    // The index follows publications within a second; wait until the last one is found.
    let last = format!("needle{}", vs.len() / 8);
    for _ in 0..100 {
        let (_, found) = s
            .admin(Method::GET, &format!("/api/v1/search?q={last}"), None)
            .await;
        if found["total"].as_u64().unwrap_or(0) > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for group in 0..=vs.len() / 8 {
        c.page(
            format!("search snippets: vectors in group {group}"),
            &format!("/search?q=needle{group}"),
        )
        .await;
    }
    // The query itself, on the page and through the Content API.
    for v in &vs {
        let what = format!("search query: {}", v.name());
        let q = query(&v.payload);
        c.http(&what, &format!("/search?q={q}")).await;
        let (status, out) = s
            .api_as(None, Method::GET, &format!("/api/v1/search?q={q}"), None)
            .await;
        c.answer(&format!("{what}: GET /api/v1/search"), status, &out);
        let (status, out) = s
            .api_as(
                None,
                Method::GET,
                &format!("/api/v1/articles?region={q}&theme={q}&author={q}"),
                None,
            )
            .await;
        c.answer(&format!("{what}: GET /api/v1/articles"), status, &out);
    }
    // In the browser, the query and the addresses (the not-found page, listing addresses) take
    // the vectors a pack at a time: they are only ever printed escaped.
    for (pack, members) in packs(&vs, 250) {
        let what = format!("search query and address: {}", pack_name(&members));
        let q = query(&pack);
        c.page(&what, &format!("/{q}")).await;
        c.page(&what, &format!("/region/{q}")).await;
        c.page(&what, &format!("/fr/{q}")).await;
        c.page(
            &what,
            &format!("/search?q={q}&region={q}&theme={q}&language={q}&year={q}&page={q}"),
        )
        .await;
    }
    c.finish("search and addresses").await;
}

/// A form: the page it is on, where it is posted, the fields given the vectors and the fields
/// given fixed values.
type FormSpec = (
    &'static str,
    &'static str,
    Vec<&'static str>,
    Vec<(&'static str, &'static str)>,
);

/// An invalid slug, so that every form below is refused and shown again with what was typed.
const BAD_SLUG: &str = "Not a slug!";

#[tokio::test]
async fn admin_and_public_form_fields_echoed_back_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    c.api(
        "forms",
        Method::POST,
        "/api/v1/admin/newsletters",
        Some(json!({"slug": "daily", "name": "The Daily", "send_time": "07:00"})),
    )
    .await;
    let forms: Vec<FormSpec> = vec![
        (
            "/admin/authors",
            "/admin/authors",
            vec!["name", "bio", "url"],
            vec![("slug", BAD_SLUG), ("kind", "person")],
        ),
        (
            "/admin/sources",
            "/admin/sources",
            vec!["name", "home_url", "copyright_template", "reprint_terms"],
            vec![("slug", BAD_SLUG)],
        ),
        (
            "/admin/regions",
            "/admin/regions",
            vec!["name", "parent"],
            vec![("slug", BAD_SLUG)],
        ),
        (
            "/admin/themes",
            "/admin/themes",
            vec!["name", "description"],
            vec![("slug", BAD_SLUG)],
        ),
        (
            "/admin/reports",
            "/admin/reports",
            vec!["title", "introduction", "articles"],
            vec![("slug", BAD_SLUG)],
        ),
        (
            "/admin/settings",
            "/admin/settings",
            vec![
                "name",
                "tagline",
                "disclaimer",
                "footer_copyright",
                "media_contact",
                "newsletter_blurb",
                "translate_blurb",
                "membership_blurb",
                "social_label_0",
                "social_url_0",
                "glossary",
            ],
            vec![],
        ),
        (
            "/admin/users",
            "/admin/users",
            vec!["email", "name"],
            vec![("role", "editor")],
        ),
        (
            "/admin/articles/new",
            "/admin/articles/new",
            vec![
                "title",
                "standfirst",
                "body",
                "language",
                "original_source",
                "original_url",
                "original_date",
                "image_src",
                "image_alt",
                "image_caption",
                "image_credit",
                "schedule_at",
            ],
            vec![
                ("slug", BAD_SLUG),
                ("body_format", "markdown"),
                ("action", "save"),
            ],
        ),
        (
            "/admin/articles/new",
            "/admin/articles/preview",
            vec!["body"],
            vec![("body_format", "markdown")],
        ),
        ("/admin/imports", "/admin/imports", vec!["url"], vec![]),
        (
            "/newsletter",
            "/newsletter/subscribe",
            vec!["email", "language"],
            vec![("newsletter", "daily")],
        ),
    ];
    let packed = packs(&vs, 2000);
    for (pack, members) in &packed {
        for (page, action, hostile, fixed) in &forms {
            let what = format!("form {action}: {}", pack_name(members));
            let mut fields: Vec<(&str, String)> =
                hostile.iter().map(|f| (*f, pack.clone())).collect();
            fields.extend(fixed.iter().map(|(k, v)| (*k, (*v).to_owned())));
            c.submit(&what, page, action, &fields).await;
        }
        let what = format!("admin list filters: {}", pack_name(members));
        let q = query(pack);
        c.admin_page(
            &what,
            &format!("/admin/articles?q={q}&language={q}&status={q}&author={q}&page={q}"),
        )
        .await;
        c.admin_page(&what, &format!("/admin/authors?notice={q}"))
            .await;
    }
    // Signed out: the sign-in and reset forms, and the address to come back to.
    c.flush().await;
    if let Some(browser) = &c.browser {
        browser.goto(&s.url("/admin/articles")).await;
        browser.click("header.bar form button").await;
    }
    for (pack, members) in &packed {
        let what = format!("sign-in form: {}", pack_name(members));
        let q = query(pack);
        c.submit(
            &what,
            "/admin/sign-in",
            "/admin/sign-in",
            &[
                ("email", pack.clone()),
                ("password", "not the password".into()),
                ("next", pack.clone()),
            ],
        )
        .await;
        c.submit(
            &format!("reset form: {}", pack_name(members)),
            "/admin/forgot",
            "/admin/forgot",
            &[("email", pack.clone())],
        )
        .await;
        c.page(&what, &format!("/admin/sign-in?next={q}")).await;
    }
    c.finish("form fields").await;
}

/// Three paragraphs of ordinary reporting, numbered so that no two pages have the same text.
fn reporting(n: &str) -> [String; 3] {
    [
        format!(
            "Report {n}: the fishing cooperatives of the lower estuary voted last week to open their books to members, ending a practice of private accounting that had lasted four decades."
        ),
        format!(
            "Members had long complained (report {n}) that the price paid at the quay bore little relation to the price the catch fetched inland, and that the difference was never explained."
        ),
        format!(
            "Under the new rules of report {n} every member may inspect the ledgers twice a year, and an auditor chosen by lot will sign the accounts before they are published."
        ),
    ]
}

/// A partner's article page with the vector in every place an extractor reads: the title, the
/// metadata (escaped, as a page would carry any text), the headline, the byline, the body, a
/// caption and a quote (raw).
fn partner_page(base: &str, path: &str, n: &str, p: &str, site_name: &str) -> String {
    let attr = xml_escape(p);
    let json_p = serde_json::to_string(p).expect("a string serialises");
    let [one, two, three] = reporting(n);
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour dispatch {n}: {p}</title>
<link rel="canonical" href="{base}{path}">
<meta property="og:site_name" content="{site_name}">
<meta property="og:title" content="Harbour dispatch {n} {attr}">
<meta property="og:description" content="{attr}">
<meta name="author" content="{attr}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json_p},
 "datePublished":"2026-11-20T07:30:00Z","author":[{{"@type":"Person","name":{json_p}}}]}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Harbour dispatch {n} {p}</h1>
<div class="byline">By {p}</div>
<p>{one}</p>
<p>{p}</p>
<p>{two}</p>
<figure><img src="/img/{n}.jpg" alt="{attr}"><figcaption>{p}</figcaption></figure>
<blockquote><p>{p}</p></blockquote>
<p>{three}</p>
</article></main>
<footer><p>© 2026 Tidewater Review.</p></footer>
</body></html>"#
    )
}

/// Publishes the article an import made, and checks its page.
async fn publish_imported(c: &mut Check<'_>, what: &str, id: i64) {
    let (status, out) = c
        .api(
            what,
            Method::POST,
            &format!("/api/v1/admin/articles/{id}/publish"),
            None,
        )
        .await;
    if status == 200 {
        let slug = out["slug"].as_str().unwrap_or_default().to_owned();
        c.page(what, &format!("/{slug}")).await;
    }
}

#[tokio::test]
async fn partner_pages_imported_from_their_address_run_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let partner = PartnerSite::start().await;
    let mut c = Check::new(&s).await;
    c.api(
        "url import",
        Method::POST,
        "/api/v1/admin/sources",
        Some(
            json!({"slug": "tidewater", "name": "Tidewater Review", "home_url": partner.url("/")}),
        ),
    )
    .await;
    for v in &vs {
        let what = format!("url import: {}", v.name());
        let n = nnn(v);
        let path = format!("/2026/11/dispatch-{n}");
        partner.put_html(
            &path,
            &partner_page(&partner.base, &path, &n, &v.payload, "Tidewater Review"),
        );
        let (status, out) = c
            .api(
                &what,
                Method::POST,
                "/api/v1/admin/imports",
                Some(json!({"url": partner.url(&path)})),
            )
            .await;
        if let Some(id) = out["article"]["id"].as_i64().filter(|_| status < 300) {
            publish_imported(&mut c, &what, id).await;
        }
    }
    // A page from a host with no Source yet: the Source is named after the page's site name.
    let port = partner.base.rsplit(':').next().expect("a port").to_owned();
    let (pack, members) = packs(&vs, 200).swap_remove(0);
    let what = format!(
        "url import, source named by the page: {}",
        pack_name(&members)
    );
    let path = "/2026/11/a-new-site";
    partner.put_html(
        path,
        &partner_page(
            &format!("http://localhost:{port}"),
            path,
            "new",
            "A story from a new site.",
            &xml_escape(&pack),
        ),
    );
    let (status, out) = c
        .api(
            &what,
            Method::POST,
            "/api/v1/admin/imports",
            Some(json!({"url": format!("http://localhost:{port}{path}")})),
        )
        .await;
    if let Some(id) = out["article"]["id"].as_i64().filter(|_| status < 300) {
        publish_imported(&mut c, &what, id).await;
        if let Some(source) = out["source"].as_str() {
            c.page(&what, &format!("/source/{source}")).await;
        }
    }
    for page in ["/admin/imports", "/admin/sources", "/admin/authors", "/"] {
        c.admin_page(format!("url import: {page}"), page).await;
    }
    for page in 1..=4 {
        c.admin_page(
            "url import: admin article list",
            &format!("/admin/articles?page={page}"),
        )
        .await;
    }
    c.finish("url imports").await;
}

#[tokio::test]
async fn partner_feed_items_run_no_script() {
    // One poll takes every item in.
    let s = server(|c| c.syndication.items_per_poll = 1000).await;
    let vs = vectors();
    let partner = PartnerSite::start().await;
    let mut c = Check::new(&s).await;
    c.api(
        "feed",
        Method::POST,
        "/api/v1/admin/sources",
        Some(
            json!({"slug": "tidewater", "name": "Tidewater Review", "home_url": partner.url("/")}),
        ),
    )
    .await;
    let mut items = String::new();
    for v in &vs {
        let n = nnn(v);
        let path = format!("/items/{n}");
        partner.put_html(
            &path,
            &partner_page(&partner.base, &path, &n, &v.payload, "Tidewater Review"),
        );
        // XML cannot carry NUL and most other controls at all: those vectors reach the item's
        // page but not the feed's own text.
        let text = if xml_can_carry(&v.payload) {
            xml_escape(&v.payload)
        } else {
            format!("Item {n}")
        };
        let _ = write!(
            items,
            "<item><title>{text}</title><link>{}</link><guid isPermaLink=\"false\">g{n}</guid>\
             <description>{text}</description><author>{text}</author>\
             <pubDate>Fri, 20 Nov 2026 07:30:00 GMT</pubDate></item>",
            partner.url(&path)
        );
    }
    partner.put(
        "/feed.xml",
        "application/rss+xml",
        format!(r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater</title><link>{}</link>{items}</channel></rss>"#, partner.url("/")),
    );
    c.api(
        "feed",
        Method::POST,
        "/api/v1/admin/sources/tidewater/feeds",
        Some(json!({"url": partner.url("/feed.xml")})),
    )
    .await;
    // The poll (a job) fetches every item's page and files the imports, then records when it
    // polled; the queue is read after that.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut feeds = Value::Null;
    while Instant::now() < deadline {
        let (_, f) = c
            .api(
                "feed",
                Method::GET,
                "/api/v1/admin/sources/tidewater/feeds",
                None,
            )
            .await;
        feeds = f;
        if !feeds[0]["polled_at"].is_null() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (_, queue) = c
        .api(
            "feed",
            Method::GET,
            "/api/v1/admin/imports/queue?limit=500",
            None,
        )
        .await;
    c.admin_page("feed: review queue", "/admin/imports").await;
    c.admin_page("feed: source with its feeds", "/admin/sources/tidewater")
        .await;
    let entries = queue.as_array().cloned().unwrap_or_default();
    assert!(
        !entries.is_empty(),
        "the feed brought nothing into the review queue: {feeds}"
    );
    for entry in entries {
        let id = entry["id"].as_i64().unwrap_or_default();
        // The item's page address ends in its vector's number.
        let what = format!(
            "feed item {}",
            entry.to_string().chars().take(200).collect::<String>()
        );
        let (status, out) = c
            .api(
                &what,
                Method::POST,
                &format!("/api/v1/admin/imports/{id}/accept"),
                None,
            )
            .await;
        if status == 200 {
            let slug = out["slug"].as_str().unwrap_or_default().to_owned();
            c.page(&what, &format!("/{slug}")).await;
        }
    }
    c.page("feed: home page", "/").await;
    c.page("feed: source page", "/source/tidewater").await;
    c.finish("partner feed").await;
}

/// A WordPress export with, per vector, an author, a category and a tag named with it, an
/// attachment captioned with it as the featured image, and a post whose title, excerpt and
/// content (with WordPress shortcodes around it) carry it.
fn wordpress_export(vs: &[&Vector]) -> String {
    let mut authors = String::new();
    let mut terms = String::new();
    let mut items = String::new();
    for v in vs {
        let n = nnn(v);
        let p = &v.payload;
        let text = cdata(p);
        let _ = writeln!(
            authors,
            "<wp:author><wp:author_id>{}</wp:author_id><wp:author_login>{}</wp:author_login>\
             <wp:author_email>{}</wp:author_email><wp:author_display_name>{text}</wp:author_display_name>\
             <wp:author_first_name>{text}</wp:author_first_name><wp:author_last_name>{text}</wp:author_last_name></wp:author>",
            v.n,
            cdata(&format!("wa-{n}")),
            cdata(&format!("wa{n}@courier.example"))
        );
        let _ = writeln!(
            terms,
            "<wp:category><wp:term_id>{}</wp:term_id><wp:category_nicename>{}</wp:category_nicename>\
             <wp:category_parent>{}</wp:category_parent><wp:cat_name>{text}</wp:cat_name>\
             <wp:category_description>{text}</wp:category_description></wp:category>\n\
             <wp:tag><wp:term_id>{}</wp:term_id><wp:tag_slug>{}</wp:tag_slug><wp:tag_name>{text}</wp:tag_name>\
             <wp:tag_description>{text}</wp:tag_description></wp:tag>",
            1000 + v.n,
            cdata(&format!("wc-{n}")),
            cdata(""),
            2000 + v.n,
            cdata(&format!("wt-{n}"))
        );
        let content = format!(
            "Before vector {n}.\n\n{p}\n\n[caption id=\"attachment_{n}\" align=\"aligncenter\" width=\"800\" caption=\"{p}\"]\
             <img src=\"https://courier.example/{n}.jpg\" alt=\"{p}\" /> {p}[/caption]\n\n[embed]{p}[/embed]\n\nAfter vector {n}."
        );
        let _ = writeln!(
            items,
            "<item><title>{text}</title><link>https://courier.example/?p={n}</link>\
             <pubDate>Mon, 04 Mar 2024 06:15:00 +0000</pubDate><dc:creator>{}</dc:creator>\
             <guid isPermaLink=\"false\">https://courier.example/?p={n}</guid><description></description>\
             <content:encoded>{}</content:encoded><excerpt:encoded>{text}</excerpt:encoded>\
             <wp:post_id>{}</wp:post_id><wp:post_date>{}</wp:post_date><wp:post_date_gmt>{}</wp:post_date_gmt>\
             <wp:post_name>{}</wp:post_name><wp:status>{}</wp:status><wp:post_parent>0</wp:post_parent>\
             <wp:post_type>{}</wp:post_type>\
             <category domain=\"category\" nicename=\"wc-{n}\">{text}</category>\
             <category domain=\"post_tag\" nicename=\"wt-{n}\">{text}</category>\
             <wp:postmeta><wp:meta_key>{}</wp:meta_key><wp:meta_value>{}</wp:meta_value></wp:postmeta></item>\n\
             <item><title>{text}</title><link>https://courier.example/img-{n}/</link>\
             <excerpt:encoded>{text}</excerpt:encoded><wp:post_id>{}</wp:post_id>\
             <wp:post_name>{}</wp:post_name><wp:status>{}</wp:status><wp:post_type>{}</wp:post_type>\
             <wp:attachment_url>https://courier.example/uploads/{n}.jpg</wp:attachment_url>\
             <wp:postmeta><wp:meta_key>{}</wp:meta_key><wp:meta_value>{text}</wp:meta_value></wp:postmeta></item>",
            cdata(&format!("wa-{n}")),
            cdata(&content),
            v.n,
            cdata("2024-03-04 07:15:00"),
            cdata("2024-03-04 06:15:00"),
            cdata(&format!("wp-{n}")),
            cdata("publish"),
            cdata("post"),
            cdata("_thumbnail_id"),
            cdata(&(5000 + v.n).to_string()),
            5000 + v.n,
            cdata(&format!("img-{n}")),
            cdata("inherit"),
            cdata("attachment"),
            cdata("_wp_attachment_image_alt"),
        );
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Hostile Courier</title><link>https://courier.example</link><description>x</description><language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://courier.example</wp:base_site_url><wp:base_blog_url>https://courier.example</wp:base_blog_url>
{authors}{terms}{items}</channel></rss>
"#
    )
}

/// Runs `gazette import KIND FILE` on the server's storage; a failed run is a finding only
/// where it crashed (a refusal names the bad record and exits 1, which is fine).
async fn run_import(
    c: &mut Check<'_>,
    kind: &str,
    file: &std::path::Path,
    extra: &[&str],
) -> String {
    let file = file.to_str().expect("a UTF-8 path");
    let mut args = vec!["import", kind, file];
    args.extend_from_slice(extra);
    let run = c.s.run_cli(BIN, &args, "").await;
    let crashed = run.stderr.contains("panicked")
        || (!run.ok && run.stdout.is_empty() && run.stderr.is_empty());
    if crashed {
        c.findings.push(format!(
            "{kind} import crashed:\n{}\n{}",
            run.stdout, run.stderr
        ));
    }
    format!("{}\n{}", run.stdout, run.stderr)
}

#[tokio::test]
async fn wordpress_export_runs_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    let carried: Vec<&Vector> = vs.iter().filter(|v| xml_can_carry(&v.payload)).collect();
    let file = s.store.dir.path().join("hostile.wxr.xml");
    std::fs::write(&file, wordpress_export(&carried)).expect("the export is written");
    let mapping = s.store.dir.path().join("mapping.toml");
    std::fs::write(
        &mapping,
        "[categories]\ndefault = \"theme\"\n[tags]\ndefault = \"region\"\n",
    )
    .expect("the mapping is written");
    let out = run_import(
        &mut c,
        "wordpress",
        &file,
        &["--mapping", mapping.to_str().expect("UTF-8")],
    )
    .await;
    let articles = s.all_articles().await;
    assert!(
        !articles.is_empty(),
        "the export brought nothing in:\n{out}"
    );
    for v in &carried {
        let n = nnn(v);
        let what = format!("wordpress post: {}", v.name());
        c.page(&what, &format!("/wp-{n}")).await;
    }
    for v in carried
        .iter()
        .filter(|v| v.n % 4 == 0 || v.label.starts_with("break-"))
    {
        let n = nnn(v);
        let what = format!("wordpress names: {}", v.name());
        c.page(&what, &format!("/author/wa-{n}")).await;
        c.page(&what, &format!("/theme/wc-{n}")).await;
        c.page(&what, &format!("/region/wt-{n}")).await;
    }
    for page in ["/admin/authors", "/admin/themes", "/admin/regions", "/"] {
        c.admin_page(format!("wordpress import: {page}"), page)
            .await;
    }
    c.finish("wordpress import").await;
}

#[tokio::test]
async fn ghost_export_runs_no_script() {
    let s = server(|_| {}).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    let mut posts = Vec::new();
    let mut users = Vec::new();
    let mut tags = Vec::new();
    let mut posts_tags = Vec::new();
    let mut posts_authors = Vec::new();
    let mut posts_meta = Vec::new();
    for v in &vs {
        let n = nnn(v);
        let p = &v.payload;
        posts.push(
            json!({"id": format!("p{n}"), "title": p, "slug": format!("gh-{n}"),
            "html": format!("<p>Before vector {n}.</p>{p}<p>After vector {n}.</p>"),
            "type": "post", "status": "published", "visibility": "public",
            "published_at": "2024-06-11T07:00:00.000Z", "custom_excerpt": p,
            "feature_image": format!("__GHOST_URL__/content/images/{n}.jpg")}),
        );
        users.push(
            json!({"id": format!("u{n}"), "name": p, "slug": format!("gu-{n}"), "bio": p,
            "website": p, "email": format!("u{n}@saltmarsh.example")}),
        );
        tags.push(json!({"id": format!("t{n}"), "name": p, "slug": format!("gt-{n}"), "description": p, "visibility": "public"}));
        posts_tags.push(json!({"id": format!("pt{n}"), "post_id": format!("p{n}"), "tag_id": format!("t{n}"), "sort_order": 0}));
        posts_authors.push(json!({"id": format!("pa{n}"), "post_id": format!("p{n}"), "author_id": format!("u{n}"), "sort_order": 0}));
        posts_meta.push(json!({"id": format!("m{n}"), "post_id": format!("p{n}"), "feature_image_alt": p, "feature_image_caption": p}));
    }
    let export = json!({"db": [{"meta": {"exported_on": 1_719_820_800_000_i64, "version": "5.87.1"},
        "data": {"posts": posts, "users": users, "tags": tags, "posts_tags": posts_tags,
                 "posts_authors": posts_authors, "posts_meta": posts_meta,
                 "settings": [{"key": "title", "value": vs[0].payload}]}}]});
    let file = s.store.dir.path().join("hostile.ghost.json");
    std::fs::write(&file, export.to_string()).expect("the export is written");
    let out = run_import(
        &mut c,
        "ghost",
        &file,
        &["--site-url", "https://saltmarsh.example"],
    )
    .await;
    let articles = s.all_articles().await;
    assert!(
        !articles.is_empty(),
        "the export brought nothing in:\n{out}"
    );
    for v in &vs {
        let n = nnn(v);
        c.page(&format!("ghost post: {}", v.name()), &format!("/gh-{n}"))
            .await;
    }
    for v in vs
        .iter()
        .filter(|v| v.n % 4 == 0 || v.label.starts_with("break-"))
    {
        let n = nnn(v);
        let what = format!("ghost names: {}", v.name());
        c.page(&what, &format!("/author/gu-{n}")).await;
        c.page(&what, &format!("/theme/gt-{n}")).await;
    }
    for page in ["/admin/authors", "/admin/themes", "/"] {
        c.admin_page(format!("ghost import: {page}"), page).await;
    }
    c.finish("ghost import").await;
}

#[tokio::test]
async fn translation_engine_answers_run_no_script() {
    let fake = LibreTranslate::start().await;
    let s = server(|c| c.translation = fake.settings(&[])).await;
    let vs = vectors();
    let mut c = Check::new(&s).await;
    for v in &vs {
        let n = nnn(v);
        let what = format!("translation engine answer: {}", v.name());
        let Some((id, slug)) = publish(&mut c, &what, json!({"slug": format!("tr-{n}"),
            "title": format!("Ferry report {n}"), "standfirst": format!("Islanders wait, report {n}."),
            "body_format": "html",
            "body": format!("<p>The first ferry of report {n} left at dawn with <em>forty</em> passengers.</p><p>Service {n} resumes on Friday.</p>")})).await
        else {
            continue;
        };
        fake.set_mode(Mode::Append(v.payload.clone()));
        let (status, _) = c
            .api(
                &what,
                Method::POST,
                &format!("/api/v1/admin/articles/{id}/translations/fr"),
                None,
            )
            .await;
        if status != 202 {
            continue;
        }
        let state = s
            .wait_for_translation(id, "fr", |t| {
                t["available"] == true || !t["last_error"].is_null()
            })
            .await;
        // The admin's pages show what the engine answered, or why it was refused: the editor for
        // every fourth vector, the list of languages (with the latest error) for every eighth.
        if state["available"] == true {
            c.page(&what, &format!("/fr/{slug}")).await;
        }
        if state["available"] == true && v.n % 4 == 0 {
            c.admin_page(&what, &format!("/admin/articles/{id}/translations/fr"))
                .await;
        }
        if v.n % 8 == 0 {
            c.admin_page(&what, &format!("/admin/articles/{id}/translations"))
                .await;
        }
    }
    fake.set_mode(Mode::Normal);

    // The glossary's renderings and the newsroom's own edits, a pack at a time, each on an
    // article of its own (so the memory has none of its segments).
    for (i, (pack, members)) in packs(&vs, 190).into_iter().enumerate() {
        let what = format!("translation glossary and edit: {}", pack_name(&members));
        let glossary = format!("Port Authority | fr: {pack}");
        c.api_lenient(
            &what,
            Method::PUT,
            "/api/v1/admin/settings",
            json!({"name": "Gazette", "glossary": glossary}),
            plain_text,
        )
        .await;
        let Some((id, slug)) = publish(
            &mut c,
            &what,
            json!({"slug": format!("port-authority-{i}"),
            "title": format!("The Port Authority meets, meeting {i}"), "body_format": "html",
            "body": format!("<p>The Port Authority met on Monday for meeting {i}.</p>")}),
        )
        .await
        else {
            continue;
        };
        let path = format!("/api/v1/admin/articles/{id}/translations/fr");
        c.api(&what, Method::POST, &path, None).await;
        let state = s
            .wait_for_translation(id, "fr", |t| {
                t["available"] == true || !t["last_error"].is_null()
            })
            .await;
        if state["available"] != true {
            c.admin_page(&what, &format!("/admin/articles/{id}/translations"))
                .await;
            continue;
        }
        c.page(&what, &format!("/fr/{slug}")).await;
        let (_, current) = c.api(&what, Method::GET, &path, None).await;
        let Some(version) = current["version"].as_i64() else {
            continue;
        };
        c.api_lenient(
            &what,
            Method::PATCH,
            &path,
            json!({"title": pack, "standfirst": pack, "body_html": pack, "version": version}),
            plain_text,
        )
        .await;
        c.page(&what, &format!("/fr/{slug}")).await;
        let edit = format!("/admin/articles/{id}/translations/fr");
        c.admin_page(&what, &edit).await;
        // And through the side-by-side form, refused for its blank title.
        let (_, current) = c.api(&what, Method::GET, &path, None).await;
        let version = current["version"].as_i64().unwrap_or(version);
        c.submit(
            &what,
            &edit,
            &edit,
            &[
                ("title", String::new()),
                ("standfirst", pack.clone()),
                ("body_html", pack.clone()),
                ("image_caption", pack.clone()),
                ("image_credit", pack.clone()),
                ("version", version.to_string()),
                ("action", "save".into()),
            ],
        )
        .await;
    }
    c.finish("translation engine answers").await;
}

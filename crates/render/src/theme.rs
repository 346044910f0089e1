//! The theme: templates and static assets, the embedded default overlaid by an operator's
//! directory file by file.
//!
//! An operator's theme directory mirrors `crates/render/theme/`:
//!
//! ```text
//! my-theme/
//! ├── templates/article.html   replaces the default article.html; other templates stay default
//! ├── static/style.css         replaces the default stylesheet; static/logo.svg adds a file
//! └── locales/fr.ftl           replaces the French words; locales/gd.ftl adds a language
//! ```
//!
//! Everything is read once, in [`Theme::new`]: templates are compiled there (so a syntax error
//! stops start-up with the file's name rather than failing on a reader's request), message
//! catalogues are parsed and checked ([`crate::i18n`]) and static files are held in memory. Editing a file takes effect on the next start (or a future reload
//! that builds a new `Theme`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use include_dir::{Dir, include_dir};
use minijinja::value::{Kwargs, ValueKind};
use minijinja::{AutoEscape, Environment, ErrorKind, Output, State, UndefinedBehavior, Value};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::html::plain_text_excerpt;
use crate::i18n::{Arg, Catalogues, Number};

/// The default theme, compiled into the binary.
pub(crate) static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/theme");

/// The URL path under which the web layer serves [`Theme::asset`]; `asset_url()` in templates
/// builds links under it.
pub const STATIC_PREFIX: &str = "/static/";

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template {name:?}: {source}")]
    Template {
        name: String,
        #[source]
        source: minijinja::Error,
    },
    /// A message catalogue (`locales/{tag}.ftl`) that does not parse or does not match
    /// `en.ftl`; `problem` names the key.
    #[error("locale file {file}: {problem}")]
    Locale { file: String, problem: String },
    #[error("cannot read theme path {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// A static file of the theme.
#[derive(Debug, Clone)]
pub struct Asset {
    pub bytes: Bytes,
    pub content_type: &'static str,
    /// A quoted strong ETag, a hash of the bytes; the same hash versions `asset_url()` links, so
    /// the web layer may serve versioned requests with a long `Cache-Control` lifetime.
    pub etag: String,
}

/// The loaded theme. Cheap to share behind an `Arc`; rendering takes `&self`.
#[derive(Debug)]
pub struct Theme {
    env: Environment<'static>,
    assets: Arc<HashMap<String, Asset>>,
    i18n: Arc<Catalogues>,
}

impl Theme {
    /// Loads the default theme, overlaid by `override_dir` when given.
    ///
    /// Fails if the override directory cannot be read or if any template (default or override)
    /// does not compile; the error names the file.
    pub fn new(override_dir: Option<PathBuf>) -> Result<Theme, RenderError> {
        if let Some(dir) = &override_dir {
            // A mistyped theme path should stop start-up, not silently serve the default theme.
            fs::read_dir(dir).map_err(|source| RenderError::Io {
                path: dir.clone(),
                source,
            })?;
        }
        let assets = Arc::new(load_assets(override_dir.as_deref())?);
        let i18n = Arc::new(Catalogues::load(override_dir.as_deref())?);

        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xml") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        // A misspelt field is an error rather than an empty string, so theme bugs show in tests
        // and logs; `{% if field %}` on a missing field is still allowed.
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        env.set_formatter(html_formatter);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.add_filter("excerpt", excerpt_filter);
        let for_templates = Arc::clone(&assets);
        env.add_function("asset_url", move |path: &str| {
            asset_url(&for_templates, path)
        });
        let for_t = Arc::clone(&i18n);
        env.add_function("t", move |state: &State, key: &str, args: Kwargs| {
            translate(&for_t, state, &page_lang(state)?, key, args)
        });
        let for_t_in = Arc::clone(&i18n);
        env.add_function(
            "t_in",
            move |state: &State, lang: &str, key: &str, args: Kwargs| {
                translate(&for_t_in, state, lang, key, args)
            },
        );
        let for_numbers = Arc::clone(&i18n);
        env.add_filter("format_number", move |state: &State, n: Value| {
            format_number_filter(&for_numbers, state, n)
        });

        let loader_dir = override_dir.clone();
        env.set_loader(move |name| load_template(loader_dir.as_deref(), name));

        let mut names = Vec::new();
        if let Some(templates) = DEFAULT_THEME.get_dir("templates") {
            collect_embedded(templates, "templates/", &mut names);
        }
        if let Some(dir) = &override_dir {
            collect_files(&dir.join("templates"), "", &mut names)?;
        }
        names.sort();
        names.dedup();
        for name in &names {
            env.get_template(name)
                .map_err(|source| RenderError::Template {
                    name: name.clone(),
                    source,
                })?;
        }
        tracing::debug!(
            override_dir = override_dir.as_ref().map(|dir| dir.display().to_string()),
            templates = names.len(),
            assets = assets.len(),
            "theme loaded"
        );
        Ok(Theme { env, assets, i18n })
    }

    /// Renders `template` with `context` (one of the page structs in [`crate::views`]).
    pub fn render(&self, template: &str, context: &impl Serialize) -> Result<String, RenderError> {
        let wrap = |source| RenderError::Template {
            name: template.to_owned(),
            source,
        };
        self.env
            .get_template(template)
            .map_err(wrap)?
            .render(context)
            .map_err(wrap)
    }

    /// The theme's message catalogues, dates and numbers in every language (`locales/`).
    pub fn i18n(&self) -> &Catalogues {
        &self.i18n
    }

    /// A static file by its path under `static/` (as in `/static/{path}`), from the override
    /// directory if it has one, else from the default theme. Paths that try to leave the
    /// directory find nothing.
    pub fn asset(&self, path: &str) -> Option<Asset> {
        let path = safe_relative_path(path)?;
        self.assets.get(path).cloned()
    }
}

/// Accepts `a/b.html`; refuses absolute paths, `..`, `.`, empty segments, backslashes, and
/// anything else a filesystem could read as leaving the theme directory.
fn safe_relative_path(name: &str) -> Option<&str> {
    let ok = !name.is_empty()
        && !name.contains(['\\', ':', '\0'])
        && name
            .split('/')
            .all(|segment| !segment.is_empty() && segment != "." && segment != "..");
    ok.then_some(name)
}

fn load_template(
    override_dir: Option<&Path>,
    name: &str,
) -> Result<Option<String>, minijinja::Error> {
    let Some(name) = safe_relative_path(name) else {
        return Err(minijinja::Error::new(
            ErrorKind::TemplateNotFound,
            format!("template name {name:?} is not a relative path inside the theme"),
        ));
    };
    if let Some(dir) = override_dir {
        let path = dir.join("templates").join(name);
        match fs::read_to_string(&path) {
            Ok(source) => return Ok(Some(source)),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => {
                return Err(minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!("cannot read {}", path.display()),
                )
                .with_source(err));
            }
        }
    }
    Ok(DEFAULT_THEME
        .get_file(format!("templates/{name}"))
        .and_then(|file| file.contents_utf8())
        .map(str::to_owned))
}

fn load_assets(override_dir: Option<&Path>) -> Result<HashMap<String, Asset>, RenderError> {
    let mut assets = HashMap::new();
    let mut names = Vec::new();
    if let Some(dir) = DEFAULT_THEME.get_dir("static") {
        collect_embedded(dir, "static/", &mut names);
    }
    for name in names {
        let file = DEFAULT_THEME
            .get_file(format!("static/{name}"))
            .expect("listed from the embedded theme");
        assets.insert(
            name.clone(),
            make_asset(&name, Bytes::from_static(file.contents())),
        );
    }
    if let Some(dir) = override_dir {
        let root = dir.join("static");
        let mut names = Vec::new();
        collect_files(&root, "", &mut names)?;
        for name in names {
            let path = root.join(&name);
            let bytes = fs::read(&path).map_err(|source| RenderError::Io { path, source })?;
            assets.insert(name.clone(), make_asset(&name, Bytes::from(bytes)));
        }
    }
    Ok(assets)
}

fn make_asset(name: &str, bytes: Bytes) -> Asset {
    let digest = Sha256::digest(&bytes);
    Asset {
        content_type: content_type(name),
        etag: format!("\"{}\"", hex::encode(&digest[..12])),
        bytes,
    }
}

/// Names of the embedded files under `dir`, relative to `strip`.
fn collect_embedded(dir: &Dir<'static>, strip: &str, out: &mut Vec<String>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        out.push(path.strip_prefix(strip).unwrap_or(&path).to_owned());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, strip, out);
    }
}

/// Names of the files under `root` (recursively, `/`-separated), skipping hidden files such as
/// `.DS_Store` or an editor's swap files. A missing `root` holds nothing.
fn collect_files(root: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), RenderError> {
    let dir = root.join(prefix);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(source) => return Err(RenderError::Io { path: dir, source }),
    };
    for entry in entries {
        let entry = entry.map_err(|source| RenderError::Io {
            path: dir.clone(),
            source,
        })?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let rel = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        let file_type = entry.file_type().map_err(|source| RenderError::Io {
            path: entry.path(),
            source,
        })?;
        if file_type.is_dir() {
            collect_files(root, &rel, out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "html" | "htm" => "text/html; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// `asset_url("style.css")` → `/static/style.css?v=1a2b3c4d`: the version changes with the file,
/// so browsers and CDNs may keep it for a long time. An unknown path gets no version.
fn asset_url(assets: &HashMap<String, Asset>, path: &str) -> String {
    let path = path.trim_start_matches('/');
    match assets.get(path) {
        Some(asset) => format!("{STATIC_PREFIX}{path}?v={}", &asset.etag[1..9]),
        None => format!("{STATIC_PREFIX}{path}"),
    }
}

/// Prints values as minijinja does, except that strings in HTML templates escape only the five
/// characters that matter in text and quoted attributes (`& < > " '`). minijinja also escapes
/// `/`, which protects nothing there and turns every URL into `&#x2f;region&#x2f;europe`.
pub(crate) fn html_formatter(
    out: &mut Output,
    state: &State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    match value.as_str() {
        Some(text) if state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
            write_str(out, &escape_html(text))
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

fn write_str(out: &mut Output, text: &str) -> Result<(), minijinja::Error> {
    out.write_str(text).map_err(|err| {
        minijinja::Error::new(ErrorKind::WriteFailure, "cannot write output").with_source(err)
    })
}

/// The page's language, from `site.lang` (every page context carries `site`).
fn page_lang(state: &State) -> Result<String, minijinja::Error> {
    let lang = state
        .lookup("site")
        .and_then(|site| site.get_attr("lang").ok())
        .filter(|lang| !lang.is_undefined() && !lang.is_none());
    match lang {
        Some(lang) => Ok(lang.to_string()),
        None => Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            "t() and format_number read the page's language from site.lang, which this \
             context does not have",
        )),
    }
}

/// `{{ t("published", date=when) }}`: the message in the page's language; `t_in(lang, key, …)`
/// names the language instead (the translation notice repeats itself in the original's).
///
/// Arguments that are numbers select plural variants and print with the language's digits;
/// text is escaped as usual. Markup an argument carries (a `{% set %}` block, a macro's output,
/// anything `|safe`) is kept as markup: it goes into Fluent as a placeholder, the message is
/// escaped, and the markup is put back. So catalogues hold plain text that can never inject
/// HTML, and links or `<time>` elements inside a sentence come from the template.
fn translate(
    catalogues: &Catalogues,
    state: &State,
    lang: &str,
    key: &str,
    kwargs: Kwargs,
) -> Result<Value, minijinja::Error> {
    let html = state.auto_escape() == AutoEscape::Html;
    let mut markup: Vec<String> = Vec::new();
    let mut args: Vec<(&str, Arg)> = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let arg = if value.is_safe() && html {
            markup.push(value.to_string());
            Arg::from(format!("{MARK_OPEN}{}{MARK_CLOSE}", markup.len() - 1))
        } else if value.is_integer() {
            Arg::Number(Number::Int(i64::try_from(value.clone())?))
        } else if value.kind() == ValueKind::Number {
            Arg::Number(Number::Float(f64::try_from(value.clone())?))
        } else if value.is_none() || value.is_undefined() {
            Arg::from("")
        } else {
            // Text cannot carry the placeholder brackets: a name from a partner's page with a
            // private-use character in it would otherwise be read as a placeholder (or break
            // the splicing). Those characters have no meaning in text anyway.
            Arg::from(
                value
                    .to_string()
                    .replace([MARK_OPEN, MARK_CLOSE], "\u{FFFD}"),
            )
        };
        args.push((name, arg));
    }
    let text = catalogues
        .try_message(lang, key, &args)
        .map_err(|err| minijinja::Error::new(ErrorKind::InvalidOperation, err.to_string()))?;
    if markup.is_empty() {
        return Ok(Value::from(text));
    }
    let mut out = String::with_capacity(text.len() + markup.iter().map(String::len).sum::<usize>());
    let escaped = escape_html(&text);
    let mut rest: &str = &escaped;
    while let Some(start) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK_OPEN.len_utf8()..];
        let end = after.find(MARK_CLOSE).ok_or_else(|| {
            minijinja::Error::new(ErrorKind::InvalidOperation, "unbalanced markup placeholder")
        })?;
        let index: usize = after[..end].parse().map_err(|_| {
            minijinja::Error::new(ErrorKind::InvalidOperation, "bad markup placeholder")
        })?;
        let piece = markup.get(index).ok_or_else(|| {
            minijinja::Error::new(ErrorKind::InvalidOperation, "bad markup placeholder")
        })?;
        out.push_str(piece);
        rest = &after[end + MARK_CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    Ok(Value::from_safe_string(out))
}

/// Placeholder brackets for markup arguments: private-use characters, which no catalogue
/// writes and HTML escaping leaves alone.
const MARK_OPEN: char = '\u{E000}';
const MARK_CLOSE: char = '\u{E001}';

/// The five characters that matter in text and quoted attributes, as entities.
fn escape_html(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut last = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    if last == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// `{{ facet.count|format_number }}`: a number as the page's language writes it.
fn format_number_filter(
    catalogues: &Catalogues,
    state: &State,
    n: Value,
) -> Result<String, minijinja::Error> {
    let lang = page_lang(state)?;
    let number = if n.is_integer() {
        Number::Int(i64::try_from(n)?)
    } else {
        Number::Float(f64::try_from(n)?)
    };
    Ok(catalogues.format_number(number, &lang))
}

/// `{{ html|excerpt(160) }}`: plain text for a description or a card.
fn excerpt_filter(html: &str, max_chars: Option<usize>) -> String {
    plain_text_excerpt(html, max_chars.unwrap_or(160))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_can_be_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Theme>();
    }

    #[test]
    fn default_theme_loads_and_has_its_stylesheet() {
        let theme = Theme::new(None).expect("the embedded theme compiles");
        let css = theme.asset("style.css").expect("style.css is embedded");
        assert_eq!(css.content_type, "text/css; charset=utf-8");
        assert!(!css.bytes.is_empty());
    }

    #[test]
    fn refuses_template_and_asset_names_that_leave_the_theme() {
        for bad in [
            "../secret.html",
            "/etc/passwd",
            "a/../../b",
            "./x",
            "a//b",
            "c:\\x",
            "",
        ] {
            assert!(safe_relative_path(bad).is_none(), "{bad:?}");
        }
        assert_eq!(
            safe_relative_path("partials/card.html"),
            Some("partials/card.html")
        );
        let theme = Theme::new(None).unwrap();
        assert!(theme.asset("../src/lib.rs").is_none());
        assert!(theme.asset("../Cargo.toml").is_none());
        let err = theme.render("../Cargo.toml", &()).unwrap_err();
        assert!(err.to_string().contains("../Cargo.toml"), "{err}");
    }

    #[test]
    fn asset_urls_carry_a_content_version() {
        let theme = Theme::new(None).unwrap();
        let url = asset_url(&theme.assets, "style.css");
        assert!(url.starts_with("/static/style.css?v="), "{url}");
        assert_eq!(url.len(), "/static/style.css?v=".len() + 8);
        assert_eq!(
            asset_url(&theme.assets, "missing.png"),
            "/static/missing.png"
        );
    }

    #[test]
    fn content_types_follow_extensions() {
        assert_eq!(content_type("a/b.SVG"), "image/svg+xml");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }
}

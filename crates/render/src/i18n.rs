//! The theme's own words in every language: navigation, labels, notices, dates and numbers.
//!
//! Articles are translated by machine (the translate crate) and served at `/{lang}/{slug}`, but
//! the page around them (the masthead, "Published", the translation notice, the footer) is
//! written by the theme. Those words live in [Fluent](https://projectfluent.org) catalogues, one
//! per language, `theme/locales/{tag}.ftl` beside this crate, so a translator works on one plain
//! file per language and grammar that English does not have (plural categories, the genitive
//! month in "13 ноября 2026") is written in the catalogue rather than in Rust or the templates.
//!
//! The catalogues are embedded in the binary like the rest of the theme, and an operator's theme
//! directory overrides them file by file (`{theme_dir}/locales/fr.ftl`) or adds a language. All
//! of them are read and checked once, in [`Catalogues::load`], when the theme loads: a file that
//! does not parse, that lacks a key `en.ftl` has, that has a key `en.ftl` lacks, or that uses a
//! variable the English message does not receive stops start-up with the file and the key in
//! the error, instead of showing a reader a raw key or `{$count}` later.
//!
//! `en.ftl` is the reference: its keys are the set every other catalogue must have, and its
//! comments say which variables each message receives. Templates reach the catalogues through
//! `t(key, **args)`; the app formats dates with [`Catalogues::long_date`].
//!
//! The editors' admin has catalogues of its own (`admin/locales/`, see [`crate::admin`]), loaded
//! and checked the same way (`Catalogues::load_from`); its Rust code names messages as data
//! with [`Catalogues::message_for`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use include_dir::Dir;
use serde::Serialize;

use crate::theme::{DEFAULT_THEME, RenderError};

/// The reference catalogue, and the language a page falls back to.
pub const REFERENCE_LANG: &str = "en";

/// A number to format: integers keep every digit, floats print as Rust's shortest form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

macro_rules! number_from {
    ($variant:ident as $target:ty: $($t:ty),*) => {
        $(impl From<$t> for Number {
            fn from(n: $t) -> Number {
                Number::$variant(<$target>::from(n))
            }
        })*
    };
}
number_from!(Int as i64: i64, i32, u32, i16, u16, i8, u8);
number_from!(Float as f64: f64, f32);

/// A value given to a message: text, or a number (which selects plural variants and prints
/// with the language's digits and separators).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(Number),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(Number::Int(n))
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(Number::Float(n))
    }
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("no message {key:?} in the catalogues (en.ftl names every key)")]
    UnknownKey { key: String },
    #[error("a value given as a message does not name one: {problem}")]
    NotAMessage { problem: String },
    #[error("message {key:?} of {lang}.ftl: {problem}")]
    Format {
        key: String,
        lang: String,
        problem: String,
    },
}

/// How a language writes numbers, read from its catalogue's `number-*` messages.
#[derive(Debug, Clone, PartialEq)]
struct NumberFormat {
    decimal: String,
    group: String,
    /// The size of the group nearest the decimal point, then of every group further left
    /// (3 and 3 for "1,234,567"; 3 and 2 for the Indian "12,34,567").
    primary: usize,
    secondary: usize,
    /// Digits left of the first separator before grouping starts: 2 leaves "1000" alone in
    /// Spanish or Polish while "10 000" is grouped.
    min_grouping: usize,
    /// The ten digits, 0 to 9 ("۰۱۲۳۴۵۶۷۸۹" in Persian).
    digits: [char; 10],
}

impl Default for NumberFormat {
    /// "1,234.5": what a catalogue's `number-*` messages start from.
    fn default() -> NumberFormat {
        NumberFormat {
            decimal: ".".into(),
            group: ",".into(),
            primary: 3,
            secondary: 3,
            min_grouping: 1,
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        }
    }
}

impl NumberFormat {
    fn digits(&self, ascii: &str) -> String {
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => self.digits[d as usize],
                None => c,
            })
            .collect()
    }

    fn format(&self, n: Number) -> String {
        let text = match n {
            Number::Int(i) => i.to_string(),
            Number::Float(f) if !f.is_finite() => return f.to_string(),
            Number::Float(f) => f.to_string(),
        };
        let (sign, unsigned) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let mut out = String::from(sign);
        out.push_str(&self.digits(&self.group_digits(int)));
        if !frac.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(&self.digits(frac));
        }
        out
    }

    fn group_digits(&self, int: &str) -> String {
        if self.primary == 0 || int.len() < self.primary + self.min_grouping {
            return int.to_owned();
        }
        let (head, last) = int.split_at(int.len() - self.primary);
        let mut groups = vec![last];
        let mut rest = head;
        while rest.len() > self.secondary {
            let (h, g) = rest.split_at(rest.len() - self.secondary);
            groups.push(g);
            rest = h;
        }
        if !rest.is_empty() {
            groups.push(rest);
        }
        groups.reverse();
        groups.join(&self.group)
    }
}

thread_local! {
    /// The number format of the catalogue formatting a message on this thread. Fluent's
    /// formatter hook is a bare `fn` pointer with no context but the bundle's memoizer, so the
    /// catalogue puts its format here for the span of one synchronous `format_pattern` call
    /// ([`Catalogue::format`]); nothing outlives that call.
    static NUMBERS: RefCell<Option<NumberFormat>> = const { RefCell::new(None) };
}

/// Fluent's formatter hook: numbers print with the current catalogue's digits and separators
/// (Fluent alone prints `1234.5` in every language). Generic over the bundle's memoizer, which
/// it does not need.
fn format_fluent_value<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, .. }) = value else {
        return None;
    };
    NUMBERS.with(|numbers| {
        let numbers = numbers.borrow();
        let format = numbers.as_ref()?;
        let n = if value.fract() == 0.0 && value.abs() < 9.0e15 {
            Number::Int(*value as i64)
        } else {
            Number::Float(*value)
        };
        Some(format.format(n))
    })
}

/// One language's catalogue.
struct Catalogue {
    /// Where it came from, for errors: `locales/fr.ftl (embedded)` or the operator's path.
    origin: String,
    bundle: FluentBundle<FluentResource>,
    numbers: NumberFormat,
    /// Each message's name and the variables it uses, read from the file's syntax tree.
    messages: BTreeMap<String, BTreeSet<String>>,
}

impl Catalogue {
    fn parse(tag: &str, origin: String, source: String) -> Result<Catalogue, RenderError> {
        let error = |problem: String| RenderError::Locale {
            file: origin.clone(),
            problem,
        };
        let langid: LanguageIdentifier = tag
            .parse()
            .map_err(|_| error(format!("{tag:?} is not a BCP-47 language tag")))?;
        let resource = FluentResource::try_new(source).map_err(|(resource, errors)| {
            let problems: Vec<String> = errors
                .iter()
                .map(|e| describe_parse_error(resource.source(), e))
                .collect();
            error(problems.join("; "))
        })?;
        let messages = resource_messages(&resource);
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Fluent wraps every interpolated value in Unicode isolation marks (U+2068…U+2069) so
        // that a right-to-left name cannot reorder the text around it. Pages are HTML, where
        // `dir` attributes and the bidi algorithm already do that job; the invisible marks
        // only break string comparisons in tests and travel along when a reader copies text.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_fluent_value));
        bundle.add_resource(resource).map_err(|errors| {
            let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
            error(problems.join("; "))
        })?;
        let mut catalogue = Catalogue {
            origin,
            bundle,
            messages,
            numbers: NumberFormat::default(),
        };
        catalogue.numbers = catalogue.read_number_format()?;
        Ok(catalogue)
    }

    fn read_number_format(&self) -> Result<NumberFormat, RenderError> {
        let plain = |key: &str| -> Result<Option<String>, RenderError> {
            if !self.bundle.has_message(key) {
                // A missing key is reported with the others by `check_against`.
                return Ok(None);
            }
            self.format(key, None)
                .map(Some)
                .map_err(|e| RenderError::Locale {
                    file: self.origin.clone(),
                    problem: e.to_string(),
                })
        };
        let bad = |key: &str, problem: String| RenderError::Locale {
            file: self.origin.clone(),
            problem: format!("message {key:?}: {problem}"),
        };
        let mut numbers = NumberFormat::default();
        if let Some(decimal) = plain("number-decimal-separator")? {
            numbers.decimal = decimal;
        }
        if let Some(group) = plain("number-group-separator")? {
            numbers.group = group;
        }
        if let Some(sizes) = plain("number-grouping")? {
            let parsed: Option<Vec<usize>> = sizes
                .split_whitespace()
                .map(|s| s.parse().ok().filter(|n| (1..=9).contains(n)))
                .collect();
            match parsed.as_deref() {
                Some([primary]) => (numbers.primary, numbers.secondary) = (*primary, *primary),
                Some([primary, secondary]) => {
                    (numbers.primary, numbers.secondary) = (*primary, *secondary)
                }
                _ => {
                    return Err(bad(
                        "number-grouping",
                        format!(
                            "{sizes:?} is not one or two group sizes, such as \"3\" or \"3 2\""
                        ),
                    ));
                }
            }
        }
        if let Some(min) = plain("number-min-grouping")? {
            numbers.min_grouping = min
                .parse()
                .ok()
                .filter(|n| (1..=4).contains(n))
                .ok_or_else(|| bad("number-min-grouping", format!("{min:?} is not 1 to 4")))?;
        }
        if let Some(digits) = plain("number-digits")? {
            let chars: Vec<char> = digits.chars().collect();
            numbers.digits = chars.try_into().map_err(|_| {
                bad(
                    "number-digits",
                    format!("{digits:?} is not the ten digits from 0 to 9"),
                )
            })?;
        }
        Ok(numbers)
    }

    /// Formats `key`, with the catalogue's number format in force for Fluent's formatter.
    fn format(&self, key: &str, args: Option<&FluentArgs>) -> Result<String, MessageError> {
        let lang = || self.bundle.locales[0].to_string();
        let pattern = self
            .bundle
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(|| MessageError::UnknownKey {
                key: key.to_owned(),
            })?;
        let previous = NUMBERS.with(|n| n.replace(Some(self.numbers.clone())));
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        NUMBERS.with(|n| n.replace(previous));
        match errors.first() {
            None => Ok(text),
            Some(error) => Err(MessageError::Format {
                key: key.to_owned(),
                lang: lang(),
                problem: error.to_string(),
            }),
        }
    }

    /// Checks this catalogue against the reference's messages and variables.
    fn check_against(
        &self,
        reference: &BTreeMap<String, BTreeSet<String>>,
    ) -> Result<(), RenderError> {
        let error = |problem: String| RenderError::Locale {
            file: self.origin.clone(),
            problem,
        };
        let own = &self.messages;
        if let Some(key) = reference.keys().find(|k| !own.contains_key(*k)) {
            return Err(error(format!(
                "missing the message {key:?} that en.ftl has"
            )));
        }
        if let Some(key) = own.keys().find(|k| !reference.contains_key(*k)) {
            return Err(error(format!(
                "message {key:?} is not in en.ftl (a misspelt key, or add it to en.ftl first)"
            )));
        }
        for (key, vars) in own {
            let allowed = &reference[key];
            if let Some(var) = vars.iter().find(|v| !allowed.contains(*v)) {
                return Err(error(format!(
                    "message {key:?} uses ${var}, which the English message does not receive"
                )));
            }
        }
        Ok(())
    }
}

/// Each message's name and the variables it uses.
fn resource_messages(resource: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut vars);
            }
            out.insert(
                message.id.name.to_owned(),
                vars.into_iter().map(str::to_owned).collect(),
            );
        }
    }
    out
}

/// The variables a pattern refers to, through placeables, selectors and function calls.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut BTreeSet<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, out);
            }
            for arg in &arguments.named {
                inline_variables(&arg.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

/// "line 12 (`month-3 = { März`): Expected a token starting with "}"".
fn describe_parse_error(source: &str, error: &fluent_syntax::parser::ParserError) -> String {
    let start = error.pos.start.min(source.len());
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let number = source[..start].matches('\n').count() + 1;
    let text = source.get(line_start..line_end).unwrap_or_default().trim();
    format!("line {number} (`{text}`): {}", error.kind)
}

/// Every language's catalogue, checked against `en.ftl`. Cheap to share; lookups take `&self`.
pub struct Catalogues {
    by_tag: HashMap<String, Catalogue>,
}

impl fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut tags: Vec<&String> = self.by_tag.keys().collect();
        tags.sort();
        f.debug_struct("Catalogues")
            .field("languages", &tags)
            .finish()
    }
}

impl Catalogues {
    /// Reads the embedded catalogues, each replaced by `{override_dir}/locales/{tag}.ftl` where
    /// the operator has one, plus any language the operator adds there; then checks every one
    /// against `en.ftl` (see the module docs). The error names the file and the key.
    pub fn load(override_dir: Option<&Path>) -> Result<Catalogues, RenderError> {
        let overrides = override_dir.map(|dir| dir.join("locales"));
        Self::load_from(DEFAULT_THEME.get_dir("locales"), overrides.as_deref())
    }

    /// Reads the `{tag}.ftl` files of `embedded`, each replaced by the file of the same name in
    /// `overrides` (a directory that may be missing), plus any other language there; then
    /// checks every one against `en.ftl`. The theme's and the admin's catalogues both load so.
    pub(crate) fn load_from(
        embedded: Option<&Dir<'_>>,
        overrides: Option<&Path>,
    ) -> Result<Catalogues, RenderError> {
        let mut sources: BTreeMap<String, (String, String)> = BTreeMap::new();
        for file in embedded.into_iter().flat_map(|dir| dir.files()) {
            let path = file.path().to_string_lossy().replace('\\', "/");
            let Some(tag) = file
                .path()
                .file_name()
                .and_then(|name| name.to_str())
                .and_then(|name| name.strip_suffix(".ftl"))
            else {
                continue;
            };
            let source = file.contents_utf8().ok_or_else(|| RenderError::Locale {
                file: format!("{path} (embedded)"),
                problem: "not UTF-8".into(),
            })?;
            sources.insert(
                tag.to_owned(),
                (format!("{path} (embedded)"), source.to_owned()),
            );
        }
        if let Some(root) = overrides {
            let entries = match fs::read_dir(root) {
                Ok(entries) => Some(entries),
                Err(err) if err.kind() == io::ErrorKind::NotFound => None,
                Err(source) => {
                    return Err(RenderError::Io {
                        path: root.to_owned(),
                        source,
                    });
                }
            };
            for entry in entries.into_iter().flatten() {
                let entry = entry.map_err(|source| RenderError::Io {
                    path: root.to_owned(),
                    source,
                })?;
                let path = entry.path();
                let name = entry.file_name().to_string_lossy().into_owned();
                let Some(tag) = name.strip_suffix(".ftl") else {
                    continue;
                };
                if name.starts_with('.') {
                    continue;
                }
                let source = fs::read_to_string(&path).map_err(|source| RenderError::Io {
                    path: path.clone(),
                    source,
                })?;
                sources.insert(tag.to_owned(), (path.display().to_string(), source));
            }
        }

        let mut by_tag = HashMap::new();
        for (tag, (origin, source)) in sources {
            let catalogue = Catalogue::parse(&tag, origin, source)?;
            by_tag.insert(tag, catalogue);
        }
        let reference = by_tag
            .get(REFERENCE_LANG)
            .ok_or_else(|| RenderError::Locale {
                file: "locales/en.ftl".into(),
                problem: "the reference catalogue is missing".into(),
            })?;
        let reference_messages = reference.messages.clone();
        let mut tags: Vec<&String> = by_tag.keys().collect();
        tags.sort();
        for tag in tags {
            by_tag[tag].check_against(&reference_messages)?;
        }
        tracing::debug!(languages = by_tag.len(), "catalogues loaded");
        Ok(Catalogues { by_tag })
    }

    /// The languages that have a catalogue, sorted.
    pub fn languages(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self.by_tag.keys().map(String::as_str).collect();
        tags.sort_unstable();
        tags
    }

    /// The English message names and the variables each receives: the catalogues' contract.
    pub fn reference_messages(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.messages_of(REFERENCE_LANG)
            .expect("the reference catalogue is always loaded")
    }

    /// A language's message names and the variables each uses, if it has a catalogue.
    pub fn messages_of(&self, lang: &str) -> Option<BTreeMap<String, BTreeSet<String>>> {
        self.by_tag.get(lang).map(|c| c.messages.clone())
    }

    /// The catalogue a page in `lang` reads: the language's own (case-insensitively), else its
    /// primary language's (`de-AT` → `de`), else English.
    fn catalogue(&self, lang: &str) -> &Catalogue {
        if let Some(c) = self.by_tag.get(lang) {
            return c;
        }
        let found = self
            .by_tag
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
            .or_else(|| {
                let primary = lang.split(['-', '_']).next().unwrap_or(lang);
                self.by_tag
                    .iter()
                    .find(|(tag, _)| tag.eq_ignore_ascii_case(primary))
            });
        match found {
            Some((_, c)) => c,
            None => &self.by_tag[REFERENCE_LANG],
        }
    }

    /// The message `key` in `lang` with `args`. Every catalogue has every key (checked at
    /// load), so an unknown key is a theme bug: it is logged and the key itself is returned,
    /// so the page still renders and the mistake is visible on it.
    pub fn message(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        match self.try_message(lang, key, args) {
            Ok(text) => text,
            Err(error) => {
                tracing::warn!(lang, key, %error, "theme message cannot be formatted");
                key.to_owned()
            }
        }
    }

    /// Like [`Catalogues::message`], but a missing key or variable is an error: the templates'
    /// `t()` uses this, so a theme bug fails the render (and the tests) instead of a page.
    pub fn try_message(
        &self,
        lang: &str,
        key: &str,
        args: &[(&str, Arg<'_>)],
    ) -> Result<String, MessageError> {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
                Arg::Number(Number::Int(n)) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Number(Number::Float(n)) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        self.catalogue(lang).format(key, Some(&fluent_args))
    }

    /// The message a value names, for Rust code that says what happened as data (an enum)
    /// rather than as a key and a list of arguments: the value serialises as a map with the
    /// key, after `prefix`, under `"key"` and the message's variables beside it (what
    /// `#[serde(tag = "key", rename_all = "kebab-case")]` makes of an enum), or as a bare
    /// string naming a message without variables. Numbers stay numbers (so they select plural
    /// variants); other values are text.
    pub fn message_for(
        &self,
        lang: &str,
        prefix: &str,
        value: &impl Serialize,
    ) -> Result<String, MessageError> {
        let not_a_message = |problem: String| MessageError::NotAMessage { problem };
        let value = serde_json::to_value(value).map_err(|e| not_a_message(e.to_string()))?;
        let (key, fields) = match value {
            serde_json::Value::String(key) => (key, serde_json::Map::new()),
            serde_json::Value::Object(mut fields) => match fields.remove("key") {
                Some(serde_json::Value::String(key)) => (key, fields),
                _ => return Err(not_a_message(format!("{fields:?} has no \"key\""))),
            },
            other => return Err(not_a_message(format!("{other} names no message"))),
        };
        let args: Vec<(&str, Arg<'_>)> = fields
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    serde_json::Value::Number(n) => match n.as_i64() {
                        Some(i) => Arg::from(i),
                        None => Arg::from(n.as_f64().unwrap_or_default()),
                    },
                    serde_json::Value::String(text) => Arg::from(text.as_str()),
                    other => Arg::from(other.to_string()),
                };
                (name.as_str(), arg)
            })
            .collect();
        self.try_message(lang, &format!("{prefix}{key}"), &args)
    }

    /// A date as `lang` writes it in running text: the catalogue's `date-long` pattern with
    /// the month in the form it takes inside a date (`month-1` … `month-12`).
    pub fn long_date(&self, date: time::Date, lang: &str) -> String {
        let catalogue = self.catalogue(lang);
        let month_key = format!("month-{}", u8::from(date.month()));
        let text = catalogue.format(&month_key, None).and_then(|month| {
            let mut args = FluentArgs::new();
            // The day is a number, so a catalogue may select on it ("1er" in French); the
            // year is text, as years are never grouped ("2026", not "2,026").
            args.set("day", FluentValue::from(i64::from(date.day())));
            args.set("month", FluentValue::from(month));
            args.set(
                "year",
                FluentValue::from(catalogue.numbers.digits(&date.year().to_string())),
            );
            catalogue.format("date-long", Some(&args))
        });
        text.unwrap_or_else(|error| {
            // Unreachable with checked catalogues; a date in ISO form is still a date.
            tracing::warn!(lang, %error, "date cannot be formatted");
            date.to_string()
        })
    }

    /// A number as `lang` writes it, with its digits, group and decimal separators.
    pub fn format_number(&self, n: impl Into<Number>, lang: &str) -> String {
        self.catalogue(lang).numbers.format(n.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_in_threes_twos_and_not_at_all() {
        let mut f = NumberFormat {
            decimal: ",".into(),
            group: ".".into(),
            ..NumberFormat::default()
        };
        assert_eq!(f.format(Number::Int(0)), "0");
        assert_eq!(f.format(Number::Int(999)), "999");
        assert_eq!(f.format(Number::Int(1000)), "1.000");
        assert_eq!(f.format(Number::Int(-1234567)), "-1.234.567");
        assert_eq!(f.format(Number::Float(1234.5)), "1.234,5");
        f.min_grouping = 2;
        assert_eq!(f.format(Number::Int(1000)), "1000");
        assert_eq!(f.format(Number::Int(10000)), "10.000");
        f.min_grouping = 1;
        (f.primary, f.secondary) = (3, 2);
        assert_eq!(f.format(Number::Int(1234567)), "12.34.567");
        assert_eq!(f.format(Number::Int(100000)), "1.00.000");
    }
}

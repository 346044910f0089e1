//! The theme's catalogues: one per language Gazette publishes in, each with exactly English's
//! keys and variables; dates, numbers and plurals as each language writes them; the `t()`
//! template function; and an operator's `locales/` overriding or adding a language, or
//! stopping start-up when a file is broken.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use gazette_render::i18n::{Arg, Catalogues};
use gazette_render::{RenderError, Theme};
use intl_pluralrules::{PluralRuleType, PluralRules};
use serde_json::json;
use time::macros::date;
use unic_langid::LanguageIdentifier;

fn embedded() -> Catalogues {
    Catalogues::load(None).expect("the embedded catalogues load")
}

fn embedded_source(tag: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("theme/locales/{tag}.ftl"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_language_in_the_translation_table_has_a_catalogue_and_no_other() {
    let catalogues = embedded();
    let have: BTreeSet<&str> = catalogues.languages().into_iter().collect();
    let want: BTreeSet<&str> = gazette_translate::languages::LANGUAGES
        .iter()
        .map(|l| l.code)
        .collect();
    assert_eq!(have, want);
    assert_eq!(have.len(), 75);
}

#[test]
fn every_catalogue_has_exactly_the_english_keys_and_variables() {
    let catalogues = embedded();
    let reference = catalogues.reference_messages();
    assert!(reference.len() > 100, "{}", reference.len());
    for lang in catalogues.languages() {
        let messages = catalogues.messages_of(lang).expect("listed");
        let keys: Vec<&String> = messages.keys().collect();
        let reference_keys: Vec<&String> = reference.keys().collect();
        assert_eq!(keys, reference_keys, "{lang}.ftl");
        for (key, vars) in &messages {
            assert_eq!(vars, &reference[key], "{lang}.ftl: the variables of {key}");
        }
    }
}

#[test]
fn every_catalogue_language_has_cldr_plural_rules() {
    // Fluent quietly falls back to English's rules for a language CLDR lacks, which would pick
    // the wrong variant of a counted message.
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    for lang in embedded().languages() {
        if lang == "oc" {
            // CLDR 37 (the rules intl_pluralrules ships) has no Occitan. Occitan counts 0 and 1
            // as singular, like French; English's rules get 1 right and oc.ftl spells out 0
            // with a `[0]` variant.
            continue;
        }
        let langid: LanguageIdentifier = lang.parse().expect("a BCP-47 tag");
        let primary: LanguageIdentifier = langid.language.as_str().parse().expect("a language");
        assert!(
            known.contains(&langid) || known.contains(&primary),
            "{lang} has no CLDR plural rules"
        );
    }
}

#[test]
fn every_message_formats_in_every_language_without_leftovers() {
    let catalogues = embedded();
    let reference = catalogues.reference_messages();
    for lang in catalogues.languages() {
        for (key, vars) in &reference {
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .map(|v| match v.as_str() {
                    "count" | "page" | "total" | "status" | "number" | "day" => {
                        (v.as_str(), Arg::from(3_i64))
                    }
                    _ => (v.as_str(), Arg::from("X")),
                })
                .collect();
            let text = catalogues
                .try_message(lang, key, &args)
                .unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert!(!text.is_empty(), "{lang}: {key} is empty");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{lang}: {key}: {text}"
            );
            // Isolation marks are off: they would sit invisibly inside every page's text.
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang}: {key}");
        }
    }
}

#[test]
fn long_dates_follow_each_language() {
    let i18n = embedded();
    let d = date!(2026 - 11 - 13);
    for (lang, want) in [
        ("en", "13 November 2026"),
        ("fr", "13 novembre 2026"),
        ("de", "13. November 2026"),
        ("es", "13 de noviembre de 2026"),
        ("ru", "13 ноября 2026 г."),
        ("pl", "13 listopada 2026"),
        ("el", "13 Νοεμβρίου 2026"),
        ("hu", "2026. november 13."),
        ("ja", "2026年11月13日"),
        ("zh-Hans", "2026年11月13日"),
        ("ko", "2026년 11월 13일"),
        ("ar", "13 نوفمبر 2026"),
        ("fa", "۱۳ نوامبر ۲۰۲۶"),
        ("lt", "2026 m. lapkričio 13 d."),
    ] {
        assert_eq!(i18n.long_date(d, lang), want, "{lang}");
    }
    // French writes the first of the month as an ordinal.
    assert_eq!(i18n.long_date(date!(2026 - 05 - 01), "fr"), "1er mai 2026");
    assert_eq!(i18n.long_date(date!(2026 - 05 - 01), "en"), "1 May 2026");
    // Catalan elides "de" before a vowel.
    assert_eq!(
        i18n.long_date(date!(2026 - 04 - 02), "ca"),
        "2 d’abril de 2026"
    );
    // A language without a catalogue falls back to its primary language, then to English.
    assert_eq!(i18n.long_date(d, "de-AT"), "13. November 2026");
    assert_eq!(i18n.long_date(d, "xx"), "13 November 2026");
}

#[test]
fn numbers_follow_each_language() {
    let i18n = embedded();
    for (lang, n, want) in [
        ("en", 1_234_567.5, "1,234,567.5"),
        ("de", 1_234_567.5, "1.234.567,5"),
        ("fr", 1_234_567.5, "1\u{202F}234\u{202F}567,5"),
        ("ru", 1_234_567.5, "1\u{A0}234\u{A0}567,5"),
        ("hi", 1_234_567.0, "12,34,567"),
        ("fa", 1_234.5, "۱٬۲۳۴٫۵"),
        ("es", 1_000.0, "1000"),
        ("es", 10_000.0, "10.000"),
    ] {
        assert_eq!(i18n.format_number(n, lang), want, "{lang} {n}");
    }
    assert_eq!(i18n.format_number(-42_i64, "en"), "-42");
    assert_eq!(i18n.format_number(1_000_000_i64, "ja"), "1,000,000");
}

#[test]
fn counted_messages_pick_each_languages_plural_form() {
    let catalogues = embedded();
    let count =
        |lang: &str, n: i64| catalogues.message(lang, "article-count", &[("count", n.into())]);
    assert_eq!(count("en", 1), "1 article");
    assert_eq!(count("en", 0), "0 articles");
    assert_eq!(count("en", 1234), "1,234 articles");
    // French counts zero as singular, and so does Occitan (by its own `[0]` variant).
    assert_eq!(count("fr", 0), "0 article");
    assert_eq!(count("oc", 0), "0 article");
    assert_eq!(count("oc", 2), "2 articles");

    assert_eq!(count("ru", 1), "1 статья");
    assert_eq!(count("ru", 3), "3 статьи");
    assert_eq!(count("ru", 5), "5 статей");
    assert_eq!(count("ru", 11), "11 статей");
    assert_eq!(count("ru", 21), "21 статья");
    assert_eq!(count("ru", 1234), "1\u{A0}234 статьи");

    assert_eq!(count("pl", 1), "1 artykuł");
    assert_eq!(count("pl", 2), "2 artykuły");
    assert_eq!(count("pl", 5), "5 artykułów");
    assert_eq!(count("pl", 12), "12 artykułów");
    assert_eq!(count("pl", 22), "22 artykuły");

    assert_eq!(count("ar", 0), "لا توجد مقالات");
    assert_eq!(count("ar", 1), "مقالة واحدة");
    assert_eq!(count("ar", 2), "مقالتان");
    assert_eq!(count("ar", 3), "3 مقالات");
    assert_eq!(count("ar", 11), "11 مقالة");
    assert_eq!(count("ar", 100), "100 مقالة");
}

#[test]
fn an_unknown_key_is_an_error_for_templates_and_visible_otherwise() {
    let catalogues = embedded();
    assert!(catalogues.try_message("fr", "no-such-key", &[]).is_err());
    assert_eq!(catalogues.message("fr", "no-such-key", &[]), "no-such-key");
    // A variable the template forgot is an error too, not "{$date}" on the page.
    assert!(catalogues.try_message("fr", "published", &[]).is_err());
}

/// A theme directory with `files` (path → contents).
fn theme_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (path, contents) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        fs::write(path, contents).expect("write");
    }
    dir
}

fn load_error(dir: &tempfile::TempDir) -> String {
    match Theme::new(Some(dir.path().to_path_buf())) {
        Ok(_) => panic!("the theme loaded"),
        Err(err @ RenderError::Locale { .. }) => err.to_string(),
        Err(err) => panic!("not a locale error: {err}"),
    }
}

const PROBE: &str = "{% set when %}<time>{{ day }}</time>{% endset %}\
{{ t('published', date=when) }}|{{ t('search-results-for', query=query) }}|\
{{ t('article-count', count=n) }}|{{ n|format_number }}|{{ t_in('en', 'search') }}";

fn probe(theme: &Theme, lang: &str) -> String {
    theme
        .render(
            "probe.html",
            &json!({"site": {"lang": lang}, "day": "13 <b>", "query": "<script>", "n": 12345}),
        )
        .expect("the probe renders")
}

#[test]
fn t_escapes_text_keeps_markup_arguments_and_reads_the_page_language() {
    let dir = theme_dir(&[("templates/probe.html", PROBE)]);
    let theme = Theme::new(Some(dir.path().to_path_buf())).expect("the theme loads");
    assert_eq!(
        probe(&theme, "en"),
        "Published <time>13 &lt;b&gt;</time>|Search results for “&lt;script&gt;”|\
         12,345 articles|12,345|Search"
    );
    assert_eq!(
        probe(&theme, "de"),
        "Veröffentlicht am <time>13 &lt;b&gt;</time>|Suchergebnisse für „&lt;script&gt;“|\
         12.345 Artikel|12.345|Search"
    );
    // A page without `site.lang` is a template error, not a silently English page.
    let err = theme
        .render("probe.html", &json!({"day": 1, "query": "", "n": 1}))
        .unwrap_err();
    assert!(err.to_string().contains("site.lang"), "{err}");
}

#[test]
fn an_operator_file_replaces_one_languages_messages() {
    let fr = embedded_source("fr").replace(
        "published = Publié le { $date }",
        "published = Mis en ligne le { $date }",
    );
    assert!(fr.contains("Mis en ligne"));
    let dir = theme_dir(&[("templates/probe.html", PROBE), ("locales/fr.ftl", &fr)]);
    let theme = Theme::new(Some(dir.path().to_path_buf())).expect("the theme loads");
    assert!(
        probe(&theme, "fr").starts_with("Mis en ligne le <time>"),
        "{}",
        probe(&theme, "fr")
    );
    // Other languages keep the embedded words.
    assert!(probe(&theme, "de").starts_with("Veröffentlicht am"));
    assert!(probe(&theme, "en").starts_with("Published"));
}

#[test]
fn an_operator_can_add_a_language() {
    let gd = embedded_source("en")
        .replace("month-11 = November", "month-11 = dhen t-Samhain")
        .replace("search = Search", "search = Lorg");
    let dir = theme_dir(&[("locales/gd.ftl", &gd)]);
    let theme = Theme::new(Some(dir.path().to_path_buf())).expect("the theme loads");
    assert!(theme.i18n().languages().contains(&"gd"));
    assert_eq!(theme.i18n().message("gd", "search", &[]), "Lorg");
    assert_eq!(
        theme.i18n().long_date(date!(2026 - 11 - 13), "gd"),
        "13 dhen t-Samhain 2026"
    );
}

#[test]
fn a_broken_operator_file_stops_the_theme_naming_the_file_and_the_problem() {
    // A syntax error: the file and the line.
    let broken = embedded_source("fr").replace("search = Rechercher", "search = { Rechercher");
    let dir = theme_dir(&[("locales/fr.ftl", &broken)]);
    let err = load_error(&dir);
    assert!(err.contains("fr.ftl"), "{err}");
    assert!(err.contains("line "), "{err}");

    // A missing key.
    let missing = embedded_source("de").replace("copy-html = HTML kopieren\n", "");
    let dir = theme_dir(&[("locales/de.ftl", &missing)]);
    let err = load_error(&dir);
    assert!(
        err.contains("de.ftl") && err.contains("\"copy-html\""),
        "{err}"
    );

    // A misspelt key.
    let extra = format!("{}\nserach = Suchen\n", embedded_source("de"));
    let dir = theme_dir(&[("locales/de.ftl", &extra)]);
    let err = load_error(&dir);
    assert!(err.contains("\"serach\""), "{err}");

    // A variable no template gives.
    let bad_var = embedded_source("de").replace("Von { $authors }", "Von { $author }");
    let dir = theme_dir(&[("locales/de.ftl", &bad_var)]);
    let err = load_error(&dir);
    assert!(err.contains("byline") && err.contains("$author"), "{err}");

    // Number formats that cannot be read.
    let bad_digits =
        embedded_source("de").replace("number-digits = 0123456789", "number-digits = 0123");
    let dir = theme_dir(&[("locales/de.ftl", &bad_digits)]);
    let err = load_error(&dir);
    assert!(err.contains("number-digits"), "{err}");

    // A file name that is not a language tag.
    let dir = theme_dir(&[("locales/not a tag.ftl", &embedded_source("en"))]);
    let err = load_error(&dir);
    assert!(err.contains("not a tag.ftl"), "{err}");
}

/// The message keys a template names in `t("…")` or `t_in(lang, "…")`.
fn template_keys(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (start, _) in source
        .match_indices("t(")
        .chain(source.match_indices("t_in("))
    {
        let before = source[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `format(`, `startingwith(`, …
        }
        let args = &source[start..];
        let args = &args[args.find('(').expect("a call") + 1..];
        // For t_in the key is the second argument.
        let args = if source[start..].starts_with("t_in(") {
            &args[args.find(',').expect("t_in(lang, key)") + 1..]
        } else {
            args
        };
        let args = args.trim_start();
        let Some(quote) = args.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let key = &args[1..];
        keys.push(key[..key.find(quote).expect("a closed string")].to_owned());
    }
    keys
}

#[test]
fn every_key_the_templates_use_is_in_the_catalogues() {
    // Rendering catches a missing key too, but only on the branches a test happens to take.
    let reference = embedded().reference_messages();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/templates");
    let mut seen = 0;
    for entry in fs::read_dir(&dir).expect("the templates") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("a template");
        for key in template_keys(&source) {
            assert!(
                reference.contains_key(&key),
                "{} uses {key:?}, which en.ftl lacks",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen > 100, "only {seen} keys found: is the scan broken?");
}

#[test]
fn the_default_stylesheet_mirrors_for_right_to_left_pages() {
    // Physical sides (margin-left, float: right, text-align: left…) would stay put on a
    // `dir="rtl"` page; logical ones (margin-inline-start, text-align: start) mirror.
    let css =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/static/style.css"))
            .expect("the stylesheet");
    let without_comments: String = css
        .split("/*")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("*/").map_or("", |(_, rest)| rest)
            }
        })
        .collect();
    for (n, line) in without_comments.lines().enumerate() {
        let line = line.trim();
        let physical = ["left", "right"].iter().any(|side| {
            line.starts_with(&format!("{side}:"))
                || line.contains(&format!("-{side}"))
                || line.contains(&format!(": {side}"))
                || line.contains(&format!(" {side};"))
        });
        assert!(!physical, "style.css line {}: {line}", n + 1);
    }
    assert!(css.contains("margin-inline-start"));
}

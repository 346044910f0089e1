//! `gazette demo`: loads the demo publication and serves it; or, with `--write-translations`,
//! makes the translations the demo ships (what `demo/translate` runs).
//!
//! Making them is Gazette's own path end to end: the demo is loaded into an empty data
//! directory, each published article is translated by the configured engines through the
//! translations service (the checks and the sanitiser every translation passes), and the
//! resulting translations are written out as the demo loader reads them. So what ships is
//! exactly what a site with that engine would show.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use gazette_app::demo::ShippedTranslations;
use gazette_app::translations::languages;
use gazette_app::{App, Config};

use super::ServeOpts;

#[derive(Debug, clap::Args)]
pub struct DemoOpts {
    #[command(flatten)]
    serve: ServeOpts,
    /// Instead of serving: translate the freshly loaded demo with the configured engines and
    /// write the translations into this folder (`{lang}/{slug}.html`), replacing what each
    /// language had. The data directory must be empty.
    #[arg(long, value_name = "DIR", requires = "lang")]
    write_translations: Option<PathBuf>,
    /// The languages to write, comma-separated (es,ca,gl).
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    lang: Vec<String>,
}

pub async fn run(config: Config, opts: DemoOpts) -> anyhow::Result<()> {
    let config = super::with_serve(config, &opts.serve);
    match &opts.write_translations {
        None => super::serve::run(config, true).await,
        Some(dir) => write_translations(config, dir, &opts.lang).await,
    }
}

async fn write_translations(config: Config, dir: &Path, raw: &[String]) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    let mut langs: Vec<&'static str> = Vec::new();
    for tag in raw.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let language = languages::lookup(tag)
            .with_context(|| format!("--lang: {tag:?} is not a known language"))?;
        if !app.translations().offers(language.code) {
            bail!(
                "--lang: no translation engine is configured for {} ({})",
                language.code,
                language.english_name
            );
        }
        if !langs.contains(&language.code) {
            langs.push(language.code);
        }
    }
    let summary = gazette_app::demo::load_with(&app, ShippedTranslations::Skip).await?;
    if summary.already_loaded {
        bail!(
            "the data directory {} already holds articles; use an empty one",
            app.config().data.display()
        );
    }
    let articles = gazette_app::demo::published_articles(&app).await?;
    let mut failures = 0;
    for &lang in &langs {
        for article in &articles {
            if article.language.as_str().eq_ignore_ascii_case(lang) {
                continue;
            }
            if let Err(e) = app.translations().translate(article.id, lang).await {
                failures += 1;
                println!("not translated: {} → {lang}: {e}", article.slug);
            }
        }
        // The site's own words: region, theme and report names, the tagline, the blurbs.
        if let Err(e) = app.translations().translate_site_texts(lang).await {
            failures += 1;
            println!("site texts not translated into {lang}: {e}");
        }
    }
    let written = gazette_app::demo::write_translations(&app, dir, &langs).await?;
    for (lang, count) in &written {
        println!(
            "{lang}: {count} of {} articles written to {}",
            articles.len(),
            dir.join(lang).display()
        );
    }
    app.store().close().await;
    if written.iter().any(|(_, count)| *count == 0) {
        bail!("a language got no translation at all; is the engine's pair installed?");
    }
    if failures > 0 {
        println!(
            "{failures} (article × language) were not translated; the demo ships the others, and those articles show in their original language"
        );
    }
    Ok(())
}

//! `gazette translate`: translates published articles into some languages now, in this process
//! rather than through the job queue, through the translation memory (only segments it lacks
//! are sent), with a progress bar; prints what came from the memory, what was sent, and how
//! many segments no engine could translate and were kept in the original.

use std::time::Instant;

use anyhow::bail;
use clap::ArgGroup;
use gazette_app::translations::{TranslateError, languages};
use gazette_app::{App, ArticleQuery, Config};
use gazette_domain::{Article, ArticleId, ArticleStatus};
use indicatif::ProgressBar;

use super::DataOpts;

#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("which").required(true).args(["all", "article"])))]
pub struct TranslateOpts {
    /// Target languages, comma-separated language tags (e.g. fr,de,pt-BR); each needs an
    /// engine in [translation].
    #[arg(long, value_delimiter = ',', required = true, value_name = "LANGS")]
    lang: Vec<String>,
    /// Every published article.
    #[arg(long)]
    all: bool,
    /// One article by id; repeat the option for several.
    #[arg(long, value_name = "ID")]
    article: Vec<i64>,
    #[command(flatten)]
    data: DataOpts,
}

/// What the run did, over every (article, language) pair.
#[derive(Default)]
struct Summary {
    made: usize,
    remembered: usize,
    sent: usize,
    chars_sent: usize,
    /// Segments no engine could translate, kept in the original in translations written.
    kept_original: usize,
    /// Translations written with at least one segment kept in the original.
    partial: usize,
    /// Already in that language.
    same_language: usize,
    /// Nothing done: the translation is locked by the newsroom, or the article was
    /// unpublished meanwhile.
    left_alone: usize,
    failures: Vec<Failure>,
}

struct Failure {
    id: ArticleId,
    slug: String,
    lang: &'static str,
    reason: String,
}

pub async fn run(config: Config, opts: TranslateOpts) -> anyhow::Result<()> {
    let app = App::open(super::with_data(config, &opts.data)).await?;
    let langs = target_languages(&app, &opts.lang)?;
    let articles = if opts.all {
        published(&app).await?
    } else {
        chosen(&app, &opts.article).await?
    };
    let total = articles.len() * langs.len();
    let bar = progress_bar(total as u64);
    let started = Instant::now();
    let mut summary = Summary::default();
    for article in &articles {
        for &lang in &langs {
            bar.set_message(format!("{} → {lang}", article.slug));
            if same_language(article.language.as_str(), lang) {
                summary.same_language += 1;
                bar.inc(1);
                continue;
            }
            match app.translations().translate(article.id, lang).await {
                Ok(r) if !r.written => summary.left_alone += 1,
                Ok(r) => {
                    summary.made += 1;
                    summary.remembered += r.remembered;
                    summary.sent += r.sent;
                    summary.chars_sent += r.chars_sent;
                    summary.kept_original += r.kept_original;
                    summary.partial += usize::from(r.kept_original > 0);
                }
                Err(e) => summary.failures.push(Failure {
                    id: article.id,
                    slug: article.slug.to_string(),
                    lang,
                    reason: reason(&e),
                }),
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    print_summary(&summary, total, started.elapsed().as_secs_f64());
    if summary.failures.is_empty() {
        Ok(())
    } else {
        bail!(
            "{} of {total} translations failed; the translations made (and the segments the memory learned) stay, so running the command again sends only what is missing",
            summary.failures.len()
        )
    }
}

/// Each `--lang` as the language table spells it, once; refused when the table does not know
/// it or no engine is configured for it.
fn target_languages(app: &App, raw: &[String]) -> anyhow::Result<Vec<&'static str>> {
    let mut out: Vec<&'static str> = Vec::new();
    for tag in raw.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let Some(language) = languages::lookup(tag) else {
            bail!(
                "--lang: {tag:?} is not a known language (use a tag from Gazette's language table, such as fr, de or pt-BR)"
            );
        };
        if !app.translations().offers(language.code) {
            bail!(
                "--lang: no translation engine is configured for {} ({}); add one to [translation] (`default`, or `languages`)",
                language.code,
                language.english_name
            );
        }
        if !out.contains(&language.code) {
            out.push(language.code);
        }
    }
    if out.is_empty() {
        bail!("--lang: name at least one language, e.g. --lang fr,de");
    }
    Ok(out)
}

fn same_language(article: &str, target: &str) -> bool {
    languages::lookup(article).map_or(article, |l| l.code) == target
}

/// Every published article, read a page at a time.
async fn published(app: &App) -> anyhow::Result<Vec<Article>> {
    const PAGE: u32 = 100;
    let mut out = Vec::new();
    for page in 1.. {
        let query = ArticleQuery {
            status: Some(ArticleStatus::Published),
            page,
            per_page: PAGE,
            ..Default::default()
        };
        let (batch, total) = app.articles().list(&query, Default::default()).await?;
        let last = batch.len() < PAGE as usize;
        out.extend(batch);
        if last || out.len() as u64 >= total {
            break;
        }
    }
    Ok(out)
}

/// The articles named by `--article`; all of them must exist and be published.
async fn chosen(app: &App, ids: &[i64]) -> anyhow::Result<Vec<Article>> {
    let mut out: Vec<Article> = Vec::new();
    for &id in ids {
        if out.iter().any(|a| a.id.0 == id) {
            continue;
        }
        let article = app
            .articles()
            .article(ArticleId(id))
            .await
            .map_err(|e| anyhow::anyhow!("--article {id}: {e}"))?;
        if article.status != ArticleStatus::Published {
            bail!(
                "--article {id} ({}) is {}: only published articles are translated",
                article.slug,
                article.status.as_str()
            );
        }
        out.push(article);
    }
    Ok(out)
}

fn reason(e: &TranslateError) -> String {
    match e {
        TranslateError::Retryable(message, _) => {
            format!("{message} (a temporary failure: run the command again later)")
        }
        other => other.to_string(),
    }
}

fn progress_bar(total: u64) -> ProgressBar {
    super::progress::bar(
        total,
        "translating [{bar:40}] {pos}/{len} (article × language) {msg} ({elapsed}, about {eta} left)",
    )
}

fn print_summary(s: &Summary, total: usize, secs: f64) {
    println!(
        "translated {} of {total} (article × language) in {secs:.2} s",
        s.made
    );
    if s.same_language > 0 {
        println!("  skipped, already in that language: {}", s.same_language);
    }
    if s.left_alone > 0 {
        println!(
            "  left alone (locked by the newsroom, or no longer published): {}",
            s.left_alone
        );
    }
    println!("  segments from memory: {}", s.remembered);
    println!("  segments sent: {}", s.sent);
    println!("  characters sent: {}", s.chars_sent);
    println!("  segments kept in the original: {}", s.kept_original);
    println!(
        "  translations with segments kept in the original: {}",
        s.partial
    );
    println!("  failures: {}", s.failures.len());
    for f in &s.failures {
        println!(
            "  failed {} (article {}) → {}: {}",
            f.slug, f.id.0, f.lang, f.reason
        );
    }
}

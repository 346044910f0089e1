//! `gazette import …`: republish one partner article from its URL, or move a whole site into
//! Gazette from a WordPress or Ghost export, with a progress bar; running either again over the
//! same input changes nothing.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use gazette_app::{Actor, App, Config, Counts, Mapping, SiteImportOptions, SiteImportSummary};
use indicatif::ProgressBar;

use super::DataOpts;

const MAPPING_HELP: &str = "\
The mapping file (--mapping) says what the old site's categories and tags become:

    language = \"en\"                     # the articles' language (default: the export's)

    [categories]
    default = \"theme\"                   # an unlisted category: theme, region or ignore
    regions = [\"iraq\", \"syria\"]         # category slugs filed as regions
    themes = [\"water\"]
    ignore = [\"uncategorized\"]
    rename = { \"middle-east\" = \"mena\" } # file under this Gazette slug instead

    [tags]                              # Ghost's tags are read here too
    default = \"ignore\"
    themes = [\"climate\"]

Without it, categories become themes, WordPress tags are ignored and Ghost's public tags
become themes. A slug that already exists here is used as it is, never overwritten.

Posts keep their dates: published ones are published with their original date, drafts stay
drafts. Pages become drafts, for an editor to publish or fold into the site settings. Each old
URL redirects (301) to the article's new one. A post changed in the export since the last run
is updated as a new revision, unless an editor saved it here since.";

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Fetch a partner's article and make it a draft republished from its Source (matched by
    /// domain, or created); importing it again updates that draft.
    Url {
        url: String,
        #[command(flatten)]
        data: DataOpts,
    },
    /// Import a WordPress export (Tools › Export › All content: a WXR file).
    #[command(after_long_help = MAPPING_HELP)]
    Wordpress {
        file: PathBuf,
        #[command(flatten)]
        opts: ImportOpts,
    },
    /// Import a Ghost export (Settings › Labs › Export: a JSON file).
    #[command(after_long_help = MAPPING_HELP)]
    Ghost {
        file: PathBuf,
        #[command(flatten)]
        opts: ImportOpts,
    },
}

#[derive(Debug, clap::Args)]
pub struct ImportOpts {
    #[command(flatten)]
    data: DataOpts,
    /// TOML file mapping categories and tags to regions and themes (see --help).
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// The old site's address, for resolving its images (required for Ghost exports that write
    /// it as __GHOST_URL__).
    #[arg(long)]
    site_url: Option<String>,
}

pub async fn run(config: Config, cmd: ImportCommand) -> anyhow::Result<()> {
    let (kind, file, opts) = match cmd {
        ImportCommand::Url { url, data } => return import_url(config, &url, &data).await,
        ImportCommand::Wordpress { file, opts } => (Kind::WordPress, file, opts),
        ImportCommand::Ghost { file, opts } => (Kind::Ghost, file, opts),
    };
    let options = SiteImportOptions {
        mapping: match &opts.mapping {
            Some(path) => read_mapping(path)?,
            None => Mapping::default(),
        },
        site_url: opts.site_url.clone(),
    };
    let app = App::open(super::with_data(config, &opts.data)).await?;
    let bar = progress_bar();
    let progress = {
        let bar = bar.clone();
        move |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
        }
    };
    let summary = match kind {
        Kind::WordPress => app.site_import().wordpress(&file, &options, progress).await,
        Kind::Ghost => app.site_import().ghost(&file, &options, progress).await,
    };
    bar.finish_and_clear();
    let summary = summary?;
    print_summary(&summary);
    if summary.failures.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "{} records failed; fix them (or the mapping) and run the command again: what was imported stays",
            summary.failures.len()
        )
    }
}

async fn import_url(config: Config, url: &str, data: &DataOpts) -> anyhow::Result<()> {
    let app = App::open(super::with_data(config, data)).await?;
    let imported = app.syndication().import_url(&Actor::System, url).await?;
    println!(
        "{}: {} (source {})",
        imported.outcome.as_str(),
        imported.canonical_url,
        imported.source.slug
    );
    if let Some(a) = &imported.article {
        println!(
            "  article {} {:?}, {}, revision {}",
            a.id,
            a.title,
            a.status.as_str(),
            a.revision
        );
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Kind {
    WordPress,
    Ghost,
}

fn read_mapping(path: &Path) -> anyhow::Result<Mapping> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read mapping {}: {e}", path.display()))?;
    Mapping::parse(&text).map_err(|e| anyhow::anyhow!("mapping {}: {e}", path.display()))
}

fn progress_bar() -> ProgressBar {
    super::progress::bar(
        0,
        "importing [{bar:40}] {pos}/{len} records ({elapsed}, about {eta} left)",
    )
}

fn print_summary(s: &SiteImportSummary) {
    println!("imported from {}", s.origin);
    for (kind, c) in [
        ("authors", &s.authors),
        ("regions", &s.regions),
        ("themes", &s.themes),
        ("posts", &s.posts),
        ("pages", &s.pages),
    ] {
        println!("  {kind:<8} {}", counts(c));
    }
    println!("  redirects added: {}", s.redirects_added);
    for f in &s.failures {
        println!("  failed {} ({:?}): {}", f.key, f.title, f.reason);
    }
}

fn counts(c: &Counts) -> String {
    format!(
        "{} created, {} updated, {} unchanged, {} linked to existing, {} skipped: edited here, {} skipped, {} failed",
        c.created, c.updated, c.unchanged, c.linked, c.skipped_edited_here, c.skipped, c.failed
    )
}

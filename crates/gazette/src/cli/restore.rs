//! `gazette restore FILE`: a backup into an empty database of either backend (and the media
//! into the configured storage), then the search index rebuilt from it.

use std::path::Path;

use gazette_app::{App, Config};

pub async fn run(config: Config, file: &Path) -> anyhow::Result<()> {
    let bar = super::progress::bar(
        0,
        "{msg} [{bar:40}] {pos}/{len} tables and files ({elapsed})",
    );
    bar.set_message("restoring");
    let progress = bar.clone();
    let summary = gazette_app::backup::restore(&config, file, &move |done, total| {
        progress.set_length(total);
        progress.set_position(done);
    })
    .await?;
    bar.finish_with_message("restored");
    println!(
        "restored {} into {}: schema version {}, {} tables, {} rows, {} media files",
        file.display(),
        gazette_app::redact(&config.database_url()),
        summary.schema_version,
        summary.tables,
        summary.rows,
        summary.media_files
    );
    // The index is not in the backup: it is rebuilt from what was restored.
    let app = App::open(config).await?;
    app.start_search().await?;
    let rebuilt = app.search().rebuild_index(|_, _| {}).await?;
    println!(
        "search index rebuilt: {} published articles and {} translations",
        rebuilt.articles, rebuilt.translations
    );
    Ok(())
}

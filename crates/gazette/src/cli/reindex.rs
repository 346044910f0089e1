use gazette_app::{App, Config};

/// Rebuilds the search index from the store. Run it while no `gazette serve` uses the same data
/// directory: one process owns an index.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    app.start_search().await?;
    // Every published article and each of its translations is a document; the count is known
    // once they are read, so the bar's length comes with the first progress report.
    let bar = super::progress::bar(0, "{msg} [{bar:40}] {pos}/{len} documents ({elapsed})");
    bar.set_message("indexing");
    let progress = bar.clone();
    let rebuilt = app
        .search()
        .rebuild_index(move |done, total| {
            progress.set_length(total);
            progress.set_position(done);
        })
        .await?;
    bar.finish_with_message("indexed");
    println!(
        "search index rebuilt: {} published articles and {} translations",
        rebuilt.articles, rebuilt.translations
    );
    Ok(())
}

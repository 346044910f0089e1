use gazette_app::{App, Config};

/// Rebuilds the search index from the store. Run it while no `gazette serve` uses the same data
/// directory: one process owns an index.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    app.start_search().await?;
    let total = app.search().published_count().await?;
    let bar = super::progress::bar(total, "{msg} [{bar:40}] {pos}/{len} articles ({elapsed})");
    bar.set_message("indexing");
    let progress = bar.clone();
    let indexed = app
        .search()
        .rebuild_index(move |n| progress.set_position(n))
        .await?;
    bar.finish_with_message("indexed");
    println!("search index rebuilt: {indexed} published articles");
    Ok(())
}

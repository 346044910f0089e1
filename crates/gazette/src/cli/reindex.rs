use std::time::{Duration, Instant};

use gazette_app::{App, Config};

/// How long `reindex` waits for a running server to rebuild its index.
const SERVER_DEADLINE: Duration = Duration::from_secs(600);

/// Rebuilds the search index from the store. It records a "rebuild" entry in the change log,
/// which every running server applies to its own index; when no server holds this data
/// directory's index, this process rebuilds it itself, else it waits for that server to.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    let entry = app.search().request_rebuild().await?;
    if app.try_start_search().await? || wait_for_server(&app, entry).await? {
        rebuild_here(&app, entry).await
    } else {
        Ok(())
    }
}

/// Rebuilds the index this process holds, and records that it has applied `entry`.
async fn rebuild_here(app: &App, entry: i64) -> anyhow::Result<()> {
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
    app.search().record_applied(entry)?;
    bar.finish_with_message("indexed");
    println!(
        "search index rebuilt: {} published articles and {} translations",
        rebuilt.articles, rebuilt.translations
    );
    Ok(())
}

/// A server owns this data directory's index: it rebuilds when it reads `entry` from the change
/// log, and records that beside the index. `Ok(true)` when the holder let go of the index
/// before that (it was stopping): this process now holds it and rebuilds it itself.
async fn wait_for_server(app: &App, entry: i64) -> anyhow::Result<bool> {
    eprintln!(
        "a running server holds the search index in {}; asked it (and every other server) to \
         rebuild (change {entry}), waiting…",
        app.config().data.display()
    );
    let start = Instant::now();
    loop {
        if app
            .search()
            .applied_change()
            .is_some_and(|mark| mark >= entry)
        {
            println!(
                "search index rebuilt by the running server in {:.1} s",
                start.elapsed().as_secs_f64()
            );
            return Ok(false);
        }
        if app.try_start_search().await? {
            eprintln!("the process holding the search index let go of it; rebuilding here");
            return Ok(true);
        }
        if start.elapsed() > SERVER_DEADLINE {
            anyhow::bail!(
                "the running server did not rebuild its search index within {} s; see its log \
                 (the request stays recorded: it rebuilds when it reads it)",
                SERVER_DEADLINE.as_secs()
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

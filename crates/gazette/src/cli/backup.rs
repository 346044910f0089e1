//! `gazette backup FILE`: one file holding every table, the media and the newsletter link key,
//! taken from one snapshot while the site keeps serving.

use std::path::Path;

use gazette_app::{App, Config};

pub async fn run(config: Config, file: &Path) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    let bar = super::progress::bar(
        0,
        "{msg} [{bar:40}] {pos}/{len} tables and files ({elapsed})",
    );
    bar.set_message("backing up");
    let progress = bar.clone();
    let summary = app
        .backup()
        .write_to(file, &move |done, total| {
            progress.set_length(total);
            progress.set_position(done);
        })
        .await?;
    bar.finish_with_message("backed up");
    println!(
        "backup written to {}: schema version {}, {} tables, {} rows, {} media files ({} bytes), {} bytes in all",
        file.display(),
        summary.schema_version,
        summary.tables,
        summary.rows,
        summary.media_files,
        summary.media_bytes,
        summary.file_bytes
    );
    if !summary.missing_media.is_empty() {
        println!(
            "{} media files named in the database were missing from the storage: {}",
            summary.missing_media.len(),
            summary.missing_media.join(", ")
        );
    }
    Ok(())
}

use std::path::Path;

use anyhow::bail;

pub fn run(path: &Path, force: bool) -> anyhow::Result<()> {
    if path.exists() && !force {
        bail!(
            "{} already exists; pass --force to replace it",
            path.display()
        );
    }
    std::fs::write(path, gazette_app::config::DEFAULT_CONFIG_TOML)?;
    println!("wrote {}", path.display());
    Ok(())
}

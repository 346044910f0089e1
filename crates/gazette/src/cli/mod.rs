//! One file per subcommand.

mod backup;
mod demo;
mod import;
mod init;
mod jobs;
mod newsletter;
pub mod progress;
mod reindex;
mod restore;
mod serve;
mod systemd;
mod translate;
mod user;

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use gazette_app::Config;

#[derive(Debug, Parser)]
#[command(
    name = "gazette",
    version,
    about = "A self-hosted publishing platform for independent news and research outlets"
)]
pub struct Args {
    /// Configuration file (default: ./gazette.toml if it exists).
    #[arg(long, global = true, env = "GAZETTE_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Where to listen and keep data; overrides the config file and environment.
#[derive(Debug, clap::Args)]
pub struct ServeOpts {
    /// HOST:PORT to listen on; port 0 picks a free port and prints it.
    #[arg(long)]
    addr: Option<SocketAddr>,
    /// Directory for the SQLite file, media and indexes.
    #[arg(long)]
    data: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DataOpts {
    /// Directory for the SQLite file, media and indexes.
    #[arg(long)]
    data: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write a commented configuration file with every default.
    Init {
        /// Where to write it.
        #[arg(default_value = "gazette.toml")]
        path: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Create or upgrade the database schema.
    Migrate(DataOpts),
    /// Serve the site, the APIs and the background jobs.
    Serve(ServeOpts),
    /// Load the demo publication (into an empty database) and serve it.
    Demo(demo::DemoOpts),
    /// Manage users.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Rebuild the search index from the database, with a progress bar.
    Reindex(DataOpts),
    /// Write a backup of the site (every table, the media, the newsletter link key) to FILE,
    /// from one consistent snapshot; safe beside a running `gazette serve`.
    Backup {
        #[command(flatten)]
        data: DataOpts,
        /// Where to write the backup (a .tar.gz).
        file: PathBuf,
    },
    /// Restore a backup into an empty database (SQLite or PostgreSQL, whichever is configured)
    /// and the configured media storage, then rebuild the search index.
    Restore {
        #[command(flatten)]
        data: DataOpts,
        /// The backup file `gazette backup` wrote.
        file: PathBuf,
    },
    /// Send newsletter editions, see their progress, import subscribers.
    #[command(subcommand)]
    Newsletter(newsletter::NewsletterCommand),
    /// Move a site into Gazette from a WordPress or Ghost export.
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Translate published articles now (not through the job queue), through the
    /// translation memory, with a progress bar and a summary of what was sent.
    Translate(translate::TranslateOpts),
    /// List pending, running and failed background jobs.
    Jobs {
        #[command(flatten)]
        data: DataOpts,
        /// Also list finished jobs.
        #[arg(long)]
        all: bool,
    },
}

impl Args {
    /// The configuration: the file, then the environment.
    pub fn config(&self) -> Result<Config, gazette_app::config::ConfigError> {
        Config::load(self.config.as_deref())
    }
}

/// What PostgreSQL shows for this process's connections: a server with its pid (several run
/// at once), a command by its name.
fn application_name(command: &Command) -> String {
    let name = match command {
        Command::Init { .. } => "init",
        Command::Migrate(_) => "migrate",
        Command::Serve(_) => return format!("gazette serve {}", std::process::id()),
        Command::Demo(_) => return format!("gazette demo {}", std::process::id()),
        Command::User(_) => "user",
        Command::Reindex(_) => "reindex",
        Command::Newsletter(_) => "newsletter",
        Command::Import(_) => "import",
        Command::Translate(_) => "translate",
        Command::Jobs { .. } => "jobs",
        Command::Backup { .. } => "backup",
        Command::Restore { .. } => "restore",
    };
    format!("gazette {name}")
}

pub async fn run(args: Args, mut config: Config) -> anyhow::Result<()> {
    config.database.application_name = application_name(&args.command);
    match args.command {
        Command::Init { path, force } => init::run(&path, force),
        Command::Migrate(data) => {
            let app = gazette_app::App::open(with_data(config, &data)).await?;
            println!(
                "database is up to date: {}",
                gazette_app::redact(&app.config().database_url())
            );
            Ok(())
        }
        Command::Serve(opts) => serve::run(with_serve(config, &opts), false).await,
        Command::Demo(opts) => demo::run(config, opts).await,
        Command::User(cmd) => user::run(config, cmd).await,
        Command::Reindex(data) => reindex::run(with_data(config, &data)).await,
        Command::Backup { data, file } => backup::run(with_data(config, &data), &file).await,
        Command::Restore { data, file } => restore::run(with_data(config, &data), &file).await,
        Command::Jobs { data, all } => jobs::run(with_data(config, &data), all).await,
        Command::Newsletter(cmd) => newsletter::run(config, cmd).await,
        Command::Import(cmd) => import::run(config, cmd).await,
        Command::Translate(opts) => translate::run(config, opts).await,
    }
}

fn with_data(mut config: Config, opts: &DataOpts) -> Config {
    if let Some(data) = &opts.data {
        config.data = data.clone();
    }
    config
}

fn with_serve(mut config: Config, opts: &ServeOpts) -> Config {
    if let Some(addr) = opts.addr {
        config.addr = addr;
    }
    if let Some(data) = &opts.data {
        config.data = data.clone();
    }
    config
}

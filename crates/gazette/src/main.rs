//! The `gazette` binary: parses the command line and calls the crates that do the work.

mod cli;

use std::io::IsTerminal;

use clap::Parser;
use gazette_app::config::{LogFormat, LogSettings};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = cli::Args::parse();
    let outcome = match args.config() {
        Ok(config) => {
            init_logging(&config.log);
            cli::run(args, config).await
        }
        Err(err) => Err(err.into()),
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Log lines to stderr, filtered by `GAZETTE_LOG`, as text or JSON (`[log] format`).
fn init_logging(settings: &LogSettings) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("GAZETTE_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    // stdout is the commands' output (`gazette user add` prints a token for scripts); log
    // lines go to stderr around any progress bar.
    let writer = || cli::progress::LogWriter;
    match settings.format {
        LogFormat::Text => {
            // Colour codes are for a person at a terminal; in a file or a journal they are noise.
            let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_target(false)
                .with_ansi(colour)
                .with_writer(writer)
                .init();
        }
        LogFormat::Json => {
            // The target stays: it is what tells the access log (`gazette::access`) apart.
            tracing_subscriber::fmt()
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(false)
                .with_env_filter(filter)
                .with_writer(writer)
                .init();
        }
    }
}

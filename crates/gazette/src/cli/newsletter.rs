//! `gazette newsletter …`: send an edition now with a progress bar, show where sending stands,
//! import a list of subscribers who gave their consent elsewhere.

use std::io::BufRead;
use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;
use gazette_app::jobs::JobKind;
use gazette_app::{Actor, App, Config, EditionOverview};

use super::DataOpts;

#[derive(Debug, Subcommand)]
pub enum NewsletterCommand {
    /// Send the next edition now (or resume one whose sending was interrupted), here, with a
    /// progress bar. Ctrl-C stops after the messages in flight; running it again resumes.
    Send {
        #[command(flatten)]
        data: DataOpts,
        /// Send now rather than at the newsletter's send time (required, so that it is never
        /// done by accident).
        #[arg(long)]
        now: bool,
        /// The newsletter's slug (default: the only one, if there is one).
        #[arg(long)]
        newsletter: Option<String>,
    },
    /// Show every newsletter's subscribers and next send, and its latest editions' progress.
    Status {
        #[command(flatten)]
        data: DataOpts,
        /// Only this newsletter.
        #[arg(long)]
        newsletter: Option<String>,
    },
    /// Add subscribers who already agreed to receive the newsletter (a list moved from another
    /// service): one address per line, or CSV with the address first. Running it again adds
    /// nobody twice.
    Import {
        #[command(flatten)]
        data: DataOpts,
        #[arg(long)]
        newsletter: String,
        /// Their language edition (default: the site's).
        #[arg(long, default_value = "")]
        language: String,
        file: PathBuf,
    },
}

pub async fn run(config: Config, cmd: NewsletterCommand) -> anyhow::Result<()> {
    match cmd {
        NewsletterCommand::Send {
            data,
            now,
            newsletter,
        } => {
            if !now {
                anyhow::bail!(
                    "editions go out at their send time; add --now to send the next one immediately"
                );
            }
            let app = App::open(super::with_data(config, &data)).await?;
            let slug = pick_newsletter(&app, newsletter).await?;
            send_now(&app, &slug).await
        }
        NewsletterCommand::Status { data, newsletter } => {
            let app = App::open(super::with_data(config, &data)).await?;
            status(&app, newsletter.as_deref()).await
        }
        NewsletterCommand::Import {
            data,
            newsletter,
            language,
            file,
        } => {
            let app = App::open(super::with_data(config, &data)).await?;
            let reader = std::io::BufReader::new(
                std::fs::File::open(&file)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?,
            );
            let lines = reader.lines().map_while(Result::ok);
            let summary = app
                .newsletters()
                .import_subscribers(&newsletter, lines, &language)
                .await?;
            for (line, raw) in summary.invalid.iter().take(20) {
                eprintln!("line {line}: {raw:?} is not an email address; skipped");
            }
            if summary.invalid.len() > 20 {
                eprintln!("… and {} more invalid lines", summary.invalid.len() - 20);
            }
            println!(
                "imported into {newsletter}: {} added, {} already subscribed, {} invalid",
                summary.added,
                summary.existing,
                summary.invalid.len()
            );
            Ok(())
        }
    }
}

async fn pick_newsletter(app: &App, given: Option<String>) -> anyhow::Result<String> {
    if let Some(slug) = given {
        return Ok(slug);
    }
    let all = app.newsletters().overviews().await?;
    match all.as_slice() {
        [one] => Ok(one.newsletter.slug.to_string()),
        [] => anyhow::bail!("there is no newsletter yet; create one through the Admin API"),
        _ => anyhow::bail!(
            "there are several newsletters; choose one with --newsletter ({})",
            all.iter()
                .map(|n| n.newsletter.slug.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

async fn send_now(app: &App, slug: &str) -> anyhow::Result<()> {
    if !app.mailer().is_configured() {
        anyhow::bail!(
            "no SMTP server is configured: set [mail] smtp_url in gazette.toml or GAZETTE_SMTP_URL"
        );
    }
    let clock = std::time::Instant::now();
    let started = app
        .newsletters()
        .send_next_edition_now(&Actor::System, slug)
        .await?;
    let edition = started.id;
    let bar = super::progress::bar(
        started.progress.total,
        "{msg} [{bar:40}] {pos}/{len} ({per_sec}, {elapsed}, about {eta} left)",
    );
    bar.set_message(format!("{slug} no. {}", started.number.unwrap_or(0)));
    let ctrl_c = app.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("stopping after the messages in flight…");
            ctrl_c.shut_down();
        }
    });
    let sender = {
        let app = app.clone();
        tokio::spawn(async move {
            let worker = format!("newsletter-send-{}", std::process::id());
            // Retries wait for their time; keep running the job while it asks to come back soon.
            loop {
                let ran = app
                    .jobs()
                    .run_queued(JobKind::SendEdition { edition }, &worker)
                    .await?;
                let now = app.newsletters().edition_overview(edition).await?;
                if finished(&now) || app.is_shutting_down() {
                    return Ok::<_, anyhow::Error>(());
                }
                if !ran {
                    // Another process holds it, or retries are waiting: look again shortly.
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        })
    };
    loop {
        let now = app.newsletters().edition_overview(edition).await?;
        bar.set_length(now.progress.total);
        bar.set_position(now.progress.done());
        if finished(&now) || sender.is_finished() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    sender.await??;
    let now = app.newsletters().edition_overview(edition).await?;
    bar.set_position(now.progress.done());
    bar.finish();
    let p = now.progress;
    let secs = clock.elapsed().as_secs_f64();
    println!(
        "{slug} no. {}: {} sent, {} failed, {} waiting to retry, {} of {} in all, in {secs:.1} s ({:.0} messages/s){}",
        now.number.unwrap_or(0),
        p.sent,
        p.failed,
        p.pending,
        p.done(),
        p.total,
        p.done() as f64 / secs.max(0.001),
        if finished(&now) {
            String::new()
        } else {
            "; run the command again (or keep `gazette serve` running) to finish".into()
        }
    );
    Ok(())
}

fn finished(e: &EditionOverview) -> bool {
    e.status != gazette_domain::EditionStatus::Sending
}

async fn status(app: &App, only: Option<&str>) -> anyhow::Result<()> {
    let all = app.newsletters().overviews().await?;
    if all.is_empty() {
        println!("no newsletters");
    }
    for n in all
        .iter()
        .filter(|n| only.is_none_or(|s| s == n.newsletter.slug.as_str()))
    {
        println!(
            "{} ({}): {} confirmed subscribers, {}",
            n.newsletter.name,
            n.newsletter.slug,
            n.subscribers,
            match &n.next_send {
                Some(at) => format!("next send {at}"),
                None => "inactive".into(),
            }
        );
        for e in app
            .newsletters()
            .editions(n.newsletter.slug.as_str(), 5)
            .await?
        {
            let p = e.progress;
            println!(
                "  no. {:<5} {:<8} {:>8} sent {:>6} failed {:>6} pending {:>6} sending {:>5} resent in doubt  {}",
                e.number.unwrap_or(0),
                e.status.as_str(),
                p.sent,
                p.failed,
                p.pending,
                p.sending,
                p.resent_in_doubt,
                e.started_at.as_deref().unwrap_or("")
            );
        }
    }
    Ok(())
}

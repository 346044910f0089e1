use gazette_app::{App, Config, JobStatus};

pub async fn run(config: Config, all: bool) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    let statuses: &[JobStatus] = if all {
        &[]
    } else {
        &[JobStatus::Pending, JobStatus::Running, JobStatus::Failed]
    };
    let jobs = app.jobs().list(statuses, 1000).await?;
    if jobs.is_empty() {
        println!(
            "no {}jobs",
            if all {
                ""
            } else {
                "pending, running or failed "
            }
        );
        return Ok(());
    }
    println!(
        "{:>6}  {:<8}  {:<20}  {:<25}  {:>8}  payload / last error",
        "id", "status", "kind", "run at", "attempts"
    );
    for j in jobs {
        let run_at = j.run_at.format(&time_format()).unwrap_or_default();
        let detail = match &j.last_error {
            Some(e) => format!("{}  ({e})", j.payload),
            None => j.payload.clone(),
        };
        println!(
            "{:>6}  {:<8}  {:<20}  {:<25}  {:>4}/{:<3}  {detail}",
            j.id,
            j.status.as_str(),
            j.kind,
            run_at,
            j.attempts,
            j.max_attempts
        );
    }
    Ok(())
}

fn time_format() -> time::format_description::well_known::Rfc3339 {
    time::format_description::well_known::Rfc3339
}

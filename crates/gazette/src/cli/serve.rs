use gazette_app::{App, Config};
use tokio::net::TcpListener;

/// Opens the store, optionally loads the demo, then serves until SIGINT or SIGTERM, and then
/// drains: `/readyz` fails for `[shutdown] drain_secs` while connections are still accepted,
/// then the listener closes, requests in flight and the job in hand finish. A second signal
/// stops at once.
pub async fn run(config: Config, demo: bool) -> anyhow::Result<()> {
    let app = App::open(config).await?;
    app.start_search().await?;
    let mut editor = None;
    let mut translations: Vec<(String, usize)> = Vec::new();
    if demo {
        let summary = gazette_app::demo::load(&app).await?;
        editor = summary.editor.clone();
        if summary.already_loaded {
            println!("demo: the database already has articles; serving them as they are");
        } else {
            println!(
                "demo: loaded {} published articles, {} drafts and {} scheduled to go live in a few minutes",
                summary.published, summary.drafts, summary.scheduled
            );
            let shipped: Vec<String> = summary
                .translations
                .iter()
                .map(|(lang, n)| format!("{n} in {lang}"))
                .collect();
            if !shipped.is_empty() {
                println!(
                    "demo: machine translations by Apertium, shipped with the demo: {}",
                    shipped.join(", ")
                );
            }
            if !summary.requested_languages.is_empty() {
                println!(
                    "demo: asked the configured engines for {} (through the job queue)",
                    summary.requested_languages.join(", ")
                );
            }
            translations = summary.translations.clone();
        }
    }
    let listener = TcpListener::bind(app.config().addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", app.config().addr))?;
    let addr = listener.local_addr()?;
    app.set_listen_addr(addr);
    if let Some(addr) = app.config().metrics.addr().map_err(anyhow::Error::msg)? {
        let metrics = TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr} for metrics: {e}"))?;
        // Printed before the public address, so whoever waits for that line knows both.
        println!(
            "Gazette metrics at http://{}/metrics",
            metrics.local_addr()?
        );
        // Ends with the process: scrapes are short, and the public listener's drain is what matters.
        tokio::spawn(gazette_web::serve_metrics(
            app.clone(),
            metrics,
            std::future::pending(),
        ));
    }
    let base = app.base_url().to_owned();
    println!("Gazette is serving {base}/");
    if demo {
        println!("  home page:      {base}/");
        println!("  an article:     {base}/tigris-farmers-count-cost-of-upstream-dams");
        println!("  a region:       {base}/region/middle-east-north-africa");
        println!("  a report:       {base}/report/the-water-ledger");
        if translations.iter().any(|(lang, n)| lang == "es" && *n > 0) {
            println!("  in Spanish:     {base}/es/ (also /ca/ and /gl/; the same paths after it)");
            println!("  an article:     {base}/es/tigris-farmers-count-cost-of-upstream-dams");
        }
        println!("  Content API:    {base}/api/v1/articles");
        println!("  OpenAPI:        {base}/api/openapi.json");
        match &editor {
            Some((email, password)) => println!(
                "  admin:          {base}/admin (sign in as {email} with password {password}; shown only now)"
            ),
            None => println!(
                "  admin:          {base}/admin (set a password with: gazette user password --email {} --data {})",
                gazette_app::demo::DEMO_EDITOR,
                app.config().data.display()
            ),
        }
        println!("  data directory: {}", app.config().data.display());
    }
    let jobs = tokio::spawn(
        app.jobs()
            .run_forever(format!("serve-{}", std::process::id())),
    );
    tokio::spawn(app.clone().follow_changes());
    let mut signals = StopSignals::new()?;
    let (stop_listening, listening_stopped) = tokio::sync::oneshot::channel::<()>();
    let mut server = tokio::spawn(gazette_web::serve(app.clone(), listener, async move {
        let _ = listening_stopped.await;
    }));
    super::systemd::notify("READY=1");

    tokio::select! {
        () = signals.next() => {}
        ended = &mut server => return server_ended(ended),
    }
    // Draining: /readyz fails and responses ask for the connection to close, while the listener
    // still accepts, so that a load balancer polling /readyz moves traffic before connections
    // are refused. The job runner takes no new job; the one in hand stops at a safe point (a
    // newsletter send records the messages in flight and leaves the rest queued, so the next
    // start sends each reader exactly one message).
    let drain = app.config().shutdown.drain();
    tracing::info!(
        drain_secs = drain.as_secs(),
        "stopping: /readyz answers 503; still accepting connections during the drain window (a second signal stops at once)"
    );
    app.shut_down();
    super::systemd::notify("STOPPING=1");
    tokio::select! {
        () = tokio::time::sleep(drain) => {}
        () = signals.next() => stop_at_once(),
        ended = &mut server => return server_ended(ended),
    }
    tracing::info!("no longer accepting connections; finishing the requests in flight");
    let _ = stop_listening.send(());
    tokio::select! {
        ended = &mut server => server_ended(ended)?,
        () = signals.next() => stop_at_once(),
    }
    tokio::select! {
        finished = tokio::time::timeout(std::time::Duration::from_secs(60), jobs) => {
            if finished.is_err() {
                tracing::warn!(
                    "the running job did not stop within 60 s; its lease lets another run take it over"
                );
            }
        }
        () = signals.next() => stop_at_once(),
    }
    app.store().close().await;
    tracing::info!("stopped");
    Ok(())
}

/// What the server task's end means for the process: an error to report, or a clean stop.
fn server_ended(ended: Result<std::io::Result<()>, tokio::task::JoinError>) -> anyhow::Result<()> {
    ended.map_err(|e| anyhow::anyhow!("the HTTP server task failed: {e}"))??;
    Ok(())
}

/// A second SIGINT or SIGTERM while stopping: the operator does not want to wait for requests
/// or the job in hand (whose lease lets another server take it over).
fn stop_at_once() -> ! {
    tracing::warn!("second stop signal: stopping at once");
    std::process::exit(1)
}

/// SIGINT (Ctrl-C) and SIGTERM, each time either arrives. The handlers are installed once, at
/// start, so that a signal arriving between two waits is not lost.
struct StopSignals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl StopSignals {
    #[cfg(unix)]
    fn new() -> anyhow::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        let handle = |kind: SignalKind, name: &str| {
            signal(kind).map_err(|e| anyhow::anyhow!("cannot handle {name}: {e}"))
        };
        Ok(Self {
            term: handle(SignalKind::terminate(), "SIGTERM")?,
            int: handle(SignalKind::interrupt(), "SIGINT")?,
        })
    }

    #[cfg(not(unix))]
    fn new() -> anyhow::Result<Self> {
        Ok(Self {})
    }

    #[cfg(unix)]
    async fn next(&mut self) {
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.int.recv() => {}
        }
    }

    #[cfg(not(unix))]
    async fn next(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}

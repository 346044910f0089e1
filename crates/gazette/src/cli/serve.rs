use gazette_app::{App, Config};
use tokio::net::TcpListener;

/// Opens the store, optionally loads the demo, then serves until SIGINT or SIGTERM.
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
    gazette_web::serve(app.clone(), listener, shutdown_signal()).await?;
    // Let the job in hand reach a safe point: a newsletter send records the messages in flight
    // and leaves the rest queued, so the next start sends each reader exactly one message.
    app.shut_down();
    if tokio::time::timeout(std::time::Duration::from_secs(60), jobs)
        .await
        .is_err()
    {
        tracing::warn!(
            "the running job did not stop within 60 s; its lease lets another run take it over"
        );
    }
    app.store().close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

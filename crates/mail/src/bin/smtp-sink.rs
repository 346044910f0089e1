//! `smtp-sink --port-file PATH`: a counting SMTP server for benchmarks.
//!
//! Listens on 127.0.0.1 and an ephemeral port, writes the port to PATH (atomically: a reader
//! polling for the file never sees half of it), and on SIGTERM, SIGINT or when stdin closes
//! prints one line, `received=N distinct_recipients=M max_per_recipient=K`, and exits.
//! Messages are counted, not kept. Note that a shell starts a background job (`&`) with stdin
//! on /dev/null, which closes at once: give it a pipe (`sleep infinity | smtp-sink ...`).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use gazette_mail::test_server::SmtpServer;
use tokio::signal::unix::{SignalKind, signal};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port_file = match args.as_slice() {
        [flag, path] if flag == "--port-file" => PathBuf::from(path),
        _ => {
            eprintln!("usage: smtp-sink --port-file PATH");
            return ExitCode::from(2);
        }
    };

    let server = SmtpServer::start_counting();
    let partial = port_file.with_extension("partial");
    let written = std::fs::write(&partial, format!("{}\n", server.addr.port()))
        .and_then(|()| std::fs::rename(&partial, &port_file));
    if let Err(e) = written {
        eprintln!("smtp-sink: cannot write {}: {e}", port_file.display());
        return ExitCode::FAILURE;
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime builds");
    let waited = runtime.block_on(async {
        let mut terminate = signal(SignalKind::terminate())?;
        let mut interrupt = signal(SignalKind::interrupt())?;
        let (closed, stdin_closed) = tokio::sync::oneshot::channel();
        // A plain thread: a blocking task would keep the runtime from shutting down.
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
            let _ = closed.send(());
        });
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
            _ = stdin_closed => {}
        }
        std::io::Result::Ok(())
    });
    if let Err(e) = waited {
        eprintln!("smtp-sink: cannot wait for signals: {e}");
        return ExitCode::FAILURE;
    }

    let counts = server.per_recipient_counts();
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(
        stdout,
        "received={} distinct_recipients={} max_per_recipient={}",
        server.count(),
        counts.len(),
        counts.values().max().copied().unwrap_or(0)
    );
    let _ = stdout.flush();
    // Not waiting for client connections to wind down: the counts are final once printed.
    std::process::exit(0)
}

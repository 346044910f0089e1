//! The real `gazette` binary as a child process, for tests about what only a whole process
//! shows (several servers on one database, restarts, signals): started as an operator starts
//! it, and found by the line it prints once it listens (no sleeping and hoping).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// `bin` (the test's `CARGO_BIN_EXE_gazette`) run in `cwd` with no configuration from the
/// developer's shell: every `GAZETTE_*` variable, `DATABASE_URL` and `NOTIFY_SOCKET` removed,
/// so only what the test sets applies (and no `gazette.toml` is found unless `cwd` has one).
pub fn gazette(bin: &str, cwd: &Path) -> Command {
    let mut cmd = Command::new(bin);
    cmd.current_dir(cwd);
    for (var, _) in std::env::vars() {
        if var.starts_with("GAZETTE_") || var == "DATABASE_URL" || var == "NOTIFY_SOCKET" {
            cmd.env_remove(var);
        }
    }
    cmd
}

/// Spawns `cmd` (a `gazette serve` or `gazette demo`) and waits up to a minute for the line
/// saying where it serves; returns the child and that base URL (no trailing slash). The
/// child's output goes on being read, so it never blocks on a full pipe.
pub fn spawn_serving(cmd: &mut Command) -> (Child, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .expect("the gazette binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(rest) = line.strip_prefix("Gazette is serving ") {
                let _ = tx.send(rest.trim().trim_end_matches('/').to_owned());
            }
        }
    });
    let base = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("gazette prints the address it serves");
    (child, base)
}

//! A real nginx in front of real servers, for tests about what a reverse proxy sees: each
//! [`Nginx`] is a private instance (its own configuration, pid file, logs and temporary paths in
//! a temporary directory, listening on `127.0.0.1`), stopped on drop.
//!
//! Where `/usr/sbin/nginx` is not installed the test is skipped with a `skipping nginx test: …`
//! line on stderr, unless `GAZETTE_REQUIRE_NGINX=1` (set by `.ci/run`), which makes it a failure.

use std::io::Write;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NGINX: &str = "/usr/sbin/nginx";

/// One nginx process, stopped when dropped.
pub struct Nginx {
    child: Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

impl Nginx {
    /// Whether nginx is installed; says so on stderr when it is not (the caller skips), and
    /// panics instead when `GAZETTE_REQUIRE_NGINX=1`.
    pub fn installed() -> bool {
        if Path::new(NGINX).exists() {
            return true;
        }
        let why = format!("{NGINX} is not installed (apt-get install nginx)");
        if std::env::var("GAZETTE_REQUIRE_NGINX").is_ok_and(|v| v == "1") {
            panic!("GAZETTE_REQUIRE_NGINX=1 but {why}");
        }
        // Straight to the stream: libtest captures eprintln! of a passing test.
        let _ = writeln!(std::io::stderr(), "skipping nginx test: {why}");
        false
    }

    /// Starts nginx with `http_block`, the inside of its `http { }` block, which must contain a
    /// `server` listening on `127.0.0.1:{port}` (written as the text `{port}`; a free port is
    /// put there). Returns `None` where nginx is not [installed](Nginx::installed); panics if
    /// it does not start.
    pub fn start(http_block: &str) -> Option<Nginx> {
        if !Self::installed() {
            return None;
        }
        let dir = tempfile::tempdir().expect("a temporary directory for nginx");
        let port = free_port();
        let d = dir.path().display();
        // One process (no master and workers), so that killing the child stops all of nginx.
        // As root, nginx hands its workers to "nobody", who cannot read the private directory.
        let user = if is_root() { "user root;" } else { "" };
        let conf = format!(
            "{user}\nmaster_process off;\ndaemon off;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log warn;\nevents {{ worker_connections 1024; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n\
             proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n\
             uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n{}\n}}\n",
            http_block.replace("{port}", &port.to_string())
        );
        let conf_path = dir.path().join("nginx.conf");
        std::fs::write(&conf_path, conf).expect("the nginx configuration is written");
        let child = Command::new(NGINX)
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .arg("-c")
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{NGINX} does not start: {e}"));
        let mut nginx = Nginx { child, port, dir };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                panic!("nginx exited ({status}): {}", nginx.error_log());
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not listen within 20 s: {}",
                nginx.error_log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(nginx)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// What nginx wrote to its error log so far (upstream failures and retries show there).
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on now, for a server that must keep its address across restarts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("an ephemeral port")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

//! Telling systemd how the server is doing (`Type=notify` in `deploy/gazette.service`):
//! `READY=1` once it listens, `STOPPING=1` when it starts draining. The protocol is one datagram
//! to the Unix socket named by `NOTIFY_SOCKET` (a path, or `@name` in the abstract namespace);
//! without that variable, as anywhere but under systemd, nothing is sent.

/// Sends `state` (newline-separated `KEY=value` lines) to the service manager, if any.
pub fn notify(state: &str) {
    let Some(socket) = std::env::var_os("NOTIFY_SOCKET") else {
        return;
    };
    if let Err(err) = send(&socket, state) {
        tracing::warn!(error = %err, state, "cannot notify the service manager");
    }
}

#[cfg(unix)]
fn send(socket: &std::ffi::OsStr, state: &str) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::net::UnixDatagram;

    let datagram = UnixDatagram::unbound()?;
    match socket.as_bytes().strip_prefix(b"@") {
        #[cfg(target_os = "linux")]
        Some(name) => {
            use std::os::linux::net::SocketAddrExt;
            let addr = std::os::unix::net::SocketAddr::from_abstract_name(name)?;
            datagram.send_to_addr(state.as_bytes(), &addr)?;
        }
        _ => {
            datagram.send_to(state.as_bytes(), socket)?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn send(_socket: &std::ffi::OsStr, _state: &str) -> std::io::Result<()> {
    Ok(())
}

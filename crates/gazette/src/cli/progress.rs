//! Progress bars for long commands, and the log writer that keeps them whole.
//!
//! Commands log through `tracing` to stderr while a bar is drawn there too, and a log line
//! written straight to stderr tears the bar apart. So every bar belongs to one `MultiProgress`,
//! and log lines go through its `suspend`, which clears the bars, writes the line and redraws.

use std::io::{self, Write};
use std::sync::LazyLock;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

static BARS: LazyLock<MultiProgress> =
    LazyLock::new(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));

/// A bar of `len` steps in `template`'s words, drawn on stderr only when it is a terminal: a
/// script's log gets the command's summary alone.
pub fn bar(len: u64, template: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden()).with_style(
        ProgressStyle::with_template(template)
            .expect("a valid progress template")
            .progress_chars("=> "),
    );
    if io::IsTerminal::is_terminal(&io::stderr()) {
        BARS.add(bar)
    } else {
        bar
    }
}

/// Where log lines go: stderr, around the bars.
pub struct LogWriter;

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        BARS.suspend(|| io::stderr().write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

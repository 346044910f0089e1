//! `smtp_blast --url smtp://127.0.0.1:PORT --count N --concurrency C --html FILE --text FILE`:
//! sends N copies of one message, each to its own address, through the same `Mailer` Gazette
//! uses, C at a time, and prints `blast_msgs_per_sec=…`.
//!
//! It is `bench/newsletter`'s reference: the SMTP transport alone, with the messages built in
//! advance and nothing recorded, so Gazette's figure divided by this one is the share of raw
//! sending speed left after rendering, personalising and the delivery records.

use std::time::Instant;

use gazette_mail::{Email, MailSettings, Mailer};

fn arg(args: &[String], name: &str) -> String {
    args.windows(2)
        .find(|w| w[0] == name)
        .map(|w| w[1].clone())
        .unwrap_or_else(|| panic!("{name} is required"))
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = arg(&args, "--count").parse().expect("--count is a number");
    let settings = MailSettings {
        smtp_url: arg(&args, "--url"),
        concurrency: arg(&args, "--concurrency")
            .parse()
            .expect("--concurrency is a number"),
        ..MailSettings::default()
    };
    let html = std::fs::read_to_string(arg(&args, "--html")).expect("the HTML body");
    let text = std::fs::read_to_string(arg(&args, "--text")).expect("the text body");
    let mailer = Mailer::new(&settings).expect("valid settings");
    let started = Instant::now();
    let mut in_flight = tokio::task::JoinSet::new();
    let mut failed = 0usize;
    for i in 0..count {
        if in_flight.len() >= settings.concurrency
            && let Some(Ok(Err(_))) = in_flight.join_next().await
        {
            failed += 1;
        }
        let email = Email {
            to: format!("blast{i}@bench.example"),
            subject: "Benchmark edition".into(),
            text: text.clone(),
            html: Some(html.clone()),
            message_id: format!("blast-{i}@bench.example"),
            list_unsubscribe: Some(format!("http://127.0.0.1/newsletter/unsubscribe/{i:064}")),
            list_id: Some("Bench <bench.example>".into()),
        };
        let mailer = mailer.clone();
        in_flight.spawn(async move { mailer.send(&email).await });
    }
    while let Some(done) = in_flight.join_next().await {
        if let Ok(Err(_)) = done {
            failed += 1;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "blast_msgs_per_sec={:.0} blast_failed={failed} blast_secs={secs:.2}",
        count as f64 / secs
    );
}

//! Whether this process should be sent traffic: what a load balancer asks `/readyz`.
//!
//! Liveness (`/healthz`) needs nothing from here: a process that answers is alive, and
//! restarting it cannot mend a database that is down. Readiness is stricter: the database
//! answers a short query, it has applied exactly the migrations this binary carries (a server
//! older or newer than the schema should not take traffic), and the process is not draining
//! (a SIGTERM started [`Core::shut_down`](crate::Core::shut_down)).

use std::time::Duration;

/// How long the database may take to answer before the process counts as not ready: well under
/// a load balancer's health-check timeout, so that it hears "not ready" rather than nothing.
pub const DATABASE_TIMEOUT: Duration = Duration::from_secs(2);

crate::service!(
    /// Readiness checks (`app.health()`).
    Health
);

/// The outcome of one readiness check: `Ok` with what was found, or `Err` with why it failed.
pub type CheckOutcome = Result<String, String>;

/// Every readiness check, each with its outcome.
#[derive(Debug, Clone)]
pub struct Readiness {
    pub database: CheckOutcome,
    pub migrations: CheckOutcome,
    pub draining: CheckOutcome,
}

impl Readiness {
    /// The checks by name, in the order they are reported.
    pub fn checks(&self) -> [(&'static str, &CheckOutcome); 3] {
        [
            ("database", &self.database),
            ("migrations", &self.migrations),
            ("draining", &self.draining),
        ]
    }

    pub fn is_ready(&self) -> bool {
        self.checks().iter().all(|(_, outcome)| outcome.is_ok())
    }

    /// The names of the checks that failed.
    pub fn failing(&self) -> Vec<&'static str> {
        self.checks()
            .iter()
            .filter(|(_, outcome)| outcome.is_err())
            .map(|(name, _)| *name)
            .collect()
    }
}

impl Health<'_> {
    /// Runs every readiness check. Never waits longer than [`DATABASE_TIMEOUT`].
    pub async fn readiness(&self) -> Readiness {
        let draining = if self.is_shutting_down() {
            Err("yes: the process is stopping".to_owned())
        } else {
            Ok("no".to_owned())
        };
        let applied =
            tokio::time::timeout(DATABASE_TIMEOUT, self.store().applied_migrations()).await;
        let (database, migrations) = match applied {
            Err(_) => (
                Err(format!(
                    "no answer within {} s",
                    DATABASE_TIMEOUT.as_secs_f32()
                )),
                Err("not checked: the database did not answer".to_owned()),
            ),
            Ok(Err(err)) => {
                // The details stay in the log: the answer is public.
                tracing::warn!(error = %err, "readiness: the database did not answer");
                (
                    Err("unreachable (the log says why)".to_owned()),
                    Err("not checked: the database did not answer".to_owned()),
                )
            }
            Ok(Ok(applied)) => (
                Ok("ok".to_owned()),
                compare_migrations(&applied, &self.store().known_migrations()),
            ),
        };
        Readiness {
            database,
            migrations,
            draining,
        }
    }
}

/// Whether the database's schema is the one this binary was built for.
fn compare_migrations(applied: &[i64], known: &[i64]) -> CheckOutcome {
    if applied == known {
        return Ok(format!("{} applied, as this binary expects", applied.len()));
    }
    let missing: Vec<String> = known
        .iter()
        .filter(|v| !applied.contains(v))
        .map(i64::to_string)
        .collect();
    let unknown: Vec<String> = applied
        .iter()
        .filter(|v| !known.contains(v))
        .map(i64::to_string)
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!("not applied: {}", missing.join(", ")));
    }
    if !unknown.is_empty() {
        problems.push(format!(
            "applied but unknown to this binary (a newer version migrated): {}",
            unknown.join(", ")
        ));
    }
    Err(problems.join("; "))
}

#[cfg(test)]
mod tests {
    use super::compare_migrations;

    #[test]
    fn migrations_must_match_exactly() {
        assert!(compare_migrations(&[1, 2, 3], &[1, 2, 3]).is_ok());
        let behind = compare_migrations(&[1, 2], &[1, 2, 3]).unwrap_err();
        assert!(behind.contains("not applied: 3"), "{behind}");
        let ahead = compare_migrations(&[1, 2, 3, 4], &[1, 2, 3]).unwrap_err();
        assert!(
            ahead.contains("unknown to this binary") && ahead.contains('4'),
            "{ahead}"
        );
    }
}

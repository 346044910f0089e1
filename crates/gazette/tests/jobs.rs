//! The durable job queue, on each available backend: unique keys, leases that never hand one
//! job to two workers, leases that expire when a worker dies, retries and failures, and the
//! scheduled-publish job run through the application's queue runner.

use std::collections::BTreeSet;
use std::time::Duration;

use gazette_app::jobs::JobKind;
use gazette_app::{Actor, App};
use gazette_domain::{ArticleInput, ArticleStatus, BodyFormat, JobId, Language};
use gazette_store::{Backend as StoreBackend, JobStatus, JobSummary, NewJob, Store, jobs};
use gazette_testkit::{Backend, TestStore, backends};
use time::OffsetDateTime;

async fn open(backend: Backend) -> (TestStore, App) {
    let store = TestStore::new(backend).await.expect("fresh test storage");
    let app = App::open(store.config())
        .await
        .expect("the app opens on fresh storage");
    (store, app)
}

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn secs(n: i64) -> time::Duration {
    time::Duration::seconds(n)
}

/// Instants are stored to the millisecond.
fn millis(t: OffsetDateTime) -> OffsetDateTime {
    let ms = t.unix_timestamp_nanos() / 1_000_000;
    OffsetDateTime::from_unix_timestamp_nanos(ms * 1_000_000).expect("in range")
}

fn new_job(kind: &str, unique_key: Option<&str>, run_at: OffsetDateTime) -> NewJob {
    NewJob {
        kind: kind.into(),
        payload: r#"{"n":1}"#.into(),
        unique_key: unique_key.map(str::to_owned),
        run_at,
        max_attempts: 3,
    }
}

async fn enqueue(store: &Store, job: &NewJob) -> JobId {
    let mut tx = store.begin().await.expect("a transaction");
    let id = jobs::enqueue(&mut tx, job, now()).await.expect("enqueued");
    tx.commit().await.expect("committed");
    id
}

async fn list(store: &Store, statuses: &[JobStatus]) -> Vec<JobSummary> {
    let mut conn = store.reader().await.expect("a connection");
    jobs::list(&mut conn, statuses, 10_000)
        .await
        .expect("a listing")
}

fn draft(title: &str) -> ArticleInput {
    ArticleInput {
        slug: None,
        title: title.into(),
        standfirst: String::new(),
        body: "Dockers stayed out.".into(),
        body_format: BodyFormat::Markdown,
        image: None,
        language: Language::default(),
        featured: false,
        authors: vec![],
        regions: vec![],
        themes: vec![],
        reports: vec![],
        original: None,
        sharing: Default::default(),
    }
}

#[tokio::test]
async fn a_unique_key_enqueued_twice_is_one_job() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let store = app.store();
        let ctx = format!("{backend:?}");
        let first_at = now() + secs(60);
        let later = now() + secs(120);
        let a = enqueue(store, &new_job("ping", Some("ping:7"), first_at)).await;
        let b = enqueue(
            store,
            &NewJob {
                payload: r#"{"n":2}"#.into(),
                ..new_job("ping", Some("ping:7"), later)
            },
        )
        .await;
        assert_eq!(a, b, "{ctx}: the same job");
        let all = list(store, &[]).await;
        assert_eq!(all.len(), 1, "{ctx}: {all:?}");
        // Enqueuing again reschedules it with the newer payload.
        assert_eq!(all[0].run_at, millis(later), "{ctx}");
        assert_eq!(all[0].payload, r#"{"n":2}"#, "{ctx}");
        assert_eq!(all[0].status, JobStatus::Pending, "{ctx}");

        // Jobs without a key never collapse.
        let c = enqueue(store, &new_job("ping", None, first_at)).await;
        let d = enqueue(store, &new_job("ping", None, first_at)).await;
        assert_ne!(c, d, "{ctx}");
        assert_eq!(list(store, &[]).await.len(), 3, "{ctx}");

        // The same through the application: one job per article to publish.
        let kind = JobKind::PublishScheduled {
            article: gazette_domain::ArticleId(42),
        };
        let e = app.enqueue(kind.clone(), first_at).await.unwrap();
        let f = app.enqueue(kind, later).await.unwrap();
        assert_eq!(e, f, "{ctx}");
        assert_eq!(list(store, &[]).await.len(), 4, "{ctx}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_claimers_never_take_the_same_job() {
    const JOBS: usize = 200;
    const WORKERS: usize = 8;
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let ctx = format!("{backend:?}");
        let store = app.store().clone();
        let due = now() - secs(1);
        let mut tx = store.begin().await.unwrap();
        let mut enqueued = BTreeSet::new();
        for _ in 0..JOBS {
            enqueued.insert(
                jobs::enqueue(&mut tx, &new_job("ping", None, due), now())
                    .await
                    .unwrap(),
            );
        }
        tx.commit().await.unwrap();
        assert_eq!(enqueued.len(), JOBS);

        // On PostgreSQL, half the workers use a second pool: another process, as far as the
        // database can tell.
        let mut pools = vec![store.clone()];
        if store.backend() == StoreBackend::Postgres {
            let other = Store::connect(store.url()).await.unwrap();
            pools.push(other);
        }
        let mut tasks = Vec::new();
        for w in 0..WORKERS {
            let pool = pools[w % pools.len()].clone();
            tasks.push(tokio::spawn(async move {
                let worker = format!("worker-{w}");
                let mut claimed = Vec::new();
                while let Some(job) = jobs::claim(&pool, &worker, now(), now() + secs(300))
                    .await
                    .expect("a claim")
                {
                    assert_eq!(job.attempts, 1);
                    claimed.push(job.id);
                    tokio::task::yield_now().await;
                }
                (worker, claimed)
            }));
        }
        let mut claimed = Vec::new();
        let mut by_worker = std::collections::BTreeMap::new();
        for task in tasks {
            let (worker, ids) = task.await.unwrap();
            by_worker.insert(worker, ids.len());
            claimed.extend(ids);
        }
        let unique: BTreeSet<JobId> = claimed.iter().copied().collect();
        assert_eq!(
            claimed.len(),
            unique.len(),
            "{ctx}: a job was claimed twice ({by_worker:?})"
        );
        assert_eq!(unique, enqueued, "{ctx}: every job claimed once");
        // The table agrees: every job running, leased to the worker that got it.
        let running = list(&store, &[JobStatus::Running]).await;
        assert_eq!(running.len(), JOBS, "{ctx}");
        assert!(running.iter().all(|j| j.attempts == 1), "{ctx}");
        assert!(
            list(&store, &[JobStatus::Pending]).await.is_empty(),
            "{ctx}"
        );
        for pool in &pools[1..] {
            pool.close().await;
        }
    }
}

#[tokio::test]
async fn a_job_whose_lease_expired_is_claimed_again() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let store = app.store();
        let ctx = format!("{backend:?}");
        let id = enqueue(store, &new_job("ping", None, now() - secs(1))).await;

        // A worker that is still alive keeps its job.
        let live = jobs::claim(store, "alive", now(), now() + secs(300))
            .await
            .unwrap()
            .expect("a due job");
        assert_eq!(live.id, id);
        assert!(
            jobs::claim(store, "other", now(), now() + secs(300))
                .await
                .unwrap()
                .is_none(),
            "{ctx}: a leased job is not handed out twice"
        );

        // A worker that crashed: its lease ran out.
        let other = enqueue(store, &new_job("ping", None, now() - secs(1))).await;
        let crashed = jobs::claim(store, "crashed", now(), now() - secs(1))
            .await
            .unwrap()
            .expect("a due job");
        assert_eq!(crashed.id, other, "{ctx}");
        let retaken = jobs::claim(store, "rescuer", now(), now() + secs(300))
            .await
            .unwrap()
            .expect("the abandoned job is claimed again");
        assert_eq!(retaken.id, other, "{ctx}");
        assert_eq!(
            retaken.attempts, 2,
            "{ctx}: the lost run counts as an attempt"
        );
        let rows = list(store, &[JobStatus::Running]).await;
        let row = rows.iter().find(|j| j.id == other).expect("listed");
        assert_eq!(row.locked_by.as_deref(), Some("rescuer"), "{ctx}");

        // The crashed worker was only slow: its late word changes nothing, the rescuer's does.
        let mut tx = store.begin().await.unwrap();
        let stale_retry = jobs::retry(&mut tx, &crashed, "late", now() + secs(60), now())
            .await
            .unwrap();
        let stale_done = jobs::complete(&mut tx, &crashed, now()).await.unwrap();
        tx.commit().await.unwrap();
        assert!(!stale_retry && !stale_done, "{ctx}");
        let rows = list(store, &[JobStatus::Running]).await;
        let row = rows.iter().find(|j| j.id == other).expect("still running");
        assert_eq!(row.locked_by.as_deref(), Some("rescuer"), "{ctx}");
        let mut tx = store.begin().await.unwrap();
        assert!(
            jobs::complete(&mut tx, &retaken, now()).await.unwrap(),
            "{ctx}"
        );
        tx.commit().await.unwrap();
        let done = list(store, &[JobStatus::Done]).await;
        assert_eq!(
            done.iter().map(|j| j.id).collect::<Vec<_>>(),
            [other],
            "{ctx}"
        );
    }
}

#[tokio::test]
async fn re_enqueuing_a_running_job_is_not_lost_when_the_old_run_finishes() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let store = app.store();
        let ctx = format!("{backend:?}");
        let key = Some("reindex:article:7");
        let id = enqueue(store, &new_job("reindex", key, now() - secs(1))).await;
        let old = jobs::claim(store, "w", now(), now() + secs(300))
            .await
            .unwrap()
            .expect("a due job");
        // While it runs, the article changes again and asks for another run.
        let again_at = now() + secs(60);
        assert_eq!(
            enqueue(store, &new_job("reindex", key, again_at)).await,
            id,
            "{ctx}"
        );
        // The old run finishing must not swallow the new request.
        let mut tx = store.begin().await.unwrap();
        jobs::complete(&mut tx, &old, now()).await.unwrap();
        tx.commit().await.unwrap();
        let pending = list(store, &[JobStatus::Pending]).await;
        assert_eq!(
            pending.iter().map(|j| (j.id, j.run_at)).collect::<Vec<_>>(),
            [(id, millis(again_at))],
            "{ctx}: the new run is still to come"
        );
        let next = jobs::claim(store, "w", again_at + secs(1), again_at + secs(300))
            .await
            .unwrap()
            .expect("the new run");
        assert_eq!((next.id, next.attempts), (id, 1), "{ctx}");

        // The same for an old run that failed, for good or for now.
        for (n, give_up) in [(1, false), (2, true)] {
            let key = format!("reindex:article:{n}");
            let key = Some(key.as_str());
            let id = enqueue(store, &new_job("reindex", key, now() - secs(1))).await;
            let old = jobs::claim(store, "w", now(), now() + secs(300))
                .await
                .unwrap()
                .expect("a due job");
            assert_eq!(old.id, id);
            enqueue(store, &new_job("reindex", key, again_at)).await;
            let mut tx = store.begin().await.unwrap();
            let applied = if give_up {
                jobs::fail(&mut tx, &old, "gone", now()).await.unwrap()
            } else {
                jobs::retry(&mut tx, &old, "busy", now() + secs(5), now())
                    .await
                    .unwrap()
            };
            tx.commit().await.unwrap();
            assert!(!applied, "{ctx} give_up={give_up}");
            let pending = list(store, &[JobStatus::Pending]).await;
            assert_eq!(
                pending
                    .iter()
                    .map(|j| (j.id, j.run_at, j.last_error.clone()))
                    .collect::<Vec<_>>(),
                [(id, millis(again_at), None)],
                "{ctx} give_up={give_up}"
            );
            jobs::claim(store, "w", again_at + secs(1), again_at + secs(300))
                .await
                .unwrap()
                .expect("the new run");
        }
    }
}

#[tokio::test]
async fn retry_runs_it_later_and_fail_keeps_it_listed() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let store = app.store();
        let ctx = format!("{backend:?}");
        let id = enqueue(store, &new_job("ping", None, now() - secs(1))).await;
        let job = jobs::claim(store, "w", now(), now() + secs(300))
            .await
            .unwrap()
            .expect("a due job");
        assert_eq!((job.id, job.kind.as_str(), job.attempts), (id, "ping", 1));
        assert_eq!(job.payload, r#"{"n":1}"#);

        let retry_at = now() + secs(60);
        let mut tx = store.begin().await.unwrap();
        assert!(
            jobs::retry(&mut tx, &job, "upstream timed out", retry_at, now())
                .await
                .unwrap()
        );
        tx.commit().await.unwrap();
        let pending = list(store, &[JobStatus::Pending]).await;
        assert_eq!(pending.len(), 1, "{ctx}");
        assert_eq!(pending[0].run_at, millis(retry_at), "{ctx}");
        assert_eq!(
            pending[0].last_error.as_deref(),
            Some("upstream timed out"),
            "{ctx}"
        );
        assert_eq!(pending[0].locked_by, None, "{ctx}");
        // Not before its time.
        assert!(
            jobs::claim(store, "w", now(), now() + secs(300))
                .await
                .unwrap()
                .is_none(),
            "{ctx}"
        );
        let again = jobs::claim(store, "w", retry_at + secs(1), retry_at + secs(300))
            .await
            .unwrap()
            .expect("due after the retry time");
        assert_eq!((again.id, again.attempts), (id, 2), "{ctx}");

        let mut tx = store.begin().await.unwrap();
        assert!(
            jobs::fail(&mut tx, &again, "the feed is gone (404)", now())
                .await
                .unwrap()
        );
        tx.commit().await.unwrap();
        let failed = list(store, &[JobStatus::Failed]).await;
        assert_eq!(failed.len(), 1, "{ctx}");
        assert_eq!(failed[0].id, id);
        assert_eq!(
            failed[0].last_error.as_deref(),
            Some("the feed is gone (404)")
        );
        assert_eq!(failed[0].attempts, 2);
        assert!(
            list(store, &[JobStatus::Pending, JobStatus::Running])
                .await
                .is_empty()
        );
        // A failed job is never claimed again, however late it gets.
        assert!(
            jobs::claim(store, "w", now() + secs(86_400), now() + secs(90_000))
                .await
                .unwrap()
                .is_none(),
            "{ctx}"
        );

        // `complete` finishes a job for good.
        let done = enqueue(store, &new_job("ping", None, now() - secs(1))).await;
        let claimed = jobs::claim(store, "w", now(), now() + secs(300))
            .await
            .unwrap()
            .expect("a due job");
        assert_eq!(claimed.id, done);
        let mut tx = store.begin().await.unwrap();
        assert!(jobs::complete(&mut tx, &claimed, now()).await.unwrap());
        tx.commit().await.unwrap();
        let finished = list(store, &[JobStatus::Done]).await;
        assert_eq!(finished.iter().map(|j| j.id).collect::<Vec<_>>(), [done]);
    }
}

#[tokio::test]
async fn an_unreadable_job_fails_for_good_in_the_runner() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let store = app.store();
        let ctx = format!("{backend:?}");
        let id = enqueue(store, &new_job("no_such_kind", None, now() - secs(1))).await;
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 1, "{ctx}");
        let failed = app.jobs().list(&[JobStatus::Failed], 10).await.unwrap();
        assert_eq!(failed.len(), 1, "{ctx}");
        assert_eq!(failed[0].id, id);
        assert_eq!(
            failed[0].attempts, 1,
            "{ctx}: a permanent error is not retried"
        );
        assert!(
            failed[0]
                .last_error
                .as_deref()
                .is_some_and(|e| e.contains("unreadable")),
            "{ctx}: {:?}",
            failed[0].last_error
        );
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 0, "{ctx}");
    }
}

#[tokio::test]
async fn a_scheduled_article_is_published_by_the_queue_once() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let ctx = format!("{backend:?}");
        let sys = Actor::System;
        let article = app
            .articles()
            .create(&sys, draft("Dam talks resume at dawn"))
            .await
            .unwrap();
        let at = now() + secs(1);
        let scheduled = app.articles().schedule(&sys, article.id, at).await.unwrap();
        assert_eq!(scheduled.status, ArticleStatus::Scheduled);

        // Not yet.
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 0, "{ctx}");
        assert_eq!(
            app.articles().article(article.id).await.unwrap().status,
            ArticleStatus::Scheduled
        );

        let wait = (at - now()).max(time::Duration::ZERO) + time::Duration::milliseconds(50);
        tokio::time::sleep(Duration::try_from(wait).unwrap()).await;
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 1, "{ctx}");
        let published = app.articles().article(article.id).await.unwrap();
        assert_eq!(published.status, ArticleStatus::Published, "{ctx}");
        assert_eq!(published.published_at, Some(millis(at)), "{ctx}");
        assert_eq!(published.scheduled_at, None, "{ctx}");

        // A second run has nothing to do.
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 0, "{ctx}");
        assert_eq!(
            app.articles().article(article.id).await.unwrap(),
            published,
            "{ctx}"
        );
        let done = app.jobs().list(&[JobStatus::Done], 10).await.unwrap();
        assert_eq!(done.len(), 1, "{ctx}");
        assert_eq!(done[0].kind, "publish_scheduled");
        assert!(
            app.jobs()
                .list(&[JobStatus::Failed], 10)
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn rescheduling_moves_the_one_publish_job() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let ctx = format!("{backend:?}");
        let sys = Actor::System;
        let article = app
            .articles()
            .create(&sys, draft("Weekend edition"))
            .await
            .unwrap();
        let first = now() + secs(3600);
        let second = now() + secs(7200);
        app.articles()
            .schedule(&sys, article.id, first)
            .await
            .unwrap();
        app.articles()
            .schedule(&sys, article.id, second)
            .await
            .unwrap();
        let all = app.jobs().list(&[], 10).await.unwrap();
        assert_eq!(all.len(), 1, "{ctx}: {all:?}");
        assert_eq!(all[0].run_at, millis(second), "{ctx}");
        assert_eq!(
            app.articles()
                .article(article.id)
                .await
                .unwrap()
                .scheduled_at,
            Some(millis(second))
        );
    }
}

#[tokio::test]
async fn a_publish_job_for_a_deleted_article_does_nothing() {
    for backend in backends().await {
        let (_store, app) = open(backend).await;
        let ctx = format!("{backend:?}");
        let sys = Actor::System;
        let keep = app
            .articles()
            .create(&sys, draft("Still here"))
            .await
            .unwrap();
        let article = app
            .articles()
            .create(&sys, draft("Pulled before dawn"))
            .await
            .unwrap();
        let at = now() + secs(1);
        app.articles().schedule(&sys, article.id, at).await.unwrap();
        app.articles().delete(&sys, article.id).await.unwrap();

        let wait = (at - now()).max(time::Duration::ZERO) + time::Duration::milliseconds(50);
        tokio::time::sleep(Duration::try_from(wait).unwrap()).await;
        assert_eq!(app.jobs().run_due("w").await.unwrap(), 1, "{ctx}");
        let done = app.jobs().list(&[JobStatus::Done], 10).await.unwrap();
        assert_eq!(done.len(), 1, "{ctx}: the job finished quietly");
        assert!(
            app.jobs()
                .list(&[JobStatus::Failed, JobStatus::Pending], 10)
                .await
                .unwrap()
                .is_empty(),
            "{ctx}"
        );
        assert!(
            app.articles()
                .by_slug("pulled-before-dawn")
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            app.articles().article(keep.id).await.unwrap().status,
            ArticleStatus::Draft,
            "{ctx}: nothing else was published"
        );
    }
}

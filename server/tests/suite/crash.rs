#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

//! Crash safety: the real server binary runs under a write load (a guide's conversation
//! notes with idempotency keys, the client ticking off plan steps, a volunteer taking
//! shifts) and is killed with SIGKILL at random moments, `LOTSE_CRASH_KILLS` times (20 by
//! default; the benchmark runs 100). After every restart the writes that were not
//! acknowledged are sent again as they were (same key, same step, same shift) and new
//! ones follow. At the end every acknowledged write must be in the database exactly
//! once, and the database must be sound: SQLite's `PRAGMA integrity_check`, and every
//! table readable on both backends.
//!
//! A child process, not the router in-process: only a real process can die between a
//! commit and its answer, or in the middle of a transaction, with nothing flushed or
//! closed on the way out. Its output goes to `server.log` in the test's temporary folder;
//! the tail is printed when something fails.

use crate::common;
use common::process::{free_port, http, log_tail, test_instant, Launch};
use common::Raw;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN, STAFF_PASSWORD};
use rand::Rng;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Writers at once: enough that kills land while several transactions are open.
const WORKERS: usize = 4;
/// The first start migrates and seeds the demo municipality (an Argon2 hash per demo
/// account, a year of group sessions); an unoptimised build on a busy 2-core machine,
/// with the rest of the suite running beside it, needs its time.
const FIRST_START: Duration = Duration::from_secs(300);
const RESTART: Duration = Duration::from_secs(120);
/// A request the server holds longer than this is treated as lost (and sent again).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Answers that are neither an acknowledgement nor a lost connection (a refusal, an
/// error page) mean the test or the server is wrong, not the crash: after this many for
/// one write the test stops and says what came back.
const MAX_ODD: u32 = 5;
/// The follow-up step each note creates for the client, who then ticks it off.
const STEP_PREFIX: &str = "Crash-Schritt ";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_write_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("lotse.db").display());
    crash_run("sqlite", &url, dir.path(), kills()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_loses_no_acknowledged_write_postgres() {
    // A fresh, migrated database without users: the server seeds it on its first start.
    let Some(db) = common::TestDb::new_postgres().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    crash_run("postgres", &db.url, dir.path(), kills()).await;
    db.drop().await;
}

fn kills() -> usize {
    std::env::var("LOTSE_CRASH_KILLS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(20)
}

async fn crash_run(backend: &str, url: &str, dir: &Path, kills: usize) {
    let launch = Launch {
        url: url.to_string(),
        data_dir: dir.to_path_buf(),
        log: dir.join("server.log"),
        port: free_port(),
        base: test_instant(),
        started: Instant::now(),
        env: vec![],
    };
    let mut server = launch.start();
    server.wait_until_up(FIRST_START).await;

    // What the load works on, read from the seeded database: the demo client (whose own
    // guide is Keller), a goal of theirs for the follow-up steps, and the volunteer's
    // open shifts far enough ahead that none starts while the test runs.
    let raw = Raw::connect(url).await;
    let client = raw
        .int(&format!(
            "SELECT c.id FROM clients c JOIN users u ON u.id = c.user_id WHERE u.login_number = '{CLIENT_NUMBER}'"
        ))
        .await;
    let volunteer = raw
        .int(&format!(
            "SELECT id FROM users WHERE email = '{}'",
            common::VOLUNTEER
        ))
        .await;
    let goal = raw
        .try_int(&format!(
            "SELECT id FROM goals WHERE client_id = {client} AND field <> 'health' AND status = 'open' \
             ORDER BY id LIMIT 1"
        ))
        .await;
    let shifts = open_shifts(&raw, volunteer, launch.base.timestamp() + 7 * 86_400).await;
    raw.close().await;
    assert!(
        !shifts.is_empty(),
        "the demo volunteer has no open shifts to take"
    );

    // Sessions live in the database: these cookies stay good across restarts.
    let mut cookies = HashMap::new();
    for who in [Who::Guide, Who::Client, Who::Volunteer] {
        let cookie = sign_in(launch.port, who)
            .await
            .unwrap_or_else(|e| panic!("sign-in as {who:?}: {e}\n{}", log_tail(&launch.log)));
        cookies.insert(who, cookie);
    }
    // A day the note form accepts (not in the future) whatever the clock has ticked to.
    let held_on = (lotse_server::time::date_in_zone(launch.base) - chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let run = {
        let n: u32 = rand::thread_rng().gen();
        format!("{n:08x}")
    };
    let shared = Arc::new(Shared {
        port: launch.port,
        client,
        goal,
        held_on,
        cookies: Mutex::new(cookies),
        ledger: Mutex::new(Ledger::new(run, shifts)),
    });

    for cycle in 0..kills {
        if cycle > 0 {
            server = launch.start();
            server.wait_until_up(RESTART).await;
            learn_steps(&shared, url).await;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let workers = (0..WORKERS)
            .map(|_| tokio::spawn(worker(shared.clone(), stop.clone(), true)))
            .collect();
        let after: u64 = rand::thread_rng().gen_range(100..=800);
        tokio::time::sleep(Duration::from_millis(after)).await;
        // No new request after this; those under way are cut off by the kill.
        stop.store(true, Ordering::SeqCst);
        server.kill();
        join(workers).await;
    }

    // Once more without a kill: what is still unacknowledged is sent again until it is
    // (the keys make each land at most once), so that the check below covers every write.
    server.kill();
    server = launch.start();
    server.wait_until_up(RESTART).await;
    for round in 0.. {
        let left = shared.ledger.lock().unwrap().unacked();
        if left == 0 {
            break;
        }
        assert!(
            round < 20,
            "{left} writes still unacknowledged on a running server\n{}",
            log_tail(&launch.log)
        );
        let stop = Arc::new(AtomicBool::new(false));
        let workers = (0..WORKERS)
            .map(|_| tokio::spawn(worker(shared.clone(), stop.clone(), false)))
            .collect();
        join(workers).await;
    }
    server.kill();

    let took = launch.started.elapsed();
    let items = shared.ledger.lock().unwrap().items.clone();
    let run = shared.ledger.lock().unwrap().run.clone();
    verify(backend, url, &items, &run, client, volunteer, &launch.log).await;

    let acked = items.iter().filter(|i| i.acked).count();
    let retried = items.iter().filter(|i| i.acked && i.attempts > 1).count();
    let (mut notes, mut ticks, mut signups) = (0, 0, 0);
    for item in items.iter().filter(|i| i.acked) {
        match item.write {
            Write::Note { .. } => notes += 1,
            Write::Tick { .. } => ticks += 1,
            Write::SignUp { .. } => signups += 1,
        }
    }
    println!(
        "crash run ({backend}): {kills} kills, {acked} acknowledged writes, {retried} retried, all present once \
         (notes {notes}, plan ticks {ticks}, shift sign-ups {signups}; {} s)",
        took.as_secs()
    );
}

/// Every acknowledged write exactly once, and a sound database.
async fn verify(
    backend: &str,
    url: &str,
    items: &[Item],
    run: &str,
    client: i64,
    volunteer: i64,
    log: &Path,
) {
    let raw = Raw::connect(url).await;
    let counts = |rows: Vec<(String, i64)>| rows.into_iter().collect::<HashMap<String, i64>>();
    let notes = counts(
        raw.text_ints(&format!(
            "SELECT client_key, COUNT(*) FROM notes WHERE client_key LIKE 'crash-{run}-%' GROUP BY client_key"
        ))
        .await,
    );
    let steps_like = format!("'{STEP_PREFIX}crash-{run}-%'");
    let steps = counts(
        raw.text_ints(&format!(
            "SELECT text, COUNT(*) FROM plan_steps WHERE client_id = {client} AND text LIKE {steps_like} \
             GROUP BY text"
        ))
        .await,
    );
    let done = counts(
        raw.text_ints(&format!(
            "SELECT text, COUNT(*) FROM plan_steps WHERE client_id = {client} AND text LIKE {steps_like} \
             AND status = 'done' GROUP BY text"
        ))
        .await,
    );
    let ticked = counts(
        raw.text_ints(&format!(
            "SELECT subject, COUNT(*) FROM plan_history WHERE client_id = {client} AND change = 'client-done' \
             AND subject LIKE {steps_like} GROUP BY subject"
        ))
        .await,
    );
    // Cancelled ones count too: none of these sessions had a sign-up of this volunteer
    // before the run, and the test never cancels.
    let signups = counts(
        raw.text_ints(&format!(
            "SELECT CAST(session_id AS TEXT), COUNT(*) FROM shift_signups WHERE user_id = {volunteer} \
             GROUP BY session_id"
        ))
        .await,
    );

    let mut wrong = vec![];
    for item in items.iter().filter(|i| i.acked) {
        match &item.write {
            Write::Note { key } => {
                let text = step_text(key);
                if times(&notes, key) != 1 || times(&steps, &text) != 1 {
                    wrong.push(format!(
                        "note {key}: {} times, its step {} times",
                        times(&notes, key),
                        times(&steps, &text)
                    ));
                }
            }
            Write::Tick { step, text } => {
                if times(&done, text) != 1 || times(&ticked, text) != 1 {
                    wrong.push(format!(
                        "tick of step {step}: done {} times, in the history {} times",
                        times(&done, text),
                        times(&ticked, text)
                    ));
                }
            }
            Write::SignUp { session, role } => {
                let n = times(&signups, &session.to_string());
                if n != 1 {
                    wrong.push(format!("shift {session} ({role}): {n} sign-ups"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{backend}: {} acknowledged writes not present exactly once, e.g.\n{}\n--- server log\n{}",
        wrong.len(),
        wrong.iter().take(20).cloned().collect::<Vec<_>>().join("\n"),
        log_tail(log)
    );

    if raw.is_sqlite() {
        let check = raw.strings("PRAGMA integrity_check").await;
        assert_eq!(check, vec!["ok".to_string()], "{backend}: integrity check");
    }
    // Every table reads to the end (a torn page or index would fail here).
    let tables = raw
        .strings(if raw.is_sqlite() {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        } else {
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        })
        .await;
    assert!(tables.len() > 40, "{backend}: tables {tables:?}");
    for t in &tables {
        raw.int(&format!("SELECT COUNT(*) FROM \"{t}\"")).await;
    }
    raw.close().await;
}

/// The volunteer's shifts that are surely open to them: a place free in the role, no
/// sign-up of theirs yet, and no police certificate needed (childcare, or groups for
/// children and youth), so that an acknowledged take is a sign-up. One role per session:
/// a volunteer takes one place per session.
async fn open_shifts(raw: &Raw, volunteer: i64, after: i64) -> VecDeque<(String, i64)> {
    let rows = raw
        .text_ints(&format!(
            "SELECT n.role, s.id FROM group_sessions s \
             JOIN group_volunteers v ON v.group_id = s.group_id AND v.user_id = {volunteer} \
             JOIN group_offers o ON o.id = s.group_id \
             JOIN group_shift_needs n ON n.group_id = s.group_id \
             WHERE s.status = 'scheduled' AND s.starts_at > {after} \
             AND o.target_group NOT IN ('children', 'youth') AND n.role <> 'childcare' \
             AND n.needed > (SELECT COUNT(*) FROM shift_signups x \
                             WHERE x.session_id = s.id AND x.role = n.role AND x.cancelled_at IS NULL) \
             AND NOT EXISTS (SELECT 1 FROM shift_signups x WHERE x.session_id = s.id AND x.user_id = {volunteer}) \
             ORDER BY s.starts_at, s.id, n.role"
        ))
        .await;
    let mut seen = HashSet::new();
    rows.into_iter()
        .filter(|(_, session)| seen.insert(*session))
        .collect()
}

/// Finds the follow-up steps of acknowledged notes, so the client can tick them off.
async fn learn_steps(shared: &Shared, url: &str) {
    let run = shared.ledger.lock().unwrap().run.clone();
    let raw = Raw::connect(url).await;
    let found = raw
        .text_ints(&format!(
            "SELECT text, id FROM plan_steps WHERE client_id = {} AND text LIKE '{STEP_PREFIX}crash-{run}-%'",
            shared.client
        ))
        .await;
    raw.close().await;
    shared
        .ledger
        .lock()
        .unwrap()
        .learn_steps(&found.into_iter().collect());
}

/// How often `key` occurs according to a `GROUP BY` count.
fn times(counts: &HashMap<String, i64>, key: &str) -> i64 {
    counts.get(key).copied().unwrap_or(0)
}

fn step_text(key: &str) -> String {
    format!("{STEP_PREFIX}{key}")
}

// --- the load -------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Who {
    Guide,
    Client,
    Volunteer,
}

#[derive(Clone, Debug)]
enum Write {
    /// A conversation note with a follow-up step for the client; `key` is its
    /// idempotency key (`client_key`).
    Note { key: String },
    /// The client ticks off a step (idempotent: a done step stays done).
    Tick { step: i64, text: String },
    /// The volunteer takes a place in a session (idempotent: one place per session).
    SignUp { session: i64, role: String },
}

#[derive(Clone)]
struct Item {
    write: Write,
    attempts: u32,
    acked: bool,
    in_flight: bool,
    odd: u32,
}

/// Every write sent so far and whether the server acknowledged it.
struct Ledger {
    /// Part of every key, so the checks see only this run's writes.
    run: String,
    items: Vec<Item>,
    notes_made: u64,
    turn: usize,
    /// Steps of acknowledged notes, not yet ticked off.
    steps: VecDeque<(i64, String)>,
    /// Note keys whose step has been found.
    stepped: HashSet<String>,
    /// Open shifts (role, session) not yet taken.
    shifts: VecDeque<(String, i64)>,
}

impl Ledger {
    fn new(run: String, shifts: VecDeque<(String, i64)>) -> Ledger {
        Ledger {
            run,
            items: vec![],
            notes_made: 0,
            turn: 0,
            steps: VecDeque::new(),
            stepped: HashSet::new(),
            shifts,
        }
    }

    /// The next write to send: first one that was sent and not acknowledged (the same
    /// write again), then, when `fresh`, a new one, the kinds taking turns.
    fn next_job(&mut self, fresh: bool) -> Option<(usize, Write)> {
        if let Some(i) = self
            .items
            .iter()
            .position(|it| !it.acked && !it.in_flight && it.attempts > 0)
        {
            self.items[i].in_flight = true;
            return Some((i, self.items[i].write.clone()));
        }
        if !fresh {
            return None;
        }
        let turn = self.turn;
        self.turn += 1;
        // A note can always be made, so one of the three turns gives a write.
        let write = (0..3).find_map(|k| self.make((turn + k) % 3))?;
        self.items.push(Item {
            write: write.clone(),
            attempts: 0,
            acked: false,
            in_flight: true,
            odd: 0,
        });
        Some((self.items.len() - 1, write))
    }

    fn make(&mut self, kind: usize) -> Option<Write> {
        match kind {
            0 => {
                self.notes_made += 1;
                Some(Write::Note {
                    key: format!("crash-{}-{}", self.run, self.notes_made),
                })
            }
            1 => self
                .steps
                .pop_front()
                .map(|(step, text)| Write::Tick { step, text }),
            _ => self
                .shifts
                .pop_front()
                .map(|(role, session)| Write::SignUp { session, role }),
        }
    }

    /// Notes what came back; Some(message) when a write had too many odd answers.
    fn record(&mut self, idx: usize, outcome: Outcome) -> Option<String> {
        let item = &mut self.items[idx];
        item.attempts += 1;
        item.in_flight = false;
        match outcome {
            Outcome::Acked => item.acked = true,
            Outcome::Lost => {}
            Outcome::Odd(what) => {
                item.odd += 1;
                if item.odd >= MAX_ODD {
                    return Some(format!(
                        "{:?}: {} odd answers, the last: {what}",
                        item.write, item.odd
                    ));
                }
            }
        }
        None
    }

    fn learn_steps(&mut self, found: &HashMap<String, i64>) {
        let acked_notes: Vec<String> = self
            .items
            .iter()
            .filter(|it| it.acked)
            .filter_map(|it| match &it.write {
                Write::Note { key } => Some(key.clone()),
                _ => None,
            })
            .filter(|key| !self.stepped.contains(key))
            .collect();
        for key in acked_notes {
            let text = step_text(&key);
            // Not found: the final check reports the lost note.
            if let Some(id) = found.get(&text) {
                self.steps.push_back((*id, text));
                self.stepped.insert(key);
            }
        }
    }

    fn unacked(&self) -> usize {
        self.items.iter().filter(|it| !it.acked).count()
    }
}

enum Outcome {
    /// The handler's success answer arrived: the write is acknowledged.
    Acked,
    /// No (complete) answer: refused or cut connection, the server died.
    Lost,
    /// Some other answer.
    Odd(String),
}

struct Shared {
    port: u16,
    client: i64,
    goal: Option<i64>,
    held_on: String,
    cookies: Mutex<HashMap<Who, String>>,
    ledger: Mutex<Ledger>,
}

impl Shared {
    /// Who sends it, the path, the form, and the `Location` of the success answer (each
    /// handler answers 303 on success, and also when the write had landed before).
    fn request(&self, write: &Write) -> (Who, String, String, String) {
        match write {
            Write::Note { key } => {
                let path = format!("/cases/{}/notes", self.client);
                let topic = format!("Crash {key}");
                let body = format!("Notiz {key}");
                let step = step_text(key);
                let goal = self.goal.map(|g| g.to_string()).unwrap_or_default();
                let form = common::serde_urlencoded_pairs(&[
                    ("held_on", self.held_on.as_str()),
                    ("topic", topic.as_str()),
                    ("body", body.as_str()),
                    ("client_key", key.as_str()),
                    ("follow_up_1", step.as_str()),
                    ("follow_up_actor_1", "client"),
                    ("follow_up_actor_2", "client"),
                    ("follow_up_goal", goal.as_str()),
                ]);
                (Who::Guide, path.clone(), form, path)
            }
            Write::Tick { step, .. } => (
                Who::Client,
                format!("/me/plan/steps/{step}/done"),
                String::new(),
                format!("/me/plan#my-step-{step}"),
            ),
            Write::SignUp { session, role } => (
                Who::Volunteer,
                format!("/volunteer/shifts/{session}/take"),
                common::serde_urlencoded_pairs(&[("role", role.as_str())]),
                "/volunteer/shifts".to_string(),
            ),
        }
    }

    async fn send(&self, write: &Write) -> Outcome {
        let (who, path, form, expected) = self.request(write);
        let cookie = self
            .cookies
            .lock()
            .unwrap()
            .get(&who)
            .cloned()
            .unwrap_or_default();
        let Some(answer) = http(self.port, "POST", &path, &cookie, &form).await else {
            return Outcome::Lost;
        };
        if answer.status == 303 && answer.location.as_deref() == Some(expected.as_str()) {
            return Outcome::Acked;
        }
        let bounced = answer.status == 401
            || answer
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/signin"));
        if bounced {
            // Sessions live in the database and should survive a kill; if one did not,
            // sign in again so the write can be retried (it still counts as odd).
            if let Ok(cookie) = sign_in(self.port, who).await {
                self.cookies.lock().unwrap().insert(who, cookie);
            }
        }
        Outcome::Odd(format!(
            "POST {path} -> {} {:?} {}",
            answer.status,
            answer.location,
            snippet(&answer.body)
        ))
    }
}

async fn worker(shared: Arc<Shared>, stop: Arc<AtomicBool>, fresh: bool) {
    while !stop.load(Ordering::SeqCst) {
        let job = shared.ledger.lock().unwrap().next_job(fresh);
        let Some((idx, write)) = job else {
            return;
        };
        let outcome = shared.send(&write).await;
        let fatal = shared.ledger.lock().unwrap().record(idx, outcome);
        if let Some(message) = fatal {
            panic!("{message}");
        }
    }
}

async fn join(workers: Vec<tokio::task::JoinHandle<()>>) {
    for w in workers {
        match tokio::time::timeout(REQUEST_TIMEOUT * 5, w).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Ok(Err(e)) => panic!("writer task: {e}"),
            Err(_) => panic!("a writer task did not finish"),
        }
    }
}

async fn sign_in(port: u16, who: Who) -> Result<String, String> {
    let (path, form) = match who {
        Who::Guide => (
            "/signin/staff",
            common::serde_urlencoded_pairs(&[("email", common::KELLER), ("password", STAFF_PASSWORD)]),
        ),
        Who::Volunteer => (
            "/signin/staff",
            common::serde_urlencoded_pairs(&[("email", common::VOLUNTEER), ("password", STAFF_PASSWORD)]),
        ),
        Who::Client => (
            "/signin",
            common::serde_urlencoded_pairs(&[("number", CLIENT_NUMBER), ("pin", CLIENT_PIN)]),
        ),
    };
    let answer = http(port, "POST", path, "", &form)
        .await
        .ok_or_else(|| "no answer".to_string())?;
    if answer.status == 303 && answer.cookies.iter().any(|(k, _)| k == "lotse_session") {
        Ok(answer
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; "))
    } else {
        Err(format!("{} {}", answer.status, snippet(&answer.body)))
    }
}

fn snippet(body: &str) -> String {
    body.chars().take(300).collect()
}

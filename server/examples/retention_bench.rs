//! Benchmark (run by `make bench`): the daily retention job over a county's ten years —
//! `RETENTION_CLIENTS` clients (default 100,000) whose cases began over ten years, most
//! closed, with notes, access-log lines, messages and complaints — on the database given
//! as the first argument. Prints Markdown rows: the time of the first run (which finds
//! ten years' backlog), of the next day's run, and the database's size before, after the
//! run and after compacting.

use lotse_server::db::Store;
use lotse_server::retention::daily;
use lotse_server::time::today;
use std::time::Instant;

const TABLES: [&str; 6] = [
    "clients",
    "notes",
    "access_log",
    "outbox",
    "complaints",
    "request_photos",
];

fn mb(bytes: i64) -> String {
    format!("{:.0} MB", bytes as f64 / 1_048_576.0)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args()
        .nth(1)
        .ok_or("usage: retention_bench <database url> <label>")?;
    let label = std::env::args().nth(2).unwrap_or_else(|| "database".into());
    let n: usize = std::env::var("RETENTION_CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let store = Store::connect(&url).await?;
    lotse_server::seed::demo(&store).await?;
    let hash = lotse_server::auth::credentials::hash_secret(lotse_server::seed::STAFF_PASSWORD)?;
    let filled = Instant::now();
    store.bulk_figures(n, 10, &hash).await?;
    store.bulk_history().await?;
    eprintln!("{label}: filled in {:.0} s", filled.elapsed().as_secs_f64());
    let counts = |store: &Store| {
        let store = store.clone();
        async move {
            let mut out = vec![];
            for t in TABLES {
                out.push(format!("{t} {}", store.bench_count(t).await.unwrap_or(-1)));
            }
            out.join(", ")
        }
    };
    let before = store.database_bytes().await?;
    let rows_before = counts(&store).await;
    let day = today();
    let started = Instant::now();
    let run = daily(&store, day).await?.ok_or("the day was claimed already")?;
    let first = started.elapsed();
    let touched: u64 = run.done.values().flat_map(|k| k.values()).sum();
    let after = store.database_bytes().await?;
    let rows_after = counts(&store).await;
    let started = Instant::now();
    let next = daily(&store, day + chrono::Duration::days(1)).await?;
    let second = started.elapsed();
    let next_touched: u64 = next
        .map(|r| r.done.values().flat_map(|k| k.values()).sum())
        .unwrap_or(0);
    let started = Instant::now();
    store.compact().await?;
    let compacting = started.elapsed();
    let compacted = store.database_bytes().await?;
    println!(
        "| {label} | {n} | first run (ten years' backlog, dry run and run): {:.1} s, {touched} rows deleted or anonymised; next day: {:.2} s, {next_touched} rows | {} → {} (after compacting in {:.0} s: {}) |",
        first.as_secs_f64(),
        second.as_secs_f64(),
        mb(before),
        mb(after),
        compacting.as_secs_f64(),
        mb(compacted),
    );
    println!("<!-- {label}: before {rows_before}; after {rows_after} -->");
    store.close().await;
    Ok(())
}

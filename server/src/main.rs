//! Starts Lotse: reads the settings, migrates the database, seeds the demo municipality
//! when asked (or prints a one-time set-up link on a new installation) and serves.
//! `lotse-server backup <file>` instead writes a copy of the SQLite database and exits.

use axum::serve::ListenerExt;

/// See the note on `mimalloc` in Cargo.toml: memory given back after sign-ins and seeding.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use lotse_server::auth::credentials;
use lotse_server::config::Settings;
use lotse_server::db::Store;
use lotse_server::{build_state, seed, web};
use std::ffi::OsString;
use std::net::SocketAddr;
use tracing_subscriber::EnvFilter;

fn main() -> std::process::ExitCode {
    allocator_settings();
    match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(serve_or_command()),
        Err(e) => {
            eprintln!("lotse: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Freed memory goes back to the system soon, and the allocator's arenas are committed
/// as they are used rather than whole. mimalloc's defaults (a second's delay, and purged
/// only when that thread next allocates; eager commit on Linux) kept about 40 MB of an
/// idle server's memory that it no longer used: 100 MB resident after the demo's seed
/// and a sign-in, 64 MB with these. The delay is 25 ms, not none: given back at once,
/// the memory of one page was mapped afresh for the next (page faults, zeroing, and TLB
/// shootdowns across both cores: 5 % of the CPU on a case's plan tab, which the server
/// then made 1,140–1,190 times a second instead of 1,376–1,383); an idle server's
/// memory is the same either way (50 MB after the start, 83 MB after the daily pages'
/// load, 2026-12-06). mimalloc reads its options from the environment
/// when it starts, before `main`, so the server starts itself once more with them set
/// (the same process: `exec` keeps its id); an operator's own values are kept.
#[cfg(target_os = "linux")]
fn allocator_settings() {
    use std::os::unix::process::CommandExt;
    const OPTIONS: [(&str, &str); 2] = [
        ("MIMALLOC_PURGE_DELAY", "25"),
        ("MIMALLOC_ARENA_EAGER_COMMIT", "0"),
    ];
    if OPTIONS.iter().all(|(k, _)| std::env::var_os(k).is_some()) {
        return;
    }
    // This very file, even if a deployment has replaced or removed it meanwhile.
    let mut again = std::process::Command::new("/proc/self/exe");
    let mut args = std::env::args_os();
    if let Some(name) = args.next() {
        again.arg0(name);
    }
    again.args(args);
    for (k, v) in OPTIONS {
        if std::env::var_os(k).is_none() {
            again.env(k, v);
        }
    }
    // Returns only if it failed; then the server runs with the defaults.
    let e = again.exec();
    eprintln!("lotse: could not restart with the allocator's settings ({e}); running without");
}

#[cfg(not(target_os = "linux"))]
fn allocator_settings() {}

async fn serve_or_command() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("LOTSE_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let mut args = std::env::args_os().skip(1);
    let outcome = match args.next() {
        Some(command) if command == "backup" => backup(&args.collect::<Vec<_>>()).await,
        Some(command) if command == "locales" => locales(&args.collect::<Vec<_>>()),
        Some(command) if command == "seed-demo" => seed_demo().await,
        _ => run().await,
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("lotse: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `lotse-server backup <file>`: a consistent copy of the SQLite database, taken while the
/// server keeps serving (see `Store::backup_to`). It reads the same settings as the
/// server, so the copy is of the database the server uses.
async fn backup(args: &[OsString]) -> Result<(), Box<dyn std::error::Error>> {
    let [file] = args else {
        return Err("usage: lotse-server backup <file>".into());
    };
    // The address only goes into the public URL, which a backup does not use.
    let settings = Settings::from_env("127.0.0.1:3000");
    let store = Store::open_for_backup(&settings.database_url).await?;
    // Absolute, so the message says where the copy is whatever the working directory.
    let target = std::path::absolute(file)?;
    let done = store.backup_to(&target).await;
    store.close().await;
    done?;
    println!("Backup written to {}", target.display());
    Ok(())
}

/// A server can be started at another instant (demos, the date check of the tests).
fn clock_from_env() -> Result<(), Box<dyn std::error::Error>> {
    if let Ok(at) = std::env::var("LOTSE_CLOCK") {
        let at = lotse_server::time::parse_instant(&at)
            .ok_or("LOTSE_CLOCK: expected a date (2027-03-01) or an RFC 3339 instant")?;
        lotse_server::time::set(at);
        tracing::warn!(%at, "the clock is set (LOTSE_CLOCK)");
    }
    Ok(())
}

/// Seeds the demo municipality in a process of its own (`lotse-server seed-demo`, with
/// the server's settings), and waits for it. The seed runs code and prepares hundreds
/// of statements that serving never needs; in the server's process they stayed resident
/// for its life (58 MB after the first start, 47 MB after a restart on the same data).
async fn seed_apart() -> Result<(), Box<dyn std::error::Error>> {
    let exe = std::env::current_exe()?;
    let status =
        tokio::task::spawn_blocking(move || std::process::Command::new(exe).arg("seed-demo").status())
            .await??;
    if !status.success() {
        return Err(format!("seeding the demo municipality failed ({status})").into());
    }
    Ok(())
}

/// `lotse-server seed-demo`: the demo municipality (and a benchmark's fill) into an empty
/// database, then exits; a database with users is left as it is.
async fn seed_demo() -> Result<(), Box<dyn std::error::Error>> {
    clock_from_env()?;
    // The address only goes into the public URL, which the seed does not use.
    let settings = Settings::from_env("127.0.0.1:3000");
    let store = Store::connect(&settings.database_url).await?;
    if store.is_empty().await? {
        println!("{}", seed::demo(&store).await?);
        println!("{}", seed::history(&store).await?);
        bench_fill(&store).await?;
    }
    store.close().await;
    Ok(())
}

/// `lotse-server locales`: what each language under `locales/` (or `LOTSE_LOCALES_DIR`)
/// still needs; `lotse-server locales --accept <code>` records that a language's
/// translator went through it (see `lotse_server::locales`).
fn locales(args: &[OsString]) -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::var_os("LOTSE_LOCALES_DIR")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| "locales".into());
    match args {
        [] => {
            let reports = lotse_server::locales::compare(&dir)?;
            println!("Translations against German, from {}:", dir.display());
            print!("{}", lotse_server::locales::render(&reports));
            Ok(())
        }
        [flag, code] if flag == "--accept" => {
            let code = code.to_str().ok_or("a language code")?;
            let n = lotse_server::locales::accept(&dir, code)?;
            println!("{code}: recorded the German of {n} messages");
            Ok(())
        }
        _ => Err("usage: lotse-server locales [--accept <code>]".into()),
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // The languages from a folder instead of those built in (translators trying a new
    // language, and the test that adds and removes one): read before any page.
    if let Some(dir) = std::env::var_os("LOTSE_LOCALES_DIR").filter(|d| !d.is_empty()) {
        lotse_app::languages::use_dir(std::path::Path::new(&dir))
            .map_err(|e| format!("LOTSE_LOCALES_DIR: {e}"))?;
        let codes: Vec<_> = lotse_app::domain::Lang::all().iter().map(|l| l.code()).collect();
        tracing::info!(languages = %codes.join(","), "languages read from LOTSE_LOCALES_DIR");
    }
    clock_from_env()?;
    let options = web::leptos_options()?;
    let addr = options.site_addr;
    let mut settings = Settings::from_env(&addr.to_string());
    if let Some(path) = std::env::var("LOTSE_FUNDERS")
        .ok()
        .filter(|p| !p.trim().is_empty())
    {
        settings.funders = lotse_server::figures::funders::load(Some(&path))?;
    }
    tracing::info!(?settings, "starting");
    let demo = settings.demo;
    let state = build_state(settings, &options).await?;
    let store = state.store.clone();

    if store.is_empty().await? {
        if demo {
            seed_apart().await?;
        } else {
            let token = credentials::new_session_token();
            store.create_setup_token(&credentials::token_hash(&token)).await?;
            println!(
                "\nNew installation. Create the first administrator (link works once):\n  {}/setup?token={token}\n",
                state.settings.public_url
            );
        }
    } else if demo {
        println!("{}", seed::SIGN_INS);
    }

    // Hourly (and once at start): expired sessions, old sign-in failures, photos past
    // retention and stale uploads go; the directory's open intervals are extended.
    let janitor = store.clone();
    let janitor_i18n = state.i18n.clone();
    let janitor_push = state.push.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let now = lotse_server::db::now();
            // Expired sessions stay a day: a form posted after its session ran out is
            // kept for the person whose session it was (`web::resume`).
            if let Err(e) = janitor.purge_expired_sessions(now - 86_400).await {
                tracing::warn!("session purge: {e}");
            }
            if let Err(e) = janitor.purge_signin_failures(now - 86_400).await {
                tracing::warn!("sign-in failure purge: {e}");
            }
            if let Err(e) = janitor.purge_post_throttle(now - 86_400).await {
                tracing::warn!("post throttle purge: {e}");
            }
            // An accompaniment or ride nobody closed leaves the volunteer's view a week
            // after its time (the view's own condition already hides it; this records it).
            if let Err(e) = janitor.end_past_companion_tasks().await {
                tracing::warn!("companion task end: {e}");
            }
            // Who registered for an event is needed until the day, not after.
            if let Err(e) = janitor
                .purge_event_registrations(now - lotse_server::db::events::REGISTRATIONS_KEPT_DAYS * 86_400)
                .await
            {
                tracing::warn!("event registration purge: {e}");
            }
            if let Err(e) = janitor.refresh_statistics().await {
                tracing::warn!("statistics: {e}");
            }
            // The exchange's posts leave every list on their last day and the database
            // a year later, with their matches.
            if let Some(before) = lotse_server::time::add_days(
                &lotse_server::time::today_iso(),
                -lotse_server::db::network::exchange::POSTS_KEPT_DAYS,
            ) {
                if let Err(e) = janitor.purge_exchange_posts(&before).await {
                    tracing::warn!("exchange post purge: {e}");
                }
            }
            if let Err(e) = janitor
                .purge_kept_forms(now - lotse_server::web::resume::KEEP_SECS)
                .await
            {
                tracing::warn!("kept form purge: {e}");
            }
            if let Err(e) = janitor
                .purge_second_factor_pending(now - lotse_server::auth::two_factor::PENDING_SECS)
                .await
            {
                tracing::warn!("second factor purge: {e}");
            }
            // A device unused for 400 days is a stranger again (the cookie is gone too).
            if let Err(e) = janitor.purge_known_devices(now - 400 * 86_400).await {
                tracing::warn!("known device purge: {e}");
            }
            let photo_cutoff = now - lotse_server::db::requests::PHOTO_RETENTION_DAYS * 86_400;
            if let Err(e) = janitor.purge_request_photos(photo_cutoff).await {
                tracing::warn!("request photo purge: {e}");
            }
            // The directory's search index and listed names: texts from before them,
            // whose indexing after a save was cut short, or a language added since.
            if let Err(e) = janitor.mark_office_names_for_new_languages().await {
                tracing::warn!("directory names: {e}");
            }
            if let Err(e) = janitor.index_stale_office_texts().await {
                tracing::warn!("directory index: {e}");
            }
            // "Open now" reads stored open intervals; keep them two weeks ahead.
            if let Err(e) = janitor.extend_open_intervals(now).await {
                tracing::warn!("opening intervals: {e}");
            }
            if let Err(e) = janitor.purge_imports(now - 86_400).await {
                tracing::warn!("import purge: {e}");
            }
            // Group sessions are kept a year ahead.
            if let Err(e) = janitor.extend_all_series().await {
                tracing::warn!("group sessions: {e}");
            }
            // Each offer's next date, all computed again (heals a write lost in between).
            if let Err(e) = janitor.recompute_next_dates().await {
                tracing::warn!("group next dates: {e}");
            }
            // Volunteers' documents that run out soon: the volunteer and coordinators hear.
            if let Err(e) = lotse_server::groups::remind_expiring_documents(&janitor, &janitor_i18n).await {
                tracing::warn!("document reminders: {e}");
            }
            // Retention (once a day across instances): the dry run, then deleting and
            // anonymising what is past its period; sent mail goes by its rule too.
            if let Err(e) = lotse_server::retention::daily(&janitor, lotse_server::time::today()).await {
                tracing::warn!("retention: {e}");
            }
            // Reminders on the phone: tomorrow's appointments and shifts, close deadlines
            // (each once per browser, whichever instance finds it first). Sent pushes
            // hold no content; they go after a week.
            if let Err(e) =
                lotse_server::push::reminders::queue(&janitor, &janitor_push, lotse_server::time::today())
                    .await
            {
                tracing::warn!("push reminders: {e}");
            }
            if let Err(e) = janitor.purge_sent_pushes(now - 7 * 86_400).await {
                tracing::warn!("push purge: {e}");
            }
        }
    });

    // Pushes go out every minute, from any instance; a claimed row is sent once.
    let (pusher, push_store, push_i18n) = (state.push.clone(), store.clone(), state.i18n.clone());
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = pusher.deliver(&push_store, &push_i18n, 200).await {
                tracing::warn!("push delivery: {e}");
            }
        }
    });

    // Every minute: the dashboards viewed lately are counted again before they go stale
    // (`figures::stored`); instances share the work through a claim in the database.
    let (warmer, max_age) = (store.clone(), state.settings.figures_max_age);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = lotse_server::figures::stored::refresh(&warmer, max_age, 10).await {
                tracing::warn!("figures warmer: {e}");
            }
        }
    });

    // The outbox goes out every minute when an SMTP relay is configured. Any instance
    // may send; a mail is marked sent right after its relay accepted it.
    if state.settings.smtp_url.is_some() {
        let (mailer, settings) = (store.clone(), state.settings.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                tick.tick().await;
                if let Err(e) = lotse_server::mail::deliver(&mailer, &settings, 50).await {
                    tracing::warn!("mail delivery: {e}");
                }
            }
        });
    }

    let app = web::router(state);
    // Without TCP_NODELAY a response written in two pieces (head, then body) waits for
    // the client's delayed acknowledgement of the first: 40 ms on every keep-alive
    // request, whatever the handler costs (measured: 44 ms p50 for a 533-byte file at one
    // connection, 950 req/s at 32; /healthz, written in one piece, was not affected).
    let listener = tokio::net::TcpListener::bind(&addr).await?.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!("TCP_NODELAY: {e}");
        }
    });
    println!("Lotse is listening on http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    store.close().await;
    Ok(())
}

/// Benchmarks only: a large database behind the demo municipality (`make bench` builds the
/// server with the `bench` feature).
#[cfg(feature = "bench")]
async fn bench_fill(store: &lotse_server::db::Store) -> Result<(), Box<dyn std::error::Error>> {
    let size = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<usize>().ok());
    if let Some(n) = size("LOTSE_BENCH_CLIENTS") {
        println!("{}", seed::bulk(store, n).await?);
    }
    if std::env::var("LOTSE_BENCH_COUNTY").is_ok_and(|v| !v.is_empty() && v != "0") {
        println!("{}", seed::bulk_county(store).await?);
    }
    if let Some(n) = size("LOTSE_BENCH_FIGURES") {
        println!("{}", seed::bulk_figures(store, n).await?);
    }
    if let Some(n) = size("LOTSE_BENCH_OFFICES") {
        println!("{}", seed::bulk_offices(store, n).await?);
    }
    if let Some(n) = size("LOTSE_BENCH_GROUPS") {
        let years = size("LOTSE_BENCH_GROUP_YEARS").unwrap_or(1).max(1);
        println!("{}", seed::groups::bulk(store, n, years).await?);
    }
    if let Some(n) = size("LOTSE_BENCH_NETWORK") {
        println!("{}", store.bulk_network(n, 100).await?);
    }
    store.analyze().await?;
    Ok(())
}

#[cfg(not(feature = "bench"))]
async fn bench_fill(_store: &lotse_server::db::Store) -> Result<(), Box<dyn std::error::Error>> {
    if [
        "LOTSE_BENCH_CLIENTS",
        "LOTSE_BENCH_COUNTY",
        "LOTSE_BENCH_FIGURES",
        "LOTSE_BENCH_OFFICES",
        "LOTSE_BENCH_GROUPS",
        "LOTSE_BENCH_GROUP_YEARS",
        "LOTSE_BENCH_NETWORK",
    ]
    .iter()
    .any(|v| std::env::var_os(v).is_some())
    {
        tracing::warn!("LOTSE_BENCH_* is ignored: this server was built without the bench feature");
    }
    Ok(())
}

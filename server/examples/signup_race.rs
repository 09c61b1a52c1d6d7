//! Benchmark (run by `make bench`): many sign-ups at the same moment for the last seats of
//! a group and the last place of a shift, on the database given as the first argument.
//! Prints Markdown rows: how long until every sign-up is settled, and that nobody got a
//! place that was not there.

use lotse_app::domain::{ClientId, MunicipalityId, Role, UserId};
use lotse_server::db::clients::CaseloadFilter;
use lotse_server::db::groups::{GroupFacts, GroupText, Joined, ShiftSignUp};
use lotse_server::db::users::NewUser;
use lotse_server::db::Store;
use lotse_server::groups::schedule::{Repeat, Series};
use lotse_server::time::today;
use std::time::Instant;

const CLIENTS: usize = 150;
const SEATS: i64 = 10;
const VOLUNTEERS: usize = 40;
const HELPERS: i64 = 2;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args()
        .nth(1)
        .ok_or("usage: signup_race <database url> <label>")?;
    let label = std::env::args().nth(2).unwrap_or_else(|| "database".into());
    let store = Store::connect(&url).await?;
    lotse_server::seed::demo(&store).await?;
    lotse_server::seed::bulk(&store, CLIENTS).await?;
    let talheim = MunicipalityId(1);
    let guide = store
        .user_by_email("bench.guide@talheim.example")
        .await?
        .ok_or("no bench guide")?
        .user_id();
    let clients: Vec<ClientId> = store
        .caseload(CaseloadFilter::Guide(guide), &Default::default(), guide, 0)
        .await?
        .into_iter()
        .map(|r| ClientId(r.id))
        .take(CLIENTS)
        .collect();
    let facts = GroupFacts {
        category: "language_cafe".into(),
        target_group: "everyone".into(),
        capacity: SEATS,
        address: "Rathaus".into(),
        shift_needs: vec![("helper".into(), HELPERS)],
        ..GroupFacts::default()
    };
    let text = GroupText {
        title: "Wettlauf".into(),
        description: String::new(),
    };
    let group = store.create_group(talheim, &facts, &text, true, None).await?;
    let series = Series {
        repeat: Repeat::Weekly,
        weekday: chrono::Weekday::Mon,
        start: chrono::NaiveTime::from_hms_opt(10, 0, 0).ok_or("time")?,
        minutes: 60,
        first: today() + chrono::Duration::days(1),
        last: None,
    };
    store.add_series(group, &series).await?;

    // Every client at once, for ten seats.
    let started = Instant::now();
    let tasks: Vec<_> = clients
        .iter()
        .map(|c| {
            let (store, c) = (store.clone(), *c);
            tokio::spawn(async move { store.join_group(c, group, false, guide).await })
        })
        .collect();
    let mut confirmed = 0;
    let mut waiting = vec![];
    for t in tasks {
        match t.await?? {
            Joined::Confirmed => confirmed += 1,
            Joined::Waitlist(p) => waiting.push(p),
            other => return Err(format!("unexpected {other:?}").into()),
        }
    }
    let settled = started.elapsed();
    waiting.sort_unstable();
    let distinct = waiting.windows(2).all(|w| w[0] < w[1]);
    let ok = confirmed == SEATS && distinct && waiting.first() == Some(&1);
    println!(
        "| {label} | {} clients for {SEATS} seats | {:.0} ms | {confirmed} seats, waiting places 1–{} {} |",
        clients.len(),
        settled.as_secs_f64() * 1000.0,
        waiting.last().copied().unwrap_or(0),
        if ok { "(no overbooking)" } else { "(WRONG)" }
    );

    // Every volunteer at once, for the two helper places of the first date.
    let session = store
        .sessions(group, 0, 1)
        .await?
        .first()
        .map(|s| s.id)
        .ok_or("no session")?;
    let mut volunteers = vec![];
    for i in 0..VOLUNTEERS {
        let id = store
            .create_user(&NewUser {
                role: Some(Role::Volunteer),
                display_name: format!("Helfer {i}"),
                email: Some(format!("race{i}@talheim.example")),
                municipality_id: Some(talheim),
                ..NewUser::default()
            })
            .await?;
        store.add_group_volunteer(group, id).await?;
        volunteers.push(id);
    }
    let started = Instant::now();
    let tasks: Vec<_> = volunteers
        .iter()
        .map(|v: &UserId| {
            let (store, v) = (store.clone(), *v);
            tokio::spawn(async move { store.sign_up_shift(v, session, "helper").await })
        })
        .collect();
    let mut done = 0;
    for t in tasks {
        if t.await?? == ShiftSignUp::Done {
            done += 1;
        }
    }
    let settled = started.elapsed();
    println!(
        "| {label} | {VOLUNTEERS} volunteers for {HELPERS} helper places | {:.0} ms | {done} taken {} |",
        settled.as_secs_f64() * 1000.0,
        if done == HELPERS {
            "(no overbooking)"
        } else {
            "(WRONG)"
        }
    );
    store.close().await;
    Ok(())
}

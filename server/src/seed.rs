//! The demo municipality: a county with two municipalities, two providers, three guides
//! in two teams, a coordinator, two volunteers, an administrator and 30 clients with
//! households, as the practice reports describe them. Seeded only when asked for
//! (`LOTSE_DEMO=1`) into an empty database.

mod casework;
mod companions;
mod complaints;
mod directory;
mod events;
pub mod groups;
mod history;
mod interests;
pub mod network;
mod people;

use crate::auth::credentials;
use crate::auth::permission::{client_access, ClientAccess, Denied, Principal};
use crate::db::{DbError, DbResult, Store};
use lotse_app::domain::{ClientId, UserId};

pub const STAFF_PASSWORD: &str = "lotse-demo-2026";
/// The demo client who has already activated the app.
pub const CLIENT_NUMBER: &str = "20260001";
pub const CLIENT_PIN: &str = "482915";

pub const SIGN_INS: &str = "\
Demo sign-ins (password for all staff and volunteers: lotse-demo-2026)
  Guide, team lead (Team Mitte)   s.keller@talheim.example
  Guide (Team Mitte)              j.weber@talheim.example
  Guide (Team Bergfeld)           l.demir@bergfeld.example
  Coordinator (Talheim)           m.hoffmann@talheim.example
  Volunteers                      p.braun@talheim.example, a.yilmaz@talheim.example
  Volunteer coordinator (Talheim) n.schaefer@talheim.example
  Data protection (Talheim)       datenschutz@talheim.example
  County coordinator              t.berger@landkreis.example
  Partner (Sprachbrücke, a club)  kontakt@sprachbruecke.example
  Administrator                   admin@lotse.example (sets up two-step sign-in first)
  Client (Arabic): number 2026 0001, PIN 482915    -> http://127.0.0.1:3000/signin
  A resident's complaint: code WART-2345           -> http://127.0.0.1:3000/feedback/status
  Staff sign-in                                      -> http://127.0.0.1:3000/signin/staff";

pub async fn demo(store: &Store) -> DbResult<String> {
    let today = crate::time::today();
    let people = people::seed(store, today).await?;
    let directory = directory::demo(store, crate::db::directory::CountyId(people.county)).await?;
    let (offices, guides) = (directory.offices.len(), directory.guides.len());
    casework::seed(store, &people, today, &directory).await?;
    let closed = casework::closures(store, &people).await?;
    let clients: Vec<ClientId> = people.clients.iter().map(|(c, _)| *c).collect();
    let municipalities = [
        ("Talheim", people.municipality("Talheim")?),
        ("Bergfeld", people.municipality("Bergfeld")?),
    ];
    let offers = groups::demo(store, &municipalities, &directory.offices, &clients).await?;
    groups::volunteers(store).await?;
    companions::seed(store, &people, today).await?;
    events::seed(store, &people, &directory, today).await?;
    interests::seed(store, &people).await?;
    network::seed(store, &people, &directory.offices, today).await?;
    // Next week Sabine Keller stands in for Jonas Weber (a holiday), named by Weber.
    let (Some(weber), Some(keller)) = (people.staff.get("Jonas Weber"), people.staff.get("Sabine Keller"))
    else {
        return Err(refused(
            "demo deputy: Jonas Weber and Sabine Keller are in people.json",
        ));
    };
    {
        let day = |n: i64| (today + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
        if let Err(e) = store
            .name_deputy(*weber, *keller, &day(7), &day(11), *weber)
            .await?
        {
            return Err(refused(&format!("demo deputy: {e:?}")));
        }
    }
    // The first client (Amal Haddad, Arabic) has activated the app.
    if let Some(user) = store.user_by_login_number(CLIENT_NUMBER).await? {
        let pin_hash = credentials::hash_secret(CLIENT_PIN).unwrap_or_default();
        store.set_password_hash(user.user_id(), &pin_hash).await?;
    }
    Ok(format!(
        "Seeded the demo municipality ({} clients and {closed} closed cases, a directory of {offices} offices and {guides} guides, {offers} group offers).\n{SIGN_INS}",
        clients.len()
    ))
}

/// The demo's last two years (cases opened and closed, plans, referrals, appointments),
/// for the figures. Run by `LOTSE_DEMO=1` after [`demo`]; the test suite's demo database
/// goes without it, so the tests' counts of the demo stay as they are.
pub async fn history(store: &Store) -> DbResult<String> {
    let n = history::seed(store).await?;
    complaints::demo(store).await?;
    Ok(format!(
        "Added two years of history: {n} earlier cases, most of them closed."
    ))
}

/// Fills the demo database for benchmarks (see `Store::bulk_fill`).
#[cfg(feature = "bench")]
pub async fn bulk(store: &Store, total: usize) -> DbResult<String> {
    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    store.bulk_fill(total, &staff_hash).await
}

/// Benchmarks only: a county at Stuttgart's size (seed 004: about 115 integration
/// managers at seven providers, over 2,500 clients) in the demo municipality.
#[cfg(feature = "bench")]
pub async fn bulk_county(store: &Store) -> DbResult<String> {
    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    store.bulk_county(7, 23, 115, 2_500, &staff_hash).await
}

/// Benchmarks only: `total` clients over five years of history for the figures.
#[cfg(feature = "bench")]
pub async fn bulk_figures(store: &Store, total: usize) -> DbResult<String> {
    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    store.bulk_figures(total, 5, &staff_hash).await
}

/// Benchmarks only: `total` more offices in the demo county, copies of the demo
/// directory's (all languages, published) with a number added to their names, written
/// through the same path as an editor's save so their open intervals exist too.
#[cfg(feature = "bench")]
pub async fn bulk_offices(store: &Store, total: usize) -> DbResult<String> {
    let Some(county) = store.default_county().await? else {
        return Ok(String::new());
    };
    let demo = store.offices_full(county).await?;
    if demo.is_empty() {
        return Ok(String::new());
    }
    let started = std::time::Instant::now();
    for i in 0..total {
        let src = &demo[i % demo.len()];
        let facts = src.office.facts(src.contacts.clone());
        let named = |t: &crate::db::directory::TextRow| {
            let mut text = t.text();
            text.name = format!("{} {}", text.name, i + 1);
            text
        };
        let Some(de) = src.text("de") else { continue };
        let id = store
            .create_office(county, &facts, &named(de), true, None, None)
            .await?;
        for t in src.texts.iter().filter(|t| t.lang != "de") {
            store
                .save_office_text(county, id, &t.lang, 0, &named(t), true, None)
                .await?;
        }
    }
    Ok(format!(
        "Added {total} offices to the directory in {:.1} s.",
        started.elapsed().as_secs_f64()
    ))
}

/// The demo is written as the client's guide would write it: through the case gate.
async fn guide_access(store: &Store, client: ClientId) -> DbResult<ClientAccess> {
    let refused = || DbError::Refused(format!("client {} has no guide", client.0));
    let scope = store.client_scope(client).await?.ok_or_else(refused)?;
    let p = Principal::Guide {
        user: UserId(scope.guide_id.ok_or_else(refused)?),
        team: lotse_app::domain::TeamId(scope.team_id.ok_or_else(refused)?),
        municipality: lotse_app::domain::MunicipalityId(scope.municipality_id),
        team_lead: false,
    };
    client_access(store, &p, client).await.map_err(|e| match e {
        Denied::Db(d) => d,
        other => DbError::Refused(other.to_string()),
    })
}

fn refused(what: &str) -> DbError {
    DbError::Refused(what.to_string())
}

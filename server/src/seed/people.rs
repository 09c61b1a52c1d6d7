//! The demo county's organisation and people (`people.json`): two municipalities, two
//! providers with a team each, the staff and volunteers, and 30 clients with households,
//! as the practice reports describe them.

use super::{guide_access, STAFF_PASSWORD};
use crate::auth::credentials;
use crate::db::clients::NewClient;
use crate::db::users::NewUser;
use crate::db::{DbError, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, Role, TeamId, UserId};
use serde::Deserialize;
use std::collections::HashMap;

const PEOPLE: &str = include_str!("people.json");

#[derive(Deserialize)]
struct People {
    county: String,
    teams: Vec<Team>,
    staff: Vec<Staff>,
    clients: Vec<Client>,
    /// Spread over the past weeks, repeated over the clients; null: not yet seen.
    last_contact_days_ago: Vec<Option<i64>>,
}

#[derive(Deserialize)]
struct Team {
    name: String,
    municipality: String,
    provider: String,
}

#[derive(Deserialize)]
struct Staff {
    role: String,
    name: String,
    email: String,
    municipality: Option<String>,
    team: Option<String>,
    #[serde(default)]
    team_lead: bool,
    phone: Option<String>,
    office_hours: Option<String>,
}

#[derive(Deserialize)]
struct Client {
    first_name: String,
    last_name: String,
    born: String,
    lang: String,
    languages: Vec<String>,
    household: Vec<Member>,
    /// A case that has ended, so that the figures have closures to count.
    #[serde(default)]
    closed: Option<ClosedCase>,
}

/// How a demo case ended: one goal with its outcome, the reason and a closing note.
#[derive(Clone, Debug, Deserialize)]
pub struct ClosedCase {
    /// The goal's field of action and title.
    pub field: String,
    pub goal: String,
    pub outcome: String,
    pub reason: String,
    #[serde(default)]
    pub handed_to: Option<String>,
    #[serde(default)]
    pub moved_to: Option<String>,
    pub note: String,
}

#[derive(Deserialize)]
struct Member {
    name: String,
    relation: String,
    born: String,
}

/// What the rest of the demo builds on.
pub struct Seeded {
    pub county: i64,
    pub municipalities: HashMap<String, MunicipalityId>,
    pub staff: HashMap<String, UserId>,
    /// Each client with their guide, in the file's order (the first has the app).
    pub clients: Vec<(ClientId, UserId)>,
    /// The clients whose case has ended (not in `clients`), with how it ended.
    pub closed: Vec<(ClientId, ClosedCase)>,
}

impl Seeded {
    pub fn municipality(&self, name: &str) -> DbResult<MunicipalityId> {
        self.municipalities
            .get(name)
            .copied()
            .ok_or_else(|| DbError::Refused(format!("no municipality {name} in people.json")))
    }
}

pub async fn seed(store: &Store, today: chrono::NaiveDate) -> DbResult<Seeded> {
    let people: People = serde_json::from_str(PEOPLE).map_err(|e| bad(&e.to_string()))?;
    let county = store.create_county(&people.county).await?;
    let mut municipalities = HashMap::new();
    let mut providers = HashMap::new();
    let mut teams = HashMap::new();
    for t in &people.teams {
        if !municipalities.contains_key(&t.municipality) {
            let id = store.create_municipality(county, &t.municipality).await?;
            municipalities.insert(t.municipality.clone(), id);
        }
        if !providers.contains_key(&t.provider) {
            providers.insert(
                t.provider.clone(),
                store.create_provider(county, &t.provider).await?,
            );
        }
        let team = store
            .create_team(municipalities[&t.municipality], providers[&t.provider], &t.name)
            .await?;
        teams.insert(t.name.clone(), (team, municipalities[&t.municipality]));
    }
    let mut seeded = Seeded {
        county,
        municipalities,
        staff: HashMap::new(),
        clients: vec![],
        closed: vec![],
    };

    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    // Clients are shared out among the guides in turn.
    let mut guides: Vec<(UserId, TeamId, MunicipalityId)> = vec![];
    for s in &people.staff {
        let role = Role::parse(&s.role).ok_or_else(|| bad(&s.role))?;
        let municipality = s
            .municipality
            .as_deref()
            .map(|m| seeded.municipality(m))
            .transpose()?;
        let team = s.team.as_ref().and_then(|t| teams.get(t)).map(|(team, _)| *team);
        let id = store
            .create_user(&NewUser {
                role: Some(role),
                display_name: s.name.clone(),
                email: Some(s.email.clone()),
                password_hash: Some(staff_hash.clone()),
                municipality_id: municipality,
                team_id: team,
                is_team_lead: s.team_lead,
                phone: s.phone.clone(),
                office_hours: s.office_hours.clone(),
                lang: None,
                login_number: None,
            })
            .await?;
        if let (Role::Guide, Some(team), Some(municipality)) = (role, team, municipality) {
            guides.push((id, team, municipality));
        }
        seeded.staff.insert(s.name.clone(), id);
    }
    if guides.is_empty() || people.last_contact_days_ago.is_empty() {
        return Err(bad("people.json needs guides and last contacts"));
    }

    for (i, c) in people.clients.iter().enumerate() {
        let (guide, team, municipality) = guides[i % guides.len()];
        let number = if i == 0 {
            super::CLIENT_NUMBER.to_string()
        } else {
            format!("{}", 30_000_000 + i * 7_919)
        };
        let id = store
            .create_client(&NewClient {
                first_name: c.first_name.clone(),
                last_name: c.last_name.clone(),
                birth_date: Some(c.born.clone()),
                preferred_lang: c.lang.clone(),
                languages: c.languages.clone(),
                phone: None,
                municipality,
                login_number: number,
                guide,
                team,
            })
            .await?;
        let access = guide_access(store, id).await?;
        for m in &c.household {
            store
                .case(&access)
                .add_household_member(&m.name, &m.relation, Some(&m.born), None)
                .await?;
        }
        let days = people.last_contact_days_ago[i % people.last_contact_days_ago.len()];
        if let Some(days) = days {
            let date = today - chrono::Duration::days(days);
            store
                .set_last_contact(id, &date.format("%Y-%m-%d").to_string())
                .await?;
        }
        match &c.closed {
            Some(closed) => seeded.closed.push((id, closed.clone())),
            None => seeded.clients.push((id, guide)),
        }
    }
    Ok(seeded)
}

fn bad(what: &str) -> DbError {
    DbError::Refused(format!("people.json: {what}"))
}

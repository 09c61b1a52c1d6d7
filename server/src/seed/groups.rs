//! The demo's group offers: ten offers in Talheim and Bergfeld (`groups.json`, German
//! and English, with Arabic, Persian and Tigrinya in `groups.<lang>.json`), their
//! sessions a year ahead, the demo volunteers in most of them with some shifts taken and
//! some gaps, and participants; the Talheim language café is full.

use crate::db::groups::{GroupFacts, GroupText, HORIZON_DAYS};
use crate::db::{DbResult, Store};
use crate::groups::schedule::{Repeat, Series};
use chrono::{NaiveTime, Weekday};
use lotse_app::domain::{ClientId, MunicipalityId, UserId};
use serde::Deserialize;
use std::collections::HashMap;

const BASE: &str = include_str!("groups.json");
const TRANSLATIONS: [(&str, &str); 5] = [
    ("ar", include_str!("groups.ar.json")),
    ("fa", include_str!("groups.fa.json")),
    ("ti", include_str!("groups.ti.json")),
    ("prs", include_str!("groups.prs.json")),
    ("uk", include_str!("groups.uk.json")),
];

#[derive(Deserialize)]
struct Base {
    groups: Vec<Offer>,
}

#[derive(Deserialize)]
struct Offer {
    key: String,
    municipality: String,
    category: String,
    target: String,
    office: Option<String>,
    address: String,
    childcare: bool,
    barrier_free: bool,
    capacity: i64,
    contact: String,
    phone: Option<String>,
    needs: HashMap<String, i64>,
    series: Vec<SeriesSpec>,
    volunteers: Vec<String>,
    #[serde(default)]
    full: bool,
    text: HashMap<String, Text>,
}

#[derive(Deserialize)]
struct SeriesSpec {
    repeat: String,
    nth: Option<i64>,
    weekday: u8,
    start: String,
    minutes: u32,
}

#[derive(Deserialize, Default)]
struct Translation {
    groups: HashMap<String, Text>,
}

#[derive(Deserialize, Clone)]
struct Text {
    title: String,
    description: String,
}

impl From<&Text> for GroupText {
    fn from(t: &Text) -> GroupText {
        GroupText {
            title: t.title.clone(),
            description: t.description.clone(),
        }
    }
}

/// Seeds the offers; `clients` are the demo clients (Amal first), `offices` the
/// directory's ids by key. Returns how many offers there are.
pub async fn demo(
    store: &Store,
    municipalities: &[(&str, MunicipalityId)],
    offices: &HashMap<String, i64>,
    clients: &[ClientId],
) -> DbResult<usize> {
    let base: Base =
        serde_json::from_str(BASE).map_err(|e| crate::db::DbError::Sqlx(sqlx::Error::Decode(Box::new(e))))?;
    // Only the languages this build speaks (a language folder may be left out).
    let translations: Vec<(&str, Translation)> = TRANSLATIONS
        .iter()
        .filter(|(lang, _)| lotse_app::domain::Lang::from_code(lang).is_some())
        .map(|(lang, src)| (*lang, serde_json::from_str(src).unwrap_or_default()))
        .collect();
    let today = crate::time::today();
    let mut count = 0;
    for (i, o) in base.groups.iter().enumerate() {
        let Some((_, municipality)) = municipalities.iter().find(|(n, _)| *n == o.municipality) else {
            continue;
        };
        let Some(de) = o.text.get("de") else { continue };
        let mut needs: Vec<(String, i64)> = o.needs.iter().map(|(r, n)| (r.clone(), *n)).collect();
        needs.sort();
        let facts = GroupFacts {
            category: o.category.clone(),
            target_group: o.target.clone(),
            office_id: o.office.as_ref().and_then(|k| offices.get(k).copied()),
            address: o.address.clone(),
            childcare: o.childcare,
            barrier_free: o.barrier_free,
            capacity: o.capacity,
            contact_name: o.contact.clone(),
            contact_phone: o.phone.clone(),
            contact_email: None,
            shift_needs: needs.clone(),
        };
        let id = store
            .create_group(*municipality, &facts, &de.into(), true, None)
            .await?;
        if let Some(en) = o.text.get("en") {
            store.save_group_text(id, "en", 0, &en.into(), true, None).await?;
        }
        for (lang, t) in &translations {
            if let Some(text) = t.groups.get(&o.key) {
                store
                    .save_group_text(id, lang, 0, &text.into(), true, None)
                    .await?;
            }
        }
        for s in &o.series {
            let Some(repeat) = Repeat::from_columns(&s.repeat, s.nth) else {
                continue;
            };
            let series = Series {
                repeat,
                weekday: Weekday::try_from(s.weekday).unwrap_or(Weekday::Mon),
                start: NaiveTime::parse_from_str(&s.start, "%H:%M").unwrap_or_default(),
                minutes: s.minutes,
                first: today,
                last: Some(today + chrono::Duration::days(HORIZON_DAYS)),
            };
            store.add_series(id, &series).await?;
        }
        // Volunteers, and shifts for the next four dates: the lead taken, helpers
        // partly, so the coordinator's view has gaps.
        let mut volunteers: Vec<UserId> = vec![];
        for email in &o.volunteers {
            if let Some(u) = store.user_by_email(email).await? {
                store.add_group_volunteer(id, u.user_id()).await?;
                volunteers.push(u.user_id());
            }
        }
        // The last three weeks took place: hours recorded, people counted. (A week before
        // the next date of a monthly offer can still be ahead: only what has passed.)
        if let Some(first) = store.sessions(id, crate::db::now(), 1).await?.first() {
            for week in 1..=3_i64 {
                let starts = first.starts_at - week * 7 * 86_400;
                if starts >= crate::db::now() {
                    continue;
                }
                let heads = Some(3 + (i as i64 + week) % 5);
                let past = store.add_past_session(id, starts, first.minutes, heads).await?;
                for (v, user) in volunteers.iter().enumerate() {
                    let role = needs
                        .get(v.min(needs.len().saturating_sub(1)))
                        .map_or("helper", |(r, _)| r.as_str());
                    store.record_past_shift(past, *user, role, first.minutes).await?;
                }
            }
        }
        let upcoming = store.sessions(id, crate::db::now(), 4).await?;
        for (n, session) in upcoming.iter().enumerate() {
            for (v, user) in volunteers.iter().enumerate() {
                // Every other date the second volunteer leaves their place open.
                if v == 1 && n % 2 == 1 {
                    continue;
                }
                let role = if v == 0 { "lead" } else { "helper" };
                let role = if needs.iter().any(|(r, _)| r == role) {
                    role
                } else {
                    needs.first().map_or("helper", |(r, _)| r.as_str())
                };
                store.sign_up_shift(*user, session.id, role).await?;
            }
        }
        // Participants (never Amal, whose own sign-up the tests make): the full café
        // has all its seats taken; the others a few each.
        let seats = if o.full { o.capacity as usize } else { 2 + i % 3 };
        let mut seated = 0;
        for client in clients.iter().skip(1 + i % 3) {
            if seated >= seats {
                break;
            }
            let Some(scope) = store.client_scope(*client).await? else {
                continue;
            };
            if scope.municipality_id != municipality.0 {
                continue;
            }
            let by = UserId(scope.user_id);
            store.join_group(*client, id, seated % 2 == 0, by).await?;
            seated += 1;
        }
        count += 1;
    }
    Ok(count)
}

/// The demo volunteers' profiles and checked documents: Peter's police certificate
/// runs out in five weeks (the coordinator's overview flags it), Aylin's is current.
pub async fn volunteers(store: &Store) -> DbResult<()> {
    let Some(coordinator) = store.user_by_email("m.hoffmann@talheim.example").await? else {
        return Ok(());
    };
    let today = crate::time::today();
    let people = [
        (
            "p.braun@talheim.example",
            "de en fr",
            "teaching cooking forms",
            "2-pm 4-pm 6-am",
            35_i64,
        ),
        (
            "a.yilmaz@talheim.example",
            "de tr ar ku",
            "sports interpreting childcare",
            "1-ev 3-ev 5-ev 6-pm",
            4 * 365,
        ),
    ];
    for (email, languages, skills, availability, valid_days) in people {
        let Some(u) = store.user_by_email(email).await? else {
            continue;
        };
        let profile = crate::db::groups::ProfileRow {
            languages: languages.into(),
            skills: skills.into(),
            availability: availability.into(),
            districts: String::new(),
            note: String::new(),
            version: 0,
        };
        store.save_volunteer_profile(u.user_id(), &profile).await?;
        let until = (today + chrono::Duration::days(valid_days)).to_string();
        store
            .add_volunteer_document(
                u.user_id(),
                "police_certificate",
                Some(&until),
                coordinator.user_id(),
            )
            .await?;
        store
            .add_volunteer_document(u.user_id(), "confidentiality", None, coordinator.user_id())
            .await?;
    }
    Ok(())
}

/// Benchmarks only: `total` more group offers in Talheim, copies of the demo's (all
/// languages, published) with a number added to their titles, each meeting weekly since
/// `years - 1` years ago and for a year ahead (every past date is kept, as a county's
/// database keeps them). Peter Braun helps in every tenth, so his shift list spans 20
/// groups at 200.
#[cfg(feature = "bench")]
pub async fn bulk(store: &Store, total: usize, years: usize) -> DbResult<String> {
    let talheim = MunicipalityId(1);
    let mut demo = vec![];
    for (id, _) in store.group_titles(talheim).await? {
        if let Some(g) = store.group(talheim, id).await? {
            demo.push(g);
        }
    }
    let Some(braun) = store.user_by_email("p.braun@talheim.example").await? else {
        return Ok(String::new());
    };
    if demo.is_empty() {
        return Ok(String::new());
    }
    let started = std::time::Instant::now();
    let today = crate::time::today();
    for i in 0..total {
        let src = &demo[i % demo.len()];
        let Some(de) = src.text("de") else { continue };
        let g = &src.group;
        let facts = GroupFacts {
            category: g.category.clone(),
            target_group: g.target_group.clone(),
            office_id: g.office_id,
            address: g.address.clone(),
            childcare: g.childcare,
            barrier_free: g.barrier_free,
            capacity: g.capacity,
            contact_name: g.contact_name.clone(),
            contact_phone: g.contact_phone.clone(),
            contact_email: g.contact_email.clone(),
            shift_needs: vec![("lead".into(), 1), ("helper".into(), 2)],
        };
        let numbered = |title: &str, description: &str| GroupText {
            title: format!("{title} {}", i + 1),
            description: description.to_string(),
        };
        let id = store
            .create_group(talheim, &facts, &numbered(&de.title, &de.description), true, None)
            .await?;
        for t in src.texts.iter().filter(|t| t.lang != "de") {
            store
                .save_group_text(id, &t.lang, 0, &numbered(&t.title, &t.description), true, None)
                .await?;
        }
        let series = Series {
            repeat: Repeat::Weekly,
            weekday: Weekday::try_from((i % 5) as u8).unwrap_or(Weekday::Mon),
            start: NaiveTime::from_hms_opt(15 + (i % 4) as u32, 0, 0).unwrap_or_default(),
            minutes: 90,
            first: today - chrono::Duration::days(365 * years.saturating_sub(1) as i64),
            last: None,
        };
        let series_id = store.add_series(id, &series).await?;
        if years > 1 {
            store.extend_series(id, series_id, &series, series.first).await?;
        }
        if i % 10 == 0 {
            store.add_group_volunteer(id, braun.user_id()).await?;
        }
    }
    Ok(format!(
        "Added {total} group offers with {years} years of weekly dates in {:.1} s.",
        started.elapsed().as_secs_f64()
    ))
}

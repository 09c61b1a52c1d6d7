//! The demo's local network, one-to-one part: districts of both municipalities, where
//! the two volunteers can go, two mentoring pairs under way and an accompaniment to a
//! paediatrician next week. All of it written as the guides and volunteers would: through
//! the case gate and the volunteer's own answer.

use super::{guide_access, people, refused};
use crate::db::companions::{NewTask, CONSENT_PURPOSE};
use crate::db::consents::NewConsent;
use crate::db::{DbResult, Store};
use chrono::{Duration, NaiveDate};
use lotse_app::companions::CompanionKind;
use lotse_app::domain::{ClientId, MunicipalityId, UserId};

const TALHEIM: [&str; 4] = ["Bahnhofsviertel", "Neuweiler", "Oberdorf", "Talheim-Mitte"];
const BERGFELD: [&str; 3] = ["Bergfeld-Zentrum", "Im Grund", "Sonnenhalde"];

fn at(day: NaiveDate, hour: u32) -> i64 {
    day.and_hms_opt(hour, 0, 0)
        .and_then(|t| chrono::TimeZone::from_local_datetime(&crate::time::ZONE, &t).earliest())
        .map(|t| t.timestamp())
        .unwrap_or_default()
}

pub async fn seed(store: &Store, people: &people::Seeded, today: NaiveDate) -> DbResult<()> {
    let talheim = people.municipality("Talheim")?;
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    store.set_districts(talheim, &names(&TALHEIM)).await?;
    store
        .set_districts(people.municipality("Bergfeld")?, &names(&BERGFELD))
        .await?;
    let districts = store.districts(talheim).await?;
    let district = |name: &str| districts.iter().find(|(_, n)| n == name).map(|(id, _)| *id);

    let volunteer = |email: &'static str| async move {
        store
            .user_by_email(email)
            .await?
            .map(|u| u.user_id())
            .ok_or_else(|| refused(&format!("demo volunteer {email} is in people.json")))
    };
    let peter = volunteer("p.braun@talheim.example").await?;
    let aylin = volunteer("a.yilmaz@talheim.example").await?;
    // Peter drives and knows the old village; Aylin lives by the station.
    for (who, skill, places) in [
        (peter, Some("driving"), ["Talheim-Mitte", "Oberdorf"]),
        (aylin, None, ["Talheim-Mitte", "Bahnhofsviertel"]),
    ] {
        let mut p = store.volunteer_profile(who).await?;
        if let Some(s) = skill {
            p.skills = format!("{} {s}", p.skills).trim().to_string();
        }
        p.districts = places
            .iter()
            .filter_map(|n| district(n))
            .map(|id| id.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        store.save_volunteer_profile(who, &p).await?;
    }

    // Talheim's clients after Amal: an Arabic speaker for Aylin, another for Peter.
    let mut arabic = None;
    let mut other = None;
    for (client, _) in people.clients.iter().skip(1) {
        let Some(row) = store
            .case(&guide_access(store, *client).await?)
            .overview()
            .await?
        else {
            continue;
        };
        if store.client_scope(*client).await?.map(|s| s.municipality_id) != Some(talheim.0) {
            continue;
        }
        if row.preferred_lang == "ar" && arabic.is_none() {
            arabic = Some(*client);
        } else if row.preferred_lang != "ar" && other.is_none() {
            other = Some(*client);
        }
    }
    let (Some(arabic), Some(other)) = (arabic, other) else {
        return Err(refused("demo mentoring: two more Talheim clients in people.json"));
    };
    let six_weeks_ago = today - Duration::days(42);
    let pairs = [
        (
            arabic,
            aylin,
            "ar",
            "Talheim-Mitte",
            "Stadtbücherei Talheim, Lesecafé",
        ),
        (other, peter, "de", "Oberdorf", "Café am Brunnen, Oberdorf"),
    ];
    for (client, who, lang, place_district, place) in pairs {
        let task = NewTask {
            kind: CompanionKind::Mentoring,
            appointment_id: None,
            starts_at: at(six_weeks_ago, 16),
            minutes: 90,
            place: place.into(),
            district_id: district(place_district),
            language: lang.into(),
            skill: None,
            bring: String::new(),
            checkin_days: Some(30),
            ends_on: Some((today + Duration::days(140)).format("%Y-%m-%d").to_string()),
        };
        let id = open_task(store, client, talheim, &task, six_weeks_ago, who).await?;
        for weeks_ago in [6, 4, 2] {
            let on = (today - Duration::days(weeks_ago * 7))
                .format("%Y-%m-%d")
                .to_string();
            store.record_companion_meeting(who, id, &on, 90, false).await?;
        }
    }

    // Next week Aylin goes with Amal and Yusuf to the paediatrician.
    let Some((amal, _)) = people.clients.first() else {
        return Ok(());
    };
    let access = guide_access(store, *amal).await?;
    let file = store.case(&access);
    let next_week = today + Duration::days(7);
    let visit = crate::db::appointments::NewAppointment {
        starts_at: at(next_week, 9),
        duration_minutes: 45,
        with_kind: "office".into(),
        place_name: "Kinderarztpraxis Dr. Roth".into(),
        address: Some("Bahnhofstraße 12, 71234 Talheim".into()),
        room: None,
        contact_person: None,
        contact_phone: Some("07131 55 20 30".into()),
        bring: "Gesundheitskarte\nU-Heft von Yusuf\nImpfpass".into(),
        interpreter_lang: None,
        health: true,
    };
    let Ok(appointment) = file.create_appointment(&visit, None).await? else {
        return Ok(());
    };
    let task = NewTask {
        kind: CompanionKind::Accompaniment,
        appointment_id: Some(appointment),
        starts_at: at(next_week, 9) - 15 * 60,
        minutes: 90,
        place: "Vor der Praxis Dr. Roth, Bahnhofstraße 12".into(),
        district_id: district("Bahnhofsviertel"),
        language: "ar".into(),
        skill: None,
        bring: "Gesundheitskarte\nU-Heft".into(),
        checkin_days: None,
        ends_on: None,
    };
    open_task(store, *amal, talheim, &task, today, aylin).await?;
    Ok(())
}

/// Records the client's consent, opens the task, asks the volunteer, and lets them
/// accept: as the guide and the volunteer would.
async fn open_task(
    store: &Store,
    client: ClientId,
    municipality: MunicipalityId,
    task: &NewTask,
    consent_on: NaiveDate,
    volunteer: UserId,
) -> DbResult<i64> {
    let access = guide_access(store, client).await?;
    let file = store.case(&access);
    if !file.has_companion_consent().await? {
        file.add_consent(&NewConsent {
            purpose: CONSENT_PURPOSE.into(),
            recipient: "Ehrenamtliche Begleitung".into(),
            recipient_team: None,
            covers: vec![],
            given_on: consent_on.format("%Y-%m-%d").to_string(),
            form: "paper".into(),
        })
        .await?;
    }
    let id = file
        .add_companion_task(task, municipality)
        .await?
        .ok_or_else(|| refused("demo companion task: the appointment is the guide's"))?;
    file.ask_companion(id, volunteer).await?;
    store.answer_companion(volunteer, id, true).await?;
    Ok(id)
}

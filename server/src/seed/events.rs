//! The demo's public events: a soup festival and an information evening on work and
//! training in Talheim (the evening asks for registration), a Kita information day in
//! Bergfeld (German only: the page shows it in German, marked so); and Talheim's
//! language café shown publicly among the regular offers.

use super::{directory, people, refused};
use crate::db::events::NewEvent;
use crate::db::{DbResult, Store};
use chrono::{Duration, NaiveDate};

fn at(day: NaiveDate, hour: u32) -> i64 {
    day.and_hms_opt(hour, 0, 0)
        .and_then(|t| chrono::TimeZone::from_local_datetime(&crate::time::ZONE, &t).earliest())
        .map(|t| t.timestamp())
        .unwrap_or_default()
}

fn texts(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(l, t, d)| (l.to_string(), t.to_string(), d.to_string()))
        .collect()
}

pub async fn seed(
    store: &Store,
    people: &people::Seeded,
    directory: &directory::Seeded,
    today: NaiveDate,
) -> DbResult<()> {
    let talheim = people.municipality("Talheim")?;
    let bergfeld = people.municipality("Bergfeld")?;
    let by = |name: &str| {
        people
            .staff
            .get(name)
            .copied()
            .ok_or_else(|| refused(&format!("demo events: {name} is in people.json")))
    };
    let office = |name: &str| directory.offices.get(name).copied();
    let soup = NewEvent {
        office_id: office("willkommenszentrum"),
        place: "Hof und großer Saal".into(),
        starts_at: at(today + Duration::days(10), 15),
        minutes: 240,
        registration: false,
        capacity: None,
        texts: texts(&[
            (
                "de",
                "Suppenfest der Nachbarschaft",
                "Bringen Sie eine Suppe aus Ihrer Heimat mit – oder kommen Sie einfach zum Essen. Für Kinder gibt es Spiele.",
            ),
            (
                "en",
                "Neighbourhood soup festival",
                "Bring a soup from your home country – or just come and eat. There are games for children.",
            ),
            (
                "ar",
                "مهرجان الشوربة في الحي",
                "أحضر شوربة من بلدك، أو تعال فقط لتأكل معنا. توجد ألعاب للأطفال.",
            ),
            (
                "fa",
                "جشن سوپ محله",
                "یک سوپ از کشور خودتان بیاورید، یا فقط برای غذا خوردن بیایید. برای بچه‌ها بازی هست.",
            ),
        ]),
    };
    let evening = NewEvent {
        office_id: office("jobcenter-talheim"),
        place: "Raum 1.02".into(),
        starts_at: at(today + Duration::days(17), 18),
        minutes: 120,
        registration: true,
        capacity: Some(40),
        texts: texts(&[
            (
                "de",
                "Infoabend: Arbeit und Ausbildung",
                "Jobcenter, Agentur für Arbeit und Betriebe aus Talheim erklären, wie Sie Arbeit oder eine Ausbildung finden. Mit Dolmetschenden für Arabisch und Farsi.",
            ),
            (
                "en",
                "Information evening: work and training",
                "The Jobcenter, the employment agency and local companies explain how to find work or vocational training. With interpreters for Arabic and Farsi.",
            ),
        ]),
    };
    let kita = NewEvent {
        office_id: office("kita-sonnenblume"),
        place: String::new(),
        starts_at: at(today + Duration::days(24), 10),
        minutes: 180,
        registration: false,
        capacity: None,
        texts: texts(&[(
            "de",
            "Kita-Infotag",
            "Eltern können die Kita ansehen, Fragen stellen und ihr Kind vormerken lassen.",
        )]),
    };
    store.add_event(talheim, &soup, by("Nadia Schäfer")?).await?;
    store
        .add_event(talheim, &evening, by("Martina Hoffmann")?)
        .await?;
    store.add_event(bergfeld, &kita, by("Martina Hoffmann")?).await?;
    // Talheim's language café is for everyone: shown on the public page.
    for (id, title, _) in store.groups_publicity(talheim).await? {
        if title.contains("Sprachcafé") {
            store.set_group_public(talheim, id, true).await?;
        }
    }
    Ok(())
}

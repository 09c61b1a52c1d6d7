//! The demo's local network: twenty actors of the county (fourteen in Talheim, six in
//! Bergfeld) with their places in the directory, a partner account for the language
//! club "Sprachbrücke Talheim", and a dozen offers and requests in the exchange, one
//! match agreed and one waiting for the club.

use super::{people, refused, STAFF_PASSWORD};
use crate::auth::credentials;
use crate::db::network::exchange::NewPost;
use crate::db::network::NewActor;
use crate::db::{DbResult, Store};
use chrono::{Duration, NaiveDate};
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::network::{ActorKind, Side, Topic};
use std::collections::HashMap;

/// The demo partner's sign-in (password: the demo's staff password).
pub const PARTNER_EMAIL: &str = "kontakt@sprachbruecke.example";

struct Actor {
    town: &'static str,
    kind: ActorKind,
    name: &'static str,
    district: Option<&'static str>,
    languages: &'static [&'static str],
    about: &'static str,
    audience: &'static str,
    contact: (&'static str, &'static str, &'static str),
    public: bool,
    offices: &'static [&'static str],
}

// One line per actor keeps the table below readable.
#[allow(clippy::too_many_arguments)]
const fn actor(
    town: &'static str,
    kind: ActorKind,
    name: &'static str,
    district: Option<&'static str>,
    languages: &'static [&'static str],
    about: &'static str,
    audience: &'static str,
    contact: (&'static str, &'static str, &'static str),
    public: bool,
    offices: &'static [&'static str],
) -> Actor {
    Actor {
        town,
        kind,
        name,
        district,
        languages,
        about,
        audience,
        contact,
        public,
        offices,
    }
}

use ActorKind as K;

#[rustfmt::skip]
const ACTORS: [Actor; 20] = [
    actor("Talheim", K::Club, "Sprachbrücke Talheim e.V.", Some("Bahnhofsviertel"), &["de", "ar", "fa", "ti"],
        "Sprachcafé, Hausaufgabenhilfe und Begleitung zu Ämtern durch Ehrenamtliche.",
        "Geflüchtete und Zugewanderte jeden Alters", ("Miriam Kraus", "07131 55 20 10", PARTNER_EMAIL), true, &[]),
    actor("Talheim", K::Provider, "Diakonie Talheim – Migrationsberatung", Some("Talheim-Mitte"), &["de", "en", "ar"],
        "Migrationsberatung für Erwachsene (MBE): Aufenthalt, Familiennachzug, Arbeit.",
        "Zugewanderte ab 27 Jahren", ("Petra Lang", "07131 55 30 00", "mbe@diakonie-talheim.example"), true,
        &["migrationsberatung-diakonie"]),
    actor("Talheim", K::Provider, "Jugendmigrationsdienst Talheim", Some("Talheim-Mitte"), &["de", "en", "fa"],
        "Beratung und Gruppenangebote für junge Zugewanderte.", "Junge Menschen von 12 bis 27 Jahren",
        ("Daniel Roth", "07131 55 30 20", "jmd@talheim.example"), true, &["jugendmigrationsdienst"]),
    actor("Talheim", K::Migrant, "Eritreische Gemeinschaft Talheim", Some("Oberdorf"), &["ti", "de"],
        "Treffpunkt, Übersetzungshilfe und Feste der eritreischen Community.", "Menschen aus Eritrea und ihre Familien",
        ("Yonas Tesfay", "0176 4455 1020", "info@eritrea-talheim.example"), true, &[]),
    actor("Talheim", K::Migrant, "Afghanischer Kulturverein Neckar", Some("Neuweiler"), &["fa", "prs", "ps", "de"],
        "Kulturabende, Frauentreff und Dolmetschhilfe auf Dari und Paschtu.", "Familien aus Afghanistan",
        ("Farida Ahmadi", "0176 3322 8899", "kontakt@afghan-neckar.example"), true, &[]),
    actor("Talheim", K::Faith, "Ev. Kirchengemeinde Talheim", Some("Talheim-Mitte"), &["de"],
        "Gemeindehaus mit Räumen für Gruppen, Kleiderkammer jeden Donnerstag.", "Alle",
        ("Pfarrerin Anne Vogt", "07131 55 40 00", "gemeinde@ev-talheim.example"), true, &[]),
    actor("Talheim", K::Faith, "Moscheeverein Talheim", Some("Bahnhofsviertel"), &["ar", "tr", "de"],
        "Gebetsraum, Hausaufgabenbetreuung und Begleitung bei Trauerfällen.", "Alle",
        ("Ahmet Kaya", "07131 55 41 10", "info@moschee-talheim.example"), false, &[]),
    actor("Talheim", K::Housing, "Wohnbau Talheim GmbH", None, &["de", "en"],
        "Städtische Wohnungsgesellschaft: Wohnungen, Mieterberatung, Quartierstreff.", "Mieterinnen und Mieter",
        ("Kerstin Haas", "07131 55 50 00", "vermietung@wohnbau-talheim.example"), true, &[]),
    actor("Talheim", K::Employer, "Bäckerei Schmid", Some("Oberdorf"), &["de"],
        "Ausbildungsbetrieb; Praktika für Geflüchtete mit Deutsch ab A2.", "Jugendliche und Erwachsene mit Arbeitserlaubnis",
        ("Thomas Schmid", "07131 55 60 60", "ausbildung@baeckerei-schmid.example"), false, &[]),
    actor("Talheim", K::Employer, "Pflegeheim Am Lindenhof", Some("Neuweiler"), &["de", "en"],
        "Ausbildung in der Pflege, auch in Teilzeit; Sprachkurs am Arbeitsplatz.", "Erwachsene mit Interesse an Pflegeberufen",
        ("Sandra Weiß", "07131 55 61 00", "karriere@lindenhof.example"), true, &[]),
    actor("Talheim", K::School, "Lindenschule Talheim", Some("Talheim-Mitte"), &["de"],
        "Grundschule mit Vorbereitungsklasse und Elterncafé.", "Kinder von 6 bis 10 Jahren und ihre Eltern",
        ("Rektorin Julia Braun", "07131 55 70 00", "sekretariat@lindenschule.example"), true,
        &["grundschule-lindenschule"]),
    actor("Talheim", K::Office, "Jobcenter Talheim", Some("Talheim-Mitte"), &["de", "en", "ar"],
        "Bürgergeld, Arbeitsvermittlung und Förderung von Sprachkursen.", "Arbeitsuchende und ihre Familien",
        ("Empfang", "07131 55 80 00", "jobcenter-talheim@jobcenter.example"), true, &["jobcenter-talheim"]),
    actor("Talheim", K::Club, "TSV Talheim", Some("Oberdorf"), &["de"],
        "Sportverein mit Fußball, Schwimmen und Frauensport; erste drei Monate beitragsfrei.", "Alle Altersgruppen",
        ("Frank Maier", "07131 55 90 00", "info@tsv-talheim.example"), true, &["tsv-talheim"]),
    actor("Talheim", K::Other, "Tafel Talheim", Some("Bahnhofsviertel"), &["de", "ar"],
        "Lebensmittel für Menschen mit wenig Geld, Ausgabe dienstags und freitags.", "Menschen mit Bürgergeld oder Asylbewerberleistungen",
        ("Gisela Horn", "07131 55 91 00", "tafel@talheim.example"), true, &["tafel-talheim"]),
    actor("Bergfeld", K::Club, "Freundeskreis Asyl Bergfeld", Some("Bergfeld-Zentrum"), &["de", "en", "ar"],
        "Patenschaften, Fahrdienst zu Ärzten und Ämtern, Fahrradwerkstatt.", "Geflüchtete in Bergfeld",
        ("Hans Keller", "07132 44 10 10", "info@fk-asyl-bergfeld.example"), true, &[]),
    actor("Bergfeld", K::Faith, "Kath. Kirchengemeinde St. Martin", Some("Im Grund"), &["de", "ti"],
        "Gemeindesaal, Sprachkurs für Mütter mit Kinderbetreuung.", "Familien",
        ("Schwester Maria", "07132 44 20 20", "stmartin@bergfeld.example"), true, &[]),
    actor("Bergfeld", K::School, "Kita Sonnenhalde", Some("Sonnenhalde"), &["de"],
        "Kindertagesstätte mit Sprachförderung; Infotag für neue Familien.", "Kinder von 1 bis 6 Jahren",
        ("Leitung Sabine Ott", "07132 44 30 30", "kita.sonnenhalde@bergfeld.example"), true, &[]),
    actor("Bergfeld", K::Employer, "Autohaus Bergfeld", Some("Im Grund"), &["de"],
        "Ausbildung zur Kfz-Mechatronikerin oder zum Kfz-Mechatroniker.", "Jugendliche mit Schulabschluss",
        ("Martin Frey", "07132 44 40 40", "ausbildung@autohaus-bergfeld.example"), false, &[]),
    actor("Bergfeld", K::Migrant, "Syrisch-deutscher Verein Bergfeld", Some("Bergfeld-Zentrum"), &["ar", "ku", "de"],
        "Elterncafé, Hilfe bei Formularen, arabischer Kinderunterricht.", "Familien aus Syrien",
        ("Rania Haddad", "0176 7788 1122", "verein@syrisch-bergfeld.example"), true, &[]),
    actor("Bergfeld", K::Housing, "Baugenossenschaft Bergfeld eG", None, &["de"],
        "Genossenschaftswohnungen; Gästewohnung für Gruppen nach Absprache.", "Mitglieder und Wohnungssuchende",
        ("Ulrike Sommer", "07132 44 50 50", "wohnen@bg-bergfeld.example"), false, &[]),
];

/// Published translations of the club's entry, so that the public list shows them in
/// the reader's language.
const CLUB_TEXTS: [(&str, &str, &str); 4] = [
    (
        "en",
        "Language café, homework help and volunteers who go with you to offices.",
        "Refugees and newcomers of all ages",
    ),
    (
        "ar",
        "مقهى لغة، ومساعدة في الواجبات المدرسية، ومتطوعون يرافقونك إلى الدوائر الرسمية.",
        "اللاجئون والقادمون الجدد من كل الأعمار",
    ),
    (
        "fa",
        "کافه زبان، کمک در تکالیف مدرسه و داوطلبانی که شما را تا اداره‌ها همراهی می‌کنند.",
        "پناهجویان و تازه‌واردان در هر سنی",
    ),
    (
        "ti",
        "ካፈ ቋንቋ፡ ሓገዝ ዕዮ ገዛ፡ ናብ ቤት ጽሕፈታት ዘሰንዩኹም ወለንታውያን።",
        "ስደተኛታትን ሓደሽቲ መጻእትን ኩሉ ዕድመ",
    ),
];

pub async fn seed(
    store: &Store,
    people: &people::Seeded,
    offices: &HashMap<String, i64>,
    today: NaiveDate,
) -> DbResult<()> {
    let coordinator = *people
        .staff
        .get("Martina Hoffmann")
        .ok_or_else(|| refused("demo network: Martina Hoffmann is in people.json"))?;
    let mut ids: HashMap<&str, (i64, MunicipalityId)> = HashMap::new();
    for a in &ACTORS {
        let town = people.municipality(a.town)?;
        let districts = store.districts(town).await?;
        let district_id = match a.district {
            Some(name) => Some(
                districts
                    .iter()
                    .find(|(_, n)| n == name)
                    .map(|(id, _)| *id)
                    .ok_or_else(|| refused(&format!("demo network: no district {name}")))?,
            ),
            None => None,
        };
        let linked = a
            .offices
            .iter()
            .filter_map(|k| offices.get(*k).copied())
            .collect();
        let id = store
            .add_actor(
                town,
                &NewActor {
                    kind: a.kind,
                    name: a.name.into(),
                    district_id,
                    languages: a.languages.iter().map(|l| l.to_string()).collect(),
                    contact_name: a.contact.0.into(),
                    phone: a.contact.1.into(),
                    email: a.contact.2.into(),
                    website: String::new(),
                    public: a.public,
                    about: a.about.into(),
                    audience: a.audience.into(),
                    links: Some((linked, vec![])),
                },
                coordinator,
            )
            .await?;
        ids.insert(a.name, (id, town));
    }
    let (club, talheim) = ids["Sprachbrücke Talheim e.V."];
    for (lang, about, audience) in CLUB_TEXTS {
        store
            .save_actor_text(talheim, club, lang, 0, about, audience, true, coordinator)
            .await?;
    }
    // The club's contact person has signed in before: an invitation, then a password.
    let hash = credentials::token_hash("demo-partner-invitation-used");
    let partner = match store
        .invite_partner(
            talheim,
            club,
            "Miriam Kraus",
            PARTNER_EMAIL,
            &hash,
            0,
            coordinator,
        )
        .await?
    {
        Ok(user) => user,
        Err(e) => return Err(refused(&format!("demo partner: {e:?}"))),
    };
    let password = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    store.set_password_hash(partner, &password).await?;
    posts(store, people, &ids, coordinator, partner, today).await
}

/// A demo post: actor (None: the municipality), side, topic, district, title, details,
/// first and last day (days from today).
type PostSeed = (
    Option<&'static str>,
    Side,
    Topic,
    Option<&'static str>,
    &'static str,
    &'static str,
    i64,
    i64,
);

async fn posts(
    store: &Store,
    people: &people::Seeded,
    ids: &HashMap<&str, (i64, MunicipalityId)>,
    coordinator: UserId,
    partner: UserId,
    today: NaiveDate,
) -> DbResult<()> {
    let day = |n: i64| (today + Duration::days(n)).format("%Y-%m-%d").to_string();
    let talheim = people.municipality("Talheim")?;
    let district = |town: MunicipalityId, name: &'static str| async move {
        Ok::<_, crate::db::DbError>(
            store
                .districts(town)
                .await?
                .into_iter()
                .find(|(_, n)| n == name)
                .map(|(id, _)| id),
        )
    };
    #[rustfmt::skip]
    let list: [PostSeed; 12] = [
        (Some("Ev. Kirchengemeinde Talheim"), Side::Offer, Topic::Rooms, Some("Talheim-Mitte"),
            "Gemeindesaal für 40 Personen, werktags abends", "Mit Küche und Beamer. Bitte zwei Wochen vorher anfragen.", -10, 80),
        (None, Side::Seek, Topic::Rooms, Some("Talheim-Mitte"),
            "Raum für das Elterncafé, donnerstags 15–17 Uhr", "Für 15 Eltern mit kleinen Kindern, gern mit Spielecke.", -3, 60),
        (Some("Afghanischer Kulturverein Neckar"), Side::Offer, Topic::Interpreters, None,
            "Sprachmittlung Dari und Paschtu", "Ehrenamtlich, nach Absprache auch vormittags.", -20, 160),
        (Some("Lindenschule Talheim"), Side::Seek, Topic::Interpreters, Some("Talheim-Mitte"),
            "Dolmetschen Dari beim Elternabend", "Elternabend der Vorbereitungsklasse.", 5, 20),
        (Some("TSV Talheim"), Side::Offer, Topic::Equipment, Some("Oberdorf"),
            "Fußballschuhe und Trikots (gespendet)", "Größen 30–44, sortiert.", -5, 90),
        (Some("Sprachbrücke Talheim e.V."), Side::Seek, Topic::Volunteers, Some("Bahnhofsviertel"),
            "Ehrenamtliche für die Hausaufgabenhilfe", "Montags und mittwochs 15–17 Uhr, Klasse 1 bis 7.", -7, 120),
        (Some("Wohnbau Talheim GmbH"), Side::Offer, Topic::KnowHow, None,
            "Infoabend „Wie finde ich eine Wohnung?“", "Wir kommen in Ihre Gruppe und erklären Bewerbung, Schufa und Mietvertrag.", 0, 180),
        (Some("Tafel Talheim"), Side::Seek, Topic::Transport, Some("Bahnhofsviertel"),
            "Fahrerin oder Fahrer für die Abholung freitags", "Transporter ist da; Führerschein Klasse B genügt.", 0, 90),
        (Some("Freundeskreis Asyl Bergfeld"), Side::Offer, Topic::Transport, None,
            "Fahrdienst zu Ärzten in Talheim", "Zwei Fahrerinnen, dienstags und donnerstags.", -30, 150),
        (Some("Kath. Kirchengemeinde St. Martin"), Side::Offer, Topic::Donations, Some("Im Grund"),
            "Kinderwagen und Babykleidung", "Gut erhalten, abzuholen im Gemeindehaus.", -2, 45),
        (Some("Syrisch-deutscher Verein Bergfeld"), Side::Seek, Topic::Rooms, Some("Bergfeld-Zentrum"),
            "Raum für arabischen Kinderunterricht, samstags", "Für 20 Kinder, 10–12 Uhr.", 0, 100),
        (Some("Eritreische Gemeinschaft Talheim"), Side::Seek, Topic::Equipment, Some("Oberdorf"),
            "Tische und Stühle für das Neujahrsfest", "Für etwa 80 Gäste im September.", 0, 200),
    ];
    let mut made = vec![];
    for (owner, side, topic, place, title, details, from, until) in list {
        let (actor_id, town) = match owner {
            Some(name) => {
                let (id, town) = ids
                    .get(name)
                    .copied()
                    .ok_or_else(|| refused(&format!("demo exchange: no actor {name}")))?;
                (Some(id), town)
            }
            None => (None, talheim),
        };
        let district_id = match place {
            Some(name) => district(town, name).await?,
            None => None,
        };
        let by = if owner == Some("Sprachbrücke Talheim e.V.") {
            partner
        } else {
            coordinator
        };
        let id = store
            .add_post(
                town,
                &NewPost {
                    actor_id,
                    side,
                    topic,
                    district_id,
                    title: title.into(),
                    details: details.into(),
                    from_on: day(from),
                    until_on: day(until),
                },
                by,
            )
            .await?;
        made.push(id);
    }
    let today_iso = day(0);
    // The church's hall for the parents' café: agreed by both sides.
    if let Ok(m) = store
        .make_match(talheim, made[0], made[1], &today_iso, coordinator)
        .await?
    {
        store.confirm_match(talheim, m, Side::Offer, coordinator).await?;
        store.confirm_match(talheim, m, Side::Seek, coordinator).await?;
    }
    // Dari interpreting for the school's parents' evening: the coordination confirmed
    // for the school after a call; the cultural club has not answered yet.
    if let Ok(m) = store
        .make_match(talheim, made[2], made[3], &today_iso, coordinator)
        .await?
    {
        store.confirm_match(talheim, m, Side::Seek, coordinator).await?;
    }
    Ok(())
}

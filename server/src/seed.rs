//! The demo municipality: a county with two municipalities, two providers, three guides
//! in two teams, a coordinator, two volunteers, an administrator and 30 clients with
//! households, as the practice reports describe them. Seeded only when asked for
//! (`LOTSE_DEMO=1`) into an empty database.

use crate::auth::credentials;
use crate::db::clients::NewClient;
use crate::db::users::NewUser;
use crate::db::{DbResult, Store};
use lotse_app::domain::{ClientId, Role, UserId};

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
  Administrator                   admin@lotse.example
  Client (Arabic): number 2026 0001, PIN 482915    -> http://127.0.0.1:3000/signin
  Staff sign-in                                      -> http://127.0.0.1:3000/signin/staff";

/// (first name, last name, birth date, preferred language, spoken languages, household)
type Person = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const CLIENTS: [Person; 30] = [
    (
        "Amal",
        "Haddad",
        "1988-04-12",
        "ar",
        "ar,en",
        &[
            ("Karim", "partner", "1985-01-20"),
            ("Lina", "child", "2015-06-02"),
            ("Yusuf", "child", "2019-09-14"),
        ],
    ),
    (
        "Omar",
        "Al-Masri",
        "1979-11-03",
        "ar",
        "ar",
        &[
            ("Rana", "partner", "1982-02-11"),
            ("Sami", "child", "2010-03-30"),
            ("Nour", "child", "2013-07-08"),
            ("Adam", "child", "2020-12-01"),
        ],
    ),
    (
        "Fatima",
        "Rahimi",
        "1995-02-17",
        "fa",
        "prs,fa",
        &[("Zahra", "child", "2018-05-05")],
    ),
    ("Mohammad", "Sultani", "1990-08-21", "fa", "prs,ps", &[]),
    ("Yonas", "Tesfay", "1996-01-09", "ti", "ti,am", &[]),
    (
        "Helen",
        "Gebremedhin",
        "1992-06-30",
        "ti",
        "ti",
        &[("Saron", "child", "2017-10-10"), ("Nahom", "child", "2021-04-22")],
    ),
    (
        "Muhammad",
        "Hussein",
        "1984-03-05",
        "ar",
        "ar,ku",
        &[("Layla", "partner", "1987-09-12"), ("Ali", "child", "2012-11-19")],
    ),
    (
        "Ayşe",
        "Kaya",
        "1991-12-24",
        "en",
        "ku,tr",
        &[("Deniz", "child", "2016-02-14")],
    ),
    (
        "Samira",
        "Nazari",
        "1986-07-07",
        "fa",
        "fa",
        &[
            ("Reza", "partner", "1983-05-16"),
            ("Darya", "child", "2014-08-08"),
        ],
    ),
    ("Ahmad", "Karimi", "2001-10-15", "fa", "prs,en", &[]),
    (
        "Aster",
        "Kidane",
        "1989-09-01",
        "ti",
        "ti,ar",
        &[("Selam", "child", "2019-01-27")],
    ),
    ("Ibrahim", "Jallow", "1998-04-04", "en", "en,fr", &[]),
    (
        "Chinwe",
        "Okafor",
        "1993-05-19",
        "en",
        "en",
        &[("Ada", "child", "2020-06-06")],
    ),
    (
        "Khaled",
        "Ibrahim",
        "1975-02-28",
        "ar",
        "ar",
        &[
            ("Huda", "partner", "1978-10-03"),
            ("Maya", "child", "2008-04-18"),
            ("Tarek", "child", "2011-12-09"),
        ],
    ),
    ("Rahel", "Habte", "2000-11-11", "ti", "ti", &[]),
    (
        "Zainab",
        "Hassan",
        "1994-08-02",
        "ar",
        "ar,so",
        &[("Idris", "child", "2022-03-03")],
    ),
    (
        "Hamid",
        "Ahmadi",
        "1982-06-12",
        "fa",
        "prs,fa,ps",
        &[
            ("Maryam", "partner", "1985-12-30"),
            ("Omid", "child", "2009-07-21"),
            ("Parisa", "child", "2012-01-05"),
            ("Farid", "child", "2016-09-09"),
        ],
    ),
    ("Rojin", "Ali", "1997-03-25", "ar", "ku,ar", &[]),
    (
        "Dawit",
        "Berhane",
        "1987-12-05",
        "ti",
        "ti,am,en",
        &[("Mekdes", "partner", "1990-04-01")],
    ),
    ("Nadia", "Saleh", "1999-01-31", "ar", "ar,en", &[]),
    (
        "Javad",
        "Mousavi",
        "1980-09-17",
        "fa",
        "fa,en",
        &[("Shirin", "partner", "1981-03-08")],
    ),
    (
        "Mariam",
        "Yousef",
        "1990-10-10",
        "ar",
        "ar",
        &[("Jana", "child", "2016-05-25"), ("Elias", "child", "2018-08-16")],
    ),
    ("Abdullah", "Noori", "2003-07-14", "fa", "prs", &[]),
    (
        "Senait",
        "Tekle",
        "1985-05-03",
        "ti",
        "ti",
        &[
            ("Yohannes", "child", "2011-02-02"),
            ("Eden", "child", "2014-11-30"),
        ],
    ),
    ("Hassan", "Abdi", "1992-03-20", "en", "so,ar,en", &[]),
    ("Leila", "Hosseini", "1996-06-18", "fa", "fa,de", &[]),
    (
        "Mohammed",
        "Khalil",
        "1989-01-06",
        "ar",
        "ar,de",
        &[("Sara", "partner", "1991-07-29"), ("Hadi", "child", "2021-10-10")],
    ),
    ("Bilal", "Ahmadzai", "1994-12-12", "fa", "ps,prs", &[]),
    (
        "Esther",
        "Mensah",
        "1988-08-08",
        "en",
        "en",
        &[("Kofi", "child", "2013-03-13")],
    ),
    (
        "Dilan",
        "Aydin",
        "1993-04-29",
        "en",
        "ku,tr,de",
        &[("Baran", "partner", "1990-06-06")],
    ),
];

/// Last contacts spread over the past weeks (some clients not yet seen).
const LAST_CONTACT_DAYS_AGO: [Option<i64>; 11] = [
    Some(2),
    Some(9),
    None,
    Some(21),
    Some(40),
    Some(5),
    Some(14),
    Some(1),
    Some(30),
    None,
    Some(63),
];

pub async fn demo(store: &Store) -> DbResult<String> {
    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    let county = store.create_county("Landkreis Talheim").await?;
    let talheim = store.create_municipality(county, "Talheim").await?;
    let bergfeld = store.create_municipality(county, "Bergfeld").await?;
    let caritas = store.create_provider(county, "Caritasverband Talheim").await?;
    let diakonie = store.create_provider(county, "Diakonie Bergfeld").await?;
    let team_mitte = store.create_team(talheim, caritas, "Mitte").await?;
    let team_bergfeld = store.create_team(bergfeld, diakonie, "Bergfeld").await?;

    let staff =
        |role, name: &str, email: &str, muni, team, lead, phone: Option<&str>, hours: Option<&str>| NewUser {
            role: Some(role),
            display_name: name.into(),
            email: Some(email.into()),
            password_hash: Some(staff_hash.clone()),
            municipality_id: Some(muni),
            team_id: team,
            is_team_lead: lead,
            phone: phone.map(Into::into),
            office_hours: hours.map(Into::into),
            lang: None,
            login_number: None,
        };
    let keller = store
        .create_user(&staff(
            Role::Guide,
            "Sabine Keller",
            "s.keller@talheim.example",
            talheim,
            Some(team_mitte),
            true,
            Some("07131 555 201"),
            Some("Mo–Do 9–12 Uhr, Di 14–17 Uhr"),
        ))
        .await?;
    let weber = store
        .create_user(&staff(
            Role::Guide,
            "Jonas Weber",
            "j.weber@talheim.example",
            talheim,
            Some(team_mitte),
            false,
            Some("07131 555 202"),
            Some("Mo, Mi, Fr 9–13 Uhr"),
        ))
        .await?;
    let demir = store
        .create_user(&staff(
            Role::Guide,
            "Leyla Demir",
            "l.demir@bergfeld.example",
            bergfeld,
            Some(team_bergfeld),
            false,
            Some("07132 444 310"),
            Some("Di–Do 8:30–12:30 Uhr"),
        ))
        .await?;
    store
        .create_user(&staff(
            Role::Coordinator,
            "Martina Hoffmann",
            "m.hoffmann@talheim.example",
            talheim,
            None,
            false,
            None,
            None,
        ))
        .await?;
    store
        .create_user(&staff(
            Role::Volunteer,
            "Peter Braun",
            "p.braun@talheim.example",
            talheim,
            None,
            false,
            None,
            None,
        ))
        .await?;
    store
        .create_user(&staff(
            Role::Volunteer,
            "Aylin Yilmaz",
            "a.yilmaz@talheim.example",
            talheim,
            None,
            false,
            None,
            None,
        ))
        .await?;
    store
        .create_user(&NewUser {
            role: Some(Role::Admin),
            display_name: "Lotse Admin".into(),
            email: Some("admin@lotse.example".into()),
            password_hash: Some(staff_hash.clone()),
            ..Default::default()
        })
        .await?;

    let guides: [(
        UserId,
        lotse_app::domain::TeamId,
        lotse_app::domain::MunicipalityId,
    ); 3] = [
        (keller, team_mitte, talheim),
        (weber, team_mitte, talheim),
        (demir, team_bergfeld, bergfeld),
    ];
    let today = chrono::Local::now().date_naive();
    let mut first: Option<ClientId> = None;
    for (i, (first_name, last_name, born, lang, langs, household)) in CLIENTS.iter().enumerate() {
        let (guide, team, municipality) = guides[i % 3];
        let number = if i == 0 {
            CLIENT_NUMBER.to_string()
        } else {
            format!("{}", 30_000_000 + i * 7_919)
        };
        let id = store
            .create_client(&NewClient {
                first_name: (*first_name).into(),
                last_name: (*last_name).into(),
                birth_date: Some((*born).into()),
                preferred_lang: (*lang).into(),
                languages: langs.split(',').map(String::from).collect(),
                phone: None,
                municipality,
                login_number: number,
                guide,
                team,
            })
            .await?;
        for (name, relation, birth) in household.iter() {
            store
                .add_household_member(id, name, relation, Some(birth))
                .await?;
        }
        if let Some(days) = LAST_CONTACT_DAYS_AGO[i % LAST_CONTACT_DAYS_AGO.len()] {
            let date = today - chrono::Duration::days(days);
            store
                .set_last_contact(id, &date.format("%Y-%m-%d").to_string())
                .await?;
        }
        first.get_or_insert(id);
    }
    // The first client (Amal Haddad, Arabic) has activated the app.
    if let Some(user) = store.user_by_login_number(CLIENT_NUMBER).await? {
        let pin_hash = credentials::hash_secret(CLIENT_PIN).unwrap_or_default();
        store.set_password_hash(user.user_id(), &pin_hash).await?;
    }
    Ok(format!(
        "Seeded the demo municipality ({} clients).\n{SIGN_INS}",
        CLIENTS.len()
    ))
}

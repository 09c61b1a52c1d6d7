//! The demo municipality: a county with two municipalities, two providers, three guides
//! in two teams, a coordinator, two volunteers, an administrator and 30 clients with
//! households, as the practice reports describe them. Seeded only when asked for
//! (`LOTSE_DEMO=1`) into an empty database.

mod directory;
pub mod groups;

use crate::auth::credentials;
use crate::auth::permission::{client_access, ClientAccess, Denied, Principal};
use crate::db::clients::NewClient;
use crate::db::plan::StepLink;
use crate::db::users::NewUser;
use crate::db::{DbError, DbResult, Store};
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
  Administrator                   admin@lotse.example (sets up two-step sign-in first)
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
    let aylin = store
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
    let today = crate::time::today();
    let mut first: Option<ClientId> = None;
    let mut all: Vec<(ClientId, UserId)> = vec![];
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
        let access = guide_access(store, id).await?;
        for (name, relation, birth) in household.iter() {
            store
                .case(&access)
                .add_household_member(name, relation, Some(birth), None)
                .await?;
        }
        if let Some(days) = LAST_CONTACT_DAYS_AGO[i % LAST_CONTACT_DAYS_AGO.len()] {
            let date = today - chrono::Duration::days(days);
            store
                .set_last_contact(id, &date.format("%Y-%m-%d").to_string())
                .await?;
        }
        first.get_or_insert(id);
        all.push((id, guide));
    }
    let directory = directory::demo(store, crate::db::directory::CountyId(county)).await?;
    let (offices, guides) = (directory.offices.len(), directory.guides.len());
    casework(store, talheim, bergfeld, aylin, first, today, &directory).await?;
    plans(store, &all, today).await?;
    let clients: Vec<ClientId> = all.iter().map(|(c, _)| *c).collect();
    let offers = groups::demo(
        store,
        &[("Talheim", talheim), ("Bergfeld", bergfeld)],
        &directory.offices,
        &clients,
    )
    .await?;
    groups::volunteers(store).await?;
    // The first client (Amal Haddad, Arabic) has activated the app.
    if let Some(user) = store.user_by_login_number(CLIENT_NUMBER).await? {
        let pin_hash = credentials::hash_secret(CLIENT_PIN).unwrap_or_default();
        store.set_password_hash(user.user_id(), &pin_hash).await?;
    }
    Ok(format!(
        "Seeded the demo municipality ({} clients, a directory of {offices} offices and {guides} guides, {offers} group offers).\n{SIGN_INS}",
        CLIENTS.len()
    ))
}

/// Goal templates in all five languages: (field, de, en, ar, fa, ti).
const TEMPLATES: [(&str, &str, &str, &str, &str, &str); 8] = [
    (
        "language",
        "Deutsch lernen bis Niveau B1",
        "Learn German up to level B1",
        "تعلّم الألمانية حتى المستوى B1",
        "یادگیری آلمانی تا سطح B1",
        "ጀርመንኛ ክሳብ ደረጃ B1 ምምሃር",
    ),
    (
        "language",
        "Einen Integrationskurs beginnen",
        "Start an integration course",
        "البدء في دورة الاندماج",
        "شروع دوره ادغام",
        "ናይ ውህደት ኮርስ ምጅማር",
    ),
    (
        "work",
        "Eine Arbeit oder Ausbildung finden",
        "Find a job or vocational training",
        "إيجاد عمل أو تدريب مهني",
        "پیدا کردن کار یا کارآموزی",
        "ስራ ወይ ሞያዊ ስልጠና ምርካብ",
    ),
    (
        "work",
        "Berufsabschluss anerkennen lassen",
        "Get my qualification recognised",
        "الاعتراف بشهادتي المهنية",
        "به رسمیت شناختن مدرک حرفه‌ای",
        "ሞያዊ ምስክር ወረቐተይ ከም ዝፍለጥ ምግባር",
    ),
    (
        "education",
        "Kita-Platz für mein Kind finden",
        "Find a Kita place for my child",
        "إيجاد مكان في الروضة لطفلي",
        "پیدا کردن جای مهدکودک برای فرزندم",
        "ንውላደይ ቦታ ኣብ መውዓሊ ህጻናት ምርካብ",
    ),
    (
        "housing",
        "Eine eigene Wohnung finden",
        "Find my own flat",
        "إيجاد شقة خاصة بي",
        "پیدا کردن خانه شخصی",
        "ናይ ገዛእ ርእሰይ ገዛ ምርካብ",
    ),
    (
        "health",
        "Eine Hausärztin oder einen Hausarzt finden",
        "Find a family doctor",
        "إيجاد طبيب عائلة",
        "پیدا کردن پزشک خانواده",
        "ናይ ስድራ ሓኪም ምርካብ",
    ),
    (
        "residence",
        "Aufenthaltserlaubnis rechtzeitig verlängern",
        "Renew my residence permit on time",
        "تجديد تصريح الإقامة في الوقت المناسب",
        "تمدید به‌موقع اجازه اقامت",
        "ፍቓድ መንበሪ ብግዜኡ ምሕዳስ",
    ),
];

/// Interpreters: (municipality index, name, kind, languages, dialects, (days, from, to)).
type InterpreterSeed = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [i64],
    i64,
    i64,
);
const INTERPRETERS: [InterpreterSeed; 4] = [
    (
        0,
        "Aylin Yilmaz",
        "volunteer",
        "tr,ku",
        Some("Kurmancî"),
        &[1, 3, 5],
        9 * 60,
        13 * 60,
    ),
    (
        0,
        "Samir Nasser",
        "paid",
        "ar",
        Some("Syrisch, Irakisch"),
        &[1, 2, 3, 4, 5],
        8 * 60,
        17 * 60,
    ),
    (
        0,
        "Farid Rahimi",
        "volunteer",
        "fa,prs,ps",
        Some("Dari"),
        &[2, 4],
        10 * 60,
        16 * 60,
    ),
    (
        1,
        "Mehret Tesfay",
        "volunteer",
        "ti,am",
        None,
        &[1, 2, 3, 4, 5],
        9 * 60,
        15 * 60,
    ),
];

/// Templates, interpreters and a plan, a note and appointments for the first client, so
/// the guide's workspace is not empty on the first visit.
#[allow(clippy::too_many_arguments)] // the demo's cast, each named
async fn casework(
    store: &Store,
    talheim: lotse_app::domain::MunicipalityId,
    bergfeld: lotse_app::domain::MunicipalityId,
    aylin: UserId,
    first: Option<ClientId>,
    today: chrono::NaiveDate,
    directory: &directory::Seeded,
) -> DbResult<()> {
    use crate::db::appointments::NewInterpreter;
    use crate::db::notes::NewNote;
    use crate::db::plan::{NewGoal, NewStep, NewTemplate};
    let mut template_ids = vec![];
    for (field, de, en, ar, fa, ti) in TEMPLATES {
        let t = NewTemplate {
            field: field.into(),
            titles: [de.into(), en.into(), ar.into(), fa.into(), ti.into()],
        };
        template_ids.push((store.create_goal_template(talheim, &t).await?, field, de));
    }
    for (m, name, kind, langs, dialects, days, from, to) in INTERPRETERS {
        let n = NewInterpreter {
            name: name.into(),
            kind: kind.into(),
            languages: langs.split(',').map(String::from).collect(),
            dialects: dialects.map(String::from),
            phone: Some("0176 5550 1234".into()),
            email: None,
            windows: days.iter().map(|d| (*d, from, to)).collect(),
        };
        let id = store
            .create_interpreter(if m == 0 { talheim } else { bergfeld }, &n)
            .await?;
        if name == "Aylin Yilmaz" {
            store.link_interpreter_account(id, aylin).await?;
        }
    }
    let Some(amal) = first else { return Ok(()) };
    let day = |n: i64| (today + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
    // Amal's guide is Sabine Keller (the first guide).
    let amal_access = guide_access(store, amal).await?;
    let amal_file = store.case(&amal_access);
    let (t_lang, f_lang, de_lang) = template_ids[0];
    let lang_goal = amal_file
        .add_goal(&NewGoal {
            field: f_lang.into(),
            template_id: Some(t_lang),
            title: de_lang.into(),
            review_on: Some(day(60)),
        })
        .await?
        .ok_or_else(|| refused("goal"))?;
    let (t_kita, f_kita, de_kita) = template_ids[4];
    let kita_goal = amal_file
        .add_goal(&NewGoal {
            field: f_kita.into(),
            template_id: Some(t_kita),
            title: de_kita.into(),
            review_on: Some(day(30)),
        })
        .await?
        .ok_or_else(|| refused("goal"))?;
    // Two steps lead into the directory: the course provider's office and the Kita guide.
    let office = |key: &str| directory.offices.get(key).copied().map(StepLink::Office);
    let guide = |key: &str| directory.guides.get(key).copied().map(StepLink::Guide);
    let steps = [
        (
            lang_goal,
            "Anmeldung beim Sprachkursträger abgeben",
            "client",
            Some(day(-3)),
            office("vhs-integrationskurse"),
        ),
        (
            lang_goal,
            "Kostenübernahme beim BAMF beantragen",
            "guide",
            Some(day(7)),
            None,
        ),
        (
            kita_goal,
            "Kita-Anmeldung online ausfüllen",
            "client",
            Some(day(10)),
            guide("kita-anmelden"),
        ),
        (kita_goal, "Impfpass von Yusuf kopieren", "client", None, None),
    ];
    for (goal, text, actor, due, link) in steps {
        let s = NewStep {
            text: text.into(),
            actor: actor.into(),
            actor_name: None,
            due_on: due,
            link,
        };
        amal_file.add_step(goal, &s).await?;
    }
    // Dates that matter: the residence permit's end (in the intake) and a benefit renewal.
    let mut residence = std::collections::BTreeMap::new();
    residence.insert("residence_status".to_string(), "subsidiary".to_string());
    residence.insert("document_type".to_string(), "residence_permit".to_string());
    residence.insert("document_expires_on".to_string(), day(75));
    let section = lotse_app::casework::intake_section("residence").ok_or_else(|| refused("section"))?;
    amal_file.save_intake_section(section, &residence, 0).await?;
    amal_file
        .add_deadline(&crate::db::deadlines::NewDeadline {
            kind: "benefit_renewal".into(),
            title: "Bürgergeld: Antrag auf Weiterbewilligung".into(),
            due_on: day(24),
            remind_days: 30,
            by_client: false,
            client_key: None,
        })
        .await?;
    let note = NewNote {
        held_on: day(-2),
        topic: "Erstgespräch Sprachkurs und Kita".into(),
        field: Some("language".into()),
        participants: Some("Amal Haddad, Karim Haddad".into()),
        interpreter: Some("Samir Nasser".into()),
        body: "Frau Haddad möchte so bald wie möglich einen Integrationskurs beginnen. \
               Für Yusuf wird ein Kita-Platz gesucht, damit der Kurs vormittags möglich ist."
            .into(),
        shared_with_client: false,
        client_key: "seed-note-1".into(),
        follow_ups: vec![],
        follow_up_goal: None,
    };
    amal_file.add_note(&note).await?;
    // An appointment at the immigration office in three days, with an interpreter.
    let in_three_days = today + chrono::Duration::days(3);
    let starts_at = in_three_days
        .and_hms_opt(10, 0, 0)
        .and_then(|t| chrono::TimeZone::from_local_datetime(&crate::time::ZONE, &t).earliest())
        .map(|t| t.timestamp())
        .unwrap_or_default();
    // Samir works Monday to Friday.
    let weekday = chrono::Datelike::weekday(&in_three_days).number_from_monday() <= 5;
    let samir = store
        .interpreters(talheim)
        .await?
        .into_iter()
        .find(|i| i.name == "Samir Nasser" && weekday)
        .map(|i| i.id);
    let visit = crate::db::appointments::NewAppointment {
        starts_at,
        duration_minutes: 60,
        with_kind: "office".into(),
        place_name: "Ausländerbehörde Talheim".into(),
        address: Some("Marktplatz 1, 71234 Talheim".into()),
        room: Some("2.14".into()),
        contact_person: Some("Frau Bauer".into()),
        contact_phone: Some("07131 994-210".into()),
        bring: "Reisepass\nAufenthaltsgestattung\nZwei biometrische Fotos".into(),
        interpreter_lang: Some("ar".into()),
        health: false,
    };
    if amal_file.create_appointment(&visit, samir).await?.is_err() {
        amal_file.create_appointment(&visit, None).await?.ok();
    }
    Ok(())
}

/// Fills the demo database for benchmarks (see `Store::bulk_fill`).
#[cfg(feature = "bench")]
pub async fn bulk(store: &Store, total: usize) -> DbResult<String> {
    let staff_hash = credentials::hash_secret(STAFF_PASSWORD).unwrap_or_default();
    store.bulk_fill(total, &staff_hash).await
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

/// A goal with a step or two for most demo clients, some overdue, so the caseload shows
/// what a real one does.
async fn plans(store: &Store, clients: &[(ClientId, UserId)], today: chrono::NaiveDate) -> DbResult<()> {
    use crate::db::plan::{NewGoal, NewStep};
    const GOALS: [(&str, &str, &str); 5] = [
        (
            "language",
            "Deutsch lernen bis Niveau B1",
            "Anmeldung zum Integrationskurs abgeben",
        ),
        (
            "work",
            "Eine Arbeit oder Ausbildung finden",
            "Termin bei der Berufsberatung vereinbaren",
        ),
        (
            "housing",
            "Eine eigene Wohnung finden",
            "Wohnberechtigungsschein beantragen",
        ),
        (
            "residence",
            "Aufenthaltserlaubnis rechtzeitig verlängern",
            "Unterlagen für die Ausländerbehörde sammeln",
        ),
        (
            "education",
            "Kita-Platz für mein Kind finden",
            "Kita-Anmeldung ausfüllen",
        ),
    ];
    for (i, (client, _)) in clients.iter().enumerate().skip(1) {
        if i % 4 == 3 {
            continue;
        }
        let (field, title, step) = GOALS[i % GOALS.len()];
        let goal = NewGoal {
            field: field.into(),
            template_id: None,
            title: title.into(),
            review_on: None,
        };
        let access = guide_access(store, *client).await?;
        let file = store.case(&access);
        let g = file.add_goal(&goal).await?.ok_or_else(|| refused("goal"))?;
        let due = today + chrono::Duration::days((i as i64 % 9) * 5 - 12);
        let s = NewStep {
            text: step.into(),
            actor: if i % 2 == 0 { "client" } else { "guide" }.into(),
            actor_name: None,
            due_on: Some(due.format("%Y-%m-%d").to_string()),
            link: None,
        };
        file.add_step(g, &s).await?;
    }
    Ok(())
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

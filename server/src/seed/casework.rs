//! The demo's casework (`casework.json`): goal templates in five languages, interpreters,
//! a goal and step for most clients, and a whole case for the first client (Amal Haddad)
//! so the guide's workspace and the client's app are not empty on the first visit.

use super::people::Seeded;
use super::{directory, guide_access, refused};
use crate::db::appointments::NewInterpreter;
use crate::db::notes::NewNote;
use crate::db::plan::{NewGoal, NewStep, NewTemplate, StepLink};
use crate::db::{DbResult, Store};
use lotse_app::domain::{ClientId, Lang};
use serde::Deserialize;

const CASEWORK: &str = include_str!("casework.json");

#[derive(Deserialize)]
struct Casework {
    templates: Vec<Template>,
    interpreters: Vec<Interpreter>,
    plans: Vec<Plan>,
}

#[derive(Deserialize)]
struct Template {
    field: String,
    /// By language: de, en, ar, fa, ti.
    titles: std::collections::HashMap<String, String>,
}

#[derive(Deserialize)]
struct Interpreter {
    municipality: String,
    name: String,
    kind: String,
    languages: Vec<String>,
    dialects: Option<String>,
    phone: Option<String>,
    /// Weekdays (1 = Monday) with the same hours, in minutes after midnight.
    days: Vec<i64>,
    from_minute: i64,
    to_minute: i64,
}

/// A goal with its first step, handed out over the clients in turn.
#[derive(Deserialize)]
struct Plan {
    field: String,
    goal: String,
    step: String,
}

/// A stored template: id, field and German title.
type GoalTemplate = (i64, String, String);

pub async fn seed(
    store: &Store,
    people: &Seeded,
    today: chrono::NaiveDate,
    directory: &directory::Seeded,
) -> DbResult<()> {
    let casework: Casework =
        serde_json::from_str(CASEWORK).map_err(|e| refused(&format!("casework.json: {e}")))?;
    let talheim = people.municipality("Talheim")?;
    let mut templates: Vec<GoalTemplate> = vec![];
    for t in &casework.templates {
        let title = |lang: &str| t.titles.get(lang).cloned().unwrap_or_default();
        let new = NewTemplate {
            field: t.field.clone(),
            title: title("de"),
            // Every language the seed has a title in and this build speaks.
            titles: t
                .titles
                .iter()
                .filter_map(|(code, text)| Lang::from_code(code).map(|l| (l, text.clone())))
                .filter(|(l, _)| *l != Lang::DE)
                .collect(),
        };
        let id = store.create_goal_template(talheim, &new).await?;
        templates.push((id, t.field.clone(), title("de")));
    }
    for i in &casework.interpreters {
        let n = NewInterpreter {
            name: i.name.clone(),
            kind: i.kind.clone(),
            languages: i.languages.clone(),
            dialects: i.dialects.clone(),
            phone: i.phone.clone(),
            email: None,
            windows: i.days.iter().map(|d| (*d, i.from_minute, i.to_minute)).collect(),
        };
        let id = store
            .create_interpreter(people.municipality(&i.municipality)?, &n)
            .await?;
        // An interpreter who volunteers in Lotse sees their jobs there.
        if let Some(user) = people.staff.get(&i.name) {
            store.link_interpreter_account(id, *user).await?;
        }
    }
    // The n-th template of a field.
    let template = |field: &str, n: usize| {
        templates
            .iter()
            .filter(|(_, f, _)| f == field)
            .nth(n)
            .cloned()
            .ok_or_else(|| refused("template"))
    };
    if let Some((amal, _)) = people.clients.first() {
        let goals = (template("language", 0)?, template("education", 0)?);
        first_case(store, *amal, talheim, today, directory, goals).await?;
    }
    plans(store, &people.clients, &casework.plans, today).await
}

/// Amal Haddad's case: two goals from templates with steps into the directory, a note,
/// dates that matter and an appointment at the immigration office with an interpreter.
async fn first_case(
    store: &Store,
    amal: ClientId,
    talheim: lotse_app::domain::MunicipalityId,
    today: chrono::NaiveDate,
    directory: &directory::Seeded,
    (language, kita): (GoalTemplate, GoalTemplate),
) -> DbResult<()> {
    let ((t_lang, f_lang, de_lang), (t_kita, f_kita, de_kita)) = (language, kita);
    let day = |n: i64| (today + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
    // Amal's guide is Sabine Keller (the first guide).
    let amal_access = guide_access(store, amal).await?;
    let amal_file = store.case(&amal_access);
    let lang_goal = amal_file
        .add_goal(&NewGoal {
            field: f_lang,
            template_id: Some(t_lang),
            title: de_lang,
            review_on: Some(day(60)),
        })
        .await?
        .ok_or_else(|| refused("goal"))?;
    let kita_goal = amal_file
        .add_goal(&NewGoal {
            field: f_kita,
            template_id: Some(t_kita),
            title: de_kita,
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

/// A goal with a step or two for most demo clients, some overdue, so the caseload shows
/// what a real one does.
async fn plans(
    store: &Store,
    clients: &[(ClientId, lotse_app::domain::UserId)],
    plans: &[Plan],
    today: chrono::NaiveDate,
) -> DbResult<()> {
    if plans.is_empty() {
        return Ok(());
    }
    for (i, (client, _)) in clients.iter().enumerate().skip(1) {
        if i % 4 == 3 {
            continue;
        }
        let plan = &plans[i % plans.len()];
        let goal = NewGoal {
            field: plan.field.clone(),
            template_id: None,
            title: plan.goal.clone(),
            review_on: None,
        };
        let access = guide_access(store, *client).await?;
        let file = store.case(&access);
        let g = file.add_goal(&goal).await?.ok_or_else(|| refused("goal"))?;
        let due = today + chrono::Duration::days((i as i64 % 9) * 5 - 12);
        let s = NewStep {
            text: plan.step.clone(),
            actor: if i % 2 == 0 { "client" } else { "guide" }.into(),
            actor_name: None,
            due_on: Some(due.format("%Y-%m-%d").to_string()),
            link: None,
        };
        file.add_step(g, &s).await?;
    }
    Ok(())
}

/// The demo's ended cases: each had one goal, and their guide closed them with a reason,
/// the goal's outcome and a note (through the same write as a guide's closing form).
pub async fn closures(store: &Store, people: &Seeded) -> DbResult<usize> {
    use crate::db::case_end::Closing;
    use lotse_app::casework::{ClosingReason, GoalOutcome, HandedTo};
    let bad = |what: &str| refused(&format!("people.json, a closed case: {what}"));
    for (client, c) in &people.closed {
        let access = guide_access(store, *client).await?;
        let file = store.case(&access);
        let goal = NewGoal {
            field: c.field.clone(),
            template_id: None,
            title: c.goal.clone(),
            review_on: None,
        };
        let g = file.add_goal(&goal).await?.ok_or_else(|| refused("goal"))?;
        let closing = Closing {
            reason: ClosingReason::parse(&c.reason).ok_or_else(|| bad(&c.reason))?,
            handed_to: c
                .handed_to
                .as_deref()
                .map(|h| HandedTo::parse(h).ok_or_else(|| bad(h)))
                .transpose()?,
            moved_to: c.moved_to.clone(),
            note: c.note.clone(),
            outcomes: vec![(g, GoalOutcome::parse(&c.outcome).ok_or_else(|| bad(&c.outcome))?)],
        };
        if let Err(e) = file.close(&closing).await? {
            return Err(bad(&format!("{e:?}")));
        }
    }
    Ok(people.closed.len())
}

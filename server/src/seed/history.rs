//! Two years of the demo county's past, so the figures say something on the first visit:
//! 150 cases handed out over the demo's guides in turn, opened over the last 24 months,
//! most of them closed for the usual reasons after three to thirteen months, with goals
//! reached or not, referrals, appointments (some missed, some with an interpreter) and
//! questions answered. Made from the case's number alone, so every run writes the same.

use crate::db::demo_history::PastCase;
use crate::db::{DbResult, Store};

const CASES: i64 = 150;
const DAY: i64 = 86_400;
const FIRST: [&str; 12] = [
    "Samira", "Dawit", "Hamid", "Leyla", "Omar", "Selam", "Nasrin", "Yusuf", "Mahsa", "Tesfay", "Rania",
    "Karim",
];
const LAST: [&str; 10] = [
    "Alavi", "Berhe", "Darwish", "Ghebre", "Hosseini", "Kassab", "Mehari", "Nouri", "Saleh", "Tekle",
];
const LANGS: [&str; 4] = ["ar", "fa", "ti", "ar"];
const GOALS: [(&str, &str); 6] = [
    ("language", "Deutschkurs bis B1 abschließen"),
    ("work", "Eine Arbeitsstelle finden"),
    ("education", "Einen Kita-Platz finden"),
    ("housing", "Eine eigene Wohnung finden"),
    ("residence", "Aufenthaltserlaubnis verlängern"),
    ("social", "Einen Sportverein finden"),
];
/// Reasons a case ended, about as often as the seeds describe: most on their own feet
/// or handed to the regular services.
const REASONS: [&str; 20] = [
    "independent",
    "independent",
    "independent",
    "independent",
    "independent",
    "independent",
    "independent",
    "independent",
    "regular_services",
    "regular_services",
    "regular_services",
    "regular_services",
    "regular_services",
    "moved",
    "moved",
    "moved",
    "unreachable",
    "unreachable",
    "declined",
    "other",
];
const OUTCOMES: [&str; 5] = [
    "achieved",
    "partly",
    "achieved",
    "not_achieved",
    "no_longer_relevant",
];
const SERVICES: [&str; 5] = [
    "Jobcenter",
    "Sprachkursträger",
    "Migrationsberatung",
    "Kita",
    "Wohnungsamt",
];
const REFERRAL_STATES: [&str; 5] = ["done", "accepted", "declined", "done", "sent"];
const CATEGORIES: [&str; 5] = ["letter", "appointment", "documents", "money", "question"];
/// Nationalities by the case's language (Arabic: Syria, Iraq, Somalia; Farsi:
/// Afghanistan, Iran; Tigrinya: Eritrea).
fn nationality(lang: &str, k: i64) -> &'static str {
    match (lang, k % 3) {
        ("fa", 0) => "ir",
        ("fa", _) => "af",
        ("ti", _) => "er",
        (_, 0) => "iq",
        (_, 1) => "sy",
        _ if k % 7 == 0 => "so",
        _ => "sy",
    }
}
const STATUSES: [&str; 7] = [
    "refugee",
    "subsidiary",
    "asylum_pending",
    "refugee",
    "residence_permit",
    "toleration",
    "settlement",
];
const LEVELS: [&str; 6] = ["none", "a1", "a1", "a2", "b1", "b2"];
const COURSES: [&str; 5] = ["waiting", "not_started", "attending", "completed", "waiting"];
const COURSE_TIMES: [&str; 4] = ["any", "mornings", "evenings", "any"];
const HOUSING: [&str; 4] = ["shared_accommodation", "own_flat", "own_flat", "with_relatives"];
const CHILDREN: [&str; 4] = ["kita_waiting", "school", "kita", "school_waiting"];

/// The intake of the `k`-th case: who they are, languages and course needs, residence
/// and housing, as JSON per section (the intake's own format).
fn intake(k: i64, lang: &str, now: i64) -> Vec<(String, String)> {
    let sex = if k % 17 == 0 {
        "not_stated"
    } else if k % 2 == 0 {
        "female"
    } else {
        "male"
    };
    let level = LEVELS[(k % 6) as usize];
    let literacy = if level == "none" && k % 2 == 0 {
        "yes"
    } else {
        "no"
    };
    let childcare = if k % 3 == 0 { "yes" } else { "no" };
    let expires = iso(now + ((k * 13) % 400 - 30) * DAY);
    vec![
        (
            "person".into(),
            serde_json::json!({"sex": sex, "nationality": nationality(lang, k)}).to_string(),
        ),
        (
            "languages".into(),
            serde_json::json!({
                "german_level": level,
                "integration_course": COURSES[(k % 5) as usize],
                "course_time": COURSE_TIMES[(k % 4) as usize],
                "childcare_needed": childcare,
                "literacy_needed": literacy,
            })
            .to_string(),
        ),
        (
            "residence".into(),
            serde_json::json!({"residence_status": STATUSES[(k % 7) as usize], "document_expires_on": expires})
                .to_string(),
        ),
        (
            "household".into(),
            serde_json::json!({"housing": HOUSING[(k % 4) as usize]}).to_string(),
        ),
    ]
}

fn iso(ts: i64) -> String {
    crate::time::local_date(ts)
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// The `k`-th past case, for a guide's seat, as of `now`.
fn case(k: i64, seat: crate::db::demo_history::Seat, now: i64) -> PastCase {
    let days_ago = 20 + (k * 173) % 700;
    let opened = now - days_ago * DAY - (k % 9) * 3_600;
    let lasted = 90 + (k * 37) % 300;
    let closed_at = (days_ago > 120 && k % 5 != 0).then(|| (opened + lasted * DAY).min(now - DAY));
    let before_now = |t: i64| t < now;
    let plan_at = opened + (7 + k % 21) * DAY;
    let n_goals = (k % 3 + 1) as usize;
    let goals: Vec<(String, String, i64, String)> = (0..n_goals)
        .map(|i| GOALS[(k as usize + i * 2) % GOALS.len()])
        .enumerate()
        .filter(|_| before_now(plan_at))
        .map(|(i, (field, title))| {
            let status = match closed_at {
                Some(_) if OUTCOMES[(k as usize + i) % 5] == "achieved" => "achieved",
                None if (k + i as i64) % 4 == 0 => "achieved",
                _ => "open",
            };
            (field.to_string(), title.to_string(), plan_at, status.to_string())
        })
        .collect();
    let outcomes = (0..goals.len())
        .map(|i| OUTCOMES[(k as usize + i) % 5].to_string())
        .collect();
    let referrals = (0..(k % 2 + 1))
        .map(|j| {
            let sent = opened + (20 + 15 * j) * DAY;
            let state = REFERRAL_STATES[((k + j) % 5) as usize];
            let changed = if state == "sent" {
                sent
            } else {
                sent + (10 + (k * 7 + j) % 30) * DAY
            };
            (
                SERVICES[((k + 3 * j) % 5) as usize].to_string(),
                state.to_string(),
                sent,
                changed.min(now - 3_600),
            )
        })
        .filter(|r| before_now(r.2))
        .collect();
    let lang = LANGS[(k % 4) as usize];
    let appointments = [10_i64, 40, 80]
        .iter()
        .enumerate()
        .map(|(j, d)| {
            let starts = opened + d * DAY + 9 * 3_600;
            let status = if starts > now {
                "planned"
            } else if (k + j as i64) % 6 == 0 {
                "missed"
            } else if (k + j as i64) % 11 == 0 {
                "cancelled"
            } else {
                "done"
            };
            (starts, status.to_string(), (j != 1).then(|| lang.to_string()))
        })
        .filter(|a| closed_at.is_none_or(|c| a.0 < c))
        .collect();
    let asked = opened + 35 * DAY;
    let requests = if k % 2 == 0 && before_now(asked) {
        let answered = asked + (1 + k % 4) * DAY - 5 * 3_600;
        vec![(
            CATEGORIES[(k % 5) as usize].to_string(),
            asked,
            before_now(answered).then_some(answered),
        )]
    } else {
        vec![]
    };
    let born = crate::time::local_date(now)
        .map(|d| chrono::Datelike::year(&d) as i64)
        .unwrap_or(2026)
        - (19 + (k * 7) % 45);
    PastCase {
        birth_date: format!("{born}-{:02}-15", 1 + k % 12),
        intake: intake(k, lang, now),
        children: if k % 3 == 0 {
            vec![CHILDREN[(k % 4) as usize].to_string()]
        } else {
            vec![]
        },
        first_name: FIRST[(k % 12) as usize].to_string(),
        last_name: LAST[((k * 7) % 10) as usize].to_string(),
        lang: lang.to_string(),
        login_number: format!("2024{:04}", k + 1),
        seat,
        opened,
        step_due: iso(opened + 30 * DAY),
        step_done: (k % 3 != 0)
            .then_some(opened + 25 * DAY)
            .filter(|t| before_now(*t)),
        help_requested: (k % 7 == 0)
            .then_some(opened + 20 * DAY)
            .filter(|t| before_now(*t)),
        confirmed: (k % 3 != 2 && !goals.is_empty())
            .then_some(plan_at + 2 * DAY)
            .filter(|t| before_now(*t)),
        goals,
        referrals,
        appointments,
        requests,
        closed: closed_at.map(|at| (at, REASONS[((k * 3) % 20) as usize].to_string(), outcomes)),
    }
}

/// Writes the demo's past; returns how many cases.
pub async fn seed(store: &Store) -> DbResult<usize> {
    let seats = store.demo_seats().await?;
    if seats.is_empty() {
        return Ok(0);
    }
    let now = crate::db::now();
    let cases: Vec<PastCase> = (0..CASES)
        .map(|k| case(k, seats[(k as usize) % seats.len()], now))
        .collect();
    store.write_past_cases(&cases).await?;
    programme(store, now).await?;
    Ok(cases.len())
}

/// A KISI measure of the first municipality, with one milestone reached (and proven),
/// one overdue and one to come, so the programme page and the dashboard show each.
async fn programme(store: &Store, now: i64) -> DbResult<()> {
    use crate::db::programme::{Evidence, Reach};
    let Some(coordinator) = store.user_by_email("m.hoffmann@talheim.example").await? else {
        return Ok(());
    };
    let Some(municipality) = coordinator.municipality_id else {
        return Ok(());
    };
    let Some(county) = store
        .county_of(lotse_app::domain::MunicipalityId(municipality))
        .await?
    else {
        return Ok(());
    };
    let reach = Reach {
        county: county.0,
        municipality,
    };
    let milestones = [
        (
            "Konzept mit den Trägern abgestimmt".to_string(),
            iso(now - 120 * DAY),
        ),
        ("Sprachcafé läuft wöchentlich".to_string(), iso(now - 10 * DAY)),
        (
            "Auswertung mit den Teilnehmenden".to_string(),
            iso(now + 150 * DAY),
        ),
    ];
    let Some(measure) = store
        .add_measure(
            reach,
            municipality,
            "KISI/AMIF",
            "Sprachcafé für Frauen mit Kinderbetreuung",
            &milestones,
            coordinator.id,
        )
        .await?
    else {
        return Ok(());
    };
    if let Some(first) = store
        .milestones(reach)
        .await?
        .into_iter()
        .find(|m| m.measure_id == measure)
    {
        store
            .set_milestone(
                reach,
                first.id,
                "reached",
                Some(&iso(now - 125 * DAY)),
                first.version,
                coordinator.id,
            )
            .await?;
        store
            .add_evidence(
                reach,
                first.id,
                Evidence::Note("Protokoll der Trägerrunde: Konzept einstimmig angenommen.".into()),
                coordinator.id,
            )
            .await?;
    }
    goals(store, reach, municipality, coordinator.id, now).await
}

/// Two integration goals of the municipality's concept, with indicators Lotse computes
/// over the two years of history and one entered by hand (the school office's count).
async fn goals(
    store: &Store,
    reach: crate::db::programme::Reach,
    municipality: i64,
    by: i64,
    now: i64,
) -> DbResult<()> {
    use crate::db::goals::NewIndicator;
    let baseline = iso(now - 700 * DAY);
    let target_on = iso(now + 400 * DAY);
    let computed = |title: &str, key: &str, target: f64| NewIndicator {
        title: title.into(),
        computed: Some(key.into()),
        unit: lotse_app::goals::computed_unit(key).unwrap_or("percent").into(),
        aim: lotse_app::goals::computed_aim(key).unwrap_or("up").into(),
        source: String::new(),
        baseline_on: baseline.clone(),
        target_value: target,
        target_on: target_on.clone(),
    };
    if let Some(goal) = store
        .add_integration_goal(
            reach,
            municipality,
            "work",
            "Geflüchtete stehen auf eigenen Füßen",
            "Integrationsmanagement mit Jobcoaching; Übergabe an die Regeldienste, sobald es trägt.",
            by,
        )
        .await?
    {
        store
            .add_indicator(
                reach,
                goal,
                &computed("Abschlüsse in Selbstständigkeit", "independent_share", 70.0),
                by,
            )
            .await?;
        store
            .add_indicator(
                reach,
                goal,
                &computed("Offene Fälle mit Integrationsplan", "plan_share", 90.0),
                by,
            )
            .await?;
    }
    if let Some(goal) = store
        .add_integration_goal(
            reach,
            municipality,
            "education",
            "Jedes Kind hat einen Kita- oder Schulplatz",
            "Kita-Lotsinnen, Absprache mit dem Schulamt.",
            by,
        )
        .await?
    {
        let manual = NewIndicator {
            title: "Kinder ohne Platz (Schulamt)".into(),
            computed: None,
            unit: "count".into(),
            aim: "down".into(),
            source: "Schulamt, Stichtag".into(),
            baseline_on: baseline.clone(),
            target_value: 0.0,
            target_on: target_on.clone(),
        };
        if let Some(id) = store.add_indicator(reach, goal, &manual, by).await? {
            for (days_ago, value) in [(600, 41.0), (420, 35.0), (240, 22.0), (60, 14.0)] {
                store
                    .add_indicator_value(reach, id, &iso(now - days_ago * DAY), value, "", by)
                    .await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_is_in_the_past_and_mostly_closed() {
        let now = 1_800_000_000;
        let cases: Vec<PastCase> = (0..CASES).map(|k| case(k, (1, 1, 1), now)).collect();
        let closed = cases.iter().filter(|c| c.closed.is_some()).count();
        assert!(
            closed as i64 > CASES / 2 && (closed as i64) < CASES * 9 / 10,
            "{closed}"
        );
        for c in &cases {
            assert!(c.opened < now && c.opened > now - 730 * DAY);
            if let Some((at, _, outcomes)) = &c.closed {
                assert!(*at > c.opened && *at < now);
                assert_eq!(outcomes.len(), c.goals.len());
            }
            assert!(c.goals.iter().all(|g| g.2 < now) && c.referrals.iter().all(|r| r.2 <= r.3 && r.3 < now));
        }
    }
}

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
    PastCase {
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
    Ok(cases.len())
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

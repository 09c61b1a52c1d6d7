//! Who the clients are (for the report) and what the municipality should plan for (from
//! the intake and the plans): counts only, small ones suppressed when shown.

use super::Period;
use crate::db::figures::{Counts, CourseDemand, FigureFilter};
use crate::db::{DbResult, Store};
use lotse_app::casework::{intake_section, FieldKind, NATIONALITIES};
use lotse_app::domain::SPOKEN_LANGUAGES;
use lotse_app::figures::{Cell, Chart, Label, Row, Section, Table};

/// Age groups as the funders' forms ask for them: (message suffix, lowest age).
const AGE_GROUPS: [(&str, i64); 6] = [
    ("under-18", 0),
    ("18-24", 18),
    ("25-34", 25),
    ("35-49", 35),
    ("50-64", 50),
    ("65-plus", 65),
];
/// Household sizes counted on their own; bigger ones share the last row.
const HOUSEHOLD_ROWS: i64 = 6;
/// How far ahead a residence document or a volunteer's certificate "runs out soon".
pub const RUNS_OUT_DAYS: i64 = 90;

fn count_of(list: &Counts, key: &str) -> i64 {
    list.iter().filter(|c| c.0 == key).map(|c| c.1).sum()
}

/// One column of clients, one row per value of an intake choice, then "not recorded"
/// (which also holds values no longer offered).
fn choice_table(id: &'static str, field: &str, values: &[&str], counts: &Counts) -> Table {
    let mut rows: Vec<Row> = values
        .iter()
        .map(|v| {
            Row::new(
                Label::msg(format!("intake-choice-{field}-{v}")),
                vec![Cell::People(count_of(counts, v))],
            )
        })
        .collect();
    let known: i64 = values.iter().map(|v| count_of(counts, v)).sum();
    let all: i64 = counts.iter().map(|c| c.1).sum();
    rows.push(Row::new(
        Label::msg("figures-not-recorded"),
        vec![Cell::People(all - known)],
    ));
    Table {
        id,
        columns: vec![Label::msg("figures-col-clients")],
        rows,
        chart: Chart::Bars,
    }
}

/// The values an intake choice offers.
fn choices(section: &str, field: &str) -> Vec<&'static str> {
    intake_section(section)
        .and_then(|s| s.fields.iter().find(|f| f.name == field))
        .map(|f| match f.kind {
            FieldKind::Choice(values) => values.to_vec(),
            _ => vec![],
        })
        .unwrap_or_default()
}

pub async fn people(store: &Store, f: &FigureFilter, period: &Period) -> DbResult<Section> {
    let sex = store.figure_by_intake_choice(f, "person", "sex").await?;
    let nationality = store.figure_by_intake_choice(f, "person", "nationality").await?;
    let residence = store
        .figure_by_intake_choice(f, "residence", "residence_status")
        .await?;

    // Age reached in the year the period ends (birth dates are ISO; only the year is read).
    let end_year: i64 = period.to.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let mut ages = [0_i64; AGE_GROUPS.len()];
    let mut unknown_age = 0;
    for (year, n) in store.figure_birth_years(f).await? {
        match year.parse::<i64>() {
            Ok(y) if y <= end_year => {
                let age = end_year - y;
                let group = AGE_GROUPS.iter().rposition(|(_, low)| age >= *low).unwrap_or(0);
                ages[group] += n;
            }
            _ => unknown_age += n,
        }
    }
    let mut age_rows: Vec<Row> = AGE_GROUPS
        .iter()
        .zip(ages)
        .map(|((id, _), n)| Row::new(Label::msg(format!("figures-age-{id}")), vec![Cell::People(n)]))
        .collect();
    age_rows.push(Row::new(
        Label::msg("figures-not-recorded"),
        vec![Cell::People(unknown_age)],
    ));

    // A client speaking three languages counts once under each.
    let mut spoken: Vec<(String, i64)> = vec![];
    for (list, n) in store.figure_spoken_languages(f).await? {
        for code in crate::db::clients::split_languages(&list) {
            match spoken.iter_mut().find(|s| s.0 == code) {
                Some(s) => s.1 += n,
                None => spoken.push((code, n)),
            }
        }
    }
    spoken.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let languages = Table {
        id: "people-languages",
        columns: vec![Label::msg("figures-col-clients")],
        rows: spoken
            .into_iter()
            .map(|(code, n)| {
                let label = if SPOKEN_LANGUAGES.contains(&code.as_str()) {
                    Label::msg(format!("language-{code}"))
                } else {
                    Label::Text(code)
                };
                Row::new(label, vec![Cell::People(n)])
            })
            .collect(),
        chart: Chart::Bars,
    };

    let mut sizes = [0_i64; HOUSEHOLD_ROWS as usize];
    for (size, n) in store.figure_household_sizes(f).await? {
        sizes[(size.clamp(1, HOUSEHOLD_ROWS) - 1) as usize] += n;
    }
    let households = Table {
        id: "people-households",
        columns: vec![Label::msg("figures-col-clients")],
        rows: sizes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let size = i as i64 + 1;
                let label = if size == HOUSEHOLD_ROWS {
                    format!("{size}+")
                } else {
                    size.to_string()
                };
                Row::new(Label::Text(label), vec![Cell::People(*n)])
            })
            .collect(),
        chart: Chart::Bars,
    };

    Ok(Section {
        id: "people",
        tables: vec![
            choice_table("people-sex", "sex", &choices("person", "sex"), &sex),
            Table {
                id: "people-age",
                columns: vec![Label::msg("figures-col-clients")],
                rows: age_rows,
                chart: Chart::Bars,
            },
            choice_table("people-nationality", "nationality", &NATIONALITIES, &nationality),
            choice_table(
                "people-residence",
                "residence_status",
                &choices("residence", "residence_status"),
                &residence,
            ),
            languages,
            households,
        ],
    })
}

pub async fn demand(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let until = crate::time::add_days(&f.today, RUNS_OUT_DAYS).unwrap_or_else(|| f.today.clone());

    let children = store.figure_children_waiting(f).await?;
    let children = Table {
        id: "demand-children",
        columns: vec![Label::msg("figures-col-children")],
        rows: ["kita_waiting", "school_waiting"]
            .iter()
            .map(|s| {
                Row::new(
                    Label::msg(format!("school-status-{s}")),
                    vec![Cell::People(count_of(&children, s))],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };

    // Without a course, by German level: how many, and what a fitting course must offer.
    let courses = store.figure_course_demand(f).await?;
    let mut levels = choices("languages", "german_level");
    levels.push("");
    let courses = Table {
        id: "demand-courses",
        columns: vec![
            Label::msg("figures-col-without-course"),
            Label::msg("figures-col-childcare"),
            Label::msg("figures-col-literacy"),
            Label::msg("intake-choice-course_time-mornings"),
            Label::msg("intake-choice-course_time-afternoons"),
            Label::msg("intake-choice-course_time-evenings"),
        ],
        rows: levels
            .iter()
            .map(|level| {
                let of = |pick: &dyn Fn(&CourseDemand) -> bool| {
                    courses
                        .iter()
                        .filter(|c| c.0 == *level && pick(c))
                        .map(|c| c.4)
                        .sum::<i64>()
                };
                let label = if level.is_empty() {
                    Label::msg("figures-not-recorded")
                } else {
                    Label::msg(format!("intake-choice-german_level-{level}"))
                };
                Row::new(
                    label,
                    vec![
                        Cell::People(of(&|_| true)),
                        Cell::People(of(&|c| c.2 == "yes")),
                        Cell::People(of(&|c| c.3 == "yes")),
                        Cell::People(of(&|c| c.1 == "mornings")),
                        Cell::People(of(&|c| c.1 == "afternoons")),
                        Cell::People(of(&|c| c.1 == "evenings")),
                    ],
                )
            })
            .collect(),
        chart: Chart::None,
    };

    let permits = store.figure_permits_ending(f, &until).await?;
    let (shared, housing_goal) = store.figure_housing_need(f).await?;
    let residence_and_housing = Table {
        id: "demand-residence-housing",
        columns: vec![Label::msg("figures-col-clients")],
        rows: vec![
            Row::new(
                Label::msg("figures-row-permit-expired"),
                vec![Cell::People(count_of(&permits, "expired"))],
            ),
            Row::new(
                Label::msg("figures-row-permit-soon"),
                vec![Cell::People(count_of(&permits, "soon"))],
            ),
            Row::new(
                Label::msg("figures-row-shared-accommodation"),
                vec![Cell::People(shared)],
            ),
            Row::new(
                Label::msg("figures-row-housing-goal"),
                vec![Cell::People(housing_goal)],
            ),
        ],
        chart: Chart::Bars,
    };

    // What clients would like to take part in (their own answers or their guide's),
    // so that offers follow needs: per kind, with childcare.
    let wishes = store.figure_wishes(f).await?;
    let wishes = Table {
        id: "demand-wishes",
        columns: vec![
            Label::msg("figures-col-clients"),
            Label::msg("figures-col-childcare"),
        ],
        rows: lotse_app::interests::interest_kinds()
            .map(|kind| {
                let wanting = wishes
                    .iter()
                    .filter(|(kinds, _)| kinds.split_whitespace().any(|k| k == kind));
                let (all, childcare) =
                    wanting.fold((0, 0), |(a, c), (_, needs)| (a + 1, c + i64::from(*needs)));
                Row::new(
                    Label::msg(format!("group-category-{kind}")),
                    vec![Cell::People(all), Cell::People(childcare)],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };

    Ok(Section {
        id: "demand",
        tables: vec![children, courses, residence_and_housing, wishes],
    })
}

/// Volunteer time in the period and volunteers whose documents run out.
pub async fn volunteers(store: &Store, f: &FigureFilter) -> DbResult<Vec<Table>> {
    let until = crate::time::add_days(&f.today, RUNS_OUT_DAYS).unwrap_or_else(|| f.today.clone());
    let time = store.figure_volunteer_time(f).await?;
    let time = Table {
        id: "volunteer-time",
        columns: vec![
            Label::msg("figures-col-hours"),
            Label::msg("figures-col-volunteers"),
        ],
        rows: ["lead", "helper", "childcare", "interpreter"]
            .iter()
            .map(|role| {
                let (minutes, people) = time
                    .iter()
                    .filter(|t| t.0 == *role)
                    .fold((0, 0), |acc, t| (acc.0 + t.1, acc.1 + t.2));
                Row::new(
                    Label::msg(format!("shift-role-{role}")),
                    vec![Cell::Tenths((minutes * 10 + 30) / 60), Cell::People(people)],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    let documents = store.figure_volunteer_documents(f, &until).await?;
    let documents = Table {
        id: "volunteer-documents",
        columns: vec![
            Label::msg("figures-col-expired"),
            Label::msg("figures-col-runs-out"),
        ],
        rows: [
            "police_certificate",
            "measles",
            "infection_protection",
            "confidentiality",
        ]
        .iter()
        .map(|kind| {
            let of = |state: &str| {
                documents
                    .iter()
                    .filter(|d| d.0 == *kind && d.1 == state)
                    .map(|d| d.2)
                    .sum::<i64>()
            };
            Row::new(
                Label::msg(format!("document-kind-{kind}")),
                vec![Cell::People(of("expired")), Cell::People(of("soon"))],
            )
        })
        .collect(),
        chart: Chart::None,
    };
    Ok(vec![time, documents])
}

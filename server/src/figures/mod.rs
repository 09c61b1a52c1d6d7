//! The figures a coordinator steers by and reports to funders: the sections of the
//! dashboard, made from the counting queries in `db::figures`. Only counts and durations
//! leave here; small counts are suppressed when shown (`lotse_app::figures::Cell`).

pub mod complaints;
pub mod funders;
pub mod goals;
pub mod people;
pub mod report;
pub mod stored;

use crate::db::figures::FigureFilter;
use crate::db::{DbResult, Store};
use chrono::NaiveDate;
use lotse_app::casework::FIELDS;
use lotse_app::figures::{median, months, Cell, Chart, Label, Row, Section, Table};
use std::collections::BTreeMap;

pub use lotse_app::figures::TABLE_IDS;

/// Reasons a case ends, in the order the closing form offers them.
const REASONS: [&str; 6] = [
    "independent",
    "regular_services",
    "moved",
    "unreachable",
    "declined",
    "other",
];
const REFERRAL_STATES: [&str; 4] = ["sent", "accepted", "done", "declined"];
const APPOINTMENT_STATES: [&str; 4] = ["done", "missed", "cancelled", "planned"];
const GOAL_STATES: [&str; 4] = ["achieved", "partly", "dropped", "open"];

/// The period a figure set covers, as ISO dates (inclusive) for labels and months.
#[derive(Clone, Debug)]
pub struct Period {
    pub from: String,
    pub to: String,
}

/// The filter for whole days in the municipality, `from` to `to` inclusive, with the
/// period it stands for. 0 or `None` in a filter means "all".
pub fn period_filter(
    county: i64,
    municipality: Option<i64>,
    provider: Option<i64>,
    team: Option<i64>,
    guide: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> (FigureFilter, Period) {
    let filter = FigureFilter {
        county,
        municipality,
        provider,
        team,
        guide,
        from: crate::time::to_unix(&from.to_string(), 0, 0).unwrap_or(0),
        to: to
            .checked_add_days(chrono::Days::new(1))
            .and_then(|next| crate::time::to_unix(&next.to_string(), 0, 0))
            .unwrap_or(i64::MAX),
        today: crate::time::today_iso(),
    };
    let period = Period {
        from: from.to_string(),
        to: to.to_string(),
    };
    (filter, period)
}

/// The sections counted from the case records (everything but the programme and the
/// integration goals), counted side by side: each is a handful of queries, and the
/// database answers them in parallel on its own connections (outside the request's one
/// shared connection, `db::lease`).
pub async fn case_sections(store: &Store, filter: &FigureFilter, period: &Period) -> DbResult<Vec<Section>> {
    let (caseload, plans, referrals, appointments, requests, groups, demand, people, complaints) =
        crate::db::lease::outside(async {
            tokio::try_join!(
                caseload(store, filter, period),
                plans(store, filter),
                referrals(store, filter),
                appointments(store, filter),
                requests(store, filter),
                groups(store, filter),
                people::demand(store, filter),
                people::people(store, filter, period),
                complaints::section(store, filter),
            )
        })
        .await?;
    Ok(vec![
        caseload,
        plans,
        referrals,
        appointments,
        requests,
        groups,
        demand,
        people,
        complaints,
    ])
}

/// The programme's milestones and the integration goals' section after the case
/// sections, with the indicators' paths (drawn as lines on the dashboard; the report
/// holds their table). `max_age`: see `goals::paths`.
pub async fn with_programme(
    store: &Store,
    filter: &FigureFilter,
    mut sections: Vec<Section>,
    max_age: i64,
) -> DbResult<(Vec<Section>, Vec<lotse_app::goals::IndicatorPath>)> {
    let reach = crate::db::programme::Reach {
        county: filter.county,
        municipality: filter.municipality.unwrap_or(0),
    };
    let paths = goals::paths(store, reach, &filter.today, max_age).await?;
    sections.push(programme(store, filter).await?);
    sections.push(goals::section(&paths));
    Ok((sections, paths))
}

/// Every section, counted now (the report, a figure frozen as evidence).
pub async fn sections(
    store: &Store,
    filter: &FigureFilter,
    period: &Period,
    max_age: i64,
) -> DbResult<Vec<Section>> {
    let counted = case_sections(store, filter, period).await?;
    Ok(with_programme(store, filter, counted, max_age).await?.0)
}

fn month_of(ts: i64) -> String {
    crate::time::local_date(ts)
        .map(|d| d.format("%Y-%m").to_string())
        .unwrap_or_default()
}

fn days_cell(mut values: Vec<f64>) -> Cell {
    let of = values.len() as i64;
    Cell::Days {
        median: median(&mut values).unwrap_or(0.0),
        of,
    }
}

async fn caseload(store: &Store, f: &FigureFilter, period: &Period) -> DbResult<Section> {
    let loads = store.figure_guide_loads(f).await?;
    let per_guide = Table {
        id: "guide-loads",
        columns: vec![
            Label::msg("figures-col-team"),
            Label::msg("figures-col-active"),
            Label::msg("figures-col-target"),
        ],
        rows: loads
            .iter()
            .map(|l| Row {
                label: Label::Text(l.guide.clone()),
                // A guide's caseload points at no client: shown whatever its size.
                cells: vec![
                    Cell::Text(l.team.clone()),
                    Cell::Number(l.active),
                    Cell::Number(l.target),
                ],
                flagged: l.active > l.target,
            })
            .collect(),
        chart: Chart::None,
    };

    let opened = store.figure_opened_at(f).await?;
    let closed = store.figure_closures(f).await?;
    let reopened = store.figure_reopenings(f).await?;
    let mut flow: BTreeMap<String, [i64; 3]> = months(&period.from, &period.to)
        .into_iter()
        .map(|m| (m, [0; 3]))
        .collect();
    for (i, stamps) in [
        opened.clone(),
        closed.iter().map(|c| c.0).collect(),
        reopened.iter().map(|c| c.0).collect(),
    ]
    .iter()
    .enumerate()
    {
        for ts in stamps {
            if let Some(m) = flow.get_mut(&month_of(*ts)) {
                m[i] += 1;
            }
        }
    }
    let per_month = Table {
        id: "case-flow",
        columns: vec![
            Label::msg("figures-col-new"),
            Label::msg("figures-col-closed"),
            Label::msg("figures-col-reopened"),
        ],
        rows: flow
            .into_iter()
            .map(|(m, [n, c, r])| {
                Row::new(
                    Label::Month(m),
                    vec![Cell::People(n), Cell::People(c), Cell::People(r)],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    let by_reason = Table {
        id: "closure-reasons",
        columns: vec![
            Label::msg("figures-col-cases"),
            Label::msg("figures-col-median-days"),
        ],
        rows: REASONS
            .iter()
            .map(|r| {
                let of: Vec<f64> = closed.iter().filter(|c| c.1 == *r).map(|c| c.2 as f64).collect();
                Row::new(
                    Label::msg(format!("closing-reason-{r}")),
                    vec![Cell::People(of.len() as i64), days_cell(of)],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    let to_plan = store.figure_days_to_plan(f).await?;
    let durations = Table {
        id: "durations",
        columns: vec![Label::msg("figures-col-median-days")],
        rows: vec![
            Row::new(
                Label::msg("figures-row-intake-to-plan"),
                vec![days_cell(to_plan.iter().map(|d| *d as f64).collect())],
            ),
            Row::new(
                Label::msg("figures-row-time-in-support"),
                vec![days_cell(closed.iter().map(|c| c.2 as f64).collect())],
            ),
        ],
        chart: Chart::None,
    };
    Ok(Section {
        id: "caseload",
        tables: vec![per_guide, per_month, by_reason, durations],
    })
}

async fn plans(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let (open, with_plan, confirmed) = store.figure_plans(f).await?;
    let plans = Table {
        id: "plans",
        columns: vec![Label::msg("figures-col-clients")],
        rows: vec![
            Row::new(Label::msg("figures-row-open-cases"), vec![Cell::People(open)]),
            Row::new(Label::msg("figures-row-with-plan"), vec![Cell::People(with_plan)]),
            Row::new(
                Label::msg("figures-row-plan-confirmed"),
                vec![Cell::People(confirmed)],
            ),
        ],
        chart: Chart::Bars,
    };
    let goals = store.figure_goals(f).await?;
    let overdue = store.figure_overdue_steps(f).await?;
    let help = store.figure_help_requests(f).await?;
    let count =
        |list: &[(String, i64)], field: &str| list.iter().filter(|x| x.0 == field).map(|x| x.1).sum::<i64>();
    let mut columns = vec![Label::msg("figures-col-goals-agreed")];
    columns.extend(
        GOAL_STATES
            .iter()
            .map(|s| Label::msg(format!("figures-goal-{s}"))),
    );
    columns.extend([
        Label::msg("figures-col-overdue-steps"),
        Label::msg("figures-col-help-requests"),
    ]);
    let by_field = Table {
        id: "goals-by-field",
        columns,
        rows: FIELDS
            .iter()
            .map(|field| {
                let of = |state: &str| {
                    goals
                        .iter()
                        .filter(|g| g.0 == *field && g.1 == state)
                        .map(|g| g.2)
                        .sum::<i64>()
                };
                let mut cells = vec![Cell::People(GOAL_STATES.iter().map(|s| of(s)).sum())];
                cells.extend(GOAL_STATES.iter().map(|s| Cell::People(of(s))));
                cells.extend([
                    Cell::People(count(&overdue, field)),
                    Cell::People(count(&help, field)),
                ]);
                Row::new(Label::msg(format!("field-{field}")), cells)
            })
            .collect(),
        chart: Chart::None,
    };
    Ok(Section {
        id: "plans",
        tables: vec![plans, by_field],
    })
}

async fn referrals(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let rows = store.figure_referrals(f).await?;
    let mut services: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    services.sort();
    services.dedup();
    let mut columns: Vec<Label> = REFERRAL_STATES
        .iter()
        .map(|s| Label::msg(format!("referral-status-{s}")))
        .collect();
    columns.push(Label::msg("figures-col-median-days"));
    let table = Table {
        id: "referrals",
        columns,
        rows: services
            .into_iter()
            .map(|service| {
                let of = |state: &str| rows.iter().filter(|r| r.0 == service && r.1 == state).count() as i64;
                let mut cells: Vec<Cell> = REFERRAL_STATES.iter().map(|s| Cell::People(of(s))).collect();
                cells.push(days_cell(
                    rows.iter()
                        .filter(|r| r.0 == service && r.2 >= 0)
                        .map(|r| r.2 as f64)
                        .collect(),
                ));
                Row::new(Label::Text(service), cells)
            })
            .collect(),
        chart: Chart::Bars,
    };
    Ok(Section {
        id: "referrals",
        tables: vec![table],
    })
}

async fn appointments(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let states = store.figure_appointments(f).await?;
    let of = |s: &str| states.iter().filter(|x| x.0 == s).map(|x| x.1).sum::<i64>();
    let kept = Table {
        id: "appointments",
        columns: vec![Label::msg("figures-col-appointments")],
        rows: APPOINTMENT_STATES
            .iter()
            .map(|s| {
                Row::new(
                    Label::msg(format!("figures-appointment-{s}")),
                    vec![Cell::People(of(s))],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    let minutes = store.figure_interpreter_minutes(f).await?;
    let interpreters = Table {
        id: "interpreter-hours",
        columns: vec![Label::msg("figures-col-hours")],
        rows: minutes
            .into_iter()
            .map(|(lang, m)| {
                Row::new(
                    Label::msg(format!("language-{lang}")),
                    vec![Cell::Tenths((m * 10 + 30) / 60)],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    Ok(Section {
        id: "appointments",
        tables: vec![kept, interpreters],
    })
}

async fn requests(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let rows = store.figure_requests(f).await?;
    let mut categories: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    categories.sort();
    categories.dedup();
    let table = Table {
        id: "requests",
        columns: vec![
            Label::msg("figures-col-requests"),
            Label::msg("figures-col-answered"),
            Label::msg("figures-col-median-days"),
        ],
        rows: categories
            .into_iter()
            .map(|c| {
                let mine: Vec<i64> = rows.iter().filter(|r| r.0 == c).map(|r| r.1).collect();
                let answered: Vec<f64> = mine
                    .iter()
                    .filter(|h| **h >= 0)
                    .map(|h| *h as f64 / 24.0)
                    .collect();
                Row::new(
                    Label::msg(format!("request-category-{c}")),
                    vec![
                        Cell::People(mine.len() as i64),
                        Cell::People(answered.len() as i64),
                        days_cell(answered),
                    ],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    Ok(Section {
        id: "requests",
        tables: vec![table],
    })
}

async fn groups(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let places = store.figure_group_places(f).await?;
    let mut targets: Vec<String> = places.iter().map(|p| p.0.clone()).collect();
    targets.sort();
    targets.dedup();
    let table = Table {
        id: "group-places",
        columns: vec![
            Label::msg("figures-col-confirmed"),
            Label::msg("figures-col-waitlist"),
        ],
        rows: targets
            .into_iter()
            .map(|t| {
                let of = |s: &str| {
                    places
                        .iter()
                        .filter(|p| p.0 == t && p.1 == s)
                        .map(|p| p.2)
                        .sum::<i64>()
                };
                Row::new(
                    Label::msg(format!("group-target-{t}")),
                    vec![Cell::People(of("confirmed")), Cell::People(of("waitlist"))],
                )
            })
            .collect(),
        chart: Chart::Bars,
    };
    let mut tables = vec![table];
    tables.extend(people::volunteers(store, f).await?);
    Ok(Section { id: "groups", tables })
}

/// The programme's milestones in the filter's county and municipality (measures belong to
/// a municipality, not to a provider, team or guide): due, state, evidence; the open
/// ones past their date flagged as overdue.
async fn programme(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    let reach = crate::db::programme::Reach {
        county: f.county,
        municipality: f.municipality.unwrap_or(0),
    };
    let rows = store
        .milestone_overview(reach)
        .await?
        .into_iter()
        .map(|(measure, title, due, status, reached, evidence)| {
            let overdue = status == "open" && due < f.today;
            let state = if overdue {
                "milestone-overdue".to_string()
            } else {
                format!("milestone-status-{status}")
            };
            let mut row = Row::new(
                Label::Text(format!("{measure}: {title}")),
                vec![
                    Cell::Date(due),
                    Cell::Message(state),
                    reached.map(Cell::Date).unwrap_or(Cell::Text(String::new())),
                    Cell::Number(evidence),
                ],
            );
            row.flagged = overdue;
            row
        })
        .collect();
    Ok(Section {
        id: "programme",
        tables: vec![Table {
            id: "milestones",
            columns: vec![
                Label::msg("figures-col-due"),
                Label::msg("figures-col-state"),
                Label::msg("figures-col-reached"),
                Label::msg("figures-col-evidence"),
            ],
            rows,
            chart: Chart::None,
        }],
    })
}

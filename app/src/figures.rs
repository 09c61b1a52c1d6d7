//! Figures for steering and for funders: tables of counts that the dashboard draws, the
//! report exports and funders pick from. One model for all three, so a figure is counted
//! once and shown, charted and exported the same way.
//!
//! Privacy of aggregates: a count of people from 1 to 4 could point at someone, so it is
//! never shown or exported as a number ([`Cell::shown`] gives "< 5"), and a median over
//! fewer than five cases is not given at all. Tables hold no names of clients.

/// Counts of people below this are shown as "< 5" (small-cell suppression).
pub const SMALL_CELL: i64 = 5;

/// One value in a figure table.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    /// A count of people (clients, cases, requests): suppressed from 1 to 4.
    People(i64),
    /// A count that points at nobody (a target, hours, a guide's caseload ratio).
    Number(i64),
    /// Days, a median over `of` cases; given only for five cases or more.
    Days { median: f64, of: i64 },
    /// Hours with one decimal, in tenths (interpreter hours).
    Tenths(i64),
    /// Text beside the counts (a guide's team, a measure's milestone).
    Text(String),
    /// A measured value in tenths (an indicator: a share in percent, days, a count), over
    /// `of` cases when Lotse computed it (given only for five or more), None when entered
    /// by hand.
    Measured { tenths: i64, of: Option<i64> },
    /// A date, ISO (a milestone's due date): a date in the spreadsheet too.
    Date(String),
    /// A Fluent message id (a milestone's state).
    Message(String),
}

/// How a cell may be shown: what a reader (or a spreadsheet) gets.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Count(i64),
    /// 1 to 4 people: "< 5".
    FewerThanFive,
    Days(f64),
    /// A median over fewer than five cases: not given.
    TooFew,
    Tenths(i64),
    Text(String),
    Date(String),
    Message(String),
}

impl Cell {
    pub fn shown(&self) -> Shown {
        match self {
            Cell::People(n) if *n > 0 && *n < SMALL_CELL => Shown::FewerThanFive,
            Cell::People(n) | Cell::Number(n) => Shown::Count(*n),
            Cell::Days { of, .. } if *of < SMALL_CELL => Shown::TooFew,
            Cell::Days { median, .. } => Shown::Days(*median),
            Cell::Tenths(t) => Shown::Tenths(*t),
            Cell::Measured { of: Some(n), .. } if *n < SMALL_CELL => Shown::TooFew,
            Cell::Measured { tenths, .. } => Shown::Tenths(*tenths),
            Cell::Text(t) => Shown::Text(t.clone()),
            Cell::Date(d) => Shown::Date(d.clone()),
            Cell::Message(m) => Shown::Message(m.clone()),
        }
    }

    /// The value a chart may draw: suppressed cells draw nothing (a hatched stub marks them).
    pub fn chart_value(&self) -> Option<f64> {
        match self.shown() {
            Shown::Count(n) => Some(n as f64),
            Shown::Days(d) => Some(d),
            Shown::Tenths(t) => Some(t as f64 / 10.0),
            Shown::FewerThanFive | Shown::TooFew | Shown::Text(_) | Shown::Date(_) | Shown::Message(_) => {
                None
            }
        }
    }
}

/// A row's or column's label.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Label {
    /// A Fluent message id (a field of action, a status, a reason).
    Message(String),
    /// Text as stored (a guide's or team's name, a service, a language code's name).
    Text(String),
    /// A month, "2026-03".
    Month(String),
}

impl Label {
    pub fn msg(id: impl Into<String>) -> Label {
        Label::Message(id.into())
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub label: Label,
    pub cells: Vec<Cell>,
    /// Marked for attention (a guide over the target ratio, an overdue milestone).
    pub flagged: bool,
}

impl Row {
    pub fn new(label: Label, cells: Vec<Cell>) -> Row {
        Row {
            label,
            cells,
            flagged: false,
        }
    }
}

/// How a table is drawn beside its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Chart {
    /// Figures only.
    None,
    /// One bar group per row, one bar per column.
    Bars,
}

/// One figure table: message `figures-<id>` is its title, `figures-<id>-desc` says what
/// it counts and how (the documented query is in `server/src/db/figures.rs`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    #[serde(deserialize_with = "known_id")]
    pub id: FigureId,
    pub columns: Vec<Label>,
    pub rows: Vec<Row>,
    pub chart: Chart,
}

/// A section of the dashboard and a sheet of the report: message `figures-section-<id>`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    #[serde(deserialize_with = "known_id")]
    pub id: FigureId,
    pub tables: Vec<Table>,
}

/// Every figure table, in the dashboard's order (funders' reports name these).
pub const TABLE_IDS: [&str; 27] = [
    "guide-loads",
    "case-flow",
    "closure-reasons",
    "durations",
    "plans",
    "goals-by-field",
    "referrals",
    "appointments",
    "interpreter-hours",
    "requests",
    "group-places",
    "volunteer-time",
    "volunteer-documents",
    "demand-children",
    "demand-courses",
    "demand-residence-housing",
    "demand-wishes",
    "people-sex",
    "people-age",
    "people-nationality",
    "people-residence",
    "people-languages",
    "people-households",
    "complaints",
    "complaint-times",
    "milestones",
    "indicators",
];

/// A table's or section's id: the stem of its message ids. A name of its own so serde
/// does not borrow it from the input (`known_id` reads it back).
pub type FigureId = &'static str;

/// Every section of the dashboard, in its order.
pub const SECTION_IDS: [&str; 11] = [
    "caseload",
    "plans",
    "referrals",
    "appointments",
    "requests",
    "groups",
    "demand",
    "people",
    "complaints",
    "programme",
    "goals",
];

/// Reads a table's or section's id back from stored figures (`figure_snapshots`): ids are
/// `'static` message-id stems, so an id must be one of the known ones; any other makes the
/// stored figures unreadable and they are counted afresh.
fn known_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let id: String = serde::Deserialize::deserialize(d)?;
    TABLE_IDS
        .iter()
        .chain(SECTION_IDS.iter())
        .find(|k| **k == id)
        .copied()
        .ok_or_else(|| serde::de::Error::custom(format!("unknown figure id {id}")))
}

/// A figure table as it read on one day, kept as evidence that a milestone was reached:
/// its words and shown values (suppression applied), so it never changes afterwards.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FrozenFigure {
    /// The table's title, and the period and scope it was counted over.
    pub title: String,
    pub scope: String,
    pub from: String,
    pub to: String,
    /// ISO date it was frozen.
    pub frozen_on: String,
    pub columns: Vec<String>,
    /// Each row: its label and its cells, as shown.
    pub rows: Vec<(String, Vec<String>)>,
}

/// The months from `from` to `to` (ISO dates, inclusive) as "YYYY-MM", at most 60.
pub fn months(from: &str, to: &str) -> Vec<String> {
    let ym = |d: &str| -> Option<(i32, u32)> {
        let mut p = d.splitn(3, '-');
        Some((p.next()?.parse().ok()?, p.next()?.parse().ok()?))
    };
    let (Some((mut y, mut m)), Some(end)) = (ym(from), ym(to)) else {
        return vec![];
    };
    let mut out = vec![];
    while (y, m) <= end && out.len() < 60 {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// The median of some values (days), None for none.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_of_people_are_never_shown() {
        assert_eq!(Cell::People(0).shown(), Shown::Count(0));
        for n in 1..5 {
            assert_eq!(Cell::People(n).shown(), Shown::FewerThanFive);
            assert_eq!(Cell::People(n).chart_value(), None);
        }
        assert_eq!(Cell::People(5).shown(), Shown::Count(5));
        assert_eq!(Cell::Number(3).shown(), Shown::Count(3));
        assert_eq!(Cell::Days { median: 12.0, of: 4 }.shown(), Shown::TooFew);
        assert_eq!(Cell::Days { median: 12.0, of: 5 }.shown(), Shown::Days(12.0));
    }

    #[test]
    fn months_and_medians() {
        assert_eq!(
            months("2025-11-15", "2026-02-01"),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert!(months("2026-03-01", "2026-01-01").is_empty());
        assert_eq!(median(&mut [5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}

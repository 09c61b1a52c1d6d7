//! The figures' section on complaints, suggestions and praise: how many of each kind
//! about what, and how long acknowledging and answering took. Counted from
//! `db::complaints`, never from the case records.

use super::days_cell;
use crate::db::figures::FigureFilter;
use crate::db::{DbResult, Store};
use lotse_app::figures::{Cell, Chart, Label, Row, Section, Table};

/// Complaints, suggestions and praise received in the period: how many of each kind about
/// what, and how long acknowledging and settling took. Counts without names; small
/// counts are suppressed like counts of people (a complaint about a guide could point at
/// them).
pub async fn section(store: &Store, f: &FigureFilter) -> DbResult<Section> {
    use lotse_app::complaints::{FeedbackAbout, FeedbackKind};
    let rows = store.figure_complaints(f).await?;
    let mut columns: Vec<Label> = FeedbackAbout::ALL
        .iter()
        .map(|a| Label::msg(format!("figures-col-about-{a}")))
        .collect();
    columns.push(Label::msg("figures-col-total"));
    let by_subject = Table {
        id: "complaints",
        columns,
        rows: FeedbackKind::ALL
            .iter()
            .map(|k| {
                let mine: Vec<_> = rows.iter().filter(|r| r.0 == k.as_str()).collect();
                let mut cells: Vec<Cell> = FeedbackAbout::ALL
                    .iter()
                    .map(|a| Cell::People(mine.iter().filter(|r| r.1 == a.as_str()).count() as i64))
                    .collect();
                cells.push(Cell::People(mine.len() as i64));
                Row::new(Label::msg(format!("feedback-kind-{k}")), cells)
            })
            .collect(),
        chart: Chart::Bars,
    };
    let times = Table {
        id: "complaint-times",
        columns: vec![
            Label::msg("figures-col-received"),
            Label::msg("figures-col-days-to-acknowledge"),
            Label::msg("figures-col-days-to-settle"),
            Label::msg("figures-col-not-settled"),
        ],
        rows: FeedbackKind::ALL
            .iter()
            .map(|k| {
                let mine: Vec<_> = rows.iter().filter(|r| r.0 == k.as_str()).collect();
                let days = |pick: fn(&&crate::db::complaints::ComplaintFigure) -> Option<i64>| {
                    days_cell(mine.iter().filter_map(pick).map(|d| d as f64).collect())
                };
                Row::new(
                    Label::msg(format!("feedback-kind-{k}")),
                    vec![
                        Cell::People(mine.len() as i64),
                        days(|r| r.2),
                        days(|r| r.3),
                        Cell::People(mine.iter().filter(|r| r.3.is_none()).count() as i64),
                    ],
                )
            })
            .collect(),
        chart: Chart::None,
    };
    Ok(Section {
        id: "complaints",
        tables: vec![by_subject, times],
    })
}

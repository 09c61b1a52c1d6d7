//! The figures a coordinator steers by (laptop, German): a period and filters, then each
//! section's tables with a chart beside them, and the funder's report to download. No
//! names of clients anywhere; one to four people read "< 5".

use crate::figures::{Cell, Chart, Label, Section, Shown, Table};
use crate::forms::FieldErrors;
use crate::i18n::{use_tr, Tr};
use crate::pages::chart::{BarChart, BarGroup};
use crate::pages::forms::{ErrorSummary, Field, Select};
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

/// The filter form as typed (kept on a 422) with the choices it offers: (value, label).
#[derive(Clone, Debug, Default)]
pub struct FigureFilters {
    pub from: String,
    pub to: String,
    pub municipality: String,
    pub provider: String,
    pub team: String,
    pub guide: String,
    /// Offered to a county coordinator only.
    pub municipalities: Vec<(String, String)>,
    pub providers: Vec<(String, String)>,
    pub teams: Vec<(String, String)>,
    pub guides: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct FiguresData {
    /// The municipality's or the county's name.
    pub scope: String,
    /// When the case figures were counted (they are stored for a few minutes).
    pub counted_at: crate::i18n::When,
    pub filters: FigureFilters,
    pub errors: FieldErrors,
    pub sections: Vec<Section>,
    /// (id, name) of each funder's report.
    pub funders: Vec<(String, String)>,
    /// The filter as a query string, for the report's links.
    pub query: String,
    /// The municipality's integration indicators with their paths (section "goals").
    pub indicators: Vec<crate::goals::IndicatorPath>,
}

/// A label in the reader's words; months as "03/2026".
pub fn label_text(tr: &Tr, l: &Label) -> String {
    match l {
        Label::Message(id) => tr.t(id),
        Label::Text(t) => t.clone(),
        Label::Month(m) => {
            let (y, mo) = m.split_once('-').unwrap_or((m.as_str(), ""));
            tr.ta(
                "figures-month",
                &[("month", mo.to_string().into()), ("year", y.to_string().into())],
            )
        }
    }
}

/// A cell in the reader's words.
pub fn cell_text(tr: &Tr, c: &Cell) -> String {
    match c.shown() {
        Shown::Count(n) => tr.number(n),
        Shown::FewerThanFive => tr.t("figures-fewer-than-five"),
        Shown::Days(d) => tr.tenths((d * 10.0).round() as i64),
        Shown::TooFew => tr.t("figures-too-few"),
        Shown::Tenths(t) => tr.tenths(t),
        Shown::Text(t) => t,
        Shown::Date(d) => tr.date(&d),
        Shown::Message(m) => tr.t(&m),
    }
}

fn figure_table(tr: &Tr, t: Table) -> impl IntoView {
    let title = tr.t(&format!("figures-{}", t.id));
    let desc = tr.t(&format!("figures-{}-desc", t.id));
    let columns: Vec<String> = t.columns.iter().map(|c| label_text(tr, c)).collect();
    let chart = (t.chart == Chart::Bars && t.rows.iter().any(|r| r.cells.iter().any(|c| c.chart_value().is_some_and(|v| v > 0.0))))
        .then(|| {
            // Only columns with something to draw (a median beside counts has its own scale).
            let drawn: Vec<usize> = (0..columns.len())
                .filter(|i| t.rows.iter().all(|r| r.cells.get(*i).is_some_and(|c| matches!(c, Cell::People(_) | Cell::Number(_) | Cell::Tenths(_)))))
                .collect();
            let groups = t
                .rows
                .iter()
                .map(|r| BarGroup {
                    label: label_text(tr, &r.label),
                    values: drawn.iter().map(|i| r.cells.get(*i).and_then(|c| c.chart_value())).collect(),
                    texts: drawn.iter().map(|i| r.cells.get(*i).map(|c| cell_text(tr, c)).unwrap_or_default()).collect(),
                })
                .collect();
            let series = drawn.iter().map(|i| columns[*i].clone()).collect();
            view! { <BarChart id=format!("chart-{}", t.id) title=title.clone() desc=desc.clone() series=series groups=groups/> }
        });
    let head = columns
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect::<Vec<_>>();
    // What a flagged row is marked with: over the target ratio, or overdue.
    let over = if t.rows.iter().any(|r| r.flagged) {
        tr.t(&format!("figures-{}-flag", t.id))
    } else {
        String::new()
    };
    let empty = t.rows.is_empty();
    // Five figures or more beside the label need the section's whole width.
    let wide = t.columns.len() >= 5;
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let cells = r
                .cells
                .iter()
                .zip(&columns)
                .map(|(c, col)| view! { <td data-label=col.clone()>{cell_text(tr, c)}</td> })
                .collect::<Vec<_>>();
            view! {
                <tr class:flagged=r.flagged>
                    <th scope="row">
                        {label_text(tr, &r.label)}
                        {r.flagged.then(|| view! { " " <span class="badge badge-warn">{over.clone()}</span> })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <figure class="figure" class:figure-wide=wide id=format!("figure-{}", t.id)>
            <figcaption><h3>{title}</h3><p class="hint">{desc}</p></figcaption>
            {chart}
            {if empty {
                view! { <p class="muted">{tr.t("figures-nothing")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=tr.t(&format!("figures-{}", t.id))>
                        <table class="figures-table">
                            <thead><tr><td></td>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </figure>
    }
}

/// The municipality a county coordinator files a measure or a goal under; nothing for a
/// coordinator, whose own municipality it always is (`municipalities` empty).
#[component]
pub fn MunicipalityChoice(
    #[prop(into)] name: String,
    municipalities: Vec<(String, String)>,
    selected: String,
    error: Option<String>,
) -> impl IntoView {
    let tr = use_tr();
    (!municipalities.is_empty()).then(|| {
        let mut options = vec![(String::new(), tr.t("choice-pick"))];
        options.extend(municipalities);
        view! {
            <Select name=name label=tr.t("figures-filter-municipality") selected=selected options=options error=error/>
        }
    })
}

#[component]
pub fn FiguresPage(data: FiguresData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let f = data.filters.clone();
    let (from_error, to_error) = (data.errors.text("from"), data.errors.text("to"));
    let summary = (!data.errors.is_empty()).then(|| tr.t("form-errors-heading"));
    let choice = |all: &str, list: &[(String, String)]| {
        std::iter::once((String::new(), tr.t(all)))
            .chain(list.iter().cloned())
            .collect::<Vec<_>>()
    };
    let provider_options = choice("figures-all-providers", &f.providers);
    let team_options = choice("figures-all-teams", &f.teams);
    let municipality_options = choice("figures-all-municipalities", &f.municipalities);
    let guide_options = choice("figures-all-guides", &f.guides);
    let municipality = (!f.municipalities.is_empty()).then(|| view! {
        <Select name="municipality" label=tr.t("figures-filter-municipality") selected=f.municipality.clone()
            options=municipality_options/>
    });
    let guide = (!f.guides.is_empty()).then(|| {
        view! {
            <Select name="guide" label=tr.t("figures-filter-guide") selected=f.guide.clone()
                options=guide_options/>
        }
    });
    let nav = data
        .sections
        .iter()
        .map(|s| view! { <li><a href=format!("#section-{}", s.id)>{tr.t(&format!("figures-section-{}", s.id))}</a></li> })
        .collect::<Vec<_>>();
    let sections = data
        .sections
        .into_iter()
        .map(|s| {
            let heading = tr.t(&format!("figures-section-{}", s.id));
            let tables = s.tables.into_iter().map(|t| figure_table(&tr, t)).collect::<Vec<_>>();
            // The integration goals' indicators: each path as a line against its target.
            let paths = (s.id == "goals").then(|| {
                data.indicators
                    .iter()
                    .map(|p| super::goals::indicator_view(&tr, p, true))
                    .collect::<Vec<_>>()
            });
            view! {
                <section class="card figures-section" id=format!("section-{}", s.id) aria-labelledby=format!("h-{}", s.id)>
                    <h2 id=format!("h-{}", s.id)>{heading}</h2>
                    <div class="figures-grid">{tables}{paths}</div>
                </section>
            }
        })
        .collect::<Vec<_>>();
    let counted_at = data.counted_at.show(&tr);
    let fresh_query = if data.query.is_empty() {
        "fresh=1".to_string()
    } else {
        format!("{}&fresh=1", data.query)
    };
    let reports = data
        .funders
        .iter()
        .map(|(id, name)| {
            let q = if data.query.is_empty() { format!("funder={id}") } else { format!("{}&funder={id}", data.query) };
            view! {
                <li>
                    <span>{name.clone()}</span>" "
                    <a class="button button-secondary" href=format!("/figures/report.xlsx?{q}") download="">{tr.t("figures-download-xlsx")}</a>" "
                    <a class="button button-secondary" href=format!("/figures/report.csv?{q}") download="">{tr.t("figures-download-csv")}</a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("figures-title") current_path="/figures".into() user=Some(user)>
            <h1>{tr.ta("figures-heading", &[("scope", data.scope.clone().into())])}</h1>
            <p class="hint">{tr.t("figures-privacy")}</p>
            <form method="get" action="/figures" class="card filters figures-filters">
                <ErrorSummary message=summary/>
                <Field name="from" label=tr.t("figures-filter-from") value=f.from.clone() input_type="date" error=from_error/>
                <Field name="to" label=tr.t("figures-filter-to") value=f.to.clone() input_type="date" error=to_error/>
                {municipality}
                <Select name="provider" label=tr.t("figures-filter-provider") selected=f.provider.clone()
                    options=provider_options/>
                <Select name="team" label=tr.t("figures-filter-team") selected=f.team.clone()
                    options=team_options/>
                {guide}
                <button type="submit" class="button">{tr.t("figures-show")}</button>
            </form>
            <section class="card" aria-labelledby="h-reports">
                <h2 id="h-reports">{tr.t("figures-reports")}</h2>
                <p class="hint">{tr.t("figures-reports-hint")}</p>
                <ul class="plain-list reports">{reports}</ul>
            </section>
            <p class="button-row">
                <a class="button button-secondary" href="/figures/programme">{tr.t("programme-link")}</a>" "
                <a class="button button-secondary" href="/figures/goals">{tr.t("goals-link")}</a>
            </p>
            <p class="figures-counted">
                {tr.ta("figures-counted-at", &[("when", counted_at.into())])}" "
                <a href=format!("/figures?{}", fresh_query)>{tr.t("figures-count-now")}</a>
            </p>
            <nav aria-label=tr.t("figures-contents") class="figures-contents"><ul>{nav}</ul></nav>
            {sections}
        </Shell>
    }
}

//! The municipality's integration goals (an integration concept's goals, measures and
//! indicators per field of action): each indicator's path over time against its target,
//! drawn as a line with its table beside it; forms to write goals and indicators and to
//! enter values by hand. Coordinators, laptop, German.

use crate::casework::FIELDS;
use crate::goals::{IndicatorPath, AIMS, COMPUTED, UNITS};
use crate::i18n::{use_tr, Tr};
use crate::pages::chart::{LineChart, LinePoint};
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const GOAL_FORM: &str = "goal";
pub fn indicator_form(goal: i64) -> String {
    format!("indicator-{goal}")
}
pub fn value_form(indicator: i64) -> String {
    format!("value-{indicator}")
}

crate::form! {
    GoalInput / GoalField {
        municipality: Municipality,
        field: Field,
        title: Title,
        measures: Measures,
    }
}

crate::form! {
    /// An indicator: computed (`kind` is one of the computed keys) or entered by hand
    /// (`kind` is "manual", with a unit and a source).
    IndicatorInput / IndicatorField {
        title: Title,
        kind: Kind,
        unit: Unit,
        aim: Aim,
        source: Source,
        baseline_on: BaselineOn,
        target_value: TargetValue,
        target_on: TargetOn,
    }
}

crate::form! {
    ValueInput / ValueField {
        measured_on: MeasuredOn,
        value: Value,
        note: Note,
    }
}

/// A value in its unit: "62,5 %", "41 Tage", "120".
pub fn value_text(tr: &Tr, unit: &str, v: f64) -> String {
    let n = tr.tenths((v * 10.0).round() as i64);
    tr.ta(&format!("indicator-value-{unit}"), &[("value", n.into())])
}

fn month_label(tr: &Tr, iso: &str) -> String {
    let mut p = iso.splitn(3, '-');
    let (y, m) = (p.next().unwrap_or(""), p.next().unwrap_or(""));
    tr.ta(
        "figures-month",
        &[("month", m.to_string().into()), ("year", y.to_string().into())],
    )
}

/// One indicator: what it measures, its target, the line and the table of its points.
/// Under its goal's heading it is named alone; elsewhere with its goal.
pub fn indicator_view(tr: &Tr, p: &IndicatorPath, with_goal: bool) -> impl IntoView + use<> {
    let source = match &p.computed {
        Some(key) => tr.t(&format!("indicator-computed-{key}-desc")),
        None => tr.ta("indicator-source", &[("source", p.source.clone().into())]),
    };
    let target_text = value_text(tr, &p.unit, p.target);
    let target = tr.ta(
        "indicator-target",
        &[
            ("value", target_text.clone().into()),
            ("date", tr.date(&p.target_on).into()),
        ],
    );
    let too_few = tr.t("figures-too-few");
    let points: Vec<LinePoint> = p
        .points
        .iter()
        .map(|pt| LinePoint {
            label: month_label(tr, &pt.on),
            value: pt.value,
            text: pt
                .value
                .map(|v| value_text(tr, &p.unit, v))
                .unwrap_or_else(|| too_few.clone()),
        })
        .collect();
    let rows = p
        .points
        .iter()
        .zip(&points)
        .map(|(pt, lp)| view! { <tr><th scope="row">{tr.date(&pt.on)}</th><td>{lp.text.clone()}</td></tr> })
        .collect::<Vec<_>>();
    let title = if with_goal {
        format!("{}: {}", p.goal, p.title)
    } else {
        p.title.clone()
    };
    let chart = (!points.is_empty()).then(|| {
        view! {
            <LineChart id=format!("indicator-{}", p.id) title=title.clone() desc=format!("{source} {target}")
                points=points target=p.target target_text=target_text/>
        }
    });
    let empty = p.points.is_empty();
    view! {
        <figure class="figure indicator" id=format!("indicator-{}", p.id)>
            <figcaption>
                <h3>{title.clone()}</h3>
                <p class="hint">{tr.t(&format!("field-{}", p.field))}" · "{source}</p>
                <p><strong>{target}</strong></p>
            </figcaption>
            {chart}
            {if empty {
                view! { <p class="muted">{tr.t("indicator-no-values")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=title>
                        <table class="figures-table">
                            <thead><tr><th scope="col">{tr.t("indicator-col-on")}</th><th scope="col">{tr.t("indicator-col-value")}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </figure>
    }
}

#[derive(Clone, Debug)]
pub struct GoalItem {
    pub id: i64,
    pub municipality: String,
    pub field: String,
    pub title: String,
    pub measures: String,
    pub indicators: Vec<IndicatorPath>,
}

#[derive(Clone, Debug, Default)]
pub struct GoalsData {
    pub goals: Vec<GoalItem>,
    /// Offered to a county coordinator: (id, name); empty for a coordinator.
    pub municipalities: Vec<(String, String)>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    /// Today (ISO), the default for dates.
    pub today: String,
}

fn value_form_view(tr: &Tr, p: &IndicatorPath, posted: &Posted, today: &str) -> impl IntoView + use<> {
    let form = value_form(p.id);
    let id = p.id;
    let (on_v, on_e) = (
        posted.value_or(&form, ValueField::MeasuredOn.name(), today),
        posted.error(&form, ValueField::MeasuredOn.name()),
    );
    let (value_v, value_e) = (
        posted.value(&form, ValueField::Value.name()),
        posted.error(&form, ValueField::Value.name()),
    );
    let (note_v, note_e) = (
        posted.value(&form, ValueField::Note.name()),
        posted.error(&form, ValueField::Note.name()),
    );
    let open = posted.is(&form);
    view! {
        <details class="add-form" open=open>
            <summary>{tr.t("indicator-add-value")}</summary>
            <form method="post" action=format!("/figures/goals/indicators/{id}/values") class="stack">
                <Field name=ValueField::MeasuredOn.name() label=tr.t("indicator-col-on") input_type="date"
                    id=format!("on-{id}") value=on_v error=on_e/>
                <Field name=ValueField::Value.name() label=tr.ta("indicator-value-label", &[("unit", tr.t(&format!("indicator-unit-{}", p.unit)).into())])
                    id=format!("value-{id}") inputmode="decimal" value=value_v error=value_e/>
                <Field name=ValueField::Note.name() label=tr.t("indicator-value-note") id=format!("note-{id}")
                    optional_label=tr.t("optional") value=note_v error=note_e/>
                <button type="submit" class="button">{tr.t("indicator-save-value")}</button>
            </form>
        </details>
    }
}

fn indicator_form_view(tr: &Tr, goal: i64, posted: &Posted, today: &str) -> impl IntoView + use<> {
    use IndicatorField as F;
    let form = indicator_form(goal);
    let v = |f: IndicatorField| posted.value(&form, f.name());
    let e = |f: IndicatorField| posted.error(&form, f.name());
    let mut kinds: Vec<(String, String)> = COMPUTED
        .iter()
        .map(|(k, ..)| (k.to_string(), tr.t(&format!("indicator-computed-{k}"))))
        .collect();
    kinds.push(("manual".into(), tr.t("indicator-kind-manual")));
    let units: Vec<(String, String)> = UNITS
        .iter()
        .map(|u| (u.to_string(), tr.t(&format!("indicator-unit-{u}"))))
        .collect();
    let (title_v, title_e) = (v(F::Title), e(F::Title));
    let (kind_v, kind_e) = (v(F::Kind), e(F::Kind));
    let (unit_v, unit_e) = (v(F::Unit), e(F::Unit));
    let (aim_v, aim_e) = (v(F::Aim), e(F::Aim));
    let aims: Vec<(String, String)> = AIMS
        .iter()
        .map(|a| (a.to_string(), tr.t(&format!("indicator-aim-{a}"))))
        .collect();
    let (source_v, source_e) = (v(F::Source), e(F::Source));
    let baseline_v = posted.value_or(
        &form,
        F::BaselineOn.name(),
        &format!("{}-01-01", today.get(..4).unwrap_or("2026")),
    );
    let baseline_e = e(F::BaselineOn);
    let (target_v, target_e) = (v(F::TargetValue), e(F::TargetValue));
    let (target_on_v, target_on_e) = (v(F::TargetOn), e(F::TargetOn));
    let open = posted.is(&form);
    view! {
        <details class="add-form" open=open>
            <summary>{tr.t("indicator-add")}</summary>
            <form method="post" action=format!("/figures/goals/{goal}/indicators") class="stack">
                <Field name=F::Title.name() label=tr.t("indicator-title") id=format!("ind-title-{goal}") value=title_v error=title_e/>
                <Select name=F::Kind.name() label=tr.t("indicator-kind") id=format!("ind-kind-{goal}") selected=kind_v
                    options=kinds error=kind_e/>
                <Select name=F::Unit.name() label=tr.t("indicator-unit") id=format!("ind-unit-{goal}") selected=unit_v
                    options=units error=unit_e/>
                <Select name=F::Aim.name() label=tr.t("indicator-aim") id=format!("ind-aim-{goal}") selected=aim_v
                    options=aims error=aim_e/>
                <Field name=F::Source.name() label=tr.t("indicator-source-label") id=format!("ind-source-{goal}")
                    hint=tr.t("indicator-source-hint") value=source_v error=source_e/>
                <Field name=F::BaselineOn.name() label=tr.t("indicator-baseline") input_type="date"
                    id=format!("ind-baseline-{goal}") value=baseline_v error=baseline_e/>
                <Field name=F::TargetValue.name() label=tr.t("indicator-target-value") inputmode="decimal"
                    id=format!("ind-target-{goal}") value=target_v error=target_e/>
                <Field name=F::TargetOn.name() label=tr.t("indicator-target-on") input_type="date"
                    id=format!("ind-target-on-{goal}") value=target_on_v error=target_on_e/>
                <button type="submit" class="button">{tr.t("indicator-save")}</button>
            </form>
        </details>
    }
}

#[component]
pub fn GoalsPage(user: NavUser, data: GoalsData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    use GoalField as F;
    let v = |f: GoalField| posted.value(GOAL_FORM, f.name());
    let e = |f: GoalField| posted.error(GOAL_FORM, f.name());
    let (municipality_v, municipality_e) = (v(F::Municipality), e(F::Municipality));
    let (field_v, field_e) = (v(F::Field), e(F::Field));
    let (title_v, title_e) = (v(F::Title), e(F::Title));
    let (measures_v, measures_e) = (v(F::Measures), e(F::Measures));
    let goals = data
        .goals
        .iter()
        .map(|g| {
            let indicators = g
                .indicators
                .iter()
                .map(|p| {
                    let add = p.computed.is_none().then(|| value_form_view(&tr, p, &posted, &data.today));
                    view! { <div class="indicator-block">{indicator_view(&tr, p, false)}{add}</div> }
                })
                .collect::<Vec<_>>();
            let id = g.id;
            view! {
                <section class="card integration-goal" id=format!("goal-{id}") aria-labelledby=format!("goal-{id}-h")>
                    <p class="hint">{tr.t(&format!("field-{}", g.field))}" · "{g.municipality.clone()}</p>
                    <h2 id=format!("goal-{id}-h")>{g.title.clone()}</h2>
                    {(!g.measures.is_empty()).then(|| view! {
                        <p class="pre-line"><strong>{tr.t("goal-measures")}": "</strong>{g.measures.clone()}</p>
                    })}
                    <div class="figures-grid">{indicators}</div>
                    {indicator_form_view(&tr, id, &posted, &data.today)}
                </section>
            }
        })
        .collect::<Vec<_>>();
    let mut fields = vec![(String::new(), tr.t("choice-pick"))];
    fields.extend(
        FIELDS
            .iter()
            .map(|f| (f.to_string(), tr.t(&format!("field-{f}")))),
    );
    let municipality = view! {
        <super::figures::MunicipalityChoice name=F::Municipality.name() municipalities=data.municipalities.clone()
            selected=municipality_v error=municipality_e/>
    };
    let empty = data.goals.is_empty();
    view! {
        <Shell title=tr.t("goals-title") current_path="/figures".into() user=Some(user)>
            <BackLink href="/figures" label=tr.t("programme-back")/>
            <h1>{tr.t("goals-title")}</h1>
            <p class="hint">{tr.t("goals-intro")}</p>
            <Notice message=data.notice.clone()/>
            {empty.then(|| view! { <p class="muted">{tr.t("goals-none")}</p> })}
            {goals}
            <section class="card" aria-labelledby="h-new-goal">
                <h2 id="h-new-goal">{tr.t("goal-new")}</h2>
                <form method="post" action="/figures/goals" class="stack">
                    <ErrorSummary message=data.alert.clone()/>
                    {municipality}
                    <Select name=F::Field.name() label=tr.t("goal-field") selected=field_v options=fields error=field_e/>
                    <Field name=F::Title.name() label=tr.t("goal-title") value=title_v error=title_e/>
                    <TextArea name=F::Measures.name() label=tr.t("goal-measures") value=measures_v rows=3
                        optional_label=tr.t("optional") maxlength=2000 error=measures_e/>
                    <button type="submit" class="button">{tr.t("goal-save")}</button>
                </form>
            </section>
        </Shell>
    }
}

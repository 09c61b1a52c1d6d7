//! The programme's measures (KISI/AMIF and the like): each with its milestones, where
//! they stand, and the evidence that they were reached — a note, a link, a figure from
//! the dashboard frozen on the day, or a document. Coordinators, laptop, German.

use crate::figures::FrozenFigure;
use crate::i18n::{use_tr, Tr};
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const MEASURE_FORM: &str = "measure";
/// Per-measure and per-milestone forms carry the id: `milestone-12`, `state-3`.
pub fn milestone_form(measure: i64) -> String {
    format!("milestone-{measure}")
}
pub fn state_form(milestone: i64) -> String {
    format!("state-{milestone}")
}
pub fn evidence_form(milestone: i64) -> String {
    format!("evidence-{milestone}")
}

/// Where a milestone can stand; message `milestone-status-<value>`.
pub const MILESTONE_STATES: [&str; 3] = ["open", "reached", "missed"];
/// Kinds of evidence; message `evidence-kind-<value>`.
pub const EVIDENCE_KINDS: [&str; 4] = ["note", "link", "figure", "document"];
/// The largest document accepted as evidence.
pub const DOCUMENT_MAX_BYTES: usize = 5 * 1024 * 1024;

crate::form! {
    /// A new measure with up to three milestones (KISI asks for three).
    MeasureInput / MeasureField {
        municipality: Municipality,
        programme: Programme,
        title: Title,
        first: First,
        first_due: FirstDue,
        second: Second,
        second_due: SecondDue,
        third: Third,
        third_due: ThirdDue,
    }
}

crate::form! {
    MilestoneInput / MilestoneField {
        title: Title,
        due_on: DueOn,
    }
}

crate::form! {
    /// Where a milestone stands, checked against the version the editor saw.
    StateInput / StateField {
        status: Status,
        reached_on: ReachedOn,
        version: Version,
    }
}

crate::form! {
    /// Evidence: the kind says which of the fields counts (the document is a file part).
    EvidenceInput / EvidenceField {
        kind: Kind,
        text: Text,
        link: Link,
        table: Table,
        from: From,
        to: To,
        document: Document,
    }
}

#[derive(Clone, Debug)]
pub struct EvidenceItem {
    pub id: i64,
    pub kind: String,
    pub text: String,
    pub figure: Option<FrozenFigure>,
    pub by: String,
    /// ISO date it was given.
    pub on: String,
}

#[derive(Clone, Debug)]
pub struct MilestoneItem {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    pub status: String,
    pub reached_on: Option<String>,
    pub version: i64,
    pub overdue: bool,
    pub evidence: Vec<EvidenceItem>,
}

#[derive(Clone, Debug)]
pub struct MeasureItem {
    pub id: i64,
    pub municipality: String,
    pub programme: String,
    pub title: String,
    pub milestones: Vec<MilestoneItem>,
}

#[derive(Clone, Debug, Default)]
pub struct ProgrammeData {
    pub measures: Vec<MeasureItem>,
    /// Offered to a county coordinator: (id, name); empty for a coordinator.
    pub municipalities: Vec<(String, String)>,
    /// Figure tables that can be frozen as evidence: (id, title).
    pub tables: Vec<(String, String)>,
    /// Default period for a frozen figure (ISO): the year so far.
    pub from: String,
    pub to: String,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

fn frozen(tr: &Tr, f: &FrozenFigure) -> impl IntoView {
    let head = f
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect::<Vec<_>>();
    let rows = f
        .rows
        .iter()
        .map(|(label, cells)| {
            let cells = cells
                .iter()
                .map(|c| view! { <td>{c.clone()}</td> })
                .collect::<Vec<_>>();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect::<Vec<_>>();
    let caption = tr.ta(
        "evidence-figure-caption",
        &[
            ("title", f.title.clone().into()),
            ("scope", f.scope.clone().into()),
            ("from", tr.date(&f.from).into()),
            ("to", tr.date(&f.to).into()),
            ("frozen", tr.date(&f.frozen_on).into()),
        ],
    );
    let label = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class="figures-table">
                <caption>{caption}</caption>
                <thead><tr><td></td>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn evidence_item(tr: &Tr, e: &EvidenceItem) -> impl IntoView {
    let by = tr.ta(
        "evidence-by",
        &[("name", e.by.clone().into()), ("date", tr.date(&e.on).into())],
    );
    let kind = tr.t(&format!("evidence-kind-{}", e.kind));
    let body = match (e.kind.as_str(), &e.figure) {
        ("link", _) => {
            view! { <a href=e.text.clone() rel="noopener noreferrer">{e.text.clone()}</a> }.into_any()
        }
        ("document", _) => view! {
            <a href=format!("/figures/programme/evidence/{}", e.id) download="">{e.text.clone()}</a>
        }
        .into_any(),
        ("figure", Some(f)) => frozen(tr, f).into_any(),
        _ => view! { <span class="pre-line">{e.text.clone()}</span> }.into_any(),
    };
    view! {
        <li class="evidence">
            <strong>{kind}": "</strong>{body}
            <p class="hint">{by}</p>
        </li>
    }
}

fn milestone_item(tr: &Tr, m: &MilestoneItem, data: &ProgrammeData, posted: &Posted) -> impl IntoView {
    let state_id = state_form(m.id);
    let ev_id = evidence_form(m.id);
    let status_options: Vec<(String, String)> = MILESTONE_STATES
        .iter()
        .map(|s| (s.to_string(), tr.t(&format!("milestone-status-{s}"))))
        .collect();
    let kind_options: Vec<(String, String)> = EVIDENCE_KINDS
        .iter()
        .map(|k| (k.to_string(), tr.t(&format!("evidence-kind-{k}"))))
        .collect();
    let mut table_options = vec![(String::new(), tr.t("choice-pick"))];
    table_options.extend(data.tables.iter().cloned());
    let status_badge = if m.overdue {
        view! { <span class="badge badge-warn">{tr.t("milestone-overdue")}</span> }.into_any()
    } else {
        view! { <span class="badge">{tr.t(&format!("milestone-status-{}", m.status))}</span> }.into_any()
    };
    let due = tr.ta("milestone-due", &[("date", tr.date(&m.due_on).into())]);
    let reached = m
        .reached_on
        .as_ref()
        .map(|d| view! { <p>{tr.ta("milestone-reached-on", &[("date", tr.date(d).into())])}</p> });
    let evidence = m
        .evidence
        .iter()
        .map(|e| evidence_item(tr, e))
        .collect::<Vec<_>>();
    let sv = |f: StateField, d: &str| posted.value_or(&state_id, f.name(), d);
    let se = |f: StateField| posted.error(&state_id, f.name());
    let ev = |f: EvidenceField, d: &str| posted.value_or(&ev_id, f.name(), d);
    let ee = |f: EvidenceField| posted.error(&ev_id, f.name());
    let id = m.id;
    let theirs = (posted.is(&state_id) && posted.theirs.is_some()).then(|| {
        view! { <p class="error" role="alert">{tr.t("milestone-changed-meanwhile")}</p> }
    });
    view! {
        <li class="milestone card" id=format!("milestone-{id}")>
            <h3>{m.title.clone()}" " {status_badge}</h3>
            <p>{due}</p>
            {reached}
            {(!evidence.is_empty()).then(|| view! { <ul class="plain-list">{evidence}</ul> })}
            <details open=posted.is(&state_id)>
                <summary>{tr.t("milestone-set-state")}</summary>
                <form method="post" action=format!("/figures/programme/milestones/{id}/state") class="stack">
                    {theirs}
                    <input type="hidden" name=StateField::Version.name() value=m.version.to_string()/>
                    <Select name=StateField::Status.name() label=tr.t("milestone-status") id=format!("status-{id}")
                        selected=sv(StateField::Status, &m.status) options=status_options error=se(StateField::Status)/>
                    <Field name=StateField::ReachedOn.name() label=tr.t("milestone-reached-label") input_type="date"
                        id=format!("reached-{id}") value=sv(StateField::ReachedOn, m.reached_on.as_deref().unwrap_or(""))
                        optional_label=tr.t("optional") error=se(StateField::ReachedOn)/>
                    <button type="submit" class="button">{tr.t("milestone-save-state")}</button>
                </form>
            </details>
            <details open=posted.is(&ev_id)>
                <summary>{tr.t("evidence-add")}</summary>
                <form method="post" enctype="multipart/form-data" action=format!("/figures/programme/milestones/{id}/evidence") class="stack">
                    <Select name=EvidenceField::Kind.name() label=tr.t("evidence-kind") id=format!("kind-{id}")
                        selected=ev(EvidenceField::Kind, "note") options=kind_options error=ee(EvidenceField::Kind)/>
                    <TextArea name=EvidenceField::Text.name() label=tr.t("evidence-text") id=format!("text-{id}")
                        value=ev(EvidenceField::Text, "") hint=tr.t("evidence-text-hint") rows=2 maxlength=2000
                        error=ee(EvidenceField::Text)/>
                    <Field name=EvidenceField::Link.name() label=tr.t("evidence-link") input_type="url" id=format!("link-{id}")
                        value=ev(EvidenceField::Link, "") maxlength=500 error=ee(EvidenceField::Link)/>
                    <Select name=EvidenceField::Table.name() label=tr.t("evidence-table") id=format!("table-{id}")
                        selected=ev(EvidenceField::Table, "") options=table_options error=ee(EvidenceField::Table)/>
                    <Field name=EvidenceField::From.name() label=tr.t("figures-filter-from") input_type="date" id=format!("from-{id}")
                        value=ev(EvidenceField::From, &data.from) error=ee(EvidenceField::From)/>
                    <Field name=EvidenceField::To.name() label=tr.t("figures-filter-to") input_type="date" id=format!("to-{id}")
                        value=ev(EvidenceField::To, &data.to) error=ee(EvidenceField::To)/>
                    <div class="field" class:field-invalid=ee(EvidenceField::Document).is_some()>
                        <label for=format!("document-{id}")>{tr.t("evidence-document")}</label>
                        <p class="hint" id=format!("document-{id}-hint")>{tr.t("evidence-document-hint")}</p>
                        {ee(EvidenceField::Document).map(|e| view! { <p class="error">{e}</p> })}
                        <input type="file" id=format!("document-{id}") name=EvidenceField::Document.name()
                            accept="application/pdf,image/jpeg,image/png" aria-describedby=format!("document-{id}-hint")/>
                    </div>
                    <button type="submit" class="button">{tr.t("evidence-save")}</button>
                </form>
            </details>
        </li>
    }
}

#[component]
pub fn ProgrammePage(user: NavUser, data: ProgrammeData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    use MeasureField as F;
    // Read before the view: its children must own what they show.
    let v = |f: MeasureField| posted.value(MEASURE_FORM, f.name());
    let e = |f: MeasureField| posted.error(MEASURE_FORM, f.name());
    let (municipality_v, municipality_e) = (v(F::Municipality), e(F::Municipality));
    let (programme_v, programme_e) = (v(F::Programme), e(F::Programme));
    let (title_v, title_e) = (v(F::Title), e(F::Title));
    let (first_v, first_e) = (v(F::First), e(F::First));
    let (first_due_v, first_due_e) = (v(F::FirstDue), e(F::FirstDue));
    let (second_v, second_e) = (v(F::Second), e(F::Second));
    let (second_due_v, second_due_e) = (v(F::SecondDue), e(F::SecondDue));
    let (third_v, third_e) = (v(F::Third), e(F::Third));
    let (third_due_v, third_due_e) = (v(F::ThirdDue), e(F::ThirdDue));
    let summary = data.alert.clone();
    let measures = data
        .measures
        .iter()
        .map(|m| {
            let form_id = milestone_form(m.id);
            let mv = |f: MilestoneField| posted.value(&form_id, f.name());
            let me = |f: MilestoneField| posted.error(&form_id, f.name());
            let milestones = m
                .milestones
                .iter()
                .map(|x| milestone_item(&tr, x, &data, &posted))
                .collect::<Vec<_>>();
            let id = m.id;
            view! {
                <section class="card measure" id=format!("measure-{id}") aria-labelledby=format!("measure-{id}-h")>
                    <h2 id=format!("measure-{id}-h")>{m.title.clone()}</h2>
                    <p class="hint">{m.programme.clone()}" · "{m.municipality.clone()}</p>
                    <ul class="plain-list milestones">{milestones}</ul>
                    <details open=posted.is(&form_id)>
                        <summary>{tr.t("milestone-add")}</summary>
                        <form method="post" action=format!("/figures/programme/measures/{id}/milestones") class="stack">
                            <Field name=MilestoneField::Title.name() label=tr.t("milestone-title") id=format!("ms-title-{id}")
                                value=mv(MilestoneField::Title) error=me(MilestoneField::Title)/>
                            <Field name=MilestoneField::DueOn.name() label=tr.t("milestone-due-label") input_type="date"
                                id=format!("ms-due-{id}") value=mv(MilestoneField::DueOn) error=me(MilestoneField::DueOn)/>
                            <button type="submit" class="button">{tr.t("milestone-save")}</button>
                        </form>
                    </details>
                </section>
            }
        })
        .collect::<Vec<_>>();
    let municipality = view! {
        <super::figures::MunicipalityChoice name=F::Municipality.name() municipalities=data.municipalities.clone()
            selected=municipality_v error=municipality_e/>
    };
    let empty = data.measures.is_empty();
    view! {
        <Shell title=tr.t("programme-title") current_path="/figures".into() user=Some(user)>
            <BackLink href="/figures" label=tr.t("programme-back")/>
            <h1>{tr.t("programme-title")}</h1>
            <p class="hint">{tr.t("programme-intro")}</p>
            <Notice message=data.notice.clone()/>
            {empty.then(|| view! { <p class="muted">{tr.t("programme-none")}</p> })}
            {measures}
            <section class="card" aria-labelledby="h-new-measure">
                <h2 id="h-new-measure">{tr.t("measure-new")}</h2>
                <form method="post" action="/figures/programme/measures" class="stack">
                    <ErrorSummary message=summary/>
                    {municipality}
                    <Field name=F::Programme.name() label=tr.t("measure-programme") value=programme_v
                        hint=tr.t("measure-programme-hint") error=programme_e/>
                    <Field name=F::Title.name() label=tr.t("measure-title") value=title_v error=title_e/>
                    <fieldset>
                        <legend>{tr.t("measure-milestones")}</legend>
                        <Field name=F::First.name() label=tr.t("measure-milestone-1") value=first_v error=first_e/>
                        <Field name=F::FirstDue.name() label=tr.t("milestone-due-label") input_type="date" value=first_due_v
                            error=first_due_e/>
                        <Field name=F::Second.name() label=tr.t("measure-milestone-2") value=second_v
                            optional_label=tr.t("optional") error=second_e/>
                        <Field name=F::SecondDue.name() label=tr.t("milestone-due-label") input_type="date" value=second_due_v
                            optional_label=tr.t("optional") error=second_due_e/>
                        <Field name=F::Third.name() label=tr.t("measure-milestone-3") value=third_v
                            optional_label=tr.t("optional") error=third_e/>
                        <Field name=F::ThirdDue.name() label=tr.t("milestone-due-label") input_type="date" value=third_due_v
                            optional_label=tr.t("optional") error=third_due_e/>
                    </fieldset>
                    <button type="submit" class="button">{tr.t("measure-save")}</button>
                </form>
            </section>
        </Shell>
    }
}

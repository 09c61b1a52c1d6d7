//! Planning group offers (manager view, German, coordinators of the municipality):
//! the overview with gaps in the coming weeks, the offer form, the plan of one offer
//! (series, single dates, cancelling or moving a date, head counts, who helps), and
//! the volunteers (invitations, checked documents, hours).
//!
//! This file holds the overview and what the pages share: notices and checked documents.

mod offer;
mod plan;
mod volunteers;

pub use offer::{
    GroupField, GroupForm, GroupFormPage, GroupInput, GroupTextField, GroupTextInput, GROUP_CATEGORIES,
    GROUP_FORM,
};
pub use plan::{
    CancelSessionField, CancelSessionInput, GroupPlan, GroupPlanPage, GroupVolunteerField,
    GroupVolunteerInput, HeadCountField, HeadCountInput, MoveSessionField, MoveSessionInput, OneOffField,
    OneOffInput, PlanRole, PlanSession, SeriesField, SeriesInput, SeriesView, ONE_OFF_FORM, REPEATS,
    SERIES_FORM,
};
pub use volunteers::{
    format_hours, language_boxes, slot_label, DocumentField, DocumentInput, InviteField, InviteInput,
    VolunteerAdmin, VolunteerAdminPage, VolunteerListRow, VolunteersAdmin, VolunteersAdminPage, DAY_PARTS,
    DOCUMENT_FORM, DOCUMENT_KINDS, INVITE_FORM, SKILLS,
};

use super::case::When;
use super::directory::{DashboardRow, TranslationTable};
use crate::i18n::{use_tr, Tr};
use crate::pages::forms::Notice;
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

/// The open places of one role in one session.
#[derive(Clone, Debug)]
pub struct GapView {
    pub group_id: i64,
    pub title: String,
    pub when: When,
    pub role: String,
    pub needed: i64,
    pub filled: i64,
}

/// A notice inside Lotse, already in the reader's language.
#[derive(Clone, Debug)]
pub struct NoticeView {
    pub text: String,
    pub link: Option<String>,
    pub when: When,
}

#[derive(Clone, Debug)]
pub struct AttendanceView {
    pub target_group: String,
    pub sessions: i64,
    pub counted: i64,
    pub heads: i64,
}

/// A checked document, its holder, and until when it is valid.
#[derive(Clone, Debug)]
pub struct DocumentView {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub kind: String,
    pub valid_until: Option<String>,
    pub expired: bool,
    pub expiring: bool,
    pub checked: String,
}

#[derive(Clone, Debug, Default)]
pub struct GroupsDashboard {
    pub weeks: i64,
    pub gaps: Vec<GapView>,
    pub offers: Vec<DashboardRow>,
    pub notices: Vec<NoticeView>,
    pub documents: Vec<DocumentView>,
    pub attendance: Vec<AttendanceView>,
    pub notice: Option<String>,
    /// Complaints routed to this person (group offers, say), when some are open.
    pub complaints: Option<(i64, i64)>,
}

/// The notices list with a button that marks them read.
#[component]
pub fn NoticeList(notices: Vec<NoticeView>, read_action: &'static str) -> impl IntoView {
    let tr = use_tr();
    (!notices.is_empty()).then(|| {
        let items = notices
            .into_iter()
            .map(|n| {
                let when = n.when.show(&tr);
                let text = match n.link {
                    Some(href) => view! { <a href=href>{n.text}</a> }.into_any(),
                    None => view! { <span>{n.text}</span> }.into_any(),
                };
                view! { <li data-testid="notice">{text}<br/><span class="muted">{when}</span></li> }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section notices" aria-labelledby="h-notices">
                <h2 id="h-notices">{tr.t("notices-heading")}</h2>
                <ul class="plain-list">{items}</ul>
                <form method="post" action=read_action>
                    <button type="submit" class="button secondary">{tr.t("notices-read")}</button>
                </form>
            </section>
        }
    })
}

fn document_label(tr: &Tr, d: &DocumentView) -> String {
    let kind = tr.t(&format!("document-kind-{}", d.kind));
    match &d.valid_until {
        Some(until) if d.expired => tr.ta(
            "document-expired",
            &[("kind", kind.into()), ("date", tr.date(until).into())],
        ),
        Some(until) => tr.ta(
            "document-valid-until",
            &[("kind", kind.into()), ("date", tr.date(until).into())],
        ),
        None => tr.ta("document-valid", &[("kind", kind.into())]),
    }
}

#[component]
pub fn GroupsDashboardPage(d: GroupsDashboard, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let gap_count = d.gaps.iter().map(|g| g.needed - g.filled).sum::<i64>();
    let gaps = d
        .gaps
        .into_iter()
        .map(|g| {
            let open = tr.ta(
                "shift-filled",
                &[("filled", g.filled.into()), ("needed", g.needed.into())],
            );
            view! {
                <tr data-testid="gap">
                    <td>{g.when.show(&tr)}</td>
                    <th scope="row"><a href=format!("/groups/manage/{}/plan", g.group_id)>{g.title}</a></th>
                    <td>{tr.t(&format!("shift-role-{}", g.role))}</td>
                    <td>{open}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let offers = d
        .offers
        .iter()
        .map(|o| {
            let id = o.id;
            view! {
                <li>
                    <strong>{o.title.clone()}</strong>" · "
                    <a href=format!("/groups/manage/{id}/plan") data-testid=format!("plan-{id}")>{tr.t("group-plan-link")}</a>" · "
                    <a href=format!("/groups/manage/{id}")>{tr.t("group-edit-link")}</a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let docs = d
        .documents
        .iter()
        .filter(|x| x.expired || x.expiring)
        .map(|x| {
            let label = document_label(&tr, x);
            view! { <li class:gap=x.expired><a href=format!("/groups/manage/volunteers/{}", x.user_id)>{x.name.clone()}</a>": "{label}</li> }
        })
        .collect::<Vec<_>>();
    let attendance = d
        .attendance
        .into_iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{tr.t(&format!("group-target-{}", a.target_group))}</th>
                    <td>{tr.number(a.sessions)}</td>
                    <td>{tr.number(a.counted)}</td>
                    <td>{tr.number(a.heads)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let gaps_heading = tr.ta("groups-gaps-heading", &[("weeks", d.weeks.into())]);
    view! {
        <Shell title=tr.t("groups-manage-title") current_path="/groups/manage".to_string() user=Some(user)>
            <h1>{tr.t("groups-manage-title")}</h1>
            <Notice message=d.notice/>
            {d.complaints.map(|(open, late)| view! { <crate::pages::complaints::ComplaintsCard open=open late=late/> })}
            <p class="quick-links">
                <a class="button primary" href="/groups/manage/new">{tr.t("group-new")}</a>
                " "<a class="button" href="/groups/manage/volunteers">{tr.t("volunteers-title")}</a>
                " "<a class="button" href="/events/manage">{tr.t("events-manage-title")}</a>
                " "<a class="button" href="/groups/manage/demand">{tr.t("demand-title")}</a>
                " "<a class="button" href="/groups/manage/companions">{tr.t("companion-overview-title")}</a>
            </p>
            <NoticeList notices=d.notices read_action="/groups/manage/notices/read"/>
            <section class="section" aria-labelledby="h-gaps">
                <h2 id="h-gaps">{gaps_heading}</h2>
                {if gaps.is_empty() {
                    view! { <p class="card">{tr.t("groups-no-gaps")}</p> }.into_any()
                } else {
                    view! {
                        <p data-testid="gap-count">{tr.ta("groups-gap-count", &[("count", gap_count.into())])}</p>
                        <div class="table-wrap">
                            <table class="gaps">
                                <thead><tr>
                                    <th scope="col">{tr.t("groups-col-when")}</th>
                                    <th scope="col">{tr.t("groups-col-group")}</th>
                                    <th scope="col">{tr.t("groups-col-role")}</th>
                                    <th scope="col">{tr.t("groups-col-filled")}</th>
                                </tr></thead>
                                <tbody>{gaps}</tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
            {(!docs.is_empty()).then(|| view! {
                <section class="card section" aria-labelledby="h-docs-due">
                    <h2 id="h-docs-due">{tr.t("documents-due-heading")}</h2>
                    <ul>{docs}</ul>
                </section>
            })}
            <section class="section" aria-labelledby="h-offers">
                <h2 id="h-offers">{tr.t("groups-offers-heading")}</h2>
                <ul class="plain-list card">{offers}</ul>
                <h3>{tr.t("groups-translations-heading")}</h3>
                <TranslationTable kind="group" base="/groups/manage" rows=d.offers preview="/groups/"/>
            </section>
            <section class="section" aria-labelledby="h-attendance">
                <h2 id="h-attendance">{tr.t("groups-attendance-heading")}</h2>
                <p class="hint">{tr.t("groups-attendance-hint")}</p>
                <div class="table-wrap">
                    <table>
                        <thead><tr>
                            <th scope="col">{tr.t("groups-col-target")}</th>
                            <th scope="col">{tr.t("groups-col-sessions")}</th>
                            <th scope="col">{tr.t("groups-col-counted")}</th>
                            <th scope="col">{tr.t("groups-col-heads")}</th>
                        </tr></thead>
                        <tbody>{attendance}</tbody>
                    </table>
                </div>
            </section>
        </Shell>
    }
}

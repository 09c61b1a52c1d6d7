//! "My deadlines": dates that matter (residence permit, benefit renewals, registration,
//! the client's own), each with how long is left and a reminder that starts some days
//! ahead. The client adds their own and ticks them off; the guide's stay.

use super::forms::{ErrorSummary, Field, Notice, PendingNote, Posted, Select};
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use crate::casework::{DEADLINE_KINDS, REMIND_DAYS};
use crate::i18n::{use_tr, Tr};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct MyDeadline {
    /// None for the residence permit's end, which comes from the intake.
    pub id: Option<i64>,
    pub kind: String,
    pub title: String,
    /// ISO date.
    pub due_on: String,
    /// Days from today (negative: passed).
    pub days_left: i64,
    pub remind_days: i64,
    pub done: bool,
    /// Added by the client (they may remove it).
    pub own: bool,
    /// Who added it, when it was the guide.
    pub added_by: Option<String>,
}

impl MyDeadline {
    /// Inside its reminder window and not dealt with yet.
    pub fn reminding(&self) -> bool {
        !self.done && self.days_left <= self.remind_days
    }
}

#[derive(Clone, Debug, Default)]
pub struct MyDeadlines {
    pub items: Vec<MyDeadline>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
    /// Idempotency key for the add form.
    pub key: String,
    /// The guide's support has ended: the deadlines are read, none added or changed.
    pub closed: bool,
}

crate::form! {
    /// A deadline as posted. The client's form on the phone and the guide's on the
    /// appointments tab have the same fields, so one parse serves both; only the
    /// client's carries an idempotency key (a queued post from the phone lands once).
    DeadlineInput / DeadlineField {
        client_key: ClientKey,
        kind: Kind,
        title: Title,
        due_on: DueOn,
        remind_days: RemindDays,
    }
}

crate::form! {
    /// Ticking a deadline off (`done` is "1") or back on ("0").
    DeadlineDoneInput / DeadlineDoneField {
        done: Done,
    }
}

/// "in 3 days", "today", "2 days ago".
pub fn days_left_text(tr: &Tr, days: i64) -> String {
    match days {
        0 => tr.t("deadline-today"),
        d if d > 0 => tr.ta("deadline-in-days", &[("days", d.into())]),
        d => tr.ta("deadline-days-ago", &[("days", (-d).into())]),
    }
}

/// One deadline as a card (also used on the home page, without the buttons).
#[component]
pub fn DeadlineCard(d: MyDeadline, #[prop(optional)] actions: bool) -> impl IntoView {
    let tr = use_tr();
    let kind = tr.t(&format!("deadline-kind-{}", d.kind));
    let left = days_left_text(&tr, d.days_left);
    let source = if d.id.is_none() {
        tr.t("my-deadline-from-file")
    } else if d.own {
        tr.t("my-deadline-own")
    } else {
        tr.ta(
            "my-deadline-from",
            &[("name", d.added_by.clone().unwrap_or_default().into())],
        )
    };
    let reminding = d.reminding();
    let anchor = d.id.map(|id| format!("my-deadline-{id}"));
    let buttons = (actions && d.id.is_some()).then(|| {
        let id = d.id.unwrap_or_default();
        let done_label = if d.done {
            tr.t("my-deadline-undo")
        } else {
            tr.t("my-deadline-done")
        };
        view! {
            <div class="actions">
                <form method="post" action=format!("/me/deadlines/{id}/done") data-queue="">
                    <input type="hidden" name=DeadlineDoneField::Done.name()
                        value=if d.done { "0" } else { "1" }/>
                    <button type="submit" class="button" class:primary=!d.done>{done_label}</button>
                    <PendingNote/>
                </form>
                {d.own.then(|| view! {
                    <form method="post" action=format!("/me/deadlines/{id}/remove")>
                        <button type="submit" class="button">{tr.t("my-deadline-remove")}</button>
                    </form>
                })}
            </div>
        }
    });
    view! {
        <li class="card deadline" id=anchor class:reminding=reminding class:done=d.done>
            <h2><IconSvg icon=Icon::Clock/><span>{kind}</span></h2>
            {(!d.title.is_empty()).then(|| view! { <p class="step-text"><bdi>{d.title.clone()}</bdi></p> })}
            <p><strong>{tr.date_long(&d.due_on)}</strong>" · "<span class:overdue=d.days_left < 0 && !d.done>{left}</span></p>
            {reminding.then(|| view! { <p class="badge badge-warn">{tr.t("my-deadline-reminder")}</p> })}
            {d.done.then(|| view! { <p class="badge">{tr.t("my-deadline-is-done")}</p> })}
            <p class="muted">{source}</p>
            {buttons}
        </li>
    }
}

#[component]
pub fn MyDeadlinesPage(data: MyDeadlines, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let posted = data.posted;
    let closed = data.closed;
    let form = "deadline";
    use DeadlineField as D;
    let kinds = DEADLINE_KINDS
        .iter()
        .map(|(k, _)| (k.to_string(), tr.t(&format!("deadline-kind-{k}"))))
        .collect::<Vec<_>>();
    let remind = REMIND_DAYS
        .iter()
        .map(|d| {
            (
                d.to_string(),
                tr.ta("deadline-remind-days", &[("days", (*d).into())]),
            )
        })
        .collect::<Vec<_>>();
    let list = if data.items.is_empty() {
        view! { <p class="empty">{tr.t("my-deadlines-empty")}</p> }.into_any()
    } else {
        let items = data
            .items
            .into_iter()
            .map(|d| view! { <DeadlineCard d=d actions=!closed/> })
            .collect::<Vec<_>>();
        view! { <ul class="deadlines plain-list">{items}</ul> }.into_any()
    };
    view! {
        <Shell title=tr.t("my-deadlines-title") current_path="/me/deadlines".to_string() user=Some(user)>
            <BackLink href="/me" label=tr.t("client-home-title")/>
            <h1><IconSvg icon=Icon::Clock/>" "{tr.t("my-deadlines-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("my-deadlines-intro")}</p>
            {list}
            {if closed {
                view! { <p class="alert alert-info" data-testid="closed-note">{tr.t("error-case-closed")}</p> }.into_any()
            } else {
                view! {
                    <section class="card section" aria-labelledby="h-add-deadline">
                        <h2 id="h-add-deadline"><IconSvg icon=Icon::Clock/><span>{tr.t("my-deadline-add")}</span></h2>
                        <form method="post" action="/me/deadlines" class="stack" data-queue="">
                            <input type="hidden" name=D::ClientKey.name()
                                value=posted.value_or(form, D::ClientKey.name(), &data.key)/>
                            <Select name=D::Kind.name() label=tr.t("my-deadline-kind")
                                selected=posted.value_or(form, D::Kind.name(), "other")
                                options=kinds error=posted.error(form, D::Kind.name())/>
                            <Field name=D::Title.name() label=tr.t("my-deadline-title") value=posted.value(form, D::Title.name())
                                error=posted.error(form, D::Title.name()) hint=tr.t("my-deadline-title-hint") maxlength=200
                                autocomplete="off"/>
                            <Field name=D::DueOn.name() label=tr.t("my-deadline-date") value=posted.value(form, D::DueOn.name())
                                error=posted.error(form, D::DueOn.name()) input_type="date" required=true/>
                            <Select name=D::RemindDays.name() label=tr.t("my-deadline-remind")
                                selected=posted.value_or(form, D::RemindDays.name(), "7")
                                options=remind error=posted.error(form, D::RemindDays.name())/>
                            <button type="submit" class="button primary">{tr.t("my-deadline-save")}</button>
                            <PendingNote/>
                        </form>
                    </section>
                }.into_any()
            }}
            <p><a class="button" href="/me/calendar"><IconSvg icon=Icon::Calendar/><span>{tr.t("my-deadlines-calendar")}</span></a></p>
        </Shell>
    }
}

//! The integration plan (Int. B): goals per field of action, each with steps (who, due,
//! status), goal templates in the client's languages, the client's confirmation and the
//! history of every change.

use super::step_link::{link_field, STEP_LINKS_JS_VERSION};
use super::{choices, CaseHead, CaseLayout, When};
use crate::casework::{GoalStatus, StepStatus, FIELDS, STEP_ACTORS};
use crate::i18n::use_tr;
use crate::pages::forms::{Field, Posted, Select};
use crate::pages::icons::field_icon;
use crate::pages::StepLinkView;
use leptos::nonce::use_nonce;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct PlanStep {
    pub id: i64,
    pub text: String,
    pub actor: String,
    pub actor_name: Option<String>,
    pub due_on: Option<String>,
    pub status: StepStatus,
    pub dropped_reason: Option<String>,
    pub help_requested: bool,
    pub overdue: bool,
    pub version: i64,
    pub link: Option<StepLinkView>,
    /// The group offer the client was signed up for from this step: (id, title, status).
    pub group: Option<(i64, String, String)>,
}

/// An office or guide of the county a new step can point to (one of several that
/// matched the name a guide typed).
#[derive(Clone, Debug)]
pub struct LinkChoice {
    /// `office:12` or `guide:3`
    pub value: String,
    pub name: String,
    pub is_office: bool,
}

#[derive(Clone, Debug)]
pub struct PlanGoal {
    pub id: i64,
    pub field: String,
    pub title: String,
    pub from_template: bool,
    pub review_on: Option<String>,
    pub status: GoalStatus,
    pub version: i64,
    pub steps: Vec<PlanStep>,
}

#[derive(Clone, Debug)]
pub struct TemplateChoice {
    pub id: i64,
    pub field: String,
    pub title: String,
}

#[derive(Clone, Debug)]
pub struct HistoryEntry {
    pub at: When,
    pub who: String,
    pub change: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Clone, Debug)]
pub struct PlanData {
    pub goals: Vec<PlanGoal>,
    pub templates: Vec<TemplateChoice>,
    /// (ISO date of the client's last confirmation, changed since).
    pub confirmation: Option<(String, bool)>,
    pub history: Vec<HistoryEntry>,
    /// The offices and guides that matched the name typed into the step form that came
    /// back (there were several: the guide picks one).
    pub link_candidates: Vec<LinkChoice>,
    /// Published group offers of the client's municipality: (id, German title).
    pub group_choices: Vec<(String, String)>,
}

crate::form! {
    /// A new goal as posted: from a template (its field and title, the title may be
    /// overwritten), or with a field and a free title.
    GoalInput / GoalField {
        template: Template,
        field: Field,
        title: Title,
        review_on: ReviewOn,
    }
}

crate::form! {
    /// A new step of a goal as posted. Where it leads is found from the name typed into
    /// `link_q`; `link` (a [`LinkChoice::value`], set by the suggestions script) or
    /// `link_pick` (a candidate chosen after several matched) name it exactly.
    StepInput / StepField {
        text: Text,
        actor: Actor,
        actor_name: ActorName,
        due_on: DueOn,
        link: Link,
        link_q: LinkQuery,
        link_pick: LinkPick,
    }
}

crate::form! {
    /// A goal's status and review date as posted, with the version the form was opened
    /// with, so a change made meanwhile by someone else is not overwritten.
    GoalUpdateInput / GoalUpdateField {
        version: Version,
        status: Status,
        review_on: ReviewOn,
    }
}

crate::form! {
    /// A step marked done or dropped (with a reason), with the version the form was
    /// opened with. The "done" button and the "drop" form post the same fields.
    StepStatusInput / StepStatusField {
        version: Version,
        status: Status,
        reason: Reason,
    }
}

crate::form! {
    /// A step's sign-up for a group offer; `share_first_name` is "on" when the client
    /// agreed to show their first name to the group.
    GroupSignUpInput / GroupSignUpField {
        group: Group,
        share_first_name: ShareFirstName,
    }
}

#[component]
pub fn PlanPage(head: CaseHead, data: PlanData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("plan");
    let confirmation = match &data.confirmation {
        None => tr.t("plan-not-confirmed"),
        Some((date, false)) => tr.ta("plan-confirmed-on", &[("date", tr.date(date).into())]),
        Some((date, true)) => tr.ta("plan-changed-since", &[("date", tr.date(date).into())]),
    };
    let group_options: Vec<(String, String)> = std::iter::once((String::new(), tr.t("choose")))
        .chain(data.group_choices.iter().cloned())
        .collect();
    let by_field = FIELDS
        .iter()
        .filter_map(|field| {
            let goals = data
                .goals
                .iter()
                .filter(|g| g.field == *field)
                .cloned()
                .collect::<Vec<_>>();
            if goals.is_empty() {
                return None;
            }
            let goals = goals
                .into_iter()
                .map(|g| goal_view(&base, g, &posted, &data.link_candidates, &group_options))
                .collect::<Vec<_>>();
            Some(view! {
                <section class="card field-group" aria-labelledby=format!("field-{field}")>
                    <h2 id=format!("field-{field}")>{field_icon(field)}{tr.t(&format!("field-{field}"))}</h2>
                    {goals}
                </section>
            })
        })
        .collect::<Vec<_>>();
    let empty = data.goals.is_empty();
    let form = "goal";
    use GoalField as G;
    let template_options = std::iter::once((String::new(), tr.t("plan-template-none")))
        .chain(data.templates.iter().map(|t| {
            (
                t.id.to_string(),
                format!("{} – {}", tr.t(&format!("field-{}", t.field)), t.title),
            )
        }))
        .collect::<Vec<_>>();
    let history = data
        .history
        .iter()
        .map(|h| {
            let what = tr.t(&format!("plan-change-{}", h.change));
            view! {
                <li><span class="muted">{h.at.show(&tr)}" · "{h.who.clone()}</span>" "
                    {what}" "<q>{h.subject.clone()}</q>" "<span class="muted">{h.detail.clone()}</span></li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="plan">
            <p class="muted" data-testid="plan-confirmation">{confirmation}</p>
            {empty.then(|| view! { <p class="card empty">{tr.t("plan-empty")}</p> })}
            {by_field}
            <section class="card" aria-labelledby="h-new-goal">
                <h2 id="h-new-goal">{tr.t("plan-add-goal")}</h2>
                <form method="post" action=format!("{base}/goals") class="stack" novalidate>
                    <Select name=G::Template.name() label=tr.t("plan-template")
                        selected=posted.value(form, G::Template.name())
                        options=template_options error=posted.error(form, G::Template.name())/>
                    <p class="hint">{tr.t("plan-template-hint")}</p>
                    <Select name=G::Field.name() label=tr.t("plan-field")
                        selected=posted.value(form, G::Field.name())
                        options=choices("field", &FIELDS, Some(tr.t("choice-none")))
                        error=posted.error(form, G::Field.name())/>
                    <Field name=G::Title.name() label=tr.t("plan-goal-title")
                        value=posted.value(form, G::Title.name()) error=posted.error(form, G::Title.name())
                        maxlength=200 autocomplete="off"/>
                    <Field name=G::ReviewOn.name() label=tr.t("plan-review-on")
                        value=posted.value(form, G::ReviewOn.name())
                        error=posted.error(form, G::ReviewOn.name()) input_type="date"
                        optional_label=tr.t("optional")/>
                    <button type="submit" class="button primary">{tr.t("plan-add-goal")}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="h-plan-history">
                <h2 id="h-plan-history">{tr.t("plan-history")}</h2>
                <ul class="history">{history}</ul>
            </section>
            <script src=format!("/step-links.js?v={STEP_LINKS_JS_VERSION}") defer="" nonce=use_nonce()
                data-after-swap=""></script>
        </CaseLayout>
    }
}

fn goal_view(
    base: &str,
    g: PlanGoal,
    posted: &Posted,
    link_candidates: &[LinkChoice],
    group_options: &[(String, String)],
) -> impl IntoView {
    let tr = use_tr();
    let status = tr.t(&format!("goal-status-{}", g.status));
    let review = g
        .review_on
        .as_deref()
        .map(|d| tr.ta("plan-review-label", &[("date", tr.date(d).into())]));
    let steps = g
        .steps
        .into_iter()
        .map(|s| step_view(base, s, posted, group_options))
        .collect::<Vec<_>>();
    let step_form = format!("step-{}", g.id);
    let goal_form = format!("goal-{}", g.id);
    let gid = g.id;
    let goal_version = g.version.to_string();
    let review_on = g.review_on.clone().unwrap_or_default();
    use GoalUpdateField as U;
    use StepField as S;
    view! {
        <article class="goal" id=format!("goal-{gid}")>
            <h3>{g.title.clone()}</h3>
            <p class="muted">{status}{review.map(|r| format!(" · {r}"))}</p>
            <ul class="steps">{steps}</ul>
            <details class="add-form" open=posted.is(&step_form)>
                <summary>{tr.t("plan-add-step")}</summary>
                <form method="post" action=format!("{base}/goals/{gid}/steps") class="stack" novalidate>
                    <Field name=S::Text.name() id=format!("f-step-text-{gid}") label=tr.t("plan-step-text")
                        value=posted.value(&step_form, S::Text.name())
                        error=posted.error(&step_form, S::Text.name())
                        required=true maxlength=300 autocomplete="off"/>
                    <Select name=S::Actor.name() id=format!("f-step-actor-{gid}")
                        label=tr.t("plan-step-actor")
                        selected=posted.value_or(&step_form, S::Actor.name(), "client")
                        options=choices("step-actor", &STEP_ACTORS, None)/>
                    <Field name=S::ActorName.name() id=format!("f-step-actor-name-{gid}")
                        label=tr.t("plan-step-actor-name") value=posted.value(&step_form, S::ActorName.name())
                        error=posted.error(&step_form, S::ActorName.name())
                        optional_label=tr.t("optional") maxlength=200 autocomplete="off"/>
                    <Field name=S::DueOn.name() id=format!("f-step-due-{gid}") label=tr.t("plan-step-due")
                        value=posted.value(&step_form, S::DueOn.name())
                        error=posted.error(&step_form, S::DueOn.name())
                        input_type="date" optional_label=tr.t("optional")/>
                    {link_field(gid, &step_form, posted, link_candidates)}
                    <button type="submit" class="button">{tr.t("plan-add-step")}</button>
                </form>
            </details>
            <details class="add-form" open=posted.is(&goal_form)>
                <summary>{tr.t("plan-edit-goal")}</summary>
                <form method="post" action=format!("{base}/goals/{gid}") class="stack" novalidate>
                    <input type="hidden" name=U::Version.name() value=goal_version/>
                    <Select name=U::Status.name() id=format!("f-goal-status-{gid}")
                        label=tr.t("plan-goal-status")
                        selected=posted.value_or(&goal_form, U::Status.name(), g.status.as_str())
                        options=choices("goal-status", GoalStatus::TEXTS, None)/>
                    <Field name=U::ReviewOn.name() id=format!("f-goal-review-{gid}")
                        label=tr.t("plan-review-on")
                        value=posted.value_or(&goal_form, U::ReviewOn.name(), &review_on)
                        error=posted.error(&goal_form, U::ReviewOn.name()) input_type="date"
                        optional_label=tr.t("optional")/>
                    <button type="submit" class="button">{tr.t("save")}</button>
                </form>
            </details>
        </article>
    }
}

fn step_view(base: &str, s: PlanStep, posted: &Posted, group_options: &[(String, String)]) -> impl IntoView {
    let tr = use_tr();
    let who = match &s.actor_name {
        Some(n) => format!("{} ({n})", tr.t(&format!("step-actor-{}", s.actor))),
        None => tr.t(&format!("step-actor-{}", s.actor)),
    };
    let due = s
        .due_on
        .as_deref()
        .map(|d| tr.ta("plan-due-label", &[("date", tr.date(d).into())]));
    let form = format!("status-{}", s.id);
    let sid = s.id;
    let status_text = tr.t(&format!("step-status-{}", s.status));
    let open = s.status == StepStatus::Open;
    let reason = s.dropped_reason.clone();
    use GroupSignUpField as Gr;
    use StepStatusField as St;
    view! {
        <li class="step" class:overdue=s.overdue class:done=!open data-testid=format!("step-{sid}")>
            <p class="step-text">{s.text.clone()}</p>
            {s.link.clone().map(|l| view! { <p class="step-link"><a href=l.href data-testid="step-link">{l.name}</a></p> })}
            {s.group.clone().map(|(gid, title, status)| {
                let place = tr.t(&format!("plan-group-status-{status}"));
                view! { <p class="step-link" data-testid="step-group"><a href=format!("/groups/{gid}")>{title}</a>" · "{place}</p> }
            })}
            <p class="muted">
                {who}{due.map(|d| format!(" · {d}"))}" · "<span class="status">{status_text}</span>
                {reason.map(|r| format!(" ({r})"))}
            </p>
            {s.overdue.then(|| view! { <p class="badge badge-warn">{tr.t("plan-overdue")}</p> })}
            {s.help_requested.then(|| view! { <p class="badge badge-warn">{tr.t("plan-help-requested")}</p> })}
            {posted.error(&form, St::Status.name()).map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {open.then(|| view! {
                <div class="step-actions">
                    <form method="post" action=format!("{base}/steps/{sid}") class="inline-form">
                        <input type="hidden" name=St::Version.name() value=s.version.to_string()/>
                        <input type="hidden" name=St::Status.name() value=StepStatus::Done.as_str()/>
                        <button type="submit" class="button small">{tr.t("plan-step-mark-done")}</button>
                    </form>
                    <details class="add-form" open=posted.is(&form)>
                        <summary>{tr.t("plan-step-drop")}</summary>
                        <form method="post" action=format!("{base}/steps/{sid}") class="stack" novalidate>
                            <input type="hidden" name=St::Version.name() value=s.version.to_string()/>
                            <input type="hidden" name=St::Status.name() value=StepStatus::Dropped.as_str()/>
                            <Field name=St::Reason.name() id=format!("f-drop-reason-{sid}")
                                label=tr.t("plan-step-drop-reason")
                                value=posted.value(&form, St::Reason.name())
                                error=posted.error(&form, St::Reason.name()) required=true maxlength=300/>
                            <button type="submit" class="button small">{tr.t("plan-step-drop")}</button>
                        </form>
                    </details>
                    {(s.group.is_none() && group_options.len() > 1).then(|| {
                        let gform = format!("group-{sid}");
                        view! {
                            <details class="add-form" open=posted.is(&gform)>
                                <summary>{tr.t("plan-group-sign-up")}</summary>
                                <form method="post" action=format!("{base}/steps/{sid}/group") class="stack" novalidate>
                                    <Select name=Gr::Group.name() id=format!("f-step-group-{sid}")
                                        label=tr.t("plan-group-choose")
                                        selected=posted.value(&gform, Gr::Group.name())
                                        options=group_options.to_vec()
                                        error=posted.error(&gform, Gr::Group.name())/>
                                    <div class="check">
                                        <input type="checkbox" id=format!("f-step-share-{sid}")
                                            name=Gr::ShareFirstName.name() value="on"/>
                                        <label for=format!("f-step-share-{sid}")>{tr.t("plan-group-share")}</label>
                                    </div>
                                    <button type="submit" class="button small">{tr.t("plan-group-sign-up")}</button>
                                </form>
                            </details>
                        }
                        .into_any()
                    })}
                </div>
            })}
        </li>
    }
}

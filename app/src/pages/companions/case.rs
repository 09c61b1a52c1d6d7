//! The guide's side, a tab of the case file: the client's one-to-one tasks, a form to
//! ask for one, and a task's page with the volunteers Lotse proposes.

use crate::companions::{CompanionKind, CompanionStatus, CHECKIN_DAYS};
use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::{use_tr, When};
use crate::pages::forms::{Checkbox, Field, Posted, Select, TextArea};
use crate::pages::staff::case::{choices, CaseHead, CaseLayout};
use leptos::prelude::*;

pub const TASK_FORM: &str = "companion";

crate::form! {
    /// A new task. With an appointment chosen, its time and place are taken where the
    /// form leaves them empty.
    CompanionInput / CompanionField {
        kind: Kind,
        appointment: Appointment,
        date: Date,
        time: Time,
        minutes: Minutes,
        place: Place,
        district: District,
        language: Language,
        bring: Bring,
        checkin_days: CheckinDays,
        ends_on: EndsOn,
        consent: Consent,
        consent_on: ConsentOn,
    }
}

crate::form! {
    /// Closing a task at the version the guide saw.
    CloseInput / CloseField {
        version: Version,
    }
}

crate::form! {
    /// Asking one proposed volunteer.
    AskInput / AskField {
        volunteer: Volunteer,
    }
}

#[derive(Clone, Debug)]
pub struct TaskView {
    pub id: i64,
    pub kind: CompanionKind,
    pub status: CompanionStatus,
    pub when: When,
    pub minutes: i64,
    pub place: String,
    pub district: Option<String>,
    pub language: String,
    pub bring: String,
    pub volunteer: Option<String>,
    pub checkin_days: Option<i64>,
    pub ends_on: Option<String>,
    /// ISO date of the latest meeting, and whether the volunteer asked for a call.
    pub last_met_on: Option<String>,
    pub call_me: bool,
    /// A mentoring pair that has not reported within its interval.
    pub checkin_late: bool,
    pub version: i64,
}

#[derive(Clone, Debug)]
pub struct CompanionsData {
    pub tasks: Vec<TaskView>,
    /// Upcoming appointments the guide may take a task from: (id, label).
    pub appointments: Vec<(i64, String)>,
    pub districts: Vec<(i64, String)>,
    pub has_consent: bool,
    /// The client's language, the form's default.
    pub language: String,
    pub today: String,
}

fn summary(tr: &crate::i18n::Tr, t: &TaskView) -> String {
    let mut parts = vec![t.when.show(tr), t.place.clone()];
    if let Some(d) = &t.district {
        parts.push(d.clone());
    }
    parts.push(tr.t(&format!("language-{}", t.language)));
    parts.join(" · ")
}

#[component]
pub fn CompanionsPage(head: CaseHead, data: CompanionsData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("companions");
    use CompanionField as F;
    let f = TASK_FORM;
    let list = data
        .tasks
        .iter()
        .map(|t| {
            let href = format!("{base}/{}", t.id);
            let who = t
                .volunteer
                .clone()
                .map(|v| tr.ta("companion-with", &[("name", v.into())]));
            view! {
                <li class="card" data-testid=format!("companion-{}", t.id)>
                    <h2><a href=href>{tr.t(&format!("companion-kind-{}", t.kind))}</a></h2>
                    <p><span class="status">{tr.t(&format!("companion-status-{}", t.status))}</span>" · "{summary(&tr, t)}</p>
                    {who.map(|w| view! { <p>{w}</p> })}
                    {t.call_me.then(|| view! { <p class="badge badge-warn">{tr.t("companion-call-me-badge")}</p> })}
                    {t.checkin_late.then(|| view! { <p class="badge badge-warn">{tr.t("companion-checkin-late")}</p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let empty = list.is_empty();
    let appointments = std::iter::once((String::new(), tr.t("companion-no-appointment")))
        .chain(
            data.appointments
                .iter()
                .map(|(id, l)| (id.to_string(), l.clone())),
        )
        .collect::<Vec<_>>();
    let districts = std::iter::once((String::new(), tr.t("choice-none")))
        .chain(data.districts.iter().map(|(id, n)| (id.to_string(), n.clone())))
        .collect::<Vec<_>>();
    let checkins = std::iter::once((String::new(), tr.t("choice-none")))
        .chain(CHECKIN_DAYS.iter().map(|d| {
            (
                d.to_string(),
                tr.ta("companion-checkin-every", &[("days", (*d).into())]),
            )
        }))
        .collect::<Vec<_>>();
    let languages = choices("language", &SPOKEN_LANGUAGES, None);
    let consent = if data.has_consent {
        view! { <p class="alert alert-info">{tr.t("companion-consent-on-file")}</p> }.into_any()
    } else {
        view! {
            <fieldset class="stack">
                <legend>{tr.t("companion-consent-legend")}</legend>
                <p class="hint">{tr.t("companion-consent-hint")}</p>
                {posted.error(f, F::Consent.name()).map(|e| view! { <p class="error" id="f-consent-error">{e}</p> })}
                <Checkbox name=F::Consent.name() label=tr.t("companion-consent-given") checked=posted.value(f, F::Consent.name()) == "on"/>
                <Field name=F::ConsentOn.name() label=tr.t("companion-consent-on") input_type="date"
                    value=posted.value_or(f, F::ConsentOn.name(), &data.today) error=posted.error(f, F::ConsentOn.name())/>
            </fieldset>
        }
        .into_any()
    };
    view! {
        <CaseLayout head=head tab="companions">
            <p>{tr.t("companion-intro")}</p>
            {empty.then(|| view! { <p class="card empty">{tr.t("companion-empty")}</p> })}
            <ul class="steps">{list}</ul>
            <section class="card" aria-labelledby="h-new-companion">
                <h2 id="h-new-companion">{tr.t("companion-new")}</h2>
                <form method="post" action=base.clone() class="stack" novalidate>
                    <Select name=F::Kind.name() label=tr.t("companion-kind") selected=posted.value(f, F::Kind.name())
                        options=choices("companion-kind", CompanionKind::TEXTS, Some(tr.t("choice-pick")))
                        error=posted.error(f, F::Kind.name())/>
                    <Select name=F::Appointment.name() label=tr.t("companion-appointment")
                        selected=posted.value(f, F::Appointment.name()) options=appointments
                        error=posted.error(f, F::Appointment.name()) optional_label=tr.t("optional")/>
                    <p class="hint">{tr.t("companion-appointment-hint")}</p>
                    <div class="row">
                        <Field name=F::Date.name() label=tr.t("companion-date") input_type="date" value=posted.value(f, F::Date.name())
                            error=posted.error(f, F::Date.name())/>
                        <Field name=F::Time.name() label=tr.t("companion-time") input_type="time" value=posted.value(f, F::Time.name())
                            error=posted.error(f, F::Time.name())/>
                        <Field name=F::Minutes.name() label=tr.t("companion-minutes") input_type="number" inputmode="numeric"
                            value=posted.value(f, F::Minutes.name()) error=posted.error(f, F::Minutes.name()) optional_label=tr.t("optional")/>
                    </div>
                    <Field name=F::Place.name() label=tr.t("companion-place") value=posted.value(f, F::Place.name())
                        error=posted.error(f, F::Place.name()) hint=tr.t("companion-place-hint") maxlength=300/>
                    <Select name=F::District.name() label=tr.t("companion-district") selected=posted.value(f, F::District.name())
                        options=districts error=posted.error(f, F::District.name()) optional_label=tr.t("optional")/>
                    <Select name=F::Language.name() label=tr.t("companion-language")
                        selected=posted.value_or(f, F::Language.name(), &data.language) options=languages
                        error=posted.error(f, F::Language.name())/>
                    <TextArea name=F::Bring.name() label=tr.t("companion-bring") value=posted.value(f, F::Bring.name())
                        error=posted.error(f, F::Bring.name()) optional_label=tr.t("optional") rows=2 maxlength=1000
                        hint=tr.t("companion-bring-hint")/>
                    <Select name=F::CheckinDays.name() label=tr.t("companion-checkin") selected=posted.value(f, F::CheckinDays.name())
                        options=checkins error=posted.error(f, F::CheckinDays.name()) optional_label=tr.t("companion-for-mentoring")/>
                    <Field name=F::EndsOn.name() label=tr.t("companion-ends-on") input_type="date" value=posted.value(f, F::EndsOn.name())
                        error=posted.error(f, F::EndsOn.name()) optional_label=tr.t("companion-for-mentoring")/>
                    {consent}
                    <button type="submit" class="button primary">{tr.t("companion-save")}</button>
                </form>
            </section>
        </CaseLayout>
    }
}

#[derive(Clone, Debug)]
pub struct ProposalView {
    pub user: i64,
    pub name: String,
    pub fits_time: bool,
    pub fits_place: bool,
    pub active_tasks: i64,
}

#[derive(Clone, Debug)]
pub struct AskView {
    pub name: String,
    pub asked: When,
    pub answer: Option<String>,
}

#[derive(Clone, Debug)]
pub struct MeetingView {
    pub met_on: String,
    pub minutes: i64,
    pub call_me: bool,
}

#[derive(Clone, Debug)]
pub struct TaskPageData {
    pub task: TaskView,
    pub proposals: Vec<ProposalView>,
    pub asks: Vec<AskView>,
    pub meetings: Vec<MeetingView>,
    pub has_consent: bool,
}

#[component]
pub fn CompanionTaskPage(head: CaseHead, data: TaskPageData) -> impl IntoView {
    let tr = use_tr();
    let t = data.task.clone();
    let base = format!("{}/{}", head.path("companions"), t.id);
    let open = t.status == CompanionStatus::Open;
    let running = matches!(t.status, CompanionStatus::Open | CompanionStatus::Matched);
    let proposals = open.then(|| {
        let rows = data
            .proposals
            .iter()
            .map(|p| {
                let mut why = vec![];
                if p.fits_time {
                    why.push(tr.t("companion-fits-time"));
                }
                if p.fits_place {
                    why.push(tr.t("companion-fits-place"));
                }
                why.push(tr.ta("companion-active-tasks", &[("count", p.active_tasks.into())]));
                view! {
                    <li class="card" data-testid=format!("proposal-{}", p.user)>
                        <h3>{p.name.clone()}</h3>
                        <p>{why.join(" · ")}</p>
                        <form method="post" action=format!("{base}/ask")>
                            <input type="hidden" name=AskField::Volunteer.name() value=p.user.to_string()/>
                            <button type="submit" class="button">{tr.ta("companion-ask", &[("name", p.name.clone().into())])}</button>
                        </form>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let none = rows.is_empty();
        view! {
            <section class="card section" aria-labelledby="h-proposals">
                <h2 id="h-proposals">{tr.t("companion-proposals")}</h2>
                <p class="hint">{tr.t("companion-proposals-hint")}</p>
                {none.then(|| view! { <p class="empty">{tr.t("companion-proposals-none")}</p> })}
                <ul class="steps">{rows}</ul>
            </section>
        }
    });
    let asks = (!data.asks.is_empty()).then(|| {
        let rows = data
            .asks
            .iter()
            .map(|a| {
                let answer = a
                    .answer
                    .as_ref()
                    .map(|x| tr.t(&format!("companion-answer-{x}")))
                    .unwrap_or_else(|| tr.t("companion-answer-waiting"));
                view! { <li>{a.name.clone()}" · "{a.asked.show(&tr)}" · "<span class="status">{answer}</span></li> }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-asks">
                <h2 id="h-asks">{tr.t("companion-asks")}</h2>
                <ul>{rows}</ul>
            </section>
        }
    });
    let meetings = (!data.meetings.is_empty()).then(|| {
        let rows = data
            .meetings
            .iter()
            .map(|m| {
                let minutes = tr.ta("companion-meeting-minutes", &[("minutes", m.minutes.into())]);
                view! {
                    <li>
                        {tr.date(&m.met_on)}" · "{minutes}
                        {m.call_me.then(|| view! { " · " <span class="badge badge-warn">{tr.t("companion-call-me-badge")}</span> })}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-meetings">
                <h2 id="h-meetings">{tr.t("companion-meetings")}</h2>
                <ul>{rows}</ul>
            </section>
        }
    });
    let close_label = if open { "companion-cancel" } else { "companion-end" };
    let bring = (!t.bring.is_empty())
        .then(|| view! { <p>{tr.ta("companion-bring-line", &[("bring", t.bring.clone().into())])}</p> });
    view! {
        <CaseLayout head=head.clone() tab="companions">
            <p><a href=head.path("companions")>{tr.t("companion-back")}</a></p>
            <section class="card section" aria-labelledby="h-task">
                <h2 id="h-task">{tr.t(&format!("companion-kind-{}", t.kind))}</h2>
                <p><span class="status">{tr.t(&format!("companion-status-{}", t.status))}</span>" · "{summary(&tr, &t)}</p>
                {bring}
                {t.volunteer.clone().map(|v| view! { <p data-testid="companion-volunteer">{tr.ta("companion-with", &[("name", v.into())])}</p> })}
                {t.checkin_days.map(|d| view! { <p>{tr.ta("companion-checkin-every", &[("days", d.into())])}</p> })}
                {t.ends_on.clone().map(|d| view! { <p>{tr.ta("companion-ends-line", &[("date", tr.date(&d).into())])}</p> })}
                {t.checkin_late.then(|| view! { <p class="badge badge-warn">{tr.t("companion-checkin-late")}</p> })}
                {(!data.has_consent && running).then(|| view! { <p class="alert-warning">{tr.t("companion-consent-missing")}</p> })}
                {running.then(|| view! {
                    <form method="post" action=format!("{base}/close")>
                        <input type="hidden" name=CloseField::Version.name() value=t.version.to_string()/>
                        <button type="submit" class="button">{tr.t(close_label)}</button>
                    </form>
                })}
            </section>
            {proposals}
            {asks}
            {meetings}
        </CaseLayout>
    }
}

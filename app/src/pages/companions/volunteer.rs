//! The volunteer's side: what they were asked for and what they hold, on their start
//! page and on a task's own page. They see the client's first name (once they
//! accepted), the time, the place, the language and what to bring: nothing else.

use crate::companions::CompanionKind;
use crate::i18n::{use_tr, Tr, When};
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted};
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const MEETING_FORM: &str = "meeting";

crate::form! {
    /// Accepting or declining an ask.
    AnswerInput / AnswerField {
        answer: Answer,
    }
}

crate::form! {
    /// Time spent with the client; for a mentoring pair also the check-in.
    MeetingInput / MeetingField {
        met_on: MetOn,
        minutes: Minutes,
        call_me: CallMe,
    }
}

#[derive(Clone, Debug)]
pub struct VolunteerTaskView {
    pub id: i64,
    pub kind: CompanionKind,
    pub when: When,
    pub minutes: i64,
    pub place: String,
    pub district: Option<String>,
    pub language: String,
    pub bring: Vec<String>,
    pub checkin_days: Option<i64>,
    pub ends_on: Option<String>,
    /// They hold it (else: asked, not answered yet).
    pub mine: bool,
    pub first_name: Option<String>,
    pub guide_name: String,
    pub guide_phone: Option<String>,
}

fn headline(tr: &Tr, t: &VolunteerTaskView) -> String {
    match &t.first_name {
        Some(name) => tr.ta(
            &format!("companion-v-with-{}", t.kind),
            &[("name", name.clone().into())],
        ),
        None => tr.t(&format!("companion-kind-{}", t.kind)),
    }
}

fn where_line(t: &VolunteerTaskView) -> String {
    match &t.district {
        Some(d) => format!("{} ({d})", t.place),
        None => t.place.clone(),
    }
}

/// The section on the volunteer's start page (nothing when there is nothing).
#[component]
pub fn CompanionTasksSection(tasks: Vec<VolunteerTaskView>) -> impl IntoView {
    let tr = use_tr();
    (!tasks.is_empty()).then(|| {
        let items = tasks
            .iter()
            .map(|t| {
                let state = if t.mine {
                    tr.t("companion-v-yours")
                } else {
                    tr.t("companion-v-asked")
                };
                view! {
                    <li class="card" data-testid=format!("companion-task-{}", t.id)>
                        <h3><a href=format!("/volunteer/companions/{}", t.id)>{headline(&tr, t)}</a></h3>
                        <p><span class="status">{state}</span>" · "{t.when.show(&tr)}</p>
                        <p dir="auto">{where_line(t)}</p>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-companions" data-testid="home-companions">
                <h2 id="h-companions"><IconSvg icon=Icon::Group/><span>{tr.t("companion-v-heading")}</span></h2>
                <ul class="steps">{items}</ul>
            </section>
        }
    })
}

#[derive(Clone, Debug)]
pub struct VolunteerTaskPageData {
    pub task: VolunteerTaskView,
    pub today: String,
    pub posted: Posted,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn VolunteerTaskPage(data: VolunteerTaskPageData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let t = data.task.clone();
    let base = format!("/volunteer/companions/{}", t.id);
    let title = headline(&tr, &t);
    let minutes = tr.ta("companion-meeting-minutes", &[("minutes", t.minutes.into())]);
    let bring = (!t.bring.is_empty()).then(|| {
        let items = t
            .bring
            .iter()
            .map(|b| view! { <li dir="auto">{b.clone()}</li> })
            .collect::<Vec<_>>();
        view! { <h2>{tr.t("my-appointment-bring")}</h2><ul class="checklist">{items}</ul> }
    });
    let language = tr.ta(
        "companion-v-language",
        &[("language", tr.t(&format!("language-{}", t.language)).into())],
    );
    let contact = tr.ta(
        "volunteer-interpreting-contact",
        &[("name", t.guide_name.clone().into())],
    );
    let answer = (!t.mine).then(|| {
        view! {
            <section class="card section" aria-labelledby="h-answer">
                <h2 id="h-answer">{tr.t("companion-v-answer")}</h2>
                <p>{tr.t("companion-v-answer-hint")}</p>
                <div class="actions">
                    <form method="post" action=format!("{base}/answer")>
                        <input type="hidden" name=AnswerField::Answer.name() value="accept"/>
                        <button type="submit" class="button primary">{tr.t("companion-v-accept")}</button>
                    </form>
                    <form method="post" action=format!("{base}/answer")>
                        <input type="hidden" name=AnswerField::Answer.name() value="decline"/>
                        <button type="submit" class="button">{tr.t("companion-v-decline")}</button>
                    </form>
                </div>
            </section>
        }
    });
    let posted = data.posted.clone();
    let f = MEETING_FORM;
    use MeetingField as M;
    let meeting = t.mine.then(|| {
        let mentoring = t.kind == CompanionKind::Mentoring;
        let heading = if mentoring { "companion-v-checkin" } else { "companion-v-done" };
        view! {
            <section class="card section" aria-labelledby="h-meeting">
                <h2 id="h-meeting">{tr.t(heading)}</h2>
                <p class="hint">{tr.t(if mentoring { "companion-v-checkin-hint" } else { "companion-v-done-hint" })}</p>
                <form method="post" action=format!("{base}/meeting") class="stack" novalidate>
                    <Field name=M::MetOn.name() label=tr.t("companion-v-met-on") input_type="date"
                        value=posted.value_or(f, M::MetOn.name(), &data.today) error=posted.error(f, M::MetOn.name())/>
                    <Field name=M::Minutes.name() label=tr.t("companion-v-minutes") input_type="number" inputmode="numeric"
                        value=posted.value_or(f, M::Minutes.name(), &t.minutes.to_string()) error=posted.error(f, M::Minutes.name())/>
                    {mentoring.then(|| view! {
                        <Checkbox name=M::CallMe.name() label=tr.t("companion-v-call-me") checked=posted.value(f, M::CallMe.name()) == "on"/>
                    })}
                    <button type="submit" class="button primary">{tr.t("save")}</button>
                </form>
            </section>
        }
    });
    view! {
        <Shell title=title.clone() current_path=base.clone() user=Some(user)>
            <BackLink href="/volunteer" label=tr.t("volunteer-home-title")/>
            <h1>{title}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <section class="card section" data-testid="companion-details">
                <p class="step-text">{t.when.show(&tr)}" · "{minutes}</p>
                <p dir="auto">{where_line(&t)}</p>
                <p>{language}</p>
                {t.checkin_days.map(|d| view! { <p>{tr.ta("companion-checkin-every", &[("days", d.into())])}</p> })}
                {t.ends_on.clone().map(|d| view! { <p>{tr.ta("companion-ends-line", &[("date", tr.date(&d).into())])}</p> })}
                {bring}
                <p class="muted">{contact}" "{t.guide_phone.clone().map(|p| view! { <a dir="ltr" href=crate::pages::tel_href(&p)>{p.clone()}</a> })}</p>
            </section>
            {answer}
            {meeting}
        </Shell>
    }
}
